// PlanView: the selected task's details, the printable document and the exports.
#include "views/plan_view.h"

#include "lattice/lattice.h"
#include "models/plan_task_model.h"
#include "refdata/knowledge_base.h"
#include "plan/plan_export.h"
#include "report/html.h"
#include "report/plan_pdf_export.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>

namespace hp::ui {

namespace {

QString dateText(plan::Date d)
{
    return QLocale().toString(toQDate(d), QLocale::LongFormat);
}

QString effortText(double hours)
{
    if (hours <= 0)
        return {};
    return PlanView::tr("about %1 h").arg(QString::number(hours, 'g', 3));
}

} // namespace

QString PlanView::factsHtml(const plan::Task &task) const
{
    QStringList items;
    for (const plan::FactLink &f : task.facts) {
        if (f.kind == "role") {
            if (const Role *r = m_kb.role(f.id))
                items << tr("Role: %1").arg(html::esc(r->name));
        } else if (f.kind == "certification") {
            if (const Certification *c = m_kb.certification(f.id)) {
                QString s = tr("Certification: %1 (%2), %3").arg(html::esc(c->abbr), html::esc(c->body),
                                                                  html::esc(c->name));
                if (c->fee.present())
                    s += tr("; fee %1").arg(html::range(m_kb, c->fee, {}, true));
                items << s;
            }
        } else if (f.kind == "education") {
            if (const EducationPath *e = m_kb.educationPath(f.id)) {
                QString s = tr("Education: %1").arg(html::esc(e->name));
                if (e->durationMonths.present())
                    s += tr("; %1").arg(html::range(m_kb, e->durationMonths, tr("months"), false));
                if (e->costUsd.present())
                    s += tr("; %1").arg(html::range(m_kb, e->costUsd, {}, true));
                items << s;
            }
        } else if (f.kind == "source") {
            items << html::esc(m_kb.citation(f.id));
        } else if (f.kind == "move") {
            for (const LatticeMove &m : m_lattice->moves())
                if (m.id == f.id) {
                    QString s = tr("Career step: %1").arg(html::esc(m.name));
                    if (m.months.present())
                        s += tr("; %1").arg(html::range(m_kb, m.months, tr("months"), false));
                    items << s;
                    break;
                }
        }
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p><ul><li>%2</li></ul>")
        .arg(tr("What this relies on"), items.join(QStringLiteral("</li><li>")));
}

void PlanView::showTask()
{
    const plan::Task *t = m_model->task(m_tree->currentIndex());
    if (!t) {
        // No task selected: what the plan assumes, so nobody misses it.
        QString out;
        if (m_plan) {
            out = QStringLiteral("<h3>%1</h3>").arg(tr("About this plan"));
            out += html::list(m_plan->notes);
            out += QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a task to see what to do, why it matters for you "
                                                            "and the facts it relies on. Press Space to check it off."));
        }
        m_detail->setHtml(out);
        return;
    }
    QString out = QStringLiteral("<h3>%1</h3>").arg(html::esc(t->title));
    QString when = tr("Due %1").arg(dateText(t->due));
    if (const QString effort = effortText(t->effortHours); !effort.isEmpty())
        when += QStringLiteral(" · ") + effort;
    if (t->done)
        when += QStringLiteral(" · ") + (t->doneOn ? tr("done on %1").arg(dateText(*t->doneOn)) : tr("done"));
    else if (plan::isOverdue(*t, today()))
        when += QStringLiteral(" · <span style='color:#b01c1c'><b>%1</b></span>").arg(tr("overdue"));
    out += QStringLiteral("<p>%1</p>").arg(when);
    out += QStringLiteral("<p>%1</p>").arg(html::esc(t->detail));
    if (!t->reason.empty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:"), html::esc(t->reason));
    out += factsHtml(*t);
    m_detail->setHtml(out);
}

std::unique_ptr<QTextDocument> PlanView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    if (!m_plan) {
        doc->setHtml(QStringLiteral("<h1>%1</h1><p>%2</p>").arg(title(), tr("No plan has been made yet.")));
        return doc;
    }
    const plan::Date now = today();
    QString out = QStringLiteral("<h1>%1</h1>").arg(html::esc(m_plan->title));
    out += QStringLiteral("<p>%1</p>").arg(html::esc(m_plan->routeSummary));
    if (!m_plan->notes.empty()) {
        std::vector<std::string> notes = m_plan->notes;
        out += html::list(notes);
    }
    for (int phase = 1; phase <= 4; ++phase) {
        QString rows;
        for (const plan::Task &t : m_plan->tasks) {
            if (t.phase != phase)
                continue;
            const QString status = t.done ? tr("done") : (plan::isOverdue(t, now) ? tr("overdue") : QString());
            rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br/>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(QLocale().toString(toQDate(t.due), QLocale::ShortFormat), html::esc(t.title),
                             html::esc(t.detail), effortText(t.effortHours), status);
        }
        if (rows.isEmpty())
            continue;
        out += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                              "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table>")
                   .arg(phaseTitle(phase), tr("Due"), tr("Task"), tr("Effort"), tr("Status"), rows);
    }
    out += QStringLiteral("<p><i>%1</i></p>").arg(tr("Made with HealthPath on %1. Fees, rules and dates change; "
                                                    "check each figure with its source before paying for anything.")
                                                     .arg(dateText(m_plan->generatedOn)));
    doc->setHtml(out);
    return doc;
}

QString PlanView::exportTo(ExportFormat format, const QString &path) const
{
    if (!m_plan)
        return tr("There is no plan to export yet.");
    if (format == ExportFormat::Pdf)
        return writePlanPdf(*m_plan, path);
    plan::ExportFormat core = plan::ExportFormat::Csv;
    if (format == ExportFormat::ICalendar)
        core = plan::ExportFormat::Ics;
    else if (format == ExportFormat::Markdown)
        core = plan::ExportFormat::Markdown;
    const io::WriteResult result = plan::writePlanFile(*m_plan, core, QDir::toNativeSeparators(path).toStdString());
    return result.ok ? QString() : QString::fromStdString(result.error);
}

void PlanView::printPlan()
{
    if (m_plan)
        ui::printPlan(*m_plan, this);
}

void PlanView::chooseAndExport(ExportFormat format)
{
    QString title, suffix, filter;
    switch (format) {
    case ExportFormat::Pdf:
        title = tr("Save plan as PDF"), suffix = QStringLiteral("pdf"), filter = tr("PDF documents (*.pdf)");
        break;
    case ExportFormat::ICalendar:
        title = tr("Save plan as a calendar"), suffix = QStringLiteral("ics"), filter = tr("iCalendar files (*.ics)");
        break;
    case ExportFormat::Csv:
        title = tr("Save plan as CSV"), suffix = QStringLiteral("csv"), filter = tr("CSV files (*.csv)");
        break;
    case ExportFormat::Markdown:
        title = tr("Save plan as Markdown"), suffix = QStringLiteral("md"), filter = tr("Markdown files (*.md)");
        break;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, title, dir + QStringLiteral("/HealthPath plan.") + suffix, filter);
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(format, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        setMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace hp::ui
