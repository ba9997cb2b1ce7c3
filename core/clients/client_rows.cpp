#include "clients/client_rows.h"

#include <boost/json.hpp>

#include <sqlite3.h>

#include <map>

namespace json = boost::json;

namespace hp::clients::rows {

namespace {

constexpr const char *kClientColumns =
    "id, uid, display_name, contact, education, current_job, military, clinical, goals, hours_per_week, budget, "
    "location, remote, tags, archived, created, updated";

Client clientFrom(const db::Statement &st)
{
    Client c;
    c.id = st.integer(0);
    c.uid = st.text(1);
    c.displayName = st.text(2);
    c.contact = st.text(3);
    c.background = {st.text(4), st.text(5), st.text(6), st.text(7)};
    c.goals = st.text(8);
    if (const auto hours = st.optInteger(9))
        c.constraints.hoursPerWeek = static_cast<int>(*hours);
    c.constraints.budget = st.optInteger(10);
    c.constraints.location = st.text(11);
    c.constraints.remote = parseRemoteNeed(st.text(12)).value_or(RemoteNeed::Unspecified);
    c.tags = tagsFromJson(st.text(13));
    c.archived = st.integer(14) != 0;
    c.created = st.text(15);
    c.updated = st.text(16);
    return c;
}

// Binds the fields every client write shares, from index 1: display_name … updated (14 values).
void bindClientFields(db::Statement &st, const Client &c)
{
    std::optional<long> hours;
    if (c.constraints.hoursPerWeek)
        hours = *c.constraints.hoursPerWeek;
    st.bind(1, c.displayName)
        .bind(2, c.contact)
        .bind(3, c.background.education)
        .bind(4, c.background.currentJob)
        .bind(5, c.background.military)
        .bind(6, c.background.clinical)
        .bind(7, c.goals)
        .bind(8, hours)
        .bind(9, c.constraints.budget)
        .bind(10, c.constraints.location)
        .bind(11, remoteNeedId(c.constraints.remote))
        .bind(12, tagsToJson(c.tags))
        .bind(13, c.archived ? 1 : 0)
        .bind(14, c.updated);
}

constexpr const char *kSessionColumns = "id, uid, client_id, date, notes, private_notes, chosen_role, created, updated";

Session sessionFrom(const db::Statement &st)
{
    Session s;
    s.id = st.integer(0);
    s.uid = st.text(1);
    s.clientId = st.integer(2);
    s.date = st.text(3);
    s.notes = st.text(4);
    s.privateNotes = st.text(5);
    s.chosenRole = st.text(6);
    s.created = st.text(7);
    s.updated = st.text(8);
    return s;
}

Attachment attachmentFrom(const db::Statement &st, int first)
{
    Attachment a;
    a.id = st.integer(first);
    a.uid = st.text(first + 1);
    a.kind = parseAttachmentKind(st.text(first + 2)).value_or(AttachmentKind::Comparison);
    a.title = st.text(first + 3);
    a.body = st.text(first + 4);
    a.created = st.text(first + 5);
    return a;
}

} // namespace

Change::Change(db::Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT client_change" : "BEGIN IMMEDIATE");
}

Change::~Change()
{
    if (m_done)
        return;
    try {
        m_db.exec(m_nested ? "ROLLBACK TO client_change; RELEASE client_change" : "ROLLBACK");
    } catch (...) {
        // Nothing more can be done while unwinding; SQLite rolls back on close anyway.
    }
}

void Change::commit()
{
    m_db.exec(m_nested ? "RELEASE client_change" : "COMMIT");
    m_done = true;
}

std::string tagsToJson(const std::vector<std::string> &tags)
{
    json::array a;
    for (const auto &t : tags)
        a.emplace_back(t);
    return json::serialize(a);
}

std::vector<std::string> tagsFromJson(const std::string &text)
{
    std::vector<std::string> out;
    boost::system::error_code ec;
    const json::value v = json::parse(text, ec);
    if (ec || !v.is_array())
        return out;
    for (const auto &item : v.get_array())
        if (item.is_string())
            out.emplace_back(item.get_string());
    return out;
}

std::optional<Client> readClient(db::Database &db, std::int64_t id)
{
    auto st = db.prepare(std::string("SELECT ") + kClientColumns + " FROM client WHERE id = ?");
    st.bind(1, static_cast<long long>(id));
    if (!st.step())
        return std::nullopt;
    return clientFrom(st);
}

std::optional<std::int64_t> clientIdForUid(db::Database &db, const std::string &uid)
{
    auto st = db.prepare("SELECT id FROM client WHERE uid = ?");
    st.bind(1, uid);
    if (!st.step())
        return std::nullopt;
    return st.integer(0);
}

std::int64_t insertClient(db::Database &db, const Client &client, bool keepId)
{
    auto st = db.prepare("INSERT INTO client (display_name, contact, education, current_job, military, clinical, goals, "
                         "hours_per_week, budget, location, remote, tags, archived, updated, uid, created, id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    bindClientFields(st, client);
    st.bind(15, client.uid).bind(16, client.created);
    if (keepId && client.id > 0)
        st.bind(17, static_cast<long long>(client.id));
    else
        st.bindNull(17);
    st.run();
    return db.lastInsertId();
}

bool writeClient(db::Database &db, const Client &client)
{
    auto st = db.prepare("UPDATE client SET display_name = ?1, contact = ?2, education = ?3, current_job = ?4, military = ?5, "
                         "clinical = ?6, goals = ?7, hours_per_week = ?8, budget = ?9, location = ?10, remote = ?11, "
                         "tags = ?12, archived = ?13, updated = ?14 WHERE id = ?15");
    bindClientFields(st, client);
    st.bind(15, static_cast<long long>(client.id));
    st.run();
    return db.changes() == 1;
}

std::optional<Session> readSession(db::Database &db, std::int64_t sessionId)
{
    auto st = db.prepare(std::string("SELECT ") + kSessionColumns + " FROM session WHERE id = ?");
    st.bind(1, static_cast<long long>(sessionId));
    if (!st.step())
        return std::nullopt;
    Session s = sessionFrom(st);
    auto at = db.prepare("SELECT id, uid, kind, title, body, created FROM attachment WHERE session_id = ? ORDER BY id");
    at.bind(1, static_cast<long long>(sessionId));
    while (at.step())
        s.attachments.push_back(attachmentFrom(at, 0));
    return s;
}

std::vector<Session> readSessions(db::Database &db, std::int64_t clientId)
{
    std::vector<Session> out;
    std::map<std::int64_t, std::size_t> index;
    auto st = db.prepare(std::string("SELECT ") + kSessionColumns + " FROM session WHERE client_id = ? ORDER BY date, id");
    st.bind(1, static_cast<long long>(clientId));
    while (st.step()) {
        index[st.integer(0)] = out.size();
        out.push_back(sessionFrom(st));
    }
    auto at = db.prepare("SELECT a.session_id, a.id, a.uid, a.kind, a.title, a.body, a.created FROM attachment a "
                         "JOIN session s ON s.id = a.session_id WHERE s.client_id = ? ORDER BY a.id");
    at.bind(1, static_cast<long long>(clientId));
    while (at.step())
        if (const auto it = index.find(at.integer(0)); it != index.end())
            out[it->second].attachments.push_back(attachmentFrom(at, 1));
    return out;
}

std::optional<std::int64_t> sessionIdForUid(db::Database &db, const std::string &uid, std::int64_t *clientId)
{
    auto st = db.prepare("SELECT id, client_id FROM session WHERE uid = ?");
    st.bind(1, uid);
    if (!st.step())
        return std::nullopt;
    if (clientId)
        *clientId = st.integer(1);
    return st.integer(0);
}

std::int64_t insertSession(db::Database &db, const Session &session, bool keepId)
{
    auto st = db.prepare("INSERT INTO session (uid, client_id, date, notes, private_notes, chosen_role, created, updated, id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, session.uid)
        .bind(2, static_cast<long long>(session.clientId))
        .bind(3, session.date)
        .bind(4, session.notes)
        .bind(5, session.privateNotes)
        .bind(6, session.chosenRole)
        .bind(7, session.created)
        .bind(8, session.updated);
    if (keepId && session.id > 0)
        st.bind(9, static_cast<long long>(session.id));
    else
        st.bindNull(9);
    st.run();
    return db.lastInsertId();
}

bool writeSession(db::Database &db, const Session &session)
{
    auto st = db.prepare("UPDATE session SET date = ?, notes = ?, private_notes = ?, chosen_role = ?, updated = ? WHERE id = ?");
    st.bind(1, session.date)
        .bind(2, session.notes)
        .bind(3, session.privateNotes)
        .bind(4, session.chosenRole)
        .bind(5, session.updated)
        .bind(6, static_cast<long long>(session.id));
    st.run();
    return db.changes() == 1;
}

bool attachmentUidExists(db::Database &db, const std::string &uid)
{
    auto st = db.prepare("SELECT 1 FROM attachment WHERE uid = ?");
    st.bind(1, uid);
    return st.step();
}

std::int64_t insertAttachment(db::Database &db, std::int64_t sessionId, const Attachment &attachment, bool keepId)
{
    auto st = db.prepare("INSERT INTO attachment (uid, session_id, kind, title, body, created, id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, attachment.uid)
        .bind(2, static_cast<long long>(sessionId))
        .bind(3, attachmentKindId(attachment.kind))
        .bind(4, attachment.title)
        .bind(5, attachment.body)
        .bind(6, attachment.created);
    if (keepId && attachment.id > 0)
        st.bind(7, static_cast<long long>(attachment.id));
    else
        st.bindNull(7);
    st.run();
    return db.lastInsertId();
}

bool rowExists(db::Database &db, const char *table, std::int64_t id)
{
    auto st = db.prepare(std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    st.bind(1, static_cast<long long>(id));
    return st.step();
}

} // namespace hp::clients::rows
