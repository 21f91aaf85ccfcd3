// SPDX-License-Identifier: MIT
#include "nextcommands.h"
#include "companions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>

namespace agm {

namespace {

QString folderOf(const QString &relativePath)
{
    const int slash = int(relativePath.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? QString() : relativePath.left(slash);
}

// `folder` is `ancestor` or below it (relative paths, "" is the root).
bool isWithin(const QString &folder, const QString &ancestor)
{
    return ancestor.isEmpty() || folder == ancestor || folder.startsWith(ancestor + QLatin1Char('/'));
}

bool readsLocalFiles(const FileAnalysis &file)
{
    const std::vector<FileReference> references = fileReferences(file);
    return std::any_of(references.begin(), references.end(), [](const FileReference &ref) { return !ref.remote; });
}

// The project name `docker compose` gives the file in `folder` (compose v2 and 1.29 alike): empty
// when the file names its project itself (a top-level `name:`), which the copy keeps.
QString composeProjectName(const FileAnalysis &file, const QString &folder)
{
    static const QRegularExpression ownName(QStringLiteral("(^|\n)name:"));
    if (QString::fromStdString(file.source.text).contains(ownName))
        return {};
    QString name;
    for (const QChar c : QFileInfo(folder).fileName().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-'))
            name += c;
    }
    return name;
}

} // namespace

QString shellQuote(const QString &word, Shell shell)
{
    // Characters no shell treats specially in a word; PowerShell also takes backslashes literally.
    static const QRegularExpression posixSafe(QStringLiteral("^[A-Za-z0-9_./:+-]+$"));
    static const QRegularExpression powerShellSafe(QStringLiteral("^[A-Za-z0-9_./:+\\\\-]+$"));
    if (!word.isEmpty() && (shell == Shell::Posix ? posixSafe : powerShellSafe).match(word).hasMatch())
        return word;
    QString quoted = QStringLiteral("'");
    for (const QChar c : word) {
        if (shell == Shell::Posix && c == QLatin1Char('\''))
            quoted += QStringLiteral("'\\''");
        else if (shell == Shell::PowerShell && (c == QLatin1Char('\'') || (c.unicode() >= 0x2018 && c.unicode() <= 0x201b)))
            quoted += QString(2, c); // PowerShell reads the typographic single quotes as quotes too
        else
            quoted += c;
    }
    return quoted + QLatin1Char('\'');
}

std::vector<NextCommand> nextCommands(const Project &project, const Ledger &ledger, const ExportSettings &settings, const QString &tag, Shell shell)
{
    const QDir root(settings.mode == ExportSettings::Copies ? settings.outDir : project.root);
    const auto quoted = [shell](const QString &absolute) {
        return shellQuote(shell == Shell::PowerShell ? QDir::toNativeSeparators(absolute) : absolute, shell);
    };
    // Where the export put `relative` (a file or folder), and the input's own folder of it.
    const auto path = [&](const QString &relative) { return quoted(relative.isEmpty() ? root.absolutePath() : root.absoluteFilePath(relative)); };
    const auto originalFolder = [&](const QString &relative) { return quoted(QDir(project.root).absoluteFilePath(folderOf(relative))); };
    const QString andThen = shell == Shell::Posix ? QStringLiteral(" && ") : QStringLiteral("; ");
    const QString removeOld = QCoreApplication::translate("agm::NextCommands", "Remove the old gateway container first (docker rm -f with its name); the new one uses the same ports.");

    QStringList kustomizeFolders; // every Kustomize folder of the import, migrated or not
    for (const FileAnalysis &file : project.files) {
        if (file.format == Format::Kustomize)
            kustomizeFolders << folderOf(file.source.relativePath);
    }
    // The innermost Kustomize folder holding `relativePath`, if any.
    const auto kustomizeFolderOf = [&](const QString &relativePath) -> std::optional<QString> {
        std::optional<QString> best;
        for (const QString &folder : kustomizeFolders) {
            if (isWithin(folderOf(relativePath), folder) && (!best || folder.size() > best->size()))
                best = folder;
        }
        return best;
    };

    std::vector<NextCommand> out;
    QStringList manifests, kustomizations;
    std::map<Format, QStringList> others;
    std::map<QString, QString> composeReadingFiles; // the compose files that read env files etc., with their project name
    for (std::size_t i = 0; i < project.files.size() && i < ledger.files.size(); ++i) {
        if (ledger.files[i].state != FileState::Migrated)
            continue;
        const FileAnalysis &file = project.files[i];
        const QString &relative = file.source.relativePath;
        if (file.format == Format::Kubernetes || file.format == Format::Kustomize) {
            if (const std::optional<QString> folder = kustomizeFolderOf(relative)) {
                if (!kustomizations.contains(*folder))
                    kustomizations << *folder;
            } else {
                manifests << relative;
            }
        } else if (file.format == Format::EnvFile) {
            // A script or compose file that names the env file deploys it; no command of its own.
            const std::string name = QFileInfo(relative).fileName().toStdString();
            const bool used = std::any_of(project.files.begin(), project.files.end(), [&](const FileAnalysis &other) {
                return (other.format == Format::ShellScript || other.format == Format::PowerShellScript || other.format == Format::Compose)
                       && other.source.text.find(name) != std::string::npos;
            });
            if (!used)
                others[file.format] << relative;
        } else {
            others[file.format] << relative;
            if (file.format == Format::Compose && readsLocalFiles(file))
                composeReadingFiles[relative] = composeProjectName(file, QDir(project.root).absoluteFilePath(folderOf(relative)));
        }
    }
    if (!manifests.isEmpty()) {
        QString command = QStringLiteral("kubectl apply");
        for (const QString &manifest : manifests)
            command += QStringLiteral(" -f ") + path(manifest);
        out.push_back({Format::Kubernetes, command, {}});
    }
    for (const QString &folder : kustomizations)
        out.push_back({Format::Kustomize, QStringLiteral("kubectl apply -k ") + path(folder), {}});
    for (const auto &[format, files] : others) {
        for (const QString &file : files) {
            const QString folder = path(folderOf(file)), name = shellQuote(QFileInfo(file).fileName(), shell);
            switch (format) {
            case Format::HelmValues:
                out.push_back({format, QStringLiteral("helm upgrade RELEASE azure-apim-gateway/azure-api-management-gateway -f ") + path(file),
                               QCoreApplication::translate("agm::NextCommands", "RELEASE is the name of the gateway's Helm release (helm list --all-namespaces shows it).")});
                break;
            case Format::Compose:
                if (settings.mode != ExportSettings::Copies) {
                    out.push_back({format, QStringLiteral("docker compose -f %1 up -d").arg(path(file)), {}});
                } else if (const auto reading = composeReadingFiles.find(file); reading != composeReadingFiles.end()) {
                    // Its env files (migrated) and the files it extends or includes are in the copy,
                    // which resolves them: from the original folder the old env files would be used.
                    // The project keeps the original's name, so the running services are replaced.
                    const QString projectName = reading->second.isEmpty() ? QString() : QStringLiteral("-p %1 ").arg(reading->second);
                    out.push_back({format, QStringLiteral("docker compose %1-f %2 up -d").arg(projectName, path(file)),
                                   QCoreApplication::translate("agm::NextCommands",
                                                               "Its relative volume and build paths now resolve in %1: copy what they use there first.")
                                       .arg(path(folderOf(file)))});
                } else {
                    // A copy resolves its relative paths (build contexts, volumes) and takes its
                    // project name from the original folder: the running services are replaced.
                    out.push_back({format, QStringLiteral("docker compose --project-directory %1 -f %2 up -d").arg(originalFolder(file), path(file)), {}});
                }
                break;
            case Format::ShellScript:
                // From its own folder: scripts name their env files relative to it.
                out.push_back({format, QStringLiteral("cd ") + folder + andThen + QStringLiteral("bash ") + name, removeOld});
                break;
            case Format::PowerShellScript:
                out.push_back({format, QStringLiteral("cd ") + folder + andThen + QStringLiteral("pwsh -File ") + name, removeOld});
                break;
            case Format::EnvFile:
                out.push_back({format,
                               QStringLiteral("docker run -d -p 80:8080 -p 443:8081 --env-file %1 mcr.microsoft.com/azure-api-management/gateway:%2")
                                   .arg(path(file), shellQuote(tag, shell)),
                               removeOld});
                break;
            default:
                break; // formats the tool only reports on (CI, IaC) are deployed by their own pipeline
            }
        }
    }
    return out;
}

} // namespace agm
