#include "charts/chart_panel.h"

#include "theme/family_palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hp::ui {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so screen readers announce it
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
}

void ChartPanel::setSpec(const BarChartSpec &spec)
{
    m_spec = spec;
    rebuild();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}


void ChartPanel::rebuild()
{
    const QPalette pal = palette();
    auto *chart = new QChart;
    chart->setTheme(isDarkPalette(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitle(m_spec.title);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 12, 4));

    // Bars are drawn bottom-up by Qt; reverse so the spec's first bar is at the top.
    QVector<Bar> bars = m_spec.bars;
    std::reverse(bars.begin(), bars.end());

    // One stacked set per group: a bar's value sits in its own group's set, zero elsewhere, so each
    // bar gets its group's colour and the legend lists the groups.
    auto *series = new QHorizontalStackedBarSeries;
    double maxValue = 0;
    const double scale = m_spec.moneyInThousands ? 1000.0 : 1.0;
    for (int g = 0; g < m_spec.groups.size(); ++g) {
        auto *set = new QBarSet(m_spec.groups[g].name);
        set->setColor(m_spec.groups[g].color);
        set->setBorderColor(m_spec.groups[g].color.darker(130));
        bool used = false;
        for (const auto &bar : bars) {
            // Bars carry the value rounded to what the label prints ($51.1k), so both agree.
            const double value = m_spec.moneyInThousands ? std::round(bar.value / 100.0) / 10.0 : bar.value;
            set->append(bar.group == g ? value : 0.0);
            used = used || bar.group == g;
            maxValue = std::max(maxValue, bar.value / scale);
        }
        if (used)
            series->append(set);
        else
            delete set;
    }
    series->setBarWidth(0.75);
    if (m_spec.valueLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsFormat(m_spec.moneyInThousands ? QStringLiteral("$@valuek") : QStringLiteral("@value"));
        series->setLabelsPrecision(m_spec.moneyInThousands ? 4 : 6);
        for (QBarSet *set : series->barSets()) {
            set->setLabelColor(Qt::white);
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            f.setBold(true);
            set->setLabelFont(f);
        }
    }
    chart->addSeries(series);

    // Qt Charts elides every category label to "…" once the axis needs more than a fixed share of
    // a narrow chart, so the panel draws the labels itself, right-aligned beside their bars.
    QStringList categories;
    for (int i = 0; i < bars.size(); ++i)
        categories << QString::number(i);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    QFont boldLabelFont = labelFont;
    boldLabelFont.setBold(true);
    const QFontMetrics metrics(boldLabelFont);
    int labelWidth = 0;
    QVector<QGraphicsSimpleTextItem *> labels;
    for (const auto &bar : bars) {
        const QString text = bar.highlighted ? QStringLiteral("▶ ") + bar.label : bar.label;
        auto *item = new QGraphicsSimpleTextItem(text, chart);
        item->setFont(bar.highlighted ? boldLabelFont : labelFont);
        item->setBrush(pal.color(QPalette::Text));
        labels << item;
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(text));
    }
    chart->setMargins(QMargins(labelWidth + 12, 4, 12, 4));
    auto placeLabels = [chart, labels, series](const QRectF &plot) {
        const int n = labels.size();
        for (int i = 0; i < n; ++i) {
            const QPointF centre = chart->mapToPosition(QPointF(0, i), series);
            QGraphicsSimpleTextItem *item = labels[i];
            const QRectF r = item->boundingRect();
            item->setPos(plot.left() - 8 - r.width(), centre.y() - r.height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, placeLabels);

    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maxValue * 1.08);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(m_spec.moneyInThousands ? QStringLiteral("$%.0fk") : QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_spec.valueAxisTitle);
    valueAxis->setTitleVisible(!m_spec.valueAxisTitle.isEmpty());
    valueAxis->setLabelsBrush(pal.color(QPalette::Text));
    valueAxis->setTitleBrush(pal.color(QPalette::Text));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setFont(labelFont);
    chart->legend()->setVisible(m_spec.groups.size() > 1);

    // Tooltips name the bar's figure and source.
    QObject::connect(series, &QAbstractBarSeries::hovered, m_view, [this, bars](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < bars.size())
            QToolTip::showText(QCursor::pos(), bars[index].tooltip, m_view);
        else
            QToolTip::hideText();
    });

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;

    m_caption->setText(m_spec.caption);
    m_view->setAccessibleName(m_spec.accessibleName.isEmpty() ? m_spec.title : m_spec.accessibleName);
    m_view->setAccessibleDescription(m_spec.textAlternative());
    m_view->setToolTip(QString());
    m_caption->setAccessibleName(tr("Chart source"));
}

QImage ChartPanel::renderImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

} // namespace hp::ui
