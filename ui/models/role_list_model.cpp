#include "models/role_list_model.h"

#include "theme/family_palette.h"

#include <QLocale>

namespace hp::ui {

RoleListModel::RoleListModel(const KnowledgeBase &kb, QObject *parent)
    : QAbstractListModel(parent)
    , m_kb(kb)
    , m_vintage(kb.latestVintage())
{
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_kb.roles().size());
}

const Role *RoleListModel::roleAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_kb.roles().size()))
        return nullptr;
    return &m_kb.roles()[static_cast<size_t>(row)];
}

int RoleListModel::rowOf(const QString &id) const
{
    const auto &roles = m_kb.roles();
    for (size_t i = 0; i < roles.size(); ++i)
        if (QString::fromStdString(roles[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role *r = roleAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString::fromStdString(r->name);
    case Qt::DecorationRole:
        return familySwatch(r->family);
    case Qt::ToolTipRole: {
        const auto *w = m_kb.roleWage(*r, m_vintage);
        QString tip = familyName(r->family);
        if (w && w->median)
            tip += tr("\nMedian wage %1 (BLS %2, May %3)")
                       .arg(QLocale(QLocale::English).toCurrencyString(static_cast<double>(*w->median), QStringLiteral("$"), 0),
                            QString::fromStdString(w->soc))
                       .arg(m_vintage);
        return tip;
    }
    case IdRole:
        return QString::fromStdString(r->id);
    case FamilyRole:
        return static_cast<int>(r->family);
    case SocRole:
        return r->primaryOccupation() ? QString::fromStdString(r->primaryOccupation()->soc) : QString();
    case MedianRole: {
        const auto *w = m_kb.roleWage(*r, m_vintage);
        return (w && w->median) ? QVariant(static_cast<qlonglong>(*w->median)) : QVariant();
    }
    default:
        return {};
    }
}

void RoleListModel::setVintage(int vintage)
{
    if (vintage == m_vintage)
        return;
    m_vintage = vintage;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::ToolTipRole, MedianRole});
}

void RoleListModel::reload()
{
    beginResetModel();
    endResetModel();
}

} // namespace hp::ui
