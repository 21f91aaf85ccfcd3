// SPDX-License-Identifier: MIT
#include "modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStandardPaths>

#include <cerrno>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

namespace agm::app {

QString programFile(const char *argv0)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(argv0)
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

LoadedModule loadModule(const QString &program, const char *fileName, const char *symbol)
{
    const QDir folder = QFileInfo(program).absoluteDir();
    const QString name = QString::fromUtf8(fileName);
    const QString installed = QDir::cleanPath(folder.filePath(QStringLiteral(AGM_MODULE_DIR "/") + name));
    const QString beside = folder.filePath(name);
    LoadedModule loaded{nullptr, QFileInfo::exists(installed) || !QFileInfo::exists(beside) ? installed : beside, {}};
    // A missing file is said plainly: QLibrary would report its last attempt (another prefix or folder).
    if (!QFileInfo::exists(loaded.path)) {
        loaded.error = qt_error_string(ENOENT);
        return loaded;
    }
    QLibrary library(loaded.path);
    if (library.load())
        loaded.entry = library.resolve(symbol);
    if (!loaded.entry)
        loaded.error = library.errorString();
    return loaded;
}

const NetModule *networkModule(QString *error)
{
    static const LoadedModule loaded = loadModule(QCoreApplication::applicationFilePath(), AGM_NET_MODULE_NAME, kNetModuleSymbol);
    if (loaded.entry)
        return reinterpret_cast<NetModuleEntry>(loaded.entry)();
    *error = QCoreApplication::translate("agm::app",
        "the network module %1 could not be loaded: %2. The installation is incomplete; reinstall "
        "APIM Gateway Migrator (--offline and --tags-file work without the module).")
        .arg(QDir::toNativeSeparators(loaded.path), loaded.error);
    return nullptr;
}

} // namespace agm::app
