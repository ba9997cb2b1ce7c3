// Years of experience along career tracks (lattice/experience.h): the shipped tracks against
// hand-computed years, then hand-made lattices for open ends, missing moves and status propagation.
// A level reads "id min-max STATUS basis", "id min+ …" when open, "id none" when not stated.

#include "lattice/experience.h"
#include "refdata/knowledge_base.h"

#include <QTest>

#include <algorithm>

using namespace hp;
using namespace hp::lattice;

namespace {

QString basisName(YearsBasis b)
{
    switch (b) {
    case YearsBasis::Ladder: return QStringLiteral("ladder");
    case YearsBasis::TrackStart: return QStringLiteral("start");
    case YearsBasis::Moves: return QStringLiteral("moves");
    case YearsBasis::NotStated: return QStringLiteral("none");
    }
    return {};
}

QString describe(const TrackExperience &e)
{
    QStringList out;
    for (const TrackLevel &l : e.levels) {
        QString s = QString::fromStdString(l.nodeId) + QLatin1Char(' ');
        if (!l.hasYears()) {
            out << s + basisName(l.basis);
            continue;
        }
        s += QString::number(*l.yearsMin);
        s += l.open ? QStringLiteral("+") : QStringLiteral("-") + QString::number(l.yearsMax.value_or(-1));
        s += QLatin1Char(' ') + (l.status ? QString::fromUtf8(statusId(*l.status).data()) : QStringLiteral("-"));
        out << s + QLatin1Char(' ') + basisName(l.basis);
    }
    return out.join(QStringLiteral(" | "));
}

QString joined(const std::vector<std::string> &ids)
{
    QStringList l;
    for (const auto &id : ids)
        l << QString::fromStdString(id);
    return l.join(QLatin1Char(','));
}

LatticeMove move(const std::string &id, const std::string &from, const std::string &to, std::optional<double> min,
                 std::optional<double> max, const std::string &source, std::optional<Status> status = std::nullopt)
{
    LatticeMove m;
    m.id = id;
    m.from = from;
    m.to = to;
    m.name = id;
    m.months.min = min;
    m.months.max = max;
    m.months.sourceId = source;
    m.months.status = status;
    m.sourceId = source;
    return m;
}

Node node(const std::string &id, const std::string &kind = "entry")
{
    Node n;
    n.id = id;
    n.name = "Node " + id;
    n.kind = kind;
    n.bls = BlsBand{"29-2072", Percentile::P25, Percentile::Median};
    return n;
}

Track track(std::vector<std::string> chain, Track::Years years = Track::Years::Moves)
{
    Track t;
    t.id = "test";
    t.name = "Test track";
    t.yearsFrom = years;
    t.chain = std::move(chain);
    return t;
}

// Sources with a known status in the shipped data.
const std::string kSecondary = "seed-medical-coder-guide";
const std::string kUnverified = "healthpath-unverified";

} // namespace

class TestExperience : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::optional<Lattice> m_shipped;
    std::optional<Lattice> m_made; // coder ─24–48─▶ a ─12+─▶ b ─6 (unverified)─▶ c ─?─▶ d, and x ═2 moves═▶ y

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        QCOMPARE(m_kb->statusOf(kSecondary), Status::Secondary);
        QCOMPARE(m_kb->statusOf(kUnverified), Status::Unverified);
        m_shipped = Lattice::build(m_kb->data());
        Node coder = node("coder", "level");
        coder.ladderId = "coder";
        m_made.emplace(std::vector<Node>{coder, node("a"), node("b"), node("c"), node("d"), node("x"), node("y")},
                       std::vector<LatticeMove>{
                           move("coder-a", "coder", "a", 24, 48, kSecondary),
                           move("a-b", "a", "b", 12, std::nullopt, kSecondary),
                           move("b-c", "b", "c", 6, 6, kSecondary, Status::Unverified), // the figure's own status
                           move("c-d", "c", "d", std::nullopt, std::nullopt, kUnverified, Status::Unverified),
                           move("x-a", "x", "a", 12, 12, kUnverified),
                           move("x-y-1", "x", "y", 1, 2, kSecondary),
                           move("x-y-2", "x", "y", 3, 4, kSecondary),
                       });
    }

    void shippedTracksAreLoaded()
    {
        const auto &tracks = m_kb->data().tracks;
        QCOMPARE(int(tracks.size()), 6);
        const Track *cdi = m_kb->track("coder-cdi");
        QVERIFY(cdi);
        QCOMPARE(cdi->family, Family::Auditor);
        QCOMPARE(int(cdi->yearsFrom), int(Track::Years::Moves));
        QVERIFY(!m_kb->track("no-such-track"));
    }

    void shippedTracks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("levels");
        QTest::addColumn<QString>("lastMoves");

        // The career guide's years per level (ladders.json), unchanged.
        QTest::newRow("coding ladder") << "coder-ladder"
                                       << "junior-coder 0-1 SECONDARY ladder | coder 1-3 SECONDARY ladder | "
                                          "senior-coder 3-5 SECONDARY ladder | lead-coder 5-8 SECONDARY ladder | "
                                          "coding-supervisor 8-12 SECONDARY ladder | coding-manager-level 12-15 SECONDARY ladder | "
                                          "coding-director 15+ SECONDARY ladder"
                                       << "";
        // coder 1–3 years; + 24–48 months = 3–7; + 12 months, no upper figure = 4 or more.
        QTest::newRow("coder to auditor to compliance")
            << "coder-auditor-compliance"
            << "coder 1-3 SECONDARY ladder | coding-auditor-level 3-7 UNVERIFIED moves | compliance-officer-level 4+ UNVERIFIED moves"
            << "coder-to-auditor-cpma,auditor-to-compliance";
        // coder 1–3; + 24–48 months = 3–7; the lead move has no figure: no years.
        QTest::newRow("coder to CDI") << "coder-cdi"
                                      << "coder 1-3 SECONDARY ladder | cdi-specialist-level 3-7 UNVERIFIED moves | audit-cdi-lead none"
                                      << "coder-to-cdi";
        // coder 1–3; + 48–84 months = 5–10.
        QTest::newRow("coder to educator") << "coder-educator"
                                           << "coder 1-3 SECONDARY ladder | coding-educator-level 5-10 UNVERIFIED moves"
                                           << "coder-to-educator";
        // The technician level states no years: 0, + 48 months = 4, + 24 months = 6.
        QTest::newRow("health information")
            << "health-information"
            << "hit-level 0-0 - start | department-manager 4-4 UNVERIFIED moves | health-services-manager-level 6-6 UNVERIFIED moves"
            << "hit-to-him-manager,him-manager-mha";
        QTest::newRow("practice manager to health services")
            << "practice-manager-health-services"
            << "practice-manager-level 0-0 - start | health-services-manager-level 2-2 UNVERIFIED moves"
            << "practice-manager-mha";
    }

    void shippedTracks()
    {
        QFETCH(QString, id);
        QFETCH(QString, levels);
        QFETCH(QString, lastMoves);
        const Track *t = m_kb->track(id.toStdString());
        QVERIFY(t);
        const int vintage = m_kb->latestVintage();
        const TrackExperience e = trackExperience(*t, *m_shipped, *m_kb, vintage);
        QVERIFY2(e.problems.empty(), e.problems.empty() ? "" : e.problems.front().c_str());
        QCOMPARE(describe(e), levels);
        // The moves behind the last level with years.
        const auto last = std::find_if(e.levels.rbegin(), e.levels.rend(), [](const TrackLevel &l) { return l.hasYears(); });
        QVERIFY(last != e.levels.rend());
        QCOMPARE(joined(last->moveIds), lastMoves);
        // Every level has its node's BLS band for the vintage, the same one the other views show.
        for (const TrackLevel &l : e.levels) {
            const auto v = m_shipped->find(l.nodeId);
            QVERIFY(v && m_shipped->node(*v).bls);
            const auto band = m_kb->blsBand(*m_shipped->node(*v).bls, vintage);
            QVERIFY2(l.band && band, l.nodeId.c_str());
            QCOMPARE(l.band->low, band->low);
            QCOMPARE(l.band->high, band->high);
            QCOMPARE(*l.bandMiddle(), (double(band->low) + double(band->high)) / 2);
            QCOMPARE(QString::fromStdString(l.name), QString::fromStdString(m_shipped->node(*v).name));
        }
    }

    void sourcesOfTheYears()
    {
        const TrackExperience e = trackExperience(*m_kb->track("coder-auditor-compliance"), *m_shipped, *m_kb, m_kb->latestVintage());
        QCOMPARE(joined(e.levels[0].sourceIds), QStringLiteral("seed-medical-coder-guide"));
        QCOMPARE(joined(e.levels[0].moveIds), QString());
        QCOMPARE(joined(e.levels[2].sourceIds), QStringLiteral("seed-medical-coder-guide,ccb-chc-secondary"));
    }

    void madeLattice_data()
    {
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<QString>("levels");
        QTest::addColumn<QString>("problem");

        // coder's ladder years 1–3 (SECONDARY); +2–4 years; +1 year with no upper figure.
        QTest::newRow("ranges add up, an open end stays open")
            << QStringList{"coder", "a", "b"} << "coder 1-3 SECONDARY ladder | a 3-7 SECONDARY moves | b 4+ SECONDARY moves" << "";
        // The 6 months are UNVERIFIED for this figure only: c and everything after it is unverified.
        QTest::newRow("an unverified move marks the rest")
            << QStringList{"coder", "a", "b", "c"}
            << "coder 1-3 SECONDARY ladder | a 3-7 SECONDARY moves | b 4+ SECONDARY moves | c 4.5+ UNVERIFIED moves" << "";
        QTest::newRow("a move with no figure ends the years")
            << QStringList{"coder", "a", "b", "c", "d"}
            << "coder 1-3 SECONDARY ladder | a 3-7 SECONDARY moves | b 4+ SECONDARY moves | c 4.5+ UNVERIFIED moves | d none" << "";
        // x states no years: it is the track's start. The UNVERIFIED first move stays with every
        // later level even though the next move is SECONDARY.
        QTest::newRow("a track start states no years; unverified carries on")
            << QStringList{"x", "a", "b"} << "x 0-0 - start | a 1-1 UNVERIFIED moves | b 2+ UNVERIFIED moves" << "";
        QTest::newRow("no move between neighbours")
            << QStringList{"coder", "c", "d"} << "coder 1-3 SECONDARY ladder | c none | d none"
            << "needs exactly one move from coder to c; the lattice has 0";
        QTest::newRow("two moves between neighbours")
            << QStringList{"x", "y"} << "x 0-0 - start | y none" << "needs exactly one move from x to y; the lattice has 2";
        QTest::newRow("unknown node") << QStringList{"coder", "ghost", "a"} << "coder 1-3 SECONDARY ladder | ghost none | a none"
                                      << "names ghost, which is no node";
    }

    void madeLattice()
    {
        QFETCH(QStringList, chain);
        QFETCH(QString, levels);
        QFETCH(QString, problem);
        std::vector<std::string> ids;
        for (const QString &id : chain)
            ids.push_back(id.toStdString());
        const TrackExperience e = trackExperience(track(ids), *m_made, *m_kb, m_kb->latestVintage());
        QCOMPARE(describe(e), levels);
        if (problem.isEmpty()) {
            QVERIFY2(e.problems.empty(), e.problems.empty() ? "" : e.problems.front().c_str());
        } else {
            QCOMPARE(int(e.problems.size()), 1);
            QVERIFY2(QString::fromStdString(e.problems.front()).contains(problem), e.problems.front().c_str());
        }
    }

    void movesAndSourcesAccumulate()
    {
        const TrackExperience e = trackExperience(track({"x", "a", "b", "c"}), *m_made, *m_kb, m_kb->latestVintage());
        QCOMPARE(joined(e.levels[0].moveIds), QString());
        QCOMPARE(joined(e.levels[3].moveIds), QStringLiteral("x-a,a-b,b-c"));
        QCOMPARE(joined(e.levels[3].sourceIds), QStringLiteral("healthpath-unverified,seed-medical-coder-guide"));
        QVERIFY(e.levels[3].unverified());
        QVERIFY(!e.levels[0].unverified());
    }

    void ladderYearsNeedEveryLevel()
    {
        // A ladder-years track through a node without ladder years: that level has none.
        const TrackExperience e = trackExperience(track({"coder", "a"}, Track::Years::Ladder), *m_made, *m_kb, m_kb->latestVintage());
        QCOMPARE(describe(e), QStringLiteral("coder 1-3 SECONDARY ladder | a none"));
        QCOMPARE(int(e.problems.size()), 1);
        QVERIFY(QString::fromStdString(e.problems.front()).contains("states none"));
    }

    void bandFollowsTheVintage()
    {
        const Track *t = m_kb->track("coder-cdi");
        const auto vintages = m_kb->vintages();
        QVERIFY(vintages.size() >= 2);
        const TrackExperience first = trackExperience(*t, *m_shipped, *m_kb, vintages.front());
        const TrackExperience last = trackExperience(*t, *m_shipped, *m_kb, vintages.back());
        QVERIFY(first.levels[1].band && last.levels[1].band);
        QVERIFY(first.levels[1].band->low != last.levels[1].band->low);
        const TrackExperience none = trackExperience(*t, *m_shipped, *m_kb, 1990);
        QVERIFY(!none.levels[1].band);
        QVERIFY(!none.levels[1].bandMiddle());
        QCOMPARE(describe(none), describe(last)); // the years do not depend on the wages
    }

    void weakerStatusOrder()
    {
        QCOMPARE(weakerStatus(Status::Verified, Status::Secondary), Status::Secondary);
        QCOMPARE(weakerStatus(Status::Secondary, Status::Editorial), Status::Editorial);
        QCOMPARE(weakerStatus(Status::Editorial, Status::Unverified), Status::Unverified);
        QCOMPARE(weakerStatus(Status::Unverified, Status::Verified), Status::Unverified);
        QCOMPARE(weakerStatus(Status::Verified, Status::Verified), Status::Verified);
    }
};

QTEST_APPLESS_MAIN(TestExperience)
#include "tst_experience.moc"
