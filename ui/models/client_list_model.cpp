#include "models/client_list_model.h"

#include "models/row_diff.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

namespace hp::ui {

QString isoDateText(const std::string &iso)
{
    const QString text = QString::fromStdString(iso);
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : text;
}

void ClientListModel::setClients(std::vector<clients::ClientSummary> clients)
{
    QVector<clients::ClientSummary> rows(clients.begin(), clients.end());
    QVector<std::int64_t> before, after;
    for (const auto &c : m_rows)
        before << c.id;
    for (const auto &c : rows)
        after << c.id;
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

int ClientListModel::rowOf(std::int64_t clientId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == clientId)
            return row;
    return -1;
}

std::int64_t ClientListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clients::ClientSummary &c = m_rows[index.row()];
    QStringList tags;
    for (const auto &t : c.tags)
        tags << QString::fromStdString(t);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(c.displayName);
        case TagsColumn:
            return tags.join(QStringLiteral(", "));
        case SessionsColumn:
            return c.sessionCount;
        case LastSessionColumn:
            return c.lastSession.empty() ? QString() : isoDateText(c.lastSession);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1: %n session(s)", nullptr, c.sessionCount).arg(QString::fromStdString(c.displayName));
        if (!c.lastSession.empty())
            text += tr(", the latest on %1").arg(isoDateText(c.lastSession));
        if (!tags.isEmpty())
            text += tr("; tags: %1").arg(tags.join(QStringLiteral(", ")));
        if (c.archived)
            text += tr(" (archived)");
        return text;
    }
    case Qt::TextAlignmentRole:
        return index.column() == SessionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (c.archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        return c.archived ? QVariant(QColor(0x70, 0x70, 0x70)) : QVariant();
    case ClientIdRole:
        return qint64(c.id);
    case ArchivedRole:
        return c.archived;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Client");
    case TagsColumn:
        return tr("Tags");
    case SessionsColumn:
        return tr("Sessions");
    case LastSessionColumn:
        return tr("Last session");
    }
    return {};
}

} // namespace hp::ui
