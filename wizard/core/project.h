// SPDX-License-Identifier: MIT
#pragma once

#include "analysis.h"
#include "plan.h"
#include "tags.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace agm {

// All imported files, analysed, with their relative layout under a common root.
struct Project
{
    QString root;                    // common ancestor folder of the inputs
    std::vector<FileAnalysis> files; // in a stable order (relative path)
    std::vector<Finding> errors;     // inputs that could not be read at all (missing paths)
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

struct WriteOutcome
{
    bool ok = false;
    QString error;        // names the file and what to do
    QStringList written;  // paths written
    QStringList backups;  // in-place mode: where the originals went
};

// Copies the bundled training set (Kubernetes, Docker, Helm, compose) into `dir`.
bool extractDemoSet(const QString &dir, QString *error);

// Writes every changed file under outDir, mirroring relative paths; refuses to overwrite.
WriteOutcome writeCopies(const Project &project, const ProjectPlan &plan, const QString &outDir);
// Rewrites changed inputs atomically, keeping "<name>.bak" (or .bak.N) copies of the originals.
WriteOutcome writeInPlace(const Project &project, const ProjectPlan &plan);

} // namespace agm
