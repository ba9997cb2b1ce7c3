// Veterans::match: military codes → the roles they lead to, each direct, adjacent or stretch with
// its reasons in plain words.
//
//   code ──crosswalk──▶ O*NET codes ──first 7 characters = a role's SOC──▶ direct
//                                    ──veterans.json "adjacent" / "not_direct"──▶ adjacent
//   every other role the lattice reaches from the veteran's starting point ──▶ stretch
//
// A role keeps its strongest kind and that kind's reasons. A code that is not in the crosswalk is
// said so (notFound), never guessed; codes with no direct or adjacent role get the honest sentence
// and the transferable-skills route (noMatchExplanation).

#include "refdata/knowledge_base.h"
#include "veterans/veterans_state.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

namespace hp::veterans {

namespace {

constexpr std::size_t kTitleHits = 10; // a title search adds at most this many occupations

struct Accumulator {
    MatchKind kind = MatchKind::Stretch;
    std::vector<std::string> reasons, codes, sources;
    std::vector<std::string> context; // what the role's BLS code also counts: after the reasons
    double monthsMid = 0;

    void add(std::vector<std::string> &list, const std::string &s)
    {
        if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end())
            list.push_back(s);
    }
};

std::string branchName(std::string_view id)
{
    for (const auto &b : branches())
        if (b.id == id)
            return b.name;
    return std::string(id);
}

// The found occupations, those that differ only in branch merged ("Air Force and Space Force 4A051").
struct Group {
    std::vector<std::string> branches;
    const MilitaryOccupation *occupation = nullptr;
    std::string label() const
    {
        return detail::joinWords(branches, "and").append(" ").append(occupation->code).append(" (").append(occupation->title).append(")");
    }
};

std::vector<Group> groups(const std::vector<MilitaryOccupation> &found)
{
    std::vector<Group> out;
    for (const auto &o : found) {
        auto same = std::find_if(out.begin(), out.end(), [&o](const Group &g) {
            return g.occupation->code == o.code && g.occupation->title == o.title && g.occupation->onetCodes == o.onetCodes;
        });
        if (same == out.end())
            out.push_back({{branchName(o.branchId)}, &o});
        else
            same->branches.push_back(branchName(o.branchId));
    }
    return out;
}

} // namespace

MatchResult Veterans::match(const std::vector<CodeQuery> &codes, std::string_view payGrade) const
{
    const detail::State &s = *m;
    const auto &cfg = s.config;
    MatchResult result;
    if (!payGrade.empty()) {
        result.level = detail::levelForGrade(cfg, payGrade);
        if (!result.level)
            result.notes.push_back(std::string("HealthPath does not know the pay grade \"").append(payGrade)
                                       .append("\"; use E1 to E9, W1 to W5 or O1 to O10."));
    }

    // 1. The codes (or title words) → occupations, in query order.
    std::vector<std::uint32_t> rows;
    for (const auto &q : codes) {
        std::string term(q.code);
        term.erase(0, term.find_first_not_of(" \t"));
        term.erase(term.find_last_not_of(" \t") + 1);
        if (term.empty())
            continue;
        const std::string services = detail::servicesOfBranch(q.branchId);
        const Branch *branch = q.branchId.empty() ? nullptr : findBranch(q.branchId);
        const std::string in = branch ? std::string(" in the ").append(branch->name) : std::string();
        auto hits = s.crosswalk.findCode(term, services);
        if (hits.empty()) {
            std::size_t total = 0;
            hits = s.crosswalk.findTitle(term, services, kTitleHits, &total);
            if (!hits.empty())
                result.notes.push_back(std::string("\"").append(term).append("\" is not a code").append(in)
                                           .append(", so HealthPath used the military titles with these words")
                                           .append(total > hits.size() ? std::string(": the first ").append(std::to_string(hits.size()))
                                                                             .append(" of ").append(std::to_string(total))
                                                                             .append("; type your code to narrow it down.")
                                                                       : std::string(".")));
        }
        if (hits.empty()) {
            std::string sentence = std::string("No military occupation").append(in).append(" has the code or title \"").append(term)
                                       .append("\" in the ").append(s.vintage).append(".");
            const auto near = s.crosswalk.findPrefix(term, services, 6);
            if (!near.empty()) {
                std::vector<std::string> list;
                for (const auto &h : near)
                    list.push_back(s.crosswalk.row(h.row).code);
                sentence.append(" Codes starting with it: ").append(detail::joinWords(list, "and")).append(".");
            }
            result.notFound.push_back(std::move(sentence));
            continue;
        }
        const auto &how = hits.front();
        if (how.how == Crosswalk::How::Family || how.how == Crosswalk::How::SkillLevel || how.how == Crosswalk::How::Rate) {
            std::vector<std::string> list;
            for (const auto &h : hits)
                if (std::find(list.begin(), list.end(), s.crosswalk.row(h.row).code) == list.end())
                    list.push_back(s.crosswalk.row(h.row).code);
            const char *as = how.how == Crosswalk::How::Family       ? " was read as its specialty family, every skill level: "
                             : how.how == Crosswalk::How::SkillLevel ? " was read as the MOS without its skill level: "
                                                                     : " was read as the rating without its rate: ";
            result.notes.push_back(std::string(term).append(as).append(detail::joinWords(list, "and")).append("."));
        }
        std::set<std::string> branchesHit;
        for (const auto &h : hits)
            branchesHit.insert(std::string(serviceFor(s.crosswalk.row(h.row).svc)->branchId));
        if (!branch && branchesHit.size() > 1 && how.how != Crosswalk::How::Title) {
            std::vector<std::string> names;
            for (const auto &b : branches())
                if (branchesHit.count(b.id))
                    names.push_back(b.name);
            result.notes.push_back(std::string(term).append(" is a code in the ").append(detail::joinWords(names, "and"))
                                       .append("; choose your branch to see only yours."));
        }
        for (const auto &h : hits)
            if (std::find(rows.begin(), rows.end(), h.row) == rows.end())
                rows.push_back(h.row);
    }
    for (auto r : rows)
        result.occupations.push_back(s.crosswalk.occupation(r));

    const auto starts = s.stretchStarts(result.occupations);
    auto routeText = [&](const std::string &roleId) {
        std::string start;
        const auto *route = s.route(starts, roleId, &start);
        return route ? detail::fill(cfg.noMatchRoute, {{"skills", detail::joinWords(cfg.skills, "and")},
                                                       {"start", s.startNames.count(start) ? s.startNames.at(start) : start},
                                                       {"route", route->text}})
                     : std::string();
    };
    if (result.occupations.empty()) {
        if (!result.notFound.empty())
            result.noMatchExplanation = detail::fill(cfg.noMatchUnknown, {{"vintage", s.vintage}})
                                            .append(" ").append(routeText(cfg.routeTarget));
        return result;
    }

    // 2. Direct and adjacent links, per occupation and O*NET code.
    std::map<std::string, Accumulator> acc;
    auto add = [&acc](const std::string &roleId, MatchKind kind, const std::string &reason, const std::string &code,
                      const std::string &source, bool context = false) {
        auto [it, fresh] = acc.try_emplace(roleId);
        auto &a = it->second;
        if (fresh || kind < a.kind) {
            a.kind = kind;
            a.reasons.clear();
            a.context.clear();
        } else if (kind > a.kind) {
            return;
        }
        a.add(context ? a.context : a.reasons, reason);
        a.add(a.codes, code);
        a.add(a.sources, source);
    };
    for (const auto &g : groups(result.occupations)) {
        const auto &o = *g.occupation;
        const std::string label = g.label();
        for (const auto &onet : o.onetCodes) {
            const std::string soc = onet.substr(0, 7);
            std::map<std::string, std::string> values = {{"occupation", label}, {"onet", onet},
                                                         {"onet_title", s.crosswalk.onetTitle(onet)}};
            std::set<std::string> blocked;
            for (const auto &rule : cfg.notDirect)
                if (detail::matchesPrefix(onet, rule.onet))
                    for (const auto &roleId : rule.roles) {
                        blocked.insert(roleId);
                        add(roleId, MatchKind::Adjacent, detail::fill(rule.reason, values), o.code, cfg.sourceId);
                    }
            for (const auto &role : s.kb.roles())
                for (const auto &ro : role.occupations) {
                    if (ro.soc != soc || blocked.count(role.id))
                        continue;
                    std::string reason = std::string("The O*NET Military Crosswalk maps ").append(label).append(" to ").append(onet);
                    if (const auto title = s.crosswalk.onetTitle(onet); !title.empty())
                        reason.append(" ").append(title);
                    reason.append(", the BLS occupation (").append(soc).append(") of this role.");
                    add(role.id, MatchKind::Direct, reason, o.code, s.crosswalkSource);
                    if (ro.lumped)
                        add(role.id, MatchKind::Direct, ro.explanation, o.code, s.crosswalkSource, true);
                }
            for (const auto &rule : cfg.adjacent)
                if (detail::matchesPrefix(onet, rule.onet))
                    for (const auto &roleId : rule.roles) {
                        values["role"] = s.kb.role(roleId) ? s.kb.role(roleId)->name : roleId;
                        add(roleId, MatchKind::Adjacent, detail::fill(rule.reason, values), o.code, cfg.sourceId);
                    }
        }
    }
    for (auto &[roleId, a] : acc) {
        if (a.kind == MatchKind::Adjacent)
            a.add(a.sources, s.crosswalkSource);
        for (auto &c : a.context)
            a.add(a.reasons, c);
    }
    const bool linked = !acc.empty();

    // 3. Stretch: every other role, with the quickest route from the veteran's starting point.
    std::vector<std::string> allCodes;
    for (const auto &o : result.occupations)
        if (std::find(allCodes.begin(), allCodes.end(), o.code) == allCodes.end())
            allCodes.push_back(o.code);
    for (const auto &role : s.kb.roles()) {
        if (acc.count(role.id))
            continue;
        std::string start;
        const auto *route = s.route(starts, role.id, &start);
        if (!route)
            continue;
        auto &a = acc[role.id];
        a.kind = MatchKind::Stretch;
        a.reasons.push_back(detail::fill(cfg.stretchReason, {{"start", s.startNames.count(start) ? s.startNames.at(start) : start},
                                                              {"route", route->text}}));
        a.codes = allCodes;
        a.sources = {cfg.sourceId};
        a.monthsMid = route->monthsMid;
    }
    if (!linked) {
        std::vector<std::string> described;
        for (const auto &g : groups(result.occupations)) {
            std::vector<std::string> titles;
            for (const auto &onet : g.occupation->onetCodes)
                titles.push_back(s.crosswalk.onetTitle(onet).append(" (").append(onet).append(")"));
            described.push_back(g.label().append(" to ").append(detail::joinWords(titles, "and")));
        }
        result.noMatchExplanation = detail::fill(cfg.noMatchNoLink, {{"occupations", detail::joinWords(described, "and")}})
                                        .append(" ").append(routeText(cfg.routeTarget));
    }

    // 4. Roles with their level, gaps and credentials, best first.
    const int want = result.level ? cfg.tierRank(result.level->id) : -1;
    auto tierDistance = [&](const Role &role) {
        if (want < 0)
            return 0;
        const auto it = cfg.ladderTiers.find(role.ladderLevel);
        return it == cfg.ladderTiers.end() ? 9 : std::abs(cfg.tierRank(it->second) - want);
    };
    auto orderIndex = [&](const Role &role) {
        for (const auto &[soc, ids] : cfg.directOrder)
            if (const auto it = std::find(ids.begin(), ids.end(), role.id); it != ids.end())
                return int(it - ids.begin());
        return 99;
    };
    struct Ranked {
        RoleMatch match;
        std::tuple<int, int, int, double, std::string> key;
    };
    std::vector<Ranked> ranked;
    for (auto &[roleId, a] : acc) {
        const Role *role = s.kb.role(roleId);
        if (!role)
            continue;
        RoleMatch match;
        match.roleId = roleId;
        match.kind = a.kind;
        match.reasons = std::move(a.reasons);
        match.fromCodes = std::move(a.codes);
        match.sourceIds = std::move(a.sources);
        match.credentials = role->certifications;
        detail::placeLevel(s, *role, result.level, match);
        const int reasons = int(match.reasons.size());
        ranked.push_back({std::move(match),
                          {int(a.kind), tierDistance(*role), a.kind == MatchKind::Direct ? orderIndex(*role) : -reasons,
                           a.monthsMid, role->name}});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &x, const Ranked &y) { return x.key < y.key; });
    for (auto &r : ranked)
        result.roles.push_back(std::move(r.match));
    return result;
}

} // namespace hp::veterans
