// Veterans::resume: the veteran's military duties in employers' words for one role, and the
// keywords that role's postings are searched by. Every line is a template of veterans.json
// ("resume") filled from the crosswalk and the knowledge base; the keywords are the role's own
// hard skills and credentials plus those of the duties.

#include "refdata/knowledge_base.h"
#include "veterans/veterans_state.h"

#include <algorithm>
#include <cctype>

namespace hp::veterans {

namespace {

constexpr std::size_t kMaxLines = 8;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

void addKeyword(std::vector<std::string> &list, const std::string &word)
{
    const std::string key = lower(word);
    if (std::none_of(list.begin(), list.end(), [&key](const std::string &w) { return lower(w) == key; }))
        list.push_back(word);
}

} // namespace

Resume Veterans::resume(const MatchResult &result, std::string_view roleId) const
{
    const detail::State &s = *m;
    const auto &cfg = s.config;
    Resume out;
    const Role *role = s.kb.role(roleId);
    if (!role)
        return out;
    std::vector<std::string> dutyKeywords;
    std::vector<std::pair<std::string, std::string>> seen; // code and title already written
    for (const auto &o : result.occupations) {
        if (out.lines.size() >= kMaxLines)
            break;
        if (std::find(seen.begin(), seen.end(), std::make_pair(o.code, o.title)) != seen.end())
            continue; // the same code in the Air Force and the Space Force
        seen.emplace_back(o.code, o.title);
        std::string branch;
        for (const auto &b : branches())
            if (b.id == o.branchId)
                branch = b.name;
        const std::string onetTitle = o.onetCodes.empty() ? std::string() : s.crosswalk.onetTitle(o.onetCodes.front());
        const std::map<std::string, std::string> values = {{"title", o.title},
                                                           {"code", o.code},
                                                           {"branch", branch},
                                                           {"role", role->name},
                                                           {"onet_title", onetTitle},
                                                           {"onet_title_lower", lower(onetTitle)}};
        std::vector<const detail::DutyRule *> used;
        for (const auto &onet : o.onetCodes)
            for (const auto &rule : cfg.duties)
                if (detail::matchesPrefix(onet, rule.onet)) {
                    if (std::find(used.begin(), used.end(), &rule) == used.end())
                        used.push_back(&rule);
                    break;
                }
        if (used.empty())
            used.push_back(&cfg.defaultDuty);
        for (const auto *rule : used) {
            if (out.lines.size() >= kMaxLines)
                break;
            out.lines.push_back({detail::fill(rule->military, values), detail::fill(rule->civilian, values)});
            for (const auto &k : rule->keywords)
                addKeyword(dutyKeywords, k);
        }
    }
    if (result.level)
        if (const auto it = cfg.levelLines.find(result.level->id); it != cfg.levelLines.end()) {
            const std::map<std::string, std::string> values = {{"scope", result.level->scope}, {"level", result.level->name}};
            out.lines.push_back({detail::fill(it->second.military, values), detail::fill(it->second.civilian, values)});
        }
    for (const auto &skill : role->hardSkills)
        addKeyword(out.keywords, skill);
    for (const auto &id : role->certifications)
        if (const auto *c = s.kb.certification(id))
            addKeyword(out.keywords, c->abbr);
    for (const auto &k : dutyKeywords)
        addKeyword(out.keywords, k);
    return out;
}

} // namespace hp::veterans
