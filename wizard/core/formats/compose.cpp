// SPDX-License-Identifier: MIT
// docker-compose files: services with the gateway image, their environment, user and read_only.
#include "formats.h"
#include "yamltext.h"

#include <QCoreApplication>

#include <set>

namespace agm {

namespace {

class ComposeVisitor
{
public:
    ComposeVisitor(FindingCollector &out, const YamlDocument &doc)
        : m_out(out)
        , m_doc(doc)
    {
    }

    void visit()
    {
        const YAML::Node services = child(m_doc.root(), "services");
        if (!services.IsMap())
            return;
        for (auto it = services.begin(); it != services.end(); ++it)
            visitService(scalarValue(it->first), it->second);
    }

private:
    void visitService(const std::string &name, const YAML::Node &service)
    {
        if (!service.IsMap())
            return;
        m_out.resource = QCoreApplication::translate("agm::Core", "service %1").arg(fromUtf8(name));
        m_out.fieldPrefix.clear();
        const YAML::Node environment = member(service, "environment");
        const YAML::Node image = member(service, "image");
        const auto span = m_doc.scalar(image);
        const bool gateway = span && isGatewayImage(image.Scalar());
        visitEnvironment(environment, gateway);
        if (!gateway)
            return;
        visitExtraHosts(member(service, "extra_hosts"));
        m_doc.claim(image);
        if (m_seenImages.insert(span->start).second)
            checkImageReference(m_out, image.Scalar(), span->valueStart, span->valueEnd, QStringLiteral("image"));
        checkUser(service);
        const YAML::Node readOnly = member(service, "read_only");
        m_doc.claim(readOnly);
        if (scalarValue(readOnly) == "true") {
            if (const auto ro = m_doc.scalar(readOnly)) {
                Finding &f = m_out.add(Code::ComposeReadOnly, ro->start);
                f.field = QStringLiteral("read_only");
                f.oldValue = QStringLiteral("true");
                f.newValue = QStringLiteral("false");
                f.edits.push_back({ro->valueStart, ro->valueEnd, "false", {}, Param::None, false});
            }
        }
    }

    void checkUser(const YAML::Node &service)
    {
        const YAML::Node user = member(service, "user");
        if (!user.IsDefined()) {
            const std::size_t at = m_doc.offsetOf(service);
            if (at == std::string::npos || m_doc.isFlow(service))
                return;
            const int column = m_doc.columnOf(at);
            const std::size_t end = m_doc.blockContentEnd(at, column);
            Finding &f = m_out.add(Code::ComposeUser, at, {QStringLiteral("root")});
            f.field = QStringLiteral("user");
            f.newValue = QStringLiteral("\"1001\"");
            f.edits.push_back({end, end, m_doc.source().eol + std::string(std::size_t(column), ' ') + "user: \"1001\"",
                               {}, Param::None, false});
            return;
        }
        m_doc.claim(user);
        const std::string value = scalarValue(user);
        if (value == "1001" || value.rfind("1001:", 0) == 0)
            return;
        const auto span = m_doc.scalar(user);
        if (!span)
            return;
        Finding &f = m_out.add(Code::ComposeUser, span->start, {fromUtf8(value)});
        f.field = QStringLiteral("user");
        f.oldValue = fromUtf8(value);
        f.newValue = QStringLiteral("1001");
        if (span->style == 0)
            f.edits.push_back({span->start, span->end, "\"1001\"", {}, Param::None, false});
        else
            f.edits.push_back({span->valueStart, span->valueEnd, "1001", {}, Param::None, false});
    }

    void visitEnvironment(const YAML::Node &environment, bool gateway)
    {
        if (environment.IsSequence()) {
            for (std::size_t i = 0; i < environment.size(); ++i) {
                const YAML::Node item = environment[i];
                const std::string entry = scalarValue(item);
                const std::size_t eq = entry.find('=');
                if (eq == std::string::npos)
                    continue;
                const std::string key = entry.substr(0, eq);
                if (gateway && key == kEndpointKey)
                    m_doc.claim(item);
                const auto [s, e] = m_doc.valueExtent(item);
                if (e < s + eq + 1)
                    continue;
                handle(key, entry.substr(eq + 1), s + eq + 1, e, gateway, m_doc.scalar(item).has_value());
            }
        } else if (environment.IsMap()) {
            for (const auto &[keyNode, value] : members(environment)) { // "<<: *common" merges count
                const std::string key = scalarValue(keyNode);
                if (key == kEndpointKey && gateway) {
                    if (!m_seenEndpoints.insert(m_doc.offsetOf(value)).second) {
                        m_doc.claim(value); // checkEndpointNode claimed the first use
                        continue;
                    }
                    checkEndpointNode(m_out, m_doc, value, QStringLiteral("environment.%1").arg(fromUtf8(key)));
                    continue;
                }
                const auto [s, e] = m_doc.valueExtent(value);
                handle(key, scalarValue(value), s, e, gateway, m_doc.scalar(value).has_value());
            }
        }
    }

    void handle(const std::string &key, const std::string &value, std::size_t start, std::size_t end, bool gateway,
                bool exact)
    {
        if (key.rfind(std::string(kAuthKey), 0) == 0) {
            checkSecretValue(m_out, value, start, end);
        } else if (key == kEndpointKey && gateway && exact && m_seenEndpoints.insert(start).second) {
            checkEndpoint(m_out, value, start, end, QStringLiteral("environment.%1").arg(fromUtf8(key)));
        } else if (gateway && m_seenProxies.insert(start).second) {
            m_out.addProxySetting(key, value, start, QStringLiteral("environment.%1").arg(fromUtf8(key)),
                                  exact ? start : std::string::npos);
        } else if (!gateway && exact && isProxyVariable(key)) {
            m_out.addUrlSecrets(value, start); // a sidecar's proxy password is a secret too
        }
    }

    // extra_hosts: ["host:ip"], ["host=ip"] or {host: ip}; docker's counterpart of hostAliases.
    void visitExtraHosts(const YAML::Node &hosts)
    {
        if (hosts.IsSequence()) {
            for (std::size_t i = 0; i < hosts.size(); ++i) {
                const std::string entry = scalarValue(hosts[i]);
                const std::size_t sep = entry.find_first_of(":=");
                if (sep != std::string::npos)
                    m_out.addHostAlias(entry.substr(0, sep), entry.substr(sep + 1), m_doc.offsetOf(hosts[i]), QStringLiteral("extra_hosts"));
            }
        } else if (hosts.IsMap()) {
            for (auto it = hosts.begin(); it != hosts.end(); ++it)
                m_out.addHostAlias(scalarValue(it->first), scalarValue(it->second), m_doc.offsetOf(it->first), QStringLiteral("extra_hosts"));
        }
    }

    FindingCollector &m_out;
    const YamlDocument &m_doc;
    std::set<std::size_t> m_seenImages;    // shared through anchors: report once
    std::set<std::size_t> m_seenEndpoints;
    std::set<std::size_t> m_seenProxies;
};

} // namespace

void analyzeCompose(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    forEachYamlDocument(analysis, {}, [&](const YamlDocument &doc) { ComposeVisitor(out, doc).visit(); });
}

} // namespace agm
