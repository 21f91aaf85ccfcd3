// SPDX-License-Identifier: MIT
#include "azurecontainers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace agm {

namespace {

bool sameNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(uchar(x)) == std::tolower(uchar(y)); });
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

const IacNode *objectAt(const IacNode *node, const char *key)
{
    const IacNode *value = node ? node->get(key) : nullptr;
    return value && value->kind == IacNode::Object ? value : nullptr;
}

const IacNode *literalAt(const IacNode *node, const char *key)
{
    const IacNode *value = node ? node->get(key) : nullptr;
    return value && value->kind == IacNode::String && value->literal ? value : nullptr;
}

// The text with each expression part as ${V<n>}, the way classifyEndpoint reads a shell variable.
std::string withPlaceholders(const std::vector<TemplatePart> &parts)
{
    std::string out;
    for (std::size_t p = 0; p < parts.size(); ++p)
        out += parts[p].expression ? "${V" + std::to_string(p) + "}" : parts[p].text;
    return out;
}

// A value followed to a parameter's default is named by that place alone ("param gatewayImage"),
// not as a field of the container.
class Elsewhere
{
public:
    Elsewhere(FindingCollector &out, const QString &field)
        : m_out(out)
        , m_prefix(out.fieldPrefix)
    {
        if (!field.isEmpty())
            out.fieldPrefix.clear();
    }
    ~Elsewhere() { m_out.fieldPrefix = m_prefix; }
    Elsewhere(const Elsewhere &) = delete;
    Elsewhere &operator=(const Elsewhere &) = delete;

private:
    FindingCollector &m_out;
    QString m_prefix;
};

} // namespace

AzureTemplateVisitor::AzureTemplateVisitor(FileAnalysis &analysis)
    : m_out(analysis)
{
}

QString AzureTemplateVisitor::theValueItself()
{
    return QCoreApplication::translate("agm::Core", "the value itself");
}

void AzureTemplateVisitor::resource(std::string_view type, const IacNode &body, std::size_t at, const QString &name)
{
    const bool apps = sameNoCase(type, "Microsoft.App/containerApps") || sameNoCase(type, "Microsoft.App/jobs");
    const bool instances = sameNoCase(type, "Microsoft.ContainerInstance/containerGroups");
    if (!apps && !instances)
        return;
    const IacNode *properties = objectAt(&body, "properties");
    const IacNode *holder = apps ? objectAt(properties, "template") : properties;
    m_out.resource = name;
    bool gateway = false;
    for (const char *list : {"containers", "initContainers"}) {
        const IacNode *containers = holder ? holder->get(list) : nullptr;
        if (!containers || containers->kind != IacNode::Array)
            continue;
        for (const IacNode::Member &c : containers->members) {
            if (c.value.kind == IacNode::Object)
                container(c.value, instances, gateway);
        }
    }
    // Container Apps secrets (configuration.secrets[].value) hold the gateway token.
    if (const IacNode *secrets = objectAt(properties, "configuration") ? objectAt(properties, "configuration")->get("secrets") : nullptr) {
        for (const IacNode::Member &s : secrets->members)
            secret(s.value.get("value"));
    }
    m_out.fieldPrefix.clear();
    if (gateway) {
        const QString platform = instances ? QStringLiteral("Azure Container Instances") : QStringLiteral("Azure Container Apps");
        Finding &f = m_out.add(Code::SecurityNotApplicable, at, {name, platform});
        f.field.clear();
    }
}

void AzureTemplateVisitor::container(const IacNode &c, bool instances, bool &gateway)
{
    const IacNode *name = literalAt(&c, "name");
    const IacNode *props = instances ? objectAt(&c, "properties") : &c;
    if (!props)
        return;
    m_out.fieldPrefix = QStringLiteral("containers[%1]").arg(name ? fromUtf8(name->text) : QString());
    if (instances)
        m_out.fieldPrefix += QStringLiteral(".properties");
    struct Env
    {
        std::string name;
        const IacNode *value;
        bool secure;
    };
    std::vector<Env> env;
    const char *envKey = instances ? "environmentVariables" : "env";
    if (const IacNode *list = props->get(envKey); list && list->kind == IacNode::Array) {
        for (const IacNode::Member &e : list->members) {
            const IacNode *n = literalAt(&e.value, "name");
            if (!n)
                continue;
            if (const IacNode *v = e.value.get("value"))
                env.push_back({n->text, v, false});
            if (const IacNode *v = e.value.get("secureValue"))
                env.push_back({n->text, v, true});
        }
    }
    bool hint = false;
    for (const Env &e : env)
        hint = hint || startsWith(e.name, "config.service.");
    const bool isGateway = image(props->get("image"), hint, QStringLiteral("image"));
    for (const Env &e : env) {
        const QString field = QStringLiteral("%1[%2]").arg(QLatin1String(envKey), fromUtf8(e.name));
        if (e.secure || startsWith(e.name, kAuthKey))
            secret(e.value);
        else if (e.name == kEndpointKey)
            endpoint(e.value, field);
        else if (e.value->kind == IacNode::String && e.value->literal)
            m_out.addProxySetting(e.name, e.value->text, e.value->valueStart, field, e.value->escaped ? std::string::npos : e.value->valueStart);
    }
    if (!isGateway)
        return;
    gateway = true;
    // The v1 health probe path: Container Apps probes[].httpGet, Container Instances *Probe.httpGet.
    std::vector<std::pair<QString, const IacNode *>> probes;
    if (const IacNode *list = props->get("probes"); list && list->kind == IacNode::Array) {
        for (std::size_t k = 0; k < list->members.size(); ++k)
            probes.emplace_back(QStringLiteral("probes[%1]").arg(k), &list->members[k].value);
    }
    probes.emplace_back(QStringLiteral("livenessProbe"), props->get("livenessProbe"));
    probes.emplace_back(QStringLiteral("readinessProbe"), props->get("readinessProbe"));
    for (const auto &[key, probe] : probes) {
        if (const IacNode *path = literalAt(objectAt(probe, "httpGet"), "path")) {
            const std::size_t count = m_out.findingCount();
            checkProbePath(m_out, path->text, path->valueStart, path->valueEnd);
            if (m_out.findingCount() > count)
                m_out.last().field = QString(m_out.fieldPrefix + QLatin1Char('.') + key + QStringLiteral(".httpGet.path"));
        }
    }
}

bool AzureTemplateVisitor::image(const IacNode *node, bool gatewayHint, const QString &field)
{
    if (!node)
        return false;
    const IacValue r = resolve(node);
    if (r.literal) {
        if (!firstVisit(*r.literal))
            return isGatewayImage(r.literal->text);
        const Elsewhere place(m_out, r.field);
        return checkImageReference(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd, r.field.isEmpty() ? field : r.field);
    }
    const IacNode &last = r.last ? *r.last : *node;
    const std::vector<TemplatePart> ps = parts(last);
    const std::string joined = withPlaceholders(ps);
    const bool namesGateway = joined.find("azure-api-management/gateway") != std::string::npos
                              || last.text.find("azure-api-management/gateway") != std::string::npos;
    // '<registry>/azure-api-management/gateway:${tag}': the tag is edited where it is set.
    if (ps.size() >= 2 && ps.back().expression && !ps[ps.size() - 2].expression) {
        const std::string repository = joined.substr(0, joined.size() - (std::string("${V") + std::to_string(ps.size() - 1) + "}").size());
        if (!repository.empty() && repository.back() == ':' && isGatewayRepository(std::string_view(repository).substr(0, repository.size() - 1))) {
            const IacValue t = follow(ps.back().text, 0);
            if (t.literal) {
                m_out.addLocated(last.valueStart, last.valueEnd);
                const Elsewhere place(m_out, t.field);
                if (firstVisit(*t.literal))
                    checkImageTag(m_out, t.literal->text, t.literal->valueStart, t.literal->valueEnd, false, t.field.isEmpty() ? field : t.field);
                return true;
            }
            interpolated(Code::ImageInterpolated, *node, t, field);
            return true;
        }
    }
    if (namesGateway || gatewayHint) {
        interpolated(Code::ImageInterpolated, *node, r, field);
        return true;
    }
    return false;
}

void AzureTemplateVisitor::endpoint(const IacNode *node, const QString &field)
{
    if (!node)
        return;
    const IacValue r = resolve(node);
    if (r.literal) {
        const Elsewhere place(m_out, r.field);
        if (firstVisit(*r.literal))
            checkEndpoint(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd, r.field.isEmpty() ? field : r.field);
        return;
    }
    // The v2 host to write: derived when the v1 URL's service name is one expression.
    QString host = QStringLiteral("<service>.configuration.azure-api.net");
    const std::vector<TemplatePart> ps = parts(r.last ? *r.last : *node);
    if (!ps.empty()) {
        const EndpointInfo info = classifyEndpoint(withPlaceholders(ps), true);
        if (info.kind == EndpointInfo::V2)
            return; // already a v2 host built from parameters
        if (info.kind == EndpointInfo::V1) {
            std::vector<TemplatePart> derived;
            const std::string &d = info.derivedHost;
            for (std::size_t k = 0; k < d.size();) {
                const std::size_t open = d.find("${V", k);
                const std::size_t close = open == std::string::npos ? open : d.find('}', open);
                if (close == std::string::npos) {
                    derived.push_back({false, d.substr(k)});
                    break;
                }
                if (open > k)
                    derived.push_back({false, d.substr(k, open - k)});
                const std::string digits = d.substr(open + 3, close - open - 3);
                const bool number = !digits.empty() && digits.size() < 6
                                    && std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(uchar(c)); });
                const std::size_t index = number ? std::size_t(std::stoul(digits)) : ps.size();
                derived.push_back(index < ps.size() ? ps[index] : TemplatePart{false, d.substr(open, close + 1 - open)});
                k = close + 1;
            }
            host = render(derived);
        }
    }
    interpolated(Code::EndpointInterpolated, *node, r, field, {host});
}

void AzureTemplateVisitor::secret(const IacNode *node)
{
    if (!node)
        return;
    const IacValue r = resolve(node);
    if (r.literal)
        checkSecretValue(m_out, r.literal->text, r.literal->valueStart, r.literal->valueEnd);
    if (node->isString())
        m_out.addSecret(node->valueStart, node->valueEnd);
}

void AzureTemplateVisitor::interpolated(Code code, const IacNode &node, const IacValue &value, const QString &field, QStringList extra)
{
    // At the string the value is built in (maybe a variable's), where it is changed by hand.
    const IacNode &at = value.last && value.last->isString() ? *value.last : node;
    const QString written = fromUtf8(at.text);
    Finding &f = m_out.add(code, at.start, QStringList{written, value.expression, value.where} + extra);
    f.field = m_out.fieldPrefix.isEmpty() ? field : m_out.fieldPrefix + QLatin1Char('.') + field;
    f.oldValue = written;
}

void AzureTemplateVisitor::looseValue(const IacNode &node, const QString &resource, const QString &field, bool secure)
{
    if (node.kind != IacNode::String || !node.literal)
        return;
    m_out.resource = resource;
    m_out.fieldPrefix.clear();
    if (secure || startsWith(node.text, "GatewayKey ")) {
        checkSecretValue(m_out, node.text, node.valueStart, node.valueEnd);
        return;
    }
    if (isGatewayImage(node.text)) {
        if (firstVisit(node))
            checkImageReference(m_out, node.text, node.valueStart, node.valueEnd, field);
        return;
    }
    // Only a full v1 configuration URL: another management URL may be some other tool's.
    const EndpointInfo::Kind kind = classifyEndpoint(node.text).kind;
    if ((kind == EndpointInfo::V1 || kind == EndpointInfo::V1CustomDomain) && firstVisit(node))
        checkEndpoint(m_out, node.text, node.valueStart, node.valueEnd, field);
}

void AzureTemplateVisitor::tokens(const IacNode &node, int depth)
{
    if (depth > 256)
        return;
    // The token as the REST API returns it has no "GatewayKey " prefix: <gateway>&<expiry>&<signature>.
    static const QRegularExpression bare(QStringLiteral("^[^&\\s]+&\\d{12}&\\S+$"));
    if (node.kind == IacNode::String
        && (startsWith(node.text, "GatewayKey ") || (node.text.size() < 1024 && bare.match(fromUtf8(node.text)).hasMatch())))
        checkSecretValue(m_out, node.text, node.valueStart, node.valueEnd);
    for (const IacNode::Member &m : node.members)
        tokens(m.value, depth + 1);
}

} // namespace agm
