// SPDX-License-Identifier: MIT
// Shared by every layer that shows counts.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace agm {

// tr("%n line(s)", nullptr, n) reads "3 line(s)" until a translation with plural forms is
// loaded; this keeps the text translatable and makes the untranslated English read right.
inline QString withEnglishPlural(QString translated, int n)
{
    return translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

// For a file whose own tr() wrapper names one context: lupdate files each call under its enclosing
// scope instead (the namespace "agm", or the class of a member function), so the catalogue may
// hold the text under any of them. The first context with a translation wins.
inline QString translateFirst(std::initializer_list<const char *> contexts, const char *text, int n = -1)
{
    // What translate() gives without a translation (%n already filled in).
    const QString untranslated = QCoreApplication::translate("agm::no-such-context", text, nullptr, n);
    for (const char *context : contexts) {
        const QString translated = QCoreApplication::translate(context, text, nullptr, n);
        if (translated != untranslated)
            return translated;
    }
    return untranslated;
}

} // namespace agm
