// Backups from the window: File ▸ Back up now writes into backups/, Restore from backup… lists
// them newest first and puts the chosen one back (the views re-read), and a damaged data file at
// start can be replaced by the newest good backup, the damaged file kept under another name.

#include "app/backup_actions.h"
#include "app/damaged_data_dialog.h"
#include "app/data_notifier.h"
#include "app/main_window.h"
#include "app/restore_backup_dialog.h"
#include "app/settings.h"
#include "lattice/lattice.h"
#include "refdata/knowledge_base.h"
#include "user/backups.h"
#include "user/user_store.h"
#include "views/plan_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <chrono>

using namespace hp;
using namespace hp::ui;

namespace {

plan::Date day(int y, unsigned m, unsigned d)
{
    return plan::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBackupActions : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    plan::Plan m_plan;

    std::unique_ptr<UserStore> openStore(const QString &dir)
    {
        auto opened = UserStore::open(QDir(dir).filePath(QStringLiteral("user.sqlite")).toStdString());
        if (!opened.store)
            qWarning("%s", opened.error.c_str());
        return std::move(opened.store);
    }

    // A data folder whose user.sqlite had one plan when it was backed up, then a second plan, and
    // was then damaged. backups/ also holds a newer backup that is itself damaged.
    void makeDamagedFolder(const QString &dir)
    {
        {
            auto store = openStore(dir);
            QVERIFY(store);
            store->addPlan(m_plan);
            const auto backup = backups::backupNow(*store, dir.toStdString());
            QVERIFY2(backup.ok, backup.message.c_str());
            store->addPlan(m_plan);
            store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile bad(QDir(dir).filePath(QStringLiteral("backups/user-29991231-000000.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("not a database\n").repeated(400));
        bad.close();
        // Scribble over the second page, as a failing disk might.
        QFile f(QDir(dir).filePath(QStringLiteral("user.sqlite")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() >= 8192);
        f.seek(4096);
        f.write(QByteArray(1024, '\x5a'));
        f.close();
    }

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("healthpath-test"));
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        appSettings()->clear();
        const auto lattice = lattice::Lattice::build(m_kb->data());
        plan::PlanInput in;
        in.persona = "career-changer";
        in.targetRole = "outpatient-coder";
        in.start = day(2027, 1, 4);
        in.hoursPerWeek = 10;
        in.budgetUsd = 3000;
        const auto result = plan::makePlan(in, *m_kb, lattice, plan::fixedClock(day(2027, 1, 1)));
        QVERIFY2(result.error.empty(), result.error.c_str());
        m_plan = result.plan;
    }

    void backUpNowWritesAFileInBackups()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.path());
        QVERIFY(store);
        store->addPlan(m_plan);
        MainWindow w(*m_kb, false, nullptr, store.get());
        BackupActions *actions = w.backupActions();
        actions->setInteractive(false);
        QCOMPARE(actions->dataDirectory(), QDir(dir.path()).absolutePath());
        QVERIFY(actions->backupAction()->isEnabled());
        QSignalSpy finished(actions, &BackupActions::finished);
        actions->backupAction()->trigger();
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto list = backups::listBackups(dir.path().toStdString());
        QCOMPARE(list.size(), std::size_t(1));
        const QString path = QString::fromStdString(list.front().path);
        QVERIFY(path.startsWith(dir.filePath(QStringLiteral("backups/user-"))));
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Your data was backed up to %1.").arg(path));
        QCOMPARE(backups::checkFile(list.front().path), std::string("ok"));
    }

    void actionsNeedAWritableStore()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.path());
        QVERIFY(store);
        store.reset();
        auto readOnly = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")).toStdString(), true);
        QVERIFY(readOnly.store);
        MainWindow w(*m_kb, false, nullptr, readOnly.store.get());
        QVERIFY(!w.backupActions()->backupAction()->isEnabled());
        QVERIFY(!w.backupActions()->restoreAction()->isEnabled());
    }

    void restoreDialogListsNewestFirstAndRestores()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.path());
        QVERIFY(store);
        store->addPlan(m_plan);
        MainWindow w(*m_kb, false, nullptr, store.get());
        auto *plans = qobject_cast<PlanView *>(w.view(QStringLiteral("plan")));
        QVERIFY(plans);
        BackupActions *actions = w.backupActions();
        actions->setInteractive(false);
        QVERIFY(actions->backupNow().ok);
        // An older backup (same content), to see the order.
        const auto newest = backups::listBackups(dir.path().toStdString()).front();
        QVERIFY(QFile::copy(QString::fromStdString(newest.path), dir.filePath(QStringLiteral("backups/user-20200102-030405.sqlite"))));

        // Made after the backup, and shown: the restore takes it away.
        const std::int64_t later = store->addPlan(m_plan);
        QVERIFY(plans->loadPlan(later).isEmpty());
        QCOMPARE(store->plans().size(), std::size_t(2));

        QSignalSpy changed(&DataNotifier::instance(), &DataNotifier::userDataChanged);
        QSignalSpy finished(actions, &BackupActions::finished);
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTreeWidget *list = dialog->list();
            for (int row = 0; row < list->topLevelItemCount(); ++row)
                shown << list->topLevelItem(row)->data(0, Qt::UserRole).toString();
            list->setCurrentItem(list->topLevelItem(0));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
        });
        actions->restoreAction()->trigger();
        QCOMPARE(shown, (QStringList{QString::fromStdString(newest.path), dir.filePath(QStringLiteral("backups/user-20200102-030405.sqlite"))}));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->plans().size(), std::size_t(1));
        // The plan view re-read its saved plans.
        QCOMPARE(plans->savedPicker()->count(), 1);
        QCOMPARE(plans->planId(), store->plans().front().id);
        // What was there before is kept beside the live file.
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("user.sqlite.before-restore-*")});
        QCOMPARE(aside.size(), 1);
    }

    void damagedFileIsReplacedByTheNewestGoodBackup()
    {
        QTemporaryDir dir;
        makeDamagedFolder(dir.path());
        if (QTest::currentTestFailed())
            return;
        const QByteArray damaged = readAll(dir.filePath(QStringLiteral("user.sqlite")));
        qputenv("HEALTHPATH_DATA_DIR", QFile::encodeName(dir.path()));
        QStringList asked;
        MainWindow w(*m_kb, false, nullptr, nullptr, [&](const QString &problem) {
            asked << problem;
            return DamagedDataChoice::RestoreBackup;
        });
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.front().contains(QStringLiteral("damaged")), qPrintable(asked.front()));
        QVERIFY(!w.quitRequested());
        QVERIFY(w.userStore());
        QVERIFY(!w.userStore()->readOnly());
        QCOMPARE(w.userStore()->plans().size(), std::size_t(1)); // the backup's content
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("user.sqlite.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readAll(dir.filePath(kept.front())), damaged);
        auto *notice = w.findChild<QLabel *>(QStringLiteral("userDataNotice"));
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QStringLiteral("Restored your data")) && notice->text().contains(kept.front()),
                 qPrintable(notice->text()));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("userDataProblem")));
    }

    void damagedFileCanBeOpenedReadOnlyOrQuit()
    {
        QTemporaryDir dir;
        makeDamagedFolder(dir.path());
        if (QTest::currentTestFailed())
            return;
        const QByteArray damaged = readAll(dir.filePath(QStringLiteral("user.sqlite")));
        qputenv("HEALTHPATH_DATA_DIR", QFile::encodeName(dir.path()));
        {
            MainWindow w(*m_kb, false, nullptr, nullptr, [](const QString &) { return DamagedDataChoice::OpenReadOnly; });
            QVERIFY(w.userStore());
            QVERIFY(w.userStore()->readOnly());
            auto *problem = w.findChild<QLabel *>(QStringLiteral("userDataProblem"));
            QVERIFY(problem);
            QVERIFY2(problem->text().contains(QStringLiteral("read-only")), qPrintable(problem->text()));
        }
        {
            MainWindow w(*m_kb, false, nullptr, nullptr, [](const QString &) { return DamagedDataChoice::Quit; });
            QVERIFY(w.quitRequested());
            QVERIFY(!w.userStore());
        }
        QCOMPARE(readAll(dir.filePath(QStringLiteral("user.sqlite"))), damaged);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("user.sqlite.*")}), QStringList());
    }

    void damagedDataDialogOffersThreeWays()
    {
        for (const auto choice : {DamagedDataChoice::RestoreBackup, DamagedDataChoice::OpenReadOnly, DamagedDataChoice::Quit}) {
            DamagedDataDialog dialog(QStringLiteral("Your data file is damaged."), true);
            QTimer::singleShot(0, &dialog, [&] { QTest::mouseClick(dialog.button(choice), Qt::LeftButton); });
            QCOMPARE(dialog.exec(), int(QDialog::Accepted));
            QCOMPARE(int(dialog.choice()), int(choice));
        }
        DamagedDataDialog none(QStringLiteral("Your data file is damaged."), false);
        QVERIFY(!none.button(DamagedDataChoice::RestoreBackup)->isEnabled());
        QVERIFY(none.button(DamagedDataChoice::OpenReadOnly)->isDefault());
        for (QPushButton *b : none.findChildren<QPushButton *>())
            QVERIFY(!b->accessibleName().isEmpty());
    }

    void newerFileIsReadOnlyWithoutAsking()
    {
        QTemporaryDir dir;
        {
            auto store = openStore(dir.path());
            QVERIFY(store);
            store->database().exec("PRAGMA user_version = 99");
        }
        qputenv("HEALTHPATH_DATA_DIR", QFile::encodeName(dir.path()));
        int asked = 0;
        MainWindow w(*m_kb, false, nullptr, nullptr, [&](const QString &) {
            ++asked;
            return DamagedDataChoice::Quit;
        });
        QCOMPARE(asked, 0);
        // UserStore::open refuses a newer schema even read-only today; either way nothing writes.
        QVERIFY(!w.userStore() || w.userStore()->readOnly());
        auto *problem = w.findChild<QLabel *>(QStringLiteral("userDataProblem"));
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QStringLiteral("newer HealthPath")), qPrintable(problem->text()));
        QVERIFY(!w.backupActions()->backupAction()->isEnabled());
    }

    void startUpBackupIsMadeOnceADay()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.path());
        QVERIFY(store);
        store->addPlan(m_plan);
        QWidget window;
        BackupActions actions(store.get(), dir.path(), &window);
        QSignalSpy done(&actions, &BackupActions::dueBackupFinished);
        actions.backupIfDue();
        QCOMPARE(done.count(), 1);
        QCOMPARE(backups::listBackups(dir.path().toStdString()).size(), std::size_t(1));
        actions.backupIfDue(); // not due again today
        QCOMPARE(done.count(), 2);
        QCOMPARE(backups::listBackups(dir.path().toStdString()).size(), std::size_t(1));

        // A large file goes to a worker thread with its own connection.
        QTemporaryDir other;
        auto big = openStore(other.path());
        QVERIFY(big);
        big->addPlan(m_plan);
        BackupActions worker(big.get(), other.path(), &window);
        QSignalSpy workerDone(&worker, &BackupActions::dueBackupFinished);
        worker.backupIfDue(0);
        QVERIFY(worker.isBackingUp() || workerDone.count() == 1);
        QTRY_COMPARE(workerDone.count(), 1);
        QVERIFY2(workerDone.first().at(0).toBool(), qPrintable(workerDone.first().at(1).toString()));
        const auto list = backups::listBackups(other.path().toStdString());
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(backups::checkFile(list.front().path), std::string("ok"));
    }
};

QTEST_MAIN(TestBackupActions)
#include "tst_backup_actions.moc"
