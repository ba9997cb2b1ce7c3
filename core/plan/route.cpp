// Which route a plan follows and what it costs: the lattice planner's routes (optimized for cost)
// from the persona's starting point, minus the steps a held credential already covers; the first
// one whose low-end cost fits the budget, else the cheapest with a note that says so.

#include "plan/context.h"

#include "io/text.h"

#include <algorithm>

namespace hp::plan {

namespace {

bool contains(const std::vector<std::string> &list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool hasFlag(const LatticeMove &m, std::string_view flag)
{
    return contains(m.flags, flag);
}

// A course, or a credential earned by an exam (AAPC's removal of the A is no exam).
bool trains(const lattice::Step &s)
{
    return !s.move->education.empty() || (!s.move->credentials.empty() && !hasFlag(*s.move, "apprentice_bridge"));
}

bool isJob(const lattice::Step &s)
{
    return s.to->kind == "level" || s.to->kind == "entry";
}

// The route's steps still ahead of someone holding `held`: everything after the first step that
// leads to a held credential. A held credential the role lists but the route does not name (a CCA
// for a coder route through the CPC) counts for the first training step before the first job.
struct Remaining {
    std::vector<lattice::Step> steps;
    const Certification *held = nullptr;
    double costMin = 0, costMax = 0;
    int costUnknown = 0;
};

Remaining remainingSteps(const Context &ctx, const lattice::Route &route)
{
    Remaining r;
    const auto &held = ctx.input.credentialsHeld;
    int skipThrough = -1;
    for (size_t i = 0; i < route.steps.size() && skipThrough < 0; ++i)
        for (const auto &c : route.steps[i].move->credentials)
            if (contains(held, c)) {
                skipThrough = static_cast<int>(i);
                r.held = ctx.kb.certification(c);
                break;
            }
    if (skipThrough < 0)
        for (const auto &c : held)
            if (contains(ctx.role->certifications, c)) {
                for (size_t i = 0; i < route.steps.size(); ++i) {
                    if (trains(route.steps[i])) {
                        skipThrough = static_cast<int>(i);
                        r.held = ctx.kb.certification(c);
                        break;
                    }
                    if (isJob(route.steps[i]))
                        break;
                }
                if (r.held)
                    break;
            }
    for (size_t i = static_cast<size_t>(skipThrough + 1); i < route.steps.size(); ++i) {
        const auto &s = route.steps[i];
        r.steps.push_back(s);
        const auto &c = s.move->costUsd;
        if (!c.present())
            ++r.costUnknown;
        r.costMin += c.min ? *c.min : c.max.value_or(0);
        r.costMax += c.max ? *c.max : c.min.value_or(0);
    }
    return r;
}

std::string costText(double min, double max, int unknown)
{
    std::string out = min == max ? text::money(min) : text::money(min) + "–" + text::money(max);
    if (unknown)
        out += " plus " + std::to_string(unknown) + (unknown == 1 ? " step" : " steps") + " of unknown cost";
    return out;
}

void budgetNotes(Context &ctx, const std::string &routeName)
{
    const std::string budget = text::money(ctx.input.budgetUsd);
    const std::string cost = costText(ctx.costMin, ctx.costMax, ctx.costUnknown);
    const std::string &target = ctx.role->name;
    if (ctx.budgetShort) {
        ctx.notes.push_back("Your budget of " + budget + " does not cover any route to " + target + " that HealthPath knows. The cheapest is "
                            + routeName + ", at about " + cost + " in course and exam fees. This plan follows it, and its first tasks look for ways to close the gap.");
    } else if (ctx.costMax > ctx.input.budgetUsd + 0.5) {
        ctx.notes.push_back("Your budget of " + budget + " covers the low end of this route's cost (" + cost + "): choose a program that costs no more than "
                            + budget + ".");
    } else if (ctx.costMax > 0.5) {
        ctx.notes.push_back("Your budget of " + budget + " covers this route's typical cost (" + cost + ").");
    } else {
        ctx.notes.push_back("This route has no course or exam fees that HealthPath knows of" + std::string(ctx.costUnknown ? " (some costs are not known)" : "") + ".");
    }
    const auto &funding = ctx.input.funding;
    if (ctx.budgetShort && (contains(funding, "gi-bill") || contains(funding, "employer-tuition")))
        ctx.notes.push_back("The gap may close with the funding you named: the GI Bill pays only for VA-approved programs and employer help has its own rules, so confirm either before you enroll.");
    if (contains(funding, "va-test-fee"))
        ctx.notes.push_back("VA repays an approved test fee after you take the test, so the fee still has to come out of your budget first.");
}

} // namespace

std::string Context::educationKind() const
{
    return education ? education->kind : "none";
}

const lattice::Step *Context::firstJob() const
{
    return firstJobIndex >= 0 ? &remaining[static_cast<size_t>(firstJobIndex)] : nullptr;
}

const lattice::Step *Context::training() const
{
    return trainingIndex >= 0 ? &remaining[static_cast<size_t>(trainingIndex)] : nullptr;
}

std::string chooseRoute(Context &ctx)
{
    lattice::PlanRequest request(ctx.persona->latticeStart, ctx.input.targetRole);
    request.optimize = lattice::Objective::Cost;
    auto lp = lattice::makePlan(ctx.lattice, ctx.kb, request);
    if (lp.status == lattice::Plan::Status::Unreachable || lp.status == lattice::Plan::Status::UnknownStart) {
        const std::string from = lp.start ? lp.start->name : ctx.persona->latticeStart;
        request.from = ctx.tpl.fallbackStart;
        auto fallback = lattice::makePlan(ctx.lattice, ctx.kb, request);
        if (fallback.status == lattice::Plan::Status::Ok) {
            ctx.notes.push_back("HealthPath's career lattice has no route from " + from + " to " + ctx.role->name + ", so this plan starts from "
                                + fallback.start->name + " instead.");
            lp = std::move(fallback);
        }
    }
    if (lp.status == lattice::Plan::Status::UnknownTarget)
        return "HealthPath has no route data for " + ctx.role->name + ".";
    if (lp.status == lattice::Plan::Status::Unreachable)
        return lp.unreachable ? lp.unreachable->explanation : "No route reaches " + ctx.role->name + ".";
    if (lp.status != lattice::Plan::Status::Ok)
        return lp.error;
    ctx.startNode = lp.start->id;

    // Candidates in the planner's order (fastest, cheapest, alternatives by cost), usual ones first.
    std::vector<const lattice::Route *> candidates;
    for (bool unusual : {false, true})
        for (const lattice::Route *r : lp.routes())
            if (r->unusual == unusual)
                candidates.push_back(r);
    const lattice::Route *chosen = nullptr;
    Remaining rest;
    for (const lattice::Route *r : candidates) {
        Remaining rem = remainingSteps(ctx, *r);
        if (rem.costMin <= ctx.input.budgetUsd + 0.5) {
            chosen = r;
            rest = std::move(rem);
            break;
        }
    }
    if (!chosen) {
        chosen = &*lp.cheapest;
        rest = remainingSteps(ctx, *chosen);
        ctx.budgetShort = true;
    }
    ctx.route = *chosen;
    ctx.remaining = std::move(rest.steps);
    ctx.heldCert = rest.held;
    ctx.costMin = rest.costMin;
    ctx.costMax = rest.costMax;
    ctx.costUnknown = rest.costUnknown;

    for (size_t i = 0; i < ctx.remaining.size(); ++i) {
        const auto &s = ctx.remaining[i];
        if (ctx.trainingIndex < 0 && trains(s))
            ctx.trainingIndex = static_cast<int>(i);
        if (ctx.firstJobIndex < 0 && isJob(s))
            ctx.firstJobIndex = static_cast<int>(i);
        ctx.apprentice = ctx.apprentice || hasFlag(*s.move, "apprentice_bridge");
        ctx.sourceIds.insert(s.move->costUsd.sourceId);
        ctx.sourceIds.insert(s.move->months.sourceId);
    }
    const lattice::Step *train = ctx.training();
    if (ctx.heldCert)
        ctx.mode = "certified";
    else if (train && ctx.trainingIndex == 0 && !train->move->education.empty())
        ctx.mode = "train-now";
    else
        ctx.mode = "job-first";
    ctx.laterTraining = ctx.mode != "train-now" && train;
    ctx.externship = train && hasFlag(*train->move, "externship");
    for (size_t i = static_cast<size_t>(ctx.firstJobIndex + 1); ctx.firstJobIndex >= 0 && i < ctx.remaining.size(); ++i)
        if (!hasFlag(*ctx.remaining[i].move, "apprentice_bridge"))
            ctx.beyondFirstJob = true;

    if (train) {
        if (!train->move->education.empty())
            ctx.education = ctx.kb.educationPath(train->move->education);
        const auto &creds = train->move->credentials;
        for (const auto &c : creds)
            if (contains(ctx.role->certifications, c)) {
                ctx.cert = ctx.kb.certification(c);
                break;
            }
        if (!ctx.cert && !creds.empty())
            ctx.cert = ctx.kb.certification(creds.front());
    }
    if (!ctx.cert)
        ctx.cert = ctx.heldCert;
    if (!ctx.cert && !ctx.role->certifications.empty())
        ctx.cert = ctx.kb.certification(ctx.role->certifications.front());
    if (ctx.education)
        ctx.study = ctx.tpl.studyRule(ctx.education->kind);

    std::string routeName = "the route that starts with “";
    routeName.append(ctx.remaining.empty() ? ctx.role->name : ctx.remaining.front().move->name).append("”");
    budgetNotes(ctx, routeName);
    if (ctx.heldCert)
        ctx.notes.push_back("You hold the " + ctx.heldCert->abbr + ", so the plan skips the course and exam and starts with the job search.");
    // Of the lattice's warnings only the unusual-move ones concern the person; the others are about
    // route totals, which the budget note already qualifies.
    for (const auto &w : chosen->warnings)
        if (w.rfind("Unusual", 0) == 0)
            ctx.notes.push_back(w);
    return {};
}

} // namespace hp::plan
