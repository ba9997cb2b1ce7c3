#include "lattice/route_search.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <queue>
#include <set>

namespace hp::lattice {

namespace {

constexpr double kInf = std::numeric_limits<double>::max();

// Distances to `target` from every node, and for each node the first edge of its best route.
struct ToTarget {
    std::vector<double> distance;
    std::vector<std::optional<Edge>> next;
};

ToTarget reverseDijkstra(const Graph &g, Vertex target, Objective objective)
{
    const auto n = boost::num_vertices(g);
    ToTarget out{std::vector<double>(n, kInf), std::vector<std::optional<Edge>>(n)};
    const auto rg = boost::make_reverse_graph(g);
    using ReverseEdge = boost::graph_traits<decltype(rg)>::edge_descriptor;
    auto weight = boost::make_function_property_map<ReverseEdge, double>(
        [&rg, objective](const ReverseEdge &e) { return objective == Objective::Time ? rg[e].months : rg[e].cost; });
    // A relaxed reverse edge u→v is the forward edge v→u: v's best way toward the target so far.
    struct Visitor : boost::default_dijkstra_visitor {
        std::vector<std::optional<Edge>> *next;
        void edge_relaxed(const ReverseEdge &e, const decltype(rg) &graph) const
        {
            (*next)[boost::target(e, graph)] = boost::get(boost::edge_underlying, graph, e);
        }
    } visitor;
    visitor.next = &out.next;
    boost::dijkstra_shortest_paths(
        rg, target,
        boost::distance_map(boost::make_iterator_property_map(out.distance.begin(), boost::get(boost::vertex_index, rg)))
            .weight_map(weight)
            .visitor(visitor));
    return out;
}

std::optional<Path> followTree(const Graph &g, const ToTarget &tree, Vertex from, Vertex to, Objective objective)
{
    if (tree.distance[from] == kInf)
        return std::nullopt;
    Path p;
    for (Vertex v = from; v != to;) {
        const auto e = tree.next[v];
        if (!e)
            return std::nullopt;
        p.edges.push_back(*e);
        p.weight += edgeWeight(g, *e, objective);
        v = boost::target(*e, g);
    }
    return p;
}

// A* from a spur node to the target with some nodes and moves blocked, guided by exact distances.
class SpurSearch {
public:
    SpurSearch(const Graph &g, const std::vector<double> &h, Objective objective)
        : m_g(g), m_h(h), m_objective(objective), m_cost(boost::num_vertices(g)), m_seen(m_cost.size(), 0),
          m_blocked(m_cost.size(), 0), m_pred(m_cost.size())
    {
    }

    std::optional<Path> run(Vertex from, Vertex to, const std::vector<Vertex> &blockedNodes,
                            const std::vector<std::size_t> &blockedMoves)
    {
        ++m_stamp;
        for (Vertex v : blockedNodes)
            m_blocked[v] = m_stamp;
        using Item = std::pair<double, Vertex>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
        m_seen[from] = m_stamp;
        m_cost[from] = 0;
        open.push({m_h[from], from});
        while (!open.empty()) {
            const auto [f, u] = open.top();
            open.pop();
            if (f > m_cost[u] + m_h[u])
                continue; // stale entry
            if (u == to)
                return walkBack(from, to);
            for (const auto &e : boost::make_iterator_range(boost::out_edges(u, m_g))) {
                const Vertex v = boost::target(e, m_g);
                if (m_blocked[v] == m_stamp || m_h[v] == kInf
                    || std::find(blockedMoves.begin(), blockedMoves.end(), m_g[e].move) != blockedMoves.end())
                    continue;
                const double g = m_cost[u] + edgeWeight(m_g, e, m_objective);
                if (m_seen[v] == m_stamp && g >= m_cost[v])
                    continue;
                m_seen[v] = m_stamp;
                m_cost[v] = g;
                m_pred[v] = e;
                open.push({g + m_h[v], v});
            }
        }
        return std::nullopt;
    }

private:
    Path walkBack(Vertex from, Vertex to) const
    {
        Path p;
        p.weight = m_cost[to];
        for (Vertex v = to; v != from; v = boost::source(m_pred[v], m_g))
            p.edges.push_back(m_pred[v]);
        std::reverse(p.edges.begin(), p.edges.end());
        return p;
    }

    const Graph &m_g;
    const std::vector<double> &m_h;
    Objective m_objective;
    std::vector<double> m_cost;
    std::vector<unsigned> m_seen, m_blocked;
    std::vector<Edge> m_pred;
    unsigned m_stamp = 0;
};

// Yen's algorithm, one route per call to next(): the shortest, then each next-shortest simple route.
class Yen {
public:
    Yen(const Graph &g, Vertex from, Vertex to, Objective objective, const ToTarget &tree)
        : m_g(g), m_from(from), m_to(to), m_objective(objective), m_tree(tree), m_spur(g, tree.distance, objective)
    {
    }

    std::optional<Path> next()
    {
        if (m_accepted.empty()) {
            auto first = followTree(m_g, m_tree, m_from, m_to, m_objective);
            if (first)
                accept(*first);
            return first;
        }
        addCandidatesFrom(m_accepted.back());
        if (m_candidates.empty())
            return std::nullopt;
        Path best = m_candidates.begin()->second;
        m_candidates.erase(m_candidates.begin());
        accept(best);
        return best;
    }

private:
    void accept(const Path &p)
    {
        m_accepted.push_back(p);
        m_known.insert(p.key(m_g));
    }

    void addCandidatesFrom(const Path &previous)
    {
        std::vector<Vertex> rootNodes{m_from};
        double rootWeight = 0;
        for (std::size_t i = 0; i < previous.edges.size(); ++i) {
            const Vertex spur = rootNodes.back();
            // Block the next edge of every accepted route that shares this root.
            std::vector<std::size_t> blockedMoves;
            for (const auto &p : m_accepted)
                if (p.edges.size() > i && std::equal(previous.edges.begin(), previous.edges.begin() + long(i), p.edges.begin()))
                    blockedMoves.push_back(m_g[p.edges[i]].move);
            const std::vector<Vertex> blockedNodes(rootNodes.begin(), rootNodes.end() - 1);
            if (auto tail = m_spur.run(spur, m_to, blockedNodes, blockedMoves)) {
                Path candidate;
                candidate.edges.assign(previous.edges.begin(), previous.edges.begin() + long(i));
                candidate.edges.insert(candidate.edges.end(), tail->edges.begin(), tail->edges.end());
                candidate.weight = rootWeight + tail->weight;
                auto key = candidate.key(m_g);
                if (!m_known.count(key)) {
                    m_known.insert(key);
                    m_candidates.emplace(std::make_pair(candidate.weight, std::move(key)), std::move(candidate));
                }
            }
            rootWeight += edgeWeight(m_g, previous.edges[i], m_objective);
            rootNodes.push_back(boost::target(previous.edges[i], m_g));
        }
    }

    const Graph &m_g;
    Vertex m_from, m_to;
    Objective m_objective;
    const ToTarget &m_tree;
    SpurSearch m_spur;
    std::vector<Path> m_accepted;
    std::set<std::vector<std::size_t>> m_known; // accepted or waiting: never offered twice
    // Ordered by weight, then by move indices, so equal routes come out in a stable order.
    std::multimap<std::pair<double, std::vector<std::size_t>>, Path> m_candidates;
};

} // namespace

double edgeWeight(const Graph &g, Edge e, Objective objective)
{
    return objective == Objective::Time ? g[e].months : g[e].cost;
}

std::vector<std::size_t> Path::key(const Graph &g) const
{
    std::vector<std::size_t> out;
    out.reserve(edges.size());
    for (const auto &e : edges)
        out.push_back(g[e].move);
    return out;
}

RouteSet searchRoutes(const Lattice &lattice, Vertex from, Vertex to, Objective optimize, int alternatives)
{
    const Graph &g = lattice.graph();
    RouteSet out;
    const ToTarget byTime = reverseDijkstra(g, to, Objective::Time);
    if (byTime.distance[from] == kInf)
        return out;
    const ToTarget byCost = reverseDijkstra(g, to, Objective::Cost);
    out.fastest = followTree(g, byTime, from, to, Objective::Time);
    out.cheapest = followTree(g, byCost, from, to, Objective::Cost);
    const auto fastestKey = out.fastest->key(g), cheapestKey = out.cheapest->key(g);
    Yen yen(g, from, to, optimize, optimize == Objective::Time ? byTime : byCost);
    while (static_cast<int>(out.alternatives.size()) < alternatives) {
        auto p = yen.next();
        if (!p)
            break;
        const auto key = p->key(g);
        if (key != fastestKey && key != cheapestKey)
            out.alternatives.push_back(std::move(*p));
    }
    return out;
}

std::vector<Path> kShortestPaths(const Lattice &lattice, Vertex from, Vertex to, Objective objective, int k)
{
    const ToTarget tree = reverseDijkstra(lattice.graph(), to, objective);
    Yen yen(lattice.graph(), from, to, objective, tree);
    std::vector<Path> out;
    while (static_cast<int>(out.size()) < k)
        if (auto p = yen.next())
            out.push_back(std::move(*p));
        else
            break;
    return out;
}

std::vector<bool> reachableFrom(const Graph &g, Vertex from)
{
    std::vector<bool> seen(boost::num_vertices(g), false);
    std::vector<Vertex> stack{from};
    seen[from] = true;
    while (!stack.empty()) {
        const Vertex u = stack.back();
        stack.pop_back();
        for (const auto &e : boost::make_iterator_range(boost::out_edges(u, g)))
            if (!seen[boost::target(e, g)]) {
                seen[boost::target(e, g)] = true;
                stack.push_back(boost::target(e, g));
            }
    }
    return seen;
}

} // namespace hp::lattice
