// SPDX-License-Identifier: MIT
// The Checks page driven offscreen with a checker injected and endpoints on loopback only: the
// plan's host points at TLS servers this test starts (a custom host 127.0.0.1:PORT in the files,
// or a host override), a closed port, or a server that never completes TLS. Pass, fail and the
// acknowledgement gate, cancel, rerun with an added host, back, the report; the results model
// under QAbstractItemModelTester.
#include "../testfiles.h"
#include "../net/loopbackserver.h"
#include "checkresultsmodel.h"
#include "checkspage.h"
#include "connectivitychecker.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace agm;
using agm::test::HttpRequest;
using agm::test::HttpResponse;
using agm::test::LoopbackServer;
using agm::test::SilentServer;
using agm::test::TestCertificates;

using agm::test::readAll;

namespace {

HttpResponse notFound(const HttpRequest &)
{
    HttpResponse r;
    r.status = 404;
    r.reason = "Not Found";
    return r;
}


// A v2 deployment whose configuration host is HOST (a custom host, so the plan keeps it as is),
// with a proxy variable and hostAliases for the pod.
void writeDeployment(const QString &dir, const QString &host)
{
    QFile f(dir + QStringLiteral("/gateway.yaml"));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the deployment");
    f.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw-env\ndata:\n  config.service.endpoint: \"" + host.toUtf8()
            + "\"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw\nspec:\n  template:\n    spec:\n"
              "      hostAliases:\n      - ip: 10.9.8.7\n        hostnames: [\"contoso.management.azure-api.net\"]\n"
              "      containers:\n      - name: gateway\n        image: mcr.microsoft.com/azure-api-management/gateway:2.5.0\n"
              "        securityContext: {runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false}\n"
              "        env:\n        - name: HTTPS_PROXY\n          value: http://proxy.corp.example:3128\n");
}

} // namespace

class TestChecksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.error()));
    }

    void modelUnderTester()
    {
        CheckResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckTarget a, b;
        a.host = QStringLiteral("a.example");
        b.host = QStringLiteral("::1");
        b.port = 8443;
        model.setTargets({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CheckResultsModel::ColumnCount));
        QCOMPARE(model.index(1, CheckResultsModel::Endpoint).data().toString(), QStringLiteral("[::1]:8443"));
        QCOMPARE(model.index(0, CheckResultsModel::Dns).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("waiting"));
        model.setRunning(0, CheckLayer::Tcp);
        model.setLayer(0, {CheckLayer::Dns, CheckStatus::Pass, QStringLiteral("1.2.3.4"), {}, {}, 1});
        QCOMPARE(model.index(0, CheckResultsModel::Dns).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("pass"));
        QCOMPARE(model.index(0, CheckResultsModel::Tcp).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("running"));
        QCOMPARE(model.index(0, CheckResultsModel::Result).data().toString(), QStringLiteral("checking TCP…"));
        QVERIFY(!model.index(0, CheckResultsModel::Tcp).data(Qt::DecorationRole).value<QIcon>().isNull());
        EndpointCheck result;
        result.target = a;
        result.status = CheckStatus::Fail;
        result.failedLayer = CheckLayer::Tcp;
        result.layers = {{CheckLayer::Dns, CheckStatus::Pass, QStringLiteral("1.2.3.4"), {}, {}, 1},
                         {CheckLayer::Tcp, CheckStatus::Fail, QStringLiteral("1.2.3.4:443: connection refused"), {}, QStringLiteral("firewall on 443"), 1}};
        model.setResult(0, result);
        QCOMPARE(model.index(0, CheckResultsModel::Endpoint).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("fail"));
        QCOMPARE(model.index(0, CheckResultsModel::Tls).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("skipped"));
        QCOMPARE(model.index(0, CheckResultsModel::Result).data().toString(), QStringLiteral("fails at TCP: 1.2.3.4:443: connection refused"));
        QVERIFY(model.index(0, CheckResultsModel::Tcp).data(Qt::ToolTipRole).toString().contains(QLatin1String("firewall on 443")));
        model.markCancelled();
        QCOMPARE(model.index(1, CheckResultsModel::Endpoint).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QCOMPARE(model.index(0, CheckResultsModel::Endpoint).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("fail"));
        model.markNotRun();
        QCOMPARE(model.index(1, CheckResultsModel::Dns).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("skipped"));
        QCOMPARE(model.index(1, CheckResultsModel::Result).data().toString(), QStringLiteral("not run"));
        QCOMPARE(model.index(0, CheckResultsModel::Endpoint).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("fail"));
        model.setTargets({});
        QCOMPARE(model.rowCount(), 0);
    }

    // Every layer passes: Next is free, the details, the pod's view and the probe are filled, and
    // the exported report records the results.
    void passingEndpoint()
    {
        LoopbackServer server(notFound, m_certs.signedByCa());
        QTemporaryDir input;
        writeDeployment(input.path(), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        net::ConnectivityChecker checker(settings());
        MigrationWizard wizard;
        wizard.setConnectivityChecker(&checker);
        ChecksPage *page = openChecks(wizard, input.path());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QVERIFY2(page->statusText().contains(QLatin1String("The endpoint answers.")), qPrintable(page->statusText()));
        QCOMPARE(page->targets().size(), std::size_t(1));
        QCOMPARE(page->targets()[0].host, QStringLiteral("127.0.0.1"));
        for (int column = CheckResultsModel::Endpoint; column <= CheckResultsModel::Http; ++column)
            QCOMPARE(page->model()->index(0, column).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("pass"));
        QCOMPARE(page->model()->index(0, CheckResultsModel::Http).data().toString(), QStringLiteral("HTTP 404"));
        QVERIFY(!page->acknowledgement()->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(page->detailsText().contains(QLatin1String("TLS   pass")), qPrintable(page->detailsText()));
        QVERIFY(page->detailsText().contains(QLatin1String("issuer: AGM test CA")));
        const QString pod = page->podViewText();
        QVERIFY2(pod.contains(QLatin1String("http://proxy.corp.example:3128 (gateway.yaml:")), qPrintable(pod));
        QVERIFY(pod.contains(QLatin1String("hostAliases contoso.management.azure-api.net")));
        QVERIFY(page->probeText().contains(QLatin1String("image: curlimages/curl:8.11.1")));
        QVERIFY(page->probeText().contains(QLatin1String("value: \"http://proxy.corp.example:3128\"")));
        // Copy as text
        auto *copy = findButton(page, QStringLiteral("Cop&y as text"));
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("ENDPOINT")), qPrintable(copied));
        QVERIFY(copied.contains(QLatin1String("What the gateway pod will see")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Export));
        QTemporaryDir out;
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(out.filePath(QStringLiteral("v2")));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        const QByteArray md = readAll(out.filePath(QStringLiteral("v2/apim-gateway-migration-reports/apim-gateway-migration.md")));
        QVERIFY2(md.contains("## Connectivity checks"), md.constData());
        QVERIFY(md.contains(QByteArray("| `127.0.0.1:" + QByteArray::number(server.serverPort()) + "` | pass | pass | pass | pass | pass | none |")));
        QVERIFY(!md.contains("acknowledged"));
        QVERIFY(readAll(out.filePath(QStringLiteral("v2/apim-gateway-migration-reports/apim-gateway-migration.json"))).contains("\"checks\""));
        QVERIFY(readAll(out.filePath(QStringLiteral("v2/apim-gateway-migration-reports/apim-gateway-migration.html"))).contains("<h2>Connectivity checks</h2>"));
    }

    // A failed check holds Next until "I understand the checks failed" is ticked; the report says so.
    void failureNeedsAcknowledgement()
    {
        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        net::ConnectivityChecker checker(settings());
        MigrationWizard wizard;
        wizard.setConnectivityChecker(&checker);
        // A v1 file whose endpoint the operator answers with a loopback host (no real host is asked).
        ChecksPage *page = openChecks(wizard, QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input"), QStringLiteral("127.0.0.1:%1").arg(closed));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QCOMPARE(page->targets().size(), std::size_t(1));
        QCOMPARE(page->model()->index(0, CheckResultsModel::Endpoint).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("fail"));
        QCOMPARE(page->model()->index(0, CheckResultsModel::Tcp).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("fail"));
        QVERIFY2(page->statusText().contains(QLatin1String("1 of 1 endpoint failed")), qPrintable(page->statusText()));
        QVERIFY(page->detailsText().contains(QLatin1String("hint: firewall on 443: nothing listens on port")));
        QVERIFY(page->acknowledgement()->isVisible());
        QCOMPARE(page->acknowledgement()->text(), QStringLiteral("I &understand the checks failed"));
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next(); // refused while incomplete
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Checks));
        page->acknowledgement()->click();
        QVERIFY(page->isComplete());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Export));
        QTemporaryDir out;
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(out.filePath(QStringLiteral("v2")));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        const QByteArray md = readAll(out.filePath(QStringLiteral("v2/apim-gateway-migration-reports/apim-gateway-migration.md")));
        QVERIFY2(md.contains("the operator acknowledged it and exported anyway"), md.constData());
        QVERIFY(md.contains("| fail | pass | fail | - | - |"));
    }

    // Cancel stops a run that would take long: the page is free at once and says so.
    void cancelButton()
    {
        SilentServer silent;
        net::ConnectivitySettings s = settings();
        s.tlsTimeout = std::chrono::seconds(30);
        net::ConnectivityChecker checker(s);
        MigrationWizard wizard;
        wizard.setConnectivityChecker(&checker);
        ChecksPage *page = openChecks(wizard, QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input"), QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        QVERIFY(page);
        QTRY_COMPARE(silent.accepted, 1);
        QVERIFY(page->isRunning());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE(page->model()->index(0, CheckResultsModel::Tls).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("running"));
        auto *cancel = findButton(page, QStringLiteral("Cancel chec&ks"));
        QVERIFY(cancel && cancel->isEnabled());
        QElapsedTimer clock;
        clock.start();
        cancel->click();
        QVERIFY(!page->isRunning()); // at once: the click returns after the run ended
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(page->statusText().contains(QLatin1String("Cancelled")) && page->statusText().contains(QLatin1String("You can go on")),
                 qPrintable(page->statusText()));
        QCOMPARE(page->model()->index(0, CheckResultsModel::Tls).data(CheckResultsModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QVERIFY(!page->acknowledgement()->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE(silent.open(), 0);
    }

    // Going back cancels; an added host is checked on Rerun; a bad DNS server is named and needs the acknowledgement.
    void backRerunAndOptions()
    {
        SilentServer silent;
        LoopbackServer extra(notFound, m_certs.signedByCa());
        net::ConnectivitySettings s = settings();
        s.tlsTimeout = std::chrono::seconds(30);
        net::ConnectivityChecker checker(s);
        MigrationWizard wizard;
        wizard.setConnectivityChecker(&checker);
        ChecksPage *page = openChecks(wizard, QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input"), QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        QVERIFY(page);
        QTRY_COMPARE(silent.accepted, 1);
        wizard.back();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Review));
        QVERIFY(!page->isRunning());
        QTRY_COMPARE(silent.open(), 0);

        wizard.session()->setHostOverride(m_file, m_findingId, QStringLiteral("127.0.0.1:%1").arg(extra.serverPort()));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Checks));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QVERIFY2(page->statusText().contains(QLatin1String("The endpoint answers.")), qPrintable(page->statusText()));

        page->extraHosts()->setText(QStringLiteral("localhost:%1").arg(extra.serverPort()));
        findButton(page, QStringLiteral("&Rerun"))->click();
        QCOMPARE(page->targets().size(), std::size_t(2));
        QCOMPARE(page->targets()[1].purpose, QStringLiteral("added by you"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QVERIFY2(page->statusText().contains(QLatin1String("All 2 endpoints answer.")), qPrintable(page->statusText()));

        page->dnsServer()->setText(QStringLiteral("dns.example"));
        findButton(page, QStringLiteral("&Rerun"))->click();
        QVERIFY(!page->isRunning());
        QVERIFY2(page->statusText().contains(QLatin1String("Cannot check:")), qPrintable(page->statusText()));
        // Checks that could not run are no pass: going on needs the acknowledgement.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(page->acknowledgement()->text(), QStringLiteral("I &understand the checks did not run"));
        QVERIFY(wizard.session()->checkRun() && wizard.session()->checkRun()->notRun.contains(QLatin1String("dns.example")));
        page->acknowledgement()->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        page->dnsServer()->clear();
        page->extraHosts()->setText(QStringLiteral("not a host:99999"));
        findButton(page, QStringLiteral("&Rerun"))->click();
        QVERIFY2(page->statusText().contains(QLatin1String("Also check:")), qPrintable(page->statusText()));
    }

private:
    net::ConnectivitySettings settings() const
    {
        net::ConnectivitySettings s;
        s.environment = QProcessEnvironment();
        s.systemProxy = false;
        s.caFile = m_certs.caFile();
        s.dnsTimeout = s.tcpTimeout = s.tlsTimeout = s.httpTimeout = std::chrono::seconds(5);
        return s;
    }

    static QPushButton *findButton(QWidget *root, const QString &text)
    {
        for (QPushButton *b : root->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

    // Imports `path`, answers its endpoint with `host` when given, and walks to the Checks page.
    ChecksPage *openChecks(MigrationWizard &wizard, const QString &path, const QString &host = {})
    {
        wizard.show();
        wizard.preload({path});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        if (!QTest::qWaitFor([&] { return import->isComplete(); }, 20000))
            return nullptr;
        MigrationSession *session = wizard.session();
        if (!host.isEmpty()) {
            for (const FileAnalysis &f : session->project().files) {
                for (const Finding &finding : f.findings) {
                    if (finding.step == Step::Endpoint && !finding.edits.empty()) {
                        m_file = f.source.relativePath;
                        m_findingId = finding.id;
                        session->setHostOverride(m_file, m_findingId, host);
                    }
                }
            }
        }
        for (int i = 0; i < 10 && wizard.currentId() != MigrationWizard::Checks; ++i)
            wizard.next();
        return wizard.currentId() == MigrationWizard::Checks ? static_cast<ChecksPage *>(wizard.currentPage()) : nullptr;
    }

    TestCertificates m_certs;
    QString m_file;
    QString m_findingId;
};

QTEST_MAIN(TestChecksPage)
#include "tst_checkspage.moc"
