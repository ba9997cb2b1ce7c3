#include "refdata/lattice_reader.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace hp::refdata {

namespace {

template<size_t N>
bool known(const std::string_view (&list)[N], std::string_view value)
{
    return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

std::optional<BlsBand> parseBand(const json::object &o, Reader &r, const std::string &where)
{
    const auto *bls = r.object(o, "bls", where, false);
    if (!bls)
        return std::nullopt;
    BlsBand band;
    band.soc = r.str(*bls, "soc", where + ".bls");
    const std::string low = r.str(*bls, "low", where + ".bls");
    const std::string high = r.str(*bls, "high", where + ".bls");
    const auto pl = percentileFromId(low), ph = percentileFromId(high);
    if ((!low.empty() && !pl) || (!high.empty() && !ph))
        r.problem(ProblemKind::BadValue, where + ".bls percentiles must be p10, p25, median, p75 or p90.");
    if (pl && ph) {
        band.low = *pl;
        band.high = *ph;
        if (static_cast<int>(*pl) > static_cast<int>(*ph))
            r.problem(ProblemKind::PercentileOrder, where + ".bls runs from " + low + " down to " + high + ".");
    }
    return band;
}

SourcedValue parseValue(const json::object &o, std::string_view key, Reader &r, const std::string &where)
{
    SourcedValue v;
    const auto *obj = r.object(o, key, where);
    if (!obj)
        return v;
    const std::string here = where + "." + std::string(key);
    v.value = r.number(*obj, "value", here, true).value_or(0);
    v.sourceId = r.str(*obj, "source", here, false);
    v.status = r.status(*obj, here);
    v.note = r.str(*obj, "note", here, false);
    return v;
}

} // namespace

LatticeNode parseLatticeNode(const json::value &v, Reader &r)
{
    LatticeNode n;
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, "A lattice node should be a JSON object.");
        return n;
    }
    const auto &o = v.get_object();
    n.id = r.str(o, "id", "nodes");
    const std::string where = "node " + n.id;
    n.name = r.str(o, "name", where);
    n.kind = r.str(o, "kind", where);
    if (!n.kind.empty() && n.kind != "start" && n.kind != "entry" && n.kind != "milestone")
        r.problem(ProblemKind::BadValue, where + ".kind \"" + n.kind + "\" must be start, entry or milestone.");
    n.summary = r.str(o, "summary", where);
    n.bls = parseBand(o, r, where);
    n.backgrounds = r.strList(o, "backgrounds", where, false);
    for (const auto &b : n.backgrounds)
        if (!known(kLatticeBackgrounds, b))
            r.problem(ProblemKind::BadValue, where + ".backgrounds has \"" + b
                                                 + "\"; use clinical, behavioral-health, degree or military.");
    return n;
}

LatticeMove parseLatticeMove(const json::value &v, Reader &r)
{
    LatticeMove m;
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, "A lattice move should be a JSON object.");
        return m;
    }
    const auto &o = v.get_object();
    m.id = r.str(o, "id", "moves");
    const std::string where = "move " + m.id;
    m.from = r.str(o, "from", where);
    m.to = r.str(o, "to", where);
    m.name = r.str(o, "name", where);
    m.summary = r.str(o, "summary", where);
    m.months = r.range(o, "months", where, true);
    m.costUsd = r.range(o, "cost_usd", where, true);
    m.credentials = r.strList(o, "credentials", where, false);
    m.education = r.str(o, "education", where, false);
    const auto keeps = r.boolean(o, "keeps_working", where);
    if (!keeps)
        r.problem(ProblemKind::MissingField, where + ".keeps_working is missing: say whether the person earns during the move.");
    m.keepsWorking = keeps.value_or(false);
    m.worksAs = r.str(o, "works_as", where, false);
    if (!m.worksAs.empty() && !m.keepsWorking)
        r.problem(ProblemKind::BadValue, where + ".works_as needs keeps_working: true.");
    m.flags = r.strList(o, "flags", where, false);
    for (const auto &f : m.flags)
        if (!known(kLatticeFlags, f))
            r.problem(ProblemKind::BadValue, where + ".flags has the unknown flag \"" + f + "\".");
    m.flagNote = r.str(o, "flag_note", where, false);
    if (std::find(m.flags.begin(), m.flags.end(), "unusual_without_clinical") != m.flags.end() && m.flagNote.empty())
        r.problem(ProblemKind::MissingField, where + " is flagged unusual_without_clinical but has no flag_note saying why.");
    m.sourceId = r.str(o, "source", where, false);
    return m;
}

void parseLatticeFile(const FileSet &files, LoadResult &result)
{
    const std::string file = "lattice.json";
    auto &problems = result.problems;
    const auto it = files.find(file);
    if (it == files.end()) {
        problems.push_back({ProblemKind::MissingField, file, "is missing from the reference data."});
        return;
    }
    boost::system::error_code ec;
    const json::value root = json::parse(it->second, ec);
    if (ec) {
        problems.push_back({ProblemKind::Syntax, file, "is not valid JSON (" + ec.message() + ")."});
        return;
    }
    if (!root.is_object()) {
        problems.push_back({ProblemKind::Syntax, file, "should hold a JSON object."});
        return;
    }
    Reader r(file, problems);
    const auto &o = root.get_object();
    auto &lattice = result.data.lattice;
    if (const auto *base = r.object(o, "default_baseline", "")) {
        lattice.baselineHourly = parseValue(*base, "hourly_usd", r, "default_baseline");
        lattice.baselineHoursPerYear = parseValue(*base, "hours_per_year", r, "default_baseline");
    }
    lattice.starts = r.strList(o, "starts", "");
    auto list = [&](std::string_view key, auto parse, auto &out, const char *kind) {
        const json::value *v = o.if_contains(key);
        if (!v || !v->is_array()) {
            r.problem(ProblemKind::MissingField, std::string(key) + " should be a list.");
            return;
        }
        for (const auto &item : v->get_array()) {
            auto value = parse(item, r);
            if (!value.id.empty())
                result.documents[kind][value.id] = json::serialize(item);
            out.push_back(std::move(value));
        }
    };
    list("nodes", parseLatticeNode, lattice.nodes, "lattice_node");
    list("moves", parseLatticeMove, lattice.moves, "lattice_move");
}

} // namespace hp::refdata
