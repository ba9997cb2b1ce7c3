#pragma once
// Builds the Compare view's chart specs from a comparison.

#include "charts/chart_specs.h"
#include "compare/comparison.h"

#include <QPalette>

#include <memory>

namespace hp::ui {

// One colour per compared role: its family colour; a second role of the same family gets a
// darker shade and a third a lighter one, so every role stays distinguishable.
QVector<QColor> roleColors(const compare::Comparison &c, const QPalette &palette);

std::shared_ptr<BoxPlotSpec> wageBandSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors);
std::shared_ptr<LineChartSpec> wageTrendSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors);
std::shared_ptr<RangeChartSpec> entryTimeSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors);
std::shared_ptr<RangeChartSpec> entryCostSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors);
std::shared_ptr<GroupedBarSpec> workStyleSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors);

} // namespace hp::ui
