#pragma once
// Builds the Ladders view's chart specs from a planned route and from the ladders.

#include "charts/chart_specs.h"
#include "lattice/roi.h"

#include <QPalette>

#include <memory>

namespace hp::ui {

// Return on training of one route; the caption names the break-even month.
std::shared_ptr<RoiChartSpec> roiSpec(const KnowledgeBase &kb, const QString &routeName, const lattice::RoiResult &roi,
                                      int vintage, const QColor &color);
// Pay by years of experience for the given ladders (ids), bands from `vintage`.
std::shared_ptr<ExperienceChartSpec> experienceSpec(const KnowledgeBase &kb, const QStringList &ladderIds, int vintage,
                                                    const QPalette &palette);

} // namespace hp::ui
