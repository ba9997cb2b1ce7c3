#pragma once
// The career lattice drawn as a diagram: one column per ladder (levels top to bottom in ladder
// order), a first column for starting points, entry jobs and milestones, moves as arrows.
//
//   start/entry   coder        biller     auditor   …
//   [No exp.] ──▶ [Junior] ─┐
//   [CPC-A]       [Coder ] ◀┘  [Biller]
//
// Boxes are coloured by family and labelled with the BLS median of their occupation. A route can
// be highlighted: its boxes and arrows are drawn thick and on top, everything else dimmed. The
// route's step table is the text alternative; the accessible description lists the steps too.

#include "lattice/planner.h"
#include "refdata/knowledge_base.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

class QGraphicsPathItem;
class QGraphicsRectItem;

namespace hp::ui {

class LatticeDiagram : public QGraphicsView {
    Q_OBJECT
public:
    explicit LatticeDiagram(QWidget *parent = nullptr);

    // Redraws the whole lattice; clears the highlight.
    void setLattice(const lattice::Lattice &lattice, const KnowledgeBase &kb, int vintage);
    void highlightRoute(const lattice::Route *route); // nullptr: nothing highlighted, nothing dimmed

    QStringList highlightedNodes() const; // node ids, in route order
    QGraphicsRectItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<QGraphicsPathItem *> moveItems(const QString &moveId) const { return m_moves.values(moveId); }
    double zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void setZoom(double factor);

    QHash<QString, QGraphicsRectItem *> m_nodes;
    QMultiHash<QString, QGraphicsPathItem *> m_moves;
    QStringList m_highlighted;
};

} // namespace hp::ui
