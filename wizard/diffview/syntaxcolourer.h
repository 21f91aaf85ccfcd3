// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QTextLayout>
#include <QVector>

#include <functional>
#include <memory>

namespace agm {

// Token colours for the lines of one side of a diff, through KSyntaxHighlighting when the build
// has it (a no-op otherwise). One line at a time with the highlighter State carried from line to
// line, as Hotspot does: the states are computed incrementally (a visible line needs the states
// of the lines above it), never for the whole file at once on the GUI thread. Lines longer than
// kMaxLineLength and texts larger than kMaxTextLength stay plain (anchors-perf-reliability §3.2,
// goal P8). The definition Repository is created on first use, shared, and never at start-up.
class SyntaxColourer
{
public:
    static constexpr int kMaxLineLength = 10000;
    static constexpr qsizetype kMaxTextLength = 10 * 1024 * 1024;

    using LineSource = std::function<QStringView(int line)>;

    SyntaxColourer();
    ~SyntaxColourer();
    SyntaxColourer(const SyntaxColourer &) = delete;
    SyntaxColourer &operator=(const SyntaxColourer &) = delete;

    // Starts over with new lines; the definition is looked up lazily from the file name.
    void setSource(LineSource source, int lineCount, qsizetype textLength, const QString &fileName);
    void setDarkTheme(bool dark);

    // True when the lines get colours (a definition was found and the text is not too large).
    // The first call loads the definition repository.
    bool isActive();
    // Formats for one line. False while the line's start state is not known yet and further than
    // a short synchronous catch-up (for YAML: than the nearest "---" above it, where the state
    // starts afresh): paint it plain and call advance() from an idle timer.
    bool formatsForLine(int line, QVector<QTextLayout::FormatRange> *formats);
    // Carries the state forward for at most budgetMs; true while lines remain.
    bool advance(int budgetMs);
    // Lines up to frontier() have a known start state (the last one not highlighted through yet).
    int frontier() const;
    bool isComplete() const;

    // The definition's name ("YAML"), empty when there is none.
    QString definitionName();

    // The language a file name implies, without KSyntaxHighlighting ("YAML", "Bash", …).
    static QString languageForFileName(const QString &fileName);
    // "5.103" when built with KSyntaxHighlighting, empty otherwise.
    static QString version();
    // True once the definition repository has been loaded (never at start-up; tests check it).
    static bool repositoryLoaded();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace agm
