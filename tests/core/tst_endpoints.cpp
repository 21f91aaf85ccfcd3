// SPDX-License-Identifier: MIT
// What the connectivity checks take from a project (tests/data/checks): the v2 hosts the plan
// writes, the pod's proxy variables and hostAliases, the in-cluster probe texts; and the plain
// renderings of check results (JSON shape, text, report sections). No network.
#include "connectivity.h"
#include "endpoints.h"
#include "project.h"
#include "report.h"
#include "secretmask.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace agm;

namespace {

const QString kChecks = QStringLiteral(AGM_TEST_DATA "/checks");

QStringList names(const std::vector<CheckTarget> &targets)
{
    QStringList out;
    for (const CheckTarget &t : targets)
        out << QStringLiteral("%1:%2").arg(t.host).arg(t.port);
    return out;
}

QStringList settings(const std::vector<PodSetting> &list)
{
    QStringList out;
    for (const PodSetting &s : list)
        out << QStringLiteral("%1=%2 @%3").arg(s.name, s.value, s.source);
    return out;
}

const Finding *endpointFinding(const Project &project, const QString &file)
{
    for (const FileAnalysis &f : project.files) {
        if (f.source.relativePath != file)
            continue;
        for (const Finding &finding : f.findings) {
            if (finding.step == Step::Endpoint && !finding.edits.empty())
                return &finding;
        }
    }
    return nullptr;
}

// sh -n: the text parses as a shell script.
bool shellParses(const QString &script, QString *error)
{
    QProcess sh;
    sh.setProcessChannelMode(QProcess::MergedChannels);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), script});
    if (!sh.waitForFinished(10000))
        return false;
    *error = QString::fromLocal8Bit(sh.readAll());
    return sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
}

EndpointCheck sampleCheck(CheckStatus status, std::optional<CheckLayer> failed)
{
    EndpointCheck c;
    c.target.host = QStringLiteral("contoso.configuration.azure-api.net");
    c.target.port = 443;
    c.target.purpose = QStringLiteral("v2 configuration endpoint");
    c.status = status;
    c.failedLayer = failed;
    c.layers.push_back({CheckLayer::Dns, CheckStatus::Pass, QStringLiteral("20.1.2.3 (system resolver)"), {}, {}, 3});
    if (failed == CheckLayer::Tcp) {
        c.layers.push_back({CheckLayer::Tcp, CheckStatus::Fail, QStringLiteral("20.1.2.3:443: no answer within 5 s"), {}, QStringLiteral("firewall on 443: allow it"), 5000});
    } else {
        c.layers.push_back({CheckLayer::Tcp, CheckStatus::Pass, QStringLiteral("connected"), {}, {}, 20});
        c.layers.push_back({CheckLayer::Tls, CheckStatus::Pass, QStringLiteral("TLS 1.3, certificate for x | y"), {}, {}, 40});
        c.layers.push_back({CheckLayer::Http, CheckStatus::Pass, QStringLiteral("HTTP 404 Not Found: the endpoint answers"), {}, {}, 10});
    }
    return c;
}

} // namespace

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_project = importPaths({kChecks});
        QCOMPARE(m_project.files.size(), std::size_t(5));
    }

    // The host the plan writes: derived from v1, kept when already v2 or custom; one entry per
    // host:port with every place that names it.
    void plannedHosts()
    {
        const ProjectPlan plan = planProject(m_project, {});
        const PlannedEndpoints planned = plannedEndpoints(m_project, plan);
        QCOMPARE(names(planned.targets), (QStringList{QStringLiteral("fabrikam.configuration.azure-api.net:443"),
                                                      QStringLiteral("contoso.configuration.azure-api.net:443"),
                                                      QStringLiteral("gw-config.contoso.example:443")}));
        QCOMPARE(planned.targets[1].sources, (QStringList{QStringLiteral("gateway.yaml:7"), QStringLiteral("run.sh:3")}));
        QCOMPARE(planned.targets[0].purpose, QStringLiteral("v2 configuration endpoint"));
        QCOMPARE(planned.notChecked.size(), 1);
        QVERIFY2(planned.notChecked[0].startsWith(QLatin1String("gateway.env:1: config.service.endpoint is built from a shell variable")),
                 qPrintable(planned.notChecked[0]));
    }

    void hostOverrideWithPort()
    {
        const Finding *f = endpointFinding(m_project, QStringLiteral("gateway.yaml"));
        QVERIFY(f);
        MigrationOptions options;
        options.hostOverrides.insert(findingKey(QStringLiteral("gateway.yaml"), f->id), QStringLiteral("127.0.0.1:8443"));
        const PlannedEndpoints planned = plannedEndpoints(m_project, planProject(m_project, options));
        QVERIFY(names(planned.targets).contains(QStringLiteral("127.0.0.1:8443")));
        QVERIFY(names(planned.targets).contains(QStringLiteral("contoso.configuration.azure-api.net:443"))); // run.sh still names it
    }

    void skippedEndpointIsNotChecked()
    {
        MigrationOptions options;
        options.skippedSteps.insert(Step::Endpoint);
        const PlannedEndpoints planned = plannedEndpoints(m_project, planProject(m_project, options));
        QCOMPARE(planned.targets[1].sources, QStringList{QStringLiteral("run.sh:3")});
        QVERIFY(planned.notChecked.join(QLatin1Char('\n')).contains(QLatin1String("gateway.yaml:7: data.config.service.endpoint is not a v2 host yet")));
    }

    void podSettings()
    {
        const PodNetwork pod = podNetwork(m_project);
        QCOMPARE(settings(pod.proxies),
                 (QStringList{QStringLiteral("HTTPS_PROXY=http://compose-proxy.example:3128 @docker-compose.yml:6"),
                              QStringLiteral("HTTPS_PROXY=http://envfile-proxy.example:3128 @gateway.env:2"),
                              QStringLiteral("NO_PROXY=.svc,.cluster.local,10.0.0.0/8 @gateway.yaml:8"),
                              QStringLiteral("HTTPS_PROXY=http://gwuser:***@proxy.contoso.example:3128 @gateway.yaml:29"),
                              QStringLiteral("HTTP_PROXY=(from valueFrom) @gateway.yaml:31"),
                              QStringLiteral("HTTPS_PROXY=http://script-proxy.example:3128 @run.sh:4"),
                              QStringLiteral("HTTPS_PROXY=http://helm-proxy.contoso.example:8080 @values.yaml:11"),
                              QStringLiteral("NO_PROXY=.svc @values.yaml:12")}));
        QCOMPARE(settings(pod.hostAliases),
                 (QStringList{QStringLiteral("fabrikam.configuration.azure-api.net=192.168.4.4 @docker-compose.yml:8"),
                              QStringLiteral("contoso.management.azure-api.net=10.20.0.4 @gateway.yaml:20"),
                              QStringLiteral("contoso.configuration.azure-api.net=10.20.0.5 @gateway.yaml:23"),
                              QStringLiteral("contoso.configuration.azure-api.net=10.20.0.5 @run.sh:5"),
                              QStringLiteral("gw-config.contoso.example=10.20.0.9 @values.yaml:17")}));
        QCOMPARE(pod.aliasFor(QStringLiteral("CONTOSO.configuration.azure-api.net")), QStringLiteral("10.20.0.5"));
        QCOMPARE(pod.proxyValue(QStringLiteral("NO_PROXY")), QStringLiteral(".svc,.cluster.local,10.0.0.0/8"));
        QVERIFY(pod.proxies[3].where.contains(QLatin1String("containers[gateway].env[HTTPS_PROXY]")));
    }

    // The proxy password is a secret like a gateway token: masked in the diff and reports too.
    void proxyPasswordIsMasked()
    {
        const ProjectPlan plan = planProject(m_project, {});
        for (std::size_t i = 0; i < m_project.files.size(); ++i) {
            const MaskedTexts masked = maskedTexts(m_project.files[i], plan.files[i]);
            QVERIFY(masked.original.find("Pr0xyCanary") == std::string::npos);
            QVERIFY(masked.migrated.find("Pr0xyCanary") == std::string::npos);
        }
        QVERIFY(!markdownReport(m_project, plan, {}).contains("Pr0xyCanary"));
    }

    // ---- the in-cluster probe ----

    void kubernetesJob()
    {
        const ProjectPlan plan = planProject(m_project, {});
        const PlannedEndpoints planned = plannedEndpoints(m_project, plan);
        const QString job = kubernetesProbeJob(planned.targets, podNetwork(m_project));
        QVERIFY(job.startsWith(QLatin1String("# In-cluster connectivity probe")));
        QVERIFY(!job.contains(QLatin1String("masked"))); // the first HTTPS_PROXY (compose's) has no password
        const YAML::Node root = YAML::Load(job.toStdString());
        QCOMPARE(QString::fromStdString(root["kind"].as<std::string>()), QStringLiteral("Job"));
        const YAML::Node spec = root["spec"]["template"]["spec"];
        QCOMPARE(QString::fromStdString(spec["restartPolicy"].as<std::string>()), QStringLiteral("Never"));
        const YAML::Node container = spec["containers"][0];
        QCOMPARE(QString::fromStdString(container["image"].as<std::string>()), QLatin1String(kProbeImage));
        QCOMPARE(QString::fromStdString(container["command"][1].as<std::string>()), QStringLiteral("-c"));
        const QString script = QString::fromStdString(container["args"][0].as<std::string>());
        QVERIFY(script.contains(QLatin1String("for target in fabrikam.configuration.azure-api.net:443 contoso.configuration.azure-api.net:443 "
                                              "gw-config.contoso.example:443; do")));
        QString error;
        QVERIFY2(shellParses(script, &error), qPrintable(error));
        // The pod's own settings: the first HTTPS_PROXY, the NO_PROXY, every hostAliases address.
        QCOMPARE(QString::fromStdString(container["env"][0]["name"].as<std::string>()), QStringLiteral("HTTPS_PROXY"));
        QCOMPARE(QString::fromStdString(container["env"][0]["value"].as<std::string>()), QStringLiteral("http://compose-proxy.example:3128"));
        QCOMPARE(QString::fromStdString(container["env"][1]["name"].as<std::string>()), QStringLiteral("NO_PROXY"));
        QVERIFY(!container["env"][2]); // HTTP_PROXY comes from a Secret: not copied
        QCOMPARE(spec["hostAliases"].size(), std::size_t(4));
        QCOMPARE(QString::fromStdString(spec["hostAliases"][2]["ip"].as<std::string>()), QStringLiteral("10.20.0.5"));
        QCOMPARE(QString::fromStdString(spec["hostAliases"][2]["hostnames"][0].as<std::string>()), QStringLiteral("contoso.configuration.azure-api.net"));
        QCOMPARE(container["securityContext"]["runAsNonRoot"].as<bool>(), true);
    }

    void dockerOneLiner()
    {
        CheckTarget t;
        t.host = QStringLiteral("contoso.configuration.azure-api.net");
        PodNetwork pod;
        pod.proxies.push_back({QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://u:***@proxy.example:3128"), {}, {}});
        pod.proxies.push_back({QStringLiteral("NO_PROXY"), QStringLiteral(".svc, .local"), {}, {}});
        pod.hostAliases.push_back({QStringLiteral("contoso.configuration.azure-api.net"), QStringLiteral("10.20.0.5"), {}, {}});
        const QString command = dockerProbeCommand({t}, pod);
        const QStringList lines = command.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2); // the masked-password note, then one line
        QVERIFY(lines[0].startsWith(QLatin1String("# The proxy password is masked")));
        const QString line = lines[1];
        QVERIFY2(line.startsWith(QLatin1String("docker run --rm --add-host contoso.configuration.azure-api.net:10.20.0.5 "
                                               "-e 'HTTPS_PROXY=http://u:***@proxy.example:3128' -e 'NO_PROXY=.svc, .local' "
                                               "--entrypoint sh curlimages/curl:8.11.1 -c 'failed=0; for target in "
                                               "contoso.configuration.azure-api.net:443; do")),
                 qPrintable(line));
        QVERIFY(line.endsWith(QLatin1String("exit $failed'")));
        // The whole line is valid shell, and the script inside it too.
        QString error;
        QVERIFY2(shellParses(line, &error), qPrintable(error));
        QVERIFY2(shellParses(probeScriptLines({t}).join(QLatin1Char(' ')), &error), qPrintable(error));
        QVERIFY(!probeScriptLines({t}).join(QString()).contains(QLatin1Char('\'')));
        // Without masked values there is no note.
        QVERIFY(!dockerProbeCommand({t}, {}).contains(QLatin1Char('\n')));
    }

    // ---- targets, JSON, text, reports ----

    void parseTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host only: 443") << QStringLiteral("contoso.configuration.azure-api.net") << QStringLiteral("contoso.configuration.azure-api.net") << 443;
        QTest::newRow("host and port") << QStringLiteral("gw.example:8443") << QStringLiteral("gw.example") << 8443;
        QTest::newRow("lower-cased") << QStringLiteral("GW.Example") << QStringLiteral("gw.example") << 443;
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1:9000") << QStringLiteral("127.0.0.1") << 9000;
        QTest::newRow("IPv6 in brackets") << QStringLiteral("[::1]:8443") << QStringLiteral("::1") << 8443;
        QTest::newRow("https URL") << QStringLiteral("https://gw.example/path?x=1") << QStringLiteral("gw.example") << 443;
        QTest::newRow("https URL with port") << QStringLiteral("https://gw.example:444/") << QStringLiteral("gw.example") << 444;
        QTest::newRow("trailing slash") << QStringLiteral("gw.example/") << QStringLiteral("gw.example") << 443;
        QTest::newRow("port 0") << QStringLiteral("gw.example:0") << QString() << 0;
        QTest::newRow("port too large") << QStringLiteral("gw.example:70000") << QString() << 0;
        QTest::newRow("port not a number") << QStringLiteral("gw.example:https") << QString() << 0;
        QTest::newRow("http URL") << QStringLiteral("http://gw.example") << QString() << 0;
        QTest::newRow("credentials") << QStringLiteral("https://u:p@gw.example") << QString() << 0;
        QTest::newRow("empty") << QString() << QString() << 0;
        QTest::newRow("spaces in the name") << QStringLiteral("gw example") << QString() << 0;
    }

    void parseTargets()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const CheckTarget t = parseCheckTarget(text, &error);
        QCOMPARE(t.host, host);
        if (!host.isEmpty()) {
            QCOMPARE(t.port, port);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void jsonShape()
    {
        CheckRun run;
        run.results = {sampleCheck(CheckStatus::Pass, std::nullopt), sampleCheck(CheckStatus::Fail, CheckLayer::Tcp)};
        const QJsonObject json = checkRunJson(run);
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject pass = results[0].toObject(), fail = results[1].toObject();
        QCOMPARE(pass.value(QStringLiteral("host")).toString(), QStringLiteral("contoso.configuration.azure-api.net"));
        QCOMPARE(pass.value(QStringLiteral("port")).toInt(), 443);
        QCOMPARE(pass.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY(pass.value(QStringLiteral("failedLayer")).isNull());
        QCOMPARE(fail.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(fail.value(QStringLiteral("failedLayer")).toString(), QStringLiteral("tcp"));
        const QJsonObject layer = fail.value(QStringLiteral("layers")).toArray().at(1).toObject();
        QCOMPARE(layer.value(QStringLiteral("layer")).toString(), QStringLiteral("tcp"));
        QCOMPARE(layer.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(layer.value(QStringLiteral("detail")).toString(), QStringLiteral("20.1.2.3:443: no answer within 5 s"));
        QCOMPARE(fail.value(QStringLiteral("hint")).toString(), QStringLiteral("firewall on 443: allow it"));
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt(), 1);
    }

    void textTable()
    {
        CheckRun run;
        run.results = {sampleCheck(CheckStatus::Pass, std::nullopt), sampleCheck(CheckStatus::Fail, CheckLayer::Tcp)};
        const QString text = checkRunText(run);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines[0].startsWith(QLatin1String("ENDPOINT")) && lines[0].contains(QLatin1String("DNS   TCP   TLS   HTTP")), qPrintable(text));
        QVERIFY(lines[1].contains(QLatin1String("pass    pass  pass  pass  pass")));
        QVERIFY(lines[2].contains(QLatin1String("fail    pass  fail  -     -")));
        QVERIFY(text.contains(QLatin1String("contoso.configuration.azure-api.net:443 (v2 configuration endpoint): FAIL at TCP")));
        QVERIFY(text.contains(QLatin1String("hint: firewall on 443: allow it")));
        QVERIFY(text.contains(QLatin1String("Result: 1 passed, 1 failed.")));
        QCOMPARE(checkRunSummary(run), QStringLiteral("1 passed, 1 failed"));
    }

    void reportsCarryTheChecks()
    {
        const ProjectPlan plan = planProject(m_project, {});
        ReportContext context{.tag = QStringLiteral("2.5.0"), .tagSource = QStringLiteral("test"), .toolVersion = QStringLiteral("test")};
        // Checks that were not run are said to be not run, never left out in silence.
        QVERIFY(markdownReport(m_project, plan, context).contains("The connectivity checks were not run"));
        QVERIFY(htmlReport(m_project, plan, context).contains("The connectivity checks were not run"));
        QVERIFY(jsonReport(m_project, plan, context).contains("\"checks\": \"The connectivity checks were not run"));
        CheckRun run;
        run.startedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        run.results = {sampleCheck(CheckStatus::Fail, CheckLayer::Tcp)};
        run.acknowledged = true;
        context.checks = run;
        const QString md = QString::fromUtf8(markdownReport(m_project, plan, context));
        QVERIFY2(md.contains(QLatin1String("## Connectivity checks")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("Run 2026-11-26T12:00:00Z from the computer that ran the wizard (system resolver): 1 failed.")));
        QVERIFY(md.contains(QLatin1String("the operator acknowledged it and exported anyway")));
        QVERIFY(md.contains(QLatin1String("| `contoso.configuration.azure-api.net:443` | fail | pass | fail | - | - | none |")));
        const QString html = QString::fromUtf8(htmlReport(m_project, plan, context));
        QVERIFY(html.contains(QLatin1String("<h2>Connectivity checks</h2>")));
        QVERIFY(html.contains(QLatin1String("<th>Endpoint</th>")));
        QVERIFY(html.contains(QLatin1String("<td class=\"error\">fail</td>")));
        const QJsonObject json = QJsonDocument::fromJson(jsonReport(m_project, plan, context)).object();
        const QJsonObject checks = json.value(QStringLiteral("checks")).toObject();
        QCOMPARE(checks.value(QStringLiteral("results")).toArray().size(), 1);
        QVERIFY(checks.value(QStringLiteral("acknowledged")).toBool());
    }

private:
    Project m_project;
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
