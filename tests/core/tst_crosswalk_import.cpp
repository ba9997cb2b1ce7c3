// The military crosswalk import. A file in O*NET's layout imports, is stored, survives reopening
// and replaces the shipped crosswalk until removed; a zip archive as O*NET publishes it imports
// too. Every broken file in tests/fixtures/crosswalk/bad is refused with one sentence naming the
// line, and the store file is left byte for byte as it was.

#include "refdata/knowledge_base.h"
#include "veterans/crosswalk_import.h"
#include "veterans/veterans.h"

#include "zip_util.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hp;
using namespace hp::veterans;

namespace {

const QString kFixtures = QStringLiteral(HEALTHPATH_TEST_DATA_DIR "/crosswalk");

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCrosswalkImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString storePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    std::unique_ptr<KnowledgeBase> open(const QString &name)
    {
        std::string error;
        auto kb = KnowledgeBase::open(storePath(name).toStdString(), &error);
        if (!kb)
            qWarning("%s", error.c_str());
        return kb;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesOnetLayout()
    {
        const auto parsed = parseCrosswalkFile((kFixtures + QStringLiteral("/good/milx0725.csv")).toStdString());
        QVERIFY2(parsed.ok(), parsed.error.c_str());
        QCOMPARE(parsed.asOf, std::string("2025-07"));
        QCOMPARE(parsed.dataRows, 16);
        QCOMPARE(parsed.rows.size(), std::size_t(12));
        QCOMPARE(parsed.obsolete, 1);    // 71L
        QCOMPARE(parsed.notMilitary, 1); // OPM 0675
        QCOMPARE(parsed.noMatch, 1);     // 09L
        QCOMPARE(parsed.merged, 1);      // 0111 listed twice
        const auto marine = std::find_if(parsed.rows.begin(), parsed.rows.end(), [](const CrosswalkRow &r) { return r.code == "0111"; });
        QVERIFY(marine != parsed.rows.end());
        QCOMPARE(marine->onet, (std::vector<std::string>{"43-9061.00", "43-9022.00", "43-9199.00"}));
        QCOMPARE(parsed.onetTitles.at("29-2099.08"), std::string("Patient Representatives"));
    }

    void importReplacesTheShippedCrosswalk()
    {
        const QString file = kFixtures + QStringLiteral("/good/milx0725.csv");
        {
            auto kb = open(QStringLiteral("good"));
            QVERIFY(kb);
            const QByteArray before = digest(storePath(QStringLiteral("good")));
            const auto dry = importCrosswalk(*kb, file.toStdString(), true, "2026-12-01");
            QVERIFY2(dry.ok(), dry.error.c_str());
            QVERIFY(!dry.stored);
            QCOMPARE(digest(storePath(QStringLiteral("good"))), before);
            QCOMPARE(dry.previousOccupations, 12209);
            QCOMPARE(dry.added, 1);   // HMX
            QCOMPARE(dry.changed, 1); // 0111 gained 43-9199
            QVERIFY(dry.text().find("Dry run: nothing was stored.") != std::string::npos);
            QVERIFY(dry.text().find("fewer than half") != std::string::npos);

            const auto report = importCrosswalk(*kb, file.toStdString(), false, "2026-12-01");
            QVERIFY2(report.ok(), report.error.c_str());
            QVERIFY(report.stored);
            QCOMPARE(report.occupations, 12);
            QVERIFY2(report.text().find("July 2025 from milx0725.csv: 12 active military occupations") != std::string::npos,
                     report.text().c_str());
            // The knowledge base knows the new source at once.
            const Source *source = kb->source(kImportedCrosswalkSource);
            QVERIFY(source);
            QCOMPARE(source->asOf, std::string("2025-07"));
            QCOMPARE(source->retrieved, std::string("2026-12-01"));
            QVERIFY(kb->check().empty());
        }
        // Reopened, the store still holds it and Veterans uses it.
        auto kb = open(QStringLiteral("good"));
        QVERIFY(kb);
        std::string error;
        auto vet = Veterans::load(*kb, &error);
        QVERIFY2(vet, error.c_str());
        QVERIFY(vet->crosswalkImported());
        QCOMPARE(vet->occupationCount(), std::size_t(12));
        QCOMPARE(vet->crosswalkSourceId(), std::string(kImportedCrosswalkSource));
        QVERIFY2(vet->crosswalkVintage().find("July 2025") != std::string::npos, vet->crosswalkVintage().c_str());
        QCOMPARE(vet->onetTitle("29-2099.08"), std::string("Patient Representatives"));
        const auto r = vet->match({{"HMX", "navy"}, {"68G", "army"}});
        QCOMPARE(r.occupations.size(), std::size_t(2));
        QVERIFY(r.notFound.empty());
        QVERIFY(!vet->match({{"11B", "army"}}).notFound.empty()); // not in the imported file
        for (const auto &m : r.roles)
            if (m.kind != MatchKind::Stretch)
                QVERIFY(std::find(m.sourceIds.begin(), m.sourceIds.end(), std::string(kImportedCrosswalkSource)) != m.sourceIds.end());

        // Removing it brings the shipped crosswalk back.
        QVERIFY(removeImportedCrosswalk(*kb));
        QVERIFY(!kb->source(kImportedCrosswalkSource));
        vet = Veterans::load(*kb, &error);
        QVERIFY(vet && !vet->crosswalkImported());
        QCOMPARE(vet->occupationCount(), std::size_t(12209));
        QVERIFY(!removeImportedCrosswalk(*kb));
    }

    void importsOnetArchive()
    {
        const QString zip = m_dir.filePath(QStringLiteral("military_crosswalk.zip"));
        QVERIFY(testzip::write(zip.toStdString(), {{"Read Me.pdf", "%PDF-1.4 not really"},
                                                   {"milx0725.csv", readAll(kFixtures + QStringLiteral("/good/milx0725.csv")).toStdString()}}));
        const auto parsed = parseCrosswalkFile(zip.toStdString());
        QVERIFY2(parsed.ok(), parsed.error.c_str());
        QCOMPARE(parsed.fileName, std::string("military_crosswalk.zip (milx0725.csv)"));
        QCOMPARE(parsed.asOf, std::string("2025-07"));
        QCOMPARE(parsed.rows.size(), std::size_t(12));
        const QString noCsv = m_dir.filePath(QStringLiteral("nocsv.zip"));
        QVERIFY(testzip::write(noCsv.toStdString(), {{"Read Me.pdf", "%PDF"}}));
        const auto refused = parseCrosswalkFile(noCsv.toStdString());
        QVERIFY2(refused.error.find("holds no .csv file") != std::string::npos, refused.error.c_str());
    }

    void readsWindows1252()
    {
        std::string text = readAll(kFixtures + QStringLiteral("/good/milx0725.csv")).toStdString();
        text.replace(text.find("Chief Medical NCO"), 17, "Chief Medical NCO\x92s Office");
        const auto parsed = parseCrosswalkText(text, "milx0725.csv");
        QVERIFY2(parsed.ok(), parsed.error.c_str());
        const auto chief = std::find_if(parsed.rows.begin(), parsed.rows.end(), [](const CrosswalkRow &r) { return r.code == "68Z"; });
        QCOMPARE(chief->title, std::string("Chief Medical NCO\u2019s Office"));
    }

    void eoColumnIsTheCategory()
    {
        std::string text = readAll(kFixtures + QStringLiteral("/good/milx0725.csv")).toStdString();
        text.replace(text.find("SVC,MPC,"), 8, "SVC,EO,");
        QVERIFY(parseCrosswalkText(text, "milx0725.csv").ok());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QDir dir(kFixtures + QStringLiteral("/bad"));
        const auto files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, "the bad fixtures are missing");
        for (const QString &f : files) {
            const QString expect = dir.filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".expect"));
            QVERIFY2(QFile::exists(expect), qPrintable(expect));
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << QString::fromUtf8(readAll(expect)).trimmed();
        }
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("milx0999.csv")) << "there is no such file";
        QTest::newRow("a folder") << m_dir.path() << "it is a folder";
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto kb = open(QStringLiteral("bad"));
        QVERIFY(kb);
        const std::size_t sources = kb->data().sources.size();
        kb.reset(); // compare the file itself, closed
        const QByteArray before = digest(storePath(QStringLiteral("bad")));
        kb = open(QStringLiteral("bad"));
        const auto report = importCrosswalk(*kb, file.toStdString(), false, "2026-12-01");
        QVERIFY(!report.ok());
        QVERIFY(!report.stored);
        const QString error = QString::fromStdString(report.error);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot import ") + QFileInfo(file).fileName() + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')) && error.endsWith(QLatin1Char('.')), qPrintable(error));
        QCOMPARE(report.text(), report.error + "\n");
        QCOMPARE(kb->data().sources.size(), sources);
        QVERIFY(!readStoredCrosswalk(kb->database()));
        kb.reset();
        QCOMPARE(digest(storePath(QStringLiteral("bad"))), before);
    }
};

QTEST_APPLESS_MAIN(TestCrosswalkImport)
#include "tst_crosswalk_import.moc"
