// SPDX-License-Identifier: MIT
// Hostile and broken inputs: each goes through import, plan, splice, diff and report without a
// crash or hang, gives a clear finding with a line where one exists, and is never modified.
#include "project.h"
#include "report.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;

namespace {

QByteArray repeat(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

QByteArray deepBlock(int levels)
{
    QByteArray out;
    for (int i = 0; i < levels; ++i)
        out += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    return out;
}

QByteArray aliasBomb()
{
    QByteArray out = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        const char prev = char(c - 1);
        out += QByteArray(1, c) + ": &" + c + " [" + repeat(QByteArray("*") + prev + ",", 8) + "*" + prev + "]\n";
    }
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gateway-bomb\ndata:\n" + out;
}

QByteArray randomBytes(int n)
{
    QRandomGenerator rng(20261126);
    QByteArray out(n, '\0');
    for (int i = 0; i < n; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

const QByteArray kGatewayDeployment =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: gw\n"
    "spec:\n"
    "  template:\n"
    "    spec:\n"
    "      containers:\n"
    "      - name: gw\n"
    "        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n";

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survives_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedCode"); // empty: no error expected
        QTest::addColumn<int>("expectedLine");     // 0: any

        QTest::newRow("deep flow nesting") << QStringLiteral("deep-flow.yaml") << ("config.service.endpoint: " + repeat("[", 100000)) << QStringLiteral("input-rejected") << 1;
        QTest::newRow("deep block nesting") << QStringLiteral("deep-block.yaml") << ("gateway:\n" + deepBlock(400)) << QStringLiteral("input-rejected") << 1;
        QTest::newRow("an alias bomb") << QStringLiteral("bomb.yaml") << aliasBomb() << QString() << 0;
        QTest::newRow("too many aliases") << QStringLiteral("aliases.yaml") << ("kind: Secret\nx: &g gateway\ny: [" + repeat("*g, ", 2000) + "*g]\n") << QStringLiteral("input-rejected") << 1;
        QTest::newRow("NUL bytes") << QStringLiteral("nul.yaml") << QByteArray("kind: Pod\nname: a\0b\n", 20) << QStringLiteral("load-failed") << 2;
        QTest::newRow("invalid UTF-8") << QStringLiteral("latin1.yaml") << QByteArray("kind: Pod\n# caf\xe9\n") << QStringLiteral("load-failed") << 2;
        QTest::newRow("random bytes") << QStringLiteral("random.yaml") << randomBytes(4096) << QStringLiteral("load-failed") << 0;
        QTest::newRow("invalid YAML") << QStringLiteral("broken.yaml") << QByteArray("kind: ConfigMap\ndata:\n  config.service.endpoint: [unclosed\n  other: x\n") << QStringLiteral("parse-failed") << 0;
        QTest::newRow("a very long line") << QStringLiteral("long.yaml") << (kGatewayDeployment + "        args: [\"" + repeat("A", 2 * 1024 * 1024) + "\"]\n") << QString() << 0;
        QTest::newRow("a Helm template") << QStringLiteral("deployment.yaml") << QByteArray("kind: Deployment\nspec:\n  image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n") << QStringLiteral("helm-template") << 0;
        QTest::newRow("duplicate keys") << QStringLiteral("dup.yaml") << (kGatewayDeployment + "        image: mcr.microsoft.com/azure-api-management/gateway:beta\n") << QString() << 0;
        QTest::newRow("an empty file") << QStringLiteral("empty.yaml") << QByteArray() << QString() << 0;
        QTest::newRow("a comment-only file") << QStringLiteral("comments.yaml") << QByteArray("# nothing here\n# at all\n") << QString() << 0;
        QTest::newRow("thousands of empty documents") << QStringLiteral("docs.yaml") << repeat("---\n", 10000) << QString() << 0;
        QTest::newRow("CR-only line endings") << QStringLiteral("cr.yaml") << QByteArray(kGatewayDeployment).replace('\n', '\r') << QString() << 0;
        QTest::newRow("tabs in YAML") << QStringLiteral("tabs.yaml") << QByteArray("kind: ConfigMap\ndata:\n\tconfig.service.endpoint: x.management.azure-api.net\n") << QStringLiteral("parse-failed") << 0;
        // yaml-cpp 0.7 reads an unclosed quote to the end of the document (found by fuzz_splice).
        QTest::newRow("an unclosed quoted string") << QStringLiteral("unclosed.yaml") << (kGatewayDeployment + "        env:\n        - name: HTTPS_PROXY\n          value: \"http://proxy:3128\n        - name: X\n") << QStringLiteral("input-rejected") << 13;
        QTest::newRow("quoted strings over several lines") << QStringLiteral("multiline.yaml") << (kGatewayDeployment + "        args: [\"a\n          # not a comment \\\" b\", 'it''s\n          ok']\n") << QString() << 0;
        QTest::newRow("YAML 1.1 booleans and merge keys") << QStringLiteral("compose.yaml") << QByteArray("x-base: &base\n  read_only: yes\nservices:\n  gw:\n    <<: *base\n    image: mcr.microsoft.com/azure-api-management/gateway:v2\n") << QString() << 0;
    }

    void survives()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedCode);
        QFETCH(int, expectedLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const Project project = importPaths({path});
        QCOMPARE(project.files.size(), std::size_t(1));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const ProjectPlan plan = planProject(project, options);
        const ReportContext context{options.tag, QStringLiteral("test"), QStringLiteral("test"), std::nullopt};
        QVERIFY(!markdownReport(project, plan, context).isEmpty());
        QVERIFY(!jsonReport(project, plan, context).isEmpty());
        unifiedPatch(project, plan);

        const FileAnalysis &file = project.files.front();
        const auto error = std::find_if(file.findings.begin(), file.findings.end(),
                                        [](const Finding &f) { return f.severity == Severity::Error || f.code == Code::HelmTemplate; });
        if (expectedCode.isEmpty()) {
            QVERIFY2(error == file.findings.end(), error == file.findings.end() ? "" : qPrintable(error->message()));
        } else {
            QVERIFY2(error != file.findings.end(), "expected an error finding");
            QCOMPARE(codeName(error->code), expectedCode);
            QVERIFY(!error->message().isEmpty());
            if (expectedLine)
                QCOMPARE(error->line, expectedLine);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    // A file over the size cap is refused before it is read into memory.
    void oversizeFileRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxFileBytes + 1));
        f.close();
        const Project project = importPaths({path});
        QCOMPARE(project.files.size(), std::size_t(1));
        const auto &findings = project.files.front().findings;
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().code, Code::LoadFailed);
        QVERIFY(findings.front().message().contains(QLatin1String("limit is 32 MiB")));
    }

    // The CR-only gateway is still migrated, and its inserted lines use CR.
    void crOnlyFileIsMigratedInItsOwnStyle()
    {
        QByteArray bytes = kGatewayDeployment;
        bytes.replace('\n', '\r');
        const LoadResult loaded = decodeSource(bytes, QStringLiteral("cr.yaml"), QStringLiteral("cr.yaml"));
        QVERIFY(loaded.file);
        const FileAnalysis analysis = analyzeSource(*loaded.file);
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const FilePlan plan = planFile(analysis, options);
        const QByteArray out = QByteArray::fromStdString(plan.migratedText);
        QVERIFY(!out.contains('\n'));
        QVERIFY(out.contains("gateway:2.11.1\r        securityContext:\r          runAsNonRoot: true\r"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
