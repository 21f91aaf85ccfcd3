// SPDX-License-Identifier: MIT
#pragma once

#include "secretmask.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

namespace agm::app {

// Exit codes follow diff(1).
enum ExitCode { ExitOk = 0, ExitPending = 1, ExitError = 2 };

QString usageText();
// Name, version and organisation (settings and cache folders): the commands and the wizard alike.
void setApplicationIdentity();
// --verbose / -v: every command accepts it, before or after the subcommand; main() takes it out
// of argv first (takeVerboseOption) and the parsers list it for --help.
bool takeVerboseOption(int &argc, char **argv);
QCommandLineOption verboseOption();
QString versionText();
// UTF-8 output (a JSON plan, a patch) as it is: straight to the stream's device when it has one,
// so a large report is not copied into UTF-16 on its way out.
void writeUtf8(QTextStream &out, const QByteArray &bytes);
// Every piece of text a line prints goes through agm::shown (secretmask.h): secrets masked,
// control characters (a newline in a file name) escaped so no file can forge a "file:line:" line.
using agm::shown;

} // namespace agm::app
