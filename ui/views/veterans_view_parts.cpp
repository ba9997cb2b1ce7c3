// VeteransView's text: the summary line, the HTML of the role pane and the résumé pane, the no-match answer, the
// printout (File → Print / Export as PDF) and the command-line arguments.

#include "views/veterans_view.h"

#include "models/veteran_match_model.h"
#include "models/veteran_occupation_model.h"
#include "refdata/knowledge_base.h"
#include "report/html.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTextDocument>

namespace hp::ui {

namespace {

using html::esc;

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString section(const QString &title)
{
    return QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString small(const QString &html)
{
    return QStringLiteral("<p style='color:#555'><small>%1</small></p>").arg(html);
}

} // namespace

QString VeteransView::introHtml() const
{
    if (!m_loadError.isEmpty())
        return paragraph(m_loadError) + paragraph(tr("The rest of HealthPath works without it: the Career paths view starts from "
                                                     "military service too."));
    return tr("<p>Type your military occupation code above: an Army or Marine Corps MOS, a Navy or Coast Guard rating, "
              "an Air Force or Space Force AFSC, or an officer's area of concentration or designator. Several codes are "
              "fine, separated by commas, and so are words of a job title, such as <i>patient administration</i>.</p>"
              "<ul><li><b>Direct</b> matches are civilian jobs doing the work you did.</li>"
              "<li><b>Adjacent</b> matches are one short step away.</li>"
              "<li><b>Stretch</b> matches use your experience but need more training.</li></ul>"
              "<p>Add your pay grade to see the level of job that fits your experience and what stands between you and it. "
              "For the role you select you also see funding such as the GI Bill, related credentials, and your duties "
              "in the words employers use.</p>");
}

void VeteransView::showSummary()
{
    QStringList parts;
    if (!m_loadError.isEmpty()) {
        parts << QStringLiteral("<b style='color:#b00020'>%1</b>").arg(m_loadError.toHtmlEscaped());
    } else if (queries().empty()) {
        parts << tr("Type one or more military occupation codes (MOS, rating, AFSC, designator) or words of a job title; "
                    "add your pay grade to see the level that fits.")
                     .toHtmlEscaped();
    } else {
        int direct = 0;
        for (const auto &m : m_result.roles)
            direct += m.kind == veterans::MatchKind::Direct ? 1 : 0;
        parts << tr("Occupations found: %1 · Roles that match: %2, direct: %3")
                     .arg(m_occupations->matchedCount())
                     .arg(m_result.roles.size())
                     .arg(direct);
        if (m_result.level)
            parts.last() += QStringLiteral(" · ") + tr("Your level: <b>%1</b> (%2)").arg(text(m_result.level->name).toHtmlEscaped(),
                                                                                      text(m_result.level->scope).toHtmlEscaped());
        for (const auto &s : m_result.notes)
            parts << QStringLiteral("<span style='color:#555'>%1</span>").arg(text(s).toHtmlEscaped());
        for (const auto &s : m_result.notFound)
            parts << QStringLiteral("<span style='color:#9e6a00'>%1</span>").arg(text(s).toHtmlEscaped());
        if (!m_result.noMatchExplanation.empty() && !m_result.roles.empty())
            parts << text(m_result.noMatchExplanation).toHtmlEscaped();
    }
    m_summary->setText(parts.join(QStringLiteral("<br>")));
}

QString VeteransView::noMatchHtml() const
{
    if (queries().empty() || !m_loadError.isEmpty())
        return introHtml();
    QString out;
    if (!m_result.noMatchExplanation.empty())
        out += paragraph(text(m_result.noMatchExplanation));
    for (const auto &s : m_result.notFound)
        out += paragraph(text(s));
    if (out.isEmpty())
        out += paragraph(tr("No civilian revenue-cycle role matches these codes."));
    // The sentences above are core's, the transferable-skills route included; this one is about the app.
    out += paragraph(tr("The Career paths view starts from military service and shows every route to these roles, with "
                        "months and costs; the Fit check ranks the roles by the work you would enjoy."));
    return out;
}

QString VeteransView::matchHtml(const veterans::RoleMatch &match) const
{
    QString out = QStringLiteral("<p><b style='color:%1'>%2</b> %3</p>")
                      .arg(matchKindColor(match.kind).name(), matchKindText(match.kind).toHtmlEscaped(),
                           matchKindExplanation(match.kind).toHtmlEscaped());
    out += section(tr("Why"));
    out += match.reasons.empty() ? paragraph(tr("The crosswalk links your codes to this role.")) : html::list(match.reasons);
    if (!match.fromCodes.empty()) {
        QStringList codes;
        for (const auto &c : match.fromCodes)
            codes << text(c);
        out += paragraph(tr("From your codes: %1").arg(codes.join(QStringLiteral(", "))));
    }
    out += section(tr("Your level"));
    if (match.levelId.empty()) {
        out += paragraph(m_result.level ? tr("HealthPath places no level of this role against your pay grade.")
                                        : tr("Choose your pay grade to see which level of this role fits your experience."));
    } else {
        QString level = matchLevelText(m_kb, match.levelId, m_result.level);
        if (m_result.level)
            level = tr("%1 — from your pay grade: %2, %3")
                        .arg(level, text(m_result.level->name), text(m_result.level->scope));
        out += paragraph(level);
    }
    if (!match.gaps.empty())
        out += paragraph(match.levelId.empty() ? tr("What stands between you and this role:") : tr("What stands between you and it:"))
            + html::list(match.gaps);
    else if (!match.levelId.empty())
        out += paragraph(tr("HealthPath knows of no gap between you and this level."));
    QStringList sources;
    for (const auto &id : match.sourceIds)
        sources << esc(m_kb.citation(id));
    if (!sources.isEmpty())
        out += small(tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
    return out;
}

QString VeteransView::credentialsHtml(const veterans::RoleMatch &match) const
{
    QString out = section(tr("Related credentials"));
    QStringList items;
    for (const auto &id : match.credentials) {
        const Certification *c = m_kb.certification(id);
        if (!c) {
            items << QStringLiteral("<li>%1</li>").arg(esc(id));
            continue;
        }
        QString item = QStringLiteral("<b>%1</b> — %2").arg(esc(c->abbr), esc(c->name));
        if (!c->body.empty())
            item += QStringLiteral(" (%1)").arg(esc(c->body));
        if (c->fee.present())
            item += QStringLiteral("<br>") + tr("Exam fee: %1").arg(html::range(m_kb, c->fee, {}, true));
        items << QStringLiteral("<li>%1</li>").arg(item);
    }
    out += items.isEmpty() ? paragraph(tr("HealthPath lists no credential for this role.")) : QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    return out;
}

QString VeteransView::fundingHtml(const std::string &roleId) const
{
    QString out = section(tr("Funding"));
    const auto items = m_vet ? m_vet->funding(roleId) : std::vector<veterans::FundingItem>{};
    if (items.empty())
        return out + paragraph(tr("HealthPath lists no funding for this role."));
    out += QStringLiteral("<ul>");
    for (const auto &f : items) {
        QString item = QStringLiteral("<b>%1</b>").arg(esc(f.title));
        if (!f.verified) {
            const bool secondary = f.status == "SECONDARY", editorial = f.status == "EDITORIAL";
            const QString marker = secondary   ? tr("secondary source — check before relying on it")
                                   : editorial ? tr("HealthPath's judgement — check before relying on it")
                                               : tr("unverified — check before relying on it");
            item += QStringLiteral(" <span style='color:%1'><b>[%2]</b></span>")
                        .arg(secondary || editorial ? QStringLiteral("#8a6d00") : QStringLiteral("#b00020"), marker.toHtmlEscaped());
        }
        item += QStringLiteral("<br>%1").arg(esc(f.text));
        if (!f.sourceId.empty())
            item += QStringLiteral("<br><small style='color:#555'>%1</small>").arg(esc(m_kb.citation(f.sourceId)));
        out += QStringLiteral("<li>%1</li>").arg(item);
    }
    return out + QStringLiteral("</ul>");
}

QString VeteransView::resumeHtml(const veterans::Resume &resume) const
{
    if (resume.lines.empty() && resume.keywords.empty())
        return paragraph(tr("HealthPath has no résumé language for this role yet."));
    QString out;
    if (!resume.lines.empty()) {
        out += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'><tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
                   .arg(tr("In your military record").toHtmlEscaped(), tr("In employers' words").toHtmlEscaped());
        for (const auto &l : resume.lines)
            out += QStringLiteral("<tr><td valign='top' style='color:#555'>%1</td><td valign='top'>%2</td></tr>").arg(esc(l.military), esc(l.civilian));
        out += QStringLiteral("</table>");
    }
    if (!resume.keywords.empty()) {
        QStringList words;
        for (const auto &k : resume.keywords)
            words << esc(k);
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Keywords employers search for:").toHtmlEscaped(), words.join(QStringLiteral(", ")));
    }
    return out;
}

QString VeteransView::inputsText() const
{
    const QString codes = m_codes->text().simplified();
    return tr("Codes: %1 · Branch: %2 · Pay grade: %3")
        .arg(codes.isEmpty() ? tr("none entered") : codes, m_branch->currentText(), m_grade->currentText());
}

std::unique_ptr<QTextDocument> VeteransView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString out = QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()) + paragraph(inputsText());
    if (m_result.level)
        out += paragraph(tr("Your level: %1 (%2)").arg(text(m_result.level->name), text(m_result.level->scope)));
    if (queries().empty() || !m_loadError.isEmpty()) {
        out += introHtml();
    } else {
        if (m_occupations->rowCount() > 0) {
            out += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>").arg(tr("Occupations found").toHtmlEscaped());
            for (int c = 0; c < VeteranOccupationModel::ColumnCount; ++c)
                out += QStringLiteral("<th>%1</th>").arg(m_occupations->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
            out += QStringLiteral("</tr>");
            for (int r = 0; r < m_occupations->rowCount(); ++r) {
                out += QStringLiteral("<tr>");
                for (int c = 0; c < VeteranOccupationModel::ColumnCount; ++c)
                    out += QStringLiteral("<td>%1</td>").arg(m_occupations->index(r, c).data().toString().toHtmlEscaped());
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>");
        }
        if (m_result.roles.empty()) {
            out += noMatchHtml();
        } else {
            for (const auto &s : m_result.notFound)
                out += paragraph(text(s));
            out += QStringLiteral("<h3>%1</h3>").arg(tr("Role matches").toHtmlEscaped());
            for (const auto &m : m_result.roles) {
                const Role *role = m_kb.role(m.roleId);
                out += QStringLiteral("<h4>%1</h4>").arg(tr("%1 — %2 match").arg(role ? text(role->name) : text(m.roleId), matchKindText(m.kind).toLower()).toHtmlEscaped());
                out += matchHtml(m).replace(QStringLiteral("<h4>"), QStringLiteral("<h5>")).replace(QStringLiteral("</h4>"), QStringLiteral("</h5>"));
            }
            const veterans::RoleMatch *selected = m_matches->matchAt(m_matchTable->currentIndex().row());
            if (selected) {
                const Role *role = m_kb.role(selected->roleId);
                out += QStringLiteral("<h3>%1</h3>").arg(tr("For %1").arg(role ? text(role->name) : text(selected->roleId)).toHtmlEscaped());
                out += credentialsHtml(*selected) + fundingHtml(selected->roleId);
                out += section(tr("Résumé language")) + resumeHtml(m_currentResume);
            }
        }
    }
    if (m_vet)
        out += small(esc(m_vet->crosswalkAttribution()));
    doc->setHtml(out);
    return doc;
}

QString VeteransView::applyArguments(const QHash<QString, QString> &arguments)
{
    const QString codes = QStringLiteral("codes"), branch = QStringLiteral("branch"), grade = QStringLiteral("grade");
    if (!arguments.contains(codes) && !arguments.contains(branch) && !arguments.contains(grade))
        return {};
    if (!m_vet)
        return m_loadError;
    int branchIndex = m_branch->currentIndex(), gradeIndex = m_grade->currentIndex();
    if (arguments.contains(branch)) {
        const QString id = arguments.value(branch).trimmed();
        branchIndex = id.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0 ? 0 : -1;
        // An id, a name or a common abbreviation: army, "Air Force", USMC.
        if (const veterans::Branch *b = branchIndex < 0 ? veterans::findBranch(id.toStdString()) : nullptr)
            branchIndex = m_branch->findData(text(b->id));
        if (branchIndex < 0) {
            QStringList ids{QStringLiteral("any")};
            for (int i = 1; i < m_branch->count(); ++i)
                ids << m_branch->itemData(i).toString();
            return tr("Unknown branch '%1'; branches are: %2.").arg(id, ids.join(QStringLiteral(", ")));
        }
    }
    if (arguments.contains(grade)) {
        const QString given = arguments.value(grade).trimmed();
        QString wanted = given.toUpper();
        wanted.remove(QLatin1Char('-'));
        gradeIndex = wanted.isEmpty() ? 0 : -1;
        for (int i = 1; i < m_grade->count() && gradeIndex < 0; ++i)
            if (m_grade->itemData(i).toString() == wanted)
                gradeIndex = i;
        if (gradeIndex < 0) {
            QStringList grades;
            for (int i = 1; i < m_grade->count(); ++i)
                grades << m_grade->itemData(i).toString();
            return tr("Unknown pay grade '%1'; pay grades are: %2.").arg(given, grades.join(QStringLiteral(", ")));
        }
    }
    {
        const QSignalBlocker b1(m_branch), b2(m_grade), b3(m_codes);
        m_branch->setCurrentIndex(branchIndex);
        m_grade->setCurrentIndex(gradeIndex);
        if (arguments.contains(codes)) {
            QStringList parts;
            for (const QString &p : arguments.value(codes).split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!p.trimmed().isEmpty())
                    parts << p.trimmed();
            m_codes->setText(parts.join(QStringLiteral(", ")));
        }
    }
    search();
    return {};
}

} // namespace hp::ui
