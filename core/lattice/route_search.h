#pragma once
// Route search on the lattice graph: the best route by time and by cost, and further distinct
// routes in order (Yen's k shortest simple paths). No KnowledgeBase here, so the benchmark can run
// it on synthetic lattices.
//
// How it stays fast on big lattices: one reverse Dijkstra from the target gives every node's exact
// distance to it. Following that tree from the start is the best route, and the distances are an
// exact A* heuristic for Yen's spur searches (blocking nodes and edges only lengthens distances,
// so the heuristic stays admissible and consistent); each spur search then looks at little more
// than the nodes of the route it returns.

#include "lattice/lattice.h"

#include <optional>
#include <vector>

namespace hp::lattice {

enum class Objective { Time, Cost };

// Time is the sum of each move's midpoint months (or its one known end); cost likewise in dollars.
double edgeWeight(const Graph &g, Edge e, Objective objective);

struct Path {
    std::vector<Edge> edges;
    double weight = 0; // by the objective the path was found with
    std::vector<std::size_t> key(const Graph &g) const; // the move indices, to compare routes
};

struct RouteSet {
    std::optional<Path> fastest, cheapest; // both empty when `to` cannot be reached
    std::vector<Path> alternatives;        // distinct from both, best first by the objective asked for
};

RouteSet searchRoutes(const Lattice &lattice, Vertex from, Vertex to, Objective optimize, int alternatives = 3);

// The k shortest simple routes by one objective, shortest first (Yen's algorithm).
std::vector<Path> kShortestPaths(const Lattice &lattice, Vertex from, Vertex to, Objective objective, int k);

// Which nodes `from` can reach (indexed by vertex).
std::vector<bool> reachableFrom(const Graph &g, Vertex from);

} // namespace hp::lattice
