// SPDX-License-Identifier: MIT
#pragma once

// Validates SARIF files with Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, which
// packaging/setup-deps.sh installs; tests/CMakeLists.txt finds it as AGM_SARIF_MULTITOOL). Its
// exit code is 0 even when a file breaks the schema or a SARIF rule, so the errors are counted
// in what it prints.

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace agm::test {

struct SarifValidation
{
    QString problem;   // why it could not run; empty when it ran
    int exitCode = -1;
    int scanned = -1;  // "Done. N files scanned."
    QStringList errors;
    QStringList warnings;
    QByteArray output;
};

inline SarifValidation validateSarif(const QStringList &files)
{
    SarifValidation v;
    const QString tool = QStringLiteral(AGM_SARIF_MULTITOOL);
    if (tool.isEmpty() || !QFileInfo(tool).isExecutable()) {
        v.problem = QStringLiteral("the SARIF Multitool is not installed (looked for: '%1'); run packaging/setup-deps.sh "
                                   "(npm install --global --prefix /usr/local @microsoft/sarif-multitool) and configure again")
                        .arg(tool);
        return v;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, QStringList{QStringLiteral("validate")} + files);
    // A .NET program starting on a busy machine: a generous bound, not a timing goal.
    if (!p.waitForFinished(240000)) {
        p.kill();
        v.problem = QStringLiteral("the SARIF Multitool did not finish: %1").arg(p.errorString());
        return v;
    }
    v.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    v.output = p.readAll();
    static const QRegularExpression error(QStringLiteral("^.*: error [A-Z]+[0-9]+: .*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression warning(QStringLiteral("^.*: warning [A-Z]+[0-9]+: .*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression done(QStringLiteral("Done\\. (\\d+) files? scanned"));
    const QString text = QString::fromUtf8(v.output);
    for (auto it = error.globalMatch(text); it.hasNext();)
        v.errors << it.next().captured();
    for (auto it = warning.globalMatch(text); it.hasNext();)
        v.warnings << it.next().captured();
    if (const auto m = done.match(text); m.hasMatch())
        v.scanned = m.captured(1).toInt();
    return v;
}

} // namespace agm::test
