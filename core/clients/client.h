#pragma once
// A counselor's client record: who the client is (an alias is enough), where they come from, what
// they want and what limits them, and the sessions held with them. Sessions carry the counselor's
// notes (Markdown: headings and lists) and attachments: things made elsewhere in HealthPath (a fit
// check result, a comparison, a planned route, a 30-60-90 plan) saved to the client as JSON.
//
// Every record has a `uid` (random, 32 hex digits) that stays the same across machines, so that an
// export imported elsewhere merges instead of duplicating. Timestamps are UTC ISO 8601
// ("2026-11-26T16:40:05Z"); session dates are ISO dates ("2026-11-26").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hp::clients {

enum class RemoteNeed { Unspecified, OnSite, Hybrid, RemotePreferred, RemoteOnly };
std::string remoteNeedId(RemoteNeed need);                        // "unspecified", "on-site", "hybrid", "remote-preferred", "remote-only"
std::optional<RemoteNeed> parseRemoteNeed(const std::string &id);

struct Background {
    std::string education;     // e.g. "High school diploma; some college"
    std::string currentJob;    // e.g. "Front desk, family practice"
    std::string military;      // e.g. "Army 68G, E-5, 6 years" (free text; veterans view codes welcome)
    std::string clinical;      // e.g. "CNA, 2 years"
    bool operator==(const Background &) const = default;
};

struct Constraints {
    std::optional<int> hoursPerWeek;  // study hours a week
    std::optional<long> budget;       // US dollars for training and exams
    std::string location;             // free text, e.g. "Columbus, OH"
    RemoteNeed remote = RemoteNeed::Unspecified;
    bool operator==(const Constraints &) const = default;
};

struct Client {
    std::int64_t id = 0;          // row id in this database; 0 = not stored yet
    std::string uid;              // stable across machines
    std::string displayName;      // name or alias; required
    std::string contact;          // optional (e-mail, phone)
    Background background;
    std::string goals;
    Constraints constraints;
    std::vector<std::string> tags; // trimmed, unique, sorted case-insensitively
    bool archived = false;
    std::string created, updated;
};

enum class AttachmentKind { FitResult, Comparison, Route, Plan };
std::string attachmentKindId(AttachmentKind kind);                // "fit-result", "comparison", "route", "plan"
std::optional<AttachmentKind> parseAttachmentKind(const std::string &id);

struct Attachment {
    std::int64_t id = 0;
    std::string uid;
    AttachmentKind kind = AttachmentKind::Comparison;
    std::string title;   // e.g. "Compared: Medical coder, Medical biller"
    std::string body;    // JSON; its shape depends on kind (see FORMAT.md "Client export")
    std::string created;
};

struct Session {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t clientId = 0;
    std::string date;          // ISO date of the session
    std::string notes;         // Markdown; shared with the client in the handout
    std::string privateNotes;  // Markdown; the counselor's own, left out of handouts by default
    std::string chosenRole;    // role id the client chose in this session, or empty
    std::vector<Attachment> attachments; // in the order they were attached
    std::string created, updated;
};

// A client with every session: the unit of export, import and undoable deletion.
struct ClientRecord {
    Client client;
    std::vector<Session> sessions; // by date, then creation
};

// A new random uid (32 lowercase hex digits).
std::string newUid();

// Cleans tags: trims, drops empties and case-insensitive duplicates, sorts.
std::vector<std::string> normalizeTags(const std::vector<std::string> &tags);

// A sentence when the client cannot be saved (no name, negative hours, …), else empty.
std::string checkClient(const Client &client);
// A sentence when the session cannot be saved (date not an ISO date, …), else empty.
std::string checkSession(const Session &session);

} // namespace hp::clients
