#include "fit/fit_reader.h"

#include "refdata/json_reader.h"

#include <boost/json.hpp>

#include <set>

namespace json = boost::json;

namespace hp::fit {

using refdata::Problem;
using refdata::ProblemKind;

namespace {

const std::string kFile(kFitFile);

std::string quoted(std::string_view s)
{
    std::string out = "\"";
    return out.append(s).append("\"");
}

std::string itemWhere(const Item &item, size_t index)
{
    std::string out = "question ";
    return item.id.empty() ? out.append(std::to_string(index + 1)) : out.append(quoted(item.id));
}

Choice parseChoice(const json::value &v, refdata::Reader &r, const std::string &where)
{
    Choice c;
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, where + ": each answer should be an object with id and label.");
        return c;
    }
    const auto &o = v.get_object();
    c.id = r.str(o, "id", where);
    c.label = r.str(o, "label", where);
    c.limit = r.number(o, "limit", where);
    return c;
}

Item parseItem(const json::value &v, refdata::Reader &r, size_t index)
{
    Item item;
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, "question " + std::to_string(index + 1) + " should be a JSON object.");
        return item;
    }
    const auto &o = v.get_object();
    item.id = r.str(o, "id", "question " + std::to_string(index + 1));
    const std::string where = itemWhere(item, index);
    item.topic = r.str(o, "topic", where);
    item.label = r.str(o, "label", where);
    item.question = r.str(o, "question", where);
    item.figure = r.str(o, "figure", where, false);
    if (const auto *choices = o.if_contains("choices"); choices && choices->is_array()) {
        for (const auto &c : choices->get_array())
            item.choices.push_back(parseChoice(c, r, where + ".choices"));
    } else {
        r.problem(ProblemKind::MissingField, where + ".choices should be a list of answers.");
    }
    const json::object *weights = r.object(o, "weights", where);
    if (!weights)
        return item;
    for (const auto &[role, byChoice] : *weights) {
        const std::string roleWhere = where + ".weights." + std::string(role);
        if (!byChoice.is_object()) {
            r.problem(ProblemKind::Syntax, roleWhere + " should map answer ids to numbers.");
            continue;
        }
        auto &out = item.weights[std::string(role)];
        for (const auto &[choice, weight] : byChoice.get_object()) {
            if (!weight.is_number()) {
                r.problem(ProblemKind::Syntax, roleWhere + "." + std::string(choice) + " should be a number.");
                continue;
            }
            out[std::string(choice)] = weight.to_number<double>();
        }
    }
    return item;
}

const SourcedRange *figureOf(const Role &role, const std::string &figure)
{
    if (figure == "entry_time_months")
        return &role.entryTimeMonths;
    if (figure == "entry_cost_usd")
        return &role.entryCostUsd;
    return nullptr;
}

std::string number(double v)
{
    const long whole = static_cast<long>(v);
    return double(whole) == v ? std::to_string(whole) : std::to_string(v);
}

class Validator {
public:
    Validator(const Questionnaire &q, const KnowledgeData &d)
        : m_q(q)
        , m_d(d)
    {
    }

    std::vector<Problem> run()
    {
        source();
        if (m_q.items.size() > kMaxItems)
            add(ProblemKind::BadValue, "has " + std::to_string(m_q.items.size()) + " questions; at most "
                                           + std::to_string(kMaxItems) + " keep the check under five minutes.");
        std::set<std::string> itemIds;
        for (size_t i = 0; i < m_q.items.size(); ++i) {
            const Item &item = m_q.items[i];
            if (!item.id.empty() && !itemIds.insert(item.id).second)
                add(ProblemKind::DuplicateId, "has two questions with the id " + quoted(item.id) + ".");
            checkItem(item, itemWhere(item, i));
        }
        for (const Role &role : m_d.roles) {
            bool scored = false;
            for (const auto &item : m_q.items)
                scored = scored || (!item.choices.empty() && item.bearsOn(role.id));
            if (!scored)
                add(ProblemKind::MissingField, "gives role " + quoted(role.id)
                                                   + " no weights that differ between answers, so the fit check cannot score it.");
        }
        return std::move(m_problems);
    }

private:
    void add(ProblemKind kind, std::string message) { m_problems.push_back({kind, kFile, std::move(message)}); }

    const Role *role(const std::string &id) const
    {
        for (const auto &r : m_d.roles)
            if (r.id == id)
                return &r;
        return nullptr;
    }

    void source()
    {
        if (m_q.sourceId.empty()) {
            add(ProblemKind::MissingSource, "names no source for its weights; use an EDITORIAL source from sources.json.");
            return;
        }
        for (const auto &s : m_d.sources) {
            if (s.id != m_q.sourceId)
                continue;
            if (s.status != Status::Editorial)
                add(ProblemKind::BadValue, "source " + quoted(s.id) + " has status " + std::string(statusId(s.status))
                                               + "; the weights are HealthPath's judgement, so their source must be EDITORIAL.");
            return;
        }
        add(ProblemKind::DanglingReference, "source " + quoted(m_q.sourceId) + " is not in sources.json.");
    }

    void checkItem(const Item &item, const std::string &where)
    {
        if (item.choices.size() < 2)
            add(ProblemKind::BadValue, where + " needs at least two answers to choose from.");
        std::set<std::string> choiceIds;
        for (const auto &c : item.choices) {
            if (!c.id.empty() && !choiceIds.insert(c.id).second)
                add(ProblemKind::DuplicateId, where + " offers the answer " + quoted(c.id) + " twice.");
            if (c.limit && item.figure.empty())
                add(ProblemKind::BadValue, where + ": answer " + quoted(c.id) + " has a limit, but the question has no figure.");
        }
        if (!item.figure.empty() && item.figure != "entry_time_months" && item.figure != "entry_cost_usd")
            add(ProblemKind::BadValue, where + ".figure is " + quoted(item.figure) + "; use entry_time_months or entry_cost_usd.");
        for (const auto &[roleId, byChoice] : item.weights) {
            const Role *r = role(roleId);
            if (!r)
                add(ProblemKind::DanglingReference, where + " has weights for " + quoted(roleId) + ", which is not a role in roles/.");
            for (const auto &[choiceId, w] : byChoice) {
                if (!item.choice(choiceId))
                    add(ProblemKind::DanglingReference, where + ".weights." + roleId + " weighs the answer " + quoted(choiceId)
                                                            + ", which the question does not offer.");
                if (w < -10 || w > 10)
                    add(ProblemKind::BadValue, where + ".weights." + roleId + "." + choiceId + " is " + number(w)
                                                   + "; weights run from -10 to 10.");
            }
            if (r)
                checkLimits(item, where, *r);
        }
    }

    // An answer that allows less than a role's sourced minimum must count against that role.
    void checkLimits(const Item &item, const std::string &where, const Role &r)
    {
        const SourcedRange *figure = figureOf(r, item.figure);
        if (!figure || !figure->min)
            return;
        for (const auto &c : item.choices) {
            if (!c.limit || *figure->min <= *c.limit)
                continue;
            const double w = item.weight(r.id, c.id);
            if (w < 0)
                continue;
            add(ProblemKind::BadValue, where + ": the answer " + quoted(c.label) + " allows at most " + number(*c.limit) + ", but "
                                           + r.id + " needs at least " + number(*figure->min) + " (" + item.figure + " in roles/"
                                           + r.id + ".json); its weight for that answer should be below zero, not " + number(w) + ".");
        }
    }

    const Questionnaire &m_q;
    const KnowledgeData &m_d;
    std::vector<Problem> m_problems;
};

} // namespace

Questionnaire parseQuestionnaire(std::string_view text, std::vector<Problem> &problems)
{
    Questionnaire q;
    boost::system::error_code ec;
    const json::value v = json::parse(text, ec);
    if (ec) {
        problems.push_back({ProblemKind::Syntax, kFile, "is not valid JSON (" + ec.message() + ")."});
        return q;
    }
    refdata::Reader r(kFile, problems);
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, "should hold a JSON object with source and items.");
        return q;
    }
    const auto &o = v.get_object();
    q.sourceId = r.str(o, "source", "", false);
    const json::value *items = o.if_contains("items");
    if (!items || !items->is_array()) {
        r.problem(ProblemKind::MissingField, "items should be a list of questions.");
        return q;
    }
    for (size_t i = 0; i < items->get_array().size(); ++i)
        q.items.push_back(parseItem(items->get_array()[i], r, i));
    return q;
}

std::vector<Problem> validate(const Questionnaire &q, const KnowledgeData &data)
{
    return Validator(q, data).run();
}

std::vector<Problem> check(const refdata::FileSet &files, const KnowledgeData &data)
{
    std::vector<Problem> problems;
    const auto it = files.find(kFile);
    if (it == files.end()) {
        problems.push_back({ProblemKind::MissingField, kFile, "is missing from the reference data."});
        return problems;
    }
    const Questionnaire q = parseQuestionnaire(it->second, problems);
    if (!problems.empty() && q.items.empty())
        return problems; // nothing could be read: checking it against the roles would only add noise
    auto more = validate(q, data);
    problems.insert(problems.end(), more.begin(), more.end());
    return problems;
}

Questionnaire embeddedQuestionnaire(std::vector<Problem> *problems)
{
    std::vector<Problem> local;
    const auto files = refdata::embeddedFileSet();
    const auto it = files.find(kFile);
    if (it == files.end()) {
        (problems ? *problems : local).push_back({ProblemKind::MissingField, kFile, "is missing from the reference data."});
        return {};
    }
    return parseQuestionnaire(it->second, problems ? *problems : local);
}

AnswersRead parseAnswers(std::string_view text, const Questionnaire &q)
{
    AnswersRead out;
    boost::system::error_code ec;
    const json::value v = json::parse(text, ec);
    if (ec) {
        out.error = "The answers file is not valid JSON (" + ec.message() + ").";
        return out;
    }
    if (!v.is_object()) {
        out.error = R"(The answers file should hold one JSON object, e.g. {"payer-phone": "often"}.)";
        return out;
    }
    for (const auto &[key, value] : v.get_object()) {
        if (value.is_null())
            continue; // left unanswered on purpose
        if (!value.is_string()) {
            out.error = "The answer to " + quoted(key) + " should be the id of an answer in quotes, or null.";
            return out;
        }
        out.answers[std::string(key)] = std::string(value.get_string());
    }
    if (std::string problem = checkAnswers(q, out.answers); !problem.empty()) {
        out.answers.clear();
        out.error = std::move(problem);
    }
    return out;
}

} // namespace hp::fit
