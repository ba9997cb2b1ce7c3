#include "user/backups.h"

#include "platform/paths.h"
#include "user/user_schema.h"
#include "user/user_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace hp::backups {

namespace {

constexpr const char *kPrefix = "user-";
constexpr const char *kSuffix = ".sqlite";

// "20261126-164005" (UTC)
std::string stamp(std::time_t t)
{
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &tm);
    return buffer;
}

// Reads "user-YYYYMMDD-HHMMSS.sqlite"; false for any other name.
bool parseName(const std::string &name, std::string *takenAt, std::time_t *when)
{
    const std::string prefix = kPrefix, suffix = kSuffix;
    if (name.size() != prefix.size() + 15 + suffix.size() || name.compare(0, prefix.size(), prefix) != 0
        || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const std::string s = name.substr(prefix.size(), 15);
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i == 8 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return false;
    std::tm tm{};
    tm.tm_year = std::stoi(s.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(s.substr(4, 2)) - 1;
    tm.tm_mday = std::stoi(s.substr(6, 2));
    tm.tm_hour = std::stoi(s.substr(9, 2));
    tm.tm_min = std::stoi(s.substr(11, 2));
    tm.tm_sec = std::stoi(s.substr(13, 2));
    if (when)
        *when = timegm(&tm);
    if (takenAt)
        *takenAt = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2) + "T" + s.substr(9, 2) + ":" + s.substr(11, 2) + ":"
                   + s.substr(13, 2) + "Z";
    return true;
}

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

void syncDirectory(const std::string &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Copies the database behind `source` to `target` with SQLite's online backup API: into a private
// (0600) temporary file beside the target, then renamed over it, so that a crash never leaves
// half a backup under a backup's name. Returns an error sentence, or empty.
std::string copyDatabase(sqlite3 *source, const std::string &target)
{
    const std::string temp = target + ".partial";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return "Could not create " + temp + " (" + std::strerror(errno) + ").";
    ::close(fd);
    ::chmod(temp.c_str(), 0600);
    sqlite3 *dest = nullptr;
    std::string problem;
    if (sqlite3_open_v2(temp.c_str(), &dest, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        problem = dest ? sqlite3_errmsg(dest) : "out of memory";
    } else if (sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main"); !backup) {
        problem = sqlite3_errmsg(dest);
    } else {
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            problem = sqlite3_errstr(rc);
        // The copy carries the source's WAL flag; make it one self-contained file instead.
        else if (sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            problem = sqlite3_errmsg(dest);
    }
    sqlite3_close(dest);
    if (problem.empty() && ::rename(temp.c_str(), target.c_str()) != 0)
        problem = std::string("renaming it into place failed: ") + std::strerror(errno);
    if (!problem.empty()) {
        ::unlink(temp.c_str());
        return "Could not write " + target + ": " + problem + ".";
    }
    syncDirectory(directoryOf(target));
    return {};
}

// A database file opened read-only with the raw API (no pragmas run on it).
class ReadOnlyFile {
public:
    explicit ReadOnlyFile(const std::string &path)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            m_error = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    }
    ~ReadOnlyFile() { sqlite3_close(m_db); }
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;
    sqlite3 *handle() const { return m_error.empty() ? m_db : nullptr; }
    const std::string &error() const { return m_error; }

    // The first column of every row of `sql`, joined with "; "; sets m_error on failure.
    std::string rows(const char *sql)
    {
        std::string out;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            m_error = sqlite3_errmsg(m_db);
            return {};
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW && out.size() < 500) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            out.append(out.empty() ? "" : "; ").append(std::string(text ? text : ""));
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = sqlite3_errmsg(m_db);
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    std::string m_error;
};

// Empty when the backup can be used; else a sentence.
std::string usable(const std::string &backupPath, int *version)
{
    if (const std::string check = checkFile(backupPath); check != "ok")
        return "The backup " + backupPath + " cannot be used: " + check;
    ReadOnlyFile file(backupPath);
    *version = std::atoi(file.rows("PRAGMA user_version").c_str());
    if (*version > db::kUserSchemaVersion)
        return "The backup " + backupPath + " was written by a newer HealthPath (schema " + std::to_string(*version)
               + "); this version cannot use it.";
    return {};
}

Result failure(std::string message)
{
    return Result{false, {}, std::move(message)};
}

std::string takenAtOf(const std::string &backupPath)
{
    std::string takenAt;
    return parseName(fs::path(backupPath).filename().string(), &takenAt, nullptr) ? "the backup of " + takenAt : backupPath;
}

} // namespace

std::string backupDirectory(const std::string &dataDir)
{
    return dataDir + "/backups";
}

std::vector<BackupInfo> listBackups(const std::string &dataDir)
{
    std::vector<BackupInfo> out;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(backupDirectory(dataDir), ec)) {
        BackupInfo info;
        if (!entry.is_regular_file(ec) || !parseName(entry.path().filename().string(), &info.takenAt, nullptr))
            continue;
        info.path = entry.path().string();
        info.bytes = static_cast<long long>(entry.file_size(ec));
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.path > b.path; });
    return out;
}

Result backupNow(UserStore &store, const std::string &dataDir, int keep)
{
    const std::string dir = backupDirectory(dataDir);
    if (const std::string problem = paths::ensureDir(dir); !problem.empty())
        return failure(problem);
    const std::string path = dir + "/" + kPrefix + stamp(std::time(nullptr)) + kSuffix;
    if (const std::string problem = copyDatabase(store.database().handle(), path); !problem.empty())
        return failure(problem);
    // Rolling backups: the oldest beyond `keep` go, never the one just written.
    const auto all = listBackups(dataDir);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < all.size(); ++i)
        if (all[i].path != path)
            ::unlink(all[i].path.c_str());
    return Result{true, path, "Backed up your data to " + path + "."};
}

Result backupIfDue(UserStore &store, const std::string &dataDir, int keep)
{
    const auto all = listBackups(dataDir);
    std::time_t newest = 0;
    if (!all.empty() && parseName(fs::path(all.front().path).filename().string(), nullptr, &newest)
        && std::difftime(std::time(nullptr), newest) < 24 * 60 * 60)
        return Result{true, all.front().path, "The latest backup, from " + all.front().takenAt + ", is less than a day old."};
    return backupNow(store, dataDir, keep);
}

std::optional<BackupInfo> newestGoodBackup(const std::string &dataDir)
{
    for (const auto &b : listBackups(dataDir))
        if (checkFile(b.path) == "ok")
            return b;
    return std::nullopt;
}

std::string checkFile(const std::string &path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return "there is no file " + path + ".";
    ReadOnlyFile file(path);
    if (!file.handle())
        return "SQLite cannot open it (" + file.error() + ").";
    const std::string result = file.rows("PRAGMA integrity_check");
    if (!file.error().empty())
        return "SQLite reports: " + file.error() + ".";
    return result == "ok" ? result : "SQLite reports: " + result;
}

Result restoreInto(UserStore &store, const std::string &backupPath, const std::string &dataDir)
{
    if (store.readOnly())
        return failure("Your data file is open read-only, so it cannot be restored in place; nothing was changed.");
    int version = 0;
    if (const std::string problem = usable(backupPath, &version); !problem.empty())
        return failure(problem + " Nothing was changed.");
    // Keep what is there now, whatever the backup holds.
    const std::string live = store.path().empty() ? paths::userDatabasePath(dataDir) : store.path();
    const std::string aside = live + ".before-restore-" + stamp(std::time(nullptr));
    if (const std::string problem = copyDatabase(store.database().handle(), aside); !problem.empty())
        return failure("Your current data could not be copied aside, so nothing was restored: " + problem);
    ReadOnlyFile source(backupPath);
    if (!source.handle())
        return failure("Could not open the backup " + backupPath + " (" + source.error() + "); nothing was changed.");
    sqlite3 *dest = store.database().handle();
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
    if (!backup)
        return failure("Could not restore " + backupPath + " (" + sqlite3_errmsg(dest) + "); nothing was changed.");
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failure("Could not restore " + backupPath + " (" + sqlite3_errstr(rc) + "); nothing was changed.");
    try {
        if (version < db::kUserSchemaVersion)
            db::migrateUserSchema(store.database());
    } catch (const db::DbError &e) {
        return failure(std::string("The backup was restored but could not be brought up to date: ") + e.what()
                       + " What was there before is kept in " + aside + ".");
    }
    return Result{true, backupPath, "Restored your data from " + takenAtOf(backupPath) + ". What was there before is kept in " + aside + "."};
}

Result restoreFile(const std::string &livePath, const std::string &dataDir, const std::string &backupPath)
{
    std::string chosen = backupPath;
    if (chosen.empty()) {
        const auto good = newestGoodBackup(dataDir);
        if (!good)
            return failure("There is no backup in " + backupDirectory(dataDir) + " that passes SQLite's integrity check; nothing was changed.");
        chosen = good->path;
    }
    int version = 0;
    if (const std::string problem = usable(chosen, &version); !problem.empty())
        return failure(problem + " Nothing was changed.");
    // Move the live file and its WAL companions aside under one name, so they stay a set.
    const std::string aside = livePath + ".damaged-" + stamp(std::time(nullptr));
    std::vector<std::pair<std::string, std::string>> moved;
    for (const char *part : {"", "-wal", "-shm"}) {
        const std::string from = livePath + part, to = aside + part;
        struct stat info {};
        if (::stat(from.c_str(), &info) != 0)
            continue;
        if (::rename(from.c_str(), to.c_str()) != 0) {
            const std::string why = std::strerror(errno);
            for (const auto &[original, renamed] : moved)
                ::rename(renamed.c_str(), original.c_str());
            return failure("Could not move " + from + " aside (" + why + "); nothing was changed.");
        }
        moved.emplace_back(from, to);
    }
    ReadOnlyFile source(chosen);
    std::string problem = source.handle() ? copyDatabase(source.handle(), livePath) : source.error();
    if (!problem.empty()) {
        for (const auto &[original, renamed] : moved)
            ::rename(renamed.c_str(), original.c_str());
        return failure("Could not restore " + chosen + ": " + problem + " Your data file was put back as it was.");
    }
    std::string message = "Restored your data from " + takenAtOf(chosen) + ".";
    if (!moved.empty())
        message += " The file it replaced was kept as " + aside + ".";
    return Result{true, chosen, message};
}

} // namespace hp::backups
