#include "lattice/planner.h"

#include "io/text.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hp::lattice {

namespace {

bool hasFlag(const LatticeMove &m, std::string_view flag)
{
    return std::find(m.flags.begin(), m.flags.end(), flag) != m.flags.end();
}

std::string number(double v)
{
    std::ostringstream s;
    s << (std::round(v * 10) / 10);
    return s.str();
}

std::string plural(int n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

Route makeRoute(const Lattice &lattice, const KnowledgeBase &kb, const Path &path, int vintage, bool clinical)
{
    const Graph &g = lattice.graph();
    Route r;
    r.key = path.key(g);
    double t = 0;
    int unverified = 0;
    for (const Edge &e : path.edges) {
        const LatticeMove &m = lattice.move(e);
        Step s;
        s.move = &m;
        s.from = &g[boost::source(e, g)];
        s.to = &g[boost::target(e, g)];
        if (m.keepsWorking) {
            const auto worksAs = m.worksAs.empty() ? std::nullopt : lattice.find(m.worksAs);
            s.earnsAt = worksAs ? &g[*worksAs] : s.from;
        }
        s.monthsMid = midpoint(m.months);
        s.costMid = midpoint(m.costUsd);
        s.startMonth = t;
        t += s.monthsMid.value_or(0);
        if (s.to->bls)
            s.wage = kb.blsBand(*s.to->bls, vintage);
        s.unusual = hasFlag(m, "unusual_without_clinical") && !clinical;

        auto &tot = r.totals;
        tot.monthsMin += m.months.min.value_or(0);
        tot.monthsMax += m.months.max ? *m.months.max : m.months.min.value_or(0);
        tot.monthsMid += s.monthsMid.value_or(0);
        tot.monthsUnknown += m.months.present() ? 0 : 1;
        tot.monthsOpen = tot.monthsOpen || (m.months.min && !m.months.max);
        tot.costMin += m.costUsd.min.value_or(0);
        tot.costMax += m.costUsd.max ? *m.costUsd.max : m.costUsd.min.value_or(0);
        tot.costMid += s.costMid.value_or(0);
        tot.costUnknown += m.costUsd.present() ? 0 : 1;
        tot.costOpen = tot.costOpen || (m.costUsd.min && !m.costUsd.max);
        for (const SourcedRange *fig : {&m.months, &m.costUsd})
            unverified += kb.statusOf(fig->sourceId, fig->status) == Status::Unverified ? 1 : 0;

        if (!m.credentials.empty()
            && std::find(r.credentials.begin(), r.credentials.end(), m.credentials) == r.credentials.end())
            r.credentials.push_back(m.credentials);
        if (s.unusual) {
            r.unusual = true;
            r.warnings.push_back("Unusual without a clinical background (" + m.name + "): " + m.flagNote);
        }
        r.steps.push_back(s);
    }
    const auto &tot = r.totals;
    if (tot.monthsUnknown)
        r.warnings.push_back(plural(tot.monthsUnknown, "step has", "steps have")
                             + " no known length; the time totals leave them out.");
    else if (tot.monthsOpen)
        r.warnings.push_back("Some steps give only a minimum time, so the longest time is open-ended.");
    if (tot.costUnknown)
        r.warnings.push_back(plural(tot.costUnknown, "step has", "steps have") + " no known cost; the cost totals leave them out.");
    if (unverified)
        r.warnings.push_back(plural(unverified, "figure on this route is", "figures on this route are")
                             + " UNVERIFIED; read the notes before relying on them.");
    return r;
}

Unreachable explain(const Lattice &lattice, Vertex from, Vertex to)
{
    const Graph &g = lattice.graph();
    const auto reach = reachableFrom(g, from);
    Unreachable u;
    for (Vertex v = 0; v < lattice.nodeCount(); ++v)
        if (reach[v] && v != from)
            u.reachable.push_back(g[v].id);
    std::string entries;
    for (const auto &e : boost::make_iterator_range(boost::in_edges(to, g))) {
        const auto &m = lattice.move(e);
        u.entryMoves.push_back(m.id);
        const std::string &src = g[boost::source(e, g)].id;
        if (std::find(u.missing.begin(), u.missing.end(), src) == u.missing.end()) {
            u.missing.push_back(src);
            entries += (entries.empty() ? "" : "; ") + g[boost::source(e, g)].name + " (" + m.name + ")";
        }
    }
    const Node &start = g[from], &target = g[to];
    std::string text = "No route in HealthPath's lattice leads from " + start.name + " to " + target.name + ". ";
    if (u.entryMoves.empty())
        text += "No move leads into " + target.name + " at all. ";
    else
        text += target.name + " is entered only from: " + entries + "; none of these can be reached from "
                + start.name + ". ";
    if (u.reachable.empty()) {
        text += "No move starts from " + start.name + ".";
    } else {
        text += "From " + start.name + " the lattice reaches " + plural(int(u.reachable.size()), "node", "nodes") + ": ";
        for (std::size_t i = 0; i < u.reachable.size(); ++i)
            text += (i ? ", " : "") + g[*lattice.find(u.reachable[i])].name;
        text += ".";
    }
    u.explanation = text;
    return u;
}

} // namespace

std::vector<const Route *> Plan::routes() const
{
    std::vector<const Route *> out;
    if (fastest)
        out.push_back(&*fastest);
    if (cheapest && (!fastest || cheapest->key != fastest->key))
        out.push_back(&*cheapest);
    for (const auto &r : alternatives)
        out.push_back(&r);
    return out;
}

Plan makePlan(const Lattice &lattice, const KnowledgeBase &kb, const PlanRequest &request)
{
    Plan plan;
    plan.optimize = request.optimize;
    plan.vintage = request.vintage ? request.vintage : kb.latestVintage();
    const auto from = lattice.find(request.from);
    if (!from) {
        plan.status = Plan::Status::UnknownStart;
        for (Vertex v : lattice.starts())
            plan.validIds.push_back(lattice.node(v).id);
        plan.error = "There is no starting point \"" + request.from + "\".";
        return plan;
    }
    const auto to = lattice.target(request.to);
    if (!to) {
        plan.status = Plan::Status::UnknownTarget;
        plan.validIds = lattice.targetIds();
        plan.error = "There is no role or ladder level \"" + request.to + "\".";
        return plan;
    }
    const Graph &g = lattice.graph();
    plan.start = &g[*from];
    plan.target = &g[*to];
    plan.targetRole = lattice.roleAt(request.to);
    const auto &bg = plan.start->backgrounds;
    plan.clinicalBackground = request.clinicalBackground.value_or(std::find(bg.begin(), bg.end(), "clinical") != bg.end());

    auto set = searchRoutes(lattice, *from, *to, request.optimize, request.alternatives);
    if (!set.fastest) {
        plan.status = Plan::Status::Unreachable;
        plan.unreachable = explain(lattice, *from, *to);
        return plan;
    }
    plan.fastest = makeRoute(lattice, kb, *set.fastest, plan.vintage, plan.clinicalBackground);
    plan.cheapest = makeRoute(lattice, kb, *set.cheapest, plan.vintage, plan.clinicalBackground);
    const bool same = plan.fastest->key == plan.cheapest->key;
    plan.fastest->label = same ? "fastest and cheapest" : "fastest";
    plan.cheapest->label = same ? "fastest and cheapest" : "cheapest";
    for (const auto &p : set.alternatives) {
        plan.alternatives.push_back(makeRoute(lattice, kb, p, plan.vintage, plan.clinicalBackground));
        plan.alternatives.back().label = "alternative " + std::to_string(plan.alternatives.size());
    }
    if (*from == *to)
        plan.fastest->warnings.push_back("You are already at " + plan.target->name + ".");
    return plan;
}

std::string monthsText(const SourcedRange &r)
{
    if (r.min && r.max)
        return *r.min == *r.max ? number(*r.min) + " months" : number(*r.min) + "–" + number(*r.max) + " months";
    if (r.min)
        return "at least " + number(*r.min) + " months";
    if (r.max)
        return "up to " + number(*r.max) + " months";
    return "time not known";
}

std::string moneyText(const SourcedRange &r)
{
    if (r.min && r.max)
        return *r.min == *r.max ? text::money(*r.min) : text::money(*r.min) + "–" + text::money(*r.max);
    if (r.min)
        return "at least " + text::money(*r.min);
    if (r.max)
        return "up to " + text::money(*r.max);
    return "cost not known";
}

} // namespace hp::lattice
