// SPDX-License-Identifier: MIT
// The ledger and the safety net: every file ends in one named state, and a gateway reference no
// analyser edits is pending with file:line:col, never a silent "nothing to migrate".
#include "ledger.h"
#include "project.h"

#include <QTest>

using namespace agm;

namespace {

struct Planned
{
    Project project;
    ProjectPlan plan;
    Ledger ledger;
};

Planned planText(const QByteArray &bytes, const QString &name, MigrationOptions options = {})
{
    Planned p;
    LoadResult loaded = decodeSource(bytes, QStringLiteral("/in/") + name, name);
    if (loaded.file) {
        p.project.files.push_back(analyzeSource(std::move(*loaded.file)));
    } else {
        FileAnalysis failed;
        failed.source.relativePath = name;
        failed.findings.push_back(*loaded.error);
        p.project.files.push_back(std::move(failed));
    }
    if (options.tag.isEmpty())
        options.tag = QStringLiteral("2.11.1");
    p.plan = planProject(p.project, options);
    p.ledger = buildLedger(p.project, p.plan);
    return p;
}

const QByteArray kV1Deployment = "apiVersion: v1\n"
                                 "kind: ConfigMap\n"
                                 "metadata:\n"
                                 "  name: gw-env\n"
                                 "data:\n"
                                 "  config.service.endpoint: \"https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\"\n";

const QByteArray kCustomDomain = "apiVersion: v1\n"
                                 "kind: ConfigMap\n"
                                 "metadata:\n"
                                 "  name: gw-env\n"
                                 "data:\n"
                                 "  config.service.endpoint: \"https://mgmt.contoso.com/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\"\n";

const QByteArray kTwoGateways = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw-a\nspec:\n  template:\n    spec:\n"
                                "      containers:\n      - name: gateway\n        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                                "---\n"
                                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw-b\nspec:\n  template:\n    spec:\n"
                                "      containers:\n      - name: gateway\n        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n";

QStringList codes(const Planned &p)
{
    QStringList out;
    for (const Finding &f : p.plan.files[0].findings)
        out << QStringLiteral("%1@%2:%3").arg(codeName(f.code)).arg(f.line).arg(f.column);
    return out;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileStates_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("pending");
        QTest::addColumn<bool>("allClear");

        QTest::newRow("v1 ConfigMap: migrated") << kV1Deployment << "gw.yaml" << "migrated" << 0 << false;
        QTest::newRow("custom domain: needs an answer") << kCustomDomain << "gw.yaml" << "needs-answer" << 1 << false;
        QTest::newRow("already on v2")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw\ndata:\n  config.service.endpoint: \"contoso.configuration.azure-api.net\"\n")
            << "gw.yaml" << "already-v2" << 0 << true;
        QTest::newRow("unrelated YAML") << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  a: b\n") << "cm.yaml"
                                        << "not-deployment" << 0 << true;
        QTest::newRow("Markdown runbook: image and v1 URL to change by hand")
            << QByteArray("# Deploy\n\nRun `docker run -d mcr.microsoft.com/azure-api-management/gateway:1.2.5`.\n\n"
                          "Endpoint: https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview.\n")
            << "RUNBOOK.md" << "cannot-edit" << 2 << false;
        QTest::newRow("TypeScript: floating tag") << QByteArray("const image = \"mcr.microsoft.com/azure-api-management/gateway:latest\";\n") << "deploy.ts"
                                                  << "cannot-edit" << 1 << false;
        QTest::newRow("pinned v2 image in prose is no reference")
            << QByteArray("Use mcr.microsoft.com/azure-api-management/gateway:2.11.1 or the azure-api-management/gateway image.\n") << "notes.md"
            << "not-deployment" << 0 << true;
        QTest::newRow("ARM REST call in a script is no endpoint")
            << QByteArray("#!/bin/sh\naz rest --method post --uri \"https://management.azure.com/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso/gateways/gw/generateToken?api-version=2022-08-01\"\n")
            << "token.sh" << "not-deployment" << 0 << true;
        QTest::newRow("invalid YAML holding a v1 URL: unreadable, and the URL is pending")
            << QByteArray("data:\n  config.service.endpoint: \"https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\"\n  bad: [unclosed\n")
            << "broken.yaml" << "unreadable" << 1 << false;
        QTest::newRow("Helm template with a v1 image")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n      - name: gw\n        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n")
            << "templates/deployment.yaml" << "cannot-edit" << 1 << false;
        QTest::newRow("legacy Arc key in a Markdown runbook")
            << QByteArray("az k8s-extension create --configuration-settings gateway.endpoint='https://contoso.configuration.azure-api.net'\n") << "arc.md"
            << "cannot-edit" << 1 << false;
    }

    void fileStates()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, state);
        QFETCH(int, pending);
        QFETCH(bool, allClear);
        const Planned p = planText(bytes, name);
        QCOMPARE(p.ledger.files.size(), std::size_t(1));
        QVERIFY2(fileStateName(p.ledger.files[0].state) == state, qPrintable(fileStateName(p.ledger.files[0].state) + QStringLiteral(" ") + codes(p).join(QLatin1Char(' '))));
        QCOMPARE(p.ledger.count(ReferenceState::Pending), pending);
        QCOMPARE(p.ledger.allClear(), allClear);
        QVERIFY(!p.ledger.files[0].describe().isEmpty());
    }

    // What the operator reads for a Markdown runbook: where, what to write, with the chosen tag.
    void unhandledReferencesSayWhatToWrite()
    {
        const Planned p = planText("Steps:\n  1. run mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                                   "  url https://contoso.management.azure-api.net/subscriptions/0/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\n",
                                   QStringLiteral("RUNBOOK.md"));
        const auto &findings = p.plan.files[0].findings;
        QCOMPARE(findings.size(), std::size_t(2));
        QCOMPARE(findings[0].code, Code::UnhandledImage);
        QCOMPARE(findings[0].line, 2);
        QCOMPARE(findings[0].column, 10);
        QCOMPARE(findings[0].newValue, QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.11.1"));
        QVERIFY2(findings[0].message().contains(QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.11.1")), qPrintable(findings[0].message()));
        QCOMPARE(findings[1].code, Code::UnhandledEndpoint);
        QCOMPARE(findings[1].line, 3);
        QCOMPARE(findings[1].column, 7);
        QVERIFY2(findings[1].message().contains(QStringLiteral("https://contoso.configuration.azure-api.net")), qPrintable(findings[1].message()));
        QVERIFY(findings[1].oldValue.endsWith(QStringLiteral("api-version=2021-01-01-preview")));
        QVERIFY(p.plan.files[0].edits.empty()); // never edited: the format is not understood
    }

    // A comment in a file its analyser understood is not deployment content.
    void commentsOfUnderstoodFilesAreNotReferences()
    {
        const Planned p = planText(kV1Deployment + "# was: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n", QStringLiteral("gw.yaml"));
        for (const Finding &f : p.plan.files[0].findings)
            QVERIFY2(f.code != Code::UnhandledImage, qPrintable(codes(p).join(QLatin1Char(' '))));
        QCOMPARE(p.ledger.files[0].state, FileState::Migrated);
    }

    void answerAndLeaveOut()
    {
        MigrationOptions answered;
        answered.endpointHost = QStringLiteral("contoso.configuration.azure-api.net");
        QCOMPARE(planText(kCustomDomain, QStringLiteral("gw.yaml"), answered).ledger.files[0].state, FileState::Migrated);

        const Planned open = planText(kCustomDomain, QStringLiteral("gw.yaml"));
        MigrationOptions unticked;
        unticked.disabledFindings.insert(findingKey(QStringLiteral("gw.yaml"), open.plan.files[0].findings[0].id));
        const Planned left = planText(kCustomDomain, QStringLiteral("gw.yaml"), unticked);
        QCOMPARE(left.ledger.files[0].state, FileState::LeftOut);
        QCOMPARE(left.ledger.count(ReferenceState::LeftOut), 1);
        QVERIFY2(left.ledger.files[0].describe().contains(QStringLiteral("left on the v1 URL: this gateway will receive no configuration")),
                 qPrintable(left.ledger.files[0].describe()));
        QVERIFY(left.ledger.allClear()); // the operator's decision, shown but not pending

        MigrationOptions skipped;
        skipped.skippedSteps.insert(Step::Endpoint);
        const Planned skip = planText(kV1Deployment, QStringLiteral("gw.yaml"), skipped);
        QCOMPARE(skip.ledger.files[0].state, FileState::LeftOut);
        QVERIFY(QString(skip.ledger.files[0].references[0].reason).contains(QStringLiteral("step was skipped")));
    }

    void unreadableSaysWhere()
    {
        const Planned p = planText("containers:\n- image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n  a: [unclosed\n", QStringLiteral("bad.yaml"));
        const FileEntry &f = p.ledger.files[0];
        QCOMPARE(f.state, FileState::Unreadable);
        QVERIFY(f.line > 0);
        QVERIFY2(f.describe().startsWith(QStringLiteral("not migrated: ")) && f.describe().contains(QStringLiteral(" at line ")), qPrintable(f.describe()));
        QVERIFY(p.ledger.hasUnreadable());
        QCOMPARE(p.ledger.openItems(), 1);
    }

    // A private mirror gets a note to mirror the new tag; MCR does not; the note is advice, not pending.
    void privateMirrorNote()
    {
        const QByteArray pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: gw\nspec:\n  containers:\n  - name: gw\n"
                               "    image: myregistry.azurecr.io/azure-api-management/gateway:1.2.5\n";
        const Planned mirrored = planText(pod, QStringLiteral("pod.yaml"));
        const auto &findings = mirrored.plan.files[0].findings;
        const auto note = std::find_if(findings.begin(), findings.end(), [](const Finding &f) { return f.code == Code::ImageMirror; });
        QVERIFY(note != findings.end());
        QCOMPARE(note->line, 8);
        QVERIFY(note->message().contains(QStringLiteral("'myregistry.azurecr.io'")));
        QCOMPARE(mirrored.ledger.files[0].state, FileState::Migrated);
        QCOMPARE(mirrored.ledger.count(ReferenceState::Pending), 0);
        const Planned mcr = planText(QByteArray(pod).replace("myregistry.azurecr.io", "mcr.microsoft.com"), QStringLiteral("pod.yaml"));
        for (const Finding &f : mcr.plan.files[0].findings)
            QVERIFY(f.code != Code::ImageMirror);
    }

    // The writers walk 100k findings with a cursor instead of an index: the same reference for
    // every finding, none for an error, and a lookup when the order differs.
    void cursorFindsWhatTheIndexFinds()
    {
        Planned p = planText(kTwoGateways, QStringLiteral("gw.yaml"));
        FilePlan &plan = p.plan.files[0];
        QVERIFY(plan.findings.size() >= 4);
        Finding error = makeFinding(Code::DuplicateKey, QStringLiteral("gw.yaml"), 3, 1, {QStringLiteral("name")});
        error.severity = Severity::Error;
        plan.findings.insert(plan.findings.begin() + 1, error);
        const FileEntry &entry = p.ledger.files[0];
        const auto index = entry.byFindingId();
        ReferenceCursor inOrder(entry);
        for (const Finding &f : plan.findings) {
            const ReferenceEntry *r = inOrder.next(f);
            QCOMPARE(r, f.severity == Severity::Error ? nullptr : index.value(f.id));
            QVERIFY(f.severity == Severity::Error || r);
        }
        ReferenceCursor reversed(entry);
        for (auto f = plan.findings.rbegin(); f != plan.findings.rend(); ++f)
            QCOMPARE(reversed.next(*f), f->severity == Severity::Error ? nullptr : index.value(f->id));
    }

    // Findings repeat a field, a tag, the securityContext's fields and the text their edits insert
    // per gateway: each value is held once, and a plan that only describes itself splices no
    // migrated text.
    void repeatedValuesAreShared()
    {
        const Planned p = planText(kTwoGateways, QStringLiteral("gw.yaml"));
        const std::vector<Finding> &findings = p.plan.files[0].findings;
        const auto sameData = [](const QString &a, const QString &b) { return a == b && a.constData() == b.constData(); };
        int pairs = 0;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            for (std::size_t j = i + 1; j < findings.size(); ++j) {
                const Finding &a = findings[i], &b = findings[j];
                if (a.code != b.code)
                    continue;
                ++pairs;
                QVERIFY(sameData(a.field, b.field));
                QVERIFY(sameData(a.oldValue, b.oldValue) || a.oldValue.isEmpty());
                QVERIFY2(sameData(a.newValue, b.newValue), qPrintable(a.newValue));
                QCOMPARE(a.args, b.args);
                for (int k = 0; k < a.args.size(); ++k)
                    QVERIFY(sameData(a.args[k], b.args[k]));
                QVERIFY(a.resource != b.resource);
                QCOMPARE(a.edits.size(), b.edits.size());
                for (std::size_t k = 0; k < a.edits.size(); ++k) {
                    QVERIFY(!a.edits[k].prefix.isEmpty());
                    QVERIFY(a.edits[k].prefix.sharesWith(b.edits[k].prefix));
                }
            }
        }
        QVERIFY(pairs >= 2);
        // The plan's edits write the same two texts for both gateways.
        const std::vector<Edit> &edits = p.plan.files[0].edits;
        QCOMPARE(edits.size(), std::size_t(4));
        int shared = 0;
        for (std::size_t i = 0; i < edits.size(); ++i) {
            for (std::size_t j = i + 1; j < edits.size(); ++j)
                shared += edits[i].replacement == edits[j].replacement && edits[i].replacement.sharesWith(edits[j].replacement) ? 1 : 0;
        }
        QCOMPARE(shared, 2);
    }

    void describedPlanHasNoMigratedText()
    {
        LoadResult loaded = decodeSource(kTwoGateways, QStringLiteral("/in/gw.yaml"), QStringLiteral("gw.yaml"));
        QVERIFY(loaded.file);
        const FileAnalysis analysis = analyzeSource(std::move(*loaded.file));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const FilePlan spliced = planFile(analysis, analysis.findings, options);
        const FilePlan described = planFile(analysis, analysis.findings, options, MigratedText::NotNeeded);
        QVERIFY(spliced.changes());
        QCOMPARE(spliced.migratedText, splice(analysis.source.text, spliced.edits));
        QVERIFY(described.migratedText.empty());
        QCOMPARE(described.edits.size(), spliced.edits.size());
        for (std::size_t i = 0; i < spliced.edits.size(); ++i)
            QCOMPARE(described.edits[i].replacement, spliced.edits[i].replacement);
        QVERIFY(described.applied == spliced.applied);
    }

    void missingInputIsUnreadable()
    {
        Project project;
        project.errors.push_back(makeFinding(Code::LoadFailed, QStringLiteral("nope.yaml"), 0, 0, {QStringLiteral("it does not exist")}));
        const Ledger ledger = buildLedger(project, planProject(project, {}));
        QCOMPARE(ledger.files.size(), std::size_t(1));
        QCOMPARE(ledger.files[0].state, FileState::Unreadable);
        QVERIFY(!ledger.allClear());
        QVERIFY(ledger.summary().contains(QStringLiteral("1 could not be read")));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
