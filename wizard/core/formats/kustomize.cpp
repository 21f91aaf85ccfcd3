// SPDX-License-Identifier: MIT
// kustomization.yaml: images[] entries and configMapGenerator / secretGenerator literals.
#include "formats.h"
#include "yamltext.h"

#include <algorithm>

namespace agm {

namespace {

void visitImages(FindingCollector &out, const YamlDocument &doc, const YAML::Node &images)
{
    bool gatewaySeen = false;
    for (std::size_t i = 0; images.IsSequence() && i < images.size(); ++i) {
        const YAML::Node entry = images[i];
        const std::string name = scalarValue(child(entry, "newName")).empty() ? scalarValue(child(entry, "name"))
                                                                               : scalarValue(child(entry, "newName"));
        if (!isGatewayRepository(name) && !isGatewayRepository(scalarValue(child(entry, "name"))))
            continue;
        gatewaySeen = true;
        out.resource = QStringLiteral("images[%1]").arg(fromUtf8(scalarValue(child(entry, "name"))));
        const YAML::Node tag = child(entry, "newTag");
        const YAML::Node digest = child(entry, "digest");
        const YAML::Node digestKey = childKey(entry, "digest");
        const auto tagSpan = doc.scalar(tag);
        const auto digestSpan = doc.scalar(digest);
        if (tagSpan) {
            const std::size_t findingsBefore = out.findingCount();
            checkImageTag(out, tag.Scalar(), tagSpan->valueStart, tagSpan->valueEnd, tagSpan->style == 0,
                          QStringLiteral("newTag"));
            // A digest beside a replaced tag would still win; its line goes with the old tag.
            if (digestSpan && out.findingCount() > findingsBefore && !out.last().edits.empty()) {
                // Only a "digest:" line of its own can go; in "- digest:" or a flow entry it is left
                // to the operator rather than risk breaking the entry.
                const LineIndex &lines = out.source().lines;
                const std::size_t keyAt = doc.offsetOf(digestKey);
                const int line = lines.lineOf(keyAt);
                const std::string &t = out.text();
                const bool ownLine = std::all_of(t.begin() + std::ptrdiff_t(lines.lineStart(line)), t.begin() + std::ptrdiff_t(keyAt),
                                                 [](char c) { return c == ' '; })
                                     && !doc.isFlow(entry);
                if (ownLine)
                    out.last().edits.push_back({lines.lineStart(line), lines.lineStart(line + 1), {}, {}, Param::None, false});
                else
                    out.last().edits.clear();
            }
        } else if (digestSpan) {
            // Digest only: the digest line becomes the newTag line.
            const std::size_t keyAt = doc.offsetOf(digestKey);
            Finding &f = out.add(Code::ImageDigestOnly, keyAt, {});
            f.field = QStringLiteral("digest");
            f.oldValue = fromUtf8(digest.Scalar());
            f.edits.push_back({keyAt, digestSpan->end, "newTag: ", {}, Param::Tag, true});
        }
    }
    if (gatewaySeen) {
        out.resource = QStringLiteral("kustomization");
        out.add(Code::KustomizeSecurity, doc.offsetOf(images));
    }
}

void visitGenerators(FindingCollector &out, const YamlDocument &doc, const YAML::Node &generators, bool secrets)
{
    for (std::size_t i = 0; generators.IsSequence() && i < generators.size(); ++i) {
        const YAML::Node literals = child(generators[i], "literals");
        out.resource = QStringLiteral("%1[%2]").arg(secrets ? QStringLiteral("secretGenerator") : QStringLiteral("configMapGenerator"),
                                                    fromUtf8(scalarValue(child(generators[i], "name"))));
        for (std::size_t l = 0; literals.IsSequence() && l < literals.size(); ++l) {
            const std::string literal = scalarValue(literals[l]);
            const std::size_t eq = literal.find('=');
            const auto [s, e] = doc.valueExtent(literals[l]);
            if (eq == std::string::npos || e < s + eq + 1)
                continue;
            const std::string key = literal.substr(0, eq), value = literal.substr(eq + 1);
            if (secrets || key.rfind(std::string(kAuthKey), 0) == 0)
                checkSecretValue(out, value, s + eq + 1, e);
            else if (key == kEndpointKey && doc.scalar(literals[l]))
                checkEndpoint(out, value, s + eq + 1, e, QStringLiteral("literals.%1").arg(fromUtf8(key)));
        }
    }
}

} // namespace

void analyzeKustomize(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    forEachYamlDocument(analysis, {}, [&](const YamlDocument &doc) {
        visitImages(out, doc, child(doc.root(), "images"));
        visitGenerators(out, doc, child(doc.root(), "configMapGenerator"), false);
        visitGenerators(out, doc, child(doc.root(), "secretGenerator"), true);
    });
}

} // namespace agm
