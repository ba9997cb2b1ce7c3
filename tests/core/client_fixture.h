#pragma once
// Shared by the client tests: sample clients and sessions, a store in a file, and a dump of every
// row, to prove that a refused change left the database as it was.

#include "clients/client_store.h"
#include "user/user_store.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <string>

namespace {

[[maybe_unused]] std::unique_ptr<hp::UserStore> openStore(const std::string &path, bool readOnly = false)
{
    auto opened = hp::UserStore::open(path, readOnly);
    if (!opened.store)
        qWarning("%s", opened.error.c_str());
    return std::move(opened.store);
}

[[maybe_unused]] hp::clients::Client maria()
{
    hp::clients::Client c;
    c.displayName = "María López";
    c.contact = "maria.lopez@example.org, 614-555-0134";
    c.background = {"High school diploma; some college", "Front desk, family practice", "", "CNA, 2 years"};
    c.goals = "Wants remote medical coding work within a year";
    c.constraints.hoursPerWeek = 8;
    c.constraints.budget = 1500;
    c.constraints.location = "Columbus, OH";
    c.constraints.remote = hp::clients::RemoteNeed::RemotePreferred;
    c.tags = {"evening", "WIOA"};
    return c;
}

[[maybe_unused]] hp::clients::Client sam()
{
    hp::clients::Client c;
    c.displayName = "Sam Okafor";
    c.contact = "sam.okafor@example.net";
    c.background = {"Associate degree", "Warehouse lead", "Army 68G, E-5, 6 years", ""};
    c.goals = "Patient access supervisor; keep a steady income while training";
    c.constraints.hoursPerWeek = 12;
    c.constraints.location = "Dayton, OH";
    c.constraints.remote = hp::clients::RemoteNeed::OnSite;
    c.tags = {"veteran"};
    return c;
}

[[maybe_unused]] hp::clients::Session sessionOf(std::int64_t clientId, const std::string &date, const std::string &notes,
                                                const std::string &privateNotes = {})
{
    hp::clients::Session s;
    s.clientId = clientId;
    s.date = date;
    s.notes = notes;
    s.privateNotes = privateNotes;
    return s;
}

[[maybe_unused]] hp::clients::Attachment comparisonAttachment()
{
    hp::clients::Attachment a;
    a.kind = hp::clients::AttachmentKind::Comparison;
    a.title = "Compared: Outpatient coder, Medical biller";
    a.body = R"({"roles":["outpatient-coder","medical-biller"],"vintage":2024})";
    return a;
}

// Every row of the user tables, in a fixed order: equal dumps mean equal content.
[[maybe_unused]] QByteArray dumpRows(hp::UserStore &store)
{
    QByteArray out;
    for (const char *sql : {"SELECT * FROM plan ORDER BY id", "SELECT * FROM client ORDER BY id", "SELECT * FROM session ORDER BY id",
                            "SELECT * FROM attachment ORDER BY id", "SELECT rowid, * FROM client_fts ORDER BY rowid",
                            "SELECT rowid, * FROM session_fts ORDER BY rowid"}) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(store.database().handle(), sql, -1, &st, nullptr) != SQLITE_OK)
            return "cannot read: " + QByteArray(sqlite3_errmsg(store.database().handle()));
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(st); ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
                out += text ? QByteArray(text) : QByteArray("\\N");
                out += '\x1f';
            }
            out += '\n';
        }
        sqlite3_finalize(st);
        out += "--\n";
    }
    return out;
}

[[maybe_unused]] QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace
