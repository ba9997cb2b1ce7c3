#pragma once
// A read-only list of knowledge-base records (certifications, education paths, …) as a Qt model.
// Views fill it from core types through a loader function, so it re-reads on reload().

#include <QAbstractListModel>
#include <QIcon>

#include <functional>
#include <vector>

namespace hp::ui {

struct RecordItem {
    QString id;
    QString text;
    QString toolTip;
    QString group; // e.g. the issuing body; searchable
    QIcon icon;
};

class RecordListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, GroupRole };
    using Loader = std::function<std::vector<RecordItem>()>;

    explicit RecordListModel(Loader loader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

private:
    Loader m_loader;
    std::vector<RecordItem> m_items;
};

} // namespace hp::ui
