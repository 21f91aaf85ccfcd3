// SPDX-License-Identifier: MIT
// The headless command line, run as a real process: exit codes, outputs, writes, masking.
#include "../testfiles.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using agm::test::readAll;

namespace {

const QString kApp = QStringLiteral(AGM_APP_PATH);
const QString kData = QStringLiteral(AGM_TEST_DATA);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(kApp, args);
    if (!p.waitForFinished(60000))
        qFatal("the CLI did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}


void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

QString golden(const QString &caseName, const QString &part)
{
    return kData + QStringLiteral("/golden/") + caseName + QLatin1Char('/') + part;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("apim-gateway-migrator " AGM_VERSION));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("migrate"));
        const Run migrateHelp = run({QStringLiteral("migrate"), QStringLiteral("--help")});
        QCOMPARE(migrateHelp.exitCode, 0);
        QVERIFY(migrateHelp.out.contains("--endpoint"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString input = golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input"));
        QTest::newRow("an unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("migrate without paths") << QStringList{QStringLiteral("migrate")} << QByteArray("at least one");
        QTest::newRow("an unknown step to skip") << QStringList{QStringLiteral("migrate"), QStringLiteral("--skip"), QStringLiteral("dns"), input} << QByteArray("--skip dns");
        QTest::newRow("an invalid tag") << QStringList{QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("bad tag!"), input} << QByteArray("not a valid image tag");
        QTest::newRow("a v1 target tag") << QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("1.2.5"), input} << QByteArray("--tag 1.2.5 is a v0/v1 gateway image");
        QTest::newRow("a malformed target tag") << QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11bad"), input} << QByteArray("give a pinned 2.x.y tag");
        QTest::newRow("an endpoint that is not a host") << QStringList{QStringLiteral("migrate"), QStringLiteral("--endpoint"), QStringLiteral("not a host"), input} << QByteArray("not a host name");
        QTest::newRow("--out with --in-place") << QStringList{QStringLiteral("migrate"), QStringLiteral("--out"), QStringLiteral("/tmp/x"), QStringLiteral("--in-place"), input} << QByteArray("exclude each other");
        QTest::newRow("--json with --out") << QStringList{QStringLiteral("migrate"), QStringLiteral("--json"), QStringLiteral("--out"), QStringLiteral("/tmp/x"), input} << QByteArray("--json prints the plan");
        QTest::newRow("a report with an unknown extension") << QStringList{QStringLiteral("migrate"), QStringLiteral("--report"), QStringLiteral("r.txt"), input} << QByteArray(".md, .html, .json or .sarif");
        QTest::newRow("a missing input") << QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("/nonexistent/deploy.yaml")} << QByteArray("/nonexistent/deploy.yaml: error");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // Without --out/--in-place/--check: the unified diff on stdout, nothing written.
    void printsDiffAndWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input")), dir.path()));
        const QByteArray before = readAll(dir.filePath(QStringLiteral("gateway.yaml")));
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("--- a/gateway.yaml\n+++ b/gateway.yaml\n"));
        QVERIFY(r.out.contains("+        image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n"));
        QVERIFY(r.out.contains("+  config.service.endpoint: \"https://contoso.configuration.azure-api.net\"\n"));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("gateway.yaml"))), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void checkExitCodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("a v1 deployment needs migration") << golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input")) << QStringList() << 1;
        QTest::newRow("its migrated form needs nothing") << golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("expected")) << QStringList() << 0;
        QTest::newRow("a migrated v2 file needs nothing") << golden(QStringLiteral("k8s-v2-already-migrated"), QStringLiteral("input")) << QStringList() << 0;
        QTest::newRow("a placeholder endpoint is an open question") << golden(QStringLiteral("k8s-placeholder-endpoint-arg"), QStringLiteral("expected")) << QStringList() << 0;
        QTest::newRow("a file without a gateway needs nothing") << golden(QStringLiteral("k8s-no-gateway"), QStringLiteral("input")) << QStringList() << 0;
        QTest::newRow("skipping every step leaves nothing pending")
            << golden(QStringLiteral("k8s-portal-v2"), QStringLiteral("input"))
            << QStringList{QStringLiteral("--skip"), QStringLiteral("image"), QStringLiteral("--skip"), QStringLiteral("security")} << 0;
    }

    void checkExitCodes()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        const Run r = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--tag"), QStringLiteral("2.11.1")} + extra + QStringList{path});
        QVERIFY2(r.exitCode == exitCode, r.out.constData());
        QCOMPARE(r.out.isEmpty(), exitCode == 0);
    }

    // Questions name file:line on stderr and exit 1 until --endpoint answers them.
    void questionsNeedAnAnswer()
    {
        const QString input = golden(QStringLiteral("k8s-custom-mgmt-domain"), QStringLiteral("input"));
        const Run asked = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), input});
        QCOMPARE(asked.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("\\.yaml:\\d+:\\d+: question: .*--endpoint")).match(QString::fromUtf8(asked.err)).hasMatch(),
                 asked.err.constData());
        const Run answered = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"),
                                  QStringLiteral("--endpoint"), QStringLiteral("contoso.configuration.azure-api.net"), input});
        QCOMPARE(answered.exitCode, 0);
        QVERIFY(answered.out.contains("contoso.configuration.azure-api.net"));
    }

    // Invalid YAML: exit 2 naming file:line:column; the other files are still migrated.
    void invalidInputDoesNotStopOthers()
    {
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), kData + QStringLiteral("/cli/invalid")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("(^|/)broken\\.yaml:\\d+:\\d+: error: Invalid YAML"), QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
        QVERIFY(r.out.contains("+++ b/good.yaml"));
        QVERIFY(!r.out.contains("broken.yaml"));
    }

    // --out mirrors the layout byte for byte and never overwrites.
    void outMirrorsLayout()
    {
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("migrated"));
        const QString input = kData + QStringLiteral("/golden/k8s-sidecar/input");
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--out"), target,
                           input, kData + QStringLiteral("/golden/env-conf-v1/input")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(target + QStringLiteral("/k8s-sidecar/input/gateway.yaml")),
                 readAll(golden(QStringLiteral("k8s-sidecar"), QStringLiteral("expected/gateway.yaml"))));
        QCOMPARE(readAll(target + QStringLiteral("/env-conf-v1/input/env.conf")),
                 readAll(golden(QStringLiteral("env-conf-v1"), QStringLiteral("expected/env.conf"))));
        const QByteArray written = readAll(target + QStringLiteral("/k8s-sidecar/input/gateway.yaml"));
        const Run again = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.12.3"), QStringLiteral("--out"), target,
                               input, kData + QStringLiteral("/golden/env-conf-v1/input")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(readAll(target + QStringLiteral("/k8s-sidecar/input/gateway.yaml")), written);
    }

    // An output folder that cannot be created: exit 2, a clear message, nothing written.
    void unwritableOutput()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("blocker")), "a file, not a folder");
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("blocker/out")), golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("blocker"), r.err.constData());
        QCOMPARE(readAll(dir.filePath(QStringLiteral("blocker"))), QByteArray("a file, not a folder"));
    }

    // A folder that cannot be created for the second file: not even the first file is written.
    void outWritesAllOrNothing()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("out/env-conf-v1")), "a file where a folder is needed");
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("out")), kData + QStringLiteral("/golden/k8s-sidecar"),
                           kData + QStringLiteral("/golden/env-conf-v1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("nothing was written"), r.err.constData());
        QStringList files;
        QDirIterator it(dir.filePath(QStringLiteral("out")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(dir.filePath(QStringLiteral("out"))).relativeFilePath(it.next());
        QCOMPARE(files, QStringList{QStringLiteral("env-conf-v1")});
    }

    // --in-place keeps a backup of the original; a second run changes nothing more.
    void inPlaceKeepsBackups()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(golden(QStringLiteral("k8s-portal-v1-crlf"), QStringLiteral("input")), dir.path()));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString file = dir.filePath(files.first());
        const QByteArray original = readAll(file);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--in-place"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(file), readAll(golden(QStringLiteral("k8s-portal-v1-crlf"), QStringLiteral("expected/")) + files.first()));
        QCOMPARE(readAll(file + QStringLiteral(".bak")), original);
        const auto modeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                              | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                              | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(file) & modeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const Run again = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--in-place"), dir.path()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!QFile::exists(file + QStringLiteral(".bak.1")));
    }

    void jsonPlan()
    {
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--json"), QStringLiteral("--tag"), QStringLiteral("2.11.1"),
                           golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("tag")).toString(), QStringLiteral("2.11.1"));
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("edits")).toInt(), 4);
        const QJsonArray findings = root.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("findings")).toArray();
        QStringList codes;
        for (const QJsonValue &f : findings)
            codes << f.toObject().value(QStringLiteral("code")).toString();
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("endpoint-v1"), QStringLiteral("image-floating"), QStringLiteral("probe-path"),
                                     QStringLiteral("security-missing")}));
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("https://contoso.configuration.azure-api.net"));
    }

    // The default tag comes from the tag list; a broken list is a clear error.
    void tagsFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("tags.json")),
                  R"({"name":"azure-api-management/gateway","tags":["latest","v2","2.9.2","2.10.0","2.10.1-preview-1"]})");
        writeFile(dir.filePath(QStringLiteral("broken.json")), R"({"tags": [1, 2]})");
        const QString input = golden(QStringLiteral("k8s-portal-v2"), QStringLiteral("input"));
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tags-file"), dir.filePath(QStringLiteral("tags.json")), input});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("gateway:2.10.0\n"));
        const Run broken = run({QStringLiteral("migrate"), QStringLiteral("--tags-file"), dir.filePath(QStringLiteral("broken.json")), input});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains("tags[0] is not a string"));
    }

    void reports()
    {
        QTemporaryDir dir;
        const QString input = golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input"));
        const Run md = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--report"),
                            dir.filePath(QStringLiteral("r.md")), input});
        QCOMPARE(md.exitCode, 0);
        const QByteArray report = readAll(dir.filePath(QStringLiteral("r.md")));
        QVERIFY(report.startsWith("# Self-hosted gateway migration report"));
        QVERIFY(report.contains("```diff"));
        QVERIFY(report.contains("self-hosted-gateway-migration-guide"));
        const Run json = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--report"),
                              dir.filePath(QStringLiteral("r.json")), input});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("r.json")))).isObject());
    }

    // A reference no analyser edits (a runbook) is never a green "nothing to migrate".
    void noFalseGreen()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(golden(QStringLiteral("k8s-v2-already-migrated"), QStringLiteral("input")), dir.path()));
        writeFile(dir.filePath(QStringLiteral("docs/RUNBOOK.md")),
                  "# Gateway\n\nRun `docker run -d mcr.microsoft.com/azure-api-management/gateway:1.2.5`.\n");
        const Run check = run({QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), dir.path()});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains("docs/RUNBOOK.md:3:20: image: "), check.out.constData());
        QVERIFY2(check.out.contains("mcr.microsoft.com/azure-api-management/gateway:2.11.1"), check.out.constData());
        QVERIFY2(check.err.contains("status: 2 files: 1 to change by hand, 1 already on v2"), check.err.constData());

        const Run json = run({QStringLiteral("migrate"), QStringLiteral("--json"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), dir.path()});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("allClear")).toBool(true), false);
        QCOMPARE(summary.value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("states")).toObject().value(QStringLiteral("cannot-edit")).toInt(), 1);
        const QJsonArray files = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("files")).toArray();
        QStringList states;
        for (const QJsonValue &f : files)
            states << f.toObject().value(QStringLiteral("path")).toString() + QLatin1Char('=') + f.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(states, (QStringList{QStringLiteral("docs/RUNBOOK.md=cannot-edit"), QStringLiteral("northwind-gw.yaml=already-v2")}));
    }

    // An unreadable file stays named in --check's answer, with where it failed.
    void unreadableStaysVisible()
    {
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), kData + QStringLiteral("/cli/invalid")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("broken\\.yaml: not migrated: .* at line \\d+:\\d+")).match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    }

    // --report never replaces a file, not even with --check, when it names an input, or through a
    // symlink (to an existing file, or dangling: nothing is created at its target).
    void reportNeverReplaces_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<bool>("alsoAnInput");
        QTest::newRow("an existing file, also an input") << QStringLiteral("keep.json") << true;
        QTest::newRow("a symlink to an existing file") << QStringLiteral("link.json") << false;
        QTest::newRow("a dangling symlink") << QStringLiteral("dangling.md") << false;
    }

    void reportNeverReplaces()
    {
        QFETCH(QString, report);
        QFETCH(bool, alsoAnInput);
        QTemporaryDir dir;
        QVERIFY(copyTree(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input")), dir.path()));
        writeFile(dir.filePath(QStringLiteral("keep.json")), "{\"mine\": true}\n");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("keep.json")), dir.filePath(QStringLiteral("link.json"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("missing.md")), dir.filePath(QStringLiteral("dangling.md"))));
        const QStringList inputs = alsoAnInput ? QStringList{dir.filePath(report), dir.filePath(QStringLiteral("gateway.yaml"))}
                                               : QStringList{dir.filePath(QStringLiteral("gateway.yaml"))};
        for (const QStringList &mode : {QStringList{QStringLiteral("--check")}, QStringList{}, QStringList{QStringLiteral("--in-place")}}) {
            const Run r = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1")} + mode
                              + QStringList{QStringLiteral("--report"), dir.filePath(report)} + inputs);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("already exists"), r.err.constData());
            QCOMPARE(readAll(dir.filePath(QStringLiteral("keep.json"))), QByteArray("{\"mine\": true}\n"));
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.md"))));
            QVERIFY(QFileInfo(dir.filePath(QStringLiteral("dangling.md"))).isSymLink());
            QCOMPARE(readAll(dir.filePath(QStringLiteral("gateway.yaml"))), readAll(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input/gateway.yaml"))));
        }
    }

    // With --out the report comes after the files, and only when they were written.
    void reportOnlyAfterTheFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("out/gateway.yaml")), "in the way\n");
        const QString input = golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input"));
        const Run failed = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                                QStringLiteral("--report"), dir.filePath(QStringLiteral("r.md")), input});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.md"))));
        const Run ok = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out2")),
                            QStringLiteral("--report"), dir.filePath(QStringLiteral("r.md")), input});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("wrote the report"));
        QVERIFY(readAll(dir.filePath(QStringLiteral("r.md"))).contains("Status: 1 file: 1 migrated"));
    }

    // A FIFO would block a read forever, a device could be endless: refused at once, named.
    void fifoIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.yaml"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--offline"), fifo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        // An endless device is not "a 32 MiB file".
        const Run zero = run({QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--offline"), QStringLiteral("/dev/zero")});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(zero.err.contains("/dev/zero: error: Cannot load the file: it is not a regular file"), zero.err.constData());
    }

    // One file reached through a symlink, a symlinked folder and a hard link is read and rewritten
    // once, with one backup, each other path named as the same file; the hard link is linked to the
    // new file again, so no "hard links broken" warning: its other name is an input.
    void aliasedInputsAreWrittenOnce()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("real/gateway.yaml"));
        writeFile(file, readAll(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input/gateway.yaml"))));
        QVERIFY(QFile::link(QStringLiteral("gateway.yaml"), dir.filePath(QStringLiteral("real/alias.yaml"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("linked"))));
        QCOMPARE(QProcess::execute(QStringLiteral("ln"), {file, dir.filePath(QStringLiteral("hard.yaml"))}), 0);
        const QStringList inputs{dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("linked")), dir.filePath(QStringLiteral("hard.yaml"))};
        const Run json = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--tag"),
                                         QStringLiteral("2.11.1")} + inputs);
        const QJsonObject plan = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(plan.value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(plan.value(QStringLiteral("summary")).toObject().value(QStringLiteral("states")).toObject().value(QStringLiteral("same-file")).toInt(), 2);
        QStringList sameAs;
        for (const QJsonValue &v : plan.value(QStringLiteral("sameFiles")).toArray())
            sameAs << v.toObject().value(QStringLiteral("path")).toString() + QStringLiteral(" = ") + v.toObject().value(QStringLiteral("sameAs")).toString();
        QCOMPARE(sameAs, (QStringList{QStringLiteral("hard.yaml = real/gateway.yaml"), QStringLiteral("real/alias.yaml = real/gateway.yaml")}));

        const Run r = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11.1"),
                                      QStringLiteral("--in-place")} + inputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("1 migrated, 2 same file as another input"), r.err.constData());
        QVERIFY2(!r.err.contains("hard links") && !r.err.contains("old content"), r.err.constData());
        QCOMPARE(r.out.count("wrote "), 1);
        const QByteArray expected = readAll(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("expected/gateway.yaml")));
        QCOMPARE(readAll(file), expected);
        QCOMPARE(readAll(dir.filePath(QStringLiteral("hard.yaml"))), expected);
        QCOMPARE(std::filesystem::hard_link_count(file.toStdString()), std::uintmax_t(2)); // still one file
        QCOMPARE(QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::Files | QDir::System, QDir::Name),
                 (QStringList{QStringLiteral("alias.yaml"), QStringLiteral("gateway.yaml"), QStringLiteral("gateway.yaml.bak")}));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("hard.yaml.bak"))));
    }

    // A newline in a file name cannot forge a "file:line:" line of its own, nor an ESC drive the
    // terminal: in --check's lines, the diff's headers, the -v log, check --from and the reports.
    void controlCharactersInFileNamesAreEscaped_data()
    {
        QTest::addColumn<QStringList>("args"); // "@" is the input folder, "%" the folder for reports
        QTest::addColumn<QString>("report");   // written by the run, in "%"
        QTest::addColumn<QByteArray>("escaped");
        const QStringList migrate{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11.1")};
        const QByteArray name = "a\\nforged.yaml:1:1: error: \\x1b[31mgw.yaml";
        QTest::newRow("--check") << migrate + QStringList{QStringLiteral("--check"), QStringLiteral("@")} << QString() << QByteArray(name + ":");
        QTest::newRow("the diff") << migrate + QStringList{QStringLiteral("@")} << QString() << QByteArray("--- a/" + name + "\n+++ b/" + name + "\n");
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")} + migrate + QStringList{QStringLiteral("--check"), QStringLiteral("@")} << QString()
                            << QByteArray("agm.import: " + name + ": ");
        QTest::newRow("check --from") << QStringList{QStringLiteral("check"), QStringLiteral("--dns-server"), QStringLiteral("127.0.0.254"), QStringLiteral("--timeout"),
                                                     QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("@")}
                                      << QString() << QByteArray("/" + name + ":"); // relative to the current folder
        QTest::newRow("--report .md") << migrate + QStringList{QStringLiteral("--report"), QStringLiteral("%/r.md"), QStringLiteral("@")} << QStringLiteral("r.md")
                                      << QByteArray("## `" + name + "`");
        QTest::newRow("--report .html") << migrate + QStringList{QStringLiteral("--report"), QStringLiteral("%/r.html"), QStringLiteral("@")} << QStringLiteral("r.html")
                                        << QByteArray("<h2><code>" + name + "</code></h2>");
    }

    void controlCharactersInFileNamesAreEscaped()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, report);
        QFETCH(QByteArray, escaped);
        QTemporaryDir dir, reports;
        QVERIFY(QFile::copy(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input/gateway.yaml")),
                            dir.filePath(QStringLiteral("a\nforged.yaml:1:1: error: \x1b[31mgw.yaml"))));
        args.replaceInStrings(QStringLiteral("@"), dir.path());
        args.replaceInStrings(QStringLiteral("%"), reports.path());
        const Run r = run(args);
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        const QByteArray shown = r.out + r.err + (report.isEmpty() ? QByteArray() : readAll(reports.filePath(report)));
        QVERIFY2(shown.contains(escaped), shown.constData());
        for (const QByteArray &line : shown.split('\n'))
            QVERIFY2(!line.startsWith("forged.yaml") && !line.contains('\x1b'), line.constData());
    }

    // Qt cannot open a name that is not UTF-8: such a file is named as unreadable, never skipped.
    void undecodableFileNameIsNamed()
    {
        QTemporaryDir dir;
        QCOMPARE(QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cp \"$0\" \"$1/sub/$(printf 'gw\\377.yaml')\"")
                                                              .prepend(QStringLiteral("mkdir -p \"$1/sub\" && ")),
                                                          golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input/gateway.yaml")), dir.path()}),
                 0);
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--offline"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("sub/gw\\xff.yaml: not migrated: ") && r.out.contains("not valid UTF-8"), r.out.constData());
    }

    void offlineWithTagsFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("tags.json")), R"({"name":"azure-api-management/gateway","tags":["2.9.2","2.10.0"]})");
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tags-file"), dir.filePath(QStringLiteral("tags.json")),
                           golden(QStringLiteral("k8s-portal-v2"), QStringLiteral("input"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("gateway:2.10.0\n"));
    }

    // Several folders: a summary line per root and --check's exit code aggregated over them.
    void manyRoots()
    {
        QTemporaryDir dir;
        const QString v1 = dir.filePath(QStringLiteral("repo-v1")), v2 = dir.filePath(QStringLiteral("repo-v2")), broken = dir.filePath(QStringLiteral("repo-broken"));
        QVERIFY(copyTree(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("input")), v1));
        QVERIFY(copyTree(golden(QStringLiteral("k8s-portal-v1"), QStringLiteral("expected")), v2));
        writeFile(broken + QStringLiteral("/gateway.yaml"), readAll(kData + QStringLiteral("/cli/invalid/broken.yaml")));
        const QStringList check{QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11.1")};

        QVERIFY(copyTree(golden(QStringLiteral("k8s-no-gateway"), QStringLiteral("input")), dir.filePath(QStringLiteral("repo-none"))));
        const Run clean = run(check + QStringList{QStringLiteral("repo-v2"), QStringLiteral("repo-none")}, dir.path());
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.out.startsWith("repo-v2: files 1, pending 0, errors 0\nrepo-none: files "), clean.out.constData());
        QVERIFY2(clean.out.endsWith(", pending 0, errors 0\n") && clean.out.count('\n') == 2, clean.out.constData());

        const Run pending = run(check + QStringList{QStringLiteral("repo-v1"), QStringLiteral("repo-v2")}, dir.path());
        QCOMPARE(pending.exitCode, 1);
        QVERIFY2(pending.out.endsWith("repo-v1: files 1, pending 4, errors 0\nrepo-v2: files 1, pending 0, errors 0\n"), pending.out.constData());

        const Run errors = run(check + QStringList{v1, v2, broken}, dir.path());
        QCOMPARE(errors.exitCode, 2);
        QVERIFY2(errors.out.contains(QByteArray(broken.toUtf8() + ": files 1, pending 0, errors 1\n")), errors.out.constData());

        const Run json = run(check + QStringList{QStringLiteral("--json"), QStringLiteral("repo-v1"), QStringLiteral("repo-v2"), QStringLiteral("repo-broken")}, dir.path());
        QCOMPARE(json.exitCode, 2);
        const QJsonArray roots = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("roots")).toArray();
        QCOMPARE(roots.size(), 3);
        const QJsonObject first = roots.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("repo-v1"));
        QCOMPARE(first.value(QStringLiteral("files")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("pending")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(first.value(QStringLiteral("checkExitCode")).toInt(), 1);
        QCOMPARE(roots.at(1).toObject().value(QStringLiteral("checkExitCode")).toInt(), 0);
        QCOMPARE(roots.at(2).toObject().value(QStringLiteral("checkExitCode")).toInt(), 2);

        // One root: the output is what it always was, without a summary line.
        const Run one = run(check + QStringList{QStringLiteral("repo-v2")}, dir.path());
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.isEmpty());
        QVERIFY(!run(check + QStringList{QStringLiteral("--json"), QStringLiteral("repo-v1")}, dir.path()).out.contains("\"roots\""));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
