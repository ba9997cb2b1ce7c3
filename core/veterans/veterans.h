#pragma once
// Veterans: from military occupation codes to matched HealthPath roles, the level a veteran left
// at, funding, related credentials and résumé language. The crosswalk is the O*NET Military
// Crosswalk (CC BY 4.0, see crosswalkAttribution()); how a code's O*NET occupations lead to roles
// is HealthPath data (resources/data/veterans.json), never hard-coded.
//
//   const auto vet = hp::veterans::Veterans::load(kb);         // once per data change
//   auto found = vet->search("68G", "army");                    // codes and titles
//   auto result = vet->match({{"68G", ""}, {"4A051", "air-force"}}, "E5");
//   for (const auto &m : result.roles) show(m.kind, m.roleId, m.reasons);

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp {
class KnowledgeBase;
}

namespace hp::veterans {

struct Branch {
    std::string id;   // "army", "navy", "air-force", "marine-corps", "coast-guard", "space-force"
    std::string name; // "Army"
};
const std::vector<Branch> &branches();
// The branch an id, a name or a common abbreviation names ("air-force", "Air Force", "USAF");
// nullptr when none does.
const Branch *findBranch(std::string_view text);

// One military occupation of the crosswalk.
struct MilitaryOccupation {
    std::string branchId;
    std::string codeType;   // "MOS / Area of Concentration / Reporting Code", …
    std::string category;   // "Enlisted", "Warrant Officer", "Commissioned Officer"
    std::string code;       // as published, e.g. "4A051"
    std::string title;
    std::vector<std::string> onetCodes; // O*NET-SOC, e.g. "29-2072.00"
};

struct OnetOccupation {
    std::string code, title;
};

struct CodeQuery {
    std::string code;     // a code (case-insensitive; skill-level digits tolerated) or words of a title
    std::string branchId; // empty = every branch
};

enum class MatchKind { Direct, Adjacent, Stretch };
std::string_view matchKindName(MatchKind k); // "direct", "adjacent", "stretch"

struct RoleMatch {
    std::string roleId;
    MatchKind kind = MatchKind::Stretch;
    std::vector<std::string> reasons;          // plain sentences, e.g. "The crosswalk maps 68G …"
    std::vector<std::string> fromCodes;        // the military codes that led here
    std::string levelId;                       // the lattice level that matches the veteran's level
    std::vector<std::string> gaps;             // what stands between them and that level
    std::vector<std::string> credentials;      // certification ids related to the role
    std::vector<std::string> sourceIds;
};

struct Level {
    std::string id;          // "entry", "mid", "lead", "manager"
    std::string name;        // "Entry level"
    std::string scope;       // "Enlisted junior (E-1 to E-4)", …
};

struct MatchResult {
    std::vector<MilitaryOccupation> occupations; // the codes found, in query order
    std::vector<std::string> notFound;           // sentences for codes that found nothing
    std::vector<RoleMatch> roles;                // direct first, then adjacent, then stretch
    std::optional<Level> level;                  // from the pay grade, when one was given
    std::string noMatchExplanation;              // when no code matched a role directly or adjacently
    std::vector<std::string> notes;              // how codes were read: "4A0X1 is read as the family …"
};

struct FundingItem {
    std::string title, text;
    std::string sourceId;
    bool verified = false; // false: shown as "check before relying on it"
    std::string status;    // the item's status: "VERIFIED", "SECONDARY", "UNVERIFIED" or "EDITORIAL"
};

struct ResumeLine {
    std::string military;  // a duty as the military record puts it
    std::string civilian;  // the same in employers' words
};
struct Resume {
    std::vector<ResumeLine> lines;
    std::vector<std::string> keywords;
};

class Veterans {
public:
    // Reads the shipped crosswalk (and any imported one stored in the knowledge base's database).
    static std::unique_ptr<Veterans> load(const KnowledgeBase &kb, std::string *error);
    ~Veterans();

    std::size_t occupationCount() const;
    std::string crosswalkAttribution() const; // the CC BY 4.0 attribution sentence
    std::string crosswalkVintage() const;     // e.g. "O*NET Military Crosswalk, July 2024"
    std::string crosswalkSourceId() const;    // the source every crosswalk fact cites
    bool crosswalkImported() const;           // true when a user's import replaced the shipped one
    std::string onetTitle(std::string_view onetCode) const; // "Medical Records Specialists"; "" when unknown

    // Codes and titles matching `query` (code first, then title words), at most `limit`.
    std::vector<MilitaryOccupation> search(const CodeQuery &query, std::size_t limit = 50) const;
    // payGrade: "E1".."E9", "W1".."W5", "O1".."O10", or empty.
    MatchResult match(const std::vector<CodeQuery> &codes, std::string_view payGrade = {}) const;
    // The level a pay grade matches ("E5", "e-5", "CW3" and "O-3" are understood); nothing for an
    // unknown grade. HealthPath's editorial judgement (veterans.json, levels).
    std::optional<Level> level(std::string_view payGrade) const;
    std::vector<FundingItem> funding(std::string_view roleId) const;
    Resume resume(const MatchResult &result, std::string_view roleId) const;

private:
    struct Impl;
    explicit Veterans(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m;
};

} // namespace hp::veterans
