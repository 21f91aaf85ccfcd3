// SPDX-License-Identifier: MIT
// Heredocs and here-strings: find the body, analyse it as its own file, map every offset back.
#include "embedded.h"

#include "formats.h"
#include "rules.h"

#include <QByteArray>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <optional>

namespace agm {

namespace {

// Enough of the command line to see what reads the body; a line can hold thousands of operators.
constexpr std::size_t kMaxConsumer = 2048;
constexpr std::size_t kMaxOperatorsPerLine = 16; // "cat <<a <<b": real lines have one or two

struct Line
{
    std::size_t start = 0;
    std::size_t end = 0;  // before the EOL
    std::size_t next = 0; // start of the next line
};

Line lineAt(const std::string &t, std::size_t start)
{
    Line l;
    l.start = start;
    const std::size_t nl = t.find('\n', start);
    l.next = nl == std::string::npos ? t.size() : nl + 1;
    l.end = nl == std::string::npos ? t.size() : nl;
    if (l.end > start && t[l.end - 1] == '\r')
        --l.end;
    return l;
}

bool blank(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

struct Pending
{
    std::size_t at = 0;
    std::string delimiter;
    bool stripTabs = false;
    bool expands = true;
};

// The heredoc operators of one bash line, outside quotes and comments.
std::vector<Pending> heredocOperators(std::string_view line, std::size_t lineStart)
{
    std::vector<Pending> found;
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (quote == '"' && c == '\\')
                ++i;
            continue;
        }
        if (c == '\\') {
            ++i;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            break;
        } else if (c == '<' && i + 1 < line.size() && line[i + 1] == '<') {
            if (i + 2 < line.size() && line[i + 2] == '<') { // <<< is a here-string of one word
                i += 2;
                continue;
            }
            Pending p;
            p.at = lineStart + i;
            std::size_t j = i + 2;
            if (j < line.size() && line[j] == '-') {
                p.stripTabs = true;
                ++j;
            }
            while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
                ++j;
            // The delimiter word; any quoting in it means the body is taken literally.
            char q = 0;
            for (; j < line.size(); ++j) {
                const char d = line[j];
                if (q) {
                    if (d == q)
                        q = 0;
                    else
                        p.delimiter += d;
                } else if (d == '\'' || d == '"') {
                    q = d;
                    p.expands = false;
                } else if (d == '\\') {
                    p.expands = false;
                } else if (std::isspace(uchar(d)) || std::string_view(";|&<>()").find(d) != std::string_view::npos) {
                    break;
                } else {
                    p.delimiter += d;
                }
            }
            i = j - 1;
            // "<<2" in arithmetic is a shift, not a heredoc.
            if (!p.delimiter.empty() && (std::isalpha(uchar(p.delimiter[0])) || p.delimiter[0] == '_'))
                found.push_back(std::move(p));
            if (found.size() == kMaxOperatorsPerLine)
                break;
        }
    }
    return found;
}

// A PowerShell here-string opener (@" or @') ending the line, outside quotes and comments.
std::optional<std::pair<std::size_t, char>> hereStringOpener(std::string_view line)
{
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (quote == '"' && c == '`')
                ++i;
            continue;
        }
        if (c == '@' && i + 1 < line.size() && (line[i + 1] == '"' || line[i + 1] == '\'') && blank(line.substr(i + 2)))
            return std::make_pair(i, line[i + 1]);
        if (c == '\'' || c == '"')
            quote = c;
        else if (c == '`')
            ++i;
        else if (c == '#')
            break;
    }
    return std::nullopt;
}

std::vector<EmbeddedText> findBashHeredocs(const std::string &t)
{
    std::vector<EmbeddedText> out;
    std::size_t pos = 0;
    while (pos < t.size()) {
        const Line line = lineAt(t, pos);
        const std::string_view text(t.data() + line.start, line.end - line.start);
        pos = line.next;
        for (const Pending &p : heredocOperators(text, line.start)) {
            EmbeddedText e;
            e.openerAt = p.at;
            e.bodyStart = pos;
            e.stripTabs = p.stripTabs;
            e.expands = p.expands;
            e.escape = p.expands ? '\\' : 0;
            e.consumer = std::string(text.substr(0, kMaxConsumer));
            e.bodyEnd = t.size();
            while (pos < t.size()) {
                const Line body = lineAt(t, pos);
                std::string_view content(t.data() + body.start, body.end - body.start);
                if (p.stripTabs)
                    content.remove_prefix(std::min(content.find_first_not_of('\t'), content.size()));
                if (content == p.delimiter) {
                    e.bodyEnd = body.start;
                    pos = body.next;
                    break;
                }
                pos = body.next;
            }
            if (e.bodyEnd > e.bodyStart)
                out.push_back(std::move(e));
        }
    }
    return out;
}

std::vector<EmbeddedText> findHereStrings(const std::string &t)
{
    std::vector<EmbeddedText> out;
    std::size_t pos = 0;
    while (pos < t.size()) {
        const Line line = lineAt(t, pos);
        const std::string_view text(t.data() + line.start, line.end - line.start);
        pos = line.next;
        const auto opener = hereStringOpener(text);
        if (!opener)
            continue;
        EmbeddedText e;
        e.openerAt = line.start + opener->first;
        e.bodyStart = pos;
        e.expands = opener->second == '"';
        e.escape = e.expands ? '`' : 0;
        e.consumer = std::string(text.substr(0, kMaxConsumer));
        e.bodyEnd = t.size();
        const char closer[] = {opener->second, '@', 0};
        while (pos < t.size()) {
            const Line body = lineAt(t, pos);
            if (t.compare(body.start, 2, closer) == 0) {
                e.bodyEnd = body.start;
                e.consumer += '\n' + t.substr(body.start + 2, std::min(body.end - body.start - 2, kMaxConsumer));
                pos = body.next;
                break;
            }
            pos = body.next;
        }
        out.push_back(std::move(e));
    }
    return out;
}

// The body as its own text (as the command reading it gets it), with the script offset of every byte.
struct Body
{
    std::string text;
    std::vector<std::size_t> at; // at[i]: script offset of text[i]; at[size] = end of the body
    std::vector<std::size_t> droppedEscapes; // script offsets of escape characters the shell removes

    bool hasDroppedEscape(std::size_t start, std::size_t end) const
    {
        return std::any_of(droppedEscapes.begin(), droppedEscapes.end(), [&](std::size_t o) { return o >= start && o < end; });
    }

    std::size_t map(std::size_t offset) const { return at[std::min(offset, text.size())]; }
    std::pair<std::size_t, std::size_t> mapRange(std::size_t start, std::size_t end) const
    {
        if (end <= start)
            return {map(start), map(start)};
        return {map(start), map(end - 1) + 1};
    }
};

Body bodyOf(const std::string &t, const EmbeddedText &e)
{
    Body b;
    std::size_t pos = e.bodyStart;
    while (pos < e.bodyEnd) {
        std::size_t from = pos;
        if (e.stripTabs) {
            while (from < e.bodyEnd && t[from] == '\t')
                ++from;
        }
        const std::size_t nl = t.find('\n', from);
        const std::size_t next = nl == std::string::npos || nl >= e.bodyEnd ? e.bodyEnd : nl + 1;
        for (std::size_t k = from; k < next; ++k) {
            // "\$HOME" in an expanding heredoc reaches kubectl as "$HOME" (also \\ and \`; `$, ``, `" in @"..."@).
            if (e.escape && t[k] == e.escape && k + 1 < next
                && (t[k + 1] == '$' || t[k + 1] == e.escape || t[k + 1] == (e.escape == '`' ? '"' : '`'))) {
                b.droppedEscapes.push_back(k);
                ++k;
            }
            b.text += t[k];
            b.at.push_back(k);
        }
        pos = next;
    }
    b.at.push_back(e.bodyEnd);
    return b;
}

// The leading tabs of the script line holding `offset`.
std::string tabsOfLine(const std::string &t, std::size_t offset)
{
    std::size_t start = t.rfind('\n', offset == 0 ? 0 : offset - 1);
    start = (start == std::string::npos || offset == 0) ? 0 : start + 1;
    std::size_t end = start;
    while (end < t.size() && t[end] == '\t')
        ++end;
    return t.substr(start, end - start);
}

// <<-EOF strips leading tabs, so every line an edit adds needs them back to keep its indentation.
std::string withTabs(const std::string &s, const std::string &tabs)
{
    if (tabs.empty())
        return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        out += s[i];
        if (s[i] == '\n' && i + 1 < s.size())
            out += tabs;
    }
    return out;
}

// "| helm upgrade --install gw chart -f -": the body is chart values.
bool readByHelm(const std::string &consumer)
{
    static const QRegularExpression re(QStringLiteral("(^|[\\s|;&(])helm\\s+(install|upgrade|template)\\s"));
    return re.match(QString::fromUtf8(consumer.data(), qsizetype(consumer.size()))).hasMatch();
}

Format bodyFormat(const SourceFile &body, const EmbeddedText &e)
{
    if (readByHelm(e.consumer))
        return Format::HelmValues;
    SourceFile probe = body;
    probe.relativePath = QStringLiteral("embedded"); // no suffix: the content decides
    const Format f = detectFormat(probe);
    switch (f) {
    case Format::Kubernetes:
    case Format::HelmValues:
    case Format::Kustomize:
    case Format::Compose:
    case Format::EnvFile:
        return f;
    default:
        return Format::Unknown;
    }
}

} // namespace

namespace {

std::optional<SourceFile> bodySource(const SourceFile &script, const Body &body)
{
    if (blank(body.text))
        return std::nullopt;
    LoadResult loaded = decodeSource(QByteArray::fromStdString(body.text), script.path, script.relativePath);
    return std::move(loaded.file);
}

} // namespace

std::vector<EmbeddedText> findEmbeddedTexts(const SourceFile &script, bool powershell)
{
    std::vector<EmbeddedText> found = powershell ? findHereStrings(script.text) : findBashHeredocs(script.text);
    for (EmbeddedText &e : found) {
        if (const auto source = bodySource(script, bodyOf(script.text, e)))
            e.format = bodyFormat(*source, e);
    }
    return found;
}

void analyzeEmbedded(FileAnalysis &script, const EmbeddedText &embedded,
                     const std::function<bool(std::string_view)> &isEndpointVariable)
{
    const std::string &t = script.source.text;
    const Body body = bodyOf(t, embedded);
    auto source = bodySource(script.source, body);
    if (!source || embedded.format == Format::Unknown)
        return;
    FileAnalysis inner;
    inner.source = std::move(*source);
    inner.format = embedded.format;
    inner.interpolated = true;
    // Inserted lines end like the outer file's, also where the body has no line break to go by.
    inner.source.eol = script.source.eol;
    switch (inner.format) {
    case Format::ShellScript:
    case Format::PowerShellScript: analyzeScript(inner); break;
    case Format::Kubernetes: analyzeKubernetes(inner); break;
    case Format::HelmValues: analyzeHelmValues(inner); break;
    case Format::Kustomize: analyzeKustomize(inner); break;
    case Format::Compose: analyzeCompose(inner); break;
    case Format::EnvFile: analyzeEnvFile(inner); break;
    default: return;
    }

    const LineIndex &innerLines = inner.source.lines;
    const LineIndex &lines = script.source.lines;
    auto scriptOffset = [&](int line, int column) {
        if (line <= 0)
            return embedded.openerAt;
        return body.map(innerLines.lineStart(line) + std::size_t(std::max(column, 1) - 1));
    };
    // The shell expands "$ENDPOINT" in the body: a variable already migrated at its assignment.
    auto resolved = [&](const QString &value) {
        return embedded.expands && isEndpointVariable(value.trimmed().toStdString());
    };

    for (const Finding &f : inner.findings) {
        if (f.code == Code::EndpointPlaceholder && resolved(f.oldValue))
            continue;
        const std::size_t at = scriptOffset(f.line, f.column);
        Finding g = makeFinding(f.code, script.source.relativePath, lines.lineOf(at), lines.columnOf(at), f.args);
        g.step = f.step;
        g.severity = f.severity;
        g.resource = f.resource;
        g.field = f.field;
        g.oldValue = f.oldValue;
        g.newValue = f.newValue;
        g.defaultHost = f.defaultHost;
        for (ProposedEdit edit : f.edits) {
            const auto [s, e] = body.mapRange(edit.start, edit.end);
            // The new text would need the same escapes, which the chosen value cannot carry: left to the operator.
            if (body.hasDroppedEscape(s, e))
                continue;
            const std::string tabs = embedded.stripTabs ? tabsOfLine(t, s) : std::string();
            edit.start = s;
            edit.end = e;
            edit.prefix = withTabs(edit.prefix, tabs);
            edit.suffix = withTabs(edit.suffix, tabs);
            g.edits.push_back(std::move(edit));
        }
        script.findings.push_back(std::move(g));
    }
    for (const SecretSpan &s : inner.secrets) {
        const auto [a, b] = body.mapRange(s.start, s.end);
        script.secrets.push_back({a, b});
    }
    for (EndpointValue v : inner.endpoints) {
        if (resolved(v.value))
            continue;
        const auto [a, b] = body.mapRange(v.start, v.end);
        v.start = a;
        v.end = b;
        v.line = lines.lineOf(a);
        script.endpoints.push_back(std::move(v));
    }
    for (NetworkSetting n : inner.network) {
        n.line = lines.lineOf(scriptOffset(n.line, 1));
        script.network.push_back(std::move(n));
    }
}

void analyzeEmbedded(FileAnalysis &analysis, std::size_t start, std::size_t end, Format format, const QString &resource)
{
    if (start >= end || end > analysis.source.text.size())
        return;
    EmbeddedText region;
    region.openerAt = region.bodyStart = start;
    region.bodyEnd = end;
    region.format = format;
    const std::size_t before = analysis.findings.size();
    analyzeEmbedded(analysis, region, [](std::string_view) { return false; });
    for (std::size_t i = before; i < analysis.findings.size() && !resource.isEmpty(); ++i) {
        Finding &f = analysis.findings[i];
        f.resource = f.resource.isEmpty() ? resource : QString(resource + QStringLiteral(": ") + QString(f.resource));
    }
}

} // namespace agm
