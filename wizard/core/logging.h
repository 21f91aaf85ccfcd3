// SPDX-License-Identifier: MIT
#pragma once

// The program's log: Qt logging categories, silent below warnings unless --verbose (or
// QT_LOGGING_RULES) turns them on. Lines name files, formats, counts, rule ids, lines and URLs;
// never a value read from a file, a header or a token.

#include <QLoggingCategory>

namespace agm {

Q_DECLARE_LOGGING_CATEGORY(lcImport) // agm.import: files read, encoding, line endings, format, findings
Q_DECLARE_LOGGING_CATEGORY(lcPlan)   // agm.plan: edits per file, by rule and line
Q_DECLARE_LOGGING_CATEGORY(lcWrite)  // agm.write: migrated files, backups and reports written
Q_DECLARE_LOGGING_CATEGORY(lcNet)    // agm.net: registry requests (URL without query or user) and answers
Q_DECLARE_LOGGING_CATEGORY(lcChecks) // agm.checks: connectivity check layers and results
Q_DECLARE_LOGGING_CATEGORY(lcWizard) // agm.wizard: page flow and operator actions

// Turns every agm.* category on, debug included (--verbose).
void enableVerboseLogging();
// Every log line, ours and Qt's, at any level, is printed as any output line is (shown()): secrets
// masked and control characters escaped, so a newline in a file name cannot forge a line.
void showLogLinesLikeOutput();

} // namespace agm
