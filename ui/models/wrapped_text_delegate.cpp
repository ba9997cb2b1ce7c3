#include "models/wrapped_text_delegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include <cmath>

namespace hp::ui {

namespace {
constexpr int kPadding = 3;
}

const QStaticText &WrappedTextDelegate::layout(const QString &text, const QFont &font, int width) const
{
    const QString key = QString::number(width) + (font.bold() ? QLatin1Char('b') : QLatin1Char('r')) + text;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        if (m_cache.size() > 2000)
            m_cache.clear();
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setTextWidth(std::max(10, width));
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), font);
        it = m_cache.insert(key, st);
    }
    return *it;
}

void WrappedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus, icon
    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(opt.rect);
    painter->drawStaticText(area.topLeft(), layout(text, opt.font, area.width()));
    painter->restore();
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *view = opt.widget;
    int width = opt.rect.width();
    if (auto *table = qobject_cast<const QAbstractItemView *>(view); table && width <= 0)
        width = table->visualRect(index).width();
    width = std::max(40, width) - 2 * kPadding;
    const QSizeF size = layout(opt.text, opt.font, width).size();
    return QSize(width + 2 * kPadding, int(std::ceil(size.height())) + 2 * kPadding);
}

} // namespace hp::ui
