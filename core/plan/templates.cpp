#include "plan/templates.h"

#include "embedded_data.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace hp::plan {

namespace {

constexpr std::string_view kFile = "plan_templates.json";

// Parse failures travel as this exception inside this file only; parseTemplates turns it into
// the error sentence.
struct Bad {
    std::string what;
};

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    std::string message(kFile);
    message.append(": ").append(where).append(" ").append(what);
    throw Bad{message};
}

const json::object &objectAt(const json::value &v, const std::string &where)
{
    if (!v.is_object())
        fail(where, "should be a JSON object.");
    return v.get_object();
}

const json::array &arrayAt(const json::object &o, std::string_view key, const std::string &where, bool required = true)
{
    static const json::array empty;
    const auto *v = o.if_contains(key);
    if (!v) {
        if (required)
            fail(where, "has no \"" + std::string(key) + "\" list.");
        return empty;
    }
    if (!v->is_array())
        fail(where, "field \"" + std::string(key) + "\" should be a list.");
    return v->get_array();
}

std::string stringAt(const json::object &o, std::string_view key, const std::string &where, bool required = true)
{
    const auto *v = o.if_contains(key);
    if (!v) {
        if (required)
            fail(where, "has no \"" + std::string(key) + "\".");
        return {};
    }
    if (!v->is_string())
        fail(where, "field \"" + std::string(key) + "\" should be text.");
    return std::string(v->get_string());
}

std::optional<double> numberAt(const json::object &o, std::string_view key, const std::string &where)
{
    const auto *v = o.if_contains(key);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_number())
        fail(where, "field \"" + std::string(key) + "\" should be a number.");
    return v->to_number<double>();
}

std::optional<bool> boolAt(const json::object &o, std::string_view key, const std::string &where)
{
    const auto *v = o.if_contains(key);
    if (!v)
        return std::nullopt;
    if (!v->is_bool())
        fail(where, "field \"" + std::string(key) + "\" should be true or false.");
    return v->get_bool();
}

std::vector<std::string> stringsAt(const json::object &o, std::string_view key, const std::string &where)
{
    std::vector<std::string> out;
    for (const auto &item : arrayAt(o, key, where, false)) {
        if (!item.is_string())
            fail(where, "list \"" + std::string(key) + "\" should hold text only.");
        out.emplace_back(item.get_string());
    }
    return out;
}

Figure parseFigure(const json::value &v, const std::string &where)
{
    const auto &o = objectAt(v, where);
    Figure f;
    f.value = numberAt(o, "value", where);
    f.text = stringAt(o, "text", where, false);
    f.sourceId = stringAt(o, "source", where);
    f.note = stringAt(o, "note", where, false);
    if (!f.value && f.text.empty())
        fail(where, "needs a \"value\" or a \"text\".");
    return f;
}

std::map<std::string, Figure> parseFigures(const json::object &root, std::string_view key)
{
    std::map<std::string, Figure> out;
    if (const auto *v = root.if_contains(key))
        for (const auto &[name, figure] : objectAt(*v, std::string(key)))
            out.emplace(std::string(name), parseFigure(figure, std::string(key) + "." + std::string(name)));
    return out;
}

When parseWhen(const json::value &v, const std::string &where)
{
    const auto &o = objectAt(v, where);
    When w;
    if (auto d = numberAt(o, "day", where))
        w.day = static_cast<int>(*d);
    w.after = stringAt(o, "after", where, false);
    w.days = static_cast<int>(numberAt(o, "days", where).value_or(0));
    w.move = stringAt(o, "move", where, false);
    w.every = static_cast<int>(numberAt(o, "every", where).value_or(0));
    w.fromDay = static_cast<int>(numberAt(o, "from_day", where).value_or(1));
    w.toDay = static_cast<int>(numberAt(o, "to_day", where).value_or(90));
    w.notBeforeDay = static_cast<int>(numberAt(o, "not_before_day", where).value_or(0));
    const int forms = (w.day ? 1 : 0) + (w.after.empty() ? 0 : 1) + (w.every > 0 ? 1 : 0);
    if (forms != 1)
        fail(where, "needs exactly one of \"day\", \"after\" or \"every\".");
    if (w.day && *w.day < 1)
        fail(where, "has a day before day 1.");
    return w;
}

Condition parseCondition(const json::value &v, const std::string &where)
{
    const auto &o = objectAt(v, where);
    static const std::vector<std::string_view> known{
        "modes", "personas", "not_personas", "funding", "bodies", "education_kinds", "targets", "remote_levels",
        "not_targets", "apprentice", "externship", "budget_short", "later_training", "beyond_first_job", "any"};
    for (const auto &[key, value] : o) {
        (void)value;
        if (std::find(known.begin(), known.end(), std::string_view(key)) == known.end())
            fail(where, "has an unknown condition \"" + std::string(key) + "\".");
    }
    Condition c;
    c.modes = stringsAt(o, "modes", where);
    for (const auto &m : c.modes)
        if (m != "train-now" && m != "job-first" && m != "certified")
            fail(where, "names an unknown mode \"" + m + "\".");
    c.personas = stringsAt(o, "personas", where);
    c.notPersonas = stringsAt(o, "not_personas", where);
    c.funding = stringsAt(o, "funding", where);
    c.bodies = stringsAt(o, "bodies", where);
    c.educationKinds = stringsAt(o, "education_kinds", where);
    c.targets = stringsAt(o, "targets", where);
    c.notTargets = stringsAt(o, "not_targets", where);
    c.remoteLevels = stringsAt(o, "remote_levels", where);
    c.apprentice = boolAt(o, "apprentice", where);
    c.externship = boolAt(o, "externship", where);
    c.budgetShort = boolAt(o, "budget_short", where);
    c.laterTraining = boolAt(o, "later_training", where);
    c.beyondFirstJob = boolAt(o, "beyond_first_job", where);
    for (const auto &alt : arrayAt(o, "any", where, false))
        c.any.push_back(parseCondition(alt, where + " (any)"));
    return c;
}

TaskTemplate parseTask(const json::value &v, size_t index)
{
    std::string where = "task " + std::to_string(index + 1);
    const auto &o = objectAt(v, where);
    TaskTemplate t;
    t.id = stringAt(o, "id", where);
    where = "task \"" + t.id + "\"";
    t.kind = stringAt(o, "kind", where, false);
    if (t.kind.empty())
        t.kind = "task";
    if (t.kind != "task" && t.kind != "study" && t.kind != "first-job")
        fail(where, "has an unknown kind \"" + t.kind + "\".");
    if (t.kind == "task") {
        const auto *when = o.if_contains("when");
        if (!when)
            fail(where, "has no \"when\".");
        t.when = parseWhen(*when, where + " when");
    }
    if (const auto *byMode = o.if_contains("when_by_mode"))
        for (const auto &[mode, when] : objectAt(*byMode, where))
            t.whenByMode.emplace(std::string(mode), parseWhen(when, where + " when_by_mode"));
    if (const auto *effort = o.if_contains("effort")) {
        if (effort->is_string())
            t.effortFrom = std::string(effort->get_string());
        else if (effort->is_number())
            t.effort = effort->to_number<double>();
        else
            fail(where, "has an effort that is neither hours nor \"exam_hours\".");
    }
    if (!t.effortFrom.empty() && t.effortFrom != "exam_hours")
        fail(where, "takes its effort from \"" + t.effortFrom + "\"; only \"exam_hours\" is known.");
    if (t.effort < 0)
        fail(where, "has a negative effort.");
    if (const auto *cond = o.if_contains("if"))
        t.condition = parseCondition(*cond, where + " if");
    t.sets = stringAt(o, "sets", where, false);
    t.title = stringAt(o, "title", where);
    t.detail = stringAt(o, "detail", where);
    t.reason = stringAt(o, "reason", where);
    t.facts = stringsAt(o, "facts", where);
    return t;
}

TemplateSet parseRoot(const json::value &root)
{
    const auto &o = objectAt(root, "the file");
    TemplateSet set;
    for (const auto &p : arrayAt(o, "personas", "the file")) {
        const auto &po = objectAt(p, "a persona");
        PersonaInfo info;
        info.id = stringAt(po, "id", "a persona");
        const std::string where = "persona \"" + info.id + "\"";
        info.name = stringAt(po, "name", where);
        info.summary = stringAt(po, "summary", where);
        info.latticeStart = stringAt(po, "lattice_start", where);
        info.defaultHoursPerWeek = numberAt(po, "hours_per_week", where).value_or(10);
        set.personas.push_back(std::move(info));
    }
    for (const auto &f : arrayAt(o, "funding", "the file")) {
        const auto &fo = objectAt(f, "a funding option");
        set.funding.push_back({stringAt(fo, "id", "a funding option"), stringAt(fo, "name", "a funding option")});
    }
    set.fallbackStart = stringAt(o, "fallback_start", "the file");
    set.schedule = parseFigures(o, "schedule");
    set.figures = parseFigures(o, "figures");
    for (const auto &s : arrayAt(o, "study", "the file")) {
        const auto &so = objectAt(s, "a study rule");
        StudyRule rule;
        rule.educationKind = stringAt(so, "education_kind", "a study rule");
        const std::string where = "study rule \"" + rule.educationKind + "\"";
        rule.weeklyBlocks = boolAt(so, "weekly_blocks", where).value_or(false);
        if (const auto *hours = so.if_contains("hours"))
            rule.hours = parseFigure(*hours, where + " hours");
        else if (rule.weeklyBlocks)
            fail(where, "has weekly blocks but no \"hours\".");
        set.study.push_back(std::move(rule));
    }
    if (const auto *topics = o.if_contains("topics"))
        for (const auto &[cert, list] : objectAt(*topics, "topics")) {
            json::object holder{{"list", list}};
            set.topics.emplace(std::string(cert), stringsAt(holder, "list", "topics \"" + std::string(cert) + "\""));
        }
    const auto &tasks = arrayAt(o, "tasks", "the file");
    for (size_t i = 0; i < tasks.size(); ++i)
        set.tasks.push_back(parseTask(tasks[i], i));
    return set;
}

struct Loaded {
    TemplateSet set;
    std::string error;
};

const Loaded &loaded()
{
    static const Loaded instance = [] {
        Loaded l;
        for (const auto &f : refdata::embeddedFiles())
            if (f.path == kFile) {
                std::string error;
                if (auto set = parseTemplates(f.content, &error))
                    l.set = std::move(*set);
                else
                    l.error = error;
                return l;
            }
        l.error = std::string(kFile) + " is missing from the program's reference data.";
        return l;
    }();
    return instance;
}

} // namespace

const Figure *TemplateSet::scheduleFigure(std::string_view key) const
{
    const auto it = schedule.find(std::string(key));
    return it == schedule.end() ? nullptr : &it->second;
}

double TemplateSet::scheduleValue(std::string_view key, double fallback) const
{
    const Figure *f = scheduleFigure(key);
    return f && f->value ? *f->value : fallback;
}

const StudyRule *TemplateSet::studyRule(std::string_view educationKind) const
{
    for (const auto &rule : study)
        if (rule.educationKind == educationKind)
            return &rule;
    return nullptr;
}

std::optional<TemplateSet> parseTemplates(std::string_view text, std::string *error)
{
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec);
    if (ec) {
        if (error) {
            *error = std::string(kFile);
            error->append(" is not valid JSON (").append(ec.message()).append(").");
        }
        return std::nullopt;
    }
    try {
        return parseRoot(root);
    } catch (const Bad &bad) {
        if (error)
            *error = bad.what;
        return std::nullopt;
    }
}

const TemplateSet &templates()
{
    return loaded().set;
}

const std::string &templatesError()
{
    return loaded().error;
}

const std::vector<PersonaInfo> &personas()
{
    return templates().personas;
}

const PersonaInfo *persona(std::string_view id)
{
    for (const auto &p : personas())
        if (p.id == id)
            return &p;
    return nullptr;
}

const std::vector<FundingInfo> &fundingOptions()
{
    return templates().funding;
}

} // namespace hp::plan
