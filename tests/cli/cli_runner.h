#pragma once
// Runs the healthpath-cli executable (HEALTHPATH_CLI, set by tests/CMakeLists.txt) with its own
// data folder, as a user would, and returns its exit status and output. Shared by the CLI tests.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QString out, err;
};

[[maybe_unused]] Run cli(const QStringList &args, const QString &dataDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEALTHPATH_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEALTHPATH_CLI), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The checks of a data-driven statuses() row: the exit status, text each stream must contain, and
// (when `oneLineError`) an error message of exactly one line.
[[maybe_unused]] void checkRun(const Run &r, int status, const QString &stdoutHas, const QString &stderrHas, bool oneLineError)
{
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("status %1, stderr: %2").arg(r.status).arg(r.err)));
    QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out.left(2000)));
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    if (oneLineError)
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

} // namespace
