// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apim-gateway-migrator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("apim-gateway-migrator"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = agm::app::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
