// SPDX-License-Identifier: MIT
// ARM templates (JSON, "$schema" .../deploymentTemplate.json#): Container Apps and Container
// Instances resources (azurecontainers.h), with "[parameters('x')]" and "[variables('x')]"
// followed to where they are set; parameters files (deploymentParameters.json#): their values.
#include "azurecontainers.h"
#include "formats.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace agm {

namespace {

bool containsNoCase(const std::string &text, const char *needle)
{
    return QString::fromUtf8(text.c_str()).contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// Splits "a, 'b, c', f(x, y)" at its top-level commas.
std::vector<std::string> splitArguments(std::string_view text)
{
    std::vector<std::string> out;
    std::string current;
    int parens = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '\'')
            quoted = !quoted; // '' inside a string toggles twice
        else if (!quoted && (c == '(' || c == '['))
            ++parens;
        else if (!quoted && (c == ')' || c == ']'))
            --parens;
        if (c == ',' && !quoted && parens == 0) {
            out.push_back(QString::fromStdString(current).trimmed().toStdString());
            current.clear();
        } else {
            current += c;
        }
    }
    out.push_back(QString::fromStdString(current).trimmed().toStdString());
    return out;
}

// 'it''s' -> it's; nullopt when the argument is no string literal.
std::optional<std::string> stringLiteral(const std::string &arg)
{
    if (arg.size() < 2 || arg.front() != '\'' || arg.back() != '\'')
        return std::nullopt;
    std::string out;
    for (std::size_t k = 1; k + 1 < arg.size(); ++k) {
        if (arg[k] == '\'') {
            if (arg[k + 1] != '\'' || k + 2 >= arg.size())
                return std::nullopt;
            ++k;
        }
        out += arg[k];
    }
    return out;
}

// The arguments of `name(...)` when the call is the whole expression.
std::optional<std::vector<std::string>> callArguments(const std::string &expression, const char *name)
{
    const std::string open = std::string(name) + "(";
    if (expression.size() <= open.size() || !containsNoCase(expression.substr(0, open.size()), open.c_str()) || expression.back() != ')')
        return std::nullopt;
    int parens = 0;
    bool quoted = false;
    for (std::size_t k = open.size() - 1; k < expression.size(); ++k) {
        const char c = expression[k];
        if (c == '\'')
            quoted = !quoted;
        else if (!quoted && c == '(')
            ++parens;
        else if (!quoted && c == ')' && --parens == 0 && k + 1 != expression.size())
            return std::nullopt; // concat(a)[0] and the like
    }
    return splitArguments(std::string_view(expression).substr(open.size(), expression.size() - open.size() - 1));
}

class ArmVisitor : public AzureTemplateVisitor
{
public:
    ArmVisitor(FileAnalysis &analysis, const IacNode &root)
        : AzureTemplateVisitor(analysis)
        , m_root(root)
    {
    }

    void visit()
    {
        if (m_root.kind != IacNode::Object)
            return;
        const IacNode *schema = m_root.get("$schema");
        const IacNode *parameters = m_root.get("parameters");
        if (schema && containsNoCase(schema->text, "deploymentParameters")) {
            // A parameters file: which template uses a value is not known here, so a value is
            // migrated when it is itself a gateway image or a v1 URL.
            for (std::size_t k = 0; parameters && k < parameters->members.size(); ++k) {
                const IacNode::Member &p = parameters->members[k];
                if (const IacNode *value = p.value.get("value"))
                    looseValue(*value, QStringLiteral("parameters.%1").arg(fromUtf8(p.key)), QStringLiteral("value"), false);
            }
        } else {
            walk(m_root, 0);
            for (const IacNode *t : m_templates) {
                const IacNode *params = t->get("parameters");
                for (std::size_t k = 0; params && k < params->members.size(); ++k) {
                    const IacNode::Member &p = params->members[k];
                    const IacNode *type = p.value.get("type");
                    const bool secure = type && containsNoCase(type->text, "secure");
                    if (const IacNode *value = p.value.get("defaultValue"))
                        looseValue(*value, QStringLiteral("parameters.%1").arg(fromUtf8(p.key)), QStringLiteral("defaultValue"), secure);
                }
            }
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
        const std::string &text = node->text;
        const bool expression = node->kind == IacNode::String && text.size() >= 2 && text.front() == '[' && text.back() == ']'
                                && text.compare(0, 2, "[[") != 0;
        if (node->kind == IacNode::String && node->literal && !expression && text.compare(0, 2, "[[") != 0) {
            r.literal = node;
            return r;
        }
        r.expression = fromUtf8(text);
        r.where = theValueItself();
        if (!expression || depth > 16)
            return r;
        IacValue followed = follow(QString::fromStdString(text.substr(1, text.size() - 2)).trimmed().toStdString(), depth);
        if (!followed.literal && !followed.last)
            followed.last = node;
        return followed;
    }

    IacValue follow(const std::string &expression, int depth) const override
    {
        static const QRegularExpression reference(QStringLiteral("^(parameters|variables)\\(\\s*'([^']*)'\\s*\\)$"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression anyReference(QStringLiteral("(parameters|variables)\\(\\s*'[^']*'\\s*\\)"), QRegularExpression::CaseInsensitiveOption);
        const QString e = fromUtf8(expression).trimmed();
        IacValue r;
        r.expression = QLatin1Char('[') + e + QLatin1Char(']');
        r.where = theValueItself();
        const auto m = reference.match(e);
        if (!m.hasMatch()) {
            QStringList used;
            for (auto it = anyReference.globalMatch(e); it.hasNext();) {
                const QString ref = it.next().captured();
                if (!used.contains(ref))
                    used << ref;
            }
            if (!used.isEmpty())
                r.expression = used.join(QStringLiteral(", "));
            return r;
        }
        r.expression = e;
        const bool parameter = m.captured(1).compare(QLatin1String("parameters"), Qt::CaseInsensitive) == 0;
        const QString name = m.captured(2);
        const IacNode *section = m_template ? m_template->get(parameter ? "parameters" : "variables") : nullptr;
        const IacNode *declared = section ? section->get(name.toStdString()) : nullptr;
        const IacNode *value = !declared ? nullptr : parameter ? declared->get("defaultValue") : declared;
        if (!value || depth > 16) {
            if (parameter)
                r.where = QCoreApplication::translate("agm::Core", "the value given for parameter '%1': a parameters file (parameters.%1.value) or --parameters %1=...")
                              .arg(name);
            return r;
        }
        IacValue inner = resolve(value, depth + 1);
        const QString place = parameter ? QStringLiteral("parameters.%1.defaultValue").arg(name) : QStringLiteral("variables.%1").arg(name);
        if (inner.literal && inner.field.isEmpty())
            inner.field = place;
        else if (!inner.literal && inner.where == theValueItself())
            inner.where = place;
        return inner;
    }

    // "[concat('a', parameters('b'))]" and "[format('a{0}', parameters('b'))]".
    std::vector<TemplatePart> parts(const IacNode &node) const override
    {
        std::vector<TemplatePart> out;
        const std::string &text = node.text;
        if (node.kind != IacNode::String || text.size() < 2 || text.front() != '[' || text.back() != ']' || text.compare(0, 2, "[[") == 0)
            return out;
        const std::string e = QString::fromStdString(text.substr(1, text.size() - 2)).trimmed().toStdString();
        if (const auto args = callArguments(e, "concat")) {
            for (const std::string &a : *args) {
                const auto s = stringLiteral(a);
                out.push_back(s ? TemplatePart{false, *s} : TemplatePart{true, a});
            }
        } else if (const auto fargs = callArguments(e, "format"); fargs && !fargs->empty()) {
            const std::vector<std::string> &fa = *fargs;
            const auto pattern = stringLiteral(fa.front());
            if (!pattern)
                return out;
            static const QRegularExpression hole(QStringLiteral("\\{(\\d+)\\}"));
            const QString p = fromUtf8(*pattern);
            qsizetype from = 0;
            for (auto it = hole.globalMatch(p); it.hasNext();) {
                const auto m = it.next();
                const std::size_t index = std::size_t(m.captured(1).toUInt()) + 1;
                if (m.capturedStart() > from)
                    out.push_back({false, p.mid(from, m.capturedStart() - from).toStdString()});
                if (index >= fa.size())
                    return {};
                const auto s = stringLiteral(fa[index]);
                out.push_back(s ? TemplatePart{false, *s} : TemplatePart{true, fa[index]});
                from = m.capturedEnd();
            }
            if (from < p.size())
                out.push_back({false, p.mid(from).toStdString()});
        }
        return out;
    }

    QString render(const std::vector<TemplatePart> &parts) const override
    {
        QStringList args;
        bool literalOnly = true;
        QString pending;
        for (const TemplatePart &p : parts) {
            if (!p.expression) {
                pending += fromUtf8(p.text);
                continue;
            }
            literalOnly = false;
            if (!pending.isEmpty())
                args << QLatin1Char('\'') + QString(pending).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
            pending.clear();
            args << fromUtf8(p.text);
        }
        if (literalOnly)
            return pending;
        if (!pending.isEmpty())
            args << QLatin1Char('\'') + pending.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        return QStringLiteral("[concat(%1)]").arg(args.join(QStringLiteral(", ")));
    }

private:
    // Resources anywhere (nested "resources", nested deployments' templates); a value is followed
    // in the template that holds it.
    void walk(const IacNode &node, int depth)
    {
        if (depth > 64)
            return;
        const IacNode *saved = m_template;
        if (node.kind == IacNode::Object) {
            if (node.get("resources") && (node.get("$schema") || node.get("contentVersion") || node.get("parameters"))) {
                m_template = &node;
                m_templates.push_back(&node);
            }
            for (const IacNode::Member &m : node.members) {
                if (m.key == "type" && m.value.kind == IacNode::String && m.value.literal) {
                    const IacNode *name = node.get("name");
                    resource(m.value.text, node, m.keyStart, name && name->kind == IacNode::String ? fromUtf8(name->text) : QString());
                }
            }
        }
        for (const IacNode::Member &m : node.members)
            walk(m.value, depth + 1);
        m_template = saved;
    }

    const IacNode &m_root;
    const IacNode *m_template = nullptr;
    std::vector<const IacNode *> m_templates;
};

} // namespace

void analyzeArmTemplate(FileAnalysis &analysis)
{
    const IacNode root = parseIac(analysis.source.text, IacSyntax::Json);
    ArmVisitor visitor(analysis, root);
    visitor.visit();
}

} // namespace agm
