#pragma once
// How a list model goes from its rows to new ones with inserts and removes instead of a reset, so
// the selection and the scroll position survive a reload. Rows are matched by a unique id:
//
//   old  A B C D        1. remove the rows whose id is gone (B), last first
//   new  A C E D F      2. if what is left (A C D) is in the new order, insert the new ids
//                          (E at 2, F at 4) in increasing order; otherwise (a rename moved a
//                          row) reset
//
// The model then takes the new rows and reports every row as changed (their text may differ).

#include <QVector>

#include <algorithm>
#include <set>

namespace hp::ui::rowdiff {

struct Range {
    int first = 0, last = 0;
};

struct Plan {
    bool reset = false;
    QVector<Range> removes; // apply in this order (highest rows first)
    QVector<Range> inserts; // apply in this order (lowest rows first), rows in the new list
};

template <typename Id>
Plan plan(const QVector<Id> &before, const QVector<Id> &after)
{
    Plan p;
    const std::set<Id> wanted(after.begin(), after.end());
    for (int row = before.size() - 1; row >= 0; --row) {
        if (wanted.count(before[row]))
            continue;
        if (!p.removes.isEmpty() && p.removes.back().first == row + 1)
            p.removes.back().first = row;
        else
            p.removes.push_back({row, row});
    }
    QVector<Id> kept;
    for (const Id &id : before)
        if (wanted.count(id))
            kept.push_back(id);
    int k = 0;
    for (int row = 0; row < after.size(); ++row) {
        if (k < kept.size() && kept[k] == after[row]) {
            ++k;
            continue;
        }
        if (std::find(kept.begin() + k, kept.end(), after[row]) != kept.end()) {
            p.reset = true; // a kept row moved
            return p;
        }
        if (!p.inserts.isEmpty() && p.inserts.back().last == row - 1)
            p.inserts.back().last = row;
        else
            p.inserts.push_back({row, row});
    }
    if (k != kept.size())
        p.reset = true;
    return p;
}

} // namespace hp::ui::rowdiff
