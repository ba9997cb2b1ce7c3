#pragma once
// The lattice in the reference store: KnowledgeBase writes it with the rest of the shipped data and
// reads it back. Kept apart from knowledge_base.cpp so that file stays about one thing.

#include "domain/knowledge.h"
#include "refdata/loader.h"
#include "storage/sqlite.h"

namespace hp::refdata {

// Deletes the shipped lattice rows. Call before the tables they reference are emptied.
void clearLattice(db::Database &db);
// Writes loaded.data.lattice; `fact` is the prepared fact_source insert (owner, field, source).
void writeLattice(db::Database &db, const LoadResult &loaded, db::Statement &fact);
LatticeData readLattice(db::Database &db, std::vector<Problem> &problems);

} // namespace hp::refdata
