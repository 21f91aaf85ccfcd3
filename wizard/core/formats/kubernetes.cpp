// SPDX-License-Identifier: MIT
// Kubernetes manifests: ConfigMaps and Secrets, workloads with pod templates, and List items.
#include "formats.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QByteArray>

#include <algorithm>

namespace agm {

namespace {

// What the visitor below can act on, as bytes: a document without any of these yields no finding,
// edit or secret span, so it is never parsed. The gateway image path (matched in any case, as
// isGatewayRepository does); config.service.* keys and env names; kind Secret (kinds are
// case-sensitive); kind List (its resource budget); kubectl's last-applied copy; Azure hosts;
// proxy variables (a password in any container's).
const std::vector<YamlKeyword> kKeywords = {
    {"azure-api-management/gateway"}, {"config.service"}, {"azure-api"}, {"_proxy"},
    {"Secret", true}, {"List", true}, {"last-applied-configuration", true},
};

class KubernetesVisitor
{
public:
    KubernetesVisitor(FindingCollector &out, const YamlDocument &doc)
        : m_out(out)
        , m_doc(doc)
    {
    }

    void visitResource(const YAML::Node &node)
    {
        // Lists can reach the same items many times through aliases; the budget bounds the walk.
        if (!node.IsMap() || ++m_visits > kMaxResources) {
            if (m_visits == kMaxResources + 1)
                m_out.add(Code::InputRejected, m_doc.offsetOf(m_doc.root()),
                          {QCoreApplication::translate("agm::Core", "it holds more than %1 resources (through aliases)").arg(kMaxResources)});
            return;
        }
        maskLastApplied(child(node, "metadata"));
        maskLastApplied(child(child(child(node, "spec"), "template"), "metadata"));
        const std::string kind = scalarValue(child(node, "kind"));
        const std::string name = scalarValue(child(child(node, "metadata"), "name"));
        m_out.resource = fromUtf8(kind + "/" + name);
        m_out.fieldPrefix.clear();
        // kind: List, and the typed lists kubectl prints (DeploymentList, SecretList, ...).
        if (kind.size() >= 4 && kind.compare(kind.size() - 4, 4, "List") == 0 && child(node, "items").IsSequence()) {
            const YAML::Node items = child(node, "items");
            if (items.IsSequence()) {
                for (std::size_t i = 0; i < items.size(); ++i)
                    visitResource(items[i]);
            }
            return;
        }
        if (kind == "HelmRelease")
            visitFluxHelmRelease(node);
        else if (kind == "Application")
            visitArgoApplication(node);
        if (kind == "ConfigMap")
            visitConfigMap(node);
        else if (kind == "Secret")
            visitSecret(node);
        const YAML::Node spec = child(node, "spec");
        if (kind == "Pod")
            visitPodSpec(spec);
        else if (kind == "CronJob")
            visitPodSpec(child(child(child(child(spec, "jobTemplate"), "spec"), "template"), "spec"));
        else if (kind == "PodTemplate")
            visitPodSpec(child(child(node, "template"), "spec"));
        else if (kind == "Deployment" || kind == "StatefulSet" || kind == "DaemonSet" || kind == "ReplicaSet"
                 || kind == "Job" || kind == "ReplicationController")
            visitPodSpec(child(child(spec, "template"), "spec"));
    }

private:
    static constexpr std::string_view kGatewayChart = "azure-api-management-gateway";

    // Flux: spec.chart.spec.{chart, version} and the values mapping spec.values.
    void visitFluxHelmRelease(const YAML::Node &node)
    {
        const YAML::Node chart = child(child(child(node, "spec"), "chart"), "spec");
        ChartValuesContext context;
        context.resource = m_out.resource;
        context.chartVersion = scalarValue(child(chart, "version"));
        context.gatewayChart = scalarValue(child(chart, "chart")) == kGatewayChart;
        m_out.fieldPrefix = QStringLiteral("spec.values");
        visitGatewayChartValues(m_out, m_doc, child(child(node, "spec"), "values"), context);
        m_out.fieldPrefix.clear();
    }

    // Argo CD: spec.source (or each of spec.sources) with chart, targetRevision and helm's
    // valuesObject (a mapping), values (a string holding YAML) and parameters (--set pairs).
    void visitArgoApplication(const YAML::Node &node)
    {
        const YAML::Node spec = child(node, "spec");
        const QString resource = m_out.resource;
        std::vector<std::pair<YAML::Node, QString>> sources;
        if (child(spec, "source").IsMap())
            sources.emplace_back(child(spec, "source"), QStringLiteral("spec.source"));
        const YAML::Node many = child(spec, "sources");
        for (std::size_t i = 0; many.IsSequence() && i < many.size(); ++i)
            sources.emplace_back(many[i], QStringLiteral("spec.sources[%1]").arg(i));
        for (const auto &[source, path] : sources) {
            const YAML::Node helm = child(source, "helm");
            if (!helm.IsMap())
                continue;
            ChartValuesContext context;
            context.resource = resource;
            context.chartVersion = scalarValue(child(source, "targetRevision"));
            context.gatewayChart = scalarValue(child(source, "chart")) == kGatewayChart;
            m_out.fieldPrefix = path + QStringLiteral(".helm.valuesObject");
            visitGatewayChartValues(m_out, m_doc, child(helm, "valuesObject"), context);
            const YAML::Node values = child(helm, "values");
            // Another chart's values string is not parsed: its errors are not ours to report.
            if (isScalar(values) && (context.gatewayChart || mayMention(values.Scalar(), kKeywords))) {
                m_out.fieldPrefix = path + QStringLiteral(".helm.values");
                if (!visitEmbeddedYaml(m_out, m_doc, values, [&](const YamlDocument &embedded) {
                        visitGatewayChartValues(m_out, embedded, embedded.root(), context);
                    })) {
                    // Not a literal block: still masked where it could hold the gateway key.
                    if (context.gatewayChart) {
                        const auto [s, e] = m_doc.valueExtent(values);
                        m_out.addSecret(s, e);
                    }
                }
            }
            m_out.fieldPrefix = path + QStringLiteral(".helm.parameters");
            visitHelmParameters(child(helm, "parameters"), context);
        }
        m_out.fieldPrefix.clear();
        m_out.resource = resource;
    }

    // Argo's helm.parameters: [{name: image.tag, value: ...}], the --set of the gateway chart.
    void visitHelmParameters(const YAML::Node &parameters, const ChartValuesContext &context)
    {
        if (!parameters.IsSequence() || !context.gatewayChart)
            return;
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            const std::string name = scalarValue(child(parameters[i], "name"));
            const YAML::Node value = child(parameters[i], "value");
            if (name == "image.tag") {
                if (const auto span = m_doc.scalar(value)) {
                    m_doc.claim(value);
                    checkImageTag(m_out, value.Scalar(), span->valueStart, span->valueEnd, span->style == 0,
                                  QStringLiteral("image.tag"));
                }
            } else if (name == "gateway.configuration.uri" || name == "gateway.endpoint") {
                checkEndpointNode(m_out, m_doc, value, fromUtf8(name));
            } else if (name == "gateway.auth.key" || name == "gateway.authKey" || name == "gateway.auth.token") {
                secret(value, false);
            }
        }
    }

    void visitConfigMap(const YAML::Node &node)
    {
        const YAML::Node data = child(node, "data");
        if (!data.IsMap())
            return;
        m_out.fieldPrefix = QStringLiteral("data");
        const bool gatewayConfig = member(data, kEndpointKey).IsDefined();
        // Duplicates matter only where values are read: a ConfigMap with gateway settings.
        const auto entries = members(data); // "<<: *common" merges count
        const bool gatewaySettings = std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
            return scalarValue(entry.first).rfind("config.service.", 0) == 0;
        });
        if (gatewaySettings)
            checkDuplicateKeys(m_out, m_doc, data);
        for (const auto &[keyNode, value] : entries) {
            const std::string key = scalarValue(keyNode);
            if (key == kEndpointKey)
                endpoint(value, QString::fromUtf8(kEndpointKey.data(), qsizetype(kEndpointKey.size())));
            else if (key.rfind(std::string(kAuthKey), 0) == 0)
                secret(value, false);
            else if (gatewayConfig) // the gateway's own ConfigMap (envFrom): proxy variables count
                proxy(key, value, QStringLiteral("data.%1").arg(fromUtf8(key)));
        }
        m_out.fieldPrefix.clear();
    }

    void visitSecret(const YAML::Node &node)
    {
        for (const char *section : {"data", "stringData"}) {
            const YAML::Node values = child(node, section);
            if (!values.IsMap())
                continue;
            for (const auto &entry : members(values))
                secret(entry.second, std::string_view(section) == "data");
        }
    }

    // kubectl keeps a full copy of the object, secrets included, in this annotation.
    void maskLastApplied(const YAML::Node &metadata)
    {
        const YAML::Node applied = child(child(metadata, "annotations"), "kubectl.kubernetes.io/last-applied-configuration");
        if (isScalar(applied)) {
            const auto [s, e] = m_doc.valueExtent(applied);
            m_out.addSecret(s, e);
        }
    }

    void secret(const YAML::Node &value, bool base64)
    {
        if (!isScalar(value))
            return;
        const auto [s, e] = m_doc.valueExtent(value);
        std::string plain = value.Scalar();
        if (base64) {
            const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(plain));
            plain = decoded.toStdString();
        }
        checkSecretValue(m_out, plain, s, e);
    }

    void endpoint(const YAML::Node &value, const QString &field)
    {
        checkEndpointNode(m_out, m_doc, value, field);
    }

    void proxy(const std::string &name, const YAML::Node &value, const QString &field, std::size_t at = std::string::npos)
    {
        if (!isScalar(value)) {
            // valueFrom: a Secret or ConfigMap holds it; the setting exists, its value is elsewhere.
            if (value.IsMap())
                m_out.addProxySetting(name, "(from valueFrom)", at != std::string::npos ? at : m_doc.offsetOf(value), field);
            return;
        }
        const auto span = m_doc.scalar(value);
        m_out.addProxySetting(name, value.Scalar(), m_doc.offsetOf(value), field,
                              span ? span->valueStart : std::string::npos);
    }

    void visitPodSpec(const YAML::Node &podSpec)
    {
        if (!podSpec.IsMap())
            return;
        bool gateway = false;
        std::size_t backupMountAt = std::string::npos;
        // Every container can hold a credential, whatever it runs; only "containers" are migrated.
        for (const char *group : {"initContainers", "containers", "ephemeralContainers"}) {
            const YAML::Node list = child(podSpec, group);
            for (std::size_t i = 0; list.IsSequence() && i < list.size(); ++i)
                maskContainerSecrets(list[i]);
        }
        const YAML::Node containers = child(podSpec, "containers");
        if (containers.IsSequence()) {
            for (std::size_t i = 0; i < containers.size(); ++i) {
                const ContainerResult r = visitContainer(containers[i]);
                gateway = gateway || r.gateway;
                if (backupMountAt == std::string::npos)
                    backupMountAt = r.backupMountAt;
            }
        }
        m_out.fieldPrefix.clear();
        if (!gateway)
            return;
        const YAML::Node aliases = child(podSpec, "hostAliases");
        if (aliases.IsSequence()) {
            for (std::size_t i = 0; i < aliases.size(); ++i) {
                const YAML::Node hostnames = child(aliases[i], "hostnames");
                if (!hostnames.IsSequence())
                    continue;
                const std::string ip = scalarValue(child(aliases[i], "ip"));
                for (std::size_t h = 0; h < hostnames.size(); ++h) {
                    checkHostAlias(m_out, scalarValue(hostnames[h]), m_doc.offsetOf(hostnames[h]));
                    m_out.addHostAlias(scalarValue(hostnames[h]), ip, m_doc.offsetOf(hostnames[h]),
                                       QStringLiteral("hostAliases[%1]").arg(i));
                }
            }
        }
        if (backupMountAt != std::string::npos) {
            const std::string fsGroup = scalarValue(child(child(podSpec, "securityContext"), "fsGroup"));
            if (fsGroup != "1001")
                m_out.add(Code::BackupFsGroup, backupMountAt);
        }
    }

    struct ContainerResult
    {
        bool gateway = false;
        std::size_t backupMountAt = std::string::npos; // a /apim/config mount
    };

    ContainerResult visitContainer(const YAML::Node &container)
    {
        ContainerResult result;
        const YAML::Node image = member(container, "image");
        const auto imageSpan = m_doc.scalar(image);
        if (!imageSpan || !isGatewayImage(image.Scalar()))
            return result;
        result.gateway = true;
        checkDuplicateKeys(m_out, m_doc, container);
        checkDuplicateKeys(m_out, m_doc, member(container, "securityContext"));
        m_out.fieldPrefix = QStringLiteral("containers[%1]").arg(fromUtf8(scalarValue(member(container, "name"))));
        m_doc.claim(image);
        checkImageReference(m_out, image.Scalar(), imageSpan->valueStart, imageSpan->valueEnd, QStringLiteral("image"));

        const YAML::Node env = member(container, "env");
        if (env.IsSequence()) {
            for (std::size_t i = 0; i < env.size(); ++i) {
                const std::string name = scalarValue(member(env[i], "name"));
                const YAML::Node value = member(env[i], "value");
                if (name == kEndpointKey)
                    endpoint(value, QStringLiteral("env[%1].value").arg(fromUtf8(name)));
                else if (value.IsDefined())
                    proxy(name, value, QStringLiteral("%1.env[%2]").arg(m_out.fieldPrefix, fromUtf8(name)));
                else if (member(env[i], "valueFrom").IsDefined())
                    proxy(name, member(env[i], "valueFrom"), QStringLiteral("%1.env[%2]").arg(m_out.fieldPrefix, fromUtf8(name)),
                          m_doc.offsetOf(memberKey(env[i], "valueFrom")));
            }
        }
        for (const char *probe : {"readinessProbe", "livenessProbe", "startupProbe"}) {
            const YAML::Node path = member(member(member(container, probe), "httpGet"), "path");
            if (const auto span = m_doc.scalar(path)) {
                m_doc.claim(path);
                checkProbePath(m_out, path.Scalar(), span->valueStart, span->valueEnd);
            }
        }
        requireFields(m_out, m_doc, container, "securityContext", gatewaySecurityFields(), Code::SecurityMissing);
        checkCapabilities(m_out, m_doc, member(container, "securityContext"));

        const YAML::Node mounts = member(container, "volumeMounts");
        if (mounts.IsSequence()) {
            for (std::size_t i = 0; i < mounts.size(); ++i) {
                const YAML::Node path = member(mounts[i], "mountPath");
                std::string p = scalarValue(path);
                while (p.size() > 1 && p.back() == '/')
                    p.pop_back();
                if (p == "/apim/config" && result.backupMountAt == std::string::npos)
                    result.backupMountAt = m_doc.offsetOf(path);
            }
        }
        return result;
    }

    // The gateway key and the credentials in proxy URLs, in any container.
    void maskContainerSecrets(const YAML::Node &container)
    {
        const YAML::Node env = member(container, "env");
        if (!env.IsSequence())
            return;
        for (std::size_t i = 0; i < env.size(); ++i) {
            const std::string name = scalarValue(member(env[i], "name"));
            const YAML::Node value = member(env[i], "value");
            if (name.rfind(std::string(kAuthKey), 0) == 0) {
                secret(value, false);
            } else if (isProxyVariable(name)) {
                if (const auto span = m_doc.scalar(value))
                    m_out.addUrlSecrets(value.Scalar(), span->valueStart);
            }
        }
    }

    static constexpr int kMaxResources = 10000;
    int m_visits = 0;
    FindingCollector &m_out;
    const YamlDocument &m_doc;
};

} // namespace

void analyzeKubernetes(FileAnalysis &analysis, PreScan preScan)
{
    FindingCollector out(analysis);
    forEachYamlDocument(analysis, preScan == PreScan::On ? kKeywords : std::vector<YamlKeyword>{}, [&](const YamlDocument &doc) {
        KubernetesVisitor(out, doc).visitResource(doc.root());
    });
}

} // namespace agm
