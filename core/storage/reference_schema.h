#pragma once
// The reference database: shipped knowledge plus the wage vintages a user imported.
//
//   source ◀── wage_estimate ──▶ occupation ◀── role_occupation ──▶ role ──▶ family
//     ▲                              ▲            role_related, role_certification ──▶ certification
//     └── fact_source (every sourced figure inside a document)       ladder ◀── ladder_level ──▶ role
//   lattice_node, lattice_start, lattice_move ──▶ education_path, source; lattice_move_credential ──▶ certification
//   (a move's from/to name a ladder_level or a lattice_node; the validator checks them, SQL cannot)
//   military_crosswalk_file ──▶ source; military_occupation, onet_title: a user's crosswalk import
//   (empty unless one was imported; the shipped crosswalk is read from the embedded data)
//
// Rows with origin 'shipped' are rewritten whenever the program's embedded data changes; rows with
// origin 'import' (a user's OEWS import) survive that. Version history lives in migrate().

#include "storage/sqlite.h"

namespace hp::db {

inline constexpr int kReferenceSchemaVersion = 3; // 1: knowledge and wages; 2: + career lattice;
                                                  // 3: + imported military crosswalk

// Creates or upgrades the schema in a transaction. Before upgrading an existing file it copies the
// file aside (<path>.v<N>.bak) with SQLite's backup API. Throws DbError with a sentence on failure.
void migrateReferenceSchema(Database &db);

// Copies the whole database to `target` using SQLite's online backup API.
void backupTo(Database &db, const std::string &target);

} // namespace hp::db
