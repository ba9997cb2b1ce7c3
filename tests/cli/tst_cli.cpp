// healthpath-cli as a user runs it: exit statuses, messages and output formats.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void statuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("help") << QStringList{"--help"} << 0 << "Usage: healthpath-cli" << "";
        QTest::newRow("version") << QStringList{"--version"} << 0 << "healthpath-cli 0." << "";
        QTest::newRow("no command") << QStringList{} << 2 << "" << "no command given";
        QTest::newRow("unknown command") << QStringList{"fly"} << 2 << "" << "unknown command 'fly'";
        QTest::newRow("unknown global option") << QStringList{"--frobnicate", "roles"} << 2 << "" << "frobnicate";
        QTest::newRow("unknown roles option") << QStringList{"roles", "--colour"} << 2 << "" << "colour";
        QTest::newRow("bad format") << QStringList{"roles", "--format", "xml"} << 2 << "" << "--format must be";
        QTest::newRow("unknown vintage") << QStringList{"roles", "--vintage", "1999"} << 2 << "" << "no wage data for May 1999";
        QTest::newRow("vintage not a number") << QStringList{"roles", "--vintage", "last"} << 2 << "" << "vintage";
        QTest::newRow("data without subcommand") << QStringList{"data"} << 2 << "" << "say what to do";
        QTest::newRow("data unknown subcommand") << QStringList{"data", "polish"} << 2 << "" << "polish";
        QTest::newRow("data check") << QStringList{"data", "check"} << 0 << "Reference data is valid" << "";
        QTest::newRow("roles text") << QStringList{"roles"} << 0 << "medical-biller" << "";
    }
    void statuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        checkRun(cli(args, m_dir.path()), status, stdoutHas, stderrHas, status == 2);
    }

    void rolesTextNamesSourceAndVintage()
    {
        const Run r = cli({"roles"}, m_dir.path());
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("MEDIAN (MAY 2025)"));
        QVERIFY(r.out.contains("$51,140"));   // coders: 29-2072, May 2025
        QVERIFY(r.out.contains("$48,500"));   // billers: 43-3021, May 2025
        QVERIFY(r.out.contains("$123,860"));  // administrators: 11-9111, May 2025
        QVERIFY(r.out.contains("May 2025") && r.out.contains("VERIFIED"));
    }

    void rolesJsonForAnOlderVintage()
    {
        const Run r = cli({"roles", "--format", "json", "--vintage", "2022"}, m_dir.path());
        QCOMPARE(r.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rows.size() >= 14);
        bool sawCoder = false;
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("vintage").toInt(), 2022);
            if (o.value("id").toString() == "outpatient-coder") {
                sawCoder = true;
                QCOMPARE(o.value("median_annual").toInt(), 47180); // May 2022, not May 2023
                QCOMPARE(o.value("source").toString(), QStringLiteral("bls-oews-2022"));
            }
        }
        QVERIFY(sawCoder);
    }

    void rolesCsvHasHeaderAndRows()
    {
        const Run r = cli({"roles", "--format", "csv"}, m_dir.path());
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("id,name,family,soc,vintage,median_annual,source"));
        QVERIFY(lines.size() >= 15);
        QVERIFY(r.out.contains(",43-3021,2025,48500,bls-oews-2025"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
