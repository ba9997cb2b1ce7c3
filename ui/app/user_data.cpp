#include "app/user_data.h"

#include "app/data_location.h"
#include "platform/paths.h"
#include "user/backups.h"
#include "user/user_store.h"

#include <QCoreApplication>

namespace hp::ui {

namespace {

// Read-only, when SQLite can still read the file; `problem` gains the sentence that says so.
void openReadOnly(UserData &out, const std::string &path)
{
    auto readOnly = UserStore::open(path, true);
    if (readOnly.status != UserStore::OpenStatus::Ok)
        return;
    out.store = std::move(readOnly.store);
    out.problem += QLatin1Char(' ') + QCoreApplication::translate("hp::ui::UserData", "It is open read-only: you can look, but changes are not saved.");
}

} // namespace

UserData openUserData(const DamagedDataChooser &chooser, const QString &dataDir)
{
    UserData out;
    const std::string dir = (dataDir.isEmpty() ? dataDirectory() : dataDir).toStdString();
    if (const std::string error = paths::ensureDir(dir); !error.empty()) {
        out.problem = QString::fromStdString(error);
        return out;
    }
    const std::string path = paths::userDatabasePath(dir);
    auto result = UserStore::open(path);
    if (result.status == UserStore::OpenStatus::Ok) {
        out.store = std::move(result.store);
        return out;
    }
    out.problem = QString::fromStdString(result.error);
    if (result.status == UserStore::OpenStatus::Newer) {
        openReadOnly(out, path);
    } else if (result.status == UserStore::OpenStatus::Damaged) {
        const DamagedDataChoice choice = chooser ? chooser(out.problem) : DamagedDataChoice::OpenReadOnly;
        if (choice == DamagedDataChoice::Quit) {
            out.quit = true;
            return out;
        }
        if (choice == DamagedDataChoice::RestoreBackup) {
            const backups::Result restored = backups::restoreFile(path, dir);
            if (restored.ok) {
                auto reopened = UserStore::open(path);
                if (reopened.status == UserStore::OpenStatus::Ok) {
                    out.store = std::move(reopened.store);
                    out.problem.clear();
                    out.notice = QString::fromStdString(restored.message);
                    return out;
                }
                out.problem = QString::fromStdString(restored.message) + QLatin1Char(' ')
                              + QString::fromStdString(reopened.error);
                if (reopened.status == UserStore::OpenStatus::Damaged || reopened.status == UserStore::OpenStatus::Newer)
                    openReadOnly(out, path);
                return out;
            }
            // Nothing was moved: say why, and let the person look at what is there.
            out.problem += QLatin1Char(' ') + QString::fromStdString(restored.message);
        }
        openReadOnly(out, path);
    }
    return out;
}

} // namespace hp::ui
