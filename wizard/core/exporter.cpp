// SPDX-License-Identifier: MIT
#include "exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
                              const ReportContext &context)
{
    ExportOutcome outcome;
    const QDir reports(reportDirOf(project, settings));
    // Reports must not overwrite anything either; check before the first byte is written.
    for (const Artifact &a : artifacts(settings)) {
        if (a.wanted && QFileInfo::exists(reports.filePath(a.fileName))) {
            outcome.error = QCoreApplication::translate("agm::Core", "%1 already exists; choose another folder (nothing was written).").arg(reports.filePath(a.fileName));
            return outcome;
        }
    }
    const WriteOutcome written = settings.mode == ExportSettings::Copies ? writeCopies(project, plan, settings.outDir)
                                                                         : writeInPlace(project, plan);
    outcome.written = written.written;
    outcome.backups = written.backups;
    if (!written.ok) {
        outcome.error = written.error;
        return outcome;
    }
    if (!QDir().mkpath(reports.absolutePath())) {
        outcome.error = QCoreApplication::translate("agm::Core", "cannot create %1 for the reports; the migrated files are written.").arg(reports.absolutePath());
        return outcome;
    }
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
        const QString path = reports.filePath(a.fileName);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            outcome.error = QCoreApplication::translate("agm::Core", "cannot write %1 (%2); the migrated files are written.").arg(path, file.errorString());
            return outcome;
        }
        outcome.artifacts << path;
    }
    outcome.ok = true;
    return outcome;
}

} // namespace agm
