#pragma once
// What was attached to a session (a fit check result, a comparison, a planned route, a 30-60-90
// plan), in the order it was attached: kind, title and when. attachmentSummaryHtml turns the JSON
// body into a few readable lines for the counselor (role names, scores, steps, first tasks).

#include "clients/client.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

QString attachmentKindText(clients::AttachmentKind kind); // "Comparison", translated
// Title, kind, when, and the body in words; a sentence when the body cannot be read.
QString attachmentSummaryHtml(const KnowledgeBase &kb, const clients::Attachment &attachment);

class AttachmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, TitleColumn, CreatedColumn, ColumnCount };
    enum Roles { AttachmentIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setAttachments(const std::vector<clients::Attachment> &attachments);
    const clients::Attachment *attachmentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<clients::Attachment> m_rows;
};

} // namespace hp::ui
