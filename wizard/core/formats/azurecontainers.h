// SPDX-License-Identifier: MIT
#pragma once

// Azure Container Apps (Microsoft.App/containerApps, jobs) and Container Instances
// (Microsoft.ContainerInstance/containerGroups) as Bicep and ARM templates describe them: the same
// resource properties in two syntaxes. Each syntax says how a value is followed to where it is
// written (a parameter's default, a variable); the containers are read here, once.

#include "iactree.h"
#include "rules.h"

#include <set>
#include <string>
#include <vector>

namespace agm {

// Where a value really lives: a literal string (maybe a parameter's default), or why it cannot be
// edited here.
struct IacValue
{
    const IacNode *literal = nullptr;
    const IacNode *last = nullptr; // the node the search stopped at (a template string, an expression)
    QString field;                 // the place of the literal when it is not the value itself
    QString expression;            // the reference or expression that could not be followed
    QString where;                 // where the operator sets it instead
};

// A string built from pieces (Bicep '${x}', ARM concat() or format()): literal text and expressions.
struct TemplatePart
{
    bool expression = false;
    std::string text;
};

class AzureTemplateVisitor
{
public:
    explicit AzureTemplateVisitor(FileAnalysis &analysis);
    virtual ~AzureTemplateVisitor() = default;

protected:
    // One resource of a Container Apps or Container Instances type (API version removed); other
    // types are ignored. `at` is where the security note goes.
    void resource(std::string_view type, const IacNode &body, std::size_t at, const QString &name);
    // A value that stands alone (a parameter's default, a parameters file's value): a gateway image
    // or a v1 URL is migrated, a secure one or a GatewayKey token is a secret.
    void looseValue(const IacNode &node, const QString &resource, const QString &field, bool secure);
    // Every string holding a GatewayKey token is a secret, wherever it is.
    void tokens(const IacNode &node, int depth = 0);

    // How the syntax follows values: a node, or an expression's text (ARM "parameters('x')", Bicep "x").
    virtual IacValue resolve(const IacNode *node, int depth = 0) const = 0;
    virtual IacValue follow(const std::string &expression, int depth) const = 0;
    // The pieces of a string built from expressions; empty when it is not one.
    virtual std::vector<TemplatePart> parts(const IacNode &node) const = 0;
    // The value to write by hand, in the syntax's own form.
    virtual QString render(const std::vector<TemplatePart> &parts) const = 0;

    static QString theValueItself();
    FindingCollector m_out;

private:
    bool image(const IacNode *node, bool gatewayHint, const QString &field);
    void endpoint(const IacNode *node, const QString &field);
    void secret(const IacNode *node);
    void interpolated(Code code, const IacNode &node, const IacValue &value, const QString &field, QStringList extra = {});
    void container(const IacNode &c, bool instances, bool &gateway);
    bool firstVisit(const IacNode &literal) { return m_done.insert(literal.valueStart).second; }

    std::set<std::size_t> m_done; // literals already checked (a parameter used by two containers)
};

} // namespace agm
