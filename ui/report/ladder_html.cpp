#include "report/ladder_html.h"

#include "report/html.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace hp::ui {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(Ladder)
};

QString years(const LadderLevel &lv)
{
    QLocale en(QLocale::English);
    if (lv.yearsMin && lv.yearsMax)
        return Text::tr("%1–%2 years").arg(en.toString(*lv.yearsMin)).arg(en.toString(*lv.yearsMax));
    if (lv.yearsMin)
        return Text::tr("%1+ years").arg(en.toString(*lv.yearsMin));
    return Text::tr("—");
}
} // namespace

QString ladderTableHtml(const KnowledgeBase &kb, const Ladder &ladder, int vintage, const std::string &currentLevel)
{
    const bool anyArticle = std::any_of(ladder.levels.begin(), ladder.levels.end(), [](const LadderLevel &l) { return l.article.has_value(); });
    QString out = QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr><th>%1</th><th>%2</th><th>%3</th>")
                      .arg(Text::tr("Level"), Text::tr("Experience"), Text::tr("BLS band, May %1").arg(vintage));
    if (anyArticle)
        out += QStringLiteral("<th>%1</th>").arg(Text::tr("Figure from an article"));
    out += QStringLiteral("</tr>");
    QStringList notes;
    for (const auto &lv : ladder.levels) {
        const bool here = lv.id == currentLevel;
        QString name = html::esc(lv.name);
        if (here)
            name = QStringLiteral("<b>▶ %1</b>").arg(name);
        QString bls = Text::tr("—");
        if (lv.bls) {
            if (const auto band = kb.blsBand(*lv.bls, vintage)) {
                bls = QStringLiteral("<span title='%1'>%2–%3</span> <small>(%4 %5–%6)</small>")
                          .arg(QString::fromStdString(kb.citation(band->sourceId)).toHtmlEscaped(), html::money(double(band->low)),
                               html::money(double(band->high)), html::esc(lv.bls->soc),
                               QString::fromUtf8(percentileId(lv.bls->low).data()), QString::fromUtf8(percentileId(lv.bls->high).data()));
            } else {
                bls = Text::tr("not published for May %1").arg(vintage);
            }
        }
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>").arg(name, years(lv), bls);
        if (anyArticle)
            out += QStringLiteral("<td>%1</td>").arg(lv.article ? html::range(kb, *lv.article, QString(), true) : Text::tr("—"));
        out += QStringLiteral("</tr>");
        if (lv.article && !notes.contains(QString::fromStdString(lv.article->sourceId)))
            notes << QString::fromStdString(lv.article->sourceId);
    }
    out += QStringLiteral("</table><p style='font-size:small'>%1").arg(
        Text::tr("BLS bands are percentiles of the named occupation's national wages (p10 = 10th percentile), not pay for a "
           "job title; they follow the vintage chosen above."));
    for (const QString &id : notes)
        out += QLatin1Char(' ') + Text::tr("Article figures: %1.").arg(QString::fromStdString(kb.citation(id.toStdString())).toHtmlEscaped());
    return out + QStringLiteral("</p>");
}

QString surveysHtml(const KnowledgeBase &kb)
{
    auto surveys = kb.data().surveys;
    std::stable_sort(surveys.begin(), surveys.end(), [](const SurveyFigure &a, const SurveyFigure &b) { return a.year > b.year; });
    QString out = QStringLiteral("<p>%1</p><table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
                                 "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                      .arg(Text::tr("Member surveys report what respondents say they earn. They are not comparable with the BLS "
                              "figures above and are never mixed into them."),
                           Text::tr("Year"), Text::tr("Survey"), Text::tr("Figure"), Text::tr("Amount"));
    int shown = 0;
    for (const auto &s : surveys) {
        if (shown++ == 8)
            break;
        out += QStringLiteral("<tr><td>%1</td><td>%2 — %3</td><td>%4</td><td align='right' title='%5'>%6%7</td></tr>")
                   .arg(s.year)
                   .arg(html::esc(s.publisher), html::esc(s.report), html::esc(s.label),
                        QString::fromStdString(kb.citation(s.sourceId)).toHtmlEscaped(), html::money(s.value),
                        html::statusBadge(kb.statusOf(s.sourceId)));
    }
    return out + QStringLiteral("</table>");
}

} // namespace hp::ui
