#pragma once
// What the generator knows about one plan before it places any task: the person, the route it
// follows (lattice planner, cheapest that fits the budget), the credential and course on it, the
// plan's mode and the values the template placeholders expand to. Internal to core/plan.
//
//   PlanInput ──validate──▶ Context{route, mode, cert, education, vars} ──templates──▶ tasks
//
// Modes: "train-now"  the route starts with a course or credential (most coding plans);
//        "job-first"  it starts with a job (an entry job, or CDI from clinical work) and any
//                     training comes later;
//        "certified"  the person already holds the route's credential.

#include "lattice/planner.h"
#include "plan/plan.h"
#include "plan/templates.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace hp::plan {

struct Context {
    Context(const KnowledgeBase &k, const lattice::Lattice &l, const TemplateSet &t, PlanInput in)
        : kb(k), lattice(l), tpl(t), input(std::move(in))
    {
    }

    const KnowledgeBase &kb;
    const lattice::Lattice &lattice;
    const TemplateSet &tpl;
    PlanInput input;
    const PersonaInfo *persona = nullptr;
    const Role *role = nullptr;

    std::string startNode;              // lattice node the route starts from
    lattice::Route route;               // the route followed, in full
    std::vector<lattice::Step> remaining; // its steps still ahead (held credentials skip steps)
    std::string mode;                   // "train-now", "job-first" or "certified"
    int trainingIndex = -1;             // index into `remaining` of the first course/credential step
    int firstJobIndex = -1;             // index into `remaining` of the step that lands the first job
    const Certification *cert = nullptr;      // credential the plan works toward
    const Certification *heldCert = nullptr;  // held credential that covers the route's
    const EducationPath *education = nullptr; // course on the training step
    const StudyRule *study = nullptr;         // how its study hours are counted

    double costMin = 0, costMax = 0; // direct cost of the remaining steps (known figures)
    int costUnknown = 0;
    bool budgetShort = false;
    bool apprentice = false, externship = false, laterTraining = false, beyondFirstJob = false;

    std::map<std::string, std::string> vars; // placeholder → text
    std::vector<std::string> notes;
    std::set<std::string> sourceIds;         // sources the notes rely on

    std::string educationKind() const;        // "none" without a course
    const lattice::Step *firstJob() const;    // nullptr when already there
    const lattice::Step *training() const;
};

// Fills route, remaining, mode, cert, education, costs, flags and notes about the route and the
// budget. Returns an error sentence when no route reaches the target.
std::string chooseRoute(Context &ctx);

// Fills ctx.vars from everything chooseRoute found.
void fillVariables(Context &ctx);

// Expands "{name}" placeholders; returns nothing when a placeholder has no value in this plan
// (the task needing it is left out). Unknown names are a template error caught by tests.
std::optional<std::string> expand(std::string_view text, const std::map<std::string, std::string> &vars);

// Number formatting shared by the plan files: "8", "7.5".
std::string hoursText(double hours);

} // namespace hp::plan
