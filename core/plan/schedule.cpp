#include "plan/schedule.h"

#include <algorithm>
#include <cmath>

namespace hp::plan {

namespace {
constexpr double kSlack = 1e-9;
constexpr int kLookAheadWeeks = 26;
// A plan's study never runs past this many weeks (a safety net; input checks keep plans far shorter).
constexpr int kMaxStudyWeeks = 520;
} // namespace

int Scheduler::weekOf(Date d) const
{
    return std::max(0, daysBetween(m_start, d)) / 7;
}

Date Scheduler::weekEnd(int week) const
{
    return addDays(m_start, week * 7 + 6);
}

double Scheduler::used(int week) const
{
    const auto it = m_used.find(week);
    return it == m_used.end() ? 0 : it->second;
}

Date Scheduler::place(Date earliest, double effort)
{
    if (daysBetween(m_start, earliest) < 0)
        earliest = m_start;
    const int first = weekOf(earliest);
    for (int w = first; w < first + kLookAheadWeeks; ++w)
        if (used(w) + effort <= m_capacity + kSlack) {
            m_used[w] += effort;
            return addDays(earliest, (w - first) * 7);
        }
    m_used[first] += effort;
    return earliest;
}

std::vector<Scheduler::Block> Scheduler::study(Date from, double totalHours, double maxPerWeek, double minBlock) const
{
    std::vector<Block> blocks;
    double left = totalHours;
    for (int w = weekOf(from); left > kSlack && w < weekOf(from) + kMaxStudyWeeks; ++w) {
        double room = std::min(maxPerWeek, m_capacity - used(w));
        room = std::floor(room * 2 + kSlack) / 2; // half hours
        if (room < minBlock - kSlack && room < left - kSlack)
            continue;
        const double hours = std::min(room, left);
        if (hours <= kSlack)
            continue;
        blocks.push_back({w, hours, weekEnd(w)});
        left -= hours;
    }
    return blocks;
}

void Scheduler::commit(const std::vector<Block> &blocks)
{
    for (const auto &b : blocks)
        m_used[b.week] += b.hours;
}

} // namespace hp::plan
