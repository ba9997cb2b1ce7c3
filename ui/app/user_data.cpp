#include "app/user_data.h"

#include "app/data_location.h"
#include "platform/paths.h"
#include "user/user_store.h"

#include <QCoreApplication>

namespace hp::ui {

UserData openUserData()
{
    UserData out;
    const std::string dir = dataDirectory().toStdString();
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
    if (result.status == UserStore::OpenStatus::Damaged || result.status == UserStore::OpenStatus::Newer) {
        auto readOnly = UserStore::open(path, true);
        if (readOnly.status == UserStore::OpenStatus::Ok) {
            out.store = std::move(readOnly.store);
            out.problem += QLatin1Char(' ')
                           + QCoreApplication::translate("hp::ui::UserData", "It is open read-only: you can look, but changes are not saved.");
        }
    }
    return out;
}

} // namespace hp::ui
