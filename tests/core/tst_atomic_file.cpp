#include "io/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void writesNewFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("out.txt")).toStdString();
        const auto r = hp::io::writeFileAtomically(path, "hello\n");
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(hp::io::readFile(path), std::string("hello\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    }

    void replacesAndKeepsMode()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("keep.txt")).toStdString();
        QVERIFY(hp::io::writeFileAtomically(path, "old").ok);
        ::chmod(path.c_str(), 0600);
        QVERIFY(hp::io::writeFileAtomically(path, "new").ok);
        QCOMPARE(hp::io::readFile(path), std::string("new"));
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void failsWithASentence()
    {
        const std::string path = "/nonexistent-folder-for-healthpath/out.txt";
        const auto r = hp::io::writeFileAtomically(path, "x");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find(path) != std::string::npos, r.error.c_str());
        QVERIFY(r.error.back() == '.');
    }

    void leavesOldFileWhenTargetIsADirectory()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("occupied")));
        const std::string path = dir.filePath(QStringLiteral("occupied")).toStdString();
        const auto r = hp::io::writeFileAtomically(path, "x");
        QVERIFY(!r.ok);
        QVERIFY(QFileInfo(QString::fromStdString(path)).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0); // temporary cleaned up
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
