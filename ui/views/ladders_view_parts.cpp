// LaddersView's tab panels (the lattice diagram with its zoom controls, pay by experience with
// its career-track picker), command-line arguments and printable document; the wiring is in
// ladders_view.cpp.

#include "views/ladders_view.h"

#include "charts/chart_box.h"
#include "charts/ladder_specs.h"
#include "models/route_models.h"
#include "views/lattice_diagram.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hp::ui {

namespace {
// Tracks from tracks.json shown at first: the coding ladder and two moves out of coding.
const QStringList kDefaultTracks{QStringLiteral("coder-ladder"), QStringLiteral("coder-auditor-compliance"),
                                 QStringLiteral("coder-cdi")};

QIcon swatch(const QColor &color, int size = 12)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3);
    return QIcon(pm);
}
} // namespace

QWidget *LaddersView::buildDiagramPanel()
{
    auto *panel = new QWidget(m_tabs);
    m_diagram = new LatticeDiagram(panel);
    m_diagram->setObjectName(QStringLiteral("ladderDiagram"));
    auto *buttons = new QHBoxLayout;
    auto addButton = [panel, buttons](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(panel);
        b->setText(text);
        b->setAccessibleName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    connect(addButton(QStringLiteral("+"), tr("Zoom in"), tr("Zoom in (Ctrl++)")), &QToolButton::clicked, m_diagram, &LatticeDiagram::zoomIn);
    connect(addButton(QStringLiteral("−"), tr("Zoom out"), tr("Zoom out (Ctrl+-)")), &QToolButton::clicked, m_diagram, &LatticeDiagram::zoomOut);
    connect(addButton(tr("Fit"), tr("Zoom to fit"), tr("Show as much of the lattice as stays readable")), &QToolButton::clicked,
            m_diagram, &LatticeDiagram::zoomToFit);
    auto *hint = new QLabel(tr("Ctrl+wheel zooms; drag to move. The step table below lists the highlighted route."), panel);
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)})
        connect(new QShortcut(keys, panel, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated, m_diagram,
                &LatticeDiagram::zoomIn);
    connect(new QShortcut(QKeySequence::ZoomOut, panel, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated,
            m_diagram, &LatticeDiagram::zoomOut);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_diagram, 1);
    return panel;
}

QWidget *LaddersView::buildExperiencePanel()
{
    auto *panel = new QWidget(m_tabs);
    auto *row = new QGridLayout;
    row->addWidget(new QLabel(tr("Career tracks (2 to 4):"), panel), 0, 0);
    int cell = 0;
    for (const Track &track : m_kb.data().tracks) {
        const QString id = QString::fromStdString(track.id), name = QString::fromStdString(track.name);
        auto *box = new QCheckBox(name, panel);
        box->setObjectName(QStringLiteral("track-") + id);
        box->setAccessibleName(tr("Show the %1 track").arg(name));
        box->setToolTip(QString::fromStdString(track.summary));
        box->setIcon(swatch(trackColor(m_kb, track, palette())));
        box->setProperty("trackId", id);
        box->setChecked(kDefaultTracks.contains(id));
        connect(box, &QCheckBox::toggled, this, &LaddersView::refreshExperience);
        m_tracks << box;
        row->addWidget(box, cell / 2, 1 + cell % 2); // two a row: track names are long, the panel must stay narrow
        ++cell;
    }
    row->setColumnStretch(3, 1);
    m_experienceChart = new ChartBox(panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_experienceChart, 1);
    return panel;
}

QStringList LaddersView::trackIds() const
{
    QStringList ids;
    for (QCheckBox *box : m_tracks)
        if (box->isChecked())
            ids << box->property("trackId").toString();
    return ids;
}

QCheckBox *LaddersView::trackBox(const QString &trackId) const
{
    for (QCheckBox *box : m_tracks)
        if (box->property("trackId").toString() == trackId)
            return box;
    return nullptr;
}

void LaddersView::refreshExperience()
{
    // 2 to 4 tracks: at the limits the boxes that would break it are disabled.
    const int checked = int(trackIds().size());
    for (QCheckBox *box : m_tracks)
        box->setEnabled(box->isChecked() ? checked > 2 : checked < 4);
    m_experienceChart->setSpec(experienceSpec(m_kb, *m_lattice, trackIds(), m_vintage->currentData().toInt(), palette()));
}

QString LaddersView::applyArguments(const QHash<QString, QString> &arguments)
{
    if (const auto it = arguments.find(QStringLiteral("chart")); it != arguments.end()) {
        bool ok = false;
        const int index = it->toInt(&ok) - 1;
        if (!ok || index < 0 || index >= m_tabs->count())
            return tr("--chart takes a number from 1 to %1, not '%2'.").arg(m_tabs->count()).arg(*it);
        m_tabs->setCurrentIndex(index);
    }
    const QString from = arguments.value(QStringLiteral("from"), m_from->currentData().toString());
    const QString to = arguments.value(QStringLiteral("to"), m_to->currentData().toString());
    if (arguments.contains(QStringLiteral("from")) || arguments.contains(QStringLiteral("to")))
        return setRoute(from, to);
    return {};
}

namespace {

QImage sceneImage(QGraphicsScene *scene, int width)
{
    const QRectF r = scene->sceneRect();
    if (r.isEmpty())
        return {};
    QImage image(QSize(width, int(width * r.height() / r.width())), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), image.size()), r);
    return image;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

std::unique_ptr<QTextDocument> LaddersView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b></p>")
                       .arg(esc(title()), esc(tr("From %1 to %2").arg(m_from->currentText(), m_to->currentText())));
    const lattice::Route *route = selectedRoute();
    if (!route) {
        html += QStringLiteral("<p>%1</p>").arg(esc(m_explanation->text()));
        doc->setHtml(html);
        return doc;
    }
    html += QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                .arg(esc(tr("%1 route").arg(routeTitle(*route))), esc(routeMonthsText(route->totals)), esc(routeCostText(route->totals)));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>#</th>");
    const QAbstractItemModel *steps = m_steps->model();
    for (int c = 0; c < steps->columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(esc(steps->headerData(c, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < steps->rowCount(); ++r) {
        html += QStringLiteral("<tr><td>%1</td>").arg(r + 1);
        for (int c = 0; c < steps->columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>").arg(esc(steps->index(r, c).data().toString()));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    for (const auto &w : route->warnings)
        html += QStringLiteral("<p style='font-size:small'>⚠ %1</p>").arg(esc(QString::fromStdString(w)));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Return on training")), esc(m_summary->text()));
    struct Picture {
        QString name;
        QImage image;
        QString caption;
    };
    const QVector<Picture> pictures{
        {QStringLiteral("roi"), m_roiChart->renderImage(QSize(900, 500)), m_roiChart->spec()->caption},
        {QStringLiteral("lattice"), sceneImage(m_diagram->scene(), 1200), m_diagram->accessibleDescription()},
        {QStringLiteral("experience"), m_experienceChart->renderImage(QSize(900, 500)), m_experienceChart->spec()->caption},
    };
    for (const Picture &p : pictures) {
        if (p.image.isNull())
            continue;
        const QUrl url(QStringLiteral("chart://") + p.name);
        doc->addResource(QTextDocument::ImageResource, url, p.image);
        html += QStringLiteral("<p><img src='%1' width='600'></p><p style='font-size:small'>%2</p>").arg(url.toString(), esc(p.caption));
    }
    doc->setHtml(html);
    return doc;
}

} // namespace hp::ui
