// The 30-60-90 day plan on the shipped data: the templates themselves, a plan for every persona
// (named rows saying what each must contain) and every role, the week's hours, budgets and routes,
// credentials already held. Dates, tracking and JSON are in tst_plan_tracking.cpp.

#include "plan/plan.h"
#include "plan/template_check.h"
#include "plan/templates.h"

#include "plan_fixture.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace hp::plan;

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

const Task *find(const Plan &p, std::string_view id)
{
    for (const auto &t : p.tasks)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::set<std::string> ids(const Plan &p)
{
    std::set<std::string> out;
    for (const auto &t : p.tasks)
        out.insert(t.id.rfind("study-", 0) == 0 ? "study" : t.id);
    return out;
}

int studyBlocks(const Plan &p)
{
    int n = 0;
    for (const auto &t : p.tasks)
        n += t.id.rfind("study-", 0) == 0 ? 1 : 0;
    return n;
}

std::string allText(const Plan &p)
{
    std::string out;
    for (const auto &t : p.tasks)
        out += t.title + "\n" + t.detail + "\n" + t.reason + "\n";
    for (const auto &n : p.notes)
        out += n + "\n";
    return out;
}

} // namespace

class TestPlan : public QObject, protected PlanFixture {
    Q_OBJECT
private:
    // What every plan must satisfy, whoever it is for.
    void checkShape(const Plan &p)
    {
        QVERIFY(!p.tasks.empty());
        const double hours = p.input.hoursPerWeek;
        std::map<int, double> week;
        std::set<std::string> seen;
        for (size_t i = 0; i < p.tasks.size(); ++i) {
            const Task &t = p.tasks[i];
            QVERIFY2(seen.insert(t.id).second, ("duplicate task id " + t.id).c_str());
            const int day = daysBetween(p.input.start, t.due);
            QVERIFY2(day >= 0, t.id.c_str());
            QCOMPARE(t.phase, day < 30 ? 1 : day < 60 ? 2 : day < 90 ? 3 : 4);
            if (i)
                QVERIFY2(daysBetween(p.tasks[i - 1].due, t.due) >= 0, "tasks are in date order");
            QVERIFY(!t.title.empty() && !t.detail.empty() && !t.reason.empty());
            for (const std::string *s : {&t.title, &t.detail, &t.reason})
                QVERIFY2(s->find('{') == std::string::npos, s->c_str());
            for (const auto &f : t.facts)
                QVERIFY2(f.kind == "role" || f.kind == "certification" || f.kind == "education" || f.kind == "source" || f.kind == "move",
                         f.kind.c_str());
            week[day / 7] += t.effortHours;
        }
        for (const auto &[w, h] : week)
            QVERIFY2(h <= hours + 1e-9, qPrintable(QStringLiteral("week %1 holds %2 h, more than %3").arg(w).arg(h).arg(hours)));
        for (int phase = 1; phase <= 3; ++phase)
            QVERIFY2(std::any_of(p.tasks.begin(), p.tasks.end(), [&](const Task &t) { return t.phase == phase; }),
                     qPrintable(QStringLiteral("phase %1 is empty").arg(phase)));
        QVERIFY(!p.sources.empty());
        QVERIFY(!p.title.empty() && !p.routeSummary.empty());
    }

private slots:
    void initTestCase()
    {
        openShippedData();
    }

    void templatesLoadAndResolve()
    {
        QVERIFY2(templatesError().empty(), templatesError().c_str());
        const auto &tpl = templates();
        QCOMPARE(personas().size(), size_t(7));
        QCOMPARE(fundingOptions().size(), size_t(4));
        for (const auto &p : personas())
            QVERIFY2(m_lattice->find(p.latticeStart), p.latticeStart.c_str());
        QVERIFY(m_lattice->find(tpl.fallbackStart));
        const auto &names = placeholderNames();
        auto checkText = [&](const std::string &text, const std::string &where) {
            for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
                const auto close = text.find('}', open);
                QVERIFY2(close != std::string::npos, where.c_str());
                const std::string name = text.substr(open + 1, close - open - 1);
                QVERIFY2(std::find(names.begin(), names.end(), name) != names.end(), (where + ": unknown placeholder " + name).c_str());
            }
        };
        for (const auto &t : tpl.tasks) {
            for (const std::string *s : {&t.title, &t.detail, &t.reason, &t.when.move})
                checkText(*s, t.id);
            for (const auto &f : t.facts) {
                checkText(f, t.id);
                if (f.find('{') != std::string::npos)
                    continue;
                const auto colon = f.find(':');
                const std::string kind = f.substr(0, colon), id = f.substr(colon + 1);
                const bool exists = kind == "source" ? m_kb->source(id) != nullptr
                                    : kind == "role" ? m_kb->role(id) != nullptr
                                    : kind == "certification" ? m_kb->certification(id) != nullptr
                                    : kind == "move" ? std::any_of(m_lattice->moves().begin(), m_lattice->moves().end(),
                                                                   [&](const hp::LatticeMove &m) { return m.id == id; })
                                                     : false;
                QVERIFY2(exists, (t.id + " links " + f + ", which does not exist").c_str());
            }
        }
        for (const auto &[key, f] : tpl.figures)
            QVERIFY2(m_kb->source(f.sourceId), (key + " cites " + f.sourceId).c_str());
        for (const auto &[key, f] : tpl.schedule)
            QVERIFY2(m_kb->source(f.sourceId), (key + " cites " + f.sourceId).c_str());
        // The same checks as `healthpath-cli data check`, which must catch a broken link and placeholder.
        QVERIFY(hp::plan::checkTemplates(tpl, m_kb->data(), *m_lattice).empty());
        auto broken = tpl;
        broken.tasks.front().facts.push_back("certification:no-such-credential");
        broken.tasks.front().title += " {no_such_placeholder}";
        broken.figures.begin()->second.sourceId = "no-such-source";
        const auto problems = hp::plan::checkTemplates(broken, m_kb->data(), *m_lattice);
        QCOMPARE(problems.size(), std::size_t(3));
        QCOMPARE(int(problems[0].kind), int(hp::refdata::ProblemKind::DanglingReference));
        QVERIFY(problems[0].message.find("no_such_placeholder") != std::string::npos);
        QVERIFY(problems[1].message.find("certification:no-such-credential") != std::string::npos);
        QCOMPARE(int(problems[2].kind), int(hp::refdata::ProblemKind::MissingSource));
        // The VA figures the veteran's plan relies on are data, with their source.
        QCOMPARE(*tpl.figures.at("va_test_fee_max_usd").value, 2000.0);
        QCOMPARE(tpl.figures.at("va_test_fee_form").text, std::string("VA Form 22-0803"));
        QCOMPARE(tpl.figures.at("va_test_fee_form").sourceId, std::string("va-test-fees"));
    }

    void badTemplates_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << "{" << "not valid JSON";
        QTest::newRow("no personas") << "{}" << "no \"personas\"";
        const QString base = QStringLiteral(R"({"personas": [], "funding": [], "fallback_start": "x", "study": [], "tasks": [%1]})");
        QTest::newRow("no when") << base.arg(R"({"id": "a", "title": "t", "detail": "d", "reason": "r"})") << "task \"a\" has no \"when\"";
        QTest::newRow("two whens") << base.arg(R"({"id": "a", "when": {"day": 1, "after": "exam"}, "title": "t", "detail": "d", "reason": "r"})")
                                   << "exactly one";
        QTest::newRow("unknown condition")
            << base.arg(R"({"id": "a", "when": {"day": 1}, "if": {"moon": "full"}, "title": "t", "detail": "d", "reason": "r"})")
            << "unknown condition \"moon\"";
        QTest::newRow("unknown mode")
            << base.arg(R"({"id": "a", "when": {"day": 1}, "if": {"modes": ["later"]}, "title": "t", "detail": "d", "reason": "r"})")
            << "unknown mode";
    }
    void badTemplates()
    {
        QFETCH(QString, json);
        QFETCH(QString, says);
        std::string error;
        QVERIFY(!parseTemplates(json.toStdString(), &error));
        QVERIFY2(error.find(says.toStdString()) != std::string::npos, error.c_str());
    }

    void everyPersona_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("target");
        QTest::addColumn<double>("hours");
        QTest::addColumn<std::vector<std::string>>("funding");
        QTest::addColumn<std::vector<std::string>>("mustHave");
        QTest::addColumn<std::vector<std::string>>("mustSay");
        using V = std::vector<std::string>;
        const V coding{"compare-programs", "join-body", "enroll", "study", "book-exam", "sit-exam", "first-job", "apprentice-options",
                       "apprentice-proof", "resume-keywords", "first-applications", "chapter-1"};
        auto with = [&](V extra) {
            V all = coding;
            all.insert(all.end(), extra.begin(), extra.end());
            return all;
        };
        QTest::newRow("career changer") << "career-changer" << "outpatient-coder" << 10.0 << V{}
                                        << with({"transferable-skills", "practicode"}) << V{"CPC", "AAPC"};
        QTest::newRow("recent graduate uses career services")
            << "recent-graduate" << "outpatient-coder" << 15.0 << V{} << with({"career-services", "career-fair"}) << V{"career services"};
        QTest::newRow("parent at 8 hours a week") << "parent-returning" << "outpatient-coder" << 8.0 << V{}
                                                  << with({"family-schedule", "gap-sentence"}) << V{"8 hours"};
        QTest::newRow("veteran: GI Bill and VA test fee")
            << "veteran" << "outpatient-coder" << 15.0 << V{"gi-bill", "va-test-fee"}
            << with({"gi-bill-program", "gi-bill-share", "va-test-fee-check", "va-test-fee-claim", "military-translate", "federal-jobs"})
            << V{"VA Form 22-0803", "$2,000", "UNVERIFIED", "GI Bill Comparison Tool", "GS-0675"};
        QTest::newRow("remote seeker") << "remote-seeker" << "risk-adjustment-coder" << 10.0 << V{}
                                       << with({"remote-reality", "remote-keywords", "remote-boards"}) << V{"remote"};
        QTest::newRow("clinical: anatomy and CDI") << "clinical" << "outpatient-coder" << 8.0 << V{}
                                                   << with({"clinical-exemption", "cdi-explore"}) << V{"anatomy", "CDI"};
        QTest::newRow("behavioral health") << "behavioral-health" << "outpatient-coder" << 8.0 << V{}
                                           << with({"bh-documentation"}) << V{"Behavioral-health practices"};
    }
    void everyPersona()
    {
        QFETCH(QString, persona);
        QFETCH(QString, target);
        QFETCH(double, hours);
        QFETCH(std::vector<std::string>, funding);
        QFETCH(std::vector<std::string>, mustHave);
        QFETCH(std::vector<std::string>, mustSay);
        auto in = input(persona.toStdString(), target.toStdString(), hours);
        in.funding = funding;
        const auto r = makePlan(in, *m_kb, *m_lattice, fixedClock(kMade));
        QVERIFY2(r.error.empty(), r.error.c_str());
        checkShape(r.plan);
        if (QTest::currentTestFailed())
            return;
        const auto have = ids(r.plan);
        for (const auto &id : mustHave)
            QVERIFY2(have.count(id), ("missing task " + id).c_str());
        const std::string text = allText(r.plan);
        for (const auto &s : mustSay)
            QVERIFY2(text.find(s) != std::string::npos, ("the plan never says " + s).c_str());
        QCOMPARE(r.plan.generatedOn, kMade);
        QVERIFY(r.plan.title.find(" → ") != std::string::npos);
    }

    // Every persona toward every role, with no money and with plenty: a plan, and its shape holds.
    void everyPersonaEveryRole()
    {
        for (const auto &p : personas())
            for (const auto &role : m_kb->roles())
                for (double budget : {0.0, 20000.0}) {
                    const auto r = makePlan(input(p.id, role.id, p.defaultHoursPerWeek, budget), *m_kb, *m_lattice, fixedClock(kMade));
                    const std::string row = p.id + " → " + role.id + " with " + std::to_string(int(budget));
                    QVERIFY2(r.error.empty(), (row + ": " + r.error).c_str());
                    checkShape(r.plan);
                    if (QTest::currentTestFailed()) {
                        qWarning("%s", row.c_str());
                        return;
                    }
                    QVERIFY2(find(r.plan, "resume-keywords") && find(r.plan, "first-job"), row.c_str());
                }
    }

    // Personas get meaningfully different plans for the same target.
    void personasDiffer()
    {
        std::map<std::string, std::set<std::string>> byPersona;
        for (const auto &p : personas())
            byPersona[p.id] = ids(make(input(p.id, "outpatient-coder", 10)));
        for (const auto &[a, ia] : byPersona)
            for (const auto &[b, ib] : byPersona)
                if (a < b)
                    QVERIFY2(ia != ib, (a + " and " + b + " get the same tasks").c_str());
    }

    void veteranTaskSayItsUnverified()
    {
        const Plan p = make(input("veteran", "outpatient-coder", 15));
        const Task *check = find(p, "va-test-fee-check");
        QVERIFY(check);
        QVERIFY(check->detail.find("not confirmed (UNVERIFIED)") != std::string::npos);
        QVERIFY(check->detail.find("search VA's list") != std::string::npos);
        const Task *claim = find(p, "va-test-fee-claim");
        QVERIFY(claim && claim->detail.find("VA Form 22-0803") != std::string::npos);
        QVERIFY(daysBetween(find(p, "sit-exam")->due, claim->due) > 0); // claimed after the exam
        QVERIFY(std::find(claim->facts.begin(), claim->facts.end(), FactLink{"source", "va-test-fees"}) != claim->facts.end());
        // Funding alone brings the test-fee steps to anyone.
        auto in = input("career-changer", "outpatient-coder", 10);
        QVERIFY(!find(make(in), "va-test-fee-claim"));
        in.funding = {"va-test-fee"};
        QVERIFY(find(make(in), "va-test-fee-claim"));
    }

    void parentStudyRespectsHours()
    {
        const Plan eight = make(input("parent-returning", "outpatient-coder", 8));
        const Plan sixteen = make(input("parent-returning", "outpatient-coder", 16));
        for (const auto &t : eight.tasks)
            if (t.id.rfind("study-", 0) == 0)
                QVERIFY(t.effortHours <= 8);
        QVERIFY2(studyBlocks(eight) > studyBlocks(sixteen), "fewer hours a week means more weeks of study");
        QVERIFY(daysBetween(find(sixteen, "sit-exam")->due, find(eight, "sit-exam")->due) > 0);
        double studied = 0;
        for (const auto &t : eight.tasks)
            if (t.id.rfind("study-", 0) == 0)
                studied += t.effortHours;
        QCOMPARE(studied, 80.0); // the hours of the study rule, all of them scheduled
        QVERIFY(studyBlocks(eight) >= 10);
        // Every topic is covered, whatever the number of blocks, and practice exams come last.
        for (const Plan *p : {&eight, &sixteen}) {
            std::string topics, last;
            for (const auto &t : p->tasks)
                if (t.id.rfind("study-", 0) == 0)
                    topics += t.title, last = t.title;
            for (const auto &topic : templates().topics.at("cpc"))
                QVERIFY2(topics.find(topic) != std::string::npos, topic.c_str());
            QVERIFY2(last.find("Timed practice exams") != std::string::npos, last.c_str());
        }
        // The exam is booked before the study ends and sat after it.
        const Task *last = nullptr;
        for (const auto &t : eight.tasks)
            if (t.id.rfind("study-", 0) == 0)
                last = &t;
        QVERIFY(daysBetween(find(eight, "book-exam")->due, last->due) > 0);
        QVERIFY(daysBetween(last->due, find(eight, "sit-exam")->due) > 0);
    }

    void hugeHours()
    {
        const auto r = makePlan(input("career-changer", "outpatient-coder", 168), *m_kb, *m_lattice, fixedClock(kMade));
        QVERIFY2(r.error.empty(), r.error.c_str());
        checkShape(r.plan);
        for (const auto &t : r.plan.tasks)
            if (t.id.rfind("study-", 0) == 0)
                QVERIFY(t.effortHours <= 40);
        QVERIFY(studyBlocks(r.plan) <= 3);
        QVERIFY(allText(r.plan).find("no more than 40 hours a week") != std::string::npos);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("target");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("budget");
        QTest::addColumn<QString>("held");
        QTest::addColumn<QString>("funding");
        QTest::addColumn<QString>("says");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("zero hours") << "career-changer" << "outpatient-coder" << 0.0 << 100.0 << "" << "" << "must be more than 0, not 0.";
        QTest::newRow("negative hours") << "career-changer" << "outpatient-coder" << -3.0 << 100.0 << "" << "" << "not -3.";
        QTest::newRow("no number") << "career-changer" << "outpatient-coder" << nan << 100.0 << "" << "" << "more than 0";
        QTest::newRow("too few hours") << "career-changer" << "outpatient-coder" << 2.0 << 100.0 << "" << "" << "at least 4 hours a week";
        QTest::newRow("more than a week") << "career-changer" << "outpatient-coder" << 169.0 << 100.0 << "" << "" << "only 168 hours";
        QTest::newRow("negative budget") << "career-changer" << "outpatient-coder" << 10.0 << -1.0 << "" << "" << "0 or more US dollars";
        QTest::newRow("unknown persona") << "astronaut" << "outpatient-coder" << 10.0 << 0.0 << "" << ""
                                         << "There is no persona \"astronaut\". Personas: career-changer, recent-graduate";
        QTest::newRow("near miss role") << "career-changer" << "outpatient-coders" << 10.0 << 0.0 << "" << ""
                                        << "did you mean \"outpatient-coder\"?";
        QTest::newRow("role by its name") << "career-changer" << "biller" << 10.0 << 0.0 << "" << "" << "did you mean \"medical-biller\"?";
        QTest::newRow("unknown role") << "career-changer" << "zzzzzzzzzzzzzzzz" << 10.0 << 0.0 << "" << "" << "Roles: ar-denials-specialist";
        QTest::newRow("unknown credential") << "career-changer" << "outpatient-coder" << 10.0 << 0.0 << "cpx" << ""
                                            << "There is no certification \"cpx\"";
        QTest::newRow("unknown funding") << "career-changer" << "outpatient-coder" << 10.0 << 0.0 << "" << "lottery"
                                         << "Funding options: none, gi-bill";
    }
    void badInput()
    {
        QFETCH(QString, persona);
        QFETCH(QString, target);
        QFETCH(double, hours);
        QFETCH(double, budget);
        QFETCH(QString, held);
        QFETCH(QString, funding);
        QFETCH(QString, says);
        auto in = input(persona.toStdString(), target.toStdString(), hours, budget);
        if (!held.isEmpty())
            in.credentialsHeld = {held.toStdString()};
        if (!funding.isEmpty())
            in.funding = {funding.toStdString()};
        const auto r = makePlan(in, *m_kb, *m_lattice, fixedClock(kMade));
        QVERIFY2(r.error.find(says.toStdString()) != std::string::npos, r.error.c_str());
        QVERIFY(r.plan.tasks.empty());
        QCOMPARE(std::count(r.error.begin(), r.error.end(), '\n'), 0);
        QVERIFY(r.error.back() == '.' || r.error.back() == '?');
    }

    void badStartDate()
    {
        auto in = input("career-changer", "outpatient-coder", 10);
        in.start = Date{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{30}};
        QVERIFY(makePlan(in, *m_kb, *m_lattice).error.find("not a real calendar date") != std::string::npos);
    }

    void budgetZeroProposesTheCheapestRoute()
    {
        const Plan p = make(input("career-changer", "outpatient-coder", 10, 0));
        QVERIFY(!p.budgetCovers);
        QCOMPARE(*p.routeCostMinUsd, 1500.0);
        QCOMPARE(*p.routeCostMaxUsd, 5000.0);
        QVERIFY(!p.notes.empty());
        QVERIFY2(p.notes.front().find("does not cover any route") != std::string::npos, p.notes.front().c_str());
        QVERIFY(p.notes.front().find("$1,500–$5,000") != std::string::npos);
        QVERIFY(p.notes.front().find("The cheapest is") != std::string::npos);
        QVERIFY(find(p, "close-gap"));
        QCOMPARE(find(p, "close-gap")->phase, 1);
        // The plan still follows that route.
        QVERIFY(find(p, "sit-exam"));
    }

    void budgetCoversTheLowEnd()
    {
        const Plan p = make(input("career-changer", "outpatient-coder", 10, 2000));
        QVERIFY(p.budgetCovers);
        QVERIFY(!find(p, "close-gap"));
        QVERIFY(p.notes.front().find("covers the low end") != std::string::npos);
        const Plan rich = make(input("career-changer", "outpatient-coder", 10, 9000));
        QVERIFY(rich.notes.front().find("covers this route's typical cost") != std::string::npos);
    }

    // With no money a biller's route is an entry job learned on the job; with money, the course.
    void budgetChoosesBetweenRoutes()
    {
        const Plan none = make(input("career-changer", "medical-biller", 10, 0));
        QVERIFY(none.budgetCovers);
        QVERIFY2(none.routeSummary.find("billing clerk") != std::string::npos, none.routeSummary.c_str());
        QCOMPARE(studyBlocks(none), 0);
        QVERIFY(find(none, "shortlist-employers"));
        QCOMPARE(find(none, "first-applications")->phase, 1);
        checkShape(none);
        const Plan funded = make(input("career-changer", "medical-biller", 10, 5000));
        QVERIFY2(funded.routeSummary.find("CPB") != std::string::npos, funded.routeSummary.c_str());
        QVERIFY(studyBlocks(funded) > 0);
        QVERIFY(allText(funded).find("CPB") != std::string::npos);
    }

    void holdingCpcSkipsTheCourse()
    {
        auto in = input("career-changer", "outpatient-coder", 10, 0);
        in.credentialsHeld = {"cpc"};
        const Plan p = make(in);
        checkShape(p);
        QVERIFY(p.budgetCovers);
        for (const char *gone : {"compare-programs", "enroll", "study", "book-exam", "sit-exam", "close-gap"})
            QVERIFY2(!ids(p).count(gone), gone);
        for (const char *there : {"certified-profile", "certified-ceus", "apprentice-options", "apprentice-proof", "apprentice-removed",
                                  "first-applications", "first-job"})
            QVERIFY2(ids(p).count(there), there);
        QCOMPARE(find(p, "first-applications")->phase, 1);
        QVERIFY(find(p, "certified-ceus")->detail.find("36 CEUs every 2 years") != std::string::npos);
        QVERIFY(std::any_of(p.notes.begin(), p.notes.end(), [](const std::string &n) { return n.find("You hold the CPC") != std::string::npos; }));
        // Removal is dated a year of work after the first job, then AAPC's processing time.
        const int proof = daysBetween(find(p, "first-job")->due, find(p, "apprentice-proof")->due);
        QVERIFY2(proof >= 365 && proof <= 366 + 28, qPrintable(QString::number(proof)));
        QVERIFY(daysBetween(find(p, "apprentice-proof")->due, find(p, "apprentice-removed")->due) >= 15);
    }

    void clinicalIntoCdi()
    {
        const Plan p = make(input("clinical", "cdi-specialist", 8, 0));
        checkShape(p);
        QCOMPARE(studyBlocks(p), 0);
        QVERIFY(find(p, "cdi-basics"));
        const Task *later = find(p, "later-credential");
        QVERIFY(later);
        QVERIFY2(later->detail.find("(unverified)") != std::string::npos, later->detail.c_str());
        QVERIFY(!find(p, "cdi-explore")); // already the target
    }

    void unreachableFromPersonaFallsBack()
    {
        // The lattice has no move from a clinical background into billing; the plan starts from scratch.
        const Plan p = make(input("clinical", "medical-biller", 8, 5000));
        checkShape(p);
        QVERIFY(std::any_of(p.notes.begin(), p.notes.end(), [](const std::string &n) { return n.find("starts from") != std::string::npos; }));
    }

    void startDatesAroundTheYearEnd_data()
    {
        QTest::addColumn<QString>("start");
        QTest::newRow("mid December") << "2027-12-15";
        QTest::newRow("New Year's Eve") << "2027-12-31";
        QTest::newRow("leap day") << "2028-02-29";
        QTest::newRow("a month before leap day") << "2028-01-31";
    }
    void startDatesAroundTheYearEnd()
    {
        QFETCH(QString, start);
        auto in = input("veteran", "outpatient-coder", 15);
        in.start = *parseIsoDate(start.toStdString());
        const Plan p = make(in);
        checkShape(p);
        for (const auto &t : p.tasks)
            QVERIFY(t.due.ok());
        QVERIFY(daysBetween(in.start, p.tasks.front().due) < 3); // the plan starts at once
        // Study blocks end on the last day of their plan week.
        for (const auto &t : p.tasks)
            if (t.id.rfind("study-", 0) == 0)
                QCOMPARE(daysBetween(in.start, t.due) % 7, 6);
    }

    void deterministic()
    {
        const auto in = input("recent-graduate", "risk-adjustment-coder", 12);
        QCOMPARE(toJson(make(in)), toJson(make(in)));
    }

};

QTEST_APPLESS_MAIN(TestPlan)
#include "tst_plan.moc"
