// bench_gui_startup: the startup budget. "The GUI renders its first view within 1.5x the time and
// 2x the memory of a bare Qt Widgets + Charts window doing the same render."
//
//   ours:  healthpath --screenshot FILE --view explore --size 1280x800
//   bare:  bench_bare_qt_render FILE            (the same render, Qt only, hard-coded data)
//
// Each is run as a child process, 7 times, interleaved (cold, bare, warm, cold, bare, warm, …):
//   cold  HEALTHPATH_DATA_DIR is a fresh empty folder, so the run builds the SQLite store first;
//   warm  HEALTHPATH_DATA_DIR is the folder the first cold run built (the everyday start).
// Wall time is steady_clock from posix_spawn to wait4; peak memory is wait4's ru_maxrss. The ratios
// use the medians of the warm runs; the cold ones are reported beside them.
//
// This runner links no Qt on purpose: Linux carries the parent's RSS high-water mark at spawn
// into the child's ru_maxrss, so the parent must stay far smaller than the children (a few MiB).

#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h> // mkdtemp
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char **environ;

namespace fs = std::filesystem;

namespace {

constexpr int kRuns = 7;
constexpr double kTimeBudget = 1.5;
constexpr double kMemoryBudget = 2.0;

struct Sample {
    double ms = 0;
    double rssMiB = 0;
};

std::string slurp(const fs::path &path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `args` with QT_QPA_PLATFORM=offscreen (and HEALTHPATH_DATA_DIR if given), output to `log`.
// Throws std::runtime_error with a message if the child cannot start, fails or writes no PNG.
Sample run(const std::vector<std::string> &args, const std::string &dataDir, const fs::path &png, const fs::path &log)
{
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e)
        if (std::strncmp(*e, "QT_QPA_PLATFORM=", 16) != 0 && std::strncmp(*e, "HEALTHPATH_DATA_DIR=", 20) != 0)
            env.emplace_back(*e);
    env.emplace_back("QT_QPA_PLATFORM=offscreen");
    if (!dataDir.empty())
        env.push_back("HEALTHPATH_DATA_DIR=" + dataDir);
    std::vector<char *> argv, envp;
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    for (auto &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    fs::remove(png);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawnError = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawnError != 0)
        throw std::runtime_error("cannot start " + args[0] + ": " + std::strerror(spawnError));
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR)
            throw std::runtime_error(std::string("wait4 failed: ") + std::strerror(errno));
    const auto end = std::chrono::steady_clock::now();

    std::error_code ec;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || fs::file_size(png, ec) == 0 || ec)
        throw std::runtime_error(args[0] + " failed (wait status " + std::to_string(status) + ") or wrote no PNG; its output:\n"
                                 + slurp(log));
    return {std::chrono::duration<double, std::milli>(end - start).count(), usage.ru_maxrss / 1024.0};
}

// "0.52 0.61 0.70": the 1, 5 and 15 minute load averages, so that results carry their conditions.
std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Series {
    const char *label;
    std::vector<Sample> samples;

    double medianMs() const
    {
        std::vector<double> v;
        for (const auto &s : samples)
            v.push_back(s.ms);
        return median(v);
    }
    double medianMiB() const
    {
        std::vector<double> v;
        for (const auto &s : samples)
            v.push_back(s.rssMiB);
        return median(v);
    }
    void print() const
    {
        std::printf("  %-5s ms:", label);
        for (const auto &s : samples)
            std::printf(" %.1f", s.ms);
        std::printf("   peak RSS MiB:");
        for (const auto &s : samples)
            std::printf(" %.1f", s.rssMiB);
        std::printf("\n");
    }
};

bool result(const char *name, double value, const char *unit, double budget)
{
    const bool pass = value <= budget;
    std::printf("RESULT %s %.3f %s budget %.1f %s\n", name, value, unit, budget, pass ? "pass" : "FAIL");
    return pass;
}

void info(const char *name, double value, const char *unit)
{
    std::printf("RESULT %s %.1f %s budget - info\n", name, value, unit);
}

} // namespace

int main()
{
    std::string pattern = (fs::temp_directory_path() / "hp-bench-startup.XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::fprintf(stderr, "bench_gui_startup: cannot create a temporary folder: %s\n", std::strerror(errno));
        return 2;
    }
    const fs::path root = pattern;
    const fs::path png = root / "shot.png";
    const fs::path log = root / "child.log";
    const std::string loadBefore = loadAverage();
    const std::string gui = HEALTHPATH_GUI;
    const std::string bare = BARE_QT_RENDER;
    const auto ours = [&](const std::string &dataDir) {
        return run({gui, "--screenshot", png.string(), "--view", "explore", "--size", "1280x800"}, dataDir, png, log);
    };
    const auto baseline = [&] { return run({bare, png.string()}, {}, png, log); };

    Series cold{"cold", {}}, warm{"warm", {}}, base{"bare", {}};
    std::string failure;
    try {
        // One untimed run of each first, so both find their libraries and fonts in the page cache.
        fs::create_directory(root / "warmup");
        ours((root / "warmup").string());
        baseline();

        const fs::path warmDir = root / "data-0"; // built by the first cold run, reused by every warm run
        for (int i = 0; i < kRuns; ++i) {
            const fs::path fresh = root / ("data-" + std::to_string(i));
            fs::create_directory(fresh);
            cold.samples.push_back(ours(fresh.string()));
            base.samples.push_back(baseline());
            warm.samples.push_back(ours(warmDir.string()));
        }
    } catch (const std::exception &e) {
        failure = e.what();
    }
    std::error_code ec;
    fs::remove_all(root, ec);
    if (!failure.empty()) {
        std::fprintf(stderr, "bench_gui_startup: %s\n", failure.c_str());
        return 2;
    }

    std::printf("healthpath --screenshot --view explore --size 1280x800 vs bench_bare_qt_render, %d runs each "
                "(%u CPUs, load average before %s, after %s):\n",
                kRuns, std::thread::hardware_concurrency(), loadBefore.c_str(), loadAverage().c_str());
    cold.print();
    warm.print();
    base.print();
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    std::printf("  this runner's own peak RSS: %.1f MiB (the floor of any child's ru_maxrss)\n", self.ru_maxrss / 1024.0);
    bool ok = result("gui_first_view_time_ratio", warm.medianMs() / base.medianMs(), "x", kTimeBudget);
    ok = result("gui_first_view_memory_ratio", warm.medianMiB() / base.medianMiB(), "x", kMemoryBudget) && ok;
    ok = result("gui_cold_first_view_time_ratio", cold.medianMs() / base.medianMs(), "x", kTimeBudget) && ok;
    ok = result("gui_cold_first_view_memory_ratio", cold.medianMiB() / base.medianMiB(), "x", kMemoryBudget) && ok;
    info("gui_first_view_time_median", warm.medianMs(), "ms");
    info("gui_first_view_peak_rss_median", warm.medianMiB(), "MiB");
    info("gui_cold_first_view_time_median", cold.medianMs(), "ms");
    info("gui_cold_first_view_peak_rss_median", cold.medianMiB(), "MiB");
    info("bare_qt_first_view_time_median", base.medianMs(), "ms");
    info("bare_qt_first_view_peak_rss_median", base.medianMiB(), "MiB");
    return ok ? 0 : 1;
}
