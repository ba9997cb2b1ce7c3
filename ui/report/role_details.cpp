#include "report/role_details.h"

#include "report/html.h"
#include "report/ladder_html.h"
#include "theme/family_palette.h"

#include <QCoreApplication>
#include <QLocale>

namespace hp::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(RoleDetails)
};

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>%2").arg(title.toHtmlEscaped(), body);
}

QString levelWord(const std::string &level)
{
    if (level == "low")
        return Text::tr("low");
    if (level == "moderate")
        return Text::tr("moderate");
    if (level == "high")
        return Text::tr("high");
    return QString::fromStdString(level);
}

QString names(const KnowledgeBase &kb, const std::vector<std::string> &ids, bool certs)
{
    QStringList out;
    for (const auto &id : ids) {
        if (certs) {
            if (const auto *c = kb.certification(id))
                out << QStringLiteral("<b>%1</b> (%2, %3)").arg(html::esc(c->abbr), html::esc(c->name), html::esc(c->body));
        } else if (const auto *r = kb.role(id)) {
            out << html::esc(r->name);
        }
    }
    return out.join(QStringLiteral(", "));
}

QString ladderPosition(const KnowledgeBase &kb, const Role &role, int vintage)
{
    const auto *ladder = kb.ladder(role.ladderId);
    if (!ladder)
        return {};
    return QStringLiteral("<p>%1</p>").arg(html::esc(ladder->name)) + ladderTableHtml(kb, *ladder, vintage, role.ladderLevel);
}

} // namespace

QString wageBandHtml(const KnowledgeBase &kb, const Role &role, int vintage)
{
    const auto *occ = role.primaryOccupation();
    if (!occ)
        return Text::tr("<p>No BLS occupation is mapped to this role.</p>");
    const auto *w = kb.wage(occ->soc, vintage);
    const auto *o = kb.occupation(occ->soc);
    QString out;
    const QString occName = o ? html::esc(o->title) : QString();
    if (!w)
        return QStringLiteral("<p>%1</p>").arg(Text::tr("BLS published no estimate for %1 (%2) in May %3.")
                                                   .arg(occName, html::esc(occ->soc)).arg(vintage));
    out += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                          "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr><tr>")
               .arg(Text::tr("10th percentile"), Text::tr("25th"), Text::tr("Median"), Text::tr("75th"), Text::tr("90th"), Text::tr("Mean"));
    for (Percentile p : {Percentile::P10, Percentile::P25, Percentile::Median, Percentile::P75, Percentile::P90})
        out += QStringLiteral("<td align='right'>%1</td>").arg(html::money(w->at(p), w->isTopCoded(p)));
    out += QStringLiteral("<td align='right'>%1</td></tr></table>").arg(html::money(w->meanAnnual));
    QLocale en(QLocale::English);
    out += QStringLiteral("<p>%1</p>")
               .arg(Text::tr("Annual wages of %1 (BLS %2), national, May %3; %4 people employed. %5")
                        .arg(occName, html::esc(occ->soc))
                        .arg(vintage)
                        .arg(w->employment ? en.toString(static_cast<qlonglong>(*w->employment)) : Text::tr("unknown number of"))
                        .arg(html::citation(kb, w->sourceId)));
    if (occ->lumped)
        out += QStringLiteral("<p><i>%1</i> %2</p>").arg(Text::tr("Shared code:"), html::esc(occ->explanation));
    if (const auto *p = kb.projection(occ->soc)) {
        out += QStringLiteral("<p>%1 %2</p>")
                   .arg(Text::tr("Outlook %1–%2: employment %3%4%, about %5 openings a year. Typical entry: %6.")
                            .arg(p->baseYear)
                            .arg(p->targetYear)
                            .arg(p->changePct >= 0 ? QStringLiteral("+") : QString())
                            .arg(en.toString(p->changePct, 'f', 1))
                            .arg(en.toString(qRound(p->openingsK * 1000)))
                            .arg(QString::fromStdString(p->entryEducation).toHtmlEscaped()),
                        html::citation(kb, p->sourceId));
    }
    return out;
}

QString roleDetailsHtml(const KnowledgeBase &kb, const Role &role, int vintage)
{
    QString out;
    out += QStringLiteral("<h2>%1</h2>").arg(html::esc(role.name));
    out += QStringLiteral("<p><span style='color:%1'>■</span> %2</p>")
               .arg(familyColor(role.family).name(), familyName(role.family).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(html::esc(role.summary));
    out += section(Text::tr("Pay (BLS)"), wageBandHtml(kb, role, vintage));
    out += section(Text::tr("A typical day"), html::list(role.typicalDay));
    out += section(Text::tr("Where people work"), html::list(role.settings));
    out += section(Text::tr("Getting in"),
                   QStringLiteral("<p>%1</p><p><b>%2</b> %3</p><p><b>%4</b> %5<br><b>%6</b> %7</p>")
                       .arg(html::esc(role.entryEducation),
                            Text::tr("Entry barrier (%1):").arg(levelWord(role.barrierLevel)).toHtmlEscaped(),
                            html::esc(role.barrierText), Text::tr("Time to a first job:"),
                            html::range(kb, role.entryTimeMonths, Text::tr("months"), false), Text::tr("Cost to get there:"),
                            html::range(kb, role.entryCostUsd, QString(), true)));
    out += section(Text::tr("Certifications employers value"), names(kb, role.certifications, true));
    out += section(Text::tr("Skills"), QStringLiteral("<p><b>%1</b></p>%2<p><b>%3</b></p>%4")
                                     .arg(Text::tr("Technical"), html::list(role.hardSkills), Text::tr("People and work habits"),
                                          html::list(role.softSkills)));
    out += section(Text::tr("Remote work"), QStringLiteral("<p>%1 — %2</p>").arg(levelWord(role.remoteLevel), html::esc(role.remoteNote)));
    out += section(Text::tr("Upsides"), html::list(role.pros));
    out += section(Text::tr("Downsides"), html::list(role.cons));
    out += section(Text::tr("Career ladder"), ladderPosition(kb, role, vintage));
    if (role.family == Family::Coder || role.family == Family::Auditor)
        out += section(Text::tr("Industry salary surveys (self-reported)"), surveysHtml(kb));
    out += section(Text::tr("Related roles"), names(kb, role.related, false));
    return out;
}

} // namespace hp::ui
