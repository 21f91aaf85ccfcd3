// SPDX-License-Identifier: MIT
// "check" run as a real process against servers this test starts on loopback (TLS servers with
// certificates made at test time, a closed port, a silent port, a CONNECT proxy, dnsmasq on
// 127.0.0.79 or the next free of a few): exit codes 0/1/2, the JSON shape, the human table, --from deployment files.
#include "../clirun.h"
#include "../net/dnsserver.h"
#include "../net/loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using agm::test::ConnectProxy;
using agm::test::FixtureDns;
using agm::test::HttpRequest;
using agm::test::HttpResponse;
using agm::test::LoopbackServer;
using agm::test::SilentServer;
using agm::test::TestCertificates;

namespace {

// tst_connectivity uses .77, .78 and .80-.85.
const QStringList kDnsAddresses = {QStringLiteral("127.0.0.79"), QStringLiteral("127.0.0.86"), QStringLiteral("127.0.0.87"),
                                   QStringLiteral("127.0.0.88")};

using Run = agm::test::CliRun;

// NO_PROXY keeps the system proxy configuration out of it.
Run run(const QStringList &args, const QStringList &extraEnvironment = {})
{
    return agm::test::runCli(QStringList{QStringLiteral("check")} + args, QStringList{QStringLiteral("NO_PROXY=agm.test")} + extraEnvironment);
}

HttpResponse unauthorized(const HttpRequest &)
{
    HttpResponse r;
    r.status = 401;
    r.reason = "Unauthorized";
    return r;
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.error()));
    }

    void allPassJson()
    {
        LoopbackServer a(unauthorized, m_certs.signedByCa());
        LoopbackServer b(unauthorized, m_certs.signedByCa());
        const Run r = run({QStringLiteral("--json"), QStringLiteral("--ca-file"), m_certs.caFile(),
                           QStringLiteral("127.0.0.1:%1").arg(a.serverPort()), QStringLiteral("localhost:%1").arg(b.serverPort())});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results[0].toObject();
        QCOMPARE(first.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(first.value(QStringLiteral("port")).toInt(), int(a.serverPort()));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY(first.contains(QStringLiteral("failedLayer")) && first.value(QStringLiteral("failedLayer")).isNull());
        const QJsonArray layers = first.value(QStringLiteral("layers")).toArray();
        QStringList names;
        for (const QJsonValue &l : layers) {
            const QJsonObject o = l.toObject();
            names << o.value(QStringLiteral("layer")).toString();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
            QVERIFY(!o.value(QStringLiteral("detail")).toString().isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls"), QStringLiteral("http")}));
        QCOMPARE(first.value(QStringLiteral("httpStatus")).toInt(), 401); // 401 is fine: it answers
        QCOMPARE(results[1].toObject().value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
        QCOMPARE(results[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    }

    void failureExitsOneWithTableAndHint()
    {
        LoopbackServer good(unauthorized, m_certs.signedByCa());
        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        const Run r = run({QStringLiteral("--ca-file"), m_certs.caFile(), QStringLiteral("127.0.0.1:%1").arg(good.serverPort()),
                           QStringLiteral("127.0.0.1:%1").arg(closed)});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        const QStringList lines = out.split(QLatin1Char('\n'));
        QVERIFY2(lines[0].startsWith(QLatin1String("ENDPOINT")), qPrintable(out));
        QVERIFY(lines[1].contains(QLatin1String("pass    pass  pass  pass  pass  no")));
        QVERIFY(lines[2].contains(QLatin1String("fail    pass  fail  -     -     no")));
        QVERIFY(out.contains(QStringLiteral("127.0.0.1:%1: FAIL at TCP").arg(closed)));
        QVERIFY(out.contains(QLatin1String("hint: firewall on 443: nothing listens on port")));
        QVERIFY(out.contains(QLatin1String("Result: 1 passed, 1 failed.")));
    }

    void untrustedJson()
    {
        LoopbackServer server(unauthorized, m_certs.selfSigned());
        const Run r = run({QStringLiteral("--json"), QStringLiteral("127.0.0.1:%1").arg(server.serverPort())});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject result = r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(result.value(QStringLiteral("failedLayer")).toString(), QStringLiteral("tls"));
        const QJsonObject tls = result.value(QStringLiteral("layers")).toArray().last().toObject();
        QCOMPARE(tls.value(QStringLiteral("layer")).toString(), QStringLiteral("tls"));
        QVERIFY(tls.value(QStringLiteral("detail")).toString().contains(QLatin1String("likely TLS-inspecting proxy")));
        QVERIFY(result.value(QStringLiteral("hint")).toString().startsWith(QLatin1String("custom CA")));
    }

    void timeoutOption()
    {
        SilentServer silent;
        const Run r = run({QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("127.0.0.1:%1").arg(silent.serverPort())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("the TLS handshake did not complete within 0.5 s"), r.out.constData()); // the option's deadline ended it
    }

    void throughHttpsProxy()
    {
        LoopbackServer server(unauthorized, m_certs.signedByCa());
        const quint16 port = server.serverPort();
        ConnectProxy proxy([port](const QByteArray &) { return port; }, "cli:pw");
        const Run r = run({QStringLiteral("--json"), QStringLiteral("--ca-file"), m_certs.caFile(), QStringLiteral("gateway.agm.test")},
                          {QStringLiteral("HTTPS_PROXY=http://cli:pw@127.0.0.1:%1").arg(proxy.serverPort()), QStringLiteral("NO_PROXY=localhost")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QVERIFY(result.value(QStringLiteral("proxyUsed")).toBool());
        QCOMPARE(result.value(QStringLiteral("proxy")).toString(), QStringLiteral("HTTPS_PROXY http://127.0.0.1:%1").arg(proxy.serverPort()));
        QCOMPARE(proxy.requests.value(0).target, QByteArray("gateway.agm.test:443"));
        QVERIFY(!r.out.contains("pw@"));
    }

    void fromDeploymentFiles()
    {
        LoopbackServer server(unauthorized, m_certs.signedByCa());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("gateway.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw-env\ndata:\n  config.service.endpoint: \"127.0.0.1:"
                   + QByteArray::number(server.serverPort())
                   + "\"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw\nspec:\n  template:\n    spec:\n"
                     "      hostAliases:\n      - ip: 10.1.2.3\n        hostnames: [\"contoso.management.azure-api.net\"]\n"
                     "      containers:\n      - name: gateway\n        image: mcr.microsoft.com/azure-api-management/gateway:2.5.0\n"
                     "        env:\n        - name: HTTPS_PROXY\n          value: http://u:FromCanary@proxy.corp.example:3128\n");
        file.close();
        const Run r = run({QStringLiteral("--json"), QStringLiteral("--ca-file"), m_certs.caFile(), QStringLiteral("--from"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        const QJsonObject result = json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(result.value(QStringLiteral("port")).toInt(), int(server.serverPort()));
        QCOMPARE(result.value(QStringLiteral("purpose")).toString(), QStringLiteral("v2 configuration endpoint"));
        QVERIFY(result.value(QStringLiteral("sources")).toArray().at(0).toString().endsWith(QLatin1String("gateway.yaml:6")));
        const QJsonObject pod = json.value(QStringLiteral("pod")).toObject();
        QCOMPARE(pod.value(QStringLiteral("proxies")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("http://u:***@proxy.corp.example:3128"));
        QCOMPARE(pod.value(QStringLiteral("hostAliases")).toArray().at(0).toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("10.1.2.3"));
        QVERIFY(!r.out.contains("FromCanary"));
        // The human output shows the pod's view beside this computer's.
        const Run human = run({QStringLiteral("--ca-file"), m_certs.caFile(), QStringLiteral("--from"), dir.path()});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("What the gateway pod will see (from the files) beside this computer:"), human.out.constData());
        QVERIFY(human.out.contains("http://u:***@proxy.corp.example:3128"));
        QVERIFY(human.out.contains("contoso.configuration.azure-api.net instead, which needs its own entry"));
        QVERIFY(!human.out.contains("FromCanary"));
    }

    void dnsServerOption()
    {
        FixtureDns dns(kDnsAddresses);
        if (!dns.ok())
            QSKIP(qPrintable(QStringLiteral("no DNS server on loopback: %1").arg(dns.error())));
        LoopbackServer server(unauthorized, m_certs.signedByCa());
        const Run r = run({QStringLiteral("--json"), QStringLiteral("--dns-server"), dns.address(), QStringLiteral("--ca-file"), m_certs.caFile(),
                           QStringLiteral("gw.agm.test:%1").arg(server.serverPort()), QStringLiteral("nowhere.agm.test")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(results[0].toObject().value(QStringLiteral("dns")).toObject().value(QStringLiteral("addresses")).toArray().at(0).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(results[1].toObject().value(QStringLiteral("failedLayer")).toString(), QStringLiteral("dns"));
        QVERIFY(results[1].toObject().value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("NXDOMAIN")));
    }

    // What the endpoint sends (here its reason phrase) reaches the terminal with every control
    // character escaped, in the table, the details and the JSON alike.
    void controlCharactersFromTheEndpointAreEscaped()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpResponse r;
            r.status = 404;
            r.reason = "Not Found\x1b]0;pwned\x07\x1b[2J";
            return r;
        }, m_certs.signedByCa());
        const QStringList args{QStringLiteral("--verbose"), QStringLiteral("--ca-file"), m_certs.caFile(), QStringLiteral("127.0.0.1:%1").arg(server.serverPort())};
        const Run text = run(args);
        const Run json = run(QStringList{QStringLiteral("--json")} + args);
        for (const Run &r : {text, json}) {
            QCOMPARE(r.exitCode, 0);
            for (const QByteArray &stream : {r.out, r.err}) {
                for (char c : stream)
                    QVERIFY2(uchar(c) >= 0x20 || c == '\n', stream.toPercentEncoding(" /:;,()@\n").constData());
            }
        }
        QVERIFY2(text.out.contains("HTTP 404 Not Found\\x1b]0;pwned\\x07\\x1b[2J"), text.out.constData());
        const QJsonArray layers = json.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("layers")).toArray();
        QVERIFY(layers.at(3).toObject().value(QStringLiteral("detail")).toString().startsWith(QLatin1String("HTTP 404 Not Found\\x1b]0;pwned\\x07\\x1b[2J")));
    }

    // A proxy variable that names no usable proxy is said in the first layer (a warning with
    // what to do) of the text and the JSON; the check then goes without a proxy.
    void unusableProxyVariableIsSaid()
    {
        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        // 0.0.0.0 is no loopback name, so the proxy rules apply; it reaches this machine.
        const QStringList env{QStringLiteral("HTTPS_PROXY=https://proxy.example:3128")};
        const QString endpoint = QStringLiteral("0.0.0.0:%1").arg(closed);
        const Run text = run({endpoint}, env);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("DNS   warn  an IP address: nothing to resolve; HTTPS_PROXY (https://proxy.example:3128) ignored: not an "
                                   "http://, socks5:// or socks5h:// proxy URL; checked without a proxy"), text.out.constData());
        QVERIFY2(text.out.contains("hint: proxy: fix HTTPS_PROXY or unset it."), text.out.constData());
        const Run json = run({QStringLiteral("--json"), endpoint}, env);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject dns = json.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("layers")).toArray().at(0).toObject();
        QCOMPARE(dns.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY(dns.value(QStringLiteral("detail")).toString().contains(QLatin1String("HTTPS_PROXY (https://proxy.example:3128) ignored")));
        QVERIFY(dns.value(QStringLiteral("hint")).toString().startsWith(QLatin1String("proxy: fix HTTPS_PROXY")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing to check") << QStringList{} << QStringLiteral("give at least one HOST[:PORT] or --from PATH");
        QTest::newRow("a port out of range") << QStringList{QStringLiteral("gw.example:70000")} << QStringLiteral("port must be a number");
        QTest::newRow("http is not checked") << QStringList{QStringLiteral("http://gw.example")} << QStringLiteral("only https endpoints");
        QTest::newRow("DNS server not an IP") << QStringList{QStringLiteral("--dns-server"), QStringLiteral("dns.example"), QStringLiteral("gw.example")}
                                             << QStringLiteral("--dns-server dns.example: give the DNS server's IP address");
        QTest::newRow("CA file missing") << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem"), QStringLiteral("gw.example")}
                                         << QStringLiteral("cannot read it");
        QTest::newRow("CA file without a certificate") << QStringList{QStringLiteral("--ca-file"), QStringLiteral(AGM_TEST_DATA "/checks/values.yaml"), QStringLiteral("gw.example")}
                                                       << QStringLiteral("no PEM certificate in it");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("gw.example")}
                                      << QStringLiteral("--timeout 0: give the seconds");
        QTest::newRow("from a missing path") << QStringList{QStringLiteral("--from"), QStringLiteral("/nonexistent/deploy")}
                                             << QStringLiteral("it does not exist");
        QTest::newRow("from files without a v2 host") << QStringList{QStringLiteral("--from"), QStringLiteral(AGM_TEST_DATA "/checks/gateway.env")}
                                                      << QStringLiteral("no v2 configuration host to check");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("Unknown option 'bogus'");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

private:
    TestCertificates m_certs;
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
