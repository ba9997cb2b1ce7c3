// Upgrading real user databases: one row per file in tests/fixtures/user/ (user-v<N>.sqlite, made by
// the HealthPath that wrote schema N), so that no earlier schema goes untested. Each test opens a
// copy, never the fixture, upgrades it to the current schema and checks that every saved row came
// through, that the copy made before migrating (<file>.v<N>.bak) exists, and that search works.
#include "client_fixture.h"

#include "user/user_schema.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QString kFixtures = QStringLiteral(HEALTHPATH_TEST_DATA_DIR "/user");

// The rows of every user table the file has (FTS tables aside), as text.
QByteArray rowsOf(const std::string &path)
{
    hp::db::Database db(path, hp::db::Database::Mode::ReadOnly);
    QByteArray out;
    for (const char *table : {"plan", "client", "session", "attachment"}) {
        auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
        exists.bind(1, table);
        if (!exists.step())
            continue;
        out += QByteArray(table) + ":\n";
        sqlite3_stmt *st = nullptr;
        const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY id";
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            return "cannot read " + QByteArray(table);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(st); ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
                out += text ? QByteArray(text) : QByteArray("\\N");
                out += '\x1f';
            }
            out += '\n';
        }
        sqlite3_finalize(st);
    }
    return out;
}

int versionOf(const std::string &path)
{
    hp::db::Database db(path, hp::db::Database::Mode::ReadOnly);
    return db.userVersion();
}

} // namespace

class TestUserMigration : public QObject {
    Q_OBJECT
private slots:
    void everyEarlierSchemaUpgrades_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QRegularExpression name(QStringLiteral("^user-v(\\d+)\\.sqlite$"));
        const QStringList files = QDir(kFixtures).entryList({QStringLiteral("user-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(kFixtures));
        QSet<int> versions;
        for (const QString &file : files) {
            const auto match = name.match(file);
            QVERIFY2(match.hasMatch(), qPrintable(file + QStringLiteral(" is not named user-v<N>.sqlite")));
            versions.insert(match.captured(1).toInt());
            QTest::newRow(qPrintable(file)) << kFixtures + QLatin1Char('/') + file << match.captured(1).toInt();
        }
        // A fixture for every schema this HealthPath knows, the current one included.
        for (int v = 1; v <= hp::db::kUserSchemaVersion; ++v)
            QVERIFY2(versions.contains(v), qPrintable(QStringLiteral("no fixture user-v%1.sqlite").arg(v)));
    }
    void everyEarlierSchemaUpgrades()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        const QByteArray fixtureBytes = fileBytes(fixture);
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("user.sqlite"));
        QVERIFY(QFile::copy(fixture, reference));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(versionOf(reference.toStdString()), version);
        const QByteArray before = rowsOf(reference.toStdString());
        QVERIFY(before.contains("plan:\n1\x1f"));

        {
            auto user = openStore(copy.toStdString());
            QVERIFY(user);
            QCOMPARE(user->database().userVersion(), hp::db::kUserSchemaVersion);
            // Every saved plan still reads.
            const auto plans = user->plans();
            QVERIFY(!plans.empty());
            for (const auto &p : plans) {
                std::string error;
                QVERIFY2(user->plan(p.id, &error), error.c_str());
            }
            // Every client is found by name, and the search index agrees with the tables.
            hp::clients::ClientStore clients(*user);
            for (const auto &c : clients.list(hp::clients::ArchiveFilter::All)) {
                const auto hits = clients.search(c.displayName);
                QVERIFY2(!hits.empty() && hits.front().clientId == c.id, c.displayName.c_str());
            }
            user->database().exec("INSERT INTO client_fts (client_fts) VALUES ('integrity-check')");
            user->database().exec("INSERT INTO session_fts (session_fts) VALUES ('integrity-check')");
            // The upgraded file takes new records.
            const auto id = clients.addClient(maria());
            clients.addSession(sessionOf(id, "2026-11-26", "After the upgrade"));
            clients.deleteClient(id);
        }
        const QByteArray after = rowsOf(copy.toStdString());
        QVERIFY2(after.startsWith(before), "rows changed in the upgrade");

        const QString bak = copy + QStringLiteral(".v%1.bak").arg(version);
        if (version < hp::db::kUserSchemaVersion) {
            QVERIFY2(QFile::exists(bak), qPrintable(bak));
            QCOMPARE(versionOf(bak.toStdString()), version);
            QCOMPARE(rowsOf(bak.toStdString()), before);
            struct stat st {};
            QCOMPARE(::stat(bak.toLocal8Bit().constData(), &st), 0);
            QCOMPARE(int(st.st_mode & 0777), 0600);
        } else {
            QVERIFY(!QFile::exists(bak)); // nothing to upgrade, nothing copied
        }
        QCOMPARE(fileBytes(fixture), fixtureBytes);
    }
};

QTEST_GUILESS_MAIN(TestUserMigration)
#include "tst_user_migration.moc"
