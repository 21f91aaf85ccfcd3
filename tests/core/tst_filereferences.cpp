// SPDX-License-Identifier: MIT
// A kustomization deploys what it names, a compose file reads its env files. The import reads what
// the folder walk leaves out (a generator's .properties file, a base in a hidden folder, an env
// file of any name), names what lies outside the import or on a remote server instead of passing
// it over, and the copies hold every file they need: `kubectl kustomize` and `docker-compose
// config` (when installed) accept the exported copies.
#include "../clirun.h"
#include "companions.h"
#include "exporter.h"
#include "ledger.h"
#include "project.h"
#include "sourcefile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

const char kV1Url[] = "https://contoso.management.azure-api.net/subscriptions/x/resourceGroups/r/providers/"
                      "Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview";

// base/ (gateway Deployment, a Service, a configMapGenerator with a .properties file that holds
// the v1 URL, a component in a hidden folder) and overlay/ building on it with a JSON 6902 patch.
void writeTree(const QString &root)
{
    write(root + QStringLiteral("/base/kustomization.yaml"),
          "resources:\n  - gateway.yaml\n  - service.yaml\ncomponents:\n  - .shared/labels\n"
          "configMapGenerator:\n  - name: gw-config\n    files:\n      - gateway.properties\n      - extra=notes.conf.txt\n");
    write(root + QStringLiteral("/base/gateway.yaml"),
          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: contoso-gw\nspec:\n  selector:\n    matchLabels:\n      app: gw\n"
          "  template:\n    metadata:\n      labels:\n        app: gw\n    spec:\n      containers:\n        - name: gw\n"
          "          image: mcr.microsoft.com/azure-api-management/gateway:2.9.2\n");
    write(root + QStringLiteral("/base/service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: contoso-gw\nspec:\n  ports:\n    - port: 80\n");
    write(root + QStringLiteral("/base/gateway.properties"), QByteArray("config.service.endpoint=") + kV1Url + "\n");
    write(root + QStringLiteral("/base/notes.conf.txt"), "owner=platform\n");
    write(root + QStringLiteral("/base/.shared/labels/kustomization.yaml"),
          "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonLabels:\n  team: platform\n");
    write(root + QStringLiteral("/overlay/kustomization.yaml"),
          "resources:\n  - ../base\n  - https://github.com/example/shared//gateway?ref=v1\npatches:\n  - path: replicas.json\n"
          "    target:\n      kind: Deployment\n      name: contoso-gw\n");
    write(root + QStringLiteral("/overlay/replicas.json"), R"([{"op": "add", "path": "/spec/replicas", "value": 2}])");
}

const FileAnalysis *fileNamed(const Project &project, const QString &relativePath)
{
    for (const FileAnalysis &f : project.files) {
        if (f.source.relativePath == relativePath)
            return &f;
    }
    return nullptr;
}

// The migrated copies only: no reports.
ExportSettings copiesOnly(const QString &outDir)
{
    ExportSettings settings;
    settings.outDir = outDir;
    settings.markdown = settings.html = settings.json = settings.patch = settings.checksums = false;
    return settings;
}

bool hasCode(const FileAnalysis &file, Code code)
{
    return std::any_of(file.findings.begin(), file.findings.end(), [code](const Finding &f) { return f.code == code; });
}

} // namespace

class TestFileReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void references()
    {
        const std::string text = "resources:\n  - deploy.yaml\n  - ../base\n  - github.com/org/repo//dir?ref=v1\n"
                                 "patchesStrategicMerge:\n  - |\n    apiVersion: v1\n    kind: Service\n  - sm.yaml\n"
                                 "patches:\n  - path: p.yaml\n  - patch: |-\n      - op: remove\n"
                                 "configMapGenerator:\n  - name: a\n    files: [key=conf/a.properties, b.txt]\n    envs: [a.env]\n"
                                 "secretGenerator:\n  - name: s\n    env: s.env\n"
                                 "openapi:\n  path: schema.json\n"
                                 "helmCharts:\n  - name: c\n    valuesFile: values.yaml\n";
        QStringList found;
        for (const FileReference &ref : fileReferences(text, Format::Kustomize))
            found << QStringLiteral("%1@%2%3").arg(ref.path).arg(ref.line).arg(ref.remote ? QStringLiteral(" remote") : QString());
        QCOMPARE(found, (QStringList{QStringLiteral("deploy.yaml@2"), QStringLiteral("../base@3"),
                                     QStringLiteral("github.com/org/repo//dir?ref=v1@4 remote"), QStringLiteral("sm.yaml@9"),
                                     QStringLiteral("p.yaml@11"), QStringLiteral("conf/a.properties@16"), QStringLiteral("b.txt@16"),
                                     QStringLiteral("a.env@17"), QStringLiteral("s.env@20"), QStringLiteral("schema.json@22"),
                                     QStringLiteral("values.yaml@25")}));
        QVERIFY(fileReferences("resources: [unclosed", Format::Kustomize).empty());
        QVERIFY(fileReferences(text, Format::Kubernetes).empty());
    }

    // What the folder walk leaves out is read because a kustomization names it, so the v1 URL in
    // a generator's .properties file is seen, not passed as "nothing to migrate".
    void namedFilesAreRead()
    {
        QTemporaryDir dir;
        writeTree(dir.path());
        const Project project = importPaths({dir.path()});
        const FileAnalysis *properties = fileNamed(project, QStringLiteral("base/gateway.properties"));
        QVERIFY2(properties, "the generator's file was not read");
        QVERIFY(hasCode(*properties, Code::EndpointV1)); // key=value: read as an env file, and migrated
        QVERIFY2(fileNamed(project, QStringLiteral("base/.shared/labels/kustomization.yaml")), "the component in a hidden folder was not read");
        QVERIFY(fileNamed(project, QStringLiteral("overlay/replicas.json")));
        // The remote base is named on the overlay, as advice: nothing on this machine to check.
        const FileAnalysis *overlay = fileNamed(project, QStringLiteral("overlay/kustomization.yaml"));
        QVERIFY(overlay && hasCode(*overlay, Code::KustomizeRemoteBase));
        QVERIFY(!hasCode(*overlay, Code::ReferenceOutsideImport));
        // Still in the order of their paths.
        for (std::size_t i = 1; i < project.files.size(); ++i)
            QVERIFY(project.files[i - 1].source.relativePath < project.files[i].source.relativePath);

        const ProjectPlan plan = planProject(project, MigrationOptions{});
        const Ledger ledger = buildLedger(project, plan);
        const auto entry = std::find_if(ledger.files.begin(), ledger.files.end(),
                                        [](const FileEntry &e) { return e.file == QLatin1String("base/gateway.properties"); });
        QVERIFY(entry != ledger.files.end());
        QCOMPARE(entry->state, FileState::Migrated);
    }

    // Importing only the overlay: its base is outside, so the overlay says it was not checked,
    // and that stays open (a --check would fail) instead of "nothing to migrate".
    void baseOutsideTheImportIsOpen()
    {
        QTemporaryDir dir;
        writeTree(dir.path());
        const Project project = importPaths({dir.path() + QStringLiteral("/overlay")});
        const FileAnalysis *overlay = fileNamed(project, QStringLiteral("kustomization.yaml"));
        QVERIFY(overlay);
        const auto outside = std::find_if(overlay->findings.begin(), overlay->findings.end(),
                                          [](const Finding &f) { return f.code == Code::ReferenceOutsideImport; });
        QVERIFY(outside != overlay->findings.end());
        QCOMPARE(outside->line, 2);
        QVERIFY2(outside->message().contains(QDir::toNativeSeparators(dir.path())), qPrintable(outside->message()));
        const ProjectPlan plan = planProject(project, MigrationOptions{});
        const Ledger ledger = buildLedger(project, plan);
        QCOMPARE(ledger.openItems(), 1);
        QCOMPARE(ledger.files.front().describe(), QStringLiteral("not checked: it uses 1 file outside the import"));
        QVERIFY(ledger.notDone().front().text.startsWith(QStringLiteral("not checked: ")));

        const test::CliRun run = test::runCli({QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--check"),
                                               dir.path() + QStringLiteral("/overlay")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("../base") || run.err.contains("../base"), QByteArray(run.out + run.err).constData());
    }

    // The copies hold every file the kustomizations name, so the exported overlay builds.
    void copiesBuild()
    {
        QTemporaryDir dir;
        writeTree(dir.path() + QStringLiteral("/in"));
        const Project project = importPaths({dir.path() + QStringLiteral("/in")});
        MigrationOptions options;
        options.tag = QStringLiteral("2.9.2");
        const ProjectPlan plan = planProject(project, options);
        const ExportSettings settings = copiesOnly(dir.path() + QStringLiteral("/out"));
        const QStringList planned = plannedTargets(project, plan, settings);
        const ExportOutcome outcome = exportMigration(project, plan, settings, ReportContext{});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        for (const char *file : {"base/gateway.properties", "base/notes.conf.txt", "base/.shared/labels/kustomization.yaml", "overlay/replicas.json"}) {
            const QString copy = settings.outDir + QLatin1Char('/') + QLatin1String(file);
            QVERIFY2(QFile::exists(copy), file);
            QVERIFY2(outcome.written.contains(copy), file);
            QVERIFY2(planned.contains(copy), file);
        }
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty()) {
            qWarning("kubectl is not installed: the copies are checked for their files only");
            return;
        }
        // The remote base needs the network: build the base and a local overlay of it.
        write(settings.outDir + QStringLiteral("/local/kustomization.yaml"), "resources:\n  - ../base\n");
        QProcess build;
        build.start(kubectl, {QStringLiteral("kustomize"), settings.outDir + QStringLiteral("/local")});
        QVERIFY(build.waitForFinished(60000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        QVERIFY(build.readAllStandardOutput().contains("team: platform"));
    }

    // Copies of the overlay alone cannot build; the export says so.
    void copiesOfAnOverlayAloneWarn()
    {
        QTemporaryDir dir;
        writeTree(dir.path() + QStringLiteral("/in"));
        const Project project = importPaths({dir.path() + QStringLiteral("/in/overlay")});
        const ProjectPlan plan = planProject(project, MigrationOptions{});
        const ExportSettings settings = copiesOnly(dir.path() + QStringLiteral("/out"));
        const ExportOutcome outcome = exportMigration(project, plan, settings, ReportContext{});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY2(outcome.warnings.front().startsWith(QStringLiteral("kustomization.yaml:2: refers to ../base, outside the imported folder")),
                 qPrintable(outcome.warnings.front()));
    }

    // env_file, extends and include of a compose file are read and copied; one outside the import
    // is an open item.
    void composeFiles()
    {
        QTemporaryDir dir;
        const QString app = dir.path() + QStringLiteral("/in/app");
        // Every form of reference, read where it is written.
        QStringList found;
        const std::string forms = "include:\n  - extra/monitoring.yml\n  - path: extra/more.yml\nservices:\n  gateway:\n"
                                  "    extends:\n      file: base.yml\n      service: gw\n"
                                  "    env_file:\n      - path: local.settings\n        required: true\n      - ../shared/gateway.vars\n"
                                  "  other:\n    env_file: other.env\n";
        for (const FileReference &ref : fileReferences(forms, Format::Compose))
            found << QStringLiteral("%1@%2").arg(ref.path).arg(ref.line);
        QCOMPARE(found, (QStringList{QStringLiteral("extra/monitoring.yml@2"), QStringLiteral("extra/more.yml@3"), QStringLiteral("base.yml@7"),
                                     QStringLiteral("local.settings@10"), QStringLiteral("../shared/gateway.vars@12"), QStringLiteral("other.env@14")}));

        // What docker-compose 1.29 (Debian 12) reads too.
        write(app + QStringLiteral("/docker-compose.yml"),
              "services:\n  gateway:\n    extends:\n      file: base.yml\n      service: gw\n"
              "    env_file:\n      - local.settings\n      - ../shared/gateway.vars\n");
        write(app + QStringLiteral("/base.yml"), "services:\n  gw:\n    image: mcr.microsoft.com/azure-api-management/gateway:2.9.2\n    user: \"1001\"\n");
        write(app + QStringLiteral("/local.settings"), QByteArray("config.service.endpoint=") + kV1Url + "\n");
        write(dir.path() + QStringLiteral("/in/shared/gateway.vars"), "runtime.deployment.artifact.source=Azure Portal\n");

        const Project onlyApp = importPaths({app});
        const FileAnalysis *settings = fileNamed(onlyApp, QStringLiteral("local.settings"));
        QVERIFY2(settings, "the env file was not read");
        QVERIFY(hasCode(*settings, Code::EndpointV1));
        const FileAnalysis *compose = fileNamed(onlyApp, QStringLiteral("docker-compose.yml"));
        QVERIFY(compose && hasCode(*compose, Code::ReferenceOutsideImport));

        const Project project = importPaths({dir.path() + QStringLiteral("/in")});
        QVERIFY(!hasCode(*fileNamed(project, QStringLiteral("app/docker-compose.yml")), Code::ReferenceOutsideImport));
        QVERIFY2(fileNamed(project, QStringLiteral("shared/gateway.vars")), "the env file outside the compose file's folder was not read");
        const ProjectPlan plan = planProject(project, MigrationOptions{});
        const ExportSettings out = copiesOnly(dir.path() + QStringLiteral("/out"));
        const ExportOutcome outcome = exportMigration(project, plan, out, ReportContext{});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        const QString compose2 = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
        if (compose2.isEmpty()) {
            qWarning("docker-compose is not installed: the copies are checked for their files only");
            QVERIFY(QFile::exists(out.outDir + QStringLiteral("/app/local.settings")));
            return;
        }
        QProcess config;
        config.setWorkingDirectory(out.outDir + QStringLiteral("/app"));
        config.start(compose2, {QStringLiteral("config")});
        QVERIFY(config.waitForFinished(60000));
        const QByteArray printed = config.readAllStandardOutput();
        QVERIFY2(config.exitCode() == 0, config.readAllStandardError().constData());
        QVERIFY2(printed.contains("contoso.configuration.azure-api.net"), printed.constData());
        QVERIFY(printed.contains("Azure Portal"));
    }

    // A script's docker, helm and kubectl commands read files too: an env file of any name is read
    // and checked, one outside the import or on a server is named, not passed over.
    void scriptFiles()
    {
        const QByteArray script = "#!/bin/bash\n"
                                  "docker run -d --env-file gw.env --env-file=more.env mcr.microsoft.com/azure-api-management/gateway:2.9.2\n"
                                  "helm upgrade gw apim/azure-api-management-gateway -f values.yaml --values=a.yaml,b.yaml \\\n"
                                  "  --set-file ca=certs/ca.pem\n"
                                  "sudo kubectl apply -f 'deploy.yaml' -k overlay/ -f https://example.com/x.yaml -f - -f \"$DIR/y.yaml\"\n"
                                  "docker compose -f compose.yml --env-file=prod.env up -d  # -f ignored.yaml\n"
                                  "kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"
                                  "data:\n  note: 'docker run --env-file hidden.env'\nEOF\n";
        LoadResult loaded = decodeSource(script, QStringLiteral("/x/deploy.sh"), QStringLiteral("deploy.sh"));
        QVERIFY(loaded.file);
        const FileAnalysis analysed = analyzeSource(std::move(*loaded.file));
        QCOMPARE(analysed.format, Format::ShellScript);
        QStringList found;
        for (const FileReference &ref : fileReferences(analysed))
            found << QStringLiteral("%1@%2:%3%4").arg(ref.path).arg(ref.line).arg(ref.column).arg(ref.remote ? QStringLiteral(" remote") : QString());
        QCOMPARE(found, (QStringList{QStringLiteral("gw.env@2:26"), QStringLiteral("more.env@2:44"), QStringLiteral("values.yaml@3:54"),
                                     QStringLiteral("a.yaml@3:75"), QStringLiteral("b.yaml@3:82"), QStringLiteral("certs/ca.pem@4:17"),
                                     QStringLiteral("deploy.yaml@5:24"), QStringLiteral("overlay/@5:40"),
                                     QStringLiteral("https://example.com/x.yaml@5:52 remote"), QStringLiteral("compose.yml@6:19"),
                                     QStringLiteral("prod.env@6:42")}));

        // Imported: the env file in a hidden folder is read; the one outside and the remote one are named.
        QTemporaryDir dir;
        const QString in = dir.path() + QStringLiteral("/in");
        write(in + QStringLiteral("/run.sh"), "docker run --env-file .config/gateway.settings --env-file ../shared/gw.conf \\\n"
                                              "  mcr.microsoft.com/azure-api-management/gateway:2.9.2\n"
                                              "kubectl apply -f https://example.com/gateway.yaml\n");
        write(in + QStringLiteral("/.config/gateway.settings"), QByteArray("config.service.endpoint=") + kV1Url + "\n");
        write(dir.path() + QStringLiteral("/shared/gw.conf"), QByteArray("config.service.endpoint=") + kV1Url + "\n");
        const Project project = importPaths({in});
        const FileAnalysis *settings = fileNamed(project, QStringLiteral(".config/gateway.settings"));
        QVERIFY2(settings, "the env file docker run reads was not read");
        QVERIFY(hasCode(*settings, Code::EndpointV1));
        const FileAnalysis *run = fileNamed(project, QStringLiteral("run.sh"));
        QVERIFY(run && hasCode(*run, Code::ReferenceOutsideImport) && hasCode(*run, Code::RemoteReference));
        const Ledger ledger = buildLedger(project, planProject(project, MigrationOptions{}));
        QVERIFY(ledger.openItems() >= 1);

        const test::CliRun cli = test::runCli({QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--check"), in});
        QCOMPARE(cli.exitCode, 1);
        const QByteArray printed = cli.out + cli.err;
        QVERIFY2(printed.contains("../shared/gw.conf") && printed.contains("https://example.com/gateway.yaml"), printed.constData());
    }
};

QTEST_GUILESS_MAIN(TestFileReferences)
#include "tst_filereferences.moc"
