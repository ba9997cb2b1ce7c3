#pragma once
// Cross-checks of the plan templates against the reference data, for `healthpath-cli data check`
// and the tests: every placeholder is one the generator fills, every fact link names something
// that exists, every figure cites a known source, every persona starts on the lattice.

#include "plan/templates.h"
#include "refdata/problem.h"

#include <vector>

namespace hp {
struct KnowledgeData;
namespace lattice {
class Lattice;
}
} // namespace hp

namespace hp::plan {

std::vector<refdata::Problem> checkTemplates(const TemplateSet &templates, const KnowledgeData &data,
                                             const lattice::Lattice &lattice);
// The embedded templates: a parse failure, or the checks above.
std::vector<refdata::Problem> checkEmbeddedTemplates(const KnowledgeData &data);

} // namespace hp::plan
