#pragma once
// A chart described as plain data. Views build a spec; chart_factory turns it into a Qt Charts
// widget. Keeping the views on specs means the chart library could be swapped in one place, and
// tests can check what a chart shows without poking at Qt Charts internals.

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hp::ui {

struct BarGroup {          // one legend entry (e.g. a role family) with its colour
    QString name;
    QColor color;
};

struct Bar {               // one category on the axis (e.g. a role)
    QString label;
    double value = 0;
    int group = 0;         // index into BarChartSpec::groups
    QString tooltip;
    bool highlighted = false;
};

struct BarChartSpec {
    QString title;
    QString valueAxisTitle;
    QString caption;       // source and vintage, shown under the chart
    QVector<BarGroup> groups;
    QVector<Bar> bars;     // drawn top to bottom in this order
    QString accessibleName;
    bool moneyInThousands = true; // values are dollars; the axis reads "$50k"
    bool valueLabels = true;      // print each bar's value at its end

    // The same numbers as text, for screen readers and the text alternative.
    QString textAlternative() const;
};

} // namespace hp::ui
