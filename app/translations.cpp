// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace agm::app {

QStringList translationFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("AGM_TRANSLATIONS_DIR");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment;
    const QDir bin(QCoreApplication::applicationDirPath());
    folders << bin.filePath(QStringLiteral("../translations"))                         // build tree
            << bin.filePath(QStringLiteral("../share/apim-gateway-migrator/translations")) // installed (Linux)
            << bin.filePath(QStringLiteral("../Resources/translations"))               // macOS bundle
            << bin.filePath(QStringLiteral("translations"));                           // Windows
    return folders;
}

namespace {

bool namesCLocale(const QByteArray &name)
{
    return name.isEmpty() || name == "C" || name == "POSIX" || name.startsWith("C.") || name.startsWith("POSIX.");
}

// Whether the environment makes the system locale the C locale in every category and for the
// user interface languages (no LANGUAGE list): then QLocale::c() is that locale, without the cost
// of QLocale::system() (Qt 5 reads the locale database for it, a third of a million instructions
// on each start of a command).
bool systemLocaleIsC()
{
    if (!qEnvironmentVariableIsEmpty("LANGUAGE"))
        return false;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_MONETARY", "LC_MEASUREMENT", "LANG"}) {
        if (!namesCLocale(qgetenv(variable)))
            return false;
    }
    return true;
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = !language.isEmpty() ? QLocale(language) : systemLocaleIsC() ? QLocale::c() : QLocale::system();
    auto *own = new QTranslator(&app);
    bool loaded = false;
    for (const QString &folder : translationFolders()) {
        // A folder that is not there holds no translation: one stat instead of a load's half-dozen
        // file probes, on every start of a command.
        if (!QFileInfo::exists(folder))
            continue;
        // QTranslator::load(locale, ...) tries "de_DE", then "de": the best match for the locale.
        if (own->load(locale, QStringLiteral("apim-gateway-migrator"), QStringLiteral("_"), folder)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    QLocale::setDefault(locale); // dates, numbers and the reports' language follow
    // Qt's own strings (standard buttons, dialogs) in the same language, when Qt ships them.
    auto *qt = new QTranslator(&app);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtFolder = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

QString takeLanguageOption(int &argc, char **argv)
{
    QString language;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            language = QString::fromLocal8Bit(argv[i] + 7);
            continue;
        }
        argv[out++] = argv[i];
    }
    argc = out;
    argv[argc] = nullptr;
    return language;
}

} // namespace agm::app
