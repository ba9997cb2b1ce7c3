#pragma once
// Reads lattice.json (starting points, extra nodes and moves between role levels) into LatticeData.
// The node and move parsers are also used to read the documents back from the SQLite store.

#include "domain/knowledge.h"
#include "refdata/json_reader.h"
#include "refdata/loader.h"

#include <boost/json/value.hpp>

namespace hp::refdata {

// Flags a move may carry. FORMAT.md ("lattice.json") says what each one means.
inline constexpr std::string_view kLatticeFlags[] = {
    "apprentice_bridge", "externship", "adjacent_entry", "unusual_without_clinical",
    "transferable_knowledge", "crosswalk_match", "degree_often_expected",
};
// Backgrounds a starting point may bring.
inline constexpr std::string_view kLatticeBackgrounds[] = {"clinical", "behavioral-health", "degree", "military"};

LatticeNode parseLatticeNode(const boost::json::value &v, Reader &r);
LatticeMove parseLatticeMove(const boost::json::value &v, Reader &r);

// Parses files["lattice.json"] into result.data.lattice and keeps each node and move document in
// result.documents["lattice_node"] / ["lattice_move"]; problems go to result.problems.
void parseLatticeFile(const FileSet &files, LoadResult &result);

} // namespace hp::refdata
