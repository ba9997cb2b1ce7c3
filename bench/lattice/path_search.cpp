// bench_lattice_search: the path-search budgets.
//
//   "Planning a route on the shipped lattice takes under 1 ms": makePlan (fastest, cheapest and
//   three alternatives, with each step's wage band) for four named cases; each case is timed
//   kShippedRuns times and the slowest case's median is printed:
//       RESULT lattice_plan_shipped <ms> ms budget 1 <pass|FAIL>
//
//   "Route search stays under 50 ms on a lattice of 10,000 levels and 100,000 moves": a synthetic
//   lattice (fixed seed, so every run sees the same graph) of 100 tiers of 100 levels, each move
//   climbing 1 to 3 tiers with random months and costs, about 1 in 20 figures unknown. searchRoutes
//   (fastest, cheapest, 3 alternatives) from a bottom-tier level to a top-tier level for ten pairs,
//   each timed kSyntheticRuns times; the slowest pair's median is printed:
//       RESULT lattice_search_synthetic_10k <ms> ms budget 50 <pass|FAIL>
// Details per case go to stderr. Building the knowledge base and the lattices is not timed.

#include "lattice/planner.h"
#include "refdata/knowledge_base.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace hp::lattice;

namespace {

constexpr int kShippedRuns = 201;
constexpr int kSyntheticRuns = 5;
constexpr double kShippedBudgetMs = 1;
constexpr double kSyntheticBudgetMs = 50;
constexpr int kTiers = 100, kPerTier = 100, kMoves = 100000;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// snprintf rather than string concatenation: GCC 12 at -O3 gives a false -Wrestrict on "t" + ...
std::string levelId(int tier, int i)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "t%d-%d", tier, i);
    return buf;
}

Lattice syntheticLattice()
{
    std::mt19937 rng(20261126);
    std::vector<Node> nodes;
    for (int t = 0; t < kTiers; ++t)
        for (int i = 0; i < kPerTier; ++i) {
            Node n;
            n.id = levelId(t, i);
            n.name = n.id;
            n.kind = "level";
            nodes.push_back(std::move(n));
        }
    std::uniform_int_distribution<int> tier(0, kTiers - 2), member(0, kPerTier - 1), climb(1, 3), months(1, 24),
        extra(0, 12), cost(0, 5000), unknown(0, 19);
    std::vector<hp::LatticeMove> moves;
    moves.reserve(kMoves);
    for (int k = 0; k < kMoves; ++k) {
        hp::LatticeMove m;
        char id[16];
        std::snprintf(id, sizeof id, "m%d", k);
        m.id = id;
        const int from = tier(rng);
        m.from = levelId(from, member(rng));
        m.to = levelId(std::min(kTiers - 1, from + climb(rng)), member(rng));
        if (unknown(rng) != 0) {
            m.months.min = months(rng);
            m.months.max = *m.months.min + extra(rng);
        }
        if (unknown(rng) != 0) {
            m.costUsd.min = cost(rng);
            m.costUsd.max = *m.costUsd.min + cost(rng);
        }
        moves.push_back(std::move(m));
    }
    return Lattice(std::move(nodes), std::move(moves));
}

} // namespace

int main()
{
    bool ok = true;

    std::string error;
    auto kb = hp::KnowledgeBase::open("", &error);
    if (!kb) {
        std::fprintf(stderr, "bench_lattice_search: %s\n", error.c_str());
        return 1;
    }
    const auto shipped = Lattice::build(kb->data());
    const std::pair<const char *, const char *> cases[] = {{"no-experience", "outpatient-coder"},
                                                          {"biller", "coding-auditor"},
                                                          {"military-patient-administration", "revenue-cycle-director"},
                                                          {"coder", "cdi-specialist"}};
    double slowest = 0;
    for (const auto &[from, to] : cases) {
        std::vector<double> runs;
        std::size_t routes = 0;
        for (int i = 0; i < kShippedRuns; ++i)
            runs.push_back(timeMs([&] { routes = makePlan(shipped, *kb, PlanRequest(from, to)).routes().size(); }));
        const double ms = median(runs);
        std::fprintf(stderr, "  shipped %s -> %s: %zu routes, median %.4f ms\n", from, to, routes, ms);
        ok = ok && routes > 0;
        slowest = std::max(slowest, ms);
    }
    std::printf("RESULT lattice_plan_shipped %.4f ms budget %.0f %s\n", slowest, kShippedBudgetMs,
                slowest <= kShippedBudgetMs ? "pass" : "FAIL");
    ok = ok && slowest <= kShippedBudgetMs;

    const Lattice synthetic = syntheticLattice();
    std::fprintf(stderr, "  synthetic lattice: %zu levels, %zu moves\n", synthetic.nodeCount(), synthetic.moves().size());
    std::mt19937 pick(7);
    std::uniform_int_distribution<int> member(0, kPerTier - 1);
    slowest = 0;
    for (int pair = 0; pair < 10; ++pair) {
        const auto from = *synthetic.find(levelId(0, member(pick)));
        const auto to = *synthetic.find(levelId(kTiers - 1, member(pick)));
        std::vector<double> runs;
        RouteSet set;
        for (int i = 0; i < kSyntheticRuns; ++i)
            runs.push_back(timeMs([&] { set = searchRoutes(synthetic, from, to, Objective::Time, 3); }));
        const double ms = median(runs);
        std::fprintf(stderr, "  synthetic pair %d: fastest %zu moves, %zu alternatives, median %.2f ms\n", pair,
                     set.fastest ? set.fastest->edges.size() : 0, set.alternatives.size(), ms);
        ok = ok && set.fastest && set.alternatives.size() == 3;
        slowest = std::max(slowest, ms);
    }
    std::printf("RESULT lattice_search_synthetic_10k %.2f ms budget %.0f %s\n", slowest, kSyntheticBudgetMs,
                slowest <= kSyntheticBudgetMs ? "pass" : "FAIL");
    ok = ok && slowest <= kSyntheticBudgetMs;
    return ok ? 0 : 1;
}
