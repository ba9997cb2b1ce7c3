#pragma once
// Two to four roles side by side: the facts a student or counselor compares first, each cell
// with the source of its figure. The GUI's Compare view, the CLI's `compare` command and the
// printable handout all read this one structure.

#include "refdata/knowledge_base.h"

#include <optional>
#include <string>
#include <vector>

namespace hp::compare {

struct Cell {
    std::string text;
    std::string sourceId;          // empty for plain descriptions
    std::optional<Status> status;  // figure-level override of the source's status
    bool isFigure() const { return !sourceId.empty(); }
};

enum class RowId {
    Summary, TypicalDay, Settings, EntryEducation, TimeToFirstJob, CostToEntry, KeyCertifications,
    WageBand, Outlook, Remote, EntryBarrier, NextSteps
};

struct Row {
    RowId id;
    std::string key;   // "wage_band", for CSV/JSON
    std::string label; // English label for the CLI; the GUI translates by id
    std::vector<Cell> cells;
};

struct Comparison {
    int vintage = 0;
    std::vector<const Role *> roles;
    std::vector<Row> rows;
    std::vector<std::string> sourceIds() const; // every source cited, first use first
};

struct Result {
    std::optional<Comparison> comparison;
    std::string error; // a sentence, when comparison is empty
};

inline constexpr size_t kMinRoles = 2, kMaxRoles = 4;

// Fails (with a sentence naming the valid ids) for unknown or repeated ids, fewer than two or
// more than four roles, or a vintage without wage data.
Result compareRoles(const KnowledgeBase &kb, const std::vector<std::string> &roleIds, int vintage);

// Sorted list of valid role ids, for error messages.
std::string validRoleIds(const KnowledgeBase &kb);

} // namespace hp::compare
