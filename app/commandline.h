// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace agm::app {

// Exit codes follow diff(1).
enum ExitCode { ExitOk = 0, ExitPending = 1, ExitError = 2 };

QString usageText();
QString versionText();
// Dispatches to a subcommand or the wizard; arguments without the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace agm::app
