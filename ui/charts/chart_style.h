#pragma once
// The look every Qt Charts adapter shares (compare_charts.cpp, ladder_charts.cpp): a chart themed
// from the palette, axes in the text colour, dollars as "$51,140".

#include <QString>
#include <Qt>

class QAbstractAxis;
class QChart;
class QFont;
class QPalette;
class QValueAxis;

namespace hp::ui {

struct ChartSpec;

QChart *baseChart(const ChartSpec &spec, const QPalette &pal, const QFont &font);
void styleAxis(QAbstractAxis *axis, const QPalette &pal);
QString money(double dollars);
// A value axis from 0 to a little above maxValue, with nice numbers.
QValueAxis *valueAxis(QChart *chart, const QPalette &pal, double maxValue, const QString &format, Qt::Alignment where);

} // namespace hp::ui
