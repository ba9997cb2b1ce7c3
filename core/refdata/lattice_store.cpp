#include "refdata/lattice_store.h"

#include "refdata/lattice_reader.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace hp::refdata {

namespace {

std::string documentOf(const LoadResult &loaded, const char *kind, const std::string &id)
{
    const auto k = loaded.documents.find(kind);
    if (k == loaded.documents.end())
        return "{}";
    const auto it = k->second.find(id);
    return it == k->second.end() ? std::string("{}") : it->second;
}

void recordFact(db::Statement &st, const std::string &owner, const std::string &field, const std::string &source)
{
    if (source.empty())
        return;
    st.reset();
    st.bind(1, owner).bind(2, field).bind(3, source).run();
}

} // namespace

void clearLattice(db::Database &db)
{
    db.exec("DELETE FROM lattice_move_credential; DELETE FROM lattice_move; DELETE FROM lattice_start;"
            "DELETE FROM lattice_node; DELETE FROM lattice_baseline;");
}

void writeLattice(db::Database &db, const LoadResult &loaded, db::Statement &fact)
{
    const auto &l = loaded.data.lattice;
    auto node = db.prepare("INSERT INTO lattice_node (id, kind, name, document) VALUES (?1, ?2, ?3, ?4)");
    for (const auto &n : l.nodes) {
        node.reset();
        node.bind(1, n.id).bind(2, n.kind).bind(3, n.name).bind(4, documentOf(loaded, "lattice_node", n.id)).run();
    }
    auto start = db.prepare("INSERT OR IGNORE INTO lattice_start (node_id, position) VALUES (?1, ?2)");
    for (size_t i = 0; i < l.starts.size(); ++i) {
        start.reset();
        start.bind(1, l.starts[i]).bind(2, static_cast<long long>(i)).run();
    }
    auto move = db.prepare("INSERT INTO lattice_move (id, position, from_node, to_node, education_id, source_id, document) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto cred = db.prepare("INSERT OR IGNORE INTO lattice_move_credential (move_id, certification_id) VALUES (?1, ?2)");
    for (size_t i = 0; i < l.moves.size(); ++i) {
        const auto &m = l.moves[i];
        move.reset();
        move.bind(1, m.id).bind(2, static_cast<long long>(i)).bind(3, m.from).bind(4, m.to);
        if (m.education.empty())
            move.bindNull(5);
        else
            move.bind(5, m.education);
        move.bind(6, m.sourceId).bind(7, documentOf(loaded, "lattice_move", m.id)).run();
        for (const auto &c : m.credentials) {
            cred.reset();
            cred.bind(1, m.id).bind(2, c).run();
        }
        recordFact(fact, "lattice_move/" + m.id, "months", m.months.sourceId);
        recordFact(fact, "lattice_move/" + m.id, "cost_usd", m.costUsd.sourceId);
    }
    auto base = db.prepare("INSERT INTO lattice_baseline (key, value, source_id, status, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    const std::pair<const char *, const SourcedValue *> values[] = {{"hourly_usd", &l.baselineHourly},
                                                                   {"hours_per_year", &l.baselineHoursPerYear}};
    for (const auto &[key, v] : values) {
        base.reset();
        base.bind(1, key).bind(2, v->value).bind(3, v->sourceId);
        if (v->status)
            base.bind(4, statusId(*v->status));
        else
            base.bindNull(4);
        base.bind(5, v->note).run();
    }
}

LatticeData readLattice(db::Database &db, std::vector<Problem> &problems)
{
    LatticeData l;
    auto readDocs = [&](const char *sql, auto parse, auto &out, const char *what) {
        auto st = db.prepare(sql);
        while (st.step()) {
            Reader r(std::string(what) + " " + st.text(0), problems);
            boost::system::error_code ec;
            const json::value v = json::parse(st.text(1), ec);
            if (!ec)
                out.push_back(parse(v, r));
        }
    };
    readDocs("SELECT id, document FROM lattice_node ORDER BY rowid", parseLatticeNode, l.nodes, "lattice node");
    readDocs("SELECT id, document FROM lattice_move ORDER BY position", parseLatticeMove, l.moves, "lattice move");
    {
        auto st = db.prepare("SELECT node_id FROM lattice_start ORDER BY position");
        while (st.step())
            l.starts.push_back(st.text(0));
    }
    auto st = db.prepare("SELECT key, value, source_id, status, note FROM lattice_baseline");
    while (st.step()) {
        SourcedValue v{st.real(1), st.text(2), statusFromId(st.text(3)), st.text(4)};
        if (st.text(0) == "hourly_usd")
            l.baselineHourly = std::move(v);
        else
            l.baselineHoursPerYear = std::move(v);
    }
    return l;
}

} // namespace hp::refdata
