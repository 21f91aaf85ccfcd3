// SPDX-License-Identifier: MIT
#include "rules.h"

#include "secretmask.h"
#include "tags.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace agm {

FindingCollector::FindingCollector(FileAnalysis &analysis)
    : m_analysis(analysis)
    , m_file(analysis.source.relativePath)
    , m_shared(analysis.findings.size())
{
}

FindingCollector::~FindingCollector()
{
    shareFinished();
    if (m_shared < m_analysis.findings.size())
        m_pool.share(m_analysis.findings.back());
}

void FindingCollector::shareFinished()
{
    std::vector<Finding> &findings = m_analysis.findings;
    m_shared = std::min(m_shared, findings.size()); // an analyser may have removed some
    for (; m_shared + 1 < findings.size(); ++m_shared)
        m_pool.share(findings[m_shared]);
}

Finding &FindingCollector::add(Code code, std::size_t offset, QStringList args)
{
    shareFinished();
    const LineIndex &lines = m_analysis.source.lines;
    const int line = lines.lineOf(offset);
    Finding f = makeFinding(code, m_file, line, lines.columnOf(offset), std::move(args));
    if (m_resource != resource)
        m_resource = resource;
    f.resource = m_resource;
    f.field = fieldPrefix;
    m_analysis.findings.push_back(std::move(f));
    return m_analysis.findings.back();
}

void FindingCollector::addSecret(std::size_t start, std::size_t end)
{
    if (end > start)
        m_analysis.secrets.push_back({start, end});
}

QString FindingCollector::quoted(std::size_t start, std::size_t end) const
{
    return fromUtf8(maskedSlice(m_analysis.source.text, start, end, m_analysis.secrets));
}

void FindingCollector::addLocated(std::size_t start, std::size_t end)
{
    if (end > start)
        m_analysis.located.push_back({start, end});
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void FindingCollector::addEndpointValue(std::string_view value, std::size_t start, std::size_t end, const QString &field)
{
    EndpointValue v;
    v.start = start;
    v.end = end;
    v.value = fromUtf8(value.substr(0, 2048));
    v.line = m_analysis.source.lines.lineOf(start);
    v.resource = resource;
    v.field = fieldPrefix.isEmpty() ? field : field.isEmpty() ? fieldPrefix : fieldPrefix + QLatin1Char('.') + field;
    m_analysis.endpoints.push_back(std::move(v));
}

bool isProxyVariable(std::string_view name)
{
    const QString upper = fromUtf8(name).toUpper();
    return upper == QLatin1String("HTTPS_PROXY") || upper == QLatin1String("HTTP_PROXY") || upper == QLatin1String("NO_PROXY")
           || upper == QLatin1String("ALL_PROXY");
}

void FindingCollector::addUrlSecrets(std::string_view value, std::size_t valueStart)
{
    for (const SecretSpan &s : urlCredentialSpans(value))
        addSecret(valueStart + s.start, valueStart + s.end);
}

bool FindingCollector::addProxySetting(std::string_view name, std::string_view value, std::size_t offset, const QString &field,
                                       std::size_t valueStart)
{
    if (!isProxyVariable(name))
        return false;
    if (valueStart != std::string::npos)
        addUrlSecrets(value, valueStart);
    NetworkSetting s;
    s.kind = NetworkSetting::Proxy;
    s.name = fromUtf8(name).toUpper();
    s.value = fromUtf8(value.substr(0, 2048));
    s.line = m_analysis.source.lines.lineOf(offset);
    s.resource = resource;
    s.field = field;
    m_analysis.network.push_back(std::move(s));
    return true;
}

void FindingCollector::addHostAlias(std::string_view hostname, std::string_view address, std::size_t offset, const QString &field)
{
    if (hostname.empty())
        return;
    NetworkSetting s;
    s.kind = NetworkSetting::HostAlias;
    s.name = fromUtf8(hostname.substr(0, 253)).toLower();
    s.value = fromUtf8(address.substr(0, 64));
    s.line = m_analysis.source.lines.lineOf(offset);
    s.resource = resource;
    s.field = field;
    m_analysis.network.push_back(std::move(s));
}

namespace {

bool endsWithNoCase(std::string_view s, std::string_view suffix)
{
    if (s.size() < suffix.size())
        return false;
    return std::equal(suffix.begin(), suffix.end(), s.end() - std::ptrdiff_t(suffix.size()),
                      [](char a, char b) { return std::tolower(uchar(a)) == std::tolower(uchar(b)); });
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

QString joinField(const QString &prefix, const QString &field)
{
    if (prefix.isEmpty())
        return field;
    if (field.isEmpty())
        return prefix;
    return prefix + QLatin1Char('.') + field;
}

} // namespace

std::optional<ImageRef> parseImageRef(std::string_view ref)
{
    if (ref.empty() || ref.find_first_of(" \t\r\n\"'") != std::string_view::npos)
        return std::nullopt;
    ImageRef out;
    const std::size_t at = ref.find('@');
    if (at != std::string_view::npos) {
        out.digest = std::string(ref.substr(at + 1));
        ref = ref.substr(0, at);
    }
    const std::size_t slash = ref.rfind('/');
    const std::size_t colon = ref.rfind(':');
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
        out.tag = std::string(ref.substr(colon + 1));
        ref = ref.substr(0, colon);
    }
    out.repository = std::string(ref);
    if (out.repository.empty())
        return std::nullopt;
    return out;
}

bool isGatewayRepository(std::string_view repository)
{
    constexpr std::string_view path = "azure-api-management/gateway";
    return endsWithNoCase(repository, path)
           && (repository.size() == path.size() || repository[repository.size() - path.size() - 1] == '/');
}

bool isGatewayImage(std::string_view ref)
{
    const auto parsed = parseImageRef(ref);
    return parsed && isGatewayRepository(parsed->repository);
}

namespace {

// Which finding a current tag deserves; nullopt when it is a pinned 2.x.y.
std::optional<Code> tagCode(const QString &tag)
{
    if (tag.isEmpty())
        return Code::ImageNoTag;
    switch (classifyTag(tag)) {
    case TagKind::Pinned: return std::nullopt;
    case TagKind::Legacy: return Code::ImageLegacy;
    case TagKind::Floating: return Code::ImageFloating;
    case TagKind::Rolling: return Code::ImageRolling;
    case TagKind::Preview: return Code::ImagePreview;
    case TagKind::Other: return Code::ImageUnusualTag;
    }
    return Code::ImageUnusualTag;
}

void addPinnedInfo(FindingCollector &out, const QString &tag, std::size_t offset, const QString &field)
{
    const TagList tags = bundledTagList();
    QStringList newer;
    for (const Tag &t : tags.tags) {
        if (t.kind == TagKind::Pinned && t.name != tag && tags.recommended() == t.name)
            newer << t.name;
    }
    // Only mention a newer tag when the snapshot knows one; the current tag may be newer still.
    const QString rec = tags.recommended();
    if (rec.isEmpty() || rec == tag || classifyTag(rec) != TagKind::Pinned)
        return;
    std::vector<Tag> pair{{tag, TagKind::Pinned}, {rec, TagKind::Pinned}};
    sortTags(pair);
    if (pair.front().name != rec)
        return;
    Finding &f = out.add(Code::ImagePinned, offset, {tag, rec});
    f.field = joinField(out.fieldPrefix, field);
    f.oldValue = tag;
}

} // namespace

bool checkImageReference(FindingCollector &out, std::string_view ref, std::size_t start, std::size_t end,
                         const QString &field)
{
    const auto parsed = parseImageRef(ref);
    if (!parsed || !isGatewayRepository(parsed->repository))
        return false;
    const QString tag = fromUtf8(parsed->tag);
    std::optional<Code> code = tagCode(tag);
    if (!parsed->digest.empty() && (tag.isEmpty() || code))
        code = tag.isEmpty() ? Code::ImageDigestOnly : code;
    if (!code) {
        addPinnedInfo(out, tag, start, field);
        return true;
    }
    // The digest-only and no-tag messages name no tag.
    const bool namesTag = *code != Code::ImageDigestOnly && *code != Code::ImageNoTag;
    Finding &f = out.add(*code, start, namesTag ? QStringList{tag} : QStringList{});
    f.field = joinField(out.fieldPrefix, field);
    f.oldValue = fromUtf8(ref);
    ProposedEdit edit;
    edit.start = start;
    edit.end = end;
    edit.prefix = parsed->repository + ':';
    edit.param = Param::Tag;
    f.edits.push_back(edit);
    // A private mirror has only the tags someone copied there.
    const std::string_view repository = parsed->repository;
    const std::string_view host = repository.substr(0, repository.find('/'));
    if (host != repository && host.find_first_of(".:") != std::string_view::npos && host != "mcr.microsoft.com") {
        Finding &note = out.add(Code::ImageMirror, start, {fromUtf8(host)});
        note.field = joinField(out.fieldPrefix, field);
    }
    return true;
}

void checkImageTag(FindingCollector &out, std::string_view tagText, std::size_t start, std::size_t end,
                   bool plainScalar, const QString &field)
{
    const QString tag = fromUtf8(tagText);
    if (tag.isEmpty())
        return;
    const std::optional<Code> code = tagCode(tag);
    if (!code) {
        addPinnedInfo(out, tag, start, field);
        return;
    }
    Finding &f = out.add(*code, start, {tag});
    f.field = joinField(out.fieldPrefix, field);
    f.oldValue = tag;
    ProposedEdit edit;
    edit.start = start;
    edit.end = end;
    edit.param = Param::Tag;
    edit.plainScalar = plainScalar;
    f.edits.push_back(edit);
}

namespace {

// ^[A-Za-z](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$ as a scan ('$' also before a final newline): every
// endpoint is tested, and the expression's compilation cost more than the test.
bool isServiceName(std::string_view name)
{
    if (!name.empty() && name.back() == '\n')
        name.remove_suffix(1);
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    return !name.empty() && name.size() <= 50 && alpha(name.front()) && alnum(name.back())
           && std::all_of(name.begin(), name.end(), [&](char c) { return alnum(c) || c == '-'; });
}

bool isShellVariable(std::string_view name)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*\\}|env:[A-Za-z_][A-Za-z0-9_]*|\\(\\$?[A-Za-z_][A-Za-z0-9_.]*\\))$"));
    return re.match(fromUtf8(name)).hasMatch();
}

// ".net", ".us" or ".cn" of an Azure APIM management host, or empty for any other host.
std::string azureSuffix(std::string_view host, std::string_view label)
{
    for (std::string_view cloud : {"net", "us", "cn"}) {
        const std::string suffix = std::string(".") + std::string(label) + ".azure-api." + std::string(cloud);
        if (endsWithNoCase(host, suffix) && host.size() > suffix.size())
            return "azure-api." + std::string(cloud);
    }
    return {};
}

} // namespace

EndpointInfo classifyEndpoint(std::string_view raw, bool allowVariables)
{
    EndpointInfo info;
    std::string_view v = raw;
    while (!v.empty() && std::isspace(uchar(v.front()))) v.remove_prefix(1);
    while (!v.empty() && std::isspace(uchar(v.back()))) v.remove_suffix(1);
    if (v.empty())
        return info;
    const std::string low = lower(v);
    std::string_view rest = v;
    if (low.rfind("https://", 0) == 0 || low.rfind("http://", 0) == 0) {
        info.hasScheme = true;
        rest.remove_prefix(rest.find("//") + 2);
    }
    const std::size_t hostEnd = rest.find_first_of("/?#");
    const std::string_view host = rest.substr(0, hostEnd);
    const std::string_view path = hostEnd == std::string_view::npos ? std::string_view() : rest.substr(hostEnd);
    info.managementHost = std::string(host);

    const std::string lowPath = lower(path);
    const std::string marker = "/providers/microsoft.apimanagement/service/";
    const std::size_t m = lowPath.find(marker);
    if (lowPath.find("/subscriptions/") != std::string::npos && m != std::string::npos) {
        std::string_view name = path.substr(m + marker.size());
        name = name.substr(0, name.find_first_of("/?#"));
        info.serviceName = std::string(name);
        const bool nameOk = isServiceName(name) || (allowVariables && isShellVariable(name));
        if (!nameOk) {
            info.kind = EndpointInfo::Placeholder;
            return info;
        }
        const std::string suffix = azureSuffix(host, "management");
        if (suffix.empty()) {
            // A host that is itself a placeholder is not a custom domain.
            const bool hostOk = QRegularExpression(QStringLiteral("^[A-Za-z0-9.-]+(:\\d+)?$")).match(fromUtf8(host)).hasMatch();
            info.kind = hostOk ? EndpointInfo::V1CustomDomain : EndpointInfo::Placeholder;
            return info;
        }
        info.kind = EndpointInfo::V1;
        info.derivedHost = info.serviceName + ".configuration." + suffix;
        return info;
    }
    const bool plainHost = QRegularExpression(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\\d+)?$"))
                               .match(fromUtf8(host)).hasMatch();
    const bool variableHost = allowVariables && host.find('$') != std::string_view::npos
                              && host.find_first_of("<> ") == std::string_view::npos;
    if ((plainHost || variableHost) && !azureSuffix(host, "configuration").empty()) {
        info.kind = (path.empty() || path == "/") ? EndpointInfo::V2 : EndpointInfo::Placeholder;
        return info;
    }
    const std::string mgmt = azureSuffix(host, "management");
    if (plainHost && !mgmt.empty()) {
        info.kind = EndpointInfo::Incomplete;
        const std::string_view label = host.substr(0, host.find('.'));
        info.serviceName = std::string(label);
        info.derivedHost = info.serviceName + ".configuration." + mgmt;
        return info;
    }
    if (plainHost && (path.empty() || path == "/") && host.find('.') != std::string_view::npos) {
        info.kind = EndpointInfo::CustomHost;
        return info;
    }
    info.kind = EndpointInfo::Placeholder;
    return info;
}

void checkEndpoint(FindingCollector &out, std::string_view value, std::size_t start, std::size_t end,
                   const QString &field, bool allowVariables)
{
    out.addEndpointValue(value, start, end, field);
    const EndpointInfo info = classifyEndpoint(value, allowVariables || out.interpolated());
    // Messages quote the value; a pathological one is cut rather than echoed in full.
    const QString shown = value.size() > 300 ? fromUtf8(value.substr(0, 300)) + QStringLiteral("…") : fromUtf8(value);
    Finding *f = nullptr;
    switch (info.kind) {
    case EndpointInfo::V2:
        return;
    case EndpointInfo::Empty:
    case EndpointInfo::Placeholder:
        f = &out.add(Code::EndpointPlaceholder, start, {shown});
        break;
    case EndpointInfo::CustomHost:
        f = &out.add(Code::EndpointCustomHost, start, {shown});
        f->field = joinField(out.fieldPrefix, field);
        f->oldValue = shown;
        return;
    case EndpointInfo::V1:
        f = &out.add(Code::EndpointV1, start, {fromUtf8(info.serviceName), fromUtf8(info.derivedHost)});
        f->defaultHost = fromUtf8(info.derivedHost);
        break;
    case EndpointInfo::V1CustomDomain:
        f = &out.add(Code::EndpointCustomDomain, start,
                     {fromUtf8(info.managementHost), fromUtf8(info.serviceName)});
        break;
    case EndpointInfo::Incomplete:
        f = &out.add(Code::EndpointIncomplete, start, {shown, fromUtf8(info.derivedHost)});
        break;
    }
    f->field = joinField(out.fieldPrefix, field);
    f->oldValue = shown;
    ProposedEdit edit;
    edit.start = start;
    edit.end = end;
    std::string scheme = info.hasScheme ? std::string(value.substr(0, value.find("//") + 2)) : std::string();
    // The configuration API v2 is served over https only: an http:// URL gets https:// in front.
    if (const std::size_t http = lower(scheme).rfind("http://"); http != std::string::npos)
        scheme.replace(http, 7, "https://");
    edit.prefix = std::move(scheme);
    edit.param = Param::Host;
    f->edits.push_back(edit);
}

void checkSecretValue(FindingCollector &out, std::string_view value, std::size_t start, std::size_t end)
{
    out.addSecret(start, end);
    static const QRegularExpression token(QStringLiteral("^\\s*GatewayKey\\s+[^&\\s]+&(\\d{12})&"));
    const auto m = token.match(fromUtf8(value));
    if (!m.hasMatch())
        return;
    const QDateTime expiry = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMddHHmm"));
    if (!expiry.isValid())
        return;
    QDateTime utc = expiry;
    utc.setTimeSpec(Qt::UTC);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString when = utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (utc < now)
        out.add(Code::TokenExpired, start, {when});
    else if (utc < now.addDays(7))
        out.add(Code::TokenExpiring, start, {when});
}

void checkHostAlias(FindingCollector &out, std::string_view hostname, std::size_t offset)
{
    const std::string suffix = azureSuffix(hostname, "management");
    if (suffix.empty())
        return;
    const std::string name(hostname.substr(0, hostname.find('.')));
    out.add(Code::HostAliasesManagement, offset,
            {fromUtf8(hostname), fromUtf8(name + ".configuration." + suffix)});
}

void checkProbePath(FindingCollector &out, std::string_view path, std::size_t start, std::size_t end)
{
    if (path != kV1StatusPath)
        return;
    Finding &f = out.add(Code::ProbePath, start, {fromUtf8(path)});
    f.oldValue = fromUtf8(path);
    f.newValue = fromUtf8(kV2StatusPath);
    f.edits.push_back({start, end, std::string(kV2StatusPath), {}, Param::None, false});
}

} // namespace agm
