#include "user/user_schema.h"

#include "storage/reference_schema.h" // backupTo

#include <string>

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
        backupTo(db, db.path() + ".v" + std::to_string(version) + ".bak");
    Transaction tx(db);
    if (version < 1)
        db.exec(kSchemaV1);
    db.setUserVersion(kUserSchemaVersion);
    tx.commit();
}

} // namespace hp::db
