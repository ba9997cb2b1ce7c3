#include "charts/chart_box.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp::ui {

ChartBox::ChartBox(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setAccessibleName(tr("Chart caption: what it shows and its source"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_caption);
    split->addWidget(top);
    split->addWidget(m_table);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ChartBox::setSpec(std::shared_ptr<const ChartSpec> spec)
{
    m_spec = std::move(spec);
    // Charts in hidden tabs are built when their tab is shown, so changing the compared roles
    // builds one chart, not five. The data table (the text alternative) is always current.
    if (isVisible())
        rebuild();
    else {
        m_stale = true;
        fillTable();
    }
}

void ChartBox::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QWidget::showEvent(event);
}

void ChartBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_spec)
        rebuild();
    QWidget::changeEvent(event);
}

void ChartBox::rebuild()
{
    if (!m_spec)
        return;
    m_stale = false;
    QChart *chart = m_spec->createChart(palette(), font());
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_caption->setText(m_spec->caption);
    fillTable();
}

void ChartBox::fillTable()
{
    m_view->setAccessibleName(m_spec->accessibleName.isEmpty() ? m_spec->title : m_spec->accessibleName);
    m_caption->setText(m_spec->caption);
    const TextTable table = m_spec->textTable();
    m_table->clear();
    m_table->setColumnCount(int(table.headers.size()));
    m_table->setRowCount(int(table.rows.size()));
    m_table->setHorizontalHeaderLabels(table.headers);
    QStringList description{m_spec->title};
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.rows[r].size(); ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(table.rows[r][c]));
            cells << table.headers.value(c) + QStringLiteral(": ") + table.rows[r][c];
        }
        description << cells.join(QStringLiteral(", "));
    }
    m_view->setAccessibleDescription(description.join(QLatin1Char('\n')));
    m_table->setAccessibleName(tr("%1 (data table)").arg(m_view->accessibleName()));
}

QImage ChartBox::renderImage(const QSize &size) const
{
    if (m_stale)
        const_cast<ChartBox *>(this)->rebuild(); // exporting a chart whose tab was never shown
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

} // namespace hp::ui

namespace hp::ui {

QChartView *ChartBox::chartViewBuilt()
{
    if (m_stale)
        rebuild();
    return m_view;
}

} // namespace hp::ui
