#pragma once
// The plan templates of resources/data/plan_templates.json, parsed: personas, funding options,
// scheduling figures and one template per task. FORMAT.md documents the file; the generator
// (generator.cpp) turns templates into dated tasks.

#include "plan/plan.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp::plan {

// A number or a piece of text with the source it comes from (e.g. VA's $2,000 test-fee cap).
struct Figure {
    std::optional<double> value;
    std::string text;
    std::string sourceId;
    std::string note;
};

// When a task falls due. Exactly one of the forms is used:
//   {"day": 12}                              day 12 of the plan (day 1 = the start date)
//   {"after": "exam", "days": 14}            14 days after an event (negative: before it)
//   {"after": "first-job", "move": "apprentice-option-one-year-course"}
//                                            an event plus the months a lattice move takes
//                                            (placeholders allowed: "{training_move}")
//   {"every": 28, "from_day": 24, "to_day": 90}   repeated; task ids get "-1", "-2", …
// An "after" form may add "not_before_day": N (never earlier than day N of the plan).
// A task whose event does not happen in a plan (no exam on a route without one) is left out.
struct When {
    std::optional<int> day;
    std::string after;
    int days = 0;
    std::string move;
    int every = 0, fromDay = 0, toDay = 0;
    int notBeforeDay = 0;
};

// Conditions are ANDed; an empty list places no condition. `any` holds alternatives, at least one
// of which must hold as well (e.g. persona veteran OR funding gi-bill).
struct Condition {
    std::vector<std::string> modes;     // "train-now", "job-first", "certified"
    std::vector<std::string> personas, notPersonas;
    std::vector<std::string> funding;   // any of them chosen
    std::vector<std::string> bodies;    // certifying body of the plan's credential: "AAPC", "AHIMA", …
    std::vector<std::string> educationKinds; // kind of the plan's education path; "none" when it has none
    std::vector<std::string> targets, notTargets; // role ids
    std::vector<std::string> remoteLevels;
    std::optional<bool> apprentice;     // the route passes through the CPC-A / COC-A bridge
    std::optional<bool> externship;     // the training step ends in an externship
    std::optional<bool> budgetShort;    // the budget does not cover the route's low end
    std::optional<bool> laterTraining;  // job-first: training or a credential comes after the first job
    std::optional<bool> beyondFirstJob; // the target lies beyond the first job on the route
    std::vector<Condition> any;
};

struct TaskTemplate {
    std::string id;
    std::string kind = "task"; // "task", "study" (weekly study blocks) or "first-job" (the milestone)
    When when;
    std::map<std::string, When> whenByMode; // overrides `when` in the named modes
    double effort = 0;
    std::string effortFrom; // "exam_hours": the credential's exam length
    Condition condition;
    std::string sets;       // the event this task's due date defines ("enroll", "exam", …)
    std::string title, detail, reason;
    std::vector<std::string> facts; // "kind:id", placeholders allowed
};

struct StudyRule {
    std::string educationKind;
    bool weeklyBlocks = false; // false: the school sets the pace; the course ends when it typically does
    Figure hours;              // total study hours, split into weekly blocks (needed for weekly blocks)
};

struct TemplateSet {
    std::vector<PersonaInfo> personas;
    std::vector<FundingInfo> funding;
    std::string fallbackStart;
    std::map<std::string, Figure> schedule; // min_hours_per_week, max_study_hours_per_week, …
    std::map<std::string, Figure> figures;  // va_test_fee_max_usd, …
    std::vector<StudyRule> study;
    std::map<std::string, std::vector<std::string>> topics; // credential id (or "default") → topics
    std::vector<TaskTemplate> tasks;

    const Figure *scheduleFigure(std::string_view key) const;
    double scheduleValue(std::string_view key, double fallback) const;
    const StudyRule *studyRule(std::string_view educationKind) const;
};

// Parses a templates file; on failure returns nothing and sets `error` to a sentence naming the
// place at fault.
std::optional<TemplateSet> parseTemplates(std::string_view json, std::string *error);

// The templates compiled into the program (parsed once). `error` is empty when they loaded.
const TemplateSet &templates();
const std::string &templatesError();

// Every placeholder a template may use, for checks: "{cert_abbr}" etc. without braces.
const std::vector<std::string> &placeholderNames();

} // namespace hp::plan
