#pragma once
// The roles of the knowledge base as a list model: display name, family swatch, and the role's
// median wage for the chosen vintage (RoleModel::MedianRole) so lists can sort and filter on it.

#include "refdata/knowledge_base.h"

#include <QAbstractListModel>

namespace hp::ui {

class RoleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, FamilyRole, MedianRole, SocRole };

    explicit RoleListModel(const KnowledgeBase &kb, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setVintage(int vintage);
    int vintage() const { return m_vintage; }
    // Call after the knowledge base changed (e.g. an import): resets the model.
    void reload();
    const Role *roleAt(int row) const;
    int rowOf(const QString &id) const;

private:
    const KnowledgeBase &m_kb;
    int m_vintage = 0;
};

} // namespace hp::ui
