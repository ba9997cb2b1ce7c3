#include "app/backup_actions.h"

#include "app/data_notifier.h"
#include "app/restore_backup_dialog.h"
#include "user/user_store.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMessageBox>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace hp::ui {

BackupActions::BackupActions(UserStore *store, QString dataDir, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_dataDir(std::move(dataDir))
    , m_window(window)
    , m_backup(new QAction(tr("&Back up now"), this))
    , m_restore(new QAction(tr("&Restore from backup…"), this))
{
    m_backup->setObjectName(QStringLiteral("backupNowAction"));
    m_backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_backup->setStatusTip(tr("Copy your plans and client records to the backups folder now"));
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restore->setStatusTip(tr("Go back to one of the backups of your plans and client records"));
    connect(m_backup, &QAction::triggered, this, [this] { backupNow(); });
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
    connect(&m_watcher, &QFutureWatcher<backups::Result>::finished, this, [this] {
        const backups::Result r = m_watcher.result();
        emit dueBackupFinished(r.ok, QString::fromStdString(r.message));
    });
    updateEnabled();
}

// The worker only reads its own connection and writes into backups/; wait for it so the window
// never goes away under it.
BackupActions::~BackupActions()
{
    m_watcher.waitForFinished();
}

void BackupActions::updateEnabled()
{
    const bool writable = m_store && !m_store->readOnly() && !m_dataDir.isEmpty();
    m_backup->setEnabled(writable);
    m_restore->setEnabled(writable);
    if (!writable) {
        const QString why = tr("Your data file is not open for changes, so it cannot be backed up or restored here.");
        m_backup->setStatusTip(why);
        m_restore->setStatusTip(why);
    }
}

backups::Result BackupActions::backupNow()
{
    backups::Result r;
    if (!m_store || m_store->readOnly())
        r.message = tr("Your data file is not open for changes, so it was not backed up.").toStdString();
    else
        r = backups::backupNow(*m_store, m_dataDir.toStdString());
    QString message = QString::fromStdString(r.message);
    if (r.ok)
        message = tr("Your data was backed up to %1.").arg(QDir::toNativeSeparators(QString::fromStdString(r.path)));
    if (!r.ok && m_interactive)
        QMessageBox::warning(m_window, tr("Not backed up"), message);
    emit finished(r.ok, message);
    return r;
}

backups::Result BackupActions::restoreFrom(const QString &backupPath)
{
    backups::Result r;
    if (!m_store || m_store->readOnly())
        r.message = tr("Your data file is not open for changes, so no backup can be restored into it.").toStdString();
    else
        r = backups::restoreInto(*m_store, backupPath.toStdString(), m_dataDir.toStdString());
    const QString message = QString::fromStdString(r.message);
    if (m_interactive) {
        if (r.ok)
            QMessageBox::information(m_window, tr("Backup restored"), message);
        else
            QMessageBox::warning(m_window, tr("Not restored"), message);
    }
    if (r.ok) {
        emit DataNotifier::instance().userDataChanged();
        emit restored();
    }
    emit finished(r.ok, message);
    return r;
}

void BackupActions::chooseAndRestore()
{
    const auto list = backups::listBackups(m_dataDir.toStdString());
    if (list.empty()) {
        const QString message = tr("There are no backups in %1 yet.")
                                    .arg(QDir::toNativeSeparators(QString::fromStdString(backups::backupDirectory(m_dataDir.toStdString()))));
        if (m_interactive)
            QMessageBox::information(m_window, tr("Restore from backup"), message);
        emit finished(false, message);
        return;
    }
    RestoreBackupDialog dialog(list, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    if (m_interactive) {
        const auto answer = QMessageBox::question(
            m_window, tr("Restore from backup"),
            tr("Replace your plans and client records with the backup taken %1? Your data as it is now is copied aside "
               "first.")
                .arg(dialog.selectedWhen()));
        if (answer != QMessageBox::Yes)
            return;
    }
    restoreFrom(dialog.selectedPath());
}

void BackupActions::backupIfDue(qint64 inlineLimit)
{
    if (!m_store || m_store->readOnly() || m_dataDir.isEmpty() || m_watcher.isRunning())
        return;
    const std::string dir = m_dataDir.toStdString();
    const std::string path = m_store->path();
    const QString file = QString::fromStdString(path);
    if (QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size() <= inlineLimit) {
        const backups::Result r = backups::backupIfDue(*m_store, dir);
        emit dueBackupFinished(r.ok, QString::fromStdString(r.message));
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path, dir] {
        auto own = UserStore::open(path, true);
        if (!own.store)
            return backups::Result{false, {}, own.error};
        return backups::backupIfDue(*own.store, dir);
    }));
}

} // namespace hp::ui
