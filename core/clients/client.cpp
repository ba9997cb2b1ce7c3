#include "clients/client.h"

#include "io/text.h"
#include "plan/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

namespace hp::clients {

namespace {

struct RemoteName {
    RemoteNeed need;
    const char *id;
};
constexpr std::array<RemoteName, 5> kRemoteNames{{{RemoteNeed::Unspecified, "unspecified"},
                                                 {RemoteNeed::OnSite, "on-site"},
                                                 {RemoteNeed::Hybrid, "hybrid"},
                                                 {RemoteNeed::RemotePreferred, "remote-preferred"},
                                                 {RemoteNeed::RemoteOnly, "remote-only"}}};

struct KindName {
    AttachmentKind kind;
    const char *id;
};
constexpr std::array<KindName, 4> kKindNames{{{AttachmentKind::FitResult, "fit-result"},
                                             {AttachmentKind::Comparison, "comparison"},
                                             {AttachmentKind::Route, "route"},
                                             {AttachmentKind::Plan, "plan"}}};

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTagLength = 60;

bool isUid(const std::string &uid)
{
    return uid.size() == 32
           && std::all_of(uid.begin(), uid.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

std::string remoteNeedId(RemoteNeed need)
{
    for (const auto &r : kRemoteNames)
        if (r.need == need)
            return r.id;
    return "unspecified";
}

std::optional<RemoteNeed> parseRemoteNeed(const std::string &id)
{
    for (const auto &r : kRemoteNames)
        if (id == r.id)
            return r.need;
    return std::nullopt;
}

std::string attachmentKindId(AttachmentKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return k.id;
    return "comparison";
}

std::optional<AttachmentKind> parseAttachmentKind(const std::string &id)
{
    for (const auto &k : kKindNames)
        if (id == k.id)
            return k.kind;
    return std::nullopt;
}

std::string newUid()
{
    std::array<unsigned char, 16> bytes{};
    bool filled = false;
    if (std::FILE *f = std::fopen("/dev/urandom", "rb")) {
        filled = std::fread(bytes.data(), 1, bytes.size(), f) == bytes.size();
        std::fclose(f);
    }
    if (!filled) {
        std::random_device device;
        for (auto &b : bytes)
            b = static_cast<unsigned char>(device() & 0xFFu);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string uid;
    uid.reserve(32);
    for (unsigned char b : bytes) {
        uid.push_back(kHex[b >> 4]);
        uid.push_back(kHex[b & 0x0Fu]);
    }
    return uid;
}

std::vector<std::string> normalizeTags(const std::vector<std::string> &tags)
{
    std::vector<std::string> out;
    std::vector<std::string> seen; // lower-case forms
    for (const auto &tag : tags) {
        std::string t = text::trim(tag);
        if (t.empty())
            continue;
        std::string key = text::lower(t);
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            continue;
        seen.push_back(std::move(key));
        out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(), [](const std::string &a, const std::string &b) {
        const std::string la = text::lower(a), lb = text::lower(b);
        return la != lb ? la < lb : a < b;
    });
    return out;
}

std::string checkClient(const Client &client)
{
    const std::string name = text::trim(client.displayName);
    if (name.empty())
        return "A client needs a name or an alias.";
    if (name.size() > kMaxNameLength)
        return "The name \"" + name.substr(0, 40) + "…\" is longer than " + std::to_string(kMaxNameLength) + " characters.";
    if (!client.uid.empty() && !isUid(client.uid))
        return "The client \"" + name + "\" has the uid \"" + client.uid + "\", which is not 32 hexadecimal digits.";
    if (client.constraints.hoursPerWeek && (*client.constraints.hoursPerWeek < 0 || *client.constraints.hoursPerWeek > 168))
        return "Study hours a week for \"" + name + "\" must be between 0 and 168, not "
               + std::to_string(*client.constraints.hoursPerWeek) + ".";
    if (client.constraints.budget && *client.constraints.budget < 0)
        return "The budget for \"" + name + "\" must be 0 or more US dollars, not " + std::to_string(*client.constraints.budget) + ".";
    for (const auto &tag : client.tags)
        if (text::trim(tag).size() > kMaxTagLength)
            return "The tag \"" + text::trim(tag).substr(0, 40) + "…\" of \"" + name + "\" is longer than "
                   + std::to_string(kMaxTagLength) + " characters.";
    return {};
}

std::string checkSession(const Session &session)
{
    if (!plan::parseIsoDate(session.date))
        return "The session date \"" + session.date + "\" is not a real date written YYYY-MM-DD (for example 2026-11-26).";
    if (!session.uid.empty() && !isUid(session.uid))
        return "The session of " + session.date + " has the uid \"" + session.uid + "\", which is not 32 hexadecimal digits.";
    for (const auto &a : session.attachments)
        if (!a.uid.empty() && !isUid(a.uid))
            return "An attachment of the session of " + session.date + " has the uid \"" + a.uid
                   + "\", which is not 32 hexadecimal digits.";
    return {};
}

} // namespace hp::clients
