// SPDX-License-Identifier: MIT
#include "iactree.h"

#include <cctype>

namespace agm {

const IacNode *IacNode::get(std::string_view key) const
{
    const IacNode *found = nullptr;
    for (const Member &m : members) {
        if (m.key == key)
            found = &m.value;
    }
    return found;
}

std::vector<const IacNode::Member *> IacNode::all(std::string_view key) const
{
    std::vector<const Member *> out;
    for (const Member &m : members) {
        if (m.key == key)
            out.push_back(&m);
    }
    return out;
}

namespace {

constexpr int kMaxDepth = 128;

// An array item or a piece of an expression.
IacMember keyless(IacNode value)
{
    IacMember m;
    m.value = std::move(value);
    return m;
}

bool isIdentChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

class Parser
{
public:
    Parser(const std::string &text, IacSyntax syntax)
        : t(text)
        , syn(syntax)
    {
    }

    IacNode file()
    {
        if (syn == IacSyntax::Json) {
            skip(true);
            return value();
        }
        return body(false);
    }

private:
    char at(std::size_t k) const { return k < t.size() ? t[k] : '\0'; }
    bool end() const { return i >= t.size(); }

    // Blanks and comments; line breaks too when `lines`.
    void skip(bool lines)
    {
        while (i < t.size()) {
            const char c = t[i];
            if (c == ' ' || c == '\t' || ((c == '\n' || c == '\r') && lines)) {
                ++i;
            } else if ((c == '#' && syn == IacSyntax::Hcl) || (c == '/' && at(i + 1) == '/')) {
                while (i < t.size() && t[i] != '\n' && t[i] != '\r')
                    ++i;
            } else if (c == '/' && at(i + 1) == '*') {
                const std::size_t close = t.find("*/", i + 2);
                i = close == std::string::npos ? t.size() : close + 2;
            } else {
                return;
            }
        }
    }

    void toLineEnd()
    {
        while (i < t.size() && t[i] != '\n' && t[i] != '\r')
            ++i;
    }

    std::string ident()
    {
        const std::size_t s = i;
        while (i < t.size() && isIdentChar(t[i]))
            ++i;
        return t.substr(s, i - s);
    }

    bool opensString() const
    {
        return t[i] == '"' || (t[i] == '\'' && syn == IacSyntax::Bicep);
    }

    // HCL body (top level or a block's) and Bicep's top level: attributes and blocks/declarations.
    IacNode body(bool braced)
    {
        IacNode node;
        node.kind = IacNode::Object;
        node.start = braced ? i - 1 : i;
        while (true) {
            skip(true);
            if (end())
                break;
            if (t[i] == '}' && braced) {
                ++i;
                break;
            }
            const std::size_t before = i;
            if (syn == IacSyntax::Bicep && t[i] == '@') { // decorator: kept for the declaration after it
                ++i;
                decorators.push_back(expression().text);
                continue;
            }
            IacNode::Member m;
            m.decorators = std::move(decorators);
            decorators.clear();
            m.keyStart = i;
            m.key = ident();
            if (m.key.empty()) {
                toLineEnd();
                if (i == before)
                    ++i;
                continue;
            }
            skip(false);
            if (at(i) == '=' && at(i + 1) != '=') {
                ++i;
                m.value = value();
                node.members.push_back(std::move(m));
                continue;
            }
            if (syn == IacSyntax::Hcl)
                hclBlock(m);
            else
                bicepDeclaration(m);
            if (m.block)
                node.members.push_back(std::move(m));
            if (i == before)
                ++i;
        }
        node.end = i;
        return node;
    }

    void hclBlock(IacNode::Member &m)
    {
        while (!end()) {
            skip(false);
            if (end())
                return;
            if (t[i] == '"') {
                m.labels.push_back(string('"').text);
            } else if (isIdentChar(t[i])) {
                m.labels.push_back(ident());
            } else if (t[i] == '{') {
                ++i;
                if (++depth > kMaxDepth) {
                    i = t.size();
                    return;
                }
                m.value = body(true);
                --depth;
                m.block = true;
                return;
            } else {
                toLineEnd();
                return;
            }
        }
    }

    // param name type = value, resource sym 'type@version' = {...}, var name = value, ...
    void bicepDeclaration(IacNode::Member &m)
    {
        m.block = true;
        while (!end()) {
            skip(false);
            if (end() || t[i] == '\n' || t[i] == '\r')
                return;
            if (t[i] == '=') {
                ++i;
                m.value = value();
                return;
            }
            if (t[i] == '\'')
                m.labels.push_back(string('\'').text);
            else if (isIdentChar(t[i]))
                m.labels.push_back(ident());
            else if (t[i] == '{' || t[i] == '[' || t[i] == '(') // a type expression
                expression();
            else
                ++i;
        }
    }

    IacNode value()
    {
        skip(syn == IacSyntax::Json);
        if (syn == IacSyntax::Json && !end() && (t[i] == '{' || t[i] == '[')) {
            if (++depth > kMaxDepth) { // [[[[... : stop rather than overflow the stack
                i = t.size();
                --depth;
                return {};
            }
            IacNode node = t[i] == '{' ? object() : array();
            --depth;
            return node;
        }
        if (syn == IacSyntax::Json && !end() && t[i] == '"')
            return string('"');
        return expression();
    }

    // Anything up to the end of the value; strings, heredocs, objects and arrays inside are parsed
    // as members. A value that is just one of those is returned as that node.
    IacNode expression()
    {
        IacNode node;
        node.kind = IacNode::Expression;
        node.start = i;
        int parens = 0;
        std::size_t lastEnd = i;
        while (i < t.size()) {
            const char c = t[i];
            if (parens == 0 && (c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']' || c == ')'))
                break;
            if ((c == '#' && syn == IacSyntax::Hcl) || (c == '/' && (at(i + 1) == '/' || at(i + 1) == '*'))) {
                skip(parens > 0);
                continue;
            }
            if (++depth > kMaxDepth) {
                i = t.size();
                break;
            }
            if (opensString()) {
                if (syn == IacSyntax::Bicep && t.compare(i, 3, "'''") == 0)
                    node.members.push_back(keyless(rawBlock()));
                else
                    node.members.push_back(keyless(string(t[i])));
            } else if (c == '<' && at(i + 1) == '<' && syn == IacSyntax::Hcl && (at(i + 2) == '-' || std::isalpha(static_cast<unsigned char>(at(i + 2))))) {
                node.members.push_back(keyless(heredoc()));
            } else if (c == '{') {
                node.members.push_back(keyless(object()));
            } else if (c == '[') {
                node.members.push_back(keyless(array()));
            } else {
                if (c == '(')
                    ++parens;
                else if (c == ')')
                    --parens;
                ++i;
            }
            --depth;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                lastEnd = i;
        }
        node.end = lastEnd;
        node.text = t.substr(node.start, node.end - node.start);
        if (node.members.size() == 1 && node.members[0].value.start == node.start && node.members[0].value.end == node.end) {
            IacNode only = std::move(node.members[0].value);
            return only;
        }
        return node;
    }

    IacNode string(char quote)
    {
        IacNode node;
        node.kind = IacNode::String;
        node.start = i++;
        node.valueStart = i;
        node.literal = true;
        bool escapes = false;
        while (i < t.size() && t[i] != quote) {
            const char c = t[i];
            if (c == '\n' || c == '\r') { // unterminated: stop at the line's end
                node.literal = false;
                break;
            }
            if (c == '\\') {
                escapes = true;
                i += 2;
                continue;
            }
            if ((c == '$' || (c == '%' && syn == IacSyntax::Hcl)) && syn != IacSyntax::Json && at(i + 1) == '{') { // Bicep has no %{
                node.literal = false;
                skipTemplate();
                continue;
            }
            if (syn == IacSyntax::Hcl && (c == '$' || c == '%') && at(i + 1) == c && at(i + 2) == '{') { // $${ is a literal ${
                node.literal = false;
                i += 3;
                continue;
            }
            ++i;
        }
        i = std::min(i, t.size());
        node.valueEnd = i;
        if (i < t.size() && t[i] == quote)
            ++i;
        node.end = i;
        node.text = t.substr(node.valueStart, node.valueEnd - node.valueStart);
        if (escapes)
            decode(node);
        return node;
    }

    // JSON's "\/" is a plain '/': such a value is decoded, and replacing it whole with plain text is
    // exact. Every other escape (quotes, backslashes, Bicep's '\${', \u...) keeps it from being a literal.
    void decode(IacNode &node) const
    {
        std::string out;
        bool ok = node.literal && syn == IacSyntax::Json;
        for (std::size_t k = 0; ok && k < node.text.size(); ++k) {
            if (node.text[k] != '\\')
                out += node.text[k];
            else if (k + 1 < node.text.size() && node.text[k + 1] == '/')
                out += node.text[++k];
            else
                ok = false;
        }
        node.literal = ok;
        node.escaped = ok;
        if (ok)
            node.text = std::move(out);
    }

    // ${ ... } inside a string, with nested braces and strings.
    void skipTemplate()
    {
        i += 2;
        int braces = 1;
        while (i < t.size() && braces > 0) {
            const char c = t[i];
            if (c == '{') {
                ++braces;
            } else if (c == '}') {
                --braces;
            } else if (c == '"' || (c == '\'' && syn == IacSyntax::Bicep)) {
                if (++depth > kMaxDepth) {
                    i = t.size();
                    return;
                }
                string(c);
                --depth;
                continue;
            }
            ++i;
        }
    }

    // <<EOT / <<-EOT ... EOT
    IacNode heredoc()
    {
        IacNode node;
        node.kind = IacNode::Heredoc;
        node.start = i;
        i += 2;
        if (at(i) == '-')
            ++i;
        const std::string marker = ident();
        toLineEnd();
        if (at(i) == '\r')
            ++i;
        if (at(i) == '\n')
            ++i;
        node.valueStart = i;
        node.valueEnd = node.end = t.size();
        while (i < t.size()) {
            const std::size_t lineStart = i;
            while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
                ++i;
            if (!marker.empty() && t.compare(i, marker.size(), marker) == 0) {
                const std::size_t after = i + marker.size();
                std::size_t k = after;
                while (k < t.size() && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r'))
                    ++k;
                if (k == t.size() || t[k] == '\n') { // the marker alone on its line closes it
                    node.valueEnd = lineStart;
                    node.end = i = after;
                    break;
                }
            }
            toLineEnd();
            if (at(i) == '\r')
                ++i;
            if (at(i) == '\n')
                ++i;
        }
        node.text = t.substr(node.valueStart, node.valueEnd - node.valueStart);
        node.literal = node.text.find("${") == std::string::npos && node.text.find("%{") == std::string::npos;
        return node;
    }

    // Bicep ''' multi-line ''' (no escapes, no interpolation).
    IacNode rawBlock()
    {
        IacNode node;
        node.kind = IacNode::Heredoc;
        node.start = i;
        node.valueStart = i + 3;
        const std::size_t close = t.find("'''", node.valueStart);
        node.valueEnd = close == std::string::npos ? t.size() : close;
        node.end = i = close == std::string::npos ? t.size() : close + 3;
        node.text = t.substr(node.valueStart, node.valueEnd - node.valueStart);
        node.literal = true;
        return node;
    }

    IacNode object()
    {
        IacNode node;
        node.kind = IacNode::Object;
        node.start = i++;
        while (true) {
            skip(true);
            if (end())
                break;
            if (t[i] == '}') {
                ++i;
                break;
            }
            const std::size_t before = i;
            IacNode::Member m;
            m.keyStart = i;
            if (opensString())
                m.key = string(t[i]).text;
            else
                m.key = ident();
            skip(false);
            if (!m.key.empty() && (at(i) == '=' || at(i) == ':') && at(i + 1) != '=') {
                ++i;
                m.value = value();
            } else {
                i = before; // "for" expressions and other forms: kept as a keyless expression
                m.key.clear();
                m.value = expression();
            }
            node.members.push_back(std::move(m));
            skip(false);
            if (at(i) == ',')
                ++i;
            if (i == before)
                ++i;
        }
        node.end = i;
        return node;
    }

    IacNode array()
    {
        IacNode node;
        node.kind = IacNode::Array;
        node.start = i++;
        while (true) {
            skip(true);
            if (end())
                break;
            if (t[i] == ']') {
                ++i;
                break;
            }
            const std::size_t before = i;
            IacNode::Member item;
            item.keyStart = i;
            item.value = value();
            node.members.push_back(std::move(item));
            skip(false);
            if (at(i) == ',')
                ++i;
            if (i == before)
                ++i;
        }
        node.end = i;
        return node;
    }

    const std::string &t;
    IacSyntax syn;
    std::size_t i = 0;
    int depth = 0;
    std::vector<std::string> decorators; // Bicep: read, waiting for their declaration
};

} // namespace

IacNode parseIac(const std::string &text, IacSyntax syntax)
{
    Parser parser(text, syntax);
    return parser.file();
}

} // namespace agm
