// SPDX-License-Identifier: MIT
#pragma once

// Runs the command line as a real process for the CLI tests.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

namespace agm::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs the program while this process's event loop keeps serving loopback servers. No proxy
// variables; `environment` adds "NAME=value" entries; `workDir` is its current folder.
inline CliRun runCli(const QStringList &args, const QStringList &environment = {}, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"})
        env.remove(QString::fromLatin1(name));
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, QOverload<int, QProcess::ExitStatus>::of(&QProcess::finished), &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(AGM_APP_PATH), args);
    loop.exec();
    if (p.state() != QProcess::NotRunning)
        qFatal("the CLI did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError(), clock.elapsed()};
}

} // namespace agm::test
