// SPDX-License-Identifier: MIT
// The Kubernetes pre-scan skips documents without parsing them. Skipping must change nothing:
// every input gives the same findings, edits, secret spans, endpoints and network settings with
// the pre-scan as with every document parsed, and documents that spell a keyword in a way the
// bytes do not show (escapes, flow style, aliases, upper case) are still analysed.
#include "formats.h"
#include "yamltext.h"

#include "../bench/core/corpus.h"
#include "../testfiles.h"

#include <QTest>

using namespace agm;

namespace {

FileAnalysis analyze(const QByteArray &bytes, PreScan preScan)
{
    FileAnalysis analysis;
    const LoadResult loaded = decodeSource(bytes, QStringLiteral("/in/input.yaml"), QStringLiteral("input.yaml"));
    if (!loaded.file)
        return analysis;
    analysis.source = *loaded.file;
    analysis.format = Format::Kubernetes;
    analyzeKubernetes(analysis, preScan);
    return analysis;
}

// Everything an analysis yields, one line per item, for QCOMPARE.
QStringList outcome(const FileAnalysis &a)
{
    QStringList lines;
    for (const Finding &f : a.findings) {
        QString line = QStringLiteral("finding %1 %2:%3 %4 %5 %6 [%7]")
                           .arg(codeName(f.code))
                           .arg(f.line)
                           .arg(f.column)
                           .arg(f.id, f.resource, f.field, f.args.join(QLatin1Char('|')));
        for (const ProposedEdit &e : f.edits)
            line += QStringLiteral(" edit %1-%2 %3|%4").arg(e.start).arg(e.end).arg(QString::fromStdString(e.prefix), QString::fromStdString(e.suffix));
        lines << line;
    }
    for (const SecretSpan &s : a.secrets)
        lines << QStringLiteral("secret %1-%2").arg(s.start).arg(s.end);
    for (const EndpointValue &e : a.endpoints)
        lines << QStringLiteral("endpoint %1-%2 %3 %4").arg(e.start).arg(e.end).arg(e.value, e.field);
    for (const NetworkSetting &n : a.network)
        lines << QStringLiteral("network %1 %2=%3 %4").arg(int(n.kind)).arg(n.name, n.value, n.field);
    return lines;
}

const QByteArray kExpiredToken = "GatewayKey gw&201001010000&abcdef==";

} // namespace

class TestPreScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOutcome_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("concernsGateway"); // the row must yield something, or nothing at all

        const QString golden = QStringLiteral(AGM_TEST_DATA "/golden");
        int kubernetesInputs = 0;
        for (const QString &relative : test::filesUnder(golden)) {
            if (!relative.contains(QLatin1String("/input/")) || !(relative.endsWith(QLatin1String(".yaml")) || relative.endsWith(QLatin1String(".yml"))))
                continue;
            const QByteArray bytes = test::readAll(golden + QLatin1Char('/') + relative);
            const LoadResult loaded = decodeSource(bytes, relative, relative);
            if (!loaded.file || detectFormat(*loaded.file) != Format::Kubernetes)
                continue;
            ++kubernetesInputs;
            QTest::newRow(qPrintable(QStringLiteral("golden ") + relative)) << bytes << analyze(bytes, PreScan::Off).concernsGateway();
        }
        QVERIFY2(kubernetesInputs >= 10, "the golden cases should hold Kubernetes inputs");

        const std::string corpus = agmbench::kubernetesStream(400'000, 3, 97);
        QTest::newRow("benchmark corpus") << QByteArray::fromStdString(corpus) << true;

        QTest::newRow("kind spelled with an escape")
            << ("apiVersion: v1\nkind: \"\\x53ecret\"\nmetadata: {name: t}\nstringData:\n  token: \"" + kExpiredToken + "\"\n") << true;
        QTest::newRow("JSON document")
            << ("{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"t\"}, \"data\": {\"token\": \"" + kExpiredToken.toBase64() + "\"}}\n")
            << true;
        QTest::newRow("image path in upper case")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: gw}\nspec:\n  template:\n    spec:\n      containers:\n"
                          "      - name: gw\n        image: MCR.MICROSOFT.COM/AZURE-API-MANAGEMENT/GATEWAY:1.0.0\n")
            << true;
        QTest::newRow("image through an alias")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw\n  labels: {image: &img mcr.microsoft.com/azure-api-management/gateway:1.0.0}\n"
                          "spec:\n  template:\n    spec:\n      containers:\n      - name: gw\n        image: *img\n")
            << true;
        QTest::newRow("env name spelled with an escape")
            << ("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: side\n    image: busybox\n    env:\n"
                "    - name: \"config\\x2eservice.auth\"\n      value: \"" + kExpiredToken + "\"\n")
            << true;
        QTest::newRow("gateway token in a sidecar's env")
            << ("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: side\n    image: busybox\n    env:\n"
                "    - name: config.service.auth\n      value: \"" + kExpiredToken + "\"\n")
            << true;
        QTest::newRow("last-applied copy on a Service")
            << QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n"
                          "    kubectl.kubernetes.io/last-applied-configuration: '{\"kind\":\"Service\"}'\nspec: {}\n")
            << true;
        QTest::newRow("gateway in a List")
            << QByteArray("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n  data:\n"
                          "    config.service.endpoint: contoso.management.azure-api.net/subscriptions/x/resourceGroups/r/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\n")
            << true;
        QTest::newRow("ordinary resources that say gateway and secret")
            << QByteArray("apiVersion: networking.istio.io/v1beta1\nkind: Gateway\nmetadata: {name: gateway}\nspec:\n  selector: {istio: ingressgateway}\n---\n"
                          "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\nrules:\n- resources: [secrets]\n  verbs: [get]\n---\n"
                          "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers:\n      - name: d\n"
                          "        image: nginx\n        env:\n        - name: P\n          valueFrom: {secretKeyRef: {name: s, key: p}}\n---\n"
                          "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: twice}\ndata:\n  gateway.mode: a\n  gateway.mode: b\n")
            << false;
    }

    void sameOutcome()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, concernsGateway);
        const QStringList parsedAll = outcome(analyze(bytes, PreScan::Off));
        const QStringList preScanned = outcome(analyze(bytes, PreScan::On));
        QCOMPARE(preScanned, parsedAll);
        QCOMPARE(!parsedAll.isEmpty(), concernsGateway);
        // Inputs are well formed: a parse error would hide a difference.
        for (const QString &line : parsedAll)
            QVERIFY2(!line.contains(QLatin1String("parse-failed")) && !line.contains(QLatin1String("input-rejected")), qPrintable(line));
    }

    void mayMention_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<bool>("expected");
        QTest::newRow("no keyword") << QByteArray("kind: Service\nmetadata: {name: gateway}\n") << false;
        QTest::newRow("keyword in any case") << QByteArray("image: Mcr.io/Azure-API-Management/Gateway:1\n") << true;
        QTest::newRow("case-sensitive keyword in another case") << QByteArray("kind: SECRET\n") << false;
        QTest::newRow("case-sensitive keyword") << QByteArray("kind: Secret\n") << true;
        QTest::newRow("keyword at the very end") << QByteArray("x: config.service") << true;
        QTest::newRow("escape in double quotes") << QByteArray("kind: \"\\x53ecret\"\n") << true;
        QTest::newRow("backslash without double quotes") << QByteArray("script: |\n  echo a \\\n  b\n") << false;
    }

    void mayMention()
    {
        QFETCH(QByteArray, document);
        QFETCH(bool, expected);
        const std::vector<YamlKeyword> keywords = {{"azure-api-management/gateway"}, {"config.service"}, {"Secret", true}};
        QCOMPARE(agm::mayMention(std::string_view(document.constData(), std::size_t(document.size())), keywords), expected);
    }
};

QTEST_GUILESS_MAIN(TestPreScan)
#include "tst_prescan.moc"
