#pragma once
// Input checks for makePlan, each failure one sentence a person can act on.

#include "plan/plan.h"
#include "plan/templates.h"

#include <string>

namespace hp::plan {

// Empty when the input can be planned.
std::string checkInput(const PlanInput &input, const KnowledgeBase &kb, const TemplateSet &templates);

// The role id closest to what was typed ("outpatient coder" → "outpatient-coder"), or empty.
std::string suggestRole(const KnowledgeBase &kb, std::string_view typed);

} // namespace hp::plan
