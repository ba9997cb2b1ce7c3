// A plan as JSON, the form the user database keeps. Reading is strict: anything missing or of the
// wrong type is reported in one sentence naming the field, and nothing half-read is returned.
//
//   {"format": "healthpath-plan", "version": 1, "title": …, "generated_on": "2027-01-04",
//    "input": {"persona", "target_role", "start", "hours_per_week", "budget_usd",
//              "credentials_held": [], "funding": []},
//    "route_summary", "route_cost_min_usd", "route_cost_max_usd", "budget_covers", "notes": [],
//    "sources": [{"id", "citation", "url", "status"}],
//    "tasks": [{"id", "phase", "title", "detail", "reason", "due", "effort_hours",
//               "facts": [{"kind", "id"}], "done", "done_on"}]}

#include "plan/plan.h"

#include <boost/json.hpp>

#include <cmath>
#include <cstdint>

namespace json = boost::json;

namespace hp::plan {

namespace {

constexpr int kVersion = 1;

json::array strings(const std::vector<std::string> &list)
{
    json::array a;
    for (const auto &s : list)
        a.emplace_back(s);
    return a;
}

// Whole numbers as integers ("15", not "1.5E1"), so the stored JSON stays readable.
json::value number(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return json::value(static_cast<std::int64_t>(v));
    return json::value(v);
}

json::value optionalNumber(const std::optional<double> &v)
{
    return v ? number(*v) : json::value(nullptr);
}

struct Bad {
    std::string what;
};

class In {
public:
    In(const json::value &v, std::string where) : m_where(std::move(where))
    {
        if (!v.is_object())
            throw Bad{m_where + " should be a JSON object."};
        m_o = &v.get_object();
    }
    const json::value &at(std::string_view key) const
    {
        const auto *v = m_o->if_contains(key);
        if (!v)
            throw Bad{m_where + " has no \"" + std::string(key) + "\"."};
        return *v;
    }
    std::string text(std::string_view key) const
    {
        const auto &v = at(key);
        if (!v.is_string())
            throw Bad{m_where + " field \"" + std::string(key) + "\" should be text."};
        return std::string(v.get_string());
    }
    double number(std::string_view key) const
    {
        const auto &v = at(key);
        if (!v.is_number())
            throw Bad{m_where + " field \"" + std::string(key) + "\" should be a number."};
        return v.to_number<double>();
    }
    std::optional<double> optionalNumber(std::string_view key) const
    {
        const auto *v = m_o->if_contains(key);
        if (!v || v->is_null())
            return std::nullopt;
        return number(key);
    }
    bool flag(std::string_view key) const
    {
        const auto &v = at(key);
        if (!v.is_bool())
            throw Bad{m_where + " field \"" + std::string(key) + "\" should be true or false."};
        return v.get_bool();
    }
    Date date(std::string_view key) const
    {
        const std::string s = text(key);
        const auto d = parseIsoDate(s);
        if (!d)
            throw Bad{m_where + " field \"" + std::string(key) + "\" is \"" + s + "\", not a date as YYYY-MM-DD."};
        return *d;
    }
    const json::array &list(std::string_view key) const
    {
        const auto &v = at(key);
        if (!v.is_array())
            throw Bad{m_where + " field \"" + std::string(key) + "\" should be a list."};
        return v.get_array();
    }
    std::vector<std::string> texts(std::string_view key) const
    {
        std::vector<std::string> out;
        for (const auto &item : list(key)) {
            if (!item.is_string())
                throw Bad{m_where + " list \"" + std::string(key) + "\" should hold text only."};
            out.emplace_back(item.get_string());
        }
        return out;
    }
    const std::string &where() const { return m_where; }

private:
    const json::object *m_o = nullptr;
    std::string m_where;
};

Task readTask(const json::value &v, size_t index)
{
    const In in(v, "Task " + std::to_string(index + 1));
    Task t;
    t.id = in.text("id");
    t.phase = static_cast<int>(in.number("phase"));
    if (t.phase < 1 || t.phase > 4)
        throw Bad{in.where() + " has phase " + std::to_string(t.phase) + "; phases are 1 to 4."};
    t.title = in.text("title");
    t.detail = in.text("detail");
    t.reason = in.text("reason");
    t.due = in.date("due");
    t.effortHours = in.number("effort_hours");
    for (const auto &f : in.list("facts")) {
        const In fact(f, in.where() + " fact");
        t.facts.push_back({fact.text("kind"), fact.text("id")});
    }
    t.done = in.flag("done");
    if (const auto *on = v.get_object().if_contains("done_on"); on && !on->is_null())
        t.doneOn = in.date("done_on");
    return t;
}

Plan readPlan(const json::value &root)
{
    const In in(root, "The plan");
    if (in.text("format") != "healthpath-plan")
        throw Bad{"This is not a HealthPath plan (its format is \"" + in.text("format") + "\")."};
    if (const double version = in.number("version"); version != kVersion)
        throw Bad{std::string(version > kVersion ? "The plan was saved by a newer HealthPath" : "The plan has an unknown format")
                  + " (format version " + json::serialize(in.at("version")) + ")."};
    Plan p;
    const In input(in.at("input"), "The plan's input");
    p.input.persona = input.text("persona");
    p.input.targetRole = input.text("target_role");
    p.input.start = input.date("start");
    p.input.hoursPerWeek = input.number("hours_per_week");
    p.input.budgetUsd = input.number("budget_usd");
    p.input.credentialsHeld = input.texts("credentials_held");
    p.input.funding = input.texts("funding");
    p.generatedOn = in.date("generated_on");
    p.title = in.text("title");
    p.routeSummary = in.text("route_summary");
    p.routeCostMinUsd = in.optionalNumber("route_cost_min_usd");
    p.routeCostMaxUsd = in.optionalNumber("route_cost_max_usd");
    p.budgetCovers = in.flag("budget_covers");
    p.notes = in.texts("notes");
    for (const auto &s : in.list("sources")) {
        const In src(s, "A source of the plan");
        p.sources.push_back({src.text("id"), src.text("citation"), src.text("url"), src.text("status")});
    }
    const auto &tasks = in.list("tasks");
    for (size_t i = 0; i < tasks.size(); ++i)
        p.tasks.push_back(readTask(tasks[i], i));
    return p;
}

} // namespace

std::string toJson(const Plan &plan)
{
    json::array tasks;
    for (const auto &t : plan.tasks) {
        json::array facts;
        for (const auto &f : t.facts)
            facts.push_back(json::object{{"kind", f.kind}, {"id", f.id}});
        tasks.push_back(json::object{{"id", t.id},
                                     {"phase", t.phase},
                                     {"title", t.title},
                                     {"detail", t.detail},
                                     {"reason", t.reason},
                                     {"due", isoDate(t.due)},
                                     {"effort_hours", number(t.effortHours)},
                                     {"facts", std::move(facts)},
                                     {"done", t.done},
                                     {"done_on", t.doneOn ? json::value(isoDate(*t.doneOn)) : json::value(nullptr)}});
    }
    json::array sources;
    for (const auto &s : plan.sources)
        sources.push_back(json::object{{"id", s.id}, {"citation", s.citation}, {"url", s.url}, {"status", s.status}});
    const auto &in = plan.input;
    json::object input{{"persona", in.persona},
                       {"target_role", in.targetRole},
                       {"start", isoDate(in.start)},
                       {"hours_per_week", number(in.hoursPerWeek)},
                       {"budget_usd", number(in.budgetUsd)},
                       {"credentials_held", strings(in.credentialsHeld)},
                       {"funding", strings(in.funding)}};
    json::object root{{"format", "healthpath-plan"},
                      {"version", kVersion},
                      {"title", plan.title},
                      {"generated_on", isoDate(plan.generatedOn)},
                      {"input", std::move(input)},
                      {"route_summary", plan.routeSummary},
                      {"route_cost_min_usd", optionalNumber(plan.routeCostMinUsd)},
                      {"route_cost_max_usd", optionalNumber(plan.routeCostMaxUsd)},
                      {"budget_covers", plan.budgetCovers},
                      {"notes", strings(plan.notes)},
                      {"sources", std::move(sources)},
                      {"tasks", std::move(tasks)}};
    return json::serialize(root) + "\n";
}

std::optional<Plan> planFromJson(std::string_view text, std::string *error)
{
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec);
    if (ec) {
        if (error)
            *error = "The plan is not valid JSON (" + ec.message() + ").";
        return std::nullopt;
    }
    try {
        return readPlan(root);
    } catch (const Bad &bad) {
        if (error)
            *error = bad.what;
        return std::nullopt;
    }
}

} // namespace hp::plan
