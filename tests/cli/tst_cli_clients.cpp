// healthpath-cli clients: every subcommand's good and bad paths, exit statuses and one-line
// messages; import all or nothing; export private and de-identified; backup and restore, also of
// a damaged file; the session handout PDF, with private notes only when asked.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "cli_runner.h"

namespace {

const QString kMaria = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1");
const QString kSam = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2");

QStringList clients(std::initializer_list<const char *> args)
{
    QStringList out{QStringLiteral("clients")};
    for (const char *a : args)
        out << QString::fromUtf8(a);
    return out;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A client export as another HealthPath would write it: Maria with two sessions (the latest with a
// plan, a comparison and notes in Markdown), and Sam, archived.
QByteArray exportFile(const QByteArray &planJson)
{
    QByteArray text = R"({"format":"healthpath-clients","version":1,"exported":"2026-11-26T16:40:05Z","deidentified":false,
 "clients":[
  {"uid":"MARIA","displayName":"María López","contact":"maria@example.org",
   "background":{"education":"Some college","currentJob":"Front desk","military":"","clinical":"CNA"},
   "goals":"Remote coding work","constraints":{"hoursPerWeek":8,"budget":1500,"location":"Columbus, OH","remote":"remote-preferred"},
   "tags":["evening","WIOA"],"archived":false,"created":"2026-10-01T10:00:00Z","updated":"2026-11-26T10:00:00Z",
   "sessions":[
    {"uid":"cccccccccccccccccccccccccccccc01","date":"2026-10-02","notes":"First meeting: coding or billing?","privateNotes":"",
     "chosenRole":"","created":"2026-10-02T10:00:00Z","updated":"2026-10-02T10:00:00Z","attachments":[]},
    {"uid":"cccccccccccccccccccccccccccccc02","date":"2026-11-26",
     "notes":"# Next steps\n- Book the CPC exam\n- Ask the employer about tuition\n1. Call the school","privateNotes":"Worried about childcare on exam day",
     "chosenRole":"outpatient-coder","created":"2026-11-26T10:00:00Z","updated":"2026-11-26T10:00:00Z",
     "attachments":[
      {"uid":"dddddddddddddddddddddddddddddd01","kind":"comparison","title":"Compared: Outpatient coder, Medical biller",
       "created":"2026-11-26T10:05:00Z","body":{"roles":["outpatient-coder","medical-biller"],"vintage":2024}},
      {"uid":"dddddddddddddddddddddddddddddd02","kind":"plan","title":"Career changer to Outpatient coder",
       "created":"2026-11-26T10:10:00Z","body":PLAN}]}]},
  {"uid":"SAM","displayName":"Sam Okafor","goals":"Patient access supervisor","tags":["veteran"],"archived":true,
   "created":"2026-09-01T10:00:00Z","updated":"2026-09-01T10:00:00Z",
   "sessions":[{"uid":"cccccccccccccccccccccccccccccc03","date":"2026-09-02","notes":"Talked about the VA","created":"2026-09-02T10:00:00Z",
     "updated":"2026-09-02T10:00:00Z"}]}]})";
    text.replace("MARIA", kMaria.toUtf8()).replace("\"SAM\"", '"' + kSam.toUtf8() + '"').replace("PLAN", planJson);
    return text;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestCliClients : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;   // holds the imported export
    QString m_export; // the export file
    QByteArray m_plan;

    QString freshDataDir(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        return dir;
    }

private slots:
    void initTestCase()
    {
        m_data = freshDataDir(QStringLiteral("data"));
        const Run plan = cli({"plan", "--persona", "career-changer", "--target", "outpatient-coder", "--start", "2026-12-01", "--budget",
                              "3000", "--format", "json"},
                             m_data);
        QVERIFY2(plan.status == 0, qPrintable(plan.err));
        m_plan = plan.out.trimmed().toUtf8();
        m_export = m_dir.filePath(QStringLiteral("clients.json"));
        QVERIFY(writeFile(m_export, exportFile(m_plan)));
        const Run imported = cli({"clients", "import", m_export}, m_data);
        checkRun(imported, 0, "Added 2 clients, 3 sessions and 2 attachments.", "", false);
    }

    void statuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("help") << QStringList{"--help"} << 0 << "clients handout --client UID [--session N] [--private] --out FILE.pdf" << "";
        QTest::newRow("list") << clients({"list"}) << 0 << "María López · 2 sessions, last on 2026-11-26 · tags: evening, WIOA" << "";
        QTest::newRow("list json") << clients({"list", "--format", "json"}) << 0 << "\"displayName\":\"María López\"" << "";
        QTest::newRow("list archived") << clients({"list", "--archived"}) << 0 << "Sam Okafor (archived) · 1 session" << "";
        QTest::newRow("list bad format") << clients({"list", "--format", "csv"}) << 2 << "" << "--format must be text or json, not 'csv'.";
        QTest::newRow("list words") << clients({"list", "maria"}) << 2 << "" << "clients search TEXT";
        QTest::newRow("list bad option") << clients({"list", "--bogus"}) << 2 << "" << "bogus";
        QTest::newRow("show") << QStringList{"clients", "show", kMaria} << 0 << "Session 2: 2026-11-26 · chose outpatient-coder · 2 attachments" << "";
        QTest::newRow("show unknown") << clients({"show", "0123"}) << 1 << "" << "there is no client with the uid '0123'";
        QTest::newRow("show nobody") << clients({"show"}) << 2 << "" << "name one client by its uid";
        QTest::newRow("search") << clients({"search", "mar", "cod"}) << 0 << "María López" << "";
        QTest::newRow("search notes") << clients({"search", "tuit"}) << 0 << "María López, session of 2026-11-26: " << "";
        QTest::newRow("search archived") << clients({"search", "okaf"}) << 0 << "Sam Okafor (archived)" << "";
        QTest::newRow("search quotes") << clients({"search", "\"mar"}) << 0 << "María López" << "";
        QTest::newRow("search nothing found") << clients({"search", "zzzz"}) << 0 << "No client or note matches \"zzzz\"." << "";
        QTest::newRow("search no words") << clients({"search", "\"", "*"}) << 2 << "" << "give words to look for";
        QTest::newRow("export needs out") << clients({"export"}) << 2 << "" << "--out FILE";
        QTest::newRow("export unknown client") << clients({"export", "--client", "0123", "--out", "/tmp/never-written.json"}) << 1 << ""
                                               << "there is no client with the uid";
        QTest::newRow("import needs a file") << clients({"import"}) << 2 << "" << "name one file to import";
        QTest::newRow("import missing file") << clients({"import", "/no/such/file.json"}) << 1 << "" << "Could not open /no/such/file.json";
        QTest::newRow("handout needs out") << QStringList{"clients", "handout", "--client", kMaria} << 2 << "" << "--client UID --out FILE.pdf";
        QTest::newRow("handout unknown client") << clients({"handout", "--client", "0123", "--out", "/tmp/never.pdf"}) << 1 << ""
                                                << "there is no client with the uid";
        QTest::newRow("handout bad session") << QStringList{"clients", "handout", "--client", kMaria, "--session", "9", "--out", "/tmp/never.pdf"}
                                             << 2 << "" << "--session must be a number from 1 to 2";
        QTest::newRow("check") << clients({"check"}) << 0 << "ok" << "";
        QTest::newRow("check extra") << clients({"check", "now"}) << 2 << "" << "takes no arguments";
        QTest::newRow("backup extra") << clients({"backup", "now"}) << 2 << "" << "takes no arguments";
        QTest::newRow("restore two files") << clients({"restore", "a", "b"}) << 2 << "" << "name at most one backup file";
        QTest::newRow("no subcommand") << clients({}) << 2 << "" << "subcommands are list, show, search";
        QTest::newRow("unknown subcommand") << clients({"frobnicate"}) << 2 << "" << "unknown subcommand 'frobnicate'";
    }
    void statuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        checkRun(cli(args, m_data), status, stdoutHas, stderrHas, status != 0);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.json")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.pdf")));
    }

    void listLeavesArchivedOut()
    {
        const Run r = cli(clients({"list"}), m_data);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.out.contains("Sam Okafor"));
        QVERIFY(cli(clients({"list"}), freshDataDir("empty")).out.contains("No clients yet."));
    }

    void importIsAllOrNothing()
    {
        const QString data = freshDataDir("import");
        QByteArray bad = exportFile(m_plan);
        bad.replace("\"displayName\":\"Sam Okafor\",", "");
        const QString badFile = m_dir.filePath("bad.json");
        QVERIFY(writeFile(badFile, bad));
        const Run r = cli({"clients", "import", badFile}, data);
        checkRun(r, 1, "", "Client 2 in the file has no name (\"displayName\"). Nothing was imported.", true);
        QVERIFY(cli(clients({"list", "--archived"}), data).out.contains("No clients yet."));
        QVERIFY(writeFile(badFile, "{\"format\": \"healthpath-clients\", \"version\": 1, \"clients\": [ {"));
        checkRun(cli({"clients", "import", badFile}, data), 1, "", "not valid JSON", true);
        // The good file twice: the second time nothing is new.
        checkRun(cli({"clients", "import", m_export}, data), 0, "Added 2 clients", "", false);
        checkRun(cli({"clients", "import", m_export}, data), 0, "Nothing new: 2 clients and 3 sessions were already here.", "", false);
        QCOMPARE(cli(clients({"list", "--archived"}), data).out.count('\n'), 2);
    }

    void exportsPrivatelyAndDeidentified()
    {
        const QString file = m_dir.filePath("out.json");
        checkRun(cli({"clients", "export", "--out", file}, m_data), 0, "Wrote 2 clients to " + file + ".", "", false);
        struct stat st {};
        QCOMPARE(::stat(file.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const QByteArray all = readFile(file);
        QVERIFY(all.contains("Worried about childcare"));
        const QString data = freshDataDir("export");
        checkRun(cli({"clients", "import", file}, data), 0, "Added 2 clients, 3 sessions and 2 attachments.", "", false);

        checkRun(cli({"clients", "export", "--client", kSam, "--out", file}, m_data), 0, "Wrote 1 client to", "", false);
        QVERIFY(readFile(file).contains("Sam Okafor"));
        QVERIFY(!readFile(file).contains("María"));

        const QString report = m_dir.filePath("report.json");
        checkRun(cli({"clients", "export", "--deidentified", "--out", report}, m_data), 0, "Wrote 2 clients, de-identified, to", "", false);
        const QByteArray text = readFile(report);
        QVERIFY(text.contains("\"deidentified\":true"));
        QVERIFY(text.contains("outpatient-coder"));
        const QByteArray mariaUid = kMaria.toUtf8(); // outlives the loop: constData() points into it
        for (const char *secret : {"María", "Sam Okafor", "maria@example.org", "Columbus", "childcare", "CPC", "Remote coding", "Front desk",
                                   "Compared:", mariaUid.constData()})
            QVERIFY2(!text.contains(secret), secret);
        checkRun(cli({"clients", "import", report}, data), 1, "", "de-identified export", true);
    }

    void backsUpAndRestores()
    {
        const QString data = freshDataDir("backup");
        QVERIFY(cli({"clients", "import", m_export}, data).status == 0);
        const Run backup = cli(clients({"backup"}), data);
        checkRun(backup, 0, "Backed up your data to " + data + "/backups/user-", "", false);
        // A third client arrives after the backup…
        QByteArray third = exportFile(m_plan);
        third.replace(kSam.toUtf8(), "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeee3").replace("Sam Okafor", "Third Person");
        third.replace("cccccccccccccccccccccccccccccc03", "cccccccccccccccccccccccccccccc04");
        QVERIFY(writeFile(m_dir.filePath("third.json"), third));
        QVERIFY(cli({"clients", "import", m_dir.filePath("third.json")}, data).status == 0);
        QVERIFY(cli(clients({"list", "--archived"}), data).out.contains("Third Person"));
        // …and restoring the newest good backup takes it away again, keeping it aside.
        const Run restored = cli(clients({"restore"}), data);
        checkRun(restored, 0, "Restored your data from the backup of ", "", false);
        QVERIFY2(restored.out.contains("What was there before is kept in " + data + "/user.sqlite.before-restore-"), qPrintable(restored.out));
        QVERIFY(!cli(clients({"list", "--archived"}), data).out.contains("Third Person"));
        // A named backup file; a missing one is refused.
        const QString file = backup.out.section(' ', -1).trimmed().chopped(1);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        checkRun(cli({"clients", "restore", file}, data), 0, "Restored your data", "", false);
        checkRun(cli({"clients", "restore", data + "/nope.sqlite"}, data), 1, "", "there is no file", true);
        checkRun(cli(clients({"restore"}), freshDataDir("no-backups")), 1, "", "no backup", true);
    }

    void restoresADamagedFile()
    {
        const QString data = freshDataDir("damaged");
        QVERIFY(cli({"clients", "import", m_export}, data).status == 0);
        QVERIFY(cli(clients({"backup"}), data).status == 0);
        const QString live = data + "/user.sqlite";
        QFile f(live);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const QByteArray damaged = readFile(live);
        checkRun(cli(clients({"check"}), data), 1, "", "is damaged", true);
        checkRun(cli(clients({"list"}), data), 1, "", "damaged", true);
        QCOMPARE(readFile(live), damaged);
        const Run r = cli(clients({"restore"}), data);
        checkRun(r, 0, "The file it replaced was kept as " + live + ".damaged-", "", false);
        checkRun(cli(clients({"check"}), data), 0, "ok", "", false);
        QVERIFY(cli(clients({"list"}), data).out.contains("María López"));
        const QStringList kept = QDir(data).entryList({"user.sqlite.damaged-*"}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(data + "/" + kept.front()), damaged);
    }

    void writesTheHandout()
    {
        const QString pdf = m_dir.filePath("handout.pdf");
        checkRun(cli({"clients", "handout", "--client", kMaria, "--out", pdf}, m_data), 0,
                 "Wrote the summary of the session of 2026-11-26 to " + pdf + ".", "", false);
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        struct stat st {};
        QCOMPARE(::stat(pdf.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const QString privatePdf = m_dir.filePath("private.pdf");
        checkRun(cli({"clients", "handout", "--client", kMaria, "--private", "--out", privatePdf}, m_data), 0, "Wrote", "", false);
        const QString firstPdf = m_dir.filePath("first.pdf");
        checkRun(cli({"clients", "handout", "--client", kMaria, "--session", "1", "--out", firstPdf}, m_data), 0,
                 "session of 2026-10-02", "", false);
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the text checks need it");
        const QString text = pdfText(pdf);
        for (const char *has : {"Session summary for María López", "What we looked at", "Compared: Outpatient coder, Medical biller",
                                "Your chosen direction", "Median pay: $", "Your first 30 days", "Notes", "Next steps", "• Book the CPC exam",
                                "1. Call the school", "Sources", "U.S. Bureau of Labor Statistics"})
            QVERIFY2(text.contains(QString::fromUtf8(has)), has);
        QVERIFY(!text.contains("# Next steps"));
        QVERIFY(!text.contains("childcare"));
        QVERIFY(!text.contains("Private notes"));
        const QString withPrivate = pdfText(privatePdf);
        QVERIFY(withPrivate.contains("Private notes"));
        QVERIFY(withPrivate.contains("Worried about childcare on exam day"));
        const QString first = pdfText(firstPdf);
        QVERIFY(first.contains("First meeting: coding or billing?"));
        QVERIFY(!first.contains("Your first 30 days"));
    }
};

QTEST_GUILESS_MAIN(TestCliClients)
#include "tst_cli_clients.moc"
