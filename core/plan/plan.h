#pragma once
// The 30-60-90 day plan: from a persona, a target role and the person's time, money and funding,
// dated tasks in three phases (days 1–30, 31–60, 61–90) and a roadmap beyond day 90 to the
// credential and the first job. The tasks come from templates in resources/data/plan_templates.json;
// the figures they rely on (fees, course lengths, apprentice rules) come from the knowledge base and
// the lattice, and every task links to them.
//
//   const auto lattice = hp::lattice::Lattice::build(kb.data());
//   hp::plan::PlanInput in;  in.persona = "veteran";  in.targetRole = "outpatient-coder"; …
//   const hp::plan::PlanResult r = hp::plan::makePlan(in, kb, lattice);
//   if (!r.error.empty()) complain(r.error); else show(r.plan);

#include "plan/dates.h"

#include <optional>
#include <string>
#include <vector>

namespace hp {
class KnowledgeBase;
namespace lattice {
class Lattice;
}
} // namespace hp

namespace hp::plan {

struct PersonaInfo {
    std::string id;    // "career-changer", "recent-graduate", "parent-returning", "veteran",
                       // "remote-seeker", "clinical", "behavioral-health"
    std::string name;  // "Career changer"
    std::string summary;
    std::string latticeStart; // lattice starting point used for routes, e.g. "no-experience"
    double defaultHoursPerWeek = 10;
};
const std::vector<PersonaInfo> &personas(); // from plan_templates.json, in display order
const PersonaInfo *persona(std::string_view id);

struct FundingInfo {
    std::string id;   // "none", "gi-bill", "va-test-fee", "employer-tuition"
    std::string name; // "GI Bill"
};
const std::vector<FundingInfo> &fundingOptions();

struct PlanInput {
    std::string persona;
    std::string targetRole;          // a role id
    Date start;                      // day 1 of the plan
    double hoursPerWeek = 10;        // > 0
    double budgetUsd = 0;            // >= 0; what the person can spend on training and exams
    std::vector<std::string> credentialsHeld; // certification ids
    std::vector<std::string> funding;         // funding ids; empty = none
};

// A fact a task relies on, so a reader can check it: kind is "role", "certification",
// "education", "source" or "move"; id names it in the knowledge base or lattice.
struct FactLink {
    std::string kind, id;
    bool operator==(const FactLink &) const = default;
};

struct Task {
    std::string id;       // stable within a plan, e.g. "join-body" or "study-3"
    int phase = 1;        // 1 = days 1–30, 2 = days 31–60, 3 = days 61–90, 4 = beyond day 90
    std::string title;    // imperative, short: "Book the CPC exam"
    std::string detail;   // what exactly to do
    std::string reason;   // why it matters for this person
    Date due;
    double effortHours = 0;
    std::vector<FactLink> facts;
    bool done = false;
    std::optional<Date> doneOn;
};

// A source the plan's facts and notes rely on, cited for print and export.
struct SourceCitation {
    std::string id;
    std::string citation; // "Title — Publisher, as of 2026 (VERIFIED)"
    std::string url;
    std::string status;   // "VERIFIED", "SECONDARY", "UNVERIFIED" or "EDITORIAL"
    bool operator==(const SourceCitation &) const = default;
};

struct Plan {
    PlanInput input;
    Date generatedOn;
    std::string title;                 // "Veteran → Outpatient coder, from Mon 4 Jan 2027"
    std::vector<Task> tasks;           // ordered by due date, then phase
    std::vector<std::string> notes;    // sentences: budget shortfall, unknown figures, assumptions
    std::string routeSummary;          // the route the plan follows, one line
    std::optional<double> routeCostMinUsd, routeCostMaxUsd;
    bool budgetCovers = true;          // false: no route fits the budget; notes propose the cheapest
    std::vector<SourceCitation> sources; // every source behind the tasks' facts and the notes
};

struct PlanResult {
    Plan plan;
    std::string error; // one sentence when the input is unusable (unknown persona/role, hours <= 0 …)
};

PlanResult makePlan(const PlanInput &input, const KnowledgeBase &kb, const lattice::Lattice &lattice,
                    const Clock &clock = systemClock());

// Tracking ---------------------------------------------------------------------------------------

struct PhaseProgress {
    int phase = 1;
    int done = 0, total = 0, overdue = 0;
};
std::vector<PhaseProgress> progress(const Plan &plan, Date today); // phases 1–4, in order
bool isOverdue(const Task &task, Date today);                      // open and due before today
// Shifts every open task by the same number of days so that the earliest overdue one falls due
// today; done tasks keep their dates. Returns the shift in days (0 = nothing was overdue).
int replanFromToday(Plan &plan, Date today);

// Serialization (the user database stores plans as this JSON) -------------------------------------
std::string toJson(const Plan &plan);
std::optional<Plan> planFromJson(std::string_view json, std::string *error);

} // namespace hp::plan
