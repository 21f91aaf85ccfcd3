// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "secretmask.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace agm::app {

QString usageText()
{
    return QCoreApplication::translate("agm::app",
        "Usage:\n"
        "  apim-gateway-migrator [--demo] [PATH...]          open the wizard (preloaded with PATHs or the training set)\n"
        "  apim-gateway-migrator migrate [options] PATH...   plan and apply the v2 migration without a GUI\n"
        "  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]\n"
        "                                                    list the image tags (live MCR, cache or bundled snapshot)\n"
        "  apim-gateway-migrator check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...\n"
        "                                                    check DNS, TCP, TLS and HTTP of the endpoints the v2 gateway needs\n"
        "  apim-gateway-migrator --version | --help\n"
        "Every command accepts --lang CODE (de, fr, ja, zh_CN; default: the system language).\n"
        "\n"
        "Run 'apim-gateway-migrator migrate --help', 'tags --help' or 'check --help' for their options.\n"
        "Exit codes: 0 success, 1 changes pending or questions open (--check) or a check failed, 2 error.\n")
        + QCoreApplication::translate("agm::app", "Every command also accepts --verbose (-v): it logs each step on stderr (files read, findings, "
                                                  "edits, writes, network requests); secrets are never logged.\n")
        // Its own message, so the translated usage above stays valid until the lead merges them.
        + QCoreApplication::translate("agm::app", "The wizard also accepts --recipe FILE: it starts from the decisions of a recipe "
                                                  "(migration-recipe.json; see 'migrate --help').\n");
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("apim-gateway-migrator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("apim-gateway-migrator"));
}

bool takeVerboseOption(int &argc, char **argv)
{
    bool verbose = false;
    int out = 1;
    int i = 1;
    for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--verbose") == 0 || std::strcmp(argv[i], "-v") == 0)
            verbose = true;
        else
            argv[out++] = argv[i];
    }
    for (; i < argc; ++i) // after "--" every word is a path
        argv[out++] = argv[i];
    argc = out;
    argv[argc] = nullptr;
    return verbose;
}

QCommandLineOption verboseOption()
{
    return {{QStringLiteral("v"), QStringLiteral("verbose")},
            QCoreApplication::translate("agm::app", "Log each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.")};
}

QString versionText()
{
    return QStringLiteral("apim-gateway-migrator %1 (Qt %2)\n").arg(QStringLiteral(AGM_VERSION), QString::fromLatin1(qVersion()));
}

void writeUtf8(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (out.device())
        out.device()->write(bytes);
    else
        out << QString::fromUtf8(bytes);
}

} // namespace agm::app
