// SPDX-License-Identifier: MIT
// Shell and PowerShell scripts: docker run, kubectl create configmap/secret --from-literal,
// helm install/upgrade --set and az k8s-extension settings, across line continuations; variables
// holding a v1 URL; YAML in heredocs and here-strings (embedded.cpp); the files these commands read.
#include "embedded.h"
#include "formats.h"
#include "rules.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace agm {

namespace {

struct Word
{
    std::size_t start = 0;          // first byte in the file (an opening quote included)
    std::string text;               // the word as the shell sees it, quotes removed
    std::vector<std::size_t> where; // file offset of every byte of text
};

using Command = std::vector<Word>;

// Splits a script into commands (newline, ';', '|', '&' end one) of words.
std::vector<Command> tokenize(const std::string &t, bool powershell)
{
    const char escape = powershell ? '`' : '\\';
    std::vector<Command> commands;
    Command current;
    std::optional<Word> word;
    char quote = 0;
    auto endWord = [&] {
        if (word)
            current.push_back(std::move(*word));
        word.reset();
    };
    auto endCommand = [&] {
        endWord();
        if (!current.empty())
            commands.push_back(std::move(current));
        current.clear();
    };
    auto put = [&](std::size_t at, std::size_t wordStart) {
        if (!word) {
            word.emplace();
            word->start = wordStart;
        }
        word->text += t[at];
        word->where.push_back(at);
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            } else if (quote == '"' && c == escape && i + 1 < t.size()) {
                ++i;
                put(i, i);
            } else {
                put(i, i);
            }
            continue;
        }
        if (c == escape && i + 1 < t.size()) {
            const char next = t[i + 1];
            if (next == '\n' || next == '\r') {
                endWord(); // a continuation joins lines
                i += (next == '\r' && i + 2 < t.size() && t[i + 2] == '\n') ? 2 : 1;
            } else {
                ++i;
                put(i, i - 1);
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            if (!word) {
                word.emplace();
                word->start = i;
            }
            continue;
        }
        if (c == '#' && !word) {
            while (i + 1 < t.size() && t[i + 1] != '\n' && t[i + 1] != '\r')
                ++i;
            continue;
        }
        if (c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&') {
            endCommand();
            continue;
        }
        if (c == ' ' || c == '\t') {
            endWord();
            continue;
        }
        put(i, i);
    }
    endCommand();
    return commands;
}

// File range of text[from, to) of a word when those bytes are contiguous in the file.
std::optional<std::pair<std::size_t, std::size_t>> exactRange(const Word &w, std::size_t from, std::size_t to)
{
    if (from > to || to > w.text.size())
        return std::nullopt;
    if (from == to)
        return std::nullopt;
    if (w.where[to - 1] - w.where[from] != to - 1 - from)
        return std::nullopt;
    return std::make_pair(w.where[from], w.where[to - 1] + 1);
}

std::pair<std::size_t, std::size_t> looseRange(const Word &w, std::size_t from)
{
    if (from >= w.text.size())
        return {0, 0};
    return {w.where[from], w.where.back() + 1};
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool isIdentifier(std::string_view s)
{
    return !s.empty() && (std::isalpha(uchar(s[0])) || s[0] == '_')
           && std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(uchar(c)) || c == '_'; });
}

// A configuration API v1 URL, even one the rules cannot derive (custom domain, placeholder). ARM
// calls (management.azure.com) and sub-resources (.../service/x/gateways/gw) are not.
bool isV1ConfigurationUrl(std::string_view value)
{
    const EndpointInfo info = classifyEndpoint(value, true);
    if (info.kind == EndpointInfo::V1)
        return true;
    if (info.kind != EndpointInfo::V1CustomDomain && info.kind != EndpointInfo::Placeholder)
        return false;
    const std::string low = lower(std::string(value));
    const std::string marker = "/providers/microsoft.apimanagement/service/";
    const std::size_t m = low.find(marker);
    if (low.find("/subscriptions/") == std::string::npos || m == std::string::npos)
        return false;
    for (const char *arm : {"management.azure.com", "management.usgovcloudapi.net", "management.chinacloudapi.cn"}) {
        if (lower(info.managementHost).find(arm) != std::string::npos)
            return false;
    }
    const std::string rest = low.substr(m + marker.size());
    return rest.substr(0, rest.find_first_of("?#")).find('/') == std::string::npos;
}

class ScriptVisitor
{
public:
    ScriptVisitor(FindingCollector &out, bool powershell)
        : m_out(out)
        , m_powershell(powershell)
    {
    }

    // NAME=value (bash, export NAME=...) or $name = value (PowerShell) holding an endpoint: a v1
    // URL is migrated here, where it is written; uses of the variable then resolve to it.
    void assignment(const Command &cmd)
    {
        if (m_powershell) {
            const Word &first = cmd[0];
            if (first.text.size() < 2 || first.text[0] != '$')
                return;
            const std::size_t eq = first.text.find('=');
            if (eq == std::string::npos && cmd.size() == 3 && cmd[1].text == "=")
                endpointAssignment(first.text.substr(1), cmd[2], 0);
            else if (eq != std::string::npos && cmd.size() == 1)
                endpointAssignment(first.text.substr(1, eq - 1), first, eq + 1);
            return;
        }
        std::size_t i = 0;
        static const std::set<std::string> declarations = {"export", "declare", "local", "readonly", "typeset"};
        if (declarations.count(cmd[0].text)) {
            ++i;
            while (i < cmd.size() && cmd[i].text.rfind('-', 0) == 0)
                ++i;
        }
        for (; i < cmd.size(); ++i) {
            const std::size_t eq = cmd[i].text.find('=');
            if (eq == std::string::npos || !isIdentifier(std::string_view(cmd[i].text).substr(0, eq)))
                break;
            endpointAssignment(cmd[i].text.substr(0, eq), cmd[i], eq + 1);
        }
    }

    // "$ENDPOINT", "${ENDPOINT}", "$($endpoint)", "$env:ENDPOINT" naming a variable that holds an
    // endpoint. The first use of one that holds a v2 or custom host reports that value where it is
    // assigned (a v1 URL was already reported there).
    bool useEndpointVariable(std::string_view reference)
    {
        const auto it = m_endpointVariables.find(variableReference(reference));
        if (it == m_endpointVariables.end())
            return false;
        Assignment &a = it->second;
        if (!a.reported) {
            a.reported = true;
            const QString resource = std::exchange(m_out.resource, QStringLiteral("variable %1").arg(fromUtf8(a.name)));
            const QString prefix = std::exchange(m_out.fieldPrefix, QString());
            checkEndpoint(m_out, a.value, a.start, a.end, fromUtf8(a.name), true);
            m_out.resource = resource;
            m_out.fieldPrefix = prefix;
        }
        return true;
    }

    void visit(const Command &cmd)
    {
        for (std::size_t i = 0; i < cmd.size(); ++i) {
            const std::string &w = cmd[i].text;
            auto at = [&](std::size_t k) -> std::string { return i + k < cmd.size() ? cmd[i + k].text : std::string(); };
            if (w == "docker" && at(1) == "run")
                return dockerRun(cmd, i + 2);
            if (w == "docker" && at(1) == "container" && at(2) == "run")
                return dockerRun(cmd, i + 3);
            if (w == "kubectl" && at(1) == "create" && (at(2) == "configmap" || at(2) == "cm"))
                return literals(cmd, i + 3, false);
            if (w == "kubectl" && at(1) == "create" && at(2) == "secret")
                return literals(cmd, i + 3, true);
            if (w == "helm" && (at(1) == "install" || at(1) == "upgrade" || at(1) == "template"))
                return helmSet(cmd, i + 2, Tool::Helm);
            if (w == "az" && at(1) == "k8s-extension")
                return helmSet(cmd, i + 2, Tool::Arc);
        }
    }

private:
    enum class Tool { Other, Helm, Arc };

    // PowerShell variable names ignore case; bash's do not.
    std::string variableKey(const std::string &name) const { return m_powershell ? lower(name) : name; }

    // The variable key a reference names, or empty.
    std::string variableReference(std::string_view reference) const
    {
        if (reference.size() < 2 || reference[0] != '$')
            return {};
        std::string_view name = reference.substr(1);
        if (name.size() > 2 && name.front() == '{' && name.back() == '}')
            name = name.substr(1, name.size() - 2);
        else if (name.size() > 3 && name.substr(0, 2) == "($" && name.back() == ')')
            name = name.substr(2, name.size() - 3);
        const bool env = name.size() > 4 && lower(std::string(name.substr(0, 4))) == "env:";
        if (!isIdentifier(env ? name.substr(4) : name))
            return {};
        return variableKey(std::string(name));
    }


    struct Assignment
    {
        std::string name;
        std::string value;
        std::size_t start = 0;
        std::size_t end = 0; // == start when the value is not contiguous in the file
        bool reported = false;
    };

    void endpointAssignment(const std::string &name, const Word &word, std::size_t from)
    {
        const std::string value = word.text.substr(from);
        const bool v1 = isV1ConfigurationUrl(value);
        const EndpointInfo::Kind kind = classifyEndpoint(value, true).kind;
        if (!v1 && kind != EndpointInfo::V2 && kind != EndpointInfo::CustomHost)
            return;
        const auto range = exactRange(word, from, word.text.size());
        const std::size_t at = range ? range->first : word.start;
        Assignment &a = m_endpointVariables[variableKey(name)];
        a = {name, value, at, range ? range->second : at, v1};
        if (!v1)
            return; // reported when a use shows it is the gateway's endpoint
        m_out.resource = QStringLiteral("variable %1").arg(fromUtf8(name));
        m_out.fieldPrefix.clear();
        const std::size_t before = m_out.findingCount();
        checkEndpoint(m_out, value, a.start, a.end, fromUtf8(name), true);
        if (!range && m_out.findingCount() > before)
            m_out.last().edits.clear(); // written across quotes or escapes: reported, not edited
    }

    // 0.x chart values and 2021 Arc settings that today's chart and extension ignore.
    void renameLegacyKey(const Word &word, std::size_t from, std::size_t eq, const std::string &key)
    {
        struct Rename
        {
            Tool tool;
            const char *old;
            const char *current;
        };
        static const Rename renames[] = {
            {Tool::Helm, "gateway.endpoint", "gateway.configuration.uri"},
            {Tool::Helm, "gateway.authKey", "gateway.auth.key"},
            {Tool::Arc, "gateway.endpoint", "gateway.configuration.uri"},
            {Tool::Arc, "gateway.authKey", "gateway.auth.token"},
        };
        for (const Rename &r : renames) {
            if (r.tool != m_tool || key != r.old)
                continue;
            const auto range = exactRange(word, from, eq);
            if (!range)
                return;
            Finding &f = m_out.add(m_tool == Tool::Arc ? Code::ArcLegacySetting : Code::HelmLegacySetting, range->first,
                                   {fromUtf8(r.old), fromUtf8(r.current)});
            f.field = fromUtf8(r.old);
            f.oldValue = fromUtf8(r.old);
            f.newValue = fromUtf8(r.current);
            f.edits.push_back({range->first, range->second, r.current, {}, Param::None, false});
            return;
        }
    }

    // KEY=VALUE inside a word starting at text offset `from`.
    void keyValue(const Word &word, std::size_t from, bool secrets)
    {
        const std::size_t eq = word.text.find('=', from);
        if (eq == std::string::npos)
            return;
        const std::string key = word.text.substr(from, eq - from);
        const std::string value = word.text.substr(eq + 1);
        renameLegacyKey(word, from, eq, key);
        if (secrets || key.rfind(std::string(kAuthKey), 0) == 0 || key == "gateway.auth.key" || key == "gateway.authKey"
            || key == "gateway.auth.token" || key == "value") {
            const auto [s, e] = looseRange(word, eq + 1);
            checkSecretValue(m_out, value, s, e);
            return;
        }
        if (key == kEndpointKey || key == "gateway.configuration.uri" || key == "gateway.endpoint") {
            if (useEndpointVariable(value))
                return; // its assignment carries the finding
            const auto range = exactRange(word, eq + 1, word.text.size());
            if (range)
                checkEndpoint(m_out, value, range->first, range->second, fromUtf8(key), true);
        } else if (key == "image.tag") {
            if (const auto range = exactRange(word, eq + 1, word.text.size()))
                checkImageTag(m_out, value, range->first, range->second, false, QStringLiteral("image.tag"));
        } else {
            // docker run -e HTTPS_PROXY=..., helm --set gateway.deployment.network.proxy.https=...
            static const std::pair<const char *, const char *> helmProxy[] = {
                {"gateway.deployment.network.proxy.http", "HTTP_PROXY"},
                {"gateway.deployment.network.proxy.https", "HTTPS_PROXY"},
                {"gateway.deployment.network.proxy.bypass", "NO_PROXY"}};
            std::string variable = key;
            for (const auto &[helmKey, name] : helmProxy) {
                if (key == helmKey)
                    variable = name;
            }
            const auto range = exactRange(word, eq + 1, word.text.size());
            m_out.addProxySetting(variable, value, word.where.empty() ? word.start : word.where[std::min(eq + 1, word.where.size() - 1)],
                                  fromUtf8(key), range ? range->first : std::string::npos);
        }
    }

    void dockerRun(const Command &cmd, std::size_t first)
    {
        m_out.resource = QStringLiteral("docker run");
        m_out.fieldPrefix.clear();
        std::optional<std::size_t> image;
        std::vector<std::size_t> readOnly; // every occurrence: docker accepts the flag repeated
        std::optional<std::pair<std::size_t, std::size_t>> user; // word index, offset of the value
        std::vector<std::pair<std::size_t, std::size_t>> envs; // word index, text offset
        std::vector<std::size_t> addHosts;                     // --add-host host:ip words
        for (std::size_t j = first; j < cmd.size() && !image; ++j) {
            const std::string &w = cmd[j].text;
            if ((w == "-e" || w == "--env") && j + 1 < cmd.size())
                envs.emplace_back(++j, 0);
            else if (w.rfind("--env=", 0) == 0)
                envs.emplace_back(j, 6);
            else if (w.size() > 2 && w.rfind("-e", 0) == 0 && w[2] != '-')
                envs.emplace_back(j, 2);
            else if ((w == "-u" || w == "--user") && j + 1 < cmd.size())
                user = {++j, 0};
            else if (w.rfind("--user=", 0) == 0)
                user = {j, 7};
            else if (w.size() > 2 && w.rfind("-u", 0) == 0 && w[2] != '-')
                user = {j, 2};
            else if (w == "--read-only" || w == "--read-only=true")
                readOnly.push_back(j);
            else if (w == "--add-host" && j + 1 < cmd.size())
                addHosts.push_back(++j);
            else if (w.rfind("--add-host=", 0) == 0)
                addHosts.push_back(j);
            else if (w.rfind('-', 0) != 0 && isGatewayImage(w))
                image = j;
        }
        // Every env, gateway or not, is scanned for secrets; endpoints only matter for the gateway.
        for (const auto &[index, offset] : envs) {
            const Word &word = cmd[index];
            if (image || word.text.rfind(std::string(kAuthKey), offset) == offset) {
                keyValue(word, offset, false);
            } else if (const std::size_t eq = word.text.find('=', offset);
                       eq != std::string::npos && isProxyVariable(std::string_view(word.text).substr(offset, eq - offset))) {
                if (const auto range = exactRange(word, eq + 1, word.text.size())) // another container's proxy password
                    m_out.addUrlSecrets(std::string_view(word.text).substr(eq + 1), range->first);
            }
        }
        if (!image)
            return;
        for (std::size_t index : addHosts) {
            const std::string &w = cmd[index].text;
            const std::string entry = w.rfind("--add-host=", 0) == 0 ? w.substr(11) : w;
            const std::size_t sep = entry.find_first_of(":=");
            if (sep != std::string::npos)
                m_out.addHostAlias(entry.substr(0, sep), entry.substr(sep + 1), cmd[index].start, QStringLiteral("--add-host"));
        }
        const Word &img = cmd[*image];
        if (const auto range = exactRange(img, 0, img.text.size()))
            checkImageReference(m_out, img.text, range->first, range->second, QStringLiteral("image"));
        const std::string &t = m_out.text();
        if (!user) {
            Finding &f = m_out.add(Code::DockerUser, img.start, {QStringLiteral("root")});
            f.field = QStringLiteral("--user");
            f.newValue = QStringLiteral("1001");
            f.edits.push_back({img.start, img.start, "--user 1001 ", {}, Param::None, false});
        } else {
            const Word &u = cmd[user->first];
            const std::string value = u.text.substr(user->second);
            if (value != "1001" && value.rfind("1001:", 0) != 0) {
                if (const auto range = exactRange(u, user->second, u.text.size())) {
                    Finding &f = m_out.add(Code::DockerUser, range->first, {fromUtf8(value)});
                    f.field = QStringLiteral("--user");
                    f.oldValue = fromUtf8(value);
                    f.newValue = QStringLiteral("1001");
                    f.edits.push_back({range->first, range->second, "1001", {}, Param::None, false});
                }
            }
        }
        for (std::size_t index : readOnly) {
            const Word &ro = cmd[index];
            std::size_t s = ro.start, e = ro.where.back() + 1;
            // Alone on its line (before a continuation): drop the whole line.
            const LineIndex &lines = m_out.source().lines;
            const int line = lines.lineOf(s);
            const std::size_t ls = lines.lineStart(line), le = lines.lineEnd(line);
            auto blank = [&](std::size_t a, std::size_t b) {
                for (std::size_t k = a; k < b; ++k) {
                    if (t[k] != ' ' && t[k] != '\t')
                        return false;
                }
                return true;
            };
            std::size_t after = e;
            while (after < le && (t[after] == ' ' || t[after] == '\t'))
                ++after;
            const bool continuation = after < le && (t[after] == '\\' || t[after] == '`') && blank(after + 1, le);
            if (blank(ls, s) && continuation && line < lines.lineCount()) {
                s = ls;
                e = lines.lineStart(line + 1);
            } else {
                while (e < le && (t[e] == ' ' || t[e] == '\t'))
                    ++e;
            }
            Finding &f = m_out.add(Code::DockerReadOnly, ro.start);
            f.field = QStringLiteral("--read-only");
            f.oldValue = QStringLiteral("--read-only");
            f.edits.push_back({s, e, {}, {}, Param::None, false});
        }
    }

    void literals(const Command &cmd, std::size_t first, bool secrets)
    {
        m_out.resource = secrets ? QStringLiteral("kubectl create secret") : QStringLiteral("kubectl create configmap");
        for (std::size_t j = first; j < cmd.size(); ++j) {
            const std::string &w = cmd[j].text;
            if (w == "--from-literal" && j + 1 < cmd.size())
                keyValue(cmd[++j], 0, secrets);
            else if (w.rfind("--from-literal=", 0) == 0)
                keyValue(cmd[j], 15, secrets);
        }
    }

    void helmSet(const Command &cmd, std::size_t first, Tool tool)
    {
        m_tool = tool;
        m_out.resource = fromUtf8(cmd[first - 2].text + " " + cmd[first - 1].text);
        m_out.fieldPrefix.clear();
        // helm: one "a=1,b=2" word per --set; az: any number of KEY=VALUE words per option.
        static const std::vector<std::string> helmOptions = {"--set", "--set-string"};
        static const std::vector<std::string> arcOptions = {"--configuration-settings", "--config",
                                                            "--configuration-protected-settings", "--config-protected",
                                                            "--config-protected-settings"};
        const std::vector<std::string> &options = tool == Tool::Arc ? arcOptions : helmOptions;
        for (std::size_t j = first; j < cmd.size(); ++j) {
            const std::string &w = cmd[j].text;
            const bool secrets = w.rfind("--config-protected", 0) == 0 || w.rfind("--configuration-protected", 0) == 0;
            for (const std::string &option : options) {
                if (w.rfind(option + "=", 0) == 0) {
                    tool == Tool::Arc ? keyValue(cmd[j], option.size() + 1, secrets) : setList(cmd[j], option.size() + 1, secrets);
                    break;
                }
                if (w != option)
                    continue;
                if (tool == Tool::Helm && j + 1 < cmd.size())
                    setList(cmd[++j], 0, secrets);
                while (tool == Tool::Arc && j + 1 < cmd.size() && cmd[j + 1].text.rfind('-', 0) != 0)
                    keyValue(cmd[++j], 0, secrets);
                break;
            }
        }
        m_tool = Tool::Other;
    }

    // "a=1,b=2" as helm reads it; each pair handled on its own.
    void setList(const Word &word, std::size_t from, bool secrets)
    {
        std::size_t pos = from;
        while (pos < word.text.size()) {
            std::size_t comma = word.text.find(',', pos);
            if (comma == std::string::npos)
                comma = word.text.size();
            Word part;
            part.start = word.where[pos];
            part.text = word.text.substr(pos, comma - pos);
            part.where.assign(word.where.begin() + std::ptrdiff_t(pos), word.where.begin() + std::ptrdiff_t(comma));
            if (!part.text.empty())
                keyValue(part, 0, secrets);
            pos = comma + 1;
        }
    }

    FindingCollector &m_out;
    bool m_powershell = false;
    Tool m_tool = Tool::Other;
    std::map<std::string, Assignment> m_endpointVariables; // by variableKey
};

} // namespace

namespace {

// Deployment text is not commands: blanked (offsets kept) before the script is split into words.
// Other bodies (ssh host bash <<EOF) stay commands.
std::vector<Command> scriptCommands(const SourceFile &source, bool powershell, const std::vector<EmbeddedText> &embedded)
{
    std::string commands = source.text;
    for (const EmbeddedText &e : embedded) {
        if (e.format == Format::Unknown)
            continue;
        for (std::size_t k = e.bodyStart; k < e.bodyEnd; ++k) {
            if (commands[k] != '\n' && commands[k] != '\r')
                commands[k] = ' ';
        }
    }
    return tokenize(commands, powershell);
}

// An option naming files the command reads: --long VALUE, --long=VALUE, -s VALUE, -s=VALUE.
struct FileOption
{
    std::string_view longName;
    char shortName = 0;
    bool commaList = false; // helm's and kubectl's flags take a,b,c
    bool keyValue = false;  // helm --set-file key=path
};

// The file options of the command `cmd` runs and the word its options start at.
std::optional<std::pair<std::size_t, std::vector<FileOption>>> fileOptionsOf(const Command &cmd)
{
    static const std::vector<FileOption> docker{{"--env-file"}};
    static const std::vector<FileOption> compose{{"--file", 'f'}, {"--env-file"}};
    static const std::vector<FileOption> helm{{"--values", 'f', true}, {"--set-file", 0, true, true}};
    static const std::vector<FileOption> kubectl{{"--filename", 'f', true}, {"--kustomize", 'k'}};
    for (std::size_t i = 0; i < cmd.size(); ++i) {
        auto at = [&](std::size_t k) -> std::string { return i + k < cmd.size() ? cmd[i + k].text : std::string(); };
        const std::string &w = cmd[i].text;
        const bool runs = at(1) == "run" || at(1) == "create";
        if (w == "docker" && runs)
            return std::pair{i + 2, docker};
        if (w == "docker" && at(1) == "container" && (at(2) == "run" || at(2) == "create"))
            return std::pair{i + 3, docker};
        if (w == "docker" && at(1) == "compose")
            return std::pair{i + 2, compose};
        if (w == "docker-compose")
            return std::pair{i + 1, compose};
        if (w == "helm" && (at(1) == "install" || at(1) == "upgrade" || at(1) == "template" || at(1) == "lint"))
            return std::pair{i + 2, helm};
        if (w == "kubectl" && (at(1) == "apply" || at(1) == "create" || at(1) == "replace" || at(1) == "diff"))
            return std::pair{i + 2, kubectl};
    }
    return std::nullopt;
}

// The option's value in cmd[j] or the next word: {word index, offset of the value in its text}.
std::optional<std::pair<std::size_t, std::size_t>> optionValue(const Command &cmd, std::size_t j, const FileOption &option)
{
    const std::string &w = cmd[j].text;
    const std::string shortName = option.shortName ? std::string{'-', option.shortName} : std::string();
    if (w == option.longName || (!shortName.empty() && w == shortName))
        return j + 1 < cmd.size() ? std::optional(std::pair{j + 1, std::size_t(0)}) : std::nullopt;
    for (const std::string &name : {std::string(option.longName), shortName}) {
        if (!name.empty() && w.size() > name.size() + 1 && w.compare(0, name.size(), name) == 0 && w[name.size()] == '=')
            return std::pair{j, name.size() + 1};
    }
    return std::nullopt;
}

} // namespace

std::vector<FileReference> scriptFileReferences(const SourceFile &source, bool powershell)
{
    std::vector<FileReference> references;
    for (const Command &cmd : scriptCommands(source, powershell, findEmbeddedTexts(source, powershell))) {
        const auto options = fileOptionsOf(cmd);
        if (!options)
            continue;
        for (std::size_t j = options->first; j < cmd.size(); ++j) {
            for (const FileOption &option : options->second) {
                const auto value = optionValue(cmd, j, option);
                if (!value)
                    continue;
                const Word &word = cmd[value->first];
                for (std::size_t from = value->second; from < word.text.size();) {
                    std::size_t to = option.commaList ? word.text.find(',', from) : std::string::npos;
                    to = to == std::string::npos ? word.text.size() : to;
                    std::size_t start = from;
                    if (option.keyValue) {
                        const std::size_t eq = word.text.find('=', from);
                        start = eq < to ? eq + 1 : to;
                    }
                    const std::string path = word.text.substr(start, to - start);
                    // "-" is the standard input; a variable's value is not known here.
                    if (!path.empty() && path != "-" && path.find('$') == std::string::npos) {
                        const std::size_t at = word.where[start];
                        references.push_back({QString::fromStdString(path), source.lines.lineOf(at), source.lines.columnOf(at)});
                    }
                    from = to + 1;
                }
                j = value->first;
                break;
            }
        }
    }
    return references;
}

void analyzeScript(FileAnalysis &analysis)
{
    const bool powershell = analysis.format == Format::PowerShellScript;
    const std::vector<EmbeddedText> embedded = findEmbeddedTexts(analysis.source, powershell);
    FindingCollector out(analysis);
    ScriptVisitor visitor(out, powershell);
    const std::vector<Command> parsed = scriptCommands(analysis.source, powershell, embedded);
    // Assignments first: a variable may be used before the line that sets it in a function.
    for (const Command &cmd : parsed)
        visitor.assignment(cmd);
    for (const Command &cmd : parsed)
        visitor.visit(cmd);
    for (const EmbeddedText &e : embedded)
        analyzeEmbedded(analysis, e, [&](std::string_view reference) { return visitor.useEndpointVariable(reference); });
}

} // namespace agm
