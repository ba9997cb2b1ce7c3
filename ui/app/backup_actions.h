#pragma once
// Backups of the person's database (core/user/backups.h), from the window:
//
//   File ▸ Back up now          backups::backupNow through the open store; the path in the status bar
//   File ▸ Restore from backup… RestoreBackupDialog ─▶ confirm ─▶ backups::restoreInto
//                               ─▶ DataNotifier::userDataChanged (views re-read plans and clients)
//   on start                    backups::backupIfDue, after the window has painted (see backupIfDue)
//
// Both actions need a writable store: a read-only one is damaged or from a newer HealthPath, and
// backing that up could push good backups out of the seven that are kept.

#include "user/backups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace hp {
class UserStore;
}

namespace hp::ui {

class BackupActions : public QObject {
    Q_OBJECT
public:
    // `store` may be null; `dataDir` is the folder that holds the live file and backups/.
    BackupActions(UserStore *store, QString dataDir, QWidget *window);
    ~BackupActions() override;

    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    QString dataDirectory() const { return m_dataDir; }

    // When off, nothing is asked and no message box is shown; tests watch finished().
    void setInteractive(bool on) { m_interactive = on; }

    backups::Result backupNow();
    backups::Result restoreFrom(const QString &backupPath); // without asking
    void chooseAndRestore();                                 // the dialog, then a confirmation

    // The start-up backup, when the newest is older than a day. SQLite's backup copies about
    // 3.5 ms per MB here (Debian 12, 2 cores; 14 ms for 4 MB), so a file (with its WAL) up to
    // `inlineLimit` bytes is copied on the GUI thread; a larger one on a worker thread through a
    // read-only connection of its own, so the GUI's connection is never shared between threads.
    void backupIfDue(qint64 inlineLimit = kInlineLimit);
    bool isBackingUp() const { return m_watcher.isRunning(); }
    static constexpr qint64 kInlineLimit = 4 * 1024 * 1024;

signals:
    // After each backup or restore: ok, and the sentence to show.
    void finished(bool ok, const QString &message);
    void restored(); // after a successful restore (userDataChanged is emitted too)
    void dueBackupFinished(bool ok, const QString &message); // the start-up backup

private:
    void updateEnabled();

    UserStore *m_store;
    QString m_dataDir;
    QWidget *m_window;
    QAction *m_backup;
    QAction *m_restore;
    QFutureWatcher<backups::Result> m_watcher;
    bool m_interactive = true;
};

} // namespace hp::ui
