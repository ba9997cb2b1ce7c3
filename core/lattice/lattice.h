#pragma once
// The career lattice as a Boost.Graph: every ladder level (ladders.json) and every extra node of
// lattice.json (starting points, entry jobs, milestones) is a vertex; every move is an edge.
// Parallel edges are normal: the three ways to remove the apprentice mark all run from
// junior-coder to apprentice-removal.
//
//   no-experience ─course─▶ cpc-a ─first job─▶ junior-coder ═option 1|2|3═▶ apprentice-removal ─▶ coder ─▶ …
//
// A Lattice is immutable once built; routes and plans point into it, so keep it alive while they
// are used (the GUI can hold it in a shared_ptr next to its KnowledgeBase).

#include "domain/knowledge.h"

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp::lattice {

struct Node {
    std::string id, name, summary;
    std::string kind;     // "level" (a ladder level), "start", "entry" or "milestone"
    std::string ladderId; // levels only
    std::optional<BlsBand> bls;
    std::vector<std::string> backgrounds;
    bool isStart = false;
};

// Edge weights are precomputed from the move's figures: the midpoint of its range, or the one end
// that is known. Ranking is lexicographic, done with one number per edge:
//   1. fewer steps with no figure at all: each adds a penalty larger than any real route, so a
//      route whose length is known outranks one that leaves steps out (an unknown step is rarely
//      short: they are job searches and promotions nobody has measured);
//   2. then the smaller total of the known figures;
//   3. then fewer steps known at one end only (a tiny tie-break).
// Route totals (planner.h) report the figures themselves, never these penalties.
inline constexpr double kUnknownMonthsPenalty = 1e6; // months
inline constexpr double kUnknownCostPenalty = 1e9;   // dollars
inline constexpr double kOpenEndTieBreak = 1e-6;

struct EdgeInfo {
    std::size_t move = 0; // index into Lattice::moves()
    double months = 0;    // weight when optimizing for time
    double cost = 0;      // weight when optimizing for cost
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, EdgeInfo>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// The midpoint of a range, the known end when only one is known, nothing when neither is.
std::optional<double> midpoint(const SourcedRange &r);

class Lattice {
public:
    // Ladder levels plus lattice.json, as loaded into the knowledge base.
    static Lattice build(const KnowledgeData &data);
    // Any nodes and moves (tests, the synthetic benchmark). Moves naming unknown nodes are skipped
    // and counted in skippedMoves(); `starts` may be empty.
    Lattice(std::vector<Node> nodes, std::vector<LatticeMove> moves);

    const Graph &graph() const { return m_graph; }
    std::size_t nodeCount() const { return boost::num_vertices(m_graph); }
    const Node &node(Vertex v) const { return m_graph[v]; }
    const LatticeMove &move(std::size_t index) const { return m_moves[index]; }
    const LatticeMove &move(Edge e) const { return m_moves[m_graph[e].move]; }
    const std::vector<LatticeMove> &moves() const { return m_moves; }
    std::size_t skippedMoves() const { return m_skipped; }

    std::optional<Vertex> find(std::string_view nodeId) const;
    std::vector<Vertex> starts() const; // starting points in display order
    // The node to aim for: a role id (its ladder level) or a ladder level id.
    std::optional<Vertex> target(std::string_view roleOrLevel) const;
    // The role a target id names, if it is one.
    std::string roleAt(std::string_view roleOrLevel) const;
    std::vector<std::string> targetIds() const; // role ids, then level ids without a role

private:
    Graph m_graph;
    std::vector<LatticeMove> m_moves;
    std::map<std::string, Vertex, std::less<>> m_byId;
    std::map<std::string, Vertex, std::less<>> m_roleTarget;
    std::vector<std::string> m_levelsWithoutRole;
    std::vector<std::string> m_startOrder;
    std::size_t m_skipped = 0;
};

} // namespace hp::lattice
