// SPDX-License-Identifier: MIT
#pragma once

#include "atomicwrite.h"
#include "project.h"
#include "report.h"

#include <QString>
#include <QStringList>

namespace agm {

struct ExportSettings
{
    enum Mode { Copies, InPlace } mode = Copies;
    QString outDir;          // Copies: where the migrated tree goes
    QString reportDir;       // where reports, patch and checksums go (default: reportFolder())
    bool markdown = true;
    bool html = true;
    bool json = true;
    bool patch = true;
    bool checksums = true;
    QString reportFile;      // one more report at this path, its format from the extension (the CLI's --report)
    QByteArray recipe;       // written as migration-recipe.json beside the reports; empty: none
};

struct ExportOutcome
{
    bool ok = false;
    QString error;
    QStringList written;   // migrated files
    QStringList backups;   // in-place originals
    QStringList artifacts; // reports, patch, checksums
    QStringList warnings;  // hard links broken, ACLs or owner not kept
};

// The files each mode would write, for showing before anything is written.
QStringList plannedTargets(const Project &project, const ProjectPlan &plan, const ExportSettings &settings);
// Writes the migrated files, then the reports; never overwrites an existing file in Copies mode.
// No GUI calls: safe on a worker thread. `ops` is the file-system seam (tests inject faults).
ExportOutcome exportMigration(const Project &project, const ProjectPlan &plan, const ExportSettings &settings,
                              const ReportContext &context, FileOps &ops = FileOps::real());

inline constexpr char kReportBaseName[] = "apim-gateway-migration";
// The reports' own folder below the export (Copies) or the input root (in place): the migrated
// tree then holds deployment files only, so `kubectl apply -f`/`-k` on it never meets a report.
inline constexpr char kReportFolderName[] = "apim-gateway-migration-reports";
// Where reports, patch and checksums go for these settings.
QString reportFolder(const Project &project, const ExportSettings &settings);

// Whether `path` names a report format: .md, .html, .json or .sarif.
bool isReportFileName(const QString &path);
// The report for `path`'s extension (.md, .html, .json, .sarif).
QByteArray reportFor(const QString &path, const Project &project, const ProjectPlan &plan, const ReportContext &context);
// The same written to a device piece by piece: the report is never held whole.
void writeReportFor(QIODevice &device, const QString &path, const Project &project, const ProjectPlan &plan, const ReportContext &context);
// Writes a new file atomically; an existing one (a dangling symlink too) is never replaced.
FileWriteResult writeNewFile(const QString &path, const QByteArray &bytes, FileOps &ops = FileOps::real());
FileWriteResult writeNewFile(const QString &path, const ContentWriter &content, FileOps &ops = FileOps::real());
// Writes one report and nothing else (the CLI's --report without --out or --in-place); like every
// write, it never replaces an existing file.
FileWriteResult writeReportOnly(const QString &path, const Project &project, const ProjectPlan &plan, const ReportContext &context,
                                FileOps &ops = FileOps::real());

} // namespace agm
