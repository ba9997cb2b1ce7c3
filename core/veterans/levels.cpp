// Same level: a pay grade → entry, mid, lead or manager level (HealthPath's editorial judgement,
// veterans.json "levels"), the ladder level of a role that matches it, and what stands between the
// veteran and that level.
//
//   E1–E4 entry · E5–E6 mid · E7–E9 lead · W1–W5 lead · O1–O2 mid · O3 lead · O4+ manager
//
// Which ladder level: the role's own level when its tier matches; else a level of the same ladder
// at that tier that is no other role's (lead coder, coding supervisor, billing lead, …), the one
// nearest the role's own; else the role's own level (the role sits above the veteran's level) or
// the top of the ladder (the ladder stops below it), each with a gap sentence saying so.

#include "refdata/knowledge_base.h"
#include "veterans/veterans_state.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace hp::veterans::detail {

namespace {

std::string normalizeGrade(std::string_view grade)
{
    std::string g;
    for (char ch : grade)
        if (std::isalnum(static_cast<unsigned char>(ch)))
            g += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (g.rfind("CW", 0) == 0) // Army chief warrant officer: CW3 = W3
        g.erase(0, 1);
    if (g.size() >= 3 && g[1] == '0') // E05 → E5
        g.erase(1, 1);
    return g;
}

std::string yearsText(const LadderLevel &level)
{
    const auto n = [](double v) { return std::to_string(static_cast<long>(std::lround(v))); };
    if (!level.yearsMin)
        return {};
    if (!level.yearsMax)
        return n(*level.yearsMin).append(" or more years");
    if (std::lround(*level.yearsMin) == std::lround(*level.yearsMax))
        return n(*level.yearsMin).append(" years");
    return n(*level.yearsMin).append("\u2013").append(n(*level.yearsMax)).append(" years");
}

} // namespace

std::optional<Level> levelForGrade(const Config &config, std::string_view payGrade)
{
    const std::string grade = normalizeGrade(payGrade);
    for (const auto &band : config.grades)
        if (std::find(band.grades.begin(), band.grades.end(), grade) != band.grades.end())
            return Level{band.tier, config.tierName(band.tier), band.scope};
    return std::nullopt;
}

void placeLevel(const State &s, const Role &role, const std::optional<Level> &level, RoleMatch &match)
{
    const auto &cfg = s.config;
    std::vector<std::string> certs;
    for (const auto &id : role.certifications)
        if (const auto *c = s.kb.certification(id))
            certs.push_back(c->abbr);
    if (!certs.empty())
        match.gaps.push_back(fill(cfg.gaps.at("credential"), {{"certifications", joinWords(certs, "or")}}));

    const Ladder *ladder = s.kb.ladder(role.ladderId);
    if (!level || !ladder)
        return;
    const int want = cfg.tierRank(level->id);
    const LadderLevel *own = nullptr;
    for (const auto &l : ladder->levels)
        if (l.id == role.ladderLevel)
            own = &l;
    if (!own || want < 0)
        return;
    auto tierOf = [&cfg](const LadderLevel &l) {
        const auto it = cfg.ladderTiers.find(l.id);
        return it == cfg.ladderTiers.end() ? -1 : cfg.tierRank(it->second);
    };
    const int ownTier = tierOf(*own);
    const LadderLevel *target = nullptr;
    int highest = -1;
    const LadderLevel *top = own;
    if (ownTier == want) {
        target = own;
    } else {
        // Levels of this work: the role's own and those that are no other role's.
        for (const auto &l : ladder->levels) {
            if (!l.roleId.empty() && l.roleId != role.id)
                continue;
            const int t = tierOf(l);
            if (t > highest || (t == highest && l.order > top->order)) {
                highest = t;
                top = &l;
            }
            if (t != want)
                continue;
            // Nearest the role's own level: the highest below it, the lowest above it.
            if (!target || (l.order < own->order ? l.order > target->order : l.order < target->order))
                target = &l;
        }
    }
    std::map<std::string, std::string> values = {{"role", role.name},
                                                 {"role_tier", lowerFirst(cfg.tierName(cfg.ladderTiers.count(own->id) ? cfg.ladderTiers.at(own->id) : ""))},
                                                 {"your_tier", lowerFirst(level->name)},
                                                 {"ladder", ladder->name}};
    if (!target) {
        target = want > highest ? top : own;
        values["level"] = lowerFirst(target->name);
        match.gaps.push_back(fill(cfg.gaps.at(want > highest ? "above" : "below"), values));
    } else if (ownTier > want) { // a lower level of the same work fits now; the role itself comes later
        match.gaps.push_back(fill(cfg.gaps.at("below"), values));
    }
    match.levelId = target->id;
    values["level"] = lowerFirst(target->name);
    if (want > 0 && tierOf(*target) > 0) {
        if (const std::string years = yearsText(*target); !years.empty()) {
            const Source *src = s.kb.source(target->yearsSourceId);
            values["years"] = years;
            values["source"] = src ? src->title : target->yearsSourceId;
            match.gaps.push_back(fill(cfg.gaps.at("experience_years"), values));
            match.sourceIds.push_back(target->yearsSourceId);
        } else {
            match.gaps.push_back(fill(cfg.gaps.at("experience"), values));
        }
    }
    if (tierOf(*target) >= cfg.tierRank("manager") || role.family == Family::Administrator)
        match.gaps.push_back(fill(cfg.gaps.at("education"), {{"education", role.entryEducation}}));
    if (std::find(match.sourceIds.begin(), match.sourceIds.end(), cfg.levelsSource) == match.sourceIds.end())
        match.sourceIds.push_back(cfg.levelsSource);
}

} // namespace hp::veterans::detail
