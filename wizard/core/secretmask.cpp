// SPDX-License-Identifier: MIT
#include "secretmask.h"

#include <QRegularExpression>

#include <algorithm>

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

// The values of a YAML text that may hold secrets, found line by line: what a file that could not
// be parsed (or a Helm template) still shows. Every value under a Secret's data or stringData and
// the last-applied-configuration annotation, block scalars and flow values included.
std::vector<SecretSpan> lexicalSecretSpans(const std::string &text)
{
    static const QRegularExpression secretKind(QStringLiteral("^kind:\\s*[\"']?Secret[\"']?\\s*$"), QRegularExpression::MultilineOption);
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

MaskedTexts maskedTexts(const FileAnalysis &analysis, const FilePlan &plan)
{
    std::vector<SecretSpan> spans = analysis.secrets;
    // Without a parsed structure the secret values cannot be located exactly: mask by lines.
    if (analysis.hasErrors() || analysis.format == Format::HelmTemplate) {
        const std::vector<SecretSpan> lexical = lexicalSecretSpans(analysis.source.text);
        spans.insert(spans.end(), lexical.begin(), lexical.end());
    }
    std::sort(spans.begin(), spans.end(), [](const SecretSpan &a, const SecretSpan &b) { return a.start < b.start; });
    std::vector<Edit> masks;
    for (const SecretSpan &s : spans) {
        if (!masks.empty() && s.start < masks.back().end) {
            masks.back().end = std::max(masks.back().end, s.end);
            continue;
        }
        masks.push_back({s.start, s.end, {}, {}});
    }
    const std::string &text = analysis.source.text;
    for (Edit &m : masks)
        m.replacement = maskFor(text, m.start, m.end);
    // Both texts come from the original bytes, so migration edits and masks share one splice.
    std::vector<Edit> combined = masks;
    for (const Edit &e : plan.edits) {
        const bool touchesSecret = std::any_of(masks.begin(), masks.end(), [&](const Edit &m) {
            return e.start < m.end && m.start < e.end;
        });
        if (!touchesSecret)
            combined.push_back(e);
    }
    std::stable_sort(combined.begin(), combined.end(), [](const Edit &a, const Edit &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    return {maskSecretsInText(splice(text, masks)), maskSecretsInText(splice(text, combined))};
}

QString maskUrlCredentials(const QString &text)
{
    static const QLatin1String separator("://");
    qsizetype from = text.indexOf(separator);
    if (from < 0)
        return text;
    const auto endsUrl = [](QChar c) {
        return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char(',') || c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}');
    };
    static const QStringList harmlessQuery{QStringLiteral("api-version"), QStringLiteral("n"), QStringLiteral("last")};
    QString out;
    qsizetype copied = 0;
    while (from >= 0) {
        qsizetype authority = from + separator.size();
        qsizetype end = authority;
        while (end < text.size() && !endsUrl(text.at(end)))
            ++end;
        // The authority ends at the first '/', '?' or '#'; its userinfo at the last '@' in it.
        qsizetype authorityEnd = authority;
        while (authorityEnd < end && text.at(authorityEnd) != QLatin1Char('/') && text.at(authorityEnd) != QLatin1Char('?') && text.at(authorityEnd) != QLatin1Char('#'))
            ++authorityEnd;
        const qsizetype atInAuthority = QStringView(text).mid(authority, authorityEnd - authority).lastIndexOf(QLatin1Char('@'));
        const qsizetype at = atInAuthority < 0 ? -1 : authority + atInAuthority;
        out += QStringView(text).mid(copied, authority - copied);
        qsizetype pos = authority;
        if (at >= authority && at < authorityEnd) {
            const QStringView userinfo = QStringView(text).mid(authority, at - authority);
            const qsizetype colon = userinfo.indexOf(QLatin1Char(':'));
            if (userinfo.startsWith(QLatin1String(kMask)) || userinfo.endsWith(QLatin1String(":***")))
                out += userinfo;
            else if (colon >= 0)
                out += userinfo.left(colon) + QLatin1String(":***");
            else
                out += QLatin1String(kMask);
            pos = at;
        }
        const qsizetype queryInUrl = QStringView(text).mid(pos, end - pos).indexOf(QLatin1Char('?'));
        const qsizetype query = queryInUrl < 0 ? -1 : pos + queryInUrl;
        if (query < 0) {
            out += QStringView(text).mid(pos, end - pos);
        } else {
            out += QStringView(text).mid(pos, query + 1 - pos);
            const qsizetype fragmentInUrl = QStringView(text).mid(query, end - query).indexOf(QLatin1Char('#'));
            const qsizetype fragment = fragmentInUrl < 0 ? end : query + fragmentInUrl;
            const QStringList parameters = text.mid(query + 1, fragment - query - 1).split(QLatin1Char('&'));
            QStringList masked;
            for (const QString &parameter : parameters) {
                const qsizetype equals = parameter.indexOf(QLatin1Char('='));
                const QString name = equals < 0 ? QString() : parameter.left(equals);
                if (parameter.isEmpty() || harmlessQuery.contains(name, Qt::CaseInsensitive) || parameter.endsWith(QLatin1String(kMask)))
                    masked << parameter;
                else
                    masked << (equals < 0 ? QString::fromLatin1(kMask) : name + QLatin1Char('=') + QLatin1String(kMask));
            }
            out += masked.join(QLatin1Char('&'));
            out += QStringView(text).mid(fragment, end - fragment);
        }
        copied = end;
        from = text.indexOf(separator, end);
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString maskSecretsInText(const QString &text)
{
    // A token is "<gateway>&<yyyyMMddHHmm>&<signature>"; prose such as "GatewayKey token" stays readable.
    static const QRegularExpression token(QStringLiteral("(GatewayKey\\s+)(?!\\*\\*\\*)[^\\s\"'`,;)&]+&\\d{12}&[^\\s\"'`,;)]+"));
    static const QRegularExpression keyed(QStringLiteral(
        "((?:config\\.service\\.auth|gateway\\.auth\\.key|gateway\\.authKey|gateway\\.auth\\.token)[\"']?\\s*[=:]\\s*[\"']?)"
        "(?!\\*\\*\\*|GatewayKey)[^\\s\"'`,;}]+"));
    // JSON env entries, as in last-applied-configuration: {"name":"config.service.auth","value":"..."}.
    static const QRegularExpression jsonEnv(QStringLiteral(
        "(\"name\"\\s*:\\s*\"config\\.service\\.auth[^\"]*\"\\s*,\\s*\"value\"\\s*:\\s*\")(?!\\*\\*\\*)[^\"]*"));
    QString out = text;
    out.replace(token, QStringLiteral("\\1***"));
    out.replace(keyed, QStringLiteral("\\1***"));
    out.replace(jsonEnv, QStringLiteral("\\1***"));
    return maskUrlCredentials(out);
}

std::string maskSecretsInText(const std::string &text)
{
    // Most text has nothing to mask; skip the UTF-16 round trip then.
    if (text.find("GatewayKey") == std::string::npos && text.find("auth") == std::string::npos && text.find("://") == std::string::npos)
        return text;
    return maskSecretsInText(QString::fromStdString(text)).toStdString();
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
