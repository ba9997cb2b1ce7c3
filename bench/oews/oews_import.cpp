// bench_oews_import: the import budget. "Importing BLS's May 2025 national estimates file takes
// under 2 seconds."
//
// Each of 5 runs gets a fresh folder and a fresh on-disk store (KnowledgeBase::open builds it from
// the shipped data; not timed), then times importOews: read the .xlsx, validate, store in one
// transaction and reload. Prints the median:
//     RESULT oews_import_national_2025 <ms> ms budget 2000 <pass|FAIL>
// and, on stderr, the medians of the parse and store steps alone.
//
// Usage: bench_oews_import [FILE.xlsx]   (default: the shared BLS file; a SKIP line if it is absent)

#include "importers/oews_import.h"
#include "refdata/knowledge_base.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int kRuns = 5;
constexpr double kBudgetMs = 2000;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

fs::path freshFolder()
{
    std::string name = (fs::temp_directory_path() / "healthpath-bench-oews-XXXXXX").string();
    if (!mkdtemp(name.data()))
        return {};
    return name;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string file = argc > 1 ? argv[1]
                                      : HEALTHPATH_SHARED_DIR "/reference/bls-oews-national/national_M2025_dl.xlsx";
    if (!fs::exists(file)) {
        std::printf("SKIP oews_import_national_2025: BLS file %s is absent (no shared reference folder)\n", file.c_str());
        return 0;
    }
    std::vector<double> total, parse, store;
    for (int run = 0; run < kRuns; ++run) {
        const fs::path dir = freshFolder();
        std::string error;
        auto kb = dir.empty() ? nullptr : hp::KnowledgeBase::open((dir / "reference.sqlite").string(), &error);
        if (!kb) {
            std::fprintf(stderr, "bench_oews_import: cannot create a store: %s\n", error.c_str());
            return 1;
        }
        const auto start = std::chrono::steady_clock::now();
        const auto parsed = hp::parseOewsFile(file, kb->data().occupations);
        const double parseMs = msSince(start);
        const auto report = hp::storeOews(*kb, parsed, "2026-01-01");
        total.push_back(msSince(start));
        parse.push_back(parseMs);
        store.push_back(total.back() - parseMs);
        kb.reset();
        fs::remove_all(dir);
        if (!report.ok() || !report.stored) {
            std::fprintf(stderr, "bench_oews_import: %s\n", report.error.c_str());
            std::printf("RESULT oews_import_national_2025 %.1f ms budget %.0f FAIL\n", total.back(), kBudgetMs);
            return 1;
        }
    }
    const double ms = median(total);
    std::fprintf(stderr, "bench_oews_import: medians of %d runs: parse %.1f ms, store %.1f ms\n", kRuns, median(parse),
                 median(store));
    std::printf("RESULT oews_import_national_2025 %.1f ms budget %.0f %s\n", ms, kBudgetMs, ms <= kBudgetMs ? "pass" : "FAIL");
    return ms <= kBudgetMs ? 0 : 1;
}
