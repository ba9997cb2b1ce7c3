#pragma once
// Chart specs for the Compare and Ladders views: plain data describing a chart, turned into Qt
// Charts objects only in the adapters (charts/compare_charts.cpp, charts/ladder_charts.cpp), so
// the chart library could be swapped there.
// Every spec also gives its numbers as a table: the chart's text alternative.

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QChart;
class QFont;
class QPalette;

namespace hp::ui {

struct TextTable {
    QStringList headers;
    QVector<QStringList> rows;
};

struct ChartSpec {
    QString title;
    QString caption;        // what is shown, source and vintage
    QString accessibleName;
    virtual ~ChartSpec() = default;
    virtual QChart *createChart(const QPalette &palette, const QFont &font) const = 0;
    virtual TextTable textTable() const = 0;
};

// Wage bands: one box per role (25th–75th), whiskers 10th–90th, median line.
struct BoxPlotSpec : ChartSpec {
    struct Item {
        QString label;
        QColor color;
        double p10 = 0, p25 = 0, median = 0, p75 = 0, p90 = 0;
        bool topCoded = false; // p90 at or above BLS's top code
    };
    QVector<Item> items;
    QChart *createChart(const QPalette &palette, const QFont &font) const override;
    TextTable textTable() const override;
};

// Median wage over the vintages, one line per role; missing years stay gaps.
struct LineChartSpec : ChartSpec {
    struct Series {
        QString name;
        QColor color;
        QVector<std::optional<double>> values; // one per year
    };
    QVector<int> years;
    QVector<Series> series;
    QChart *createChart(const QPalette &palette, const QFont &font) const override;
    TextTable textTable() const override;
};

// Time or cost to entry: a min–max bar per role; unknown ranges are named in the table.
struct RangeChartSpec : ChartSpec {
    struct Item {
        QString label;
        QColor color;
        std::optional<double> min, max;
        QString note; // e.g. "unverified", "no sourced figure"
    };
    QString unit;       // "months" or "US dollars"
    bool money = false;
    QVector<Item> items;
    QChart *createChart(const QPalette &palette, const QFont &font) const override;
    TextTable textTable() const override;
};

// Work-style profile: for each dimension, one bar per role (0–5).
struct GroupedBarSpec : ChartSpec {
    struct Series {
        QString name;
        QColor color;
        QVector<double> values; // one per category
    };
    QStringList categories;
    QVector<Series> series;
    double maxValue = 5;
    QChart *createChart(const QPalette &palette, const QFont &font) const override;
    TextTable textTable() const override;
};

// Return on training (Ladders view): cumulative net earnings month by month (central line with
// the p25–p75 spread) against the cumulative baseline pay, break-even month marked.
struct RoiChartSpec : ChartSpec {
    QVector<double> central, p25, p75, baseline; // [m] = after month m; [0] = 0
    std::optional<int> breakEvenMonth;
    QColor color;
    QChart *createChart(const QPalette &palette, const QFont &font) const override;
    TextTable textTable() const override; // one row per month, 0 to the horizon
};

// Pay by years of experience (Ladders view): one line per career track through the middle of
// each level's BLS band, a point where the level's years begin; a shaded box per level spans its
// years (to the right edge when open-ended) and its band. Levels whose years rest on an
// unverified figure get a dashed line and an open ring; levels without years are in the table only.
struct ExperienceChartSpec : ChartSpec {
    struct Level {
        QString name;
        std::optional<double> yearsMin, yearsMax; // yearsMin empty: not stated
        bool open = false;                        // no upper figure: "yearsMin or more"
        std::optional<double> low, high;          // the level's BLS band, annual dollars
        bool unverified = false;
        QString status;    // e.g. "Secondary", "Unverified — check before relying on it"
        QString yearsFrom; // where the years come from: the ladder's article, or the moves and their sources
    };
    struct Track {
        QString id, name;
        QColor color;
        QVector<Level> levels;
    };
    QVector<Track> tracks;
    QChart *createChart(const QPalette &palette, const QFont &font) const override;
    TextTable textTable() const override; // one row per level of every track
};

} // namespace hp::ui
