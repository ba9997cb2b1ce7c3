#pragma once
// A plan as text (for the terminal and the clipboard) and as JSON (for scripts), return on
// training included. healthpath-cli path prints these; a GUI can offer them as exports.

#include "lattice/planner.h"
#include "lattice/roi.h"

#include <string>

namespace hp::lattice {

// Both need a plan with status Ok; the JSON of an unreachable plan comes from unreachableToJson.
std::string planToText(const KnowledgeBase &kb, const Plan &plan, const Baseline &baseline);
std::string planToJson(const KnowledgeBase &kb, const Plan &plan, const Baseline &baseline);
std::string unreachableToJson(const Plan &plan);

} // namespace hp::lattice
