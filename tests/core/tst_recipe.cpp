// SPDX-License-Identifier: MIT
// Recipes: read and write round trip, refusals with the line of the offending key, one note per
// unused entry, and the decisions of a plan turned into a recipe that replays to the same plan.
#include "recipe.h"

#include "../testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace agm;

namespace {

const QByteArray kCustomDomain = "apiVersion: v1\n"
                                 "kind: ConfigMap\n"
                                 "metadata:\n"
                                 "  name: gw-env\n"
                                 "data:\n"
                                 "  config.service.endpoint: \"https://mgmt.contoso.com/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\"\n"
                                 "---\n"
                                 "apiVersion: apps/v1\n"
                                 "kind: Deployment\n"
                                 "metadata:\n"
                                 "  name: gw\n"
                                 "spec:\n"
                                 "  template:\n"
                                 "    spec:\n"
                                 "      containers:\n"
                                 "      - name: gw\n"
                                 "        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                                 "        readinessProbe:\n"
                                 "          httpGet:\n"
                                 "            path: /internal-status-0123456789abcdef\n"
                                 "            port: 8080\n";

Project projectOf(const QByteArray &bytes, const QString &name = QStringLiteral("gw.yaml"))
{
    Project project;
    LoadResult loaded = decodeSource(bytes, QStringLiteral("/in/") + name, name);
    project.files.push_back(analyzeSource(std::move(*loaded.file)));
    return project;
}

const Finding *findingOf(const Project &project, Code code)
{
    for (const Finding &f : project.files[0].findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

const QByteArray kFull = "{\n"
                         "  \"format\": \"apim-gateway-migrator-recipe\",\n"
                         "  \"version\": 1,\n"
                         "  \"tag\": \"2.11.1\",\n"
                         "  \"endpoint\": \"other.configuration.azure-api.net\",\n"
                         "  \"endpoints\": [\n"
                         "    {\n"
                         "      \"service\": \"contoso\",\n"
                         "      \"managementHost\": \"mgmt.contoso.com\",\n"
                         "      \"host\": \"config.contoso.com\"\n"
                         "    }\n"
                         "  ],\n"
                         "  \"skippedSteps\": [\"security\", \"extras\"],\n"
                         "  \"leftOut\": [\n"
                         "    {\n"
                         "      \"rule\": \"probe-path\",\n"
                         "      \"resource\": \"Deployment/gw\",\n"
                         "      \"field\": \"containers[gw]\"\n"
                         "    }\n"
                         "  ],\n"
                         "  \"checksAcknowledged\": true\n"
                         "}\n";

} // namespace

class TestRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenBytesReadBackTheSame()
    {
        const RecipeReadResult read = parseRecipe(kFull);
        QVERIFY2(read.recipe, qPrintable(read.describe(QStringLiteral("recipe.json"))));
        const Recipe &r = *read.recipe;
        QCOMPARE(r.tag, QStringLiteral("2.11.1"));
        QCOMPARE(r.tagLine, 4);
        QCOMPARE(r.endpoint, QStringLiteral("other.configuration.azure-api.net"));
        QCOMPARE(int(r.endpoints.size()), 1);
        QCOMPARE(r.endpoints[0].service, QStringLiteral("contoso"));
        QCOMPARE(r.endpoints[0].line, 7);
        QCOMPARE(r.skippedSteps, (QSet<Step>{Step::Security, Step::Extras}));
        QCOMPARE(int(r.leftOut.size()), 1);
        QCOMPARE(r.leftOut[0].line, 15);
        QVERIFY(r.checksAcknowledged);

        const QByteArray written = recipeJson(r);
        QVERIFY(written.endsWith("}\n"));
        QVERIFY(written.contains("\n  \"version\": 1,\n")); // two-space indent
        const RecipeReadResult again = parseRecipe(written);
        QVERIFY(again.recipe);
        QVERIFY(*again.recipe == r);
        QCOMPARE(recipeJson(*again.recipe), written); // stable: a second write changes nothing
    }

    void writeRefusesToReplace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QString::fromLatin1(kRecipeFileName));
        Recipe r;
        r.tag = QStringLiteral("2.11.1");
        QVERIFY(writeRecipe(path, r).ok);
        QCOMPARE(test::readAll(path), recipeJson(r));
        const FileWriteResult second = writeRecipe(path, Recipe{});
        QVERIFY(!second.ok);
        QVERIFY(second.error.contains(QStringLiteral("already exists")));
        QCOMPARE(test::readAll(path), recipeJson(r));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown version") << QByteArray("{\n  \"format\": \"apim-gateway-migrator-recipe\",\n  \"version\": 2\n}\n") << 3 << 14 << QStringLiteral("version 2 is not supported");
        QTest::newRow("other format") << QByteArray("{\"format\": \"something\", \"version\": 1}") << 1 << 12 << QStringLiteral("not a migration recipe");
        QTest::newRow("unknown top key") << QByteArray("{\n  \"format\": \"apim-gateway-migrator-recipe\",\n  \"version\": 1,\n\n  \"tags\": \"2.11.1\"\n}\n") << 5 << 3 << QStringLiteral("unknown key \"tags\"");
        QTest::newRow("unknown nested key")
            << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1,\n \"endpoints\": [\n  {\"service\": \"a\", \"managementHost\": \"m.example.com\",\n   \"host\": \"c.example.com\", \"token\": \"x\"}]}")
            << 4 << 29 << QStringLiteral("unknown key \"token\"");
        QTest::newRow("duplicate key") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1,\n\"tag\": \"2.11.1\",\n\"tag\": \"2.10.0\"}") << 3 << 1 << QStringLiteral("appears twice");
        QTest::newRow("v1 tag") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1,\n  \"tag\": \"1.2.5\"}") << 2 << 10 << QStringLiteral("v0/v1");
        QTest::newRow("management host as answer")
            << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1,\n\"endpoint\": \"contoso.management.azure-api.net\"}") << 2 << 13 << QStringLiteral("management host");
        QTest::newRow("unknown step") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1, \"skippedSteps\": [\"input\"]}") << 1 << 75 << QStringLiteral("\"image\"");
        QTest::newRow("unknown rule") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1, \"leftOut\": [{\"rule\": \"nope\", \"resource\": \"x\"}]}") << 1 << 79 << QStringLiteral("no rule");
        QTest::newRow("wrong type") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1, \"checksAcknowledged\": \"yes\"}") << 1 << 80 << QStringLiteral("true or false");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\",\n \"version\": 1,") << 2 << 15 << QStringLiteral("ends too early");
        QTest::newRow("not json") << QByteArray("tag: 2.11.1\n") << 1 << 1 << QStringLiteral("expected a value");
        QTest::newRow("nested too deeply") << QByteArray("{\"format\": \"apim-gateway-migrator-recipe\", \"version\": 1, \"leftOut\": " + QByteArray(100, '[')) << 1 << 85
                                           << QStringLiteral("nested too deeply");
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const RecipeReadResult read = parseRecipe(text);
        QVERIFY(!read.recipe);
        QVERIFY2(read.error.contains(says), qPrintable(read.error));
        QCOMPARE(read.line, line);
        QCOMPARE(read.column, column);
        QVERIFY(read.describe(QStringLiteral("r.json")).startsWith(QStringLiteral("r.json:%1:%2: error: ").arg(line).arg(column)));
    }

    void byteOrderMarkIsAccepted()
    {
        const RecipeReadResult read = parseRecipe("\xEF\xBB\xBF" + kFull);
        QVERIFY2(read.recipe, qPrintable(read.error));
        QCOMPARE(read.recipe->tagLine, 4);
    }

    void unreadableFileIsNamed()
    {
        const RecipeReadResult read = readRecipe(QStringLiteral("/nonexistent/recipe.json"));
        QVERIFY(!read.recipe);
        QCOMPARE(read.line, 0);
        QVERIFY(read.describe(QStringLiteral("/nonexistent/recipe.json")).startsWith(QStringLiteral("/nonexistent/recipe.json: error: cannot read")));
    }

    void appliesEntriesThatFit()
    {
        const Project project = projectOf(kCustomDomain);
        Recipe r = *parseRecipe(kFull).recipe;
        r.skippedSteps.clear();
        MigrationOptions options;
        TagList tags;
        tags.tags.push_back({QStringLiteral("2.11.1"), TagKind::Pinned});
        const std::vector<RecipeNote> notes = applyRecipe(r, project, options, &tags);
        const Finding *endpoint = findingOf(project, Code::EndpointCustomDomain);
        const Finding *probe = findingOf(project, Code::ProbePath);
        QVERIFY(endpoint && probe);
        QCOMPARE(options.tag, QStringLiteral("2.11.1"));
        QCOMPARE(options.hostOverrides.value(findingKey(QStringLiteral("gw.yaml"), endpoint->id)), QStringLiteral("config.contoso.com"));
        QVERIFY(options.disabledFindings.contains(findingKey(QStringLiteral("gw.yaml"), probe->id)));
        // Only the placeholder answer has nothing to answer here.
        QCOMPARE(int(notes.size()), 1);
        QCOMPARE(notes[0].line, 5);
        QVERIFY2(notes[0].text.contains(QStringLiteral("no endpoint in the files needs it")), qPrintable(notes[0].text));

        const ProjectPlan plan = planProject(project, options);
        QVERIFY(QString::fromStdString(plan.files[0].migratedText).contains(QStringLiteral("\"https://config.contoso.com\"")));
        QVERIFY(QString::fromStdString(plan.files[0].migratedText).contains(QStringLiteral("/internal-status-0123456789abcdef")));
    }

    void oneNotePerUnusedEntry()
    {
        const Project project = projectOf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  a: b\n");
        const QByteArray text = "{\n"
                                "  \"format\": \"apim-gateway-migrator-recipe\",\n"
                                "  \"version\": 1,\n"
                                "  \"tag\": \"2.99.0\",\n"
                                "  \"endpoints\": [\n"
                                "    {\"service\": \"contoso\", \"managementHost\": \"mgmt.contoso.com\", \"host\": \"config.contoso.com\"},\n"
                                "    {\"service\": \"fabrikam\", \"managementHost\": \"mgmt.fabrikam.com\", \"host\": \"config.fabrikam.com\"}\n"
                                "  ],\n"
                                "  \"leftOut\": [{\"rule\": \"probe-path\", \"resource\": \"Deployment/gw\"}]\n"
                                "}\n";
        const RecipeReadResult read = parseRecipe(text);
        QVERIFY(read.recipe);
        MigrationOptions options;
        TagList tags;
        tags.tags.push_back({QStringLiteral("2.11.1"), TagKind::Pinned});
        const std::vector<RecipeNote> notes = applyRecipe(*read.recipe, project, options, &tags);
        QCOMPARE(int(notes.size()), 4);
        QCOMPARE(notes[0].line, 4);
        QVERIFY(notes[0].text.contains(QStringLiteral("not in the tag list")));
        QCOMPARE(notes[1].line, 6);
        QVERIFY(notes[1].text.contains(QStringLiteral("service contoso")));
        QCOMPARE(notes[2].line, 7);
        QVERIFY(notes[2].text.contains(QStringLiteral("service fabrikam")));
        QCOMPARE(notes[3].line, 9);
        QVERIFY(notes[3].text.contains(QStringLiteral("matches nothing")));
    }

    void flagsOverrideTheRecipe()
    {
        const Project project = projectOf(kCustomDomain);
        const Recipe r = *parseRecipe(kFull).recipe;
        MigrationOptions options;
        options.tag = QStringLiteral("2.10.0");
        options.endpointHost = QStringLiteral("flag.example.com");
        options.skippedSteps = {Step::Image};
        const std::vector<RecipeNote> notes = applyRecipe(r, project, options, nullptr, RecipeOverrides{true, true, true});
        QCOMPARE(options.tag, QStringLiteral("2.10.0"));
        QCOMPARE(options.endpointHost, QStringLiteral("flag.example.com"));
        QVERIFY(options.hostOverrides.isEmpty());
        QCOMPARE(options.skippedSteps, QSet<Step>{Step::Image});
        QStringList texts;
        for (const RecipeNote &n : notes)
            texts << n.text;
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("--tag overrides")), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("--skip overrides")));
        QCOMPARE(texts.filter(QStringLiteral("--endpoint overrides")).size(), 2);
    }

    void decisionsReplayToTheSamePlan()
    {
        const Project project = projectOf(kCustomDomain);
        const Finding *endpoint = findingOf(project, Code::EndpointCustomDomain);
        const Finding *probe = findingOf(project, Code::ProbePath);
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        options.hostOverrides.insert(findingKey(QStringLiteral("gw.yaml"), endpoint->id), QStringLiteral("config.contoso.com"));
        options.disabledFindings.insert(findingKey(QStringLiteral("gw.yaml"), probe->id));
        const ProjectPlan plan = planProject(project, options);
        const Recipe recipe = recipeOf(project, plan, options, true);
        const QByteArray json = recipeJson(recipe);
        QVERIFY2(json.contains("\"service\": \"contoso\""), json.constData());
        QVERIFY(json.contains("\"managementHost\": \"mgmt.contoso.com\""));
        QVERIFY(json.contains("\"rule\": \"probe-path\""));
        QVERIFY(!json.contains("gw.yaml")); // no file names, no lines
        QVERIFY(!json.contains("/in/"));

        // Replayed on a copy under another name: the same bytes.
        const Project copy = projectOf(kCustomDomain, QStringLiteral("other/name.yaml"));
        MigrationOptions replayed;
        QVERIFY(applyRecipe(*parseRecipe(json).recipe, copy, replayed).empty());
        QCOMPARE(planProject(copy, replayed).files[0].migratedText, plan.files[0].migratedText);
    }

    void commandLineEndpointBecomesKeyedAnswer()
    {
        // --endpoint answers every endpoint that cannot be derived; the recipe keys it by service.
        const Project project = projectOf(kCustomDomain);
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        options.endpointHost = QStringLiteral("config.contoso.com");
        const Recipe recipe = recipeOf(project, planProject(project, options), options);
        QCOMPARE(int(recipe.endpoints.size()), 1);
        QCOMPARE(recipe.endpoints[0].host, QStringLiteral("config.contoso.com"));
        QVERIFY(recipe.endpoint.isEmpty());
    }

    void placeholderAnswerIsTheGeneralOne()
    {
        const Project project = projectOf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw-env\ndata:\n  config.service.endpoint: \"paste URL here\"\n");
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        options.endpointHost = QStringLiteral("private.configuration.azure-api.net");
        const Recipe recipe = recipeOf(project, planProject(project, options), options);
        QVERIFY(recipe.endpoints.empty());
        QCOMPARE(recipe.endpoint, QStringLiteral("private.configuration.azure-api.net"));
        MigrationOptions replayed;
        QVERIFY(applyRecipe(recipe, project, replayed).empty());
        QCOMPARE(replayed.endpointHost, options.endpointHost);
    }

    void holdsNoFileContent()
    {
        const Project project = projectOf(kCustomDomain);
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        options.endpointHost = QStringLiteral("config.contoso.com");
        const QByteArray json = recipeJson(recipeOf(project, planProject(project, options), options));
        QVERIFY(!json.contains("GatewayKey"));
        QVERIFY(!json.contains("subscriptions"));
    }
};

QTEST_GUILESS_MAIN(TestRecipe)
#include "tst_recipe.moc"
