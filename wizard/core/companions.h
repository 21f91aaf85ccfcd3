// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace agm {

// A file or folder a kustomization names (resources, patches, generator files, ...).
struct KustomizeReference
{
    QString path; // as written, without a generator's "key="
    int line = 0; // 1-based
    int column = 0;
    bool remote = false; // a URL or git reference: nothing on this machine to read or copy
};

std::vector<KustomizeReference> kustomizeReferences(const std::string &text);
// The kustomization file of a folder a kustomization names; empty when it has none.
QString kustomizationIn(const QString &folder);

// The import keeps deployment files only, but a kustomization also needs its generators'
// .properties files, JSON patches, hidden bases: without them the copies do not build.
struct Companions
{
    QStringList files;    // input files to copy unchanged, absolute, inside the project's root
    QStringList warnings; // references a copy cannot honour: missing, outside the root, unreadable
};
Companions kustomizeCompanions(const Project &project);

} // namespace agm
