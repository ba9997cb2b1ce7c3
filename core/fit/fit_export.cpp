#include "fit/fit_export.h"

#include "io/text.h"

#include <boost/json.hpp>

#include <cmath>
#include <set>
#include <sstream>

namespace json = boost::json;

namespace hp::fit {

namespace {

std::string q(std::string_view s) // typographic quotes
{
    std::string out = "\u201c";
    return out.append(s).append("\u201d");
}

std::string roleName(const KnowledgeBase &kb, const std::string &id, bool shortName = false)
{
    const Role *r = kb.role(id);
    if (!r)
        return id;
    return shortName && !r->shortName.empty() ? r->shortName : r->name;
}

std::string choiceLabel(const Item &item, const std::string &choiceId)
{
    const Choice *c = item.choice(choiceId);
    return c ? c->label : choiceId;
}

const SourcedRange *figureOf(const KnowledgeBase &kb, const Item &item, const std::string &roleId)
{
    const Role *r = kb.role(roleId);
    if (!r)
        return nullptr;
    if (item.figure == "entry_time_months")
        return &r->entryTimeMonths;
    if (item.figure == "entry_cost_usd")
        return &r->entryCostUsd;
    return nullptr;
}

// "Getting in takes 36–60 months." / "No source gives what getting in costs."
std::string figureSentence(const Item &item, const SourcedRange &r)
{
    const bool money = item.figure == "entry_cost_usd";
    auto fmt = [money](double v) { return money ? text::money(v) : text::thousands(long(std::lround(v))); };
    if (!r.present())
        return money ? "No source gives what getting in costs." : "No source gives how long getting in takes.";
    std::string span;
    if (r.min && r.max)
        span = *r.min == *r.max ? fmt(*r.min) : fmt(*r.min).append("\u2013").append(fmt(*r.max));
    else
        span = std::string(r.min ? "at least " : "up to ").append(fmt(r.min ? *r.min : *r.max));
    std::string out = money ? "Getting in costs " : "Getting in takes ";
    return out.append(span).append(money ? "." : " months.");
}

std::string score(double v)
{
    return std::to_string(std::lround(v));
}

} // namespace

std::string reasonSentence(const Questionnaire &questions, const KnowledgeBase &kb, const std::string &roleId, const Reason &reason)
{
    const Item *item = questions.item(reason.itemId);
    if (!item)
        return {};
    std::string out = "You answered ";
    out.append(q(choiceLabel(*item, reason.choiceId))).append(" to ").append(q(item->label));
    out.append(reason.points > 0 ? ", which suits this role." : ", which counts against this role.");
    if (const SourcedRange *f = figureOf(kb, *item, roleId))
        out.append(" ").append(figureSentence(*item, *f));
    return out;
}

std::string changeSentence(const Questionnaire &questions, const KnowledgeBase &kb, const std::string &roleId, const Change &change)
{
    const Item *item = questions.item(change.itemId);
    if (!item)
        return {};
    std::string out = "Answering ";
    out.append(q(choiceLabel(*item, change.choiceId)));
    if (!change.previousChoiceId.empty())
        out.append(" instead of ").append(q(choiceLabel(*item, change.previousChoiceId)));
    out.append(" to ").append(q(item->label));
    if (change.previousChoiceId.empty())
        out.append(" (unanswered now)");
    const std::string self = roleName(kb, roleId, true), other = roleName(kb, change.otherRoleId, true);
    if (change.direction == Change::Direction::Up)
        out.append(" would move ").append(self).append(" above ").append(other);
    else
        out.append(" would put ").append(self).append(" below ").append(other);
    return out.append(", to rank ").append(std::to_string(change.newRank)).append(".");
}

std::string questionsToText(const Questionnaire &questions)
{
    std::ostringstream out;
    out << "HealthPath fit check: " << questions.items.size() << " questions, about five minutes.\n"
        << "Write your answers as one JSON object of question id and answer id, for example\n"
        << "  {\"" << (questions.items.empty() ? "question" : questions.items.front().id) << "\": \""
        << (questions.items.empty() || questions.items.front().choices.empty() ? "answer" : questions.items.front().choices.back().id)
        << "\"}\n"
        << "and run: healthpath-cli fit --answers FILE. Leave out any question you want to skip.\n";
    std::string topic;
    for (const auto &item : questions.items) {
        if (item.topic != topic) {
            topic = item.topic;
            out << "\n" << topic << "\n";
        }
        out << "  " << item.id << " \u2014 " << item.label << "\n    " << item.question << "\n    answers:";
        for (size_t i = 0; i < item.choices.size(); ++i)
            out << (i ? "," : "") << " " << item.choices[i].id << " (" << item.choices[i].label << ")";
        out << "\n";
    }
    return out.str();
}

std::string questionsToJson(const Questionnaire &questions)
{
    json::array items;
    for (const auto &item : questions.items) {
        json::array choices;
        for (const auto &c : item.choices)
            choices.push_back({{"id", c.id}, {"label", c.label}});
        items.push_back({{"id", item.id}, {"topic", item.topic}, {"label", item.label}, {"question", item.question},
                         {"choices", std::move(choices)}});
    }
    json::object root{{"source", questions.sourceId}, {"items", std::move(items)}};
    return json::serialize(root) + "\n";
}

std::string resultToText(const Questionnaire &questions, const KnowledgeBase &kb, const FitResult &result)
{
    std::ostringstream out;
    out << "Fit check: " << result.answered << " of " << questions.items.size() << " questions answered.\n";
    if (result.ranked.empty()) {
        out << "No answer bears on any role yet, so there is no ranking. See the questions with "
               "'healthpath-cli fit --questions'.\n";
        return out.str();
    }
    out << "The weights are HealthPath's editorial judgement, not a measurement.\n";
    std::set<std::string> sources{questions.sourceId};
    for (const auto &fit : result.ranked) {
        out << "\n" << (fit.rank < 10 ? " " : "") << fit.rank << ". " << roleName(kb, fit.roleId) << " \u2014 fit "
            << score(fit.score) << " of 100\n";
        for (const auto &reason : fit.why) {
            out << "    " << (reason.points > 0 ? "+ " : "- ") << reasonSentence(questions, kb, fit.roleId, reason) << "\n";
            if (const Item *item = questions.item(reason.itemId); item && !item->figure.empty())
                if (const SourcedRange *f = figureOf(kb, *item, fit.roleId); f && !f->sourceId.empty())
                    sources.insert(f->sourceId);
        }
        for (const auto &change : fit.changes)
            out << "    ~ " << changeSentence(questions, kb, fit.roleId, change) << "\n";
    }
    if (!result.unscored.empty()) {
        out << "\nNot scored:\n";
        for (const auto &u : result.unscored)
            out << "  " << roleName(kb, u.roleId) << ": "
                << (u.why == Unscored::Why::NoWeights ? "the fit check has no weights for this role."
                                                      : "none of your answers so far bear on this role.")
                << "\n";
    }
    if (!result.unanswered.empty()) {
        out << "\nUnanswered:";
        for (size_t i = 0; i < result.unanswered.size(); ++i)
            out << (i ? "," : "") << " " << result.unanswered[i];
        out << "\n";
    }
    out << "\nSources:\n";
    for (const auto &id : sources)
        out << "  " << id << ": " << kb.citation(id) << "\n";
    return out.str();
}

std::string resultToJson(const Questionnaire &questions, const KnowledgeBase &kb, const FitResult &result)
{
    json::array roles;
    for (const auto &fit : result.ranked) {
        json::array why, changes;
        for (const auto &r : fit.why)
            why.push_back({{"item", r.itemId}, {"choice", r.choiceId}, {"points", r.points},
                           {"sentence", reasonSentence(questions, kb, fit.roleId, r)}});
        for (const auto &c : fit.changes)
            changes.push_back({{"direction", c.direction == Change::Direction::Up ? "up" : "down"},
                               {"item", c.itemId},
                               {"choice", c.choiceId},
                               {"previous", c.previousChoiceId.empty() ? json::value(nullptr) : json::value(c.previousChoiceId)},
                               {"other_role", c.otherRoleId},
                               {"new_rank", c.newRank},
                               {"sentence", changeSentence(questions, kb, fit.roleId, c)}});
        roles.push_back({{"rank", fit.rank}, {"role", fit.roleId}, {"name", roleName(kb, fit.roleId)},
                         {"score", std::round(fit.score * 10) / 10}, {"why", std::move(why)}, {"changes", std::move(changes)}});
    }
    json::array unscored;
    for (const auto &u : result.unscored)
        unscored.push_back({{"role", u.roleId}, {"reason", u.why == Unscored::Why::NoWeights ? "no-weights" : "nothing-answered"}});
    json::object root{{"answered", result.answered},
                      {"questions", questions.items.size()},
                      {"unanswered", json::value_from(result.unanswered)},
                      {"source", {{"id", questions.sourceId}, {"citation", kb.citation(questions.sourceId)}}},
                      {"roles", std::move(roles)},
                      {"unscored", std::move(unscored)}};
    return json::serialize(root) + "\n";
}

} // namespace hp::fit
