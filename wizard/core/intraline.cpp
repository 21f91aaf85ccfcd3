// SPDX-License-Identifier: MIT
#include "intraline.h"

#include "linediff.h"

#include <QChar>

#include <algorithm>
#include <string_view>

namespace agm {

namespace {

struct Token
{
    int start = 0;
    int length = 0;
    bool word = false;
};

// A stretch of tokens: equal on both sides, or changed (either side may be empty).
struct Segment
{
    bool equal = false;
    int oldFrom = 0, oldTo = 0; // token indices, half-open
    int newFrom = 0, newTo = 0;
};

// Token budget of the line differ (LineDiffOptions::maxCost): beyond it the search settles for a
// correct but not minimal diff, so the time stays bounded however unlike the lines are.
constexpr int kTokenCostBudget = 512;
// Character refinement only for short changed stretches (it is quadratic in the worst case).
constexpr int kRefineMaxChars = 256;

char32_t codePointAt(QStringView s, qsizetype i, int *units)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *units = 2;
        return char32_t(QChar::surrogateToUcs4(c, s[i + 1]));
    }
    *units = 1;
    return char32_t(c.unicode());
}

bool isWordChar(char32_t cp)
{
    if (cp == U'_' || QChar::isLetterOrNumber(cp))
        return true;
    const QChar::Category cat = QChar::category(cp);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

std::vector<Token> tokenize(QStringView s)
{
    std::vector<Token> tokens;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        int units = 1;
        const char32_t cp = codePointAt(s, i, &units);
        qsizetype j = i + units;
        bool word = false;
        if (isWordChar(cp)) {
            word = true;
            while (j < n) {
                int u = 1;
                if (!isWordChar(codePointAt(s, j, &u)))
                    break;
                j += u;
            }
        } else if (s[i].isSpace()) {
            while (j < n && s[j].isSpace())
                ++j;
        }
        tokens.push_back({int(i), int(j - i), word});
        i = j;
    }
    return tokens;
}

// The UTF-16 code units of [start, start + length) as bytes: equal views mean equal text, which
// is all the line differ needs from its "lines".
std::string_view bytesOf(QStringView s, int start, int length)
{
    return {reinterpret_cast<const char *>(s.data() + start), std::size_t(length) * sizeof(QChar)};
}

// Runs over two sequences as segments, tracking positions ourselves (Delete/Insert runs only
// carry the index of their own side reliably).
std::vector<Segment> segmentsOf(const std::vector<DiffRun> &runs)
{
    std::vector<Segment> segments;
    int oi = 0, ni = 0;
    for (const DiffRun &run : runs) {
        if (run.op == DiffOp::Equal) {
            segments.push_back({true, oi, oi + run.count, ni, ni + run.count});
            oi += run.count;
            ni += run.count;
            continue;
        }
        if (segments.empty() || segments.back().equal)
            segments.push_back({false, oi, oi, ni, ni});
        Segment &change = segments.back();
        if (run.op == DiffOp::Delete) {
            oi += run.count;
            change.oldTo = oi;
        } else {
            ni += run.count;
            change.newTo = ni;
        }
    }
    return segments;
}

// An equal stretch between two changes that is only a separator (". ", ":", " ") reads better as
// part of one change: "1.1.0" -> "2.9.3" highlights the version, not three digits.
bool isSeparator(const Segment &seg, const std::vector<Token> &oldTokens)
{
    int chars = 0;
    for (int t = seg.oldFrom; t < seg.oldTo; ++t) {
        const Token &tok = oldTokens[std::size_t(t)];
        if (tok.word)
            return false;
        chars += tok.length;
    }
    return chars <= 2;
}

std::vector<Segment> mergeSeparators(const std::vector<Segment> &segments,
                                     const std::vector<Token> &oldTokens)
{
    std::vector<Segment> out;
    for (const Segment &seg : segments) {
        if (!seg.equal && out.size() >= 2 && out.back().equal && !out[out.size() - 2].equal
            && isSeparator(out.back(), oldTokens)) {
            out.pop_back();
            out.back().oldTo = seg.oldTo;
            out.back().newTo = seg.newTo;
            continue;
        }
        out.push_back(seg);
    }
    return out;
}

void addRange(std::vector<CharRange> &ranges, int start, int length)
{
    if (length <= 0)
        return;
    if (!ranges.empty() && ranges.back().start + ranges.back().length == start) {
        ranges.back().length += length;
        return;
    }
    ranges.push_back({start, length});
}

bool hasSurrogate(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSurrogate(); });
}

// Character-level diff of two changed stretches; false when it would not read better than
// marking both stretches whole (too long, or too little in common).
bool refineByCharacters(QStringView oldLine, int oldStart, int oldLength, QStringView newLine,
                        int newStart, int newLength, IntraLineDiff &out)
{
    if (oldLength == 0 || newLength == 0)
        return false;
    const QStringView a = oldLine.mid(oldStart, oldLength);
    const QStringView b = newLine.mid(newStart, newLength);
    if (oldLength + newLength > kRefineMaxChars) {
        // Too long for a character diff (a base64 blob, a hash): trimming the common ends is
        // linear and still finds a one-character edit inside a 4 KB token.
        int prefix = 0;
        const int shorter = std::min(oldLength, newLength);
        while (prefix < shorter && a[prefix] == b[prefix])
            ++prefix;
        if (prefix > 0 && a[prefix - 1].isHighSurrogate())
            --prefix;
        int suffix = 0;
        while (suffix < shorter - prefix && a[oldLength - 1 - suffix] == b[newLength - 1 - suffix])
            ++suffix;
        if (suffix > 0 && a[oldLength - suffix].isLowSurrogate())
            --suffix;
        if (2 * (prefix + suffix) < std::max(oldLength, newLength))
            return false;
        addRange(out.oldRanges, oldStart + prefix, oldLength - prefix - suffix);
        addRange(out.newRanges, newStart + prefix, newLength - prefix - suffix);
        return true;
    }
    if (hasSurrogate(a) || hasSurrogate(b))
        return false;
    std::vector<std::string_view> ca, cb;
    ca.reserve(std::size_t(oldLength));
    cb.reserve(std::size_t(newLength));
    for (int i = 0; i < oldLength; ++i)
        ca.push_back(bytesOf(a, i, 1));
    for (int i = 0; i < newLength; ++i)
        cb.push_back(bytesOf(b, i, 1));
    const std::vector<DiffRun> runs = diffLines(ca, cb, {kRefineMaxChars});
    int common = 0;
    for (const DiffRun &run : runs) {
        if (run.op == DiffOp::Equal)
            common += run.count;
    }
    // Keep it only if at least half of the longer stretch survives: "v1"/"v2" yes, "0"/"1001" no.
    if (2 * common < std::max(oldLength, newLength))
        return false;
    int oi = 0, ni = 0;
    for (const DiffRun &run : runs) {
        switch (run.op) {
        case DiffOp::Equal:
            oi += run.count;
            ni += run.count;
            break;
        case DiffOp::Delete:
            addRange(out.oldRanges, oldStart + oi, run.count);
            oi += run.count;
            break;
        case DiffOp::Insert:
            addRange(out.newRanges, newStart + ni, run.count);
            ni += run.count;
            break;
        }
    }
    return true;
}

// Characters are compared only inside one changed word on each side ("v1" -> "v2"). A stretch
// of several tokens (a version "1.2.5" -> "2.12.3", a host) and a number ("11" -> "12") is a
// token that changed as a whole: matching stray digits or dots across it reads as noise.
bool isRefinableWordPair(const Segment &seg, const std::vector<Token> &oldTokens,
                         const std::vector<Token> &newTokens, QStringView oldLine, QStringView newLine)
{
    if (seg.oldTo - seg.oldFrom != 1 || seg.newTo - seg.newFrom != 1)
        return false;
    const Token &a = oldTokens[std::size_t(seg.oldFrom)];
    const Token &b = newTokens[std::size_t(seg.newFrom)];
    auto isNumber = [](QStringView s) { return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }); };
    if (!a.word && !b.word) // indentation: only the added or removed spaces
        return oldLine[a.start].isSpace() && newLine[b.start].isSpace();
    return a.word && b.word && !isNumber(oldLine.mid(a.start, a.length)) && !isNumber(newLine.mid(b.start, b.length));
}

// Lines of the same shape (the same separators in the same places, only words differing, as in
// "gateway:1.2.5" -> "gateway:2.12.3" or two host names) are compared token by token in place:
// a longest common subsequence would pair the "2" of one version with the "2" of the other and
// mark stray pieces.
bool sameShape(const std::vector<Token> &oldTokens, const std::vector<Token> &newTokens,
               const std::vector<std::string_view> &a, const std::vector<std::string_view> &b)
{
    if (oldTokens.size() != newTokens.size())
        return false;
    for (std::size_t i = 0; i < oldTokens.size(); ++i) {
        if (oldTokens[i].word != newTokens[i].word || (!oldTokens[i].word && a[i] != b[i]))
            return false;
    }
    return true;
}

std::vector<DiffRun> inPlaceRuns(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b)
{
    std::vector<DiffRun> runs;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const int at = int(i);
        if (a[i] != b[i]) {
            runs.push_back({DiffOp::Delete, at, at, 1});
            runs.push_back({DiffOp::Insert, at, at, 1});
        } else if (!runs.empty() && runs.back().op == DiffOp::Equal) {
            ++runs.back().count;
        } else {
            runs.push_back({DiffOp::Equal, at, at, 1});
        }
    }
    return runs;
}

} // namespace

IntraLineDiff diffWithinLines(QStringView oldLine, QStringView newLine, int lengthCap)
{
    IntraLineDiff result;
    if (oldLine.size() > lengthCap || newLine.size() > lengthCap) {
        result.skipped = true;
        return result;
    }
    if (oldLine == newLine)
        return result;

    const std::vector<Token> oldTokens = tokenize(oldLine);
    const std::vector<Token> newTokens = tokenize(newLine);
    std::vector<std::string_view> a, b;
    a.reserve(oldTokens.size());
    b.reserve(newTokens.size());
    for (const Token &t : oldTokens)
        a.push_back(bytesOf(oldLine, t.start, t.length));
    for (const Token &t : newTokens)
        b.push_back(bytesOf(newLine, t.start, t.length));

    const std::vector<DiffRun> runs = sameShape(oldTokens, newTokens, a, b) ? inPlaceRuns(a, b)
                                                                            : diffLines(a, b, {kTokenCostBudget});
    const std::vector<Segment> segments = mergeSeparators(segmentsOf(runs), oldTokens);

    auto charSpan = [](const std::vector<Token> &tokens, int from, int to, int lineLength) {
        if (from >= to) {
            const int at = from < int(tokens.size()) ? tokens[std::size_t(from)].start : lineLength;
            return CharRange{at, 0};
        }
        const Token &first = tokens[std::size_t(from)];
        const Token &last = tokens[std::size_t(to - 1)];
        return CharRange{first.start, last.start + last.length - first.start};
    };

    for (const Segment &seg : segments) {
        if (seg.equal)
            continue;
        const CharRange o = charSpan(oldTokens, seg.oldFrom, seg.oldTo, int(oldLine.size()));
        const CharRange n = charSpan(newTokens, seg.newFrom, seg.newTo, int(newLine.size()));
        if (isRefinableWordPair(seg, oldTokens, newTokens, oldLine, newLine)
            && refineByCharacters(oldLine, o.start, o.length, newLine, n.start, n.length, result))
            continue;
        addRange(result.oldRanges, o.start, o.length);
        addRange(result.newRanges, n.start, n.length);
    }
    return result;
}

ElidedPair elideCommonParts(QStringView oldValue, QStringView newValue)
{
    const ElidedPair whole{oldValue.toString(), newValue.toString()};
    if (oldValue.isEmpty() || newValue.isEmpty() || oldValue == newValue)
        return whole;
    const int na = int(oldValue.size()), nb = int(newValue.size()), shorter = std::min(na, nb);
    int prefix = 0;
    while (prefix < shorter && oldValue[prefix] == newValue[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && oldValue[na - 1 - suffix] == newValue[nb - 1 - suffix])
        ++suffix;
    static const QString separators = QStringLiteral("/.:=@ \"'?&,;");
    auto isSeparator = [](QChar c) { return separators.contains(c); };
    // Back to the start of the changed component, then one component more for context.
    int cut = prefix;
    for (int step = 0; step < 2 && cut > 0; ++step) {
        if (step > 0)
            --cut; // over the separator
        while (cut > 0 && !isSeparator(oldValue[cut - 1]))
            --cut;
    }
    if (cut > 0 && oldValue[cut - 1].isHighSurrogate())
        --cut;
    // Likewise forward from the end of the change, on the old value (the shared end is the same).
    int keep = na - suffix;
    for (int step = 0; step < 2 && keep < na; ++step) {
        if (step > 0)
            ++keep;
        while (keep < na && !isSeparator(oldValue[keep]))
            ++keep;
    }
    const int tail = std::min(na - keep, suffix);
    const QChar ellipsis(0x2026);
    auto shorten = [&](QStringView value) {
        QString out;
        const int head = cut > 1 ? cut : 0;
        const int end = int(value.size()) - (tail > 1 ? tail : 0);
        if (head > 0)
            out += ellipsis;
        out += value.mid(head, end - head);
        if (end < value.size())
            out += ellipsis;
        return out;
    };
    return {shorten(oldValue), shorten(newValue)};
}

} // namespace agm
