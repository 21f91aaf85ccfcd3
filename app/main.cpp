// SPDX-License-Identifier: MIT
// The headless commands run here with Qt Core and Qt Network; the wizard lives in a module loaded
// only when it opens (wizardmodule.h).
#include "checkcommand.h"
#include "commandline.h"
#include "logging.h"
#include "migratecommand.h"
#include "secretmask.h"
#include "tagscommand.h"
#include "translations.h"
#include "wizardmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStandardPaths>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
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
    if (command == QLatin1String("check"))
        return runCheck(arguments.mid(1), out, err);
    err << QCoreApplication::translate("agm::app", "apim-gateway-migrator: unknown command '%1'.\n").arg(agm::shown(command)) << usageText();
    return ExitError;
}

// The running program's file, found without a QCoreApplication: the wizard module creates the
// QApplication. argv[0] only where the system cannot say (no /proc).
QString programFile(const char *argv0)
{
#if defined(Q_OS_WIN)
    std::wstring path(32768, L'\0');
    const DWORD length = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
    return QDir::fromNativeSeparators(QString::fromWCharArray(path.data(), int(length)));
#else
#if defined(Q_OS_MACOS)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    QByteArray path(int(size), '\0');
    if (_NSGetExecutablePath(path.data(), &size) == 0)
        return QFileInfo(QFile::decodeName(path.constData())).canonicalFilePath();
#else
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!self.isEmpty())
        return self;
#endif
    const QString name = QFile::decodeName(argv0);
    return QFileInfo(name.contains(u'/') ? name : QStandardPaths::findExecutable(name)).canonicalFilePath();
#endif
}

// Installed, the module is in AGM_WIZARD_MODULE_DIR relative to the program's folder (lib/<name>/,
// the bundle's PlugIns, or the folder itself on Windows); in a build tree it is beside the program.
QString wizardModulePath(const QString &program)
{
    const QDir folder = QFileInfo(program).absoluteDir();
    const QString installed = QDir::cleanPath(folder.filePath(QStringLiteral(AGM_WIZARD_MODULE_DIR "/" AGM_WIZARD_MODULE_NAME)));
    const QString beside = folder.filePath(QStringLiteral(AGM_WIZARD_MODULE_NAME));
    return QFileInfo::exists(installed) || !QFileInfo::exists(beside) ? installed : beside;
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
    const QString path = wizardModulePath(programFile(argv[0]));
    // A missing file is said plainly: QLibrary would report its last attempt (another prefix or folder).
    if (!QFileInfo::exists(path))
        return reportWizardUnavailable(argc, argv, language, path, qt_error_string(ENOENT));
    QLibrary module(path);
    agm::app::WizardMain wizardMain = nullptr;
    if (module.load())
        wizardMain = reinterpret_cast<agm::app::WizardMain>(module.resolve(agm::app::kWizardMainSymbol));
    if (!wizardMain)
        return reportWizardUnavailable(argc, argv, language, path, module.errorString());
    return wizardMain(argc, argv, language);
}

} // namespace

int main(int argc, char *argv[])
{
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
