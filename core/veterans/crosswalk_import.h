#pragma once
// Import of a newer O*NET Military Crosswalk: military_crosswalk.zip as O*NET publishes it, or the
// milxMMYY.csv inside it. The import replaces the shipped crosswalk until it is removed.
//
//   file ──parseCrosswalkFile──▶ CrosswalkParseResult ──storeCrosswalk──▶ reference store
//          (pure: no store,                              (compares with the crosswalk in use and
//           safe on a worker thread)                      writes in one transaction)
//
// All or nothing: any problem with the file gives one sentence naming the file and the line, and
// nothing is stored.
//
// The layout (columns found by name, case-insensitively; others are ignored):
//   SVC            service: A Army, N Navy, F Air Force, H Space Force, M Marine Corps, C Coast Guard, …
//   MPC (or EO)    personnel category: E enlisted, W warrant officer, O officer ("-" civilian)
//   MOC, MOC_TITLE the military occupation code and its title
//   STATUS         A active, O obsolete
//   ONET1 … ONETn  the matched O*NET-SOC codes ("-" or empty: none); ONETn_TITLE their titles (optional)
// Obsolete rows, rows without a match and non-military services (federal civilian, DoD) are left
// out and counted; rows repeating a code and title of the same service are merged.

#include "veterans/crosswalk.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp {
class KnowledgeBase;
namespace db {
class Database;
}
} // namespace hp

namespace hp::veterans {

struct CrosswalkParseResult {
    std::string fileName;   // as the user named it; "military_crosswalk.zip (milx0724.csv)" for an archive
    std::string asOf;       // "2024-07" from a name such as milx0724.csv; "" when the name does not say
    std::vector<CrosswalkRow> rows;
    std::map<std::string, std::string> onetTitles; // from the ONETn_TITLE columns
    int dataRows = 0;       // rows below the header
    int obsolete = 0, noMatch = 0, notMilitary = 0, unknownService = 0, merged = 0;
    std::string error;      // empty on success; otherwise one sentence
    bool ok() const { return error.empty(); }
};

CrosswalkParseResult parseCrosswalkFile(const std::string &path);
// The same for text already read (a CSV, not an archive).
CrosswalkParseResult parseCrosswalkText(std::string_view text, const std::string &fileName);

struct CrosswalkImportReport {
    std::string fileName, asOf;
    int occupations = 0, matches = 0;      // kept from the file
    int obsolete = 0, noMatch = 0, notMilitary = 0, unknownService = 0;
    std::string previousVintage;           // the crosswalk in use before
    int previousOccupations = 0;
    int added = 0, removed = 0, changed = 0; // codes compared with it (changed: other O*NET matches)
    bool stored = false;                   // false on a dry run or a failure
    std::string error;
    bool ok() const { return error.empty(); }
    std::string text() const;              // a few lines for a terminal
};

// Compares `parsed` with the crosswalk in use and, unless `dryRun`, stores it in one transaction
// and reloads the knowledge base's sources. `retrieved`: ISO date recorded on the source.
CrosswalkImportReport storeCrosswalk(KnowledgeBase &kb, const CrosswalkParseResult &parsed, const std::string &retrieved,
                                     bool dryRun = false);
// parseCrosswalkFile + storeCrosswalk; `retrieved` empty = today.
CrosswalkImportReport importCrosswalk(KnowledgeBase &kb, const std::string &path, bool dryRun = false,
                                      std::string retrieved = {});
// Removes an imported crosswalk, so the shipped one is used again. Returns false when none was stored.
bool removeImportedCrosswalk(KnowledgeBase &kb);

inline constexpr std::string_view kImportedCrosswalkSource = "onet-military-crosswalk-import";

// What an import left in the store (crosswalk_import.cpp writes it, Veterans::load reads it).
struct StoredCrosswalk {
    std::string fileName, asOf, importedOn, sourceId;
    std::vector<CrosswalkRow> rows;
    std::map<std::string, std::string> onetTitles;
};
std::optional<StoredCrosswalk> readStoredCrosswalk(db::Database &db); // nothing when none was imported

// "O*NET Military Crosswalk, July 2025 (imported from milx0725.csv)"
std::string crosswalkVintageText(const std::string &fileName, const std::string &asOf);

} // namespace hp::veterans
