// SPDX-License-Identifier: MIT
#include "companions.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace agm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agm::Core", text);
}

bool isRemote(const QString &path)
{
    return path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("git@"))
           || path.startsWith(QLatin1String("github.com/")) || path.startsWith(QLatin1String("gitlab.com/"))
           || path.startsWith(QLatin1String("bitbucket.org/"));
}

class ReferenceCollector
{
public:
    std::vector<KustomizeReference> references;

    // A path, or an inline patch or generator (several lines), which names no file.
    void scalar(const YAML::Node &node, bool keyValue = false)
    {
        if (!node.IsScalar())
            return;
        QString path = QString::fromStdString(node.Scalar()).trimmed();
        if (keyValue && path.contains(QLatin1Char('=')))
            path = path.mid(path.indexOf(QLatin1Char('=')) + 1).trimmed();
        if (path.isEmpty() || path.contains(QLatin1Char('\n')))
            return;
        references.push_back({path, node.Mark().line + 1, node.Mark().column + 1, isRemote(path)});
    }
    void scalars(const YAML::Node &node, bool keyValue = false)
    {
        if (node.IsScalar())
            scalar(node, keyValue);
        for (std::size_t i = 0; node.IsSequence() && i < node.size(); ++i)
            scalar(node[i], keyValue);
    }
    // Entries that are either a path or a map with a `key` holding one.
    void entries(const YAML::Node &node, const char *key)
    {
        for (std::size_t i = 0; node.IsSequence() && i < node.size(); ++i) {
            if (node[i].IsMap())
                scalars(child(node[i], key));
            else
                scalar(node[i]);
        }
    }
};

} // namespace

QString kustomizationIn(const QString &folder)
{
    for (const char *name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
        const QString candidate = QDir(folder).filePath(QLatin1String(name));
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

std::vector<KustomizeReference> kustomizeReferences(const std::string &text)
{
    ReferenceCollector out;
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception &) {
        return {}; // the analysis reports the parse error
    }
    if (!root.IsMap())
        return {};
    for (const char *key : {"resources", "bases", "components", "crds", "configurations", "generators", "transformers",
                            "validators", "patchesStrategicMerge"})
        out.scalars(child(root, key));
    for (const char *key : {"patches", "patchesJson6902", "replacements"})
        out.entries(child(root, key), "path");
    out.scalars(child(child(root, "openapi"), "path"));
    for (const char *generator : {"configMapGenerator", "secretGenerator"}) {
        const YAML::Node list = child(root, generator);
        for (std::size_t i = 0; list.IsSequence() && i < list.size(); ++i) {
            out.scalars(child(list[i], "files"), true);
            out.scalars(child(list[i], "envs"));
            out.scalars(child(list[i], "env"));
        }
    }
    const YAML::Node charts = child(root, "helmCharts");
    for (std::size_t i = 0; charts.IsSequence() && i < charts.size(); ++i) {
        out.scalars(child(charts[i], "valuesFile"));
        out.scalars(child(charts[i], "additionalValuesFiles"));
    }
    std::stable_sort(out.references.begin(), out.references.end(), [](const KustomizeReference &a, const KustomizeReference &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return std::move(out.references);
}

Companions kustomizeCompanions(const Project &project)
{
    Companions result;
    const QDir root(project.root);
    // What the copies hold already, and what they leave out because it could not be read.
    QSet<QString> seen, unreadable;
    for (const FileAnalysis &file : project.files) {
        const QString canonical = QFileInfo(file.source.path).canonicalFilePath();
        if (file.hasErrors())
            unreadable.insert(canonical);
        else if (file.format != Format::Unknown)
            seen.insert(canonical);
    }
    for (const FileAnalysis &kustomization : project.files) {
        if (kustomization.format != Format::Kustomize || kustomization.hasErrors())
            continue;
        const QDir folder = QFileInfo(kustomization.source.path).absoluteDir();
        for (const KustomizeReference &ref : kustomizeReferences(kustomization.source.text)) {
            if (ref.remote)
                continue;
            const QString where = QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(kustomization.source.relativePath)).arg(ref.line);
            QString path = QDir::cleanPath(folder.absoluteFilePath(ref.path));
            QFileInfo info(path);
            if (!info.exists()) {
                result.warnings << tr("%1: refers to %2, which does not exist: kustomize cannot build the inputs or the copies until it does.")
                                       .arg(where, ref.path);
                continue;
            }
            if (info.isDir()) {
                path = kustomizationIn(path);
                if (path.isEmpty()) {
                    result.warnings << tr("%1: refers to the folder %2, which holds no kustomization.yaml: kustomize cannot build it.").arg(where, ref.path);
                    continue;
                }
                info.setFile(path);
            }
            const QString relative = root.relativeFilePath(path);
            if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative)) {
                result.warnings << tr("%1: refers to %2, outside the imported folder %3: the copies will not build with kustomize. "
                                      "Import a folder that holds both, or copy it beside them.")
                                       .arg(where, ref.path, QDir::toNativeSeparators(root.path()));
                continue;
            }
            const QString canonical = info.canonicalFilePath();
            if (unreadable.contains(canonical)) {
                result.warnings << tr("%1: refers to %2, which could not be read (see its error), so the copies leave it out.").arg(where, ref.path);
                continue;
            }
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            if (info.size() > kMaxFileBytes) {
                result.warnings << tr("%1: refers to %2, which is larger than %3 MiB, so the copies leave it out: copy it beside them by hand.")
                                       .arg(where, ref.path)
                                       .arg(kMaxFileBytes / (1024 * 1024));
                continue;
            }
            result.files << path;
        }
    }
    return result;
}

} // namespace agm
