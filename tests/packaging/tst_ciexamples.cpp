// SPDX-License-Identifier: MIT
// The CI examples cannot rot: the apim-gateway-migrator command lines of .pre-commit-hooks.yaml
// (entry + args + the changed files) and packaging/ci/{github-actions,azure-pipelines}.yml (run: and
// script: values) are read from the files and run with the built program against a fixture
// repository: exit 1 while it needs the migration, 0 once migrated, and a results.sarif that the
// SARIF Multitool validates. --offline is added where a line lacks it: tests never use the network.
#include "../clirun.h"
#include "../sarifvalidate.h"
#include "../testfiles.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using agm::test::readAll;

namespace {

const QString kSource = QStringLiteral(AGM_SOURCE_DIR);
const QString kGolden = QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1");
const QString kProgram = QStringLiteral("apim-gateway-migrator");

YAML::Node load(const QString &relativePath)
{
    return YAML::LoadFile(QString(kSource + QLatin1Char('/') + relativePath).toStdString());
}

// Every scalar under `key`, anywhere in the document.
void collect(const YAML::Node &node, const char *key, QStringList &values)
{
    if (node.IsMap()) {
        for (const auto &entry : node) {
            if (entry.first.as<std::string>() == key && entry.second.IsScalar())
                values << QString::fromStdString(entry.second.as<std::string>());
            else
                collect(entry.second, key, values);
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node)
            collect(item, key, values);
    }
}

// The program's command lines in shell script text (continuation lines joined), as arguments
// after the program's name.
QList<QStringList> programLines(const QStringList &scripts)
{
    QList<QStringList> commands;
    for (QString script : scripts) {
        script.replace(QLatin1String("\\\n"), QLatin1String(" "));
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            const QStringList words = QProcess::splitCommand(line.trimmed());
            if (!words.isEmpty() && words.first() == kProgram)
                commands << words.mid(1);
        }
    }
    return commands;
}

// No network in a test: the tag list from the bundled snapshot.
QStringList offline(QStringList args)
{
    if (!args.contains(QStringLiteral("--offline")))
        args.insert(1, QStringLiteral("--offline"));
    return args;
}

bool copyInto(const QString &from, const QString &dir)
{
    QDir().mkpath(dir);
    return QFile::copy(from, dir + QLatin1Char('/') + QFileInfo(from).fileName());
}

} // namespace

class TestCiExamples : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_reports;

    // A repository whose deploy/ needs the migration (`migrated`: is migrated), with the recipe of
    // its decisions written by --save-recipe as the examples' comments say.
    QString repository(const QString &name, bool migrated)
    {
        const QString repo = m_dir.filePath(name);
        if (!copyInto(kGolden + (migrated ? QStringLiteral("/expected/gateway.yaml") : QStringLiteral("/input/gateway.yaml")), repo + QStringLiteral("/deploy")))
            return {};
        const auto saved = agm::test::runCli({QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11.1"),
                                              QStringLiteral("--save-recipe"), QStringLiteral("migration-recipe.json"), QStringLiteral("deploy")},
                                             {}, repo);
        if (saved.exitCode != 0 || !QFile::exists(repo + QStringLiteral("/migration-recipe.json")))
            qWarning("--save-recipe: exit %d: %s", saved.exitCode, saved.err.constData());
        return repo;
    }

    // Runs each pipeline command in both repositories: 1 then 0, each with a results.sarif.
    void runPipeline(const QString &file, const char *key)
    {
        QStringList scripts;
        collect(load(file), key, scripts);
        const QList<QStringList> commands = programLines(scripts);
        QCOMPARE(commands.size(), 1);
        const QStringList args = commands.first();
        QCOMPARE(args.mid(0, 2), (QStringList{QStringLiteral("migrate"), QStringLiteral("--check")}));
        QVERIFY(args.contains(QStringLiteral("--recipe")));
        QCOMPARE(args.value(args.indexOf(QStringLiteral("--report")) + 1), QStringLiteral("results.sarif"));
        const QString name = QFileInfo(file).baseName();
        for (const bool migrated : {false, true}) {
            const QString repo = repository(name + (migrated ? QStringLiteral("-migrated") : QStringLiteral("-v1")), migrated);
            QVERIFY(!repo.isEmpty());
            const auto run = agm::test::runCli(offline(args), {}, repo);
            QVERIFY2(run.exitCode == (migrated ? 0 : 1), run.err.constData());
            const QString sarif = repo + QStringLiteral("/results.sarif");
            const QJsonArray results = QJsonDocument::fromJson(readAll(sarif)).object().value(QStringLiteral("runs")).toArray().at(0).toObject()
                                           .value(QStringLiteral("results")).toArray();
            QVERIFY2(QFile::exists(sarif), run.err.constData());
            QCOMPARE(results.isEmpty(), migrated);
            // Locations relative to the checkout, as code scanning resolves them.
            if (!migrated)
                QVERIFY(QJsonDocument(results).toJson().contains("\"uri\": \"deploy/gateway.yaml\""));
            m_reports << sarif;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void preCommitHook()
    {
        const YAML::Node hooks = load(QStringLiteral(".pre-commit-hooks.yaml"));
        QVERIFY(hooks.IsSequence());
        QCOMPARE(int(hooks.size()), 1);
        const YAML::Node hook = hooks[0];
        QCOMPARE(QString::fromStdString(hook["id"].as<std::string>()), QStringLiteral("apim-gateway-migrator-check"));
        QCOMPARE(QString::fromStdString(hook["language"].as<std::string>()), QStringLiteral("system"));
        QVERIFY(hook["pass_filenames"].as<bool>());
        QStringList args = programLines({QString::fromStdString(hook["entry"].as<std::string>())}).value(0);
        QCOMPARE(args, (QStringList{QStringLiteral("migrate"), QStringLiteral("--check")}));
        for (const auto &arg : hook["args"])
            args << QString::fromStdString(arg.as<std::string>());
        // pre-commit matches `files` (a Python regex; this one is PCRE too) against repository paths.
        const QRegularExpression files(QString::fromStdString(hook["files"].as<std::string>()));
        QVERIFY(files.isValid());
        for (const char *path : {"deploy/gateway.yaml", "k8s/gw.yml", "docker/env.conf.env", ".env", "compose.yaml", "run-gateway.sh", "deploy.ps1"})
            QVERIFY2(files.match(QString::fromLatin1(path)).hasMatch(), path);
        for (const char *path : {"README.md", "src/main.cpp", "deploy/gateway.yaml.bak"})
            QVERIFY2(!files.match(QString::fromLatin1(path)).hasMatch(), path);
        for (const bool migrated : {false, true}) {
            const QString repo = m_dir.filePath(migrated ? QStringLiteral("hook-migrated") : QStringLiteral("hook-v1"));
            QVERIFY(copyInto(kGolden + (migrated ? QStringLiteral("/expected/gateway.yaml") : QStringLiteral("/input/gateway.yaml")), repo + QStringLiteral("/deploy")));
            const auto run = agm::test::runCli(offline(args) + QStringList{QStringLiteral("deploy/gateway.yaml")}, {}, repo);
            QVERIFY2(run.exitCode == (migrated ? 0 : 1), run.err.constData());
            if (!migrated)
                QVERIFY2(run.out.startsWith("deploy/gateway.yaml:"), run.out.constData());
        }
    }

    void githubActions()
    {
        runPipeline(QStringLiteral("packaging/ci/github-actions.yml"), "run");
        QStringList uses;
        collect(load(QStringLiteral("packaging/ci/github-actions.yml")), "uses", uses);
        QVERIFY(uses.filter(QStringLiteral("github/codeql-action/upload-sarif@")).size() == 1);
    }

    void azurePipelines()
    {
        runPipeline(QStringLiteral("packaging/ci/azure-pipelines.yml"), "script");
        QStringList artifacts;
        collect(load(QStringLiteral("packaging/ci/azure-pipelines.yml")), "ArtifactName", artifacts);
        QCOMPARE(artifacts, QStringList{QStringLiteral("CodeAnalysisLogs")});
    }

    // Last: the pipelines' reports in one run of the Multitool.
    void reportsValidate()
    {
        QCOMPARE(m_reports.size(), 4);
        const agm::test::SarifValidation v = agm::test::validateSarif(m_reports);
        QVERIFY2(v.problem.isEmpty(), qPrintable(v.problem));
        QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(QLatin1Char('\n'))));
        QCOMPARE(v.scanned, 4);
    }
};

QTEST_GUILESS_MAIN(TestCiExamples)
#include "tst_ciexamples.moc"
