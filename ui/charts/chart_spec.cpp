#include "charts/chart_spec.h"

#include <QLocale>

namespace hp::ui {

QString BarChartSpec::textAlternative() const
{
    QStringList lines;
    lines << title;
    for (const auto &bar : bars)
        lines << QStringLiteral("%1: %2").arg(bar.label, QLocale(QLocale::English).toString(bar.value, 'f', 0));
    lines << caption;
    return lines.join(QLatin1Char('\n'));
}

} // namespace hp::ui
