#include "lattice/plan_export.h"

#include "io/text.h"

#include <boost/json.hpp>

#include <cmath>
#include <set>
#include <sstream>

namespace json = boost::json;

namespace hp::lattice {

namespace {

std::string oneDecimal(double v)
{
    std::ostringstream s;
    s << std::round(v * 10) / 10;
    return s.str();
}

std::string credentialText(const KnowledgeBase &kb, const std::vector<std::string> &anyOf)
{
    std::string out;
    for (const auto &id : anyOf) {
        const auto *c = kb.certification(id);
        out += (out.empty() ? "" : " or ") + (c ? c->abbr : id);
    }
    return out;
}

std::string breakEven(const std::optional<int> &m)
{
    return m ? "month " + std::to_string(*m) : "not within 10 years";
}

std::string signedMoney(double v)
{
    std::string out = v < 0 ? "-" : "";
    out += text::money(std::abs(v));
    return out;
}

// "4.5 to 13", "at least 156", "24": the spread of a total, `open` when a step has no upper figure.
std::string spread(double min, double max, bool open, std::string (*format)(double))
{
    if (open)
        return min == max ? "at least " + format(min) : format(min) + " to " + format(max) + " or more";
    return min == max ? format(min) : format(min) + " to " + format(max);
}

std::string unknownSteps(int n, const char *what)
{
    return n ? " + " + std::to_string(n) + " step" + (n == 1 ? "" : "s") + " of unknown " + what : "";
}

std::string totalsText(const Totals &t)
{
    return "about " + oneDecimal(t.monthsMid) + " months (" + spread(t.monthsMin, t.monthsMax, t.monthsOpen, oneDecimal)
           + ")" + unknownSteps(t.monthsUnknown, "length") + "; cost about " + text::money(t.costMid) + " ("
           + spread(t.costMin, t.costMax, t.costOpen, text::money) + ")" + unknownSteps(t.costUnknown, "cost");
}

void collectSources(const Route &r, std::set<std::string> &out)
{
    for (const auto &s : r.steps) {
        out.insert(s.move->sourceId);
        out.insert(s.move->months.sourceId);
        out.insert(s.move->costUsd.sourceId);
        if (s.wage)
            out.insert(s.wage->sourceId);
    }
}

json::value range(const KnowledgeBase &kb, const SourcedRange &r)
{
    json::object o;
    o["min"] = r.min ? json::value(*r.min) : json::value(nullptr);
    o["max"] = r.max ? json::value(*r.max) : json::value(nullptr);
    const auto mid = midpoint(r);
    o["mid"] = mid ? json::value(*mid) : json::value(nullptr);
    o["source"] = r.sourceId;
    o["status"] = statusId(kb.statusOf(r.sourceId, r.status));
    o["note"] = r.note;
    return o;
}

double cents(double x)
{
    return std::round(x * 100) / 100;
}

json::array numbers(const std::vector<double> &v)
{
    json::array a;
    for (double x : v)
        a.push_back(cents(x));
    return a;
}

json::value optionalMonth(const std::optional<int> &m)
{
    return m ? json::value(*m) : json::value(nullptr);
}

} // namespace

std::string planToText(const KnowledgeBase &kb, const Plan &plan, const Baseline &baseline)
{
    std::ostringstream out;
    out << "Routes from " << plan.start->name << " to " << plan.target->name;
    if (const auto *role = kb.role(plan.targetRole))
        out << " (" << role->name << ")";
    out << "\nWage bands: " << kb.oewsCaption(plan.vintage) << ". Fastest and cheapest go by the midpoint of each"
        << " move's months and dollars, preferring routes with fewer steps nobody has a figure for; alternatives"
        << " are ordered by " << (plan.optimize == Objective::Time ? "time" : "cost") << ".\n"
        << "Return on training: 10 years against a baseline of " << baseline.label << ".\n";
    std::set<std::string> sources{baseline.sourceId};
    for (const Route *r : plan.routes()) {
        collectSources(*r, sources);
        std::string label = r->label;
        for (auto &c : label)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        out << "\n" << label << ": " << totalsText(r->totals) << "\n";
        int n = 0;
        for (const auto &s : r->steps) {
            const auto &m = *s.move;
            out << "  " << ++n << ". " << m.name << " [" << m.id << "]\n     " << s.from->name << " → " << s.to->name << "\n     "
                << monthsText(m.months) << " · " << moneyText(m.costUsd);
            if (!m.credentials.empty())
                out << " · earns " << credentialText(kb, m.credentials);
            if (const auto *e = kb.educationPath(m.education))
                out << " · " << e->name;
            out << " · " << (s.earnsAt ? "paid as " + s.earnsAt->name : std::string("no pay meanwhile")) << "\n";
            out << "     wage there: "
                << (s.wage ? text::money(double(s.wage->low)) + "–" + text::money(double(s.wage->high)) + " a year"
                           : std::string("none (not a job)"))
                << "\n";
        }
        if (!r->credentials.empty()) {
            out << "  Credentials:";
            for (std::size_t i = 0; i < r->credentials.size(); ++i)
                out << (i ? ", " : " ") << credentialText(kb, r->credentials[i]);
            out << "\n";
        }
        const auto roi = returnOnTraining(*r, kb, plan.vintage, baseline);
        out << "  Return on training: break-even " << breakEven(roi.central.breakEvenMonth) << " (p25 "
            << breakEven(roi.p25.breakEvenMonth) << ", p75 " << breakEven(roi.p75.breakEvenMonth) << "); after "
            << roi.months << " months " << signedMoney(roi.central.netVsBaseline) << " against the baseline (p25 "
            << signedMoney(roi.p25.netVsBaseline) << ", p75 " << signedMoney(roi.p75.netVsBaseline) << ").\n";
        for (const auto &w : r->warnings)
            out << "  ! " << w << "\n";
        for (const auto &w : roi.warnings)
            out << "  ! " << w << "\n";
    }
    out << "\nSources:\n";
    for (const auto &id : sources)
        if (!id.empty())
            out << "  " << id << ": " << kb.citation(id) << "\n";
    return out.str();
}

std::string planToJson(const KnowledgeBase &kb, const Plan &plan, const Baseline &baseline)
{
    json::object root;
    root["status"] = "ok";
    root["from"] = {{"id", plan.start->id}, {"name", plan.start->name}};
    root["to"] = {{"id", plan.target->id}, {"name", plan.target->name}, {"role", plan.targetRole}};
    root["vintage"] = plan.vintage;
    root["optimize"] = plan.optimize == Objective::Time ? "time" : "cost";
    root["ranking"] = "fewest steps without a figure first, then midpoint months (fastest) or midpoint dollars "
                      "(cheapest); unknown figures count as zero in totals and are reported";
    root["clinical_background"] = plan.clinicalBackground;
    root["baseline"] = {{"annual", baseline.annual}, {"default", baseline.isDefault}, {"label", baseline.label},
                        {"source", baseline.sourceId}};
    std::set<std::string> sources{baseline.sourceId};
    json::array routes;
    for (const Route *r : plan.routes()) {
        collectSources(*r, sources);
        json::object o;
        o["label"] = r->label;
        o["unusual"] = r->unusual;
        o["warnings"] = json::value_from(r->warnings);
        o["credentials"] = json::value_from(r->credentials);
        const auto &t = r->totals;
        o["totals"] = {{"months", {{"min", t.monthsMin}, {"mid", t.monthsMid}, {"max", t.monthsMax},
                                   {"unknown_steps", t.monthsUnknown}, {"open_ended", t.monthsOpen}}},
                       {"cost_usd", {{"min", t.costMin}, {"mid", t.costMid}, {"max", t.costMax},
                                     {"unknown_steps", t.costUnknown}, {"open_ended", t.costOpen}}}};
        json::array steps;
        for (const auto &s : r->steps) {
            const auto &m = *s.move;
            json::object so{{"move", m.id}, {"name", m.name}, {"from", s.from->id}, {"to", s.to->id},
                            {"start_month", s.startMonth}, {"months", range(kb, m.months)},
                            {"cost_usd", range(kb, m.costUsd)}, {"credentials", json::value_from(m.credentials)},
                            {"education", m.education}, {"keeps_working", m.keepsWorking},
                            {"earns_at", s.earnsAt ? json::value(s.earnsAt->id) : json::value(nullptr)},
                            {"flags", json::value_from(m.flags)}, {"unusual", s.unusual}, {"flag_note", m.flagNote},
                            {"source", m.sourceId}};
            so["wage"] = s.wage ? json::value({{"low", s.wage->low}, {"high", s.wage->high}, {"source", s.wage->sourceId}})
                                : json::value(nullptr);
            steps.push_back(std::move(so));
        }
        o["steps"] = std::move(steps);
        const auto roi = returnOnTraining(*r, kb, plan.vintage, baseline);
        o["roi"] = {{"months", roi.months},
                    {"break_even_month", optionalMonth(roi.central.breakEvenMonth)},
                    {"break_even_month_p25", optionalMonth(roi.p25.breakEvenMonth)},
                    {"break_even_month_p75", optionalMonth(roi.p75.breakEvenMonth)},
                    {"net_vs_baseline", {{"central", cents(roi.central.netVsBaseline)}, {"p25", cents(roi.p25.netVsBaseline)},
                                         {"p75", cents(roi.p75.netVsBaseline)}}},
                    {"training_cost", cents(roi.trainingCost)},
                    {"cumulative_net", numbers(roi.central.cumulativeNet)},
                    {"cumulative_net_p25", numbers(roi.p25.cumulativeNet)},
                    {"cumulative_net_p75", numbers(roi.p75.cumulativeNet)},
                    {"cumulative_baseline", numbers(roi.cumulativeBaseline)},
                    {"warnings", json::value_from(roi.warnings)}};
        routes.push_back(std::move(o));
    }
    root["routes"] = std::move(routes);
    json::array cited;
    for (const auto &id : sources)
        if (!id.empty())
            cited.push_back({{"id", id}, {"citation", kb.citation(id)}});
    root["sources"] = std::move(cited);
    return json::serialize(root) + "\n";
}

std::string unreachableToJson(const Plan &plan)
{
    json::object root;
    root["status"] = "unreachable";
    root["from"] = plan.start ? plan.start->id : "";
    root["to"] = plan.target ? plan.target->id : "";
    if (plan.unreachable) {
        root["explanation"] = plan.unreachable->explanation;
        root["reachable"] = json::value_from(plan.unreachable->reachable);
        root["entry_moves"] = json::value_from(plan.unreachable->entryMoves);
        root["missing"] = json::value_from(plan.unreachable->missing);
    }
    return json::serialize(root) + "\n";
}

} // namespace hp::lattice
