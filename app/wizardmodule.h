// SPDX-License-Identifier: MIT
#pragma once

// The wizard is a module of its own (app/CMakeLists.txt) that main() loads only when the wizard
// opens: Qt Widgets, Qt Gui, KSyntaxHighlighting and the pages come with it, so the headless
// commands start without them (issue 16). modules.h loads it.

#include <QString>

namespace agm::app {

// The module's one exported function: opens the wizard and returns the exit code. argv no longer
// holds --lang and --verbose (main() took them out and turned on the log); language is --lang's.
using WizardMain = int (*)(int &argc, char **argv, const QString &language);
inline constexpr char kWizardMainSymbol[] = "agm_wizard_main";

} // namespace agm::app
