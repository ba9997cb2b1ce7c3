// makePlan: templates → dated tasks. Tasks are placed in three rounds so that study fills the
// hours the other tasks leave and the week grid never holds more than the person gave:
//
//   round 0  tasks dated from the start or enrolment (day N, every N days, after "enroll")
//   study    weekly blocks from the day after enrolment   → first guess of "study-end"
//   round 1  tasks inside the study period ("study-end" minus N days), then study is refilled
//   round 2  everything after: the exam, the first job, the apprentice bridge, the roadmap
//
// Within a round, templates apply in file order; a task dated from an event the plan does not
// have (no exam on a job-first route) is left out, and so is one whose text needs a value the plan
// does not have.

#include "plan/context.h"
#include "plan/input_check.h"
#include "plan/schedule.h"
#include "plan/strings.h"

#include "lattice/lattice.h"

#include <algorithm>
#include <set>

namespace hp::plan {

namespace {

bool contains(const std::vector<std::string> &list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool anyOf(const std::vector<std::string> &wanted, const std::vector<std::string> &have)
{
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string &w) { return contains(have, w); });
}

int phaseOf(Date start, Date due)
{
    const int day = daysBetween(start, due) + 1;
    return day <= 30 ? 1 : day <= 60 ? 2 : day <= 90 ? 3 : 4;
}

class Builder {
public:
    explicit Builder(Context &ctx) : m_ctx(ctx), m_sched(ctx.input.start, ctx.input.hoursPerWeek) {}

    std::vector<Task> run();

private:
    bool applies(const Condition &c) const;
    const When &whenFor(const TaskTemplate &t) const;
    int roundOf(const When &w) const;
    std::optional<Date> event(const std::string &name) const;
    std::optional<Date> earliest(const When &w) const;
    void runRound(int round);
    void add(const TaskTemplate &t, const std::string &id, Date earliest, double effort,
             const std::map<std::string, std::string> &vars);
    void study();
    double effortOf(const TaskTemplate &t) const;

    Context &m_ctx;
    Scheduler m_sched;
    std::map<std::string, Date> m_events;
    std::vector<Task> m_tasks;
};

bool Builder::applies(const Condition &c) const
{
    const auto &in = m_ctx.input;
    if (!c.modes.empty() && !contains(c.modes, m_ctx.mode))
        return false;
    if (!c.personas.empty() && !contains(c.personas, in.persona))
        return false;
    if (contains(c.notPersonas, in.persona))
        return false;
    if (!c.funding.empty() && !anyOf(c.funding, in.funding))
        return false;
    if (!c.bodies.empty() && (!m_ctx.cert || !contains(c.bodies, m_ctx.cert->body)))
        return false;
    if (!c.educationKinds.empty() && !contains(c.educationKinds, m_ctx.educationKind()))
        return false;
    if ((!c.targets.empty() && !contains(c.targets, in.targetRole)) || contains(c.notTargets, in.targetRole))
        return false;
    if (!c.remoteLevels.empty() && !contains(c.remoteLevels, m_ctx.role->remoteLevel))
        return false;
    const auto flag = [](const std::optional<bool> &want, bool have) { return !want || *want == have; };
    if (!flag(c.apprentice, m_ctx.apprentice) || !flag(c.externship, m_ctx.externship) || !flag(c.budgetShort, m_ctx.budgetShort)
        || !flag(c.laterTraining, m_ctx.laterTraining) || !flag(c.beyondFirstJob, m_ctx.beyondFirstJob))
        return false;
    if (!c.any.empty() && std::none_of(c.any.begin(), c.any.end(), [this](const Condition &alt) { return applies(alt); }))
        return false;
    return true;
}

const When &Builder::whenFor(const TaskTemplate &t) const
{
    const auto it = t.whenByMode.find(m_ctx.mode);
    return it == t.whenByMode.end() ? t.when : it->second;
}

int Builder::roundOf(const When &w) const
{
    if (w.day || w.every > 0 || w.after == "start" || w.after == "enroll" || w.after == "study-start")
        return 0;
    return w.after == "study-end" && w.days < 0 ? 1 : 2;
}

std::optional<Date> Builder::event(const std::string &name) const
{
    if (name == "start")
        return m_ctx.input.start;
    if (const auto it = m_events.find(name); it != m_events.end())
        return it->second;
    if (name == "study-start")
        if (const auto enroll = event("enroll"))
            return addDays(*enroll, 1);
    return std::nullopt;
}

std::optional<Date> Builder::earliest(const When &w) const
{
    const Date start = m_ctx.input.start;
    if (w.day)
        return addDays(start, *w.day - 1);
    auto base = event(w.after);
    if (!base)
        return std::nullopt;
    Date d = addDays(*base, w.days);
    if (!w.move.empty()) {
        const auto moveId = expand(w.move, m_ctx.vars);
        if (!moveId)
            return std::nullopt;
        const auto &moves = m_ctx.lattice.moves();
        const auto it = std::find_if(moves.begin(), moves.end(), [&](const LatticeMove &m) { return m.id == *moveId; });
        const auto months = it == moves.end() ? std::nullopt : lattice::midpoint(it->months);
        if (!months)
            return std::nullopt;
        d = addMonths(d, *months);
    }
    if (w.notBeforeDay > 0 && daysBetween(d, addDays(start, w.notBeforeDay - 1)) > 0)
        d = addDays(start, w.notBeforeDay - 1);
    return d;
}

double Builder::effortOf(const TaskTemplate &t) const
{
    if (t.effortFrom == "exam_hours" && m_ctx.cert && m_ctx.cert->exam.hours)
        return *m_ctx.cert->exam.hours;
    return t.effort;
}

void Builder::add(const TaskTemplate &t, const std::string &id, Date when, double effort,
                  const std::map<std::string, std::string> &vars)
{
    auto title = expand(t.title, vars), detail = expand(t.detail, vars), reason = expand(t.reason, vars);
    if (!title || !detail || !reason)
        return;
    Task task;
    task.id = id;
    task.title = std::move(*title);
    task.detail = std::move(*detail);
    task.reason = std::move(*reason);
    task.effortHours = effort;
    for (const auto &f : t.facts) {
        const auto link = expand(f, vars);
        const auto colon = link ? link->find(':') : std::string::npos;
        if (colon == std::string::npos)
            continue;
        FactLink fact{link->substr(0, colon), link->substr(colon + 1)};
        if (std::find(task.facts.begin(), task.facts.end(), fact) == task.facts.end())
            task.facts.push_back(std::move(fact));
    }
    task.due = m_sched.place(when, effort);
    task.phase = phaseOf(m_ctx.input.start, task.due);
    if (!t.sets.empty())
        m_events[t.sets] = task.due;
    m_tasks.push_back(std::move(task));
}

void Builder::runRound(int round)
{
    for (const auto &t : m_ctx.tpl.tasks) {
        if (t.kind == "study" || !applies(t.condition))
            continue;
        if (t.kind == "first-job") {
            if (round != 2)
                continue;
            const Date start = m_ctx.input.start;
            const int searchDays = static_cast<int>(m_ctx.tpl.scheduleValue("job_search_days", 60));
            Date date = addDays(start, searchDays);
            if (m_ctx.mode == "train-now") {
                const auto after = event("exam") ? event("exam") : event("study-end");
                if (after)
                    date = addDays(*after, searchDays);
                // A faster pace than the course's typical length does not make employers hire sooner.
                const auto mid = m_ctx.education ? lattice::midpoint(m_ctx.education->durationMonths) : std::nullopt;
                if (mid)
                    date = std::max(date, addMonths(start, *mid), [](Date a, Date b) { return daysBetween(a, b) > 0; });
            }
            add(t, t.id, date, effortOf(t), m_ctx.vars);
            continue;
        }
        const When &w = whenFor(t);
        if (roundOf(w) != round)
            continue;
        if (w.every > 0) {
            int n = 0;
            for (int day = w.fromDay; day <= w.toDay; day += w.every)
                add(t, t.id + "-" + std::to_string(++n), addDays(m_ctx.input.start, day - 1), effortOf(t), m_ctx.vars);
            continue;
        }
        if (const auto when = earliest(w))
            add(t, t.id, *when, effortOf(t), m_ctx.vars);
    }
}

void Builder::study()
{
    const TaskTemplate *tmpl = nullptr;
    for (const auto &t : m_ctx.tpl.tasks)
        if (t.kind == "study" && applies(t.condition)) {
            tmpl = &t;
            break;
        }
    const StudyRule *rule = m_ctx.study;
    const bool trainNow = m_ctx.mode == "train-now" && m_ctx.education && rule;
    if (trainNow && !rule->weeklyBlocks) {
        // A school sets the pace: the course ends when it typically does.
        const Date from = event("study-start").value_or(m_ctx.input.start);
        if (const auto months = lattice::midpoint(m_ctx.education->durationMonths))
            m_events["study-end"] = addMonths(from, *months);
    }
    if (!trainNow || !rule->weeklyBlocks || !rule->hours.value || !tmpl) {
        runRound(1);
        return;
    }
    const Date from = event("study-start").value_or(m_ctx.input.start);
    const double total = *rule->hours.value;
    const double maxPerWeek = std::min(m_ctx.input.hoursPerWeek, m_ctx.tpl.scheduleValue("max_study_hours_per_week", 40));
    const double minBlock = m_ctx.tpl.scheduleValue("min_block_hours", 1);
    auto blocks = m_sched.study(from, total, maxPerWeek, minBlock);
    if (blocks.empty()) {
        runRound(1);
        return;
    }
    m_events["study-end"] = blocks.back().due;
    runRound(1);
    blocks = m_sched.study(from, total, maxPerWeek, minBlock);
    m_sched.commit(blocks);
    m_events["study-end"] = blocks.back().due;
    m_ctx.vars["study_weeks"] = std::to_string(blocks.size());

    const std::string certId = m_ctx.cert ? m_ctx.cert->id : std::string();
    const auto topicsIt = m_ctx.tpl.topics.count(certId) ? m_ctx.tpl.topics.find(certId) : m_ctx.tpl.topics.find("default");
    const std::vector<std::string> none;
    const auto &topics = topicsIt == m_ctx.tpl.topics.end() ? none : topicsIt->second;
    for (size_t i = 0; i < blocks.size(); ++i) {
        auto vars = m_ctx.vars;
        vars["block"] = std::to_string(i + 1);
        vars["blocks"] = std::to_string(blocks.size());
        vars["block_hours"] = hoursText(blocks[i].hours);
        if (!topics.empty()) {
            // Blocks take the topics in order; with fewer blocks than topics a block covers several.
            const size_t first = i * topics.size() / blocks.size();
            const size_t last = std::max(first + 1, (i + 1) * topics.size() / blocks.size());
            std::string topic = topics[first];
            for (size_t k = first + 1; k < last; ++k)
                topic.append("; ").append(topics[k]);
            vars["topic"] = topic;
        }
        auto before = m_tasks.size();
        // Blocks are already reserved: add them at their own dates without placing again.
        add(*tmpl, "study-" + std::to_string(i + 1), blocks[i].due, 0, vars);
        if (m_tasks.size() > before) {
            m_tasks.back().effortHours = blocks[i].hours;
            m_tasks.back().due = blocks[i].due;
            m_tasks.back().phase = phaseOf(m_ctx.input.start, blocks[i].due);
        }
    }
}

std::vector<Task> Builder::run()
{
    runRound(0);
    study();
    runRound(2);
    std::stable_sort(m_tasks.begin(), m_tasks.end(), [](const Task &a, const Task &b) {
        const int d = daysBetween(b.due, a.due);
        return d != 0 ? d < 0 : a.phase < b.phase;
    });
    return std::move(m_tasks);
}

void addSources(const KnowledgeBase &kb, const lattice::Lattice &lattice, const FactLink &f, std::set<std::string> &out)
{
    if (f.kind == "source")
        out.insert(f.id);
    else if (const Role *r = f.kind == "role" ? kb.role(f.id) : nullptr) {
        out.insert(r->entryTimeMonths.sourceId);
        out.insert(r->entryCostUsd.sourceId);
    } else if (const Certification *c = f.kind == "certification" ? kb.certification(f.id) : nullptr) {
        out.insert({c->fee.sourceId, c->exam.sourceId, c->prerequisites.sourceId, c->renewal.sourceId});
    } else if (const EducationPath *e = f.kind == "education" ? kb.educationPath(f.id) : nullptr) {
        out.insert({e->durationMonths.sourceId, e->costUsd.sourceId});
    } else if (f.kind == "move") {
        for (const auto &m : lattice.moves())
            if (m.id == f.id)
                out.insert({m.sourceId, m.months.sourceId, m.costUsd.sourceId});
    }
}

bool factExists(const KnowledgeBase &kb, const lattice::Lattice &lattice, const FactLink &f)
{
    if (f.kind == "source")
        return kb.source(f.id);
    if (f.kind == "role")
        return kb.role(f.id);
    if (f.kind == "certification")
        return kb.certification(f.id);
    if (f.kind == "education")
        return kb.educationPath(f.id);
    if (f.kind == "move")
        return std::any_of(lattice.moves().begin(), lattice.moves().end(), [&](const LatticeMove &m) { return m.id == f.id; });
    return false;
}

void scheduleNotes(Context &ctx, const std::vector<Task> &tasks)
{
    const auto note = [&](const char *key, const std::string &lead) {
        if (const Figure *f = ctx.tpl.scheduleFigure(key); f && !f->note.empty()) {
            ctx.notes.push_back(lead + f->note);
            ctx.sourceIds.insert(f->sourceId);
        }
    };
    const bool hasStudy = std::any_of(tasks.begin(), tasks.end(), [](const Task &t) { return t.id.rfind("study-", 0) == 0; });
    if (hasStudy && ctx.study && !ctx.study->hours.note.empty()) {
        ctx.notes.push_back("Study hours: " + ctx.study->hours.note + " (" + std::string(statusId(ctx.kb.statusOf(ctx.study->hours.sourceId))) + ")");
        ctx.sourceIds.insert(ctx.study->hours.sourceId);
    }
    if (hasStudy && ctx.input.hoursPerWeek > ctx.tpl.scheduleValue("max_study_hours_per_week", 40))
        note("max_study_hours_per_week", "Study is planned at no more than " + ctx.vars["max_study_hours"] + " hours a week: ");
    if (std::any_of(tasks.begin(), tasks.end(), [](const Task &t) { return t.id == "first-job"; }))
        note("job_search_days", "First-job date: ");
    note("effort_estimates", "Effort: ");
}

} // namespace

PlanResult makePlan(const PlanInput &input, const KnowledgeBase &kb, const lattice::Lattice &lattice, const Clock &clock)
{
    PlanResult result;
    const TemplateSet &tpl = templates();
    if (std::string error = checkInput(input, kb, tpl); !error.empty()) {
        result.error = std::move(error);
        return result;
    }
    Context ctx(kb, lattice, tpl, input);
    ctx.input.funding.erase(std::remove(ctx.input.funding.begin(), ctx.input.funding.end(), "none"), ctx.input.funding.end());
    ctx.persona = persona(input.persona);
    ctx.role = kb.role(input.targetRole);
    if (std::string error = chooseRoute(ctx); !error.empty()) {
        result.error = std::move(error);
        return result;
    }
    fillVariables(ctx);
    Plan &plan = result.plan;
    plan.input = input;
    plan.generatedOn = clock();
    plan.tasks = Builder(ctx).run();
    scheduleNotes(ctx, plan.tasks);

    plan.title = cat(ctx.persona->name, " → ", ctx.role->shortName.empty() ? ctx.role->name : ctx.role->shortName, ", from ",
                     readableDate(input.start));
    std::string steps;
    for (const auto &s : ctx.remaining) {
        if (!steps.empty())
            steps += " → ";
        steps += s.move->name;
    }
    if (steps.empty()) {
        plan.routeSummary = cat("You already have what the ", ctx.role->name, " route asks for: the plan is the job search.");
    } else {
        const std::string &label = ctx.route.label;
        const std::string lead = label.rfind("alternative ", 0) == 0 ? cat("Alternative route ", label.substr(12)) : cat("The ", label, " route");
        plan.routeSummary = ctx.heldCert ? cat("With your ", ctx.heldCert->abbr, " the route goes on: ", steps, ".")
                                         : cat(lead, " from ", ctx.remaining.front().from->name, ": ", steps, ".");
    }
    plan.routeCostMinUsd = ctx.costMin;
    plan.routeCostMaxUsd = ctx.costMax;
    plan.budgetCovers = !ctx.budgetShort;
    plan.notes = ctx.notes;

    std::set<std::string> sourceIds = ctx.sourceIds;
    for (auto &t : plan.tasks) {
        t.facts.erase(std::remove_if(t.facts.begin(), t.facts.end(), [&](const FactLink &f) { return !factExists(kb, lattice, f); }),
                      t.facts.end());
        for (const auto &f : t.facts)
            addSources(kb, lattice, f, sourceIds);
    }
    for (const auto &id : sourceIds)
        if (const Source *s = kb.source(id))
            plan.sources.push_back({s->id, kb.citation(s->id), s->url, std::string(statusId(s->status))});
    return result;
}

} // namespace hp::plan
