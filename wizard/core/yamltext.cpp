// SPDX-License-Identifier: MIT
#include "yamltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

namespace agm {

namespace {

bool isDocumentMarker(std::string_view line, std::string_view marker)
{
    if (line.substr(0, 3) != marker)
        return false;
    return line.size() == 3 || line[3] == ' ' || line[3] == '\t';
}

int leadingSpaces(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    return int(i);
}

bool isBlankOrComment(std::string_view line)
{
    for (char c : line) {
        if (c == ' ' || c == '\t')
            continue;
        return c == '#';
    }
    return true;
}

// Walks one line of YAML that starts inside a quoted scalar opened with `quote` (0: outside
// any); calls code(i, tokenStart) for each character outside quotes and comments. Returns the
// quote still open at the end of the line: quoted scalars may span lines. `quoteAt` receives the
// offset in the line of each quote that opens, `escapeAt` that of each backslash in double quotes.
template<typename Code, typename Open, typename Escape>
char scanLine(std::string_view line, char quote, Code &&code, Open &&quoteAt, Escape &&escapeAt)
{
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const bool tokenStart = i == 0 || std::strchr(" \t[{,:", line[i - 1]);
        if (quote) {
            if (c == '\\' && quote == '"')
                escapeAt(i++);
            else if (c == '\'' && quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'')
                ++i; // '' is an escaped quote
            else if (c == quote)
                quote = 0;
            continue;
        }
        if ((c == '"' || c == '\'') && tokenStart) {
            quote = c;
            quoteAt(i);
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            break;
        } else {
            code(i, tokenStart);
        }
    }
    return quote;
}

char scanLine(std::string_view line, char quote)
{
    return scanLine(line, quote, [](std::size_t, bool) {}, [](std::size_t) {}, [](std::size_t) {});
}

// Whether a node (a flow collection, a quoted or a block scalar) can start at line[i], from what
// comes before it on the line: nothing, "---", "- " or "key: ", and in a flow collection "[", "{",
// "," or ":". Elsewhere such a character is part of a plain scalar ("a [b", "it's").
bool nodeStartsAt(std::string_view line, std::size_t i, bool inFlow)
{
    std::size_t e = i;
    while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t'))
        --e;
    if (e == 0)
        return true;
    const char p = line[e - 1];
    if (inFlow)
        return std::strchr("[{,:", p) != nullptr;
    if (e == i) // no blank between a block indicator and the node
        return false;
    if (p == ':')
        return true;
    return p == '-' && (e == 1 || line[e - 2] == ' ' || line[e - 2] == '\t' || line.substr(0, e) == "---");
}

// The escapes of a double-quoted scalar (YAML 1.2, 5.7); a backslash at the end of a line escapes
// the line break.
bool validEscape(char c)
{
    return c != '\0' && std::strchr("0abt\tnvfre \"/\\N_LPxuU", c);
}

// Content of a line without a trailing comment and trailing blanks (quote-aware enough for keys).
std::string_view stripComment(std::string_view line)
{
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            if (i == 0 || std::strchr(" \t[{,:-", line[i - 1]))
                quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            line = line.substr(0, i);
            break;
        }
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line;
}

// "key: |", "- >-", "key: |2+": the following more-indented lines are scalar content.
bool opensBlockScalar(std::string_view line)
{
    std::string_view s = stripComment(line);
    std::size_t i = s.size();
    while (i > 0 && (std::isdigit(uchar(s[i - 1])) || s[i - 1] == '+' || s[i - 1] == '-'))
        --i;
    if (i == 0 || (s[i - 1] != '|' && s[i - 1] != '>'))
        return false;
    --i;
    if (s.size() - i > 3)
        return false;
    if (i == 0)
        return true;
    return s[i - 1] == ' ' && i >= 2 && (s[i - 2] == ':' || s[i - 2] == '-' || s[i - 2] == ' ');
}

enum class RootNode { Unseen, Scalar, Other };

// What a document's first content line makes its root node: a plain scalar or a block scalar
// (whose lines may sit at column 0), something else, or Unseen when it holds only "---" and
// properties.
RootNode rootKind(std::string_view line)
{
    std::string_view s = stripComment(line);
    const bool commented = s.size() < line.find_last_not_of(" \t") + 1;
    if (isDocumentMarker(s, "---"))
        s.remove_prefix(3);
    while (true) {
        const std::size_t start = s.find_first_not_of(" \t");
        if (start == std::string_view::npos)
            return RootNode::Unseen;
        s.remove_prefix(start);
        if (s.front() != '&' && s.front() != '!')
            break;
        const std::size_t end = s.find_first_of(" \t");
        if (end == std::string_view::npos)
            return RootNode::Unseen;
        s.remove_prefix(end);
    }
    if (s.front() == '|' || s.front() == '>')
        return opensBlockScalar(line) ? RootNode::Scalar : RootNode::Other;
    // A plain scalar continues on the next lines unless a comment ends it; a key makes a mapping.
    const bool indicator = std::strchr("-?:,[]{}#&*!|>'\"%@`", s.front())
                           && !(std::strchr("-?:", s.front()) && s.size() > 1 && s[1] != ' ' && s[1] != '\t');
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ':' && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t'))
            return RootNode::Other;
    }
    return indicator || commented ? RootNode::Other : RootNode::Scalar;
}

std::string_view lineAt(const SourceFile &src, int line)
{
    const std::size_t s = src.lines.lineStart(line), e = src.lines.lineEnd(line);
    return std::string_view(src.text).substr(s, e - s);
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

// Jumps between occurrences of the needle's first byte in either case with memchr, so the scan
// runs at memory speed rather than a byte at a time.
std::size_t findNoCase(std::string_view hay, std::string_view needle, std::size_t from)
{
    if (needle.empty())
        return from <= hay.size() ? from : std::string_view::npos;
    if (from >= hay.size() || hay.size() - from < needle.size())
        return std::string_view::npos;
    const char lower = asciiLower(needle[0]);
    const char upper = lower >= 'a' && lower <= 'z' ? char(lower - 'a' + 'A') : lower;
    auto matchesAt = [&](std::size_t at) {
        for (std::size_t k = 1; k < needle.size(); ++k) {
            if (asciiLower(hay[at + k]) != asciiLower(needle[k]))
                return false;
        }
        return true;
    };
    auto nextOf = [&](char c, std::size_t at) {
        const void *p = std::memchr(hay.data() + at, c, hay.size() - at);
        return p ? std::size_t(static_cast<const char *>(p) - hay.data()) : hay.size();
    };
    const std::size_t last = hay.size() - needle.size();
    std::size_t nextLower = nextOf(lower, from);
    std::size_t nextUpper = upper == lower ? hay.size() : nextOf(upper, from);
    while (true) {
        const std::size_t at = std::min(nextLower, nextUpper);
        if (at > last)
            return std::string_view::npos;
        if (matchesAt(at))
            return at;
        if (at == nextLower)
            nextLower = nextOf(lower, at + 1);
        else
            nextUpper = nextOf(upper, at + 1);
    }
}

bool containsNoCase(std::string_view hay, std::string_view needle)
{
    return findNoCase(hay, needle) != std::string_view::npos;
}

std::vector<YamlChunk> splitYamlDocuments(const std::string &text)
{
    // A marker line starts with "---": find those with memchr-speed searches, not line by line.
    std::vector<YamlChunk> chunks;
    std::size_t chunkStart = 0;
    for (std::size_t at = text.find("---", 1); at != std::string::npos; at = text.find("---", at + 3)) {
        if (text[at - 1] != '\n' && text[at - 1] != '\r')
            continue;
        std::size_t lineEnd = at + 3;
        while (lineEnd < text.size() && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            ++lineEnd;
        if (isDocumentMarker(std::string_view(text).substr(at, lineEnd - at), "---")) {
            chunks.push_back({chunkStart, at});
            chunkStart = at;
        }
    }
    chunks.push_back({chunkStart, text.size()});
    return chunks;
}

QString yamlGuardViolation(std::string_view doc, std::size_t *at)
{
    int flowDepth = 0, maxDepth = 0, aliases = 0;
    std::vector<int> indents;
    // The indentation a block scalar's lines must exceed: its parent's, -1 for a root scalar.
    constexpr int kNoBlockScalar = -2, kRootIndent = -1;
    int blockScalarIndent = kNoBlockScalar;
    // A quoted scalar may span lines; yaml-cpp 0.7 reads one that is never closed to the end of
    // the document, so the structure it reports is not the file's (the fuzzer found edits landing
    // inside such a string).
    char quote = 0;
    std::size_t quoteStart = 0;
    // A directive (%YAML, %TAG) only opens a document; a "%" line inside one is invalid YAML that
    // yaml-cpp 0.7 accepts with another structure (the fuzzer found a securityContext added twice).
    // Only a root scalar may hold lines at column 0, so there such a line is content.
    bool inDocument = false;
    RootNode root = RootNode::Unseen;
    // yaml-cpp 0.7 also accepts a comment glued to what precedes it ("]#", "\"a\"#", "|#") and
    // unknown escapes ("\'"); both only where a flow collection or quoted scalar starts a node.
    bool nodeFlow = false, quoteIsNode = false;
    std::size_t badAt = std::string_view::npos;
    QString bad;
    std::size_t pos = 0;
    while (pos <= doc.size()) {
        std::size_t eol = doc.find_first_of("\r\n", pos);
        if (eol == std::string_view::npos)
            eol = doc.size();
        const std::string_view line = doc.substr(pos, eol - pos);
        const std::size_t lineStart = pos;
        if (at)
            *at = pos;
        pos = eol + 1;
        const int indent = leadingSpaces(line);
        if (blockScalarIndent >= kRootIndent) {
            if ((isBlankOrComment(line) || indent > blockScalarIndent) && !isDocumentMarker(line, "..."))
                continue;
            blockScalarIndent = kNoBlockScalar;
        }
        if (!quote && isBlankOrComment(line)) {
            if (eol == doc.size())
                break;
            continue;
        }
        if (flowDepth == 0 && !quote) {
            const RootNode seen = root;
            if (root == RootNode::Unseen && (indent > 0 || line.front() != '%') && !isDocumentMarker(line, "..."))
                root = rootKind(line);
            if (indent == 0 && line.front() == '%' && inDocument && root != RootNode::Scalar)
                return QCoreApplication::translate("agm::Core", "a line starting with %1 inside a document; quote the value, or move a directive before \"---\"")
                    .arg(QLatin1Char('%'));
            if (isDocumentMarker(line, "...") && stripComment(line).size() > 3)
                return QCoreApplication::translate("agm::Core", "content after the document end marker \"...\"");
            if (isDocumentMarker(line, "...")) {
                inDocument = false;
                root = RootNode::Unseen;
            } else if (indent > 0 || line.front() != '%') {
                inDocument = true;
            }
            int level = indent;
            std::size_t i = std::size_t(indent);
            int dashes = 0;
            while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
                ++dashes;
                i += 2;
                while (i < line.size() && line[i] == ' ')
                    ++i;
            }
            while (!indents.empty() && indents.back() >= level)
                indents.pop_back();
            indents.push_back(level);
            maxDepth = std::max(maxDepth, int(indents.size()) + dashes);
            if (opensBlockScalar(line))
                blockScalarIndent = seen == RootNode::Unseen && root == RootNode::Scalar ? kRootIndent : indent;
        }
        std::size_t lastCode = std::string_view::npos, closedFlow = std::string_view::npos;
        quote = scanLine(line, quote, [&](std::size_t i, bool tokenStart) {
            const char c = line[i];
            if (c == '#' && i > 0 && badAt == std::string_view::npos) {
                // Not a comment (no blank before it), and where no plain scalar can go on.
                const char p = line[i - 1];
                const bool afterQuote = (p == '"' || p == '\'') && lastCode != i - 1 && quoteIsNode;
                const bool afterFlow = (nodeFlow && flowDepth > 0 && lastCode == i - 1 && std::strchr("[{,]}", p))
                                       || closedFlow == i - 1;
                if (afterQuote || afterFlow) {
                    badAt = i;
                    bad = QCoreApplication::translate("agm::Core", "a comment needs a blank before its %1").arg(QLatin1Char('#'));
                }
            }
            lastCode = i;
            if (c == '[' || c == '{') {
                if (flowDepth == 0)
                    nodeFlow = nodeStartsAt(line, i, false);
                ++flowDepth;
                maxDepth = std::max(maxDepth, int(indents.size()) + flowDepth);
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                if (--flowDepth == 0 && nodeFlow)
                    closedFlow = i;
            } else if (c == '*' && tokenStart && i + 1 < line.size() && !std::isspace(uchar(line[i + 1]))) {
                ++aliases;
            } else if ((c == '|' || c == '>') && flowDepth == 0 && nodeStartsAt(line, i, false)) {
                std::size_t j = i + 1;
                while (j < line.size() && (std::isdigit(uchar(line[j])) || line[j] == '+' || line[j] == '-'))
                    ++j;
                if (j < line.size() && line[j] == '#' && badAt == std::string_view::npos) {
                    badAt = j;
                    bad = QCoreApplication::translate("agm::Core", "a comment needs a blank before its %1").arg(QLatin1Char('#'));
                }
            }
        }, [&](std::size_t i) {
            quoteStart = lineStart + i;
            quoteIsNode = nodeStartsAt(line, i, flowDepth > 0 && nodeFlow);
        }, [&](std::size_t i) {
            if (quoteIsNode && i + 1 < line.size() && !validEscape(line[i + 1]) && badAt == std::string_view::npos) {
                badAt = i;
                std::size_t n = 2; // the backslash and the whole UTF-8 character after it
                while (i + n < line.size() && (uchar(line[i + n]) & 0xC0) == 0x80)
                    ++n;
                bad = QCoreApplication::translate("agm::Core", "%1 is not a valid escape in a double-quoted string")
                          .arg(QString::fromUtf8(line.data() + i, qsizetype(n)));
            }
        });
        if (badAt != std::string_view::npos) {
            if (at)
                *at = lineStart + badAt;
            return bad;
        }
        if (maxDepth > kMaxYamlDepth)
            return QCoreApplication::translate("agm::Core", "it nests deeper than %1 levels").arg(kMaxYamlDepth);
        if (aliases > kMaxYamlAliases)
            return QCoreApplication::translate("agm::Core", "it uses more than %1 aliases (a possible alias bomb)").arg(kMaxYamlAliases);
        if (eol == doc.size())
            break;
    }
    if (quote) {
        if (at)
            *at = quoteStart;
        return QCoreApplication::translate("agm::Core", "the quoted string that starts here is never closed; add its closing %1")
            .arg(QLatin1Char(quote));
    }
    return {};
}

YamlDocument::YamlDocument(const SourceFile &source, const YamlChunk &chunk, YAML::Node root)
    : m_source(source)
    , m_root(std::move(root))
    , m_base(chunk.start)
    , m_end(chunk.end)
{
}

std::size_t YamlDocument::offsetOf(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return std::string::npos;
    const YAML::Mark mark = node.Mark();
    if (mark.pos < 0)
        return std::string::npos;
    const std::string &t = m_source.text;
    std::size_t o = m_base + std::size_t(mark.pos);
    // Skip properties ("&anchor", "!tag") and the blanks and comments that follow them.
    while (o < t.size() && (t[o] == '&' || t[o] == '!')) {
        while (o < t.size() && !std::isspace(uchar(t[o])))
            ++o;
        while (o < t.size()) {
            if (std::isspace(uchar(t[o]))) {
                ++o;
            } else if (t[o] == '#') {
                while (o < t.size() && t[o] != '\n' && t[o] != '\r')
                    ++o;
            } else {
                break;
            }
        }
    }
    return std::min(o, t.size());
}

int YamlDocument::columnOf(std::size_t offset) const
{
    return m_source.lines.columnOf(offset) - 1;
}

std::optional<ScalarSpan> YamlDocument::scalar(const YAML::Node &node, bool inFlow) const
{
    if (!isScalar(node))
        return std::nullopt;
    const std::size_t o = offsetOf(node);
    const std::string &t = m_source.text;
    if (o == std::string::npos || o >= t.size())
        return std::nullopt;
    const std::string expected = node.Scalar();
    ScalarSpan span;
    span.start = o;
    const char c = t[o];
    auto lineBreakIn = [&](std::size_t a, std::size_t b) {
        return std::find_if(t.begin() + std::ptrdiff_t(a), t.begin() + std::ptrdiff_t(b),
                            [](char ch) { return ch == '\n' || ch == '\r'; }) != t.begin() + std::ptrdiff_t(b);
    };
    if (c == '"') {
        std::size_t i = o + 1;
        while (i < t.size() && t[i] != '"')
            i += t[i] == '\\' ? 2 : 1;
        if (i >= t.size())
            return std::nullopt;
        span.style = '"';
        span.valueStart = o + 1;
        span.valueEnd = i;
        span.end = i + 1;
        const std::string_view content(t.data() + span.valueStart, span.valueEnd - span.valueStart);
        if (content.find('\\') != std::string_view::npos || lineBreakIn(span.valueStart, span.valueEnd) || content != expected)
            return std::nullopt;
        return span;
    }
    if (c == '\'') {
        std::string value;
        std::size_t i = o + 1;
        while (i < t.size()) {
            if (t[i] == '\'') {
                if (i + 1 < t.size() && t[i + 1] == '\'') {
                    value += '\'';
                    i += 2;
                    continue;
                }
                break;
            }
            value += t[i++];
        }
        if (i >= t.size())
            return std::nullopt;
        span.style = '\'';
        span.valueStart = o + 1;
        span.valueEnd = i;
        span.end = i + 1;
        if (lineBreakIn(span.valueStart, span.valueEnd) || value != expected)
            return std::nullopt;
        return span;
    }
    if (c == '|' || c == '>')
        return std::nullopt;
    // Plain scalars end differently in block and flow context; yaml-cpp's value tells which applies.
    for (const bool flow : {inFlow, !inFlow}) {
        std::size_t i = o;
        while (i < t.size() && t[i] != '\n' && t[i] != '\r') {
            if (t[i] == '#' && i > o && (t[i - 1] == ' ' || t[i - 1] == '\t'))
                break;
            if (flow && (t[i] == ',' || t[i] == ']' || t[i] == '}'))
                break;
            ++i;
        }
        while (i > o && (t[i - 1] == ' ' || t[i - 1] == '\t'))
            --i;
        if (std::string_view(t.data() + o, i - o) == expected) {
            span.valueStart = o;
            span.valueEnd = i;
            span.end = i;
            return span;
        }
    }
    return std::nullopt;
}

std::pair<std::size_t, std::size_t> YamlDocument::valueExtent(const YAML::Node &node) const
{
    if (const auto span = scalar(node))
        return {span->valueStart, span->valueEnd};
    const std::size_t o = offsetOf(node);
    const std::string &t = m_source.text;
    if (o == std::string::npos || o >= t.size())
        return {0, 0};
    if (t[o] == '"' || t[o] == '\'') {
        std::size_t i = o + 1;
        while (i < t.size() && t[i] != t[o])
            i += (t[o] == '"' && t[i] == '\\') ? 2 : 1;
        return {o + 1, std::min(i, t.size())};
    }
    const int line = lineOf(o);
    const int indent = leadingSpaces(lineAt(m_source, line));
    return {o, blockContentEnd(o, indent + 1)};
}

std::size_t YamlDocument::blockContentEnd(std::size_t offset, int column) const
{
    // A keep-chomped scalar ("|+") owns its trailing blank lines: inserting before them would
    // change its value.
    auto keeps = [](std::string_view line) {
        const std::string_view s = stripComment(line);
        const std::size_t bar = s.find_last_of("|>");
        return bar != std::string_view::npos && s.find('+', bar) != std::string_view::npos;
    };
    const int first = lineOf(offset);
    int last = first;
    int blockScalarIndent = opensBlockScalar(lineAt(m_source, first)) ? column : -1;
    bool keep = blockScalarIndent >= 0 && keeps(lineAt(m_source, first));
    // The lines of a quoted scalar belong to it whatever their indentation (the fuzzer found a
    // block inserted inside a string continued at a smaller indentation).
    char quote = scanLine(lineAt(m_source, first).substr(std::size_t(columnOf(offset))), 0);
    for (int l = first + 1; l <= m_source.lines.lineCount(); ++l) {
        const std::string_view line = lineAt(m_source, l);
        if (quote && !isDocumentMarker(line, "---") && !isDocumentMarker(line, "...")) {
            quote = scanLine(line, quote);
            last = l;
            continue;
        }
        const int indent = leadingSpaces(line);
        const bool blank = std::all_of(line.begin(), line.end(), [](char ch) { return ch == ' ' || ch == '\t'; });
        if (blockScalarIndent >= 0) {
            if (blank) {
                if (keep)
                    last = l;
                continue;
            }
            if (indent > blockScalarIndent) {
                last = l;
                continue;
            }
            if (isBlankOrComment(line) && indent <= blockScalarIndent)
                continue;
            blockScalarIndent = -1;
            keep = false;
        }
        if (isBlankOrComment(line))
            continue;
        if (indent < column || isDocumentMarker(line, "---") || isDocumentMarker(line, "..."))
            break;
        last = l;
        quote = scanLine(line, 0);
        if (opensBlockScalar(line)) {
            blockScalarIndent = indent;
            keep = keeps(line);
        }
    }
    return m_source.lines.lineEnd(last);
}

std::size_t YamlDocument::flowEnd(std::size_t offset) const
{
    const std::string &t = m_source.text;
    int depth = 0;
    char quote = 0;
    for (std::size_t i = offset; i < t.size(); ++i) {
        const char c = t[i];
        if (quote) {
            if (quote == '"' && c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && i > 0 && std::isspace(uchar(t[i - 1]))) {
            while (i < t.size() && t[i] != '\n' && t[i] != '\r')
                ++i;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return t.size();
}

bool YamlDocument::isFlow(const YAML::Node &node) const
{
    const std::size_t o = offsetOf(node);
    return o < m_source.text.size() && (m_source.text[o] == '{' || m_source.text[o] == '[');
}

bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

std::string scalarValue(const YAML::Node &node)
{
    return isScalar(node) ? node.Scalar() : std::string();
}

namespace {

// Where the last entry named `key` (the one Kubernetes would use) is, and with `withMerge` the last
// "<<" entry, in one pass. Each entry is read once and a Node is made only for what is returned:
// an iterator's `->` builds the entry's nodes anew, and an undefined node allocates a tree of its
// own (lookups made that way were over half of the Kubernetes visit of a small file).
struct LastEntries
{
    std::optional<YAML::const_iterator> entry;
    std::optional<YAML::const_iterator> merge;
};

LastEntries findLastEntries(const YAML::Node &map, std::string_view key, bool withMerge)
{
    LastEntries last;
    if (!map.IsDefined() || !map.IsMap())
        return last;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::detail::iterator_value entry = *it;
        if (!isScalar(entry.first))
            continue;
        const std::string &name = entry.first.Scalar();
        if (name == key)
            last.entry = it;
        if (withMerge && name == "<<")
            last.merge = it;
    }
    return last;
}

std::pair<YAML::Node, YAML::Node> entryAt(const std::optional<YAML::const_iterator> &at)
{
    if (!at)
        return {YAML::Node(YAML::NodeType::Undefined), YAML::Node(YAML::NodeType::Undefined)};
    const YAML::detail::iterator_value entry = **at;
    return {entry.first, entry.second};
}

std::pair<YAML::Node, YAML::Node> lastEntry(const YAML::Node &map, std::string_view key)
{
    return entryAt(findLastEntries(map, key, false).entry);
}

} // namespace

YAML::Node childKey(const YAML::Node &map, std::string_view key)
{
    return lastEntry(map, key).first;
}

YAML::Node child(const YAML::Node &map, std::string_view key)
{
    return lastEntry(map, key).second;
}

namespace {

constexpr int kMaxMergeDepth = 32;

// `searched` holds the merge sources already looked into: "<<: [*a, *a]" or a source that merges
// itself would otherwise make the search exponential or endless.
std::pair<YAML::Node, YAML::Node> mergedEntry(const YAML::Node &map, std::string_view key, int depth,
                                              std::set<std::uint64_t> &searched)
{
    const LastEntries last = findLastEntries(map, key, true);
    if (last.entry || !last.merge || depth > kMaxMergeDepth)
        return entryAt(last.entry);
    const YAML::Node merge = entryAt(last.merge).second;
    std::vector<YAML::Node> sources;
    if (merge.IsMap()) {
        sources.push_back(merge);
    } else if (merge.IsSequence()) {
        for (std::size_t i = 0; i < merge.size(); ++i)
            sources.push_back(merge[i]);
    }
    for (const YAML::Node &source : sources) {
        if (!source.IsMap() || !searched.insert(nodeIdentity(source)).second)
            continue;
        auto entry = mergedEntry(source, key, depth + 1, searched);
        if (entry.first.IsDefined())
            return entry;
    }
    return entryAt(std::nullopt);
}

std::pair<YAML::Node, YAML::Node> mergedEntry(const YAML::Node &map, std::string_view key)
{
    // Most maps merge nothing: no set of searched sources for them.
    if (const LastEntries last = findLastEntries(map, key, true); last.entry || !last.merge)
        return entryAt(last.entry);
    std::set<std::uint64_t> searched{nodeIdentity(map)};
    return mergedEntry(map, key, 0, searched);
}

} // namespace

std::vector<std::pair<YAML::Node, YAML::Node>> members(const YAML::Node &map)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> entries;
    if (!map.IsDefined() || !map.IsMap())
        return entries;
    std::set<std::string> keys;
    std::set<std::uint64_t> searched{nodeIdentity(map)};
    // Breadth in merge order: own keys first, then each source's (its own before its merges).
    std::vector<YAML::Node> pending{map};
    for (std::size_t next = 0; next < pending.size() && next <= std::size_t(kMaxMergeDepth) * 8; ++next) {
        const YAML::Node current = pending[next];
        for (auto it = current.begin(); it != current.end(); ++it) {
            const std::string key = scalarValue(it->first);
            if (key == "<<" || keys.count(key))
                continue;
            keys.insert(key);
            auto entry = lastEntry(current, key);
            entries.emplace_back(entry.first, entry.second);
        }
        const YAML::Node merge = child(current, "<<");
        std::vector<YAML::Node> sources;
        if (merge.IsMap())
            sources.push_back(merge);
        for (std::size_t i = 0; merge.IsSequence() && i < merge.size(); ++i)
            sources.push_back(merge[i]);
        for (const YAML::Node &source : sources) {
            if (source.IsMap() && searched.insert(nodeIdentity(source)).second)
                pending.push_back(source);
        }
    }
    return entries;
}

YAML::Node member(const YAML::Node &map, std::string_view key)
{
    return mergedEntry(map, key).second;
}

YAML::Node memberKey(const YAML::Node &map, std::string_view key)
{
    return mergedEntry(map, key).first;
}

std::uint64_t nodeIdentity(const YAML::Node &node)
{
    if (!node.IsDefined())
        return 0;
    // A block mapping starts where its first key does: the type tells them apart.
    return (std::uint64_t(std::max(node.Mark().pos, 0)) << 3) | std::uint64_t(node.Type());
}

std::optional<YamlDocument::BlockContent> YamlDocument::blockScalarContent(const YAML::Node &node) const
{
    if (!isScalar(node))
        return std::nullopt;
    const std::size_t o = offsetOf(node);
    const std::string &t = m_source.text;
    if (o >= t.size() || (t[o] != '|' && t[o] != '>'))
        return std::nullopt;
    const int header = lineOf(o);
    const int parentIndent = leadingSpaces(lineAt(m_source, header));
    int first = 0, last = 0;
    for (int l = header + 1; l <= m_source.lines.lineCount(); ++l) {
        const std::string_view line = lineAt(m_source, l);
        if (std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; }))
            continue;
        if (leadingSpaces(line) <= parentIndent || isDocumentMarker(line, "---") || isDocumentMarker(line, "..."))
            break;
        if (!first)
            first = l;
        last = l;
    }
    if (!first)
        return std::nullopt;
    BlockContent content;
    content.firstLineStart = m_source.lines.lineStart(first);
    content.start = content.firstLineStart + std::size_t(leadingSpaces(lineAt(m_source, first)));
    content.end = m_source.lines.lineEnd(last);
    content.lines = last - first + 1;
    content.style = t[o];
    return content;
}

std::pair<std::size_t, std::size_t> YamlDocument::extentOf(const YAML::Node &node) const
{
    const std::size_t at = offsetOf(node);
    if (at == std::string::npos)
        return {0, 0};
    if (isScalar(node)) {
        if (const auto span = scalar(node))
            return {span->start, span->end};
        return {at, valueExtent(node).second};
    }
    if (isFlow(node))
        return {at, flowEnd(at)};
    return {at, blockContentEnd(at, columnOf(at))};
}

void YamlDocument::claim(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return;
    Claim &c = m_claims[nodeIdentity(node)];
    c.node.reset(node);
    ++c.count;
}

namespace {

// How many places of a document use each node: every path from the root counts, merged keys
// only where no direct or earlier merged key overrides them. Top-level "x-" keys (compose
// extension fields, which nothing reads) are definitions only.
class UseCounter
{
public:
    std::map<std::uint64_t, int> uses;
    bool overflow = false;

    void count(const YAML::Node &node, int depth, bool top = false)
    {
        if (!node.IsDefined() || !enter(depth))
            return;
        ++uses[nodeIdentity(node)];
        if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i)
                count(node[i], depth + 1);
        } else if (node.IsMap()) {
            std::set<std::string> keys;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const std::string key = scalarValue(it->first);
                if (key == "<<" || !keys.insert(key).second)
                    continue;
                if (!(top && key.rfind("x-", 0) == 0))
                    count(child(node, key), depth + 1);
            }
            countMerged(child(node, "<<"), keys, depth + 1);
        }
    }

private:
    // A walk through many aliases can take exponential time: past the budget, assume sharing.
    static constexpr int kBudget = 200000;
    int m_visits = 0;

    bool enter(int depth)
    {
        if (++m_visits > kBudget || depth > 2 * kMaxYamlDepth)
            overflow = true;
        return !overflow;
    }

    void countMerged(const YAML::Node &source, std::set<std::string> &keys, int depth)
    {
        if (!source.IsDefined() || !enter(depth))
            return;
        if (source.IsSequence()) {
            for (std::size_t i = 0; i < source.size(); ++i)
                countMerged(source[i], keys, depth + 1);
            return;
        }
        if (!source.IsMap())
            return;
        ++uses[nodeIdentity(source)];
        for (auto it = source.begin(); it != source.end(); ++it) {
            const std::string key = scalarValue(it->first);
            if (key != "<<" && keys.insert(key).second)
                count(child(source, key), depth + 1);
        }
        countMerged(child(source, "<<"), keys, depth + 1);
    }
};

} // namespace

void YamlDocument::settleSharedValues(FindingCollector &out, std::size_t firstFinding) const
{
    std::vector<Finding> &findings = out.findings();
    if (m_claims.empty() || firstFinding >= findings.size())
        return;
    // Without an alias, nothing is shared.
    const std::string_view doc = std::string_view(m_source.text).substr(m_base, m_end - m_base);
    if (doc.find('*') == std::string_view::npos)
        return;
    UseCounter counter;
    counter.count(m_root, 0, true);
    for (const auto &[id, c] : m_claims) {
        const auto used = counter.uses.find(id);
        if (!counter.overflow && used != counter.uses.end() && used->second <= c.count)
            continue;
        const auto [s, e] = extentOf(c.node);
        const bool container = !isScalar(c.node);
        for (std::size_t i = firstFinding; i < findings.size(); ++i) {
            Finding &f = findings[i];
            const bool touches = std::any_of(f.edits.begin(), f.edits.end(), [&, s = s, e = e](const ProposedEdit &edit) {
                return container ? (s <= edit.start && edit.end <= e) : (edit.start < e && edit.end > s);
            });
            if (!touches)
                continue;
            QString needed = f.newValue;
            if (f.step == Step::Image)
                needed = QCoreApplication::translate("agm::Core", "a pinned 2.x.y image tag");
            else if (f.step == Step::Endpoint)
                needed = f.defaultHost.isEmpty() ? QCoreApplication::translate("agm::Core", "the v2 configuration host") : QString(f.defaultHost);
            const Step step = f.step;
            Finding shared = makeFinding(Code::SharedValue, f.file, f.line, f.column,
                                         {f.field.isEmpty() ? f.resource : f.field, needed});
            shared.step = step;
            shared.resource = f.resource;
            shared.field = f.field;
            shared.oldValue = f.oldValue;
            f = std::move(shared);
        }
    }
}

bool mayMention(std::string_view document, const std::vector<YamlKeyword> &keywords)
{
    const std::size_t backslash = document.find('\\');
    if (backslash != std::string_view::npos && document.find('"') != std::string_view::npos)
        return true;
    return std::any_of(keywords.begin(), keywords.end(), [&](const YamlKeyword &k) {
        return k.matchCase ? document.find(k.text) != std::string_view::npos : containsNoCase(document, k.text);
    });
}

namespace {

// Guards, parses and visits one chunk of the file; failures become findings at their place.
void visitChunk(FindingCollector &out, const SourceFile &source, const YamlChunk &chunk,
                const std::function<void(const YamlDocument &)> &visit)
{
    const std::string &text = source.text;
    const std::string_view bytes = std::string_view(text).substr(chunk.start, chunk.end - chunk.start);
    std::size_t where = 0;
    const QString violation = yamlGuardViolation(bytes, &where);
    if (!violation.isEmpty()) {
        out.add(Code::InputRejected, chunk.start + where, {violation});
        return;
    }
    YAML::Node root;
    try {
        // yaml-cpp knows no CR-only line breaks; LF has the same length, so marks stay valid.
        std::string yaml(bytes);
        for (std::size_t i = 0; i < yaml.size(); ++i) {
            if (yaml[i] == '\r' && (i + 1 == yaml.size() || yaml[i + 1] != '\n'))
                yaml[i] = '\n';
        }
        root = YAML::Load(yaml);
    } catch (const YAML::Exception &e) {
        const std::size_t at = e.mark.pos >= 0 ? std::min(chunk.start + std::size_t(e.mark.pos), text.size()) : chunk.start;
        out.add(Code::ParseFailed, at, {QString::fromStdString(e.msg)});
        return;
    }
    try {
        const std::size_t firstFinding = out.findingCount();
        const YamlDocument doc(source, chunk, root);
        visit(doc);
        doc.settleSharedValues(out, firstFinding);
    } catch (const YAML::Exception &e) {
        out.add(Code::ParseFailed, chunk.start, {QString::fromStdString(e.msg)});
    }
}

} // namespace

void forEachYamlDocument(FileAnalysis &analysis, const std::vector<YamlKeyword> &keywords,
                         const std::function<void(const YamlDocument &)> &visit)
{
    const std::string &text = analysis.source.text;
    FindingCollector out(analysis);
    for (const YamlChunk &chunk : splitYamlDocuments(text)) {
        const std::string_view bytes = std::string_view(text).substr(chunk.start, chunk.end - chunk.start);
        if (!keywords.empty() && !mayMention(bytes, keywords))
            continue;
        visitChunk(out, analysis.source, chunk, visit);
    }
}

bool visitEmbeddedYaml(FindingCollector &out, const YamlDocument &doc, const YAML::Node &scalar,
                       const std::function<void(const YamlDocument &)> &visit)
{
    const auto block = doc.blockScalarContent(scalar);
    if (!block || block->style != '|')
        return false;
    // The content read without its indentation must be the scalar's value, or offsets would lie
    // (an indentation indicator, tabs, a less-indented first line).
    const std::string &t = doc.text();
    const std::size_t indent = block->start - block->firstLineStart;
    std::string plain;
    std::size_t pos = block->firstLineStart;
    while (pos < block->end) {
        std::size_t eol = t.find_first_of("\r\n", pos);
        if (eol == std::string::npos || eol > block->end)
            eol = block->end;
        const std::string_view line(t.data() + pos, eol - pos);
        if (line.size() >= indent && line.substr(0, indent).find_first_not_of(' ') == std::string_view::npos)
            plain.append(line.substr(indent));
        else if (line.find_first_not_of(" \t") != std::string_view::npos)
            return false;
        plain += '\n';
        pos = eol < t.size() && t[eol] == '\r' && eol + 1 < t.size() && t[eol + 1] == '\n' ? eol + 2 : eol + 1;
    }
    std::string value = scalar.Scalar();
    while (!value.empty() && value.back() == '\n')
        value.pop_back();
    while (!plain.empty() && plain.back() == '\n')
        plain.pop_back();
    if (plain != value)
        return false;
    visitChunk(out, doc.source(), {block->firstLineStart, block->end}, visit);
    return true;
}

const std::vector<RequiredField> &gatewaySecurityFields()
{
    static const std::vector<RequiredField> fields = {
        {"runAsNonRoot", "true"},
        {"runAsUser", "1001"},
        {"readOnlyRootFilesystem", "false"},
    };
    return fields;
}

namespace {

bool sameValue(const std::string &actual, const std::string &required)
{
    if (required == "true" || required == "false") {
        std::string low = actual;
        std::transform(low.begin(), low.end(), low.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
        return low == required;
    }
    return actual == required;
}

std::string spaces(int n)
{
    return std::string(std::size_t(std::max(n, 0)), ' ');
}

QString joinedNames(const std::vector<RequiredField> &fields, bool withValues)
{
    QStringList parts;
    for (const RequiredField &f : fields)
        parts << (withValues ? fromUtf8(f.name + ": " + f.value) : fromUtf8(f.name));
    return parts.join(QStringLiteral(", "));
}

std::string blockLines(const SourceFile &src, const std::vector<RequiredField> &fields, int column)
{
    std::string s;
    for (const RequiredField &f : fields)
        s += src.eol + spaces(column) + f.name + ": " + f.value;
    return s;
}


// How new entries are written into a flow mapping: JSON needs quoted keys, and a pretty-printed
// JSON object (kubectl -o json) gets one member per line, indented like its members (tabs or spaces).
struct FlowStyle
{
    bool json = false;
    bool pretty = false;
    std::string memberIndent; // leading blanks of the members' lines
    std::string step;         // one more level
    std::string eol;

    std::string key(std::string_view name) const
    {
        return json ? '"' + std::string(name) + '"' : std::string(name);
    }
    // A whole object whose key's line starts with `keyIndent`.
    std::string object(const std::vector<RequiredField> &fields, const std::string &keyIndent) const
    {
        std::string s = "{";
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (pretty)
                s += (i ? "," : "") + eol + keyIndent + step;
            else if (i)
                s += ", ";
            s += key(fields[i].name) + ": " + fields[i].value;
        }
        return s + (pretty ? eol + keyIndent + "}" : "}");
    }
    // Entries appended after a mapping's last member.
    std::string members(const std::vector<std::pair<std::string, std::string>> &entries) const
    {
        std::string s;
        for (const auto &[name, text] : entries)
            s += (pretty ? "," + eol + memberIndent : std::string(", ")) + key(name) + ": " + text;
        return s;
    }
};

// The blanks before `offset` on its line, or nullopt when something else comes first.
std::optional<std::string> indentBefore(const YamlDocument &doc, std::size_t offset)
{
    const std::size_t lineStart = doc.source().lines.lineStart(doc.lineOf(offset));
    const std::string_view before = std::string_view(doc.text()).substr(lineStart, offset - lineStart);
    if (before.find_first_not_of(" \t") != std::string_view::npos)
        return std::nullopt;
    return std::string(before);
}

FlowStyle flowStyleOf(const YamlDocument &doc, const YAML::Node &map)
{
    FlowStyle style;
    style.json = doc.isJson();
    style.eol = doc.source().eol;
    if (!style.json || !map.IsMap() || map.size() == 0)
        return style;
    const std::size_t open = doc.offsetOf(map);
    const std::size_t first = doc.offsetOf(map.begin()->first);
    if (open == std::string::npos || first == std::string::npos || doc.lineOf(open) == doc.lineOf(first))
        return style;
    const auto members = indentBefore(doc, first);
    if (!members)
        return style;
    style.pretty = true;
    style.memberIndent = *members;
    const std::size_t lineStart = doc.source().lines.lineStart(doc.lineOf(open));
    const std::string_view braceLine = std::string_view(doc.text()).substr(lineStart, open - lineStart);
    const std::string braceIndent(braceLine.substr(0, std::min(braceLine.find_first_not_of(" \t"), braceLine.size())));
    if (members->size() > braceIndent.size() && members->compare(0, braceIndent.size(), braceIndent) == 0)
        style.step = members->substr(braceIndent.size());
    else
        style.step = spaces(std::max(doc.source().indentStep, 1));
    return style;
}

} // namespace

bool YamlDocument::isJson() const
{
    return QString(m_source.relativePath).endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

void requireFields(FindingCollector &out, const YamlDocument &doc, const YAML::Node &owner,
                   std::string_view key, const std::vector<RequiredField> &fields, Code missingCode)
{
    const SourceFile &src = doc.source();
    const std::string &t = src.text;
    const int step = src.indentStep;
    const QString field = fromUtf8(key);
    const QString qualified = out.fieldPrefix.isEmpty() ? field : out.fieldPrefix + QLatin1Char('.') + field;
    const YAML::Node keyNode = memberKey(owner, key);
    const YAML::Node value = member(owner, key);
    doc.claim(value);

    auto addWhole = [&](std::size_t findingAt, ProposedEdit edit) {
        Finding &f = out.add(missingCode, findingAt);
        f.field = qualified;
        f.newValue = joinedNames(fields, true);
        edit.param = Param::None;
        f.edits.push_back(std::move(edit));
    };

    if (!keyNode.IsDefined()) {
        const std::size_t ownerAt = doc.offsetOf(owner);
        if (ownerAt == std::string::npos)
            return;
        if (doc.isFlow(owner)) {
            std::size_t close = doc.flowEnd(ownerAt) - 1;
            std::size_t at = close;
            while (at > ownerAt + 1 && std::isspace(uchar(t[at - 1])))
                --at;
            const bool empty = at == ownerAt + 1;
            const FlowStyle style = flowStyleOf(doc, owner);
            const std::string object = style.object(fields, style.memberIndent);
            addWhole(ownerAt, {at, at, empty ? style.key(key) + ": " + object : style.members({{std::string(key), object}}),
                               {}, Param::None, false});
            return;
        }
        const int column = doc.columnOf(ownerAt);
        const std::size_t end = doc.blockContentEnd(ownerAt, column);
        addWhole(ownerAt, {end, end, src.eol + spaces(column) + std::string(key) + ":" + blockLines(src, fields, column + step),
                           {}, Param::None, false});
        return;
    }

    const std::size_t keyAt = doc.offsetOf(keyNode);
    const int keyColumn = doc.columnOf(keyAt);
    const bool ownerFlow = doc.isFlow(owner);
    const std::string flowForm = flowStyleOf(doc, owner).object(fields, indentBefore(doc, keyAt).value_or(spaces(keyColumn)));
    // An alias ("key: *name") shares its anchor with other places: editing it would change them too.
    const std::size_t colon = t.find(':', keyAt + key.size());
    std::size_t afterColon = colon == std::string::npos ? t.size() : colon + 1;
    while (afterColon < t.size() && (t[afterColon] == ' ' || t[afterColon] == '\t'))
        ++afterColon;
    if (afterColon < t.size() && t[afterColon] == '*') {
        Finding &f = out.add(Code::SharedAnchor, keyAt, {qualified});
        f.field = qualified;
        return;
    }
    const bool nullValue = !value.IsDefined() || value.IsNull();
    if (nullValue) {
        // "key:" alone, or "key: ~" / "key: null": the block replaces the null.
        std::size_t start = afterColon, end = afterColon;
        if (src.lines.lineOf(start) != doc.lineOf(keyAt) || start >= t.size() || t[start] == '#' || t[start] == '\n' || t[start] == '\r') {
            start = end = src.lines.lineEnd(doc.lineOf(keyAt));
            if (ownerFlow)
                return;
        } else {
            while (end < t.size() && !std::isspace(uchar(t[end])) && t[end] != ',' && t[end] != '}')
                ++end;
            if (start > 0 && t[start - 1] == ' ' && !ownerFlow)
                --start;
        }
        addWhole(keyAt, {start, end, ownerFlow ? flowForm : blockLines(src, fields, keyColumn + step), {}, Param::None, false});
        return;
    }
    if (!value.IsMap())
        return;

    const bool flow = doc.isFlow(value);
    const std::size_t valueAt = doc.offsetOf(value);
    if (flow && value.size() == 0) {
        const std::size_t end = doc.flowEnd(valueAt);
        if (ownerFlow) {
            addWhole(keyAt, {valueAt, end, flowForm, {}, Param::None, false});
            return;
        }
        const std::size_t from = (valueAt > 0 && t[valueAt - 1] == ' ') ? valueAt - 1 : valueAt;
        addWhole(keyAt, {from, end, blockLines(src, fields, keyColumn + step), {}, Param::None, false});
        return;
    }

    std::vector<RequiredField> missing;
    for (const RequiredField &req : fields) {
        const YAML::Node current = member(value, req.name);
        doc.claim(current);
        if (!current.IsDefined()) {
            missing.push_back(req);
            continue;
        }
        const std::string actual = scalarValue(current);
        if (isScalar(current) && sameValue(actual, req.value))
            continue;
        const auto span = doc.scalar(current, flow);
        if (!span)
            continue;
        Finding &f = out.add(Code::SecurityConflict, span->start,
                             {qualified + QLatin1Char('.') + fromUtf8(req.name), fromUtf8(actual), fromUtf8(req.value)});
        f.field = QString(qualified + QLatin1Char('.') + fromUtf8(req.name));
        f.oldValue = fromUtf8(actual);
        f.newValue = fromUtf8(req.value);
        f.edits.push_back({span->start, span->end, req.value, {}, Param::None, false});
    }
    if (missing.empty())
        return;
    ProposedEdit insert;
    if (flow) {
        std::size_t at = doc.flowEnd(valueAt) - 1;
        while (at > valueAt + 1 && std::isspace(uchar(t[at - 1])))
            --at;
        std::vector<std::pair<std::string, std::string>> entries;
        for (const RequiredField &f : missing)
            entries.emplace_back(f.name, f.value);
        insert = {at, at, flowStyleOf(doc, value).members(entries), {}, Param::None, false};
    } else {
        const int column = doc.columnOf(valueAt);
        const std::size_t end = doc.blockContentEnd(valueAt, column);
        insert = {end, end, blockLines(src, missing, column), {}, Param::None, false};
    }
    Finding &f = out.add(Code::SecurityFieldMissing, keyAt, {joinedNames(missing, false), joinedNames(missing, true)});
    f.field = qualified;
    f.newValue = joinedNames(missing, true);
    f.edits.push_back(insert);
}

void checkEndpointNode(FindingCollector &out, const YamlDocument &doc, const YAML::Node &value, const QString &field)
{
    if (!isScalar(value))
        return;
    doc.claim(value);
    if (const auto span = doc.scalar(value)) {
        checkEndpoint(out, value.Scalar(), span->valueStart, span->valueEnd, field);
        return;
    }
    const std::size_t before = out.findingCount();
    if (const auto block = doc.blockScalarContent(value)) {
        // The URL inside "key: >-" / "|": replaced in place, indicator and chomping kept. A value
        // over several lines is rewritten as one line, but only with the operator's answer.
        std::string_view v = value.Scalar();
        while (!v.empty() && std::isspace(uchar(v.front())))
            v.remove_prefix(1);
        while (!v.empty() && std::isspace(uchar(v.back())))
            v.remove_suffix(1);
        const bool exact = block->lines == 1 && std::string_view(doc.text()).substr(block->start, block->end - block->start) == v;
        checkEndpoint(out, v, block->start, block->end, field);
        if (!exact && out.findingCount() > before && !out.last().edits.empty()) {
            out.last().severity = Severity::Question;
            out.last().defaultHost.clear();
        }
        return;
    }
    const std::size_t at = doc.offsetOf(value);
    checkEndpoint(out, value.Scalar(), at, at, field);
    if (out.findingCount() > before)
        out.last().edits.clear();
}

void checkDuplicateKeys(FindingCollector &out, const YamlDocument &doc, const YAML::Node &map)
{
    if (!map.IsDefined() || !map.IsMap())
        return;
    std::set<std::string> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (isScalar(it->first) && !seen.insert(it->first.Scalar()).second)
            out.add(Code::DuplicateKey, doc.offsetOf(it->first), {fromUtf8(it->first.Scalar())});
    }
}

void checkCapabilities(FindingCollector &out, const YamlDocument &doc, const YAML::Node &securityContext)
{
    const YAML::Node drop = member(member(securityContext, "capabilities"), "drop");
    doc.claim(drop);
    if (!drop.IsDefined() || !drop.IsSequence())
        return;
    const bool flow = doc.isFlow(drop);
    for (std::size_t i = 0; i < drop.size(); ++i) {
        const YAML::Node item = drop[i];
        const std::string value = scalarValue(item);
        std::string low = value;
        std::transform(low.begin(), low.end(), low.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
        if (low != "all" || value == "ALL")
            continue;
        const auto span = doc.scalar(item, flow);
        if (!span)
            continue;
        Finding &f = out.add(Code::CapabilitiesLowercase, span->start, {fromUtf8(value)});
        f.field = QString(out.fieldPrefix + QStringLiteral(".securityContext.capabilities.drop"));
        f.oldValue = fromUtf8(value);
        f.newValue = QStringLiteral("ALL");
        f.edits.push_back({span->valueStart, span->valueEnd, "ALL", {}, Param::None, false});
    }
}

} // namespace agm
