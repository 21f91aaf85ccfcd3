// SPDX-License-Identifier: MIT
#include "companions.h"
#include "formats.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace agm {

namespace {

bool isRemote(const QString &path)
{
    return path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("git@"))
           || path.startsWith(QLatin1String("github.com/")) || path.startsWith(QLatin1String("gitlab.com/"))
           || path.startsWith(QLatin1String("bitbucket.org/"));
}

class ReferenceCollector
{
public:
    std::vector<FileReference> references;

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

QString kustomizationIn(const QString &folder)
{
    for (const char *name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
        const QString candidate = QDir(folder).filePath(QLatin1String(name));
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

} // namespace

ResolvedReference resolveReference(const QDir &root, const FileAnalysis &user, const FileReference &ref)
{
    ResolvedReference r;
    r.path = QDir::cleanPath(QFileInfo(user.source.path).absoluteDir().absoluteFilePath(ref.path));
    const QFileInfo info(r.path);
    if (!info.exists())
        return r;
    if (info.isDir()) {
        r.path = kustomizationIn(r.path);
        if (r.path.isEmpty()) {
            r.place = ResolvedReference::FolderWithoutKustomization;
            return r;
        }
    }
    r.relative = root.relativeFilePath(r.path);
    r.place = r.relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(r.relative) ? ResolvedReference::OutsideRoot
                                                                                             : ResolvedReference::InsideRoot;
    return r;
}

namespace {

std::optional<YAML::Node> loadMap(const std::string &text)
{
    try {
        YAML::Node root = YAML::Load(text);
        if (root.IsMap())
            return root;
    } catch (const YAML::Exception &) {
        // the analysis reports the parse error
    }
    return std::nullopt;
}

void collectKustomize(ReferenceCollector &out, const YAML::Node &root)
{
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
}

// env_file (a path, a list of paths or of {path, required}), extends.file and include.
void collectCompose(ReferenceCollector &out, const YAML::Node &root)
{
    const YAML::Node services = child(root, "services");
    for (auto it = services.IsMap() ? services.begin() : YAML::const_iterator(); services.IsMap() && it != services.end(); ++it) {
        const YAML::Node service = it->second;
        const YAML::Node envFile = child(service, "env_file");
        if (envFile.IsScalar())
            out.scalar(envFile);
        else
            out.entries(envFile, "path");
        out.scalars(child(child(service, "extends"), "file"));
    }
    out.entries(child(root, "include"), "path");
}

} // namespace

std::vector<FileReference> fileReferences(const std::string &text, Format format)
{
    if (format != Format::Kustomize && format != Format::Compose)
        return {};
    const std::optional<YAML::Node> root = loadMap(text);
    if (!root)
        return {};
    ReferenceCollector out;
    if (format == Format::Kustomize)
        collectKustomize(out, *root);
    else
        collectCompose(out, *root);
    std::stable_sort(out.references.begin(), out.references.end(), [](const FileReference &a, const FileReference &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return std::move(out.references);
}

std::vector<FileReference> fileReferences(const FileAnalysis &file)
{
    if (file.format != Format::ShellScript && file.format != Format::PowerShellScript)
        return fileReferences(file.source.text, file.format);
    std::vector<FileReference> references = scriptFileReferences(file.source, file.format == Format::PowerShellScript);
    for (FileReference &ref : references)
        ref.remote = isRemote(ref.path);
    return references;
}

Companions companionFiles(const Project &project)
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
    for (const FileAnalysis &user : project.files) {
        if (user.hasErrors())
            continue;
        for (const FileReference &ref : fileReferences(user)) {
            if (ref.remote)
                continue;
            const QString where = QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(user.source.relativePath)).arg(ref.line);
            const ResolvedReference resolved = resolveReference(root, user, ref);
            switch (resolved.place) {
            case ResolvedReference::Missing:
                result.warnings << QCoreApplication::translate("agm::Core", "%1: refers to %2, which does not exist: neither the inputs nor the copies work until it does.")
                                       .arg(where, ref.path);
                continue;
            case ResolvedReference::FolderWithoutKustomization:
                result.warnings << QCoreApplication::translate("agm::Core", "%1: refers to the folder %2, which holds no kustomization.yaml: kustomize cannot build it.").arg(where, ref.path);
                continue;
            case ResolvedReference::OutsideRoot:
                result.warnings << QCoreApplication::translate("agm::Core", "%1: refers to %2, outside the imported folder %3: the copies will not work without it. "
                                      "Import a folder that holds both, or copy it beside them.")
                                       .arg(where, ref.path, QDir::toNativeSeparators(root.path()));
                continue;
            case ResolvedReference::InsideRoot:
                break;
            }
            const QFileInfo info(resolved.path);
            const QString canonical = info.canonicalFilePath();
            if (unreadable.contains(canonical)) {
                result.warnings << QCoreApplication::translate("agm::Core", "%1: refers to %2, which could not be read (see its error), so the copies leave it out.").arg(where, ref.path);
                continue;
            }
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            if (info.size() > kMaxFileBytes) {
                result.warnings << QCoreApplication::translate("agm::Core", "%1: refers to %2, which is larger than %3 MiB, so the copies leave it out: copy it beside them by hand.")
                                       .arg(where, ref.path)
                                       .arg(kMaxFileBytes / (1024 * 1024));
                continue;
            }
            result.files << resolved.path;
        }
    }
    return result;
}

} // namespace agm
