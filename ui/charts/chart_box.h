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
    QChartView *chartView() const { return m_view; }
    QTableWidget *dataTable() const { return m_table; }
    QImage renderImage(const QSize &size) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::shared_ptr<const ChartSpec> m_spec;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace hp::ui
