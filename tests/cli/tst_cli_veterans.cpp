// healthpath-cli veterans as a user runs it: match, search and import-crosswalk, their exit
// statuses (0 answer, 1 nothing found / import refused, 2 usage) and one-line messages.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

namespace {

const QString kFixtures = QStringLiteral(HEALTHPATH_TEST_DATA_DIR "/crosswalk");

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCliVeterans : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString store() const { return QDir(dataDir()).filePath(QStringLiteral("reference.sqlite")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(cli({"data", "check"}, dataDir()).status, 0);
    }

    void matchText()
    {
        const Run r = cli({"veterans", "match", "68G", "4A051", "--grade", "E5"}, dataDir());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        for (const char *text : {"Army 68G  Patient Administration Specialist", "-> 29-2072.00 Medical Records Specialists",
                                 "Your level: Mid level", "DIRECT:", "Outpatient / professional-fee coder [outpatient-coder]",
                                 "ADJACENT:", "STRETCH:", "Level that matches yours: Coder", "used under CC BY 4.0; modified (reformatted)"})
            QVERIFY2(r.out.contains(QString::fromUtf8(text)), text);
        QVERIFY(r.out.indexOf(QStringLiteral("DIRECT:")) < r.out.indexOf(QStringLiteral("ADJACENT:")));
    }

    void matchJsonWithRole()
    {
        const Run r = cli({"veterans", "match", "001255,0111", "--branch", "navy", "--grade", "E4", "--role", "outpatient-coder",
                           "--format", "json"},
                          dataDir());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("occupations")].toArray().size(), 2); // Navy 001255 and Navy 0111 (dermatologist)
        QCOMPARE(root[QStringLiteral("level")].toObject()[QStringLiteral("id")].toString(), QStringLiteral("entry"));
        QString kind;
        for (const auto &v : root[QStringLiteral("roles")].toArray())
            if (v.toObject()[QStringLiteral("role")].toString() == QLatin1String("outpatient-coder"))
                kind = v.toObject()[QStringLiteral("kind")].toString();
        QCOMPARE(kind, QStringLiteral("adjacent"));
        QVERIFY(!root[QStringLiteral("funding")].toArray().isEmpty());
        QVERIFY(!root[QStringLiteral("resume")].toObject()[QStringLiteral("lines")].toArray().isEmpty());
        QCOMPARE(root[QStringLiteral("crosswalk")].toObject()[QStringLiteral("source")].toString(),
                 QStringLiteral("onet-military-crosswalk-milx0724"));
    }

    void unknownCodeIsAnsweredHonestly()
    {
        const Run r = cli({"veterans", "match", "QQ777"}, dataDir());
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.contains(QStringLiteral("Not found: No military occupation has the code or title \"QQ777\"")));
        QVERIFY(r.out.contains(QStringLiteral("Your service still counts")));
        QVERIFY(!r.out.contains(QStringLiteral("DIRECT:")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("no subcommand") << QStringList{"veterans"} << "say what to do";
        QTest::newRow("no codes") << QStringList{"veterans", "match"} << "name one or more";
        QTest::newRow("bad grade") << QStringList{"veterans", "match", "68G", "--grade", "E12"} << "--grade must be a pay grade";
        QTest::newRow("bad branch") << QStringList{"veterans", "match", "68G", "--branch", "cavalry"} << "branches are army, navy";
        QTest::newRow("bad role") << QStringList{"veterans", "match", "68G", "--role", "pilot"} << "unknown role 'pilot'";
        QTest::newRow("bad format") << QStringList{"veterans", "search", "68G", "--format", "xml"} << "text or json";
        QTest::newRow("bad limit") << QStringList{"veterans", "search", "68G", "--limit", "0"} << "--limit from 1 to 500";
        QTest::newRow("import without file") << QStringList{"veterans", "import-crosswalk"} << "name one file";
        QTest::newRow("unknown option") << QStringList{"veterans", "match", "68G", "--colour"} << "colour";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrHas);
        const Run r = cli(args, dataDir());
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void search()
    {
        const Run r = cli({"veterans", "search", "patient", "administration", "--branch", "army"}, dataDir());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Army 68G  Patient Administration Specialist")));
        QVERIFY(r.out.contains(QStringLiteral("Army 70E  Patient Administration")));
        QVERIFY(!r.out.contains(QStringLiteral("Navy")));
        const Run json = cli({"veterans", "search", "4A0X1", "--format", "json"}, dataDir());
        QCOMPARE(json.status, 0);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("occupations")].toArray().size() >= 8);
        const Run none = cli({"veterans", "search", "qqqqqq"}, dataDir());
        QCOMPARE(none.status, 1);
        QCOMPARE(none.err.count(QLatin1Char('\n')), 1);
    }

    void importCrosswalk()
    {
        const QString bad = kFixtures + QStringLiteral("/bad/truncated_row.csv");
        const QByteArray before = digest(store());
        const Run refused = cli({"veterans", "import-crosswalk", bad}, dataDir());
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("line 4 has only 6 of the header's 14 columns")), qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(digest(store()), before);

        const QString good = kFixtures + QStringLiteral("/good/milx0725.csv");
        const Run dry = cli({"veterans", "import-crosswalk", good, "--dry-run"}, dataDir());
        QVERIFY2(dry.status == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("Dry run: nothing was stored.")));
        QCOMPARE(digest(store()), before);
        const Run r = cli({"veterans", "import-crosswalk", good}, dataDir());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Stored: HealthPath now uses this crosswalk.")));
        QVERIFY(r.out.contains(QStringLiteral("1 new, ")));
        const Run match = cli({"veterans", "match", "HMX"}, dataDir());
        QVERIFY2(match.status == 0, qPrintable(match.err));
        QVERIFY(match.out.contains(QStringLiteral("imported from milx0725.csv")));
        QCOMPARE(cli({"data", "check"}, dataDir()).status, 0);

        const Run back = cli({"veterans", "import-crosswalk", "--use-shipped"}, dataDir());
        QVERIFY2(back.status == 0, qPrintable(back.err));
        QVERIFY(back.out.contains(QStringLiteral("uses the one it ships with again")));
        const Run shipped = cli({"veterans", "match", "HMX"}, dataDir());
        QVERIFY2(!shipped.out.contains(QStringLiteral("imported from milx0725.csv")), qPrintable(shipped.out));
        const Run again = cli({"veterans", "import-crosswalk", "--use-shipped"}, dataDir());
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.contains(QStringLiteral("already uses the shipped one")));
        QCOMPARE(cli({"veterans", "import-crosswalk", "--use-shipped", good}, dataDir()).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliVeterans)
#include "tst_cli_veterans.moc"
