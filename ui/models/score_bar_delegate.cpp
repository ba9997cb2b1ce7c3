#include "models/score_bar_delegate.h"

#include "theme/family_palette.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace hp::ui {

ScoreBarDelegate::ScoreBarDelegate(int scoreRole, int familyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_scoreRole(scoreRole)
    , m_familyRole(familyRole)
{
}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const double score = std::clamp(index.data(m_scoreRole).toDouble(), 0.0, 100.0);
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("100")) + 6;
    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    const int barHeight = std::min(area.height(), fm.height() - 2);
    const QRect track(area.left(), area.top() + 1, std::max(10, area.width() - textWidth), barHeight);
    const QColor colour = familyColor(Family(index.data(m_familyRole).toInt()), opt.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColour = opt.palette.color(QPalette::Mid);
    trackColour.setAlpha(60);
    painter->setBrush(trackColour);
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(colour);
    painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * score / 100.0, track.height()), 3, 3);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(track.right() + 4, area.top(), textWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    return QSize(std::max(base.width(), fm.horizontalAdvance(QStringLiteral("100")) + 80), base.height());
}

} // namespace hp::ui
