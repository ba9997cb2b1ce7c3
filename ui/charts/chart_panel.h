#pragma once
// ChartPanel: the adapter between chart specs and Qt Charts (the only file that knows Qt Charts'
// API), plus the caption that names source and vintage under every chart.

#include "charts/chart_spec.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QChartView;

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

    BarChartSpec m_spec;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace hp::ui
