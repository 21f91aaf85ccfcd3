// SPDX-License-Identifier: MIT
#include "project.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>
#include <set>

void agmInitBundledResources(); // tags.cpp

namespace agm {

bool extractDemoSet(const QString &dir, QString *error)
{
    agmInitBundledResources();
    const QString source = QStringLiteral(":/agm/demo");
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(dir).filePath(QDir(source).relativeFilePath(file));
        QFile in(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
            if (error)
                *error = QCoreApplication::translate("agm::Core", "cannot copy the training set to %1: %2").arg(target, out.errorString());
            return false;
        }
    }
    return true;
}

namespace {

bool isCandidate(const QFileInfo &info)
{
    static const QStringList suffixes = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("env"),
                                         QStringLiteral("conf"), QStringLiteral("sh"), QStringLiteral("bash"),
                                         QStringLiteral("ps1"), QStringLiteral("psm1")};
    const QString name = info.fileName().toLower();
    return suffixes.contains(info.suffix().toLower()) || name == QLatin1String(".env") || name.startsWith(QLatin1String(".env."));
}

QString commonRoot(const QStringList &folders)
{
    if (folders.isEmpty())
        return QDir::currentPath();
    QStringList common = folders.first().split(QLatin1Char('/'));
    for (const QString &folder : folders) {
        const QStringList parts = folder.split(QLatin1Char('/'));
        int n = 0;
        while (n < common.size() && n < parts.size() && common[n] == parts[n])
            ++n;
        common = common.mid(0, n);
    }
    const QString root = common.join(QLatin1Char('/'));
    return root.isEmpty() ? QStringLiteral("/") : root;
}

} // namespace

Project importPaths(const QStringList &paths, const ProgressCallback &progress)
{
    Project project;
    std::set<QString> files;
    QStringList folders;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            project.errors.push_back(makeFinding(Code::LoadFailed, path, 0, 0,
                                                 {QCoreApplication::translate("agm::Core", "it does not exist; check the path")}));
            continue;
        }
        if (info.isDir()) {
            const QString dir = QDir(info.absoluteFilePath()).canonicalPath();
            folders << dir;
            QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QString rel = QDir(dir).relativeFilePath(file);
                // Hidden folders (.git, .terraform) never hold what we migrate.
                if (rel.contains(QLatin1String("/.")) || (rel.startsWith(QLatin1Char('.')) && rel.contains(QLatin1Char('/'))))
                    continue;
                if (isCandidate(it.fileInfo()))
                    files.insert(it.fileInfo().absoluteFilePath());
            }
        } else {
            files.insert(info.absoluteFilePath());
            folders << info.absolutePath();
        }
    }
    project.root = commonRoot(folders);
    const QDir root(project.root);
    const int total = int(files.size());
    qCInfo(lcImport).noquote() << "importing" << total << "files under" << project.root;
    int done = 0;
    for (const QString &file : files) {
        if (progress && !progress(done, total))
            break;
        const QString rel = root.relativeFilePath(file);
        LoadResult loaded = loadSourceFile(file, rel);
        if (loaded.file) {
            project.files.push_back(analyzeSource(std::move(*loaded.file)));
            const FileAnalysis &a = project.files.back();
            qCDebug(lcImport).noquote() << QStringLiteral("%1: %2 bytes, %3, %4 line endings -> %5, %6 findings, %7 secrets masked")
                                                   .arg(rel).arg(a.source.text.size()).arg(a.source.encodingName(), a.source.eolName(), formatName(a.format))
                                                   .arg(a.findings.size()).arg(a.secrets.size());
            for (const Finding &f : a.findings) {
                if (f.severity == Severity::Error)
                    qCInfo(lcImport).noquote() << rel << "refused:" << codeName(f.code) << "at line" << f.line;
            }
        } else {
            qCInfo(lcImport).noquote() << rel << "not loaded:" << codeName(loaded.error->code) << "at line" << loaded.error->line;
            FileAnalysis failed;
            failed.source.path = file;
            failed.source.relativePath = rel;
            failed.findings.push_back(*loaded.error);
            project.files.push_back(std::move(failed));
        }
        ++done;
    }
    if (progress)
        progress(done, total);
    return project;
}

int ProjectPlan::editCount() const
{
    int n = 0;
    for (const FilePlan &f : files)
        n += int(f.edits.size());
    return n;
}

int ProjectPlan::unresolvedCount() const
{
    int n = 0;
    for (const FilePlan &f : files)
        n += int(f.unresolved.size());
    return n;
}

ProjectPlan planProject(const Project &project, const MigrationOptions &options)
{
    ProjectPlan plan;
    plan.files.reserve(project.files.size());
    for (const FileAnalysis &file : project.files) {
        plan.files.push_back(planFile(file, options));
        const FilePlan &planned = plan.files.back();
        if (!lcPlan().isDebugEnabled() || (planned.edits.empty() && planned.unresolved.isEmpty()))
            continue;
        qCDebug(lcPlan).noquote() << QStringLiteral("%1: %2 edits, %3 open questions").arg(file.source.relativePath).arg(planned.edits.size()).arg(planned.unresolved.size());
        for (const Edit &edit : planned.edits) {
            const auto f = std::find_if(planned.findings.begin(), planned.findings.end(), [&](const Finding &x) { return x.id == edit.findingId; });
            qCDebug(lcPlan).noquote() << "  edit" << (f == planned.findings.end() ? edit.findingId : codeName(f->code)) << "at line"
                                      << file.source.lines.lineOf(edit.start);
        }
    }
    qCInfo(lcPlan) << "plan:" << plan.editCount() << "edits," << plan.unresolvedCount() << "open questions";
    return plan;
}

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        error = QCoreApplication::translate("agm::Core", "cannot write %1: %2. Check that the folder exists and is writable.").arg(path, out.errorString());
        return false;
    }
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        error = QCoreApplication::translate("agm::Core", "writing %1 failed: %2. Nothing was written there; free some space or pick another folder.")
                    .arg(path, out.errorString());
        return false;
    }
    return true;
}

// Whether an imported file still has the bytes it was planned from.
bool unchangedOnDisk(const FileAnalysis &file)
{
    QFile f(file.source.path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.readAll() == encodeLike(file.source, file.source.text);
}

} // namespace

WriteOutcome writeCopies(const Project &project, const ProjectPlan &plan, const QString &outDir)
{
    WriteOutcome outcome;
    const QDir out(outDir);
    std::vector<std::pair<QString, QByteArray>> pending;
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        if (file.format == Format::Unknown || file.hasErrors())
            continue;
        const QString target = out.absoluteFilePath(file.source.relativePath);
        if (QFileInfo::exists(target)) {
            outcome.error = QCoreApplication::translate("agm::Core", "%1 already exists; choose an empty output folder (nothing was written).").arg(target);
            return outcome;
        }
        pending.emplace_back(target, encodeLike(file.source, plan.files[i].migratedText));
    }
    // Every folder and every temporary file first; only when all are written is any committed.
    for (const auto &[target, bytes] : pending) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            outcome.error = QCoreApplication::translate("agm::Core", "cannot create the folder %1; check its permissions (nothing was written).")
                                .arg(QFileInfo(target).absolutePath());
            return outcome;
        }
    }
    // Temporary files are closed once written (thousands of files would exhaust descriptors),
    // then renamed into place; a failure before the renames removes them all.
    std::vector<std::pair<QString, QString>> staged; // temporary, target
    auto discard = [&] {
        for (const auto &entry : staged)
            QFile::remove(entry.first);
    };
    for (const auto &[target, bytes] : pending) {
        QTemporaryFile temp(QFileInfo(target).absolutePath() + QStringLiteral("/.agm-XXXXXX"));
        temp.setAutoRemove(false);
        const bool ok = temp.open() && temp.write(bytes) == bytes.size() && temp.flush();
        if (temp.isOpen())
            temp.close();
        if (!temp.fileName().isEmpty() && QFile::exists(temp.fileName()))
            staged.emplace_back(temp.fileName(), target);
        if (!ok) {
            outcome.error = QCoreApplication::translate("agm::Core", "cannot write %1: %2. Nothing was written; free some space or pick another folder.")
                                .arg(target, temp.errorString());
            discard();
            return outcome;
        }
        QFile::setPermissions(temp.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther);
    }
    for (std::size_t i = 0; i < staged.size(); ++i) {
        if (!QFile::rename(staged[i].first, staged[i].second)) {
            outcome.error = QCoreApplication::translate("agm::Core", "cannot move the new %1 into place; check the folder's permissions.").arg(staged[i].second);
            staged.erase(staged.begin(), staged.begin() + std::ptrdiff_t(i));
            discard();
            return outcome;
        }
        outcome.written << staged[i].second;
    }
    outcome.ok = true;
    return outcome;
}

WriteOutcome writeInPlace(const Project &project, const ProjectPlan &plan)
{
    WriteOutcome outcome;
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        if (!plan.files[i].changes() || file.hasErrors())
            continue;
        if (!unchangedOnDisk(file)) {
            outcome.error = QCoreApplication::translate("agm::Core", "%1 changed on disk since it was read; run the migration again.").arg(file.source.path);
            return outcome;
        }
        QString backup = file.source.path + QStringLiteral(".bak");
        for (int n = 1; QFileInfo::exists(backup); ++n)
            backup = file.source.path + QStringLiteral(".bak.%1").arg(n);
        const QByteArray original = encodeLike(file.source, file.source.text);
        if (!writeAtomically(backup, original, outcome.error))
            return outcome;
        QFile::setPermissions(backup, QFileInfo(file.source.path).permissions());
        outcome.backups << backup;
        if (!writeAtomically(file.source.path, encodeLike(file.source, plan.files[i].migratedText), outcome.error))
            return outcome;
        outcome.written << file.source.path;
    }
    outcome.ok = true;
    return outcome;
}

} // namespace agm
