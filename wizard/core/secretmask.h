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
QString maskSecretsInText(const QString &text);
std::string maskSecretsInText(const std::string &text);
// For one line of terminal or log output: control characters (a newline or ESC in a file name)
// become visible escapes (\n, \x1b), so nothing can forge another line or drive the terminal.
QString escapeControlCharacters(const QString &text);

} // namespace agm
