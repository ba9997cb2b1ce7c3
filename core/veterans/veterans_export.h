#pragma once
// The veterans results as text for a terminal and as JSON, for `healthpath-cli veterans`.

#include "veterans/veterans.h"

#include <string>
#include <vector>

namespace hp {
class KnowledgeBase;
}

namespace hp::veterans {

// The match; with a role id, also its funding and résumé lines.
std::string matchToText(const Veterans &vet, const KnowledgeBase &kb, const MatchResult &result, const std::string &roleId = {});
std::string matchToJson(const Veterans &vet, const KnowledgeBase &kb, const MatchResult &result, const std::string &roleId = {});

std::string occupationsToText(const Veterans &vet, const std::vector<MilitaryOccupation> &found);
std::string occupationsToJson(const Veterans &vet, const std::vector<MilitaryOccupation> &found);

} // namespace hp::veterans
