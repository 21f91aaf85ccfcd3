// SPDX-License-Identifier: MIT
#pragma once

#include "analysis.h"
#include "atomicwrite.h"
#include "plan.h"
#include "tags.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace agm {

// An input reached a second time (a symlink, a symlinked folder, a hard link): read and written once.
struct SameFile
{
    QString path;   // absolute, as reached
    QString sameAs; // absolute path of the input that was read
    QString otherName; // a hard link: the name (no symlinks) an in-place rewrite links again; else empty
};

// All imported files, analysed, with their relative layout under a common root.
struct Project
{
    QString root;                    // common ancestor folder of the inputs
    std::vector<FileAnalysis> files; // in a stable order (relative path)
    std::vector<Finding> errors;     // inputs that could not be read at all (missing paths)
    std::vector<SameFile> sameFiles; // inputs that are one in `files` (symlinks, hard links)
};

// Returns false to cancel. Called with the number of files handled so far and the total.
using ProgressCallback = std::function<bool(int done, int total)>;

// Files are always analysed; folders are walked for deployment-like files (hidden folders skipped).
Project importPaths(const QStringList &paths, const ProgressCallback &progress = {});

struct ProjectPlan
{
    std::vector<FilePlan> files; // parallel to Project::files
    int editCount() const;
    int unresolvedCount() const;
};

ProjectPlan planProject(const Project &project, const MigrationOptions &options);
// For commands that plan once: the findings move from the analyses into the plan (the analyses
// keep only their errors), so a large import holds them once.
ProjectPlan planProjectOnce(Project &project, const MigrationOptions &options, MigratedText text = MigratedText::Spliced);

struct WriteOutcome
{
    bool ok = false;
    QString error;        // names the file and what to do
    QStringList written;  // paths written
    QStringList backups;  // in-place mode: where the originals went
    QStringList warnings; // written, but something was not carried over (hard links, ACLs, owner)
};

// Copies the bundled training set (Kubernetes, Docker, Helm, compose) into `dir`.
bool extractDemoSet(const QString &dir, QString *error);

// Writes every changed file under outDir, mirroring relative paths; refuses to overwrite. All or
// nothing: after a failure no file or folder it created is left.
WriteOutcome writeCopies(const Project &project, const ProjectPlan &plan, const QString &outDir, FileOps &ops = FileOps::real());
// Rewrites changed inputs atomically, keeping "<name>.bak" (or .bak.N) copies of the originals.
// Every backup and new content is staged before the first rename; a file that changed on disk
// since it was read is never overwritten. Symlinked inputs have their link target rewritten; the
// other hard links among the inputs are linked to the new file again.
WriteOutcome writeInPlace(const Project &project, const ProjectPlan &plan, FileOps &ops = FileOps::real());

} // namespace agm
