#pragma once
// Internal to core/veterans: resources/data/veterans.json as read (FORMAT.md documents it), and
// the placeholder filling its texts use. Everything a match says comes from here and the
// knowledge base; nothing about military codes or roles is hard-coded.

#include "domain/provenance.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp::veterans::detail {

struct GradeBand {
    std::vector<std::string> grades; // "E5", "W3", "O10"
    std::string tier;                // "entry", "mid", "lead", "manager"
    std::string scope;               // "Non-commissioned officer (E-5 to E-6)"
};

// O*NET codes (each a prefix: "29-2099" matches 29-2099.01, "29-1" every 29-1xxx) linked to roles.
struct LinkRule {
    std::string id;
    std::vector<std::string> onet;
    std::vector<std::string> roles;
    std::string reason; // {occupation}, {onet}, {onet_title}, {role}
};

struct StretchStart {
    std::string start;              // a lattice.json node id
    std::vector<std::string> onet;  // prefixes; empty = every occupation
};

struct FundingRule {
    std::string id, title, text, sourceId;
    std::optional<Status> status;            // overrides the source's status for this item
    std::vector<std::string> educationKinds; // shown when the role's entry paths include one
    bool needsCertifications = false;        // shown when the role has certifications
};

struct DutyRule {
    std::vector<std::string> onet; // prefixes; empty for the default
    std::string military, civilian;
    std::vector<std::string> keywords;
};

struct LevelLine {
    std::string military, civilian;
};

struct Config {
    std::string sourceId; // the EDITORIAL source of every judgement in the file
    std::string crosswalkSource, vintage, attribution;

    std::string levelsSource;
    std::vector<std::pair<std::string, std::string>> tiers; // id, name; lowest first
    std::vector<GradeBand> grades;
    std::map<std::string, std::string> ladderTiers;         // ladder level id → tier id

    std::map<std::string, std::vector<std::string>> directOrder; // SOC → role ids, best first
    std::vector<LinkRule> notDirect, adjacent;

    std::vector<StretchStart> stretchStarts;
    std::string stretchReason, routeTarget;
    std::string noMatchUnknown, noMatchNoLink, noMatchRoute;
    std::vector<std::string> skills;
    std::map<std::string, std::string> gaps; // credential, experience_years, experience, below, above, education

    std::vector<FundingRule> funding;
    std::vector<DutyRule> duties;
    DutyRule defaultDuty;
    std::map<std::string, LevelLine> levelLines; // tier id → line

    int tierRank(std::string_view tier) const; // 0 = entry …; -1 when unknown
    std::string tierName(std::string_view tier) const;
};

inline constexpr std::string_view kConfigFile = "veterans.json";

// On failure returns nothing and sets `error` to a sentence naming the place at fault.
std::optional<Config> parseConfig(std::string_view json, std::string *error);

// Does `onet` ("29-2099.01") start with one of `prefixes`?
bool matchesPrefix(std::string_view onet, const std::vector<std::string> &prefixes);

// Replaces {name} with values[name]. Unknown names are left as they are and listed in `unknown`.
std::string fill(std::string_view text, const std::map<std::string, std::string> &values,
                 std::vector<std::string> *unknown = nullptr);
std::vector<std::string> placeholders(std::string_view text); // names between braces

} // namespace hp::veterans::detail
