#include "plan/plan_pdf.h"

#include "io/text.h"
#include "plan/plan_export.h"
#include "report/pdf_canvas.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hp::plan {

namespace {

using report::Canvas;
using report::Color;

constexpr double kMargin = 40;
constexpr double kFooterSpace = 28;
constexpr double kDateColumn = 62;
constexpr double kEffortColumn = 34;
constexpr int kMaxPages = 3;
constexpr Color kText{0x22, 0x22, 0x22};
constexpr Color kMuted{0x66, 0x66, 0x66};
constexpr Color kRule{0xBB, 0xBB, 0xBB};
constexpr Color kShade{0xE8, 0xEE, 0xF4};
constexpr Color kWarn{0x9A, 0x3B, 0x00};

// How much of each text the layout keeps: denser levels drop detail until the plan fits.
struct Density {
    int detailLines, reasonLines, noteLines, sourceLines;
};
constexpr Density kDensities[] = {{3, 2, 3, 2}, {2, 1, 2, 1}, {1, 0, 2, 1}, {0, 0, 1, 1}};

// Forwards drawing to the real canvas only on the page being drawn, so one layout routine both
// measures (draws nothing) and draws any single page or all of them.
class PageCanvas : public Canvas {
public:
    static constexpr int kNone = -2, kAll = -1;
    PageCanvas(const Canvas &measure, Canvas *draw, int wanted) : m_measure(measure), m_draw(draw), m_wanted(wanted) {}

    double pageWidth() const override { return m_measure.pageWidth(); }
    double pageHeight() const override { return m_measure.pageHeight(); }
    double textWidth(std::string_view s, double size, bool bold) const override { return m_measure.textWidth(s, size, bold); }
    void text(double x, double y, std::string_view s, double size, bool bold, Color c) override
    {
        if (on())
            m_draw->text(x, y, s, size, bold, c);
    }
    void fillRect(double x, double y, double w, double h, Color c) override
    {
        if (on())
            m_draw->fillRect(x, y, w, h, c);
    }
    void line(double x1, double y1, double x2, double y2, double w, Color c) override
    {
        if (on())
            m_draw->line(x1, y1, x2, y2, w, c);
    }
    int page = 0;

private:
    bool on() const { return m_draw && (m_wanted == kAll || m_wanted == page); }
    const Canvas &m_measure;
    Canvas *m_draw;
    int m_wanted;
};

std::string hours(double h)
{
    std::ostringstream s;
    s << h;
    return s.str() + " h";
}

bool isStudy(const Task &t)
{
    return t.id.rfind("study-", 0) == 0;
}

class Layout {
public:
    Layout(const Plan &plan, PageCanvas &cv, Density d, int totalPages, const std::function<void()> &breakPage)
        : m_plan(plan), m_cv(cv), m_d(d), m_total(totalPages), m_break(breakPage), m_width(cv.pageWidth() - 2 * kMargin)
    {
    }

    int run()
    {
        m_y = kMargin;
        header();
        for (int phase = 1; phase <= 4; ++phase)
            phaseBlock(phase);
        sources();
        footer();
        return m_cv.page + 1;
    }

private:
    double bottom() const { return m_cv.pageHeight() - kFooterSpace; }

    void need(double h)
    {
        if (m_y + h <= bottom() || m_y <= kMargin + 0.5)
            return;
        footer();
        ++m_cv.page;
        if (m_break)
            m_break();
        m_y = kMargin;
    }

    void footer()
    {
        const double y = m_cv.pageHeight() - 18;
        m_cv.line(kMargin, y - 9, kMargin + m_width, y - 9, 0.4, kRule);
        std::string left = "HealthPath plan, made " + readableDate(m_plan.generatedOn) + ". Fees and rules change: check each figure with its source.";
        std::string right = "page " + std::to_string(m_cv.page + 1) + " of " + std::to_string(std::max(m_total, m_cv.page + 1));
        m_cv.text(kMargin, y, left, 6.5, false, kMuted);
        m_cv.text(kMargin + m_width - m_cv.textWidth(right, 6.5, false), y, right, 6.5, false, kMuted);
    }

    void paragraph(const std::string &s, double size, bool bold, Color c, int maxLines, double indent = 0, double lead = 0)
    {
        if (maxLines <= 0)
            return;
        lead = lead > 0 ? lead : size * 1.25;
        for (const auto &l : report::wrapText(m_cv, s, size, bold, m_width - indent, maxLines)) {
            need(lead);
            m_cv.text(kMargin + indent, m_y + size, l, size, bold, c);
            m_y += lead;
        }
    }

    void header()
    {
        paragraph(m_plan.title, 15, true, kText, 2, 0, 18);
        m_y += 2;
        paragraph(inputSummary(m_plan), 8, false, kMuted, 2);
        paragraph(m_plan.routeSummary, 8, false, kText, 3);
        if (m_plan.routeCostMinUsd) {
            const double lo = *m_plan.routeCostMinUsd, hi = m_plan.routeCostMaxUsd.value_or(lo);
            std::string cost = "Route cost: " + (lo == hi ? text::money(lo) : text::money(lo) + "–" + text::money(hi));
            cost += m_plan.budgetCovers ? "" : ". Your budget does not cover it; see the notes.";
            paragraph(cost, 8, true, m_plan.budgetCovers ? kText : kWarn, 2);
        }
        m_y += 3;
        for (const auto &n : m_plan.notes)
            paragraph("• " + n, 7, false, kMuted, m_d.noteLines, 4);
        m_y += 6;
    }

    double rowHeight(const Task &t, std::vector<std::string> &title, std::vector<std::string> &detail, std::vector<std::string> &reason)
    {
        const double textX = kDateColumn + 12;
        title = report::wrapText(m_cv, t.title, 8.5, true, m_width - textX - kEffortColumn, 2);
        detail.clear();
        reason.clear();
        if (!isStudy(t)) {
            detail = report::wrapText(m_cv, t.detail, 7.5, false, m_width - textX, m_d.detailLines);
            if (m_d.reasonLines > 0)
                reason = report::wrapText(m_cv, "Why: " + t.reason, 7, false, m_width - textX, m_d.reasonLines);
        }
        if (m_d.detailLines == 0)
            detail.clear();
        return 10.5 * static_cast<double>(title.size()) + 9 * static_cast<double>(detail.size()) + 8.5 * static_cast<double>(reason.size()) + 3.5;
    }

    void phaseBlock(int phase)
    {
        std::vector<const Task *> tasks;
        double effort = 0;
        for (const auto &t : m_plan.tasks)
            if (t.phase == phase) {
                tasks.push_back(&t);
                effort += t.effortHours;
            }
        if (tasks.empty())
            return;
        std::vector<std::string> title, detail, reason;
        need(20 + rowHeight(*tasks.front(), title, detail, reason));
        m_cv.fillRect(kMargin, m_y, m_width, 15, kShade);
        m_cv.text(kMargin + 4, m_y + 11, phaseHeading(m_plan, phase), 9.5, true, kText);
        const std::string count = std::to_string(tasks.size()) + " tasks · about " + hours(std::round(effort));
        m_cv.text(kMargin + m_width - 4 - m_cv.textWidth(count, 7.5, false), m_y + 10.5, count, 7.5, false, kMuted);
        m_y += 19;
        for (const Task *t : tasks)
            row(*t);
        m_y += 4;
    }

    void row(const Task &t)
    {
        std::vector<std::string> title, detail, reason;
        const double h = rowHeight(t, title, detail, reason);
        need(h);
        const double x = kMargin, textX = kMargin + kDateColumn + 12;
        // Check box, crossed when done.
        const double bx = x + 1, by = m_y + 2, s = 7;
        m_cv.line(bx, by, bx + s, by, 0.6, kText);
        m_cv.line(bx + s, by, bx + s, by + s, 0.6, kText);
        m_cv.line(bx + s, by + s, bx, by + s, 0.6, kText);
        m_cv.line(bx, by + s, bx, by, 0.6, kText);
        if (t.done) {
            m_cv.line(bx + 1.5, by + 3.5, bx + 3, by + 5.5, 1, kText);
            m_cv.line(bx + 3, by + 5.5, bx + 6, by + 1.5, 1, kText);
        }
        std::string date = readableDate(t.due);
        date = date.substr(0, date.rfind(' ')); // "Tue 5 Jan"
        m_cv.text(x + 12, m_y + 8.5, date, 7.5, false, kMuted);
        double y = m_y;
        for (const auto &l : title) {
            m_cv.text(textX, y + 8.5, l, 8.5, true, t.done ? kMuted : kText);
            y += 10.5;
        }
        if (t.effortHours > 0) {
            const std::string e = hours(t.effortHours);
            m_cv.text(x + m_width - m_cv.textWidth(e, 7.5, false), m_y + 8.5, e, 7.5, false, kMuted);
        }
        for (const auto &l : detail) {
            m_cv.text(textX, y + 7.5, l, 7.5, false, kText);
            y += 9;
        }
        for (const auto &l : reason) {
            m_cv.text(textX, y + 7, l, 7, false, kMuted);
            y += 8.5;
        }
        m_y += h;
    }

    void sources()
    {
        if (m_plan.sources.empty())
            return;
        m_y += 4;
        need(24);
        m_cv.line(kMargin, m_y, kMargin + m_width, m_y, 0.4, kRule);
        m_y += 4;
        paragraph("Sources", 8.5, true, kText, 1);
        for (const auto &s : m_plan.sources)
            paragraph("• " + s.citation + (s.url.empty() ? "" : " " + s.url), 6.5, false, kMuted, m_d.sourceLines, 0, 8);
    }

    const Plan &m_plan;
    PageCanvas &m_cv;
    Density m_d;
    int m_total;
    const std::function<void()> &m_break;
    double m_width;
    double m_y = kMargin;
};

// The least dense layout that fits in three pages (the densest when none does), and its pages.
std::pair<Density, int> chooseDensity(const Plan &plan, const Canvas &canvas)
{
    const std::function<void()> none;
    std::pair<Density, int> best{kDensities[0], 0};
    for (const Density &d : kDensities) {
        PageCanvas measure(canvas, nullptr, PageCanvas::kNone);
        best = {d, Layout(plan, measure, d, 0, none).run()};
        if (best.second <= kMaxPages)
            break;
    }
    return best;
}

} // namespace

int planPageCount(const Plan &plan, const Canvas &canvas)
{
    return chooseDensity(plan, canvas).second;
}

void drawPlanPage(const Plan &plan, Canvas &canvas, int page)
{
    const auto [density, pages] = chooseDensity(plan, canvas);
    PageCanvas filter(canvas, &canvas, page);
    const std::function<void()> none;
    Layout(plan, filter, density, pages, none).run();
}

int drawPlan(const Plan &plan, Canvas &canvas, const std::function<void()> &newPage)
{
    const auto [density, pages] = chooseDensity(plan, canvas);
    PageCanvas all(canvas, &canvas, PageCanvas::kAll);
    return Layout(plan, all, density, pages, newPage).run();
}

std::string planToPdf(const Plan &plan)
{
    report::PdfCanvas canvas("HealthPath plan: " + plan.title);
    drawPlan(plan, canvas, [&canvas] { canvas.newPage(); });
    std::string date = isoDate(plan.generatedOn);
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    return canvas.finish(date + "000000");
}

io::WriteResult writePlanPdf(const Plan &plan, const std::string &path)
{
    return io::writeFileAtomically(path, planToPdf(plan));
}

} // namespace hp::plan
