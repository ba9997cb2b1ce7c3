// The career lattice and its path planner on the shipped data: the store round trip, the routes
// the product promises (named cases), the apprentice bridge, unusual moves and unreachable targets.
// The search algorithm itself is tested on hand-made graphs in tst_route_search.cpp.

#include "lattice/planner.h"
#include "refdata/knowledge_base.h"
#include "refdata/loader.h"
#include "storage/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace hp::lattice;

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

std::vector<std::string> moveIds(const Route &r)
{
    std::vector<std::string> out;
    for (const auto &s : r.steps)
        out.push_back(s.move->id);
    return out;
}

QString joined(const std::vector<std::string> &ids)
{
    QStringList l;
    for (const auto &id : ids)
        l << QString::fromStdString(id);
    return l.join(QLatin1String(", "));
}

} // namespace

class TestLattice : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<hp::KnowledgeBase> m_kb;
    std::optional<Lattice> m_lattice;

    Plan plan(const std::string &from, const std::string &to, int alternatives = 3)
    {
        PlanRequest r;
        r.from = from;
        r.to = to;
        r.alternatives = alternatives;
        return makePlan(*m_lattice, *m_kb, r);
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = hp::KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        m_lattice = Lattice::build(m_kb->data());
    }

    void storeReadsTheLatticeBack()
    {
        // The knowledge base reads the lattice from SQLite; it must equal what the files say.
        const auto files = hp::refdata::loadEmbedded().data.lattice;
        const auto &stored = m_kb->data().lattice;
        QCOMPARE(stored.moves.size(), files.moves.size());
        QCOMPARE(stored.nodes.size(), files.nodes.size());
        QVERIFY(stored.starts == files.starts);
        for (std::size_t i = 0; i < files.moves.size(); ++i) {
            QCOMPARE(stored.moves[i].id, files.moves[i].id);
            QCOMPARE(stored.moves[i].months.min, files.moves[i].months.min);
            QCOMPARE(stored.moves[i].keepsWorking, files.moves[i].keepsWorking);
            QVERIFY(stored.moves[i].credentials == files.moves[i].credentials);
        }
        QCOMPARE(stored.baselineHourly.value, 7.25);
        QCOMPARE(stored.baselineHoursPerYear.value, 2080.0);
        QCOMPARE(m_lattice->skippedMoves(), std::size_t(0));
        QVERIFY(!m_lattice->starts().empty());
    }

    // Named cases: the fastest route's moves, a move the cheapest route must use, and whether the
    // route is flagged unusual.
    void routes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<std::vector<std::string>>("fastest");
        QTest::addColumn<QString>("cheapestUses");
        QTest::addColumn<bool>("unusual");
        QTest::newRow("no experience to outpatient coder")
            << "no-experience" << "outpatient-coder"
            << std::vector<std::string>{"coding-course-cpc-a", "first-coding-job-apprentice",
                                        "apprentice-option-course-and-practicode", "apprentice-removal-processing"}
            << "apprentice-option-two-years" << false;
        QTest::newRow("biller to coding auditor")
            << "biller" << "coding-auditor"
            << std::vector<std::string>{"biller-coding-course", "first-coding-job-apprentice",
                                        "apprentice-option-course-and-practicode", "apprentice-removal-processing",
                                        "coder-to-auditor-cpma"}
            << "coder-to-auditor-cpma" << false;
        QTest::newRow("veteran patient administration to revenue cycle director")
            << "military-patient-administration" << "revenue-cycle-director"
            // Fastest among routes whose every step has a known length: the billing route is shorter
            // on paper but two of its promotions have no figure, so it ranks behind (and is cheapest).
            << std::vector<std::string>{"veteran-hit-associate", "hit-to-him-manager", "him-manager-mha",
                                        "health-services-to-revenue-cycle-director"}
            << "veteran-billing-course" << false;
        QTest::newRow("veteran health officer to revenue cycle director")
            << "military-health-officer" << "revenue-cycle-director"
            << std::vector<std::string>{"officer-to-health-services-manager", "health-services-to-revenue-cycle-director"}
            << "officer-to-health-services-manager" << false;
        QTest::newRow("coder to CDI without a clinical background")
            << "coder" << "cdi-specialist" << std::vector<std::string>{"coder-to-cdi"} << "coder-to-cdi" << true;
        QTest::newRow("nurse to CDI")
            << "clinical-background" << "cdi-specialist" << std::vector<std::string>{"clinical-to-cdi"} << "clinical-to-cdi"
            << false;
        QTest::newRow("HIT to HIM manager")
            << "hit-level" << "him-manager" << std::vector<std::string>{"hit-to-him-manager"} << "hit-to-him-manager" << false;
        QTest::newRow("recent graduate to health services manager")
            << "recent-graduate" << "health-services-manager"
            << std::vector<std::string>{"graduate-to-practice-manager", "practice-manager-mha"} << "practice-manager-mha"
            << false;
    }
    void routes()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(std::vector<std::string>, fastest);
        QFETCH(QString, cheapestUses);
        QFETCH(bool, unusual);
        const Plan p = plan(from.toStdString(), to.toStdString());
        QCOMPARE(int(p.status), int(Plan::Status::Ok));
        QVERIFY(p.fastest && p.cheapest);
        QVERIFY2(moveIds(*p.fastest) == fastest, qPrintable(joined(moveIds(*p.fastest))));
        const auto cheapest = moveIds(*p.cheapest);
        QVERIFY2(std::count(cheapest.begin(), cheapest.end(), cheapestUses.toStdString()) == 1, qPrintable(joined(cheapest)));
        QCOMPARE(p.fastest->unusual, unusual);
        // Every listed route is a different, simple route that really ends at the target.
        std::set<std::vector<std::size_t>> keys;
        for (const Route *r : p.routes()) {
            QVERIFY(keys.insert(r->key).second);
            QVERIFY(!r->steps.empty());
            QCOMPARE(r->steps.front().from, p.start);
            QCOMPARE(r->steps.back().to, p.target);
            std::set<const Node *> seen{p.start};
            for (const auto &s : r->steps)
                QVERIFY2(seen.insert(s.to).second, "a route visits a node twice");
        }
        QVERIFY(p.routes().size() <= 5);
    }

    void unusualMoveExplainsWhy()
    {
        const Plan p = plan("coder", "cdi-specialist");
        QVERIFY(p.fastest->unusual);
        QVERIFY(p.fastest->steps.front().unusual);
        bool explained = false;
        for (const auto &w : p.fastest->warnings)
            explained = explained || (w.find("clinical background") != std::string::npos && w.find("registered nurse") != std::string::npos);
        QVERIFY2(explained, "the unusual move must say why");

        // Someone who brings a clinical background is not warned.
        PlanRequest r{"coder", "cdi-specialist"};
        r.clinicalBackground = true;
        const Plan nurse = makePlan(*m_lattice, *m_kb, r);
        QVERIFY(!nurse.fastest->unusual);
    }

    // AAPC removes the A after 2 years of work, after 1 year plus an 80-hour course or Practicode,
    // or after the course plus Practicode (each counts as a year): 24, 12 and 0 months of work,
    // then 2–4 weeks (0.5–1 month, midpoint 0.75) of processing.
    void apprenticeRemoval_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("workMonths");
        QTest::addColumn<double>("routeMonths");
        QTest::newRow("option 1: two years of work") << "apprentice-option-two-years" << 24.0 << 24.75;
        QTest::newRow("option 2: one year plus course or Practicode") << "apprentice-option-one-year-course" << 12.0 << 12.75;
        QTest::newRow("option 3: course and Practicode") << "apprentice-option-course-and-practicode" << 0.0 << 0.75;
    }
    void apprenticeRemoval()
    {
        QFETCH(QString, option);
        QFETCH(double, workMonths);
        QFETCH(double, routeMonths);
        const Plan p = plan("junior-coder", "outpatient-coder", 5);
        const Route *found = nullptr;
        for (const Route *r : p.routes())
            if (r->steps.size() == 2 && r->steps[0].move->id == option.toStdString())
                found = r;
        QVERIFY2(found, "each removal option is its own route");
        QCOMPARE(found->steps[0].move->months.min.value(), workMonths);
        QCOMPARE(found->steps[0].from->id, std::string("junior-coder"));
        QCOMPARE(found->steps[1].move->id, std::string("apprentice-removal-processing"));
        QCOMPARE(found->totals.monthsMid, routeMonths);
        QVERIFY(found->steps[0].earnsAt); // you keep working as a junior coder meanwhile
        QCOMPARE(p.routes().size(), std::size_t(3));
    }

    void firstJobBridgeIsExplicit()
    {
        const Plan p = plan("no-experience", "outpatient-coder", 10);
        std::set<std::string> seen;
        for (const Route *r : p.routes())
            for (const auto &s : r->steps)
                seen.insert(s.move->id);
        // The CPC-A bridge, the externship and the adjacent entry jobs are all offered.
        for (const char *id : {"first-coding-job-apprentice", "college-certificate-externship", "hire-billing-clerk",
                               "hire-patient-access", "hire-records-clerk", "apprentice-option-one-year-course"})
            QVERIFY2(seen.count(id), id);
        const auto &course = p.fastest->steps.front();
        QVERIFY(!course.earnsAt); // no pay while taking the course without a job
        QVERIFY(course.to->kind == "milestone" && !course.wage);
    }

    void stepsCarryWageBands()
    {
        const Plan p = plan("no-experience", "outpatient-coder");
        const auto &last = p.fastest->steps.back();
        QVERIFY(last.wage);
        QCOMPARE(last.wage->low, 43490L); // 29-2072 p25, May 2025
        QCOMPARE(last.wage->high, 51140L); // 29-2072 median, May 2025
        QCOMPARE(QString::fromStdString(last.wage->sourceId), QStringLiteral("bls-oews-2025"));
        PlanRequest old{"no-experience", "outpatient-coder"};
        old.vintage = 2024;
        const Plan p24 = makePlan(*m_lattice, *m_kb, old);
        QCOMPARE(p24.fastest->steps.back().wage->low, 41600L); // 29-2072 p25, May 2024
    }

    void unreachable_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("director back to the front desk") << "coding-director" << "patient-access-representative"
                                                        << "Patient access";
        QTest::newRow("revenue cycle director to coder") << "revenue-cycle-director-level" << "outpatient-coder" << "Coder";
        QTest::newRow("CDI specialist to biller") << "cdi-specialist-level" << "medical-biller" << "Medical biller";
    }
    void unreachable()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, mentions);
        const Plan p = plan(from.toStdString(), to.toStdString());
        QCOMPARE(int(p.status), int(Plan::Status::Unreachable));
        QVERIFY(!p.fastest && p.routes().empty());
        QVERIFY(p.unreachable);
        const QString text = QString::fromStdString(p.unreachable->explanation);
        QVERIFY2(text.contains(mentions) && text.contains(QLatin1String("entered only from")), qPrintable(text));
        QVERIFY(!p.unreachable->entryMoves.empty());
        QVERIFY(!p.unreachable->missing.empty());
        for (const auto &id : p.unreachable->reachable)
            QVERIFY(std::find(p.unreachable->missing.begin(), p.unreachable->missing.end(), id) == p.unreachable->missing.end());
    }

    void unknownIdsListTheValidOnes()
    {
        const Plan a = plan("astronaut", "outpatient-coder");
        QCOMPARE(int(a.status), int(Plan::Status::UnknownStart));
        QVERIFY(std::count(a.validIds.begin(), a.validIds.end(), "no-experience") == 1);
        const Plan b = plan("no-experience", "astronaut");
        QCOMPARE(int(b.status), int(Plan::Status::UnknownTarget));
        QVERIFY(std::count(b.validIds.begin(), b.validIds.end(), "outpatient-coder") == 1);
        // A start is a node, not a target: "cpc-a" is a milestone, not a role or ladder level.
        QCOMPARE(int(plan("no-experience", "cpc-a").status), int(Plan::Status::UnknownTarget));
    }
};

QTEST_APPLESS_MAIN(TestLattice)
#include "tst_lattice.moc"
