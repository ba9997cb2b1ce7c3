#pragma once
// Every source of the knowledge base as a table: title, publisher, as-of date, retrieved date,
// status and address.

#include "refdata/knowledge_base.h"

#include <QAbstractTableModel>

namespace hp::ui {

class SourceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Publisher, AsOf, Retrieved, StatusColumn, Url, ColumnCount };

    explicit SourceTableModel(const KnowledgeBase &kb, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();

private:
    const KnowledgeBase &m_kb;
};

QString statusName(Status status); // translated

} // namespace hp::ui
