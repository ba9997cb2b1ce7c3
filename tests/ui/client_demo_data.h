#pragma once
// A small, believable caseload for the Clients view's tests and screenshot: six clients (one
// archived), sessions with Markdown notes and private notes, a chosen direction and attachments
// in the shapes the other views save.

#include "clients/client_store.h"
#include "user/user_store.h"

#include <string>

namespace hp::test {

struct DemoIds {
    std::int64_t maria = 0, sam = 0, archived = 0;
    std::int64_t mariaFirst = 0, mariaLatest = 0;
};

inline clients::Client demoClient(const std::string &name, const std::string &job, const std::string &goals,
                                  std::vector<std::string> tags, std::optional<int> hours, std::optional<long> budget,
                                  clients::RemoteNeed remote, const std::string &location)
{
    clients::Client c;
    c.displayName = name;
    c.background.currentJob = job;
    c.goals = goals;
    c.tags = std::move(tags);
    c.constraints.hoursPerWeek = hours;
    c.constraints.budget = budget;
    c.constraints.remote = remote;
    c.constraints.location = location;
    return c;
}

inline clients::Session demoSession(std::int64_t clientId, const std::string &date, const std::string &notes,
                                    const std::string &privateNotes = {}, const std::string &role = {})
{
    clients::Session s;
    s.clientId = clientId;
    s.date = date;
    s.notes = notes;
    s.privateNotes = privateNotes;
    s.chosenRole = role;
    return s;
}

inline clients::Attachment demoAttachment(clients::AttachmentKind kind, const std::string &title, const std::string &body)
{
    clients::Attachment a;
    a.kind = kind;
    a.title = title;
    a.body = body;
    return a;
}

inline DemoIds addDemoClients(UserStore &user)
{
    using clients::RemoteNeed;
    clients::ClientStore store(user);
    DemoIds ids;

    clients::Client maria = demoClient("María López", "Front desk, family practice", "Remote medical coding work within a year",
                                       {"evening", "WIOA"}, 8, 1500, RemoteNeed::RemotePreferred, "Columbus, OH");
    maria.contact = "maria.lopez@example.org, 614-555-0134";
    maria.background.education = "High school diploma; some college";
    maria.background.clinical = "CNA, 2 years";
    ids.maria = store.addClient(maria);
    ids.mariaFirst = store.addSession(demoSession(
        ids.maria, "2026-10-08",
        "## First meeting\n\n- Three years at the front desk; likes the billing side\n- Wants remote work within a year",
        "Worried about exam fees; ask about WIOA funding."));
    ids.mariaLatest = store.addSession(demoSession(
        ids.maria, "2026-11-05",
        "## Next steps\n\n1. Book the CPC exam for January\n2. Finish the anatomy and terminology course\n3. Ask the clinic about "
        "shadowing a coder",
        "Seemed more confident today.", "outpatient-coder"));
    store.addAttachment(ids.mariaLatest, demoAttachment(clients::AttachmentKind::Comparison, "Compared: Outpatient coder, Medical biller",
                                                        R"({"roles":["outpatient-coder","medical-biller"],"vintage":2024})"));
    store.addAttachment(ids.mariaLatest,
                        demoAttachment(clients::AttachmentKind::FitResult, "Fit check: Outpatient coder first",
                                       R"({"answers":{},"ranking":[{"role":"outpatient-coder","score":84},)"
                                       R"({"role":"medical-biller","score":77},{"role":"risk-adjustment-coder","score":71}]})"));

    clients::Client sam = demoClient("Sam Okafor", "Warehouse lead", "Patient access supervisor; keep a steady income while training",
                                     {"veteran"}, 12, std::nullopt, RemoteNeed::OnSite, "Dayton, OH");
    sam.background.military = "Army 68G, E-5, 6 years";
    sam.background.education = "Associate degree";
    ids.sam = store.addClient(sam);
    const std::int64_t samSession = store.addSession(demoSession(
        ids.sam, "2026-11-12", "## Plan\n\n- Start as a patient access representative\n- GI Bill for the CRCR course",
        "", "patient-access-representative"));
    store.addAttachment(samSession, demoAttachment(clients::AttachmentKind::Route, "Route: Patient access representative, fastest",
                                                   R"({"from":"no-experience","to":"patient-access-representative","optimize":"fastest",)"
                                                   R"("steps":[{"title":"Customer service experience"},{"title":"CRCR certificate"}]})"));

    clients::Client priya = demoClient("Priya Shah", "Medical assistant, 4 years", "Move into clinical documentation improvement",
                                       {"CDI", "evening"}, 6, 3000, RemoteNeed::Hybrid, "Cincinnati, OH");
    priya.background.clinical = "CCMA, 4 years in internal medicine";
    const std::int64_t priyaId = store.addClient(priya);
    store.addSession(demoSession(priyaId, "2026-11-19", "- Talked through the CDI route and the RN question\n- Look up CCDS eligibility",
                                 "", "cdi-specialist"));

    clients::Client dana = demoClient("Dana Whitfield", "Returning after five years at home", "Part-time billing work near home",
                                      {"parent"}, 5, 800, RemoteNeed::RemoteOnly, "Newark, OH");
    const std::int64_t danaId = store.addClient(dana);
    store.addSession(demoSession(danaId, "2026-11-20", "- Billing and coding basics course at Central Ohio Tech"));

    store.addClient(demoClient("Keisha Brown", "Pharmacy technician", "Revenue cycle analyst in three years", {"data"}, 10, 2000,
                               RemoteNeed::Hybrid, "Columbus, OH"));

    clients::Client luis = demoClient("Luis Romero", "Hospital registration clerk", "Inpatient coding", {"WIOA"}, 8, 1200,
                                      RemoteNeed::Unspecified, "Akron, OH");
    ids.archived = store.addClient(luis);
    store.addSession(demoSession(ids.archived, "2026-03-02", "- Placed as a coding trainee at Summa; case closed"));
    store.setArchived(ids.archived, true);
    return ids;
}

} // namespace hp::test
