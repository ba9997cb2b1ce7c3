#include "compare/comparison.h"

#include "io/text.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace hp::compare {

std::vector<std::string> Comparison::sourceIds() const
{
    std::vector<std::string> out;
    for (const auto &row : rows)
        for (const auto &cell : row.cells)
            if (cell.isFigure() && std::find(out.begin(), out.end(), cell.sourceId) == out.end())
                out.push_back(cell.sourceId);
    return out;
}

std::string validRoleIds(const KnowledgeBase &kb)
{
    std::vector<std::string> ids;
    for (const auto &r : kb.roles())
        ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const auto &id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

namespace {

Cell plain(std::string text)
{
    return {std::move(text), {}, std::nullopt};
}

std::string join(const std::vector<std::string> &items, const std::string &sep)
{
    std::string out;
    for (const auto &i : items)
        out += (out.empty() ? "" : sep) + i;
    return out;
}

std::string formatNumber(double v)
{
    if (std::floor(v) == v)
        return std::to_string(static_cast<long>(v));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

Cell rangeCell(const SourcedRange &r, const std::string &unit, bool money)
{
    if (!r.present())
        return {r.sourceId.empty() ? "no sourced figure" : "not known", r.sourceId, r.status};
    auto fmt = [money](double v) { return money ? text::money(v) : formatNumber(v); };
    std::string t;
    if (r.min && r.max)
        t = *r.min == *r.max ? fmt(*r.min) : fmt(*r.min) + "–" + fmt(*r.max);
    else if (r.min)
        t = "from " + fmt(*r.min);
    else
        t = "up to " + fmt(*r.max);
    if (!unit.empty())
        t += " " + unit;
    if (r.typical)
        t = "typically " + t;
    return {t, r.sourceId, r.status};
}

Cell wageCell(const KnowledgeBase &kb, const Role &role, int vintage)
{
    const WageEstimate *w = kb.roleWage(role, vintage);
    if (!w)
        return {"no BLS estimate for May " + std::to_string(vintage), "", Status::Unverified};
    auto m = [&w](Percentile p) {
        if (w->isTopCoded(p))
            return std::string("top-coded");
        const auto v = w->at(p);
        return v ? text::money(static_cast<double>(*v)) : std::string("n/a");
    };
    return {m(Percentile::P10) + "–" + m(Percentile::P90) + " (median " + m(Percentile::Median) + "; BLS " + w->soc + ", May "
                + std::to_string(vintage) + ")",
            w->sourceId, std::nullopt};
}

Cell outlookCell(const KnowledgeBase &kb, const Role &role)
{
    const auto *occ = role.primaryOccupation();
    const Projection *p = occ ? kb.projection(occ->soc) : nullptr;
    if (!p)
        return plain("no BLS projection");
    char pct[32];
    std::snprintf(pct, sizeof pct, "%+.1f%%", p->changePct);
    return {std::string(pct) + " jobs " + std::to_string(p->baseYear) + "–" + std::to_string(p->targetYear) + ", about "
                + text::thousands(std::lround(p->openingsK * 1000)) + " openings a year (BLS " + p->soc + ")",
            p->sourceId, std::nullopt};
}

Cell nextSteps(const KnowledgeBase &kb, const Role &role)
{
    const Ladder *ladder = kb.ladder(role.ladderId);
    if (!ladder)
        return plain("—");
    std::vector<std::string> names;
    bool after = false;
    for (const auto &lv : ladder->levels) {
        if (after && names.size() < 2)
            names.push_back(lv.name);
        after = after || lv.id == role.ladderLevel;
    }
    return plain(names.empty() ? "top of its ladder; related roles open sideways moves" : join(names, " → "));
}

std::string firstItems(const std::vector<std::string> &items, size_t n)
{
    std::vector<std::string> some(items.begin(), items.begin() + static_cast<long>(std::min(n, items.size())));
    return join(some, "; ");
}

} // namespace

Result compareRoles(const KnowledgeBase &kb, const std::vector<std::string> &roleIds, int vintage)
{
    Result result;
    if (roleIds.size() < kMinRoles || roleIds.size() > kMaxRoles) {
        result.error = "Compare takes 2 to 4 roles; " + std::to_string(roleIds.size()) + " given.";
        return result;
    }
    Comparison c;
    c.vintage = vintage;
    std::set<std::string> seen;
    for (const auto &id : roleIds) {
        const Role *r = kb.role(id);
        if (!r) {
            result.error = "Unknown role '" + id + "'. Valid roles: " + validRoleIds(kb) + ".";
            return result;
        }
        if (!seen.insert(id).second) {
            result.error = "The role '" + id + "' is listed twice; pick 2 to 4 different roles.";
            return result;
        }
        c.roles.push_back(r);
    }
    const auto vintages = kb.vintages();
    if (std::find(vintages.begin(), vintages.end(), vintage) == vintages.end()) {
        result.error = "There is no wage data for May " + std::to_string(vintage) + ".";
        return result;
    }
    auto add = [&c](RowId id, const char *key, const char *label, auto make) {
        Row row{id, key, label, {}};
        for (const Role *r : c.roles)
            row.cells.push_back(make(*r));
        c.rows.push_back(std::move(row));
    };
    add(RowId::Summary, "summary", "What the job is", [](const Role &r) { return plain(r.summary); });
    add(RowId::TypicalDay, "typical_day", "A typical day", [](const Role &r) { return plain(firstItems(r.typicalDay, 3)); });
    add(RowId::Settings, "settings", "Where people work", [](const Role &r) { return plain(firstItems(r.settings, 3)); });
    add(RowId::EntryEducation, "entry_education", "Entry education", [](const Role &r) { return plain(r.entryEducation); });
    add(RowId::TimeToFirstJob, "time_to_first_job", "Time to a first job", [](const Role &r) { return rangeCell(r.entryTimeMonths, "months", false); });
    add(RowId::CostToEntry, "cost_to_entry", "Cost to entry", [](const Role &r) { return rangeCell(r.entryCostUsd, "", true); });
    add(RowId::KeyCertifications, "key_certifications", "Key certifications", [&kb](const Role &r) {
        std::vector<std::string> abbrs;
        for (const auto &id : r.certifications)
            if (const auto *cert = kb.certification(id))
                abbrs.push_back(cert->abbr);
        return plain(abbrs.empty() ? std::string("none required") : join(abbrs, ", "));
    });
    add(RowId::WageBand, "wage_band", "Pay, 10th–90th percentile", [&kb, vintage](const Role &r) { return wageCell(kb, r, vintage); });
    add(RowId::Outlook, "outlook", "Job outlook", [&kb](const Role &r) { return outlookCell(kb, r); });
    add(RowId::Remote, "remote", "Remote work", [](const Role &r) { return plain(r.remoteLevel + (r.remoteNote.empty() ? "" : ": " + r.remoteNote)); });
    add(RowId::EntryBarrier, "entry_barrier", "Entry barrier", [](const Role &r) { return plain(r.barrierLevel + ": " + r.barrierText); });
    add(RowId::NextSteps, "next_steps", "Next steps up", [&kb](const Role &r) { return nextSteps(kb, r); });
    result.comparison = std::move(c);
    return result;
}

} // namespace hp::compare
