#pragma once
// Opening the person's own database (saved plans; client records later) for the GUI.

#include <QString>

#include <memory>

namespace hp {
class UserStore;
}

namespace hp::ui {

struct UserData {
    std::unique_ptr<UserStore> store; // null when the file cannot be opened at all
    QString problem;                  // a sentence when something is wrong (store may still be read-only)
};

// <data folder>/user.sqlite. A damaged file, or one from a newer HealthPath, is never changed:
// it is opened read-only when SQLite can still read it, and `problem` says why.
UserData openUserData();

} // namespace hp::ui
