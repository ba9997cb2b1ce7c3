// Cross-file checks on the reference data. Each check names the file a person would open to fix it.

#include "refdata/loader.h"

#include <map>
#include <set>

namespace hp::refdata {

namespace {

class Checker {
public:
    explicit Checker(const KnowledgeData &d)
        : m_d(d)
    {
        for (const auto &s : d.sources)
            m_sources.insert(s.id);
        for (const auto &o : d.occupations)
            m_socs.insert(o.soc);
        for (const auto &r : d.roles)
            m_roles.insert(r.id);
        for (const auto &c : d.certifications)
            m_certs.insert(c.id);
        for (const auto &e : d.education)
            m_education.insert(e.id);
        for (const auto &l : d.ladders)
            for (const auto &lv : l.levels) {
                m_levels.insert(l.id + "/" + lv.id);
                m_nodes.insert(lv.id);
            }
        for (const auto &n : d.lattice.nodes)
            m_nodes.insert(n.id);
    }

    std::vector<Problem> run()
    {
        duplicates();
        sources();
        roles();
        education();
        certifications();
        ladders();
        wages();
        projections();
        lattice();
        tracks();
        for (const auto &s : m_d.surveys) {
            needSource("surveys.json", "survey " + s.id, s.sourceId);
            if (s.year < 1990 || s.year > 2100)
                add(ProblemKind::MissingVintage, "surveys.json", "survey " + s.id + " has no valid year.");
        }
        return std::move(m_problems);
    }

private:
    void add(ProblemKind k, const std::string &file, std::string message)
    {
        m_problems.push_back({k, file, std::move(message)});
    }

    void needSource(const std::string &file, const std::string &what, const std::string &id)
    {
        if (id.empty())
            add(ProblemKind::MissingSource, file, what + " has no source.");
        else if (!m_sources.count(id))
            add(ProblemKind::DanglingReference, file, what + " cites the source \"" + id + "\", which sources.json does not list.");
    }

    void needRef(const std::set<std::string> &known, const std::string &file, const std::string &what,
                 const std::string &id, std::string_view kind)
    {
        if (!known.count(id))
            add(ProblemKind::DanglingReference, file, what + " names the " + std::string(kind) + " \"" + id + "\", which does not exist.");
    }

    void range(const std::string &file, const std::string &what, const SourcedRange &r, bool needsSource = true)
    {
        if (!r.present())
            return;
        if (needsSource)
            needSource(file, what, r.sourceId);
        if (r.min && r.max && *r.min > *r.max)
            add(ProblemKind::RangeOrder, file, what + " runs from " + std::to_string(static_cast<long>(*r.min)) + " down to "
                                               + std::to_string(static_cast<long>(*r.max)) + ": min is above max.");
    }

    template<typename Container, typename Id>
    void uniqueIds(const Container &items, Id id, const std::string &file, std::string_view kind)
    {
        std::set<std::string> seen;
        for (const auto &item : items) {
            const std::string key = id(item);
            if (!seen.insert(key).second)
                add(ProblemKind::DuplicateId, file, "the " + std::string(kind) + " id \"" + key + "\" appears more than once.");
        }
    }

    void duplicates()
    {
        uniqueIds(m_d.sources, [](const Source &s) { return s.id; }, "sources.json", "source");
        uniqueIds(m_d.occupations, [](const Occupation &o) { return o.soc; }, "occupations.json", "occupation");
        uniqueIds(m_d.roles, [](const Role &r) { return r.id; }, "roles/", "role");
        uniqueIds(m_d.certifications, [](const Certification &c) { return c.id; }, "certifications.json", "certification");
        uniqueIds(m_d.education, [](const EducationPath &e) { return e.id; }, "education_paths.json", "education path");
        uniqueIds(m_d.ladders, [](const Ladder &l) { return l.id; }, "ladders.json", "ladder");
        uniqueIds(m_d.surveys, [](const SurveyFigure &s) { return s.id; }, "surveys.json", "survey");
        std::vector<std::string> levelIds;
        for (const auto &l : m_d.ladders)
            for (const auto &lv : l.levels)
                levelIds.push_back(lv.id);
        uniqueIds(levelIds, [](const std::string &s) { return s; }, "ladders.json", "ladder level");
        uniqueIds(m_d.wages, [](const WageEstimate &w) { return w.soc + " May " + std::to_string(w.vintage); },
                  "wages_oews_national.csv", "wage row");
    }

    void sources()
    {
        for (const auto &s : m_d.sources) {
            if (s.asOf.empty())
                add(ProblemKind::MissingVintage, "sources.json", "source " + s.id + " has no as_of date, so its vintage is unknown.");
            else if (s.asOf == "undated" && s.retrieved.empty())
                add(ProblemKind::MissingVintage, "sources.json", "source " + s.id + " is undated and has no retrieved date either.");
        }
    }

    void roles()
    {
        for (const auto &r : m_d.roles) {
            const std::string file = "roles/" + r.id + ".json";
            if (r.occupations.empty())
                add(ProblemKind::NoOccupation, file, "the role has no BLS occupation code.");
            int primaries = 0;
            for (const auto &o : r.occupations) {
                needRef(m_socs, file, "occupations", o.soc, "occupation");
                primaries += o.primary ? 1 : 0;
            }
            if (!r.occupations.empty() && primaries != 1)
                add(ProblemKind::BadValue, file, "exactly one occupation must be primary; found " + std::to_string(primaries) + ".");
            if (r.ladderId.empty() || r.ladderLevel.empty())
                add(ProblemKind::NoLadderPosition, file, "the role has no ladder position.");
            else if (!m_levels.count(r.ladderId + "/" + r.ladderLevel))
                add(ProblemKind::DanglingReference, file, "ladder position " + r.ladderId + "/" + r.ladderLevel + " does not exist in ladders.json.");
            for (const auto &id : r.related)
                needRef(m_roles, file, "related", id, "role");
            for (const auto &id : r.certifications)
                needRef(m_certs, file, "certifications", id, "certification");
            for (const auto &id : r.entryEducationPaths)
                needRef(m_education, file, "entry_education.paths", id, "education path");
            range(file, "entry_time_months", r.entryTimeMonths);
            range(file, "entry_cost_usd", r.entryCostUsd);
            needSource(file, "work_style", r.workStyle.sourceId);
        }
    }

    void education()
    {
        for (const auto &e : m_d.education) {
            const std::string what = "education path " + e.id;
            range("education_paths.json", what + " duration_months", e.durationMonths);
            range("education_paths.json", what + " cost_usd", e.costUsd);
            for (const auto &id : e.roles)
                needRef(m_roles, "education_paths.json", what, id, "role");
            for (const auto &id : e.certifications)
                needRef(m_certs, "education_paths.json", what, id, "certification");
        }
    }

    void certifications()
    {
        for (const auto &c : m_d.certifications) {
            const std::string what = "certification " + c.id;
            if (!c.exam.questions.empty() || c.exam.hours)
                needSource("certifications.json", what + " exam", c.exam.sourceId);
            if (!c.prerequisites.text.empty())
                needSource("certifications.json", what + " prerequisites", c.prerequisites.sourceId);
            range("certifications.json", what + " fee", c.fee);
            if (c.fee.present() && c.fee.asOf.empty())
                add(ProblemKind::MissingVintage, "certifications.json", what + " fee has no as_of date.");
            if (c.fee.present() && c.fee.asOf == "undated" && c.fee.status != Status::Unverified)
                add(ProblemKind::MissingVintage, "certifications.json", what + " fee is undated, so it must be marked UNVERIFIED.");
            if (c.renewal.ceus || c.renewal.years)
                needSource("certifications.json", what + " renewal", c.renewal.sourceId);
            for (const auto &id : c.roles)
                needRef(m_roles, "certifications.json", what, id, "role");
        }
    }

    void ladders()
    {
        for (const auto &l : m_d.ladders) {
            for (const auto &lv : l.levels) {
                const std::string what = "ladder " + l.id + " level " + lv.id;
                if (lv.bls)
                    needRef(m_socs, "ladders.json", what, lv.bls->soc, "occupation");
                if (lv.article)
                    range("ladders.json", what + " article", *lv.article);
                if (lv.yearsMin && lv.yearsMax && *lv.yearsMin > *lv.yearsMax)
                    add(ProblemKind::RangeOrder, "ladders.json", what + " years: min is above max.");
                if (lv.yearsMin || lv.yearsMax)
                    needSource("ladders.json", what + " years", lv.yearsSourceId);
                if (!lv.roleId.empty())
                    needRef(m_roles, "ladders.json", what, lv.roleId, "role");
            }
        }
    }

    void wages()
    {
        const std::string file = "wages_oews_national.csv";
        std::set<int> vintages;
        std::set<std::pair<std::string, int>> have;
        for (const auto &w : m_d.wages) {
            vintages.insert(w.vintage);
            have.insert({w.soc, w.vintage});
            const std::string what = w.soc + " May " + std::to_string(w.vintage);
            needRef(m_socs, file, what, w.soc, "occupation");
            needSource(file, what, w.sourceId);
            std::optional<long> previous;
            for (Percentile p : {Percentile::P10, Percentile::P25, Percentile::Median, Percentile::P75, Percentile::P90}) {
                const auto v = w.at(p);
                if (!v)
                    continue;
                if (previous && *v < *previous)
                    add(ProblemKind::PercentileOrder, file, what + ": " + std::string(percentileId(p)) + " ("
                                                                + std::to_string(*v) + ") is below the percentile before it ("
                                                                + std::to_string(*previous) + ").");
                previous = v;
            }
        }
        // Every occupation a role relies on needs every vintage, or charts would silently skip it.
        std::set<std::string> mapped;
        for (const auto &r : m_d.roles)
            for (const auto &o : r.occupations)
                mapped.insert(o.soc);
        for (const auto &soc : mapped)
            for (int v : vintages)
                if (m_socs.count(soc) && !have.count({soc, v}))
                    add(ProblemKind::MissingVintage, file, soc + " has no wage row for May " + std::to_string(v) + ".");
    }

    void projections()
    {
        for (const auto &p : m_d.projections) {
            needRef(m_socs, "projections.csv", "projection " + p.soc, p.soc, "occupation");
            needSource("projections.csv", "projection " + p.soc, p.sourceId);
        }
    }

    // lattice.json: every node, credential, education path and source a move names must exist, and
    // every role's ladder level must be reachable by some move (or the planner could never reach it).
    void lattice()
    {
        const std::string file = "lattice.json";
        const auto &l = m_d.lattice;
        uniqueIds(l.moves, [](const LatticeMove &m) { return m.id; }, file, "move");
        std::set<std::string> levelIds, seenNodes;
        for (const auto &ladder : m_d.ladders)
            for (const auto &lv : ladder.levels)
                levelIds.insert(lv.id);
        for (const auto &n : l.nodes) {
            if (levelIds.count(n.id))
                add(ProblemKind::DuplicateId, file, "node " + n.id + " has the id of a ladder level; ladder levels are nodes already.");
            else if (!seenNodes.insert(n.id).second)
                add(ProblemKind::DuplicateId, file, "the node id \"" + n.id + "\" appears more than once.");
            if (n.bls)
                needRef(m_socs, file, "node " + n.id + " bls", n.bls->soc, "occupation");
        }
        if (l.starts.empty())
            add(ProblemKind::MissingField, file, "starts lists no starting points.");
        for (const auto &id : l.starts)
            needRef(m_nodes, file, "starts", id, "node");
        needSource(file, "default_baseline.hourly_usd", l.baselineHourly.sourceId);
        needSource(file, "default_baseline.hours_per_year", l.baselineHoursPerYear.sourceId);
        if (l.baselineHourly.value <= 0 || l.baselineHoursPerYear.value <= 0)
            add(ProblemKind::BadValue, file, "default_baseline needs an hourly pay and hours per year above zero.");
        std::set<std::string> entered;
        for (const auto &m : l.moves) {
            const std::string what = "move " + m.id;
            needRef(m_nodes, file, what + " from", m.from, "node");
            needRef(m_nodes, file, what + " to", m.to, "node");
            if (!m.from.empty() && m.from == m.to)
                add(ProblemKind::BadValue, file, what + " leads from " + m.from + " back to itself.");
            if (!m.worksAs.empty())
                needRef(m_nodes, file, what + " works_as", m.worksAs, "node");
            for (const auto &c : m.credentials)
                needRef(m_certs, file, what + " credentials", c, "certification");
            if (!m.education.empty())
                needRef(m_education, file, what + " education", m.education, "education path");
            needSource(file, what, m.sourceId);
            range(file, what + " months", m.months);
            range(file, what + " cost_usd", m.costUsd);
            for (const SourcedRange *r : {&m.months, &m.costUsd})
                if ((r->min && *r->min < 0) || (r->max && *r->max < 0))
                    add(ProblemKind::BadValue, file, what + " has a negative months or cost figure.");
            entered.insert(m.to);
        }
        for (const auto &r : m_d.roles)
            if (!r.ladderLevel.empty() && levelIds.count(r.ladderLevel) && !entered.count(r.ladderLevel))
                add(ProblemKind::BadValue, file, "no move leads to ladder level " + r.ladderLevel + ", so the planner can never reach the role "
                                                     + r.id + ".");
    }

    // tracks.json: every node must exist; a track whose years come from the moves needs exactly one
    // move between each two neighbours, one whose years come from the ladder needs years on every
    // level, rising along the chain.
    void tracks()
    {
        const std::string file = "tracks.json";
        uniqueIds(m_d.tracks, [](const Track &t) { return t.id; }, file, "track");
        std::map<std::string, const LadderLevel *> levels;
        for (const auto &ladder : m_d.ladders)
            for (const auto &lv : ladder.levels)
                levels.emplace(lv.id, &lv);
        for (const auto &t : m_d.tracks) {
            const std::string what = "track " + t.id;
            if (t.chain.size() < 2)
                add(ProblemKind::BadValue, file, what + " needs a chain of at least two nodes.");
            std::set<std::string> seen;
            for (const auto &id : t.chain) {
                needRef(m_nodes, file, what + " chain", id, "node");
                if (!seen.insert(id).second)
                    add(ProblemKind::BadValue, file, what + " visits " + id + " twice.");
            }
            if (t.yearsFrom == Track::Years::Ladder) {
                const LadderLevel *previous = nullptr;
                for (const auto &id : t.chain) {
                    const auto it = levels.find(id);
                    if (it == levels.end() || !it->second->yearsMin) {
                        if (m_nodes.count(id))
                            add(ProblemKind::BadValue, file, what + " takes its years from ladders.json, but " + id
                                                                 + " states no years there.");
                        previous = nullptr;
                        continue;
                    }
                    if (previous && *it->second->yearsMin < *previous->yearsMin)
                        add(ProblemKind::RangeOrder, file, what + ": " + id + " starts at fewer years than the level before it.");
                    previous = it->second;
                }
                continue;
            }
            for (size_t i = 1; i < t.chain.size(); ++i) {
                const std::string &from = t.chain[i - 1], &to = t.chain[i];
                std::vector<std::string> joining;
                for (const auto &m : m_d.lattice.moves)
                    if (m.from == from && m.to == to)
                        joining.push_back(m.id);
                if (joining.empty() && m_nodes.count(from) && m_nodes.count(to))
                    add(ProblemKind::BadValue, file, what + ": no move in lattice.json leads from " + from + " to " + to
                                                         + ", so the years between them are unknown.");
                else if (joining.size() > 1)
                    add(ProblemKind::BadValue, file, what + ": " + std::to_string(joining.size()) + " moves lead from " + from
                                                         + " to " + to + "; a track needs exactly one.");
            }
        }
    }

    const KnowledgeData &m_d;
    std::set<std::string> m_sources, m_socs, m_roles, m_certs, m_education, m_levels, m_nodes;
    std::vector<Problem> m_problems;
};

} // namespace

std::vector<Problem> validate(const KnowledgeData &data)
{
    return Checker(data).run();
}

} // namespace hp::refdata
