#pragma once
// Return on training: month by month over 10 years, what a route earns minus what its training
// costs, against the pay the person would have had anyway (the baseline).
//
//   month:   1 ........ t1 ........ t2 .................................... 120
//   route:   [course: no pay, cost at t=0][junior coder pay][coder pay ...............]
//   baseline: baseline pay / 12 every month
//
// * The timeline follows the route's midpoint months; a step of unknown length takes no time.
// * During a move you earn only if the move says you keep working (LatticeMove::keepsWorking), at
//   the wage of the node you work at (Step::earnsAt); a course without a job earns nothing.
// * A node's pay is the middle of its BLS band (Step::wage). The p25 and p75 series use the 25th
//   and 75th percentile of each node's BLS occupation instead: the spread of the whole occupation,
//   so a ladder level placed below p25 (a junior level) can sit under the band. A node with no
//   BLS band (a starting point) earns the baseline pay.
// * A step's cost (its midpoint) is paid in the month the step starts.
// * Break-even is the first month whose cumulative net (earnings minus costs) is at or above the
//   cumulative baseline; none when that never happens within the horizon.

#include "lattice/planner.h"

#include <optional>
#include <string>
#include <vector>

namespace hp::lattice {

struct Baseline {
    double annual = 0;
    bool isDefault = false;
    std::string label;    // "default: federal minimum wage $7.25/h × 2,080 h = $15,080 a year"
    std::string sourceId; // the default's source
};

// The default baseline: lattice.json's federal minimum wage × full-time hours.
Baseline defaultBaseline(const KnowledgeBase &kb);
Baseline userBaseline(double annual);

// One stretch of the timeline at constant pay. Times in months from the start of the route.
struct Segment {
    double start = 0, length = 0; // a final segment may run past the horizon
    double annualPay = 0, annualP25 = 0, annualP75 = 0;
    double upfrontCost = 0; // paid in the month containing `start`
};

struct RoiSeries {
    std::vector<double> cumulativeNet; // [m - 1] = after month m
    std::optional<int> breakEvenMonth;
    double netVsBaseline = 0;          // cumulativeNet - cumulativeBaseline at the last month
};

struct RoiResult {
    int months = 120;
    Baseline baseline;
    std::vector<double> cumulativeBaseline; // [m - 1] = after month m
    RoiSeries central, p25, p75;
    double trainingCost = 0;   // costs paid within the horizon
    double routeMonths = 0;    // midpoint length of the route
    std::vector<std::string> warnings;
};

// The arithmetic alone: segments in, series out.
RoiResult computeRoi(const std::vector<Segment> &segments, const Baseline &baseline, int months = 120);

// The timeline of a planned route, with pay from the BLS estimates of `vintage`.
std::vector<Segment> segmentsFor(const Route &route, const KnowledgeBase &kb, int vintage, double baselineAnnual,
                                 std::vector<std::string> *warnings = nullptr);
RoiResult returnOnTraining(const Route &route, const KnowledgeBase &kb, int vintage, const Baseline &baseline,
                           int months = 120);

} // namespace hp::lattice
