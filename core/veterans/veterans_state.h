#pragma once
// Internal to core/veterans: what a loaded Veterans holds, shared by the files that implement it
// (veterans.cpp loads it; matcher.cpp, levels.cpp, funding.cpp and resume.cpp read it).

#include "veterans/crosswalk.h"
#include "veterans/veterans.h"
#include "veterans/veterans_config.h"

#include <map>
#include <string>
#include <vector>

namespace hp {
class KnowledgeBase;
struct Role;
} // namespace hp

namespace hp::veterans::detail {

// The quickest lattice route from a military starting point to a role, as one phrase.
struct RouteInfo {
    std::string text;        // "coding course and CPC exam after service, then … (about 16–40 months)"
    double monthsMid = 0;    // for ordering stretch roles, quickest first
    std::vector<std::string> sourceIds;
};

struct State {
    const KnowledgeBase &kb;
    Config config;
    Crosswalk crosswalk;
    std::string crosswalkSource, vintage, attribution;
    bool imported = false;
    std::map<std::string, std::map<std::string, RouteInfo>> routes; // start → role → route
    std::map<std::string, std::string> startNames;                 // start → "military medical occupation …"

    explicit State(const KnowledgeBase &k) : kb(k) {}

    // "Army 68G (Patient Administration Specialist)"
    std::string label(const MilitaryOccupation &o) const;
    // The route from the first of `starts` that reaches the role, else from the last start.
    const RouteInfo *route(const std::vector<std::string> &starts, const std::string &roleId, std::string *startId) const;
    std::vector<std::string> stretchStarts(const std::vector<MilitaryOccupation> &found) const;
};

// The service letters of a branch ("navy" → "NPSV"); "" for an empty or unknown branch (no filter).
std::string servicesOfBranch(std::string_view branchId);

// levels.cpp
std::optional<Level> levelForGrade(const Config &config, std::string_view payGrade);
// Fills levelId and gaps (and adds the sources the gaps quote) for the veteran's level.
void placeLevel(const State &s, const Role &role, const std::optional<Level> &level, RoleMatch &match);

// resume.cpp / funding.cpp helpers
std::string joinWords(const std::vector<std::string> &items, std::string_view last = "or"); // "A, B or C"
std::string lowerFirst(std::string s); // "Coding course" → "coding course"; "CPC exam" stays

} // namespace hp::veterans::detail

namespace hp::veterans {
struct Veterans::Impl : detail::State {
    using State::State;
};
} // namespace hp::veterans
