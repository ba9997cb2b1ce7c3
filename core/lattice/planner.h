#pragma once
// The path planner: from a starting point to a target role, the fastest route, the cheapest route
// and up to three further distinct routes, each step with its months, cost, credentials and the
// BLS wage band where it lands. This is the API a path view uses:
//
//   const auto lattice = hp::lattice::Lattice::build(kb.data());       // once per data change
//   const auto plan = hp::lattice::makePlan(lattice, kb, {"no-experience", "outpatient-coder"});
//   if (plan.status == hp::lattice::Plan::Status::Ok)
//       for (const hp::lattice::Route *route : plan.routes())
//           show(*route, hp::lattice::returnOnTraining(*route, kb, plan.vintage, baseline)); // roi.h
//
// Time is ranked by midpoint months (the middle of each move's range, or its one known end), cost
// by midpoint dollars, after first preferring routes with fewer steps that have no figure at all
// (see lattice.h). A figure nobody publishes is never guessed: it counts as zero in the totals and
// is reported in Totals and Route::warnings.

#include "lattice/lattice.h"
#include "lattice/route_search.h"
#include "refdata/knowledge_base.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hp::lattice {

struct PlanRequest {
    PlanRequest() = default;
    PlanRequest(std::string fromId, std::string toId)
        : from(std::move(fromId)), to(std::move(toId))
    {
    }

    std::string from; // a node id; Lattice::starts() lists the offered starting points
    std::string to;   // a role id, or a ladder level id
    Objective optimize = Objective::Time;   // orders the further alternatives
    int vintage = 0;                        // OEWS vintage of the wage bands; 0 = the latest
    std::optional<bool> clinicalBackground; // default: whether the starting point brings one
    int alternatives = 3;
};

struct Step {
    const LatticeMove *move = nullptr;
    const Node *from = nullptr, *to = nullptr;
    const Node *earnsAt = nullptr;          // whose wage is earned during the move; nullptr = no pay
    std::optional<double> monthsMid, costMid; // empty = not known
    double startMonth = 0;                  // when the step begins (sum of earlier midpoints)
    std::optional<KnowledgeBase::Band> wage; // the band at `to` for the plan's vintage
    bool unusual = false;                   // flagged as unusual for this person
};

struct Totals {
    double monthsMin = 0, monthsMid = 0, monthsMax = 0; // sums of the known figures
    double costMin = 0, costMid = 0, costMax = 0;
    int monthsUnknown = 0, costUnknown = 0; // steps with no figure at all
    bool monthsOpen = false, costOpen = false; // a step has no upper figure: the max is "at least"
};

struct Route {
    std::string label; // "fastest", "cheapest", "fastest and cheapest", "alternative 1", …
    std::vector<Step> steps;
    Totals totals;
    std::vector<std::vector<std::string>> credentials; // earned on the way; an inner list = any one of them
    std::vector<std::string> warnings;                 // sentences: unusual moves, unknown figures
    bool unusual = false;
    std::vector<std::size_t> key; // the move indices, to compare routes
};

struct Unreachable {
    std::string explanation;             // sentences a person can act on
    std::vector<std::string> reachable;  // node ids the start can reach
    std::vector<std::string> entryMoves; // moves that lead into the target
    std::vector<std::string> missing;    // the nodes those moves start from (none reachable)
};

struct Plan {
    enum class Status { Ok, UnknownStart, UnknownTarget, Unreachable };
    Status status = Status::Ok;
    std::string error;                 // UnknownStart / UnknownTarget: one sentence
    std::vector<std::string> validIds; // … and the ids that would work
    const Node *start = nullptr, *target = nullptr;
    std::string targetRole; // the role asked for; empty when a ladder level id was given
    int vintage = 0;
    Objective optimize = Objective::Time;
    bool clinicalBackground = false;
    std::optional<Route> fastest, cheapest;
    std::vector<Route> alternatives;
    std::optional<Unreachable> unreachable;

    // Fastest, cheapest (unless it is the same route), then the alternatives.
    std::vector<const Route *> routes() const;
};

Plan makePlan(const Lattice &lattice, const KnowledgeBase &kb, const PlanRequest &request);

// "4–12 months", "at least 12 months", "not known": a range of months or dollars as text.
std::string monthsText(const SourcedRange &r);
std::string moneyText(const SourcedRange &r);

} // namespace hp::lattice
