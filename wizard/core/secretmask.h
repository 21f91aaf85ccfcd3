// SPDX-License-Identifier: MIT
#pragma once

#include "analysis.h"
#include "plan.h"

#include <QString>

#include <string>

namespace agm {

inline constexpr char kMask[] = "***";

// Text of a file with every secret replaced by the mask, before and after migration.
struct MaskedTexts
{
    std::string original;
    std::string migrated;
};

MaskedTexts maskedTexts(const FileAnalysis &analysis, const FilePlan &plan);
// Last line of defence for free text (messages, values): masks GatewayKey tokens and known keys.
// Also masks the credentials of every URL in the text (see maskUrlCredentials).
QString maskSecretsInText(const QString &text);
std::string maskSecretsInText(const std::string &text);
// Every URL in the text keeps its scheme, host, port and path; a password in its userinfo becomes
// "user:***@" (a user-only userinfo, often a token, "***@"), and every query value "***" except
// the harmless paging and API-version ones. A password may itself hold '@': the userinfo ends at
// the last '@' before the path.
QString maskUrlCredentials(const QString &text);
// For one line of terminal or log output: control characters (a newline or ESC in a file name)
// become visible escapes (\n, \x1b), so nothing can forge another line or drive the terminal.
QString escapeControlCharacters(const QString &text);

} // namespace agm
