#include "views/lattice_diagram.h"

#include "theme/family_palette.h"

#include <QFontMetrics>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>

namespace hp::ui {

namespace {

constexpr double kBoxWidth = 150, kBoxHeight = 42, kColumnStep = 205, kRowStep = 62, kTop = 30;
constexpr double kNodeZ = 1, kHighlightedMoveZ = 1.5, kHighlightedNodeZ = 2, kDimmed = 0.28;

// A ladder level or lattice node: a rounded box with its name and BLS median.
class NodeBox : public QGraphicsRectItem {
public:
    using QGraphicsRectItem::QGraphicsRectItem;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(pen());
        painter->setBrush(brush());
        painter->drawRoundedRect(rect(), 8, 8);
    }
};

QString dollars(long v)
{
    return QLocale(QLocale::English).toCurrencyString(double(v), QStringLiteral("$"), 0);
}

QPainterPath arrowHead(const QPainterPath &path)
{
    const QPointF tip = path.pointAtPercent(1);
    const double angle = -path.angleAtPercent(1) * M_PI / 180; // Qt's angles run counter-clockwise
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 10);
    head.lineTo(tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 10);
    head.closeSubpath();
    return head;
}

} // namespace

LatticeDiagram::LatticeDiagram(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Career lattice diagram"));
}

void LatticeDiagram::setLattice(const lattice::Lattice &lattice, const KnowledgeBase &kb, int vintage)
{
    scene()->clear();
    m_nodes.clear();
    m_moves.clear();
    m_highlighted.clear();
    const QPalette pal = palette();
    scene()->setBackgroundBrush(pal.color(QPalette::Base));

    // Columns: 0 for nodes outside the ladders, then one per ladder in ladders.json order.
    std::map<lattice::Vertex, QPoint> cell; // column, row
    std::map<lattice::Vertex, QColor> color;
    QStringList headers{tr("Starting points and milestones")};
    const auto &ladders = kb.data().ladders;
    for (size_t c = 0; c < ladders.size(); ++c) {
        headers << QString::fromStdString(ladders[c].name);
        int row = 0;
        for (const LadderLevel &level : ladders[c].levels)
            if (const auto v = lattice.find(level.id)) {
                cell[*v] = QPoint(int(c) + 1, row++);
                color[*v] = familyColor(ladders[c].family, pal);
            }
    }
    int row = 0;
    for (lattice::Vertex v : lattice.starts())
        if (!cell.count(v))
            cell[v] = QPoint(0, row++);
    for (lattice::Vertex v = 0; v < lattice.nodeCount(); ++v)
        if (!cell.count(v))
            cell[v] = QPoint(0, row++);

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = scene()->addSimpleText(boldMetrics.elidedText(headers[c], Qt::ElideRight, int(kBoxWidth)), bold);
        header->setBrush(pal.color(QPalette::Text));
        header->setPos(c * kColumnStep, 0);
    }
    std::map<lattice::Vertex, QRectF> rects;
    for (const auto &[v, at] : cell) {
        const lattice::Node &node = lattice.node(v);
        const QRectF r(at.x() * kColumnStep, kTop + at.y() * kRowStep, kBoxWidth, kBoxHeight);
        rects[v] = r;
        auto *box = new NodeBox(r);
        const QColor base = color.count(v) ? color[v] : pal.color(QPalette::Mid);
        // An opaque tint (the family colour over the background), so arrows pass behind the box.
        const QColor back = pal.color(QPalette::Base);
        const QColor fill = QColor::fromRgbF(0.3f * base.redF() + 0.7f * back.redF(), 0.3f * base.greenF() + 0.7f * back.greenF(),
                                             0.3f * base.blueF() + 0.7f * back.blueF());
        box->setBrush(fill);
        box->setPen(QPen(base, 1.5));
        box->setZValue(kNodeZ);
        box->setData(0, QString::fromStdString(node.id));
        QString pay = node.kind == "start" ? tr("starting point") : tr("no BLS wage");
        QString tip = QString::fromStdString(node.name);
        if (node.bls)
            if (const WageEstimate *w = kb.wage(node.bls->soc, vintage); w && w->median) {
                pay = tr("BLS median %1").arg(dollars(*w->median));
                tip += tr("\nBLS median for %1 (%2): %3, May %4")
                           .arg(QString::fromStdString(w->title), QString::fromStdString(node.bls->soc), dollars(*w->median))
                           .arg(vintage);
            }
        if (!node.summary.empty())
            tip += QLatin1Char('\n') + QString::fromStdString(node.summary);
        box->setToolTip(tip);
        auto *name = new QGraphicsSimpleTextItem(boldMetrics.elidedText(QString::fromStdString(node.name), Qt::ElideRight, int(kBoxWidth - 12)), box);
        name->setFont(bold);
        name->setBrush(pal.color(QPalette::Text));
        name->setPos(r.left() + 6, r.top() + 4);
        auto *figure = new QGraphicsSimpleTextItem(pay, box);
        figure->setFont(font());
        figure->setBrush(pal.color(QPalette::Text));
        figure->setPos(r.left() + 6, r.top() + 4 + boldMetrics.height());
        scene()->addItem(box);
        m_nodes.insert(QString::fromStdString(node.id), box);
    }

    // Moves: curves from the side of one box to the side of the other; parallel moves fan out.
    std::map<std::pair<lattice::Vertex, lattice::Vertex>, int> seen;
    const QColor line = pal.color(QPalette::Text);
    for (auto [it, end] = boost::edges(lattice.graph()); it != end; ++it) {
        const lattice::Vertex u = boost::source(*it, lattice.graph()), v = boost::target(*it, lattice.graph());
        const QRectF a = rects[u], b = rects[v];
        const double fan = 5.0 * seen[{u, v}]++;
        QPainterPath path;
        if (cell[u].x() == cell[v].x()) {
            const QPointF p(a.right(), a.center().y() + fan), q(b.right(), b.center().y() + fan);
            const double bulge = 18 + 6 * std::abs(cell[u].y() - cell[v].y()) + fan;
            path.moveTo(p);
            path.cubicTo(p + QPointF(bulge, 0), q + QPointF(bulge, 0), q);
        } else {
            const bool right = cell[v].x() > cell[u].x();
            const QPointF p(right ? a.right() : a.left(), a.center().y() + fan);
            const QPointF q(right ? b.left() : b.right(), b.center().y() + fan);
            const double dx = (q.x() - p.x()) / 2;
            path.moveTo(p);
            path.cubicTo(p + QPointF(dx, 0), q - QPointF(dx, 0), q);
        }
        auto *arrow = scene()->addPath(path, QPen(line, 1));
        arrow->setZValue(0);
        auto *head = new QGraphicsPathItem(arrowHead(path), arrow);
        head->setPen(Qt::NoPen);
        head->setBrush(line);
        const LatticeMove &move = lattice.move(*it);
        arrow->setToolTip(QString::fromStdString(move.name));
        m_moves.insert(QString::fromStdString(move.id), arrow);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    highlightRoute(nullptr);
}

void LatticeDiagram::highlightRoute(const lattice::Route *route)
{
    m_highlighted.clear();
    QSet<QString> moves;
    QStringList steps;
    if (route) {
        for (const lattice::Step &step : route->steps) {
            if (m_highlighted.isEmpty())
                m_highlighted << QString::fromStdString(step.from->id);
            m_highlighted << QString::fromStdString(step.to->id);
            moves << QString::fromStdString(step.move->id);
            steps << tr("%1: %2 to %3")
                         .arg(QString::fromStdString(step.move->name), QString::fromStdString(step.from->name),
                              QString::fromStdString(step.to->name));
        }
    }
    const bool any = !m_highlighted.isEmpty();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const bool on = m_highlighted.contains(it.key());
        QPen pen = it.value()->pen();
        pen.setWidthF(on ? 4 : 1.5);
        it.value()->setPen(pen);
        it.value()->setZValue(on ? kHighlightedNodeZ : kNodeZ);
        it.value()->setOpacity(!any || on ? 1.0 : kDimmed);
    }
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor line = palette().color(QPalette::Text);
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
        const bool on = moves.contains(it.key());
        it.value()->setPen(QPen(on ? accent : line, on ? 4 : 1));
        it.value()->setZValue(on ? kHighlightedMoveZ : 0);
        it.value()->setOpacity(!any || on ? 1.0 : kDimmed);
        for (QGraphicsItem *child : it.value()->childItems())
            if (auto *head = qgraphicsitem_cast<QGraphicsPathItem *>(child))
                head->setBrush(on ? accent : line);
    }
    setAccessibleDescription(any ? tr("Highlighted route, %n step(s): %1", "", int(steps.size())).arg(steps.join(QStringLiteral("; ")))
                                 : tr("No route highlighted. The route's steps are listed in the step table."));
    if (any)
        if (QGraphicsRectItem *first = m_nodes.value(m_highlighted.front()))
            ensureVisible(first, 40, 40);
}

QStringList LatticeDiagram::highlightedNodes() const
{
    return m_highlighted;
}

double LatticeDiagram::zoom() const
{
    return transform().m11();
}

void LatticeDiagram::setZoom(double factor)
{
    factor = std::clamp(factor, 0.2, 4.0);
    setTransform(QTransform::fromScale(factor, factor));
}

void LatticeDiagram::zoomIn()
{
    setZoom(zoom() * 1.2);
}

void LatticeDiagram::zoomOut()
{
    setZoom(zoom() / 1.2);
}

void LatticeDiagram::zoomToFit()
{
    // Fit the whole lattice, but never so small that the labels cannot be read: then scroll.
    const QRectF r = sceneRect();
    const QSize v = viewport()->size();
    if (r.isEmpty() || v.isEmpty())
        return;
    setZoom(std::max(0.75, std::min({1.0, v.width() / r.width(), v.height() / r.height()})));
}

void LatticeDiagram::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(zoom() * std::pow(1.15, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace hp::ui
