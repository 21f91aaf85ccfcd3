// SPDX-License-Identifier: MIT
// The connectivity checks against servers this test starts on loopback only: dnsmasq on
// 127.0.0.77 (or the next free of a few addresses: fixture names, a CNAME chain, a private answer,
// NXDOMAIN), a DNS server on 127.0.0.78 (or the next free) that answers too late, TLS servers with certificates made at test time (trusted
// through a CA file, unknown CA, self-signed, expired, wrong host), a closed port, a port that
// never completes TLS, an HTTP server that never answers or answers with a redirect to http://,
// a huge body, a gzip bomb or an endless status line, and a CONNECT proxy (with and without
// Basic authentication). Plus parallelism, cancellation and the pure helpers.
#include "dnsserver.h"
#include "gzipbomb.h"
#include "loopbackserver.h"

#include "connectivitychecker.h"
#include "podview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace agm;
using namespace agm::net;
using agm::test::ConnectProxy;
using agm::test::FixtureDns;
using agm::test::GzipBomb;
using agm::test::HttpRequest;
using agm::test::HttpResponse;
using agm::test::LoopbackServer;
using agm::test::SilentServer;
using agm::test::SlowDns;
using agm::test::Socks5Proxy;
using agm::test::TestCertificates;

namespace {

// Not 127.0.0.53 (systemd-resolved); tst_checkcli takes .79 and .86-.88. A second run of this
// test at the same time (another build) moves on to the next address.
const QStringList kDnsAddresses = {QStringLiteral("127.0.0.77"), QStringLiteral("127.0.0.80"), QStringLiteral("127.0.0.81"),
                                   QStringLiteral("127.0.0.82")};
const QStringList kSlowDnsAddresses = {QStringLiteral("127.0.0.78"), QStringLiteral("127.0.0.83"), QStringLiteral("127.0.0.84"),
                                       QStringLiteral("127.0.0.85")};

// Hermetic: no proxy variables, no system proxy, short deadlines.
ConnectivitySettings testSettings()
{
    ConnectivitySettings s;
    s.environment = QProcessEnvironment();
    s.systemProxy = false;
    s.dnsTimeout = std::chrono::seconds(3);
    s.tcpTimeout = std::chrono::seconds(3);
    s.tlsTimeout = std::chrono::seconds(3);
    s.httpTimeout = std::chrono::seconds(3);
    return s;
}

CheckTarget target(const QString &host, int port)
{
    CheckTarget t;
    t.host = host;
    t.port = port;
    return t;
}

struct Outcome
{
    CheckRun run;
    int finishedSignals = 0;
    std::vector<qint64> endpointMs; // when each endpoint reported, from the start
    qint64 totalMs = 0;
};

Outcome runChecks(ConnectivityChecker &checker, const std::vector<CheckTarget> &targets)
{
    Outcome out;
    out.endpointMs.assign(targets.size(), -1);
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject context;
    quint64 id = 0;
    QObject::connect(&checker, &ConnectivityChecker::endpointFinished, &context, [&](quint64 got, int index, const EndpointCheck &) {
        if (got == id)
            out.endpointMs[std::size_t(index)] = clock.elapsed();
    });
    QObject::connect(&checker, &ConnectivityChecker::finished, &context, [&](quint64 got, const CheckRun &run) {
        if (got != id)
            return;
        ++out.finishedSignals;
        out.run = run;
        out.totalMs = clock.elapsed();
        loop.quit();
    });
    id = checker.check(targets);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QTest::qWait(20); // a second finished signal would show up here
    return out;
}

EndpointCheck checkOne(const ConnectivitySettings &settings, const CheckTarget &t)
{
    ConnectivityChecker checker(settings);
    const Outcome out = runChecks(checker, {t});
    if (out.finishedSignals != 1 || out.run.results.size() != 1)
        qFatal("expected exactly one finished signal with one result");
    return out.run.results.front();
}

QString layerText(const EndpointCheck &c, CheckLayer layer)
{
    const LayerCheck *l = c.layer(layer);
    return l ? QStringLiteral("%1: %2 [%3]").arg(checkStatusName(l->status), l->detail, l->hint) : QStringLiteral("(not run)");
}

QString describe(const EndpointCheck &c)
{
    return endpointCheckDetails(c);
}

HttpResponse notFound(const HttpRequest &)
{
    HttpResponse r;
    r.status = 404;
    r.reason = "Not Found";
    return r;
}

} // namespace

class TestConnectivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.error()));
        QVERIFY2(m_certs.generateMore(), qPrintable(m_certs.error()));
        m_dns = std::make_unique<FixtureDns>(kDnsAddresses);
        if (!m_dns->ok())
            qWarning("the DNS tests are skipped: %s", qPrintable(m_dns->error()));
    }

    void cleanupTestCase()
    {
        m_dns.reset();
    }

    // ---- pure helpers ----

    void privateAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << true;
        QTest::newRow("172.16/12 start") << QStringLiteral("172.16.0.1") << true;
        QTest::newRow("172.31 still inside") << QStringLiteral("172.31.255.255") << true;
        QTest::newRow("172.32 is public") << QStringLiteral("172.32.0.1") << false;
        QTest::newRow("192.168/16") << QStringLiteral("192.168.10.4") << true;
        QTest::newRow("100.64/10 carrier-grade NAT") << QStringLiteral("100.64.0.1") << true;
        QTest::newRow("100.128 is public") << QStringLiteral("100.128.0.1") << false;
        QTest::newRow("fc00::/7 unique local") << QStringLiteral("fd12::1") << true;
        QTest::newRow("IPv4-mapped private") << QStringLiteral("::ffff:10.0.0.1") << true;
        QTest::newRow("public IPv4") << QStringLiteral("20.50.1.2") << false;
        QTest::newRow("loopback is not flagged") << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("public IPv6") << QStringLiteral("2001:db8::1") << false;
    }

    void privateAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPrivate);
        QCOMPARE(isPrivateAddress(QHostAddress(address)), isPrivate);
    }

    void certificateNames_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("IP entry") << QStringLiteral("server") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("DNS entry") << QStringLiteral("server") << QStringLiteral("localhost") << true;
        QTest::newRow("wildcard covers one label") << QStringLiteral("server") << QStringLiteral("gw.agm.test") << true;
        QTest::newRow("wildcard, any case") << QStringLiteral("server") << QStringLiteral("GW.Agm.Test") << true;
        QTest::newRow("wildcard not two labels") << QStringLiteral("server") << QStringLiteral("a.b.agm.test") << false;
        QTest::newRow("wildcard not the bare domain") << QStringLiteral("server") << QStringLiteral("agm.test") << false;
        QTest::newRow("another IP") << QStringLiteral("server") << QStringLiteral("127.0.0.2") << false;
        QTest::newRow("wrong host certificate") << QStringLiteral("wronghost") << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("wrong host certificate names its own") << QStringLiteral("wronghost") << QStringLiteral("wrong.example") << true;
    }

    void certificateNames()
    {
        QFETCH(QString, which);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        const agm::test::TlsIdentity id = which == QLatin1String("server") ? m_certs.signedByCa() : m_certs.wrongHost();
        QVERIFY(!id.certificate.isNull());
        QCOMPARE(certificateNamesHost(id.certificate, host), matches);
    }

    void settingsErrors()
    {
        ConnectivitySettings s = testSettings();
        QVERIFY(settingsError(s).isEmpty());
        s.dnsServer = QStringLiteral("not-an-ip");
        QVERIFY(settingsError(s).contains(QLatin1String("not an IP address")));
        s.dnsServer.clear();
        s.caFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(settingsError(s).contains(QLatin1String("cannot read")));
        s.caFile = m_certs.caFile();
        QVERIFY(settingsError(s).isEmpty());
    }

    // ---- every layer passes ----

    void trustedThroughCaFile()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QVERIFY(!c.failedLayer);
        QCOMPARE(c.layers.size(), std::size_t(4));
        QCOMPARE(c.layers[0].layer, CheckLayer::Dns);
        QVERIFY(c.layers[0].detail.contains(QLatin1String("IP address")));
        QCOMPARE(c.connectedAddress, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY(c.tcpLatencyMs >= 0);
        QVERIFY(c.tls.protocol.startsWith(QLatin1String("TLS 1.")));
        QVERIFY(!c.tls.cipher.isEmpty());
        QCOMPARE(c.tls.subject, QStringLiteral("localhost"));
        QCOMPARE(c.tls.issuer, QStringLiteral("AGM test CA"));
        QVERIFY(c.tls.subjectAltNames.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(c.tls.nameMatches);
        QVERIFY(c.tls.trustedThroughCaFile);
        QVERIFY(c.tls.daysLeft >= 28 && c.tls.daysLeft <= 30);
        QCOMPARE(c.httpStatus, 404); // any status means the endpoint answers
        QVERIFY(layerText(c, CheckLayer::Http).contains(QLatin1String("HTTP 404 Not Found: the endpoint answers")));
        QVERIFY(!c.proxyUsed);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests[0].headers.value("host"), QByteArray("127.0.0.1:") + QByteArray::number(server.serverPort()));
    }

    // ---- TLS failures, each named ----

    void unknownCaIsLikelyInspection()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        const EndpointCheck c = checkOne(testSettings(), target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QCOMPARE(c.status, CheckStatus::Fail);
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tls));
        QVERIFY2(layerText(c, CheckLayer::Tls).contains(QLatin1String("likely TLS-inspecting proxy")), qPrintable(describe(c)));
        QVERIFY(layerText(c, CheckLayer::Tls).contains(QLatin1String("AGM test CA")));
        QVERIFY(c.hint().startsWith(QLatin1String("custom CA")));
        QVERIFY(c.tls.inspectionSuspected);
        QVERIFY(!c.layer(CheckLayer::Http)); // layers after a failure do not run
        QVERIFY(server.requests.isEmpty());
    }

    void selfSigned()
    {
        LoopbackServer server(notFound, m_certs.selfSigned());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile(); // trusting our CA does not trust a self-signed certificate
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tls));
        const QString tls = layerText(c, CheckLayer::Tls);
        QVERIFY2(tls.contains(QLatin1String("unknown or private root (localhost): likely TLS-inspecting proxy")), qPrintable(tls));
        QVERIFY(!c.tls.errors.isEmpty());
    }

    void expired()
    {
        LoopbackServer server(notFound, m_certs.expired());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tls));
        const QString tls = layerText(c, CheckLayer::Tls);
        QVERIFY2(tls.contains(QLatin1String("the certificate expired on 2020-01-02")), qPrintable(tls));
        QVERIFY2(!c.layer(CheckLayer::Tls)->detail.contains(QLatin1String("likely TLS-inspecting")), qPrintable(tls)); // the CA is trusted
        QVERIFY(c.tls.daysLeft < 0);
    }

    void wrongHost()
    {
        LoopbackServer server(notFound, m_certs.wrongHost());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tls));
        const QString tls = layerText(c, CheckLayer::Tls);
        QVERIFY2(tls.contains(QLatin1String("SAN mismatch: the certificate names wrong.example, not 127.0.0.1")), qPrintable(tls));
        QVERIFY(c.hint().startsWith(QLatin1String("custom domain")));
        QVERIFY(!c.tls.nameMatches);
    }

    // ---- TCP, TLS and HTTP deadlines ----

    void closedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        const EndpointCheck c = checkOne(testSettings(), target(QStringLiteral("127.0.0.1"), port));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tcp));
        QVERIFY2(layerText(c, CheckLayer::Tcp).contains(QStringLiteral("127.0.0.1:%1: connection refused").arg(port)), qPrintable(describe(c)));
        QVERIFY2(c.hint().startsWith(QLatin1String("firewall on 443: nothing listens on port")), qPrintable(c.hint()));
    }

    void tlsNeverCompletes()
    {
        SilentServer server;
        ConnectivitySettings s = testSettings();
        s.tlsTimeout = std::chrono::milliseconds(400);
        QElapsedTimer clock;
        clock.start();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tls));
        QVERIFY2(layerText(c, CheckLayer::Tls).contains(QLatin1String("did not complete within 0.4 s")), qPrintable(describe(c)));
        QVERIFY(c.layer(CheckLayer::Tls)->elapsedMs >= 350);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        QTRY_COMPARE(server.open(), 0); // the checker hung up
    }

    void httpNeverAnswers()
    {
        LoopbackServer server([](const HttpRequest &) { HttpResponse r; r.stall = true; return r; }, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.httpTimeout = std::chrono::milliseconds(400);
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Http));
        QVERIFY2(layerText(c, CheckLayer::Http).contains(QLatin1String("nothing received for 0.4 s")), qPrintable(describe(c)));
        QCOMPARE(c.layer(CheckLayer::Tls)->status, CheckStatus::Pass);
    }

    void badGatewayIsAWarning()
    {
        LoopbackServer server([](const HttpRequest &) { HttpResponse r; r.status = 502; r.reason = "Bad Gateway"; return r; }, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), server.serverPort()));
        QCOMPARE(c.status, CheckStatus::Warn);
        QVERIFY(!c.failedLayer);
        QCOMPARE(c.httpStatus, 502);
    }

    // ---- hostile HTTP answers (network policy, anchors-perf-reliability.md §8.3) ----

    // The HTTP step reads the status line only: a redirect to http:// is reported, never followed,
    // so nothing reaches the plain-text server.
    void httpsToHttpRedirectNotFollowed()
    {
        LoopbackServer plain([](const HttpRequest &) { return HttpResponse::json("{}"); });
        const QByteArray location = plain.url(QStringLiteral("/")).toString().toLatin1();
        LoopbackServer tls([&](const HttpRequest &) { return HttpResponse::redirect(location, 301, "Moved Permanently"); },
                           m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("127.0.0.1"), tls.serverPort()));
        QCOMPARE(c.httpStatus, 301);
        QCOMPARE(tls.requests.size(), 1);
        QVERIFY2(plain.requests.isEmpty(), "the redirect to http:// was followed");
    }

    // Oversized and compressed answers end the step at once: nothing past the status line is
    // read or inflated, and a head without a line end is refused after 64 KiB.
    // Huge answers are streamed as the check reads them (the server never builds 32 MB first,
    // which on a busy machine outlasted the deadline): the check reads the status line and stops,
    // so the server gets only a small part out.
    void hostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("pieces"); // streamed pieces of 1 MiB (or gzip blocks inflating to 1 MiB); 0: none
        QTest::addColumn<bool>("answers");
        QTest::newRow("a 32 MB body") << QByteArray("OK") << QByteArray() << 32 << true;
        QTest::newRow("a gzip bomb (2 GiB inflated)") << QByteArray("OK") << QByteArray("gzip") << 2048 << true;
        QTest::newRow("a 1 MB status line") << QByteArray(1024 * 1024, 'A') << QByteArray() << 0 << false;
    }

    void hostileAnswers()
    {
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, encoding);
        QFETCH(int, pieces);
        QFETCH(bool, answers);
        const GzipBomb bomb;
        const QByteArray mebibyte(1024 * 1024, 'A');
        const qint64 total = encoding.isEmpty() ? qint64(pieces) * mebibyte.size() : bomb.header.size() + qint64(pieces) * bomb.block.size();
        LoopbackServer tls([&](const HttpRequest &) {
            HttpResponse r;
            r.reason = reason;
            if (!encoding.isEmpty()) {
                r.header("Content-Encoding", encoding);
                r.stream = bomb.stream(pieces);
            } else if (pieces > 0) {
                auto left = std::make_shared<int>(pieces);
                r.stream = [left, mebibyte] { return (*left)-- > 0 ? mebibyte : QByteArray(); };
            }
            return r;
        }, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const Outcome out = [&] {
            ConnectivityChecker checker(s);
            return runChecks(checker, {target(QStringLiteral("127.0.0.1"), tls.serverPort())});
        }();
        const EndpointCheck &c = out.run.results.front();
        if (answers) {
            QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
            QCOMPARE(c.httpStatus, 200);
            QTRY_COMPARE_WITH_TIMEOUT(tls.streamsEnded, 1, 60000); // the server notices the check left
            QVERIFY2(tls.streamedBytes < total / 4, qPrintable(QStringLiteral("%1 of %2 bytes sent").arg(tls.streamedBytes).arg(total)));
        } else {
            QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Http));
            QVERIFY2(layerText(c, CheckLayer::Http).contains(QLatin1String("not HTTP")), qPrintable(describe(c)));
        }
    }

    // ---- DNS through dnsmasq on loopback ----

    void dnsServerARecord()
    {
        requireDns();
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.dnsServer = m_dns->address();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("gw.agm.test"), server.serverPort()));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QCOMPARE(c.dns.addresses, QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(c.dns.resolver, QStringLiteral("DNS server %1").arg(m_dns->address()));
        QVERIFY(c.dns.cnameChain.isEmpty());
        QVERIFY(c.tls.nameMatches); // SNI and verification use the name, not the address
        QCOMPARE(server.requests.value(0).headers.value("host"), QByteArray("gw.agm.test:") + QByteArray::number(server.serverPort()));
    }

    void dnsCnameChain()
    {
        requireDns();
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.dnsServer = m_dns->address();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("alias.agm.test"), server.serverPort()));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QCOMPARE(c.dns.cnameChain, (QStringList{QStringLiteral("alias.agm.test -> mid.agm.test"), QStringLiteral("mid.agm.test -> gw.agm.test")}));
        QVERIFY(c.layer(CheckLayer::Dns)->facts.join(QLatin1Char(' ')).contains(QLatin1String("CNAME chain")));
    }

    void dnsPrivateAnswerIsFlagged()
    {
        requireDns();
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.dnsServer = m_dns->address();
        s.caFile = m_certs.caFile();
        s.maxAddresses = 1; // the loopback A answer comes first; fd00::7 is never contacted
        const EndpointCheck c = checkOne(s, target(QStringLiteral("private.agm.test"), server.serverPort()));
        QCOMPARE(c.status, CheckStatus::Warn);
        QVERIFY(!c.failedLayer);
        QCOMPARE(c.dns.addresses, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("fd00::7")}));
        QCOMPARE(c.dns.privateAddresses, QStringList{QStringLiteral("fd00::7")});
        QCOMPARE(c.layer(CheckLayer::Dns)->status, CheckStatus::Warn);
        QVERIFY(c.hint().startsWith(QLatin1String("private endpoint")));
        QCOMPARE(c.connectedAddress, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    }

    void dnsNxdomain()
    {
        requireDns();
        ConnectivitySettings s = testSettings();
        s.dnsServer = m_dns->address();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("missing.agm.test"), 443));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Dns));
        QVERIFY2(layerText(c, CheckLayer::Dns).contains(QStringLiteral("missing.agm.test does not exist (NXDOMAIN from DNS server %1)").arg(m_dns->address())),
                 qPrintable(describe(c)));
        QVERIFY(c.hint().startsWith(QLatin1String("private DNS zone")));
        QVERIFY(!c.layer(CheckLayer::Tcp));
    }

    void dnsServerTooSlow()
    {
        SlowDns slow(kSlowDnsAddresses, 1500);
        if (!slow.ok())
            QSKIP(qPrintable(QStringLiteral("no slow DNS server: %1").arg(slow.error())));
        ConnectivitySettings s = testSettings();
        s.dnsServer = slow.address();
        s.dnsTimeout = std::chrono::milliseconds(300);
        const EndpointCheck c = checkOne(s, target(QStringLiteral("slow.agm.test"), 443));
        // The deadline, not the server's late answer, ended it: the message says which.
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Dns));
        QVERIFY2(layerText(c, CheckLayer::Dns).contains(QStringLiteral("no answer from DNS server %1 within 0.3 s").arg(slow.address())), qPrintable(describe(c)));
        QVERIFY(slow.queries > 0);
        QTest::qWait(1600); // let the late answers in, so no resolver thread is left waiting at exit
    }

    // The system resolver (QHostInfo) answers "localhost" from /etc/hosts; where it also gives ::1,
    // which nothing listens on, TCP moves on to the next address.
    void systemResolverTriesEachAddress()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        const EndpointCheck c = checkOne(s, target(QStringLiteral("localhost"), server.serverPort()));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QCOMPARE(c.dns.resolver, QStringLiteral("system resolver"));
        QVERIFY(c.dns.addresses.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(c.connectedAddress, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        if (c.dns.addresses.first() != QLatin1String("127.0.0.1"))
            QVERIFY(c.layer(CheckLayer::Tcp)->facts.join(QLatin1Char(' ')).contains(QLatin1String("connection refused")));
    }

    void hostTableBeatsDns()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.hostTable.insert(QStringLiteral("pinned.agm.test"), QStringLiteral("127.0.0.1"));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("pinned.agm.test"), server.serverPort()));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QCOMPARE(c.dns.resolver, QStringLiteral("host table"));
    }

    // ---- proxies ----

    void httpsProxyFromEnvironment()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        const quint16 port = server.serverPort();
        ConnectProxy proxy([port](const QByteArray &) { return port; });
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("gateway.agm.test"), 443));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QVERIFY(c.proxyUsed);
        QCOMPARE(c.proxy, QStringLiteral("HTTPS_PROXY http://127.0.0.1:%1").arg(proxy.serverPort()));
        QVERIFY(layerText(c, CheckLayer::Dns).contains(QLatin1String("the proxy resolves gateway.agm.test")));
        QVERIFY(layerText(c, CheckLayer::Tcp).contains(QLatin1String("tunnel to gateway.agm.test:443 through HTTPS_PROXY")));
        QVERIFY(layerText(c, CheckLayer::Http).contains(QLatin1String("through HTTPS_PROXY")));
        QCOMPARE(proxy.requests.size(), 1);
        QCOMPARE(proxy.requests[0].method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests[0].target, QByteArray("gateway.agm.test:443"));
        QCOMPARE(server.requests.value(0).headers.value("host"), QByteArray("gateway.agm.test"));
    }

    // A SOCKS5 proxy gets the host name, socks5:// as well as socks5h:// (as the gateway's .NET
    // does): the name need not resolve here, and the check goes through the proxy, never around it.
    void socks5ProxyResolvesTheName_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("socks5h") << QStringLiteral("socks5h");
        QTest::newRow("socks5") << QStringLiteral("socks5");
    }

    void socks5ProxyResolvesTheName()
    {
        QFETCH(QString, scheme);
        LoopbackServer server(notFound, m_certs.signedByCa());
        const quint16 port = server.serverPort();
        Socks5Proxy proxy([port](const QByteArray &) { return port; });
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.environment.insert(QStringLiteral("ALL_PROXY"), QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.serverPort()));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("only-the-proxy-knows.agm.test"), 443));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QVERIFY(c.proxyUsed);
        QCOMPARE(proxy.targets, QList<QByteArray>{QByteArray("only-the-proxy-knows.agm.test:443")});
        QVERIFY(layerText(c, CheckLayer::Dns).contains(QLatin1String("the proxy resolves only-the-proxy-knows.agm.test")));
        QVERIFY(layerText(c, CheckLayer::Tcp).contains(QStringLiteral("through ALL_PROXY socks5://127.0.0.1:%1").arg(proxy.serverPort())));
    }

    // A proxy variable that cannot be used is never dropped silently: the check says so in its
    // first layer (a warning, with what to do), then connects as it can, here directly.
    void unusableProxyVariableIsNoted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("an https:// proxy") << QStringLiteral("https://proxy.example:3128");
        QTest::newRow("socks4") << QStringLiteral("socks4://127.0.0.1:1080");
        QTest::newRow("no host") << QStringLiteral("http://:3128");
    }

    void unusableProxyVariableIsNoted()
    {
        QFETCH(QString, value);
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.hostTable.insert(QStringLiteral("gw.agm.test"), QStringLiteral("127.0.0.1"));
        s.environment.insert(QStringLiteral("HTTPS_PROXY"), value);
        const EndpointCheck c = checkOne(s, target(QStringLiteral("gw.agm.test"), server.serverPort()));
        QVERIFY(!c.proxyUsed);
        QCOMPARE(c.status, CheckStatus::Warn);
        QVERIFY(!c.failedLayer);
        const LayerCheck *dns = c.layer(CheckLayer::Dns);
        QCOMPARE(dns->status, CheckStatus::Warn);
        QVERIFY2(dns->detail.contains(QStringLiteral("HTTPS_PROXY (%1) ignored: not an http://, socks5:// or socks5h:// proxy URL").arg(value)), qPrintable(dns->detail));
        QVERIFY2(dns->detail.contains(QLatin1String("checked without a proxy")), qPrintable(dns->detail));
        QVERIFY2(dns->hint.contains(QLatin1String("fix HTTPS_PROXY or unset it")), qPrintable(dns->hint));
        QVERIFY2(c.proxy.contains(QLatin1String("ignored")), qPrintable(c.proxy));
        const QJsonObject json = endpointCheckJson(c);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY(json.value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("ignored")));
        QCOMPARE(server.requests.size(), 1); // the HTTP layer still ran, directly
    }

    void noProxyMatchGoesDirect()
    {
        ConnectProxy proxy([](const QByteArray &) { return quint16(1); });
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.hostTable.insert(QStringLiteral("direct.agm.test"), QStringLiteral("127.0.0.1"));
        s.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
        s.environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral(".agm.test"));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("direct.agm.test"), server.serverPort()));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QVERIFY(!c.proxyUsed);
        QVERIFY(proxy.requests.isEmpty());
    }

    void proxyWithBasicAuth()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        const quint16 port = server.serverPort();
        ConnectProxy proxy([port](const QByteArray &) { return port; }, "agent:s3cret-pass");
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://agent:s3cret-pass@127.0.0.1:%1").arg(proxy.serverPort()));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("gateway.agm.test"), 443));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QVERIFY(c.proxyUsed);
        QVERIFY(proxy.tunnels == 1);
        const QByteArray json = QJsonDocument(endpointCheckJson(c)).toJson();
        QVERIFY(!json.contains("s3cret"));
        QVERIFY(!endpointCheckDetails(c).contains(QLatin1String("s3cret")));
    }

    void proxyRefusesCredentials()
    {
        ConnectProxy proxy([](const QByteArray &) { return quint16(1); }, "agent:right");
        ConnectivitySettings s = testSettings();
        s.environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://agent:wrong@127.0.0.1:%1").arg(proxy.serverPort()));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("gateway.agm.test"), 443));
        QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Tcp));
        QVERIFY2(layerText(c, CheckLayer::Tcp).contains(QLatin1String("refused the credentials (HTTP 407)")), qPrintable(describe(c)));
        QVERIFY(c.hint().startsWith(QLatin1String("proxy:")));
        QCOMPARE(proxy.tunnels, 0);
        QVERIFY(!endpointCheckDetails(c).contains(QLatin1String("wrong@")));
    }

    void explicitProxy()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        const quint16 port = server.serverPort();
        ConnectProxy proxy([port](const QByteArray &) { return port; }, "me:pw");
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort(), QStringLiteral("me"), QStringLiteral("pw"));
        const EndpointCheck c = checkOne(s, target(QStringLiteral("gateway.agm.test"), 443));
        QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(c)));
        QVERIFY(c.proxy.startsWith(QLatin1String("the chosen proxy")));
    }

    // ---- many at once, and cancel ----

    void endpointsRunInParallel()
    {
        LoopbackServer a(notFound, m_certs.signedByCa());
        LoopbackServer b(notFound, m_certs.signedByCa());
        LoopbackServer c(notFound, m_certs.signedByCa());
        SilentServer stall;
        ConnectivitySettings s = testSettings();
        s.caFile = m_certs.caFile();
        s.tlsTimeout = std::chrono::milliseconds(2500);
        ConnectivityChecker checker(s);
        const Outcome out = runChecks(checker, {target(QStringLiteral("127.0.0.1"), stall.serverPort()), target(QStringLiteral("127.0.0.1"), a.serverPort()),
                                                target(QStringLiteral("127.0.0.1"), b.serverPort()), target(QStringLiteral("127.0.0.1"), c.serverPort())});
        QCOMPARE(out.finishedSignals, 1);
        QCOMPARE(out.run.results.size(), std::size_t(4));
        QCOMPARE(out.run.results[0].failedLayer, std::optional<CheckLayer>(CheckLayer::Tls));
        for (std::size_t i = 1; i < 4; ++i) {
            QVERIFY2(out.run.results[i].status == CheckStatus::Pass, qPrintable(describe(out.run.results[i])));
            // The stalled one does not hold the others up: they are done before its deadline.
            QVERIFY2(out.endpointMs[i] >= 0 && out.endpointMs[i] < out.endpointMs[0], qPrintable(QString::number(out.endpointMs[i])));
        }
        // The stalled one ran to its own deadline (a coarse timer may fire up to 5 % early). No
        // upper bound: on a busy machine any wall-clock limit is a guess; the order above shows
        // that the others did not wait for it.
        QVERIFY2(out.totalMs >= 2300, qPrintable(QString::number(out.totalMs)));
        QVERIFY(out.run.anyFailed());
        QCOMPARE(out.run.count(CheckStatus::Pass), 3);
    }

    void cancelStopsEverything()
    {
        SilentServer stall;
        SlowDns slow(kSlowDnsAddresses, 600);
        ConnectivitySettings s = testSettings();
        s.tlsTimeout = std::chrono::seconds(20);
        s.dnsTimeout = std::chrono::seconds(20);
        ConnectivityChecker checker(s);
        std::vector<CheckTarget> targets = {target(QStringLiteral("127.0.0.1"), stall.serverPort()),
                                            target(QStringLiteral("127.0.0.1"), stall.serverPort())};
        ConnectivitySettings withDns = s;
        if (slow.ok()) { // a lookup in flight too, on its own checker (the DNS server is per checker)
            withDns.dnsServer = slow.address();
        }
        ConnectivityChecker dnsChecker(withDns);
        QSignalSpy finished(&checker, &ConnectivityChecker::finished);
        QSignalSpy dnsFinished(&dnsChecker, &ConnectivityChecker::finished);
        const quint64 id = checker.check(targets);
        const quint64 dnsId = dnsChecker.check({target(QStringLiteral("cancel.agm.test"), 443)});
        QTRY_COMPARE(stall.accepted, 2); // both are waiting for a TLS answer
        QTest::qWait(100);
        QVERIFY(checker.isRunning(id));
        checker.cancel(id);
        dnsChecker.cancel(dnsId);
        // cancel() ends the run before it returns: the signals are in already (no clock needed).
        QCOMPARE(finished.count(), 1);
        QCOMPARE(dnsFinished.count(), 1);
        QVERIFY(!checker.isRunning(id));
        const CheckRun run = finished.at(0).at(1).value<CheckRun>();
        QVERIFY(run.cancelled);
        QVERIFY(!run.anyFailed()); // cancelled is not failed
        for (const EndpointCheck &c : run.results) {
            QVERIFY(c.cancelled);
            QCOMPARE(c.layers.back().layer, CheckLayer::Tls);
            QCOMPARE(c.layers.back().detail, QStringLiteral("cancelled"));
        }
        const CheckRun dnsRun = dnsFinished.at(0).at(1).value<CheckRun>();
        QVERIFY(dnsRun.results.front().cancelled);
        QCOMPARE(dnsRun.results.front().layers.back().layer, CheckLayer::Dns);
        QTRY_COMPARE_WITH_TIMEOUT(stall.open(), 0, 1000); // the sockets are closed, not just forgotten
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // and nothing follows
        if (slow.ok())
            QTest::qWait(700); // the late DNS answer, so no resolver thread waits at exit
    }

    void emptyRunFinishesOnce()
    {
        ConnectivityChecker checker(testSettings());
        const Outcome out = runChecks(checker, {});
        QCOMPARE(out.finishedSignals, 1);
        QVERIFY(out.run.results.empty());
    }

    // ---- the JSON shape of check --json ----

    void jsonShape()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        ConnectivityChecker checker(testSettings());
        const Outcome out = runChecks(checker, {target(QStringLiteral("127.0.0.1"), server.serverPort())});
        const QJsonObject json = checkRunJson(out.run);
        const QJsonObject r = json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(r.value(QStringLiteral("port")).toInt(), int(server.serverPort()));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(r.value(QStringLiteral("failedLayer")).toString(), QStringLiteral("tls"));
        const QJsonArray layers = r.value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), 3);
        QStringList names;
        for (const QJsonValue &l : layers) {
            names << l.toObject().value(QStringLiteral("layer")).toString();
            QVERIFY(l.toObject().contains(QStringLiteral("status")));
            QVERIFY(l.toObject().value(QStringLiteral("detail")).isString());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls")}));
    }

    // ---- what the pod will see ----

    void podViewComparesBothSides()
    {
        PodNetwork pod;
        pod.proxies.push_back({QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://user:***@proxy.corp:3128"), QStringLiteral("values.yaml:12"), {}});
        pod.proxies.push_back({QStringLiteral("NO_PROXY"), QStringLiteral(".svc,.cluster.local"), QStringLiteral("values.yaml:13"), {}});
        pod.hostAliases.push_back({QStringLiteral("contoso.configuration.azure-api.net"), QStringLiteral("10.0.0.4"), QStringLiteral("gw.yaml:30"), {}});
        pod.hostAliases.push_back({QStringLiteral("contoso.management.azure-api.net"), QStringLiteral("10.0.0.5"), QStringLiteral("gw.yaml:32"), {}});
        CheckTarget t = target(QStringLiteral("contoso.configuration.azure-api.net"), 443);
        EndpointCheck result;
        result.target = t;
        result.layers.push_back({CheckLayer::Dns, CheckStatus::Pass, QStringLiteral("20.1.2.3"), {}, {}, 1});
        result.dns.addresses = QStringList{QStringLiteral("20.1.2.3")};
        QProcessEnvironment desktop;
        desktop.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost"));
        const PodView view = podView(pod, {t}, desktop, {result});
        const QString text = podViewText(view);
        QVERIFY2(text.contains(QLatin1String("http://user:***@proxy.corp:3128 (values.yaml:12)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("localhost (NO_PROXY)")));
        QVERIFY(text.contains(QLatin1String("HTTPS_PROXY http://proxy.corp:3128")));        // the pod's proxy for the endpoint
        QVERIFY(text.contains(QLatin1String("none: connected directly")));                 // this computer's
        QVERIFY(text.contains(QLatin1String("10.0.0.4 (hostAliases)")));
        QVERIFY(text.contains(QLatin1String("hostAliases contoso.management.azure-api.net")));
        QCOMPARE(view.notes.size(), 3); // proxy differs, address differs, v1 alias
        QVERIFY(view.notes.join(QLatin1Char(' ')).contains(QLatin1String("pin it to 10.0.0.4, but this computer resolved 20.1.2.3")));
    }

private:
    void requireDns()
    {
        if (!m_dns || !m_dns->ok())
            QSKIP(qPrintable(QStringLiteral("no DNS server on loopback: %1").arg(m_dns ? m_dns->error() : QString())));
        QVERIFY(m_dns->running());
    }

    TestCertificates m_certs;
    std::unique_ptr<FixtureDns> m_dns;
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
