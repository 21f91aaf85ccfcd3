// SPDX-License-Identifier: MIT
// The registry tag source against servers this test starts on 127.0.0.1 (never a real host):
// pagination, caps, validation, deadlines, HTTP errors, rate limits, TLS, redirects, proxies, the
// anonymous token dance, cache and snapshot fallback, and digest pinning. Plus the pure protocol
// helpers, data-driven.
#include "gzipbomb.h"
#include "loopbackserver.h"

#include "boundedbody.h"
#include "proxychoice.h"
#include "registryprotocol.h"
#include "urlpolicy.h"
#include "registrytagservice.h"
#include "tagcache.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <array>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace agm;
using namespace agm::net;
using agm::test::HttpRequest;
using agm::test::HttpResponse;
using agm::test::LoopbackServer;
using agm::test::GzipBomb;
using agm::test::gzipped;

namespace {

const QByteArray kOnePage = "{\"name\":\"azure-api-management/gateway\",\"tags\":[\"latest\",\"v2\",\"2.9.2\",\"2.11.1\",\"1.2.5\"]}";
const QString kDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));

// Hermetic: no proxy variables, short waits.
RegistrySettings testSettings()
{
    RegistrySettings s;
    s.environment = QProcessEnvironment();
    s.deadline = std::chrono::seconds(20);
    s.inactivityTimeout = std::chrono::seconds(20);
    return s;
}

// Waits for the one finished signal of `id`, then a little longer to see that no second follows.
template<typename Result, typename Signal>
Result waitFor(RegistryTagService &service, quint64 id, Signal signal, int *count = nullptr)
{
    std::optional<Result> result;
    int n = 0;
    QEventLoop loop;
    QObject context;
    QObject::connect(&service, signal, &context, [&](quint64 got, const Result &r) {
        if (got != id)
            return;
        ++n;
        result = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    QTest::qWait(20);
    if (count)
        *count = n;
    return result.value_or(Result{});
}

// User and system CPU time of this process so far (0 where getrusage is missing).
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

TagFetchResult fetch(RegistryTagService &service, const QUrl &url, TagFetchMode mode = TagFetchMode::LiveOnly)
{
    return waitFor<TagFetchResult>(service, service.fetchTags({url, mode}), &RegistryTagService::tagsFinished);
}

QStringList names(const std::optional<TagList> &list)
{
    QStringList out;
    if (list)
        for (const Tag &t : list->tags)
            out << t.name;
    return out;
}

QStringList names(const TagFetchResult &r)
{
    return names(r.list);
}


} // namespace

class TestTagSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A cache folder of this process only: the Qt 5 and Qt 6 builds may run this test at once.
        QCoreApplication::setApplicationName(QStringLiteral("tst_tagsource-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
    }

    void cleanupTestCase()
    {
        QDir(defaultTagCacheDirectory()).removeRecursively();
    }

    void init()
    {
        QDir(defaultTagCacheDirectory()).removeRecursively();
    }

    // --- pure helpers --------------------------------------------------------------------------

    void checkRegistryUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error"); // part of it; empty when allowed
        QTest::newRow("https to MCR is allowed") << QStringLiteral("https://mcr.microsoft.com/v2/x/tags/list") << QString();
        QTest::newRow("http to 127.0.0.1 is allowed") << QStringLiteral("http://127.0.0.1:8080/v2/x/tags/list") << QString();
        QTest::newRow("http anywhere in 127.0.0.0/8 is allowed") << QStringLiteral("http://127.3.2.1/v2/x/tags/list") << QString();
        QTest::newRow("http to ::1 is allowed") << QStringLiteral("http://[::1]:5000/v2/x/tags/list") << QString();
        QTest::newRow("http to localhost is allowed") << QStringLiteral("http://localhost/v2/x/tags/list") << QString();
        QTest::newRow("http to another host is refused") << QStringLiteral("http://mirror.example/v2/x/tags/list") << QStringLiteral("only for loopback");
        QTest::newRow("http to a host named like loopback is refused") << QStringLiteral("http://127.0.0.1.example/v2/x") << QStringLiteral("only for loopback");
        QTest::newRow("ftp is refused") << QStringLiteral("ftp://mirror.example/x") << QStringLiteral("only https");
        QTest::newRow("a relative URL is refused") << QStringLiteral("/v2/x/tags/list") << QStringLiteral("not an absolute URL");
        QTest::newRow("credentials in the URL are refused") << QStringLiteral("https://user:secret@mirror.example/v2/x") << QStringLiteral("credentials");
    }

    void checkRegistryUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        const QString actual = net::checkRegistryUrl(QUrl(url));
        if (error.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(error), qPrintable(actual));
        QVERIFY2(!actual.contains(QLatin1String("secret")), qPrintable(actual));
    }

    void nextPageUrl_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("next");
        QTest::newRow("a relative next link resolves against the page")
                << QByteArray("</v2/gw/tags/list?n=2&last=b>; rel=\"next\"") << QStringLiteral("https://r.example/v2/gw/tags/list?n=2&last=b");
        QTest::newRow("an absolute next link is taken as is")
                << QByteArray("<https://other.example/v2/gw/tags/list?last=c>; rel=\"next\"") << QStringLiteral("https://other.example/v2/gw/tags/list?last=c");
        QTest::newRow("rel without quotes")
                << QByteArray("</p2>; rel=next") << QStringLiteral("https://r.example/p2");
        QTest::newRow("the next link after a prev link")
                << QByteArray("</p1>; rel=\"prev\", </p3>; rel=\"next\"") << QStringLiteral("https://r.example/p3");
        QTest::newRow("next among several relation types")
                << QByteArray("</p3>; title=\"a, b\"; rel=\"last next\"") << QStringLiteral("https://r.example/p3");
        QTest::newRow("no next link") << QByteArray("</p1>; rel=\"prev\"") << QString();
        QTest::newRow("an empty header") << QByteArray() << QString();
        QTest::newRow("garbage") << QByteArray("rel=next <<>>;;,,\"") << QString();
        QTest::newRow("an unterminated target") << QByteArray("</p2; rel=next") << QString();
    }

    void nextPageUrl()
    {
        QFETCH(QByteArray, link);
        QFETCH(QString, next);
        const QUrl base(QStringLiteral("https://r.example/v2/gw/tags/list"));
        QCOMPARE(net::nextPageUrl(link, base).toString(), next);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::newRow("delta seconds") << QByteArray("5") << 5;
        QTest::newRow("zero") << QByteArray(" 0 ") << 0;
        QTest::newRow("an HTTP-date 90 s ahead") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << 90;
        QTest::newRow("an HTTP-date in the past means now") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << 0;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("words") << QByteArray("soon") << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 48, 37), Qt::UTC);
        const auto after = net::parseRetryAfter(value, now);
        QCOMPARE(after ? int(after->count()) : -1, seconds);
    }

    void parseBearerChallenge_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("token"); // the token request URL; empty: no bearer challenge
        QTest::newRow("a registry's anonymous challenge")
                << QByteArray("Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:gw:pull\"")
                << QStringLiteral("https://auth.example/token?service=registry.example&scope=repository:gw:pull");
        QTest::newRow("a scope with a comma inside quotes")
                << QByteArray("bearer realm=\"https://auth.example/token\", scope=\"repository:gw:pull,push\"")
                << QStringLiteral("https://auth.example/token?scope=repository:gw:pull,push");
        QTest::newRow("a realm with its own query")
                << QByteArray("Bearer realm=\"https://auth.example/token?x=1\",service=\"r\"")
                << QStringLiteral("https://auth.example/token?x=1&service=r");
        QTest::newRow("basic is not bearer") << QByteArray("Basic realm=\"registry\"") << QString();
        QTest::newRow("bearer without a realm") << QByteArray("Bearer service=\"r\"") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void parseBearerChallenge()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, token);
        const auto challenge = net::parseBearerChallenge(header);
        QCOMPARE(challenge.has_value(), !token.isEmpty());
        if (challenge)
            QCOMPARE(tokenRequestUrl(*challenge).toString(), token);
    }

    void manifestUrl()
    {
        const auto repo = repositoryFromTagListUrl(defaultTagListUrl());
        QVERIFY(repo);
        QCOMPARE(repo->repository, QStringLiteral("azure-api-management/gateway"));
        QCOMPARE(net::manifestUrl(*repo, QStringLiteral("2.11.1")).toString(),
                 QStringLiteral("https://mcr.microsoft.com/v2/azure-api-management/gateway/manifests/2.11.1"));
        QVERIFY(!repositoryFromTagListUrl(QUrl(QStringLiteral("https://r.example/v2/tags/list"))));
        QVERIFY(!repositoryFromTagListUrl(QUrl(QStringLiteral("https://r.example/v2/../x/tags/list"))));
        QVERIFY(isValidDigest(kDigest));
        QVERIFY(!isValidDigest(QStringLiteral("sha256:") + QString(64, QLatin1Char('A'))));
        QVERIFY(!isValidDigest(QStringLiteral("sha512:") + QString(64, QLatin1Char('a'))));
        QVERIFY(!isValidDigest(kDigest + QLatin1Char('a')));
    }

    void chooseProxy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("proxy"); // host:port, empty for none
        QTest::addColumn<QString>("description"); // part of it
        const QString mcr = QStringLiteral("https://mcr.microsoft.com/v2/x/tags/list");
        QTest::newRow("HTTPS_PROXY in capitals is read")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy.example:3128")} << QStringLiteral("proxy.example:3128") << QStringLiteral("HTTPS_PROXY http://proxy.example:3128");
        QTest::newRow("https_proxy wins over HTTPS_PROXY")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://a.example:1"), QStringLiteral("https_proxy=b.example:2")} << QStringLiteral("b.example:2") << QStringLiteral("https_proxy");
        QTest::newRow("the password of a proxy is never shown")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://me:s3cret@proxy.example:8080")} << QStringLiteral("proxy.example:8080") << QStringLiteral("http://proxy.example:8080");
        QTest::newRow("ALL_PROXY when there is no HTTPS_PROXY")
                << mcr << QStringList{QStringLiteral("ALL_PROXY=socks5h://socks.example:1080")} << QStringLiteral("socks.example:1080") << QStringLiteral("ALL_PROXY socks5://");
        QTest::newRow("NO_PROXY with the domain")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"), QStringLiteral("NO_PROXY=localhost,.microsoft.com")} << QString() << QStringLiteral("NO_PROXY matches");
        QTest::newRow("NO_PROXY with the exact host")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"), QStringLiteral("no_proxy=mcr.microsoft.com")} << QString() << QStringLiteral("no_proxy matches");
        QTest::newRow("NO_PROXY star")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"), QStringLiteral("NO_PROXY=*")} << QString() << QStringLiteral("NO_PROXY");
        QTest::newRow("NO_PROXY for another port does not match")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"), QStringLiteral("NO_PROXY=mcr.microsoft.com:8443")} << QStringLiteral("p:1") << QStringLiteral("HTTPS_PROXY");
        QTest::newRow("NO_PROXY with a suffix that is not a domain boundary does not match")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"), QStringLiteral("NO_PROXY=soft.com")} << QStringLiteral("p:1") << QStringLiteral("HTTPS_PROXY");
        QTest::newRow("NO_PROXY with an address range")
                << QStringLiteral("https://10.1.2.3/v2/x/tags/list") << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"), QStringLiteral("NO_PROXY=10.0.0.0/8")} << QString() << QStringLiteral("NO_PROXY");
        QTest::newRow("loopback never uses a proxy")
                << QStringLiteral("http://127.0.0.1:5000/v2/x/tags/list") << QStringList{QStringLiteral("http_proxy=http://p:1"), QStringLiteral("HTTPS_PROXY=http://p:1")} << QString() << QString();
        QTest::newRow("an https:// proxy URL is not usable and says so")
                << mcr << QStringList{QStringLiteral("HTTPS_PROXY=https://p:1")} << QString() << QStringLiteral("HTTPS_PROXY (https://p:1) ignored");
        QTest::newRow("nothing set: direct") << mcr << QStringList() << QString() << QString();
    }

    void chooseProxy()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, environment);
        QFETCH(QString, proxy);
        QFETCH(QString, description);
        QProcessEnvironment env;
        for (const QString &entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        const ProxyChoice choice = net::chooseProxy(QUrl(url), env, /*askSystem=*/false);
        QCOMPARE(choice.used() ? QStringLiteral("%1:%2").arg(choice.proxy.hostName()).arg(choice.proxy.port()) : QString(), proxy);
        QVERIFY2(choice.description.contains(description), qPrintable(choice.description));
        QVERIFY2(!choice.description.contains(QLatin1String("s3cret")), qPrintable(choice.description));
        if (url.contains(QLatin1String("s3cret")) || environment.join(QString()).contains(QLatin1String("s3cret")))
            QCOMPARE(choice.proxy.password(), QStringLiteral("s3cret"));
    }

    // --- the live tag list ---------------------------------------------------------------------

    void onePage()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json(kOnePage); });
        RegistryTagService service(testSettings());
        int count = 0;
        const TagFetchResult r = waitFor<TagFetchResult>(service, service.fetchTags({server.url(), TagFetchMode::LiveOnly}),
                                         &RegistryTagService::tagsFinished, &count);
        QCOMPARE(count, 1);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.list->source, TagSourceKind::Live);
        QCOMPARE(r.list->url, server.url().toString());
        QVERIFY(qAbs(r.list->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(names(r), (QStringList{QStringLiteral("2.11.1"), QStringLiteral("2.9.2"), QStringLiteral("v2"),
                                        QStringLiteral("latest"), QStringLiteral("1.2.5")}));
        QCOMPARE(r.list->recommended(), QStringLiteral("2.11.1"));
        QCOMPARE(r.pages, 1);
        QVERIFY(!r.proxyUsed);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests[0].method, QByteArray("GET"));
        QCOMPARE(server.requests[0].target, QByteArray("/v2/azure-api-management/gateway/tags/list"));
        QCOMPARE(server.requests[0].headers.value("accept"), QByteArray("application/json"));
        QVERIFY(server.requests[0].headers.value("user-agent").startsWith("apim-gateway-migrator/"));
        QVERIFY(!server.requests[0].headers.contains("authorization"));
        // The live list went into the cache, with its URL and time.
        QVERIFY2(r.cacheError.isEmpty(), qPrintable(r.cacheError));
        const CachedTags cached = readTagCache(defaultTagCacheDirectory(), server.url());
        QVERIFY2(cached.list, qPrintable(cached.error));
        QCOMPARE(cached.list->fetchedAt, r.list->fetchedAt);
        QCOMPARE(cached.list->source, TagSourceKind::Cache);
        QCOMPARE(names(cached.list), names(r));
    }

    void severalPages()
    {
        LoopbackServer server([](const HttpRequest &req) {
            if (req.target.endsWith("/tags/list"))
                return HttpResponse::json("{\"tags\":[\"2.0.0\",\"v2\"]}")
                    .header("Link", "</v2/azure-api-management/gateway/tags/list?n=2&last=v2>; rel=\"next\"");
            if (req.target.endsWith("last=v2"))
                return HttpResponse::json("{\"tags\":[\"2.11.1\",\"2.0.0\"]}")
                    .header("Link", "<http://127.0.0.1:" + req.headers.value("host").split(':').value(1)
                                        + "/v2/azure-api-management/gateway/tags/list?n=2&last=2.11.1>; rel=\"next\"");
            return HttpResponse::json("{\"tags\":[\"latest\"]}");
        });
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages, 3);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.requests[1].target, QByteArray("/v2/azure-api-management/gateway/tags/list?n=2&last=v2"));
        QCOMPARE(server.requests[2].target, QByteArray("/v2/azure-api-management/gateway/tags/list?n=2&last=2.11.1"));
        QCOMPARE(names(r), (QStringList{QStringLiteral("2.11.1"), QStringLiteral("2.0.0"), QStringLiteral("v2"), QStringLiteral("latest")}));
        QCOMPARE(r.list->url, server.url().toString());
    }

    void paginationBounds_data()
    {
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<int>("maxTags");
        QTest::addColumn<bool>("loop");
        QTest::addColumn<QString>("error");
        QTest::newRow("a list that never ends stops at the page cap") << 3 << 10000 << false << QStringLiteral("beyond 3 pages");
        QTest::newRow("a next link back to a page already read") << 50 << 10000 << true << QStringLiteral("leads back to");
        QTest::newRow("more tags than the cap") << 50 << 5 << false << QStringLiteral("more than 5 tags");
    }

    void paginationBounds()
    {
        QFETCH(int, maxPages);
        QFETCH(int, maxTags);
        QFETCH(bool, loop);
        QFETCH(QString, error);
        int page = 0;
        LoopbackServer server([&](const HttpRequest &) {
            ++page;
            const QByteArray next = loop ? QByteArray("/v2/azure-api-management/gateway/tags/list") : "/page" + QByteArray::number(page + 1);
            return HttpResponse::json("{\"tags\":[\"2.0." + QByteArray::number(page) + "\", \"2.1." + QByteArray::number(page) + "\"]}")
                .header("Link", "<" + next + ">; rel=\"next\"");
        });
        RegistrySettings settings = testSettings();
        settings.maxPages = maxPages;
        settings.maxTags = maxTags;
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(server.requests.size() <= maxPages);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("firstPage");
        QTest::addColumn<QByteArray>("secondPage");
        QTest::addColumn<QString>("page"); // the page, named with its URL
        QTest::addColumn<QString>("error");
        const QByteArray good = "{\"tags\":[\"2.11.1\"]}";
        const QString first = QStringLiteral("page 1 (http://127.0.0.1:PORT/v2/azure-api-management/gateway/tags/list): ");
        QTest::newRow("truncated JSON names the page and the byte") << QByteArray("{\"tags\":[\"2.11.1\",") << good << first << QStringLiteral("not valid JSON at byte");
        QTest::newRow("an HTML page with status 200") << QByteArray("<html>proxy login</html>") << good << first << QStringLiteral("not valid JSON at byte");
        QTest::newRow("tags that are not an array") << QByteArray("{\"tags\":\"2.11.1\"}") << good << first << QStringLiteral("the \"tags\" member is missing or not an array");
        QTest::newRow("a number among the tags") << QByteArray("{\"tags\":[\"2.11.1\",7]}") << good << first << QStringLiteral("tags[1] is not a string");
        QTest::newRow("an invalid tag name") << QByteArray("{\"tags\":[\"2.11.1\",\"a b\"]}") << good << first << QStringLiteral("tags[1] is not a valid tag name");
        QTest::newRow("an empty body") << QByteArray() << good << first << QStringLiteral("not valid JSON");
        QTest::newRow("a broken second page says it is the second")
                << good << QByteArray("{\"name\":\"gw\"}") << QStringLiteral("page 2 (http://127.0.0.1:PORT/page2): ")
                << QStringLiteral("the \"tags\" member is missing");
    }

    void malformedJson()
    {
        QFETCH(QByteArray, firstPage);
        QFETCH(QByteArray, secondPage);
        QFETCH(QString, page);
        QFETCH(QString, error);
        LoopbackServer server([&](const HttpRequest &req) {
            if (req.target.endsWith("/tags/list"))
                return HttpResponse::json(firstPage).header("Link", "</page2>; rel=\"next\"");
            return HttpResponse::json(secondPage);
        });
        page.replace(QStringLiteral("PORT"), QString::number(server.serverPort()));
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(page + error), qPrintable(r.error));
    }

    void oversizedBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("declaredLength");
        // A valid-looking document just over 10 MB.
        QByteArray big = "{\"tags\":[" + QByteArray(10 * 1024 * 1024 + 10, ' ') + "]}";
        QTest::newRow("an 11 MB answer") << big << QByteArray() << QByteArray();
        QTest::newRow("a gzip answer that inflates past the cap") << gzipped(QByteArray(64 * 1024 * 1024, ' '))
                                                                  << QByteArray("gzip") << QByteArray();
        QTest::newRow("a declared length over the cap is refused before the body")
                << QByteArray("{}") << QByteArray() << QByteArray("20000000");
    }

    void oversizedBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, declaredLength);
        LoopbackServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(body);
            if (!encoding.isEmpty())
                r.header("Content-Encoding", encoding);
            if (!declaredLength.isEmpty()) {
                r.header("Content-Length", declaredLength);
            }
            return r;
        });
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("larger than 10 MB")), qPrintable(r.error));
    }

    // The cap counts inflated bytes as they come out: a bomb handed over in one piece is still
    // inflated no further than the cap (plus one 64 KiB chunk, never kept).
    void boundedBody_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("pieces"); // the wire bytes are handed over in this many parts
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("data"); // when ok
        QTest::addColumn<QString>("problem"); // when not
        const GzipBomb bomb;
        QByteArray bigBomb = bomb.header;
        for (int i = 0; i < 2048; ++i)
            bigBomb += bomb.block; // 2 GiB inflated, about 2 MiB here
        const QByteArray text = "{\"tags\":[\"2.11.1\"]}";
        const QByteArray zlib = qCompress(text).mid(4);
        QTest::newRow("plain") << QByteArray() << text << 3 << true << text << QString();
        QTest::newRow("identity") << QByteArray("identity") << text << 1 << true << text << QString();
        QTest::newRow("gzip, byte by byte") << QByteArray("gzip") << gzipped(text) << int(gzipped(text).size()) << true << text << QString();
        QTest::newRow("two gzip members") << QByteArray("x-gzip") << gzipped("ab") + gzipped("cd") << 1 << true << QByteArray("abcd") << QString();
        QTest::newRow("deflate with its zlib header") << QByteArray("deflate") << zlib << int(zlib.size()) << true << text << QString();
        QTest::newRow("raw deflate") << QByteArray("Deflate") << zlib.mid(2, zlib.size() - 6) << 2 << true << text << QString();
        QTest::newRow("plain, over the cap") << QByteArray() << QByteArray(1024 * 1024 + 1, ' ') << 1 << false << QByteArray()
                                             << QStringLiteral("the answer is larger than 1 MB; refused");
        QTest::newRow("a 2 GiB gzip bomb in one piece") << QByteArray("gzip") << bigBomb << 1 << false << QByteArray()
                                                        << QStringLiteral("the answer is larger than 1 MB; refused");
        QTest::newRow("cut short") << QByteArray("gzip") << gzipped(text).left(12) << 1 << false << QByteArray()
                                   << QStringLiteral("the answer's gzip data is broken or cut short");
        QTest::newRow("not gzip at all") << QByteArray("gzip") << text << 1 << false << QByteArray()
                                         << QStringLiteral("the answer's gzip data is broken or cut short");
        QTest::newRow("brotli") << QByteArray("br") << text << 1 << false << QByteArray() << QStringLiteral("compressed as 'br'");
    }

    void boundedBody()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, wire);
        QFETCH(int, pieces);
        QFETCH(bool, ok);
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        BoundedBody body(1024 * 1024);
        bool going = body.reset(encoding);
        const qsizetype step = (wire.size() + pieces - 1) / pieces;
        for (qsizetype at = 0; going && at < wire.size(); at += step)
            going = body.append(wire.mid(at, step));
        going = going && body.finish();
        QCOMPARE(going, ok);
        QVERIFY(body.size() <= body.limit());
        if (ok)
            QCOMPARE(body.data(), data);
        else
            QVERIFY2(body.problemText().contains(problem), qPrintable(body.problemText()));
    }

    // The registry's answer is a gzip bomb, 2 MiB on the wire and 2 GiB inflated, sent at once:
    // refused once 10 MB are inflated, and nothing more is inflated. Qt used to inflate all it had
    // received on its own thread first (2 GB of memory, tens of seconds of CPU); the observable
    // here is the CPU time this process spends, which other load on the machine hardly changes.
    void gzipBombIsNotInflatedPastTheCap()
    {
        const GzipBomb bomb;
        QByteArray wire = bomb.header;
        for (int i = 0; i < 2048; ++i)
            wire += bomb.block;
        LoopbackServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(wire);
            r.header("Content-Encoding", "gzip");
            return r;
        });
        RegistryTagService service(testSettings());
        const double cpuBefore = cpuSeconds();
        const TagFetchResult r = fetch(service, server.url());
        const double cpu = cpuSeconds() - cpuBefore;
        QVERIFY(!r.ok());
        QVERIFY2(r.error.endsWith(QLatin1String(": the answer is larger than 10 MB; refused")), qPrintable(r.error));
        // Inflating 10 MB takes a few hundredths of a second; 2 GiB takes tens of seconds.
        QVERIFY2(cpu < 5, qPrintable(QStringLiteral("%1 s of CPU").arg(cpu)));
        QCOMPARE(server.requests.size(), 1);
    }

    // Served piece by piece as the client reads: the client stops reading at the cap, so the
    // server gets only a small part of the bomb out before the connection closes.
    void gzipBombStopsTheTransfer()
    {
        const GzipBomb bomb;
        const int blocks = 2048;
        const qint64 wire = bomb.header.size() + blocks * bomb.block.size();
        LoopbackServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json({});
            r.header("Content-Encoding", "gzip");
            r.stream = bomb.stream(blocks);
            return r;
        });
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.endsWith(QLatin1String(": the answer is larger than 10 MB; refused")), qPrintable(r.error));
        QTRY_COMPARE_WITH_TIMEOUT(server.streamsEnded, 1, 60000); // the server notices the client left
        QVERIFY2(server.streamedBytes < wire / 4, qPrintable(QStringLiteral("%1 of %2 bytes sent").arg(server.streamedBytes).arg(wire)));
    }

    void deadlineAndInactivity_data()
    {
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<int>("inactivityMs");
        QTest::addColumn<QString>("error");
        QTest::newRow("a server that stalls hits the deadline") << 400 << 20000 << QStringLiteral("no complete answer within 0.4 s (the deadline)");
        QTest::newRow("a server that stalls hits the inactivity timeout") << 20000 << 400 << QStringLiteral("no data for 0.4 s (inactivity timeout)");
    }

    void deadlineAndInactivity()
    {
        QFETCH(int, deadlineMs);
        QFETCH(int, inactivityMs);
        QFETCH(QString, error);
        LoopbackServer server([](const HttpRequest &) {
            HttpResponse r;
            r.stall = true;
            return r;
        });
        RegistrySettings settings = testSettings();
        settings.deadline = std::chrono::milliseconds(deadlineMs);
        settings.inactivityTimeout = std::chrono::milliseconds(inactivityMs);
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error)); // which of the two ended it (the other is 20 s)
        QCOMPARE(server.requests.size(), 1);
    }

    void cancel()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpResponse r;
            r.stall = true;
            return r;
        });
        RegistryTagService service(testSettings());
        const quint64 id = service.fetchTags({server.url(), TagFetchMode::LiveWithFallback});
        QTRY_COMPARE(server.requests.size(), 1);
        std::optional<TagFetchResult> result;
        int emitted = 0;
        connect(&service, &RegistryTagService::tagsFinished, this, [&](quint64 got, const TagFetchResult &r) {
            QCOMPARE(got, id);
            result = r;
            ++emitted;
        });
        service.cancel(id);
        QCOMPARE(emitted, 1); // before cancel() returned
        QVERIFY(result->cancelled);
        QVERIFY(!service.isRunning(id));
        QVERIFY(result->error.contains(QLatin1String("cancelled")));
        QVERIFY(result->ok()); // the fallback still answers
        QCOMPARE(result->list->source, TagSourceKind::Bundled);
        service.cancel(id); // unknown now: nothing happens
        QTest::qWait(50);
        QCOMPARE(emitted, 1);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QString>("error");
        QTest::newRow("404 says the repository was not found") << 404 << QByteArray("Not Found") << QStringLiteral("HTTP 404 Not Found: not found; check the registry URL");
        QTest::newRow("500 says the registry failed") << 500 << QByteArray("Internal Server Error") << QStringLiteral("HTTP 500 Internal Server Error: the registry failed");
        QTest::newRow("403 says access is denied") << 403 << QByteArray("Forbidden") << QStringLiteral("HTTP 403 Forbidden: access denied");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QString, error);
        LoopbackServer server([&](const HttpRequest &) { return HttpResponse::json("{\"errors\":[]}", status, reason); });
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY2(r.error.startsWith(server.url().toString()), qPrintable(r.error));
    }

    void rateLimited_data()
    {
        QTest::addColumn<bool>("retry");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("error"); // empty: the retry succeeds
        QTest::newRow("429 then a retry after Retry-After succeeds") << true << QByteArray("1") << QString();
        QTest::newRow("429 without retrying says when to retry") << false << QByteArray("1") << QStringLiteral("HTTP 429 Too Many Requests: the registry is limiting requests; it asks to retry after 1 s");
        QTest::newRow("429 asking for longer than the deadline fails at once") << true << QByteArray("120") << QStringLiteral("retry after 120 s (longer than the deadline allows)");
    }

    void rateLimited()
    {
        QFETCH(bool, retry);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, error);
        LoopbackServer server([&](const HttpRequest &) {
            return HttpResponse::json("{\"errors\":[{\"code\":\"TOOMANYREQUESTS\"}]}", 429, "Too Many Requests").header("Retry-After", retryAfter);
        });
        int calls = 0;
        LoopbackServer flaky([&](const HttpRequest &) {
            if (++calls == 1)
                return HttpResponse::json("{}", 429, "Too Many Requests").header("Retry-After", retryAfter);
            return HttpResponse::json(kOnePage);
        });
        RegistrySettings settings = testSettings();
        settings.retryRateLimited = retry;
        RegistryTagService service(settings);
        QElapsedTimer clock;
        clock.start();
        const TagFetchResult r = fetch(service, flaky.url());
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(flaky.requests.size(), 2);
            QVERIFY(clock.elapsed() >= 900);
            // A second 429 after the one retry is an error.
            const TagFetchResult again = fetch(service, server.url());
            QVERIFY(!again.ok());
            QVERIFY2(again.error.contains(QLatin1String("(already retried once)")), qPrintable(again.error));
            QCOMPARE(server.requests.size(), 2);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            QCOMPARE(flaky.requests.size(), 1); // no retry, so no wait for it
        }
    }

    void tls_data()
    {
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<bool>("withCaFile");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a certificate from an unknown CA is refused") << false << false << false;
        QTest::newRow("the same certificate passes with its CA file") << false << true << true;
        QTest::newRow("a self-signed certificate is refused even with a CA file") << true << true << false;
    }

    void tls()
    {
        QFETCH(bool, selfSigned);
        QFETCH(bool, withCaFile);
        QFETCH(bool, accepted);
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json(kOnePage); },
                              selfSigned ? m_certificates.selfSigned() : m_certificates.signedByCa());
        RegistrySettings settings = testSettings();
        if (withCaFile)
            settings.caFile = m_certificates.caFile();
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, server.url());
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(server.requests.size(), 1);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(QLatin1String("TLS certificate not accepted")), qPrintable(r.error));
            QVERIFY(server.requests.isEmpty());
        }
    }

    void caFileErrors()
    {
        RegistrySettings settings = testSettings();
        settings.caFile = QStringLiteral("/nonexistent/ca.pem");
        RegistryTagService service(settings);
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json(kOnePage); });
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("CA file")), qPrintable(r.error));
        QVERIFY(server.requests.isEmpty());
    }

    void redirects_data()
    {
        QTest::addColumn<bool>("fromTls");
        QTest::addColumn<QString>("error"); // empty: followed
        QTest::newRow("https to http is refused") << true << QStringLiteral("redirect refused: refused to go from https to plain http");
        QTest::newRow("http to http on loopback is followed") << false << QString();
    }

    void redirects()
    {
        QFETCH(bool, fromTls);
        QFETCH(QString, error);
        LoopbackServer target([](const HttpRequest &) { return HttpResponse::json(kOnePage); });
        const QByteArray location = target.url(QStringLiteral("/elsewhere/tags/list")).toEncoded();
        std::optional<agm::test::TlsIdentity> tls;
        if (fromTls)
            tls = m_certificates.signedByCa();
        LoopbackServer origin([&](const HttpRequest &) { return HttpResponse::redirect(location); }, tls);
        RegistrySettings settings = testSettings();
        settings.caFile = m_certificates.caFile();
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, origin.url());
        QCOMPARE(origin.requests.size(), 1);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(target.requests.size(), 1);
            QCOMPARE(target.requests[0].target, QByteArray("/elsewhere/tags/list"));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            QVERIFY(target.requests.isEmpty());
        }
    }

    // A loop and a redirect off HTTP(S) say what happened and what to do, not a bare status.
    void redirectFailuresSayWhatHappened_data()
    {
        QTest::addColumn<QByteArray>("location"); // PORT: the server's
        QTest::addColumn<QString>("error");
        QTest::newRow("a loop") << QByteArray("http://127.0.0.1:PORT/v2/azure-api-management/gateway/tags/list")
                                << QStringLiteral("too many redirects (loop) at http://127.0.0.1:PORT/v2/azure-api-management/gateway/tags/list");
        QTest::newRow("a two-step loop") << QByteArray("/other") << QStringLiteral("too many redirects (loop) at http://127.0.0.1:PORT/");
        QTest::newRow("a redirect to file://") << QByteArray("file:///etc/passwd") << QStringLiteral("redirect to a non-HTTP(S) URL refused");
        QTest::newRow("a redirect to ftp://") << QByteArray("ftp://127.0.0.1/x") << QStringLiteral("redirect to a non-HTTP(S) URL refused");
    }

    void redirectFailuresSayWhatHappened()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, error);
        LoopbackServer server([&](const HttpRequest &req) {
            if (location.startsWith('/') && req.target == location)
                return HttpResponse::redirect("/v2/azure-api-management/gateway/tags/list");
            return HttpResponse::redirect(location);
        });
        location.replace("PORT", QByteArray::number(server.serverPort()));
        error.replace(QStringLiteral("PORT"), QString::number(server.serverPort()));
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1String("HTTP 1")) && !r.error.contains(QLatin1String("HTTP 3")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("; check ")) || r.error.contains(QLatin1String("; ask ")), qPrintable(r.error));
        QVERIFY(server.requests.size() <= 12);
    }

    void refusedUrlIsNotFetchedAndDoesNotFallBack()
    {
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, QUrl(QStringLiteral("http://mirror.example/v2/gw/tags/list")),
                                       TagFetchMode::LiveWithFallback);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("only for loopback")), qPrintable(r.error));
    }

    void proxyFromEnvironment()
    {
        // The "proxy" is a loopback server that records the CONNECT and refuses it: the registry
        // host is never contacted (nor resolved here: the proxy would resolve it).
        LoopbackServer proxy([](const HttpRequest &) {
            HttpResponse r;
            r.status = 403;
            r.reason = "Forbidden";
            return r;
        });
        RegistrySettings settings = testSettings();
        settings.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, QUrl(QStringLiteral("https://registry.invalid/v2/gw/tags/list")));
        QVERIFY(!r.ok());
        QVERIFY(r.proxyUsed);
        QCOMPARE(r.proxy, QStringLiteral("HTTPS_PROXY http://127.0.0.1:%1").arg(proxy.serverPort()));
        QCOMPARE(proxy.requests.size(), 1);
        QCOMPARE(proxy.requests[0].method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests[0].target, QByteArray("registry.invalid:443"));
        QVERIFY2(r.error.contains(QLatin1String("through HTTPS_PROXY")), qPrintable(r.error));
    }

    // socks5:// and socks5h:// hand the registry's name to the proxy: it need not resolve here.
    void socks5ProxyForTheRegistry_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("socks5h") << QStringLiteral("socks5h");
        QTest::newRow("socks5") << QStringLiteral("socks5");
    }

    void socks5ProxyForTheRegistry()
    {
        QFETCH(QString, scheme);
        LoopbackServer registry([](const HttpRequest &) { return HttpResponse::json(kOnePage); }, m_certificates.signedByCa());
        const quint16 port = registry.serverPort();
        agm::test::Socks5Proxy proxy([port](const QByteArray &) { return port; });
        RegistrySettings settings = testSettings();
        settings.caFile = m_certificates.caFile();
        settings.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.serverPort()));
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, QUrl(QStringLiteral("https://registry.agm.test/v2/azure-api-management/gateway/tags/list")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.proxyUsed);
        QVERIFY(r.proxyProblem.isEmpty());
        QCOMPARE(proxy.targets, QList<QByteArray>{QByteArray("registry.agm.test:443")});
        QCOMPARE(registry.requests.size(), 1);
    }

    // A proxy variable that cannot be used is reported with the result, not dropped silently.
    // (0.0.0.0 is no loopback name, so the proxy rules apply, and it needs no DNS.)
    void unusableProxyVariableIsReported()
    {
        RegistrySettings settings = testSettings();
        settings.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("https://me:s3cret@proxy.example:3128"));
        RegistryTagService service(settings);
        const TagFetchResult r = fetch(service, QUrl(QStringLiteral("https://0.0.0.0:1/v2/azure-api-management/gateway/tags/list")));
        QVERIFY(!r.ok());
        QVERIFY(!r.proxyUsed);
        QVERIFY2(r.proxyProblem.startsWith(QLatin1String("HTTPS_PROXY (https://me:***@proxy.example:3128) ignored: not an http://")),
                 qPrintable(r.proxyProblem));
    }

    void bearerTokenDance_data()
    {
        QTest::addColumn<QByteArray>("tokenField");
        QTest::newRow("a token in \"token\"") << QByteArray("token");
        QTest::newRow("a token in \"access_token\"") << QByteArray("access_token");
    }

    void bearerTokenDance()
    {
        QFETCH(QByteArray, tokenField);
        quint16 port = 0;
        LoopbackServer server([&](const HttpRequest &req) {
            if (req.target.startsWith("/token"))
                return HttpResponse::json("{\"" + tokenField + "\":\"anon-123\",\"expires_in\":300}");
            if (req.headers.value("authorization") != "Bearer anon-123") {
                HttpResponse r = HttpResponse::json("{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}", 401, "Unauthorized");
                r.header("WWW-Authenticate", "Bearer realm=\"http://127.0.0.1:" + QByteArray::number(port)
                                                 + "/token\",service=\"registry.test\",scope=\"repository:azure-api-management/gateway:pull\"");
                return r;
            }
            if (req.method == "HEAD")
                return HttpResponse::json("{}").header("Docker-Content-Digest", kDigest.toLatin1());
            return HttpResponse::json(kOnePage);
        });
        port = server.serverPort();
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(server.requests.size(), 3);
        QVERIFY(!server.requests[0].headers.contains("authorization"));
        QCOMPARE(server.requests[1].method, QByteArray("GET"));
        const QUrlQuery query(QUrl::fromEncoded(server.requests[1].target));
        QCOMPARE(QUrl::fromEncoded(server.requests[1].target).path(), QStringLiteral("/token"));
        QCOMPARE(query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded), QStringLiteral("registry.test"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("repository:azure-api-management/gateway:pull"));
        QVERIFY(!server.requests[1].headers.contains("authorization"));
        QCOMPARE(server.requests[2].headers.value("authorization"), QByteArray("Bearer anon-123"));

        // The digest request does the same dance.
        const DigestResult d = waitFor<DigestResult>(service, service.fetchDigest({server.url(), QStringLiteral("2.11.1")}),
                                       &RegistryTagService::digestFinished);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(server.requests.size(), 6);
        QCOMPARE(server.requests[5].method, QByteArray("HEAD"));
        QCOMPARE(server.requests[5].headers.value("authorization"), QByteArray("Bearer anon-123"));
        QVERIFY(!d.error.contains(QLatin1String("anon-123")));
    }

    // A 429 from the token service is retried there, and the dance then resumes the tag list.
    void rateLimitedTokenService()
    {
        quint16 port = 0;
        int tokenCalls = 0;
        LoopbackServer server([&](const HttpRequest &req) {
            if (req.target.startsWith("/token")) {
                if (++tokenCalls == 1)
                    return HttpResponse::json("{}", 429, "Too Many Requests").header("Retry-After", "0");
                return HttpResponse::json("{\"token\":\"t1\"}");
            }
            if (req.headers.value("authorization") != "Bearer t1")
                return HttpResponse::json("{}", 401, "Unauthorized")
                    .header("WWW-Authenticate", "Bearer realm=\"http://127.0.0.1:" + QByteArray::number(port) + "/token\"");
            return HttpResponse::json(kOnePage);
        });
        port = server.serverPort();
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(server.requests[3].target, QByteArray("/v2/azure-api-management/gateway/tags/list"));
        QCOMPARE(server.requests[3].headers.value("authorization"), QByteArray("Bearer t1"));
    }

    void authenticationFailures_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<bool>("tokenWorks");
        QTest::addColumn<QString>("error");
        QTest::newRow("basic credentials are not supported") << QByteArray("Basic realm=\"registry\"") << false << QStringLiteral("asks for Basic credentials; only anonymous access");
        QTest::newRow("a token that does not open the repository") << QByteArray("bearer") << false << QStringLiteral("HTTP 401 even with an anonymous token");
        QTest::newRow("a token service that refuses") << QByteArray("bearer") << true << QStringLiteral("the token service refused an anonymous token");
        QTest::newRow("a realm on plain http elsewhere") << QByteArray("Bearer realm=\"http://auth.example/token\"") << false << QStringLiteral("token service refused: http://auth.example/token");
    }

    void authenticationFailures()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(bool, tokenWorks);
        QFETCH(QString, error);
        quint16 port = 0;
        LoopbackServer server([&](const HttpRequest &req) {
            if (req.target.startsWith("/token")) {
                if (tokenWorks) // "works" here means: the token service itself answers 401
                    return HttpResponse::json("{}", 401, "Unauthorized");
                return HttpResponse::json("{\"token\":\"t\"}");
            }
            HttpResponse r = HttpResponse::json("{}", 401, "Unauthorized");
            r.header("WWW-Authenticate", challenge == "bearer" ? "Bearer realm=\"http://127.0.0.1:" + QByteArray::number(port) + "/token\"" : challenge);
            return r;
        });
        port = server.serverPort();
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(server.requests.size() <= 3);
    }

    // --- fallbacks -------------------------------------------------------------------------------

    void cacheFallback()
    {
        bool up = true;
        LoopbackServer server([&](const HttpRequest &) {
            return up ? HttpResponse::json(kOnePage) : HttpResponse::json("{}", 500, "Internal Server Error");
        });
        RegistryTagService service(testSettings());
        const TagFetchResult live = fetch(service, server.url(), TagFetchMode::LiveWithFallback);
        QVERIFY2(live.ok() && live.error.isEmpty(), qPrintable(live.error));
        QVERIFY(QFile::exists(tagCacheFile(defaultTagCacheDirectory(), server.url())));
        QVERIFY(defaultTagCacheDirectory().contains(QLatin1String(".qttest")));

        up = false;
        const TagFetchResult r = fetch(service, server.url(), TagFetchMode::LiveWithFallback);
        QVERIFY(r.ok());
        QVERIFY(r.fellBack());
        QCOMPARE(r.list->source, TagSourceKind::Cache);
        QCOMPARE(r.list->fetchedAt, live.list->fetchedAt);
        QCOMPARE(r.list->url, server.url().toString());
        QCOMPARE(names(r), names(live));
        QVERIFY2(r.error.contains(QLatin1String("HTTP 500")), qPrintable(r.error));
        QVERIFY(describeTagSource(*r.list, r.list->fetchedAt.addSecs(3 * 3600)).endsWith(QLatin1String("(3 hours ago)")));

        // Offline: the cache, without a request.
        const int before = server.requests.size();
        const TagFetchResult offline = fetch(service, server.url(), TagFetchMode::Offline);
        QVERIFY(offline.ok());
        QCOMPARE(offline.list->source, TagSourceKind::Cache);
        QVERIFY(offline.error.isEmpty());
        QCOMPARE(server.requests.size(), before);
    }

    void damagedCacheFallsBackToSnapshot()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json("{}", 500, "Internal Server Error"); });
        QDir().mkpath(defaultTagCacheDirectory());
        QFile file(tagCacheFile(defaultTagCacheDirectory(), server.url()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"tags\":[\"2.11.1\"]}"); // no fetchedAt
        file.close();
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url(), TagFetchMode::LiveWithFallback);
        QVERIFY(r.ok());
        QCOMPARE(r.list->source, TagSourceKind::Bundled);
        QVERIFY2(r.error.contains(QLatin1String("is damaged")), qPrintable(r.error));
    }

    void bundledFallback()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpResponse::json("{}", 500, "Internal Server Error"); });
        RegistryTagService service(testSettings());
        const TagFetchResult r = fetch(service, server.url(), TagFetchMode::LiveWithFallback);
        QVERIFY(r.ok());
        QCOMPARE(r.list->source, TagSourceKind::Bundled);
        QVERIFY(r.list->fetchedAt.isValid());
        QVERIFY(!r.list->recommended().isEmpty());
        QVERIFY2(r.error.contains(QLatin1String("HTTP 500")), qPrintable(r.error));
        QVERIFY2(r.error.endsWith(QLatin1String("; no cached copy yet")), qPrintable(r.error));
        QVERIFY(describeTagSource(*r.list).startsWith(QLatin1String("bundled snapshot of 20")));

        // Offline without a cache: the snapshot, and why.
        const TagFetchResult offline = fetch(service, server.url(), TagFetchMode::Offline);
        QCOMPARE(offline.list->source, TagSourceKind::Bundled);
        QVERIFY(offline.error.contains(QLatin1String("no cached tag list")));
        QCOMPARE(server.requests.size(), 1);
    }

    void tagFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tags.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kOnePage);
        file.close();
        const TagFetchResult r = loadTagFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.list->source, TagSourceKind::File);
        QCOMPARE(r.list->url, path);
        QVERIFY(r.list->fetchedAt.isValid()); // the file's time: the document has none
        QVERIFY(!loadTagFile(dir.filePath(QStringLiteral("missing.json"))).ok());
    }

    // --- digest pinning --------------------------------------------------------------------------

    void digest_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("digest");
        QTest::addColumn<QString>("error");
        QTest::newRow("the registry's digest pins the tag") << 200 << kDigest.toLatin1() << QString();
        QTest::newRow("no digest header") << 200 << QByteArray() << QStringLiteral("no Docker-Content-Digest header");
        QTest::newRow("a digest that is not sha256") << 200 << QByteArray("sha512:abc") << QStringLiteral("is not sha256:");
        QTest::newRow("upper-case hex is not the canonical form") << 200 << kDigest.toUpper().toLatin1() << QStringLiteral("is not sha256:");
        QTest::newRow("an unknown tag") << 404 << QByteArray() << QStringLiteral("the registry has no manifest for tag 2.11.1");
    }

    void digest()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, digest);
        QFETCH(QString, error);
        LoopbackServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json("{}", status, status == 200 ? "OK" : "Not Found");
            r.headers.clear();
            r.header("Content-Type", "application/vnd.oci.image.index.v1+json");
            r.header("Content-Length", "1234");
            if (!digest.isEmpty())
                r.header("Docker-Content-Digest", digest);
            return r;
        });
        RegistryTagService service(testSettings());
        const DigestResult d = waitFor<DigestResult>(service, service.fetchDigest({server.url(), QStringLiteral("2.11.1")}),
                                       &RegistryTagService::digestFinished);
        QCOMPARE(server.requests.size(), 1);
        const HttpRequest &req = server.requests[0];
        QCOMPARE(req.method, QByteArray("HEAD"));
        QCOMPARE(req.target, QByteArray("/v2/azure-api-management/gateway/manifests/2.11.1"));
        for (const char *type : {"application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json",
                                 "application/vnd.docker.distribution.manifest.list.v2+json",
                                 "application/vnd.docker.distribution.manifest.v2+json"})
            QVERIFY2(req.headers.value("accept").contains(type), req.headers.value("accept").constData());
        QCOMPARE(d.tag, QStringLiteral("2.11.1"));
        QCOMPARE(d.url.path(), QStringLiteral("/v2/azure-api-management/gateway/manifests/2.11.1"));
        if (error.isEmpty()) {
            QVERIFY2(d.ok(), qPrintable(d.error));
            QCOMPARE(d.digest, kDigest);
            QCOMPARE(d.reference, QStringLiteral("2.11.1@") + kDigest);
            QCOMPARE(d.mediaType, QStringLiteral("application/vnd.oci.image.index.v1+json"));
            QVERIFY(!d.lastModified.isValid()); // the registry gave no date: none is made up
        } else {
            QVERIFY(!d.ok());
            QVERIFY2(d.error.contains(error), qPrintable(d.error));
            QVERIFY(d.reference.isEmpty());
        }
    }

    void digestReportsOnlyTheRegistrysDate()
    {
        LoopbackServer server([](const HttpRequest &) {
            return HttpResponse::json("{}").header("Docker-Content-Digest", kDigest.toLatin1())
                .header("Last-Modified", "Tue, 14 Apr 2026 10:00:00 GMT");
        });
        RegistryTagService service(testSettings());
        const DigestResult d = waitFor<DigestResult>(service, service.fetchDigest({server.url(), QStringLiteral("2.11.1")}),
                                       &RegistryTagService::digestFinished);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.lastModified, QDateTime(QDate(2026, 4, 14), QTime(10, 0), Qt::UTC));
    }

    void digestRefusesBadInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("error");
        QTest::newRow("an invalid tag") << QStringLiteral("https://r.example/v2/gw/tags/list") << QStringLiteral("../x") << QStringLiteral("not a valid tag name");
        QTest::newRow("a URL that names no repository") << QStringLiteral("https://r.example/tags") << QStringLiteral("2.11.1") << QStringLiteral("does not name a repository");
        QTest::newRow("plain http to another host") << QStringLiteral("http://r.example/v2/gw/tags/list") << QStringLiteral("2.11.1") << QStringLiteral("only for loopback");
    }

    void digestRefusesBadInput()
    {
        QFETCH(QString, url);
        QFETCH(QString, tag);
        QFETCH(QString, error);
        RegistryTagService service(testSettings());
        int count = 0;
        const DigestResult d = waitFor<DigestResult>(service, service.fetchDigest({QUrl(url), tag}), &RegistryTagService::digestFinished, &count);
        QCOMPARE(count, 1);
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(error), qPrintable(d.error));
    }

private:
    agm::test::TestCertificates m_certificates;
};

QTEST_GUILESS_MAIN(TestTagSource)
#include "tst_tagsource.moc"
