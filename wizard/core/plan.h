// SPDX-License-Identifier: MIT
#pragma once

#include "analysis.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstddef>
#include <string>
#include <vector>

namespace agm {

// The operator's choices; the same for the GUI and the command line.
struct MigrationOptions
{
    QString tag;                         // target image tag (may carry @sha256:...)
    QString endpointHost;                // answer for endpoints that cannot be derived
    QHash<QString, QString> hostOverrides; // "file#findingId" -> host, beats derivation
    QSet<Step> skippedSteps;
    QSet<QString> disabledFindings;      // "file#findingId"
};

struct Edit
{
    std::size_t start = 0;
    std::size_t end = 0;
    SharedText replacement; // shared by the edits that write the same text
    FindingId findingId;
};

// Whether a plan splices its migrated text: a command that only describes the plan (--json,
// --check, a JSON or SARIF report) never reads it, and on a large file it is as big as the input.
enum class MigratedText { Spliced, NotNeeded };

struct FilePlan
{
    std::vector<Edit> edits;          // sorted, non-overlapping, never a no-op
    std::vector<Finding> findings;    // with newValue filled in for parametrised edits
    QStringList unresolved;           // finding ids that still need an answer
    std::vector<bool> applied;        // by index into findings: at least one edit in `edits`
    QSet<QString> leftOut;            // finding ids the operator switched off
    QSet<QString> skipped;            // finding ids of a skipped step
    std::string migratedText;         // empty when planned with MigratedText::NotNeeded

    bool changes() const { return !edits.empty(); }
    bool isApplied(std::size_t finding) const { return finding < applied.size() && applied[finding]; }
};

QString findingKey(const QString &file, const QString &findingId);
FilePlan planFile(const FileAnalysis &analysis, const MigrationOptions &options);
// The same over findings the caller hands over (a one-shot command moves them out of the
// analysis instead of holding two copies).
FilePlan planFile(const FileAnalysis &analysis, std::vector<Finding> findings, const MigrationOptions &options,
                  MigratedText text = MigratedText::Spliced);
// Replaces the ranges of sorted, non-overlapping edits; every other byte is kept.
std::string splice(const std::string &text, const std::vector<Edit> &edits);
// Quotes a value when a plain YAML scalar would change its type or meaning.
std::string yamlPlainOrQuoted(const std::string &value);
bool isValidHostName(const QString &host);
// Why an answer for the v2 configuration host ("host", "host:port", "https://host/") cannot be
// used (not a host name, a path, the v1 management host); empty when it can.
QString hostAnswerProblem(const QString &answer);

} // namespace agm
