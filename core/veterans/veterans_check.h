#pragma once
// Cross-checks of the veterans data for `healthpath-cli data check` and the tests: veterans.json
// parses and names only roles, SOC codes, O*NET codes, lattice starts, ladder levels and sources
// that exist; every pay grade has exactly one level and every ladder level a tier; every text uses
// only the placeholders its code fills; military_crosswalk.csv and onet_titles.csv parse and agree.

#include "refdata/loader.h"
#include "refdata/problem.h"

#include <vector>

namespace hp {
struct KnowledgeData;
}

namespace hp::veterans {

std::vector<refdata::Problem> checkVeteransData(const refdata::FileSet &files, const KnowledgeData &data);

} // namespace hp::veterans
