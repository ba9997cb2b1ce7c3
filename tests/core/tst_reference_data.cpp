// The shipped knowledge base: the roles the product promises, and wage figures checked against
// the values researched in shared/reference/facts.md (typed in here by hand, so a wrong import
// or a wrong vintage label fails).

#include "refdata/knowledge_base.h"
#include "storage/reference_schema.h"
#include "storage/sqlite.h"
#include "veterans/crosswalk_import.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <set>

class TestReferenceData : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<hp::KnowledgeBase> m_kb;

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = hp::KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void requiredRoles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("soc");
        const char *rows[][3] = {
            {"outpatient-coder", "coder", "29-2072"},      {"inpatient-coder", "coder", "29-2072"},
            {"risk-adjustment-coder", "coder", "29-2072"}, {"medical-biller", "biller", "43-3021"},
            {"ar-denials-specialist", "biller", "43-3021"}, {"coding-auditor", "auditor", "29-2072"},
            {"cdi-specialist", "auditor", "29-9021"},       {"coding-manager", "administrator", "11-9111"},
            {"him-manager", "administrator", "11-9111"},    {"practice-manager", "administrator", "11-9111"},
            {"revenue-cycle-director", "administrator", "11-9111"},
            {"compliance-officer", "administrator", "13-1041"},
            {"health-services-manager", "administrator", "11-9111"},
            {"coding-educator", "adjacent", "29-2072"},
        };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString::fromLatin1(r[0]) << QString::fromLatin1(r[1]) << QString::fromLatin1(r[2]);
    }
    void requiredRoles()
    {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QFETCH(QString, soc);
        const hp::Role *role = m_kb->role(id.toStdString());
        QVERIFY2(role, qPrintable(id + QStringLiteral(" is missing")));
        QCOMPARE(QString::fromUtf8(hp::familyId(role->family).data()), family);
        QVERIFY(role->primaryOccupation());
        QCOMPARE(QString::fromStdString(role->primaryOccupation()->soc), soc);
        QVERIFY(!role->summary.empty());
        QVERIFY(!role->typicalDay.empty());
        QVERIFY(m_kb->roleWage(*role, m_kb->latestVintage()));
    }

    void everyFamilyHasRoles()
    {
        std::set<hp::Family> seen;
        for (const auto &r : m_kb->roles())
            seen.insert(r.family);
        QCOMPARE(seen.size(), hp::kAllFamilies.size());
        QVERIFY(m_kb->roles().size() >= 14);
    }

    // Figures from facts.md §1; the 2022/2023 rows are the known trap ($47,180 is May 2022).
    void wages_data()
    {
        QTest::addColumn<QString>("soc");
        QTest::addColumn<int>("vintage");
        QTest::addColumn<long>("p10");
        QTest::addColumn<long>("median");
        QTest::addColumn<long>("p90");
        QTest::addColumn<long>("employment");
        QTest::newRow("records specialists May 2025") << "29-2072" << 2025 << 37000L << 51140L << 81150L << 194720L;
        QTest::newRow("records specialists May 2024") << "29-2072" << 2024 << 35780L << 50250L << 80950L << 187910L;
        QTest::newRow("records specialists May 2023") << "29-2072" << 2023 << 35080L << 48780L << 77810L << 185690L;
        QTest::newRow("records specialists May 2022") << "29-2072" << 2022 << 31710L << 47180L << 75460L << 187720L;
        QTest::newRow("records specialists May 2021") << "29-2072" << 2021 << 29430L << 46660L << 74200L << 180570L;
        QTest::newRow("billing clerks May 2025") << "43-3021" << 2025 << 37290L << 48500L << 67710L << 404060L;
        QTest::newRow("health services managers May 2025") << "11-9111" << 2025 << 73390L << 123860L << 224340L << 597080L;
        QTest::newRow("health services managers May 2023") << "11-9111" << 2023 << 67900L << 110680L << 216750L << 515100L;
        QTest::newRow("compliance officers May 2025") << "13-1041" << 2025 << 48220L << 80730L << 133720L << 417070L;
        QTest::newRow("HIT and registrars May 2025") << "29-9021" << 2025 << 39830L << 68020L << 117420L << 38100L;
    }
    void wages()
    {
        QFETCH(QString, soc);
        QFETCH(int, vintage);
        QFETCH(long, p10);
        QFETCH(long, median);
        QFETCH(long, p90);
        QFETCH(long, employment);
        const hp::WageEstimate *w = m_kb->wage(soc.toStdString(), vintage);
        QVERIFY(w);
        QCOMPARE(w->p10.value_or(-1), p10);
        QCOMPARE(w->median.value_or(-1), median);
        QCOMPARE(w->p90.value_or(-1), p90);
        QCOMPARE(w->employment.value_or(-1), employment);
        QCOMPARE(QString::fromStdString(w->sourceId), QStringLiteral("bls-oews-%1").arg(vintage));
        const hp::Source *s = m_kb->source(w->sourceId);
        QVERIFY(s);
        QCOMPARE(s->status, hp::Status::Verified);
        QCOMPARE(QString::fromStdString(s->asOf), QStringLiteral("%1-05").arg(vintage));
    }

    void topCodedPercentileIsMarked()
    {
        // Financial managers' May 2024 90th percentile was above BLS's top code ('#').
        const hp::WageEstimate *w = m_kb->wage("11-3031", 2024);
        QVERIFY(w);
        QVERIFY(!w->p90.has_value());
        QVERIFY(w->isTopCoded(hp::Percentile::P90));
        QVERIFY(!w->isTopCoded(hp::Percentile::Median));
    }

    void projections()
    {
        const hp::Projection *p = m_kb->projection("29-2072");
        QVERIFY(p);
        QCOMPARE(p->changePct, 7.1);
        QCOMPARE(p->openingsK, 14.2);
        QCOMPARE(p->baseYear, 2024);
        QCOMPARE(p->targetYear, 2034);
    }

    void vintagesAreOrdered()
    {
        const auto v = m_kb->vintages();
        QCOMPARE(v, (std::vector<int>{2021, 2022, 2023, 2024, 2025}));
        QCOMPARE(m_kb->latestVintage(), 2025);
    }

    void storeOnDiskIsReusedAndVersioned()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("reference.sqlite")).toStdString();
        std::string error;
        {
            auto kb = hp::KnowledgeBase::open(path, &error);
            QVERIFY2(kb, error.c_str());
            QCOMPARE(kb->roles().size(), m_kb->roles().size());
            QCOMPARE(kb->database().userVersion(), hp::db::kReferenceSchemaVersion);
            QVERIFY(kb->check().empty());
        }
        {
            hp::db::Database raw(path);
            auto st = raw.prepare("SELECT count(*) FROM role");
            QVERIFY(st.step());
            QCOMPARE(size_t(st.integer(0)), m_kb->roles().size());
        }
        auto again = hp::KnowledgeBase::open(path, &error);
        QVERIFY2(again, error.c_str());
        QCOMPARE(again->wage("29-2072", 2025)->median.value_or(0), 51140L);
    }

    // Every earlier schema version has a real store file in tests/fixtures/reference/, named
    // reference-v<N>.sqlite; each must open, migrate to the current version, keep the user's
    // imported wages, and leave a copy of the old file beside it.
    void migratesEarlierSchemas_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir dir(QStringLiteral(HEALTHPATH_TEST_DATA_DIR "/reference"));
        const auto files = dir.entryList({QStringLiteral("reference-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no reference store fixtures found");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << f.mid(11, f.indexOf(QLatin1Char('.')) - 11).toInt();
        QCOMPARE(files.size(), hp::db::kReferenceSchemaVersion - 1); // one per earlier version
    }
    void migratesEarlierSchemas()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reference.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            hp::db::Database raw(path.toStdString());
            QCOMPARE(raw.userVersion(), version);
        }
        std::string error;
        auto kb = hp::KnowledgeBase::open(path.toStdString(), &error);
        QVERIFY2(kb, error.c_str());
        QCOMPARE(kb->database().userVersion(), hp::db::kReferenceSchemaVersion);
        QVERIFY(QFile::exists(path + QStringLiteral(".v%1.bak").arg(version)));
        // The fixture's imported row (employment 194,721) survives; shipped data fills the rest.
        QCOMPARE(kb->wage("29-2072", 2025)->employment.value_or(0), 194721L);
        QVERIFY(!kb->data().lattice.moves.empty());
        QVERIFY(!hp::veterans::readStoredCrosswalk(kb->database())); // version 3's tables, empty
        QVERIFY(kb->check().empty());
    }

    void newerSchemaIsRefusedWithASentence()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("future.sqlite")).toStdString();
        {
            hp::db::Database raw(path);
            raw.setUserVersion(99);
        }
        std::string error;
        auto kb = hp::KnowledgeBase::open(path, &error);
        QVERIFY(!kb);
        QVERIFY2(error.find("newer HealthPath") != std::string::npos, error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestReferenceData)
#include "tst_reference_data.moc"
