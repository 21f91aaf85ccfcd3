// SPDX-License-Identifier: MIT
// Secret canaries through the command line at its most verbose: no canary, plain or base64, in
// stdout, stderr or any file written, except in the migrated files themselves, where every secret
// stays exactly as it was.
#include "../canaries.h"
#include "../clirun.h"
#include "../net/loopbackserver.h"
#include "../testfiles.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace agm::test;

namespace {

using Run = agm::test::CliRun;

// The program at its most verbose, with a cache folder of its own; err also gets whatever the run
// left in that folder.
Run runVerbose(const QStringList &args)
{
    static QTemporaryDir cache;
    Run r = runCli(QStringList{QStringLiteral("--verbose")} + args,
                   {QStringLiteral("QT_LOGGING_RULES=*.debug=true"), QStringLiteral("XDG_CACHE_HOME=") + cache.path()});
    for (const QString &file : filesUnder(cache.path()))
        r.err += readAll(cache.filePath(file));
    return r;
}

// check, through a DNS server address nobody serves: no traffic leaves the machine, and the check
// still reads every file and reports. The path to read follows.
QStringList checkFrom(bool json = false)
{
    return QStringList{QStringLiteral("check"), QStringLiteral("--dns-server"), QStringLiteral("127.0.0.254"), QStringLiteral("--timeout"),
                       QStringLiteral("1")}
           + (json ? QStringList{QStringLiteral("--json")} : QStringList()) + QStringList{QStringLiteral("--from")};
}

bool copyTree(const QString &from, const QString &to)
{
    for (const QString &file : filesUnder(from)) {
        QDir().mkpath(QFileInfo(to + QLatin1Char('/') + file).absolutePath());
        if (!QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file))
            return false;
    }
    return true;
}

// The one invalid file: never written, in any mode.
constexpr char kBrokenFile[] = "broken-secret.yaml";

} // namespace

class TestCanaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_forms = canaryForms();
        // Every place of README.md is there: canaries 01 to 50 (40, 51 and 52 live in this file's code), plain or inside a base64 form.
        QSet<QByteArray> numbers;
        QByteArray all;
        for (const QString &file : filesUnder(kCanaryData))
            all += readAll(kCanaryData + QLatin1Char('/') + file);
        for (const QByteArray &form : m_forms)
            all += QByteArray::fromBase64(form) + '\n'; // one canary per form, never run together
        for (const QByteArray &canary : plainCanaries(all))
            numbers.insert(canary.mid(6, 2));
        QCOMPARE(numbers.size(), 49);
    }

    // Outputs that must hold no canary at all.
    void nothingLeaks_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("files"); // written by the run, relative to its folder
        const QStringList migrate{QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1")};
        QTest::newRow("diff") << migrate << QStringList();
        QTest::newRow("json, -v after the command") << migrate + QStringList{QStringLiteral("--json"), QStringLiteral("-v")} << QStringList();
        QTest::newRow("check") << migrate + QStringList{QStringLiteral("--check")} << QStringList();
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")})
            QTest::newRow(qPrintable(QStringLiteral("report .") + format))
                << migrate + QStringList{QStringLiteral("--report"), QStringLiteral("@/report.") + format} << QStringList{QStringLiteral("report.") + format};
        QTest::newRow("--save-recipe") << migrate + QStringList{QStringLiteral("--endpoint"), QStringLiteral("fabrikam.configuration.azure-api.net"),
                                                                QStringLiteral("--save-recipe"), QStringLiteral("@/recipe.json")}
                                       << QStringList{QStringLiteral("recipe.json")};
        QTest::newRow("check --from") << checkFrom() << QStringList();
        QTest::newRow("check --json --from") << checkFrom(true) << QStringList();
    }

    void nothingLeaks()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        args.replaceInStrings(QStringLiteral("@"), dir.path());
        const Run r = runVerbose(args + QStringList{kCanaryData});
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QVERIFY2(r.err.contains("agm."), "no log lines: --verbose did nothing");
        QByteArray everything = r.out + r.err;
        for (const QString &f : files) {
            const QByteArray bytes = readAll(dir.filePath(f));
            QVERIFY2(!bytes.isEmpty(), qPrintable(f));
            everything += bytes;
        }
        QCOMPARE(filesUnder(dir.path()), files);
        const QByteArray leaked = findCanary(everything, m_forms);
        QVERIFY2(leaked.isEmpty(), leakReport(everything, m_forms).constData());
    }

    // A usage error repeats the argument as typed, an endpoint URL's password and token masked.
    void usageErrorsMask_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("repeated"); // the message repeats the argument
        const QString url = QStringLiteral("http://gwadmin:CANARY51UsagePassword@apim-mgmt.fabrikam.example/service/x?api-version=1&sig=CANARY52UsageSig");
        QTest::newRow("--endpoint") << QStringList{QStringLiteral("migrate"), QStringLiteral("--endpoint"), url, kCanaryData} << true;
        QTest::newRow("--tag") << QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), url, kCanaryData} << true;
        QTest::newRow("--skip") << QStringList{QStringLiteral("migrate"), QStringLiteral("--skip"), url, kCanaryData} << true;
        QTest::newRow("an unknown option") << QStringList{QStringLiteral("migrate"), QStringLiteral("--endpont=") + url, kCanaryData} << false;
        QTest::newRow("check HOST") << QStringList{QStringLiteral("check"), url} << true;
        QTest::newRow("an unknown command") << QStringList{url} << true;
    }

    void usageErrorsMask()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, repeated);
        const Run r = runVerbose(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("apim-mgmt.fabrikam.example") == repeated, r.err.constData()); // the host stays, to recognise the argument
        QVERIFY2(!r.err.contains("CANARY5") && !r.out.contains("CANARY5"), r.err.constData());
    }

    // check --from one file at a time: each file's pod settings and notes (proxies, the endpoint
    // that is no v2 host yet), as text and as JSON.
    void checkFromEachFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("json");
        for (const QString &file : filesUnder(kCanaryData)) {
            if (file.endsWith(QLatin1String(".md")))
                continue;
            QTest::newRow(qPrintable(file)) << file << false;
            QTest::newRow(qPrintable(file + QStringLiteral(" --json"))) << file << true;
        }
    }

    void checkFromEachFile()
    {
        QFETCH(QString, file);
        QFETCH(bool, json);
        const Run r = runVerbose(checkFrom(json) + QStringList{kCanaryData + QLatin1Char('/') + file});
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QVERIFY2(findCanary(r.out + r.err, m_forms).isEmpty(), leakReport(r.out + r.err, m_forms).constData());
    }

    // --out: the copies keep each secret byte for byte; logs and stdout still hold none.
    void migratedCopiesKeepSecrets()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = runVerbose({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--out"), out,
                                  QStringLiteral("--report"), dir.filePath(QStringLiteral("report.html")), kCanaryData});
        QCOMPARE(r.exitCode, 2); // broken-secret.yaml is invalid; the other files are written
        const QByteArray shown = r.out + r.err + readAll(dir.filePath(QStringLiteral("report.html")));
        QVERIFY2(findCanary(shown, m_forms).isEmpty(), leakReport(shown, m_forms).constData());
        checkSecretsKept(kCanaryData, out);
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QString::fromLatin1(kBrokenFile))));
    }

    // --in-place: the rewritten files and their backups keep each secret; nothing else holds one.
    void inPlaceKeepsSecrets()
    {
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("work"));
        QVERIFY(copyTree(kCanaryData, work));
        const Run r = runVerbose({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), QStringLiteral("--in-place"), work});
        QCOMPARE(r.exitCode, 2); // broken-secret.yaml is invalid; the other files are rewritten
        QVERIFY2(findCanary(r.out + r.err, m_forms).isEmpty(), leakReport(r.out + r.err, m_forms).constData());
        QVERIFY(r.out.contains(".bak"));
        checkSecretsKept(kCanaryData, work);
        QVERIFY(!QFileInfo::exists(QDir(work).filePath(QString::fromLatin1(kBrokenFile)) + QStringLiteral(".bak")));
        for (const QString &file : filesUnder(work)) {
            if (file.endsWith(QLatin1String(".bak")))
                QCOMPARE(readAll(work + QLatin1Char('/') + file), readAll(kCanaryData + QLatin1Char('/') + file.chopped(4)));
        }
    }

    // The registry's bearer token (our own Authorization header) is never printed or logged, not
    // even by Qt's network categories at debug level, for the tag list and the digest request.
    void registryTokenNeverLogged()
    {
        const QByteArray token = "CANARY40RegistryBearerToken";
        quint16 port = 0;
        agm::test::LoopbackServer server([&](const agm::test::HttpRequest &req) {
            if (req.target.startsWith("/token"))
                return agm::test::HttpResponse::json("{\"token\":\"" + token + "\"}");
            if (req.headers.value("authorization") != "Bearer " + token)
                return agm::test::HttpResponse::json("{}", 401, "Unauthorized")
                    .header("WWW-Authenticate", "Bearer realm=\"http://127.0.0.1:" + QByteArray::number(port) + "/token\",service=\"registry.test\"");
            if (req.method == "HEAD")
                return agm::test::HttpResponse::json("{}").header("Docker-Content-Digest", "sha256:" + QByteArray(64, 'b'));
            return agm::test::HttpResponse::json("{\"name\":\"azure-api-management/gateway\",\"tags\":[\"2.11.1\",\"1.2.5\"]}");
        });
        port = server.serverPort();
        const Run r = runVerbose({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--digest"), QStringLiteral("2.11.1"),
                                  QStringLiteral("--tags-url"), server.url().toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(server.requests.size() >= 4);
        QCOMPARE(server.requests.last().headers.value("authorization"), "Bearer " + token);
        QVERIFY2(r.err.contains("agm.net"), r.err.constData());
        const QByteArray leaked = findCanary(r.out + r.err, m_forms);
        QVERIFY2(leaked.isEmpty(), r.err.constData());
    }

private:
    // Each written file holds the very secrets of its input, in the same order.
    void checkSecretsKept(const QString &inputDir, const QString &writtenDir)
    {
        int compared = 0;
        for (const QString &file : filesUnder(writtenDir)) {
            if (file.endsWith(QLatin1String(".bak")) || file == QLatin1String(kBrokenFile))
                continue;
            const QByteArray input = readAll(inputDir + QLatin1Char('/') + file);
            const QByteArray written = readAll(writtenDir + QLatin1Char('/') + file);
            QVERIFY2(!input.isEmpty(), qPrintable(file + QStringLiteral(": written, but not an input")));
            QCOMPARE(plainCanaries(written), plainCanaries(input));
            for (const QByteArray &form : m_forms)
                QCOMPARE(written.count(form), input.count(form));
            compared += int(plainCanaries(input).size());
        }
        int all = 0;
        for (const QString &file : filesUnder(inputDir)) {
            if (file != QLatin1String(kBrokenFile))
                all += int(plainCanaries(readAll(inputDir + QLatin1Char('/') + file)).size());
        }
        QCOMPARE(compared, all); // every valid file with a secret was written
    }

    QByteArrayList m_forms;
};

QTEST_GUILESS_MAIN(TestCanaries)
#include "tst_canaries.moc"
