// SPDX-License-Identifier: MIT
// The engine's masking over the secret canaries (tests/data/canaries): the masked texts the review
// shows, before and after migration, hold no canary, plain or base64, whether the file parsed or
// not (a broken Secret, a Helm template), and keep every line of the file.
#include "../canaries.h"
#include "../hostilecorpus.h"
#include "../testfiles.h"
#include "linediff.h"
#include "project.h"
#include "report.h"
#include "secretmask.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <regex>

using namespace agm;
using namespace agm::test;

class TestSecretMask : public QObject
{
    Q_OBJECT

    // `diff`, one file's unified diff, applied to `text`; every context and deleted line checked.
    static std::string patched(const std::string &text, const std::string &diff)
    {
        const std::vector<std::string_view> lines = splitLines(text), diffLines = splitLines(diff);
        std::string out;
        std::size_t copied = 0; // lines of `text` done
        bool ok = true;
        for (std::size_t i = 2; i < diffLines.size() && ok; ++i) { // after the two header lines
            std::string line(diffLines[i]);
            if (line.rfind("@@ -", 0) == 0) {
                const std::size_t start = std::stoul(line.substr(4)), comma = line.find(','), space = line.find(' ', 4);
                const bool empty = comma < space && std::stoul(line.substr(comma + 1)) == 0;
                for (const std::size_t hunkStart = empty ? start : start - 1; copied < hunkStart; ++copied)
                    out += lines[copied];
                continue;
            }
            if (i + 1 < diffLines.size() && diffLines[i + 1].rfind("\\ ", 0) == 0) {
                line.pop_back(); // "\ No newline at end of file"
                ++i;
            }
            if (line[0] == '+') {
                out += line.substr(1);
            } else {
                ok = copied < lines.size() && lines[copied] == std::string_view(line).substr(1);
                if (line[0] == ' ')
                    out += lines[copied];
                ++copied;
            }
        }
        for (; ok && copied < lines.size(); ++copied)
            out += lines[copied];
        return ok ? out : std::string("(the diff does not fit the text)");
    }

    static int changedLines(const std::string &diff)
    {
        int changed = 0;
        for (const std::string_view line : splitLines(diff))
            changed += (line[0] == '+' || line[0] == '-') && line.rfind("--- ", 0) != 0 && line.rfind("+++ ", 0) != 0 ? 1 : 0;
        return changed;
    }

    // The pieces of `analysis` (each at least `pieceBytes`) against its whole masked texts: the same
    // bytes, cut at line starts, and a diff that turns one into the other changing as many lines as
    // the whole texts' diff; with `sameDiff`, exactly that diff. How many pieces there were.
    static int comparePiecesWithWhole(const FileAnalysis &analysis, const FilePlan &plan, std::size_t pieceBytes = 1, bool sameDiff = true)
    {
        // The masked texts as they were made before pieces: each whole text spliced, then masked.
        const std::vector<SecretSpan> secrets = secretsToMask(analysis);
        const std::string &text = analysis.source.text;
        MaskedTexts whole{maskSecretsInText(maskedSlice(text, 0, text.size(), secrets)), {}};
        std::size_t copied = 0;
        for (const Edit &e : plan.edits) {
            if (std::none_of(secrets.begin(), secrets.end(), [&e](const SecretSpan &s) { return s.start < e.end && e.start < s.end; })) {
                whole.migrated += maskedSlice(text, copied, e.start, secrets) + e.replacement.str();
                copied = e.end;
            }
        }
        whole.migrated = maskSecretsInText(whole.migrated + maskedSlice(text, copied, text.size(), secrets));
        const MaskedTexts shown = maskedTexts(analysis, plan);
        [&] {
            QVERIFY2(shown.original == whole.original, shown.original.c_str());
            QVERIFY2(shown.migrated == whole.migrated, shown.migrated.c_str());
        }();
        std::string original, migrated, diff;
        int pieces = 0;
        UnifiedDiffWriter writer(QStringLiteral("a/f"), QStringLiteral("b/f"), [&diff](std::string_view piece) { diff += piece; });
        forEachMaskedPiece(analysis, plan, [&](std::string &&o, std::string &&m) {
            if (pieces++ > 0)
                QVERIFY2(original.back() == '\n' && migrated.back() == '\n', "a piece does not start a line");
            original += o;
            migrated += m;
            writer.add(o, m);
        }, pieceBytes);
        [&] {
            QVERIFY2(original == whole.original, original.c_str());
            QVERIFY2(migrated == whole.migrated, migrated.c_str());
            const std::string wholeDiff = unifiedDiff(whole.original, whole.migrated, QStringLiteral("a/f"), QStringLiteral("b/f"));
            if (sameDiff)
                QVERIFY2(diff == wholeDiff, diff.c_str());
            // A line ended by a lone CR is shown with an LF added: such a diff does not apply back.
            const auto loneCr = [](const std::string &masked) { return std::regex_search(masked, std::regex("\r(?!\n)")); };
            if (!loneCr(whole.original) && !loneCr(whole.migrated))
                QVERIFY2(patched(whole.original, diff) == whole.migrated, diff.c_str());
            QCOMPARE(changedLines(diff), changedLines(wholeDiff));
        }();
        return pieces;
    }

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

    // A large file's diff is worked out a piece at a time (forEachMaskedPiece). With pieces as small
    // as they get, on every file the tests hold (golden cases, canaries, hostile and fuzz inputs),
    // the pieces are the whole masked texts cut at line starts, and their diff is the whole texts'.
    void piecesAreTheWholeMaskedTexts()
    {
        int files = 0, cut = 0;
        for (const QString &corpus : {QStringLiteral("golden"), QStringLiteral("canaries"), QStringLiteral("hostile"), QStringLiteral("fuzz")}) {
            const QString dir = QStringLiteral(AGM_TEST_DATA "/") + corpus;
            for (const QString &file : filesUnder(dir)) {
                const Project project = importPaths({dir + QLatin1Char('/') + file});
                if (project.files.size() != 1)
                    continue;
                MigrationOptions options;
                options.tag = QStringLiteral("2.11.1");
                const ProjectPlan plan = planProject(project, options);
                const int pieces = comparePiecesWithWhole(project.files.front(), plan.files.front());
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(corpus + QLatin1Char('/') + file));
                ++files;
                cut += pieces > 1 ? 1 : 0;
            }
        }
        QVERIFY2(files > 300 && cut > 100, qPrintable(QStringLiteral("%1 files, %2 in pieces").arg(files).arg(cut)));
    }

    // The same over generated texts made to trip a piece boundary: the masker's windows beside quiet
    // lines (a key setting whose value follows blank lines, base64 and token lines, URLs, JSON
    // values, CRLF, non-ASCII), random secrets and edits (insertions too), every piece size.
    void piecesAreTheWholeMaskedTextsGenerated()
    {
        static const std::vector<std::string> lines{
            "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: plain", "data:", "  a: b", "---", "", "   ", "\t",
            "  config.service.auth:", "  config.service.auth: GatewayKey gw&209912312359&c2lnbmF0dXJlc2lnbmF0dXJl==",
            "  token: QWxhZGRpbjpvcGVuIHNlc2FtZQ0aB3xYz", "  note: gw&209912312359&U2lnQ2FuYXJ5", "  value: U2VjcmV0VmFsdWVXaXRoMTIzNDU2Nzg5MA",
            "  proxy: http://user:p@ss@proxy:3128", "  url: https://h.example/p?sig=abc&n=1", "{\"name\": \"config.service.auth\",",
            "  \"value\": \"GatewayKey x", "  y\"}", "  image: mcr.microsoft.com/azure-api-management/gateway:1.2.5",
            "  k: caf\xc3\xa9", "  Authorization: Bearer abc", "  GatewayKey", "    gw&209912312359&abcdefSIG", "  key: |", "    QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="};
        QRandomGenerator random(20261207);
        int cut = 0;
        for (int round = 0; round < 400; ++round) {
            FileAnalysis analysis;
            std::string &text = analysis.source.text;
            const bool crlf = random.bounded(4) == 0;
            const int count = 40 + random.bounded(200);
            for (int i = 0; i < count; ++i) {
                // Mostly quiet lines, so that pieces can be cut.
                text += random.bounded(6) ? lines[std::size_t(random.bounded(7))] : lines[std::size_t(random.bounded(int(lines.size())))];
                text += crlf ? "\r\n" : "\n";
            }
            FilePlan plan;
            for (std::size_t at = std::size_t(random.bounded(40)); at < text.size(); at += 1 + std::size_t(random.bounded(800))) {
                const std::size_t end = std::min(text.size(), at + std::size_t(random.bounded(30)));
                if (random.bounded(2))
                    analysis.secrets.push_back({at, std::max(end, at + 1)});
                else
                    plan.edits.push_back({at, end, random.bounded(2) ? SharedText("  securityContext:\n    runAsNonRoot: true\n") : SharedText("v2"), {}});
                at = std::max(end, at + 1);
            }
            if (!analysis.secrets.empty() && analysis.secrets.back().end > text.size())
                analysis.secrets.back().end = text.size();
            // Lines repeat here, so a diff of the whole texts may pair them across a piece's end.
            cut += comparePiecesWithWhole(analysis, plan, std::size_t(1) + std::size_t(random.bounded(400)), false) > 1 ? 1 : 0;
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("round %1").arg(round)));
        }
        QVERIFY2(cut > 100, qPrintable(QString::number(cut)));
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
