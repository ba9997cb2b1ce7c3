#include "fit/fit.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace hp::fit {

const Choice *Item::choice(std::string_view choiceId) const
{
    const int i = choiceIndex(choiceId);
    return i < 0 ? nullptr : &choices[size_t(i)];
}

int Item::choiceIndex(std::string_view choiceId) const
{
    for (size_t i = 0; i < choices.size(); ++i)
        if (choices[i].id == choiceId)
            return int(i);
    return -1;
}

double Item::weight(const std::string &roleId, const std::string &choiceId) const
{
    const auto r = weights.find(roleId);
    if (r == weights.end())
        return 0;
    const auto c = r->second.find(choiceId);
    return c == r->second.end() ? 0 : c->second;
}

bool Item::bearsOn(const std::string &roleId) const
{
    for (const auto &c : choices)
        if (weight(roleId, c.id) != weight(roleId, choices.front().id))
            return true;
    return false;
}

const Item *Questionnaire::item(std::string_view itemId) const
{
    const int i = itemIndex(itemId);
    return i < 0 ? nullptr : &items[size_t(i)];
}

int Questionnaire::itemIndex(std::string_view itemId) const
{
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == itemId)
            return int(i);
    return -1;
}

const RoleFit *FitResult::find(std::string_view roleId) const
{
    for (const auto &r : ranked)
        if (r.roleId == roleId)
            return &r;
    return nullptr;
}

namespace {

struct Span {
    double least = 0, most = 0;
};

Span span(const Item &item, const std::string &roleId)
{
    Span s{item.weight(roleId, item.choices.front().id), item.weight(roleId, item.choices.front().id)};
    for (const auto &c : item.choices) {
        s.least = std::min(s.least, item.weight(roleId, c.id));
        s.most = std::max(s.most, item.weight(roleId, c.id));
    }
    return s;
}

// The answered items, as (item, chosen choice) pairs in questionnaire order; unknown ids skipped.
std::vector<std::pair<const Item *, const Choice *>> answeredItems(const Questionnaire &q, const Answers &answers)
{
    std::vector<std::pair<const Item *, const Choice *>> out;
    for (const auto &item : q.items) {
        const auto it = answers.find(item.id);
        if (it == answers.end())
            continue;
        if (const Choice *c = item.choice(it->second))
            out.emplace_back(&item, c);
    }
    return out;
}

struct Ranked {
    std::vector<RoleFit> fits;         // in rank order, no why or changes yet
    std::vector<Unscored> unscored;
};

Ranked rankRoles(const Questionnaire &q, const std::vector<Role> &roles, const Answers &answers)
{
    const auto answered = answeredItems(q, answers);
    std::vector<std::pair<const Role *, RoleFit>> scored;
    std::vector<const Role *> unscored;
    for (const Role &role : roles) {
        RoleFit fit;
        fit.roleId = role.id;
        bool bears = false;
        for (const auto &[item, choice] : answered) {
            if (!item->bearsOn(role.id))
                continue;
            bears = true;
            const Span s = span(*item, role.id);
            fit.points += item->weight(role.id, choice->id);
            fit.least += s.least;
            fit.most += s.most;
        }
        if (!bears) {
            unscored.push_back(&role);
            continue;
        }
        fit.score = 100 * ((fit.points - fit.least) / (fit.most - fit.least));
        scored.emplace_back(&role, std::move(fit));
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        if (a.second.score != b.second.score)
            return a.second.score > b.second.score;
        return std::tie(a.first->name, a.first->id) < std::tie(b.first->name, b.first->id);
    });
    std::sort(unscored.begin(), unscored.end(),
              [](const Role *a, const Role *b) { return std::tie(a->name, a->id) < std::tie(b->name, b->id); });
    Ranked out;
    for (auto &[role, fit] : scored) {
        fit.rank = int(out.fits.size()) + 1;
        out.fits.push_back(std::move(fit));
    }
    for (const Role *role : unscored) {
        Unscored u{role->id, Unscored::Why::NoWeights};
        for (const auto &item : q.items)
            if (item.bearsOn(role->id))
                u.why = Unscored::Why::NothingAnswered;
        out.unscored.push_back(std::move(u));
    }
    return out;
}

std::vector<Reason> reasons(const Questionnaire &q, const std::string &roleId, const Answers &answers)
{
    std::vector<std::pair<int, Reason>> all; // item index, reason
    for (const auto &[item, choice] : answeredItems(q, answers)) {
        if (!item->bearsOn(roleId))
            continue;
        const Span s = span(*item, roleId);
        const double points = item->weight(roleId, choice->id) - (s.least + s.most) / 2;
        if (points != 0)
            all.push_back({q.itemIndex(item->id), Reason{item->id, choice->id, points}});
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        if (std::abs(a.second.points) != std::abs(b.second.points))
            return std::abs(a.second.points) > std::abs(b.second.points);
        return a.first < b.first;
    });
    std::vector<Reason> out;
    for (size_t i = 0; i < all.size() && i < 3; ++i)
        out.push_back(all[i].second);
    return out;
}

// The ranking after changing one answer: role id → (rank, score).
struct Alternative {
    int itemIndex = 0, choiceIndex = 0, distance = 0;
    std::string itemId, choiceId, previousChoiceId;
    std::map<std::string, std::pair<int, double>> positions;
};

std::vector<Alternative> alternatives(const Questionnaire &q, const std::vector<Role> &roles, const Answers &answers)
{
    std::vector<Alternative> out;
    for (size_t i = 0; i < q.items.size(); ++i) {
        const Item &item = q.items[i];
        const auto current = answers.find(item.id);
        const int currentIndex = current == answers.end() ? -1 : item.choiceIndex(current->second);
        for (size_t c = 0; c < item.choices.size(); ++c) {
            if (int(c) == currentIndex)
                continue;
            Alternative alt;
            alt.itemIndex = int(i);
            alt.choiceIndex = int(c);
            alt.distance = currentIndex < 0 ? 1 : std::abs(int(c) - currentIndex);
            alt.itemId = item.id;
            alt.choiceId = item.choices[c].id;
            alt.previousChoiceId = currentIndex < 0 ? std::string() : item.choices[size_t(currentIndex)].id;
            Answers changed = answers;
            changed[item.id] = item.choices[c].id;
            for (const auto &fit : rankRoles(q, roles, changed).fits)
                alt.positions[fit.roleId] = {fit.rank, fit.score};
            out.push_back(std::move(alt));
        }
    }
    return out;
}

// The smallest answer change (fewest steps along the item's choices, then the widest margin,
// then questionnaire order) that puts `ahead` in front of `behind`.
std::optional<Change> bestChange(const std::vector<Alternative> &alts, const std::string &roleId, const std::string &ahead,
                                 const std::string &behind, Change::Direction direction)
{
    const Alternative *best = nullptr;
    double bestMargin = 0;
    for (const auto &alt : alts) {
        const auto a = alt.positions.find(ahead), b = alt.positions.find(behind);
        if (a == alt.positions.end() || b == alt.positions.end() || a->second.first > b->second.first)
            continue;
        const double margin = a->second.second - b->second.second;
        if (!best || alt.distance < best->distance || (alt.distance == best->distance && margin > bestMargin)) {
            best = &alt;
            bestMargin = margin;
        }
    }
    if (!best)
        return std::nullopt;
    Change change;
    change.direction = direction;
    change.itemId = best->itemId;
    change.choiceId = best->choiceId;
    change.previousChoiceId = best->previousChoiceId;
    change.otherRoleId = direction == Change::Direction::Up ? behind : ahead;
    change.newRank = best->positions.at(roleId).first;
    return change;
}

} // namespace

FitResult score(const Questionnaire &q, const std::vector<Role> &roles, const Answers &answers)
{
    FitResult result;
    Ranked ranked = rankRoles(q, roles, answers);
    result.unscored = std::move(ranked.unscored);
    for (const auto &item : q.items) {
        const auto it = answers.find(item.id);
        if (it != answers.end() && item.choice(it->second))
            ++result.answered;
        else
            result.unanswered.push_back(item.id);
    }
    const auto alts = alternatives(q, roles, answers);
    auto &fits = ranked.fits;
    for (size_t k = 0; k < fits.size(); ++k) {
        RoleFit &fit = fits[k];
        fit.why = reasons(q, fit.roleId, answers);
        if (k > 0)
            if (auto c = bestChange(alts, fit.roleId, fit.roleId, fits[k - 1].roleId, Change::Direction::Up))
                fit.changes.push_back(std::move(*c));
        if (k + 1 < fits.size())
            if (auto c = bestChange(alts, fit.roleId, fits[k + 1].roleId, fit.roleId, Change::Direction::Down))
                fit.changes.push_back(std::move(*c));
    }
    result.ranked = std::move(fits);
    return result;
}

std::vector<std::string> rankOrder(const Questionnaire &q, const std::vector<Role> &roles, const Answers &answers)
{
    std::vector<std::string> ids;
    for (const auto &fit : rankRoles(q, roles, answers).fits)
        ids.push_back(fit.roleId);
    return ids;
}

std::string checkAnswers(const Questionnaire &q, const Answers &answers)
{
    for (const auto &[itemId, choiceId] : answers) {
        const Item *item = q.item(itemId);
        if (!item) {
            std::string ids;
            for (const auto &i : q.items)
                ids.append(ids.empty() ? "" : ", ").append(i.id);
            std::string out = "There is no question '";
            return out.append(itemId).append("' in the fit check; the questions are: ").append(ids).append(".");
        }
        if (!item->choice(choiceId)) {
            std::string ids;
            for (const auto &c : item->choices)
                ids.append(ids.empty() ? "" : ", ").append(c.id);
            std::string out = "'";
            return out.append(choiceId)
                .append("' is not an answer to '")
                .append(itemId)
                .append("' (")
                .append(item->label)
                .append("); the answers are: ")
                .append(ids)
                .append(".");
        }
    }
    return {};
}

} // namespace hp::fit
