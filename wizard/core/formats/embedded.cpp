// SPDX-License-Identifier: MIT
// A deployment format inside another file (a script in a workflow step, values YAML in a
// Terraform heredoc): analysed on its own, its results moved to their place in the outer file.
#include "formats.h"

namespace agm {

void analyzeEmbedded(FileAnalysis &analysis, std::size_t start, std::size_t end, Format format, const QString &resource)
{
    const std::string &outerText = analysis.source.text;
    if (start >= end || end > outerText.size())
        return;
    const QByteArray bytes(outerText.data() + start, qsizetype(end - start));
    LoadResult loaded = decodeSource(bytes, analysis.source.path, analysis.source.relativePath);
    if (!loaded.file)
        return;
    // The outer file's line endings: lines the embedded analyser inserts must match them.
    loaded.file->eol = analysis.source.eol;
    const FileAnalysis inner = analyzeSource(std::move(*loaded.file), format);
    const LineIndex &innerLines = inner.source.lines;
    const LineIndex &outerLines = analysis.source.lines;
    for (const Finding &f : inner.findings) {
        const std::size_t innerOffset = f.line > 0 ? innerLines.lineStart(f.line) + std::size_t(std::max(f.column, 1) - 1) : 0;
        const std::size_t offset = start + innerOffset;
        const Finding placed = makeFinding(f.code, f.file, outerLines.lineOf(offset), outerLines.columnOf(offset), f.args);
        Finding moved = f;
        moved.id = placed.id;
        moved.line = placed.line;
        moved.column = placed.column;
        if (!resource.isEmpty())
            moved.resource = f.resource.isEmpty() ? resource : resource + QStringLiteral(": ") + f.resource;
        for (ProposedEdit &e : moved.edits) {
            e.start += start;
            e.end += start;
        }
        analysis.findings.push_back(std::move(moved));
    }
    for (const SecretSpan &s : inner.secrets)
        analysis.secrets.push_back({s.start + start, s.end + start});
    for (EndpointValue v : inner.endpoints) {
        v.start += start;
        v.end += start;
        v.line = outerLines.lineOf(start + innerLines.lineStart(std::max(v.line, 1)));
        analysis.endpoints.push_back(std::move(v));
    }
    for (NetworkSetting n : inner.network) {
        n.line = outerLines.lineOf(start + innerLines.lineStart(std::max(n.line, 1)));
        analysis.network.push_back(std::move(n));
    }
}

} // namespace agm
