#pragma once
// The counselor's clients as a table (ClientStore::list): name, tags, how many sessions and the
// date of the latest. Reloading keeps rows that are still there (inserts and removes, see
// row_diff.h), so the selection survives an edit. Archived clients are shown in grey italics.

#include "clients/client_store.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hp::ui {

// "26 Nov 2026" for "2026-11-26" (a timestamp's date part too); the text itself when not a date.
QString isoDateText(const std::string &iso);

class ClientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TagsColumn, SessionsColumn, LastSessionColumn, ColumnCount };
    enum Roles { ClientIdRole = Qt::UserRole + 1, ArchivedRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setClients(std::vector<clients::ClientSummary> clients);
    int rowOf(std::int64_t clientId) const; // -1 when not listed
    std::int64_t idAt(int row) const;       // 0 when out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<clients::ClientSummary> m_rows;
};

} // namespace hp::ui
