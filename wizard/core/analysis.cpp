// SPDX-License-Identifier: MIT
#include "analysis.h"

#include "formats.h"
#include "safetynet.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <tuple>

namespace agm {

QString formatName(Format format)
{
    switch (format) {
    case Format::Unknown: return QStringLiteral("unknown");
    case Format::Kubernetes: return QStringLiteral("kubernetes");
    case Format::HelmValues: return QStringLiteral("helm-values");
    case Format::Kustomize: return QStringLiteral("kustomize");
    case Format::Compose: return QStringLiteral("compose");
    case Format::EnvFile: return QStringLiteral("env-file");
    case Format::ShellScript: return QStringLiteral("shell-script");
    case Format::PowerShellScript: return QStringLiteral("powershell-script");
    case Format::HelmTemplate: return QStringLiteral("helm-template");
    case Format::Dockerfile: return QStringLiteral("dockerfile");
    case Format::CiWorkflow: return QStringLiteral("ci-workflow");
    case Format::Terraform: return QStringLiteral("terraform");
    case Format::Bicep: return QStringLiteral("bicep");
    case Format::ArmTemplate: return QStringLiteral("arm-template");
    }
    return {};
}

QString formatTitle(Format format)
{
    switch (format) {
    case Format::Unknown: return QCoreApplication::translate("agm::Core", "Other text file");
    case Format::Kubernetes: return QCoreApplication::translate("agm::Core", "Kubernetes YAML");
    case Format::HelmValues: return QCoreApplication::translate("agm::Core", "Helm values");
    case Format::Kustomize: return QCoreApplication::translate("agm::Core", "Kustomize");
    case Format::Compose: return QCoreApplication::translate("agm::Core", "Docker Compose");
    case Format::EnvFile: return QCoreApplication::translate("agm::Core", "Docker env file");
    case Format::ShellScript: return QCoreApplication::translate("agm::Core", "Shell script");
    case Format::PowerShellScript: return QCoreApplication::translate("agm::Core", "PowerShell script");
    case Format::HelmTemplate: return QCoreApplication::translate("agm::Core", "Helm template");
    case Format::Dockerfile: return QCoreApplication::translate("agm::Core", "Dockerfile");
    case Format::CiWorkflow: return QCoreApplication::translate("agm::Core", "CI workflow (GitHub Actions, Azure Pipelines)");
    case Format::Terraform: return QCoreApplication::translate("agm::Core", "Terraform");
    case Format::Bicep: return QCoreApplication::translate("agm::Core", "Bicep");
    case Format::ArmTemplate: return QCoreApplication::translate("agm::Core", "ARM template");
    }
    return {};
}

bool FileAnalysis::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

bool FileAnalysis::concernsGateway() const
{
    return !findings.empty();
}

namespace {

int countMatches(const QString &text, const QRegularExpression &re)
{
    int n = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// A Kubernetes resource or List as JSON (kubectl get -o json): an object whose own apiVersion and
// kind are strings. package.json, ARM templates ($schema) and other JSON are not deployment files
// for this analyser (yaml-cpp reads JSON as YAML, so it would report them as invalid YAML).
bool isKubernetesJson(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return false;
    const QJsonObject object = json.object();
    return !object.contains(QLatin1String("$schema")) && object.value(QLatin1String("apiVersion")).isString()
           && object.value(QLatin1String("kind")).isString();
}

// An ARM template or parameters file: a JSON object whose "$schema" names deploymentTemplate
// (any scope) or deploymentParameters. Read lexically: ARM allows comments, which JSON parsers refuse.
bool isArmJson(const std::string &text)
{
    std::size_t first = text.find_first_not_of(" \t\r\n");
    while (first != std::string::npos && text.compare(first, 2, "//") == 0)
        first = text.find_first_not_of(" \t\r\n", text.find('\n', first));
    if (first == std::string::npos || text[first] != '{')
        return false;
    static const QRegularExpression schema(QStringLiteral("\"\\$schema\"\\s*:\\s*\"[^\"]*(deploymentTemplate|deploymentParameters)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 64 * 1024)));
    return schema.match(head).hasMatch();
}

// ^(kind|apiVersion):\s*\S (multiline) as a scan: nearly every YAML file is tested, where compiling
// the expression cost more than reading the lines. Lines end at '\n' only, as PCRE2's do here, and
// \s is ASCII white space (no UseUnicodePropertiesOption).
bool hasKubernetesKey(QStringView head)
{
    const std::u16string_view text(reinterpret_cast<const char16_t *>(head.utf16()), std::size_t(head.size()));
    for (std::size_t line = 0;;) {
        for (const std::u16string_view key : {std::u16string_view(u"kind:"), std::u16string_view(u"apiVersion:")}) {
            if (text.substr(line).starts_with(key) && text.find_first_not_of(u" \t\n\v\f\r", line + key.size()) != std::u16string_view::npos)
                return true;
        }
        const std::size_t lineEnd = text.find(u'\n', line);
        if (lineEnd == std::u16string_view::npos)
            return false;
        line = lineEnd + 1;
    }
}

} // namespace

Format detectFormat(const SourceFile &source)
{
    const QFileInfo info(source.relativePath);
    const QString suffix = info.suffix().toLower();
    const QString name = info.fileName().toLower();
    const QString path = QLatin1Char('/') + source.relativePath.toLower();
    if (suffix == QLatin1String("ps1") || suffix == QLatin1String("psm1"))
        return Format::PowerShellScript;
    // Runbooks and program sources mention the gateway but are not deployment files (no
    // "Invalid YAML" for a runbook); the lexical safety net scans them.
    static const QStringList documentSuffixes = {QStringLiteral("md"),  QStringLiteral("markdown"), QStringLiteral("ts"),
                                                 QStringLiteral("tsx"), QStringLiteral("js"),       QStringLiteral("jsx"),
                                                 QStringLiteral("mjs"), QStringLiteral("cjs")};
    if (documentSuffixes.contains(suffix))
        return Format::Unknown;
    if (name == QLatin1String("dockerfile") || name == QLatin1String("containerfile") || name.startsWith(QLatin1String("dockerfile."))
        || suffix == QLatin1String("dockerfile") || suffix == QLatin1String("containerfile"))
        return Format::Dockerfile;
    if (suffix == QLatin1String("tf") || suffix == QLatin1String("tfvars"))
        return Format::Terraform;
    if (suffix == QLatin1String("bicep") || suffix == QLatin1String("bicepparam"))
        return Format::Bicep;
    if (suffix == QLatin1String("json"))
        return isKubernetesJson(source.text) ? Format::Kubernetes : isArmJson(source.text) ? Format::ArmTemplate : Format::Unknown;
    if (suffix == QLatin1String("sh") || suffix == QLatin1String("bash") || suffix == QLatin1String("zsh")
        || source.text.rfind("#!", 0) == 0)
        return Format::ShellScript;

    // Only the head of big files is needed to tell formats apart.
    const QString head = QString::fromUtf8(source.text.data(), qsizetype(std::min<std::size_t>(source.text.size(), 256 * 1024)));
    // Compiled once: with thousands of small files, compiling them per file was most of the import.
    auto has = [&](const QRegularExpression &re) { return re.match(head).hasMatch(); };
    // An expression runs only on a head that holds one of the literals it needs: Qt compiles it,
    // JIT included, on its first match, which for a small file cost more than all the matching.
    auto hasAny = [&](std::initializer_list<const char *> literals) {
        return std::any_of(literals.begin(), literals.end(), [&](const char *literal) { return head.contains(QLatin1String(literal)); });
    };
    auto pattern = [](const char *re) { return QRegularExpression(QString::fromLatin1(re), QRegularExpression::MultilineOption); };
    static const QRegularExpression yamlKey = pattern("^[A-Za-z_][\\w.-]*:(\\s|$)");
    // "${{ x }}" is a GitHub Actions / Azure Pipelines expression, not a Helm action.
    static const QRegularExpression templateAction = pattern("(?<!\\$)\\{\\{[-\\s]*[.$\\w\"(]");
    static const QRegularExpression workflowKeys = pattern("^(on|jobs|steps|stages|trigger|pr|pool|runs-on):");
    static const QRegularExpression kustomizationKind = pattern("^kind:\\s*[\"']?Kustomization\\b");
    static const QRegularExpression kustomizeKeys = pattern("^(images|configMapGenerator|secretGenerator):\\s*(#.*)?$");
    static const QRegularExpression notKustomizeKeys = pattern("^(kind|gateway|image):");
    static const QRegularExpression composeServices = pattern("^services:\\s*(#.*)?$");
    static const QRegularExpression anyKind = pattern("^kind:");
    static const QRegularExpression helmKeys = pattern("^(gateway|image|securityContext|podSecurityContext|replicaCount|probes):\\s*(#.*|\\{\\})?$");
    const bool yamlish = suffix == QLatin1String("yaml") || suffix == QLatin1String("yml") || has(yamlKey);
    const bool yamlSuffix = suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
    if (yamlSuffix
        && (path.contains(QLatin1String("/.github/workflows/")) || path.contains(QLatin1String("/.github/actions/"))
            || path.contains(QLatin1String("/.azure-pipelines/")) || name.startsWith(QLatin1String("azure-pipelines"))
            || (hasAny({"${{"}) && has(workflowKeys))))
        return Format::CiWorkflow;
    if (yamlish && hasAny({"{{"}) && has(templateAction))
        return Format::HelmTemplate;
    if (yamlish) {
        if ((hasAny({"Kustomization"}) && has(kustomizationKind)) || name == QLatin1String("kustomization.yaml") || name == QLatin1String("kustomization.yml")
            || (hasAny({"images:", "Generator:"}) && has(kustomizeKeys) && !has(notKustomizeKeys)))
            return Format::Kustomize;
        if (hasAny({"services:"}) && has(composeServices) && !has(anyKind))
            return Format::Compose;
        if (hasKubernetesKey(head))
            return Format::Kubernetes;
        if (hasAny({"gateway:", "image:", "ecurityContext:", "replicaCount:", "probes:"}) && has(helmKeys))
            return Format::HelmValues;
    }
    static const QRegularExpression envLine(QStringLiteral("^\\s*(export\\s+)?[A-Za-z_][\\w.-]*=.*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression contentLine(QStringLiteral("^\\s*[^#\\s].*$"), QRegularExpression::MultilineOption);
    const int envLines = countMatches(head, envLine);
    const int contentLines = countMatches(head, contentLine);
    if (envLines > 0 && envLines * 10 >= contentLines * 8
        && (head.contains(QLatin1String("config.service.")) || suffix == QLatin1String("env") || suffix == QLatin1String("conf")
            || name == QLatin1String(".env")))
        return Format::EnvFile;
    static const QRegularExpression commandLine = pattern("^\\s*(sudo\\s+)?(docker|kubectl|helm|az)\\s");
    if (has(commandLine))
        return Format::ShellScript;
    if (yamlish && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")))
        return Format::Kubernetes; // plain YAML: still scanned for gateway resources
    return Format::Unknown;
}

FileAnalysis analyzeSource(SourceFile source)
{
    const Format format = detectFormat(source);
    return analyzeSource(std::move(source), format);
}

namespace {

constexpr std::size_t kLargeSlackBytes = std::size_t(1) << 20;
// A large file's findings get room for one per this many bytes of text ahead (a gateway
// Deployment of about 300 bytes has two): grown by doubling, they were held twice for a moment
// (14 + 14 MiB at 65,536 findings, the peak of --json on 50k pairs). The room is one mapped block
// (main.cpp fixes glibc's mapping threshold), resident only as far as written.
constexpr std::size_t kBytesPerFindingReserved = 128;
constexpr std::size_t kReservedFromBytes = std::size_t(1) << 20;

// The order a stable sort by `less` would give the findings, as indices.
template<typename Less>
std::vector<std::uint32_t> stableOrder(const std::vector<Finding> &findings, Less less)
{
    std::vector<std::uint32_t> order(findings.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return less(findings[a], findings[b]); });
    return order;
}

// std::stable_sort of the findings themselves would hold a second copy of each for a moment
// (23 MiB for 100k findings): they are sorted through indices and moved along the cycles instead.
template<typename Less>
void sortStably(std::vector<Finding> &findings, Less less)
{
    const std::vector<std::uint32_t> order = stableOrder(findings, less);
    std::vector<bool> placed(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (placed[i] || order[i] == i)
            continue;
        Finding held = std::move(findings[i]);
        for (std::size_t to = i;;) {
            const std::size_t from = order[to];
            placed[to] = true;
            if (from == i) {
                findings[to] = std::move(held);
                break;
            }
            findings[to] = std::move(findings[from]);
            to = from;
        }
    }
}

} // namespace

FileAnalysis analyzeSource(SourceFile source, Format format)
{
    FileAnalysis analysis;
    analysis.source = std::move(source);
    analysis.format = format;
    if (analysis.source.text.size() >= kReservedFromBytes)
        analysis.findings.reserve(analysis.source.text.size() / kBytesPerFindingReserved);
    switch (analysis.format) {
    case Format::Kubernetes: analyzeKubernetes(analysis); break;
    case Format::HelmValues: analyzeHelmValues(analysis); break;
    case Format::Kustomize: analyzeKustomize(analysis); break;
    case Format::Compose: analyzeCompose(analysis); break;
    case Format::EnvFile: analyzeEnvFile(analysis); break;
    case Format::ShellScript:
    case Format::PowerShellScript: analyzeScript(analysis); break;
    case Format::Dockerfile: analyzeDockerfile(analysis); break;
    case Format::CiWorkflow: analyzeCiWorkflow(analysis); break;
    case Format::Terraform: analyzeTerraform(analysis); break;
    case Format::Bicep: analyzeBicep(analysis); break;
    case Format::ArmTemplate: analyzeArmTemplate(analysis); break;
    case Format::HelmTemplate:
        analysis.findings.push_back(makeFinding(Code::HelmTemplate, analysis.source.relativePath, 0, 0));
        break;
    case Format::Unknown: break;
    }
    // Tokens and base64 secrets by their shape, wherever they are: comments, keys no analyser knows.
    const std::vector<SecretSpan> shaped = secretSpansByShape(analysis.source.text);
    analysis.secrets.insert(analysis.secrets.end(), shaped.begin(), shaped.end());
    analysis.secrets = mergedSpans(std::move(analysis.secrets));
    auto &fs = analysis.findings;
    // Values shared through YAML anchors can be reached twice: keep the first finding per place.
    const auto byPlace = [](const Finding &a, const Finding &b) { return std::tie(a.code, a.id) < std::tie(b.code, b.id); };
    const std::vector<std::uint32_t> placeOrder = stableOrder(fs, byPlace);
    std::vector<bool> repeated(fs.size());
    for (std::size_t k = 1; k < placeOrder.size(); ++k)
        repeated[placeOrder[k]] = !byPlace(fs[placeOrder[k - 1]], fs[placeOrder[k]]);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < fs.size(); ++i) {
        if (repeated[i])
            continue;
        if (kept != i)
            fs[kept] = std::move(fs[i]);
        ++kept;
    }
    fs.erase(fs.begin() + std::ptrdiff_t(kept), fs.end());
    addUnhandledReferences(analysis);
    sortStably(fs, [](const Finding &a, const Finding &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    // Kept for the session: no growth slack per file. A large vector keeps its slack, which is
    // never written and so never resident, rather than being copied whole for a moment.
    if ((fs.capacity() - fs.size()) * sizeof(Finding) < kLargeSlackBytes)
        fs.shrink_to_fit();
    return analysis;
}

} // namespace agm
