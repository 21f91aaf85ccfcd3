// SPDX-License-Identifier: MIT
// Dockerfiles: FROM lines on the gateway image (a derived image, e.g. with extra CA certificates),
// and the global ARG defaults those lines use.
#include "formats.h"
#include "rules.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace agm {

namespace {

struct Word
{
    std::string text;               // as written, quotes included
    std::vector<std::size_t> where; // file offset of every byte of text
};

struct ArgDefault
{
    std::string value;
    std::size_t start = 0; // value bytes in the file, quotes excluded
    std::size_t end = 0;
    bool exact = false;    // contiguous in the file (no continuation inside)
};

// One instruction, continuation lines joined, split into words with their offsets.
struct Instruction
{
    std::vector<Word> words;
};

std::vector<Instruction> instructions(const SourceFile &src)
{
    const std::string &t = src.text;
    char escape = '\\';
    std::vector<Instruction> out;
    Instruction current;
    std::optional<Word> word;
    bool continued = false;
    bool directives = true; // "# escape=`" is honoured only before the first instruction
    for (int line = 1; line <= src.lines.lineCount(); ++line) {
        std::size_t s = src.lines.lineStart(line);
        std::size_t e = src.lines.lineEnd(line);
        std::size_t first = s;
        while (first < e && (t[first] == ' ' || t[first] == '\t'))
            ++first;
        if (first < e && t[first] == '#') {
            if (directives && !continued && t.compare(first, 8, "# escape") == 0) {
                const std::size_t eq = t.find('=', first);
                const std::size_t value = eq < e ? t.find_first_not_of(" \t", eq + 1) : std::string::npos;
                if (value < e)
                    escape = t[value];
            }
            continue; // comment lines inside a continuation are dropped too
        }
        directives = false;
        if (first == e && !continued)
            continue;
        // A trailing escape continues the instruction on the next line.
        std::size_t last = e;
        while (last > s && (t[last - 1] == ' ' || t[last - 1] == '\t'))
            --last;
        const bool continues = last > s && t[last - 1] == escape;
        if (continues)
            e = last - 1;
        for (std::size_t i = s; i < e; ++i) {
            if (t[i] == ' ' || t[i] == '\t') {
                if (word)
                    current.words.push_back(std::move(*word));
                word.reset();
                continue;
            }
            if (!word)
                word.emplace();
            word->text += t[i];
            word->where.push_back(i);
        }
        if (word)
            current.words.push_back(std::move(*word));
        word.reset();
        continued = continues;
        if (!continues && !current.words.empty()) {
            out.push_back(std::move(current));
            current = {};
        }
    }
    if (!current.words.empty())
        out.push_back(std::move(current));
    return out;
}

bool contiguous(const Word &w, std::size_t from, std::size_t to)
{
    return from < to && to <= w.where.size() && w.where[to - 1] - w.where[from] == to - 1 - from;
}

std::string upper(std::string s)
{
    for (char &c : s)
        c = char(std::toupper(uchar(c)));
    return s;
}

// "$X" or "${X}" alone: the variable's name; otherwise empty.
std::string singleVariable(std::string_view s)
{
    if (s.size() > 3 && s.substr(0, 2) == "${" && s.back() == '}' && s.find_first_of("${}:", 2) == s.size() - 1)
        return std::string(s.substr(2, s.size() - 3));
    if (s.size() > 1 && s[0] == '$' && s.find_first_of("${}/:@", 1) == std::string_view::npos)
        return std::string(s.substr(1));
    return {};
}

// Expands $X and ${X} with the global ARG defaults; unknown variables expand to nothing.
std::string expand(std::string_view s, const std::map<std::string, ArgDefault> &args)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '$' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        std::size_t nameStart = i + 1, nameEnd;
        if (s[i + 1] == '{') {
            nameStart = i + 2;
            nameEnd = s.find('}', nameStart);
            if (nameEnd == std::string_view::npos)
                return out;
            i = nameEnd;
        } else {
            nameEnd = nameStart;
            while (nameEnd < s.size() && (std::isalnum(uchar(s[nameEnd])) || s[nameEnd] == '_'))
                ++nameEnd;
            i = nameEnd - 1;
        }
        std::string name(s.substr(nameStart, nameEnd - nameStart));
        name = name.substr(0, name.find(':')); // ${X:-default}: the ARG's value is what counts
        if (const auto it = args.find(name); it != args.end())
            out += it->second.value;
    }
    return out;
}

class DockerfileVisitor
{
public:
    explicit DockerfileVisitor(FindingCollector &out)
        : m_out(out)
    {
    }

    void visit(const Instruction &ins)
    {
        const std::string keyword = upper(ins.words[0].text);
        if (keyword == "ARG" && !m_seenFrom) {
            for (std::size_t i = 1; i < ins.words.size(); ++i)
                arg(ins.words[i]);
        } else if (keyword == "FROM") {
            m_seenFrom = true;
            from(ins);
        }
    }

private:
    void arg(const Word &w)
    {
        const std::size_t eq = w.text.find('=');
        if (eq == std::string::npos) {
            m_args[w.text] = {};
            return;
        }
        ArgDefault d;
        std::size_t from = eq + 1, to = w.text.size();
        if (to - from >= 2 && (w.text[from] == '"' || w.text[from] == '\'') && w.text[to - 1] == w.text[from]) {
            ++from;
            --to;
        }
        d.value = w.text.substr(from, to - from);
        d.exact = contiguous(w, from, to);
        if (d.exact) {
            d.start = w.where[from];
            d.end = w.where[to - 1] + 1;
        }
        m_args[w.text.substr(0, eq)] = d;
    }

    void from(const Instruction &ins)
    {
        std::size_t i = 1;
        while (i < ins.words.size() && ins.words[i].text.rfind("--", 0) == 0)
            ++i;
        if (i >= ins.words.size())
            return;
        const Word &image = ins.words[i];
        const std::string stage = i + 2 < ins.words.size() && upper(ins.words[i + 1].text) == "AS" ? ins.words[i + 2].text : std::string();
        m_out.resource = stage.empty() ? QStringLiteral("FROM") : QStringLiteral("FROM (stage %1)").arg(fromUtf8(stage));
        const std::string &raw = image.text;
        if (!isGatewayImage(expand(raw, m_args)))
            return;
        const std::size_t start = image.where.front();
        if (const std::string name = singleVariable(raw); !name.empty())
            return fromArg(raw, name, start, true);
        const std::size_t at = raw.find('@');
        const std::string_view ref = std::string_view(raw).substr(0, at);
        const std::size_t slash = ref.rfind('/');
        std::size_t colon = ref.rfind(':');
        if (colon != std::string_view::npos && slash != std::string_view::npos && colon < slash)
            colon = std::string_view::npos;
        const std::string_view tag = colon == std::string_view::npos ? std::string_view() : ref.substr(colon + 1);
        if (tag.find('$') != std::string_view::npos) {
            if (const std::string name = singleVariable(tag); !name.empty())
                return fromArg(raw, name, start, false);
            return interpolated(raw, std::string(tag), start);
        }
        // Literal, or variables only in the registry part: the tag is edited where it is written.
        if (isGatewayImage(raw)) {
            if (contiguous(image, 0, raw.size()))
                checkImageReference(m_out, raw, start, image.where.back() + 1, QStringLiteral("image"));
        } else if (!tag.empty() && contiguous(image, colon + 1, ref.size())) {
            checkImageTag(m_out, tag, image.where[colon + 1], image.where[ref.size() - 1] + 1, false, QStringLiteral("image tag"));
        } else {
            interpolated(raw, raw, start);
        }
    }

    // The image (whole) or its tag comes from a global ARG: edited at the ARG's default.
    void fromArg(const std::string &raw, const std::string &name, std::size_t at, bool wholeImage)
    {
        const auto it = m_args.find(name);
        if (it == m_args.end() || !it->second.exact || it->second.value.empty())
            return interpolated(raw, "${" + name + "}", at);
        const QString field = QStringLiteral("ARG %1").arg(fromUtf8(name));
        if (wholeImage)
            checkImageReference(m_out, it->second.value, it->second.start, it->second.end, field);
        else
            checkImageTag(m_out, it->second.value, it->second.start, it->second.end, false, field);
    }

    void interpolated(const std::string &raw, const std::string &expression, std::size_t at)
    {
        Finding &f = m_out.add(Code::ImageInterpolated, at,
                               {fromUtf8(raw), fromUtf8(expression),
                                QCoreApplication::translate("agm::Core", "an ARG default before the first FROM, or docker build --build-arg")});
        f.field = QStringLiteral("image");
        f.oldValue = fromUtf8(raw);
    }

    FindingCollector &m_out;
    std::map<std::string, ArgDefault> m_args;
    bool m_seenFrom = false;
};

} // namespace

void analyzeDockerfile(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    DockerfileVisitor visitor(out);
    for (const Instruction &ins : instructions(analysis.source))
        visitor.visit(ins);
}

} // namespace agm
