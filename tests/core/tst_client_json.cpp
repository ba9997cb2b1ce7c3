// Client export and import: a round trip keeps every field, importing twice duplicates nothing,
// newer copies win and older ones do not, a bad file is refused with a sentence naming the client
// and field and changes nothing, and the de-identified export holds none of the personal text.
#include "client_fixture.h"

#include "clients/client_json.h"

#include <QTemporaryDir>
#include <QTest>

#include <boost/json.hpp>

#include <functional>

using namespace hp::clients;
namespace json = boost::json;

namespace {

const std::string kExported = "2030-01-02T03:04:05Z";

// A second store with Maria (two sessions, one attachment) and Sam (one session).
struct Source {
    std::unique_ptr<hp::UserStore> user = openStore("");
    ClientStore store{*user};
    std::int64_t maria = 0, sam = 0;

    Source()
    {
        maria = store.addClient(::maria());
        sam = store.addClient(::sam());
        auto s = sessionOf(maria, "2026-11-26", "# Next steps\n- Book the CPC exam", "Worried about childcare on exam day");
        s.chosenRole = "outpatient-coder";
        s.attachments.push_back(comparisonAttachment());
        store.addSession(s);
        store.addSession(sessionOf(maria, "2026-10-02", "First meeting: coding or billing?"));
        store.addSession(sessionOf(sam, "2026-11-20", "Patient access roles at the VA", "Prefers mornings"));
        store.setArchived(sam, true);
    }
    std::string exported() { return exportJson(allRecords(store), kExported); }
};

// Edits the first client of an export.
std::string editFirstClient(const std::string &text, const std::function<void(json::object &)> &edit)
{
    json::value v = json::parse(text);
    edit(v.as_object()["clients"].as_array()[0].as_object());
    return json::serialize(v);
}

} // namespace

class TestClientJson : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEverything()
    {
        Source source;
        const std::string file = source.exported();
        auto user = openStore("");
        ClientStore target(*user);
        const auto report = importJson(target, file);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.clientsAdded, 2);
        QCOMPARE(report.sessionsAdded, 3);
        QCOMPARE(report.attachmentsAdded, 1);
        QCOMPARE(QString::fromStdString(report.text()), QStringLiteral("Added 2 clients, 3 sessions and 1 attachment."));
        QCOMPARE(exportJson(allRecords(target), kExported), file);
        QCOMPARE(target.list(ArchiveFilter::ArchivedOnly).size(), std::size_t(1));
        QCOMPARE(target.search("childcare").size(), std::size_t(1));

        std::string error;
        const auto parsed = parseExport(file, &error);
        QVERIFY2(parsed, error.c_str());
        QCOMPARE(parsed->size(), std::size_t(2));
        QCOMPARE(parsed->front().client.displayName, std::string("María López"));
    }

    void importingTwiceDuplicatesNothing()
    {
        Source source;
        const std::string file = source.exported();
        auto user = openStore("");
        ClientStore target(*user);
        QVERIFY(importJson(target, file).ok);
        const QByteArray once = dumpRows(*user);
        const auto again = importJson(target, file);
        QVERIFY2(again.ok, again.error.c_str());
        QCOMPARE(again.clientsAdded + again.sessionsAdded + again.attachmentsAdded, 0);
        QCOMPARE(again.clientsUnchanged, 2);
        QCOMPARE(again.sessionsUnchanged, 3);
        QCOMPARE(QString::fromStdString(again.text()), QStringLiteral("Nothing new: 2 clients and 3 sessions were already here."));
        QCOMPARE(dumpRows(*user), once);
        // Importing into the store the file came from is the same: nothing new.
        QCOMPARE(importJson(source.store, file).clientsAdded, 0);
        QCOMPARE(source.store.clientCount(), 2);
    }

    void newerCopiesWinOlderDoNot()
    {
        Source source;
        const std::string file = source.exported();
        auto user = openStore("");
        ClientStore target(*user);
        QVERIFY(importJson(target, file).ok);

        const std::string newer = editFirstClient(file, [](json::object &c) {
            c["displayName"] = "María López-Reyes";
            c["updated"] = "2099-01-01T00:00:00Z";
            auto &s = c["sessions"].as_array()[0].as_object();
            s["notes"] = "Passed the CPC";
            s["updated"] = "2099-01-01T00:00:00Z";
        });
        auto report = importJson(target, newer);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.clientsUpdated, 1);
        QCOMPARE(report.sessionsUpdated, 1);
        QCOMPARE(QString::fromStdString(report.text()),
                 QStringLiteral("Updated 1 client and 1 session; 1 client and 2 sessions were already here."));
        const auto id = *target.idForUid(parseExport(newer, nullptr)->front().client.uid);
        QCOMPARE(target.client(id)->displayName, std::string("María López-Reyes"));
        QVERIFY(!target.search("passed cpc").empty());

        const std::string older = editFirstClient(file, [](json::object &c) {
            c["displayName"] = "Old name";
            c["updated"] = "2001-01-01T00:00:00Z";
        });
        report = importJson(target, older);
        QVERIFY(report.ok);
        QCOMPARE(report.clientsUpdated, 0);
        QCOMPARE(target.client(id)->displayName, std::string("María López-Reyes"));
        QCOMPARE(target.clientCount(), 2);

        // A new session in a known client is added to that client.
        const std::string more = editFirstClient(file, [](json::object &c) {
            json::object s = c["sessions"].as_array()[0].as_object();
            s["uid"] = "00000000000000000000000000000001";
            s["date"] = "2026-12-10";
            s["attachments"] = json::array();
            c["sessions"].as_array().push_back(s);
        });
        report = importJson(target, more);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.sessionsAdded, 1);
        QCOMPARE(target.sessions(id).size(), std::size_t(3));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not JSON") << "not-json" << "The file is not valid JSON";
        QTest::newRow("another format") << "format" << "is not a HealthPath client export";
        QTest::newRow("newer version") << "version" << "format version 2, made by a newer HealthPath";
        QTest::newRow("missing name") << "no-name" << "Client 1 in the file has no name (\"displayName\").";
        QTest::newRow("bad date") << "bad-date" << "Client 1 in the file (\"María López\"), session 1: The session date \"2026-13-40\"";
        QTest::newRow("bad time") << "bad-time" << "Client 2 in the file (\"Sam Okafor\"): \"updated\" is \"yesterday\"";
        QTest::newRow("duplicate uid") << "duplicate" << "appears twice in the file: in Client 1 in the file (\"María López\") and in Client 2";
        QTest::newRow("bad kind") << "bad-kind" << "session 2, attachment 1: \"kind\" is \"video\"";
        QTest::newRow("tags not text") << "bad-tags" << "(\"María López\"): \"tags\" should be a list of text.";
        QTest::newRow("de-identified") << "deidentified" << "de-identified export";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, sentence);
        Source source;
        const std::string good = source.exported();
        std::string file;
        const std::string k = kind.toStdString();
        if (k == "not-json")
            file = good.substr(0, good.size() / 2);
        else if (k == "format")
            file = R"({"format":"healthpath-plan","version":1})";
        else if (k == "version") {
            json::value v = json::parse(good);
            v.as_object()["version"] = 2;
            file = json::serialize(v);
        } else if (k == "no-name")
            file = editFirstClient(good, [](json::object &c) { c.erase("displayName"); });
        else if (k == "bad-date")
            file = editFirstClient(good, [](json::object &c) { c["sessions"].as_array()[0].as_object()["date"] = "2026-13-40"; });
        else if (k == "bad-time") {
            json::value v = json::parse(good);
            v.as_object()["clients"].as_array()[1].as_object()["updated"] = "yesterday";
            file = json::serialize(v);
        } else if (k == "duplicate") {
            json::value v = json::parse(good);
            auto &clients = v.as_object()["clients"].as_array();
            clients[1].as_object()["uid"] = clients[0].as_object()["uid"];
            file = json::serialize(v);
        } else if (k == "bad-kind")
            file = editFirstClient(good, [](json::object &c) {
                c["sessions"].as_array()[1].as_object()["attachments"].as_array()[0].as_object()["kind"] = "video";
            });
        else if (k == "bad-tags")
            file = editFirstClient(good, [](json::object &c) { c["tags"] = json::array{1, 2}; });
        else if (k == "deidentified")
            file = exportDeidentifiedJson(allRecords(source.store), kExported);

        // Into a store that already holds data: it must be left exactly as it was.
        auto user = openStore("");
        ClientStore target(*user);
        target.addClient(::sam());
        const QByteArray before = dumpRows(*user);
        const auto report = importJson(target, file);
        QVERIFY(!report.ok);
        QVERIFY2(QString::fromStdString(report.error).contains(sentence), report.error.c_str());
        QVERIFY2(report.error.find('\n') == std::string::npos, report.error.c_str());
        QCOMPARE(report.text(), report.error);
        QCOMPARE(report.clientsAdded, 0);
        QCOMPARE(dumpRows(*user), before);
        std::string error;
        QVERIFY(!parseExport(file, &error));
        QCOMPARE(error, report.error.substr(0, error.size()));
    }

    void refusesReadOnlyStores()
    {
        Source source;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("user.sqlite")).toStdString();
        QVERIFY(openStore(path));
        auto user = openStore(path, true);
        QVERIFY(user);
        ClientStore target(*user);
        const auto report = importJson(target, source.exported());
        QVERIFY(!report.ok);
        QVERIFY2(report.error.find("read-only") != std::string::npos, report.error.c_str());
    }

    void deidentifiedExportHoldsNoPersonalText()
    {
        Source source;
        const auto records = allRecords(source.store);
        const std::string text = exportDeidentifiedJson(records, kExported);
        for (const auto &r : records) {
            const Client &c = r.client;
            for (const std::string &secret : {c.displayName, c.contact, c.goals, c.constraints.location, c.background.education,
                                              c.background.currentJob, c.background.military, c.background.clinical, c.uid, c.created}) {
                if (secret.empty())
                    continue;
                QVERIFY2(text.find(secret) == std::string::npos, secret.c_str());
            }
            for (const std::string &word : {std::string("María"), std::string("Okafor"), std::string("Columbus"), std::string("@")})
                QVERIFY2(text.find(word) == std::string::npos, word.c_str());
            for (const auto &s : r.sessions) {
                for (const std::string &secret : {s.notes, s.privateNotes, s.uid, s.date})
                    if (!secret.empty())
                        QVERIFY2(text.find(secret) == std::string::npos, secret.c_str());
                for (const auto &a : s.attachments)
                    QVERIFY2(text.find(a.title) == std::string::npos, a.title.c_str());
            }
        }
        QVERIFY(text.find("childcare") == std::string::npos);
        // What remains: counts, tags, constraints, chosen roles, attachment kinds, months.
        const json::value v = json::parse(text);
        QVERIFY(v.at("deidentified").as_bool());
        const auto &first = v.at("clients").as_array()[0].as_object();
        QCOMPARE(first.at("number").as_int64(), std::int64_t(1));
        QCOMPARE(first.at("sessionCount").to_number<int>(), 2);
        QCOMPARE(json::serialize(first.at("tags")), std::string(R"(["evening","WIOA"])"));
        QVERIFY(first.at("constraints").at("remote").as_string() == "remote-preferred");
        QVERIFY(first.at("sessions").as_array()[1].at("month").as_string() == "2026-11");
        QVERIFY(first.at("sessions").as_array()[1].at("chosenRole").as_string() == "outpatient-coder");
        QCOMPARE(json::serialize(first.at("sessions").as_array()[1].at("attachments")), std::string(R"(["comparison"])"));
    }
};

QTEST_GUILESS_MAIN(TestClientJson)
#include "tst_client_json.moc"
