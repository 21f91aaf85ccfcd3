// SPDX-License-Identifier: MIT
#pragma once

// yaml-cpp locates structure; this file maps its nodes back to exact byte ranges of the text,
// guards yaml-cpp against hostile input, and writes the few blocks the migration inserts.

#include "rules.h"
#include "sourcefile.h"

#include <yaml-cpp/yaml.h>

#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agm {

inline constexpr int kMaxYamlDepth = 256;
inline constexpr int kMaxYamlAliases = 1000;

// One YAML document of a stream: [start, end) in the file text, "---" line included.
struct YamlChunk
{
    std::size_t start = 0;
    std::size_t end = 0;
};

std::vector<YamlChunk> splitYamlDocuments(const std::string &text);
// ASCII case-insensitive search (the needle's letters in any case); npos when absent.
std::size_t findNoCase(std::string_view hay, std::string_view needle, std::size_t from = 0);
bool containsNoCase(std::string_view hay, std::string_view needle);
// Why a document must not reach yaml-cpp (too deep, too many aliases, or invalid YAML that
// yaml-cpp 0.7 accepts: a quoted string never closed, a "%" line inside a document, content after
// "...", a comment glued to a quote, a flow indicator or a block scalar header, an unknown escape),
// or empty; `at` gets the offset in the document of the line where the limit was crossed, of the
// unclosed string's opening quote, or of the offending character.
QString yamlGuardViolation(std::string_view document, std::size_t *at = nullptr);

struct ScalarSpan
{
    std::size_t start = 0;      // first byte of the scalar (opening quote included)
    std::size_t end = 0;        // one past the last byte (closing quote included)
    std::size_t valueStart = 0; // inside the quotes
    std::size_t valueEnd = 0;
    char style = 0;             // 0 plain, '\'', '"', '|', '>'
};

// A parsed document with everything needed to turn nodes into byte offsets.
class YamlDocument
{
public:
    YamlDocument(const SourceFile &source, const YamlChunk &chunk, YAML::Node root);

    const YAML::Node &root() const { return m_root; }
    const SourceFile &source() const { return m_source; }
    const std::string &text() const { return m_source.text; }

    // Offset of the node's first byte, past any anchor or tag.
    std::size_t offsetOf(const YAML::Node &node) const;
    // The exact bytes of a scalar; nullopt when its text does not match yaml-cpp's value
    // (multi-line or escaped scalars), so callers never edit what they cannot locate exactly.
    std::optional<ScalarSpan> scalar(const YAML::Node &node, bool inFlow = false) const;
    // Bytes of any scalar however it is written (block, multi-line, quoted), for masking.
    std::pair<std::size_t, std::size_t> valueExtent(const YAML::Node &node) const;
    int columnOf(std::size_t offset) const; // 0-based
    int lineOf(std::size_t offset) const { return m_source.lines.lineOf(offset); }
    // End of the last content line of the block whose first line holds `offset` and whose
    // keys sit at `column` (comment-only and blank lines after it are not part of it).
    std::size_t blockContentEnd(std::size_t offset, int column) const;
    // One past the closing bracket of the flow collection opening at `offset`.
    std::size_t flowEnd(std::size_t offset) const;
    bool isFlow(const YAML::Node &node) const;
    // A JSON manifest (read by yaml-cpp as flow YAML): new keys are quoted.
    bool isJson() const;
    // The content of a block scalar ("key: |" or ">-" then more-indented lines): `start` at the
    // first non-blank character, `end` at the end of the last non-blank line; nullopt for others.
    struct BlockContent
    {
        std::size_t firstLineStart = 0; // start of the first content line, indentation included
        std::size_t start = 0;
        std::size_t end = 0;
        int lines = 0; // from the first to the last non-blank line
        char style = 0; // '|' or '>'
    };
    std::optional<BlockContent> blockScalarContent(const YAML::Node &node) const;
    // [start, end) of a scalar, mapping or sequence as written (block or flow).
    std::pair<std::size_t, std::size_t> extentOf(const YAML::Node &node) const;

    // An analyser claims each gateway field it reads (possibly through an alias or a merge key).
    // A claimed node that the document also uses elsewhere is shared with something that is not
    // the gateway's own field: settleSharedValues() turns the edits that would touch it into
    // SharedValue questions, so a shared value is never rewritten silently.
    void claim(const YAML::Node &node) const;
    void settleSharedValues(FindingCollector &out, std::size_t firstFinding) const;

private:
    struct Claim
    {
        YAML::Node node;
        int count = 0;
    };
    const SourceFile &m_source;
    YAML::Node m_root;
    std::size_t m_base;
    std::size_t m_end;
    mutable std::map<std::uint64_t, Claim> m_claims;
};

// Identity of a node within its document (aliases resolve to the anchored node, so they share it).
std::uint64_t nodeIdentity(const YAML::Node &node);

// Scalar helpers that never throw.
std::string scalarValue(const YAML::Node &node);
bool isScalar(const YAML::Node &node);
// Looks up a key in a mapping without mutating it (yaml-cpp's non-const operator[] inserts).
// With duplicate keys the last one wins, as in Kubernetes and most YAML loaders.
YAML::Node child(const YAML::Node &map, std::string_view key);
// The key node of `key` in `map`, for its position.
YAML::Node childKey(const YAML::Node &map, std::string_view key);
// The same, following "<<" merge keys as a YAML 1.1 loader would (yaml-cpp 0.7 keeps "<<" as a
// plain key): direct keys win, in "<<: [*a, *b]" a wins over b, nested merges are followed.
// Used to locate a field; the edit then lands where the field is written (see claim()).
YAML::Node member(const YAML::Node &map, std::string_view key);
YAML::Node memberKey(const YAML::Node &map, std::string_view key);
// Every key/value a loader would see in `map`: its own entries, then merged ones not overridden.
std::vector<std::pair<YAML::Node, YAML::Node>> members(const YAML::Node &map);

// A word whose presence in a document's bytes means the document may concern the gateway.
struct YamlKeyword
{
    std::string_view text;
    bool matchCase = false; // false: ASCII letters match in either case
};
// Byte-level pre-scan (no parsing): does the document contain one of the keywords? A document
// with an escape inside double quotes counts as containing every keyword, since "\x53ecret" reads
// as "Secret" once parsed; no other YAML syntax can spell a word other than as its bytes.
bool mayMention(std::string_view document, const std::vector<YamlKeyword> &keywords);

// Parses every document of a YAML file; parse errors and guard violations become findings.
// With keywords, documents that cannot mention any of them (mayMention) are skipped without
// parsing: in big rendered manifests most documents never reach yaml-cpp.
void forEachYamlDocument(FileAnalysis &analysis, const std::vector<YamlKeyword> &keywords,
                         const std::function<void(const YamlDocument &)> &visit);

// Visits the YAML held in a literal block scalar ("values: |") as a document of its own, whose
// offsets are the file's: the content keeps its indentation, so edits land in the scalar and
// inserted lines take its indentation. False when the scalar cannot be read that way.
bool visitEmbeddedYaml(FindingCollector &out, const YamlDocument &doc, const YAML::Node &scalar,
                       const std::function<void(const YamlDocument &)> &visit);

// Makes a securityContext-like mapping hold the given fields: conflicting values are replaced,
// missing ones inserted in the file's own style. `owner` is the mapping that holds `key`.
struct RequiredField
{
    std::string name;
    std::string value;
};
void requireFields(FindingCollector &out, const YamlDocument &doc, const YAML::Node &owner,
                   std::string_view key, const std::vector<RequiredField> &fields, Code missingCode);
// The three fields the v2 gateway container needs.
const std::vector<RequiredField> &gatewaySecurityFields();
// An endpoint value; written in a way we cannot edit exactly (block scalar, escapes), it is still
// reported, without an edit, so it stays an open item.
void checkEndpointNode(FindingCollector &out, const YamlDocument &doc, const YAML::Node &value, const QString &field);
// Warns about keys that appear twice in one mapping (Kubernetes keeps the last one, we read the first).
void checkDuplicateKeys(FindingCollector &out, const YamlDocument &doc, const YAML::Node &map);
// Lower-case "all" entries of securityContext.capabilities.drop.
void checkCapabilities(FindingCollector &out, const YamlDocument &doc, const YAML::Node &securityContext);

} // namespace agm
