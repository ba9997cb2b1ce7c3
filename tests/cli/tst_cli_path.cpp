// healthpath-cli path: exit statuses and messages, the text and JSON formats, and the baseline the
// return on training is measured against.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

namespace {

QStringList path(std::initializer_list<const char *> extra)
{
    QStringList args{QStringLiteral("path")};
    for (const char *a : extra)
        args << QString::fromUtf8(a);
    return args;
}

} // namespace

class TestCliPath : public QObject {
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
        QTest::newRow("text") << path({"--from", "no-experience", "--to", "outpatient-coder"}) << 0 << "FASTEST" << "";
        QTest::newRow("help lists path") << QStringList{"--help"} << 0 << "path --from START --to ROLE" << "";
        QTest::newRow("unknown start lists starts")
            << path({"--from", "astronaut", "--to", "outpatient-coder"}) << 2 << "" << "Starting points: no-experience";
        QTest::newRow("unknown role lists roles")
            << path({"--from", "no-experience", "--to", "astronaut"}) << 2 << "" << "outpatient-coder";
        QTest::newRow("unreachable") << path({"--from", "coding-director", "--to", "patient-access-representative"}) << 1
                                     << "" << "entered only from";
        QTest::newRow("missing --to") << path({"--from", "no-experience"}) << 2 << "" << "--to ROLE";
        QTest::newRow("bad format") << path({"--from", "no-experience", "--to", "outpatient-coder", "--format", "xml"})
                                    << 2 << "" << "--format must be text or json";
        QTest::newRow("bad objective") << path({"--from", "no-experience", "--to", "outpatient-coder", "--optimize", "fun"})
                                       << 2 << "" << "--optimize must be time or cost";
        QTest::newRow("unknown vintage") << path({"--from", "no-experience", "--to", "outpatient-coder", "--vintage", "1999"})
                                         << 2 << "" << "no wage data for May 1999";
        QTest::newRow("baseline not a number")
            << path({"--from", "no-experience", "--to", "outpatient-coder", "--baseline-pay", "lots"}) << 2 << "" << "baseline-pay";
        QTest::newRow("negative baseline")
            << path({"--from", "no-experience", "--to", "outpatient-coder", "--baseline-pay=-5"}) << 2 << "" << "zero or more";
        QTest::newRow("unknown option") << path({"--from", "no-experience", "--to", "outpatient-coder", "--fly"}) << 2 << ""
                                        << "fly";
        QTest::newRow("unusual move flagged")
            << path({"--from", "coder", "--to", "cdi-specialist"}) << 0 << "Unusual without a clinical background" << "";
        QTest::newRow("optimize for cost") << path({"--from", "biller", "--to", "coding-auditor", "--optimize", "cost"}) << 0
                                           << "alternatives are ordered by cost" << "";
    }
    void statuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        checkRun(cli(args, m_dir.path()), status, stdoutHas, stderrHas, status != 0);
    }

    void textShowsStepsWagesAndReturn()
    {
        const Run r = cli(path({"--from", "no-experience", "--to", "outpatient-coder"}), m_dir.path());
        QCOMPARE(r.status, 0);
        for (const char *expected : {"Routes from No healthcare experience to Coder", "BLS OEWS national estimates, May 2025",
                                     "default: federal minimum wage $7.25/h", "$15,080 a year", "FASTEST:", "CHEAPEST:",
                                     "ALTERNATIVE 1:", "Remove the A, option 3", "Remove the A, option 1",
                                     "$43,490–$51,140 a year", "break-even month 14", "Sources:", "dol-federal-minimum-wage"})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
    }

    void jsonHasRoutesAndMonthlySeries()
    {
        const Run r = cli(path({"--from", "biller", "--to", "coding-auditor", "--format", "json", "--vintage", "2024"}),
                          m_dir.path());
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(o.value("vintage").toInt(), 2024);
        QCOMPARE(o.value("to").toObject().value("role").toString(), QStringLiteral("coding-auditor"));
        QVERIFY(o.value("baseline").toObject().value("default").toBool());
        QCOMPARE(o.value("baseline").toObject().value("annual").toDouble(), 15080.0);
        const QJsonArray routes = o.value("routes").toArray();
        QVERIFY(routes.size() >= 2 && routes.size() <= 5);
        for (const auto &v : routes) {
            const QJsonObject route = v.toObject();
            const QJsonArray steps = route.value("steps").toArray();
            QVERIFY(!steps.isEmpty());
            QCOMPARE(steps.last().toObject().value("move").toString(), QStringLiteral("coder-to-auditor-cpma"));
            QCOMPARE(steps.last().toObject().value("wage").toObject().value("source").toString(), QStringLiteral("bls-oews-2024"));
            const QJsonObject roi = route.value("roi").toObject();
            QCOMPARE(roi.value("cumulative_net").toArray().size(), 120);
            QCOMPARE(roi.value("cumulative_baseline").toArray().size(), 120);
            QVERIFY(roi.contains("break_even_month") && roi.contains("break_even_month_p25"));
        }
        QVERIFY(!o.value("sources").toArray().isEmpty());
    }

    void baselinePayReplacesTheDefault()
    {
        const Run r = cli(path({"--from", "no-experience", "--to", "outpatient-coder", "--baseline-pay", "30000",
                                "--format", "json"}),
                          m_dir.path());
        QCOMPARE(r.status, 0);
        const QJsonObject base = QJsonDocument::fromJson(r.out.toUtf8()).object().value("baseline").toObject();
        QVERIFY(!base.value("default").toBool());
        QCOMPARE(base.value("annual").toDouble(), 30000.0);
        QVERIFY(base.value("label").toString().contains(QLatin1String("$30,000")));
    }

    void unreachableJsonExplains()
    {
        const Run r = cli(path({"--from", "coding-director", "--to", "outpatient-coder", "--format", "json"}), m_dir.path());
        QCOMPARE(r.status, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("status").toString(), QStringLiteral("unreachable"));
        QVERIFY(!o.value("explanation").toString().isEmpty());
        QVERIFY(!o.value("entry_moves").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliPath)
#include "tst_cli_path.moc"
