#include "models/client_search_model.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace hp::ui {

void ClientSearchModel::setHits(std::vector<clients::SearchHit> hits, const QHash<qint64, QString> &sessionDates)
{
    beginResetModel();
    m_hits = QVector<clients::SearchHit>(hits.begin(), hits.end());
    m_sessionDates = sessionDates;
    endResetModel();
}

const clients::SearchHit *ClientSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int ClientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant ClientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clients::SearchHit &h = m_hits[index.row()];
    const QString name = QString::fromStdString(h.displayName);
    QString snippet = QString::fromStdString(h.snippet);
    if (h.sessionId != 0)
        snippet = tr("Session %1: %2").arg(m_sessionDates.value(h.sessionId, tr("notes")), snippet);
    switch (role) {
    case Qt::DisplayRole:
        return h.archived ? tr("%1 (archived)").arg(name) : name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString plain = snippet;
        plain.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        return tr("%1 — %2").arg(data(index, Qt::DisplayRole).toString(), plain);
    }
    case SnippetRole:
        return snippet;
    case ClientIdRole:
        return qint64(h.clientId);
    case SessionIdRole:
        return qint64(h.sessionId);
    case ArchivedRole:
        return h.archived;
    }
    return {};
}

QString snippetHtml(const QString &snippet)
{
    QString out;
    bool bold = false;
    QString run;
    auto flush = [&] {
        out += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar ch : snippet) {
        if (ch == QLatin1Char('[') && !bold) {
            flush();
            out += QStringLiteral("<b>");
            bold = true;
        } else if (ch == QLatin1Char(']') && bold) {
            flush();
            out += QStringLiteral("</b>");
            bold = false;
        } else {
            run += ch;
        }
    }
    flush();
    if (bold)
        out += QStringLiteral("</b>");
    return out;
}

namespace {

// The hit as a small document: the name in bold, the snippet below in the muted text colour.
void layoutHit(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, bool selected)
{
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    if (!selected)
        muted.setAlpha(190);
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(4);
    doc.setHtml(QStringLiteral("<div style='color:%1'><b>%2</b></div><div style='color:%3'>%4</div>")
                    .arg(text.name(QColor::HexArgb), index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                         muted.name(QColor::HexArgb), snippetHtml(index.data(ClientSearchModel::SnippetRole).toString())));
    doc.setTextWidth(std::max(60, option.rect.width()));
}

} // namespace

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextDocument doc;
    layoutHit(doc, opt, index, selected);
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    QTextDocument doc;
    layoutHit(doc, opt, index, false);
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
}

} // namespace hp::ui
