#include "user/user_store.h"

#include "user/user_schema.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hp {

namespace {

// SQLite creates files with the process umask (often 0644). Create the file ourselves first, so
// nobody else on the machine can read a counselor's records; SQLite gives its -wal and -shm files
// the same mode as the database file.
std::string createPrivateFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return "Could not create " + path + ".";
    ::close(fd);
    if (::chmod(path.c_str(), 0600) != 0)
        return "Could not make " + path + " private (mode 0600).";
    return {};
}

std::string quickCheck(db::Database &db)
{
    auto st = db.prepare("PRAGMA quick_check");
    std::string result;
    while (st.step()) {
        if (!result.empty())
            result += "; ";
        result += st.text(0);
        if (result.size() > 300)
            break;
    }
    return result;
}

} // namespace

std::string utcTimestampNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

UserStore::OpenResult UserStore::open(const std::string &path, bool readOnly)
{
    OpenResult result;
    try {
        if (!path.empty() && !readOnly) {
            struct stat info {};
            if (::stat(path.c_str(), &info) != 0) {
                if (const std::string problem = createPrivateFile(path); !problem.empty()) {
                    result.error = problem;
                    return result;
                }
            }
        }
        auto db = std::make_unique<db::Database>(
            path, readOnly ? db::Database::Mode::ReadOnly : db::Database::Mode::ReadWriteCreate);
        // Read-only opening is how a person looks into a damaged file, so only writing requires a
        // clean check.
        const std::string check = readOnly ? std::string("ok") : quickCheck(*db);
        if (check != "ok") {
            result.status = OpenStatus::Damaged;
            result.error = "Your data file " + path + " is damaged (SQLite reports: " + check
                           + "). It has not been changed; restore a backup or open it read-only.";
            return result;
        }
        if (!readOnly) {
            if (!path.empty())
                db->exec("PRAGMA journal_mode = WAL");
            db->exec("PRAGMA synchronous = FULL");
        }
        const int version = db->userVersion();
        if (version > db::kUserSchemaVersion) {
            result.status = OpenStatus::Newer;
            result.error = "Your data file " + path + " was written by a newer HealthPath (schema "
                           + std::to_string(version) + "); this version understands schema "
                           + std::to_string(db::kUserSchemaVersion) + " and will not change it.";
            return result;
        }
        if (readOnly && version != db::kUserSchemaVersion) {
            result.error = "Your data file " + path + " uses an older layout that needs upgrading, "
                           "which cannot happen while it is open read-only.";
            return result;
        }
        if (!readOnly)
            db::migrateUserSchema(*db);
        result.store.reset(new UserStore(std::move(db), readOnly));
        result.status = OpenStatus::Ok;
    } catch (const db::DbError &e) {
        const std::string what = e.what();
        // SQLite says "file is not a database" for a damaged header and "database disk image is
        // malformed" for damaged pages.
        const bool damaged = what.find("not a database") != std::string::npos
                             || what.find("malformed") != std::string::npos;
        result.status = damaged ? OpenStatus::Damaged : OpenStatus::Failed;
        result.error = damaged ? "Your data file " + path + " is damaged (SQLite reports: " + what
                                     + "). It has not been changed; restore a backup or open it read-only."
                               : what;
    }
    return result;
}

UserStore::UserStore(std::unique_ptr<db::Database> db, bool readOnly)
    : m_db(std::move(db))
    , m_readOnly(readOnly)
{
}

UserStore::~UserStore() = default;

void UserStore::requireWritable() const
{
    if (m_readOnly)
        throw db::DbError("Your data file is open read-only; nothing was changed.");
}

std::vector<UserStore::PlanSummary> UserStore::plans()
{
    std::vector<PlanSummary> out;
    auto st = m_db->prepare("SELECT id, title, created, updated FROM plan ORDER BY updated DESC, id DESC");
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3)});
    return out;
}

std::optional<plan::Plan> UserStore::plan(std::int64_t id, std::string *error)
{
    auto st = m_db->prepare("SELECT body FROM plan WHERE id = ?");
    st.bind(1, static_cast<long long>(id));
    if (!st.step()) {
        if (error)
            *error = "There is no saved plan number " + std::to_string(id) + ".";
        return std::nullopt;
    }
    std::string problem;
    auto plan = plan::planFromJson(st.text(0), &problem);
    if (!plan && error)
        *error = "Saved plan number " + std::to_string(id) + " could not be read: " + problem;
    return plan;
}

std::int64_t UserStore::addPlan(const plan::Plan &plan)
{
    requireWritable();
    const std::string now = utcTimestampNow();
    db::Transaction tx(*m_db);
    auto st = m_db->prepare("INSERT INTO plan (title, created, updated, body) VALUES (?, ?, ?, ?)");
    st.bind(1, plan.title).bind(2, now).bind(3, now).bind(4, plan::toJson(plan));
    st.run();
    const std::int64_t id = m_db->lastInsertId();
    tx.commit();
    return id;
}

void UserStore::savePlan(std::int64_t id, const plan::Plan &plan)
{
    requireWritable();
    db::Transaction tx(*m_db);
    auto st = m_db->prepare("UPDATE plan SET title = ?, updated = ?, body = ? WHERE id = ?");
    st.bind(1, plan.title).bind(2, utcTimestampNow()).bind(3, plan::toJson(plan)).bind(4, static_cast<long long>(id));
    st.run();
    if (m_db->changes() != 1)
        throw db::DbError("There is no saved plan number " + std::to_string(id) + " to update.");
    tx.commit();
}

void UserStore::deletePlan(std::int64_t id)
{
    requireWritable();
    db::Transaction tx(*m_db);
    auto st = m_db->prepare("DELETE FROM plan WHERE id = ?");
    st.bind(1, static_cast<long long>(id));
    st.run();
    tx.commit();
}

} // namespace hp
