// FitView's printout (File → Print / Export as PDF): the answers given, with the answers each
// question offers so a blank printout works as a paper questionnaire, and the ranking with its
// reasons and what would change it.

#include "views/fit_view.h"

#include "models/fit_ranking_model.h"
#include "refdata/knowledge_base.h"

#include <QTextDocument>

namespace hp::ui {

namespace {
QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}
} // namespace

std::unique_ptr<QTextDocument> FitView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(title().toHtmlEscaped(),
                            tr("%1 of %2 questions answered. The weights behind the scores are HealthPath's judgement, not a measurement.")
                                .arg(m_result.answered)
                                .arg(m_q.items.size())
                                .toHtmlEscaped());

    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Your answers"), tr("Question"), tr("Your answer"), tr("Answers to choose from"));
    for (const auto &item : m_q.items) {
        const auto given = m_answers.find(item.id);
        const fit::Choice *chosen = given == m_answers.end() ? nullptr : item.choice(given->second);
        QStringList offered;
        for (const auto &c : item.choices)
            offered << esc(c.label);
        html += QStringLiteral("<tr><td><b>%1</b><br><small>%2</small></td><td>%3</td><td><small>%4</small></td></tr>")
                    .arg(esc(item.label), esc(item.question),
                         chosen ? esc(chosen->label) : QStringLiteral("<i>%1</i>").arg(tr("not answered")),
                         offered.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("</table>");

    if (m_result.ranked.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The ranking of the roles appears once at least one question is answered.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                               "<tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(tr("Ranking"), tr("Role"), tr("Fit"), tr("Why"), tr("What would change the ranking"));
        for (const auto &fit : m_result.ranked) {
            QStringList why, changes;
            for (const auto &r : fit.why)
                why << fitReasonText(m_q, m_kb, fit.roleId, r).toHtmlEscaped();
            for (const auto &c : fit.changes)
                changes << fitChangeText(m_q, m_kb, fit.roleId, c).toHtmlEscaped();
            const Role *role = m_kb.role(fit.roleId);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><small>%4</small></td><td><small>%5</small></td></tr>")
                        .arg(fit.rank)
                        .arg(role ? esc(role->name) : esc(fit.roleId), QString::number(qRound(fit.score)),
                             why.join(QStringLiteral("<br>")), changes.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</table>");
        for (const auto &u : m_result.unscored)
            html += QStringLiteral("<p>%1</p>").arg(tr("%1 has no score: %2")
                                                        .arg(m_kb.role(u.roleId) ? QString::fromStdString(m_kb.role(u.roleId)->name)
                                                                                 : QString::fromStdString(u.roleId),
                                                             fitUnscoredText(u))
                                                        .toHtmlEscaped());
    }
    html += QStringLiteral("<p style='font-size:small'>%1</p>").arg(esc(m_kb.citation(m_q.sourceId)));
    doc->setHtml(html);
    return doc;
}

} // namespace hp::ui
