// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace agm::app {

// Folders searched for the .qm files: next to the program in the build tree, the installed data
// folder, and AGM_TRANSLATIONS_DIR when set.
QStringList translationFolders();
// Installs the program's catalogue and Qt's own for `language` ("de", "zh_CN"; empty: the
// system's). Returns the language that was loaded, or an empty string for English.
QString installTranslations(QCoreApplication &app, const QString &language);
// Removes "--lang CODE" / "--lang=CODE" from argv (so every command accepts it) and returns CODE.
QString takeLanguageOption(int &argc, char **argv);

} // namespace agm::app
