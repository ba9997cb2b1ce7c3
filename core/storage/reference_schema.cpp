#include "storage/reference_schema.h"

#include <sqlite3.h>

namespace hp::db {

namespace {

const char *const kSchemaV1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE source (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL DEFAULT '',
    as_of TEXT NOT NULL, retrieved TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('VERIFIED','SECONDARY','UNVERIFIED','EDITORIAL')),
    note TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped','import')));
CREATE TABLE family (id TEXT PRIMARY KEY, name TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '');
CREATE TABLE occupation (soc TEXT PRIMARY KEY, title TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE TABLE role (
    id TEXT PRIMARY KEY, family TEXT NOT NULL REFERENCES family(id), name TEXT NOT NULL,
    document TEXT NOT NULL);
CREATE TABLE role_occupation (
    role_id TEXT NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    soc TEXT NOT NULL REFERENCES occupation(soc),
    is_primary INTEGER NOT NULL, lumped INTEGER NOT NULL, explanation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (role_id, soc));
CREATE TABLE role_related (
    role_id TEXT NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    related_id TEXT NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, related_id));
CREATE TABLE certification (
    id TEXT PRIMARY KEY, abbr TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL, document TEXT NOT NULL);
CREATE TABLE role_certification (
    role_id TEXT NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    certification_id TEXT NOT NULL REFERENCES certification(id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, certification_id));
CREATE TABLE education_path (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, document TEXT NOT NULL);
CREATE TABLE ladder (id TEXT PRIMARY KEY, family TEXT NOT NULL REFERENCES family(id), name TEXT NOT NULL,
    document TEXT NOT NULL);
CREATE TABLE ladder_level (
    id TEXT PRIMARY KEY, ladder_id TEXT NOT NULL REFERENCES ladder(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, name TEXT NOT NULL, role_id TEXT REFERENCES role(id));
CREATE TABLE survey (id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES source(id), document TEXT NOT NULL);
CREATE TABLE fact_source (
    owner TEXT NOT NULL, field TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (owner, field));
CREATE TABLE wage_estimate (
    soc TEXT NOT NULL REFERENCES occupation(soc), vintage INTEGER NOT NULL CHECK (vintage BETWEEN 1997 AND 2100),
    title TEXT NOT NULL DEFAULT '', employment INTEGER, emp_rse REAL, mean_hourly REAL, mean_annual INTEGER,
    p10 INTEGER, p25 INTEGER, median INTEGER, p75 INTEGER, p90 INTEGER, top_coded TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL REFERENCES source(id),
    origin TEXT NOT NULL CHECK (origin IN ('shipped','import')),
    PRIMARY KEY (soc, vintage));
CREATE TABLE projection (
    soc TEXT PRIMARY KEY REFERENCES occupation(soc), base_year INTEGER NOT NULL, target_year INTEGER NOT NULL,
    emp_base_k REAL NOT NULL, emp_target_k REAL NOT NULL, change_k REAL NOT NULL, change_pct REAL NOT NULL,
    openings_k REAL NOT NULL, entry_education TEXT NOT NULL, work_experience TEXT NOT NULL, ojt TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id));
)SQL";

// Added by schema version 2 (migrateTo2).
const char *const kLatticeTablesV2 = R"SQL(
CREATE TABLE IF NOT EXISTS lattice_node (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('start','entry','milestone')), name TEXT NOT NULL,
    document TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lattice_start (node_id TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS lattice_move (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, from_node TEXT NOT NULL, to_node TEXT NOT NULL,
    education_id TEXT REFERENCES education_path(id), source_id TEXT NOT NULL REFERENCES source(id),
    document TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lattice_move_credential (
    move_id TEXT NOT NULL REFERENCES lattice_move(id) ON DELETE CASCADE,
    certification_id TEXT NOT NULL REFERENCES certification(id),
    PRIMARY KEY (move_id, certification_id));
CREATE TABLE IF NOT EXISTS lattice_baseline (
    key TEXT PRIMARY KEY CHECK (key IN ('hourly_usd','hours_per_year')), value REAL NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id), status TEXT, note TEXT NOT NULL DEFAULT '');
)SQL";

// Added by schema version 3 (migrateTo3): a military crosswalk the user imported, which replaces
// the shipped one while it is there. One file at a time; its rows keep the file's order.
const char *const kCrosswalkTablesV3 = R"SQL(
CREATE TABLE IF NOT EXISTS military_crosswalk_file (
    id INTEGER PRIMARY KEY CHECK (id = 1), file_name TEXT NOT NULL, as_of TEXT NOT NULL DEFAULT '',
    imported_on TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id));
CREATE TABLE IF NOT EXISTS military_occupation (
    position INTEGER PRIMARY KEY, svc TEXT NOT NULL CHECK (length(svc) = 1),
    category TEXT NOT NULL CHECK (category IN ('E','W','O')), code TEXT NOT NULL, title TEXT NOT NULL,
    onet TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS onet_title (onet TEXT PRIMARY KEY, title TEXT NOT NULL);
)SQL";

} // namespace

void backupTo(Database &db, const std::string &target)
{
    sqlite3 *dest = nullptr;
    if (sqlite3_open(target.c_str(), &dest) != SQLITE_OK) {
        const std::string msg = dest ? sqlite3_errmsg(dest) : "out of memory";
        sqlite3_close(dest);
        throw DbError("Could not create the backup " + target + ": " + msg);
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", db.handle(), "main");
    if (!backup) {
        const std::string msg = sqlite3_errmsg(dest);
        sqlite3_close(dest);
        throw DbError("Could not start the backup " + target + ": " + msg);
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    const std::string msg = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE)
        throw DbError("Could not write the backup " + target + ": " + msg);
}

namespace {

// Version 2 adds the career lattice (starting points, moves, their credentials). The shipped
// data is written again on the next open, so the new tables get filled; imported wages stay.
void migrateTo2(Database &db)
{
    db.exec(kLatticeTablesV2);
    db.exec("DELETE FROM meta WHERE key = 'shipped_fingerprint'");
}

// Version 3 adds the tables of an imported military crosswalk; nothing else changes.
void migrateTo3(Database &db)
{
    db.exec(kCrosswalkTablesV3);
}

} // namespace

void migrateReferenceSchema(Database &db)
{
    const int version = db.userVersion();
    if (version == kReferenceSchemaVersion)
        return;
    if (version > kReferenceSchemaVersion)
        throw DbError("The reference database " + db.path() + " was written by a newer HealthPath (schema "
                      + std::to_string(version) + "); this version understands schema "
                      + std::to_string(kReferenceSchemaVersion) + ".");
    // Copy the file aside before changing its schema (e.g. reference.sqlite.v1.bak).
    if (version > 0 && !db.path().empty())
        backupTo(db, db.path() + ".v" + std::to_string(version) + ".bak");
    Transaction tx(db);
    if (version < 1)
        db.exec(kSchemaV1);
    if (version < 2)
        migrateTo2(db);
    if (version < 3)
        migrateTo3(db);
    db.setUserVersion(kReferenceSchemaVersion);
    tx.commit();
}

} // namespace hp::db
