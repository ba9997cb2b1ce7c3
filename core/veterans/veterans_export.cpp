#include "veterans/veterans_export.h"

#include "refdata/knowledge_base.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace json = boost::json;

namespace hp::veterans {

namespace {

std::string branchName(std::string_view id)
{
    for (const auto &b : branches())
        if (b.id == id)
            return b.name;
    return std::string(id);
}

std::string levelName(const KnowledgeBase &kb, const std::string &levelId)
{
    for (const auto &ladder : kb.data().ladders)
        for (const auto &l : ladder.levels)
            if (l.id == levelId)
                return l.name;
    return levelId;
}

std::string lowerCase(std::string_view s)
{
    std::string out(s);
    for (auto &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string roleName(const KnowledgeBase &kb, const std::string &id)
{
    const Role *r = kb.role(id);
    return r ? r->name : id;
}

std::string abbrs(const KnowledgeBase &kb, const std::vector<std::string> &ids)
{
    std::string out;
    for (const auto &id : ids) {
        const auto *c = kb.certification(id);
        out.append(out.empty() ? "" : ", ").append(c ? c->abbr : id);
    }
    return out;
}

const char *heading(MatchKind k)
{
    switch (k) {
    case MatchKind::Direct: return "DIRECT: the crosswalk maps your code to the role's occupation";
    case MatchKind::Adjacent: return "ADJACENT: your work shares the skills this role is built on";
    case MatchKind::Stretch: return "STRETCH: within reach with training, no crosswalk or skill link";
    }
    return "";
}

json::array strings(const std::vector<std::string> &v)
{
    json::array a;
    for (const auto &s : v)
        a.emplace_back(s);
    return a;
}

json::object occupationJson(const Veterans &vet, const MilitaryOccupation &o)
{
    json::object j;
    j["branch"] = o.branchId;
    j["code_type"] = o.codeType;
    j["category"] = o.category;
    j["code"] = o.code;
    j["title"] = o.title;
    json::array onet;
    for (const auto &c : o.onetCodes)
        onet.emplace_back(json::object{{"code", c}, {"title", vet.onetTitle(c)}});
    j["onet"] = std::move(onet);
    return j;
}

void occupationLines(std::ostream &out, const Veterans &vet, const MilitaryOccupation &o)
{
    out << "  " << branchName(o.branchId) << " " << o.code << "  " << o.title << " (" << lowerCase(o.category) << ")\n";
    for (const auto &c : o.onetCodes)
        out << "      -> " << c << " " << vet.onetTitle(c) << "\n";
}

} // namespace

std::string matchToText(const Veterans &vet, const KnowledgeBase &kb, const MatchResult &result, const std::string &roleId)
{
    std::ostringstream out;
    if (!result.occupations.empty()) {
        out << "Found in the " << vet.crosswalkVintage() << ":\n";
        for (const auto &o : result.occupations)
            occupationLines(out, vet, o);
    }
    for (const auto &s : result.notFound)
        out << "Not found: " << s << "\n";
    for (const auto &s : result.notes)
        out << "Note: " << s << "\n";
    if (result.level)
        out << "Your level: " << result.level->name << ", from your pay grade: " << result.level->scope
            << " (HealthPath's judgement, EDITORIAL)\n";
    if (!result.noMatchExplanation.empty())
        out << "\n" << result.noMatchExplanation << "\n";
    std::vector<std::string> sources;
    bool any = false;
    for (MatchKind kind : {MatchKind::Direct, MatchKind::Adjacent, MatchKind::Stretch}) {
        bool first = true;
        for (const auto &m : result.roles) {
            if (m.kind != kind)
                continue;
            if (first)
                out << "\n" << heading(kind) << "\n";
            first = false;
            any = true;
            out << "  " << roleName(kb, m.roleId) << " [" << m.roleId << "]\n";
            for (std::size_t i = 0; i < m.reasons.size(); ++i)
                out << (i == 0 ? "    Why: " : "         ") << m.reasons[i] << "\n";
            if (kind != MatchKind::Stretch && !m.fromCodes.empty()) {
                std::string codes;
                for (const auto &c : m.fromCodes)
                    codes.append(codes.empty() ? "" : ", ").append(c);
                out << "    From your codes: " << codes << "\n";
            }
            if (!m.levelId.empty())
                out << "    Level that matches yours: " << levelName(kb, m.levelId) << "\n";
            if (!m.gaps.empty()) {
                out << "    What stands between you and it:\n";
                for (const auto &g : m.gaps)
                    out << "      - " << g << "\n";
            }
            if (!m.credentials.empty())
                out << "    Related credentials: " << abbrs(kb, m.credentials) << "\n";
            for (const auto &s : m.sourceIds)
                if (std::find(sources.begin(), sources.end(), s) == sources.end())
                    sources.push_back(s);
        }
    }
    if (!roleId.empty()) {
        out << "\nFUNDING for " << roleName(kb, roleId) << "\n";
        for (const auto &f : vet.funding(roleId)) {
            out << "  " << f.title << (f.verified ? "" : " (check before relying on it)") << "\n    " << f.text << "\n    Source: "
                << kb.citation(f.sourceId) << "\n";
        }
        const Resume resume = vet.resume(result, roleId);
        out << "\nRESUME LANGUAGE for " << roleName(kb, roleId) << " (suggestions: check each line against your record)\n";
        for (const auto &l : resume.lines)
            out << "  Military: " << l.military << "\n  Civilian: " << l.civilian << "\n";
        std::string keywords;
        for (const auto &k : resume.keywords)
            keywords.append(keywords.empty() ? "" : "; ").append(k);
        out << "  Keywords employers search for: " << keywords << "\n";
    } else if (any) {
        out << "\nAdd --role ROLE for the funding and résumé language of one role.\n";
    }
    if (!sources.empty()) {
        out << "\nSources:\n";
        for (const auto &s : sources)
            out << "  " << kb.citation(s) << "\n";
    }
    out << "\n" << vet.crosswalkAttribution() << "\n";
    return out.str();
}

std::string matchToJson(const Veterans &vet, const KnowledgeBase &kb, const MatchResult &result, const std::string &roleId)
{
    json::object root;
    root["crosswalk"] = json::object{{"vintage", vet.crosswalkVintage()},
                                     {"source", vet.crosswalkSourceId()},
                                     {"imported", vet.crosswalkImported()},
                                     {"attribution", vet.crosswalkAttribution()}};
    json::array occupations;
    for (const auto &o : result.occupations)
        occupations.emplace_back(occupationJson(vet, o));
    root["occupations"] = std::move(occupations);
    root["not_found"] = strings(result.notFound);
    root["notes"] = strings(result.notes);
    root["level"] = result.level ? json::value(json::object{{"id", result.level->id},
                                                            {"name", result.level->name},
                                                            {"scope", result.level->scope},
                                                            {"status", "EDITORIAL"}})
                                 : json::value(nullptr);
    root["no_match_explanation"] = result.noMatchExplanation;
    json::array roles;
    for (const auto &m : result.roles) {
        json::object r;
        r["role"] = m.roleId;
        r["name"] = roleName(kb, m.roleId);
        r["kind"] = std::string(matchKindName(m.kind));
        r["reasons"] = strings(m.reasons);
        r["from_codes"] = strings(m.fromCodes);
        r["level"] = m.levelId.empty() ? json::value(nullptr) : json::value(m.levelId);
        r["level_name"] = m.levelId.empty() ? json::value(nullptr) : json::value(levelName(kb, m.levelId));
        r["gaps"] = strings(m.gaps);
        r["credentials"] = strings(m.credentials);
        r["sources"] = strings(m.sourceIds);
        roles.emplace_back(std::move(r));
    }
    root["roles"] = std::move(roles);
    if (!roleId.empty()) {
        json::array funding;
        for (const auto &f : vet.funding(roleId))
            funding.emplace_back(json::object{{"title", f.title}, {"text", f.text}, {"source", f.sourceId},
                                              {"status", f.status},
                                              {"verified", f.verified}});
        root["funding"] = std::move(funding);
        const Resume resume = vet.resume(result, roleId);
        json::array lines;
        for (const auto &l : resume.lines)
            lines.emplace_back(json::object{{"military", l.military}, {"civilian", l.civilian}});
        root["resume"] = json::object{{"role", roleId}, {"lines", std::move(lines)}, {"keywords", strings(resume.keywords)}};
    }
    return json::serialize(root).append("\n");
}

std::string occupationsToText(const Veterans &vet, const std::vector<MilitaryOccupation> &found)
{
    std::ostringstream out;
    if (found.empty())
        out << "No military occupation matches in the " << vet.crosswalkVintage() << ".\n";
    for (const auto &o : found)
        occupationLines(out, vet, o);
    out << "\n" << vet.crosswalkAttribution() << "\n";
    return out.str();
}

std::string occupationsToJson(const Veterans &vet, const std::vector<MilitaryOccupation> &found)
{
    json::array a;
    for (const auto &o : found)
        a.emplace_back(occupationJson(vet, o));
    json::object root{{"crosswalk", vet.crosswalkVintage()}, {"attribution", vet.crosswalkAttribution()}, {"occupations", std::move(a)}};
    return json::serialize(root).append("\n");
}

} // namespace hp::veterans
