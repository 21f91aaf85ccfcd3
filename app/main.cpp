// SPDX-License-Identifier: MIT
#include "appicon.h"
#include "commandline.h"
#include "translations.h"
#include "firstpaint.h"
#include "migrationwizard.h"
#include "connectivitychecker.h"
#include "logging.h"
#include "registrytagservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#include <cstring>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("apim-gateway-migrator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("apim-gateway-migrator"));
}

// Subcommands and --help/--version run without a display; so does a first word that is neither
// an option nor an existing path (it is reported as an unknown command). The rest opens the wizard.
bool isHeadless(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const char *word : {"migrate", "tags", "check", "--version", "--help", "-h"}) {
        if (std::strcmp(argv[1], word) == 0)
            return true;
    }
    return argv[1][0] != '-' && !QFileInfo::exists(QString::fromLocal8Bit(argv[1]));
}

int runWizard(int argc, char *argv[], const QString &language)
{
    QApplication app(argc, argv);
    setIdentity();
    agm::app::installTranslations(app, language);
    QApplication::setApplicationDisplayName(QStringLiteral("APIM Gateway Migrator"));
    // Wayland compositors find the icon and name through the installed .desktop file.
    QGuiApplication::setDesktopFileName(agmApplicationId());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Migrates Azure API Management self-hosted gateway deployments to v2."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the wizard with the bundled training set."));
    parser.addOption(demo);
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Do not fetch the live tag list (use the cache or the bundled snapshot) and run no connectivity checks."));
    parser.addOption(offline);
    const QCommandLineOption recipe(QStringLiteral("recipe"),
                                    QCoreApplication::translate("agm::app", "Start from the decisions of a recipe (migration-recipe.json)."),
                                    QStringLiteral("FILE"));
    parser.addOption(recipe);
    parser.addOption(agm::app::verboseOption()); // taken out of argv in main(); listed here for --help
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Deployment files or folders to import."), QStringLiteral("[PATH...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n' << agm::app::usageText();
        return agm::app::ExitError;
    }
    agm::MigrationWizard wizard;
    if (parser.isSet(recipe)) {
        // Refused before the window opens, as the command line refuses it: file:line:column and what to do.
        const agm::RecipeReadResult read = wizard.loadRecipe(parser.value(recipe));
        if (!read.recipe) {
            QTextStream(stderr) << read.describe(parser.value(recipe)) << '\n'
                                << QCoreApplication::translate("agm::app", "Fix the recipe, or start without --recipe.\n");
            return agm::app::ExitError;
        }
    }
    // Created after the first frame (the tag list is needed from the Image page on, the checks on
    // the Checks page); declared after the wizard, so destroyed first: the pages let go of them.
    std::unique_ptr<agm::net::RegistryTagService> tagService;
    std::unique_ptr<agm::net::ConnectivityChecker> checker;
    wizard.show();
    if (parser.isSet(demo)) {
        if (wizard.loadDemo())
            wizard.next();
    } else if (!parser.positionalArguments().isEmpty()) {
        wizard.preload(parser.positionalArguments());
        wizard.next();
    }
    agm::afterFirstPaint(wizard.currentPage(), [&] {
        QApplication::setWindowIcon(agmApplicationIcon());
        tagService = std::make_unique<agm::net::RegistryTagService>();
        agm::net::TagFetchRequest tagRequest;
        tagRequest.mode = parser.isSet(offline) ? agm::net::TagFetchMode::Offline : agm::net::TagFetchMode::LiveWithFallback;
        wizard.setTagService(tagService.get(), tagRequest);
        if (!parser.isSet(offline)) {
            checker = std::make_unique<agm::net::ConnectivityChecker>();
            agm::net::ConnectivityChecker::preloadSystemCertificates();
            wizard.setConnectivityChecker(checker.get());
        }
    });
    agm::installFirstPaintProbe(wizard.currentPage());
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QString language = agm::app::takeLanguageOption(argc, argv);
    if (agm::app::takeVerboseOption(argc, argv))
        agm::enableVerboseLogging();
    if (!isHeadless(argc, argv))
        return runWizard(argc, argv, language);
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console: write the subcommands' output to the one it was
    // started from (pipes and redirections work without this).
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    QCoreApplication app(argc, argv);
    setIdentity();
    agm::app::installTranslations(app, language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = agm::app::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
