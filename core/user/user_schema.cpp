#include "user/user_schema.h"

#include "storage/reference_schema.h" // backupTo

#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hp::db {

namespace {

const char *const kSchemaV1 = R"SQL(
CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body)));
)SQL";

// Version 2: a counselor's client records. Empty text is '' rather than NULL so that the search
// triggers can join fields without COALESCE.
const char *const kClientTablesV2 = R"SQL(
CREATE TABLE client (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL CHECK (display_name <> ''),
    contact TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    current_job TEXT NOT NULL DEFAULT '',
    military TEXT NOT NULL DEFAULT '',
    clinical TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '',
    hours_per_week INTEGER,
    budget INTEGER,
    location TEXT NOT NULL DEFAULT '',
    remote TEXT NOT NULL DEFAULT 'unspecified',
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    archived INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL);
CREATE INDEX client_name ON client (display_name COLLATE NOCASE);

CREATE TABLE session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    chosen_role TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL);
CREATE INDEX session_client ON session (client_id, date);

CREATE TABLE attachment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('fit-result', 'comparison', 'route', 'plan')),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL CHECK (json_valid(body)),
    created TEXT NOT NULL);
CREATE INDEX attachment_session ON attachment (session_id);

-- Search. Each FTS row has the id of its record as rowid; the triggers below are the only writers.
-- A session row carries its client's name so that "maria cpc" finds Maria's session about the CPC.
CREATE VIRTUAL TABLE client_fts USING fts5(
    display_name, contact, background, goals, tags, location,
    prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE session_fts USING fts5(
    client_name, notes, private_notes,
    prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN
    INSERT INTO client_fts (rowid, display_name, contact, background, goals, tags, location)
    VALUES (new.id, new.display_name, new.contact,
            new.education || ' ' || new.current_job || ' ' || new.military || ' ' || new.clinical,
            new.goals, (SELECT group_concat(value, ' ') FROM json_each(new.tags)), new.location);
END;
CREATE TRIGGER client_fts_update
AFTER UPDATE OF display_name, contact, education, current_job, military, clinical, goals, tags, location ON client BEGIN
    DELETE FROM client_fts WHERE rowid = old.id;
    INSERT INTO client_fts (rowid, display_name, contact, background, goals, tags, location)
    VALUES (new.id, new.display_name, new.contact,
            new.education || ' ' || new.current_job || ' ' || new.military || ' ' || new.clinical,
            new.goals, (SELECT group_concat(value, ' ') FROM json_each(new.tags)), new.location);
END;
CREATE TRIGGER client_fts_rename AFTER UPDATE OF display_name ON client
WHEN new.display_name IS NOT old.display_name BEGIN
    UPDATE session_fts SET client_name = new.display_name
    WHERE rowid IN (SELECT id FROM session WHERE client_id = new.id);
END;
CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN
    DELETE FROM client_fts WHERE rowid = old.id;
END;

CREATE TRIGGER session_fts_insert AFTER INSERT ON session BEGIN
    INSERT INTO session_fts (rowid, client_name, notes, private_notes)
    VALUES (new.id, (SELECT display_name FROM client WHERE id = new.client_id), new.notes, new.private_notes);
END;
CREATE TRIGGER session_fts_update AFTER UPDATE OF client_id, notes, private_notes ON session BEGIN
    DELETE FROM session_fts WHERE rowid = old.id;
    INSERT INTO session_fts (rowid, client_name, notes, private_notes)
    VALUES (new.id, (SELECT display_name FROM client WHERE id = new.client_id), new.notes, new.private_notes);
END;
-- Also fires for the sessions that ON DELETE CASCADE removes with their client.
CREATE TRIGGER session_fts_delete AFTER DELETE ON session BEGIN
    DELETE FROM session_fts WHERE rowid = old.id;
END;
)SQL";

// Version 2 only adds tables: saved plans stay as they are.
void migrateTo2(Database &db)
{
    db.exec(kClientTablesV2);
}

// The copy holds the same private records as the file itself: create it 0600 before SQLite writes
// into it (SQLite keeps the mode of a file that exists).
void backupPrivately(Database &db, const std::string &target)
{
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    ::chmod(target.c_str(), 0600);
    backupTo(db, target);
}

} // namespace

void migrateUserSchema(Database &db)
{
    const int version = db.userVersion();
    if (version == kUserSchemaVersion)
        return;
    if (version > kUserSchemaVersion)
        throw DbError("Your data file " + db.path() + " was written by a newer HealthPath (schema "
                      + std::to_string(version) + "); this version understands schema "
                      + std::to_string(kUserSchemaVersion) + " and will not change it.");
    // A person's records are not a cache: copy the file aside before changing its schema.
    if (version > 0 && !db.path().empty())
        backupPrivately(db, db.path() + ".v" + std::to_string(version) + ".bak");
    Transaction tx(db);
    if (version < 1)
        db.exec(kSchemaV1);
    if (version < 2)
        migrateTo2(db);
    db.setUserVersion(kUserSchemaVersion);
    tx.commit();
}

} // namespace hp::db
