#include "models/attachment_model.h"

#include "models/client_list_model.h"
#include "models/row_diff.h"
#include "plan/dates.h"
#include "plan/plan.h"
#include "refdata/knowledge_base.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hp::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A role's name; also a starting point's or ladder level's, as routes name those.
QString placeName(const KnowledgeBase &kb, const QString &id)
{
    const std::string key = id.toStdString();
    if (const Role *r = kb.role(key))
        return QString::fromStdString(r->name);
    for (const auto &node : kb.data().lattice.nodes)
        if (node.id == key)
            return QString::fromStdString(node.name);
    return id;
}

QString listHtml(const QStringList &items, bool ordered = false)
{
    if (items.isEmpty())
        return {};
    const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
    return QStringLiteral("<%1><li>%2</li></%1>").arg(tag, items.join(QStringLiteral("</li><li>")));
}

QString comparisonHtml(const KnowledgeBase &kb, const QJsonObject &body)
{
    QStringList roles;
    for (const QJsonValue &v : body.value(QStringLiteral("roles")).toArray())
        roles << esc(placeName(kb, v.toString()));
    QString out = QStringLiteral("<p>%1</p>").arg(AttachmentModel::tr("Roles compared side by side:")) + listHtml(roles);
    if (const int vintage = body.value(QStringLiteral("vintage")).toInt(); vintage > 0)
        out += QStringLiteral("<p>%1</p>").arg(AttachmentModel::tr("Wages from the BLS survey of May %1.").arg(vintage));
    return out;
}

QString routeHtml(const KnowledgeBase &kb, const QJsonObject &body)
{
    const QString from = placeName(kb, body.value(QStringLiteral("from")).toString());
    const QString to = placeName(kb, body.value(QStringLiteral("to")).toString());
    const bool cheapest = body.value(QStringLiteral("optimize")).toString() == QStringLiteral("cheapest");
    QStringList steps;
    for (const QJsonValue &v : body.value(QStringLiteral("steps")).toArray())
        steps << esc(v.toObject().value(QStringLiteral("title")).toString());
    QString out = QStringLiteral("<p>%1</p>").arg((cheapest ? AttachmentModel::tr("The cheapest route from %1 to %2:") : AttachmentModel::tr("The fastest route from %1 to %2:"))
                                                      .arg(esc(from), esc(to)));
    return out + listHtml(steps, true);
}

QString fitHtml(const KnowledgeBase &kb, const QJsonObject &body)
{
    const QJsonArray ranking = body.value(QStringLiteral("ranking")).toArray();
    QStringList top;
    for (int i = 0; i < ranking.size() && i < 5; ++i) {
        const QJsonObject r = ranking.at(i).toObject();
        top << AttachmentModel::tr("%1 — %2 out of 100").arg(esc(placeName(kb, r.value(QStringLiteral("role")).toString())))
                   .arg(r.value(QStringLiteral("score")).toInt());
    }
    const int answered = int(body.value(QStringLiteral("answers")).toObject().size());
    QString out = QStringLiteral("<p>%1</p>").arg(AttachmentModel::tr("Fit check with %n question(s) answered; the best matches:", nullptr, answered));
    return out + listHtml(top, true);
}

QString planHtml(const std::string &json)
{
    std::string error;
    const auto p = plan::planFromJson(json, &error);
    if (!p)
        return QStringLiteral("<p>%1</p>").arg(esc(AttachmentModel::tr("The plan could not be read: %1").arg(QString::fromStdString(error))));
    QString out = QStringLiteral("<p>%1</p>").arg(esc(QString::fromStdString(p->routeSummary)));
    QStringList first;
    int done = 0;
    for (const plan::Task &t : p->tasks) {
        done += t.done ? 1 : 0;
        if (t.phase == 1)
            first << AttachmentModel::tr("%1 (due %2)").arg(esc(QString::fromStdString(t.title)), esc(QString::fromStdString(plan::readableDate(t.due))));
    }
    out += QStringLiteral("<p>%1</p>").arg(AttachmentModel::tr("%1 tasks, %2 done. The first 30 days:").arg(p->tasks.size()).arg(done));
    return out + listHtml(first);
}

} // namespace

QString attachmentKindText(clients::AttachmentKind kind)
{
    switch (kind) {
    case clients::AttachmentKind::FitResult:
        return AttachmentModel::tr("Fit check");
    case clients::AttachmentKind::Comparison:
        return AttachmentModel::tr("Comparison");
    case clients::AttachmentKind::Route:
        return AttachmentModel::tr("Route");
    case clients::AttachmentKind::Plan:
        return AttachmentModel::tr("30-60-90 plan");
    }
    return {};
}

QString attachmentSummaryHtml(const KnowledgeBase &kb, const clients::Attachment &a)
{
    QString out = QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                      .arg(esc(QString::fromStdString(a.title)),
                           esc(AttachmentModel::tr("%1, attached on %2").arg(attachmentKindText(a.kind), isoDateText(a.created))));
    if (a.kind == clients::AttachmentKind::Plan)
        return out + planHtml(a.body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(a.body), &error);
    if (!doc.isObject())
        return out + QStringLiteral("<p>%1</p>").arg(esc(AttachmentModel::tr("Its contents could not be read: %1.").arg(error.errorString())));
    const QJsonObject body = doc.object();
    switch (a.kind) {
    case clients::AttachmentKind::Comparison:
        return out + comparisonHtml(kb, body);
    case clients::AttachmentKind::Route:
        return out + routeHtml(kb, body);
    case clients::AttachmentKind::FitResult:
        return out + fitHtml(kb, body);
    case clients::AttachmentKind::Plan:
        break;
    }
    return out;
}

void AttachmentModel::setAttachments(const std::vector<clients::Attachment> &attachments)
{
    QVector<clients::Attachment> rows(attachments.begin(), attachments.end());
    QVector<std::int64_t> before, after;
    for (const auto &a : m_rows)
        before << a.id;
    for (const auto &a : rows)
        after << a.id;
    const rowdiff::Plan plan = rowdiff::plan(before, after);
    if (plan.reset) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (const rowdiff::Range &r : plan.removes) {
        beginRemoveRows({}, r.first, r.last);
        m_rows.remove(r.first, r.last - r.first + 1);
        endRemoveRows();
    }
    for (const rowdiff::Range &r : plan.inserts) {
        beginInsertRows({}, r.first, r.last);
        for (int row = r.first; row <= r.last; ++row)
            m_rows.insert(row, rows[row]);
        endInsertRows();
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

const clients::Attachment *AttachmentModel::attachmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clients::Attachment &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return attachmentKindText(a.kind);
        case TitleColumn:
            return QString::fromStdString(a.title);
        case CreatedColumn:
            return isoDateText(a.created);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2, attached on %3")
            .arg(attachmentKindText(a.kind), QString::fromStdString(a.title), isoDateText(a.created));
    case AttachmentIdRole:
        return qint64(a.id);
    }
    return {};
}

QVariant AttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case CreatedColumn:
        return tr("Attached");
    }
    return {};
}

} // namespace hp::ui
