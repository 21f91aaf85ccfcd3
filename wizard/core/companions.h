// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace agm {

// In the order they are written; none for other formats or text that does not parse.
std::vector<FileReference> fileReferences(const std::string &text, Format format);
// The same for any analysed file, scripts included (docker run --env-file, helm -f, kubectl -f
// and -k, docker compose -f).
std::vector<FileReference> fileReferences(const FileAnalysis &file);

// Where a local reference of `user` leads, seen from the project's root: a folder stands for its
// kustomization file.
struct ResolvedReference
{
    enum Place { Missing, FolderWithoutKustomization, OutsideRoot, InsideRoot } place = Missing;
    QString path;     // absolute, cleaned; the kustomization file for a folder
    QString relative; // to the root
};
ResolvedReference resolveReference(const QDir &root, const FileAnalysis &user, const FileReference &ref);

// The import keeps deployment files only, but a kustomization also needs its generators'
// .properties files, JSON patches, hidden bases, a compose file its env files: without them the
// copies do not work.
struct Companions
{
    QStringList files;    // input files to copy unchanged, absolute, inside the project's root
    QStringList warnings; // references a copy cannot honour: missing, outside the root, unreadable
};
Companions companionFiles(const Project &project);

} // namespace agm
