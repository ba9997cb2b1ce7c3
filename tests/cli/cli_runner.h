#pragma once
// Runs the healthpath-cli executable (HEALTHPATH_CLI, set by tests/CMakeLists.txt) with its own
// data folder, as a user would, and returns its exit status and output. Shared by the CLI tests.

#include <QProcess>
#include <QString>
#include <QStringList>

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

} // namespace
