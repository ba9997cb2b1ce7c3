// bench_veterans: the veterans budgets. Prints
//       RESULT veterans_load <ms> ms budget 100 <pass|FAIL>
//       RESULT veterans_search <ms> ms budget 4 <pass|FAIL>
//       RESULT veterans_match <ms> ms budget 16 <pass|FAIL>
// Each figure is the median of several runs; search and match take the slowest of their cases.

#include "refdata/knowledge_base.h"
#include "veterans/veterans.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

constexpr double kLoadBudgetMs = 100, kSearchBudgetMs = 4, kMatchBudgetMs = 16;

template<class F>
double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool report(const char *name, double ms, double budget)
{
    std::printf("RESULT %s %.3f ms budget %.0f %s\n", name, ms, budget, ms <= budget ? "pass" : "FAIL");
    return ms <= budget;
}

} // namespace

int main()
{
    std::string error;
    auto kb = hp::KnowledgeBase::open("", &error);
    if (!kb) {
        std::fprintf(stderr, "bench_veterans: %s\n", error.c_str());
        return 1;
    }
    using hp::veterans::Veterans;
    std::unique_ptr<Veterans> vet;
    std::vector<double> loads;
    for (int i = 0; i < 9; ++i)
        loads.push_back(timeMs([&] { vet = Veterans::load(*kb, &error); }));
    if (!vet) {
        std::fprintf(stderr, "bench_veterans: %s\n", error.c_str());
        return 1;
    }
    bool ok = report("veterans_load", median(loads), kLoadBudgetMs);

    const std::vector<hp::veterans::CodeQuery> searches = {
        {"68G", ""}, {"4A0X1", ""}, {"6", ""}, {"a", ""}, {"patient admin", ""}, {"hospital corpsman", "navy"},
        {"administrative specialist", ""}, {"zzzz", ""}, {"health services management journeyman", ""}, {"HM2", ""}};
    double slowest = 0;
    for (const auto &q : searches) {
        std::vector<double> runs;
        std::size_t n = 0;
        for (int i = 0; i < 21; ++i)
            runs.push_back(timeMs([&] { n = vet->search(q, 50).size(); }));
        std::fprintf(stderr, "  search \"%s\": %zu found, median %.3f ms\n", q.code.c_str(), n, median(runs));
        slowest = std::max(slowest, median(runs));
    }
    ok = report("veterans_search", slowest, kSearchBudgetMs) && ok;

    const std::vector<std::vector<hp::veterans::CodeQuery>> matches = {
        {{"68G", "army"}}, {{"68G", ""}, {"4A0X1", ""}, {"HM", ""}, {"0111", ""}}, {{"patient administration", ""}}, {{"11B", ""}}};
    slowest = 0;
    for (const auto &codes : matches) {
        std::vector<double> runs;
        std::size_t roles = 0;
        for (int i = 0; i < 21; ++i)
            runs.push_back(timeMs([&] { roles = vet->match(codes, "E6").roles.size(); }));
        std::fprintf(stderr, "  match of %zu code(s): %zu roles, median %.3f ms\n", codes.size(), roles, median(runs));
        slowest = std::max(slowest, median(runs));
    }
    ok = report("veterans_match", slowest, kMatchBudgetMs) && ok;
    return ok ? 0 : 1;
}
