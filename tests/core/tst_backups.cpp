// Rolling backups of the user database: a private copy now, pruning to the newest seven, one a
// day on start, restoring through the open connection, and replacing a damaged file, which is
// kept (renamed) rather than deleted. A damaged backup is never used.
#include "client_fixture.h"

#include "user/backups.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hp;

namespace {

int clientsIn(const std::string &path)
{
    auto user = openStore(path, true);
    return user ? clients::ClientStore(*user).clientCount() : -1;
}

// Scribbles over the second page, as a failing disk might.
void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() >= 8192);
    f.seek(4096);
    f.write(QByteArray(2048, '\x5a'));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_data, m_live;

private slots:
    void init()
    {
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_data = m_dir.path().toStdString();
        m_live = m_data + "/user.sqlite";
    }

    void backsUpNowPrivately()
    {
        auto user = openStore(m_live);
        QVERIFY(user);
        clients::ClientStore(*user).addClient(maria());
        const auto result = backups::backupNow(*user, m_data);
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY2(result.message.find(result.path) != std::string::npos, result.message.c_str());
        QCOMPARE(QString::fromStdString(result.path).section('/', 0, -2), QString::fromStdString(backups::backupDirectory(m_data)));
        struct stat st {};
        QCOMPARE(::stat(result.path.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(backups::checkFile(result.path), std::string("ok"));
        QCOMPARE(clientsIn(result.path), 1);
        const auto list = backups::listBackups(m_data);
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list.front().path, result.path);
        QVERIFY(list.front().bytes > 0);
        QCOMPARE(list.front().takenAt.size(), std::size_t(20)); // 2026-11-26T16:40:05Z
        // Only the finished backup is there: no partial file, no WAL companions.
        QCOMPARE(filesIn(QString::fromStdString(backups::backupDirectory(m_data))).size(), 1);
    }

    void prunesToTheNewestSeven()
    {
        auto user = openStore(m_live);
        QVERIFY(user);
        const auto first = backups::backupNow(*user, m_data);
        QVERIFY(first.ok);
        const QString dir = QString::fromStdString(backups::backupDirectory(m_data));
        for (int i = 1; i <= 9; ++i)
            QVERIFY(QFile::copy(QString::fromStdString(first.path), dir + QStringLiteral("/user-20200101-0000%1.sqlite").arg(i, 2, 10, QLatin1Char('0'))));
        QFile other(dir + QStringLiteral("/notes.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QCOMPARE(backups::listBackups(m_data).size(), std::size_t(10));
        QTest::qWait(1100); // a new name
        const auto result = backups::backupNow(*user, m_data);
        QVERIFY(result.ok);
        const auto list = backups::listBackups(m_data);
        QCOMPARE(list.size(), std::size_t(backups::kKeepBackups));
        QCOMPARE(list[0].path, result.path);
        QCOMPARE(list[1].path, first.path);
        QVERIFY(QString::fromStdString(list.back().path).endsWith(QLatin1String("user-20200101-000005.sqlite")));
        QVERIFY(other.exists()); // only backups are pruned
        QVERIFY(backups::backupNow(*user, m_data, 2).ok);
        QCOMPARE(backups::listBackups(m_data).size(), std::size_t(2));
    }

    void backsUpOnceADay()
    {
        auto user = openStore(m_live);
        QVERIFY(user);
        const auto first = backups::backupIfDue(*user, m_data);
        QVERIFY(first.ok);
        QCOMPARE(backups::listBackups(m_data).size(), std::size_t(1));
        QTest::qWait(1100);
        const auto second = backups::backupIfDue(*user, m_data);
        QVERIFY(second.ok);
        QCOMPARE(second.path, first.path); // less than a day old: nothing new
        QCOMPARE(backups::listBackups(m_data).size(), std::size_t(1));
        // Only a backup from long ago: a new one is due.
        const QString old = QString::fromStdString(backups::backupDirectory(m_data)) + QStringLiteral("/user-20200101-000000.sqlite");
        QVERIFY(QFile::rename(QString::fromStdString(first.path), old));
        const auto third = backups::backupIfDue(*user, m_data);
        QVERIFY(third.ok);
        QVERIFY(third.path != old.toStdString());
        QCOMPARE(backups::listBackups(m_data).size(), std::size_t(2));
    }

    void restoresIntoTheOpenStore()
    {
        auto user = openStore(m_live);
        QVERIFY(user);
        clients::ClientStore store(*user);
        store.addClient(maria());
        const auto backup = backups::backupNow(*user, m_data);
        QVERIFY(backup.ok);
        store.addClient(sam());
        QCOMPARE(store.clientCount(), 2);

        const auto result = backups::restoreInto(*user, backup.path, m_data);
        QVERIFY2(result.ok, result.message.c_str());
        QCOMPARE(store.clientCount(), 1);
        QCOMPARE(store.list().front().displayName, std::string("María López"));
        QCOMPARE(store.search("sam").size(), std::size_t(0));
        QCOMPARE(store.search("maria").size(), std::size_t(1));
        store.addClient(sam()); // the connection goes on working
        QCOMPARE(store.clientCount(), 2);
        // What was there before is kept beside the live file, privately.
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("user.sqlite.before-restore-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        const std::string asidePath = m_data + "/" + aside.front().toStdString();
        QVERIFY2(result.message.find(asidePath) != std::string::npos, result.message.c_str());
        QCOMPARE(clientsIn(asidePath), 2);
        struct stat st {};
        QCOMPARE(::stat(asidePath.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void neverUsesADamagedBackup()
    {
        auto user = openStore(m_live);
        QVERIFY(user);
        clients::ClientStore store(*user);
        for (int i = 0; i < 40; ++i) // enough pages to damage
            store.addSession(sessionOf(store.addClient(maria()), "2026-11-26", std::string(300, 'x')));
        const auto backup = backups::backupNow(*user, m_data);
        QVERIFY(backup.ok);
        damage(QString::fromStdString(backup.path));
        QVERIFY(backups::checkFile(backup.path) != "ok");
        const QByteArray before = dumpRows(*user);
        const auto result = backups::restoreInto(*user, backup.path, m_data);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.find("cannot be used") != std::string::npos, result.message.c_str());
        QVERIFY2(result.message.find("Nothing was changed") != std::string::npos, result.message.c_str());
        QCOMPARE(dumpRows(*user), before);
        QVERIFY(!backups::newestGoodBackup(m_data));
        const auto missing = backups::restoreInto(*user, m_data + "/no-such-backup.sqlite", m_data);
        QVERIFY(!missing.ok);
        QVERIFY2(missing.message.find("there is no file") != std::string::npos, missing.message.c_str());
    }

    void replacesADamagedLiveFileAndKeepsIt()
    {
        {
            auto user = openStore(m_live);
            QVERIFY(user);
            clients::ClientStore store(*user);
            for (int i = 0; i < 40; ++i)
                store.addSession(sessionOf(store.addClient(maria()), "2026-11-26", std::string(300, 'x')));
            QVERIFY(backups::backupNow(*user, m_data).ok);
            store.addClient(sam());
            user->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        damage(QString::fromStdString(m_live));
        const QByteArray damaged = fileBytes(QString::fromStdString(m_live));
        QCOMPARE(int(UserStore::open(m_live).status), int(UserStore::OpenStatus::Damaged));

        const auto result = backups::restoreFile(m_live, m_data);
        QVERIFY2(result.ok, result.message.c_str());
        QCOMPARE(backups::checkFile(m_live), std::string("ok"));
        QCOMPARE(clientsIn(m_live), 40);
        struct stat st {};
        QCOMPARE(::stat(m_live.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // The damaged file is kept, renamed, byte for byte.
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("user.sqlite.damaged-*")}, QDir::Files);
        QVERIFY(!kept.isEmpty());
        const QStringList main = kept.filter(QRegularExpression(QStringLiteral("^user\\.sqlite\\.damaged-\\d{8}-\\d{6}$")));
        QCOMPARE(main.size(), 1);
        const QString keptPath = m_dir.filePath(main.front());
        QCOMPARE(fileBytes(keptPath), damaged);
        QVERIFY2(result.message.find(keptPath.toStdString()) != std::string::npos, result.message.c_str());
        auto reopened = openStore(m_live);
        QVERIFY(reopened);
        QCOMPARE(clients::ClientStore(*reopened).search("maria").size(), std::size_t(40));
    }

    void restoreFileNeedsAGoodBackup()
    {
        {
            auto user = openStore(m_live);
            QVERIFY(user);
        }
        const QByteArray before = fileBytes(QString::fromStdString(m_live));
        const auto result = backups::restoreFile(m_live, m_data);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.find("no backup") != std::string::npos, result.message.c_str());
        QCOMPARE(fileBytes(QString::fromStdString(m_live)), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*damaged*")}, QDir::Files).size(), 0);
    }

    void checksAnyFile()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        f.close();
        const std::string problem = backups::checkFile(text.toStdString());
        QVERIFY(problem != "ok");
        QVERIFY2(problem.find("not a database") != std::string::npos, problem.c_str());
        QVERIFY(backups::checkFile(m_data + "/missing.sqlite").find("there is no file") != std::string::npos);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite")))); // checking creates nothing
        {
            auto user = openStore(m_live);
            QVERIFY(user);
            for (int i = 0; i < 40; ++i)
                clients::ClientStore(*user).addClient(maria());
            user->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            QCOMPARE(backups::checkFile(m_live), std::string("ok")); // also while open
        }
        damage(QString::fromStdString(m_live));
        const std::string damaged = backups::checkFile(m_live);
        QVERIFY(damaged != "ok");
        QVERIFY(!damaged.empty());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
