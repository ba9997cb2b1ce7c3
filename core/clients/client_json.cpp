// Client records as JSON: the full export, the de-identified export and strict parsing. The merge
// into a database is in client_import.cpp. The format is documented in resources/data/FORMAT.md,
// "Client export".

#include "clients/client_json.h"

#include "io/text.h"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

namespace json = boost::json;

namespace hp::clients {

namespace {

constexpr const char *kFormat = "healthpath-clients";
constexpr int kVersion = 1;

json::array strings(const std::vector<std::string> &list)
{
    json::array a;
    for (const auto &s : list)
        a.emplace_back(s);
    return a;
}

// An attachment's body is JSON text in the database and a JSON value in the file.
json::value bodyValue(const std::string &body)
{
    boost::system::error_code ec;
    json::value v = json::parse(body, ec);
    return ec ? json::value(body) : v;
}

json::value optionalNumber(const std::optional<long> &v)
{
    return v ? json::value(static_cast<std::int64_t>(*v)) : json::value(nullptr);
}

json::object sessionJson(const Session &s)
{
    json::array attachments;
    for (const auto &a : s.attachments)
        attachments.push_back(json::object{{"uid", a.uid},
                                           {"kind", attachmentKindId(a.kind)},
                                           {"title", a.title},
                                           {"created", a.created},
                                           {"body", bodyValue(a.body)}});
    return json::object{{"uid", s.uid},
                        {"date", s.date},
                        {"notes", s.notes},
                        {"privateNotes", s.privateNotes},
                        {"chosenRole", s.chosenRole},
                        {"created", s.created},
                        {"updated", s.updated},
                        {"attachments", std::move(attachments)}};
}

json::object clientJson(const ClientRecord &r)
{
    const Client &c = r.client;
    json::array sessions;
    for (const auto &s : r.sessions)
        sessions.push_back(sessionJson(s));
    std::optional<long> hours;
    if (c.constraints.hoursPerWeek)
        hours = *c.constraints.hoursPerWeek;
    return json::object{
        {"uid", c.uid},
        {"displayName", c.displayName},
        {"contact", c.contact},
        {"background",
         json::object{{"education", c.background.education},
                      {"currentJob", c.background.currentJob},
                      {"military", c.background.military},
                      {"clinical", c.background.clinical}}},
        {"goals", c.goals},
        {"constraints",
         json::object{{"hoursPerWeek", optionalNumber(hours)},
                      {"budget", optionalNumber(c.constraints.budget)},
                      {"location", c.constraints.location},
                      {"remote", remoteNeedId(c.constraints.remote)}}},
        {"tags", strings(c.tags)},
        {"archived", c.archived},
        {"created", c.created},
        {"updated", c.updated},
        {"sessions", std::move(sessions)}};
}

std::string month(const std::string &isoDateOrTime)
{
    return isoDateOrTime.substr(0, 7);
}

std::string document(json::array clients, const std::string &exportedAt, bool deidentified)
{
    json::object root{{"format", kFormat},
                      {"version", kVersion},
                      {"exported", exportedAt},
                      {"deidentified", deidentified},
                      {"clients", std::move(clients)}};
    return json::serialize(root) + "\n";
}

// Reading --------------------------------------------------------------------------------------

struct Bad {
    std::string what;
};

bool isTimestamp(const std::string &s)
{
    static const std::string pattern = "dddd-dd-ddTdd:dd:ddZ";
    if (s.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (pattern[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != pattern[i])
            return false;
    return true;
}

// One JSON object of the file, with `where` naming it in every sentence ("Client 2 in the file
// (\"Maria L.\"), session 1").
class In {
public:
    In(const json::value &v, std::string where) : m_where(std::move(where))
    {
        if (!v.is_object())
            throw Bad{m_where + " should be a JSON object."};
        m_o = &v.get_object();
    }
    const json::value *find(std::string_view key) const { return m_o->if_contains(key); }
    const json::value &at(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            throw Bad{m_where + " has no \"" + std::string(key) + "\"."};
        return *v;
    }
    std::string text(std::string_view key) const
    {
        const auto &v = at(key);
        if (!v.is_string())
            throw Bad{m_where + ": \"" + std::string(key) + "\" should be text."};
        return std::string(v.get_string());
    }
    std::string optionalText(std::string_view key) const { return find(key) ? text(key) : std::string(); }
    std::optional<long> optionalWhole(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v || v->is_null())
            return std::nullopt;
        if (v->is_int64())
            return static_cast<long>(v->get_int64());
        if (v->is_uint64() && v->get_uint64() < 1000000000000ULL)
            return static_cast<long>(v->get_uint64());
        throw Bad{m_where + ": \"" + std::string(key) + "\" should be a whole number or null."};
    }
    bool flag(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return false;
        if (!v->is_bool())
            throw Bad{m_where + ": \"" + std::string(key) + "\" should be true or false."};
        return v->get_bool();
    }
    const json::array &list(std::string_view key) const
    {
        static const json::array empty;
        const auto *v = find(key);
        if (!v)
            return empty;
        if (!v->is_array())
            throw Bad{m_where + ": \"" + std::string(key) + "\" should be a list."};
        return v->get_array();
    }
    std::vector<std::string> texts(std::string_view key) const
    {
        std::vector<std::string> out;
        for (const auto &item : list(key)) {
            if (!item.is_string())
                throw Bad{m_where + ": \"" + std::string(key) + "\" should be a list of text."};
            out.emplace_back(item.get_string());
        }
        return out;
    }
    std::string timestamp(std::string_view key) const
    {
        const std::string s = text(key);
        if (!isTimestamp(s))
            throw Bad{m_where + ": \"" + std::string(key) + "\" is \"" + s
                      + "\", not a UTC time written YYYY-MM-DDTHH:MM:SSZ (for example 2026-11-26T16:40:05Z)."};
        return s;
    }
    const std::string &where() const { return m_where; }

private:
    const json::object *m_o = nullptr;
    std::string m_where;
};

// Every uid in the file with where it was seen: a uid may appear only once.
class Uids {
public:
    void add(const std::string &uid, const std::string &where)
    {
        const auto [it, added] = m_seen.emplace(uid, where);
        if (!added)
            throw Bad{"The uid " + uid + " appears twice in the file: in " + it->second + " and in " + where + "."};
    }

private:
    std::map<std::string, std::string> m_seen;
};

Attachment readAttachment(const json::value &v, const std::string &where, Uids &uids)
{
    const In in(v, where);
    Attachment a;
    a.uid = in.text("uid");
    const std::string kind = in.text("kind");
    const auto parsed = parseAttachmentKind(kind);
    if (!parsed)
        throw Bad{where + ": \"kind\" is \"" + kind + "\"; kinds are fit-result, comparison, route and plan."};
    a.kind = *parsed;
    a.title = in.optionalText("title");
    a.created = in.timestamp("created");
    a.body = json::serialize(in.at("body"));
    uids.add(a.uid, where);
    return a;
}

Session readSession(const json::value &v, const std::string &where, Uids &uids)
{
    const In in(v, where);
    Session s;
    s.uid = in.text("uid");
    s.date = in.text("date");
    s.notes = in.optionalText("notes");
    s.privateNotes = in.optionalText("privateNotes");
    s.chosenRole = in.optionalText("chosenRole");
    s.created = in.timestamp("created");
    s.updated = in.timestamp("updated");
    uids.add(s.uid, where);
    const auto &attachments = in.list("attachments");
    for (std::size_t i = 0; i < attachments.size(); ++i)
        s.attachments.push_back(readAttachment(attachments[i], where + ", attachment " + std::to_string(i + 1), uids));
    if (const std::string problem = checkSession(s); !problem.empty())
        throw Bad{where + ": " + problem};
    return s;
}

ClientRecord readClient(const json::value &v, std::size_t index, Uids &uids)
{
    std::string where = "Client " + std::to_string(index + 1) + " in the file";
    const In first(v, where);
    const auto *name = first.find("displayName");
    if (!name || !name->is_string() || name->get_string().empty())
        throw Bad{where + " has no name (\"displayName\")."};
    where += " (\"" + std::string(name->get_string()) + "\")";
    const In in(v, where);
    ClientRecord r;
    Client &c = r.client;
    c.uid = in.text("uid");
    c.displayName = text::trim(in.text("displayName"));
    c.contact = in.optionalText("contact");
    if (in.find("background")) {
        const In b(in.at("background"), where + ", background");
        c.background = {b.optionalText("education"), b.optionalText("currentJob"), b.optionalText("military"), b.optionalText("clinical")};
    }
    c.goals = in.optionalText("goals");
    if (in.find("constraints")) {
        const In k(in.at("constraints"), where + ", constraints");
        if (const auto hours = k.optionalWhole("hoursPerWeek"))
            c.constraints.hoursPerWeek = static_cast<int>(std::clamp<long>(*hours, -1, 1000));
        c.constraints.budget = k.optionalWhole("budget");
        c.constraints.location = k.optionalText("location");
        const std::string remote = k.find("remote") ? k.text("remote") : "unspecified";
        const auto need = parseRemoteNeed(remote);
        if (!need)
            throw Bad{where + ": \"remote\" is \"" + remote
                      + "\"; it should be unspecified, on-site, hybrid, remote-preferred or remote-only."};
        c.constraints.remote = *need;
    }
    c.tags = normalizeTags(in.texts("tags"));
    c.archived = in.flag("archived");
    c.created = in.timestamp("created");
    c.updated = in.timestamp("updated");
    if (const std::string problem = checkClient(c); !problem.empty())
        throw Bad{where + ": " + problem};
    uids.add(c.uid, where);
    const auto &sessions = in.list("sessions");
    for (std::size_t i = 0; i < sessions.size(); ++i)
        r.sessions.push_back(readSession(sessions[i], where + ", session " + std::to_string(i + 1), uids));
    return r;
}

} // namespace

std::string exportJson(const std::vector<ClientRecord> &records, const std::string &exportedAt)
{
    json::array clients;
    for (const auto &r : records)
        clients.push_back(clientJson(r));
    return document(std::move(clients), exportedAt, false);
}

std::string exportDeidentifiedJson(const std::vector<ClientRecord> &records, const std::string &exportedAt)
{
    json::array clients;
    int number = 0;
    for (const auto &r : records) {
        const Client &c = r.client;
        // Which kinds of background were given, never what was written.
        json::array background;
        if (!c.background.education.empty())
            background.emplace_back("education");
        if (!c.background.currentJob.empty())
            background.emplace_back("current-job");
        if (!c.background.military.empty())
            background.emplace_back("military");
        if (!c.background.clinical.empty())
            background.emplace_back("clinical");
        json::array sessions;
        for (const auto &s : r.sessions) {
            json::array kinds;
            for (const auto &a : s.attachments)
                kinds.emplace_back(attachmentKindId(a.kind));
            sessions.push_back(json::object{{"month", month(s.date)}, {"chosenRole", s.chosenRole}, {"attachments", std::move(kinds)}});
        }
        std::optional<long> hours;
        if (c.constraints.hoursPerWeek)
            hours = *c.constraints.hoursPerWeek;
        clients.push_back(json::object{
            {"number", ++number},
            {"created", month(c.created)},
            {"archived", c.archived},
            {"tags", strings(c.tags)},
            {"background", std::move(background)},
            {"constraints",
             json::object{{"hoursPerWeek", optionalNumber(hours)},
                          {"budget", optionalNumber(c.constraints.budget)},
                          {"remote", remoteNeedId(c.constraints.remote)}}},
            {"sessionCount", r.sessions.size()},
            {"sessions", std::move(sessions)}});
    }
    return document(std::move(clients), exportedAt, true);
}

std::optional<std::vector<ClientRecord>> parseExport(const std::string &text, std::string *error)
{
    auto fail = [error](const std::string &what) -> std::optional<std::vector<ClientRecord>> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec);
    if (ec)
        return fail("The file is not valid JSON (" + ec.message() + "), so it is not a HealthPath client export.");
    try {
        const In in(root, "The file");
        const auto *format = in.find("format");
        if (!format || !format->is_string() || format->get_string() != kFormat)
            throw Bad{"The file is not a HealthPath client export: its \"format\" should be \"" + std::string(kFormat) + "\"."};
        const auto *version = in.find("version");
        if (!version || !version->is_number())
            throw Bad{"The client export has no format version (\"version\")."};
        if (version->to_number<double>() != kVersion)
            throw Bad{"The client export is format version " + json::serialize(*version)
                      + (version->to_number<double>() > kVersion ? ", made by a newer HealthPath" : "") + "; this HealthPath reads version "
                      + std::to_string(kVersion) + "."};
        if (in.flag("deidentified"))
            throw Bad{"The file is a de-identified export, made for reporting; it has no names or notes and cannot be imported."};
        const auto *list = in.find("clients");
        if (!list || !list->is_array())
            throw Bad{"The client export has no list of clients (\"clients\")."};
        std::vector<ClientRecord> out;
        Uids uids;
        for (std::size_t i = 0; i < list->get_array().size(); ++i)
            out.push_back(readClient(list->get_array()[i], i, uids));
        return out;
    } catch (const Bad &bad) {
        return fail(bad.what);
    }
}

} // namespace hp::clients
