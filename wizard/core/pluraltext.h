// SPDX-License-Identifier: MIT
// Shared by every layer that shows counts.
#pragma once

#include <QString>

namespace agm {

// tr("%n line(s)", nullptr, n) reads "3 line(s)" until a translation with plural forms is
// loaded; this keeps the text translatable and makes the untranslated English read right.
inline QString withEnglishPlural(QString translated, int n)
{
    return translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace agm
