#pragma once
// Search-as-you-type results (ClientStore::search): one row per client or session that matched,
// with the text around the match. The snippet marks matched words with [ and ]; SearchHitDelegate
// paints the client's name on one line and the snippet below it with those words in bold.

#include "clients/client_store.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>
#include <QVector>

namespace hp::ui {

class ClientSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ClientIdRole = Qt::UserRole + 1, SessionIdRole, SnippetRole, ArchivedRole };

    using QAbstractListModel::QAbstractListModel;

    // Session dates label session hits ("26 Nov 2026: …"); the map is filled by the view.
    void setHits(std::vector<clients::SearchHit> hits, const QHash<qint64, QString> &sessionDates = {});
    const clients::SearchHit *hitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<clients::SearchHit> m_hits;
    QHash<qint64, QString> m_sessionDates;
};

// "… wants [coding] work …" as HTML with the bracketed words bold, everything else escaped.
QString snippetHtml(const QString &snippet);

class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hp::ui
