// SPDX-License-Identifier: MIT
#include "safetynet.h"

#include "endpoints.h"
#include "rules.h"
#include "secretmask.h"
#include "tags.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

namespace agm {

namespace {

// Nothing gateway-shaped in the text: most files of a folder import end here.
bool mayHoldReference(std::string_view text)
{
    return containsNoCase(text, "azure-api") || containsNoCase(text, "apimanagement") || containsNoCase(text, "gateway.endpoint")
           || containsNoCase(text, "gateway.authkey");
}

struct Covered
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges; // edits and located endpoint values
    std::vector<int> lines;                                  // where an analyser reported on the gateway
    bool imageRead = false;                                  // an analyser reported on the gateway image

    bool contains(std::size_t start, std::size_t end, int line) const
    {
        for (const auto &[s, e] : ranges) {
            if (start < e && s < end)
                return true;
        }
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    }
};

Covered coveredBy(const FileAnalysis &analysis)
{
    Covered covered;
    for (const Finding &f : analysis.findings) {
        if (f.step != Step::Input)
            covered.lines.push_back(f.line);
        covered.imageRead = covered.imageRead || (f.step == Step::Image && !isUnhandledReference(f.code));
        for (const ProposedEdit &e : f.edits)
            covered.ranges.emplace_back(e.start, std::max(e.end, e.start + 1));
    }
    for (const EndpointValue &v : analysis.endpoints) {
        if (v.end > v.start)
            covered.ranges.emplace_back(v.start, v.end);
    }
    // References resolved elsewhere (a tag that is a parameter's default, edited there).
    for (const auto &[start, end] : analysis.located)
        covered.ranges.emplace_back(start, std::max(end, start + 1));
    return covered;
}

// Whether the analyser read this file's structure, so that a comment is only a comment.
bool understood(const FileAnalysis &analysis)
{
    return analysis.format != Format::Unknown && analysis.format != Format::HelmTemplate && !analysis.hasErrors();
}

bool onCommentLine(const std::string &text, std::size_t offset)
{
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    std::size_t i = lineStart == std::string::npos || offset == 0 ? 0 : lineStart + 1;
    while (i < offset && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return i < offset && (text[i] == '#' || text.compare(i, 2, "//") == 0);
}

QString where(const FileAnalysis &analysis)
{
    if (understood(analysis))
        return QCoreApplication::translate("agm::Core", "a shape the %1 analyser does not read").arg(formatTitle(analysis.format));
    if (analysis.hasErrors())
        return QCoreApplication::translate("agm::Core", "the file could not be read as %1").arg(formatTitle(analysis.format));
    if (analysis.format == Format::Unknown)
        return QCoreApplication::translate("agm::Core", "this kind of file is not edited");
    return QCoreApplication::translate("agm::Core", "%1 files are not edited").arg(formatTitle(analysis.format));
}

QString tagKindText(const ImageRef &ref)
{
    if (ref.tag.empty())
        return ref.digest.empty() ? QCoreApplication::translate("agm::Core", "no tag, which means latest")
                                  : QCoreApplication::translate("agm::Core", "pinned by digest only");
    switch (classifyTag(fromUtf8(ref.tag))) {
    case TagKind::Legacy: return QCoreApplication::translate("agm::Core", "a v0/v1 tag");
    case TagKind::Floating: return QCoreApplication::translate("agm::Core", "a floating tag");
    case TagKind::Rolling: return QCoreApplication::translate("agm::Core", "a rolling tag");
    case TagKind::Preview: return QCoreApplication::translate("agm::Core", "a preview tag");
    case TagKind::Pinned: break;
    case TagKind::Other: return QCoreApplication::translate("agm::Core", "an unusual tag");
    }
    return {};
}

bool isWordChar(char c)
{
    return std::isalnum(uchar(c)) || c == '_';
}

// Literal searches and bounded scans, no backtracking: a 2 MB line costs one pass.
void scanImages(FindingCollector &out, const Covered &covered, bool skipComments)
{
    static constexpr std::string_view kPath = "azure-api-management/gateway";
    const std::string_view text = out.text();
    for (std::size_t at = text.find(kPath); at != std::string_view::npos; at = text.find(kPath, at + kPath.size())) {
        std::size_t end = at + kPath.size();
        if (end < text.size() && (isWordChar(text[end]) || text[end] == '-'))
            continue; // gateway-smoke-test and the like
        // The registry and path before it: host[:port]/segments/.
        std::size_t start = at;
        while (start > 0) {
            const char c = text[start - 1];
            if (std::isalnum(uchar(c)) || c == '.' || c == '-' || c == '_' || c == '/') {
                --start;
            } else if (c == ':' && start < text.size() && std::isdigit(uchar(text[start]))) {
                --start; // a registry port, as in host:5000/
            } else {
                break;
            }
        }
        if (start < at && text[start] == ':')
            ++start;
        const std::string repository(text.substr(start, end - start));
        ImageRef ref{repository, {}, {}};
        if (end < text.size() && text[end] == ':' && end + 1 < text.size() && (isWordChar(text[end + 1]))) {
            std::size_t tagEnd = end + 1;
            while (tagEnd < text.size() && tagEnd - end <= 128 && (isWordChar(text[tagEnd]) || text[tagEnd] == '.' || text[tagEnd] == '-'))
                ++tagEnd;
            ref.tag = std::string(text.substr(end + 1, tagEnd - end - 1));
            end = tagEnd;
        }
        if (text.substr(end, 8) == "@sha256:" && end + 8 + 64 <= text.size()) {
            ref.digest = std::string(text.substr(end + 1, 7 + 64));
            end += 8 + 64;
        }
        // "the azure-api-management/gateway image" in prose names no deployable reference; a tag
        // built from a variable (":${GW_TAG}") cannot be judged here.
        if (ref.tag.empty() && ref.digest.empty() && repository.find('/') == repository.rfind('/'))
            continue;
        if (ref.tag.empty() && end + 1 < text.size() && text[end] == ':' && (text[end + 1] == '$' || text[end + 1] == '{'))
            continue;
        // A repository without a tag, where the analyser read the gateway image, keeps the tag in
        // its own key (Helm image.tag, Kustomize newTag) that the analyser checked.
        if (ref.tag.empty() && ref.digest.empty() && covered.imageRead)
            continue;
        if (!ref.tag.empty() && classifyTag(fromUtf8(ref.tag)) == TagKind::Pinned)
            continue;
        if (skipComments && onCommentLine(out.text(), start))
            continue;
        const int line = out.source().lines.lineOf(start);
        if (covered.contains(start, end, line))
            continue;
        const QString written = out.quoted(start, end);
        Finding &f = out.add(Code::UnhandledImage, start, {written, tagKindText(ref), QString(), fromUtf8(repository) + QStringLiteral(":2.x.y")});
        f.oldValue = written;
        f.field = QStringLiteral("image");
        at = end - kPath.size();
    }
}

// The tests of an endpoint's URL below are scans, not expressions: they run once or twice per file,
// where compiling an expression (JIT included) cost more than the scan. Qt's case-insensitive
// comparison folds case as the expressions' did (also 'ſ' as 's').

// ^management\.(azure\.com|usgovcloudapi\.net|chinacloudapi\.cn)(:\d+)?$, case-insensitive ('$' also
// before a final newline).
bool isArmHost(QStringView host)
{
    if (host.endsWith(QLatin1Char('\n')))
        host.chop(1);
    if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0) {
        const QStringView port = host.mid(colon + 1);
        if (port.isEmpty() || !std::all_of(port.begin(), port.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
            return false;
        host = host.left(colon);
    }
    static const char *const armHosts[] = {"management.azure.com", "management.usgovcloudapi.net", "management.chinacloudapi.cn"};
    return std::any_of(std::begin(armHosts), std::end(armHosts),
                       [&](const char *arm) { return host.compare(QLatin1String(arm), Qt::CaseInsensitive) == 0; });
}

// The host of a URL with or without an http(s) scheme: ^(?:https?://)?([^/?#]*), case-insensitive.
QStringView urlHost(QStringView url)
{
    for (const char *scheme : {"https://", "http://"}) {
        if (url.startsWith(QLatin1String(scheme), Qt::CaseInsensitive)) {
            url = url.mid(qsizetype(std::strlen(scheme)));
            break;
        }
    }
    qsizetype end = 0;
    while (end < url.size() && url[end] != QLatin1Char('/') && url[end] != QLatin1Char('?') && url[end] != QLatin1Char('#'))
        ++end;
    return url.left(end);
}

// An Azure Resource Manager path: /service/[^/?#]+/[^?#], case-insensitive.
bool hasArmServicePath(QStringView url)
{
    const QLatin1String service("/service/");
    for (qsizetype at = url.indexOf(service, 0, Qt::CaseInsensitive); at >= 0; at = url.indexOf(service, at + 1, Qt::CaseInsensitive)) {
        qsizetype slash = at + service.size();
        while (slash < url.size() && url[slash] != QLatin1Char('/') && url[slash] != QLatin1Char('?') && url[slash] != QLatin1Char('#'))
            ++slash;
        if (slash > at + service.size() && slash + 1 < url.size() && url[slash] == QLatin1Char('/') && url[slash + 1] != QLatin1Char('?')
            && url[slash + 1] != QLatin1Char('#'))
            return true;
    }
    return false;
}

bool endsUrl(char c)
{
    return std::isspace(uchar(c)) || std::string_view("\"'<>`,;|\\").find(c) != std::string_view::npos || c == '\0';
}

// The URL around `at` (not before `floor`): back to its scheme, or to where the host starts, and
// forward to its end. Interpolations such as ${APIM} or $(APIM) stay inside.
std::pair<std::size_t, std::size_t> urlAround(std::string_view text, std::size_t at, std::size_t floor)
{
    std::size_t start = at;
    while (start > floor && !endsUrl(text[start - 1]) && text[start - 1] != '=')
        --start;
    const std::string_view before = text.substr(start, at - start);
    if (std::size_t scheme = before.rfind("://"); scheme != std::string_view::npos) {
        while (scheme > 0 && std::isalpha(uchar(before[scheme - 1])))
            --scheme;
        start += scheme;
    }
    while (start < at && std::string_view("([{").find(text[start]) != std::string_view::npos)
        ++start; // "(see contoso.management.azure-api.net)"
    std::size_t end = at;
    while (end < text.size() && !endsUrl(text[end]))
        ++end;
    // Sentence punctuation and closing brackets that no interpolation opened (a few at most).
    for (int trimmed = 0; trimmed < 4 && end > at; ++trimmed) {
        const char c = text[end - 1];
        const std::string_view url = text.substr(start, end - start);
        const bool unbalanced = (c == ')' && std::count(url.begin(), url.end(), '(') < std::count(url.begin(), url.end(), ')'))
                                || (c == '}' && std::count(url.begin(), url.end(), '{') < std::count(url.begin(), url.end(), '}'))
                                || (c == ']' && std::count(url.begin(), url.end(), '[') < std::count(url.begin(), url.end(), ']'));
        if (c != '.' && c != ':' && !unbalanced)
            break;
        --end;
    }
    return {start, end};
}

void scanEndpoints(FindingCollector &out, const Covered &covered, bool skipComments)
{
    const std::string_view text = out.text();
    std::size_t searched = 0;
    // Each search goes on from its last hit only once the scan has passed it: a file with many of
    // one and none of the other is read once, not once per hit.
    // A v1 management host, or the v1 Configuration API path on any host.
    static constexpr std::string_view kHost = ".management.azure-api.", kPath = "/providers/microsoft.apimanagement/service/";
    std::size_t host = findNoCase(text, kHost), path = findNoCase(text, kPath);
    while (true) {
        if (host < searched)
            host = findNoCase(text, kHost, searched);
        if (path < searched)
            path = findNoCase(text, kPath, searched);
        const std::size_t at = std::min(host, path);
        if (at == std::string_view::npos)
            break;
        const auto [start, end] = urlAround(text, at, searched);
        searched = std::max(end, at + 1);
        const QString value = fromUtf8(text.substr(start, end - start));
        // Azure Resource Manager calls (management.azure.com/.../service/x/gateways/...) are no endpoints.
        if (isArmHost(urlHost(value)) || hasArmServicePath(value))
            continue;
        // Without a scheme, a bare resource ID is no URL, and a bare management host (a hostAliases
        // entry, a DNS note) counts only where the line sets an endpoint.
        if (!value.contains(QLatin1String("://"))) {
            if (at == path)
                continue;
            const std::size_t lineStart = text.rfind('\n', start) == std::string_view::npos ? 0 : text.rfind('\n', start) + 1;
            const std::string_view lead = text.substr(lineStart, start - lineStart);
            if (findNoCase(lead, "endpoint", 0) == std::string_view::npos && findNoCase(lead, "configuration.uri", 0) == std::string_view::npos)
                continue;
        }
        const EndpointInfo info = classifyEndpoint(text.substr(start, end - start), /*allowVariables=*/true);
        if (info.kind != EndpointInfo::V1 && info.kind != EndpointInfo::V1CustomDomain && info.kind != EndpointInfo::Incomplete
            && info.kind != EndpointInfo::Placeholder)
            continue;
        if (skipComments && onCommentLine(out.text(), start))
            continue;
        const int line = out.source().lines.lineOf(start);
        if (covered.contains(start, end, line))
            continue;
        const QString derived = fromUtf8(info.derivedHost);
        const QString name = fromUtf8(info.serviceName);
        const QString target = !derived.isEmpty() && info.kind == EndpointInfo::V1 ? QStringLiteral("https://") + derived
                               : name.isEmpty() ? QCoreApplication::translate("agm::Core", "the v2 configuration host (<service>.configuration.azure-api.net)")
                                                : QCoreApplication::translate("agm::Core", "the v2 configuration host of service '%1' (%1.configuration.azure-api.net, or your custom configuration host)").arg(name);
        Finding &f = out.add(Code::UnhandledEndpoint, start, {QString(), target});
        f.oldValue = maskUrlCredentials(out.quoted(start, end));
        f.newValue = info.kind == EndpointInfo::V1 ? target : QString();
        f.field = QStringLiteral("config.service.endpoint");
    }
}

// The regular expression runs over the bytes read as Latin-1, so a match offset is a byte offset.
void scanLegacyKeys(FindingCollector &out, const QString &bytes, const Covered &covered, bool skipComments)
{
    static const QRegularExpression key(QStringLiteral("(?<![\\w.-])gateway\\.(endpoint|authKey)(?=\\s*[=:])"));
    auto it = key.globalMatch(bytes);
    while (it.hasNext()) {
        const auto m = it.next();
        const std::size_t start = std::size_t(m.capturedStart());
        if (skipComments && onCommentLine(out.text(), start))
            continue;
        const int line = out.source().lines.lineOf(start);
        if (covered.contains(start, std::size_t(m.capturedEnd()), line))
            continue;
        const bool endpoint = m.captured(1) == QLatin1String("endpoint");
        const QString current = endpoint ? QStringLiteral("gateway.configuration.uri")
                                         : QCoreApplication::translate("agm::Core", "gateway.auth.key (Helm chart 1.x) or gateway.auth.token (Arc extension)");
        Finding &f = out.add(Code::UnhandledLegacyKey, start, {m.captured(), QString(), current});
        f.oldValue = m.captured();
    }
}

} // namespace

void addUnhandledReferences(FileAnalysis &analysis)
{
    const std::string &text = analysis.source.text;
    if (!mayHoldReference(text))
        return;
    const Covered covered = coveredBy(analysis);
    const bool skipComments = understood(analysis);
    const std::size_t before = analysis.findings.size();
    FindingCollector out(analysis);
    scanImages(out, covered, skipComments);
    scanEndpoints(out, covered, skipComments);
    // The keys' expression needs the text as a QString, twice its size: only when it can match.
    if (text.find("gateway.endpoint") != std::string::npos || text.find("gateway.authKey") != std::string::npos)
        scanLegacyKeys(out, QString::fromLatin1(text.data(), qsizetype(text.size())), covered, skipComments);
    const QString shape = where(analysis);
    for (std::size_t i = before; i < analysis.findings.size(); ++i) {
        Finding &f = analysis.findings[i];
        // The "where" argument sits at a different position in each message.
        const int at = f.code == Code::UnhandledImage ? 2 : f.code == Code::UnhandledEndpoint ? 0 : 1;
        f.args[at] = shape;
    }
}

} // namespace agm
