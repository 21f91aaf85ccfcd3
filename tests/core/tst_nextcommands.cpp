// SPDX-License-Identifier: MIT
// The Summary's next commands run as printed: each one goes through a real bash, into an export
// folder whose name needs quoting. kubectl (when installed) runs with --dry-run=client
// --validate=false against a fake API server on loopback: offline, kubectl still needs the
// server's discovery documents to map kinds to resources (without a server it fails before
// reading the files; `kubectl kustomize` works offline but is not the printed command).
// docker, helm and pwsh are stand-ins that check the files they are given; `docker compose`
// becomes `docker-compose config` when docker-compose is installed (packaging/setup-deps.sh).
#include "../net/loopbackserver.h"
#include "../testfiles.h"
#include "exporter.h"
#include "ledger.h"
#include "nextcommands.h"
#include "project.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;
using agm::test::readAll;

namespace {

constexpr char kTag[] = "2.11.1";

void write(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

void copyTree(const QString &from, const QString &to)
{
    for (const QString &file : agm::test::filesUnder(from))
        write(QDir(to).filePath(file), readAll(QDir(from).filePath(file)));
}

// Discovery for the kinds our manifests use; every object is "not found", so apply would create it.
agm::test::HttpResponse fakeApiServer(const agm::test::HttpRequest &request)
{
    const auto resource = [](const char *name, const char *kind) -> QByteArray {
        return QByteArray(R"({"name":")") + name + R"(","singularName":"","namespaced":true,"kind":")" + kind
               + R"(","verbs":["create","get","list","patch","update","delete"]})";
    };
    const QByteArray path = request.target.split('?').first();
    if (path == "/api")
        return agm::test::HttpResponse::json(R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[]})");
    if (path == "/apis")
        return agm::test::HttpResponse::json(R"({"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}]})");
    if (path == "/api/v1")
        return agm::test::HttpResponse::json(R"({"kind":"APIResourceList","groupVersion":"v1","resources":[)" + resource("configmaps", "ConfigMap") + ','
                                             + resource("secrets", "Secret") + ',' + resource("services", "Service") + ','
                                             + resource("persistentvolumeclaims", "PersistentVolumeClaim") + "]}");
    if (path == "/apis/apps/v1")
        return agm::test::HttpResponse::json(R"({"kind":"APIResourceList","groupVersion":"apps/v1","resources":[)" + resource("deployments", "Deployment") + ','
                                             + resource("statefulsets", "StatefulSet") + ',' + resource("daemonsets", "DaemonSet") + "]}");
    return agm::test::HttpResponse::json(R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404})", 404, "Not Found");
}

// Stand-ins on PATH: each checks that the files it is given exist, as the real tool would need.
const char kFakeDocker[] = R"sh(#!/usr/bin/env bash
if [ "$1" = compose ]; then
    shift; args=()
    while [ $# -gt 0 ] && [ "$1" != up ]; do args+=("$1"); shift; done
    [ "$*" = "up -d" ] || { echo "docker compose: expected 'up -d' last, got '$*'" >&2; exit 5; }
    if command -v docker-compose >/dev/null; then exec docker-compose "${args[@]}" config -q; fi
    [ "${args[-2]}" = -f ] && [ -f "${args[-1]}" ] || { echo "docker compose: no file ${args[-1]}" >&2; exit 3; }
    exit 0
fi
if [ "$1" = run ]; then
    while [ $# -gt 0 ]; do
        if [ "$1" = --env-file ] && [ ! -f "$2" ]; then echo "docker run: no env file $2 (in $PWD)" >&2; exit 3; fi
        last=$1; shift
    done
    case "$last" in */azure-api-management/gateway:2.*) exit 0;; esac
    echo "docker run: image $last is not a v2 gateway" >&2; exit 4
fi
echo "docker: unexpected $*" >&2; exit 4
)sh";
const char kFakeHelm[] = R"sh(#!/usr/bin/env bash
[ "$1" = upgrade ] || { echo "helm: unexpected $1" >&2; exit 4; }
while [ $# -gt 0 ]; do
    if [ "$1" = -f ] && [ ! -f "$2" ]; then echo "helm: no values file $2" >&2; exit 3; fi
    shift
done
)sh";

struct Run
{
    int exitCode = -1;
    QString output;
};

} // namespace

class TestNextCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        write(m_bin.filePath(QStringLiteral("docker")), kFakeDocker, true);
        write(m_bin.filePath(QStringLiteral("helm")), kFakeHelm, true);
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (m_kubectl.isEmpty())
            qWarning("kubectl is not installed: the kubectl commands are checked for their files only");
        if (QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty())
            qWarning("docker-compose is not installed (packaging/setup-deps.sh): compose files are checked for existence only");
        QVERIFY(m_api.isListening());
        write(m_bin.filePath(QStringLiteral("kubeconfig")),
              QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster: {server: \"http://127.0.0.1:%1\"}\n"
                             "contexts:\n- name: fake\n  context: {cluster: fake, user: fake}\ncurrent-context: fake\n"
                             "users:\n- name: fake\n  user: {token: not-a-secret}\n")
                  .arg(m_api.serverPort())
                  .toUtf8());
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("shell");
        QTest::addColumn<QString>("quoted");
        const int posix = int(Shell::Posix), powerShell = int(Shell::PowerShell);
        QTest::addRow("a plain path stays as it is") << QStringLiteral("/tmp/out-v2/a.yaml") << posix << QStringLiteral("/tmp/out-v2/a.yaml");
        QTest::addRow("a space is quoted") << QStringLiteral("/tmp/my out/a.yaml") << posix << QStringLiteral("'/tmp/my out/a.yaml'");
        QTest::addRow("$ and backquotes stay literal") << QStringLiteral("/tmp/$HOME`x`") << posix << QStringLiteral("'/tmp/$HOME`x`'");
        QTest::addRow("a single quote is closed, escaped, reopened") << QStringLiteral("/tmp/o'brien") << posix << QStringLiteral("'/tmp/o'\\''brien'");
        QTest::addRow("an empty word is two quotes") << QString() << posix << QStringLiteral("''");
        QTest::addRow("PowerShell keeps backslashes") << QStringLiteral("C:\\out\\a.yaml") << powerShell << QStringLiteral("C:\\out\\a.yaml");
        QTest::addRow("PowerShell doubles quotes") << QStringLiteral("C:\\o'brien ’s") << powerShell << QStringLiteral("'C:\\o''brien ’’s'");
        QTest::addRow("a comma is an array in PowerShell") << QStringLiteral("a,b") << powerShell << QStringLiteral("'a,b'");
    }

    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(int, shell);
        QFETCH(QString, quoted);
        QCOMPARE(agm::shellQuote(word, Shell(shell)), quoted);
        if (shell == int(Shell::Posix)) {
            const Run echoed = run(QStringLiteral("printf %s ") + quoted, QDir::tempPath());
            QCOMPARE(echoed.output, word);
        }
    }

    // The demo set exported to new copies: a manifest, Helm values, compose, a docker run script
    // with the env file it uses. The reports are in their own folder, which no command names.
    void demoExport()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("demo"));
        copyTree(QStringLiteral(AGM_TEST_DATA "/../../resources/demo"), in);
        ExportSettings settings;
        settings.outDir = dir.filePath(QStringLiteral("contoso v2 ($USER's)"));
        const std::vector<NextCommand> commands = exportAndList(in, settings);
        QStringList printed;
        for (const NextCommand &c : commands)
            printed << c.command;
        const auto out = [&](const char *relative) { return agm::shellQuote(QDir(settings.outDir).filePath(QLatin1String(relative))); };
        QCOMPARE(printed, (QStringList{QStringLiteral("kubectl apply -f ") + out("kubernetes/contoso-gateway.yaml"),
                                       QStringLiteral("helm upgrade RELEASE azure-apim-gateway/azure-api-management-gateway -f ") + out("helm/values.yaml"),
                                       QStringLiteral("docker compose --project-directory %1 -f %2 up -d")
                                           .arg(agm::shellQuote(in + QStringLiteral("/compose")), out("compose/docker-compose.yml")),
                                       QStringLiteral("cd %1 && bash run-gateway.sh").arg(out("docker"))}));
        QVERIFY(QFileInfo(QDir(settings.outDir).filePath(QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.json"))).isFile());
        QVERIFY(!QFileInfo::exists(QDir(settings.outDir).filePath(QStringLiteral("apim-gateway-migration.json"))));
        runAll(commands);
        // The script itself parses, and so does every printed line.
        QCOMPARE(run(QStringLiteral("bash -n ") + agm::shellQuote(QDir(settings.outDir).filePath(QStringLiteral("docker/run-gateway.sh")))).exitCode, 0);
    }

    // In place, with Kubernetes manifests in a folder with a space, a Kustomize folder (its
    // manifest goes with `-k`), and an env file no script uses (its own `docker run`).
    void mixedInPlace()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("mixed it's"));
        const QByteArray deployment = readAll(QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input/gateway.yaml"));
        QVERIFY(!deployment.isEmpty());
        write(in + QStringLiteral("/plain manifests/gateway.yaml"), deployment);
        write(in + QStringLiteral("/plain manifests/second.yaml"), readAll(QStringLiteral(AGM_TEST_DATA "/golden/k8s-two-gateways/input/gateways.yaml")));
        write(in + QStringLiteral("/overlay/kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                                                                  "resources:\n  - gateway.yaml\nimages:\n"
                                                                  "  - name: mcr.microsoft.com/azure-api-management/gateway\n    newTag: \"1.2.5\"\n");
        write(in + QStringLiteral("/overlay/gateway.yaml"), deployment);
        write(in + QStringLiteral("/standalone/env.conf"), readAll(QStringLiteral(AGM_TEST_DATA "/golden/env-conf-v1/input/env.conf")));
        ExportSettings settings;
        settings.mode = ExportSettings::InPlace;
        const std::vector<NextCommand> commands = exportAndList(in, settings);
        QStringList printed;
        for (const NextCommand &c : commands)
            printed << c.command;
        const auto at = [&](const char *relative) { return agm::shellQuote(QDir(in).filePath(QLatin1String(relative))); };
        QCOMPARE(printed, (QStringList{QStringLiteral("kubectl apply -f %1 -f %2").arg(at("plain manifests/gateway.yaml"), at("plain manifests/second.yaml")),
                                       QStringLiteral("kubectl apply -k ") + at("overlay"),
                                       QStringLiteral("docker run -d -p 80:8080 -p 443:8081 --env-file %1 mcr.microsoft.com/azure-api-management/gateway:2.11.1")
                                           .arg(at("standalone/env.conf"))}));
        QVERIFY(QFileInfo(in + QStringLiteral("/apim-gateway-migration-reports/apim-gateway-migration.md")).isFile());
        runAll(commands);
        // Importing the folder again does not take the reports for deployment files.
        const Project again = importPaths({in});
        for (const FileAnalysis &file : again.files)
            QVERIFY2(!file.source.relativePath.startsWith(QLatin1String(kReportFolderName)), qPrintable(file.source.relativePath));
    }

    // A compose file whose env file the export migrated: its command reads the copy's env file
    // (from the original folder the v1 one would be used) under the original's project name.
    void composeWithEnvFileUsesTheCopy()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("Gateway Stack"));
        write(in + QStringLiteral("/docker-compose.yml"), "services:\n  gateway:\n    image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                                                          "    user: \"1001\"\n    env_file: gateway.env\n");
        write(in + QStringLiteral("/gateway.env"), readAll(QStringLiteral(AGM_TEST_DATA "/golden/env-conf-v1/input/env.conf")));
        ExportSettings settings;
        settings.outDir = dir.filePath(QStringLiteral("out"));
        const std::vector<NextCommand> commands = exportAndList(in, settings);
        QCOMPARE(commands.size(), std::size_t(1));
        const QString copy = agm::shellQuote(QDir(settings.outDir).filePath(QStringLiteral("docker-compose.yml")));
        QCOMPARE(commands.front().command, QStringLiteral("docker compose -p gatewaystack -f %1 up -d").arg(copy));
        QVERIFY(commands.front().note.contains(agm::shellQuote(settings.outDir)));
        runAll(commands);
        const QString compose = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
        if (compose.isEmpty())
            return; // runAll checked the files exist; what compose reads needs the real tool
        QProcess config;
        config.start(compose, {QStringLiteral("-p"), QStringLiteral("gatewaystack"), QStringLiteral("-f"),
                               QDir(settings.outDir).filePath(QStringLiteral("docker-compose.yml")), QStringLiteral("config")});
        QVERIFY(config.waitForFinished(60000));
        const QByteArray resolved = config.readAllStandardOutput();
        QVERIFY2(config.exitCode() == 0, config.readAllStandardError().constData());
        QVERIFY2(resolved.contains(".configuration.azure-api.net") && !resolved.contains(".management.azure-api.net"), resolved.constData());
    }

private:
    std::vector<NextCommand> exportAndList(const QString &in, const ExportSettings &settings)
    {
        const Project project = importPaths({in});
        MigrationOptions options;
        options.tag = QString::fromLatin1(kTag);
        const ProjectPlan plan = planProject(project, options);
        ReportContext context;
        context.tag = options.tag;
        const ExportOutcome outcome = exportMigration(project, plan, settings, context);
        if (!outcome.ok)
            qWarning("%s", qPrintable(outcome.error));
        return outcome.ok ? nextCommands(project, buildLedger(project, plan), settings, options.tag) : std::vector<NextCommand>{};
    }

    // Every command through bash as printed; kubectl's get --dry-run=client --validate=false.
    void runAll(const std::vector<NextCommand> &commands)
    {
        QVERIFY(!commands.empty());
        for (const NextCommand &c : commands) {
            QVERIFY2(!c.command.contains(QLatin1String(kReportFolderName)), qPrintable(c.command));
            QString line = c.command;
            if (line.startsWith(QLatin1String("kubectl "))) {
                if (m_kubectl.isEmpty())
                    continue;
                line += QStringLiteral(" --dry-run=client --validate=false");
            }
            QCOMPARE(run(QStringLiteral("bash -n -c ") + agm::shellQuote(line)).exitCode, 0);
            const Run result = run(line, QDir::tempPath());
            QVERIFY2(result.exitCode == 0, qPrintable(line + QLatin1Char('\n') + result.output));
            if (line.startsWith(QLatin1String("kubectl ")))
                QVERIFY2(result.output.contains(QLatin1String("(dry run)")), qPrintable(result.output));
        }
    }

    // `line` in bash, with the stand-ins first on PATH. Asynchronous: the fake API server answers
    // from this thread's event loop while kubectl waits.
    Run run(const QString &line, const QString &workingDir = QDir::tempPath())
    {
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_bin.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("KUBECONFIG"), m_bin.filePath(QStringLiteral("kubeconfig")));
        env.insert(QStringLiteral("HOME"), m_bin.path()); // kubectl's discovery cache stays in the test's folder
        bash.setProcessEnvironment(env);
        bash.setWorkingDirectory(workingDir);
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), line});
        Run result;
        if (!bash.waitForStarted() || !QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 120000)) {
            bash.kill();
            bash.waitForFinished();
            result.output = QStringLiteral("did not finish: ") + line;
            return result;
        }
        result.exitCode = bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
        result.output = QString::fromUtf8(bash.readAll());
        return result;
    }

    QTemporaryDir m_bin;
    QString m_kubectl;
    agm::test::LoopbackServer m_api{fakeApiServer};
};

QTEST_GUILESS_MAIN(TestNextCommands)
#include "tst_nextcommands.moc"
