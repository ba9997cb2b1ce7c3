#include "compare/handout.h"

#include "io/text.h"

#include <algorithm>
#include <cmath>

namespace hp::compare {

namespace {

using report::Canvas;
using report::Color;

constexpr double kMargin = 36;
constexpr Color kText{0x22, 0x22, 0x22};
constexpr Color kMuted{0x66, 0x66, 0x66};
constexpr Color kRule{0xBB, 0xBB, 0xBB};
constexpr Color kShade{0xF2, 0xF2, 0xF2};

int maxLinesFor(RowId id)
{
    switch (id) {
    case RowId::Summary: return 4;
    case RowId::TypicalDay: return 4;
    case RowId::EntryBarrier: return 4;
    case RowId::Remote: return 3;
    case RowId::EntryEducation: return 3;
    case RowId::WageBand: return 3;
    case RowId::Outlook: return 3;
    default: return 2;
    }
}

std::string statusMark(const KnowledgeBase &kb, const Cell &cell)
{
    if (!cell.isFigure())
        return {};
    switch (kb.statusOf(cell.sourceId, cell.status)) {
    case Status::Unverified: return " [unverified]";
    case Status::Secondary: return " [secondary]";
    case Status::Editorial: return " [HealthPath judgement]";
    case Status::Verified: return {};
    }
    return {};
}

double drawTable(Canvas &cv, const KnowledgeBase &kb, const Comparison &c, double y)
{
    const double width = cv.pageWidth() - 2 * kMargin;
    const double labelWidth = 92;
    const double colWidth = (width - labelWidth) / static_cast<double>(c.roles.size());
    const double size = 7, lead = 8.4;
    // Header: role names on a band of their family colour.
    for (size_t i = 0; i < c.roles.size(); ++i) {
        const double x = kMargin + labelWidth + colWidth * static_cast<double>(i);
        cv.fillRect(x + 1, y, colWidth - 2, 4, report::parseHexColor(familyColorHex(c.roles[i]->family)));
        const auto lines = report::wrapText(cv, c.roles[i]->name, 8.5, true, colWidth - 6, 2);
        for (size_t l = 0; l < lines.size(); ++l)
            cv.text(x + 3, y + 14 + 10 * static_cast<double>(l), lines[l], 8.5, true, kText);
    }
    y += 36;
    bool shade = false;
    for (const Row &row : c.rows) {
        std::vector<std::vector<std::string>> cells;
        size_t lines = 1;
        for (const Cell &cell : row.cells) {
            cells.push_back(report::wrapText(cv, cell.text + statusMark(kb, cell), size, false, colWidth - 6, maxLinesFor(row.id)));
            lines = std::max(lines, cells.back().size());
        }
        const auto labelLines = report::wrapText(cv, row.label, size, true, labelWidth - 6, 3);
        lines = std::max(lines, labelLines.size());
        const double h = lead * static_cast<double>(lines) + 5;
        if (shade)
            cv.fillRect(kMargin, y, width, h, kShade);
        shade = !shade;
        for (size_t l = 0; l < labelLines.size(); ++l)
            cv.text(kMargin + 3, y + 9 + lead * static_cast<double>(l), labelLines[l], size, true, kText);
        for (size_t i = 0; i < cells.size(); ++i)
            for (size_t l = 0; l < cells[i].size(); ++l)
                cv.text(kMargin + labelWidth + colWidth * static_cast<double>(i) + 3, y + 9 + lead * static_cast<double>(l), cells[i][l],
                        size, false, kText);
        y += h;
    }
    cv.line(kMargin, y, kMargin + width, y, 0.5, kRule);
    return y;
}

double drawPayChart(Canvas &cv, const KnowledgeBase &kb, const Comparison &c, double y)
{
    const double width = cv.pageWidth() - 2 * kMargin;
    cv.text(kMargin, y + 12, "Pay range by role, May " + std::to_string(c.vintage) + " (national, BLS OEWS)", 10, true, kText);
    cv.text(kMargin, y + 23, "Line: 10th to 90th percentile. Box: 25th to 75th. Mark: median. Annual US dollars.", 7, false, kMuted);
    y += 32;
    long top = 0;
    for (const Role *r : c.roles)
        if (const WageEstimate *w = kb.roleWage(*r, c.vintage))
            for (Percentile p : {Percentile::P90, Percentile::P75, Percentile::Median})
                if (auto v = w->at(p))
                    top = std::max(top, *v);
    const double step = top > 150000 ? 50000 : top > 60000 ? 20000 : 10000;
    const double axisMax = std::max(step, std::ceil(static_cast<double>(top) / step) * step);
    const double labelWidth = 120;
    const double plotX = kMargin + labelWidth, plotW = width - labelWidth - 10;
    auto xOf = [&](double v) { return plotX + plotW * v / axisMax; };
    const double rowH = 22;
    for (double t = 0; t <= axisMax + 1; t += step) {
        cv.line(xOf(t), y, xOf(t), y + rowH * static_cast<double>(c.roles.size()), 0.3, kRule);
        std::string label = text::thousands(std::lround(t / 1000));
        label.insert(label.begin(), '$');
        label.push_back('k');
        cv.text(xOf(t) - cv.textWidth(label, 7, false) / 2, y + rowH * static_cast<double>(c.roles.size()) + 9, label, 7, false, kMuted);
    }
    for (size_t i = 0; i < c.roles.size(); ++i) {
        const Role &r = *c.roles[i];
        const double cy = y + rowH * static_cast<double>(i) + rowH / 2;
        const std::string name = r.shortName.empty() ? r.name : r.shortName;
        cv.text(kMargin, cy + 3, name, 8, true, kText);
        const WageEstimate *w = kb.roleWage(r, c.vintage);
        if (!w)
            continue;
        const Color colour = report::parseHexColor(familyColorHex(r.family));
        if (w->p10 && w->p90)
            cv.line(xOf(static_cast<double>(*w->p10)), cy, xOf(static_cast<double>(*w->p90)), cy, 1.2, colour);
        if (w->p25 && w->p75)
            cv.fillRect(xOf(static_cast<double>(*w->p25)), cy - 6, xOf(static_cast<double>(*w->p75)) - xOf(static_cast<double>(*w->p25)), 12, colour);
        if (w->median) {
            const double mx = xOf(static_cast<double>(*w->median));
            cv.fillRect(mx - 1.2, cy - 8, 2.4, 16, kText);
            const std::string m = text::money(static_cast<double>(*w->median));
            cv.text(std::min(mx + 4, plotX + plotW - cv.textWidth(m, 7, true)), cy - 8, m, 7, true, kText);
        }
    }
    return y + rowH * static_cast<double>(c.roles.size()) + 16;
}

double drawSources(Canvas &cv, const KnowledgeBase &kb, const Comparison &c, double y)
{
    const double width = cv.pageWidth() - 2 * kMargin;
    cv.text(kMargin, y + 9, "Sources", 8.5, true, kText);
    y += 13;
    for (const auto &id : c.sourceIds()) {
        const Source *s = kb.source(id);
        std::string line = "• " + kb.citation(id);
        if (s && !s->url.empty())
            line += " " + s->url;
        for (const auto &l : report::wrapText(cv, line, 6.5, false, width, 2)) {
            cv.text(kMargin, y + 7, l, 6.5, false, kMuted);
            y += 8;
        }
    }
    const std::string note = "BLS publishes no separate figures for most of these roles: a role's pay is that of its BLS "
                             "occupation, shared with other jobs. Ranges marked typical come from school or vendor pages. "
                             "Check fees and rules with the issuer before you pay.";
    for (const auto &l : report::wrapText(cv, note, 6.5, false, width, 3)) {
        cv.text(kMargin, y + 9, l, 6.5, false, kMuted);
        y += 8;
    }
    return y + 4;
}

} // namespace

double drawHandout(Canvas &cv, const KnowledgeBase &kb, const Comparison &c, const std::string &generated)
{
    double y = kMargin;
    std::string names;
    for (const Role *r : c.roles)
        names += (names.empty() ? "" : " · ") + (r->shortName.empty() ? r->name : r->shortName);
    for (const auto &l : report::wrapText(cv, "Comparing " + names, 15, true, cv.pageWidth() - 2 * kMargin, 2)) {
        cv.text(kMargin, y + 14, l, 15, true, kText);
        y += 18;
    }
    cv.text(kMargin, y + 8, "HealthPath handout · wage data BLS OEWS national estimates, May " + std::to_string(c.vintage) + " · generated " + generated, 7.5,
            false, kMuted);
    y += 16;
    y = drawTable(cv, kb, c, y);
    y = drawPayChart(cv, kb, c, y + 10);
    return drawSources(cv, kb, c, y);
}

} // namespace hp::compare
