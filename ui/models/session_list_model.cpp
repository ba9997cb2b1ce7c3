#include "models/session_list_model.h"

#include "models/client_list_model.h"
#include "models/row_diff.h"
#include "refdata/knowledge_base.h"

namespace hp::ui {

SessionListModel::SessionListModel(const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kb(kb)
{
}

void SessionListModel::setSessions(const std::vector<clients::Session> &sessions)
{
    QVector<clients::Session> rows(sessions.rbegin(), sessions.rend());
    QVector<std::int64_t> before, after;
    for (const auto &s : m_rows)
        before << s.id;
    for (const auto &s : rows)
        after << s.id;
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

int SessionListModel::rowOf(std::int64_t sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == sessionId)
            return row;
    return -1;
}

std::int64_t SessionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

const clients::Session *SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::roleName(const std::string &roleId) const
{
    if (roleId.empty())
        return {};
    const Role *r = m_kb.role(roleId);
    return r ? QString::fromStdString(r->name) : QString::fromStdString(roleId);
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clients::Session &s = m_rows[index.row()];
    const int items = int(s.attachments.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return isoDateText(s.date);
        case DirectionColumn: {
            const Role *r = s.chosenRole.empty() ? nullptr : m_kb.role(s.chosenRole);
            return r && !r->shortName.empty() ? QString::fromStdString(r->shortName) : roleName(s.chosenRole);
        }
        case AttachmentsColumn:
            return items;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("Session of %1").arg(isoDateText(s.date));
        if (!s.chosenRole.empty())
            text += tr(", direction %1").arg(roleName(s.chosenRole));
        return text + tr(", %n item(s) attached", nullptr, items);
    }
    case Qt::TextAlignmentRole:
        return index.column() == AttachmentsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SessionIdRole:
        return qint64(s.id);
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AttachmentsColumn)
        return tr("Things attached to the session");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DirectionColumn:
        return tr("Direction");
    case AttachmentsColumn:
        return tr("Items");
    }
    return {};
}

} // namespace hp::ui
