#include "models/role_filter_model.h"

#include "models/role_list_model.h"

namespace hp::ui {

void RoleFilterModel::setFamily(int family)
{
    if (family == m_family)
        return;
    m_family = family;
    invalidateFilter();
}

void RoleFilterModel::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool RoleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_family >= 0 && idx.data(RoleListModel::FamilyRole).toInt() != m_family)
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
           || idx.data(RoleListModel::SocRole).toString().contains(m_text);
}

} // namespace hp::ui
