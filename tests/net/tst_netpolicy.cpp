// SPDX-License-Identifier: MIT
// The network policy (ARCHITECTURE.md "Network rules", anchors-perf-reliability.md §8.3): no code
// path switches certificate verification off, follows a redirect from https to http, or lets a
// compressed or oversized answer grow without a cap. A scan of the sources, and the connectivity
// check's HTTP step against hostile servers on loopback (the registry client's redirects and body
// caps are exercised by tst_tagsource).
#include "loopbackserver.h"

#include "connectivitychecker.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace agm;
using namespace agm::net;
using agm::test::HttpRequest;
using agm::test::HttpResponse;
using agm::test::LoopbackServer;
using agm::test::TestCertificates;

namespace {

struct SourceFile
{
    QString path; // relative to the source tree
    QString text;
};

std::vector<SourceFile> productSources()
{
    std::vector<SourceFile> files;
    const QDir root(QStringLiteral(AGM_SOURCE_DIR));
    for (const QString &folder : {QStringLiteral("wizard"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files.push_back({root.relativeFilePath(path), QString::fromUtf8(f.readAll())});
        }
    }
    return files;
}

// Each line holding the pattern, as "file:line: text".
QStringList matches(const std::vector<SourceFile> &files, const QRegularExpression &pattern)
{
    QStringList found;
    for (const SourceFile &f : files) {
        const QStringList lines = f.text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (pattern.match(lines[i]).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(f.path).arg(i + 1).arg(lines[i].trimmed());
        }
    }
    return found;
}

ConnectivitySettings hermetic(const QString &caFile)
{
    ConnectivitySettings s;
    s.environment = QProcessEnvironment();
    s.systemProxy = false;
    s.caFile = caFile;
    s.dnsTimeout = std::chrono::seconds(3);
    s.tcpTimeout = std::chrono::seconds(3);
    s.tlsTimeout = std::chrono::seconds(3);
    s.httpTimeout = std::chrono::seconds(3);
    return s;
}

EndpointCheck checkLoopback(const ConnectivitySettings &settings, quint16 port)
{
    ConnectivityChecker checker(settings);
    CheckTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = port;
    QEventLoop loop;
    EndpointCheck result;
    QObject::connect(&checker, &ConnectivityChecker::finished, &loop, [&](quint64, const CheckRun &run) {
        if (!run.results.empty())
            result = run.results.front();
        loop.quit();
    });
    checker.check({target});
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

QString httpLayer(const EndpointCheck &c)
{
    const LayerCheck *l = c.layer(CheckLayer::Http);
    return l ? QStringLiteral("%1: %2").arg(checkStatusName(l->status), l->detail) : QStringLiteral("(not run)");
}

} // namespace

class TestNetPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sources = productSources();
        QVERIFY2(m_sources.size() > 50, "the source tree was not found");
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.error()));
    }

    // Nothing in the program weakens TLS: no ignored errors, no unverified peers, no old protocols.
    void noVerificationBypass_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("ignoreSslErrors") << QStringLiteral("ignoreSslErrors");
        QTest::newRow("VerifyNone") << QStringLiteral("VerifyNone");
        QTest::newRow("QueryPeer") << QStringLiteral("QueryPeer");
        QTest::newRow("a verify mode other than VerifyPeer") << QStringLiteral("setPeerVerifyMode\\((?!QSslSocket::VerifyPeer\\))");
        QTest::newRow("SSL 2/3, TLS 1.0/1.1") << QStringLiteral("\\b(SslV2|SslV3|TlsV1_0|TlsV1_1|TlsV1SslV3)\\b");
        QTest::newRow("HSTS switched off") << QStringLiteral("setStrictTransportSecurityEnabled\\(\\s*false");
        QTest::newRow("Qt 5 redirect following") << QStringLiteral("FollowRedirectsAttribute");
    }

    void noVerificationBypass()
    {
        QFETCH(QString, pattern);
        const QStringList found = matches(m_sources, QRegularExpression(pattern));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Every HTTP request checks its redirects itself (UserVerifiedRedirectPolicy, each hop through
    // the URL policy that refuses https -> http), and only code that caps inflated bytes itself
    // turns Qt's decompression guard off.
    void requestsCheckRedirectsAndCapBodies()
    {
        QStringList requestFiles;
        for (const SourceFile &f : m_sources) {
            if (f.text.contains(QRegularExpression(QStringLiteral("QNetworkRequest\\s+\\w+\\s*[({]"))))
                requestFiles << f.path;
        }
        QVERIFY2(!requestFiles.isEmpty(), "no QNetworkRequest found: is the scan reading the sources?");
        for (const SourceFile &f : m_sources) {
            if (!requestFiles.contains(f.path))
                continue;
            QVERIFY2(f.text.contains(QLatin1String("RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy")),
                     qPrintable(f.path + QStringLiteral(": a request without UserVerifiedRedirectPolicy")));
            QVERIFY2(f.text.contains(QLatin1String("redirectAllowed")) && f.text.contains(QLatin1String("checkFollowUrl")),
                     qPrintable(f.path + QStringLiteral(": redirects are not checked against the URL policy")));
        }
        const QStringList unguarded = matches(m_sources, QRegularExpression(QStringLiteral("setDecompressedSafetyCheckThreshold\\(\\s*-1")));
        QCOMPARE(unguarded.size(), 1);
        QVERIFY(unguarded.front().startsWith(QLatin1String("wizard/net/registrytagservice.cpp:")));
        const auto service = std::find_if(m_sources.begin(), m_sources.end(), [](const SourceFile &f) {
            return f.path == QLatin1String("wizard/net/registrytagservice.cpp");
        });
        QVERIFY(service != m_sources.end());
        QVERIFY2(service->text.contains(QLatin1String("m_body.size() > m_settings.maxBodyBytes")), "the inflated-bytes cap is gone");
    }

    // The check's HTTP step reads the status line only: a redirect to http:// is reported, never
    // followed, so nothing reaches the plain-text server.
    void httpsToHttpRedirectNotFollowed()
    {
        LoopbackServer plain([](const HttpRequest &) { return HttpResponse::json("{}"); });
        const QByteArray location = plain.url(QStringLiteral("/")).toString().toLatin1();
        LoopbackServer tls([&](const HttpRequest &) {
            HttpResponse r;
            r.status = 301;
            r.reason = "Moved Permanently";
            r.header("Location", location);
            return r;
        }, m_certs.signedByCa());
        const EndpointCheck c = checkLoopback(hermetic(m_certs.caFile()), tls.serverPort());
        QCOMPARE(c.httpStatus, 301);
        QCOMPARE(tls.requests.size(), 1);
        QVERIFY2(plain.requests.isEmpty(), "the redirect to http:// was followed");
    }

    // Oversized and compressed answers: the status line is all the check reads; a head without a
    // line end is refused after 64 KiB; nothing is inflated.
    void hostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("answers");
        QTest::newRow("a 32 MB body") << QByteArray("OK") << QByteArray() << QByteArray(32 * 1024 * 1024, 'A') << true;
        QTest::newRow("a gzip bomb (64 MiB inflated)") << QByteArray("OK") << QByteArray("gzip") << agm::test::gzipped(QByteArray(64 * 1024 * 1024, '\0')) << true;
        QTest::newRow("a 1 MB status line") << QByteArray(1024 * 1024, 'A') << QByteArray() << QByteArray() << false;
    }

    void hostileAnswers()
    {
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        QFETCH(bool, answers);
        LoopbackServer tls([&](const HttpRequest &) {
            HttpResponse r;
            r.reason = reason;
            r.body = body;
            if (!encoding.isEmpty())
                r.header("Content-Encoding", encoding);
            return r;
        }, m_certs.signedByCa());
        QElapsedTimer clock;
        clock.start();
        const EndpointCheck c = checkLoopback(hermetic(m_certs.caFile()), tls.serverPort());
        QVERIFY(clock.elapsed() < 10000);
        if (answers) {
            QCOMPARE(c.status, CheckStatus::Pass);
            QCOMPARE(c.httpStatus, 200);
        } else {
            QCOMPARE(c.failedLayer, std::optional<CheckLayer>(CheckLayer::Http));
            QVERIFY2(httpLayer(c).contains(QLatin1String("not HTTP")), qPrintable(httpLayer(c)));
            QVERIFY(c.httpReason.size() <= 100);
        }
    }

private:
    std::vector<SourceFile> m_sources;
    TestCertificates m_certs;
};

QTEST_GUILESS_MAIN(TestNetPolicy)
#include "tst_netpolicy.moc"
