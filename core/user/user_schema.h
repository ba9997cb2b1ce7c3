#pragma once
// The user database: what a person makes with HealthPath (saved plans, a counselor's client
// records). It is a separate SQLite file from the reference data, because reference data can be
// rebuilt from the program and this cannot.
//
//   plan (id, title, created, updated, body = the plan as JSON, see plan/plan.h toJson)
//
//   client ◀── session ◀── attachment          (ON DELETE CASCADE down the arrows)
//     │ uid, display_name, contact,             uid, date, notes, private_notes, chosen_role;
//     │ education, current_job, military,       attachment: uid, kind, title, body (JSON)
//     │ clinical, goals, hours_per_week,
//     │ budget, location, remote,
//     │ tags (JSON list of text), archived
//     ▼
//   client_fts (rowid = client.id): display_name, contact, background, goals, tags, location
//   session_fts (rowid = session.id): client_name, notes, private_notes
//
// The two FTS5 tables are kept by triggers (see user_schema.cpp); nothing writes them directly.
// Ids use AUTOINCREMENT so that a deleted record's id is never handed out again, which keeps an
// undone deletion (ClientStore::restoreRecord) able to put the record back under its own ids.
//
// Version history: 1 = saved 30-60-90 plans; 2 = + client records and their search index. Every
// migration runs in one transaction after the file has been copied aside (<path>.v<N>.bak).

#include "storage/sqlite.h"

namespace hp::db {

inline constexpr int kUserSchemaVersion = 2;

// Creates or upgrades the schema. Throws DbError with a sentence on failure; a file written by a
// newer HealthPath is refused, never changed.
void migrateUserSchema(Database &db);

} // namespace hp::db
