#pragma once
// Rolling backups of the user database, made with SQLite's online backup API (consistent while the
// database is open and in use). They live in <data folder>/backups/ as
// user-YYYYMMDD-HHMMSS.sqlite (UTC), mode 0600; the newest `keep` are kept.
//
// Restoring never destroys anything: the current file is first copied aside
// (user.sqlite.before-restore-YYYYMMDD-HHMMSS), and a backup is used only after it passes
// SQLite's integrity check. A damaged live file is moved aside (renamed, not deleted) before the
// backup takes its place.

#include <optional>
#include <string>
#include <vector>

namespace hp {
class UserStore;
}

namespace hp::backups {

inline constexpr int kKeepBackups = 7;

struct BackupInfo {
    std::string path;
    std::string takenAt;   // UTC ISO 8601, from the file name
    long long bytes = 0;
};

std::string backupDirectory(const std::string &dataDir);          // <dataDir>/backups
std::vector<BackupInfo> listBackups(const std::string &dataDir);   // newest first

struct Result {
    bool ok = false;
    std::string path;     // the backup written or restored from
    std::string message;  // a sentence for the user, success or failure
};

// Writes a new backup now and prunes to the newest `keep`.
Result backupNow(UserStore &store, const std::string &dataDir, int keep = kKeepBackups);
// Backs up only when the newest backup is older than a day (or there is none); called on start.
Result backupIfDue(UserStore &store, const std::string &dataDir, int keep = kKeepBackups);

// The newest backup that passes the integrity check, if any.
std::optional<BackupInfo> newestGoodBackup(const std::string &dataDir);

// "ok", or what SQLite's integrity_check reports, for any database file (opened read-only).
std::string checkFile(const std::string &path);

// Replaces the live database's contents with the backup's, through the open connection.
Result restoreInto(UserStore &store, const std::string &backupPath, const std::string &dataDir);
// For a live file that cannot be opened (damaged): moves it aside and puts the backup in its place.
// `backupPath` empty = the newest backup that passes the integrity check.
Result restoreFile(const std::string &livePath, const std::string &dataDir, const std::string &backupPath = {});

} // namespace hp::backups
