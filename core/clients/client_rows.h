#pragma once
// Row-level reading and writing of client records, shared by ClientStore and the JSON import.
// Nothing here checks values or opens a transaction: the callers do both. Writers store exactly
// what they are given (uid, timestamps and, when asked, the row id), which is what an undone
// deletion and an import need.

#include "clients/client.h"
#include "storage/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hp::clients::rows {

// One change made of several statements. At the outermost level it is a transaction
// (BEGIN IMMEDIATE … COMMIT); inside another transaction (an import, a benchmark filling a
// database) it is a savepoint, so ClientStore's methods can be used there too. Rolls back unless
// commit() was called.
class Change {
public:
    explicit Change(db::Database &db);
    ~Change();
    Change(const Change &) = delete;
    Change &operator=(const Change &) = delete;
    void commit();

private:
    db::Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

std::string tagsToJson(const std::vector<std::string> &tags);
std::vector<std::string> tagsFromJson(const std::string &json);

std::optional<Client> readClient(db::Database &db, std::int64_t id);
std::optional<std::int64_t> clientIdForUid(db::Database &db, const std::string &uid);
// Inserts the client with its uid, archived flag and timestamps as given; with `keepId` under
// client.id as well. Returns the row id.
std::int64_t insertClient(db::Database &db, const Client &client, bool keepId);
// Rewrites every field but id, uid and created; false when there is no such row.
bool writeClient(db::Database &db, const Client &client);

std::optional<Session> readSession(db::Database &db, std::int64_t sessionId); // with attachments
std::vector<Session> readSessions(db::Database &db, std::int64_t clientId); // by date, then id
std::optional<std::int64_t> sessionIdForUid(db::Database &db, const std::string &uid, std::int64_t *clientId = nullptr);
// Inserts the session (not its attachments) under session.clientId.
std::int64_t insertSession(db::Database &db, const Session &session, bool keepId);
// Rewrites date, notes, private notes, chosen role and updated; false when there is no such row.
bool writeSession(db::Database &db, const Session &session);

bool attachmentUidExists(db::Database &db, const std::string &uid);
std::int64_t insertAttachment(db::Database &db, std::int64_t sessionId, const Attachment &attachment, bool keepId);

bool rowExists(db::Database &db, const char *table, std::int64_t id);

} // namespace hp::clients::rows
