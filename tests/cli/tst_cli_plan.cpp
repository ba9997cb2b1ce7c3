// healthpath-cli plan: exit statuses and one-line messages, --personas, and every output format.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

namespace {

QStringList plan(std::initializer_list<const char *> extra)
{
    QStringList args{QStringLiteral("plan")};
    for (const char *a : extra)
        args << QString::fromUtf8(a);
    return args;
}

QStringList veteran(std::initializer_list<const char *> extra)
{
    QStringList args = plan({"--persona", "veteran", "--target", "outpatient-coder", "--start", "2027-01-04", "--hours", "15",
                             "--budget", "1000", "--funding", "gi-bill", "--funding", "va-test-fee"});
    for (const char *a : extra)
        args << QString::fromUtf8(a);
    return args;
}

} // namespace

class TestCliPlan : public QObject {
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
        QTest::newRow("text") << veteran({}) << 0 << "DAYS 1–30 (Mon 4 Jan 2027 – Tue 2 Feb 2027)" << "";
        QTest::newRow("help lists plan") << QStringList{"--help"} << 0 << "plan --persona P --target ROLE" << "";
        QTest::newRow("personas") << plan({"--personas"}) << 0 << "veteran — Military veteran" << "";
        QTest::newRow("funding ids") << plan({"--personas"}) << 0 << "va-test-fee — VA test-fee reimbursement" << "";
        QTest::newRow("unknown persona lists them")
            << plan({"--persona", "astronaut", "--target", "outpatient-coder", "--budget", "0"}) << 2 << ""
            << "Personas: career-changer, recent-graduate, parent-returning, veteran";
        QTest::newRow("unknown role suggests")
            << plan({"--persona", "veteran", "--target", "outpatient-coders", "--budget", "0"}) << 2 << ""
            << "did you mean \"outpatient-coder\"?";
        QTest::newRow("bad date says the format")
            << plan({"--persona", "veteran", "--target", "outpatient-coder", "--budget", "0", "--start", "2027-02-30"}) << 2 << ""
            << "YYYY-MM-DD";
        QTest::newRow("zero hours") << plan({"--persona", "veteran", "--target", "outpatient-coder", "--budget", "0", "--hours", "0"})
                                    << 2 << "" << "hours per week must be more than 0";
        QTest::newRow("hours not a number")
            << plan({"--persona", "veteran", "--target", "outpatient-coder", "--budget", "0", "--hours", "lots"}) << 2 << "" << "hours";
        QTest::newRow("negative budget") << plan({"--persona", "veteran", "--target", "outpatient-coder", "--budget=-5"}) << 2 << ""
                                         << "0 or more US dollars";
        QTest::newRow("missing budget") << plan({"--persona", "veteran", "--target", "outpatient-coder"}) << 2 << "" << "--budget N";
        QTest::newRow("unknown credential") << veteran({"--held", "cpx"}) << 2 << "" << "There is no certification \"cpx\"";
        QTest::newRow("unknown funding") << veteran({"--funding", "lottery"}) << 2 << "" << "Funding options:";
        QTest::newRow("pdf needs a file") << veteran({"--format", "pdf"}) << 2 << "" << "a PDF needs --out FILE";
        QTest::newRow("bad format") << veteran({"--format", "docx"}) << 2 << "" << "--format must be text, json, ics, md, csv or pdf";
        QTest::newRow("unknown option") << veteran({"--fly"}) << 2 << "" << "fly";
        QTest::newRow("budget zero") << plan({"--persona", "career-changer", "--target", "outpatient-coder", "--budget", "0",
                                              "--start", "2027-01-04"})
                                     << 0 << "does not cover any route" << "";
        QTest::newRow("markdown") << veteran({"--format", "md"}) << 0 << "# Military veteran → Outpatient coder" << "";
        QTest::newRow("csv") << veteran({"--format", "csv"}) << 0 << "id,phase,due,title,detail,reason,effort_hours,done,done_on,facts" << "";
        QTest::newRow("ics") << veteran({"--format", "ics"}) << 0 << "BEGIN:VCALENDAR" << "";
        QTest::newRow("ics to-dos") << veteran({"--format", "ics", "--ics-todo"}) << 0 << "BEGIN:VTODO" << "";
    }
    void statuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        checkRun(cli(args, m_dir.path()), status, stdoutHas, stderrHas, status != 0);
    }

    void veteranTextCoversTheVaSteps()
    {
        const Run r = cli(veteran({}), m_dir.path());
        QCOMPARE(r.status, 0);
        for (const char *expected : {"Military veteran → Outpatient coder, from Mon 4 Jan 2027", "GI Bill Comparison Tool",
                                     "VA Form 22-0803", "$2,000", "UNVERIFIED", "BEYOND DAY 90", "Remove the A", "Why: ", "Sources:"})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
    }

    void jsonIsThePlan()
    {
        const Run r = cli(veteran({"--format", "json"}), m_dir.path());
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(o.value("format").toString(), QStringLiteral("healthpath-plan"));
        QCOMPARE(o.value("input").toObject().value("persona").toString(), QStringLiteral("veteran"));
        QCOMPARE(o.value("input").toObject().value("funding").toArray().size(), 2);
        const QJsonArray tasks = o.value("tasks").toArray();
        QVERIFY(tasks.size() > 20);
        QCOMPARE(tasks.first().toObject().value("due").toString(), QStringLiteral("2027-01-04"));
    }

    void writesFiles()
    {
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("plan.pdf"));
        Run r = cli(veteran({"--format", "pdf", "--out", pdf.toUtf8().constData()}), m_dir.path());
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Wrote ")));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        const int pages = bytes.count("/Type /Page /");
        QVERIFY(pages >= 1 && pages <= 3);

        const QString ics = out.filePath(QStringLiteral("plan.ics"));
        r = cli(veteran({"--format", "ics", "--out", ics.toUtf8().constData()}), m_dir.path());
        QCOMPARE(r.status, 0);
        QFile g(ics);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readAll().startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));

        r = cli(veteran({"--format", "csv", "--out", out.filePath(QStringLiteral("no/such/dir.csv")).toUtf8().constData()}), m_dir.path());
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("Could not write")));
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
