// SPDX-License-Identifier: MIT
#pragma once

#include "connectivity.h"
#include "ledger.h"
#include "project.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace agm {

struct ReportContext
{
    // Every member has an initializer: callers name only the ones they set ({.tag = ...}).
    QString tag{};        // chosen target tag
    QString tagSource{};  // where the tag list came from, e.g. "bundled snapshot (2026-11-26)"
    QString toolVersion{};
    // The live connectivity checks, when they were run (the wizard's Checks page).
    std::optional<CheckRun> checks{};
    // Whose advice the reports give: the wizard's fields, or command-line options (--endpoint).
    Audience audience = Audience::CommandLine;
    // The recipe applied, for the JSON report: {"path" (as given), "notes": [{"line", "text"}]}; empty when none.
    QJsonObject recipe{};
    // SARIF: the folder its locations are relative to (the command line's current folder when the
    // inputs are inside it, as in a CI checkout); empty: the project's root.
    QString locationBase{};
    // Several roots on one command line: where each stands (empty for one).
    std::vector<RootSummary> roots{};
    // The plan's ledger for the command line's audience when the caller has built it (the command
    // line): the reports written through exporter.h read it instead of building their own copy.
    const Ledger *ledger = nullptr;
};

// Secrets are masked in every format.
QByteArray markdownReport(const Project &project, const ProjectPlan &plan, const ReportContext &context);
QByteArray jsonReport(const Project &project, const ProjectPlan &plan, const ReportContext &context);
// The same, written to `device` piece by piece: its memory does not grow with the findings.
void writeJsonReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context);
// Several roots' summaries (ReportContext::roots), for the JSON and SARIF reports.
QJsonArray rootsJson(const std::vector<RootSummary> &roots);
QByteArray htmlReport(const Project &project, const ProjectPlan &plan, const ReportContext &context);
// The Markdown and HTML reports written to `device` piece by piece: neither their text nor a
// file's whole diff is held (a file of 100k findings).
void writeMarkdownReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context);
void writeHtmlReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context);
// Unified diff of every changed file, with a/ and b/ prefixes.
QByteArray unifiedPatch(const Project &project, const ProjectPlan &plan);
void writeUnifiedPatch(QIODevice &device, const Project &project, const ProjectPlan &plan);
// "sha256  relative/path" lines (sha256sum format, a name with a backslash, CR or LF escaped as
// sha256sum escapes it) for the files below `root`. A file it cannot read: empty, and `error` says which.
QByteArray sha256Manifest(const QString &root, const QStringList &files, QString &error);

} // namespace agm
