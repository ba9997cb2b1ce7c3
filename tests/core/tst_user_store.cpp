// The user database: private file mode, WAL, plans kept across reopen, and files it must not
// touch (damaged, newer) left byte for byte as they were.
#include "lattice/lattice.h"
#include "plan/plan.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using hp::UserStore;

namespace {

hp::plan::Date day(int y, unsigned m, unsigned d)
{
    return hp::plan::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestUserStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = hp::KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        m_lattice = std::make_unique<hp::lattice::Lattice>(hp::lattice::Lattice::build(m_kb->data()));
        hp::plan::PlanInput in;
        in.persona = "career-changer";
        in.targetRole = "outpatient-coder";
        in.start = day(2027, 1, 4);
        in.hoursPerWeek = 10;
        in.budgetUsd = 3000;
        const auto result = hp::plan::makePlan(in, *m_kb, *m_lattice, hp::plan::fixedClock(day(2027, 1, 1)));
        QVERIFY2(result.error.empty(), result.error.c_str());
        m_plan = result.plan;
        QVERIFY(!m_plan.tasks.empty());
    }

    void createsAPrivateWalFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        auto opened = UserStore::open(path.toStdString());
        QVERIFY2(opened.store, opened.error.c_str());
        struct stat st {};
        QCOMPARE(::stat(path.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        auto mode = opened.store->database().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(QString::fromStdString(mode.text(0)), QStringLiteral("wal"));
        auto fk = opened.store->database().prepare("PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.integer(0), 1);
    }

    void keepsPlansAcrossReopen()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("user.sqlite")).toStdString();
        std::int64_t id = 0;
        {
            auto opened = UserStore::open(path);
            QVERIFY(opened.store);
            id = opened.store->addPlan(m_plan);
            auto changed = m_plan;
            changed.tasks.front().done = true;
            changed.tasks.front().doneOn = day(2027, 1, 5);
            opened.store->savePlan(id, changed);
        }
        auto opened = UserStore::open(path);
        QVERIFY(opened.store);
        const auto list = opened.store->plans();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list.front().title, m_plan.title);
        std::string error;
        const auto back = opened.store->plan(id, &error);
        QVERIFY2(back, error.c_str());
        QCOMPARE(back->tasks.size(), m_plan.tasks.size());
        QVERIFY(back->tasks.front().done);
        QVERIFY(back->tasks.front().doneOn == day(2027, 1, 5));
        QCOMPARE(back->input.targetRole, m_plan.input.targetRole);

        opened.store->deletePlan(id);
        QVERIFY(opened.store->plans().empty());
        QVERIFY(!opened.store->plan(id, &error));
        QVERIFY(error.find("no saved plan") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(hp::db::DbError, opened.store->savePlan(id, m_plan));
    }

    void leavesADamagedFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        {
            auto opened = UserStore::open(path.toStdString());
            QVERIFY(opened.store);
            opened.store->addPlan(m_plan);
            opened.store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // Scribble over the second page (the plan table's b-tree), as a failing disk might.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() >= 8192);
        f.seek(4096);
        f.write(QByteArray(1024, '\x5a'));
        f.close();
        const QByteArray before = readAll(path);

        auto opened = UserStore::open(path.toStdString());
        QVERIFY(!opened.store);
        QCOMPARE(int(opened.status), int(UserStore::OpenStatus::Damaged));
        QVERIFY2(opened.error.find("damaged") != std::string::npos, opened.error.c_str());
        QCOMPARE(readAll(path), before);

        auto readOnly = UserStore::open(path.toStdString(), true);
        QVERIFY2(readOnly.store, readOnly.error.c_str());
        QVERIFY(readOnly.store->readOnly());
        QVERIFY_THROWS_EXCEPTION(hp::db::DbError, readOnly.store->addPlan(m_plan));
        QCOMPARE(readAll(path), before);
    }

    void refusesNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = readAll(path);
        auto opened = UserStore::open(path.toStdString());
        QVERIFY(!opened.store);
        QCOMPARE(int(opened.status), int(UserStore::OpenStatus::Damaged));
        QVERIFY(!opened.error.empty());
        QCOMPARE(readAll(path), before);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        {
            auto opened = UserStore::open(path.toStdString());
            QVERIFY(opened.store);
            opened.store->database().exec("PRAGMA user_version = 99");
        }
        const QByteArray before = readAll(path);
        auto opened = UserStore::open(path.toStdString());
        QVERIFY(!opened.store);
        QCOMPARE(int(opened.status), int(UserStore::OpenStatus::Newer));
        QVERIFY2(opened.error.find("newer HealthPath") != std::string::npos, opened.error.c_str());
        QCOMPARE(readAll(path), before);
    }

private:
    std::unique_ptr<hp::KnowledgeBase> m_kb;
    std::unique_ptr<hp::lattice::Lattice> m_lattice;
    hp::plan::Plan m_plan;
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_user_store.moc"
