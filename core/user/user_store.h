#pragma once
// UserStore: the person's own data (saved 30-60-90 plans; later client records), kept in its own
// SQLite file in the XDG data folder. The file is created with mode 0600, runs in WAL mode with
// foreign keys on, and every change is one transaction.
//
// Opening never destroys anything: a file that fails SQLite's quick integrity check, or that a newer
// HealthPath wrote, is reported with a sentence and left exactly as it is; the caller may then open
// it read-only.

#include "plan/plan.h"
#include "storage/sqlite.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hp {

class UserStore {
public:
    enum class OpenStatus { Ok, Damaged, Newer, Failed };
    struct OpenResult {
        std::unique_ptr<UserStore> store; // null unless status is Ok
        OpenStatus status = OpenStatus::Failed;
        std::string error;                // a sentence when status is not Ok
    };
    // An empty path keeps the store in memory (tests, demos).
    static OpenResult open(const std::string &path, bool readOnly = false);
    ~UserStore();

    bool readOnly() const { return m_readOnly; }
    const std::string &path() const { return m_db->path(); }

    struct PlanSummary {
        std::int64_t id = 0;
        std::string title, created, updated; // timestamps in UTC, ISO 8601
    };
    std::vector<PlanSummary> plans();         // newest change first
    std::optional<plan::Plan> plan(std::int64_t id, std::string *error = nullptr);
    // These throw db::DbError (nothing changes then).
    std::int64_t addPlan(const plan::Plan &plan);
    void savePlan(std::int64_t id, const plan::Plan &plan);
    void deletePlan(std::int64_t id);

    db::Database &database() { return *m_db; }

private:
    UserStore(std::unique_ptr<db::Database> db, bool readOnly);
    void requireWritable() const;

    std::unique_ptr<db::Database> m_db;
    bool m_readOnly = false;
};

// "2026-11-26T16:40:05Z"
std::string utcTimestampNow();

} // namespace hp
