// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "companions.h"
#include "ledger.h"
#include "recipe.h"
#include "sarifreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace agm {

QString reportFolder(const Project &project, const ExportSettings &settings)
{
    if (!settings.reportDir.isEmpty())
        return settings.reportDir;
    return QDir(settings.mode == ExportSettings::Copies ? settings.outDir : project.root).filePath(QString::fromLatin1(kReportFolderName));
}

namespace {

struct Artifact
{
    QString fileName; // relative to the report folder, or absolute
    bool wanted;
};

std::vector<Artifact> artifacts(const ExportSettings &s)
{
    const QString base = QString::fromLatin1(kReportBaseName);
    return {{base + QStringLiteral(".md"), s.markdown},
            {base + QStringLiteral(".html"), s.html},
            {base + QStringLiteral(".json"), s.json},
            {base + QStringLiteral(".patch"), s.patch},
            {QStringLiteral("SHA256SUMS"), s.checksums},
            {QString::fromLatin1(kRecipeFileName), !s.recipe.isEmpty()},
            {QFileInfo(s.reportFile).absoluteFilePath(), !s.reportFile.isEmpty()}};
}

QString alreadyExists(const QString &path)
{
    return QCoreApplication::translate("agm::Core", "%1 already exists; choose another name or folder (nothing was written).").arg(QDir::toNativeSeparators(path));
}

} // namespace

bool isReportFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("html") || suffix == QLatin1String("json") || suffix == QLatin1String("sarif");
}

QByteArray reportFor(const QString &path, const Project &project, const ProjectPlan &plan, const ReportContext &context)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeReportFor(buffer, path, project, plan, context);
    return buffer.data();
}

void writeReportFor(QIODevice &device, const QString &path, const Project &project, const ProjectPlan &plan, const ReportContext &context)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool sarif = suffix == QLatin1String("sarif");
    // SARIF's results are for the command line (code scanning), whoever writes them.
    std::optional<Ledger> own;
    if (!context.ledger)
        own = buildLedger(project, plan, sarif ? Audience::CommandLine : context.audience);
    const Ledger &ledger = context.ledger ? *context.ledger : *own;
    if (suffix == QLatin1String("json"))
        writeJsonReport(device, project, plan, ledger, context);
    else if (sarif)
        writeSarifReport(device, project, plan, ledger, context);
    else if (suffix == QLatin1String("html"))
        writeHtmlReport(device, project, plan, ledger, context);
    else
        writeMarkdownReport(device, project, plan, ledger, context);
}

FileWriteResult writeNewFile(const QString &path, const QByteArray &bytes, FileOps &ops)
{
    return writeNewFile(path, [&bytes](QIODevice &device) { device.write(bytes); }, ops);
}

FileWriteResult writeNewFile(const QString &path, const ContentWriter &content, FileOps &ops)
{
    FileOps::Status status;
    if (ops.status(path, status) == 0 && status.exists)
        return {false, alreadyExists(path), {}};
    return writeFileAtomically(path, content, WriteMode::CreateNew, ops);
}

FileWriteResult writeReportOnly(const QString &path, const Project &project, const ProjectPlan &plan, const ReportContext &context, FileOps &ops)
{
    return writeNewFile(path, [&](QIODevice &device) { writeReportFor(device, path, project, plan, context); }, ops);
}

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
    if (settings.mode == ExportSettings::Copies) {
        for (const QString &companion : companionFiles(project).files)
            targets << QDir(settings.outDir).filePath(QDir(project.root).relativeFilePath(companion));
    }
    const QDir reports(reportFolder(project, settings));
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
    const QDir reports(reportFolder(project, settings));
    // Reports must not overwrite anything either; check before the first byte is written.
    for (const Artifact &a : artifacts(settings)) {
        FileOps::Status status;
        if (a.wanted && ops.status(reports.filePath(a.fileName), status) == 0 && status.exists) {
            outcome.error = alreadyExists(reports.filePath(a.fileName));
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
    QByteArray checksums;
    if (settings.checksums) {
        QString unreadable;
        checksums = sha256Manifest(settings.mode == ExportSettings::Copies ? settings.outDir : project.root, outcome.written, unreadable);
        if (!unreadable.isEmpty()) {
            outcome.error = unreadable + QLatin1Char(' ') + filesWritten;
            return outcome;
        }
    }
    FolderMaker folders(ops); // declared before `files`, so removed after their temporary files
    // All reports or none, like the migrated files; the checksums cover only what was written.
    std::vector<std::unique_ptr<AtomicFile>> files;
    for (const Artifact &a : artifacts(settings)) {
        if (!a.wanted)
            continue;
        const QString target = reports.filePath(a.fileName);
        if (!folders.make(QFileInfo(target).absolutePath(), outcome.error)) {
            outcome.error += QLatin1Char(' ') + filesWritten;
            return outcome;
        }
        const ContentWriter content = [&](QIODevice &device) {
            if (a.fileName.endsWith(QLatin1String(".patch")))
                writeUnifiedPatch(device, project, plan);
            else if (a.fileName == QLatin1String(kRecipeFileName))
                device.write(settings.recipe);
            else if (a.fileName == QLatin1String("SHA256SUMS"))
                device.write(checksums);
            else
                writeReportFor(device, a.fileName, project, plan, context);
        };
        files.push_back(std::make_unique<AtomicFile>(target, WriteMode::CreateNew, ops));
        if (!files.back()->stage(content)) {
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
