// The Qt Charts adapter for the Compare view's chart specs (see chart_specs.h).

#include "charts/chart_specs.h"
#include "charts/chart_style.h"
#include "theme/family_palette.h"

#include <QBarCategoryAxis>
#include <QCoreApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hp::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

// Qt Charts cuts category labels to "…" once they need more than a small share of a narrow
// chart, so the labels are drawn here instead: under each box (vertical) or left of each bar
// (horizontal), kept in place whenever the plot area moves.
void drawCategoryLabels(QChart *chart, QAbstractSeries *series, QBarCategoryAxis *axis, const QStringList &labels,
                        Qt::Orientation categoriesAlong, const QPalette &pal, const QFont &font)
{
    QStringList blanks;
    for (int i = 0; i < labels.size(); ++i)
        blanks << QString(i + 1, QLatin1Char(' '));
    axis->clear();
    axis->append(blanks); // unique, invisible category names keep the layout
    axis->setLabelsVisible(false);
    QVector<QGraphicsSimpleTextItem *> items;
    int widest = 0;
    const QFontMetrics metrics(font);
    for (const QString &label : labels) {
        auto *item = new QGraphicsSimpleTextItem(label, chart);
        item->setFont(font);
        item->setBrush(pal.color(QPalette::Text));
        items << item;
        for (const QString &line : label.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    const bool vertical = categoriesAlong == Qt::Horizontal;
    QMargins margins = chart->margins();
    if (vertical)
        margins.setBottom(margins.bottom() + 2 * metrics.height() + 6);
    else
        margins.setLeft(margins.left() + widest + 10);
    chart->setMargins(margins);
    auto place = [chart, series, items, vertical](const QRectF &plot) {
        for (int i = 0; i < items.size(); ++i) {
            const QPointF at = chart->mapToPosition(vertical ? QPointF(i, 0) : QPointF(0, i), series);
            const QRectF r = items[i]->boundingRect();
            if (vertical)
                items[i]->setPos(at.x() - r.width() / 2, plot.bottom() + 6);
            else
                items[i]->setPos(plot.left() - 8 - r.width(), at.y() - r.height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
}

QString twoLines(const QString &label)
{
    QString wrapped = label;
    if (const int space = wrapped.indexOf(QLatin1Char(' ')); space > 0)
        wrapped[space] = QLatin1Char('\n');
    return wrapped;
}

} // namespace

QChart *BoxPlotSpec::createChart(const QPalette &pal, const QFont &font) const
{
    QChart *chart = baseChart(*this, pal, font);
    auto *series = new QBoxPlotSeries;
    QStringList labels;
    double top = 0;
    for (const auto &item : items) {
        auto *set = new QBoxSet(item.p10 / 1000, item.p25 / 1000, item.median / 1000, item.p75 / 1000, item.p90 / 1000, item.label);
        set->setBrush(item.color);
        set->setPen(QPen(pal.color(QPalette::Text), 1.2));
        series->append(set);
        labels << twoLines(item.label);
        top = std::max(top, item.p90 / 1000);
    }
    series->setBoxWidth(0.45);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    styleAxis(categories, pal);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(valueAxis(chart, pal, top, QStringLiteral("$%.0fk"), Qt::AlignLeft));
    drawCategoryLabels(chart, series, categories, labels, Qt::Horizontal, pal, font);
    chart->legend()->setVisible(false);
    return chart;
}

TextTable BoxPlotSpec::textTable() const
{
    TextTable t{{Text::tr("Role"), Text::tr("10th"), Text::tr("25th"), Text::tr("Median"), Text::tr("75th"), Text::tr("90th")}, {}};
    for (const auto &i : items)
        t.rows.push_back({i.label, money(i.p10), money(i.p25), money(i.median), money(i.p75),
                          i.topCoded ? Text::tr("at or above top code") : money(i.p90)});
    return t;
}

QChart *LineChartSpec::createChart(const QPalette &pal, const QFont &font) const
{
    QChart *chart = baseChart(*this, pal, font);
    double top = 0;
    for (const auto &s : series)
        for (const auto &v : s.values)
            if (v)
                top = std::max(top, *v / 1000);
    auto *xAxis = new QValueAxis;
    xAxis->setRange(years.isEmpty() ? 0 : years.front() - 0.25, years.isEmpty() ? 1 : years.back() + 0.25);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(years.isEmpty() ? 0 : years.front());
    xAxis->setTickInterval(1);
    xAxis->setLabelFormat(QStringLiteral("May %d"));
    styleAxis(xAxis, pal);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = valueAxis(chart, pal, top, QStringLiteral("$%.0fk"), Qt::AlignLeft);
    yAxis->setMin(0);
    for (const auto &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(s.color, 3);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i < years.size() && i < s.values.size(); ++i)
            if (s.values[i])
                line->append(years[i], *s.values[i] / 1000);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    return chart;
}

TextTable LineChartSpec::textTable() const
{
    TextTable t;
    t.headers << Text::tr("Role");
    for (int y : years)
        t.headers << Text::tr("May %1").arg(y);
    for (const auto &s : series) {
        QStringList row{s.name};
        for (const auto &v : s.values)
            row << (v ? money(*v) : Text::tr("not published"));
        t.rows.push_back(row);
    }
    return t;
}

QChart *RangeChartSpec::createChart(const QPalette &pal, const QFont &font) const
{
    QChart *chart = baseChart(*this, pal, font);
    const double scale = money ? 1000.0 : 1.0;
    // Stacked bars: an invisible base up to the minimum, then one coloured span per role.
    auto *series = new QHorizontalStackedBarSeries;
    auto *base = new QBarSet(QString());
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    QStringList labels;
    double top = 0;
    for (int i = items.size() - 1; i >= 0; --i) {
        const auto &item = items[i];
        base->append(item.min.value_or(0) / scale);
        labels << item.label;
        top = std::max(top, item.max.value_or(item.min.value_or(0)) / scale);
    }
    series->append(base);
    for (int k = 0; k < items.size(); ++k) {
        const auto &item = items[k];
        auto *set = new QBarSet(item.label);
        set->setColor(item.color);
        set->setBorderColor(item.color.darker(130));
        for (int i = items.size() - 1; i >= 0; --i) {
            double span = 0;
            if (i == k && item.min && item.max)
                span = std::max((*item.max - *item.min) / scale, top / 150); // a point range still shows
            set->append(span);
        }
        series->append(set);
    }
    series->setBarWidth(0.55);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    styleAxis(categories, pal);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis(chart, pal, top, money ? QStringLiteral("$%.0fk") : QStringLiteral("%.0f"), Qt::AlignBottom));
    drawCategoryLabels(chart, series, categories, labels, Qt::Vertical, pal, font);
    chart->legend()->markers(series).first()->setVisible(false);
    chart->legend()->setVisible(false);
    return chart;
}

TextTable RangeChartSpec::textTable() const
{
    TextTable t{{Text::tr("Role"), Text::tr("From"), Text::tr("To"), Text::tr("Note")}, {}};
    auto fmt = [this](const std::optional<double> &v) {
        if (!v)
            return Text::tr("unknown");
        return this->money ? ui::money(*v) : QLocale(QLocale::English).toString(*v) + QLatin1Char(' ') + unit;
    };
    for (const auto &i : items)
        t.rows.push_back({i.label, fmt(i.min), fmt(i.max), i.note});
    return t;
}

QChart *GroupedBarSpec::createChart(const QPalette &pal, const QFont &font) const
{
    QChart *chart = baseChart(*this, pal, font);
    auto *bars = new QBarSeries;
    for (const auto &s : series) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color.darker(130));
        for (double v : s.values)
            set->append(v);
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(this->categories);
    styleAxis(categories, pal);
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    QStringList labels;
    for (const QString &c : this->categories)
        labels << twoLines(c);
    auto *axis = new QValueAxis;
    axis->setRange(0, maxValue);
    axis->setTickCount(int(maxValue) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, pal);
    chart->addAxis(axis, Qt::AlignLeft);
    bars->attachAxis(axis);
    drawCategoryLabels(chart, bars, categories, labels, Qt::Horizontal, pal, font);
    chart->legend()->setAlignment(Qt::AlignTop); // the drawn labels take the space under the axis
    return chart;
}

TextTable GroupedBarSpec::textTable() const
{
    TextTable t;
    t.headers << Text::tr("Role") << categories;
    for (const auto &s : series) {
        QStringList row{s.name};
        for (double v : s.values)
            row << QString::number(v);
        t.rows.push_back(row);
    }
    return t;
}

} // namespace hp::ui
