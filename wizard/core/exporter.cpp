// SPDX-License-Identifier: MIT
#include "exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace agm {

namespace {

QString reportDirOf(const Project &project, const ExportSettings &settings)
{
    if (!settings.reportDir.isEmpty())
        return settings.reportDir;
    return settings.mode == ExportSettings::Copies ? settings.outDir
                                                   : QDir(project.root).filePath(QString::fromLatin1(kReportBaseName));
}

struct Artifact
{
    QString fileName;
    bool wanted;
};

std::vector<Artifact> artifacts(const ExportSettings &s)
{
    const QString base = QString::fromLatin1(kReportBaseName);
    return {{base + QStringLiteral(".md"), s.markdown},
            {base + QStringLiteral(".html"), s.html},
            {base + QStringLiteral(".json"), s.json},
            {base + QStringLiteral(".patch"), s.patch},
            {QStringLiteral("SHA256SUMS"), s.checksums}};
}

} // namespace

QStringList plannedTargets(const Project &project, const ProjectPlan &plan, const ExportSettings &settings)
{
    QStringList targets;
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        if (file.format == Format::Unknown || file.hasErrors())
            continue;
        if (settings.mode == ExportSettings::Copies)
            targets << QDir(settings.outDir).filePath(file.source.relativePath);
        else if (plan.files[i].changes())
            targets << file.source.path;
    }
    const QDir reports(reportDirOf(project, settings));
    for (const Artifact &a : artifacts(settings)) {
        if (a.wanted)
            targets << reports.filePath(a.fileName);
    }
    return targets;
}

ExportOutcome exportMigration(const Project &project, const ProjectPlan &plan, const ExportSettings &settings,
                              const ReportContext &context, FileOps &ops)
{
    ExportOutcome outcome;
    const QDir reports(reportDirOf(project, settings));
    // Reports must not overwrite anything either; check before the first byte is written.
    for (const Artifact &a : artifacts(settings)) {
        FileOps::Status status;
        if (a.wanted && ops.status(reports.filePath(a.fileName), status) == 0 && status.exists) {
            outcome.error = QCoreApplication::translate("agm::Core", "%1 already exists; choose another folder (nothing was written).").arg(QDir::toNativeSeparators(reports.filePath(a.fileName)));
            return outcome;
        }
    }
    const WriteOutcome written = settings.mode == ExportSettings::Copies ? writeCopies(project, plan, settings.outDir, ops)
                                                                         : writeInPlace(project, plan, ops);
    outcome.written = written.written;
    outcome.backups = written.backups;
    outcome.warnings = written.warnings;
    if (!written.ok) {
        outcome.error = written.error;
        return outcome;
    }
    const QString filesWritten = QCoreApplication::translate("agm::Core", "The migrated files are written; no report was.");
    FolderMaker folders(ops); // declared before `files`, so removed after their temporary files
    if (!folders.make(reports.absolutePath(), outcome.error)) {
        outcome.error += QLatin1Char(' ') + filesWritten;
        return outcome;
    }
    // All reports or none, like the migrated files; the checksums cover only what was written.
    std::vector<std::unique_ptr<AtomicFile>> files;
    for (const Artifact &a : artifacts(settings)) {
        if (!a.wanted)
            continue;
        QByteArray bytes;
        if (a.fileName.endsWith(QLatin1String(".md")))
            bytes = markdownReport(project, plan, context);
        else if (a.fileName.endsWith(QLatin1String(".html")))
            bytes = htmlReport(project, plan, context);
        else if (a.fileName.endsWith(QLatin1String(".json")))
            bytes = jsonReport(project, plan, context);
        else if (a.fileName.endsWith(QLatin1String(".patch")))
            bytes = unifiedPatch(project, plan);
        else
            bytes = sha256Manifest(settings.mode == ExportSettings::Copies ? settings.outDir : project.root, outcome.written);
        files.push_back(std::make_unique<AtomicFile>(reports.filePath(a.fileName), WriteMode::CreateNew, ops));
        if (!files.back()->stage(bytes)) {
            outcome.error = files.back()->error() + QLatin1Char(' ') + filesWritten;
            return outcome;
        }
    }
    if (!commitAll(files, ops, outcome.error)) {
        outcome.error += QLatin1Char(' ') + filesWritten;
        return outcome;
    }
    folders.keep();
    for (const auto &file : files)
        outcome.artifacts << file->target();
    outcome.ok = true;
    return outcome;
}

} // namespace agm
