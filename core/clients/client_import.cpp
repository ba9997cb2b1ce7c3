// Merging a client export into the database (see client_json.h): by uid, newer copies win, and
// the whole file is one transaction.

#include "clients/client_json.h"

#include "clients/client_rows.h"

namespace hp::clients {

namespace {

std::string count(int n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "a", "a and b", "a, b and c"
std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out;
}

std::vector<std::string> counted(int clients, int sessions, int attachments = 0)
{
    std::vector<std::string> parts;
    if (clients > 0)
        parts.push_back(count(clients, "client", "clients"));
    if (sessions > 0)
        parts.push_back(count(sessions, "session", "sessions"));
    if (attachments > 0)
        parts.push_back(count(attachments, "attachment", "attachments"));
    return parts;
}

class Merge {
public:
    Merge(db::Database &db, ImportReport &report) : m_db(db), m_report(report) {}

    void record(const ClientRecord &r)
    {
        const auto local = rows::clientIdForUid(m_db, r.client.uid);
        std::int64_t clientId = 0;
        if (!local) {
            clientId = rows::insertClient(m_db, r.client, false);
            ++m_report.clientsAdded;
        } else {
            clientId = *local;
            const auto current = rows::readClient(m_db, clientId);
            if (current && r.client.updated > current->updated) {
                Client copy = r.client;
                copy.id = clientId;
                rows::writeClient(m_db, copy);
                ++m_report.clientsUpdated;
            } else {
                ++m_report.clientsUnchanged;
            }
        }
        for (const auto &s : r.sessions)
            session(r.client, clientId, s);
    }

private:
    void session(const Client &client, std::int64_t clientId, const Session &s)
    {
        std::int64_t owner = 0;
        const auto local = rows::sessionIdForUid(m_db, s.uid, &owner);
        std::int64_t sessionId = 0;
        if (!local) {
            Session copy = s;
            copy.clientId = clientId;
            sessionId = rows::insertSession(m_db, copy, false);
            ++m_report.sessionsAdded;
        } else {
            if (owner != clientId)
                throw db::DbError("The session of " + s.date + " of \"" + client.displayName
                                  + "\" in the file belongs to a different client here (same uid " + s.uid + ").");
            sessionId = *local;
            const auto current = rows::readSession(m_db, sessionId);
            if (current && s.updated > current->updated) {
                Session copy = s;
                copy.id = sessionId;
                rows::writeSession(m_db, copy);
                ++m_report.sessionsUpdated;
            } else {
                ++m_report.sessionsUnchanged;
            }
        }
        // Attachments are never edited, only added: one already here stays as it is.
        for (const auto &a : s.attachments)
            if (!rows::attachmentUidExists(m_db, a.uid)) {
                rows::insertAttachment(m_db, sessionId, a, false);
                ++m_report.attachmentsAdded;
            }
    }

    db::Database &m_db;
    ImportReport &m_report;
};

} // namespace

std::string ImportReport::text() const
{
    if (!ok)
        return error;
    std::vector<std::string> sentences;
    if (const auto added = counted(clientsAdded, sessionsAdded, attachmentsAdded); !added.empty())
        sentences.push_back("Added " + joined(added));
    if (const auto updated = counted(clientsUpdated, sessionsUpdated); !updated.empty())
        sentences.push_back(std::string(sentences.empty() ? "Updated " : "updated ") + joined(updated));
    if (const auto same = counted(clientsUnchanged, sessionsUnchanged); !same.empty()) {
        const bool one = clientsUnchanged + sessionsUnchanged == 1;
        std::string s = joined(same) + (one ? " was" : " were") + " already here";
        if (sentences.empty() && clientsUpdated + sessionsUpdated + clientsAdded + sessionsAdded == 0)
            s = "Nothing new: " + s;
        sentences.push_back(s);
    }
    if (sentences.empty())
        return "The file has no clients; nothing was changed.";
    std::string out;
    for (std::size_t i = 0; i < sentences.size(); ++i)
        out.append(i == 0 ? "" : "; ").append(sentences[i]);
    return out + ".";
}

ImportReport importJson(ClientStore &store, const std::string &json)
{
    ImportReport report;
    const auto records = parseExport(json, &report.error);
    if (!records)
        return report;
    if (store.userStore().readOnly()) {
        report.error = "Your data file is open read-only; nothing was imported.";
        return report;
    }
    try {
        auto &db = store.userStore().database();
        rows::Change change(db);
        Merge merge(db, report);
        for (const auto &r : *records)
            merge.record(r);
        change.commit();
        report.ok = true;
    } catch (const db::DbError &e) {
        report = ImportReport{};
        report.error = std::string(e.what()) + " Nothing was imported.";
    }
    return report;
}

std::vector<ClientRecord> allRecords(ClientStore &store)
{
    std::vector<ClientRecord> out;
    for (const auto &summary : store.list(ArchiveFilter::All))
        if (auto r = store.record(summary.id))
            out.push_back(std::move(*r));
    return out;
}

} // namespace hp::clients
