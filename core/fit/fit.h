#pragma once
// The fit check: a short questionnaire whose answers rank the roles, with the answers that drove
// each score and the single answer changes that would reorder neighbours.
//
//   fit.json ──read──▶ Questionnaire ─┐
//   answers {"item": "choice"} ───────┼──score()──▶ FitResult: roles in rank order, each with
//   roles (KnowledgeData) ────────────┘              score 0–100, why (2–3 answers), changes
//
// Scoring (all weights are data, HealthPath's editorial judgement):
//   for role r and each answered item i:  w(i, r, chosen) is added to r's points;
//   the role's score is where its points sit between the least and the most the same answered
//   items could give it:  score = 100 · (points − least) / (most − least).
//   Items whose weights for r are all equal do not bear on r. A role that no answered item bears
//   on is not scored (it is listed in `unscored` with the reason). Ties rank by role name, then id.

#include "domain/knowledge.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp::fit {

inline constexpr std::size_t kMaxItems = 20; // the questionnaire must take under five minutes

struct Choice {
    std::string id, label;
    std::optional<double> limit; // for items with a figure: the most months or dollars this answer allows
};

struct Item {
    std::string id, topic, label, question;
    // "entry_time_months" or "entry_cost_usd" when the item is about the roles' sourced entry
    // figures (its choices then carry limits); empty otherwise.
    std::string figure;
    std::vector<Choice> choices;
    std::map<std::string, std::map<std::string, double>> weights; // role id → choice id → weight

    const Choice *choice(std::string_view choiceId) const;
    int choiceIndex(std::string_view choiceId) const; // -1 when unknown
    double weight(const std::string &roleId, const std::string &choiceId) const; // 0 when not given
    // Whether this item can change the score of the role (its weights are not all equal).
    bool bearsOn(const std::string &roleId) const;
};

struct Questionnaire {
    std::string sourceId; // the EDITORIAL source the weights come from
    std::vector<Item> items;

    const Item *item(std::string_view itemId) const;
    int itemIndex(std::string_view itemId) const; // -1 when unknown
};

using Answers = std::map<std::string, std::string>; // item id → choice id; absent = unanswered

// One answer that drove a role's score. `points` is the answer's weight minus the middle of what
// the item could give the role: above zero it helped, below zero it held the role back.
struct Reason {
    std::string itemId, choiceId;
    double points = 0;
};

// A single answer change that would swap the role with its neighbour in the ranking.
struct Change {
    enum class Direction { Up, Down };
    Direction direction = Direction::Up; // Up: the role would pass the one above; Down: fall below the one under it
    std::string itemId, choiceId;
    std::string previousChoiceId; // empty when the item is unanswered now
    std::string otherRoleId;      // the neighbour passed (Up) or passing (Down)
    int newRank = 0;              // the role's rank after the change
};

struct RoleFit {
    std::string roleId;
    int rank = 0;       // 1-based
    double score = 0;   // 0–100
    double points = 0, least = 0, most = 0;
    std::vector<Reason> why;      // up to 3, strongest first
    std::vector<Change> changes;  // at most one Up and one Down
};

struct Unscored {
    enum class Why { NothingAnswered, NoWeights };
    std::string roleId;
    Why why = Why::NothingAnswered;
};

struct FitResult {
    std::vector<RoleFit> ranked;         // in rank order
    std::vector<Unscored> unscored;      // by role name
    std::vector<std::string> unanswered; // item ids, in questionnaire order
    int answered = 0;

    const RoleFit *find(std::string_view roleId) const;
};

// Pure and deterministic. Answers naming unknown items or choices are ignored here; check them
// first with checkAnswers().
FitResult score(const Questionnaire &q, const std::vector<Role> &roles, const Answers &answers);

// Only the order of the scored roles (ids), as score() ranks them; no reasons or changes.
std::vector<std::string> rankOrder(const Questionnaire &q, const std::vector<Role> &roles, const Answers &answers);

// Empty, or a sentence naming the first unknown item or choice and what would be valid.
std::string checkAnswers(const Questionnaire &q, const Answers &answers);

} // namespace hp::fit
