// SPDX-License-Identifier: MIT
#include "finding.h"

#include "secretmask.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>

namespace agm {

namespace {

const char kMigrationGuide[] = "https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide";
const char kRetirement[] = "https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023";
const char kContainerImages[] = "https://learn.microsoft.com/azure/api-management/self-hosted-gateway-overview#packaging";
const char kProduction[] = "https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production";
const char kHelm[] = "https://learn.microsoft.com/azure/api-management/how-to-deploy-self-hosted-gateway-kubernetes-helm";
const char kConnectivity[] = "https://learn.microsoft.com/azure/api-management/self-hosted-gateway-overview#connectivity-to-azure";
const char kArc[] = "https://learn.microsoft.com/azure/api-management/how-to-deploy-self-hosted-gateway-azure-arc";
const char kGatewayToken[] = "https://learn.microsoft.com/rest/api/apimanagement/current-ga/gateway/generate-token";

struct CodeInfo
{
    const char *name;
    Step step;
    Severity severity;
    const char *docUrl;
    const char *text; // translatable; %1.. are Finding::args
    const char *commandLineHint = nullptr; // appended for the command line only
};

const char kEndpointOption[] = QT_TRANSLATE_NOOP("agm::Finding", "On the command line, use --endpoint.");

// One row per Code, in enum order.
constexpr CodeInfo kCodes[] = {
    {"load-failed", Step::Input, Severity::Error, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "Cannot load the file: %1.")},
    {"parse-failed", Step::Input, Severity::Error, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "Invalid YAML: %1. Fix the file (kubectl would reject it too); the other files are still migrated.")},
    {"input-rejected", Step::Input, Severity::Error, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "The document was not parsed: %1.")},
    {"helm-template", Step::Input, Severity::Warning, kHelm,
     QT_TRANSLATE_NOOP("agm::Finding", "This is a Helm template ({{ }}), not a values file or a rendered manifest; it is left as it is. Migrate the chart's values, or render it with 'helm template' and import the output.")},
    {"duplicate-key", Step::Input, Severity::Warning, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "The key '%1' appears twice in one mapping; Kubernetes keeps only the last one. Remove the duplicate.")},
    {"image-legacy", Step::Image, Severity::Change, kRetirement,
     QT_TRANSLATE_NOOP("agm::Finding", "The image tag '%1' is a v0/v1 gateway image; v0/v1 images are unsupported since 1 October 2023. Pin a 2.x.y tag.")},
    {"image-floating", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image tag '%1' floats: it can point to another version at any time ('latest' moved from v1 to v2 in March 2022 and broke gateways). Pin an exact 2.x.y tag.")},
    {"image-rolling", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image tag '%1' rolls to every new 2.x release, so replicas can run different versions after a scale-out. Pin an exact 2.x.y tag for production.")},
    {"image-preview", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image tag '%1' is a preview; previews are not supported in production. Pin a released 2.x.y tag.")},
    {"image-digest-only", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image is pinned by digest only, so its version cannot be read. It is replaced by the chosen tag; pin the new tag by digest again if your policy needs digests.")},
    {"image-no-tag", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image has no tag, which means 'latest' (a floating tag). Pin an exact 2.x.y tag.")},
    {"image-unusual-tag", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image tag '%1' is not one of the documented tag conventions. Pin an exact 2.x.y tag.")},
    {"image-pinned", Step::Image, Severity::Info, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image is already pinned to %1; it is left as it is. Newer: %2.")},
    {"helm-tag-from-chart", Step::Image, Severity::Info, kHelm,
     QT_TRANSLATE_NOOP("agm::Finding", "image.tag is not set, so the chart's appVersion decides the image (chart 1.x ships 2.x images). Set image.tag to pin a version independently of the chart.")},
    {"endpoint-v1", Step::Endpoint, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "This is a Configuration API v1 URL (retired on 1 October 2023). The v2 endpoint of service '%1' is %2.")},
    {"endpoint-custom-domain", Step::Endpoint, Severity::Question, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "This v1 URL uses the custom management host '%1', so the v2 configuration host of service '%2' cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host)."), kEndpointOption},
    {"endpoint-placeholder", Step::Endpoint, Severity::Question, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The endpoint '%1' is a placeholder. Enter the v2 configuration host (<service>.configuration.azure-api.net)."), kEndpointOption},
    {"endpoint-incomplete", Step::Endpoint, Severity::Question, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The endpoint '%1' is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it."), kEndpointOption},
    {"endpoint-custom-host", Step::Endpoint, Severity::Info, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The endpoint '%1' is a custom host; it is left as it is. Custom configuration hosts need gateway 2.3.0 or later.")},
    {"security-missing", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The gateway container has no securityContext. v2 runs as user 1001 and writes CA certificates at start-up, so it needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.")},
    {"shared-anchor", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "%1 is a YAML alias; its anchor may be shared with other containers, so it is not edited. Give the gateway its own securityContext with runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.")},
    {"security-conflict", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "%1 is %2, but the v2 gateway needs %3 (it runs as user 1001 and writes CA certificates at start-up).")},
    {"security-field-missing", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The securityContext lacks %1; the v2 gateway needs %2.")},
    {"compose-user", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The gateway service runs as '%1'; v2 runs as user 1001. Set user: \"1001\".")},
    {"compose-read-only", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "read_only: true is not supported: the v2 gateway writes CA certificates at start-up.")},
    {"docker-user", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "The gateway container runs as '%1'; v2 runs as user 1001. Use --user 1001.")},
    {"docker-read-only", Step::Security, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "--read-only is not supported: the v2 gateway writes CA certificates at start-up.")},
    {"kustomize-security", Step::Security, Severity::Warning, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "This kustomization sets the gateway image; make sure the Deployment it patches has the v2 securityContext (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Import the base manifests too.")},
    {"probe-path", Step::Extras, Severity::Change, kProduction,
     QT_TRANSLATE_NOOP("agm::Finding", "The probe uses the v1 health path %1; v2 answers on /status-0123456789abcdef.")},
    {"capabilities-lowercase", Step::Extras, Severity::Change, kProduction,
     QT_TRANSLATE_NOOP("agm::Finding", "capabilities.drop lists '%1'; Pod Security Admission (restricted) accepts only upper-case ALL.")},
    {"host-aliases-management", Step::Extras, Severity::Warning, kConnectivity,
     QT_TRANSLATE_NOOP("agm::Finding", "hostAliases pins the management host '%1'. v2 talks to the configuration host instead: add an entry for it (for example %2) with the address of your private endpoint.")},
    {"backup-fsgroup", Step::Extras, Severity::Warning, kProduction,
     QT_TRANSLATE_NOOP("agm::Finding", "A configuration backup volume is mounted at /apim/config, but the pod has no fsGroup: 1001. The gateway (user 1001) cannot write its backup; set securityContext.fsGroup: 1001 on the pod.")},
    {"token-expired", Step::Extras, Severity::Warning, kGatewayToken,
     QT_TRANSLATE_NOOP("agm::Finding", "The GatewayKey token expired on %1. Generate a new token in the Azure portal (Gateways > Deployment) before deploying.")},
    {"token-expiring", Step::Extras, Severity::Warning, kGatewayToken,
     QT_TRANSLATE_NOOP("agm::Finding", "The GatewayKey token expires on %1. Plan a token rotation.")},
    {"helm-chart-v0-keys", Step::Extras, Severity::Warning, kHelm,
     QT_TRANSLATE_NOOP("agm::Finding", "These are values of the 0.x chart ('%1'), whose default image is v1. Chart 1.x renamed them: gateway.endpoint became gateway.configuration.uri and gateway.authKey became gateway.auth.key; rename them when you upgrade the chart.")},
    {"unhandled-image", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The gateway image '%1' (%2) is written where the tool cannot edit it (%3). Change it by hand to %4.")},
    {"unhandled-endpoint", Step::Endpoint, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "This Configuration API v1 URL is written where the tool cannot edit it (%1). The gateway gets no configuration from it; change it by hand to %2.")},
    {"unhandled-legacy-key", Step::Extras, Severity::Change, kHelm,
     QT_TRANSLATE_NOOP("agm::Finding", "'%1' is a setting of the 0.x Helm chart or the 2021 Azure Arc extension, which current versions ignore; it is written where the tool cannot edit it (%2). Rename it by hand to '%3'.")},
    {"arc-legacy-setting", Step::Extras, Severity::Change, kArc,
     QT_TRANSLATE_NOOP("agm::Finding", "'%1' is a setting of the 2021 Azure Arc gateway extension; the current extension reads '%2' instead and ignores the old name. Rename it.")},
    {"helm-legacy-setting", Step::Extras, Severity::Change, kHelm,
     QT_TRANSLATE_NOOP("agm::Finding", "'%1' is a value of the 0.x chart; chart 1.0.0 and later read '%2' instead and ignore the old name. Rename it (and install chart 1.x, whose images are v2).")},
    {"image-interpolated", Step::Image, Severity::Change, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The gateway image '%1' is built from %2, so it is not edited here. Change it by hand where it is set (%3) to a pinned 2.x.y gateway tag (the one chosen in the image step).")},
    {"endpoint-interpolated", Step::Endpoint, Severity::Change, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "config.service.endpoint '%1' is built from %2, so it is not edited here. Change it by hand where it is set (%3) to the v2 configuration host: %4.")},
    {"security-not-applicable", Step::Security, Severity::Info, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "%1 runs on %2, which has no Kubernetes securityContext (no runAsUser, no read-only root file system): the container runs as the image's own user with a writable file system, as v2 needs. Nothing to change for the security step.")},
    {"shared-value", Step::Input, Severity::Question, kMigrationGuide,
     QT_TRANSLATE_NOOP("agm::Finding", "%1 is shared through a YAML anchor or merge key with a field that is not this gateway's own, so it is not edited: the change would reach that field too. Give the gateway its own value (%2), then migrate again.")},
    {"helm-chart-no-security-context", Step::Security, Severity::Warning, kHelm,
     QT_TRANSLATE_NOOP("agm::Finding", "These values are for chart %1, which has no securityContext value (it came with chart 1.1.0), so a securityContext here would have no effect. Upgrade the chart to 1.1.0 or later (chart 1.x uses gateway.configuration.uri and gateway.auth.key) and set securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false there.%2")},
    {"image-mirror", Step::Image, Severity::Info, kContainerImages,
     QT_TRANSLATE_NOOP("agm::Finding", "The image comes from the registry '%1', not from MCR: mirror the new tag there before you deploy (for example az acr import --source mcr.microsoft.com/azure-api-management/gateway:<tag>), or the pods cannot pull it.")},
    {"reference-outside-import", Step::Input, Severity::Change, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "This file uses '%1', which is outside the imported folder %2: it was not checked for gateway references, and copies of this folder alone will not work. Import %3, which holds both.")},
    {"kustomize-remote-base", Step::Input, Severity::Warning, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "This kustomization builds on the remote base '%1': its files were not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.")},
    {"remote-reference", Step::Input, Severity::Warning, nullptr,
     QT_TRANSLATE_NOOP("agm::Finding", "This file uses the remote file '%1': it was not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.")},
};

static_assert(std::size(kCodes) == std::size_t(kCodeCount), "one row per Code");

const CodeInfo &info(Code code)
{
    return kCodes[std::size_t(code)];
}

} // namespace

QString Finding::message(Audience audience) const
{
    QString text = QCoreApplication::translate("agm::Finding", info(code).text);
    for (const QString &arg : args)
        text = text.arg(arg);
    if (const char *hint = info(code).commandLineHint; hint && audience == Audience::CommandLine)
        text += QLatin1Char(' ') + QCoreApplication::translate("agm::Finding", hint);
    // The one place every view, log and report gets a finding's text from.
    return maskSecretsInText(text);
}

QString Finding::docUrl() const
{
    return codeDocUrl(code);
}

bool Finding::needsAnswer() const
{
    return severity == Severity::Question;
}

bool Finding::editsHost() const
{
    return std::any_of(edits.begin(), edits.end(), [](const ProposedEdit &e) { return e.param == Param::Host; });
}

void ValuePool::share(QString &value)
{
    if (value.isEmpty())
        return;
    const auto known = m_values.constFind(value);
    if (known != m_values.constEnd())
        value = *known;
    else
        m_values.insert(value);
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
const QString &CompactString::empty()
{
    static const QString none;
    return none;
}

void ValuePool::share(CompactString &value)
{
    if (value.isEmpty())
        return;
    const auto known = m_compact.constFind(value.str());
    if (known != m_compact.constEnd())
        value = *known;
    else
        m_compact.insert(value.str(), value);
}
#endif

void ValuePool::share(SharedText &text)
{
    if (text.isEmpty())
        return;
    const auto [known, added] = m_texts.try_emplace(std::string_view(text.str()), text);
    if (!added)
        text = known->second;
}

void ValuePool::share(Finding &finding)
{
    for (CompactString *value : {&finding.field, &finding.oldValue, &finding.newValue, &finding.defaultHost})
        share(*value);
    for (ProposedEdit &edit : finding.edits) {
        share(edit.prefix);
        share(edit.suffix);
    }
    if (finding.args.isEmpty())
        return;
    for (QString &arg : finding.args)
        share(arg);
    const auto known = m_lists.constFind(finding.args);
    if (known != m_lists.constEnd())
        finding.args = *known;
    else
        m_lists.insert(finding.args);
}

const std::string &SharedText::empty()
{
    static const std::string none;
    return none;
}

bool isUnhandledReference(Code code)
{
    return code == Code::UnhandledImage || code == Code::UnhandledEndpoint || code == Code::UnhandledLegacyKey;
}

Finding makeFinding(Code code, const CompactString &file, int line, int column, QStringList args)
{
    Finding f;
    f.code = code;
    f.step = info(code).step;
    f.severity = info(code).severity;
    f.file = file;
    f.line = line;
    f.column = column;
    f.args = std::move(args);
    f.id = FindingId(code, line, column);
    return f;
}

namespace {

// "<line>:<column>" (what follows the code's name and its colon) without allocating.
struct SpelledPlace
{
    char text[32];
    std::size_t size;
    SpelledPlace(int line, int column)
    {
        char *end = std::to_chars(text, text + sizeof text, line).ptr;
        *end++ = ':';
        size = std::size_t(std::to_chars(end, text + sizeof text, column).ptr - text);
    }
    std::string_view view() const { return {text, size}; }
};

} // namespace

QString FindingId::toString() const
{
    if (!m_set)
        return {};
    const SpelledPlace place(m_line, m_column);
    return QLatin1String(info(m_code).name) + QLatin1Char(':') + QLatin1String(place.text, qsizetype(place.size));
}

bool operator<(const FindingId &a, const FindingId &b)
{
    if (a.m_set != b.m_set)
        return !a.m_set; // the empty id first
    // Names and digits are ASCII: byte order is the spelled QStrings' order.
    if (a.m_code != b.m_code) {
        const std::string_view nameA = info(a.m_code).name, nameB = info(b.m_code).name;
        const std::size_t common = std::min(nameA.size(), nameB.size());
        if (nameA.substr(0, common) != nameB.substr(0, common))
            return nameA.substr(0, common) < nameB.substr(0, common);
        // One name begins the other: the shorter one's colon meets the longer one's next letter.
        const std::string_view restA = nameA.size() > common ? nameA.substr(common, 1) : std::string_view(":");
        const std::string_view restB = nameB.size() > common ? nameB.substr(common, 1) : std::string_view(":");
        return restA < restB;
    }
    return SpelledPlace(a.m_line, a.m_column).view() < SpelledPlace(b.m_line, b.m_column).view();
}

QString stepName(Step step)
{
    switch (step) {
    case Step::Input: return QStringLiteral("input");
    case Step::Image: return QStringLiteral("image");
    case Step::Endpoint: return QStringLiteral("endpoint");
    case Step::Security: return QStringLiteral("security");
    case Step::Extras: return QStringLiteral("extras");
    }
    return {};
}

std::optional<Step> skippableStep(const QString &name)
{
    for (Step step : {Step::Image, Step::Endpoint, Step::Security, Step::Extras}) {
        if (name == stepName(step))
            return step;
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Change: return QStringLiteral("change");
    case Severity::Question: return QStringLiteral("question");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString codeName(Code code)
{
    return QString::fromLatin1(info(code).name);
}

QString codeDescription(Code code)
{
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    QString text = QCoreApplication::translate("agm::Finding", info(code).text);
    text.replace(placeholder, QStringLiteral("…"));
    if (const char *hint = info(code).commandLineHint)
        text += QLatin1Char(' ') + QCoreApplication::translate("agm::Finding", hint);
    return text;
}

QString codeDocUrl(Code code)
{
    const char *url = info(code).docUrl;
    return url ? QString::fromLatin1(url) : QString();
}

Severity codeSeverity(Code code)
{
    return info(code).severity;
}

std::optional<Code> codeFromName(const QString &name)
{
    for (std::size_t i = 0; i < std::size(kCodes); ++i) {
        if (name == QLatin1String(kCodes[i].name))
            return Code(i);
    }
    return std::nullopt;
}

} // namespace agm
