#include "veterans/veterans_check.h"

#include "domain/knowledge.h"
#include "veterans/crosswalk.h"
#include "veterans/veterans_config.h"

#include <algorithm>
#include <set>

namespace hp::veterans {

namespace {

using refdata::Problem;
using refdata::ProblemKind;

class Checker {
public:
    Checker(const detail::Config &c, const KnowledgeData &d, const std::map<std::string, std::string> &onet,
            std::vector<Problem> &out)
        : m_c(c), m_d(d), m_onet(onet), m_out(out)
    {
    }

    void run()
    {
        sources();
        levels();
        links();
        stretch();
        texts();
    }

private:
    void add(ProblemKind kind, std::string message)
    {
        m_out.push_back({kind, std::string(detail::kConfigFile), std::move(message)});
    }

    const Source *source(const std::string &id) const
    {
        for (const auto &s : m_d.sources)
            if (s.id == id)
                return &s;
        return nullptr;
    }
    bool role(const std::string &id) const
    {
        return std::any_of(m_d.roles.begin(), m_d.roles.end(), [&id](const Role &r) { return r.id == id; });
    }

    void needSource(const std::string &id, const std::string &where, bool editorial)
    {
        const Source *s = source(id);
        if (!s)
            add(ProblemKind::MissingSource, std::string(where).append(" cites the source '").append(id).append("', which sources.json does not list."));
        else if (editorial && s->status != Status::Editorial)
            add(ProblemKind::BadValue, std::string(where).append(" is HealthPath's judgement, so its source '").append(id)
                                           .append("' must have the status EDITORIAL."));
    }

    void sources()
    {
        needSource(m_c.sourceId, "The file", true);
        needSource(m_c.levelsSource, "levels", true);
        needSource(m_c.crosswalkSource, "crosswalk", false);
        for (const auto &f : m_c.funding)
            needSource(f.sourceId, std::string("funding item '").append(f.id).append("'"), false);
    }

    void levels()
    {
        std::set<std::string> tiers;
        for (const auto &[id, name] : m_c.tiers)
            if (!tiers.insert(id).second)
                add(ProblemKind::DuplicateId, std::string("levels.tiers lists '").append(id).append("' twice."));
        std::map<std::string, int> seen;
        for (const auto &band : m_c.grades) {
            if (!tiers.count(band.tier))
                add(ProblemKind::DanglingReference, std::string("levels.grades names the tier '").append(band.tier).append("', which levels.tiers does not list."));
            for (const auto &g : band.grades)
                ++seen[g];
        }
        std::vector<std::string> all;
        for (int i = 1; i <= 9; ++i)
            all.push_back(std::string("E").append(std::to_string(i)));
        for (int i = 1; i <= 5; ++i)
            all.push_back(std::string("W").append(std::to_string(i)));
        for (int i = 1; i <= 10; ++i)
            all.push_back(std::string("O").append(std::to_string(i)));
        for (const auto &g : all)
            if (seen[g] != 1)
                add(ProblemKind::BadValue, std::string("levels.grades must list the pay grade ").append(g).append(" exactly once (it lists it ")
                                               .append(std::to_string(seen[g])).append(" times)."));
        for (const auto &[g, n] : seen)
            if (std::find(all.begin(), all.end(), g) == all.end())
                add(ProblemKind::BadValue, std::string("levels.grades lists '").append(g).append("', which is not a pay grade E1–E9, W1–W5 or O1–O10."));
        std::set<std::string> ladderLevels;
        for (const auto &ladder : m_d.ladders)
            for (const auto &l : ladder.levels) {
                ladderLevels.insert(l.id);
                if (!m_c.ladderTiers.count(l.id))
                    add(ProblemKind::MissingField, std::string("levels.ladder_levels gives no tier for the ladder level '").append(l.id)
                                                       .append("' (ladders.json), so no veteran could be placed there."));
            }
        for (const auto &[level, tier] : m_c.ladderTiers) {
            if (!ladderLevels.count(level))
                add(ProblemKind::DanglingReference, std::string("levels.ladder_levels names '").append(level).append("', which is no ladder level in ladders.json."));
            if (!tiers.count(tier))
                add(ProblemKind::DanglingReference, std::string("levels.ladder_levels gives '").append(level).append("' the tier '").append(tier)
                                                       .append("', which levels.tiers does not list."));
        }
        for (const auto &[tier, line] : m_c.levelLines)
            if (!tiers.count(tier))
                add(ProblemKind::DanglingReference, std::string("resume.levels names the tier '").append(tier).append("', which levels.tiers does not list."));
    }

    void onetPrefixes(const std::vector<std::string> &prefixes, const std::string &where)
    {
        for (const auto &p : prefixes) {
            const bool any = std::any_of(m_onet.begin(), m_onet.end(), [&p](const auto &e) { return e.first.rfind(p, 0) == 0; });
            if (!any)
                add(ProblemKind::DanglingReference, std::string(where).append(" names the O*NET code '").append(p)
                                                        .append("', which no occupation in onet_titles.csv starts with."));
        }
    }

    void links()
    {
        for (const auto &[soc, roles] : m_c.directOrder) {
            if (std::none_of(m_d.occupations.begin(), m_d.occupations.end(), [&soc](const Occupation &o) { return o.soc == soc; }))
                add(ProblemKind::DanglingReference, std::string("direct_order names the SOC code '").append(soc).append("', which occupations.json does not list."));
            for (const auto &id : roles) {
                const auto r = std::find_if(m_d.roles.begin(), m_d.roles.end(), [&id](const Role &x) { return x.id == id; });
                if (r == m_d.roles.end())
                    add(ProblemKind::DanglingReference, std::string("direct_order.").append(soc).append(" names the role '").append(id).append("', which does not exist."));
                else if (std::none_of(r->occupations.begin(), r->occupations.end(), [&soc](const RoleOccupation &o) { return o.soc == soc; }))
                    add(ProblemKind::BadValue, std::string("direct_order.").append(soc).append(" lists the role '").append(id)
                                                   .append("', which has no occupation ").append(soc).append(", so the crosswalk never maps to it directly."));
            }
        }
        std::set<std::string> ids;
        auto rules = [&](const std::vector<detail::LinkRule> &list, const std::string &name) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                const auto &r = list[i];
                const std::string where = std::string(name).append("[").append(std::to_string(i)).append("]");
                if (name == "adjacent" && !ids.insert(r.id).second)
                    add(ProblemKind::DuplicateId, std::string(where).append(" repeats the id '").append(r.id).append("'."));
                onetPrefixes(r.onet, where);
                for (const auto &id : r.roles)
                    if (!role(id))
                        add(ProblemKind::DanglingReference, std::string(where).append(" names the role '").append(id).append("', which does not exist."));
            }
        };
        rules(m_c.notDirect, "not_direct");
        rules(m_c.adjacent, "adjacent");
        for (std::size_t i = 0; i < m_c.duties.size(); ++i)
            onetPrefixes(m_c.duties[i].onet, std::string("resume.duties[").append(std::to_string(i)).append("]"));
    }

    void stretch()
    {
        for (const auto &s : m_c.stretchStarts) {
            const bool node = std::any_of(m_d.lattice.nodes.begin(), m_d.lattice.nodes.end(), [&s](const LatticeNode &n) { return n.id == s.start; });
            if (!node || std::find(m_d.lattice.starts.begin(), m_d.lattice.starts.end(), s.start) == m_d.lattice.starts.end())
                add(ProblemKind::DanglingReference, std::string("stretch.starts names '").append(s.start).append("', which is no starting point in lattice.json."));
            onetPrefixes(s.onet, std::string("stretch.starts '").append(s.start).append("'"));
        }
        if (!role(m_c.routeTarget))
            add(ProblemKind::DanglingReference, std::string("stretch.route_target names the role '").append(m_c.routeTarget).append("', which does not exist."));
        static const std::set<std::string> kinds = {"short-certificate", "college-certificate", "associate", "bachelor", "master"};
        for (const auto &f : m_c.funding)
            for (const auto &k : f.educationKinds)
                if (!kinds.count(k))
                    add(ProblemKind::BadValue, std::string("funding item '").append(f.id).append("' names the education kind '").append(k)
                                                   .append("'; kinds are short-certificate, college-certificate, associate, bachelor and master."));
    }

    void allow(const std::string &text, const std::set<std::string> &names, const std::string &where)
    {
        for (const auto &p : detail::placeholders(text))
            if (!names.count(p))
                add(ProblemKind::DanglingReference, std::string(where).append(" uses the placeholder {").append(p).append("}, which nothing fills."));
    }

    void texts()
    {
        const std::set<std::string> link = {"occupation", "onet", "onet_title", "role"};
        for (const auto &r : m_c.notDirect)
            allow(r.reason, link, "not_direct reason");
        for (const auto &r : m_c.adjacent)
            allow(r.reason, link, std::string("adjacent '").append(r.id).append("' reason"));
        allow(m_c.stretchReason, {"start", "route"}, "stretch.reason");
        allow(m_c.noMatchUnknown, {"vintage"}, "no_match.unknown");
        allow(m_c.noMatchNoLink, {"occupations"}, "no_match.no_link");
        allow(m_c.noMatchRoute, {"skills", "start", "route"}, "no_match.route");
        const std::set<std::string> gap = {"certifications", "role", "role_tier", "your_tier", "ladder", "level", "years", "source", "education"};
        for (const auto &[key, text] : m_c.gaps)
            allow(text, gap, std::string("gaps.").append(key));
        const std::set<std::string> funding = {"role", "certifications", "va_test_fee_max", "va_test_fee_form",
                                               "gi_bill_full_time_hours", "gi_bill_tiers", "education"};
        for (const auto &f : m_c.funding) {
            allow(f.title, funding, std::string("funding item '").append(f.id).append("'"));
            allow(f.text, funding, std::string("funding item '").append(f.id).append("'"));
        }
        const std::set<std::string> duty = {"title", "code", "branch", "role", "onet_title", "onet_title_lower"};
        for (const auto &d : m_c.duties) {
            allow(d.military, duty, "resume.duties");
            allow(d.civilian, duty, "resume.duties");
        }
        allow(m_c.defaultDuty.military, duty, "resume.default");
        allow(m_c.defaultDuty.civilian, duty, "resume.default");
        for (const auto &[tier, line] : m_c.levelLines) {
            allow(line.military, {"scope", "level"}, std::string("resume.levels.").append(tier));
            allow(line.civilian, {"scope", "level"}, std::string("resume.levels.").append(tier));
        }
    }

    const detail::Config &m_c;
    const KnowledgeData &m_d;
    const std::map<std::string, std::string> &m_onet;
    std::vector<Problem> &m_out;
};

// The parsers' sentences start with the file name, which Problem adds again.
std::string withoutFile(std::string message, std::string_view file)
{
    if (message.rfind(file, 0) == 0) {
        message.erase(0, file.size());
        if (message.rfind(": ", 0) == 0 || message.rfind(", ", 0) == 0)
            message.erase(0, 2);
    }
    return message;
}

} // namespace

std::vector<refdata::Problem> checkVeteransData(const refdata::FileSet &files, const KnowledgeData &data)
{
    std::vector<Problem> out;
    auto file = [&](std::string_view name) -> const std::string * {
        const auto it = files.find(std::string(name));
        if (it == files.end()) {
            out.push_back({ProblemKind::MissingField, std::string(name), "is missing from the reference data."});
            return nullptr;
        }
        return &it->second;
    };
    std::map<std::string, std::string> onet;
    std::string error;
    if (const auto *text = file(kOnetTitlesFile); text && !parseOnetTitlesCsv(*text, std::string(kOnetTitlesFile), onet, error))
        out.push_back({ProblemKind::Syntax, std::string(kOnetTitlesFile), withoutFile(error, kOnetTitlesFile)});
    if (const auto *text = file(kCrosswalkFile)) {
        std::vector<CrosswalkRow> rows;
        if (!parseCrosswalkCsv(*text, std::string(kCrosswalkFile), rows, error)) {
            out.push_back({ProblemKind::Syntax, std::string(kCrosswalkFile), withoutFile(error, kCrosswalkFile)});
        } else if (!onet.empty()) {
            for (std::size_t i = 0; i < rows.size(); ++i)
                for (const auto &code : rows[i].onet)
                    if (!onet.count(code)) {
                        out.push_back({ProblemKind::DanglingReference, std::string(kCrosswalkFile),
                                       std::string("row ").append(std::to_string(i + 1)).append(" (").append(rows[i].code)
                                           .append(") names the O*NET code ").append(code).append(", which onet_titles.csv does not list.")});
                        break;
                    }
        }
    }
    const auto *text = file(detail::kConfigFile);
    if (!text)
        return out;
    const auto config = detail::parseConfig(*text, &error);
    if (!config) {
        out.push_back({ProblemKind::Syntax, std::string(detail::kConfigFile), withoutFile(error, detail::kConfigFile)});
        return out;
    }
    Checker(*config, data, onet, out).run();
    return out;
}

} // namespace hp::veterans
