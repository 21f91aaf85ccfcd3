// SPDX-License-Identifier: MIT
// Values of the official chart (azure-api-management-gateway), 1.x keys and the 0.x ones.
#include "formats.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agm {

namespace {

void secretAt(FindingCollector &out, const YamlDocument &doc, const YAML::Node &value)
{
    if (!isScalar(value))
        return;
    const auto [s, e] = doc.valueExtent(value);
    checkSecretValue(out, value.Scalar(), s, e);
}

// A release's chart version older than 1.1.0, the first chart with a securityContext value
// (apim-facts.md, values.yaml key history). Ranges ("1.x", ">=1.0.0") are not versions: false.
bool chartBeforeSecurityContext(const std::string &version)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)(-[0-9A-Za-z.-]+)?$"));
    const auto m = re.match(fromUtf8(version));
    if (!m.hasMatch())
        return false;
    const int major = m.captured(1).toInt(), minor = m.captured(2).toInt();
    return major == 0 || (major == 1 && minor < 1);
}

// The image an empty image.tag gives on an old chart (its appVersion), or empty when unknown.
QString appVersionOfOldChart(const std::string &version)
{
    if (version.rfind("0.3.", 0) == 0 || version.rfind("v0.3.", 0) == 0)
        return QStringLiteral("1.1.2");
    const std::string v = version.rfind('v', 0) == 0 ? version.substr(1) : version;
    if (v == "1.0.0-rc" || v == "1.0.0-rc.1" || v == "1.0.0-rc.2")
        return QStringLiteral("1.2.5");
    return {};
}

} // namespace

void visitGatewayChartValues(FindingCollector &out, const YamlDocument &doc, const YAML::Node &root,
                             const ChartValuesContext &context)
{
    if (!root.IsMap())
        return;
    const YAML::Node gateway = child(root, "gateway");
    const YAML::Node image = child(root, "image");
    // Only values of the gateway chart: its gateway.* keys or its image; never another chart's values.
    const std::string repository = scalarValue(child(image, "repository"));
    if (!context.gatewayChart && (!repository.empty() ? !isGatewayRepository(repository) : !gateway.IsMap()))
        return;
    out.resource = context.resource;
    checkDuplicateKeys(out, doc, root);
    // 0.x keys without the 1.x ones, or a release pinned to a chart before 1.1.0.
    const bool v0Keys = (child(gateway, "endpoint").IsDefined() || child(gateway, "authKey").IsDefined())
                        && !child(gateway, "configuration").IsDefined() && !child(gateway, "auth").IsDefined();
    const bool oldChart = v0Keys || chartBeforeSecurityContext(context.chartVersion);
    const QString chartAppVersion = appVersionOfOldChart(context.chartVersion);
    const YAML::Node tag = child(image, "tag");
    doc.claim(tag);
    if (const auto span = doc.scalar(tag); span && !tag.Scalar().empty()) {
        checkImageTag(out, tag.Scalar(), span->valueStart, span->valueEnd, span->style == 0, QStringLiteral("image.tag"));
    } else if (oldChart && (v0Keys || !chartAppVersion.isEmpty()) && span) {
        // tag: "" on an old chart runs its v1 appVersion: the chosen tag goes there.
        const QString runs = chartAppVersion.isEmpty() ? QCoreApplication::translate("agm::Core", "(empty: the 0.x chart's v1 default)")
                                                       : QCoreApplication::translate("agm::Core", "(empty: %1 from chart %2)").arg(chartAppVersion, fromUtf8(context.chartVersion));
        Finding &f = out.add(Code::ImageLegacy, span->start, {runs});
        f.field = out.fieldPrefix.isEmpty() ? QStringLiteral("image.tag") : out.fieldPrefix + QStringLiteral(".image.tag");
        f.oldValue = fromUtf8(tag.Scalar());
        f.edits.push_back({span->valueStart, span->valueEnd, {}, {}, Param::Tag, span->style == 0});
    } else if (!oldChart) { // the 0.x chart ships v1: its own warning says so
        const YAML::Node at = tag.IsDefined() ? childKey(image, "tag") : childKey(root, "image");
        if (at.IsDefined())
            out.add(Code::HelmTagFromChart, doc.offsetOf(at));
    }

    checkEndpointNode(out, doc, child(child(gateway, "configuration"), "uri"), QStringLiteral("gateway.configuration.uri"));
    const YAML::Node oldEndpoint = child(gateway, "endpoint");
    if (oldEndpoint.IsDefined()) {
        checkEndpointNode(out, doc, oldEndpoint, QStringLiteral("gateway.endpoint"));
        out.add(Code::HelmChartV0Keys, doc.offsetOf(childKey(gateway, "endpoint")), {QStringLiteral("gateway.endpoint")});
    }
    const YAML::Node auth = child(gateway, "auth");
    secretAt(out, doc, child(auth, "key"));
    secretAt(out, doc, child(auth, "token"));
    secretAt(out, doc, child(child(child(auth, "azureAd"), "app"), "secret"));
    secretAt(out, doc, child(gateway, "authKey"));

    if (oldChart) {
        // Keys this chart ignores would only look like a fix: advise the chart upgrade instead.
        const YAML::Node at = v0Keys ? childKey(root, "gateway") : root;
        const QString chart = context.chartVersion.empty() ? QStringLiteral("0.x") : fromUtf8(context.chartVersion);
        const bool emptyTag = scalarValue(tag).empty();
        QString imageNote; // what an empty image.tag runs
        if (emptyTag && !chartAppVersion.isEmpty())
            imageNote = QCoreApplication::translate("agm::Core", " Its default image (an empty image.tag) is %1, a v1 image.").arg(chartAppVersion);
        else if (emptyTag && context.chartVersion.empty())
            imageNote = QCoreApplication::translate("agm::Core", " On these charts an empty image.tag means a v1 image (1.1.2 on chart 0.3.0, 1.2.5 up to chart 1.0.0-rc.2).");
        out.add(Code::HelmChartNoSecurityContext, doc.offsetOf(at), {chart, imageNote});
    } else {
        requireFields(out, doc, root, "securityContext", gatewaySecurityFields(), Code::SecurityMissing);
        checkCapabilities(out, doc, child(root, "securityContext"));
    }

    const YAML::Node probes = child(root, "probes");
    for (const char *probe : {"readiness", "liveness", "startup"}) {
        const YAML::Node path = child(child(child(probes, probe), "httpGet"), "path");
        if (const auto span = doc.scalar(path)) {
            doc.claim(path);
            checkProbePath(out, path.Scalar(), span->valueStart, span->valueEnd);
        }
    }
    const YAML::Node aliases = child(child(child(gateway, "deployment"), "dns"), "hostAliases");
    if (aliases.IsSequence()) {
        for (std::size_t i = 0; i < aliases.size(); ++i) {
            const YAML::Node hostnames = child(aliases[i], "hostnames");
            const std::string ip = scalarValue(child(aliases[i], "ip"));
            for (std::size_t h = 0; hostnames.IsSequence() && h < hostnames.size(); ++h) {
                checkHostAlias(out, scalarValue(hostnames[h]), doc.offsetOf(hostnames[h]));
                out.addHostAlias(scalarValue(hostnames[h]), ip, doc.offsetOf(hostnames[h]),
                                 QStringLiteral("gateway.deployment.dns.hostAliases[%1]").arg(i));
            }
        }
    }
    // The chart (1.7.0+) turns these into the pod's HTTP_PROXY, HTTPS_PROXY and NO_PROXY.
    const YAML::Node proxy = child(child(child(gateway, "deployment"), "network"), "proxy");
    for (const auto &[key, variable] : {std::pair<const char *, const char *>{"http", "HTTP_PROXY"},
                                        {"https", "HTTPS_PROXY"}, {"bypass", "NO_PROXY"}}) {
        const YAML::Node value = child(proxy, key);
        if (!isScalar(value) || value.Scalar().empty())
            continue;
        const auto span = doc.scalar(value);
        out.addProxySetting(variable, value.Scalar(), doc.offsetOf(value),
                            QStringLiteral("gateway.deployment.network.proxy.%1").arg(QLatin1String(key)),
                            span ? span->valueStart : std::string::npos);
    }
    const YAML::Node backup = child(child(gateway, "configuration"), "backup");
    if (scalarValue(child(backup, "enabled")) == "true"
        && scalarValue(child(child(root, "podSecurityContext"), "fsGroup")) != "1001")
        out.add(Code::BackupFsGroup, doc.offsetOf(childKey(backup, "enabled")));
}

void analyzeHelmValues(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    forEachYamlDocument(analysis, {}, [&](const YamlDocument &doc) { visitGatewayChartValues(out, doc, doc.root(), {}); });
}

} // namespace agm
