// SPDX-License-Identifier: MIT
// "tags" and migrate's tag source, run as a real process against a registry this test serves on
// 127.0.0.1 (plain http is allowed for loopback), with the cache in a temporary folder.
#include "../clirun.h"
#include "../net/loopbackserver.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using agm::test::HttpRequest;
using agm::test::HttpResponse;
using agm::test::LoopbackServer;

namespace {

const QString kData = QStringLiteral(AGM_TEST_DATA);
const QByteArray kTags = "{\"name\":\"azure-api-management/gateway\",\"tags\":[\"latest\",\"v2\",\"2.9.2\",\"2.99.0\",\"2.99.1-preview-1\",\"1.2.5\"]}";
const QByteArray kDigest = "sha256:" + QByteArray(64, 'b');

using Run = agm::test::CliRun;

Run run(const QStringList &args, const QString &cacheHome)
{
    return agm::test::runCli(args, {QStringLiteral("XDG_CACHE_HOME=") + cacheHome});
}

} // namespace

class TestTagsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cache.reset(new QTemporaryDir);
        QVERIFY(m_cache->isValid());
    }

    void jsonFromTheLiveList()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json(kTags); });
        const QString url = server.url().toString();
        const Run r = run({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--tags-url"), url}, m_cache->path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(server.requests.size(), 1);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("live"));
        QCOMPARE(json.value(QStringLiteral("url")).toString(), url);
        const QDateTime fetchedAt = QDateTime::fromString(json.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
        QVERIFY(fetchedAt.isValid());
        QCOMPARE(fetchedAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(json.value(QStringLiteral("recommended")).toString(), QStringLiteral("2.99.0"));
        QVERIFY(!json.contains(QStringLiteral("fallbackReason")));
        const QJsonArray tags = json.value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), 6);
        QStringList kinds;
        for (const QJsonValue &v : tags) {
            const QJsonObject tag = v.toObject();
            QCOMPARE(tag.keys(), (QStringList{QStringLiteral("kind"), QStringLiteral("name")}));
            kinds << tag.value(QStringLiteral("name")).toString() + QLatin1Char('=') + tag.value(QStringLiteral("kind")).toString();
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("2.99.0=pinned"), QStringLiteral("2.9.2=pinned"), QStringLiteral("v2=rolling"),
                                     QStringLiteral("2.99.1-preview-1=preview"), QStringLiteral("latest=floating"),
                                     QStringLiteral("1.2.5=legacy")}));
    }

    void humanTable()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json(kTags); });
        const Run r = run({QStringLiteral("tags"), QStringLiteral("--tags-url"), server.url().toString()}, m_cache->path());
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.value(0).simplified(), QByteArray("TAG KIND"));
        QCOMPARE(lines.value(1).simplified(), QByteArray("2.99.0 pinned (recommended)"));
        QCOMPARE(lines.value(2).simplified(), QByteArray("2.9.2 pinned"));
        QVERIFY2(r.out.contains(QByteArray("\nsource: live from " + server.url().toEncoded() + ", fetched 20")), r.out.constData());
    }

    // The registry goes down: the cache of its last answer, with its age; offline likewise.
    void fallsBackToTheCacheThenTheSnapshot()
    {
        bool up = true;
        LoopbackServer server([&](const HttpRequest &) {
            return up ? HttpResponse::json(kTags) : HttpResponse::json("{}", 500, "Internal Server Error");
        });
        const QString url = server.url().toString();
        QCOMPARE(run({QStringLiteral("tags"), QStringLiteral("--tags-url"), url}, m_cache->path()).exitCode, 0);
        up = false;

        const Run cached = run({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--tags-url"), url}, m_cache->path());
        QCOMPARE(cached.exitCode, 0);
        QCOMPARE(cached.json().value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
        QCOMPARE(cached.json().value(QStringLiteral("recommended")).toString(), QStringLiteral("2.99.0"));
        QVERIFY(cached.json().value(QStringLiteral("fallbackReason")).toString().contains(QLatin1String("HTTP 500")));
        QVERIFY(cached.json().contains(QStringLiteral("ageSeconds")));
        QVERIFY2(cached.err.startsWith("note: the live tag list failed: "), cached.err.constData());
        QVERIFY2(cached.err.contains(QByteArray("using the cache of " + url.toUtf8() + ", fetched ")), cached.err.constData());

        const int requests = server.requests.size();
        const Run offline = run({QStringLiteral("tags"), QStringLiteral("--offline"), QStringLiteral("--tags-url"), url}, m_cache->path());
        QCOMPARE(offline.exitCode, 0);
        QVERIFY2(offline.out.contains(QByteArray("\nsource: cache of " + url.toUtf8())), offline.out.constData());
        QVERIFY2(offline.out.contains(" ago)"), offline.out.constData());
        QCOMPARE(server.requests.size(), requests);

        // No cache for the default registry: the bundled snapshot, and a note why.
        const Run bundled = run({QStringLiteral("tags"), QStringLiteral("--offline"), QStringLiteral("--json")}, m_cache->path());
        QCOMPARE(bundled.exitCode, 0);
        QCOMPARE(bundled.json().value(QStringLiteral("source")).toString(), QStringLiteral("bundled"));
        QVERIFY(!bundled.json().value(QStringLiteral("recommended")).toString().isEmpty());
        QVERIFY2(bundled.err.startsWith("note: offline: no cached tag list for https://mcr.microsoft.com/"), bundled.err.constData());
    }

    void digest()
    {
        LoopbackServer server([](const HttpRequest &req) {
            if (req.method == "HEAD")
                return HttpResponse::json("{}").header("Docker-Content-Digest", kDigest);
            return HttpResponse::json(kTags);
        });
        const QString url = server.url().toString();
        const Run json = run({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--tags-url"), url,
                              QStringLiteral("--digest"), QStringLiteral("2.9.2")}, m_cache->path());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject digest = json.json().value(QStringLiteral("digest")).toObject();
        QCOMPARE(digest.value(QStringLiteral("reference")).toString(), QStringLiteral("2.9.2@") + QString::fromLatin1(kDigest));
        QVERIFY(!digest.contains(QStringLiteral("lastModified")));
        QCOMPARE(server.requests.last().method, QByteArray("HEAD"));
        QCOMPARE(server.requests.last().target, QByteArray("/v2/azure-api-management/gateway/manifests/2.9.2"));

        const Run human = run({QStringLiteral("tags"), QStringLiteral("--tags-url"), url, QStringLiteral("--digest"), QStringLiteral("2.9.2")},
                              m_cache->path());
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(QByteArray("\ndigest: 2.9.2@" + kDigest + " (application/json)\n")), human.out.constData());
    }

    // A mirror's SAS token in --tags-url goes to the registry and nowhere else: not stderr, not the
    // JSON (url, description, fallbackReason), not the cache's names or contents. The cache is
    // keyed by the masked URL, so it still answers once the token is renewed.
    void sasTokenIsNeverShownNorStored()
    {
        bool up = true;
        LoopbackServer server([&](const HttpRequest &) {
            return up ? HttpResponse::json(kTags) : HttpResponse::json("{}", 500, "Internal Server Error");
        });
        QUrl url = server.url();
        url.setQuery(QStringLiteral("sv=2024-05-04&sig=S3cretSig%2Bx"));
        const QString withToken = url.toString(QUrl::FullyEncoded);
        auto clean = [](const Run &r) { return !r.out.contains("S3cretSig") && !r.err.contains("S3cretSig"); };

        const Run live = run({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--tags-url"), withToken}, m_cache->path());
        QCOMPARE(live.exitCode, 0);
        QVERIFY2(server.requests.value(0).target.contains("sig=S3cretSig"), server.requests.value(0).target.constData());
        QVERIFY2(clean(live), live.out.constData());
        const QString shownUrl = live.json().value(QStringLiteral("url")).toString();
        QVERIFY2(shownUrl.startsWith(server.url().toString()) && shownUrl.contains(QLatin1String("sig=***")), qPrintable(shownUrl));
        int files = 0;
        QDirIterator it(m_cache->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!path.contains(QLatin1String("S3cretSig")) && !f.readAll().contains("S3cretSig"), qPrintable(path));
            ++files;
        }
        QCOMPARE(files, 1);

        up = false;
        const Run json = run({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--tags-url"), withToken}, m_cache->path());
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
        QVERIFY(json.json().value(QStringLiteral("fallbackReason")).toString().contains(QLatin1String("HTTP 500")));
        QVERIFY2(clean(json), json.out.constData());
        QVERIFY2(clean(json), json.err.constData());
        const Run human = run({QStringLiteral("tags"), QStringLiteral("--tags-url"), withToken}, m_cache->path());
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.err.startsWith("note: the live tag list failed: "), human.err.constData());
        QVERIFY2(clean(human), human.err.constData());

        url.setQuery(QStringLiteral("sv=2024-05-04&sig=N3wSig"));
        const Run renewed = run({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--tags-url"),
                                 url.toString(QUrl::FullyEncoded)}, m_cache->path());
        QCOMPARE(renewed.exitCode, 0);
        QCOMPARE(renewed.json().value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
        QVERIFY2(!renewed.out.contains("N3wSig") && !renewed.err.contains("N3wSig"), renewed.out.constData());

        // A refused URL's message does not echo the token either.
        const Run refused = run({QStringLiteral("tags"), QStringLiteral("--tags-url"),
                                 QStringLiteral("http://mirror.example/v2/gw/tags/list?sig=S3cretSig")}, m_cache->path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(clean(refused) && refused.err.contains("mirror.example"), refused.err.constData());
    }

    // Headers and reason phrases from the registry reach the terminal with every control character
    // escaped: an ESC could otherwise drive the terminal or forge lines.
    void controlCharactersFromTheRegistryAreEscaped_data()
    {
        QTest::addColumn<QByteArray>("digestHeader");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("an ESC in Docker-Content-Digest") << QByteArray("sha256:\x1b]0;pwned\x07\x1b[2J") << QByteArray("application/json") << 200
                                                         << QByteArray("OK") << 2;
        QTest::newRow("an ESC in the media type") << kDigest << QByteArray("application/json\x1b[31m") << 200 << QByteArray("OK") << 0;
        QTest::newRow("an ESC in the reason phrase") << kDigest << QByteArray("application/json") << 404 << QByteArray("Gone\x1b[2J") << 2;
    }

    void controlCharactersFromTheRegistryAreEscaped()
    {
        QFETCH(QByteArray, digestHeader);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(int, exitCode);
        LoopbackServer server([&](const HttpRequest &req) {
            if (req.method != "HEAD")
                return HttpResponse::json(kTags);
            HttpResponse r;
            r.status = status;
            r.reason = reason;
            r.header("Content-Type", contentType).header("Docker-Content-Digest", digestHeader);
            return r;
        });
        // --verbose: the log lines too (Qt's error text quotes the reason phrase).
        const Run r = run({QStringLiteral("tags"), QStringLiteral("--verbose"), QStringLiteral("--tags-url"), server.url().toString(),
                           QStringLiteral("--digest"), QStringLiteral("2.9.2")}, m_cache->path());
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(server.requests.size(), 2);
        for (const QByteArray &stream : {r.out, r.err}) {
            for (char c : stream)
                QVERIFY2(uchar(c) >= 0x20 || c == '\n', stream.toPercentEncoding(" /:;,()@").constData());
        }
        const QByteArray both = r.out + r.err;
        QVERIFY2(both.contains("\\x1b"), both.constData());
    }

    // A proxy variable that names no usable proxy is said on stderr and in the JSON, never
    // dropped silently (0.0.0.0 is no loopback name, so proxy rules apply, and it needs no DNS).
    void unusableProxyVariableIsSaid()
    {
        const QStringList env{QStringLiteral("HTTPS_PROXY=https://me:s3cret@proxy.example:3128")};
        const QString url = QStringLiteral("https://0.0.0.0:1/v2/azure-api-management/gateway/tags/list");
        const QByteArray warning = "warning: HTTPS_PROXY (https://me:***@proxy.example:3128) ignored: not an http://, socks5:// or "
                                   "socks5h:// proxy URL; the registry was asked without a proxy.";
        const Run json = agm::test::runCli({QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--tags-url"), url},
                                           env + QStringList{QStringLiteral("XDG_CACHE_HOME=") + m_cache->path()});
        QCOMPARE(json.exitCode, 0); // the bundled snapshot answers
        QVERIFY2(json.err.contains(warning), json.err.constData());
        QVERIFY2(json.json().value(QStringLiteral("proxyProblem")).toString().startsWith(QLatin1String("HTTPS_PROXY (https://me:***@")),
                 json.out.constData());
        const Run human = agm::test::runCli({QStringLiteral("tags"), QStringLiteral("--tags-url"), url},
                                            env + QStringList{QStringLiteral("XDG_CACHE_HOME=") + m_cache->path()});
        QVERIFY2(human.err.contains(warning), human.err.constData());
        for (const Run &r : {json, human})
            QVERIFY(!r.out.contains("s3cret") && !r.err.contains("s3cret"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("plain http to another host")
                << QStringList{QStringLiteral("tags"), QStringLiteral("--tags-url"), QStringLiteral("http://mirror.example/v2/gw/tags/list")}
                << QByteArray("plain http is allowed only for loopback hosts");
        QTest::newRow("an ftp URL") << QStringList{QStringLiteral("tags"), QStringLiteral("--tags-url"), QStringLiteral("ftp://mirror.example/x")}
                                    << QByteArray("only https URLs");
        QTest::newRow("a URL with a password, not echoed")
                << QStringList{QStringLiteral("tags"), QStringLiteral("--tags-url"), QStringLiteral("https://me:s3cret@mirror.example/v2/gw/tags/list")}
                << QByteArray("credentials in the URL are not supported");
        QTest::newRow("a missing tags file") << QStringList{QStringLiteral("tags"), QStringLiteral("--tags-file"), QStringLiteral("/nonexistent/tags.json")}
                                             << QByteArray("--tags-file /nonexistent/tags.json: cannot read it");
        QTest::newRow("an invalid tags file") << QStringList{QStringLiteral("tags"), QStringLiteral("--tags-file"), kData + QStringLiteral("/cli/invalid/broken.yaml")}
                                              << QByteArray("not valid JSON at byte");
        QTest::newRow("a file and a URL") << QStringList{QStringLiteral("tags"), QStringLiteral("--tags-file"), QStringLiteral("a.json"), QStringLiteral("--tags-url"), QStringLiteral("https://r.example/v2/gw/tags/list")}
                                          << QByteArray("--tags-file excludes --tags-url.");
        QTest::newRow("a digest offline") << QStringList{QStringLiteral("tags"), QStringLiteral("--offline"), QStringLiteral("--digest"), QStringLiteral("2.9.2")}
                                          << QByteArray("--digest asks the registry");
        QTest::newRow("an invalid digest tag") << QStringList{QStringLiteral("tags"), QStringLiteral("--digest"), QStringLiteral("a/b")}
                                               << QByteArray("--digest a/b is not a valid tag name");
        QTest::newRow("a bad timeout") << QStringList{QStringLiteral("tags"), QStringLiteral("--timeout"), QStringLiteral("0")}
                                       << QByteArray("--timeout 0");
        QTest::newRow("a missing CA file") << QStringList{QStringLiteral("tags"), QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
                                           << QByteArray("--ca-file /nonexistent/ca.pem: no such file");
        QTest::newRow("migrate with a refused URL") << QStringList{QStringLiteral("migrate"), QStringLiteral("--tags-url"), QStringLiteral("http://mirror.example/v2/gw/tags/list"), QStringLiteral("x.yaml")}
                                                    << QByteArray("migrate: --tags-url: http://mirror.example/v2/gw/tags/list: plain http");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args, m_cache->path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(!r.err.contains("s3cret") && !r.out.contains("s3cret"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // migrate's default tag is the recommended one of the same source.
    void migrateUsesTheLiveList()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json(kTags); });
        const QString input = kData + QStringLiteral("/golden/k8s-portal-v1/input");
        const Run r = run({QStringLiteral("migrate"), QStringLiteral("--tags-url"), server.url().toString(), input}, m_cache->path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("azure-api-management/gateway:2.99.0"), r.out.constData());
        QCOMPARE(server.requests.size(), 1);

        // Offline, the same registry's cache answers.
        const Run offline = run({QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tags-url"), server.url().toString(), input},
                                m_cache->path());
        QCOMPARE(offline.exitCode, 0);
        QVERIFY2(offline.out.contains("azure-api-management/gateway:2.99.0"), offline.out.constData());
        QCOMPARE(server.requests.size(), 1);

        // With --tag the list only backs a warning: read offline, no registry, no note.
        QTemporaryDir emptyCache;
        const Run tagged = run({QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), input}, emptyCache.path());
        QCOMPARE(tagged.exitCode, 0);
        QVERIFY2(!tagged.err.contains("note:") && !tagged.err.contains("not in the tag list"), tagged.err.constData());
        QVERIFY2(tagged.out.contains("azure-api-management/gateway:2.11.1"), tagged.out.constData());
    }

private:
    std::unique_ptr<QTemporaryDir> m_cache;
};

QTEST_GUILESS_MAIN(TestTagsCli)
#include "tst_tagscli.moc"
