// The veterans data: veterans.json passes the checks of `healthpath-cli data check`, and each kind
// of broken reference is named; the shipped military_crosswalk.csv and onet_titles.csv equal the
// researched crosswalk row for row (skipped with a message when HEALTHPATH_SHARED_DIR lacks it).

#include "io/csv.h"
#include "refdata/loader.h"
#include "veterans/crosswalk.h"
#include "veterans/veterans.h"
#include "veterans/veterans_check.h"

#include <QFile>
#include <QTest>

using namespace hp;
using namespace hp::veterans;

class TestVeteransData : public QObject {
    Q_OBJECT
private slots:
    void veteransDataIsValid()
    {
        const auto loaded = refdata::loadEmbedded();
        QVERIFY(loaded.ok());
        const auto problems = checkVeteransData(refdata::embeddedFileSet(), loaded.data);
        QStringList text;
        for (const auto &p : problems)
            text << QString::fromStdString(refdata::describe(p));
        QVERIFY2(problems.empty(), qPrintable(text.join(QLatin1Char('\n'))));
    }

    void checkNamesDanglingIds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown role") << "\"roles\": [\"compliance-officer\"]," << "\"roles\": [\"no-such-role\"],"
                                      << "names the role 'no-such-role'";
        QTest::newRow("unknown SOC") << "\"29-1141\": [\"cdi-specialist\"]" << "\"29-9999\": [\"cdi-specialist\"]"
                                     << "SOC code '29-9999'";
        QTest::newRow("unknown source") << "\"source\": \"va-test-fees\"}" << "\"source\": \"va-no-such-page\"}"
                                        << "'va-no-such-page'";
        QTest::newRow("unknown O*NET code") << "\"onet\": [\"43-3031\"" << "\"onet\": [\"43-3099\"" << "O*NET code '43-3099'";
        QTest::newRow("unknown start") << "{\"start\": \"no-experience\"" << "{\"start\": \"no-such-start\""
                                       << "'no-such-start'";
        QTest::newRow("grade twice") << "[\"O3\"]" << "[\"O3\", \"O4\"]" << "pay grade O4 exactly once";
        QTest::newRow("ladder level without tier") << "\"billing-lead\": \"lead\"," << "" << "ladder level 'billing-lead'";
        QTest::newRow("unknown placeholder") << "{onet_title} ({onet}), clinical work" << "{onet_name} ({onet}), clinical work"
                                             << "placeholder {onet_name}";
        QTest::newRow("not JSON") << "\"source\": \"healthpath-editorial\"," << "\"source\": " << "not valid JSON";
    }
    void checkNamesDanglingIds()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        const auto loaded = refdata::loadEmbedded();
        auto files = refdata::embeddedFileSet();
        auto &text = files.at("veterans.json");
        const auto at = text.find(from.toStdString());
        QVERIFY2(at != std::string::npos, qPrintable(from));
        text.replace(at, std::size_t(from.toUtf8().size()), to.toStdString());
        const auto problems = checkVeteransData(files, loaded.data);
        QStringList all;
        for (const auto &p : problems)
            all << QString::fromStdString(refdata::describe(p));
        QVERIFY2(all.join(QLatin1Char('\n')).contains(problem), qPrintable(all.join(QLatin1Char('\n'))));
    }

    // The shipped military_crosswalk.csv is the researched crosswalk, row for row (federal civilian
    // OPM series left out), reformatted by resources/data/tools/make_crosswalk.py.
    void shippedCrosswalkMatchesResearchedFile()
    {
        const QString path = QStringLiteral(HEALTHPATH_SHARED_DIR "/reference/military-crosswalk.csv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("%1 is absent (no shared reference folder): nothing to compare with").arg(path)));
        const auto researched = csv::parse(file.readAll().toStdString());
        QVERIFY(researched.ok());
        const auto files = refdata::embeddedFileSet();
        std::vector<CrosswalkRow> shipped;
        std::string error;
        QVERIFY2(parseCrosswalkCsv(files.at("military_crosswalk.csv"), "military_crosswalk.csv", shipped, error), error.c_str());
        std::size_t next = 0;
        for (std::size_t i = 1; i < researched.rows.size(); ++i) {
            const auto &r = researched.rows[i];
            QCOMPARE(r.size(), std::size_t(6));
            if (r[0] == "Federal civilian")
                continue;
            QVERIFY2(next < shipped.size(), "the shipped file has fewer rows");
            const auto &s = shipped[next++];
            const Service *service = serviceFor(s.svc);
            QVERIFY(service);
            const auto *branch = findBranch(service->branchId);
            const QString where = QStringLiteral("researched line %1").arg(researched.lineOfRow[i]);
            QVERIFY2(branch && branch->name == r[0] && service->codeType == r[1], qPrintable(where));
            QVERIFY2(categoryName(s.category) == r[2], qPrintable(where));
            QVERIFY2(s.code == r[3] && s.title == r[4], qPrintable(where));
            std::string onet;
            for (const auto &c : s.onet)
                onet.append(onet.empty() ? "" : ";").append(c);
            QVERIFY2(onet == r[5], qPrintable(where));
        }
        QCOMPARE(next, shipped.size());
        // Every O*NET code is named, with the researched title.
        QFile titles(QStringLiteral(HEALTHPATH_SHARED_DIR "/reference/onet-occupation-titles.csv"));
        QVERIFY(titles.open(QIODevice::ReadOnly));
        const auto want = csv::parse(titles.readAll().toStdString());
        std::map<std::string, std::string> got;
        QVERIFY(parseOnetTitlesCsv(files.at("onet_titles.csv"), "onet_titles.csv", got, error));
        for (std::size_t i = 1; i < want.rows.size(); ++i)
            if (const auto it = got.find(want.rows[i][0]); it != got.end())
                QCOMPARE(it->second, want.rows[i][1]);
        for (const auto &s : shipped)
            for (const auto &c : s.onet)
                QVERIFY2(got.count(c), c.c_str());
    }

};

QTEST_APPLESS_MAIN(TestVeteransData)
#include "tst_veterans_data.moc"
