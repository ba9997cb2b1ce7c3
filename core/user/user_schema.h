#pragma once
// The user database: what a person makes with HealthPath (saved plans, later client records). It is
// a separate SQLite file from the reference data, because reference data can be rebuilt from the
// program and this cannot.
//
//   plan (id, title, created, updated, body = the plan as JSON, see plan/plan.h toJson)
//
// Version history: 1 = saved 30-60-90 plans. Every migration runs in one transaction after the
// file has been copied aside (<path>.v<N>.bak).

#include "storage/sqlite.h"

namespace hp::db {

inline constexpr int kUserSchemaVersion = 1;

// Creates or upgrades the schema. Throws DbError with a sentence on failure; a file written by a
// newer HealthPath is refused, never changed.
void migrateUserSchema(Database &db);

} // namespace hp::db
