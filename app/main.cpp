// SPDX-License-Identifier: MIT
// The headless commands run here with Qt Core; the wizard and the network layer live in modules
// loaded only when needed (modules.h).
#include "commandline.h"
#include "logging.h"
#include "migratecommand.h"
#include "modules.h"
#include "secretmask.h"
#include "tagscommand.h"
#include "translations.h"
#include "wizardmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

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

// A GUI-subsystem program has no console: write to the one it was started from, if any (pipes and
// redirections work without this). Elsewhere there is always a stderr.
bool attachParentConsole()
{
#ifdef Q_OS_WIN
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return false;
    std::freopen("CONOUT$", "w", stdout);
    std::freopen("CONOUT$", "w", stderr);
#endif
    return true;
}

// Dispatches to a subcommand; arguments without the program name.
int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace agm::app;
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        out << usageText();
        return ExitOk;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--version")) {
        out << versionText();
        return ExitOk;
    }
    if (command == QLatin1String("migrate"))
        return runMigrate(arguments.mid(1), out, err);
    if (command == QLatin1String("tags"))
        return runTags(arguments.mid(1), out, err);
    if (command == QLatin1String("check")) {
        QString error;
        if (const NetModule *network = networkModule(&error))
            return network->runCheck(arguments.mid(1), out, err);
        err << QCoreApplication::translate("agm::app", "check: %1\n").arg(error);
        return ExitError;
    }
    err << QCoreApplication::translate("agm::app", "apim-gateway-migrator: unknown command '%1'.\n").arg(agm::shown(command)) << usageText();
    return ExitError;
}

// Without its module the wizard cannot open: say which file, why, and what to do; never exit
// silently (on Windows started from Explorer there is no console, so a message box says it).
int reportWizardUnavailable(int &argc, char **argv, const QString &language, const QString &module, const QString &reason)
{
    [[maybe_unused]] const bool console = attachParentConsole();
    QCoreApplication app(argc, argv);
    agm::app::setApplicationIdentity();
    agm::app::installTranslations(app, language);
    const QString text = QCoreApplication::translate("agm::app",
        "apim-gateway-migrator: the wizard cannot open: its module %1 could not be loaded: %2\n"
        "The installation is incomplete; reinstall APIM Gateway Migrator. The commands migrate, tags and check do not need the module.\n")
        .arg(QDir::toNativeSeparators(module), reason);
    QTextStream(stderr) << text;
#ifdef Q_OS_WIN
    if (!console)
        MessageBoxW(nullptr, reinterpret_cast<const wchar_t *>(text.utf16()), L"APIM Gateway Migrator", MB_OK | MB_ICONERROR);
#endif
    return agm::app::ExitError;
}

int openWizard(int &argc, char **argv, const QString &language)
{
    const agm::app::LoadedModule module = agm::app::loadModule(agm::app::programFile(argv[0]), AGM_WIZARD_MODULE_NAME, agm::app::kWizardMainSymbol);
    if (!module.entry)
        return reportWizardUnavailable(argc, argv, language, module.path, module.error);
    return reinterpret_cast<agm::app::WizardMain>(module.entry)(argc, argv, language);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // glibc raises its mapping threshold to the size of each large block freed (up to 32 MiB): a
    // large file's text or findings then come from the heap and stay resident once freed. Fixed,
    // every block of 1 MiB or more is mapped on its own and returned when freed (--json on 50k
    // Secret/Deployment pairs: 80.6 -> 68.4 MiB).
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    agm::showLogLinesLikeOutput();
    const QString language = agm::app::takeLanguageOption(argc, argv);
    if (agm::app::takeVerboseOption(argc, argv))
        agm::enableVerboseLogging();
    if (!isHeadless(argc, argv))
        return openWizard(argc, argv, language);
    attachParentConsole();
    QCoreApplication app(argc, argv);
    agm::app::setApplicationIdentity();
    agm::app::installTranslations(app, language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = runCommand(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
