#include "views/certifications_view.h"

#include "refdata/knowledge_base.h"
#include "report/html.h"

#include <QLocale>

namespace hp::ui {

namespace {

QString sourced(const KnowledgeBase &kb, const QString &body, const std::string &sourceId, std::optional<Status> status)
{
    return QStringLiteral("%1%2<br>%3").arg(body, html::statusBadge(kb.statusOf(sourceId, status)), html::citation(kb, sourceId));
}

QString roleNames(const KnowledgeBase &kb, const std::vector<std::string> &ids)
{
    QStringList names;
    for (const auto &id : ids)
        if (const Role *r = kb.role(id))
            names << html::esc(r->name);
    return names.isEmpty() ? QString() : names.join(QStringLiteral(", "));
}

QString certNames(const KnowledgeBase &kb, const std::vector<std::string> &ids)
{
    QStringList names;
    for (const auto &id : ids)
        if (const Certification *c = kb.certification(id))
            names << QStringLiteral("%1 (%2)").arg(html::esc(c->abbr), html::esc(c->body));
    return names.join(QStringLiteral(", "));
}

} // namespace

CertificationsView::CertificationsView(KnowledgeBase &kb, QWidget *parent)
    : ListDetailView(
          [&kb] {
              std::vector<RecordItem> items;
              for (const auto &c : kb.data().certifications)
                  items.push_back({QString::fromStdString(c.id), QStringLiteral("%1 — %2").arg(QString::fromStdString(c.abbr), QString::fromStdString(c.name)),
                                   QString::fromStdString(c.abbr + " " + c.name + " " + c.body), QString::fromStdString(c.body), {}});
              return items;
          },
          tr("Certifications"),
          tr("Credentials from AAPC, AHIMA, ACDIS, HCCA, HFMA, ACHE and MGMA. Fees change often: each shows its date and "
             "source; check the issuer before you pay."),
          parent)
    , m_kb(kb)
{
    setObjectName(QStringLiteral("certificationsView"));
    refreshDetails();
}

QString CertificationsView::title() const
{
    return tr("Certifications");
}

QString CertificationsView::detailsHtml(const QString &id) const
{
    const Certification *c = m_kb.certification(id.toStdString());
    if (!c)
        return {};
    QLocale en(QLocale::English);
    QString out = QStringLiteral("<h2>%1 — %2</h2><p>%3").arg(html::esc(c->abbr), html::esc(c->name), tr("Issued by %1").arg(html::esc(c->body)));
    if (!c->url.empty())
        out += QStringLiteral(" — <a href='%1'>%1</a>").arg(html::esc(c->url));
    out += QStringLiteral("</p>");

    QStringList exam;
    if (!c->exam.questions.empty())
        exam << html::esc(c->exam.questions);
    if (c->exam.hours)
        exam << tr("%1 hours").arg(en.toString(*c->exam.hours));
    if (c->exam.openBook)
        exam << (*c->exam.openBook ? tr("open book") : tr("closed book"));
    if (!c->exam.books.empty())
        exam << tr("allowed: %1").arg(html::esc(c->exam.books));
    if (!c->exam.passing.empty())
        exam << tr("to pass: %1").arg(html::esc(c->exam.passing));
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(tr("Exam"), exam.isEmpty() ? tr("Format not confirmed.") + html::statusBadge(Status::Unverified)
                                               : sourced(m_kb, exam.join(QStringLiteral("; ")), c->exam.sourceId, c->exam.status));
    if (!c->prerequisites.text.empty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(tr("Who can sit it"), sourced(m_kb, html::esc(c->prerequisites.text), c->prerequisites.sourceId, c->prerequisites.status));

    QString fee = html::range(m_kb, c->fee, QString(), true);
    if (c->fee.present())
        fee += QLatin1Char(' ') + (c->fee.asOf == "undated" ? tr("(undated)") : tr("(as of %1)").arg(html::esc(c->fee.asOf)));
    out += QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>").arg(tr("Exam fee"), fee, c->fee.sourceId.empty() ? QString() : html::citation(m_kb, c->fee.sourceId));

    QString renewal;
    if (!c->renewal.text.empty())
        renewal = html::esc(c->renewal.text);
    else if (c->renewal.ceus && c->renewal.years)
        renewal = tr("%1 continuing-education units every %2 years.").arg(*c->renewal.ceus).arg(*c->renewal.years);
    else if (c->renewal.years)
        renewal = tr("Renew every %1 years.").arg(*c->renewal.years);
    if (!renewal.trimmed().isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(tr("Keeping it"), c->renewal.sourceId.empty() ? renewal : sourced(m_kb, renewal, c->renewal.sourceId, c->renewal.status));

    const QString roles = roleNames(m_kb, c->roles);
    if (!roles.isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Roles that value it"), roles);
    QStringList paths;
    for (const auto &e : m_kb.data().education)
        if (std::find(e.certifications.begin(), e.certifications.end(), c->id) != e.certifications.end())
            paths << html::esc(e.name);
    if (!paths.isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Education that prepares for it"), paths.join(QStringLiteral(", ")));
    return out;
}

EducationView::EducationView(KnowledgeBase &kb, QWidget *parent)
    : ListDetailView(
          [&kb] {
              std::vector<RecordItem> items;
              for (const auto &e : kb.data().education)
                  items.push_back({QString::fromStdString(e.id), QString::fromStdString(e.name),
                                   QString::fromStdString(e.name + " " + e.kind), QString::fromStdString(e.kind), {}});
              return items;
          },
          tr("Education paths"),
          tr("From a short exam-prep course to a master's degree: how long each takes, what it costs, what it prepares "
             "you for and which accreditation to look for."),
          parent)
    , m_kb(kb)
{
    setObjectName(QStringLiteral("educationView"));
    refreshDetails();
}

QString EducationView::title() const
{
    return tr("Education paths");
}

QString EducationView::detailsHtml(const QString &id) const
{
    const EducationPath *e = m_kb.educationPath(id.toStdString());
    if (!e)
        return {};
    QString out = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(html::esc(e->name), html::esc(e->summary));
    out += QStringLiteral("<table cellpadding='4'><tr><td><b>%1</b></td><td>%2</td></tr><tr><td><b>%3</b></td><td>%4</td></tr></table>")
               .arg(tr("Duration"), html::range(m_kb, e->durationMonths, tr("months"), false), tr("Cost"),
                    e->costUsd.present() || !e->costUsd.sourceId.empty() ? html::range(m_kb, e->costUsd, QString(), true)
                                                                         : tr("no sourced figure — ask each school"));
    if (!e->accreditation.empty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Accreditation to look for"), html::esc(e->accreditation));
    const QString roles = roleNames(m_kb, e->roles);
    if (!roles.isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Prepares you for these roles"), roles);
    const QString certs = certNames(m_kb, e->certifications);
    if (!certs.isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("And these certifications"), certs);
    QStringList sources;
    for (const std::string *s : {&e->durationMonths.sourceId, &e->costUsd.sourceId})
        if (!s->empty() && !sources.contains(QString::fromStdString(*s)))
            sources << QString::fromStdString(*s);
    for (const QString &s : sources)
        out += QStringLiteral("<p>%1</p>").arg(html::citation(m_kb, s.toStdString()));
    return out;
}

} // namespace hp::ui
