// The route search on graphs small enough to check by hand or by brute force: k shortest simple
// routes with parallel edges, cycles and ties, by time and by cost, and unreachable targets.

#include "lattice/route_search.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <random>
#include <set>

using namespace hp::lattice;

namespace {

hp::LatticeMove makeMove(std::string id, std::string from, std::string to, double months, double cost)
{
    hp::LatticeMove m;
    m.id = std::move(id);
    m.from = std::move(from);
    m.to = std::move(to);
    m.months.min = m.months.max = months;
    m.costUsd.min = m.costUsd.max = cost;
    return m;
}

std::vector<Node> makeNodes(std::initializer_list<const char *> ids)
{
    std::vector<Node> out;
    for (const char *id : ids) {
        Node n;
        n.id = n.name = id;
        n.kind = "level";
        out.push_back(n);
    }
    return out;
}

} // namespace

class TestRouteSearch : public QObject {
    Q_OBJECT
private slots:
    // k shortest simple routes on a graph small enough to check by hand. Every simple route a→d,
    // with (months, dollars):
    //   ab-bd (2, 80)   ab2-bd (3, 80)   ac-cd (3, 20)   ab-bc-cd (3, 90)   ab2-bc-cd (4, 90)   ad (5, 5)
    // ab and ab2 are parallel edges a→b. Fastest: ab-bd; cheapest: ad; the other four are the
    // alternatives by time: the three 3-month routes (ties, any order), then ab2-bc-cd.
    void kShortestOnHandMadeGraph()
    {
        std::vector<hp::LatticeMove> moves{
            makeMove("ab", "a", "b", 1, 40), makeMove("bd", "b", "d", 1, 40), makeMove("ac", "a", "c", 2, 10),
            makeMove("cd", "c", "d", 1, 10),  makeMove("bc", "b", "c", 1, 40), makeMove("ad", "a", "d", 5, 5),
            makeMove("ab2", "a", "b", 2, 40),
        };
        const Lattice l(makeNodes({"a", "b", "c", "d"}), moves);
        auto ids = [&l](const Path &p) {
            std::string s;
            for (const auto &e : p.edges)
                s += std::string(s.empty() ? "" : "-") + l.move(e).id;
            return QString::fromStdString(s);
        };
        const auto set = searchRoutes(l, *l.find("a"), *l.find("d"), Objective::Time, 5);
        QVERIFY(set.fastest && set.cheapest);
        QCOMPARE(ids(*set.fastest), QStringLiteral("ab-bd"));
        QCOMPARE(set.fastest->weight, 2.0);
        QCOMPARE(ids(*set.cheapest), QStringLiteral("ad"));
        QCOMPARE(set.cheapest->weight, 5.0);
        QCOMPARE(set.alternatives.size(), std::size_t(4)); // all simple routes but the two above
        QSet<QString> ties;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(set.alternatives[size_t(i)].weight, 3.0);
            ties.insert(ids(set.alternatives[size_t(i)]));
        }
        QCOMPARE(ties, (QSet<QString>{"ab2-bd", "ac-cd", "ab-bc-cd"}));
        QCOMPARE(ids(set.alternatives[3]), QStringLiteral("ab2-bc-cd"));
        QCOMPARE(set.alternatives[3].weight, 4.0);

        // By cost the alternatives come cheapest first: ac-cd (20), then the two at 80, then 90s.
        const auto byCost = searchRoutes(l, *l.find("a"), *l.find("d"), Objective::Cost, 1);
        QCOMPARE(byCost.alternatives.size(), std::size_t(1));
        QCOMPARE(ids(byCost.alternatives[0]), QStringLiteral("ac-cd"));
        QCOMPARE(byCost.alternatives[0].weight, 20.0);
    }

    // Yen's search against brute force on random small graphs with cycles and parallel edges: the
    // k best simple routes have exactly the k smallest weights of all simple routes.
    void kShortestMatchesBruteForce_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 7u, 9u, 10u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void kShortestMatchesBruteForce()
    {
        QFETCH(unsigned, seed);
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> node(0, 7), months(1, 9);
        std::vector<hp::LatticeMove> moves;
        std::vector<std::string> names;
        for (int i = 0; i < 8; ++i)
            names.push_back(QByteArray("n" + QByteArray::number(i)).toStdString());
        for (int i = 0; i < 36; ++i) {
            const int a = node(rng), b = node(rng);
            if (a == b)
                continue;
            const std::string id = QByteArray("m" + QByteArray::number(i)).toStdString();
            moves.push_back(makeMove(id, names[size_t(a)], names[size_t(b)], months(rng), 1));
        }
        const Lattice l(makeNodes({"n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7"}), moves);
        const Vertex from = *l.find("n0"), to = *l.find("n7");

        // Every simple route n0 → n7, by depth-first search.
        std::vector<double> all;
        std::vector<bool> onPath(l.nodeCount(), false);
        std::function<void(Vertex, double)> dfs = [&](Vertex v, double w) {
            if (v == to) {
                all.push_back(w);
                return;
            }
            onPath[v] = true;
            for (const auto &e : boost::make_iterator_range(boost::out_edges(v, l.graph())))
                if (!onPath[boost::target(e, l.graph())])
                    dfs(boost::target(e, l.graph()), w + l.graph()[e].months);
            onPath[v] = false;
        };
        dfs(from, 0);
        std::sort(all.begin(), all.end());
        QVERIFY2(all.size() > 8, qPrintable(QString::number(all.size()))); // enough routes to rank

        const auto paths = kShortestPaths(l, from, to, Objective::Time, 8);
        QCOMPARE(paths.size(), std::min<std::size_t>(8, all.size()));
        std::set<std::vector<std::size_t>> keys;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            QCOMPARE(paths[i].weight, all[i]);
            QVERIFY(keys.insert(paths[i].key(l.graph())).second);
            std::set<Vertex> seen{from};
            Vertex at = from;
            for (const auto &e : paths[i].edges) {
                QCOMPARE(boost::source(e, l.graph()), at);
                at = boost::target(e, l.graph());
                QVERIFY2(seen.insert(at).second, "not a simple route");
            }
            QCOMPARE(at, to);
        }
    }

    void noRouteWhenNothingLeadsIn()
    {
        const Lattice l(makeNodes({"a", "b", "c"}), {makeMove("ab", "a", "b", 1, 1)});
        const auto set = searchRoutes(l, *l.find("a"), *l.find("c"), Objective::Time, 3);
        QVERIFY(!set.fastest && !set.cheapest && set.alternatives.empty());
        const auto reach = reachableFrom(l.graph(), *l.find("a"));
        QVERIFY(reach[*l.find("b")] && !reach[*l.find("c")]);
    }
};

QTEST_APPLESS_MAIN(TestRouteSearch)
#include "tst_route_search.moc"
