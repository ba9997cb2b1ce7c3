#include "clients/client_store.h"

#include "clients/client_rows.h"
#include "io/text.h"

#include <boost/json.hpp>

namespace hp::clients {

namespace {

db::Database &database(UserStore &store)
{
    return store.database();
}

void requireWritable(const UserStore &store)
{
    if (store.readOnly())
        throw db::DbError("Your data file is open read-only; nothing was changed.");
}

void requireValid(const std::string &problem)
{
    if (!problem.empty())
        throw db::DbError(problem);
}

std::string noClient(std::int64_t id)
{
    return "There is no client number " + std::to_string(id) + ".";
}

std::string noSession(std::int64_t id)
{
    return "There is no session number " + std::to_string(id) + ".";
}

// Fills in what a new attachment may leave empty and refuses a body that is not JSON.
Attachment prepareAttachment(Attachment a, const std::string &now)
{
    boost::system::error_code ec;
    boost::json::parse(a.body, ec);
    if (ec)
        throw db::DbError("The attachment \"" + a.title + "\" could not be saved: its content is not valid JSON.");
    if (a.uid.empty())
        a.uid = newUid();
    if (a.created.empty())
        a.created = now;
    return a;
}

} // namespace

ClientStore::ClientStore(UserStore &store)
    : m_store(store)
{
}

std::vector<ClientSummary> ClientStore::list(ArchiveFilter filter)
{
    std::string where;
    switch (filter) {
    case ArchiveFilter::ActiveOnly: where = " WHERE c.archived = 0"; break;
    case ArchiveFilter::ArchivedOnly: where = " WHERE c.archived = 1"; break;
    case ArchiveFilter::All: break;
    }
    auto st = database(m_store).prepare(
        "SELECT c.id, c.uid, c.display_name, c.tags, c.archived, c.updated, "
        "(SELECT count(*) FROM session s WHERE s.client_id = c.id), "
        "(SELECT max(date) FROM session s WHERE s.client_id = c.id) FROM client c"
        + where + " ORDER BY c.display_name COLLATE NOCASE, c.id");
    std::vector<ClientSummary> out;
    while (st.step()) {
        ClientSummary s;
        s.id = st.integer(0);
        s.uid = st.text(1);
        s.displayName = st.text(2);
        const std::string tags = st.text(3);
        if (tags != "[]")
            s.tags = rows::tagsFromJson(tags);
        s.archived = st.integer(4) != 0;
        s.updated = st.text(5);
        s.sessionCount = static_cast<int>(st.integer(6));
        s.lastSession = st.text(7);
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<Client> ClientStore::client(std::int64_t id)
{
    return rows::readClient(database(m_store), id);
}

std::optional<std::int64_t> ClientStore::idForUid(const std::string &uid)
{
    return rows::clientIdForUid(database(m_store), uid);
}

std::int64_t ClientStore::addClient(Client client)
{
    requireWritable(m_store);
    requireValid(checkClient(client));
    client.displayName = text::trim(client.displayName);
    client.tags = normalizeTags(client.tags);
    if (client.uid.empty())
        client.uid = newUid();
    if (client.created.empty())
        client.created = utcTimestampNow();
    if (client.updated.empty())
        client.updated = client.created;
    auto &db = database(m_store);
    rows::Change change(db);
    if (rows::clientIdForUid(db, client.uid))
        throw db::DbError("The client \"" + client.displayName + "\" is already here (uid " + client.uid + ").");
    const std::int64_t id = rows::insertClient(db, client, false);
    change.commit();
    return id;
}

void ClientStore::updateClient(const Client &client)
{
    requireWritable(m_store);
    requireValid(checkClient(client));
    Client c = client;
    c.displayName = text::trim(c.displayName);
    c.tags = normalizeTags(c.tags);
    c.updated = utcTimestampNow();
    auto &db = database(m_store);
    rows::Change change(db);
    if (!rows::writeClient(db, c))
        throw db::DbError(noClient(client.id) + " Nothing was changed.");
    change.commit();
}

void ClientStore::setArchived(std::int64_t id, bool archived)
{
    requireWritable(m_store);
    auto &db = database(m_store);
    rows::Change change(db);
    auto st = db.prepare("UPDATE client SET archived = ?, updated = ? WHERE id = ?");
    st.bind(1, archived ? 1 : 0).bind(2, utcTimestampNow()).bind(3, static_cast<long long>(id));
    st.run();
    if (db.changes() != 1)
        throw db::DbError(noClient(id) + " Nothing was changed.");
    change.commit();
}

void ClientStore::deleteClient(std::int64_t id)
{
    requireWritable(m_store);
    auto &db = database(m_store);
    rows::Change change(db);
    auto st = db.prepare("DELETE FROM client WHERE id = ?"); // sessions and attachments cascade
    st.bind(1, static_cast<long long>(id));
    st.run();
    change.commit();
}

std::vector<Session> ClientStore::sessions(std::int64_t clientId)
{
    return rows::readSessions(database(m_store), clientId);
}

std::optional<Session> ClientStore::session(std::int64_t sessionId)
{
    return rows::readSession(database(m_store), sessionId);
}

std::int64_t ClientStore::addSession(Session session)
{
    requireWritable(m_store);
    requireValid(checkSession(session));
    const std::string now = utcTimestampNow();
    if (session.uid.empty())
        session.uid = newUid();
    if (session.created.empty())
        session.created = now;
    if (session.updated.empty())
        session.updated = session.created;
    auto &db = database(m_store);
    rows::Change change(db);
    if (!rows::rowExists(db, "client", session.clientId))
        throw db::DbError(noClient(session.clientId) + " The session was not saved.");
    if (rows::sessionIdForUid(db, session.uid))
        throw db::DbError("The session of " + session.date + " is already here (uid " + session.uid + ").");
    const std::int64_t id = rows::insertSession(db, session, false);
    for (const auto &a : session.attachments)
        rows::insertAttachment(db, id, prepareAttachment(a, now), false);
    change.commit();
    return id;
}

void ClientStore::updateSession(const Session &session)
{
    requireWritable(m_store);
    requireValid(checkSession(session));
    Session s = session;
    s.updated = utcTimestampNow();
    auto &db = database(m_store);
    rows::Change change(db);
    if (!rows::writeSession(db, s))
        throw db::DbError(noSession(session.id) + " Nothing was changed.");
    change.commit();
}

void ClientStore::deleteSession(std::int64_t sessionId)
{
    requireWritable(m_store);
    auto &db = database(m_store);
    rows::Change change(db);
    auto st = db.prepare("DELETE FROM session WHERE id = ?");
    st.bind(1, static_cast<long long>(sessionId));
    st.run();
    change.commit();
}

std::int64_t ClientStore::addAttachment(std::int64_t sessionId, Attachment attachment)
{
    requireWritable(m_store);
    attachment = prepareAttachment(std::move(attachment), utcTimestampNow());
    auto &db = database(m_store);
    rows::Change change(db);
    if (!rows::rowExists(db, "session", sessionId))
        throw db::DbError(noSession(sessionId) + " The attachment was not saved.");
    if (rows::attachmentUidExists(db, attachment.uid))
        throw db::DbError("The attachment \"" + attachment.title + "\" is already here (uid " + attachment.uid + ").");
    const std::int64_t id = rows::insertAttachment(db, sessionId, attachment, false);
    change.commit();
    return id;
}

void ClientStore::deleteAttachment(std::int64_t attachmentId)
{
    requireWritable(m_store);
    auto &db = database(m_store);
    rows::Change change(db);
    auto st = db.prepare("DELETE FROM attachment WHERE id = ?");
    st.bind(1, static_cast<long long>(attachmentId));
    st.run();
    change.commit();
}

std::optional<ClientRecord> ClientStore::record(std::int64_t clientId)
{
    auto c = client(clientId);
    if (!c)
        return std::nullopt;
    return ClientRecord{std::move(*c), sessions(clientId)};
}

void ClientStore::restoreRecord(const ClientRecord &record)
{
    requireWritable(m_store);
    requireValid(checkClient(record.client));
    for (const auto &s : record.sessions)
        requireValid(checkSession(s));
    auto &db = database(m_store);
    rows::Change change(db);
    const std::string name = "\"" + record.client.displayName + "\"";
    if (rows::rowExists(db, "client", record.client.id) || rows::clientIdForUid(db, record.client.uid))
        throw db::DbError("The client " + name + " cannot be put back: the record is already here.");
    const std::int64_t clientId = rows::insertClient(db, record.client, true);
    for (const auto &s : record.sessions) {
        if (rows::rowExists(db, "session", s.id) || rows::sessionIdForUid(db, s.uid))
            throw db::DbError("The client " + name + " cannot be put back: the session of " + s.date + " is already here.");
        Session copy = s;
        copy.clientId = clientId;
        const std::int64_t sessionId = rows::insertSession(db, copy, true);
        for (const auto &a : s.attachments) {
            if (rows::rowExists(db, "attachment", a.id) || rows::attachmentUidExists(db, a.uid))
                throw db::DbError("The client " + name + " cannot be put back: the attachment \"" + a.title + "\" is already here.");
            rows::insertAttachment(db, sessionId, a, true);
        }
    }
    change.commit();
}

int ClientStore::clientCount()
{
    auto st = database(m_store).prepare("SELECT count(*) FROM client");
    st.step();
    return static_cast<int>(st.integer(0));
}

int ClientStore::sessionCount()
{
    auto st = database(m_store).prepare("SELECT count(*) FROM session");
    st.step();
    return static_cast<int>(st.integer(0));
}

} // namespace hp::clients
