// SPDX-License-Identifier: MIT
// migrate --recipe and --save-recipe, run as a real process: the recipe of a command line replays
// to the same bytes, flags override it, unused entries are noted, invalid recipes are refused.
#include "../clirun.h"
#include "../testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using agm::test::CliRun;
using agm::test::filesUnder;
using agm::test::readAll;
using agm::test::runCli;

namespace {

const QString kData = QStringLiteral(AGM_TEST_DATA);

QString golden(const QString &caseName)
{
    return kData + QStringLiteral("/golden/") + caseName + QStringLiteral("/input");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Both trees hold the same files with the same bytes.
void compareTrees(const QString &a, const QString &b)
{
    const QStringList files = filesUnder(a);
    QVERIFY(!files.isEmpty());
    QCOMPARE(filesUnder(b), files);
    for (const QString &file : files)
        QVERIFY2(readAll(a + QLatin1Char('/') + file) == readAll(b + QLatin1Char('/') + file), qPrintable(file));
}

QStringList migrate(const QStringList &args)
{
    return QStringList{QStringLiteral("migrate"), QStringLiteral("--offline")} + args;
}

const QByteArray kHeader = "{\n  \"format\": \"apim-gateway-migrator-recipe\",\n  \"version\": 1,\n";

} // namespace

class TestRecipeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpNamesTheOptions()
    {
        const CliRun r = runCli({QStringLiteral("migrate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--recipe <FILE>"));
        QVERIFY(r.out.contains("--save-recipe <FILE>"));
    }

    void savedRecipeReplaysTheFlags_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("custom domain, tag, skip")
            << QStringLiteral("k8s-custom-mgmt-domain")
            << QStringList{QStringLiteral("--tag"), QStringLiteral("2.10.1"), QStringLiteral("--endpoint"), QStringLiteral("config.contoso.com"),
                           QStringLiteral("--skip"), QStringLiteral("extras")};
        QTest::newRow("placeholder") << QStringLiteral("k8s-placeholder-endpoint-arg")
                                     << QStringList{QStringLiteral("--endpoint"), QStringLiteral("private-apim.configuration.azure-api.net")};
        QTest::newRow("two gateways, security skipped") << QStringLiteral("k8s-two-gateways")
                                                       << QStringList{QStringLiteral("--skip"), QStringLiteral("security"), QStringLiteral("--tag"), QStringLiteral("2.11.1@sha256:") + QString(64, QLatin1Char('a'))};
    }

    void savedRecipeReplaysTheFlags()
    {
        QFETCH(QString, caseName);
        QFETCH(QStringList, flags);
        QTemporaryDir dir;
        const QString recipe = dir.filePath(QStringLiteral("recipe.json"));
        const CliRun byFlags = runCli(migrate(flags + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("flags")),
                                                                  QStringLiteral("--save-recipe"), recipe, golden(caseName)}));
        QVERIFY2(byFlags.exitCode == 0 || byFlags.exitCode == 1, byFlags.err.constData());
        const QByteArray saved = readAll(recipe);
        QVERIFY2(saved.startsWith(kHeader), saved.constData());
        QVERIFY(saved.endsWith("}\n"));
        QVERIFY(!saved.contains(golden(caseName).toUtf8())); // no machine path
        QVERIFY(!saved.contains("gateway.yaml"));

        const CliRun byRecipe = runCli(migrate({QStringLiteral("--recipe"), recipe, QStringLiteral("--out"), dir.filePath(QStringLiteral("recipe")), golden(caseName)}));
        QCOMPARE(byRecipe.exitCode, byFlags.exitCode);
        QVERIFY2(!byRecipe.err.contains(QByteArray(recipe.toUtf8() + ":")), byRecipe.err.constData()); // every entry fits: no note
        compareTrees(dir.filePath(QStringLiteral("flags")), dir.filePath(QStringLiteral("recipe")));

        // The dry run prints the same diff too.
        QCOMPARE(runCli(migrate({QStringLiteral("--recipe"), recipe, golden(caseName)})).out, runCli(migrate(flags + QStringList{golden(caseName)})).out);
    }

    void saveRecipeNeverReplaces()
    {
        QTemporaryDir dir;
        const QString recipe = dir.filePath(QStringLiteral("recipe.json"));
        writeFile(recipe, "keep me\n");
        const CliRun r = runCli(migrate({QStringLiteral("--save-recipe"), recipe, QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                                         golden(QStringLiteral("k8s-portal-v1"))}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
        QCOMPARE(readAll(recipe), QByteArray("keep me\n"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }

    void invalidRecipeIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("unknown key") << kHeader + "  \"tag\": \"2.11.1\",\n  \"retries\": 3\n}\n" << QByteArray(":5:3: error: unknown key \"retries\"");
        QTest::newRow("unknown version") << QByteArray("{\n  \"format\": \"apim-gateway-migrator-recipe\",\n  \"version\": 7\n}\n") << QByteArray(":3:14: error: recipe version 7 is not supported");
        QTest::newRow("unknown nested key") << kHeader + "  \"leftOut\": [\n    {\"rule\": \"probe-path\", \"resource\": \"Deployment/gw\", \"line\": 12}\n  ]\n}\n"
                                            << QByteArray(":5:57: error: unknown key \"line\"");
    }

    void invalidRecipeIsRefusedWithItsLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        const QString recipe = dir.filePath(QStringLiteral("bad.json"));
        writeFile(recipe, text);
        const CliRun r = runCli(migrate({QStringLiteral("--recipe"), recipe, QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                                         golden(QStringLiteral("k8s-portal-v1"))}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(recipe.toUtf8() + says)), r.err.constData());
        QVERIFY(r.err.contains("fix the recipe"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
        const CliRun missing = runCli(migrate({QStringLiteral("--recipe"), dir.filePath(QStringLiteral("none.json")), golden(QStringLiteral("k8s-portal-v1"))}));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.json: error: cannot read the recipe"));
    }

    void flagsOverrideAndUnusedEntriesAreNoted()
    {
        QTemporaryDir dir;
        const QString recipe = dir.filePath(QStringLiteral("fleet.json"));
        writeFile(recipe, kHeader + "  \"tag\": \"2.10.1\",\n"
                                    "  \"endpoints\": [\n"
                                    "    {\"service\": \"fabrikam\", \"managementHost\": \"mgmt.fabrikam.com\", \"host\": \"config.fabrikam.com\"}\n"
                                    "  ],\n"
                                    "  \"skippedSteps\": [\"security\"],\n"
                                    "  \"leftOut\": [{\"rule\": \"probe-path\", \"resource\": \"Deployment/nowhere\"}]\n"
                                    "}\n");
        const QString input = golden(QStringLiteral("k8s-portal-v1"));
        const CliRun r = runCli(migrate({QStringLiteral("--recipe"), recipe, QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--json"), input}));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QByteArray file = recipe.toUtf8();
        QVERIFY2(r.err.contains(QByteArray(file + ":4: note: the tag 2.10.1 is not used: --tag overrides it")), r.err.constData());
        QVERIFY(r.err.contains(QByteArray(file + ":6: note: the answer for service fabrikam (mgmt.fabrikam.com) is not used")));
        QVERIFY(r.err.contains(QByteArray(file + ":9: note: the change left out (probe-path on Deployment/nowhere) matches nothing")));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("tag")).toString(), QStringLiteral("2.11.1"));
        const QJsonObject used = json.value(QStringLiteral("recipe")).toObject();
        QCOMPARE(used.value(QStringLiteral("path")).toString(), recipe);
        QCOMPARE(used.value(QStringLiteral("notes")).toArray().size(), 3);
        QCOMPARE(used.value(QStringLiteral("notes")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
        // The recipe's skip applies: no security change in the plan.
        for (const QJsonValue &f : json.value(QStringLiteral("files")).toArray()) {
            for (const QJsonValue &finding : f.toObject().value(QStringLiteral("findings")).toArray()) {
                if (finding.toObject().value(QStringLiteral("step")).toString() == QLatin1String("security"))
                    QCOMPARE(finding.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("left-out"));
            }
        }
        // --skip replaces the recipe's skipped steps.
        const CliRun skipped = runCli(migrate({QStringLiteral("--recipe"), recipe, QStringLiteral("--skip"), QStringLiteral("image"), input}));
        QVERIFY(skipped.err.contains(QByteArray(file + ":8: note: the skipped steps are not used: --skip overrides them")));
        QVERIFY(skipped.out.contains("runAsUser: 1001"));
    }
};

QTEST_GUILESS_MAIN(TestRecipeCli)
#include "tst_recipecli.moc"
