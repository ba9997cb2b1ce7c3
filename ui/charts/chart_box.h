#pragma once
// A chart, its caption and its text alternative (the same numbers as a keyboard-reachable table).

#include "charts/chart_specs.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QTableWidget;

namespace hp::ui {

class ChartBox : public QWidget {
    Q_OBJECT
public:
    explicit ChartBox(QWidget *parent = nullptr);

    void setSpec(std::shared_ptr<const ChartSpec> spec);
    const ChartSpec *spec() const { return m_spec.get(); }
    QChartView *chartViewBuilt(); // the chart view, building a pending chart first
    QChartView *chartView() const { return m_view; }
    QTableWidget *dataTable() const { return m_table; }
    QImage renderImage(const QSize &size) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void fillTable();

    std::shared_ptr<const ChartSpec> m_spec;
    bool m_stale = false; // a spec arrived while hidden: build the chart when shown
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace hp::ui
