#pragma once
// Paints word-wrapped cell text from a cache of laid-out QStaticText, so repainting a table of
// long descriptions (the Compare table) does not lay the text out again on every paint.

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace hp::ui {

class WrappedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void clearCache() { m_cache.clear(); }

private:
    const QStaticText &layout(const QString &text, const QFont &font, int width) const;
    mutable QHash<QString, QStaticText> m_cache; // key: width, bold and text
};

} // namespace hp::ui
