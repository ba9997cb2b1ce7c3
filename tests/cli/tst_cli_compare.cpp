// healthpath-cli compare: every format, the handout PDF, and the error paths.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliCompare : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void text()
    {
        const Run r = cli({"compare", "outpatient-coder", "medical-biller"}, m_dir.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Outpatient / professional-fee coder"));
        QVERIFY(r.out.contains("Medical biller"));
        QVERIFY(r.out.contains("$37,000–$81,150 (median $51,140; BLS 29-2072, May 2025)"));
        QVERIFY(r.out.contains("$37,290–$67,710 (median $48,500; BLS 43-3021, May 2025)"));
        QVERIFY(r.out.contains("Sources:"));
    }

    void csvLongFormat()
    {
        const Run r = cli({"compare", "coding-auditor", "cdi-specialist", "compliance-officer", "--format", "csv", "--vintage", "2023"},
                          m_dir.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("field,role_id,role,value,source,status,vintage"));
        QCOMPARE(lines.size(), 1 + 12 * 3);
        QVERIFY(r.out.contains("wage_band,coding-auditor,"));
        QVERIFY(r.out.contains("median $48,780; BLS 29-2072, May 2023)\",bls-oews-2023,VERIFIED,2023"));
    }

    void json()
    {
        const Run r = cli({"compare", "medical-biller", "practice-manager", "him-manager", "coding-educator", "--format", "json"},
                          m_dir.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value("vintage").toInt(), 2025);
        const QJsonArray roles = doc.value("roles").toArray();
        QCOMPARE(roles.size(), 4);
        QCOMPARE(roles.at(1).toObject().value("wage").toObject().value("median").toInt(), 123860);
        QCOMPARE(doc.value("rows").toArray().size(), 12);
        QVERIFY(!doc.value("sources").toArray().isEmpty());
    }

    void pdfHandoutIsOnePageWithNamesAndSources()
    {
        const QString pdf = m_dir.filePath("handout.pdf");
        const Run r = cli({"compare", "outpatient-coder", "medical-biller", "practice-manager", "risk-adjustment-coder", "--format",
                           "pdf", "--out", pdf},
                          m_dir.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString pdfinfo = QStandardPaths::findExecutable("pdfinfo");
        const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
        if (pdfinfo.isEmpty() || pdftotext.isEmpty())
            QSKIP("pdfinfo/pdftotext (poppler-utils) are not installed; the page and text checks need them");
        QVERIFY(run(pdfinfo, {pdf}).contains(QRegularExpression("Pages:\\s+1\\n")));
        const QString text = run(pdftotext, {pdf, "-"}).simplified();
        for (const char *name : {"Outpatient / professional-fee coder", "Medical biller", "Medical practice manager", "Risk adjustment (HCC) coder"})
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        QVERIFY(text.contains("Sources"));
        QVERIFY(text.contains("U.S. Bureau of Labor Statistics"));
        QVERIFY(text.contains("May 2025"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("one role") << QStringList{"compare", "medical-biller"} << "2 to 4 roles; 1 given";
        QTest::newRow("five roles") << QStringList{"compare", "medical-biller", "inpatient-coder", "outpatient-coder", "him-manager", "coding-auditor"}
                                    << "2 to 4 roles; 5 given";
        QTest::newRow("unknown role lists valid ids") << QStringList{"compare", "medical-biller", "astronaut"}
                                                      << "Unknown role 'astronaut'. Valid roles: ar-denials-specialist, cdi-specialist";
        QTest::newRow("same role twice") << QStringList{"compare", "medical-biller", "medical-biller"} << "listed twice";
        QTest::newRow("bad format") << QStringList{"compare", "medical-biller", "him-manager", "--format", "docx"} << "--format must be";
        QTest::newRow("pdf without out") << QStringList{"compare", "medical-biller", "him-manager", "--format", "pdf"} << "needs --out";
        QTest::newRow("unknown vintage") << QStringList{"compare", "medical-biller", "him-manager", "--vintage", "2001"} << "May 2001";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args, m_dir.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void unwritableOutIsASentence()
    {
        const Run r = cli({"compare", "medical-biller", "him-manager", "--out", "/nonexistent-hp/x.txt"}, m_dir.path());
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("Could not write /nonexistent-hp/x.txt"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
