// Checks a PlanInput before any planning, with one sentence per problem that says what would work.

#include "plan/input_check.h"

#include "io/text.h"
#include "refdata/knowledge_base.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hp::plan {

namespace {

constexpr double kHoursInWeek = 168;

std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

template<typename List, typename Id>
std::string idList(const List &list, Id id)
{
    std::string out;
    for (const auto &item : list) {
        if (!out.empty())
            out += ", ";
        out += id(item);
    }
    return out;
}

// Levenshtein distance, for "did you mean".
size_t distance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

std::string suggestRole(const KnowledgeBase &kb, std::string_view typed)
{
    const std::string wanted = text::lower(typed);
    std::string best;
    size_t bestDistance = std::string::npos;
    for (const Role &r : kb.roles()) {
        size_t d = std::min(distance(wanted, r.id), distance(wanted, text::lower(r.shortName)));
        if (!wanted.empty() && (r.id.find(wanted) != std::string::npos || text::lower(r.name).find(wanted) != std::string::npos))
            d = std::min<size_t>(d, 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = r.id;
        }
    }
    return bestDistance <= std::max<size_t>(3, wanted.size() / 3) ? best : std::string();
}

std::string checkInput(const PlanInput &in, const KnowledgeBase &kb, const TemplateSet &tpl)
{
    if (!templatesError().empty() && tpl.personas.empty())
        return "The plan templates could not be read: " + templatesError();
    if (std::none_of(tpl.personas.begin(), tpl.personas.end(), [&](const PersonaInfo &p) { return p.id == in.persona; }))
        return "There is no persona \"" + in.persona + "\". Personas: " + idList(tpl.personas, [](const PersonaInfo &p) { return p.id; }) + ".";
    if (!kb.role(in.targetRole)) {
        std::string out = "There is no role \"" + in.targetRole + "\"";
        if (const std::string guess = suggestRole(kb, in.targetRole); !guess.empty())
            out += "; did you mean \"" + guess + "\"?";
        else
            out += ".";
        return out + " Roles: " + idList(kb.roles(), [](const Role &r) { return r.id; }) + ".";
    }
    if (!in.start.ok())
        return "The start date is not a real calendar date.";
    if (!std::isfinite(in.hoursPerWeek) || in.hoursPerWeek <= 0)
        return "A plan needs some time each week: hours per week must be more than 0, not " + number(in.hoursPerWeek) + ".";
    if (in.hoursPerWeek > kHoursInWeek)
        return "A week has only 168 hours, so " + number(in.hoursPerWeek) + " hours a week cannot be planned.";
    const double minimum = tpl.scheduleValue("min_hours_per_week", 0);
    if (in.hoursPerWeek < minimum)
        return "At " + number(in.hoursPerWeek) + " hours a week the plan's tasks do not fit: give at least " + number(minimum) + " hours a week.";
    if (!std::isfinite(in.budgetUsd) || in.budgetUsd < 0)
        return "The budget must be 0 or more US dollars, not " + number(in.budgetUsd) + ".";
    for (const auto &c : in.credentialsHeld)
        if (!kb.certification(c))
            return "There is no certification \"" + c + "\". Certifications: "
                   + idList(kb.data().certifications, [](const Certification &x) { return x.id; }) + ".";
    for (const auto &f : in.funding)
        if (std::none_of(tpl.funding.begin(), tpl.funding.end(), [&](const FundingInfo &x) { return x.id == f; }))
            return "There is no funding option \"" + f + "\". Funding options: " + idList(tpl.funding, [](const FundingInfo &x) { return x.id; }) + ".";
    return {};
}

} // namespace hp::plan
