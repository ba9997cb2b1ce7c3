#pragma once
// The military crosswalk in memory: one row per military occupation with its O*NET matches, the
// O*NET titles, and an index built once on load so that a code or title search over ~12,000 rows
// takes well under a millisecond.
//
//   exact code ──▶ rows        "68G", "4A051", "HM"
//   family key ──▶ rows        Air Force / Space Force skill levels: 4A011, 4A051, 4A0X1 → "4A0X1"
//   sorted codes               prefix search: "68" lists the 68-series
//   title words ──▶ rows       "patient admin" finds every title with words starting so
//
// Rows come from the shipped military_crosswalk.csv or from a user's import (crosswalk_import.h);
// both use the crosswalk's own service letters (SVC) and personnel categories (E, W, O).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hp::veterans {

struct MilitaryOccupation;

inline constexpr std::string_view kCrosswalkFile = "military_crosswalk.csv";
inline constexpr std::string_view kOnetTitlesFile = "onet_titles.csv";

// A service code of the O*NET crosswalk file (its Read Me's SVC column).
struct Service {
    char letter;
    std::string_view branchId; // "" for services HealthPath does not offer (federal civilian, DoD)
    std::string_view codeType; // "MOS / Area of Concentration / Reporting Code", …
};
const Service *serviceFor(char letter); // nullptr when the letter is unknown
std::string_view categoryName(char category); // 'E' → "Enlisted", 'W', 'O'; "" when unknown

struct CrosswalkRow {
    char svc = 'A';
    char category = 'E';
    std::string code, title;
    std::vector<std::string> onet; // O*NET-SOC codes, "29-2072.00"
};

// Parses military_crosswalk.csv / onet_titles.csv (FORMAT.md). On failure returns false and sets
// `error` to a sentence naming the file and line.
bool parseCrosswalkCsv(std::string_view text, const std::string &file, std::vector<CrosswalkRow> &rows, std::string &error);
bool parseOnetTitlesCsv(std::string_view text, const std::string &file, std::map<std::string, std::string> &titles,
                        std::string &error);

bool isOnetCode(std::string_view code); // "29-2072.00"
std::string normalizeCode(std::string_view code); // upper case, no spaces

class Crosswalk {
public:
    enum class How { Exact, SkillLevel, Rate, Family, Prefix, Title };
    struct Hit {
        std::uint32_t row = 0;
        How how = How::Exact;
        std::string matchedAs; // the code looked up when `how` is SkillLevel, Rate or Family
    };
    using ServiceSet = std::string; // service letters to look in; empty = every service

    Crosswalk() = default;
    Crosswalk(std::vector<CrosswalkRow> rows, std::map<std::string, std::string> onetTitles);

    const std::vector<CrosswalkRow> &rows() const { return m_rows; }
    const CrosswalkRow &row(std::uint32_t i) const { return m_rows[i]; }
    std::string onetTitle(std::string_view onet) const; // "" when unknown
    const std::map<std::string, std::string> &onetTitles() const { return m_onetTitles; }
    MilitaryOccupation occupation(std::uint32_t row) const;

    // `query` as a code: exact, else with a skill level or rate left out (68G30 → 68G, HM2 → HM,
    // 4A0X1 → the family). Empty when nothing matches as a code.
    std::vector<Hit> findCode(std::string_view query, const ServiceSet &services) const;
    // Codes starting with `query`, in code order, at most `limit`.
    std::vector<Hit> findPrefix(std::string_view query, const ServiceSet &services, std::size_t limit) const;
    // Titles holding every word of `query` (each word may be the start of a title word), best first.
    std::vector<Hit> findTitle(std::string_view query, const ServiceSet &services, std::size_t limit,
                               std::size_t *total = nullptr) const;
    // Codes, then prefixes, then titles, without repeats, at most `limit`.
    std::vector<Hit> search(std::string_view query, const ServiceSet &services, std::size_t limit) const;

private:
    void buildIndex();
    bool allowed(std::uint32_t row, const ServiceSet &services) const;
    std::vector<Hit> lookup(const std::string &key, How how, const ServiceSet &services, std::string_view services2 = {}) const;

    std::vector<CrosswalkRow> m_rows;
    std::map<std::string, std::string> m_onetTitles;
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_exact, m_family;
    std::vector<std::pair<std::string, std::uint32_t>> m_sortedCodes;
    std::vector<std::pair<std::string, std::vector<std::uint32_t>>> m_words; // sorted by word
    std::vector<std::uint16_t> m_titleWords; // number of words in each row's title
};

} // namespace hp::veterans
