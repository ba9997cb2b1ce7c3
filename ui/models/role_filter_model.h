#pragma once
// Filters the role list by family and by text in the role's name.

#include <QSortFilterProxyModel>

namespace hp::ui {

class RoleFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFamily(int family); // -1 for all families
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_family = -1;
    QString m_text;
};

} // namespace hp::ui
