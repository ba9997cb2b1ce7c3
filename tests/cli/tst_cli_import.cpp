// healthpath-cli data import-oews as a user runs it: BLS's file imports and reports the change;
// a bad file exits 1 with one line and leaves the store byte for byte as it was; usage errors exit 2.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

namespace {

QString blsFile(int year)
{
    return QStringLiteral(HEALTHPATH_SHARED_DIR "/reference/bls-oews-national/national_M%1_dl.xlsx").arg(year);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString store() const { return QDir(dataDir()).filePath(QStringLiteral("reference.sqlite")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(cli({"data", "check"}, dataDir()).status, 0); // creates the store
    }

    void importsBlsFile()
    {
        if (!QFile::exists(blsFile(2025)))
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(blsFile(2025))));
        const Run dry = cli({"data", "import-oews", blsFile(2025), "--dry-run"}, dataDir());
        QVERIFY2(dry.status == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("Dry run: nothing was stored")));
        const Run r = cli({"data", "import-oews", "--vintage", "2025", blsFile(2025)}, dataDir());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains(QStringLiteral("29-2072")) && r.out.contains(QStringLiteral("$51,140"))
                     && r.out.contains(QStringLiteral("+$890 (+1.8%)")) && r.out.contains(QStringLiteral("CHANGE VS MAY 2024")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("replaces the rows already stored for May 2025 (no figures changed)")));
        QCOMPARE(cli({"data", "check"}, dataDir()).status, 0);
        QVERIFY(cli({"roles", "--format", "csv"}, dataDir()).out.contains(QStringLiteral(",29-2072,2025,51140,bls-oews-2025")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // empty with `create` false: no file at all
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("not a BLS file") << "national_M2025_dl.csv" << QByteArray("hello,world\n1,2\n") << true << "row 1";
        QTest::newRow("empty file") << "national_M2025_dl.csv" << QByteArray() << true << "the file is empty";
        QTest::newRow("missing file") << "national_M2024_dl.xlsx" << QByteArray() << false << "no such file";
        QTest::newRow("not a workbook") << "national_M2025_dl.xlsx" << QByteArray("PK\x03\x04 cut") << true << "cut short";
        QTest::newRow("May 2020, no 29-2072") << blsFile(2020) << QByteArray() << false << "29-2098";
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QFETCH(QString, stderrHas);
        QString path = QDir::isAbsolutePath(file) ? file : m_dir.filePath(file);
        if (QDir::isAbsolutePath(file) && !QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(path)));
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = digest(store());
        QVERIFY(!before.isEmpty());
        const Run r = cli({"data", "import-oews", path}, dataDir());
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(r.err.contains(QFileInfo(path).fileName()) && r.err.contains(stderrHas), qPrintable(r.err));
        QCOMPARE(digest(store()), before); // the store is untouched
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("no file") << QStringList{"data", "import-oews"} << "name one BLS file";
        QTest::newRow("two files") << QStringList{"data", "import-oews", "a.xlsx", "b.xlsx"} << "name one BLS file";
        QTest::newRow("vintage not a number") << QStringList{"data", "import-oews", "a.xlsx", "--vintage", "May"} << "vintage";
        QTest::newRow("vintage too early") << QStringList{"data", "import-oews", "a.xlsx", "--vintage", "1900"} << "1997";
        QTest::newRow("unknown option") << QStringList{"data", "import-oews", "a.xlsx", "--force"} << "force";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrHas);
        const Run r = cli(args, dataDir());
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    }

    void helpListsTheCommand()
    {
        const Run r = cli({"--help"}, dataDir());
        QVERIFY(r.out.contains(QStringLiteral("data import-oews FILE [--vintage YYYY] [--dry-run]")));
        const Run bad = cli({"data", "polish"}, dataDir());
        QVERIFY(bad.err.contains(QStringLiteral("import-oews")));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
