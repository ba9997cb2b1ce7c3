#include "lattice/lattice.h"

#include <algorithm>
#include <set>

namespace hp::lattice {

std::optional<double> midpoint(const SourcedRange &r)
{
    if (r.min && r.max)
        return (*r.min + *r.max) / 2;
    if (r.min)
        return *r.min;
    if (r.max)
        return *r.max;
    return std::nullopt;
}

namespace {

// See the ranking rules in lattice.h.
double weight(const SourcedRange &r, double unknownPenalty)
{
    if (!r.present())
        return unknownPenalty;
    return *midpoint(r) + (r.min && r.max ? 0 : kOpenEndTieBreak);
}

} // namespace

Lattice::Lattice(std::vector<Node> nodes, std::vector<LatticeMove> moves)
    : m_graph(nodes.size())
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        m_byId.emplace(nodes[i].id, static_cast<Vertex>(i));
        m_graph[static_cast<Vertex>(i)] = std::move(nodes[i]);
    }
    m_moves.reserve(moves.size());
    for (auto &m : moves) {
        const auto from = find(m.from), to = find(m.to);
        if (!from || !to) {
            ++m_skipped;
            continue;
        }
        EdgeInfo info;
        info.move = m_moves.size();
        info.months = weight(m.months, kUnknownMonthsPenalty);
        info.cost = weight(m.costUsd, kUnknownCostPenalty);
        boost::add_edge(*from, *to, info, m_graph);
        m_moves.push_back(std::move(m));
    }
}

Lattice Lattice::build(const KnowledgeData &data)
{
    std::vector<Node> nodes;
    std::set<std::string> starts(data.lattice.starts.begin(), data.lattice.starts.end());
    for (const auto &ladder : data.ladders)
        for (const auto &lv : ladder.levels) {
            Node n;
            n.id = lv.id;
            n.name = lv.name;
            n.kind = "level";
            n.ladderId = ladder.id;
            n.bls = lv.bls;
            n.isStart = starts.count(lv.id) > 0;
            nodes.push_back(std::move(n));
        }
    for (const auto &ln : data.lattice.nodes) {
        Node n;
        n.id = ln.id;
        n.name = ln.name;
        n.summary = ln.summary;
        n.kind = ln.kind;
        n.bls = ln.bls;
        n.backgrounds = ln.backgrounds;
        n.isStart = starts.count(ln.id) > 0;
        nodes.push_back(std::move(n));
    }
    Lattice l(std::move(nodes), data.lattice.moves);
    for (const auto &role : data.roles)
        if (const auto v = l.find(role.ladderLevel))
            l.m_roleTarget.emplace(role.id, *v);
    std::set<std::string> withRole;
    for (const auto &role : data.roles)
        withRole.insert(role.ladderLevel);
    for (const auto &ladder : data.ladders)
        for (const auto &lv : ladder.levels)
            if (!withRole.count(lv.id))
                l.m_levelsWithoutRole.push_back(lv.id);
    // Keep the display order of `starts`, not the node order.
    l.m_startOrder = data.lattice.starts;
    return l;
}

std::optional<Vertex> Lattice::find(std::string_view nodeId) const
{
    const auto it = m_byId.find(nodeId);
    if (it == m_byId.end())
        return std::nullopt;
    return it->second;
}

std::vector<Vertex> Lattice::starts() const
{
    std::vector<Vertex> out;
    for (const auto &id : m_startOrder)
        if (const auto v = find(id))
            out.push_back(*v);
    if (out.empty()) // built without a start list: every node flagged as a start
        for (Vertex v = 0; v < nodeCount(); ++v)
            if (m_graph[v].isStart)
                out.push_back(v);
    return out;
}

std::optional<Vertex> Lattice::target(std::string_view roleOrLevel) const
{
    if (const auto it = m_roleTarget.find(roleOrLevel); it != m_roleTarget.end())
        return it->second;
    const auto v = find(roleOrLevel);
    if (v && m_graph[*v].kind == "level")
        return v;
    return std::nullopt;
}

std::string Lattice::roleAt(std::string_view roleOrLevel) const
{
    return m_roleTarget.count(roleOrLevel) ? std::string(roleOrLevel) : std::string();
}

std::vector<std::string> Lattice::targetIds() const
{
    std::vector<std::string> out;
    for (const auto &[id, v] : m_roleTarget)
        out.push_back(id);
    out.insert(out.end(), m_levelsWithoutRole.begin(), m_levelsWithoutRole.end());
    return out;
}

} // namespace hp::lattice
