#pragma once
// Turns the reference data files into KnowledgeData and checks them.
//
//   resources/data/*.json, *.csv ──parse──▶ KnowledgeData ──validate──▶ problems
//                                                │
//                                                └──▶ ReferenceStore (SQLite) ──▶ KnowledgeBase

#include "domain/knowledge.h"
#include "refdata/problem.h"

#include <map>
#include <string>
#include <vector>

namespace hp::refdata {

// File path (relative to resources/data) → content.
using FileSet = std::map<std::string, std::string>;

FileSet embeddedFileSet();

struct LoadResult {
    KnowledgeData data;
    // The JSON text of each document-shaped record, keyed by kind then id, stored as-is in SQLite.
    std::map<std::string, std::map<std::string, std::string>> documents;
    std::vector<Problem> problems;
    bool ok() const { return problems.empty(); }
};

LoadResult load(const FileSet &files); // parses, then validates
LoadResult loadEmbedded();

// Cross-file checks on already-parsed data. load() calls it; the store calls it after an import.
std::vector<Problem> validate(const KnowledgeData &data);

// Wage rows from the CSV format of wages_oews_national.csv.
std::vector<WageEstimate> parseWageCsv(std::string_view text, const std::string &file, std::vector<Problem> &problems);

// A stable fingerprint of the shipped files, so a store knows when to reload them.
std::string fingerprint(const FileSet &files);

} // namespace hp::refdata
