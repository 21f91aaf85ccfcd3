// SPDX-License-Identifier: MIT
// The SARIF writer where the command line cannot easily reach: an edit that touches a secret gets
// no fix (its replacement could carry the secret, and a masked one would write "***"), and the
// result says why. The golden cases and the Multitool are in tests/cli/tst_sarif.cpp.
#include "ledger.h"
#include "project.h"
#include "sarifreport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace agm;

class TestSarifReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFixWhereAnEditTouchesASecret()
    {
        const QString path = QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input/gateway.yaml");
        LoadResult loaded = loadSourceFile(path, QStringLiteral("gateway.yaml"));
        QVERIFY(loaded.file);
        Project project;
        project.root = QFileInfo(path).absolutePath();
        project.files.push_back(analyzeSource(std::move(*loaded.file)));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        ProjectPlan plan;
        plan.files.push_back(planFile(project.files.front(), options));
        const auto image = std::find_if(plan.files.front().edits.begin(), plan.files.front().edits.end(),
                                        [](const Edit &e) { return e.findingId.toString().startsWith(QLatin1String("image-floating:")); });
        QVERIFY(image != plan.files.front().edits.end());
        // As if the image value were a secret the analyser located.
        project.files.front().secrets.push_back({image->start, image->end});

        ReportContext context;
        context.tag = options.tag;
        const QJsonArray results = QJsonDocument::fromJson(sarifReport(project, plan, context)).object().value(QStringLiteral("runs")).toArray()
                                       .at(0).toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &value : results) {
            const QJsonObject r = value.toObject();
            const bool isImage = r.value(QStringLiteral("ruleId")).toString() == QLatin1String("image-floating");
            QCOMPARE(r.contains(QStringLiteral("fixes")), !isImage);
            QCOMPARE(r.value(QStringLiteral("properties")).toObject().value(QStringLiteral("fixOmitted")).toString().contains(QLatin1String("secret")), isImage);
        }
    }
};

QTEST_GUILESS_MAIN(TestSarifReport)
#include "tst_sarifreport.moc"
