// Reads resources/data/veterans.json into detail::Config. A file that does not have the shape
// FORMAT.md gives is refused with one sentence naming the place at fault; cross-references to the
// rest of the reference data are checked by checkVeteransData (veterans_check.cpp).

#include "veterans/veterans_config.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace hp::veterans::detail {

namespace {

struct Bad {
    std::string what;
};

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw Bad{std::string(kConfigFile).append(": ").append(where).append(" ").append(what)};
}

const json::object &object(const json::value &v, const std::string &where)
{
    if (!v.is_object())
        fail(where, "should be a JSON object.");
    return v.get_object();
}

const json::value &field(const json::object &o, std::string_view key, const std::string &where)
{
    const auto *v = o.if_contains(key);
    if (!v)
        fail(where, std::string("has no \"").append(key).append("\"."));
    return *v;
}

const json::object &objectAt(const json::object &o, std::string_view key, const std::string &where)
{
    return object(field(o, key, where), std::string(where).append(".").append(key));
}

const json::array &arrayAt(const json::object &o, std::string_view key, const std::string &where)
{
    const auto &v = field(o, key, where);
    if (!v.is_array())
        fail(where, std::string("field \"").append(key).append("\" should be a list."));
    return v.get_array();
}

std::string text(const json::value &v, const std::string &where)
{
    if (!v.is_string() || v.get_string().empty())
        fail(where, "should be non-empty text.");
    return std::string(v.get_string());
}

std::string textAt(const json::object &o, std::string_view key, const std::string &where)
{
    return text(field(o, key, where), std::string(where).append(".").append(key));
}

std::vector<std::string> texts(const json::object &o, std::string_view key, const std::string &where, bool required = true)
{
    std::vector<std::string> out;
    if (!required && !o.if_contains(key))
        return out;
    const auto &a = arrayAt(o, key, where);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.push_back(text(a[i], std::string(where).append(".").append(key).append("[").append(std::to_string(i)).append("]")));
    return out;
}

std::string at(const std::string &where, std::size_t i)
{
    return std::string(where).append("[").append(std::to_string(i)).append("]");
}

std::vector<LinkRule> links(const json::object &root, std::string_view key, bool needsId)
{
    std::vector<LinkRule> out;
    const auto &a = arrayAt(root, key, "the file");
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string where = at(std::string(key), i);
        const auto &o = object(a[i], where);
        LinkRule r;
        r.id = needsId ? textAt(o, "id", where) : std::string(key);
        r.onet = texts(o, "onet", where);
        r.roles = texts(o, "roles", where);
        r.reason = textAt(o, "reason", where);
        if (r.onet.empty() || r.roles.empty())
            fail(where, "needs at least one O*NET code and one role.");
        out.push_back(std::move(r));
    }
    return out;
}

DutyRule duty(const json::object &o, const std::string &where, bool needsOnet)
{
    DutyRule d;
    if (needsOnet)
        d.onet = texts(o, "onet", where);
    d.military = textAt(o, "military", where);
    d.civilian = textAt(o, "civilian", where);
    d.keywords = texts(o, "keywords", where, false);
    return d;
}

Config parse(const json::value &doc)
{
    Config c;
    const auto &root = object(doc, "the file");
    c.sourceId = textAt(root, "source", "the file");

    const auto &cw = objectAt(root, "crosswalk", "the file");
    c.crosswalkSource = textAt(cw, "source", "crosswalk");
    c.vintage = textAt(cw, "vintage", "crosswalk");
    c.attribution = textAt(cw, "attribution", "crosswalk");

    const auto &levels = objectAt(root, "levels", "the file");
    c.levelsSource = textAt(levels, "source", "levels");
    const auto &tiers = arrayAt(levels, "tiers", "levels");
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const auto &t = object(tiers[i], at("levels.tiers", i));
        c.tiers.emplace_back(textAt(t, "id", at("levels.tiers", i)), textAt(t, "name", at("levels.tiers", i)));
    }
    const auto &grades = arrayAt(levels, "grades", "levels");
    for (std::size_t i = 0; i < grades.size(); ++i) {
        const std::string where = at("levels.grades", i);
        const auto &g = object(grades[i], where);
        c.grades.push_back({texts(g, "grades", where), textAt(g, "tier", where), textAt(g, "scope", where)});
    }
    for (const auto &[level, tier] : objectAt(levels, "ladder_levels", "levels"))
        c.ladderTiers[std::string(level)] = text(tier, std::string("levels.ladder_levels.").append(level));

    for (const auto &[soc, roles] : objectAt(root, "direct_order", "the file")) {
        const std::string where = std::string("direct_order.").append(soc);
        if (!roles.is_array())
            fail(where, "should be a list of role ids.");
        for (std::size_t i = 0; i < roles.get_array().size(); ++i)
            c.directOrder[std::string(soc)].push_back(text(roles.get_array()[i], at(where, i)));
    }
    c.notDirect = links(root, "not_direct", false);
    c.adjacent = links(root, "adjacent", true);

    const auto &stretch = objectAt(root, "stretch", "the file");
    const auto &starts = arrayAt(stretch, "starts", "stretch");
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::string where = at("stretch.starts", i);
        const auto &s = object(starts[i], where);
        c.stretchStarts.push_back({textAt(s, "start", where), texts(s, "onet", where)});
    }
    if (c.stretchStarts.empty() || !c.stretchStarts.back().onet.empty())
        fail("stretch.starts", "must end with a start whose \"onet\" list is empty (the default).");
    c.stretchReason = textAt(stretch, "reason", "stretch");
    c.routeTarget = textAt(stretch, "route_target", "stretch");

    const auto &noMatch = objectAt(root, "no_match", "the file");
    c.noMatchUnknown = textAt(noMatch, "unknown", "no_match");
    c.noMatchNoLink = textAt(noMatch, "no_link", "no_match");
    c.noMatchRoute = textAt(noMatch, "route", "no_match");
    c.skills = texts(root, "transferable_skills", "the file");

    for (const auto &[key, value] : objectAt(root, "gaps", "the file"))
        c.gaps[std::string(key)] = text(value, std::string("gaps.").append(key));
    for (const char *key : {"credential", "experience_years", "experience", "below", "above", "education"})
        if (!c.gaps.count(key))
            fail("gaps", std::string("has no \"").append(key).append("\" text."));

    const auto &funding = arrayAt(root, "funding", "the file");
    for (std::size_t i = 0; i < funding.size(); ++i) {
        const std::string where = at("funding", i);
        const auto &f = object(funding[i], where);
        FundingRule r;
        r.id = textAt(f, "id", where);
        r.title = textAt(f, "title", where);
        r.text = textAt(f, "text", where);
        r.sourceId = textAt(f, "source", where);
        if (f.if_contains("status")) {
            r.status = statusFromId(textAt(f, "status", where));
            if (!r.status)
                fail(where, "has a status that is not VERIFIED, SECONDARY, UNVERIFIED or EDITORIAL.");
        }
        r.educationKinds = texts(f, "education_kinds", where, false);
        if (const auto *n = f.if_contains("needs_certifications")) {
            if (!n->is_bool())
                fail(where, "field \"needs_certifications\" should be true or false.");
            r.needsCertifications = n->get_bool();
        }
        c.funding.push_back(std::move(r));
    }

    const auto &resume = objectAt(root, "resume", "the file");
    const auto &duties = arrayAt(resume, "duties", "resume");
    for (std::size_t i = 0; i < duties.size(); ++i)
        c.duties.push_back(duty(object(duties[i], at("resume.duties", i)), at("resume.duties", i), true));
    c.defaultDuty = duty(objectAt(resume, "default", "resume"), "resume.default", false);
    for (const auto &[tier, line] : objectAt(resume, "levels", "resume")) {
        const std::string where = std::string("resume.levels.").append(tier);
        const auto &o = object(line, where);
        c.levelLines[std::string(tier)] = {textAt(o, "military", where), textAt(o, "civilian", where)};
    }
    return c;
}

} // namespace

int Config::tierRank(std::string_view tier) const
{
    for (std::size_t i = 0; i < tiers.size(); ++i)
        if (tiers[i].first == tier)
            return int(i);
    return -1;
}

std::string Config::tierName(std::string_view tier) const
{
    for (const auto &[id, name] : tiers)
        if (id == tier)
            return name;
    return std::string(tier);
}

std::optional<Config> parseConfig(std::string_view text, std::string *error)
{
    boost::system::error_code ec;
    const json::value doc = json::parse(text, ec);
    if (ec) {
        if (error)
            *error = std::string(kConfigFile).append(" is not valid JSON (").append(ec.message()).append(").");
        return std::nullopt;
    }
    try {
        return parse(doc);
    } catch (const Bad &bad) {
        if (error)
            *error = bad.what;
        return std::nullopt;
    }
}

bool matchesPrefix(std::string_view onet, const std::vector<std::string> &prefixes)
{
    for (const auto &p : prefixes)
        if (onet.substr(0, p.size()) == p)
            return true;
    return false;
}

std::vector<std::string> placeholders(std::string_view text)
{
    std::vector<std::string> out;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const auto close = text.find('}', open);
        if (close == std::string_view::npos)
            break;
        out.emplace_back(text.substr(open + 1, close - open - 1));
    }
    return out;
}

std::string fill(std::string_view text, const std::map<std::string, std::string> &values, std::vector<std::string> *unknown)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto open = text.find('{', pos);
        const auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, open - pos));
        const std::string name(text.substr(open + 1, close - open - 1));
        if (const auto it = values.find(name); it != values.end()) {
            out.append(it->second);
        } else {
            out.append(text.substr(open, close - open + 1));
            if (unknown)
                unknown->push_back(name);
        }
        pos = close + 1;
    }
    return out;
}

} // namespace hp::veterans::detail
