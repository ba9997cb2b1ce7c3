#pragma once
// KnowledgeBase: the reference data as the rest of the program sees it. It keeps its SQLite store
// current with the data compiled into the program and answers queries from memory.

#include "domain/knowledge.h"
#include "refdata/problem.h"
#include "storage/sqlite.h"

#include <memory>
#include <string>
#include <vector>

namespace hp {

class KnowledgeBase {
public:
    // Opens (creating if needed) the reference store at `dbPath`; an empty path keeps it in memory.
    // On failure returns nullptr and sets `error` to a sentence.
    static std::unique_ptr<KnowledgeBase> open(const std::string &dbPath, std::string *error);
    ~KnowledgeBase();

    const KnowledgeData &data() const { return m_data; }
    const std::vector<Role> &roles() const { return m_data.roles; }

    const Role *role(std::string_view id) const;
    const Source *source(std::string_view id) const;
    const Occupation *occupation(std::string_view soc) const;
    const Certification *certification(std::string_view id) const;
    const EducationPath *educationPath(std::string_view id) const;
    const Ladder *ladder(std::string_view id) const;
    const Track *track(std::string_view id) const;
    const FamilyInfo *family(Family f) const;
    const Projection *projection(std::string_view soc) const;

    std::vector<int> vintages() const; // ascending
    int latestVintage() const;
    const WageEstimate *wage(std::string_view soc, int vintage) const;
    // The wage estimate for a role's primary occupation.
    const WageEstimate *roleWage(const Role &role, int vintage) const;

    // A ladder level's wage band from BLS percentiles of `vintage` (low, high); empty when BLS did
    // not publish one of the two percentiles (e.g. top-coded).
    struct Band {
        long low = 0, high = 0;
        std::string sourceId;
    };
    std::optional<Band> blsBand(const BlsBand &band, int vintage) const;

    // The effective status of a figure: its own override, else its source's, else UNVERIFIED.
    Status statusOf(std::string_view sourceId, std::optional<Status> override = std::nullopt) const;
    // "BLS OEWS national estimates, May 2025 — U.S. Bureau of Labor Statistics (VERIFIED)"
    std::string citation(std::string_view sourceId) const;
    // "BLS OEWS national estimates, May 2025" — short form for chart captions.
    std::string oewsCaption(int vintage) const;

    // Adds or replaces imported wage rows and their source in one transaction, then reloads.
    // Rows must name known occupations. Throws db::DbError on failure (nothing is changed then).
    void storeImportedWages(const Source &source, const std::vector<WageEstimate> &rows);

    // Validation of what is loaded now (shipped plus imported data).
    std::vector<refdata::Problem> check() const;

    // Const too: reading needs prepared statements, which SQLite's API does not make const.
    db::Database &database() const { return *m_db; }
    // Reads everything again from the store after another part of core wrote to it (the military
    // crosswalk import adds its source).
    void reload() { readAll(); }

private:
    explicit KnowledgeBase(std::unique_ptr<db::Database> db);
    void syncShipped();
    void readAll();

    std::unique_ptr<db::Database> m_db;
    KnowledgeData m_data;
};

} // namespace hp
