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

namespace {

// The value a bar is drawn at: rounded to what its label prints ($51.1k), so both agree.
double plottedValue(const BarChartSpec &spec, const Bar &bar)
{
    return spec.moneyInThousands ? std::round(bar.value / 100.0) / 10.0 : bar.value;
}

QVector<bool> usedGroups(const BarChartSpec &spec)
{
    QVector<bool> used(spec.groups.size(), false);
    for (const auto &bar : spec.bars)
        if (bar.group >= 0 && bar.group < used.size())
            used[bar.group] = true;
    return used;
}

// True if `b` can be shown by refreshing a chart built for `a`: same bar count, same groups in
// the same colours, same options. Title, values, labels, highlight and texts may differ.
bool sameShape(const BarChartSpec &a, const BarChartSpec &b)
{
    if (a.bars.size() != b.bars.size() || a.groups.size() != b.groups.size() || a.valueAxisTitle != b.valueAxisTitle
        || a.moneyInThousands != b.moneyInThousands || a.valueLabels != b.valueLabels)
        return false;
    for (int g = 0; g < a.groups.size(); ++g)
        if (a.groups[g].name != b.groups[g].name || a.groups[g].color != b.groups[g].color)
            return false;
    return usedGroups(a) == usedGroups(b);
}

// Right-aligns each category label beside its bar, left of the plot area.
void placeLabels(QChart *chart, QHorizontalStackedBarSeries *series, const QVector<QGraphicsSimpleTextItem *> &labels,
                 const QRectF &plot)
{
    for (int i = 0; i < labels.size(); ++i) {
        const QPointF centre = chart->mapToPosition(QPointF(0, i), series);
        QGraphicsSimpleTextItem *item = labels[i];
        const QRectF r = item->boundingRect();
        item->setPos(plot.left() - 8 - r.width(), centre.y() - r.height() / 2);
    }
}

} // namespace

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
    const bool refreshable = m_view->chart() && m_series && sameShape(m_spec, spec);
    m_spec = spec;
    if (refreshable)
        refresh();
    else
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
    m_bars = m_spec.bars;
    std::reverse(m_bars.begin(), m_bars.end());

    // One stacked set per group: a bar's value sits in its own group's set, zero elsewhere, so each
    // bar gets its group's colour and the legend lists the groups.
    m_series = new QHorizontalStackedBarSeries;
    m_sets = QVector<QBarSet *>(m_spec.groups.size(), nullptr);
    const QVector<bool> used = usedGroups(m_spec);
    for (int g = 0; g < m_spec.groups.size(); ++g) {
        if (!used[g])
            continue;
        auto *set = new QBarSet(m_spec.groups[g].name);
        set->setColor(m_spec.groups[g].color);
        set->setBorderColor(m_spec.groups[g].color.darker(130));
        for (const auto &bar : m_bars)
            set->append(bar.group == g ? plottedValue(m_spec, bar) : 0.0);
        m_series->append(set);
        m_sets[g] = set;
    }
    m_series->setBarWidth(0.75);
    if (m_spec.valueLabels) {
        m_series->setLabelsVisible(true);
        m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        m_series->setLabelsFormat(m_spec.moneyInThousands ? QStringLiteral("$@valuek") : QStringLiteral("@value"));
        m_series->setLabelsPrecision(m_spec.moneyInThousands ? 4 : 6);
        for (QBarSet *set : m_series->barSets()) {
            set->setLabelColor(Qt::white);
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            f.setBold(true);
            set->setLabelFont(f);
        }
    }
    chart->addSeries(m_series);

    // Qt Charts elides every category label to "…" once the axis needs more than a fixed share of
    // a narrow chart, so the panel draws the labels itself, right-aligned beside their bars.
    QStringList categories;
    for (int i = 0; i < m_bars.size(); ++i)
        categories << QString::number(i);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);
    m_labels.clear();
    for (int i = 0; i < m_bars.size(); ++i)
        m_labels << new QGraphicsSimpleTextItem(chart);
    applyLabels();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, series = m_series, labels = m_labels](const QRectF &plot) {
        placeLabels(chart, series, labels, plot);
    });

    m_valueAxis = new QValueAxis;
    m_axisMax = -1;
    applyValueRange();
    m_valueAxis->setLabelFormat(m_spec.moneyInThousands ? QStringLiteral("$%.0fk") : QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(m_spec.valueAxisTitle);
    m_valueAxis->setTitleVisible(!m_spec.valueAxisTitle.isEmpty());
    m_valueAxis->setLabelsBrush(pal.color(QPalette::Text));
    m_valueAxis->setTitleBrush(pal.color(QPalette::Text));
    chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setFont(labelFont());
    chart->legend()->setVisible(m_spec.groups.size() > 1);

    // Tooltips name the bar's figure and source.
    QObject::connect(m_series, &QAbstractBarSeries::hovered, m_view, [this](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < m_bars.size())
            QToolTip::showText(QCursor::pos(), m_bars[index].tooltip, m_view);
        else
            QToolTip::hideText();
    });

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;
    applyTexts();
}

// The shown chart takes the new spec's title, values, labels and value range in place: no Qt
// Charts item is created or destroyed, and only values that changed are replaced.
void ChartPanel::refresh()
{
    QChart *chart = m_view->chart();
    chart->setTitle(m_spec.title);
    m_bars = m_spec.bars;
    std::reverse(m_bars.begin(), m_bars.end());
    for (int g = 0; g < m_sets.size(); ++g) {
        QBarSet *set = m_sets[g];
        if (!set)
            continue;
        for (int i = 0; i < m_bars.size(); ++i) {
            const double value = m_bars[i].group == g ? plottedValue(m_spec, m_bars[i]) : 0.0;
            if (set->at(i) != value)
                set->replace(i, value);
        }
    }
    applyValueRange();
    applyLabels();
    placeLabels(chart, m_series, m_labels, chart->plotArea());
    applyTexts();
}

// The value axis runs from 0 to a round number above the largest bar. applyNiceNumbers() starts
// from the axis's tick count, so that is reset to a new axis's first: a refreshed chart gets
// exactly the ticks a rebuilt one would.
void ChartPanel::applyValueRange()
{
    double max = 0;
    if (!m_spec.groups.isEmpty()) {
        const double scale = m_spec.moneyInThousands ? 1000.0 : 1.0;
        for (const auto &bar : m_bars)
            max = std::max(max, bar.value / scale);
    }
    if (max == m_axisMax)
        return; // already applied to this axis
    m_axisMax = max;
    static const int defaultTicks = QValueAxis().tickCount();
    m_valueAxis->setTickCount(defaultTicks);
    m_valueAxis->setRange(0, max * 1.08);
    m_valueAxis->applyNiceNumbers();
}

QFont ChartPanel::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

// The category labels' text (the highlighted bar's is bold, with a marker) and the left margin
// that fits the widest.
void ChartPanel::applyLabels()
{
    const QFont normal = labelFont();
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QBrush brush = palette().color(QPalette::Text);
    int labelWidth = 0;
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        const QString text = bar.highlighted ? QStringLiteral("▶ ") + bar.label : bar.label;
        QGraphicsSimpleTextItem *item = m_labels[i];
        item->setText(text);
        item->setFont(bar.highlighted ? bold : normal);
        item->setBrush(brush);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(text));
    }
    m_series->chart()->setMargins(QMargins(labelWidth + 12, 4, 12, 4));
}

void ChartPanel::applyTexts()
{
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
