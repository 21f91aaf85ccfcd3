// SPDX-License-Identifier: MIT
// Terraform: gateway containers of azurerm_container_app, azurerm_container_group and
// kubernetes_* resources (image, env), helm_release of the gateway chart (set blocks, values
// heredocs), and the variable defaults and locals those values come from.
#include "formats.h"
#include "iactree.h"
#include "rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace agm {

namespace {

// Where a value really lives: a literal string (maybe a variable's default), or why it cannot be
// edited here.
struct Resolved
{
    const IacNode *literal = nullptr;
    QString field;      // the place of the literal when it is not the value itself
    QString expression; // the reference or expression that could not be followed
    QString where;      // where the operator sets it instead
};

class TerraformVisitor
{
public:
    TerraformVisitor(FileAnalysis &analysis, const IacNode &root)
        : m_analysis(analysis)
        , m_out(analysis)
        , m_root(root)
    {
        for (const IacNode::Member &m : root.members) {
            if (m.block && m.key == "variable" && !m.labels.empty())
                m_variables[m.labels[0]] = &m.value;
            if (m.block && m.key == "locals") {
                for (const IacNode::Member &local : m.value.members)
                    m_locals[local.key] = &local.value;
            }
        }
    }

    void visit()
    {
        for (const IacNode::Member &m : m_root.members) {
            if (!m.block || m.key != "resource" || m.labels.size() < 2)
                continue;
            const std::string &type = m.labels[0];
            m_out.resource = fromUtf8(type + "." + m.labels[1]);
            m_out.fieldPrefix.clear();
            if (type == "helm_release")
                helmRelease(m);
            else
                containers(m, m.value, 0);
        }
        // A gateway image as a variable default is the gateway's, used here or in another module;
        // a sensitive variable's or a GatewayKey default is a secret wherever it is used.
        for (const auto &[name, variable] : m_variables) {
            const IacNode *value = variable->get("default");
            const IacNode *sensitive = variable->get("sensitive");
            if (value && value->isString()
                && ((sensitive && sensitive->text == "true") || value->text.rfind("GatewayKey ", 0) == 0))
                checkSecretValue(m_out, value->text, value->valueStart, value->valueEnd);
            if (value && value->kind == IacNode::String && value->literal && isGatewayImage(value->text)) {
                m_out.resource = QStringLiteral("variable \"%1\"").arg(fromUtf8(name));
                m_out.fieldPrefix.clear();
                checkImageReference(m_out, value->text, value->valueStart, value->valueEnd, QStringLiteral("default"));
            }
        }
    }

private:
    Resolved resolve(const IacNode *node, int depth = 0) const
    {
        Resolved r;
        if (!node)
            return r;
        if (node->kind == IacNode::String && node->literal) {
            r.literal = node;
            return r;
        }
        // "${var.x}" in a string, var.x as an expression: followed; anything else is reported as is.
        static const QRegularExpression inString(QStringLiteral("^\\$\\{\\s*(var|local)\\.([A-Za-z0-9_-]+)\\s*\\}$"));
        static const QRegularExpression bare(QStringLiteral("^(var|local)\\.([A-Za-z0-9_-]+)$"));
        const QString text = fromUtf8(node->text).trimmed();
        r.expression = node->kind == IacNode::String ? QLatin1Char('"') + text + QLatin1Char('"') : text;
        r.where = QCoreApplication::translate("agm::Core", "the value itself");
        if (node->kind == IacNode::String) { // the interpolations a template is built from
            QStringList used;
            static const QRegularExpression interpolation(QStringLiteral("\\$\\{\\s*([^}]*?)\\s*\\}"));
            for (auto it = interpolation.globalMatch(text); it.hasNext();) {
                const QString e = it.next().captured(1);
                if (!used.contains(e))
                    used << e;
            }
            if (!used.isEmpty())
                r.expression = used.join(QStringLiteral(", "));
        }
        const auto m = (node->kind == IacNode::String ? inString : bare).match(text);
        if (!m.hasMatch() || depth > 16 || node->kind == IacNode::Heredoc)
            return r;
        const std::string name = m.captured(2).toStdString();
        r.expression = m.captured(1) + QLatin1Char('.') + m.captured(2);
        if (m.captured(1) == QLatin1String("local")) {
            const auto it = m_locals.find(name);
            if (it == m_locals.end()) {
                r.where = QCoreApplication::translate("agm::Core", "locals { %1 = ... } in another file of the module").arg(m.captured(2));
                return r;
            }
            Resolved inner = resolve(it->second, depth + 1);
            if (inner.literal && inner.field.isEmpty())
                inner.field = QStringLiteral("locals.%1").arg(m.captured(2));
            return inner.literal || !inner.expression.isEmpty() ? inner : r;
        }
        const auto it = m_variables.find(name);
        const IacNode *value = it == m_variables.end() ? nullptr : it->second->get("default");
        if (!value) {
            r.where = QCoreApplication::translate("agm::Core", "the value given for variable \"%1\": a .tfvars file, -var or TF_VAR_%1").arg(m.captured(2));
            return r;
        }
        Resolved inner = resolve(value, depth + 1);
        if (inner.literal && inner.field.isEmpty())
            inner.field = QStringLiteral("variable \"%1\" default").arg(m.captured(2));
        if (!inner.literal && inner.expression == fromUtf8(value->text).trimmed())
            inner.where = QCoreApplication::translate("agm::Core", "the default of variable \"%1\"").arg(m.captured(2));
        return inner;
    }

    // The finding goes where the value is written; the edit where the literal lives.
    std::size_t placeOf(const Resolved &r, const IacNode &node) const
    {
        return r.literal ? r.literal->valueStart : node.start;
    }

    // Returns whether the value is the gateway image.
    bool image(const IacNode *node, bool gatewayHint, const QString &field)
    {
        if (!node)
            return false;
        const Resolved r = resolve(node);
        if (r.literal)
            return checkImageReference(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd,
                                       r.field.isEmpty() ? field : r.field);
        const std::string &text = node->text;
        const bool namesGateway = text.find("azure-api-management/gateway") != std::string::npos;
        if (node->kind == IacNode::String && namesGateway) {
            // "mcr.microsoft.com/azure-api-management/gateway:${var.tag}": the tag is edited where it is set.
            const std::size_t colon = text.rfind(':');
            const std::size_t slash = text.rfind('/');
            const bool exactBytes = text.find('\\') == std::string::npos;
            if (colon != std::string::npos && (slash == std::string::npos || colon > slash) && exactBytes
                && isGatewayRepository(std::string_view(text).substr(0, colon))) {
                if (text.find('$', colon) == std::string::npos) { // only the registry is interpolated
                    m_out.addLocated(node->valueStart, node->valueEnd);
                    checkImageTag(m_out, std::string_view(text).substr(colon + 1), node->valueStart + colon + 1, node->valueEnd, false, field);
                    return true;
                }
                IacNode tag;
                tag.kind = IacNode::String;
                tag.text = text.substr(colon + 1);
                tag.start = node->valueStart + colon + 1;
                const Resolved t = resolve(&tag);
                if (t.literal) {
                    m_out.addLocated(node->valueStart, node->valueEnd);
                    checkImageTag(m_out, t.literal->text, t.literal->valueStart, t.literal->valueEnd, false,
                                  t.field.isEmpty() ? field : t.field);
                    return true;
                }
                interpolatedImage(*node, t, field);
                return true;
            }
        }
        if (namesGateway || gatewayHint) {
            interpolatedImage(*node, r, field);
            return true;
        }
        return false;
    }

    void interpolatedImage(const IacNode &node, const Resolved &r, const QString &field)
    {
        Finding &f = m_out.add(Code::ImageInterpolated, node.start, {fromUtf8(node.text), r.expression, r.where});
        f.field = joinedField(field);
        f.oldValue = fromUtf8(node.text);
    }

    void tag(const IacNode *node, const QString &field)
    {
        const Resolved r = resolve(node);
        if (r.literal)
            checkImageTag(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd, false, r.field.isEmpty() ? field : r.field);
        else if (node)
            interpolatedImage(*node, r, field);
    }

    void endpoint(const IacNode *node, const QString &field)
    {
        if (!node)
            return;
        const Resolved r = resolve(node);
        if (r.literal) {
            checkEndpoint(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd, r.field.isEmpty() ? field : r.field);
            return;
        }
        // The v2 host to write: derived when the v1 URL's service name is one interpolation.
        QString host = QStringLiteral("<service>.configuration.azure-api.net");
        if (node->kind == IacNode::String) {
            std::vector<std::string> parts;
            std::string shellLike;
            const std::string &text = node->text;
            for (std::size_t i = 0; i < text.size(); ++i) {
                if (text.compare(i, 2, "${") == 0) {
                    const std::size_t close = text.find('}', i);
                    if (close == std::string::npos)
                        break;
                    parts.push_back(text.substr(i, close + 1 - i));
                    shellLike += "${V" + std::to_string(parts.size() - 1) + "}";
                    i = close;
                } else {
                    shellLike += text[i];
                }
            }
            const EndpointInfo info = classifyEndpoint(shellLike, true);
            if (info.kind == EndpointInfo::V1 || info.kind == EndpointInfo::V2) {
                std::string derived = info.kind == EndpointInfo::V1 ? info.derivedHost : shellLike;
                for (std::size_t p = 0; p < parts.size(); ++p) {
                    const std::string token = "${V" + std::to_string(p) + "}";
                    for (std::size_t at = derived.find(token); at != std::string::npos; at = derived.find(token))
                        derived.replace(at, token.size(), parts[p]);
                }
                if (info.kind == EndpointInfo::V2)
                    return; // already a v2 host built from variables
                host = fromUtf8(derived);
            }
        }
        Finding &f = m_out.add(Code::EndpointInterpolated, node->start, {fromUtf8(node->text), r.expression, r.where, host});
        f.field = joinedField(field);
        f.oldValue = fromUtf8(node->text);
    }

    void secret(const IacNode *node)
    {
        if (!node)
            return;
        const Resolved r = resolve(node);
        if (r.literal)
            checkSecretValue(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd);
        if (node->isString())
            m_out.addSecret(node->valueStart, node->valueEnd);
    }

    QString joinedField(const QString &field) const
    {
        return m_out.fieldPrefix.isEmpty() ? field : m_out.fieldPrefix + QLatin1Char('.') + field;
    }

    // Container blocks anywhere in a resource (template.container, spec.template.spec.container).
    void containers(const IacNode::Member &resource, const IacNode &node, int depth)
    {
        if (depth > 32)
            return;
        for (const IacNode::Member &m : node.members) {
            if (m.block && (m.key == "container" || m.key == "init_container"))
                container(resource, m);
            else if (m.value.kind == IacNode::Object || m.value.kind == IacNode::Array)
                containers(resource, m.value, depth + 1);
        }
    }

    void container(const IacNode::Member &resource, const IacNode::Member &block)
    {
        const IacNode &c = block.value;
        const IacNode *name = c.get("name");
        m_out.fieldPrefix = QStringLiteral("%1[%2]").arg(fromUtf8(block.key), name && name->kind == IacNode::String ? fromUtf8(name->text) : QString());
        // (name node, value node, secret) of every environment variable, whichever form holds it.
        struct Env
        {
            std::string name;
            const IacNode *value;
            bool secure;
        };
        std::vector<Env> env;
        for (const IacNode::Member *e : c.all("env")) {
            const IacNode *n = e->value.get("name");
            if (n && n->kind == IacNode::String)
                env.push_back({n->text, e->value.get("value"), false});
        }
        for (const char *map : {"environment_variables", "secure_environment_variables"}) {
            if (const IacNode *vars = c.get(map); vars && vars->kind == IacNode::Object) {
                for (const IacNode::Member &v : vars->members)
                    env.push_back({v.key, &v.value, map[0] == 's'});
            }
        }
        bool hint = false;
        for (const Env &e : env)
            hint = hint || e.name.rfind("config.service.", 0) == 0;
        const bool gateway = image(c.get("image"), hint, QStringLiteral("image"));
        for (const Env &e : env) {
            const QString field = QStringLiteral("env[%1]").arg(fromUtf8(e.name));
            if (e.secure || e.name.rfind(std::string(kAuthKey), 0) == 0)
                secret(e.value);
            else if (e.name == kEndpointKey)
                endpoint(e.value, field);
            else if (e.value && e.value->kind == IacNode::String && e.value->literal)
                m_out.addProxySetting(e.name, e.value->text, e.value->valueStart, field, e.value->valueStart);
        }
        if (!gateway)
            return;
        const std::string &type = resource.labels[0];
        const bool azureRuntime = type.rfind("azurerm_container_app", 0) == 0 || type == "azurerm_container_group";
        if (azureRuntime) {
            if (m_platformNoted.insert(resource.keyStart).second) {
                const QString platform = type == "azurerm_container_group" ? QStringLiteral("Azure Container Instances")
                                                                             : QStringLiteral("Azure Container Apps");
                Finding &f = m_out.add(Code::SecurityNotApplicable, resource.keyStart, {m_out.resource, platform});
                f.field.clear();
            }
        } else if (type.rfind("kubernetes_", 0) == 0 && !c.get("security_context")) {
            // The provider's security_context block; not inserted: its attribute types differ by provider version.
            Finding &f = m_out.add(Code::SecurityMissing, block.keyStart);
            f.field = joinedField(QStringLiteral("security_context"));
        }
    }

    void helmRelease(const IacNode::Member &release)
    {
        const IacNode &r = release.value;
        auto literalOf = [&](const char *key) {
            const IacNode *n = r.get(key);
            return n && n->kind == IacNode::String ? n->text : std::string();
        };
        struct Set
        {
            const IacNode *name;
            const IacNode *value;
            bool sensitive;
        };
        std::vector<Set> sets;
        for (const char *key : {"set", "set_string", "set_sensitive"}) {
            const bool sensitive = std::string_view(key) == "set_sensitive";
            for (const IacNode::Member *m : r.all(key)) {
                if (m->block) {
                    sets.push_back({m->value.get("name"), m->value.get("value"), sensitive});
                } else if (m->value.kind == IacNode::Array) { // provider 3.x: set = [{ name = ..., value = ... }]
                    for (const IacNode::Member &item : m->value.members)
                        sets.push_back({item.value.get("name"), item.value.get("value"), sensitive});
                }
            }
        }
        bool gateway = literalOf("chart").find("azure-api-management-gateway") != std::string::npos
                       || literalOf("repository").find("azure-api-management") != std::string::npos;
        for (const Set &s : sets)
            gateway = gateway || (s.name && s.name->text.rfind("gateway.", 0) == 0);
        if (!gateway)
            return;
        bool securitySet = false;
        for (const Set &s : sets) {
            if (!s.name || s.name->kind != IacNode::String)
                continue;
            const std::string &name = s.name->text;
            const QString field = QStringLiteral("set[%1]").arg(fromUtf8(name));
            m_out.fieldPrefix.clear();
            if (s.sensitive || name == "gateway.auth.key" || name == "gateway.authKey" || name == "gateway.auth.token")
                secret(s.value);
            else if (name == "gateway.configuration.uri" || name == "gateway.endpoint")
                endpoint(s.value, field);
            else if (name == "image.tag")
                tag(s.value, field);
            securitySet = securitySet || name.rfind("securityContext.", 0) == 0;
        }
        // values = [<<EOT ... EOT]: the YAML is the chart's values, edited where it is written.
        bool securityInValues = false;
        if (const IacNode *values = r.get("values")) {
            for (const IacNode::Member &item : values->members) {
                if (item.value.kind != IacNode::Heredoc)
                    continue;
                analyzeEmbedded(m_analysis, item.value.valueStart, item.value.valueEnd, Format::HelmValues, m_out.resource);
                securityInValues = securityInValues || item.value.text.find("securityContext") != std::string::npos
                                   || std::any_of(m_analysis.findings.begin(), m_analysis.findings.end(), [&](const Finding &f) {
                                          return f.code == Code::SecurityMissing && f.resource.startsWith(m_out.resource);
                                      });
            }
        }
        if (!securitySet && !securityInValues) {
            m_out.fieldPrefix.clear();
            Finding &f = m_out.add(Code::SecurityMissing, release.keyStart);
            f.field = QStringLiteral("set[securityContext.*]");
        }
    }

    FileAnalysis &m_analysis;
    FindingCollector m_out;
    const IacNode &m_root;
    std::map<std::string, const IacNode *> m_variables;
    std::map<std::string, const IacNode *> m_locals;
    std::set<std::size_t> m_platformNoted;
};

} // namespace

void analyzeTerraform(FileAnalysis &analysis)
{
    const IacNode root = parseIac(analysis.source.text, IacSyntax::Hcl);
    TerraformVisitor visitor(analysis, root);
    visitor.visit();
}

} // namespace agm
