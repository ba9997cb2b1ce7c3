// The session summary's content, gathered as blocks (see handout_blocks.h for how they are laid
// out): what was attached, the chosen role with its sourced pay, the plan's first 30 days, notes.

#include "clients/session_handout.h"

#include "clients/handout_blocks.h"

#include "io/text.h"
#include "plan/plan.h"
#include "refdata/knowledge_base.h"
#include "report/pdf_canvas.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

namespace json = boost::json;

namespace hp::clients {

namespace {

// Content ----------------------------------------------------------------------------------------

std::string readable(const std::string &iso)
{
    const auto d = plan::parseIsoDate(iso.substr(0, std::min<std::size_t>(iso.size(), 10)));
    return d ? plan::readableDate(*d) : iso;
}

class Content {
public:
    Content(const KnowledgeBase &kb) : m_kb(kb) {}

    std::vector<Block> blocks;

    void add(Block::Kind kind, std::string text, bool muted = false) { blocks.push_back({kind, std::move(text), {}, 0, muted}); }
    void item(std::string label, std::string text, double indent = 0) { blocks.push_back({Block::Item, std::move(text), std::move(label), indent, false}); }

    // A source behind a figure on the page; the Sources section lists each once.
    void cite(const std::string &sourceId)
    {
        if (sourceId.empty() || std::find(m_sourceIds.begin(), m_sourceIds.end(), sourceId) != m_sourceIds.end())
            return;
        m_sourceIds.push_back(sourceId);
        const Source *s = m_kb.source(sourceId);
        m_sources.push_back(m_kb.citation(sourceId) + (s && !s->url.empty() ? " " + s->url : ""));
    }
    void cite(const plan::SourceCitation &s)
    {
        if (std::find(m_sourceIds.begin(), m_sourceIds.end(), s.id) != m_sourceIds.end())
            return;
        m_sourceIds.push_back(s.id);
        m_sources.push_back(s.citation + (s.url.empty() ? "" : " " + s.url));
    }
    const std::vector<std::string> &sources() const { return m_sources; }

    // A role's name; also a starting point's or ladder level's, as routes name those.
    std::string roleName(const std::string &id) const
    {
        if (const Role *r = m_kb.role(id))
            return r->name;
        for (const auto &node : m_kb.data().lattice.nodes)
            if (node.id == id)
                return node.name;
        for (const auto &ladder : m_kb.data().ladders)
            for (const auto &level : ladder.levels)
                if (level.id == id)
                    return level.name;
        return id;
    }
    // The role's BLS median annual pay ("$51,140"), citing its source; empty when BLS publishes
    // none. A vintage the data does not have becomes the latest, and `vintage` says which was used.
    std::string median(const std::string &roleId, int &vintage)
    {
        const auto vintages = m_kb.vintages();
        if (std::find(vintages.begin(), vintages.end(), vintage) == vintages.end())
            vintage = m_kb.latestVintage();
        const Role *r = m_kb.role(roleId);
        const WageEstimate *w = r ? m_kb.roleWage(*r, vintage) : nullptr;
        if (!w || !w->median)
            return {};
        cite(w->sourceId);
        return text::money(static_cast<double>(*w->median));
    }
    const KnowledgeBase &kb() const { return m_kb; }

private:
    const KnowledgeBase &m_kb;
    std::vector<std::string> m_sourceIds, m_sources;
};

// One line per attachment: its title (the views name the kind in it: "Compared: …", "Route: …",
// "Fit check: …"; a plan's title is the plan's own) and its key figures.
std::string describe(Content &c, const Attachment &a)
{
    boost::system::error_code ec;
    const json::value body = json::parse(a.body, ec);
    const json::object *o = !ec && body.is_object() ? &body.get_object() : nullptr;
    auto textOf = [](const json::value *v) { return v && v->is_string() ? std::string(v->get_string()) : std::string(); };
    std::string line;
    switch (a.kind) {
    case AttachmentKind::Plan: {
        line = "30-60-90 plan: " + a.title;
        if (const auto p = plan::planFromJson(a.body, nullptr)) {
            line += " (" + std::to_string(p->tasks.size()) + " tasks";
            if (p->routeCostMinUsd)
                line += ", route cost " + text::money(*p->routeCostMinUsd)
                        + (p->routeCostMaxUsd && *p->routeCostMaxUsd != *p->routeCostMinUsd ? "–" + text::money(*p->routeCostMaxUsd) : "");
            line += ")";
        }
        return line;
    }
    case AttachmentKind::Comparison: {
        line = a.title.empty() ? "Comparison" : a.title;
        const json::value *roles = o ? o->if_contains("roles") : nullptr;
        const json::value *vintage = o ? o->if_contains("vintage") : nullptr;
        int year = vintage && vintage->is_int64() ? static_cast<int>(vintage->get_int64()) : c.kb().latestVintage();
        if (roles && roles->is_array()) {
            std::string figures;
            for (const auto &id : roles->get_array())
                if (id.is_string())
                    if (const std::string m = c.median(std::string(id.get_string()), year); !m.empty())
                        figures.append(figures.empty() ? "" : "; ").append(c.roleName(std::string(id.get_string())) + " " + m);
            if (!figures.empty())
                line += ". Median pay: " + figures + " (" + c.kb().oewsCaption(year) + ")";
        }
        return line;
    }
    case AttachmentKind::Route: {
        line = a.title.empty() ? "Route" : a.title;
        if (o) {
            const std::string from = textOf(o->if_contains("from")), to = textOf(o->if_contains("to"));
            const std::string optimize = textOf(o->if_contains("optimize"));
            if (a.title.empty() && !from.empty() && !to.empty())
                line += ": from " + c.roleName(from) + " to " + c.roleName(to);
            if (const auto *steps = o->if_contains("steps"); steps && steps->is_array()) {
                std::string titles;
                for (const auto &s : steps->get_array())
                    if (s.is_object())
                        if (const std::string t = textOf(s.get_object().if_contains("title")); !t.empty())
                            titles.append(titles.empty() ? "" : "; ").append(t);
                const std::size_t n = steps->get_array().size();
                line += std::string(optimize.empty() ? ". It has " : ". The " + optimize + " route has ") + std::to_string(n)
                        + (n == 1 ? " step" : " steps") + (titles.empty() ? "" : ": " + titles);
            }
        }
        return line;
    }
    case AttachmentKind::FitResult: {
        line = a.title.empty() ? "Fit check" : a.title;
        if (const auto *ranking = o ? o->if_contains("ranking") : nullptr; ranking && ranking->is_array()) {
            std::string best;
            int shown = 0;
            for (const auto &r : ranking->get_array()) {
                if (!r.is_object() || shown == 3)
                    continue;
                const auto &ro = r.get_object();
                const std::string role = textOf(ro.if_contains("role"));
                const auto *score = ro.if_contains("score");
                best.append(best.empty() ? "" : ", ").append(c.roleName(role));
                if (score && score->is_number())
                    best += " (score " + std::to_string(static_cast<long>(score->to_number<double>())) + ")";
                ++shown;
            }
            if (!best.empty())
                line += ". Best matches: " + best;
        }
        return line;
    }
    }
    return a.title;
}

void addDirection(Content &c, const std::string &roleId)
{
    c.add(Block::Section, "Your chosen direction");
    const Role *r = c.kb().role(roleId);
    if (!r) {
        c.add(Block::Text, "The chosen role \"" + roleId + "\" is not in this version of HealthPath's reference data.");
        return;
    }
    c.add(Block::Heading, r->name);
    c.add(Block::Text, r->summary);
    int vintage = c.kb().latestVintage();
    const std::string pay = c.median(r->id, vintage);
    const RoleOccupation *occupation = r->primaryOccupation();
    const Occupation *o = occupation ? c.kb().occupation(occupation->soc) : nullptr;
    if (!pay.empty())
        c.item("•", "Median pay: " + pay + " a year" + (o ? " for " + o->title : "") + " (" + c.kb().oewsCaption(vintage) + ").");
    else
        c.item("•", "BLS publishes no median pay for this role's occupation.");
    if (!r->entryEducation.empty())
        c.item("•", "How people usually start: " + r->entryEducation);
    std::string paths;
    for (const auto &id : r->entryEducationPaths)
        if (const EducationPath *p = c.kb().educationPath(id))
            paths.append(paths.empty() ? "" : "; ").append(p->name);
    if (!paths.empty())
        c.item("•", "Entry paths: " + paths + ".");
}

void addFirstDays(Content &c, const std::vector<Attachment> &attachments)
{
    // The latest attached plan is the one that counts.
    for (auto it = attachments.rbegin(); it != attachments.rend(); ++it) {
        if (it->kind != AttachmentKind::Plan)
            continue;
        const auto p = plan::planFromJson(it->body, nullptr);
        if (!p)
            continue;
        c.add(Block::Section, "Your first 30 days");
        c.add(Block::Text, p->title, true);
        for (const auto &t : p->tasks)
            if (t.phase == 1)
                c.item(t.done ? "[x]" : "[ ]", plan::readableDate(t.due) + ": " + t.title);
        for (const auto &s : p->sources)
            c.cite(s);
        return;
    }
}

std::vector<Block> gather(const KnowledgeBase &kb, const Client &client, const Session &session, const HandoutOptions &options,
                          std::vector<std::string> &sources)
{
    Content c(kb);
    c.add(Block::Title, "Session summary for " + client.displayName);
    const std::string prepared = options.preparedOn.empty() ? plan::isoDate(plan::systemClock()()) : options.preparedOn;
    c.add(Block::Text, readable(session.date) + " · prepared with HealthPath " + readable(prepared), true);
    if (!session.attachments.empty()) {
        c.add(Block::Section, "What we looked at");
        for (const auto &a : session.attachments)
            c.item("•", describe(c, a));
    }
    if (!session.chosenRole.empty())
        addDirection(c, session.chosenRole);
    addFirstDays(c, session.attachments);
    if (!text::trim(session.notes).empty()) {
        c.add(Block::Section, "Notes");
        appendMarkdown(c.blocks, session.notes);
    }
    if (options.includePrivateNotes && !text::trim(session.privateNotes).empty()) {
        c.add(Block::Section, "Private notes");
        appendMarkdown(c.blocks, session.privateNotes);
    }
    sources = c.sources();
    return std::move(c.blocks);
}

} // namespace

int handoutPageCount(const KnowledgeBase &kb, const Client &client, const Session &session, const HandoutOptions &options,
                     const report::Canvas &canvas)
{
    std::vector<std::string> sources;
    const auto blocks = gather(kb, client, session, options, sources);
    return countPages(blocks, sources, canvas);
}

int drawHandout(const KnowledgeBase &kb, const Client &client, const Session &session, const HandoutOptions &options,
                report::Canvas &canvas, const std::function<void()> &newPage)
{
    std::vector<std::string> sources;
    const auto blocks = gather(kb, client, session, options, sources);
    return layoutBlocks(blocks, sources, canvas, countPages(blocks, sources, canvas), newPage);
}

std::string handoutToPdf(const KnowledgeBase &kb, const Client &client, const Session &session, const HandoutOptions &options)
{
    report::PdfCanvas canvas("Session summary for " + client.displayName);
    drawHandout(kb, client, session, options, canvas, [&canvas] { canvas.newPage(); });
    std::string stamp = options.preparedOn.empty() ? plan::isoDate(plan::systemClock()()) : options.preparedOn;
    stamp.erase(std::remove(stamp.begin(), stamp.end(), '-'), stamp.end());
    return canvas.finish(stamp + "000000");
}

} // namespace hp::clients
