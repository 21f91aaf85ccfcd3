// SPDX-License-Identifier: MIT
#include "recipe.h"

#include "exporter.h"
#include "pluraltext.h"
#include "rules.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace agm {

namespace {

QString tr(const char *text)
{
    return translateFirst({"agm::Recipe", "agm", "agm::Reader"}, text);
}

// A recipe is a few hundred bytes; anything near this is no recipe.
constexpr qint64 kMaxRecipeSize = 1 << 20;
constexpr int kMaxDepth = 16;

// QJsonDocument knows no line numbers, and every refusal must name the line of the offending key:
// a small JSON reader that keeps the place of every key and value.
struct Member;

struct Node
{
    enum Type { Null, Bool, Number, String, Array, Object } type = Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0;
    QString string;
    std::vector<Node> items;                    // Array
    std::vector<Member> members; // Object
};

// Not std::pair<Node, Node>: clang checks a pair's constructibility while Node is still incomplete.
struct Member
{
    Node key; // a String node
    Node value;
};

struct ParseError
{
    QString message;
    int line = 0;
    int column = 0;
};

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_text(bytes)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    Node document()
    {
        skipSpace();
        Node root = value(0);
        skipSpace();
        if (m_pos < m_text.size())
            fail(tr("unexpected text after the end of the recipe"));
        return root;
    }

private:
    [[noreturn]] void fail(const QString &message) const { throw ParseError{message, m_line, m_column}; }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void advance()
    {
        if (m_text[m_pos] == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((uchar(m_text[m_pos]) & 0xC0) != 0x80) { // columns count characters, not UTF-8 bytes
            ++m_column;
        }
        ++m_pos;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }
    void expect(char c)
    {
        if (peek() != c)
            fail(m_pos < m_text.size() ? tr("expected '%1'").arg(QLatin1Char(c)) : tr("the recipe ends too early; expected '%1'").arg(QLatin1Char(c)));
        advance();
    }
    Node start(Node::Type type) const
    {
        Node n;
        n.type = type;
        n.line = m_line;
        n.column = m_column;
        return n;
    }
    bool literal(const char *word)
    {
        const QByteArray w(word);
        if (m_text.mid(m_pos, w.size()) != w)
            return false;
        for (int i = 0; i < w.size(); ++i)
            advance();
        return true;
    }

    Node value(int depth)
    {
        if (depth > kMaxDepth)
            fail(tr("nested too deeply"));
        const char c = peek();
        if (c == '{')
            return object(depth);
        if (c == '[')
            return array(depth);
        if (c == '"')
            return string();
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        Node n = start(Node::Null);
        if (literal("true")) {
            n.type = Node::Bool;
            n.boolean = true;
        } else if (literal("false")) {
            n.type = Node::Bool;
        } else if (!literal("null")) {
            fail(m_pos < m_text.size() ? tr("expected a value") : tr("the recipe ends too early; expected a value"));
        }
        return n;
    }

    Node object(int depth)
    {
        Node n = start(Node::Object);
        expect('{');
        skipSpace();
        if (peek() == '}') {
            advance();
            return n;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                fail(tr("the recipe ends too early; expected a key"));
            if (peek() != '"')
                fail(tr("expected a key in double quotes"));
            Node key = string();
            for (const auto &member : n.members) {
                if (member.key.string == key.string)
                    throw ParseError{tr("the key \"%1\" appears twice").arg(escapeControlCharacters(key.string)), key.line, key.column};
            }
            skipSpace();
            expect(':');
            skipSpace();
            Node v = value(depth + 1);
            n.members.push_back(Member{std::move(key), std::move(v)});
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            expect('}');
            return n;
        }
    }

    Node array(int depth)
    {
        Node n = start(Node::Array);
        expect('[');
        skipSpace();
        if (peek() == ']') {
            advance();
            return n;
        }
        for (;;) {
            skipSpace();
            n.items.push_back(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            expect(']');
            return n;
        }
    }

    Node number()
    {
        Node n = start(Node::Number);
        const int begin = m_pos;
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                advance();
        } else {
            fail(tr("expected a number"));
        }
        if (peek() == '.') {
            advance();
            if (!(peek() >= '0' && peek() <= '9'))
                fail(tr("expected a digit"));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!(peek() >= '0' && peek() <= '9'))
                fail(tr("expected a digit"));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        n.number = m_text.mid(begin, m_pos - begin).toDouble();
        return n;
    }

    int hex4()
    {
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            const int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (d < 0)
                fail(tr("expected four hex digits after \\u"));
            v = v * 16 + d;
            advance();
        }
        return v;
    }

    Node string()
    {
        Node n = start(Node::String);
        expect('"');
        QByteArray raw; // UTF-8 between the escapes
        for (;;) {
            if (m_pos >= m_text.size())
                fail(tr("the recipe ends inside a string"));
            const char c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (uchar(c) < 0x20)
                fail(tr("a control character inside a string; write it as an escape"));
            if (c != '\\') {
                raw += c;
                advance();
                continue;
            }
            advance();
            const char e = peek();
            advance();
            switch (e) {
            case '"': raw += '"'; break;
            case '\\': raw += '\\'; break;
            case '/': raw += '/'; break;
            case 'b': raw += '\b'; break;
            case 'f': raw += '\f'; break;
            case 'n': raw += '\n'; break;
            case 'r': raw += '\r'; break;
            case 't': raw += '\t'; break;
            case 'u': {
                char32_t code = char32_t(hex4());
                if (code >= 0xD800 && code <= 0xDBFF && peek() == '\\') {
                    advance();
                    if (peek() != 'u')
                        fail(tr("expected a low surrogate (\\u) after a high one"));
                    advance();
                    const char32_t low = char32_t(hex4());
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail(tr("expected a low surrogate (\\u) after a high one"));
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xD800 && code <= 0xDFFF) {
                    fail(tr("a lone surrogate in \\u escapes"));
                }
                raw += QString::fromUcs4(&code, 1).toUtf8();
                break;
            }
            default:
                fail(tr("an unknown escape in a string"));
            }
        }
        n.string = QString::fromUtf8(raw);
        return n;
    }

    const QByteArray &m_text;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

QString typeName(Node::Type type)
{
    switch (type) {
    case Node::Null: return tr("null");
    case Node::Bool: return tr("true or false");
    case Node::Number: return tr("a number");
    case Node::String: return tr("a string");
    case Node::Array: return tr("a list");
    case Node::Object: return tr("an object");
    }
    return {};
}

[[noreturn]] void refuse(const Node &at, const QString &message)
{
    throw ParseError{message, at.line, at.column};
}

void expectType(const Node &key, const Node &value, Node::Type type)
{
    if (value.type != type)
        refuse(value, tr("\"%1\" must be %2, not %3").arg(key.string, typeName(type), typeName(value.type)));
}

// The keys of an object must be among `known`; returns the values by key.
QMap<QString, std::pair<const Node *, const Node *>> members(const Node &object, const QStringList &known, const QString &where)
{
    QMap<QString, std::pair<const Node *, const Node *>> out;
    for (const auto &[key, value] : object.members) {
        if (!known.contains(key.string))
            refuse(key, tr("unknown key \"%1\" in %2; the keys there are %3. Remove it, or use a version of the tool that knows it")
                            .arg(escapeControlCharacters(key.string), where, known.join(QStringLiteral(", "))));
        out.insert(key.string, {&key, &value});
    }
    return out;
}

QString requiredString(const QMap<QString, std::pair<const Node *, const Node *>> &m, const QString &key, const Node &object, bool required = true)
{
    if (!m.contains(key)) {
        if (required)
            refuse(object, tr("\"%1\" is missing").arg(key));
        return {};
    }
    const auto [k, v] = m.value(key);
    expectType(*k, *v, Node::String);
    return v->string;
}

Recipe recipeFrom(const Node &root)
{
    if (root.type != Node::Object)
        refuse(root, tr("a recipe is a JSON object starting with {\"format\": \"%1\", \"version\": %2}").arg(QLatin1String(kRecipeFormat)).arg(kRecipeVersion));
    // format and version first: a newer recipe is refused for its version, not for its new keys.
    const Node *format = nullptr, *version = nullptr;
    for (const auto &[key, value] : root.members) {
        if (key.string == QLatin1String("format"))
            format = &value;
        else if (key.string == QLatin1String("version"))
            version = &value;
    }
    if (!format || format->type != Node::String || format->string != QLatin1String(kRecipeFormat))
        refuse(format ? *format : root, tr("this is not a migration recipe: \"format\" must be \"%1\"").arg(QLatin1String(kRecipeFormat)));
    if (!version || version->type != Node::Number || version->number != kRecipeVersion)
        refuse(version ? *version : root, tr("recipe version %1 is not supported (this version of the tool reads version %2); use the tool that wrote it, or write the recipe again")
                                              .arg(version && version->type == Node::Number ? QString::number(version->number) : tr("(none)"))
                                              .arg(kRecipeVersion));
    Recipe recipe;
    const auto m = members(root, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("tag"), QStringLiteral("endpoint"),
                                  QStringLiteral("endpoints"), QStringLiteral("skippedSteps"), QStringLiteral("leftOut"),
                                  QStringLiteral("checksAcknowledged")},
                           tr("the recipe"));
    if (m.contains(QStringLiteral("tag"))) {
        const auto [k, v] = m.value(QStringLiteral("tag"));
        expectType(*k, *v, Node::String);
        if (!isValidTargetTag(v->string))
            refuse(*v, tr("\"%1\" is not a valid image tag; write a pinned 2.x.y tag, optionally with @sha256:<digest>").arg(shown(v->string)));
        if (targetTagVerdict(v->string) == TargetTagVerdict::Refused)
            refuse(*v, tr("\"%1\" is a v0/v1 gateway image (or no 2.x.y version); write a pinned 2.x.y tag").arg(shown(v->string)));
        recipe.tag = v->string;
        recipe.tagLine = v->line;
    }
    if (m.contains(QStringLiteral("endpoint"))) {
        const auto [k, v] = m.value(QStringLiteral("endpoint"));
        expectType(*k, *v, Node::String);
        if (const QString problem = hostAnswerProblem(v->string); !problem.isEmpty())
            refuse(*v, tr("\"endpoint\" cannot be used: %1").arg(problem));
        recipe.endpoint = v->string.trimmed();
        recipe.endpointLine = v->line;
    }
    if (m.contains(QStringLiteral("endpoints"))) {
        const auto [k, v] = m.value(QStringLiteral("endpoints"));
        expectType(*k, *v, Node::Array);
        for (const Node &item : v->items) {
            if (item.type != Node::Object)
                refuse(item, tr("each entry of \"endpoints\" must be an object with \"service\", \"managementHost\" and \"host\""));
            const auto e = members(item, {QStringLiteral("service"), QStringLiteral("managementHost"), QStringLiteral("host")}, tr("an entry of \"endpoints\""));
            RecipeEndpoint entry;
            entry.service = requiredString(e, QStringLiteral("service"), item);
            entry.managementHost = requiredString(e, QStringLiteral("managementHost"), item);
            entry.host = requiredString(e, QStringLiteral("host"), item).trimmed();
            entry.line = item.line;
            if (const QString problem = hostAnswerProblem(entry.host); !problem.isEmpty())
                refuse(*e.value(QStringLiteral("host")).second, tr("\"host\" cannot be used: %1").arg(problem));
            recipe.endpoints.push_back(entry);
        }
    }
    if (m.contains(QStringLiteral("skippedSteps"))) {
        const auto [k, v] = m.value(QStringLiteral("skippedSteps"));
        expectType(*k, *v, Node::Array);
        recipe.skippedStepsLine = v->line;
        for (const Node &item : v->items) {
            const std::optional<Step> step = item.type == Node::String ? skippableStep(item.string) : std::nullopt;
            if (!step)
                refuse(item, tr("a skipped step is \"image\", \"endpoint\", \"security\" or \"extras\""));
            recipe.skippedSteps.insert(*step);
        }
    }
    if (m.contains(QStringLiteral("leftOut"))) {
        const auto [k, v] = m.value(QStringLiteral("leftOut"));
        expectType(*k, *v, Node::Array);
        for (const Node &item : v->items) {
            if (item.type != Node::Object)
                refuse(item, tr("each entry of \"leftOut\" must be an object with \"rule\" and \"resource\" (and optionally \"field\")"));
            const auto e = members(item, {QStringLiteral("rule"), QStringLiteral("resource"), QStringLiteral("field")}, tr("an entry of \"leftOut\""));
            RecipeLeftOut entry;
            entry.rule = requiredString(e, QStringLiteral("rule"), item);
            entry.resource = requiredString(e, QStringLiteral("resource"), item);
            entry.field = requiredString(e, QStringLiteral("field"), item, /*required=*/false);
            entry.line = item.line;
            if (!codeFromName(entry.rule))
                refuse(*e.value(QStringLiteral("rule")).second, tr("\"%1\" is no rule of this tool (the codes are those of migrate --json)").arg(escapeControlCharacters(entry.rule)));
            recipe.leftOut.push_back(entry);
        }
    }
    if (m.contains(QStringLiteral("checksAcknowledged"))) {
        const auto [k, v] = m.value(QStringLiteral("checksAcknowledged"));
        expectType(*k, *v, Node::Bool);
        recipe.checksAcknowledged = v->boolean;
    }
    return recipe;
}

QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

// A list of objects whose members are strings, one member a line; empty members left out.
QByteArray objectList(const std::vector<std::vector<std::pair<const char *, QString>>> &objects)
{
    if (objects.empty())
        return "[]";
    QByteArray out = "[\n";
    for (std::size_t i = 0; i < objects.size(); ++i) {
        out += "    {\n";
        QList<QByteArray> lines;
        for (const auto &[key, value] : objects[i]) {
            if (!value.isEmpty())
                lines << "      " + quoted(QString::fromLatin1(key)) + ": " + quoted(value);
        }
        out += lines.join(",\n") + "\n    }" + (i + 1 < objects.size() ? ",\n" : "\n");
    }
    return out + "  ]";
}

// What a recipe may hold: nothing a secret masker would touch (a token in a resource name).
bool clean(const QString &text)
{
    return maskSecretsInText(text) == text;
}

bool sameHost(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool matches(const RecipeEndpoint &entry, const EndpointKey &key)
{
    return entry.service.compare(key.service, Qt::CaseInsensitive) == 0 && sameHost(entry.managementHost, key.managementHost);
}

bool matches(const RecipeLeftOut &entry, const Finding &f)
{
    return entry.rule == codeName(f.code) && entry.resource == f.resource && (entry.field.isEmpty() || entry.field == f.field);
}

} // namespace

bool Recipe::operator==(const Recipe &other) const
{
    return recipeJson(*this) == recipeJson(other);
}

QString RecipeReadResult::describe(const QString &name) const
{
    QString where = escapeControlCharacters(name);
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return QCoreApplication::translate("agm::Recipe", "%1: error: %2").arg(where, error);
}

RecipeReadResult parseRecipe(const QByteArray &bytes)
{
    RecipeReadResult result;
    try {
        const QByteArray text = bytes; // Reader keeps a reference
        result.recipe = recipeFrom(Reader(text).document());
    } catch (const ParseError &e) {
        result.error = e.message;
        result.line = e.line;
        result.column = e.column;
    }
    return result;
}

RecipeReadResult readRecipe(const QString &path)
{
    QFile file(path);
    RecipeReadResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read the recipe: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > kMaxRecipeSize) {
        result.error = tr("this is no recipe: it is larger than 1 MiB");
        return result;
    }
    return parseRecipe(file.read(kMaxRecipeSize + 1));
}

QByteArray recipeJson(const Recipe &recipe)
{
    QByteArray out = "{\n";
    out += "  \"format\": " + quoted(QLatin1String(kRecipeFormat)) + ",\n";
    out += "  \"version\": " + QByteArray::number(kRecipeVersion) + ",\n";
    if (!recipe.tag.isEmpty())
        out += "  \"tag\": " + quoted(recipe.tag) + ",\n";
    if (!recipe.endpoint.isEmpty())
        out += "  \"endpoint\": " + quoted(recipe.endpoint) + ",\n";

    std::vector<RecipeEndpoint> endpoints = recipe.endpoints;
    std::sort(endpoints.begin(), endpoints.end(), [](const RecipeEndpoint &a, const RecipeEndpoint &b) {
        return std::tie(a.service, a.managementHost, a.host) < std::tie(b.service, b.managementHost, b.host);
    });
    std::vector<std::vector<std::pair<const char *, QString>>> objects;
    for (const RecipeEndpoint &e : endpoints)
        objects.push_back({{"service", e.service}, {"managementHost", e.managementHost}, {"host", e.host}});
    out += "  \"endpoints\": " + objectList(objects) + ",\n";

    QByteArray steps;
    for (Step step : {Step::Image, Step::Endpoint, Step::Security, Step::Extras}) {
        if (recipe.skippedSteps.contains(step))
            steps += (steps.isEmpty() ? "" : ", ") + quoted(stepName(step));
    }
    out += "  \"skippedSteps\": [" + steps + "],\n";

    std::vector<RecipeLeftOut> leftOut = recipe.leftOut;
    std::sort(leftOut.begin(), leftOut.end(), [](const RecipeLeftOut &a, const RecipeLeftOut &b) {
        return std::tie(a.rule, a.resource, a.field) < std::tie(b.rule, b.resource, b.field);
    });
    objects.clear();
    for (const RecipeLeftOut &l : leftOut)
        objects.push_back({{"rule", l.rule}, {"resource", l.resource}, {"field", l.field}});
    out += "  \"leftOut\": " + objectList(objects) + ",\n";
    out += QByteArray("  \"checksAcknowledged\": ") + (recipe.checksAcknowledged ? "true" : "false") + "\n}\n";
    return out;
}

FileWriteResult writeRecipe(const QString &path, const Recipe &recipe, FileOps &ops)
{
    return writeNewFile(path, recipeJson(recipe), ops);
}

std::optional<EndpointKey> endpointKeyOf(const Finding &finding)
{
    if (finding.step != Step::Endpoint || !finding.editsHost())
        return std::nullopt;
    const EndpointInfo info = classifyEndpoint(finding.oldValue.toStdString());
    if (info.kind != EndpointInfo::V1 && info.kind != EndpointInfo::V1CustomDomain && info.kind != EndpointInfo::Incomplete)
        return std::nullopt;
    EndpointKey key{QString::fromStdString(info.serviceName), QString::fromStdString(info.managementHost)};
    // A host with credentials or a variable is no key to replay; a placeholder answer covers it.
    if (key.service.isEmpty() || !isValidHostName(key.managementHost) || !clean(key.service))
        return std::nullopt;
    return key;
}

Recipe recipeOf(const Project &project, const ProjectPlan &plan, const MigrationOptions &options, bool checksAcknowledged)
{
    Recipe recipe;
    recipe.tag = options.tag;
    recipe.skippedSteps = options.skippedSteps;
    recipe.checksAcknowledged = checksAcknowledged;
    QMap<QString, int> placeholderAnswers; // answer -> how many endpoints use it
    for (std::size_t i = 0; i < project.files.size() && i < plan.files.size(); ++i) {
        const QString file = project.files[i].source.relativePath;
        for (const Finding &f : plan.files[i].findings) {
            const QString key = findingKey(file, f.id);
            if (options.skippedSteps.contains(f.step))
                continue;
            if (options.disabledFindings.contains(key)) {
                RecipeLeftOut entry{codeName(f.code), f.resource, f.field, 0};
                const bool known = std::any_of(recipe.leftOut.begin(), recipe.leftOut.end(), [&](const RecipeLeftOut &l) {
                    return l.rule == entry.rule && l.resource == entry.resource && l.field == entry.field;
                });
                if (!known && clean(entry.resource) && clean(entry.field))
                    recipe.leftOut.push_back(entry);
                continue;
            }
            if (!f.editsHost())
                continue;
            // The answer planFile uses: the operator's for this endpoint, else the general one
            // for an endpoint that cannot be derived.
            QString answer = options.hostOverrides.value(key).trimmed();
            if (answer.isEmpty() && f.defaultHost.isEmpty() && f.needsAnswer())
                answer = options.endpointHost.trimmed();
            if (answer.isEmpty() || !hostAnswerProblem(answer).isEmpty() || !clean(answer))
                continue;
            if (const std::optional<EndpointKey> k = endpointKeyOf(f)) {
                const bool known = std::any_of(recipe.endpoints.begin(), recipe.endpoints.end(), [&](const RecipeEndpoint &e) { return matches(e, *k); });
                if (!known)
                    recipe.endpoints.push_back({k->service, k->managementHost, answer, 0});
            } else {
                ++placeholderAnswers[answer];
            }
        }
    }
    // Placeholders have no service to key them by: the most used answer answers them all.
    int most = 0;
    for (auto it = placeholderAnswers.cbegin(); it != placeholderAnswers.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            recipe.endpoint = it.key();
        }
    }
    return recipe;
}

std::vector<RecipeNote> applyRecipe(const Recipe &recipe, const Project &project, MigrationOptions &options, const TagList *tags,
                                    const RecipeOverrides &overrides)
{
    std::vector<RecipeNote> notes;
    if (!recipe.tag.isEmpty()) {
        if (overrides.tag)
            notes.push_back({recipe.tagLine, tr("the tag %1 is not used: --tag overrides it").arg(shown(recipe.tag))});
        else
            options.tag = recipe.tag;
        if (!overrides.tag && tags && !tags->tags.empty() && !tags->contains(tagWithoutDigest(recipe.tag)))
            notes.push_back({recipe.tagLine, tr("the tag %1 is not in the tag list; check that it exists").arg(shown(recipe.tag))});
    }
    if (!recipe.skippedSteps.isEmpty() || recipe.skippedStepsLine > 0) {
        if (!overrides.skip)
            options.skippedSteps = recipe.skippedSteps;
        else if (!recipe.skippedSteps.isEmpty())
            notes.push_back({recipe.skippedStepsLine, tr("the skipped steps are not used: --skip overrides them")});
    }

    std::vector<bool> endpointUsed(recipe.endpoints.size(), false);
    std::vector<bool> leftOutUsed(recipe.leftOut.size(), false);
    bool placeholderUsed = false;
    for (const FileAnalysis &file : project.files) {
        for (const Finding &f : file.findings) {
            const QString key = findingKey(file.source.relativePath, f.id);
            for (std::size_t i = 0; i < recipe.leftOut.size(); ++i) {
                if (matches(recipe.leftOut[i], f)) {
                    leftOutUsed[i] = true;
                    options.disabledFindings.insert(key);
                }
            }
            if (overrides.endpoint || !f.editsHost())
                continue;
            if (const std::optional<EndpointKey> k = endpointKeyOf(f)) {
                for (std::size_t i = 0; i < recipe.endpoints.size(); ++i) {
                    if (matches(recipe.endpoints[i], *k)) {
                        endpointUsed[i] = true;
                        options.hostOverrides.insert(key, recipe.endpoints[i].host);
                        break;
                    }
                }
            }
            if (!recipe.endpoint.isEmpty() && f.defaultHost.isEmpty() && f.needsAnswer() && !options.hostOverrides.contains(key))
                placeholderUsed = true;
        }
    }
    if (!overrides.endpoint && placeholderUsed)
        options.endpointHost = recipe.endpoint;
    if (!recipe.endpoint.isEmpty() && !placeholderUsed)
        notes.push_back({recipe.endpointLine, overrides.endpoint ? tr("the endpoint answer %1 is not used: --endpoint overrides it").arg(shown(recipe.endpoint))
                                                                 : tr("the endpoint answer %1 is not used: no endpoint in the files needs it").arg(shown(recipe.endpoint))});
    for (std::size_t i = 0; i < recipe.endpoints.size(); ++i) {
        const RecipeEndpoint &e = recipe.endpoints[i];
        if (overrides.endpoint)
            notes.push_back({e.line, tr("the answer for service %1 (%2) is not used: --endpoint overrides it").arg(shown(e.service), shown(e.managementHost))});
        else if (!endpointUsed[i])
            notes.push_back({e.line, tr("the answer for service %1 (%2) is not used: no endpoint in the files names that service").arg(shown(e.service), shown(e.managementHost))});
    }
    for (std::size_t i = 0; i < recipe.leftOut.size(); ++i) {
        const RecipeLeftOut &l = recipe.leftOut[i];
        if (!leftOutUsed[i])
            notes.push_back({l.line, tr("the change left out (%1 on %2) matches nothing in the files").arg(shown(l.rule), shown(l.field.isEmpty() ? l.resource : l.resource + QLatin1Char(' ') + l.field))});
    }
    std::stable_sort(notes.begin(), notes.end(), [](const RecipeNote &a, const RecipeNote &b) { return a.line < b.line; });
    return notes;
}

QJsonObject recipeUseJson(const QString &path, const std::vector<RecipeNote> &notes)
{
    QJsonArray list;
    for (const RecipeNote &note : notes)
        list.append(QJsonObject{{QStringLiteral("line"), note.line}, {QStringLiteral("text"), note.text}});
    return {{QStringLiteral("path"), path}, {QStringLiteral("notes"), list}};
}

} // namespace agm
