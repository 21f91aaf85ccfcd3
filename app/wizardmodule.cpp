// SPDX-License-Identifier: MIT
// The wizard module (wizardmodule.h): everything the wizard needs and the headless commands do not.
#include "wizardmodule.h"

#include "appicon.h"
#include "commandline.h"
#include "connectivitychecker.h"
#include "firstpaint.h"
#include "migrationwizard.h"
#include "registrytagservice.h"
#include "secretmask.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <type_traits>

namespace {

int runWizard(int &argc, char *argv[], const QString &language)
{
    QApplication app(argc, argv);
    agm::app::setApplicationIdentity();
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
        QTextStream(stderr) << agm::shown(parser.errorText()) << '\n' << agm::app::usageText();
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

extern "C" Q_DECL_EXPORT int agm_wizard_main(int &argc, char **argv, const QString &language)
{
    return runWizard(argc, argv, language);
}
static_assert(std::is_same_v<decltype(&agm_wizard_main), agm::app::WizardMain>, "main() calls it through WizardMain");
