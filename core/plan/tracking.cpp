// Tracking a plan: progress per phase, overdue tasks, and re-planning from today.

#include "plan/plan.h"

#include <algorithm>

namespace hp::plan {

bool isOverdue(const Task &task, Date today)
{
    return !task.done && daysBetween(task.due, today) > 0;
}

std::vector<PhaseProgress> progress(const Plan &plan, Date today)
{
    std::vector<PhaseProgress> out;
    for (int phase = 1; phase <= 4; ++phase) {
        PhaseProgress p;
        p.phase = phase;
        for (const auto &t : plan.tasks) {
            if (t.phase != phase)
                continue;
            ++p.total;
            p.done += t.done ? 1 : 0;
            p.overdue += isOverdue(t, today) ? 1 : 0;
        }
        out.push_back(p);
    }
    return out;
}

// Every open task moves by the same number of days, so the plan keeps its shape (study blocks stay
// a week apart, the exam stays after the study); done tasks keep the dates they had. Phases stay
// as they were: a phase is a part of the plan, not a window on the calendar. Tasks are then put
// back in date order (stable, so tasks due the same day keep their order).
int replanFromToday(Plan &plan, Date today)
{
    int shift = 0;
    for (const auto &t : plan.tasks)
        if (isOverdue(t, today))
            shift = std::max(shift, daysBetween(t.due, today));
    if (shift == 0)
        return 0;
    for (auto &t : plan.tasks)
        if (!t.done)
            t.due = addDays(t.due, shift);
    std::stable_sort(plan.tasks.begin(), plan.tasks.end(), [](const Task &a, const Task &b) {
        const int d = daysBetween(b.due, a.due);
        return d != 0 ? d < 0 : a.phase < b.phase;
    });
    return shift;
}

} // namespace hp::plan
