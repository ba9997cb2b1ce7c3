#pragma once
// Import of BLS OEWS national estimates (national_MYYYY_dl.xlsx, or a CSV saved from it).
//
//   file ──parseOewsFile──▶ OewsParseResult ──storeOews──▶ KnowledgeBase (one transaction)
//          (pure: no store,                    (compares with the stored vintages and writes)
//           safe on a worker thread)
//
// All or nothing: any problem with the file gives one sentence naming the file and the row or cell,
// and nothing is stored.

#include "domain/knowledge.h"

#include <optional>
#include <string>
#include <vector>

namespace hp {

class KnowledgeBase;

struct OewsParseResult {
    std::string fileName;          // the file's name without its folder
    int vintage = 0;               // May of this year
    std::vector<WageEstimate> rows; // one per known occupation, in the order given
    std::string error;             // empty on success; otherwise one sentence
    bool vintageUnknown = false;   // the error is only that no year could be found: ask for one
    bool ok() const { return error.empty(); }
};

// Reads the file and keeps the national, cross-industry, all-ownership rows of the `known`
// occupations. The year comes from the file name (national_M2025_dl), else from the sheet name,
// else from `vintage`; when both the file and `vintage` give one they must agree.
OewsParseResult parseOewsFile(const std::string &path, const std::vector<Occupation> &known,
                              std::optional<int> vintage = std::nullopt);

struct OewsChange {
    std::string soc, title;
    std::optional<long> median;
    bool medianTopCoded = false;
    int previousVintage = 0; // 0: no earlier vintage in the store
    std::optional<long> previousMedian;
};

struct OewsImportReport {
    std::string fileName;
    int vintage = 0;
    bool replaced = false;  // the store already had rows for this vintage
    int changedRows = 0;    // when replaced: rows whose figures differ from the stored ones
    bool stored = false;    // false on a dry run or a failure
    std::vector<OewsChange> changes;
    std::string error;      // empty on success; otherwise one sentence
    bool ok() const { return error.empty(); }
    std::string text() const; // a few lines for a terminal
};

struct OewsImportOptions {
    std::optional<int> vintage;
    bool dryRun = false;     // parse and compare, store nothing
    std::string retrieved;   // ISO date recorded on the source; empty: today
};

// The source record for an imported vintage ("bls-oews-2025").
Source oewsSource(int vintage, const std::string &fileName, const std::string &retrieved);

// Compares `parsed` with the store and, unless `dryRun`, stores it. Call on the store's thread.
OewsImportReport storeOews(KnowledgeBase &kb, const OewsParseResult &parsed, const std::string &retrieved,
                           bool dryRun = false);

// parseOewsFile + storeOews.
OewsImportReport importOews(KnowledgeBase &kb, const std::string &path, const OewsImportOptions &options = {});

std::string todayIso(); // the local date, "2026-11-26"

} // namespace hp
