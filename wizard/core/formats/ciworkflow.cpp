// SPDX-License-Identifier: MIT
// GitHub Actions workflows and Azure Pipelines: the shell bodies of steps (run:, script:, bash:,
// powershell:, inlineScript:) go through the script analyser at their place in the file; job
// containers, services and docker:// steps are image references. ${{ }} is their expression
// syntax, not a Helm action.
#include "formats.h"
#include "yamltext.h"

#include <QCoreApplication>

namespace agm {

namespace {

bool containsNoCase(const std::string &s, std::string_view needle)
{
    std::string low = s;
    for (char &c : low)
        c = char(std::tolower(uchar(c)));
    return low.find(needle) != std::string::npos;
}

class WorkflowVisitor
{
public:
    WorkflowVisitor(FileAnalysis &analysis, FindingCollector &out, const YamlDocument &doc)
        : m_analysis(analysis)
        , m_out(out)
        , m_doc(doc)
    {
    }

    void visit(const YAML::Node &node, int depth = 0)
    {
        // Aliases share nodes, so an alias bomb is a tree of billions: a budget of visits, not only depth.
        if (depth > 64 || --m_visitsLeft < 0)
            return;
        if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i)
                visit(node[i], depth + 1);
            return;
        }
        if (!node.IsMap())
            return;
        // A step's shell: GitHub "shell: pwsh", Azure CLI task "scriptType: pscore".
        const std::string shell = scalarValue(child(node, "shell")) + scalarValue(child(node, "scriptType"));
        const bool stepIsPowerShell = containsNoCase(shell, "pwsh") || containsNoCase(shell, "powershell") || shell == "ps"
                                      || shell == "pscore";
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = scalarValue(it->first);
            const YAML::Node value = it->second; // a copy: it-> is a temporary proxy
            if (isScalar(value)) {
                if (key == "run" || key == "script" || key == "bash" || key == "inlineScript")
                    script(value, stepIsPowerShell ? Format::PowerShellScript : Format::ShellScript, key);
                else if (key == "powershell" || key == "pwsh")
                    script(value, Format::PowerShellScript, key);
                else if (key == "image" || key == "container")
                    image(value, 0, key);
                else if (key == "uses" && value.Scalar().rfind("docker://", 0) == 0)
                    image(value, 9, key);
                continue;
            }
            visit(value, depth + 1);
        }
    }

private:
    int m_visitsLeft = 100000;

    void script(const YAML::Node &value, Format format, const std::string &key)
    {
        const std::string &t = m_doc.text();
        const std::size_t at = m_doc.offsetOf(value);
        if (at == std::string::npos || at >= t.size())
            return;
        std::size_t start = 0, end = 0;
        if (t[at] == '|') {
            // A literal block: its lines are the script as written (indentation is blanks to a shell).
            const int line = m_doc.lineOf(at);
            if (line >= m_analysis.source.lines.lineCount())
                return;
            start = m_analysis.source.lines.lineStart(line + 1);
            end = m_doc.valueExtent(value).second;
        } else if (const auto span = m_doc.scalar(value)) {
            if (span->style == '|' || span->style == '>')
                return;
            start = span->valueStart;
            end = span->valueEnd;
        } else {
            return; // folded or escaped: the bytes are not the script
        }
        if (end > start)
            analyzeEmbedded(m_analysis, start, end, format, fromUtf8(key + ":"));
    }

    void image(const YAML::Node &value, std::size_t prefix, const std::string &key)
    {
        const std::string &ref = value.Scalar();
        if (ref.size() <= prefix)
            return;
        const auto span = m_doc.scalar(value);
        m_out.resource = fromUtf8(key + ":");
        m_out.fieldPrefix.clear();
        const std::string_view image = std::string_view(ref).substr(prefix);
        if (ref.find("${{") != std::string::npos || ref.find("$(") != std::string::npos) {
            if (ref.find("azure-api-management/gateway") == std::string::npos)
                return;
            Finding &f = m_out.add(Code::ImageInterpolated, m_doc.offsetOf(value),
                                   {fromUtf8(image), fromUtf8(image.substr(image.find('$'))),
                                    QCoreApplication::translate("agm::Core", "the workflow's inputs, variables or env")});
            f.field = fromUtf8(key);
            f.oldValue = fromUtf8(image);
            return;
        }
        if (span)
            checkImageReference(m_out, image, span->valueStart + prefix, span->valueEnd, fromUtf8(key));
    }

    FileAnalysis &m_analysis;
    FindingCollector &m_out;
    const YamlDocument &m_doc;
};

} // namespace

void analyzeCiWorkflow(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    forEachYamlDocument(analysis, {}, [&](const YamlDocument &doc) {
        WorkflowVisitor visitor(analysis, out, doc);
        visitor.visit(doc.root());
    });
}

} // namespace agm
