// Client records in the user database: saving and reading every field, archive, deletion with
// everything under it and its exact undo, tags, the sentences that refuse bad input, read-only
// refusal, and search as you type (prefixes, several words, notes, odd characters, archived).
#include "client_fixture.h"

#include "clients/client_json.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace hp::clients;

class TestClientStore : public QObject {
    Q_OBJECT

    std::unique_ptr<hp::UserStore> m_user;
    std::unique_ptr<ClientStore> m_store;
    std::int64_t m_maria = 0, m_sam = 0, m_mariaSession = 0;

    int count(const char *sql)
    {
        auto st = m_user->database().prepare(sql);
        st.step();
        return static_cast<int>(st.integer(0));
    }

private slots:
    void init()
    {
        m_user = openStore("");
        QVERIFY(m_user);
        m_store = std::make_unique<ClientStore>(*m_user);
        m_maria = m_store->addClient(maria());
        m_sam = m_store->addClient(sam());
        auto s = sessionOf(m_maria, "2026-11-26", "# Plan\n- Book the CPC exam\n- Ask the employer about tuition",
                           "Worried about childcare on exam day");
        s.chosenRole = "outpatient-coder";
        s.attachments.push_back(comparisonAttachment());
        m_mariaSession = m_store->addSession(s);
        m_store->addSession(sessionOf(m_maria, "2026-10-02", "First meeting: coding or billing?"));
        m_store->addSession(sessionOf(m_sam, "2026-11-20", "Talked about patient access roles at the VA"));
    }

    void cleanup()
    {
        m_store.reset();
        m_user.reset();
    }

    void savesEveryField()
    {
        const auto c = m_store->client(m_maria);
        QVERIFY(c);
        const Client expected = maria();
        QCOMPARE(c->displayName, expected.displayName);
        QCOMPARE(c->contact, expected.contact);
        QVERIFY(c->background == expected.background);
        QCOMPARE(c->goals, expected.goals);
        QVERIFY(c->constraints == expected.constraints);
        QCOMPARE(c->tags, (std::vector<std::string>{"evening", "WIOA"}));
        QCOMPARE(c->uid.size(), std::size_t(32));
        QVERIFY(!c->created.empty());
        QCOMPARE(c->updated, c->created);
        QCOMPARE(*m_store->idForUid(c->uid), m_maria);
        QVERIFY(!m_store->idForUid("0123456789abcdef0123456789abcdef"));

        const auto sessions = m_store->sessions(m_maria);
        QCOMPARE(sessions.size(), std::size_t(2));
        QCOMPARE(sessions[0].date, std::string("2026-10-02")); // by date, not by creation
        QCOMPARE(sessions[1].chosenRole, std::string("outpatient-coder"));
        QCOMPARE(sessions[1].privateNotes, std::string("Worried about childcare on exam day"));
        QCOMPARE(sessions[1].attachments.size(), std::size_t(1));
        QCOMPARE(sessions[1].attachments[0].title, comparisonAttachment().title);
        QCOMPARE(sessions[1].attachments[0].body, comparisonAttachment().body);
        QCOMPARE(m_store->session(m_mariaSession)->attachments.size(), std::size_t(1));
    }

    void updatesAndLists()
    {
        auto c = *m_store->client(m_sam);
        c.displayName = "  Samuel Okafor ";
        c.constraints.budget = 800;
        m_store->updateClient(c);
        const auto back = m_store->client(m_sam);
        QCOMPARE(back->displayName, std::string("Samuel Okafor"));
        QCOMPARE(*back->constraints.budget, 800L);

        const auto list = m_store->list();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].displayName, std::string("María López")); // by name
        QCOMPARE(list[0].sessionCount, 2);
        QCOMPARE(list[0].lastSession, std::string("2026-11-26"));
        QCOMPARE(list[1].sessionCount, 1);
        QCOMPARE(m_store->clientCount(), 2);
        QCOMPARE(m_store->sessionCount(), 3);

        auto s = *m_store->session(m_mariaSession);
        s.notes = "Changed my mind: billing first";
        m_store->updateSession(s);
        QCOMPARE(m_store->session(m_mariaSession)->notes, s.notes);
        QCOMPARE(m_store->session(m_mariaSession)->attachments.size(), std::size_t(1)); // untouched
        const auto added = m_store->addAttachment(m_mariaSession, comparisonAttachment());
        QCOMPARE(m_store->session(m_mariaSession)->attachments.size(), std::size_t(2));
        m_store->deleteAttachment(added);
        QCOMPARE(m_store->session(m_mariaSession)->attachments.size(), std::size_t(1));
    }

    void archives()
    {
        m_store->setArchived(m_sam, true);
        QCOMPARE(m_store->list().size(), std::size_t(1));
        QCOMPARE(m_store->list(ArchiveFilter::ArchivedOnly).size(), std::size_t(1));
        QCOMPARE(m_store->list(ArchiveFilter::ArchivedOnly).front().displayName, std::string("Sam Okafor"));
        QVERIFY(m_store->list(ArchiveFilter::ArchivedOnly).front().archived);
        QCOMPARE(m_store->list(ArchiveFilter::All).size(), std::size_t(2));
        m_store->setArchived(m_sam, false);
        QCOMPARE(m_store->list().size(), std::size_t(2));
        QVERIFY_THROWS_EXCEPTION(hp::db::DbError, m_store->setArchived(9999, true));
    }

    void deletesWithEverythingUnder()
    {
        m_store->deleteClient(m_maria);
        QVERIFY(!m_store->client(m_maria));
        QVERIFY(m_store->sessions(m_maria).empty());
        QVERIFY(!m_store->session(m_mariaSession));
        QCOMPARE(count("SELECT count(*) FROM session"), 1);
        QCOMPARE(count("SELECT count(*) FROM attachment"), 0);
        QCOMPARE(count("SELECT count(*) FROM session_fts"), 1);
        QCOMPARE(count("SELECT count(*) FROM client_fts"), 1);
        QVERIFY(m_store->search("maria").empty());
        QVERIFY(m_store->search("childcare").empty());

        m_store->deleteSession(m_store->sessions(m_sam).front().id);
        QCOMPARE(m_store->sessionCount(), 0);
        QCOMPARE(count("SELECT count(*) FROM session_fts"), 0);
    }

    void restoresADeletedRecordExactly()
    {
        const auto before = m_store->record(m_maria);
        QVERIFY(before);
        const std::string exported = exportJson({*before}, "2026-11-26T00:00:00Z");
        const QByteArray rows = dumpRows(*m_user);
        m_store->deleteClient(m_maria);
        // Ids are never handed out again, so the undo can always put the record back.
        const auto other = m_store->addClient(maria());
        QVERIFY(other > m_maria);
        m_store->deleteClient(other);
        m_store->restoreRecord(*before);
        const auto after = m_store->record(m_maria);
        QVERIFY(after);
        QCOMPARE(after->client.id, m_maria);
        QCOMPARE(after->sessions.size(), before->sessions.size());
        for (std::size_t i = 0; i < before->sessions.size(); ++i) {
            QCOMPARE(after->sessions[i].id, before->sessions[i].id);
            QCOMPARE(after->sessions[i].attachments.size(), before->sessions[i].attachments.size());
            for (std::size_t j = 0; j < before->sessions[i].attachments.size(); ++j)
                QCOMPARE(after->sessions[i].attachments[j].id, before->sessions[i].attachments[j].id);
        }
        QCOMPARE(exportJson({*after}, "2026-11-26T00:00:00Z"), exported);
        QCOMPARE(dumpRows(*m_user), rows);
        QCOMPARE(m_store->search("childcare").size(), std::size_t(1));
        // Twice is refused, with a sentence, and changes nothing.
        try {
            m_store->restoreRecord(*before);
            QFAIL("restoring a record that is there was accepted");
        } catch (const hp::db::DbError &e) {
            QVERIFY2(std::string(e.what()).find("already here") != std::string::npos, e.what());
        }
        QCOMPARE(dumpRows(*m_user), rows);
    }

    void cleansTags()
    {
        QCOMPARE(normalizeTags({" veteran", "WIOA", "", "wioa", "  ", "evening ", "Veteran"}),
                 (std::vector<std::string>{"evening", "veteran", "WIOA"}));
        auto c = *m_store->client(m_sam);
        c.tags = {"night shift", " Night Shift", "childcare"};
        m_store->updateClient(c);
        QCOMPARE(m_store->client(m_sam)->tags, (std::vector<std::string>{"childcare", "night shift"}));
        QCOMPARE(m_store->list(ArchiveFilter::All)[1].tags, (std::vector<std::string>{"childcare", "night shift"}));
        const auto hits = m_store->search("chil"); // Sam's tag and Maria's private note
        QCOMPARE(hits.size(), std::size_t(2));
        QVERIFY(std::any_of(hits.begin(), hits.end(), [&](const SearchHit &h) { return h.clientId == m_sam && h.sessionId == 0; }));
    }

    void refusesBadInputWithASentence_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no name") << 0 << "needs a name or an alias";
        QTest::newRow("blank name") << 1 << "needs a name or an alias";
        QTest::newRow("negative hours") << 2 << "between 0 and 168";
        QTest::newRow("negative budget") << 3 << "0 or more US dollars";
        QTest::newRow("bad session date") << 4 << "not a real date written YYYY-MM-DD";
        QTest::newRow("no such client") << 5 << "There is no client number 9999";
        QTest::newRow("attachment not JSON") << 6 << "not valid JSON";
        QTest::newRow("bad uid") << 7 << "not 32 hexadecimal digits";
    }
    void refusesBadInputWithASentence()
    {
        QFETCH(int, what);
        QFETCH(QString, sentence);
        const QByteArray before = dumpRows(*m_user);
        Client c = maria();
        try {
            switch (what) {
            case 0: c.displayName.clear(); m_store->addClient(c); break;
            case 1: c.displayName = "   "; m_store->addClient(c); break;
            case 2: c.constraints.hoursPerWeek = -1; m_store->addClient(c); break;
            case 3: c.constraints.budget = -5; m_store->addClient(c); break;
            case 4: m_store->addSession(sessionOf(m_maria, "2026-02-30", "x")); break;
            case 5: m_store->addSession(sessionOf(9999, "2026-02-03", "x")); break;
            case 6: {
                Attachment a = comparisonAttachment();
                a.body = "{not json";
                m_store->addAttachment(m_mariaSession, a);
                break;
            }
            case 7: c.uid = "not-a-uid"; m_store->addClient(c); break;
            }
            QFAIL("bad input was accepted");
        } catch (const hp::db::DbError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(sentence), e.what());
            QVERIFY2(!QString::fromUtf8(e.what()).contains(QLatin1String("SQL")), e.what());
        }
        QCOMPARE(dumpRows(*m_user), before);
        QCOMPARE(checkClient(maria()), std::string());
        QCOMPARE(checkSession(sessionOf(1, "2026-02-28", "")), std::string());
    }

    void refusesChangesWhenReadOnly()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("user.sqlite")).toStdString();
        {
            auto user = openStore(path);
            QVERIFY(user);
            ClientStore(*user).addClient(maria());
        }
        auto user = openStore(path, true);
        QVERIFY(user);
        ClientStore store(*user);
        QCOMPARE(store.list().size(), std::size_t(1));
        QCOMPARE(store.search("mar").size(), std::size_t(1));
        const std::int64_t id = store.list().front().id;
        auto expectRefusal = [](const std::function<void()> &change) {
            try {
                change();
                return false;
            } catch (const hp::db::DbError &e) {
                return std::string(e.what()).find("read-only") != std::string::npos;
            }
        };
        QVERIFY(expectRefusal([&] { store.addClient(sam()); }));
        QVERIFY(expectRefusal([&] { store.updateClient(*store.client(id)); }));
        QVERIFY(expectRefusal([&] { store.setArchived(id, true); }));
        QVERIFY(expectRefusal([&] { store.deleteClient(id); }));
        QVERIFY(expectRefusal([&] { store.addSession(sessionOf(id, "2026-11-26", "x")); }));
        QVERIFY(expectRefusal([&] { store.restoreRecord(*store.record(id)); }));
        QCOMPARE(store.clientCount(), 1);
    }

    void searchesAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<int>("inSession"); // 1 a session, 0 the client record, -1 either
        QTest::addColumn<QString>("snippetHas");
        QTest::newRow("one letter more") << "ma" << "María López" << 0 << "[María]";
        QTest::newRow("prefix") << "mar" << "María López" << 0 << "[María]";
        QTest::newRow("no accent typed") << "maria" << "María López" << 0 << "[María]";
        QTest::newRow("two words") << "mar cod" << "María López" << -1 << "[coding]";
        QTest::newRow("contact") << "614-555" << "María López" << 0 << "[614";
        QTest::newRow("tag") << "wio" << "María López" << 0 << "[WIOA]";
        QTest::newRow("background") << "68g" << "Sam Okafor" << 0 << "[68G]";
        QTest::newRow("location") << "dayt" << "Sam Okafor" << 0 << "[Dayton]";
        QTest::newRow("notes") << "tuit" << "María López" << 1 << "[tuition]";
        QTest::newRow("private notes") << "childc" << "María López" << 1 << "[childcare]";
        QTest::newRow("name and notes") << "maria cpc" << "María López" << 1 << "[CPC]";
        QTest::newRow("upper case") << "SUPERVIS" << "Sam Okafor" << 0 << "[supervisor]";
    }
    void searchesAsYouType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, firstName);
        QFETCH(int, inSession);
        QFETCH(QString, snippetHas);
        const auto hits = m_store->search(typed.toStdString());
        QVERIFY2(!hits.empty(), qPrintable(typed));
        QCOMPARE(QString::fromStdString(hits.front().displayName), firstName);
        if (inSession >= 0)
            QCOMPARE(hits.front().sessionId != 0, inSession == 1);
        QVERIFY2(QString::fromStdString(hits.front().snippet).contains(snippetHas), hits.front().snippet.c_str());
        if (inSession == 1)
            QCOMPARE(hits.front().clientId, m_maria);
    }

    void searchFindsEachRecordOnce()
    {
        // "maria" is in Maria's record and, as her name, in every session row: one hit.
        const auto hits = m_store->search("maria");
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits.front().sessionId, std::int64_t(0));
        QVERIFY(m_store->search("zzzz").empty());
        QVERIFY(m_store->search("").empty());
        QVERIFY(m_store->search("   ").empty());
        for (int i = 0; i < 30; ++i)
            m_store->addSession(sessionOf(m_sam, "2026-12-01", "Exam prep session " + std::to_string(i)));
        QCOMPARE(m_store->search("prep", 10).size(), std::size_t(10));
        QCOMPARE(m_store->search("prep").size(), std::size_t(30));
        QCOMPARE(m_store->search("exam").size(), std::size_t(33)); // 31 sessions, and "example" in two e-mail addresses
    }

    void broadMatchesListTheNewestFirst()
    {
        // More matching sessions than are worth ranking on a keystroke: the newest come first.
        {
            hp::db::Transaction tx(m_user->database());
            for (int i = 0; i < 2100; ++i)
                m_store->addSession(sessionOf(m_sam, "2026-12-01", "Exam prep session " + std::to_string(i)));
            tx.commit();
        }
        const auto hits = m_store->search("prep", 5);
        QCOMPARE(hits.size(), std::size_t(5));
        QVERIFY(hits[0].sessionId > hits[1].sessionId);
        QVERIFY2(hits[0].snippet.find("[prep] session 2099") != std::string::npos, hits[0].snippet.c_str());
        // Client hits still come first, ranked.
        const auto s = m_store->search("s", 3);
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s[0].displayName, std::string("Sam Okafor"));
        QCOMPARE(s[0].sessionId, std::int64_t(0));
    }

    void searchFollowsRenamesAndArchive()
    {
        auto c = *m_store->client(m_maria);
        c.displayName = "Maria Lopez-Reyes";
        m_store->updateClient(c);
        QVERIFY(!m_store->search("reyes cpc").empty());
        QCOMPARE(m_store->search("reyes cpc").front().displayName, std::string("Maria Lopez-Reyes"));
        m_store->setArchived(m_maria, true);
        const auto hits = m_store->search("reyes");
        QCOMPARE(hits.size(), std::size_t(1));
        QVERIFY(hits.front().archived); // archived clients are found, and marked
    }

    void oddCharactersNeverThrow_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *s : {"\"", "\"mar", "mar\"", "*", "m*", "-", "-mar", "mar-", ":", "name:maria", "display_name:mar", "(", ")",
                              "(mar", "AND", "mar AND", "OR sam", "NOT", "NEAR(mar sam)", "^mar", "'", "o'brien", "+", "{display_name}",
                              "\\", "%", "_", "m\"a\"r", "\"\"\"", "—", "é", "🙂", "; DROP TABLE client; --", "\t\n"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void oddCharactersNeverThrow()
    {
        QFETCH(QString, typed);
        const std::string text = typed.toStdString();
        std::vector<SearchHit> hits;
        try {
            // Every prefix, as it would be typed.
            for (std::size_t n = 1; n <= text.size(); ++n)
                hits = m_store->search(text.substr(0, n));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        QCOMPARE(m_store->clientCount(), 2);
    }

    void buildsFtsQueries()
    {
        QCOMPARE(ftsQuery("mar cod"), std::string("\"mar\"* \"cod\"*"));
        QCOMPARE(ftsQuery("  a\"b  "), std::string("\"a\"\"b\"*"));
        QCOMPARE(ftsQuery("- * :"), std::string());
        QCOMPARE(ftsQuery(""), std::string());
        QCOMPARE(ftsQuery("NEAR(x"), std::string("\"NEAR(x\"*"));
    }
};

QTEST_GUILESS_MAIN(TestClientStore)
#include "tst_client_store.moc"
