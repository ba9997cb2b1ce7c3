#pragma once
// Client records as a documented JSON file (resources/data/FORMAT.md, "Client export"):
//
//   { "format": "healthpath-clients", "version": 1, "exported": "2026-11-26T16:40:05Z",
//     "deidentified": false, "clients": [ { "uid": …, "displayName": …, "sessions": [ … ] } ] }
//
// Import merges by uid and never duplicates: a client, session or attachment whose uid is already
// present is updated when the file's copy is newer (its `updated` is later) and otherwise left
// alone; everything else is added. The whole import is one transaction: a file with any problem
// changes nothing and the report says what is wrong, naming the client and field.
//
// The de-identified export is for program reporting: no names, contact details, locations, or free
// text of any kind (notes, goals, background, attachment titles); clients are numbered in order,
// dates are kept to the month, and what remains is counts, tags, constraints, chosen roles and
// the kinds of attachments. It cannot be imported.

#include "clients/client.h"
#include "clients/client_store.h"
#include "io/atomic_file.h"

#include <string>
#include <vector>

namespace hp::clients {

std::string exportJson(const std::vector<ClientRecord> &records, const std::string &exportedAt);
std::string exportDeidentifiedJson(const std::vector<ClientRecord> &records, const std::string &exportedAt);

struct ImportReport {
    bool ok = false;
    std::string error;   // a sentence when !ok (nothing was changed)
    int clientsAdded = 0, clientsUpdated = 0, clientsUnchanged = 0;
    int sessionsAdded = 0, sessionsUpdated = 0, sessionsUnchanged = 0;
    int attachmentsAdded = 0;
    std::string text() const; // "Added 2 clients and 5 sessions; updated 1 client; 3 sessions were already here."
};

// Parses without touching the database (safe on a worker thread); a sentence in *error on failure.
std::optional<std::vector<ClientRecord>> parseExport(const std::string &json, std::string *error);
// Parses and merges into the store in one transaction.
ImportReport importJson(ClientStore &store, const std::string &json);

// Every record in the store (archived too), or the one asked for.
std::vector<ClientRecord> allRecords(ClientStore &store);

} // namespace hp::clients
