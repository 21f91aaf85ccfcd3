// SPDX-License-Identifier: MIT
#pragma once

// The program's modules: the wizard (wizardmodule.h) and the network layer (netmodule.h), each
// loaded with QLibrary only when needed and found relative to the program's own file.

#include "netmodule.h"

#include <QString>

namespace agm::app {

// The running program's file, found without a QCoreApplication (the wizard module creates the
// QApplication). argv[0] only where the system cannot say (no /proc).
QString programFile(const char *argv0);

struct LoadedModule
{
    QFunctionPointer entry; // null when the module could not be loaded
    QString path;           // the file loaded or tried
    QString error;          // the system loader's reason, when entry is null
};

// Loads the module `fileName` of `program` and resolves `symbol`. Installed, the modules are in
// their folder relative to the program (lib/<name>/, the bundle's PlugIns, the program's folder on
// Windows); in a build tree they are beside the program. The library stays loaded.
LoadedModule loadModule(const QString &program, const char *fileName, const char *symbol);

// The network module, loaded on first use (needs a QCoreApplication). Null when it cannot be
// loaded; `error` then says which file, why, and to reinstall, for people.
const NetModule *networkModule(QString *error);

} // namespace agm::app
