// SPDX-License-Identifier: MIT
// The start-up floor of a headless Qt command (agm-bench-cli-startup): what any Qt Core program
// pays to print its version. Qt Core only, like the headless commands should be.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agm-qtcore-version"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGM_VERSION));
    QTextStream(stdout) << QStringLiteral("agm-qtcore-version %1 (Qt %2)\n").arg(QStringLiteral(AGM_VERSION), QString::fromLatin1(qVersion()));
    return 0;
}
