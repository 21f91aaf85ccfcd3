// SPDX-License-Identifier: MIT
// The engine's masking over the secret canaries (tests/data/canaries): the masked texts the review
// shows, before and after migration, hold no canary, plain or base64, whether the file parsed or
// not (a broken Secret, a Helm template), and keep every line of the file.
#include "../canaries.h"
#include "../hostilecorpus.h"
#include "linediff.h"
#include "project.h"
#include "report.h"
#include "secretmask.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
        // Proxy values are often written without a scheme.
        QTest::newRow("no scheme") << "u:p@proxy:3128" << "u:***@proxy:3128";
        QTest::newRow("no scheme, '@' in the password") << "HTTPS_PROXY=u:p@ss@proxy.corp:3128 next"
                                                         << "HTTPS_PROXY=u:***@proxy.corp:3128 next";
        QTest::newRow("no scheme, '@' in the user") << "\"user@corp:PW@proxy:1080\"" << "\"user@corp:***@proxy:1080\"";
        QTest::newRow("no scheme, IPv6 host") << "u:p@[::1]:3128" << "u:***@[::1]:3128";
        QTest::newRow("no scheme, JSON-escaped") << "{\\\"value\\\":\\\"u:p@proxy:3128\\\"}" << "{\\\"value\\\":\\\"u:***@proxy:3128\\\"}";
        QTest::newRow("user only") << "http://u@proxy:3128" << "http://***@proxy:3128";
        QTest::newRow("no credentials") << "http://proxy:3128" << "http://proxy:3128";
        QTest::newRow("NO_PROXY list") << ".svc,10.0.0.0/8,localhost" << ".svc,10.0.0.0/8,localhost";
        QTest::newRow("HTML-escaped query") << "https://h/p?api-version=1&amp;sig=S" << "https://h/p?api-version=1&amp;sig=***";
        // No credentials: e-mail addresses, image digests, git remotes.
        QTest::newRow("e-mail") << "ask ops@contoso.example" << "ask ops@contoso.example";
        QTest::newRow("image digest") << "gateway:2.11.1@sha256:0123456789abcdef" << "gateway:2.11.1@sha256:0123456789abcdef";
        QTest::newRow("registry digest") << "registry:5000/gw@sha256:01234" << "registry:5000/gw@sha256:01234";
        QTest::newRow("git remote") << "git@github.com:org/repo.git" << "git@github.com:org/repo.git";
    }

    void urlCredentials()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(maskUrlCredentials(text), expected);
        QCOMPARE(QString::fromStdString(maskSecretsInText(text.toStdString())), expected);
    }

    // Secrets recognised by their shape under any key and in comments: the free-text masker and the
    // spans an analysis adds (the same expressions) mask the same bytes.
    void byShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare token in a comment") << "image: gw:1.2.5 # token gw2&209912312359&c2ln+abc/def==" << "image: gw:1.2.5 # token ***";
        QTest::newRow("bare token, unknown key") << "GW_TOKEN_PRIMARY=gw2&209912312359&c2lnbmF0dXJl\n" << "GW_TOKEN_PRIMARY=***\n";
        QTest::newRow("GatewayKey token") << "key: 'GatewayKey gw&209912312359&c2ln'" << "key: 'GatewayKey ***'";
        QTest::newRow("base64 under a secret key") << "GW_SECRET_BACKUP=Q0FOQVJZNDZCYXNlNjRVbmRlclNlY3JldEtleQ==" << "GW_SECRET_BACKUP=***";
        QTest::newRow("base64 in JSON") << "{\"primaryKey\": \"AbCdEfGhIjKlMnOpQrStUvWx12\"}" << "{\"primaryKey\": \"***\"}";
        QTest::newRow("base64 in a comment") << "# auth: AbCdEfGhIjKlMnOpQrStUvWx/2==" << "# auth: ***";
        QTest::newRow("a resource name") << "secretName: contoso-gateway-token-secret-v2" << "secretName: contoso-gateway-token-secret-v2";
        QTest::newRow("a short value") << "token: Abc123" << "token: Abc123";
        QTest::newRow("base64 under another key") << "checksum: AbCdEfGhIjKlMnOpQrStUvWx12" << "checksum: AbCdEfGhIjKlMnOpQrStUvWx12";
        QTest::newRow("a query string") << "?a=1&b=202601010000&c=2" << "?a=1&b=202601010000&c=2";
        // Long base64 under any key or none (issue 13); digests, hashes, names, paths and URLs stay.
        QTest::newRow("long base64, unknown key") << "FOO_VALUE=q3X0wVZ1mR8sT5yB2nK7cJ4hF9dL6pA0eG3iU1oW8zQxN5vM2bC7kS4tY9rE6jH3gD0fA1lP8uO5wI2zQ\n"
                                                  << "FOO_VALUE=***\n";
        QTest::newRow("long base64, padded, in a comment") << "# backup Kx9QeYvbmyRZfTqWsHnJcLaPduVgBhNiEoXrMkStCyAwFeDjGzQlUpIvObTnR+/x==" << "# backup ***";
        QTest::newRow("long base64 in JSON") << "{\"data\": \"TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsuIFRoZSBxdWljayBicm93bg\"}" << "{\"data\": \"***\"}";
        const QStringList plain{
            QStringLiteral("image: mcr.microsoft.com/azure-api-management/gateway:2.11.1@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            QStringLiteral("thumbprint: 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"),
            QStringLiteral("name: gatewayConfigurationBackupVolumeMountPathForTheRegion2"),
            QStringLiteral("mountPath: /var/lib/ContosoGateway/Configuration/Backup2023/Region1/Data"),
            QStringLiteral("docs: https://learn.microsoft.com/en-us/azure/api-management/HowToDeployGateway2InKubernetes"),
            QStringLiteral("path: Contoso/Gateway2/Config3/Backups4/Production5/Region6/Data7/Files"),
            QStringLiteral("id: 0123456789abcdef0123456789abcdef0123456789abcdef"),
        };
        for (const QString &text : plain)
            QTest::newRow(qPrintable(QStringLiteral("stays: ") + text.section(QLatin1Char(':'), 0, 0))) << text << text;
        // The expressions run on the few lines around a candidate: the key may sit lines above.
        QTest::newRow("value on the line below its key") << "apiKey:\n\n  AbCdEfGhIjKlMnOpQrStUvWx12\n" << "apiKey:\n\n  ***\n";
        QTest::newRow("CRLF, value below its key") << "a: 1\r\ntoken:\r\n\r\n  AbCdEfGhIjKlMnOpQrStUvWx12\r\nb: 2\r\n"
                                                     << "a: 1\r\ntoken:\r\n\r\n  ***\r\nb: 2\r\n";
        QTest::newRow("GatewayKey, token on the next line") << "auth: GatewayKey\n  gw&209912312359&c2ln\n" << "auth: GatewayKey\n  ***\n";
        QTest::newRow("after many plain lines") << QString(QStringLiteral("a: b\n").repeated(5000) + QStringLiteral("x: gw&209912312359&c2ln"))
                                                << QString(QStringLiteral("a: b\n").repeated(5000) + QStringLiteral("x: ***"));
        QTest::newRow("at the very start") << "gw&209912312359&c2ln" << "***";
    }

    void byShape()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(maskSecretsInText(text), expected);
        std::string bytes = text.toStdString();
        std::vector<SecretSpan> spans = secretSpansByShape(bytes);
        std::sort(spans.begin(), spans.end(), [](const SecretSpan &a, const SecretSpan &b) { return a.start > b.start; });
        for (const SecretSpan &span : spans)
            bytes.replace(span.start, span.end - span.start, kMask);
        QCOMPARE(QString::fromStdString(bytes), expected);
    }

    // The analysis finds by shape what the free-text masker masks, in every canary file: spans
    // found on the lines around cheap candidates, the masker over the whole text.
    void shapeSpansMatchMasker_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : filesUnder(kCanaryData))
            QTest::newRow(qPrintable(file)) << file;
    }

    void shapeSpansMatchMasker()
    {
        QFETCH(QString, file);
        std::string bytes = readAll(kCanaryData + QLatin1Char('/') + file).toStdString();
        const QString whole = maskSecretsInText(QString::fromStdString(bytes));
        std::vector<SecretSpan> spans = secretSpansByShape(bytes);
        std::sort(spans.begin(), spans.end(), [](const SecretSpan &a, const SecretSpan &b) { return a.start > b.start; });
        for (const SecretSpan &span : spans)
            bytes.replace(span.start, span.end - span.start, kMask);
        QCOMPARE(maskUrlCredentials(QString::fromStdString(bytes)), whole);
    }

    // The masker runs its expressions in windows around cheap candidates and looks only at words
    // holding '@' or "://": it masks exactly what the whole-text masker masked, on every file the
    // tests hold (canaries, the hostile corpus and its generated files, goldens, fuzz seeds).
    void windowedMaskerMatchesWholeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString data = QStringLiteral(AGM_TEST_DATA);
        for (const QString &file : filesUnder(data))
            QTest::newRow(qPrintable(file)) << readAll(data + QLatin1Char('/') + file);
        for (const HostileEntry &e : hostileManifest()) {
            if (!e.generate.isEmpty() && e.generate.value(QStringLiteral("kind")).toString() != QLatin1String("sparse"))
                QTest::newRow(qPrintable(QStringLiteral("generated ") + e.file)) << generatedHostileFile(e.generate);
        }
        // Matches that reach across blank lines, or a JSON value across lines, and CRLF.
        QTest::newRow("key far above its value") << QByteArray("apiKey:\n\n\n\n\n   \n\t\n  AbCdEfGhIjKlMnOpQrStUvWx12\n");
        QTest::newRow("'=' and value below the key") << QByteArray("gateway.auth.key\n\n\n=\n\n\n  v@lue\r\n");
        QTest::newRow("GatewayKey far above") << QByteArray("GatewayKey\r\n\r\n\r\n\r\n\r\nx:/gw&209912312359&c2ln\n");
        QTest::newRow("JSON value over lines") << QByteArray("[{\"name\"\n\n:\n\n\"config.service.auth\"\n,\n\n\n\n\"value\"\n:\"a\nb\nc\nd\ne\nf\"}]\n");
        // A text of many 64 KiB pieces (the std::string masker's URL pieces), URLs and a token among them.
        QByteArray large;
        for (int n = 0; large.size() < (300 << 10); ++n)
            large += n % 97 == 0 ? QByteArray("  token: gw&209912312359&c2lnbmF0dXJl\r\n")
                                 : QByteArray("  url: https://user:pa55@host.example.com/p?sig=abc&api-version=1 # ") + QByteArray::number(n) + '\n';
        QTest::newRow("URLs over many pieces") << large;
        QTest::newRow("byte order mark inside") << QByteArray("a: 1\n\xef\xbb\xbfurl: https://u:p@h/x\n");
        // Pieces of every shape and URL put together at random (fixed seed).
        const QByteArrayList pieces{"GatewayKey", " ", "\n", "\r\n", "\r", "\t", "gw&209912312359&", "sig", "auth", "config.service.auth",
                                    "gateway.authKey", "\"name\"", "\"value\"", ":", "=", "\"", "'", ",", "{", "}", "***", "@", "://", "https",
                                    "u:p@h:80", "?a=b&c=d", "AbCdEfGhIjKlMnOpQrStUvWx12", "token", "Secret", "\xc3\xa9", "\xff", "/", "==", "-"};
        QRandomGenerator random(16);
        for (int n = 0; n < 3000; ++n) {
            QByteArray text;
            for (int k = int(random.bounded(60u)); k > 0; --k)
                text += pieces.at(int(random.bounded(quint32(pieces.size()))));
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(n))) << text;
        }
    }

    void windowedMaskerMatchesWholeText()
    {
        QFETCH(QByteArray, bytes);
        const QString text = QString::fromUtf8(bytes.constData(), bytes.size()); // Qt 5 would stop at a NUL
        QCOMPARE(maskSecretsInText(text), detail::maskSecretsInWholeText(text));
        // The std::string overloads take a shortcut where nothing can hold a secret, and mask valid
        // UTF-8 piece by piece: the same as the text's round trip through the QString masker.
        const std::string original = bytes.toStdString();
        const std::string masked = maskSecretsInText(original);
        QVERIFY(masked == original || QString::fromStdString(masked) == detail::maskSecretsInWholeText(text));
        if (firstInvalidUtf8(original) == std::string::npos)
            QVERIFY(masked == maskSecretsInText(text).toStdString());
        QVERIFY(maskSecretsInText(std::string(original)) == masked);
    }

    // A v1 endpoint with credentials is migrated (its v2 host has none); the old side of the diff,
    // the finding's old value and its message show the host, never the password or the SAS token.
    void migratedEndpointCredentials()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gw.env"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("config.service.endpoint=https://admin:PwSecret1@contoso.management.azure-api.net/subscriptions/0/resourceGroups/rg"
                   "/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview&sig=SigSecret2\n");
        file.close();
        const Project project = importPaths({path});
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const ProjectPlan plan = planProject(project, options);
        QVERIFY(QString::fromStdString(plan.files.front().migratedText).contains(QLatin1String("contoso.configuration.azure-api.net")));
        const MaskedTexts masked = maskedTexts(project.files.front(), plan.files.front());
        QString shown = QString::fromStdString(masked.original) + QString::fromUtf8(unifiedPatch(project, plan))
                        + QString::fromUtf8(jsonReport(project, plan, {})) + QString::fromUtf8(markdownReport(project, plan, {}));
        for (const Finding &f : plan.files.front().findings)
            shown += f.message();
        QVERIFY(shown.contains(QLatin1String("admin:***@contoso.management.azure-api.net")));
        QVERIFY2(!shown.contains(QLatin1String("PwSecret1")) && !shown.contains(QLatin1String("SigSecret2")), qPrintable(shown));
    }

    // The Markdown and HTML reports are written and masked in pieces of about 32k characters: across
    // a report of many pieces, no token beside an image nor a v1 URL's signature shows in any of
    // them, in the findings' rows or the diff.
    void reportsInPiecesMaskEveryPiece()
    {
        QByteArray yaml;
        for (int n = 0; n < 300; ++n) {
            const QByteArray i = QByteArray::number(n);
            yaml += "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw-" + i + "-env\ndata:\n"
                    "  config.service.endpoint: \"https://c" + i + ".management.azure-api.net/subscriptions/0/resourceGroups/rg"
                    "/providers/Microsoft.ApiManagement/service/c" + i + "?api-version=2021-01-01-preview&sig=SigCanary" + i + "\"\n---\n"
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw-" + i + "\nspec:\n  template:\n    spec:\n"
                    "      containers:\n      - name: gateway\n"
                    "        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5 # token gw" + i + "&209912312359&U2lnQ2FuYXJ5" + i + "\n---\n";
        }
        LoadResult loaded = decodeSource(yaml, QStringLiteral("/in/gw.yaml"), QStringLiteral("gw.yaml"));
        QVERIFY(loaded.file);
        Project project;
        project.files.push_back(analyzeSource(std::move(*loaded.file)));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const ProjectPlan plan = planProject(project, options);
        QVERIFY(plan.files.front().changes());
        for (const QByteArray &report : {markdownReport(project, plan, {}), htmlReport(project, plan, {})}) {
            QVERIFY2(report.size() > 10 * (32 << 10), QByteArray::number(report.size()).constData());
            QVERIFY(report.contains("c299.management.azure-api.net"));
            QVERIFY(!report.contains("SigCanary"));
            QVERIFY(!report.contains("U2lnQ2FuYXJ5"));
        }
    }

    // The analysis itself knows each secret of a parsed file (sidecar and init containers, typed
    // lists, tokens in comments, proxy passwords holding '@'): the spans alone, before the free-text
    // masker, hide every canary. Not the endpoint's URL credentials (38, 39): its edit replaces the
    // whole value, so the text masker hides them.
    void everyCanaryInASecretSpan_data()
    {
        everyCanaryMasked_data();
    }

    void everyCanaryInASecretSpan()
    {
        QFETCH(QString, file);
        const Project project = importPaths({kCanaryData + QLatin1Char('/') + file});
        const FileAnalysis &analysis = project.files.front();
        if (analysis.hasErrors() || analysis.format == Format::HelmTemplate)
            QSKIP("masked line by line (maskedTexts), not by the analysis");
        std::string text = analysis.source.text;
        for (auto it = analysis.secrets.rbegin(); it != analysis.secrets.rend(); ++it) // in order, without overlaps
            text.replace(it->start, it->end - it->start, kMask);
        const QByteArray shown = QByteArray::fromStdString(text).replace("CANARY38", "").replace("CANARY39", "");
        QVERIFY2(findCanary(shown, canaryForms()).isEmpty(), leakReport(shown, canaryForms()).constData());
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
