#pragma once
// Shown on start when the data file is damaged: the sentence that says what is wrong, and three
// ways on. Restoring moves the damaged file aside (it is never deleted) and puts the newest backup
// that passes SQLite's integrity check in its place.
//
//   ┌ Your data file is damaged ──────────────────────────────────────────────┐
//   │ <sentence from UserStore::open>                                         │
//   │ [Restore newest good backup]  [Open read-only]  [Quit]                  │
//   └─────────────────────────────────────────────────────────────────────────┘

#include "app/user_data.h"

#include <QDialog>

class QPushButton;

namespace hp::ui {

class DamagedDataDialog : public QDialog {
    Q_OBJECT
public:
    DamagedDataDialog(const QString &problem, bool haveBackups, QWidget *parent = nullptr);

    DamagedDataChoice choice() const { return m_choice; }
    QPushButton *button(DamagedDataChoice choice) const;

    // The chooser MainWindow uses when it runs for a person: asks with this dialog (modal).
    // `dataDir` is where backups are looked for; empty = the data folder.
    static DamagedDataChooser interactiveChooser(QWidget *parent, const QString &dataDir = {});

private:
    void choose(DamagedDataChoice choice);

    DamagedDataChoice m_choice = DamagedDataChoice::Quit; // closing the dialog quits
    QPushButton *m_restore = nullptr, *m_readOnly = nullptr, *m_quit = nullptr;
};

} // namespace hp::ui
