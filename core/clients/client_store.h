#pragma once
// Client records inside the user database (see user/user_schema.h, schema version 2). A thin layer
// over UserStore's SQLite connection: every change is one transaction, and every method that
// changes something throws db::DbError with a sentence (nothing changes then), including when the
// store is open read-only.
//
// Search covers client names, contact, background, goals, tags, location and session notes (private
// ones too) through an FTS5 index kept by triggers. Input is split into words and each word matched
// as a prefix, so typing "mar cod" finds "Maria … wants coding". A client hit needs every word in
// the client record; a session hit needs every word in the session's notes or its client's name,
// and at least one in the notes, so that "maria cpc" finds Maria's session about the CPC while
// "maria" alone finds Maria once rather than once per session.

#include "clients/client.h"
#include "user/user_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hp::clients {

// One row of the client list.
struct ClientSummary {
    std::int64_t id = 0;
    std::string uid;
    std::string displayName;
    std::vector<std::string> tags;
    bool archived = false;
    int sessionCount = 0;
    std::string lastSession; // ISO date of the latest session, or empty
    std::string updated;
};

struct SearchHit {
    std::int64_t clientId = 0;
    std::string displayName;
    std::string snippet;     // text around the match; matched words between [ and ]
    std::int64_t sessionId = 0; // 0 when the match is in the client record itself
    bool archived = false;      // the client is archived (archived clients are searched too)
};

enum class ArchiveFilter { ActiveOnly, ArchivedOnly, All };

class ClientStore {
public:
    explicit ClientStore(UserStore &store);

    std::vector<ClientSummary> list(ArchiveFilter filter = ArchiveFilter::ActiveOnly); // by name
    std::optional<Client> client(std::int64_t id);
    std::optional<std::int64_t> idForUid(const std::string &uid);
    std::int64_t addClient(Client client);   // fills uid/created when empty; returns the new id
    void updateClient(const Client &client); // by id
    void setArchived(std::int64_t id, bool archived);
    void deleteClient(std::int64_t id);      // with its sessions and attachments

    std::vector<Session> sessions(std::int64_t clientId); // with attachments, by date then id
    std::optional<Session> session(std::int64_t sessionId);
    std::int64_t addSession(Session session);  // session.clientId must exist
    void updateSession(const Session &session); // fields only; attachments unchanged
    void deleteSession(std::int64_t sessionId);
    std::int64_t addAttachment(std::int64_t sessionId, Attachment attachment);
    void deleteAttachment(std::int64_t attachmentId);

    // The whole record, and its exact re-insertion (same ids and uids) for undoing a deletion.
    std::optional<ClientRecord> record(std::int64_t clientId);
    void restoreRecord(const ClientRecord &record);

    // Search as you type; at most `limit` hits, best first, one per client and session.
    std::vector<SearchHit> search(const std::string &text, int limit = 200);

    int clientCount();
    int sessionCount();

    UserStore &userStore() { return m_store; }

private:
    UserStore &m_store;
};

// Turns typed text into an FTS5 query: each word quoted and matched as a prefix; empty when the
// text has no words.
std::string ftsQuery(const std::string &text);

} // namespace hp::clients
