// SPDX-License-Identifier: MIT
#include "project.h"

#include "companions.h"

#include "exporter.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

#include <algorithm>
#include <cerrno>
#include <functional>
#include <iterator>
#include <memory>
#include <map>
#include <set>
#include <utility>

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
        const FileWriteResult written = in.open(QIODevice::ReadOnly) ? writeFileAtomically(target, in.readAll(), WriteMode::CreateNew) : FileWriteResult{false, in.errorString(), {}};
        if (!written.ok) {
            if (error)
                *error = QCoreApplication::translate("agm::Core", "cannot copy the training set to %1: %2").arg(target, written.error);
            return false;
        }
    }
    return true;
}

namespace {

// Every text file that may deploy the gateway: the formats the analysers edit, and those only the
// safety net scans (Terraform, Bicep, ARM/JSON, Markdown runbooks, TypeScript/JavaScript, Dockerfiles).
bool isCandidate(const QFileInfo &info)
{
    static const QStringList suffixes = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("env"),
                                         QStringLiteral("conf"), QStringLiteral("sh"), QStringLiteral("bash"),
                                         QStringLiteral("ps1"), QStringLiteral("psm1"), QStringLiteral("tf"),
                                         QStringLiteral("bicep"), QStringLiteral("json"), QStringLiteral("md"),
                                         QStringLiteral("ts"), QStringLiteral("js"), QStringLiteral("dockerfile"),
                                         QStringLiteral("containerfile"), QStringLiteral("tfvars"), QStringLiteral("bicepparam")};
    const QString name = info.fileName().toLower();
    return suffixes.contains(info.suffix().toLower()) || name == QLatin1String(".env") || name.startsWith(QLatin1String(".env."))
           || name == QLatin1String("dockerfile") || name.startsWith(QLatin1String("dockerfile.")) || name == QLatin1String("containerfile");
}

// Hidden folders (.git, .terraform), installed packages and our own reports never hold what we
// migrate; CI definitions (.github, .azure-pipelines) do.
bool isSkippedFolderPath(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const QString &folder = parts[i];
        if (folder == QLatin1String("node_modules") || folder == QLatin1String(kReportFolderName))
            return true;
        if (folder.startsWith(QLatin1Char('.')) && folder != QLatin1String(".github") && folder != QLatin1String(".azure-pipelines"))
            return true;
    }
    return false;
}

#ifdef Q_OS_UNIX
bool isValidUtf8(const QByteArray &bytes)
{
    return firstInvalidUtf8(bytes.toStdString()) == std::string::npos;
}

// Qt cannot open a file whose name is not valid UTF-8 (it decodes the name lossily), so such a
// candidate would vanish from the walk without a word: name it instead, with its bytes escaped.
void findUndecodableNames(const QByteArray &dir, const QByteArray &relative, bool badParent, QStringList &out, int depth = 0)
{
    DIR *d = depth < 64 ? ::opendir(dir.constData()) : nullptr;
    if (!d)
        return;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray rel = relative.isEmpty() ? name : relative + '/' + name;
        const bool bad = badParent || !isValidUtf8(name);
        const QByteArray path = dir + '/' + name;
        struct stat st;
        if (::lstat(path.constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (!isSkippedFolderPath(QString::fromUtf8(rel) + QStringLiteral("/x")))
                findUndecodableNames(path, rel, bad, out, depth + 1);
        } else if (bad && S_ISREG(st.st_mode) && isCandidate(QFileInfo(QString::fromUtf8(name)))) {
            QString shown;
            for (const char c : rel)
                shown += uchar(c) < 0x80 && uchar(c) >= 0x20 ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            out << shown;
        }
    }
    ::closedir(d);
}
#endif

// Drops every path that is the same file as another input: through symlinks (one canonical path)
// or as another hard link (one device and inode, where the system tells them). Kept is the name
// most inputs lead to, itself when it is an input (else the first path to it), so an in-place
// migration reads and rewrites each file once; it links the other hard links again (writeInPlace).
std::vector<SameFile> dropSameFiles(std::set<QString> &files)
{
    std::map<QString, std::map<QString, std::vector<QString>>> byIdentity; // identity -> canonical path -> paths
    for (const QString &file : files) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        FileOps::Status status;
        const bool known = !canonical.isEmpty() && FileOps::real().status(canonical, status) == 0 && status.inode != 0;
        byIdentity[known ? QStringLiteral("%1:%2").arg(status.device).arg(status.inode) : canonical][canonical].push_back(file);
    }
    std::vector<SameFile> same;
    for (auto &[identity, names] : byIdentity) {
        if (identity.isEmpty())
            continue;
        const auto most = std::max_element(names.begin(), names.end(), [](const auto &a, const auto &b) { return a.second.size() < b.second.size(); });
        const std::vector<QString> &toKept = most->second;
        const QString keep = std::find(toKept.begin(), toKept.end(), most->first) != toKept.end() ? most->first : toKept.front();
        for (const auto &[canonical, paths] : names) {
            for (const QString &p : paths) {
                if (p == keep)
                    continue;
                files.erase(p);
                same.push_back({p, keep, canonical == most->first ? QString() : canonical});
            }
        }
    }
    std::sort(same.begin(), same.end(), [](const SameFile &a, const SameFile &b) { return a.path < b.path; });
    return same;
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

// The common folder of the root and a path outside it, for "import this instead".
QString folderHoldingBoth(const QString &root, const QString &path)
{
    return commonRoot({root, QFileInfo(path).absolutePath()});
}

// A kustomization deploys what it names, a compose file reads its env files: what the walk left
// out (a generator's .properties file, a base in a hidden folder, gateway.vars) is read too, and
// what lies outside the import or on a remote server becomes a finding on the file that uses it
// rather than passing unseen.
void followReferences(Project &project)
{
    const QDir root(project.root);
    QSet<QString> imported;
    for (const FileAnalysis &file : project.files)
        imported.insert(QFileInfo(file.source.path).canonicalFilePath());
    bool added = false;
    // Index, not iterator: files read here are appended and followed in turn.
    for (std::size_t next = 0; next < project.files.size(); ++next) {
        if (project.files[next].hasErrors())
            continue;
        const QString from = project.files[next].source.relativePath;
        std::vector<Finding> notChecked;
        std::vector<FileAnalysis> read;
        const Format format = project.files[next].format;
        for (const FileReference &ref : fileReferences(project.files[next])) {
            if (ref.remote) {
                notChecked.push_back(makeFinding(format == Format::Kustomize ? Code::KustomizeRemoteBase : Code::RemoteReference,
                                                 from, ref.line, ref.column, {ref.path}));
                continue;
            }
            const ResolvedReference resolved = resolveReference(root, project.files[next], ref);
            if (resolved.place == ResolvedReference::OutsideRoot) {
                notChecked.push_back(makeFinding(Code::ReferenceOutsideImport, from, ref.line, ref.column,
                                                 {ref.path, QDir::toNativeSeparators(project.root),
                                                  QDir::toNativeSeparators(folderHoldingBoth(project.root, resolved.path))}));
                continue;
            }
            // Missing ones: kustomize or compose refuses the inputs too, and the export names them.
            if (resolved.place != ResolvedReference::InsideRoot || !QFileInfo(resolved.path).isFile())
                continue;
            const QString canonical = QFileInfo(resolved.path).canonicalFilePath();
            if (imported.contains(canonical))
                continue;
            imported.insert(canonical);
            LoadResult loaded = loadSourceFile(resolved.path, resolved.relative);
            // Binary or too large: no YAML to check; the export copies it unchanged or names it.
            if (!loaded.file)
                continue;
            qCInfo(lcImport).noquote() << resolved.relative << "read:" << from << "uses it";
            read.push_back(analyzeSource(std::move(*loaded.file)));
        }
        for (Finding &f : notChecked)
            project.files[next].findings.push_back(std::move(f));
        for (FileAnalysis &file : read)
            project.files.push_back(std::move(file));
        added = added || !read.empty();
    }
    if (added) {
        std::stable_sort(project.files.begin(), project.files.end(),
                         [](const FileAnalysis &a, const FileAnalysis &b) { return a.source.relativePath < b.source.relativePath; });
    }
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
                if (isSkippedFolderPath(rel))
                    continue;
                if (isCandidate(it.fileInfo()))
                    files.insert(it.fileInfo().absoluteFilePath());
            }
#ifdef Q_OS_UNIX
            QStringList undecodable;
            findUndecodableNames(QFile::encodeName(dir), {}, false, undecodable);
            for (const QString &name : undecodable)
                project.errors.push_back(makeFinding(Code::LoadFailed, QDir(dir).filePath(name), 0, 0,
                                                     {QCoreApplication::translate("agm::Core", "its name is not valid UTF-8, so it cannot be read; rename it (the name is shown with \\x escapes)")}));
#endif
        } else if (!info.isFile()) {
            // A FIFO would block the read forever, a device could be endless: never opened.
            project.errors.push_back(makeFinding(Code::LoadFailed, path, 0, 0,
                                                 {QCoreApplication::translate("agm::Core", "it is not a regular file (a FIFO, socket or device); give a file or a folder")}));
        } else {
            files.insert(info.absoluteFilePath());
            folders << info.absolutePath();
        }
    }
    project.root = commonRoot(folders);
    project.sameFiles = dropSameFiles(files);
    const QDir root(project.root);
    for (const SameFile &same : project.sameFiles)
        qCInfo(lcImport).noquote() << root.relativeFilePath(same.path) << "is the same file as" << root.relativeFilePath(same.sameAs) << "- read once";
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
    if (done == total)
        followReferences(project);
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

namespace {

ProjectPlan planEachFile(const Project &project, const std::function<FilePlan(std::size_t)> &planOne)
{
    ProjectPlan plan;
    plan.files.reserve(project.files.size());
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        plan.files.push_back(planOne(i));
        const FilePlan &planned = plan.files.back();
        if (!lcPlan().isDebugEnabled() || (planned.edits.empty() && planned.unresolved.isEmpty()))
            continue;
        qCDebug(lcPlan).noquote() << QStringLiteral("%1: %2 edits, %3 open questions").arg(file.source.relativePath).arg(planned.edits.size()).arg(planned.unresolved.size());
        for (const Edit &edit : planned.edits) {
            const auto f = std::find_if(planned.findings.begin(), planned.findings.end(), [&](const Finding &x) { return x.id == edit.findingId; });
            qCDebug(lcPlan).noquote() << "  edit" << (f == planned.findings.end() ? edit.findingId.toString() : codeName(f->code)) << "at line"
                                      << file.source.lines.lineOf(edit.start);
        }
    }
    qCInfo(lcPlan) << "plan:" << plan.editCount() << "edits," << plan.unresolvedCount() << "open questions";
    return plan;
}

} // namespace

ProjectPlan planProject(const Project &project, const MigrationOptions &options)
{
    return planEachFile(project, [&](std::size_t i) { return planFile(project.files[i], options); });
}

ProjectPlan planProjectOnce(Project &project, const MigrationOptions &options, MigratedText text)
{
    return planEachFile(project, [&](std::size_t i) {
        FileAnalysis &file = project.files[i];
        std::vector<Finding> findings = std::exchange(file.findings, {});
        // The few errors stay: hasErrors() keeps a broken file out of every write.
        std::copy_if(findings.begin(), findings.end(), std::back_inserter(file.findings), [](const Finding &f) { return f.severity == Severity::Error; });
        return planFile(file, std::move(findings), options, text);
    });
}

namespace {

// Permission bits of an input, for its migrated copy (a script stays executable, a file with
// secrets stays private) and its backup.
bool inputMode(FileOps &ops, const QString &path, unsigned &mode, QString &error)
{
    FileOps::Status status;
    const QString resolved = QFileInfo(path).canonicalFilePath();
    const int code = resolved.isEmpty() ? ENOENT : ops.status(resolved, status);
    if (code == 0 && status.exists) {
        mode = status.mode & 0777;
        return true;
    }
    error = QCoreApplication::translate("agm::Core", "cannot inspect %1: %2").arg(QDir::toNativeSeparators(path), describeFileError(code ? code : ENOENT));
    return false;
}

// Whether `path` still holds `original`; sets `error` (naming the file) when not.
bool stillAsRead(FileOps &ops, const QString &path, const QByteArray &original, QString &error)
{
    QByteArray current;
    if (const int code = ops.read(path, current)) {
        error = QCoreApplication::translate("agm::Core", "cannot read %1 again before rewriting it: %2").arg(QDir::toNativeSeparators(path), describeFileError(code));
        return false;
    }
    if (current != original) {
        error = QCoreApplication::translate("agm::Core", "%1 changed on disk since it was read; run the migration again.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString nothingWritten()
{
    return QCoreApplication::translate("agm::Core", "All or nothing: nothing was written.");
}

QString nothingChanged()
{
    return QCoreApplication::translate("agm::Core", "Nothing was changed.");
}

} // namespace

WriteOutcome writeCopies(const Project &project, const ProjectPlan &plan, const QString &outDir, FileOps &ops)
{
    WriteOutcome outcome;
    const QDir out(outDir);
    FolderMaker folders(ops); // before `staged`: the temporary files go first, then the folders
    std::vector<std::unique_ptr<AtomicFile>> staged;
    std::vector<std::pair<QByteArray, unsigned>> contents; // bytes and permissions, parallel to staged
    const auto stageCopy = [&](const QString &input, const QString &relativePath, QByteArray bytes) {
        const QString target = out.absoluteFilePath(relativePath);
        FileOps::Status status;
        // Not following links: a dangling one is in the way too.
        if (const int code = ops.status(target, status)) {
            outcome.error = QCoreApplication::translate("agm::Core", "cannot inspect %1: %2").arg(QDir::toNativeSeparators(target), describeFileError(code))
                            + QLatin1Char(' ') + nothingWritten();
            return false;
        }
        if (status.exists) {
            outcome.error = QCoreApplication::translate("agm::Core", "%1 already exists; choose an empty output folder (nothing was written).").arg(QDir::toNativeSeparators(target));
            return false;
        }
        unsigned mode = 0;
        if (!inputMode(ops, input, mode, outcome.error)) {
            outcome.error += QLatin1Char(' ') + nothingWritten();
            return false;
        }
        staged.push_back(std::make_unique<AtomicFile>(target, WriteMode::CreateNew, ops));
        contents.emplace_back(std::move(bytes), mode);
        return true;
    };
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        if (file.format == Format::Unknown || file.hasErrors())
            continue;
        if (!stageCopy(file.source.path, file.source.relativePath, encodeLike(file.source, plan.files[i].migratedText)))
            return outcome;
    }
    const Companions companions = companionFiles(project);
    outcome.warnings << companions.warnings;
    const QDir root(project.root);
    for (const QString &companion : companions.files) {
        QByteArray bytes;
        if (const int code = ops.read(companion, bytes)) {
            outcome.error = QCoreApplication::translate("agm::Core", "cannot read %1 to copy it beside the files that use it: %2").arg(QDir::toNativeSeparators(companion), describeFileError(code))
                            + QLatin1Char(' ') + nothingWritten();
            return outcome;
        }
        if (!stageCopy(companion, root.relativeFilePath(companion), std::move(bytes)))
            return outcome;
    }
    // Every folder and every temporary file first; only when all are written is any committed,
    // and a failed commit takes the others back.
    for (const auto &file : staged) {
        if (!folders.make(QFileInfo(file->target()).absolutePath(), outcome.error)) {
            outcome.error += QLatin1Char(' ') + nothingWritten();
            return outcome;
        }
    }
    std::vector<const AtomicFile *> batch;
    for (std::size_t i = 0; i < staged.size(); ++i) {
        // Closed once written: thousands of open files would exhaust descriptors.
        if (!staged[i]->stage(contents[i].first, contents[i].second, Durability::Batched)) {
            outcome.error = staged[i]->error() + QLatin1Char(' ') + nothingWritten();
            return outcome;
        }
        batch.push_back(staged[i].get());
    }
    if (!makeStagedDurable(batch, ops, outcome.error) || !commitAll(staged, ops, outcome.error)) {
        outcome.error += QLatin1Char(' ') + nothingWritten();
        return outcome;
    }
    syncCommittedFolders(batch, ops);
    folders.keep();
    for (const auto &file : staged)
        outcome.written << file->target();
    outcome.ok = true;
    return outcome;
}

WriteOutcome writeInPlace(const Project &project, const ProjectPlan &plan, FileOps &ops)
{
    WriteOutcome outcome;
    struct Rewrite
    {
        QString path;
        QByteArray original; // what the plan was made from
        std::unique_ptr<AtomicFile> backup;
        std::unique_ptr<AtomicFile> update;
    };
    std::vector<Rewrite> rewrites;
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        if (!plan.files[i].changes() || file.hasErrors())
            continue;
        Rewrite rewrite{file.source.path, encodeLike(file.source, file.source.text), nullptr, nullptr};
        unsigned mode = 0;
        if (!stillAsRead(ops, rewrite.path, rewrite.original, outcome.error) || !inputMode(ops, rewrite.path, mode, outcome.error)) {
            outcome.error += QLatin1Char(' ') + nothingChanged();
            return outcome;
        }
        QString backup = rewrite.path + QStringLiteral(".bak");
        FileOps::Status status;
        for (int n = 1; ops.status(backup, status) == 0 && status.exists; ++n)
            backup = rewrite.path + QStringLiteral(".bak.%1").arg(n);
        rewrite.backup = std::make_unique<AtomicFile>(backup, WriteMode::CreateNew, ops);
        rewrite.update = std::make_unique<AtomicFile>(rewrite.path, WriteMode::Replace, ops);
        QStringList otherNames;
        for (const SameFile &same : project.sameFiles) {
            if (same.sameAs == rewrite.path && !same.otherName.isEmpty() && !otherNames.contains(same.otherName))
                otherNames << same.otherName;
        }
        rewrite.update->relinkAfterCommit(otherNames);
        // The backup is a copy: the original is never moved away (a failed rename would leave none).
        if (!rewrite.backup->stage(rewrite.original, mode, Durability::Batched)) {
            outcome.error = rewrite.backup->error() + QLatin1Char(' ') + nothingChanged();
            return outcome;
        }
        if (!rewrite.update->stage(encodeLike(file.source, plan.files[i].migratedText), 0, Durability::Batched)) {
            outcome.error = rewrite.update->error() + QLatin1Char(' ') + nothingChanged();
            return outcome;
        }
        rewrites.push_back(std::move(rewrite));
    }
    std::vector<const AtomicFile *> batch;
    for (const Rewrite &rewrite : rewrites) {
        batch.push_back(rewrite.backup.get());
        batch.push_back(rewrite.update.get());
    }
    if (!makeStagedDurable(batch, ops, outcome.error)) {
        outcome.error += QLatin1Char(' ') + nothingChanged();
        return outcome;
    }
    // Whatever is committed below, its folder is synced on the way out.
    const auto syncFolders = qScopeGuard([&] { syncCommittedFolders(batch, ops); });
    for (Rewrite &rewrite : rewrites) {
        const bool backedUp = rewrite.backup->commit();
        if (!backedUp || !rewrite.update->commit(&rewrite.original)) {
            outcome.error = backedUp ? rewrite.update->error() : rewrite.backup->error();
            if (backedUp)
                ops.remove(rewrite.backup->target()); // its original is still in place
            if (outcome.written.isEmpty())
                outcome.error += QLatin1Char(' ') + nothingChanged();
            else
                outcome.error += QLatin1Char(' ') + QCoreApplication::translate("agm::Core", "Already rewritten, each with its original kept as .bak: %1.")
                                                        .arg(QDir::toNativeSeparators(outcome.written.join(QStringLiteral(", "))));
            return outcome; // the remaining temporary files go with `rewrites`
        }
        outcome.backups << rewrite.backup->target();
        outcome.written << rewrite.path;
        outcome.warnings << rewrite.update->warnings();
    }
    outcome.ok = true;
    return outcome;
}

} // namespace agm
