#include "charts/chart_style.h"

#include "charts/chart_specs.h"
#include "theme/family_palette.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>

namespace hp::ui {

QChart *baseChart(const ChartSpec &spec, const QPalette &pal, const QFont &font)
{
    auto *chart = new QChart;
    chart->setTheme(isDarkPalette(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitle(spec.title);
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4));
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QPalette &pal)
{
    axis->setLabelsBrush(pal.color(QPalette::Text));
    axis->setTitleBrush(pal.color(QPalette::Text));
}

QString money(double dollars)
{
    return QLocale(QLocale::English).toCurrencyString(dollars, QStringLiteral("$"), 0);
}

QValueAxis *valueAxis(QChart *chart, const QPalette &pal, double maxValue, const QString &format, Qt::Alignment where)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, maxValue * 1.08));
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    styleAxis(axis, pal);
    chart->addAxis(axis, where);
    return axis;
}

} // namespace hp::ui
