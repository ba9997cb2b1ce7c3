#pragma once
// ChartPanel: the adapter between chart specs and Qt Charts (the only file that knows Qt Charts'
// API), plus the caption that names source and vintage under every chart.

#include "charts/chart_spec.h"

#include <QImage>
#include <QWidget>

class QBarSet;
class QChartView;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QLabel;
class QValueAxis;

namespace hp::ui {

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setSpec(const BarChartSpec &spec);
    const BarChartSpec &spec() const { return m_spec; }
    QImage renderImage(const QSize &size) const; // the chart alone, for printing and PNG export

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refresh();
    void applyValueRange();
    QFont labelFont() const;
    void applyLabels();
    void applyTexts();

    // A spec that differs from the shown one only in values, labels and texts (a new selected
    // role, another vintage) is applied to the existing chart by refresh(); anything else
    // (other bars, groups or options, a new palette) builds a new QChart, which costs a frame.
    BarChartSpec m_spec;
    QVector<Bar> m_bars; // m_spec.bars bottom-up, the order Qt draws them in
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    // Owned by the current chart:
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVector<QBarSet *> m_sets;                   // by group; nullptr for a group with no bar
    QVector<QGraphicsSimpleTextItem *> m_labels; // by bar, bottom-up
    QValueAxis *m_valueAxis = nullptr;
    double m_axisMax = -1; // the largest bar value m_valueAxis's range was last fitted to
};

} // namespace hp::ui
