#include "models/source_table_model.h"

#include <QBrush>
#include <QColor>

namespace hp::ui {

QString statusName(Status status)
{
    switch (status) {
    case Status::Verified: return SourceTableModel::tr("Verified");
    case Status::Secondary: return SourceTableModel::tr("Secondary");
    case Status::Unverified: return SourceTableModel::tr("Unverified");
    case Status::Editorial: return SourceTableModel::tr("HealthPath judgement");
    }
    return {};
}

SourceTableModel::SourceTableModel(const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kb(kb)
{
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_kb.data().sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = m_kb.data().sources[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Title: return QString::fromStdString(s.title);
        case Publisher: return QString::fromStdString(s.publisher);
        case AsOf: return QString::fromStdString(s.asOf);
        case Retrieved: return QString::fromStdString(s.retrieved);
        case StatusColumn: return statusName(s.status);
        case Url: return QString::fromStdString(s.url);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(s.note.empty() ? s.title : s.title + "\n\n" + s.note);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (s.status == Status::Unverified)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (s.status == Status::Secondary)
            return QBrush(QColor(0x8a, 0x6d, 0x00));
    }
    if (role == Qt::UserRole)
        return QString::fromStdString(s.id);
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Source");
    case Publisher: return tr("Publisher");
    case AsOf: return tr("As of");
    case Retrieved: return tr("Retrieved");
    case StatusColumn: return tr("Status");
    case Url: return tr("Address");
    default: return {};
    }
}

void SourceTableModel::reload()
{
    beginResetModel();
    endResetModel();
}

} // namespace hp::ui
