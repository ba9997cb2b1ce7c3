#pragma once
// Paints a 0–100 score as a bar in the role family's colour with the number beside it, so a
// ranking reads at a glance; the number stays the cell's text for screen readers and copying.

#include <QStyledItemDelegate>

namespace hp::ui {

class ScoreBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // scoreRole: a double 0–100; familyRole: an int hp::Family, for the colour.
    ScoreBarDelegate(int scoreRole, int familyRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_scoreRole, m_familyRole;
};

} // namespace hp::ui
