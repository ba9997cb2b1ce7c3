// healthpath-cli clients backup | restore [FILE] | check: keeping the user database safe (see
// user/backups.h). Restoring never deletes anything: what it replaces is kept beside it.

#include "cli/clients_common.h"

#include "user/backups.h"

namespace hp::cli::clients_cli {

int backupClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients backup options");
    po::variables_map vm;
    if (!sub.parse(args, opts, vm).empty()) {
        sub.fail() << "takes no arguments; backups go to " << backups::backupDirectory(sub.ctx.dataDir) << ".\n";
        return 2;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    const auto result = backups::backupNow(*store, sub.ctx.dataDir);
    if (!result.ok) {
        sub.fail() << result.message << "\n";
        return 1;
    }
    sub.ctx.out << result.message << "\n";
    return 0;
}

int restoreClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients restore options");
    po::variables_map vm;
    const auto files = sub.parse(args, opts, vm);
    if (files.size() > 1) {
        sub.fail() << "name at most one backup file; without one, the newest good backup is used.\n";
        return 2;
    }
    const std::string live = paths::userDatabasePath(sub.ctx.dataDir);
    std::string backup = files.empty() ? std::string() : files.front();
    backups::Result result;
    // A live file that opens is restored through its connection; one that does not (damaged, or
    // written by a newer HealthPath) is moved aside and replaced.
    auto opened = exists(live) ? UserStore::open(live) : UserStore::OpenResult{};
    if (opened.store) {
        if (backup.empty()) {
            const auto good = backups::newestGoodBackup(sub.ctx.dataDir);
            if (!good) {
                sub.fail() << "there is no backup in " << backups::backupDirectory(sub.ctx.dataDir)
                           << " that passes SQLite's integrity check; nothing was changed.\n";
                return 1;
            }
            backup = good->path;
        }
        result = backups::restoreInto(*opened.store, backup, sub.ctx.dataDir);
    } else {
        opened.store.reset();
        result = backups::restoreFile(live, sub.ctx.dataDir, backup);
    }
    if (!result.ok) {
        sub.fail() << result.message << "\n";
        return 1;
    }
    sub.ctx.out << result.message << "\n";
    return 0;
}

int checkClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients check options");
    po::variables_map vm;
    if (!sub.parse(args, opts, vm).empty()) {
        sub.fail() << "takes no arguments; it checks " << paths::userDatabasePath(sub.ctx.dataDir) << ".\n";
        return 2;
    }
    const std::string live = paths::userDatabasePath(sub.ctx.dataDir);
    if (!exists(live)) {
        sub.ctx.out << "ok (there is no data file yet at " << live << ")\n";
        return 0;
    }
    const std::string result = backups::checkFile(live);
    if (result != "ok") {
        sub.fail() << "your data file " << live << " is damaged (" << result
                   << "); 'healthpath-cli clients restore' puts the newest good backup in its place and keeps the damaged file.\n";
        return 1;
    }
    sub.ctx.out << "ok\n";
    return 0;
}

} // namespace hp::cli::clients_cli
