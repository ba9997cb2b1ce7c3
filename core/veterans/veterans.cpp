// Veterans: loading the crosswalk (shipped, or a user's import from the reference store), the
// editorial links of veterans.json and the lattice routes stretch matches quote; code search.

#include "veterans/veterans.h"

#include "embedded_data.h"
#include "lattice/planner.h"
#include "refdata/knowledge_base.h"
#include "veterans/crosswalk_import.h"
#include "veterans/veterans_state.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace hp::veterans {

namespace {

std::string_view embedded(std::string_view path)
{
    for (const auto &f : refdata::embeddedFiles())
        if (f.path == path)
            return f.content;
    return {};
}

std::string number(double v)
{
    return std::to_string(static_cast<long>(std::lround(v)));
}

// "about 4–12 months", "at least 24 months", with a word on steps nobody has measured.
std::string monthsText(const lattice::Totals &t)
{
    std::string out;
    if (t.monthsMax <= 0 && t.monthsUnknown > 0)
        return "how long it takes is not known";
    if (t.monthsMax <= 0 && !t.monthsOpen)
        return "no training needed before you are hired";
    if (t.monthsOpen)
        out.append("at least ").append(number(t.monthsMin)).append(" months");
    else if (std::lround(t.monthsMin) == std::lround(t.monthsMax))
        out.append("about ").append(number(t.monthsMin)).append(" months");
    else
        out.append("about ").append(number(t.monthsMin)).append("\u2013").append(number(t.monthsMax)).append(" months");
    if (t.monthsUnknown > 0)
        out.append(", not counting steps whose time is not known");
    return out;
}

void computeRoutes(detail::State &s)
{
    const auto lattice = lattice::Lattice::build(s.kb.data());
    std::vector<std::string> starts;
    for (const auto &st : s.config.stretchStarts)
        if (std::find(starts.begin(), starts.end(), st.start) == starts.end())
            starts.push_back(st.start);
    for (const auto &start : starts) {
        const auto v = lattice.find(start);
        if (!v)
            continue; // data check reports it
        s.startNames[start] = detail::lowerFirst(lattice.node(*v).name);
        for (const auto &role : s.kb.roles()) {
            lattice::PlanRequest request(start, role.id);
            request.alternatives = 0;
            const auto plan = lattice::makePlan(lattice, s.kb, request);
            if (plan.status != lattice::Plan::Status::Ok || !plan.fastest)
                continue;
            detail::RouteInfo info;
            std::vector<std::string> steps;
            for (const auto &step : plan.fastest->steps)
                steps.push_back(detail::lowerFirst(step.move->name));
            for (std::size_t i = 0; i < steps.size(); ++i)
                info.text.append(i == 0 ? "" : ", then ").append(steps[i]);
            info.text.append(" (").append(monthsText(plan.fastest->totals)).append(")");
            info.monthsMid = plan.fastest->totals.monthsMid;
            s.routes[start][role.id] = std::move(info);
        }
    }
}

} // namespace

const std::vector<Branch> &branches()
{
    static const std::vector<Branch> all = {{"army", "Army"},         {"navy", "Navy"},
                                            {"air-force", "Air Force"}, {"marine-corps", "Marine Corps"},
                                            {"coast-guard", "Coast Guard"}, {"space-force", "Space Force"}};
    return all;
}

const Branch *findBranch(std::string_view text)
{
    std::string key;
    for (char ch : text)
        if (std::isalnum(static_cast<unsigned char>(ch)))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static const std::vector<std::pair<std::string_view, std::string_view>> aliases = {
        {"usa", "army"},       {"usn", "navy"},         {"af", "air-force"},   {"usaf", "air-force"},
        {"usmc", "marine-corps"}, {"marines", "marine-corps"}, {"marine", "marine-corps"}, {"uscg", "coast-guard"},
        {"ussf", "space-force"}, {"sf", "space-force"}};
    for (const auto &[alias, id] : aliases)
        if (key == alias)
            return findBranch(id);
    for (const auto &b : branches()) {
        std::string idKey, nameKey;
        for (char ch : b.id)
            if (ch != '-')
                idKey += ch;
        for (char ch : b.name)
            if (ch != ' ')
                nameKey += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (!key.empty() && (key == idKey || key == nameKey))
            return &b;
    }
    return nullptr;
}

std::string_view matchKindName(MatchKind k)
{
    switch (k) {
    case MatchKind::Direct: return "direct";
    case MatchKind::Adjacent: return "adjacent";
    case MatchKind::Stretch: return "stretch";
    }
    return "stretch";
}

namespace detail {

std::string joinWords(const std::vector<std::string> &items, std::string_view last)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(i + 1 == items.size() ? std::string(" ").append(last).append(" ") : std::string(", "));
        out.append(items[i]);
    }
    return out;
}

std::string lowerFirst(std::string s)
{
    if (s.size() >= 2 && std::isupper(static_cast<unsigned char>(s[0])) && std::islower(static_cast<unsigned char>(s[1])))
        s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

std::string State::label(const MilitaryOccupation &o) const
{
    std::string branch;
    for (const auto &b : branches())
        if (b.id == o.branchId)
            branch = b.name;
    return branch.append(" ").append(o.code).append(" (").append(o.title).append(")");
}

std::vector<std::string> State::stretchStarts(const std::vector<MilitaryOccupation> &found) const
{
    std::vector<std::string> out;
    for (const auto &rule : config.stretchStarts) {
        bool applies = rule.onet.empty();
        for (const auto &o : found)
            for (const auto &code : o.onetCodes)
                applies = applies || matchesPrefix(code, rule.onet);
        if (applies && std::find(out.begin(), out.end(), rule.start) == out.end())
            out.push_back(rule.start);
    }
    return out;
}

const RouteInfo *State::route(const std::vector<std::string> &starts, const std::string &roleId, std::string *startId) const
{
    for (const auto &start : starts) {
        const auto it = routes.find(start);
        if (it == routes.end())
            continue;
        if (const auto r = it->second.find(roleId); r != it->second.end()) {
            if (startId)
                *startId = start;
            return &r->second;
        }
    }
    return nullptr;
}

} // namespace detail

Veterans::Veterans(std::unique_ptr<Impl> impl)
    : m(std::move(impl))
{
}

Veterans::~Veterans() = default;

std::unique_ptr<Veterans> Veterans::load(const KnowledgeBase &kb, std::string *error)
{
    auto fail = [error](std::string message) {
        if (error)
            *error = std::move(message);
        return std::unique_ptr<Veterans>();
    };
    std::string problem;
    auto config = detail::parseConfig(embedded(detail::kConfigFile), &problem);
    if (!config)
        return fail(problem);
    auto impl = std::make_unique<Impl>(kb);
    impl->config = std::move(*config);

    std::map<std::string, std::string> titles;
    if (!parseOnetTitlesCsv(embedded(kOnetTitlesFile), std::string(kOnetTitlesFile), titles, problem))
        return fail(problem);
    std::vector<CrosswalkRow> rows;
    std::optional<StoredCrosswalk> stored;
    try {
        stored = readStoredCrosswalk(kb.database());
    } catch (const std::exception &e) {
        return fail(std::string("The imported military crosswalk could not be read: ").append(e.what()));
    }
    if (stored) {
        rows = std::move(stored->rows);
        for (auto &[code, title] : stored->onetTitles)
            titles[code] = title;
        impl->imported = true;
        impl->crosswalkSource = stored->sourceId;
        impl->vintage = crosswalkVintageText(stored->fileName, stored->asOf);
    } else {
        if (!parseCrosswalkCsv(embedded(kCrosswalkFile), std::string(kCrosswalkFile), rows, problem))
            return fail(problem);
        impl->crosswalkSource = impl->config.crosswalkSource;
        impl->vintage = impl->config.vintage;
    }
    impl->attribution = impl->config.attribution;
    impl->crosswalk = Crosswalk(std::move(rows), std::move(titles));
    computeRoutes(*impl);
    return std::unique_ptr<Veterans>(new Veterans(std::move(impl)));
}

std::size_t Veterans::occupationCount() const
{
    return m->crosswalk.rows().size();
}

std::string Veterans::crosswalkAttribution() const
{
    return m->attribution;
}

std::string Veterans::crosswalkVintage() const
{
    return m->vintage;
}

std::string Veterans::crosswalkSourceId() const
{
    return m->crosswalkSource;
}

bool Veterans::crosswalkImported() const
{
    return m->imported;
}

std::string Veterans::onetTitle(std::string_view onetCode) const
{
    return m->crosswalk.onetTitle(onetCode);
}

std::optional<Level> Veterans::level(std::string_view payGrade) const
{
    return detail::levelForGrade(m->config, payGrade);
}

std::string detail::servicesOfBranch(std::string_view branchId)
{
    std::string out;
    const Branch *b = branchId.empty() ? nullptr : findBranch(branchId);
    if (!b)
        return out;
    for (char c = 'A'; c <= 'Z'; ++c)
        if (const auto *s = serviceFor(c); s && s->branchId == b->id)
            out += c;
    return out;
}

std::vector<MilitaryOccupation> Veterans::search(const CodeQuery &query, std::size_t limit) const
{
    std::vector<MilitaryOccupation> out;
    for (const auto &hit : m->crosswalk.search(query.code, detail::servicesOfBranch(query.branchId), limit))
        out.push_back(m->crosswalk.occupation(hit.row));
    return out;
}

} // namespace hp::veterans
