// Plans over time: date arithmetic across month and year ends and leap days, tracking (progress per
// phase, overdue tasks, re-planning from today) and the JSON form the user database keeps.

#include "plan/plan.h"

#include "plan_fixture.h"

#include <QTest>

#include <map>

using namespace hp::plan;

namespace {

QByteArray q(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

} // namespace

class TestPlanTracking : public QObject, protected PlanFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        openShippedData();
    }

    void dates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month end") << "2027-01-31" << 1 << "2027-02-01";
        QTest::newRow("february, common year") << "2027-02-28" << 1 << "2027-03-01";
        QTest::newRow("into leap day") << "2028-02-28" << 1 << "2028-02-29";
        QTest::newRow("out of leap day") << "2028-02-29" << 1 << "2028-03-01";
        QTest::newRow("year end") << "2027-12-31" << 1 << "2028-01-01";
        QTest::newRow("90 days over the year end") << "2027-12-01" << 90 << "2028-02-29";
        QTest::newRow("backwards over the year end") << "2028-01-02" << -3 << "2027-12-30";
        QTest::newRow("a leap year") << "2028-01-01" << 366 << "2029-01-01";
    }
    void dates()
    {
        QFETCH(QString, from);
        QFETCH(int, days);
        QFETCH(QString, expected);
        const Date d = *parseIsoDate(from.toStdString());
        QCOMPARE(QString::fromStdString(isoDate(addDays(d, days))), expected);
        QCOMPARE(daysBetween(d, addDays(d, days)), days);
    }

    void parsingAndFormatting()
    {
        QVERIFY(parseIsoDate("2028-02-29"));
        for (const char *bad : {"2027-02-29", "2027-02-30", "2027-13-01", "2027-00-10", "2027-1-04", "20270104", "2027/01/04", "", "2027-01-04x"})
            QVERIFY2(!parseIsoDate(bad), bad);
        QCOMPARE(readableDate(kStart), std::string("Mon 4 Jan 2027"));
        QCOMPARE(readableDate(date("2028-02-29")), std::string("Tue 29 Feb 2028"));
        QCOMPARE(isoDate(addMonths(date("2027-01-31"), 1)), std::string("2027-02-28"));
        QCOMPARE(isoDate(addMonths(date("2028-01-31"), 1)), std::string("2028-02-29"));
        QCOMPARE(isoDate(addMonths(date("2027-11-15"), 3)), std::string("2028-02-15"));
        QCOMPARE(isoDate(addMonths(date("2027-01-01"), 0.5)), std::string("2027-01-16"));
        QCOMPARE(fixedClock(kStart)(), kStart);
        QVERIFY(systemClock()().ok());
    }

    void tracking()
    {
        Plan p = make(input("career-changer", "outpatient-coder", 10));
        const Date today = addDays(kStart, 20);
        auto before = progress(p, kStart);
        QCOMPARE(before.size(), size_t(4));
        int total = 0;
        for (const auto &ph : before) {
            QCOMPARE(ph.done, 0);
            QCOMPARE(ph.overdue, 0);
            total += ph.total;
        }
        QCOMPARE(total, int(p.tasks.size()));
        // Check off the first two tasks; the rest of those due before day 21 are overdue.
        p.tasks[0].done = p.tasks[1].done = true;
        p.tasks[0].doneOn = kStart;
        int overdue = 0;
        for (const auto &t : p.tasks)
            overdue += (!t.done && daysBetween(t.due, today) > 0) ? 1 : 0;
        QVERIFY(overdue > 0);
        const auto now = progress(p, today);
        QCOMPARE(now[0].done, 2);
        QCOMPARE(now[0].overdue, overdue);
        QVERIFY(!isOverdue(p.tasks[0], today));
        QVERIFY(!isOverdue(p.tasks.back(), today));
        Task dueToday = p.tasks.back();
        dueToday.due = today;
        QVERIFY(!isOverdue(dueToday, today)); // due today is not late yet

        // Re-plan: the earliest open overdue task falls due today, everything open moves with it.
        Date earliest = today;
        for (const auto &t : p.tasks)
            if (isOverdue(t, today) && daysBetween(t.due, earliest) > 0)
                earliest = t.due;
        const int expected = daysBetween(earliest, today);
        std::map<std::string, Date> was;
        for (const auto &t : p.tasks)
            was[t.id] = t.due;
        QCOMPARE(replanFromToday(p, today), expected);
        for (const auto &t : p.tasks) {
            QCOMPARE(t.due, t.done ? was[t.id] : addDays(was[t.id], expected));
            QVERIFY(!isOverdue(t, today));
        }
        for (size_t i = 1; i < p.tasks.size(); ++i)
            QVERIFY(daysBetween(p.tasks[i - 1].due, p.tasks[i].due) >= 0);
        QCOMPARE(replanFromToday(p, today), 0); // nothing overdue any more
        QCOMPARE(progress(p, today)[0].overdue, 0);
    }

    void jsonRoundTrip()
    {
        auto in = input("veteran", "outpatient-coder", 15, 500);
        in.funding = {"gi-bill", "va-test-fee"};
        in.credentialsHeld = {"cca"};
        Plan p = make(in);
        p.tasks[0].done = true;
        p.tasks[0].doneOn = date("2027-01-05");
        std::string error;
        const auto back = planFromJson(toJson(p), &error);
        QVERIFY2(back, error.c_str());
        QCOMPARE(toJson(*back), toJson(p));
        QCOMPARE(back->tasks.size(), p.tasks.size());
        QCOMPARE(back->tasks[0].doneOn, p.tasks[0].doneOn);
        QCOMPARE(back->tasks[1].facts, p.tasks[1].facts);
        QCOMPARE(back->input.funding, in.funding);
        QCOMPARE(back->input.start, in.start);
        QCOMPARE(back->sources, p.sources);
        QCOMPARE(back->budgetCovers, p.budgetCovers);
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const Plan p = make(input("career-changer", "outpatient-coder", 10));
        const std::string good = toJson(p);
        auto replaced = [&](const std::string &from, const std::string &to) {
            std::string s = good;
            const auto at = s.find(from);
            Q_ASSERT(at != std::string::npos);
            s.replace(at, from.size(), to);
            return q(s);
        };
        QTest::newRow("not JSON") << QByteArray("{\"tasks\": [") << "The plan is not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "The plan should be a JSON object.";
        QTest::newRow("another format") << QByteArray(R"({"format": "spreadsheet"})") << "not a HealthPath plan";
        QTest::newRow("newer version") << replaced("\"version\":1", "\"version\":2") << "format version 2";
        QTest::newRow("missing tasks") << replaced("\"tasks\":", "\"chores\":") << "has no \"tasks\"";
        QTest::newRow("impossible due date") << replaced("\"due\":\"" + isoDate(p.tasks[0].due) + "\"", "\"due\":\"2027-02-30\"")
                                             << "Task 1 field \"due\" is \"2027-02-30\", not a date";
        QTest::newRow("phase out of range") << replaced("\"phase\":1", "\"phase\":7") << "phases are 1 to 4";
        QTest::newRow("done is text") << replaced("\"done\":false", "\"done\":\"no\"") << "should be true or false";
        QTest::newRow("bad start") << replaced("\"start\":\"2027-01-04\"", "\"start\":\"soon\"") << "The plan's input field \"start\"";
    }
    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        std::string error;
        QVERIFY(!planFromJson(json.toStdString(), &error));
        QVERIFY2(error.find(says.toStdString()) != std::string::npos, error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestPlanTracking)
#include "tst_plan_tracking.moc"
