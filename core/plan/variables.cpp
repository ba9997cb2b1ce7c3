// The values template placeholders expand to. Every figure comes from the knowledge base, the
// lattice or the templates' own sourced figures; a figure whose status is UNVERIFIED says so in
// the text itself, because task text is read without its source list.

#include "plan/context.h"

#include "io/text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

namespace hp::plan {

namespace {

std::string unverifiedMark(const Context &ctx, const std::string &sourceId, std::optional<Status> status)
{
    return ctx.kb.statusOf(sourceId, status) == Status::Unverified ? " (unverified)" : "";
}

std::string moneyRange(const Context &ctx, const SourcedRange &r)
{
    return lattice::moneyText(r) + unverifiedMark(ctx, r.sourceId, r.status);
}

std::string monthsRange(const Context &ctx, const SourcedRange &r)
{
    return lattice::monthsText(r) + unverifiedMark(ctx, r.sourceId, r.status);
}

std::string figureText(const Context &ctx, const Figure &f, bool money)
{
    std::string out = f.value ? (money ? text::money(*f.value) : hoursText(*f.value)) : f.text;
    return out + unverifiedMark(ctx, f.sourceId, std::nullopt);
}

void setFigure(Context &ctx, const char *key, const char *figure, bool money)
{
    const auto it = ctx.tpl.figures.find(figure);
    if (it != ctx.tpl.figures.end())
        ctx.vars[key] = figureText(ctx, it->second, money);
}

std::string joinNames(const std::vector<std::string> &names, const char *separator)
{
    std::string out;
    for (const auto &n : names) {
        if (!out.empty())
            out += separator;
        out += n;
    }
    return out;
}

// "Remove the A, option 1: … (24 months); …": every way the lattice knows to remove the
// apprentice mark, with the work time each needs.
std::string apprenticeOptions(const Context &ctx)
{
    std::vector<std::string> options;
    for (const auto &m : ctx.lattice.moves())
        if (m.to == "apprentice-removal" && std::find(m.flags.begin(), m.flags.end(), "apprentice_bridge") != m.flags.end())
            options.push_back(m.name + " (" + lattice::monthsText(m.months) + " of work)");
    return joinNames(options, "; ");
}

// "Junior coder" reads "junior coder" inside a sentence; "CDI specialist" stays as it is.
std::string inlineName(std::string name)
{
    if (name.size() > 1 && std::isupper(static_cast<unsigned char>(name[0])) && std::islower(static_cast<unsigned char>(name[1])))
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return name;
}

void certificationVariables(Context &ctx, const Certification &c, const std::string &prefix)
{
    auto &v = ctx.vars;
    v[prefix + "abbr"] = c.abbr;
    v[prefix + "name"] = c.name;
    v[prefix + "body"] = c.body;
    if (c.renewal.ceus)
        v[prefix + "ceus"] = std::to_string(*c.renewal.ceus);
    if (c.renewal.years)
        v[prefix + "renewal_years"] = std::to_string(*c.renewal.years);
}

} // namespace

std::string hoursText(double hours)
{
    std::ostringstream s;
    s << std::round(hours * 10) / 10;
    return s.str();
}

std::optional<std::string> expand(std::string_view text, const std::map<std::string, std::string> &vars)
{
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find('{', i);
        if (open == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        const size_t close = text.find('}', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, open - i));
        const auto it = vars.find(std::string(text.substr(open + 1, close - open - 1)));
        if (it == vars.end() || it->second.empty())
            return std::nullopt;
        out.append(it->second);
        i = close + 1;
    }
    return out;
}

const std::vector<std::string> &placeholderNames()
{
    static const std::vector<std::string> names{
        "persona_name", "target_name", "target_short", "hours_per_week", "budget", "route_cost", "entry_months",
        "first_job", "remote_level", "remote_note", "cert_abbr", "cert_name", "cert_body", "cert_ceus",
        "cert_renewal_years", "exam_fee", "exam_hours", "exam_questions", "exam_books", "exam_passing", "cert_prereq",
        "held_abbr", "held_name", "held_body", "held_ceus", "held_renewal_years", "course_name", "course_months",
        "course_cost", "study_hours", "study_weeks", "max_study_hours", "va_test_fee_max", "va_test_fee_form",
        "gi_bill_full_time_hours", "ahima_window_days", "job_search_days", "apprentice_options", "later_steps",
        "training_step", "block", "blocks", "block_hours", "topic", "cert_id", "education_id", "role_id",
        "first_job_move", "held_id", "apprentice_abbr", "aapc_course_hours", "gi_bill_tiers", "course_accreditation",
        "target_summary", "training_move", "study_source"};
    return names;
}

void fillVariables(Context &ctx)
{
    auto &v = ctx.vars;
    const Role &role = *ctx.role;
    v["persona_name"] = ctx.persona->name;
    v["target_name"] = inlineName(role.name);
    v["target_short"] = inlineName(role.shortName.empty() ? role.name : role.shortName);
    v["role_id"] = role.id;
    v["hours_per_week"] = hoursText(ctx.input.hoursPerWeek);
    v["budget"] = text::money(ctx.input.budgetUsd);
    std::string cost = ctx.costMin == ctx.costMax ? text::money(ctx.costMin) : text::money(ctx.costMin) + "–" + text::money(ctx.costMax);
    if (ctx.costUnknown)
        cost += " plus costs not known";
    v["route_cost"] = cost;
    if (role.entryTimeMonths.present())
        v["entry_months"] = monthsRange(ctx, role.entryTimeMonths);
    v["remote_level"] = role.remoteLevel;
    v["remote_note"] = role.remoteNote;
    v["target_summary"] = role.summary;
    v["first_job"] = inlineName(role.name);
    if (const auto *job = ctx.firstJob()) {
        v["first_job"] = inlineName(job->to->name);
        v["first_job_move"] = job->move->id;
    }
    if (const auto *train = ctx.training()) {
        v["training_step"] = train->move->name;
        v["training_move"] = train->move->id;
    }

    if (const Certification *c = ctx.cert) {
        certificationVariables(ctx, *c, "cert_");
        v["cert_id"] = c->id;
        v["exam_fee"] = moneyRange(ctx, c->fee);
        if (c->exam.hours)
            v["exam_hours"] = hoursText(*c->exam.hours);
        v["exam_questions"] = c->exam.questions;
        v["exam_books"] = c->exam.books;
        v["exam_passing"] = c->exam.passing;
        v["cert_prereq"] = c->prerequisites.text + unverifiedMark(ctx, c->prerequisites.sourceId, c->prerequisites.status);
    }
    if (const Certification *h = ctx.heldCert) {
        certificationVariables(ctx, *h, "held_");
        v["held_id"] = h->id;
    }
    if (const Certification *a = ctx.heldCert ? ctx.heldCert : ctx.cert; a && ctx.apprentice)
        v["apprentice_abbr"] = a->abbr;
    if (const EducationPath *e = ctx.education) {
        v["education_id"] = e->id;
        v["course_name"] = inlineName(e->name);
        if (e->durationMonths.present())
            v["course_months"] = monthsRange(ctx, e->durationMonths);
        if (e->costUsd.present())
            v["course_cost"] = moneyRange(ctx, e->costUsd);
        v["course_accreditation"] = e->accreditation;
    }
    if (ctx.study && ctx.study->hours.value) {
        v["study_hours"] = hoursText(*ctx.study->hours.value);
        v["study_source"] = ctx.study->hours.sourceId;
    }
    v["max_study_hours"] = hoursText(ctx.tpl.scheduleValue("max_study_hours_per_week", 40));
    v["job_search_days"] = hoursText(ctx.tpl.scheduleValue("job_search_days", 60));
    setFigure(ctx, "va_test_fee_max", "va_test_fee_max_usd", true);
    setFigure(ctx, "va_test_fee_form", "va_test_fee_form", false);
    setFigure(ctx, "gi_bill_full_time_hours", "gi_bill_full_time_clock_hours", false);
    setFigure(ctx, "ahima_window_days", "ahima_exam_window_days", false);
    setFigure(ctx, "aapc_course_hours", "aapc_course_contact_hours", false);
    setFigure(ctx, "gi_bill_tiers", "gi_bill_tiers", false);
    if (ctx.apprentice)
        v["apprentice_options"] = apprenticeOptions(ctx);

    std::vector<std::string> later;
    for (size_t i = static_cast<size_t>(ctx.firstJobIndex + 1); ctx.firstJobIndex >= 0 && i < ctx.remaining.size(); ++i) {
        const auto &m = *ctx.remaining[i].move;
        if (std::find(m.flags.begin(), m.flags.end(), "apprentice_bridge") == m.flags.end())
            later.push_back(m.name + " (" + lattice::monthsText(m.months) + ")");
    }
    v["later_steps"] = joinNames(later, "; then ");
}

} // namespace hp::plan
