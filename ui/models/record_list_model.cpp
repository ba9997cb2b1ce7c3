#include "models/record_list_model.h"

namespace hp::ui {

RecordListModel::RecordListModel(Loader loader, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(std::move(loader))
    , m_items(m_loader())
{
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordItem &item = m_items[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.text;
    case Qt::ToolTipRole:
        return item.toolTip;
    case Qt::DecorationRole:
        return item.icon.isNull() ? QVariant() : QVariant(item.icon);
    case IdRole:
        return item.id;
    case GroupRole:
        return item.group;
    default:
        return {};
    }
}

void RecordListModel::reload()
{
    beginResetModel();
    m_items = m_loader();
    endResetModel();
}

} // namespace hp::ui
