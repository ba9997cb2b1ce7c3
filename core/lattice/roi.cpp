#include "lattice/roi.h"

#include "io/text.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hp::lattice {

namespace {

std::string hourly(double v)
{
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(2);
    s << "$" << v;
    return s.str();
}

struct Pay {
    double central, p25, p75;
};

// What a node pays in `vintage`; the baseline when it has no BLS band or BLS published none.
Pay payAt(const Node *node, const KnowledgeBase &kb, int vintage, double baseline, std::vector<std::string> *warnings)
{
    if (!node || !node->bls)
        return {baseline, baseline, baseline};
    const auto band = kb.blsBand(*node->bls, vintage);
    const WageEstimate *w = kb.wage(node->bls->soc, vintage);
    if (!band || !w || !w->p25 || !w->p75) {
        if (warnings)
            warnings->push_back("BLS published no full wage band for " + node->name + " (" + node->bls->soc + ") in May "
                                + std::to_string(vintage) + "; HealthPath counts the baseline pay there.");
        return {baseline, baseline, baseline};
    }
    return {(band->low + band->high) / 2.0, double(*w->p25), double(*w->p75)};
}

} // namespace

Baseline defaultBaseline(const KnowledgeBase &kb)
{
    const auto &l = kb.data().lattice;
    Baseline b;
    b.annual = l.baselineHourly.value * l.baselineHoursPerYear.value;
    b.isDefault = true;
    b.sourceId = l.baselineHourly.sourceId;
    b.label = "default: federal minimum wage " + hourly(l.baselineHourly.value) + "/h × "
              + text::thousands(long(l.baselineHoursPerYear.value)) + " h = " + text::money(b.annual) + " a year ("
              + std::string(statusId(kb.statusOf(l.baselineHourly.sourceId, l.baselineHourly.status))) + ")";
    return b;
}

Baseline userBaseline(double annual)
{
    return {annual, false, "your baseline pay: " + text::money(annual) + " a year", ""};
}

RoiResult computeRoi(const std::vector<Segment> &segments, const Baseline &baseline, int months)
{
    RoiResult r;
    r.months = months;
    r.baseline = baseline;
    for (const auto &s : segments)
        if (s.start < months)
            r.trainingCost += s.upfrontCost;
    if (!segments.empty())
        r.routeMonths = segments.back().start;
    double baseSum = 0, net = 0, net25 = 0, net75 = 0;
    for (int m = 1; m <= months; ++m) {
        const double lo = m - 1, hi = m;
        for (const auto &s : segments) {
            // Pay for the part of this month the segment covers; its cost in the month it starts.
            const double overlap = std::max(0.0, std::min(hi, s.start + s.length) - std::max(lo, s.start));
            net += overlap * s.annualPay / 12;
            net25 += overlap * s.annualP25 / 12;
            net75 += overlap * s.annualP75 / 12;
            if (s.start >= lo && s.start < hi) {
                net -= s.upfrontCost;
                net25 -= s.upfrontCost;
                net75 -= s.upfrontCost;
            }
        }
        baseSum += baseline.annual / 12;
        r.cumulativeBaseline.push_back(baseSum);
        // A cent of tolerance keeps rounding in the month sums from hiding an exact tie.
        const auto record = [&](RoiSeries &series, double value) {
            series.cumulativeNet.push_back(value);
            if (!series.breakEvenMonth && value >= baseSum - 0.005)
                series.breakEvenMonth = m;
        };
        record(r.central, net);
        record(r.p25, net25);
        record(r.p75, net75);
    }
    for (RoiSeries *s : {&r.central, &r.p25, &r.p75})
        s->netVsBaseline = months > 0 ? s->cumulativeNet.back() - r.cumulativeBaseline.back() : 0;
    return r;
}

std::vector<Segment> segmentsFor(const Route &route, const KnowledgeBase &kb, int vintage, double baselineAnnual,
                                 std::vector<std::string> *warnings)
{
    std::vector<Segment> out;
    double t = 0;
    for (const auto &step : route.steps) {
        Segment s;
        s.start = t;
        s.length = step.monthsMid.value_or(0);
        s.upfrontCost = step.costMid.value_or(0);
        if (step.earnsAt) {
            const Pay pay = payAt(step.earnsAt, kb, vintage, baselineAnnual, warnings);
            s.annualPay = pay.central;
            s.annualP25 = pay.p25;
            s.annualP75 = pay.p75;
        }
        out.push_back(s);
        t += s.length;
    }
    // After the last step: the target's pay for the rest of the horizon (and beyond).
    Segment last;
    last.start = t;
    last.length = 1e9;
    if (!route.steps.empty()) {
        const Pay pay = payAt(route.steps.back().to, kb, vintage, baselineAnnual, warnings);
        last.annualPay = pay.central;
        last.annualP25 = pay.p25;
        last.annualP75 = pay.p75;
    } else {
        last.annualPay = last.annualP25 = last.annualP75 = baselineAnnual;
    }
    out.push_back(last);
    return out;
}

RoiResult returnOnTraining(const Route &route, const KnowledgeBase &kb, int vintage, const Baseline &baseline, int months)
{
    std::vector<std::string> warnings;
    auto r = computeRoi(segmentsFor(route, kb, vintage, baseline.annual, &warnings), baseline, months);
    std::sort(warnings.begin(), warnings.end());
    warnings.erase(std::unique(warnings.begin(), warnings.end()), warnings.end());
    if (route.totals.monthsUnknown)
        warnings.push_back("Steps of unknown length take no time on this timeline, so it runs early.");
    if (route.totals.costUnknown)
        warnings.push_back("Steps of unknown cost count as free here.");
    if (r.routeMonths > months)
        warnings.push_back("The route takes longer than the " + std::to_string(months) + " months shown.");
    r.warnings = std::move(warnings);
    return r;
}

} // namespace hp::lattice
