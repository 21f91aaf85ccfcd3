// SPDX-License-Identifier: MIT
// Values of the official chart (azure-api-management-gateway), 1.x keys and the 0.x ones.
#include "formats.h"
#include "yamltext.h"

namespace agm {

namespace {

void secretAt(FindingCollector &out, const YamlDocument &doc, const YAML::Node &value)
{
    if (!isScalar(value))
        return;
    const auto [s, e] = doc.valueExtent(value);
    checkSecretValue(out, value.Scalar(), s, e);
}

void visitValues(FindingCollector &out, const YamlDocument &doc)
{
    const YAML::Node root = doc.root();
    if (!root.IsMap())
        return;
    const YAML::Node gateway = child(root, "gateway");
    const YAML::Node image = child(root, "image");
    // Only values of the gateway chart: its gateway.* keys or its image; never another chart's values.
    const std::string repository = scalarValue(child(image, "repository"));
    if (!repository.empty() ? !isGatewayRepository(repository) : !gateway.IsMap())
        return;
    out.resource = QStringLiteral("values");
    checkDuplicateKeys(out, doc, root);
    const YAML::Node tag = child(image, "tag");
    doc.claim(tag);
    if (const auto span = doc.scalar(tag); span && !tag.Scalar().empty()) {
        checkImageTag(out, tag.Scalar(), span->valueStart, span->valueEnd, span->style == 0, QStringLiteral("image.tag"));
    } else if (!child(gateway, "endpoint").IsDefined()) { // the 0.x chart ships v1: its own warning says so
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

    requireFields(out, doc, root, "securityContext", gatewaySecurityFields(), Code::SecurityMissing);
    checkCapabilities(out, doc, child(root, "securityContext"));

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

} // namespace

void analyzeHelmValues(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    forEachYamlDocument(analysis, {}, [&](const YamlDocument &doc) { visitValues(out, doc); });
}

} // namespace agm
