// Return on training: the arithmetic against values worked out by hand (each row says how), the
// default baseline and its label, and one real route priced with the shipped May 2025 wages.

#include "lattice/roi.h"

#include <QTest>

#include <cmath>

using namespace hp::lattice;

Q_DECLARE_METATYPE(std::vector<Segment>)

namespace {

// After the last step the target's pay runs to the end of the horizon.
constexpr double kForever = 1e9;

Segment seg(double start, double length, double pay, double p25, double p75, double cost)
{
    return {start, length, pay, p25, p75, cost};
}

} // namespace

class TestRoi : public QObject {
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

    void arithmetic_data()
    {
        QTest::addColumn<std::vector<Segment>>("segments");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<int>("breakEven");    // 0 = never within 120 months
        QTest::addColumn<int>("breakEven25");
        QTest::addColumn<int>("breakEven75");
        QTest::addColumn<double>("net");       // cumulative net - cumulative baseline after month 120
        QTest::addColumn<double>("net25");
        QTest::addColumn<double>("net75");

        // 6 months of course without pay, $3,000 paid in month 1; then $36,000 a year ($3,000 a
        // month; p25 $2,000, p75 $4,000). Baseline $12,000 a year = $1,000 a month.
        //   central: net(m) = -3,000 + 3,000 (m - 6) >= 1,000 m  <=>  2,000 m >= 21,000  ->  m = 11
        //            (m = 10: 9,000 < 10,000; m = 11: 12,000 >= 11,000)
        //   p25:     -3,000 + 2,000 (m - 6) >= 1,000 m  <=>  m >= 15, exactly equal at 15 -> 15
        //   p75:     -3,000 + 4,000 (m - 6) >= 1,000 m  <=>  m >= 9, exactly equal at 9   -> 9
        //   month 120: central -3,000 + 3,000 x 114 = 339,000 vs 120,000 -> +219,000
        //              p25 -3,000 + 2,000 x 114 = 225,000 -> +105,000; p75 453,000 -> +333,000
        QTest::newRow("course, then a job")
            << std::vector<Segment>{seg(0, 6, 0, 0, 0, 3000), seg(6, kForever, 36000, 24000, 48000, 0)}
            << 12000.0 << 11 << 15 << 9 << 219000.0 << 105000.0 << 333000.0;

        // Studying part time while keeping a $30,000 job for 4 months ($2,500 a month), $2,000
        // paid in month 1; then $42,000 ($3,500 a month) for all three series. Baseline $30,000.
        //   m <= 4: net = 2,500 m - 2,000 < 2,500 m, never even;
        //   m > 4:  net = 8,000 + 3,500 (m - 4) >= 2,500 m  <=>  1,000 m >= 6,000  ->  m = 6 (equal)
        //   month 120: 8,000 + 3,500 x 116 = 414,000 vs 300,000 -> +114,000
        QTest::newRow("keeps working while studying")
            << std::vector<Segment>{seg(0, 4, 30000, 30000, 30000, 2000), seg(4, kForever, 42000, 42000, 42000, 0)}
            << 30000.0 << 6 << 6 << 6 << 114000.0 << 114000.0 << 114000.0;

        // Fractional months: 1.5 months of unpaid training ($600 in month 1), then $24,000 a year
        // ($2,000 a month). Baseline 0.
        //   month 1: -600 < 0; month 2: -600 + 0.5 x 2,000 = 400 >= 0  ->  m = 2
        //   month 120: -600 + 118.5 x 2,000 = 236,400
        QTest::newRow("step ends mid-month")
            << std::vector<Segment>{seg(0, 1.5, 0, 0, 0, 600), seg(1.5, kForever, 24000, 24000, 24000, 0)}
            << 0.0 << 2 << 2 << 2 << 236400.0 << 236400.0 << 236400.0;

        // A second course starting at month 2.5 charges its $1,000 in month 3 (the month holding
        // t = 2.5). Pay $12,000 throughout ($1,000 a month), baseline $12,000.
        //   net(m) = 1,000 m - 1,000 for m >= 3: below the baseline for ever; month 1 and 2 equal.
        //   -> break-even month 1 (equal, before the course); month 120: -1,000
        QTest::newRow("cost falls in the month the step starts")
            << std::vector<Segment>{seg(0, 2.5, 12000, 12000, 12000, 0), seg(2.5, kForever, 12000, 12000, 12000, 1000)}
            << 12000.0 << 1 << 1 << 1 << -1000.0 << -1000.0 << -1000.0;

        // Pay below the baseline: never even. $20,000 vs $24,000: -$4,000 a year, -$40,000 in 10 years.
        QTest::newRow("never breaks even")
            << std::vector<Segment>{seg(0, kForever, 20000, 20000, 20000, 0)} << 24000.0 << 0 << 0 << 0 << -40000.0
            << -40000.0 << -40000.0;
    }
    void arithmetic()
    {
        QFETCH(std::vector<Segment>, segments);
        QFETCH(double, baseline);
        QFETCH(int, breakEven);
        QFETCH(int, breakEven25);
        QFETCH(int, breakEven75);
        QFETCH(double, net);
        QFETCH(double, net25);
        QFETCH(double, net75);
        const auto r = computeRoi(segments, userBaseline(baseline));
        QCOMPARE(r.months, 120);
        QCOMPARE(r.central.cumulativeNet.size(), std::size_t(120));
        QCOMPARE(r.cumulativeBaseline.back(), baseline * 10);
        QCOMPARE(r.central.breakEvenMonth.value_or(0), breakEven);
        QCOMPARE(r.p25.breakEvenMonth.value_or(0), breakEven25);
        QCOMPARE(r.p75.breakEvenMonth.value_or(0), breakEven75);
        QVERIFY2(std::abs(r.central.netVsBaseline - net) < 0.01, qPrintable(QString::number(r.central.netVsBaseline, 'f', 2)));
        QVERIFY(std::abs(r.p25.netVsBaseline - net25) < 0.01);
        QVERIFY(std::abs(r.p75.netVsBaseline - net75) < 0.01);
    }

    void defaultBaselineIsTheFederalMinimumWage()
    {
        const Baseline b = defaultBaseline(*m_kb);
        QCOMPARE(b.annual, 15080.0); // $7.25 x 2,080 hours
        QVERIFY(b.isDefault);
        QCOMPARE(QString::fromStdString(b.sourceId), QStringLiteral("dol-federal-minimum-wage"));
        const QString label = QString::fromStdString(b.label);
        QVERIFY2(label.startsWith(QLatin1String("default:")) && label.contains(QLatin1String("$7.25"))
                     && label.contains(QLatin1String("2,080")) && label.contains(QLatin1String("$15,080")),
                 qPrintable(label));
        QVERIFY(!userBaseline(40000).isDefault);
    }

    // The fastest route from no experience to an outpatient coder, priced with May 2025 wages:
    //   1. course: months 0-8 (midpoint of 4-12), no pay, $3,250 (midpoint of $1,500-$5,000) in month 1
    //   2. first job: length unknown, takes no time; 3. removal option 3: 0 months
    //   4. AAPC processing: months 8-8.75, paid as a junior coder: 29-2072 p10-p25 band midpoint
    //      (37,000 + 43,490) / 2 = 40,245 a year; p25 43,490; p75 64,820
    //   then coder from 8.75: p25-median midpoint (43,490 + 51,140) / 2 = 47,315; p25 43,490; p75 64,820
    // Baseline $15,080 = 1,256.67 a month.
    //   months 1-8: net = -3,250
    //   month 9: 0.75 x 40,245/12 + 0.25 x 47,315/12 = 3,501.04  ->  251.04
    //   then + 3,942.92 a month: 251.04 + 3,942.92 (m - 9) >= 1,256.67 m  <=>  m >= 13.12  ->  14
    //   p25: month 9 adds 43,490/12 = 3,624.17 -> 374.17; 374.17 + 3,624.17 (m - 9) >= 1,256.67 m
    //        <=>  m >= 13.62  ->  14
    //   p75: month 9 adds 64,820/12 = 5,401.67 -> 2,151.67; ... <=>  m >= 11.21  ->  12
    //   month 120: 251.04 + 3,942.92 x 111 = 437,914.79 vs 150,800  ->  +287,114.79
    void realRouteWithShippedWages()
    {
        const auto lattice = Lattice::build(m_kb->data());
        PlanRequest req{"no-experience", "outpatient-coder"};
        req.vintage = 2025;
        const Plan plan = makePlan(lattice, *m_kb, req);
        QVERIFY(plan.fastest);
        QCOMPARE(plan.fastest->steps.size(), std::size_t(4));
        const auto r = returnOnTraining(*plan.fastest, *m_kb, 2025, defaultBaseline(*m_kb));
        QCOMPARE(r.trainingCost, 3250.0);
        QCOMPARE(r.routeMonths, 8.75);
        QVERIFY(std::abs(r.central.cumulativeNet[7] + 3250) < 0.01);
        QVERIFY(std::abs(r.central.cumulativeNet[8] - 251.0417) < 0.01);
        QCOMPARE(r.central.breakEvenMonth.value_or(0), 14);
        QCOMPARE(r.p25.breakEvenMonth.value_or(0), 14);
        QCOMPARE(r.p75.breakEvenMonth.value_or(0), 12);
        QVERIFY2(std::abs(r.central.netVsBaseline - 287114.79) < 0.01, qPrintable(QString::number(r.central.netVsBaseline, 'f', 2)));
        QVERIFY(!r.warnings.empty()); // the job search has no known length
    }
};

QTEST_APPLESS_MAIN(TestRoi)
#include "tst_roi.moc"
