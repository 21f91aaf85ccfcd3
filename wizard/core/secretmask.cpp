// SPDX-License-Identifier: MIT
#include "secretmask.h"

#include "yamltext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <functional>
#include <tuple>
#include <utility>

namespace agm {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Searches in a byte or UTF-16 view at memchr speed (the standard ones test UTF-16 a character at
// a time): where `c`, or the ASCII `needle`, next occurs from `from`, or npos.
std::size_t findChar(std::string_view text, char c, std::size_t from)
{
    return text.find(c, from);
}

std::size_t findChar(std::u16string_view text, char c, std::size_t from)
{
    if (from >= text.size())
        return std::u16string_view::npos;
    const qsizetype at = QStringView(text.data(), qsizetype(text.size())).indexOf(QLatin1Char(c), qsizetype(from));
    return at < 0 ? std::u16string_view::npos : std::size_t(at);
}

template<class Char>
std::size_t findAscii(std::basic_string_view<Char> text, std::string_view needle, std::size_t from = 0)
{
    for (std::size_t at = findChar(text, needle.front(), from); at != std::basic_string_view<Char>::npos; at = findChar(text, needle.front(), at + 1)) {
        if (text.size() - at >= needle.size() && std::equal(needle.begin() + 1, needle.end(), text.begin() + std::ptrdiff_t(at) + 1))
            return at;
    }
    return std::basic_string_view<Char>::npos;
}

// The values of a YAML text that may hold secrets, found line by line: what a file that could not
// be parsed (or a Helm template) still shows. Every value under a Secret's data or stringData (a
// List's or SecretList's items too) and the last-applied-configuration annotation, block scalars
// and flow values included.
std::vector<SecretSpan> lexicalSecretSpans(const std::string &text)
{
    // A Secret anywhere: a document of its own, an item of a List or a SecretList.
    static const QRegularExpression secretKind(QStringLiteral("^[ \\t]*(?:-[ \\t]+)?kind:[ \\t]*[\"']?Secret(?:List)?[\"']?[ \\t]*$"),
                                               QRegularExpression::MultilineOption);
    const bool secretDocument = secretKind.match(QString::fromStdString(text)).hasMatch();
    std::vector<SecretSpan> spans;
    const LineIndex lines(text);
    int maskBelow = -1; // lines indented deeper than this are secret
    for (int n = 1; n <= lines.lineCount(); ++n) {
        const std::size_t start = lines.lineStart(n), end = lines.lineEnd(n);
        const std::string_view line(text.data() + start, end - start);
        const std::string_view content = trimmed(line);
        if (content.empty() || content.front() == '#')
            continue;
        const int indent = int(line.find_first_not_of(" \t"));
        if (maskBelow >= 0 && indent > maskBelow) {
            const std::size_t colon = content.find(": ");
            const std::size_t from = colon == std::string_view::npos ? 0 : colon + 2;
            const std::size_t offset = start + std::size_t(indent);
            spans.push_back({offset + from, offset + content.size()});
            continue;
        }
        maskBelow = -1;
        const std::size_t colon = content.find(':');
        if (colon == std::string_view::npos)
            continue;
        std::string_view key = trimmed(content.substr(0, colon));
        if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
            key = key.substr(1, key.size() - 2);
        if (!(secretDocument && (key == "data" || key == "stringData")) && key != "kubectl.kubernetes.io/last-applied-configuration")
            continue;
        maskBelow = indent;
        const std::string_view value = trimmed(content.substr(colon + 1));
        if (!value.empty() && value.front() != '|' && value.front() != '>' && value.front() != '#') {
            const std::size_t at = start + std::size_t(indent) + std::size_t(value.data() - content.data());
            spans.push_back({at, at + value.size()});
        }
    }
    return spans;
}

// The mask for text[start, end): one per line, so a masked block scalar keeps its lines (and every
// line after it its number), each masked line keeping its indentation and line ending.
std::string maskFor(const std::string &text, std::size_t start, std::size_t end)
{
    std::string out = kMask;
    for (std::size_t i = start; i < end; ++i) {
        if (text[i] != '\r' && text[i] != '\n')
            continue;
        out += text[i];
        if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
            out += text[++i];
        std::size_t content = i + 1;
        while (content < end && (text[content] == ' ' || text[content] == '\t'))
            ++content;
        out.append(text, i + 1, content - i - 1);
        if (content < end && text[content] != '\r' && text[content] != '\n')
            out += kMask;
        i = content - 1;
    }
    return out;
}

} // namespace

std::vector<SecretSpan> mergedSpans(std::vector<SecretSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const SecretSpan &a, const SecretSpan &b) { return std::tie(a.start, a.end) < std::tie(b.start, b.end); });
    std::vector<SecretSpan> merged;
    for (const SecretSpan &s : spans) {
        if (s.end <= s.start)
            continue;
        if (!merged.empty() && s.start < merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    return merged;
}

std::string maskedSlice(const std::string &text, std::size_t start, std::size_t end, const std::vector<SecretSpan> &secrets)
{
    end = std::min(end, text.size());
    std::string out;
    std::size_t at = start;
    for (const SecretSpan &s : mergedSpans(secrets)) {
        if (s.end <= at || s.start >= end)
            continue;
        const std::size_t from = std::max(s.start, at), to = std::min(s.end, end);
        out.append(text, at, from - at);
        out += maskFor(text, from, to);
        at = to;
    }
    if (at < end)
        out.append(text, at, end - at);
    return out;
}

namespace {

struct Range
{
    qsizetype start;
    qsizetype end;
};

// "host" or "host:port" with a plausible port: what follows the userinfo of a value without a
// scheme ("sha256:<digest>" after an image's '@' is no port).
bool isHostPort(QStringView s)
{
    if (s.startsWith(QLatin1Char('['))) // an IPv6 address; its ']' ends the word
        return s.size() > 1 && std::all_of(s.begin() + 1, s.end(), [](QChar c) {
                   return (c.unicode() < 0x80 && std::isxdigit(c.unicode())) || c == QLatin1Char(':') || c == QLatin1Char('.');
               });
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QStringView port = s.mid(colon + 1);
        if (port.isEmpty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
            return false;
        s = s.left(colon);
    }
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'));
    });
}

// The credentials in one URL or proxy value (a word of text), as ranges of `url` to mask.
std::vector<Range> credentialRanges(QStringView url)
{
    // Paging and the API version; "amp;" when the text is HTML-escaped.
    const auto harmless = [](QStringView name) {
        static const QStringList names{QStringLiteral("api-version"), QStringLiteral("n"), QStringLiteral("last")};
        return names.contains((name.startsWith(QLatin1String("amp;")) ? name.mid(4) : name).toString(), Qt::CaseInsensitive);
    };
    std::vector<Range> out;
    const auto push = [&](qsizetype start, qsizetype end) {
        if (end > start)
            out.push_back({start, end});
    };
    const qsizetype separator = url.indexOf(QLatin1String("://"));
    qsizetype authority = separator + 3;
    if (separator < 0) { // NAME=user:password@host: the value starts after the assignment
        const qsizetype colon = url.indexOf(QLatin1Char(':'));
        authority = colon < 0 ? 0 : url.left(colon).lastIndexOf(QLatin1Char('=')) + 1;
    }
    // The authority ends at the first '/', '?' or '#'; its userinfo at the last '@' in it.
    qsizetype authorityEnd = authority;
    while (authorityEnd < url.size() && url[authorityEnd] != QLatin1Char('/') && url[authorityEnd] != QLatin1Char('?')
           && url[authorityEnd] != QLatin1Char('#'))
        ++authorityEnd;
    const qsizetype at = url.left(authorityEnd).lastIndexOf(QLatin1Char('@'));
    if (at >= authority) {
        const qsizetype colon = url.mid(authority, at - authority).indexOf(QLatin1Char(':'));
        if (separator >= 0)
            push(colon < 0 ? authority : authority + colon + 1, at);
        else if (colon > 0 && isHostPort(url.mid(at + 1, authorityEnd - at - 1))
                 && (authorityEnd == url.size() || url[authorityEnd] == QLatin1Char('/')))
            push(authority + colon + 1, at);
    }
    if (separator < 0)
        return out;
    const qsizetype query = url.indexOf(QLatin1Char('?'), authorityEnd);
    if (query < 0)
        return out;
    qsizetype fragment = url.indexOf(QLatin1Char('#'), query);
    if (fragment < 0)
        fragment = url.size();
    for (qsizetype from = query + 1; from <= fragment;) {
        qsizetype next = url.indexOf(QLatin1Char('&'), from);
        if (next < 0 || next > fragment)
            next = fragment;
        const QStringView parameter = url.mid(from, next - from);
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        if (equals < 0)
            push(from, next);
        else if (!harmless(parameter.left(equals)))
            push(from + equals + 1, next);
        from = next + 1;
    }
    return out;
}

// Where a word of text ends (or starts): a URL or proxy value never holds one of these.
bool endsWord(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`') || c == QLatin1Char('<')
        || c == QLatin1Char('>') || c == QLatin1Char(',') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(']')
        || c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('\\');
}

const QString kSecretGroup = QStringLiteral("secret");

// Whether a token's "&<yyyyMMddHHmm>&" starts at `at` (an '&').
template<class Char>
bool isTokenStamp(std::basic_string_view<Char> text, std::size_t at)
{
    return at + 13 < text.size() && text[at + 13] == '&'
           && std::all_of(text.begin() + std::ptrdiff_t(at) + 1, text.begin() + std::ptrdiff_t(at) + 13, [](Char c) { return c >= '0' && c <= '9'; });
}

std::u16string_view utf16(QStringView text)
{
    return {reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size())};
}

bool hasTokenStamp(QStringView text)
{
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0; at = text.indexOf(QLatin1Char('&'), at + 1)) {
        if (isTokenStamp(utf16(text), std::size_t(at)))
            return true;
    }
    return false;
}

// Whether `c` is one of the characters the expressions' \s matches (ASCII only: no
// UseUnicodePropertiesOption).
template<class Char>
bool isRegexSpace(Char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// A gateway key setting: one of the key names, an optional quote, then '=' or ':' after any space.
// Every name holds "auth": the names are compared only where it occurs (found at memchr speed).
bool hasAuthKeySetting(QStringView text)
{
    static constexpr std::u16string_view names[] = {u"config.service.auth", u"gateway.auth.key", u"gateway.authKey", u"gateway.auth.token"};
    const std::u16string_view chars = utf16(text);
    for (std::size_t auth = findAscii(chars, "auth"); auth != std::u16string_view::npos; auth = findAscii(chars, "auth", auth + 1)) {
        for (const std::u16string_view name : names) {
            const std::size_t offset = name.find(u"auth");
            if (auth < offset || chars.substr(auth - offset, name.size()) != name)
                continue;
            qsizetype next = qsizetype(auth - offset + name.size());
            if (next < text.size() && (text[next] == QLatin1Char('"') || text[next] == QLatin1Char('\'')))
                ++next;
            while (next < text.size() && isRegexSpace(text[next].unicode()))
                ++next;
            if (next < text.size() && (text[next] == QLatin1Char('=') || text[next] == QLatin1Char(':')))
                return true;
        }
    }
    return false;
}

// Whether the lower-case `word` (letters only) occurs in `text` in any ASCII case.
bool containsAsciiNoCase(QStringView text, std::string_view word)
{
    for (qsizetype at = 0; at + qsizetype(word.size()) <= text.size(); ++at) {
        std::size_t matched = 0;
        while (matched < word.size() && (text[at + qsizetype(matched)].unicode() | 0x20) == word[matched])
            ++matched;
        if (matched == word.size())
            return true;
    }
    return false;
}

// What the base64 shape under a secret-looking key needs: a value, a whole run of 24 or more
// [A-Za-z0-9_+/-] after '=', ':', a quote or a space, with an upper-case letter, a lower-case one
// and a digit, '+' or '/'; and a key word, matched case-insensitively (outside ASCII, Unicode case
// folding has more ways to spell one, the Kelvin sign for 'k', so such a text always runs).
bool maySetSecretKey(QStringView text)
{
    const auto inRun = [](char16_t c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '/' || c == '-';
    };
    bool hasValue = false;
    for (qsizetype start = 1; start < text.size() && !hasValue; ++start) {
        const char16_t before = text[start - 1].unicode();
        if (inRun(before) || !(before == '=' || before == ':' || before == '"' || before == '\'' || isRegexSpace(before)))
            continue;
        bool upper = false, lower = false, digit = false;
        qsizetype end = start;
        for (; end < text.size() && inRun(text[end].unicode()); ++end) {
            const char16_t c = text[end].unicode();
            upper = upper || (c >= 'A' && c <= 'Z');
            lower = lower || (c >= 'a' && c <= 'z');
            digit = digit || (c >= '0' && c <= '9') || c == '+' || c == '/';
        }
        hasValue = end - start >= 24 && upper && lower && digit;
        start = end;
    }
    if (!hasValue)
        return false;
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 0x7f; }))
        return true;
    static constexpr std::string_view words[] = {"token", "secret", "passw", "pwd", "credential", "key", "auth", "signature"};
    return std::any_of(std::begin(words), std::end(words), [&](std::string_view word) { return containsAsciiNoCase(text, word); });
}

bool hasLongBase64Run(QStringView text)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool base64 = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '+' || u == '/';
        run = base64 ? run + 1 : 0;
        if (run >= 40)
            return true;
    }
    return false;
}

// A shape expression and a test for the literals it cannot match without. Qt compiles an
// expression, JIT included, on its first match: for one small file that cost more than all the
// matching, so an expression whose literal is missing is neither run nor compiled.
struct ShapePattern
{
    QRegularExpression expression;
    bool (*mayMatch)(QStringView text);
};

// What maskSecretsInText masks by shape, one expression per kind, each naming the part to mask
// "secret". Applied in this order: a GatewayKey token keeps its prefix, a key setting its name.
const std::vector<ShapePattern> &shapePatterns()
{
    static const std::vector<ShapePattern> patterns{
        // A token is "<gateway>&<yyyyMMddHHmm>&<signature>"; prose such as "GatewayKey token" stays readable.
        {QRegularExpression(QStringLiteral("GatewayKey\\s+(?<secret>(?!\\*\\*\\*)[^\\s\"'`,;)&]+&\\d{12}&[^\\s\"'`,;)]+)")),
         [](QStringView text) { return text.contains(QLatin1String("GatewayKey")) && hasTokenStamp(text); }},
        // The same without the prefix, as the REST API returns it, under any key or in a comment.
        {QRegularExpression(QStringLiteral("(?<![\\w.-])(?<secret>[\\w.-]+&\\d{12}&[^\\s\"'`,;)]+)")), hasTokenStamp},
        {QRegularExpression(QStringLiteral("(?:config\\.service\\.auth|gateway\\.auth\\.key|gateway\\.authKey|gateway\\.auth\\.token)[\"']?\\s*[=:]\\s*[\"']?"
                                           "(?<secret>(?!\\*\\*\\*|GatewayKey)[^\\s\"'`,;}]+)")),
         hasAuthKeySetting},
        // JSON env entries, as in last-applied-configuration: {"name":"config.service.auth","value":"..."}.
        {QRegularExpression(QStringLiteral("\"name\"\\s*:\\s*\"config\\.service\\.auth[^\"]*\"\\s*,\\s*\"value\"\\s*:\\s*\"(?<secret>(?!\\*\\*\\*)[^\"]+)")),
         [](QStringView text) { return text.contains(QLatin1String("\"name\"")) && text.contains(QLatin1String("config.service.auth")); }},
        // A long base64 value (mixed case and a digit or '+', '/') under a secret-looking key.
        {QRegularExpression(QStringLiteral("(?i:[\\w.-]*(?:token|secret|passw|pwd|credential|key|auth|signature)[\\w.-]*)[\"']?\\s*[=:]\\s*[\"']?"
                                           "(?<secret>(?=[\\w+/-]*[A-Z])(?=[\\w+/-]*[a-z])(?=[\\w+/-]*[0-9+/])[A-Za-z0-9+/_-]{24,}={0,2})(?![\\w+/=-])")),
         maySetSecretKey},
        // A token-shaped base64 value under any key or none (FOO_VALUE=..., a comment): 40 or more
        // characters of both cases that end in '=' padding or change from a letter to a digit three
        // times, as random bytes do; not a path (a leading '/', or no 20 characters without one), a
        // hex digest (one case) nor a long camelCase name (its digits, if any, come in one place).
        {QRegularExpression(QStringLiteral("(?<![\\w+/-])(?<secret>(?!/)(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*?[A-Za-z0-9+]{20})"
                                           "(?=[A-Za-z0-9+/]{40,}=|(?:[A-Za-z0-9+/]*?[A-Za-z+/][0-9]){3})[A-Za-z0-9+/]{40,}={0,2})(?![\\w+/=-])")),
         hasLongBase64Run},
    };
    return patterns;
}

// Whether the text has what any shape or URL needs: an '&' (tokens), "auth" (key settings), a run of
// 24 base64 characters, an '@' or "://" (URLs).
bool mayHoldSecret(std::string_view text)
{
    // One memchr-speed search each (find_first_of tests each byte against the set).
    if (text.find('&') != std::string_view::npos || text.find('@') != std::string_view::npos
        || text.find("auth") != std::string_view::npos || text.find("://") != std::string_view::npos)
        return true;
    std::size_t run = 0;
    for (const char c : text) {
        run = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '_' || c == '-' ? run + 1 : 0;
        if (run >= 24)
            return true;
    }
    return false;
}

} // namespace

namespace {

// `text` with the credentials of each word masked (words in order, as ranges of `text`).
QString maskCredentialsInWords(const QString &text, const std::vector<Range> &words)
{
    QString out;
    qsizetype copied = 0;
    for (const Range &word : words) {
        for (const Range &r : credentialRanges(QStringView(text).mid(word.start, word.end - word.start))) {
            out += QStringView(text).mid(copied, word.start + r.start - copied);
            out += QLatin1String(kMask);
            copied = word.start + r.end;
        }
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString maskUrlCredentials(const QString &text)
{
    // Only a word holding '@' or "://" can be a URL or proxy value: from each one found, out to
    // the ends of its word.
    const QStringView view(text);
    const std::u16string_view chars(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()));
    const auto next = [&](std::string_view needle, qsizetype from) {
        const std::size_t at = findAscii(chars, needle, std::size_t(from));
        return at == std::u16string_view::npos ? qsizetype(-1) : qsizetype(at);
    };
    std::vector<Range> words;
    qsizetype at = next("@", 0), scheme = next("://", 0);
    for (qsizetype from = 0;;) {
        if (at >= 0 && at < from)
            at = next("@", from);
        if (scheme >= 0 && scheme < from)
            scheme = next("://", from);
        const qsizetype hit = at < 0 ? scheme : scheme < 0 ? at : std::min(at, scheme);
        if (hit < 0)
            break;
        qsizetype start = hit, end = hit;
        while (start > 0 && !endsWord(view[start - 1]))
            --start;
        while (end < view.size() && !endsWord(view[end]))
            ++end;
        words.push_back({start, end});
        from = end;
    }
    return maskCredentialsInWords(text, words);
}

std::vector<SecretSpan> urlCredentialSpans(std::string_view value)
{
    // Latin-1 keeps one character per byte, so the ranges are byte offsets; every delimiter is ASCII.
    const QString latin = QString::fromLatin1(value.data(), qsizetype(value.size()));
    std::vector<SecretSpan> spans;
    for (const Range &r : credentialRanges(latin))
        spans.push_back({std::size_t(r.start), std::size_t(r.end)});
    return spans;
}

namespace {

// Where a shape can be: every pattern needs a literal that is cheap to find (a token's
// "&<12 digits>&", a key setting's "auth", a run of 24 base64 characters), and a match reaches
// only across whitespace to the lines around it: a key on a line above its value (blank lines
// between), "GatewayKey" above its token, a value below its "key:". The expressions then run over
// those lines only, in windows that start and end at line boundaries: over a whole 25 MB file they
// took half of the analysis, and most of the Review's preparation of a large file.
template<class Char>
std::vector<SecretSpan> shapeWindows(std::basic_string_view<Char> text)
{
    // Non-blank lines a match may span on either side of its literal: key, '=' or ':', value.
    constexpr int kLinesAround = 3;
    using View = std::basic_string_view<Char>;
    const auto literal = [](std::string_view ascii) { return std::basic_string<Char>(ascii.begin(), ascii.end()); };
    static const std::basic_string<Char> lineEnds = literal("\r\n"), jsonAuthPrefix = literal("\"config.service.");
    const auto isBase64 = [](Char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '_' || c == '-';
    };
    const auto blank = [&](std::size_t from, std::size_t to) {
        return std::all_of(text.begin() + std::ptrdiff_t(from), text.begin() + std::ptrdiff_t(to), [](Char c) { return isRegexSpace(c); });
    };
    std::vector<std::size_t> candidates;
    for (std::size_t at = findChar(text, '&', 0); at != View::npos; at = findChar(text, '&', at + 1)) {
        if (isTokenStamp(text, at))
            candidates.push_back(at);
    }
    for (std::size_t at = findAscii(text, "auth"); at != View::npos; at = findAscii(text, "auth", at + 4))
        candidates.push_back(at);
    for (std::size_t at = 0, run = 0; at < text.size(); ++at) {
        run = isBase64(text[at]) ? run + 1 : 0;
        if (run == 24)
            candidates.push_back(at);
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<SecretSpan> windows;
    for (const std::size_t at : candidates) {
        // Back to the start of the kLinesAround-th non-blank line above; "\r\n" holds an empty line.
        const std::size_t eol = at == 0 ? View::npos : text.find_last_of(lineEnds, at - 1);
        std::size_t start = eol == View::npos ? 0 : eol + 1;
        if (windows.empty() || start > windows.back().end) {
            for (int lines = 0; lines < kLinesAround && start > 0;) {
                const std::size_t above = start - 1 == 0 ? View::npos : text.find_last_of(lineEnds, start - 2);
                const std::size_t lineStart = above == View::npos ? 0 : above + 1;
                lines += blank(lineStart, start - 1) ? 0 : 1;
                start = lineStart;
            }
        }
        // On to the end of the kLinesAround-th non-blank line below.
        const auto lineEnd = [&](std::size_t from) {
            const std::size_t end = text.find_first_of(lineEnds, from);
            return end == View::npos ? text.size() : end + 1;
        };
        std::size_t end = lineEnd(at);
        for (int lines = 0; lines < kLinesAround && end < text.size();) {
            const std::size_t next = lineEnd(end);
            lines += blank(end, next) ? 0 : 1;
            end = next;
        }
        // {"name": "config.service.auth", "value": "..."}: the value may span lines, up to the
        // fifth quote.
        if (at >= jsonAuthPrefix.size() && text.substr(at - jsonAuthPrefix.size(), jsonAuthPrefix.size()) == jsonAuthPrefix) {
            std::size_t quote = at;
            for (int quotes = 0; quotes < 5 && quote != View::npos; ++quotes)
                quote = findChar(text, '"', quote + 1);
            end = std::max(end, quote == View::npos ? text.size() : lineEnd(quote));
        }
        if (!windows.empty() && start <= windows.back().end)
            windows.back().end = std::max(windows.back().end, end);
        else
            windows.push_back({start, end});
    }
    return windows;
}

// Each shape expression in turn over all of `text`.
QString maskShapes(QString text)
{
    for (const ShapePattern &pattern : shapePatterns()) {
        if (!pattern.mayMatch(text))
            continue;
        QString masked;
        qsizetype copied = 0;
        for (auto it = pattern.expression.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            masked += QStringView(text).mid(copied, m.capturedStart(kSecretGroup) - copied);
            masked += QLatin1String(kMask);
            copied = m.capturedEnd(kSecretGroup);
        }
        if (copied > 0)
            text = masked + QStringView(text).mid(copied);
    }
    return text;
}

} // namespace

std::vector<SecretSpan> secretSpansByShape(const std::string &text)
{
    std::vector<SecretSpan> spans;
    for (const SecretSpan &window : shapeWindows(std::string_view(text))) {
        // Latin-1 keeps one character per byte, so offsets stay byte offsets. A window starts at a
        // line start, where a lookbehind sees what it would see in the whole text.
        const QString latin = QString::fromLatin1(text.data() + window.start, qsizetype(window.end - window.start));
        for (const ShapePattern &pattern : shapePatterns()) {
            if (!pattern.mayMatch(latin))
                continue;
            for (auto it = pattern.expression.globalMatch(latin); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                spans.push_back({window.start + std::size_t(m.capturedStart(kSecretGroup)), window.start + std::size_t(m.capturedEnd(kSecretGroup))});
            }
        }
    }
    return mergedSpans(std::move(spans)); // a GatewayKey token matches as a bare one too
}

QString maskSecretsInText(const QString &text)
{
    const std::u16string_view view(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()));
    QString out;
    std::size_t copied = 0;
    for (const SecretSpan &window : shapeWindows(view)) {
        const QString lines = text.mid(qsizetype(window.start), qsizetype(window.end - window.start));
        const QString masked = maskShapes(lines);
        if (masked == lines)
            continue;
        out += QStringView(text).mid(qsizetype(copied), qsizetype(window.start - copied));
        out += masked;
        copied = window.end;
    }
    if (copied == 0)
        return maskUrlCredentials(text);
    out += QStringView(text).mid(qsizetype(copied));
    return maskUrlCredentials(out);
}

namespace detail {

QString maskSecretsInWholeText(const QString &text)
{
    const QString shapesMasked = maskShapes(text);
    std::vector<Range> words;
    for (qsizetype start = 0; start < shapesMasked.size();) {
        if (endsWord(shapesMasked.at(start))) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < shapesMasked.size() && !endsWord(shapesMasked.at(end)))
            ++end;
        const QStringView word = QStringView(shapesMasked).mid(start, end - start);
        if (word.contains(QLatin1Char('@')) || word.contains(QLatin1String("://")))
            words.push_back({start, end});
        start = end;
    }
    return maskCredentialsInWords(shapesMasked, words);
}

} // namespace detail

namespace {

// Calls `changed(start, end, masked)` for each piece of `lines` (whole lines of valid UTF-8) whose
// URL credentials are masked. A URL's word never spans a line end, so pieces of lines are masked
// exactly as in the whole text, without the whole text in UTF-16.
template<typename Changed>
void maskUrlsByPiece(std::string_view lines, Changed changed)
{
    constexpr std::size_t kPiece = 64 << 10;
    for (std::size_t start = 0; start < lines.size();) {
        const std::size_t eol = lines.size() - start > kPiece ? lines.find_first_of("\r\n", start + kPiece) : std::string_view::npos;
        const std::size_t end = eol == std::string_view::npos ? lines.size() : eol + 1;
        const std::string_view piece = lines.substr(start, end - start);
        if (piece.find('@') != std::string_view::npos || piece.find("://") != std::string_view::npos) {
            const QString original = QString::fromUtf8(piece.data(), qsizetype(piece.size()));
            const QString masked = maskUrlCredentials(original);
            if (masked != original)
                changed(start, end, masked.toStdString());
        }
        start = end;
    }
}

// maskSecretsInText of a UTF-8 text into `out`; false (and `out` untouched) when nothing changes.
// Only the shapes' windows and the pieces holding a URL go through UTF-16: a large text is not
// held three more times (as UTF-16, masked, and back) while it is masked.
bool maskedUtf8(const std::string &text, std::string &out)
{
    // Most text has nothing to mask; skip the UTF-16 round trip then.
    if (!mayHoldSecret(text))
        return false;
    if (firstInvalidUtf8(text) != std::string::npos || text.find("\xEF\xBB\xBF") != std::string::npos) {
        // The whole text's round trip replaces every invalid byte and drops a leading byte order
        // mark, as it always has (a piece's own conversion would drop one in the middle too).
        out = maskSecretsInText(QString::fromStdString(text)).toStdString();
        return out != text;
    }
    bool changed = false;
    std::size_t copied = 0; // text before it is in `out`
    const auto replace = [&](std::size_t start, std::size_t end, std::string_view with) {
        if (!std::exchange(changed, true))
            out.reserve(text.size() + 256);
        out.append(text, copied, start - copied);
        out += with;
        copied = end;
    };
    const auto maskUrls = [&](std::size_t from, std::size_t to) {
        maskUrlsByPiece(std::string_view(text).substr(from, to - from),
                        [&](std::size_t start, std::size_t end, const std::string &masked) { replace(from + start, from + end, masked); });
    };
    // Windows are whole lines (as in maskSecretsInText(QString)), so their URLs are masked on their own too.
    std::size_t urlsDone = 0;
    for (const SecretSpan &window : shapeWindows(std::string_view(text))) {
        const QString lines = QString::fromUtf8(text.data() + window.start, qsizetype(window.end - window.start));
        const QString masked = maskShapes(lines);
        if (masked == lines)
            continue;
        maskUrls(urlsDone, window.start);
        replace(window.start, window.end, maskUrlCredentials(masked).toStdString());
        urlsDone = window.end;
    }
    maskUrls(urlsDone, text.size());
    if (changed)
        out.append(text, copied);
    return changed;
}

} // namespace

std::string maskSecretsInText(const std::string &text)
{
    std::string out;
    if (maskedUtf8(text, out))
        return out;
    return text;
}

std::string maskSecretsInText(std::string &&text)
{
    std::string out;
    if (maskedUtf8(text, out))
        return out;
    return std::move(text);
}

namespace {

// Lines a piece boundary keeps from anything the masker or the differ reacts to, on each side: the
// masker's windows reach three non-blank lines past a candidate, and a unified diff's hunks meet
// across at most 2 x 3 equal lines.
constexpr int kQuietLinesAround = 4;

// A line (its end excluded) no masker window starts on and no masker expression matches in:
// printable ASCII with something not blank, no '"' (a JSON value's end), '&' (tokens), '@' or
// "://" (URLs), "auth" in any case (key settings) nor a run of 24 base64 characters.
bool isQuietLine(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (line.find("://") != std::string_view::npos || containsNoCase(line, "auth"))
        return false;
    bool blank = true;
    int base64Run = 0;
    for (const char c : line) {
        if ((c < 0x20 && c != '\t') || c >= 0x7f || c == '"' || c == '&' || c == '@')
            return false;
        blank = blank && isRegexSpace(c);
        const bool base64 = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '_' || c == '-';
        base64Run = base64 ? base64Run + 1 : 0;
        if (base64Run >= 24)
            return false;
    }
    return !blank;
}

// Where the piece that starts at `from` ends: a line start about `pieceBytes` on with
// kQuietLinesAround quiet lines on each side that no mask or edit touches, so the masker and the
// differ see both texts there exactly as in the whole texts; the text's end when there is none.
std::size_t pieceEnd(const std::string &text, const std::vector<SecretSpan> &masks, const std::vector<Edit> &edits,
                     std::size_t from, std::size_t pieceBytes)
{
    if (pieceBytes >= text.size() - from)
        return text.size();
    const std::string_view view(text);
    const std::size_t lf = view.rfind('\n', from + pieceBytes - 1);
    std::size_t at = lf == std::string_view::npos || lf < from ? from : lf + 1; // a line start
    // Both are sorted and apart, so their ends are sorted too.
    auto mask = std::lower_bound(masks.begin(), masks.end(), at, [](const SecretSpan &s, std::size_t pos) { return s.end < pos; });
    auto edit = std::lower_bound(edits.begin(), edits.end(), at, [](const Edit &e, std::size_t pos) { return e.end < pos; });
    int quietLines = 0;
    std::size_t boundary = 0;
    for (std::size_t eol; (eol = view.find('\n', at)) != std::string_view::npos; at = eol + 1) {
        mask = std::find_if(mask, masks.end(), [at](const SecretSpan &s) { return s.end >= at; });
        edit = std::find_if(edit, edits.end(), [at](const Edit &e) { return e.end >= at; });
        // Touched when a mask or an edit (an insertion too) reaches this line, its end included.
        const bool touched = (mask != masks.end() && mask->start <= eol + 1) || (edit != edits.end() && edit->start <= eol + 1);
        if (touched || !isQuietLine(view.substr(at, eol - at))) {
            quietLines = 0;
            continue;
        }
        if (++quietLines == kQuietLinesAround)
            boundary = eol + 1;
        else if (quietLines == 2 * kQuietLinesAround)
            return boundary;
    }
    return text.size();
}

// text[from, to) with the edits that lie in it applied (an insertion at `to` too: only the text's
// end has one there); `next` is the first edit not yet applied.
std::string spliceRange(const std::string &text, std::size_t from, std::size_t to, const std::vector<Edit> &edits, std::size_t &next)
{
    std::size_t size = to - from;
    for (std::size_t e = next; e < edits.size() && edits[e].start <= to; ++e)
        size += edits[e].replacement.size() - (edits[e].end - edits[e].start);
    std::string out;
    out.reserve(size); // exactly: a whole large text grown by doubling held up to twice its size
    std::size_t pos = from;
    for (; next < edits.size() && edits[next].start <= to; ++next) {
        const Edit &e = edits[next];
        out.append(text, pos, e.start - pos);
        out += e.replacement.str();
        pos = e.end;
    }
    out.append(text, pos, to - pos);
    return out;
}

// Without a parsed structure the secret values cannot be located exactly: they are masked by lines.
bool masksByLines(const FileAnalysis &analysis)
{
    return analysis.hasErrors() || analysis.format == Format::HelmTemplate;
}

} // namespace

bool overlapsSecret(const std::vector<SecretSpan> &secrets, std::size_t start, std::size_t end)
{
    // Sorted and apart: only the first secret ending after `start` can overlap.
    const auto s = std::upper_bound(secrets.begin(), secrets.end(), start, [](std::size_t at, const SecretSpan &span) { return at < span.end; });
    return s != secrets.end() && s->start < end;
}

std::vector<SecretSpan> secretsToMask(const FileAnalysis &analysis)
{
    if (!masksByLines(analysis))
        return analysis.secrets; // merged when analysed
    std::vector<SecretSpan> spans = analysis.secrets;
    const std::vector<SecretSpan> lexical = lexicalSecretSpans(analysis.source.text);
    spans.insert(spans.end(), lexical.begin(), lexical.end());
    return mergedSpans(std::move(spans));
}

void forEachMaskedPiece(const FileAnalysis &analysis, const FilePlan &plan,
                        const std::function<void(std::string &&original, std::string &&migrated)> &piece, std::size_t pieceBytes)
{
    // The analysis's own list unless lines add to it: a large file's 50k secrets are not copied.
    const std::vector<SecretSpan> byLines = masksByLines(analysis) ? secretsToMask(analysis) : std::vector<SecretSpan>();
    const std::vector<SecretSpan> &spans = masksByLines(analysis) ? byLines : analysis.secrets;
    const std::string &text = analysis.source.text;
    // A JSON config.service.auth value is masked up to its fifth quote, however far: no pieces then.
    const bool jsonAuthValue = text.find("\"config.service.") != std::string::npos
        || std::any_of(plan.edits.begin(), plan.edits.end(), [](const Edit &e) { return e.replacement.find("config.service.") != std::string::npos; });
    if (jsonAuthValue)
        pieceBytes = text.size();
    std::size_t nextSpan = 0, nextEdit = 0;
    for (std::size_t from = 0;;) {
        const std::size_t to = pieceEnd(text, spans, plan.edits, from, pieceBytes);
        // The piece's masks, and its masks and edits in one sorted list: both texts come from the
        // original bytes, so edits and masks share one splice; an edit that touches a secret is left out.
        std::vector<Edit> masks, combined;
        for (; nextSpan < spans.size() && spans[nextSpan].start < to; ++nextSpan)
            masks.push_back({spans[nextSpan].start, spans[nextSpan].end, maskFor(text, spans[nextSpan].start, spans[nextSpan].end), {}});
        std::size_t maskIndex = 0;
        for (; nextEdit < plan.edits.size() && plan.edits[nextEdit].start <= to; ++nextEdit) {
            const Edit &e = plan.edits[nextEdit];
            if (overlapsSecret(spans, e.start, e.end))
                continue;
            for (; maskIndex < masks.size() && std::tie(masks[maskIndex].start, masks[maskIndex].end) <= std::tie(e.start, e.end); ++maskIndex)
                combined.push_back(masks[maskIndex]);
            combined.push_back(e);
        }
        combined.insert(combined.end(), masks.begin() + std::ptrdiff_t(maskIndex), masks.end());
        std::size_t first = 0;
        std::string original = maskSecretsInText(spliceRange(text, from, to, masks, first));
        std::vector<Edit>().swap(masks);
        first = 0;
        std::string migrated = spliceRange(text, from, to, combined, first);
        std::vector<Edit>().swap(combined);
        piece(std::move(original), maskSecretsInText(std::move(migrated)));
        if (to >= text.size())
            break;
        from = to;
    }
}

MaskedTexts maskedTexts(const FileAnalysis &analysis, const FilePlan &plan)
{
    MaskedTexts out;
    forEachMaskedPiece(analysis, plan, [&out](std::string &&original, std::string &&migrated) {
        out.original = std::move(original);
        out.migrated = std::move(migrated);
    }, std::string::npos);
    return out;
}

QString shown(const QString &text)
{
    return escapeControlCharacters(maskSecretsInText(text));
}

QString shownPath(const QString &path)
{
    return escapeControlCharacters(path);
}

QString escapeControlCharacters(const QString &text)
{
    const auto control = [](QChar c) { return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c == QChar(0x2028) || c == QChar(0x2029); };
    if (std::none_of(text.begin(), text.end(), control))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!control(c))
            out += c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else
            out += QStringLiteral("\\x%1").arg(c.unicode(), c.unicode() > 0xff ? 4 : 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace agm
