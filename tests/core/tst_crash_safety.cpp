// A counselor's notes survive the program being killed at any moment: crash_writer adds sessions
// one transaction at a time and is killed with SIGKILL hundreds of times at random moments; after
// every kill the file must open, pass SQLite's integrity check and hold every session the writer
// reported committed.
#include "clients/client_store.h"
#include "user/user_store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>

namespace {

constexpr int kKills = 220;
constexpr qint64 kTimeLimitMs = 50000;

std::string integrity(hp::db::Database &db)
{
    auto st = db.prepare("PRAGMA integrity_check");
    std::string out;
    while (st.step())
        out.append(out.empty() ? "" : "; ").append(st.text(0));
    return out;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void survivesSigkillAtRandomMoments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        const unsigned seed = std::random_device{}();
        qInfo("random seed %u", seed);
        std::mt19937 random(seed);
        QSet<QByteArray> committed;
        int kills = 0, killedMidway = 0;
        QElapsedTimer clock;
        clock.start();
        while (kills < kKills) {
            QVERIFY2(clock.elapsed() < kTimeLimitMs, qPrintable(QStringLiteral("only %1 kills in time").arg(kills)));
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER), {path});
            QVERIFY(writer.waitForStarted());
            // Four times in five while it commits (after its first commit, however slow the
            // machine); otherwise at any moment from the start, opening the file included.
            if (std::uniform_int_distribution<int>(0, 4)(random) != 0)
                writer.waitForReadyRead(5000);
            QThread::usleep(std::uniform_int_distribution<unsigned>(0, 20000)(random));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            if (writer.exitStatus() != QProcess::CrashExit)
                QFAIL(qPrintable(QStringLiteral("the writer stopped by itself: ") + QString::fromUtf8(writer.readAllStandardError())));
            ++kills;
            QByteArray out = writer.readAllStandardOutput();
            if (!out.endsWith('\n'))
                out.truncate(out.lastIndexOf('\n') + 1); // a line cut short was not reported
            QList<QByteArray> fresh;
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("committed "))
                    fresh.append(line.mid(10));
            if (!fresh.isEmpty())
                ++killedMidway;

            auto opened = hp::UserStore::open(path.toStdString());
            QVERIFY2(opened.store, opened.error.c_str());
            auto &db = opened.store->database();
            const std::string check = integrity(db);
            QVERIFY2(check == "ok", check.c_str());
            auto find = db.prepare("SELECT 1 FROM session WHERE uid = ?");
            for (const QByteArray &uid : fresh) {
                find.reset();
                find.bind(1, uid.toStdString());
                QVERIFY2(find.step(), uid.constData());
                committed.insert(uid);
            }
            if (kills % 50 == 0)
                db.exec("INSERT INTO session_fts (session_fts) VALUES ('integrity-check')");
        }
        // At the end, all of them at once, and the search index agrees with the table.
        auto opened = hp::UserStore::open(path.toStdString());
        QVERIFY2(opened.store, opened.error.c_str());
        hp::clients::ClientStore store(*opened.store);
        QVERIFY(store.sessionCount() >= committed.size());
        auto find = opened.store->database().prepare("SELECT 1 FROM session WHERE uid = ?");
        for (const QByteArray &uid : std::as_const(committed)) {
            find.reset();
            find.bind(1, uid.toStdString());
            QVERIFY2(find.step(), uid.constData());
        }
        opened.store->database().exec("INSERT INTO session_fts (session_fts) VALUES ('integrity-check')");
        opened.store->database().exec("INSERT INTO client_fts (client_fts) VALUES ('integrity-check')");
        qInfo("%d kills, %d after at least one commit, %lld sessions committed, %lld ms", kills, killedMidway,
              static_cast<long long>(committed.size()), static_cast<long long>(clock.elapsed()));
        QVERIFY2(killedMidway >= kKills / 2, "too few kills landed while the writer was committing");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
