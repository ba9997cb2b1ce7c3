#pragma once
// Opening the person's own database (saved plans, client records) for the GUI.
//
//   UserStore::open ─ Ok ──────────────────────────────▶ writable store
//                   ├ Newer ─────────────────────────────▶ read-only store + sentence
//                   └ Damaged ─▶ chooser(sentence) ─ OpenReadOnly ─▶ read-only store + sentence
//                                                 ├ RestoreBackup ─▶ backups::restoreFile, open again
//                                                 └ Quit ──────────▶ no store, quit = true
//
// A damaged file is never changed in place: restoring moves it aside (renamed, not deleted).

#include <QString>

#include <functional>
#include <memory>

namespace hp {
class UserStore;
}

namespace hp::ui {

enum class DamagedDataChoice { RestoreBackup, OpenReadOnly, Quit };
// Asked when the data file is damaged; gets the sentence that says what is wrong.
using DamagedDataChooser = std::function<DamagedDataChoice(const QString &problem)>;

struct UserData {
    std::unique_ptr<UserStore> store; // null when the file cannot be opened at all
    QString problem;                  // a sentence when something is wrong (store may still be read-only)
    QString notice;                   // a sentence on what was done, e.g. which backup was restored
    bool quit = false;                // the person chose to quit instead
};

// <dataDir>/user.sqlite (dataDir empty: the data folder). A file from a newer HealthPath is opened
// read-only. A damaged one goes to `chooser`; without a chooser it is opened read-only.
UserData openUserData(const DamagedDataChooser &chooser = {}, const QString &dataDir = {});

} // namespace hp::ui
