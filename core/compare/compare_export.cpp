#include "compare/compare_export.h"

#include "compare/handout.h"
#include "io/csv.h"
#include "report/pdf_canvas.h"

#include <boost/json.hpp>

#include <algorithm>

namespace hp::compare {

namespace {

std::string statusText(const KnowledgeBase &kb, const Cell &cell)
{
    return cell.isFigure() ? std::string(statusId(kb.statusOf(cell.sourceId, cell.status))) : std::string();
}

} // namespace

std::string toText(const KnowledgeBase &kb, const Comparison &c)
{
    std::string out = "Comparing";
    for (size_t i = 0; i < c.roles.size(); ++i)
        out += std::string(i ? "," : "") + " " + c.roles[i]->name;
    out += " (wage data: BLS OEWS national estimates, May " + std::to_string(c.vintage) + ")\n";
    for (const Row &row : c.rows) {
        out += "\n" + row.label + "\n";
        for (size_t i = 0; i < c.roles.size(); ++i) {
            const Cell &cell = row.cells[i];
            out += "  " + c.roles[i]->shortName + ": " + cell.text;
            const std::string st = statusText(kb, cell);
            if (!st.empty() && st != "VERIFIED")
                out += " [" + st + "]";
            out += "\n";
        }
    }
    out += "\nSources:\n";
    for (const auto &id : c.sourceIds()) {
        const Source *s = kb.source(id);
        out += "  " + kb.citation(id) + (s && !s->url.empty() ? " " + s->url : "") + "\n";
    }
    return out;
}

std::string toCsv(const KnowledgeBase &kb, const Comparison &c)
{
    std::string out = "field,role_id,role,value,source,status,vintage\n";
    for (const Row &row : c.rows)
        for (size_t i = 0; i < c.roles.size(); ++i) {
            const Cell &cell = row.cells[i];
            out += csv::formatRow({row.key, c.roles[i]->id, c.roles[i]->name, cell.text, cell.sourceId, statusText(kb, cell),
                                   row.id == RowId::WageBand ? std::to_string(c.vintage) : std::string()})
                   + "\n";
        }
    return out;
}

std::string toJson(const KnowledgeBase &kb, const Comparison &c)
{
    namespace json = boost::json;
    json::array roles;
    for (const Role *r : c.roles) {
        json::object o{{"id", r->id}, {"name", r->name}, {"family", familyId(r->family)}};
        if (const WageEstimate *w = kb.roleWage(*r, c.vintage)) {
            json::object wage{{"soc", w->soc}, {"vintage", w->vintage}, {"source", w->sourceId}};
            for (Percentile p : {Percentile::P10, Percentile::P25, Percentile::Median, Percentile::P75, Percentile::P90}) {
                const auto v = w->at(p);
                wage[percentileId(p)] = v ? json::value(*v) : json::value(nullptr);
            }
            o["wage"] = std::move(wage);
        }
        roles.push_back(std::move(o));
    }
    json::array rows;
    for (const Row &row : c.rows) {
        json::array cells;
        for (const Cell &cell : row.cells) {
            json::object co{{"text", cell.text}};
            if (cell.isFigure()) {
                co["source"] = cell.sourceId;
                co["status"] = statusText(kb, cell);
            }
            cells.push_back(std::move(co));
        }
        rows.push_back(json::object{{"field", row.key}, {"label", row.label}, {"cells", std::move(cells)}});
    }
    json::array sources;
    for (const auto &id : c.sourceIds())
        if (const Source *s = kb.source(id))
            sources.push_back(json::object{{"id", s->id}, {"title", s->title}, {"publisher", s->publisher}, {"url", s->url},
                                           {"as_of", s->asOf}, {"status", statusId(s->status)}});
    return json::serialize(json::object{{"vintage", c.vintage}, {"roles", std::move(roles)}, {"rows", std::move(rows)},
                                        {"sources", std::move(sources)}})
           + "\n";
}

std::string toPdf(const KnowledgeBase &kb, const Comparison &c, const std::string &generated)
{
    std::string title = "HealthPath: comparing";
    for (const Role *r : c.roles)
        title += " " + r->shortName + (r == c.roles.back() ? "" : ",");
    report::PdfCanvas canvas(title);
    drawHandout(canvas, kb, c, generated);
    std::string date = generated;
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    return canvas.finish(date + "000000");
}

} // namespace hp::compare
