#pragma once
// The week grid a plan is scheduled on. Week 0 is days 1–7 of the plan, week 1 days 8–14, …; each
// week holds at most the person's hours. Tasks are placed first-fit: in the week of their date if
// it has room for their effort, else the same weekday of the first later week that has. Study fills
// what the tasks leave, in weekly blocks, so no week's scheduled hours exceed what was given.
//
//   week:    0        1        2        3    …
//   tasks:  [3h]     [1h]     [  ]     [2h]
//   study:  [5h]     [7h]     [8h]     [6h]      (capacity 8 h a week)

#include "plan/dates.h"

#include <map>
#include <vector>

namespace hp::plan {

class Scheduler {
public:
    Scheduler(Date start, double hoursPerWeek) : m_start(start), m_capacity(hoursPerWeek) {}

    int weekOf(Date d) const;
    Date weekEnd(int week) const; // last day of the week
    double used(int week) const;

    // Reserves `effort` hours and returns the due date: `earliest` (never before the start) or the
    // same weekday of the first later week with room. A task larger than a week goes where it is.
    Date place(Date earliest, double effort);

    struct Block {
        int week = 0;
        double hours = 0;
        Date due; // the week's last day
    };
    // Blocks for `totalHours` of study from the week of `from`, each at most `maxPerWeek` and what
    // the week has left, rounded down to half hours; weeks with less than `minBlock` left are
    // skipped. Does not reserve anything; commit() does.
    std::vector<Block> study(Date from, double totalHours, double maxPerWeek, double minBlock) const;
    void commit(const std::vector<Block> &blocks);

private:
    Date m_start;
    double m_capacity;
    std::map<int, double> m_used;
};

} // namespace hp::plan
