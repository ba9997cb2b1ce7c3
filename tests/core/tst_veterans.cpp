// Veterans: real military codes lead to the roles the O*NET crosswalk and veterans.json say, with
// the kind of match, the reasons, the level a pay grade matches and the gaps; unknown codes get an
// honest answer; funding and résumé text come from the data; search is fast. (The data files
// themselves: tst_veterans_data.)

#include "lattice/lattice.h"
#include "plan/plan.h"
#include "refdata/knowledge_base.h"
#include "veterans/veterans.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace hp;
using namespace hp::veterans;

namespace {

const RoleMatch *find(const MatchResult &r, const std::string &roleId)
{
    for (const auto &m : r.roles)
        if (m.roleId == roleId)
            return &m;
    return nullptr;
}

QString joined(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out.join(QStringLiteral(" | "));
}

QString roleList(const MatchResult &r)
{
    QStringList out;
    for (const auto &m : r.roles)
        out << QStringLiteral("%1:%2").arg(QString::fromStdString(m.roleId), QString::fromUtf8(matchKindName(m.kind).data()));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestVeterans : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<Veterans> m_vet;

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        QElapsedTimer timer;
        timer.start();
        m_vet = Veterans::load(*m_kb, &error);
        const qint64 ms = timer.elapsed();
        QVERIFY2(m_vet, error.c_str());
        qInfo("Veterans::load took %lld ms for %zu occupations", ms, m_vet->occupationCount());
        QVERIFY2(ms < 1000, "loading the crosswalk should take well under a second (bench/veterans budgets 100 ms)");
        QCOMPARE(m_vet->occupationCount(), std::size_t(12209));
        QVERIFY(!m_vet->crosswalkImported());
        QVERIFY(m_vet->crosswalkAttribution().find("CC BY 4.0; modified (reformatted)") != std::string::npos);
        QCOMPARE(m_vet->crosswalkSourceId(), std::string("onet-military-crosswalk-milx0724"));
        // Read from a third party's complete copy, not O*NET's zip: SECONDARY, as sources.json says why.
        QCOMPARE(m_kb->statusOf(m_vet->crosswalkSourceId()), Status::Secondary);
    }

    // Named rows for real codes. `kind` is the kind `role` must have; `onet` a code the military
    // occupation maps to in the crosswalk; `noDirect`: no role may be a direct match.
    void realCodes_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("onet");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("noDirect");
        QTest::newRow("Army 68G patient administration: coders, direct via 29-2072")
            << QStringList{"68G"} << "army" << "29-2072.00" << "outpatient-coder" << "direct" << false;
        QTest::newRow("Army 68G: medical records technician work is adjacent")
            << QStringList{"68g"} << "" << "29-2072.00" << "health-information-technician" << "adjacent" << false;
        QTest::newRow("Army 68Z chief medical NCO: managers via 11-9111")
            << QStringList{"68Z"} << "army" << "11-9111.00" << "health-services-manager" << "direct" << false;
        QTest::newRow("Army 70A officer: health services manager")
            << QStringList{"70A"} << "army" << "11-9111.00" << "health-services-manager" << "direct" << false;
        QTest::newRow("Air Force 4A051: coders via 29-2072")
            << QStringList{"4A051"} << "air-force" << "29-2072.00" << "outpatient-coder" << "direct" << false;
        QTest::newRow("Air Force 4A0X1, the same family: coders via 29-2072")
            << QStringList{"4a0x1"} << "air-force" << "29-2072.00" << "inpatient-coder" << "direct" << false;
        QTest::newRow("Air Force 41A3 health services administrator: 11-9111")
            << QStringList{"41A3"} << "air-force" << "11-9111.00" << "practice-manager" << "direct" << false;
        QTest::newRow("Navy 001255 hospital corpsman basic: coding adjacent, not direct")
            << QStringList{"001255"} << "navy" << "31-9092.00" << "outpatient-coder" << "adjacent" << true;
        QTest::newRow("Navy 001255: paramedic match too")
            << QStringList{"001255"} << "navy" << "29-2043.00" << "risk-adjustment-coder" << "adjacent" << true;
        QTest::newRow("Marine Corps 0111 administrative specialist: billing adjacent, not direct")
            << QStringList{"0111"} << "marine-corps" << "43-9061.00" << "medical-biller" << "adjacent" << true;
        QTest::newRow("Marine Corps 0111: coding is a stretch")
            << QStringList{"0111"} << "marine-corps" << "43-9022.00" << "outpatient-coder" << "stretch" << true;
        QTest::newRow("Army 68G30 with its skill level is 68G")
            << QStringList{"68G30"} << "army" << "29-2072.00" << "outpatient-coder" << "direct" << false;
        QTest::newRow("Navy HM2 is the HM rating")
            << QStringList{"HM2"} << "navy" << "29-2072.00" << "outpatient-coder" << "direct" << false;
        QTest::newRow("Army 11B infantry: every role a stretch")
            << QStringList{"11B"} << "army" << "55-3016.00" << "medical-biller" << "stretch" << true;
        QTest::newRow("words of a title: patient administration")
            << QStringList{"patient administration"} << "army" << "29-2072.00" << "outpatient-coder" << "direct" << false;
    }
    void realCodes()
    {
        QFETCH(QStringList, codes);
        QFETCH(QString, branch);
        QFETCH(QString, onet);
        QFETCH(QString, role);
        QFETCH(QString, kind);
        QFETCH(bool, noDirect);
        std::vector<CodeQuery> queries;
        for (const auto &c : codes)
            queries.push_back({c.toStdString(), branch.toStdString()});
        const auto r = m_vet->match(queries);
        QVERIFY2(r.notFound.empty(), qPrintable(joined(r.notFound)));
        QVERIFY(!r.occupations.empty());
        bool mapped = false;
        for (const auto &o : r.occupations)
            mapped = mapped || std::find(o.onetCodes.begin(), o.onetCodes.end(), onet.toStdString()) != o.onetCodes.end();
        QVERIFY2(mapped, qPrintable(onet));
        const RoleMatch *m = find(r, role.toStdString());
        QVERIFY2(m, qPrintable(roleList(r)));
        QCOMPARE(QString::fromUtf8(matchKindName(m->kind).data()), kind);
        QVERIFY(!m->reasons.empty());
        if (noDirect)
            for (const auto &x : r.roles)
                QVERIFY2(x.kind != MatchKind::Direct, qPrintable(roleList(r)));
        // The no-match sentence is there exactly when no role is direct or adjacent.
        const bool linked = std::any_of(r.roles.begin(), r.roles.end(), [](const RoleMatch &x) { return x.kind != MatchKind::Stretch; });
        QCOMPARE(r.noMatchExplanation.empty(), linked);
        // Direct first, then adjacent, then stretch.
        for (std::size_t i = 1; i < r.roles.size(); ++i)
            QVERIFY(r.roles[i - 1].kind <= r.roles[i].kind);
        // Every role is a valid target of a veteran's 30-60-90 plan.
        QVERIFY(m_kb->role(m->roleId));
    }

    void officerSeesHealthServicesManagerFirst()
    {
        const auto r = m_vet->match({{"70A", "army"}});
        QVERIFY(!r.roles.empty());
        QCOMPARE(r.roles.front().roleId, std::string("health-services-manager"));
        QVERIFY2(joined(r.roles.front().reasons).contains("Army 70A (Health Care Administration) to 11-9111.00"),
                 qPrintable(joined(r.roles.front().reasons)));
    }

    void corpsmanReasonIsTerminologyAndAnatomy()
    {
        const auto r = m_vet->match({{"001255", "navy"}});
        const RoleMatch *m = find(r, "outpatient-coder");
        QVERIFY(m);
        const QString why = joined(m->reasons);
        QVERIFY2(why.contains("medical terminology") && why.contains("anatomy"), qPrintable(why));
        QVERIFY2(why.contains("Hospital Corpsman Basic"), qPrintable(why));
    }

    void skillLevelsFindTheSameFamily()
    {
        for (const char *code : {"4A051", "4A0X1", "4a031"}) {
            const auto found = m_vet->search({code, "air-force"}, 50);
            QStringList codes;
            for (const auto &o : found)
                codes << QString::fromStdString(o.code);
            for (const char *member : {"4A011", "4A031", "4A051", "4A071"})
                QVERIFY2(codes.contains(QLatin1String(member)), qPrintable(QStringLiteral("%1: %2").arg(code, codes.join(' '))));
            for (const auto &o : found)
                QCOMPARE(o.branchId, std::string("air-force"));
        }
        const auto family = m_vet->match({{"4A0X1", "air-force"}});
        QVERIFY(joined(family.notes).contains("specialty family"));
        const auto exact = m_vet->match({{"4A051", "air-force"}});
        QCOMPARE(exact.occupations.size(), std::size_t(1));
        QCOMPARE(find(exact, "outpatient-coder")->kind, find(family, "outpatient-coder")->kind);
    }

    void unknownCodeGetsAnHonestAnswer()
    {
        const auto r = m_vet->match({{"ZZ99Q", ""}});
        QVERIFY(r.occupations.empty());
        QVERIFY(r.roles.empty()); // never a false match
        QCOMPARE(r.notFound.size(), std::size_t(1));
        QVERIFY2(joined(r.notFound).contains("ZZ99Q"), qPrintable(joined(r.notFound)));
        const QString why = QString::fromStdString(r.noMatchExplanation);
        QVERIFY2(why.contains("none of your codes") && why.contains("Your service still counts") && why.contains("course"),
                 qPrintable(why));
    }

    void partialCodeSuggestsCodes()
    {
        const auto r = m_vet->match({{"68", "army"}});
        QVERIFY(r.occupations.empty());
        QVERIFY2(joined(r.notFound).contains("Codes starting with it: 68A"), qPrintable(joined(r.notFound)));
    }

    void codeInTwoBranchesIsSaid()
    {
        const auto r = m_vet->match({{"0111", ""}});
        QCOMPARE(r.occupations.size(), std::size_t(2)); // Marine Corps administrative specialist, Navy dermatologist
        QVERIFY2(joined(r.notes).contains("Marine Corps and the Navy") || joined(r.notes).contains("Navy and Marine Corps"),
                 qPrintable(joined(r.notes)));
    }

    void severalCodesAtOnce()
    {
        const auto r = m_vet->match({{"68G", "army"}, {"0111", "marine-corps"}, {"NOPE1", ""}}, "E5");
        QCOMPARE(r.occupations.size(), std::size_t(2));
        QCOMPARE(r.occupations[0].code, std::string("68G"));
        QCOMPARE(r.occupations[1].code, std::string("0111"));
        QCOMPARE(r.notFound.size(), std::size_t(1));
        QVERIFY(r.noMatchExplanation.empty());
        const RoleMatch *coder = find(r, "outpatient-coder");
        QVERIFY(coder && coder->kind == MatchKind::Direct);
        QCOMPARE(coder->fromCodes, std::vector<std::string>{"68G"});
        const RoleMatch *biller = find(r, "medical-biller");
        QVERIFY(biller && biller->kind == MatchKind::Adjacent);
        QCOMPARE(biller->fromCodes, (std::vector<std::string>{"68G", "0111"}));
        QVERIFY(r.level && r.level->id == "mid");
    }

    // Pay grade → level: HealthPath's editorial judgement (veterans.json "levels", EDITORIAL).
    void payGrades_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("coderLevel"); // the coding ladder level for an outpatient coder
        QTest::newRow("E3 junior enlisted: entry") << "E3" << "entry" << "junior-coder";
        QTest::newRow("E5 NCO: mid") << "E5" << "mid" << "coder";
        QTest::newRow("E6 NCO: mid") << "E-6" << "mid" << "coder";
        QTest::newRow("E8 senior NCO: lead") << "e8" << "lead" << "lead-coder";
        QTest::newRow("W3 warrant officer: lead") << "CW3" << "lead" << "lead-coder";
        QTest::newRow("O3 company-grade officer: lead") << "O3" << "lead" << "lead-coder";
        QTest::newRow("O5 field-grade officer: manager") << "O-5" << "manager" << "coding-director";
        QTest::newRow("not a grade") << "X9" << "" << "";
    }
    void payGrades()
    {
        QFETCH(QString, grade);
        QFETCH(QString, level);
        QFETCH(QString, coderLevel);
        const auto l = m_vet->level(grade.toStdString());
        QCOMPARE(l ? QString::fromStdString(l->id) : QString(), level);
        const auto r = m_vet->match({{"68G", "army"}}, grade.toStdString());
        const RoleMatch *m = find(r, "outpatient-coder");
        QVERIFY(m);
        QCOMPARE(QString::fromStdString(m->levelId), coderLevel);
        if (!l)
            QVERIFY(joined(r.notes).contains("does not know the pay grade"));
        else
            QVERIFY(std::find(m->sourceIds.begin(), m->sourceIds.end(), "healthpath-editorial") != m->sourceIds.end());
    }

    void gapsSayWhatStandsBetween()
    {
        const auto r = m_vet->match({{"68G", "army"}}, "E8");
        const RoleMatch *m = find(r, "outpatient-coder");
        QVERIFY(m);
        const QString gaps = joined(m->gaps);
        QVERIFY2(gaps.contains("CPC") && gaps.contains("5\u20138 years"), qPrintable(gaps));
        // A manager role for a junior enlisted veteran says it sits above their level.
        const auto junior = m_vet->match({{"68Z", "army"}}, "E3");
        const RoleMatch *hsm = find(junior, "health-services-manager");
        QVERIFY(hsm);
        QVERIFY2(joined(hsm->gaps).contains("above the level your pay grade matches"), qPrintable(joined(hsm->gaps)));
        // A billing ladder tops out below a field-grade officer.
        const auto officer = m_vet->match({{"0111", "marine-corps"}}, "O5");
        const RoleMatch *biller = find(officer, "medical-biller");
        QVERIFY(biller);
        QCOMPARE(biller->levelId, std::string("billing-lead"));
        QVERIFY2(joined(biller->gaps).contains("no higher than billing lead"), qPrintable(joined(biller->gaps)));
    }

    void everyMatchedRoleMakesAVeteranPlan()
    {
        const auto lattice = lattice::Lattice::build(m_kb->data());
        const auto r = m_vet->match({{"68G", "army"}, {"001255", "navy"}});
        QVERIFY(r.roles.size() >= 10);
        for (const auto &m : r.roles) {
            plan::PlanInput in;
            in.persona = "veteran";
            in.targetRole = m.roleId;
            in.start = plan::Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{4}};
            in.hoursPerWeek = 15;
            in.budgetUsd = 2000;
            in.funding = {"gi-bill", "va-test-fee"};
            const auto result = plan::makePlan(in, *m_kb, lattice);
            QVERIFY2(result.error.empty(), qPrintable(QString::fromStdString(m.roleId + ": " + result.error)));
        }
    }

    void fundingSaysWhatIsConfirmed()
    {
        const auto items = m_vet->funding("outpatient-coder");
        QVERIFY(items.size() >= 4);
        bool fee = false, check = false, ncd = false;
        for (const auto &f : items) {
            QVERIFY(m_kb->source(f.sourceId));
            fee = fee || (f.text.find("$2,000 per test") != std::string::npos && f.verified && f.sourceId == "va-test-fees");
            check = check || (!f.verified && f.text.find("CPC") != std::string::npos);
            ncd = ncd || (f.sourceId == "va-gi-bill-ncd" && f.text.find("coding") != std::string::npos);
            QVERIFY2(f.text.find('{') == std::string::npos, f.text.c_str());
        }
        QVERIFY(fee && check && ncd);
        QVERIFY(m_vet->funding("no-such-role").empty());
    }

    void resumeLinesComeFromTheData()
    {
        const auto r = m_vet->match({{"68G", "army"}}, "E6");
        const auto resume = m_vet->resume(r, "outpatient-coder");
        QVERIFY(resume.lines.size() >= 2);
        QVERIFY2(resume.lines.front().military.find("Patient Administration Specialist (Army 68G)") != std::string::npos,
                 resume.lines.front().military.c_str());
        QVERIFY(resume.lines.front().civilian.find("HIPAA") != std::string::npos);
        QVERIFY(resume.lines.back().civilian.find("supervised") != std::string::npos);
        const QString keywords = joined(resume.keywords);
        QVERIFY2(keywords.contains("CPC") && keywords.contains("ICD-10-CM diagnosis coding") && keywords.contains("release of information"),
                 qPrintable(keywords));
        for (const auto &l : resume.lines)
            QVERIFY2(l.civilian.find('{') == std::string::npos && l.military.find('{') == std::string::npos, l.civilian.c_str());
        // A code no duty template knows still gets a line.
        const auto infantry = m_vet->resume(m_vet->match({{"11B", "army"}}), "medical-biller");
        QVERIFY(!infantry.lines.empty());
        QVERIFY(infantry.lines.front().civilian.find("infantry") != std::string::npos);
    }

    // One frame is 16 ms; a search over the ~12,000 codes should take a small part of it.
    void searchIsFast()
    {
        const std::vector<CodeQuery> queries = {{"68G", ""},         {"4A0X1", ""},  {"68", "army"},    {"patient admin", ""},
                                                {"hospital corpsman", "navy"}, {"a", ""}, {"admin", ""}, {"0111", ""},
                                                {"zzzz", ""},        {"health services management journeyman", ""}};
        qint64 worst = 0;
        QElapsedTimer timer;
        for (int round = 0; round < 20; ++round)
            for (const auto &q : queries) {
                timer.start();
                const auto found = m_vet->search(q, 50);
                worst = std::max(worst, timer.nsecsElapsed());
            }
        qInfo("slowest search: %.3f ms", double(worst) / 1e6);
        QVERIFY2(worst < 16'000'000, "a search took longer than one frame");
        timer.start();
        const auto r = m_vet->match({{"68G", ""}, {"4A0X1", ""}, {"HM", ""}, {"0111", ""}}, "E6");
        qInfo("match of four codes: %.3f ms", double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(timer.nsecsElapsed() < 16'000'000);
    }
};

QTEST_APPLESS_MAIN(TestVeterans)
#include "tst_veterans.moc"
