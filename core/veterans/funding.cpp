// Veterans::funding: what the GI Bill and VA's test-fee reimbursement can pay for on the way to a
// role. The texts are veterans.json's; the figures (VA's $2,000 cap, the form, the GI Bill tiers)
// are plan_templates.json's, so both places quote one sourced value. An item whose status is not
// VERIFIED is shown as "check before relying on it".

#include "io/text.h"
#include "plan/templates.h"
#include "refdata/knowledge_base.h"
#include "veterans/veterans_state.h"

#include <algorithm>

namespace hp::veterans {

namespace {

std::string figure(const std::string &key, bool money)
{
    const auto &figures = plan::templates().figures;
    const auto it = figures.find(key);
    if (it == figures.end())
        return {};
    if (!it->second.text.empty())
        return it->second.text;
    if (!it->second.value)
        return {};
    return money ? text::money(*it->second.value) : std::to_string(static_cast<long>(*it->second.value));
}

} // namespace

std::vector<FundingItem> Veterans::funding(std::string_view roleId) const
{
    const detail::State &s = *m;
    std::vector<FundingItem> out;
    const Role *role = s.kb.role(roleId);
    if (!role)
        return out;
    std::vector<std::string> certs;
    for (const auto &id : role->certifications)
        if (const auto *c = s.kb.certification(id))
            certs.push_back(c->abbr);
    std::map<std::string, std::string> values = {
        {"role", role->name},
        {"certifications", detail::joinWords(certs, "and")},
        {"va_test_fee_max", figure("va_test_fee_max_usd", true)},
        {"va_test_fee_form", figure("va_test_fee_form", false)},
        {"gi_bill_full_time_hours", figure("gi_bill_full_time_clock_hours", false)},
        {"gi_bill_tiers", figure("gi_bill_tiers", false)},
    };
    for (const auto &rule : s.config.funding) {
        if (rule.needsCertifications && certs.empty())
            continue;
        if (!rule.educationKinds.empty()) {
            std::vector<std::string> paths;
            for (const auto &id : role->entryEducationPaths)
                if (const auto *p = s.kb.educationPath(id))
                    if (std::find(rule.educationKinds.begin(), rule.educationKinds.end(), p->kind) != rule.educationKinds.end())
                        paths.push_back(detail::lowerFirst(p->name));
            if (paths.empty())
                continue;
            values["education"] = detail::joinWords(paths, "or");
        }
        FundingItem item;
        item.title = detail::fill(rule.title, values);
        item.text = detail::fill(rule.text, values);
        item.sourceId = rule.sourceId;
        const Status status = s.kb.statusOf(rule.sourceId, rule.status);
        item.verified = status == Status::Verified;
        item.status = std::string(statusId(status));
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace hp::veterans
