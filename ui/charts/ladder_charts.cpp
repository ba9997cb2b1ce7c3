// The Qt Charts adapter for the Ladders view's chart specs (see chart_specs.h).

#include "charts/chart_specs.h"
#include "charts/chart_style.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hp::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

QLineSeries *line(const QString &name, const QPen &pen)
{
    auto *s = new QLineSeries;
    s->setName(name);
    s->setPen(pen);
    return s;
}

void attach(QChart *chart, QAbstractSeries *series, QValueAxis *x, QValueAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// "-$3,250" rather than the accounting "($3,250)".
QString signedMoney(double d)
{
    return d < 0 ? QStringLiteral("-") + money(-d) : money(d);
}

QString years(double y)
{
    return QLocale(QLocale::English).toString(y, 'g', 3);
}

} // namespace

QChart *RoiChartSpec::createChart(const QPalette &pal, const QFont &font) const
{
    QChart *chart = baseChart(*this, pal, font);
    const int horizon = int(central.size()) - 1;
    double low = 0, high = 1;
    for (const auto *v : {&central, &p25, &p75, &baseline})
        for (double d : *v) {
            low = std::min(low, d / 1000);
            high = std::max(high, d / 1000);
        }
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1, horizon));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(12);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(Text::tr("Months from the start of the route"));
    styleAxis(x, pal);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(low * 1.08, high * 1.08);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("$%.0fk"));
    y->setTitleText(Text::tr("Cumulative, thousands of US dollars"));
    styleAxis(y, pal);
    chart->addAxis(y, Qt::AlignLeft);

    // The p25–p75 spread as a translucent area, the central line over it, the baseline dashed.
    auto *upper = new QLineSeries, *lower = new QLineSeries;
    for (int m = 0; m < p25.size() && m < p75.size(); ++m) {
        upper->append(m, std::max(p25[m], p75[m]) / 1000);
        lower->append(m, std::min(p25[m], p75[m]) / 1000);
    }
    auto *spread = new QAreaSeries(upper, lower);
    upper->setParent(spread); // QAreaSeries does not own its boundary series
    lower->setParent(spread);
    spread->setName(Text::tr("25th–75th percentile pay"));
    QColor fill = color;
    fill.setAlpha(60);
    spread->setBrush(fill);
    spread->setPen(QPen(fill.darker(110), 1));
    attach(chart, spread, x, y);
    auto *mid = line(Text::tr("This route (middle of each band)"), QPen(color, 3));
    auto *base = line(Text::tr("Baseline pay"), QPen(pal.color(QPalette::Text), 2, Qt::DashLine));
    for (int m = 0; m < central.size(); ++m)
        mid->append(m, central[m] / 1000);
    for (int m = 0; m < baseline.size(); ++m)
        base->append(m, baseline[m] / 1000);
    attach(chart, base, x, y);
    attach(chart, mid, x, y);
    if (breakEvenMonth && *breakEvenMonth < central.size()) {
        const int m = *breakEvenMonth;
        auto *marker = line(Text::tr("Break-even: month %1").arg(m), QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DotLine));
        marker->append(m, y->min());
        marker->append(m, y->max());
        attach(chart, marker, x, y);
        auto *point = new QScatterSeries;
        point->setMarkerSize(11);
        point->setColor(QColor(0xc0, 0x39, 0x2b));
        point->append(m, central[m] / 1000);
        attach(chart, point, x, y);
        chart->legend()->markers(point).first()->setVisible(false);
    }
    return chart;
}

TextTable RoiChartSpec::textTable() const
{
    TextTable t{{Text::tr("Month"), Text::tr("Baseline pay"), Text::tr("Route, 25th percentile"), Text::tr("Route, middle"),
                 Text::tr("Route, 75th percentile")},
                {}};
    for (int m = 0; m < central.size(); ++m)
        t.rows.push_back({QString::number(m), signedMoney(baseline.value(m)), signedMoney(p25.value(m)), signedMoney(central[m]),
                          signedMoney(p75.value(m))});
    return t;
}

QChart *ExperienceChartSpec::createChart(const QPalette &pal, const QFont &font) const
{
    QChart *chart = baseChart(*this, pal, font);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // dashed tracks look dashed there too
    double right = 1, top = 1;
    for (const auto &track : tracks)
        for (const auto &level : track.levels) {
            if (level.yearsMin)
                right = std::max(right, level.yearsMax.value_or(*level.yearsMin));
            if (level.high)
                top = std::max(top, *level.high / 1000);
        }
    const double end = std::ceil(right) + 1; // room for the open-ended levels to run on
    auto *x = new QValueAxis;
    x->setRange(0, end);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(end <= 12 ? 1 : 2);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(Text::tr("Years of experience"));
    styleAxis(x, pal);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(chart, pal, top, QStringLiteral("$%.0fk"), Qt::AlignLeft);
    y->setTitleText(Text::tr("Pay a year (BLS band)"));

    // Drawn bottom to top: the level boxes (bars when a level has no span of years), each track's
    // line, the solid part of lines that turn dashed, the open rings on unverified levels.
    QVector<QAbstractSeries *> boxes, lines, hidden;
    auto *rings = new QScatterSeries;
    rings->setName(Text::tr("Unverified years"));
    rings->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    rings->setMarkerSize(12);
    rings->setColor(pal.color(QPalette::Base));
    rings->setBorderColor(pal.color(QPalette::Text));
    for (const auto &track : tracks) {
        const bool anyUnverified = std::any_of(track.levels.begin(), track.levels.end(),
                                               [](const Level &l) { return l.unverified && l.yearsMin; });
        auto *mid = line(track.name, QPen(track.color, 3, anyUnverified ? Qt::DashLine : Qt::SolidLine));
        mid->setPointsVisible(true);
        mid->setMarkerSize(8);
        mid->setProperty("trackId", track.id);
        auto *solid = line(QString(), QPen(track.color, 3));
        bool unverifiedSoFar = false;
        for (const auto &level : track.levels) {
            if (!level.yearsMin || !level.low || !level.high)
                continue; // not drawn; the data table says why
            const double from = *level.yearsMin, to = level.open ? end : level.yearsMax.value_or(from);
            const double pay = (*level.low + *level.high) / 2000;
            mid->append(from, pay);
            unverifiedSoFar = unverifiedSoFar || level.unverified;
            if (unverifiedSoFar)
                rings->append(from, pay);
            else
                solid->append(from, pay);
            QColor edge = track.color;
            edge.setAlpha(150);
            const Qt::PenStyle style = level.unverified ? Qt::DashLine : Qt::SolidLine;
            if (to <= from) { // no span of years: the band is a bar (an area this thin is not drawn)
                auto *bar = line(Text::tr("%1: %2").arg(track.name, level.name), QPen(edge, 5, style, Qt::FlatCap));
                bar->append(from, *level.low / 1000);
                bar->append(from, *level.high / 1000);
                boxes << bar;
                continue;
            }
            auto *upper = new QLineSeries, *lower = new QLineSeries;
            upper->append(from, *level.high / 1000);
            upper->append(to, *level.high / 1000);
            lower->append(from, *level.low / 1000);
            lower->append(to, *level.low / 1000);
            auto *box = new QAreaSeries(upper, lower);
            upper->setParent(box); // QAreaSeries does not own its boundary series
            lower->setParent(box);
            QColor fill = track.color;
            fill.setAlpha(level.open ? 20 : 40); // an open-ended box runs to the edge: keep it faint
            box->setBrush(fill);
            box->setPen(QPen(edge, 1, style));
            box->setName(Text::tr("%1: %2").arg(track.name, level.name));
            boxes << box;
        }
        if (mid->count() == 0)
            mid->setName(Text::tr("%1 (no years stated)").arg(track.name));
        lines << mid;
        if (anyUnverified && solid->count() > 1)
            hidden << solid;
        else
            delete solid;
    }
    for (QAbstractSeries *s : boxes + lines + hidden)
        attach(chart, s, x, y);
    for (QAbstractSeries *s : boxes + hidden)
        for (QLegendMarker *m : chart->legend()->markers(s))
            m->setVisible(false);
    // Below the plot the legend truncates names that do not fit in one row; on the right it lists
    // one track a line, whole, at the cost of plot width. Right when the names would not fit the
    // narrowest chart the view makes (about 790 pixels wide at a 1280-pixel window).
    if (rings->count() > 0)
        lines << rings;
    const QFontMetrics metrics(chart->legend()->font());
    int width = 0;
    for (QAbstractSeries *s : lines)
        width += metrics.horizontalAdvance(s->name()) + 2 * metrics.height(); // + marker and spacing
    if (width > 700)
        chart->legend()->setAlignment(Qt::AlignRight);
    if (rings->count() > 0)
        attach(chart, rings, x, y);
    else
        delete rings;
    return chart;
}

TextTable ExperienceChartSpec::textTable() const
{
    TextTable t{{Text::tr("Track"), Text::tr("Level"), Text::tr("Years"), Text::tr("BLS band"), Text::tr("Middle of band"),
                 Text::tr("Status of the years"), Text::tr("Years from")},
                {}};
    for (const auto &track : tracks)
        for (const auto &level : track.levels) {
            QString span = Text::tr("not stated");
            if (level.yearsMin && level.open)
                span = Text::tr("%1 or more").arg(years(*level.yearsMin));
            else if (level.yearsMin && level.yearsMax && *level.yearsMax > *level.yearsMin)
                span = Text::tr("%1–%2").arg(years(*level.yearsMin), years(*level.yearsMax));
            else if (level.yearsMin)
                span = years(*level.yearsMin);
            const bool band = level.low && level.high;
            t.rows.push_back({track.name, level.name, span,
                              band ? Text::tr("%1–%2").arg(money(*level.low), money(*level.high)) : Text::tr("not published"),
                              band ? money((*level.low + *level.high) / 2) : QString(), level.status, level.yearsFrom});
        }
    return t;
}

} // namespace hp::ui
