// SPDX-License-Identifier: MIT
// The engine's masking over the secret canaries (tests/data/canaries): the masked texts the review
// shows, before and after migration, hold no canary, plain or base64, whether the file parsed or
// not (a broken Secret, a Helm template), and keep every line of the file.
#include "../canaries.h"
#include "linediff.h"
#include "project.h"
#include "secretmask.h"

#include <QTest>

using namespace agm;
using namespace agm::test;

class TestSecretMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlCredentials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password with @") << "proxy http://user:p@ss@proxy:3128 here" << "proxy http://user:***@proxy:3128 here";
        QTest::newRow("user with @") << "http://user@corp:PW@proxy:3128/" << "http://user@corp:***@proxy:3128/";
        QTest::newRow("token as user") << "https://ghp_TOKEN@github.com/x" << "https://***@github.com/x";
        QTest::newRow("query token") << "\"https://mirror.example/v2/tags/list?n=100&sig=SECRET&sv=2024\""
                                     << "\"https://mirror.example/v2/tags/list?n=100&sig=***&sv=***\"";
        QTest::newRow("endpoint") << "https://u:pw@fabrikam.configuration.azure-api.net?x=y#frag"
                                  << "https://u:***@fabrikam.configuration.azure-api.net?x=***#frag";
        QTest::newRow("nothing to mask") << "see https://learn.microsoft.com/azure/a?api-version=2021-08-01 now"
                                         << "see https://learn.microsoft.com/azure/a?api-version=2021-08-01 now";
        QTest::newRow("already masked") << "http://user:***@proxy:3128 https://h/p?sig=***" << "http://user:***@proxy:3128 https://h/p?sig=***";
        QTest::newRow("two urls") << "a=https://x:y@h1 b=ftp://h2/?k=v" << "a=https://x:***@h1 b=ftp://h2/?k=***";
    }

    void urlCredentials()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(maskUrlCredentials(text), expected);
        QCOMPARE(QString::fromStdString(maskSecretsInText(text.toStdString())), expected);
    }

    void everyCanaryMasked_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : filesUnder(kCanaryData)) {
            if (!file.endsWith(QLatin1String(".md")))
                QTest::newRow(qPrintable(file)) << file;
        }
    }

    void everyCanaryMasked()
    {
        QFETCH(QString, file);
        const Project project = importPaths({kCanaryData + QLatin1Char('/') + file});
        QCOMPARE(project.files.size(), std::size_t(1));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const ProjectPlan plan = planProject(project, options);
        const FileAnalysis &analysis = project.files.front();
        const MaskedTexts masked = maskedTexts(analysis, plan.files.front());
        const QByteArrayList forms = canaryForms();
        for (const std::string *text : {&masked.original, &masked.migrated}) {
            const QByteArray leaked = findCanary(QByteArray::fromStdString(*text), forms);
            QVERIFY2(leaked.isEmpty(), text->c_str());
            QVERIFY(text->find(kMask) != std::string::npos); // every fixture holds a secret
        }
        QCOMPARE(splitLines(masked.original).size(), splitLines(analysis.source.text).size());
        QCOMPARE(splitLines(masked.migrated).size(), splitLines(plan.files.front().migratedText).size());
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
