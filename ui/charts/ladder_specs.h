#pragma once
// Builds the Ladders view's chart specs from a planned route and from the career tracks.

#include "charts/chart_specs.h"
#include "lattice/lattice.h"
#include "lattice/roi.h"

#include <QPalette>

#include <memory>

namespace hp::ui {

// Return on training of one route; the caption names the break-even month.
std::shared_ptr<RoiChartSpec> roiSpec(const KnowledgeBase &kb, const QString &routeName, const lattice::RoiResult &roi,
                                      int vintage, const QColor &color);
// Pay by years of experience on the given career tracks (ids from tracks.json), their years from
// lattice/experience.h, bands from `vintage`.
std::shared_ptr<ExperienceChartSpec> experienceSpec(const KnowledgeBase &kb, const lattice::Lattice &lattice,
                                                    const QStringList &trackIds, int vintage, const QPalette &palette);
// A track's line colour: its family's, a darker or lighter shade for the family's second and third
// track (in tracks.json order), so two tracks of one family stay apart.
QColor trackColor(const KnowledgeBase &kb, const Track &track, const QPalette &palette);

} // namespace hp::ui
