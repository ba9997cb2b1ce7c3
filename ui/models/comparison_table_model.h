#pragma once
// A comparison as a table: one row per compared fact, one column per role. Figure cells carry
// their source and vintage as a tool tip and in the accessible text.

#include "compare/comparison.h"

#include <QAbstractTableModel>

namespace hp::ui {

class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { SourceRole = Qt::UserRole + 1 };

    explicit ComparisonTableModel(const KnowledgeBase &kb, QObject *parent = nullptr);

    void setComparison(const compare::Comparison &comparison);
    const compare::Comparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rowLabel(compare::RowId id); // translated

private:
    const KnowledgeBase &m_kb;
    compare::Comparison m_comparison;
};

} // namespace hp::ui
