// SPDX-License-Identifier: MIT
#include "syntaxcolourer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextCharFormat>

#include <algorithm>
#include <atomic>
#include <vector>

#ifdef AGM_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

namespace agm {

namespace {

// Lines a formatsForLine() call may highlight synchronously to reach a line below the frontier;
// beyond it the line is painted plain and the idle timer catches up.
constexpr int kSyncCatchUpLines = 2000;
constexpr int kSyncCatchUpMs = 30;

// Our names for the formats the migrator reads; each is a KSyntaxHighlighting definition name.
QString definitionNameForSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString base = QFileInfo(fileName).fileName().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return QStringLiteral("YAML");
    if (suffix == QLatin1String("sh") || suffix == QLatin1String("bash"))
        return QStringLiteral("Bash");
    if (suffix == QLatin1String("ps1") || suffix == QLatin1String("psm1"))
        return QStringLiteral("PowerShell");
    if (suffix == QLatin1String("env") || suffix == QLatin1String("conf") || suffix == QLatin1String("ini")
        || base == QLatin1String(".env"))
        return QStringLiteral("INI Files");
    return {};
}

} // namespace

#ifdef AGM_HAVE_KSYNTAXHIGHLIGHTING

namespace {

std::atomic<bool> g_repositoryLoaded{false};

// One repository for the process, created by the first diff that needs colours.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    g_repositoryLoaded = true;
    return instance;
}

class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State run(QStringView line, const KSyntaxHighlighting::State &state,
                                   QVector<QTextLayout::FormatRange> *sink)
    {
        m_sink = sink;
        KSyntaxHighlighting::State next = highlightLine(line, state);
        m_sink = nullptr;
        return next;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!m_sink || length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        // Foreground and weight only: the diff owns the backgrounds, and the default text colour
        // stays the palette's so plain text reads the same in light and dark palettes.
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        if (!f.isValid() || f.properties().isEmpty())
            return;
        m_sink->append({offset, length, f});
    }

private:
    QVector<QTextLayout::FormatRange> *m_sink = nullptr;
};

} // namespace

struct SyntaxColourer::Private
{
    LineSource source;
    int lineCount = 0;
    qsizetype textLength = 0;
    QString fileName;
    bool dark = false;
    bool resolved = false;
    bool active = false;
    QString definitionName;
    LineHighlighter highlighter;
    // states[i]: the state at the start of line i; states.size() - 1 is the frontier.
    std::vector<KSyntaxHighlighting::State> states;
    // A YAML document starts afresh at "---", so a line far below the frontier is coloured from
    // the nearest document start above it (P8: the first viewport of a 100k-line file at once).
    // islandStates[i]: the state at the start of line islandStart + i.
    bool documentStarts = false;
    int islandStart = -1;
    std::vector<KSyntaxHighlighting::State> islandStates;

    void resolve()
    {
        if (resolved)
            return;
        resolved = true;
        active = false;
        definitionName.clear();
        states.assign(1, KSyntaxHighlighting::State());
        if (fileName.isEmpty())
            return;
        KSyntaxHighlighting::Repository &repo = repository();
        const QString ours = definitionNameForSuffix(fileName);
        KSyntaxHighlighting::Definition def = ours.isEmpty() ? KSyntaxHighlighting::Definition()
                                                             : repo.definitionForName(ours);
        if (!def.isValid())
            def = repo.definitionForFileName(fileName);
        if (!def.isValid())
            return;
        definitionName = def.name();
        documentStarts = definitionName == QLatin1String("YAML");
        islandStart = -1;
        islandStates.clear();
        highlighter.setDefinition(def);
        applyTheme();
        active = textLength <= kMaxTextLength;
    }

    void applyTheme()
    {
        // GitHub's themes are made for text on red and green diff tints; Breeze's red strings
        // nearly vanish on a removed line in a dark palette. Fall back to the default theme.
        KSyntaxHighlighting::Repository &repo = repository();
        KSyntaxHighlighting::Theme theme = repo.theme(dark ? QStringLiteral("GitHub Dark") : QStringLiteral("GitHub Light"));
        if (!theme.isValid())
            theme = repo.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                           : KSyntaxHighlighting::Repository::LightTheme);
        highlighter.setTheme(theme);
    }

    // Highlights line `line` from its known start state; records the next state.
    void step(QVector<QTextLayout::FormatRange> *formats)
    {
        const int line = int(states.size()) - 1;
        const QStringView text = source(line);
        if (text.size() > kMaxLineLength) {
            states.push_back(states.back()); // shown plain; carry the state over it
            return;
        }
        states.push_back(highlighter.run(text, states.back(), formats));
    }

    static bool isDocumentStart(QStringView text)
    {
        return text.startsWith(QLatin1String("---")) && (text.size() == 3 || text[3].isSpace());
    }

    // The start state of `line` from a document start above it, within kSyncCatchUpLines lines;
    // nullptr when there is none.
    const KSyntaxHighlighting::State *islandState(int line)
    {
        if (!documentStarts)
            return nullptr;
        const bool reusable = islandStart >= 0 && line >= islandStart
                              && line - (islandStart + int(islandStates.size()) - 1) <= kSyncCatchUpLines;
        if (!reusable) {
            islandStart = -1;
            islandStates.clear();
            for (int l = line; l >= std::max(0, line - kSyncCatchUpLines); --l) {
                if (isDocumentStart(source(l))) {
                    islandStart = l;
                    islandStates.assign(1, KSyntaxHighlighting::State());
                    break;
                }
            }
            if (islandStart < 0)
                return nullptr;
        }
        while (islandStart + int(islandStates.size()) - 1 < line) {
            const QStringView text = source(islandStart + int(islandStates.size()) - 1);
            islandStates.push_back(text.size() > kMaxLineLength ? islandStates.back()
                                                                : highlighter.run(text, islandStates.back(), nullptr));
        }
        return &islandStates[std::size_t(line - islandStart)];
    }

    bool advance(int budgetMs, int untilLine)
    {
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        while (int(states.size()) - 1 < lineCount && int(states.size()) - 1 <= untilLine) {
            step(nullptr);
            // The clock is cheap but not free: look at it every few lines.
            if (++done % 16 == 0 && timer.elapsed() >= budgetMs)
                break;
        }
        return int(states.size()) - 1 < lineCount;
    }
};

SyntaxColourer::SyntaxColourer()
    : d(std::make_unique<Private>())
{
}

SyntaxColourer::~SyntaxColourer() = default;

void SyntaxColourer::setSource(LineSource source, int lineCount, qsizetype textLength, const QString &fileName)
{
    d->source = std::move(source);
    d->lineCount = lineCount;
    d->textLength = textLength;
    d->fileName = fileName;
    d->resolved = false;
    d->states.assign(1, KSyntaxHighlighting::State());
    d->islandStart = -1;
    d->islandStates.clear();
}

void SyntaxColourer::setDarkTheme(bool dark)
{
    if (dark == d->dark)
        return;
    d->dark = dark;
    if (d->resolved && !d->definitionName.isEmpty())
        d->applyTheme();
}

bool SyntaxColourer::isActive()
{
    d->resolve();
    return d->active;
}

bool SyntaxColourer::formatsForLine(int line, QVector<QTextLayout::FormatRange> *formats)
{
    formats->clear();
    if (!isActive() || line < 0 || line >= d->lineCount)
        return false;
    const KSyntaxHighlighting::State *state = nullptr;
    if (line > frontier() && line - frontier() <= kSyncCatchUpLines)
        d->advance(kSyncCatchUpMs, line - 1);
    if (line <= frontier())
        state = &d->states[std::size_t(line)];
    else if (!(state = d->islandState(line)))
        return false;
    const QStringView text = d->source(line);
    if (text.size() > kMaxLineLength)
        return true; // plain by design, and final
    d->highlighter.run(text, *state, formats);
    return true;
}

bool SyntaxColourer::advance(int budgetMs)
{
    if (!isActive())
        return false;
    return d->advance(budgetMs, d->lineCount);
}

int SyntaxColourer::frontier() const
{
    return int(d->states.size()) - 1;
}

bool SyntaxColourer::isComplete() const
{
    // Not resolved yet (setSource() since): `active` is stale, and a file that gets colours is
    // not complete. Answering true here let the idle timer skip the side and stop for good.
    if (!d->resolved)
        return d->fileName.isEmpty() || d->lineCount == 0;
    return !d->active || frontier() >= d->lineCount;
}

QString SyntaxColourer::definitionName()
{
    d->resolve();
    return d->definitionName;
}

QString SyntaxColourer::version()
{
#if defined(KSYNTAXHIGHLIGHTING_VERSION_MAJOR)
    return QStringLiteral("%1.%2").arg(KSYNTAXHIGHLIGHTING_VERSION_MAJOR).arg(KSYNTAXHIGHLIGHTING_VERSION_MINOR);
#else
    return QStringLiteral("%1.%2").arg(SyntaxHighlighting_VERSION_MAJOR).arg(SyntaxHighlighting_VERSION_MINOR);
#endif
}

bool SyntaxColourer::repositoryLoaded()
{
    return g_repositoryLoaded;
}

#else // no KSyntaxHighlighting: every line is plain

struct SyntaxColourer::Private
{
    QString fileName;
};

SyntaxColourer::SyntaxColourer()
    : d(std::make_unique<Private>())
{
}

SyntaxColourer::~SyntaxColourer() = default;

void SyntaxColourer::setSource(LineSource, int, qsizetype, const QString &fileName)
{
    d->fileName = fileName;
}

void SyntaxColourer::setDarkTheme(bool) { }

bool SyntaxColourer::isActive()
{
    return false;
}

bool SyntaxColourer::formatsForLine(int, QVector<QTextLayout::FormatRange> *formats)
{
    formats->clear();
    return false;
}

bool SyntaxColourer::advance(int)
{
    return false;
}

int SyntaxColourer::frontier() const
{
    return 0;
}

bool SyntaxColourer::isComplete() const
{
    return true;
}

QString SyntaxColourer::definitionName()
{
    return {};
}

QString SyntaxColourer::version()
{
    return {};
}

bool SyntaxColourer::repositoryLoaded()
{
    return false;
}

#endif

QString SyntaxColourer::languageForFileName(const QString &fileName)
{
    const QString name = definitionNameForSuffix(fileName);
    return name == QLatin1String("INI Files") ? QStringLiteral("INI") : name;
}

} // namespace agm
