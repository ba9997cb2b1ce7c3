#pragma once
// One client's sessions, newest first: date, the direction chosen (a role's name) and how many
// things were attached. Reloading keeps rows that are still there (row_diff.h).

#include "clients/client.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class SessionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, DirectionColumn, AttachmentsColumn, ColumnCount };
    enum Roles { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionListModel(const KnowledgeBase &kb, QObject *parent = nullptr);

    void setSessions(const std::vector<clients::Session> &sessions); // in store order (oldest first)
    int rowOf(std::int64_t sessionId) const;
    std::int64_t idAt(int row) const;
    const clients::Session *sessionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString roleName(const std::string &roleId) const;

    const KnowledgeBase &m_kb;
    QVector<clients::Session> m_rows;
};

} // namespace hp::ui
