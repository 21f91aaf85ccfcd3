// SPDX-License-Identifier: MIT
// Bicep: Container Apps and Container Instances resources (azurecontainers.h), the parameter
// defaults and variables their values come from, and the values of a .bicepparam file.
#include "azurecontainers.h"
#include "formats.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace agm {

namespace {

bool isIdentifier(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(text).hasMatch();
}

// `param x string` has no value: its node is the empty expression.
bool hasValue(const IacNode::Member &m)
{
    return !(m.value.kind == IacNode::Expression && m.value.text.empty() && m.value.members.empty());
}

// The object of `= {...}`, `= if (c) {...}` or `= [for x in xs: {...}]`.
const IacNode *bodyOf(const IacNode &node, int depth = 0)
{
    if (node.kind == IacNode::Object)
        return &node;
    if (depth > 4 || node.kind == IacNode::String || node.kind == IacNode::Heredoc)
        return nullptr;
    for (const IacNode::Member &m : node.members) {
        if (const IacNode *found = bodyOf(m.value, depth + 1))
            return found;
    }
    return nullptr;
}

class BicepVisitor : public AzureTemplateVisitor
{
public:
    BicepVisitor(FileAnalysis &analysis, const IacNode &root)
        : AzureTemplateVisitor(analysis)
        , m_root(root)
    {
        for (const IacNode::Member &m : root.members) {
            if (!m.block || m.labels.empty())
                continue;
            if (m.key == "param")
                m_params[m.labels[0]] = &m;
            else if (m.key == "var")
                m_vars[m.labels[0]] = &m;
        }
    }

    void visit()
    {
        for (const IacNode::Member &m : m_root.members) {
            if (!m.block || m.key != "resource" || m.labels.size() < 2)
                continue;
            const std::string &type = m.labels[1];
            if (const IacNode *body = bodyOf(m.value))
                resource(std::string_view(type).substr(0, type.find('@')), *body, m.keyStart, fromUtf8(m.labels[0]));
        }
        // A gateway image or a v1 URL as a parameter's default (or a .bicepparam value) is the
        // gateway's wherever it is used; a @secure() one is a secret.
        for (const auto &[name, param] : m_params) {
            if (!hasValue(*param))
                continue;
            bool secure = false;
            for (const std::string &d : param->decorators)
                secure = secure || d.rfind("secure(", 0) == 0 || d.rfind("sys.secure(", 0) == 0;
            const bool paramFile = param->labels.size() == 1; // `param x = ...` has no type
            looseValue(param->value, QStringLiteral("param %1").arg(fromUtf8(name)), paramFile ? QStringLiteral("value") : QStringLiteral("default"), secure);
        }
        tokens(m_root);
    }

protected:
    IacValue resolve(const IacNode *node, int depth) const override
    {
        IacValue r;
        r.last = node;
        if (!node)
            return r;
        if (node->kind == IacNode::String && node->literal) {
            r.literal = node;
            return r;
        }
        r.expression = fromUtf8(node->text).trimmed();
        r.where = theValueItself();
        if (depth > 16)
            return r;
        if (node->kind == IacNode::String) {
            const std::vector<TemplatePart> ps = parts(*node);
            if (ps.size() == 1 && ps[0].expression) // '${x}'
                return followFrom(node, ps[0].text, depth);
            QStringList used;
            for (const TemplatePart &p : ps) {
                if (p.expression && !used.contains(fromUtf8(p.text)))
                    used << fromUtf8(p.text);
            }
            r.expression = used.isEmpty() ? QLatin1Char('\'') + r.expression + QLatin1Char('\'') : used.join(QStringLiteral(", "));
            return r;
        }
        if (node->kind == IacNode::Expression)
            return followFrom(node, node->text, depth);
        return r;
    }

    IacValue follow(const std::string &expression, int depth) const override
    {
        const QString name = fromUtf8(expression).trimmed();
        IacValue r;
        r.expression = name;
        r.where = theValueItself();
        if (!isIdentifier(name))
            return r;
        if (const auto p = m_params.find(name.toStdString()); p != m_params.end()) {
            if (!hasValue(*p->second)) {
                r.where = QCoreApplication::translate("agm::Core", "the value given for parameter '%1': a .bicepparam file, a parameters file or --parameters %1=...")
                              .arg(name);
                return r;
            }
            IacValue inner = resolve(&p->second->value, depth + 1);
            if (inner.literal && inner.field.isEmpty())
                inner.field = QStringLiteral("param %1").arg(name);
            else if (!inner.literal && inner.where == theValueItself())
                inner.where = QCoreApplication::translate("agm::Core", "the default of parameter '%1'").arg(name);
            return inner;
        }
        if (const auto v = m_vars.find(name.toStdString()); v != m_vars.end() && hasValue(*v->second)) {
            IacValue inner = resolve(&v->second->value, depth + 1);
            if (inner.literal && inner.field.isEmpty())
                inner.field = QStringLiteral("var %1").arg(name);
            else if (!inner.literal && inner.where == theValueItself())
                inner.where = QCoreApplication::translate("agm::Core", "the value of variable '%1'").arg(name);
            return inner;
        }
        return r;
    }

    // 'text ${expr} text': the raw pieces, escapes kept as written.
    std::vector<TemplatePart> parts(const IacNode &node) const override
    {
        std::vector<TemplatePart> out;
        if (node.kind != IacNode::String || node.literal)
            return out;
        const std::string &t = node.text;
        std::string literal;
        for (std::size_t k = 0; k < t.size();) {
            if (t[k] == '\\' && k + 1 < t.size()) {
                literal += t.substr(k, 2);
                k += 2;
            } else if (t.compare(k, 2, "${") == 0) {
                std::size_t e = k + 2;
                int braces = 1;
                bool quoted = false;
                for (; e < t.size(); ++e) {
                    if (t[e] == '\'')
                        quoted = !quoted;
                    else if (!quoted && t[e] == '{')
                        ++braces;
                    else if (!quoted && t[e] == '}' && --braces == 0)
                        break;
                }
                if (!literal.empty())
                    out.push_back({false, std::move(literal)});
                literal.clear();
                out.push_back({true, t.substr(k + 2, e - k - 2)});
                k = e + 1;
            } else {
                literal += t[k++];
            }
        }
        if (!literal.empty())
            out.push_back({false, std::move(literal)});
        return out;
    }

    QString render(const std::vector<TemplatePart> &parts) const override
    {
        QString out;
        for (const TemplatePart &p : parts)
            out += p.expression ? QStringLiteral("${%1}").arg(fromUtf8(p.text)) : fromUtf8(p.text);
        return out;
    }

private:
    // A followed reference keeps the node it was written at when it leads nowhere.
    IacValue followFrom(const IacNode *node, const std::string &expression, int depth) const
    {
        IacValue r = follow(expression, depth);
        if (!r.literal && !r.last)
            r.last = node;
        return r;
    }

    const IacNode &m_root;
    std::map<std::string, const IacNode::Member *> m_params;
    std::map<std::string, const IacNode::Member *> m_vars;
};

} // namespace

void analyzeBicep(FileAnalysis &analysis)
{
    const IacNode root = parseIac(analysis.source.text, IacSyntax::Bicep);
    BicepVisitor visitor(analysis, root);
    visitor.visit();
}

} // namespace agm
