// SPDX-License-Identifier: MIT
// Every wizard page reads its status from the ledger: an unreadable file, an endpoint left on the
// v1 URL, a reference to change by hand and checks that could not run stay visible from Review to
// Summary and in the reports; a custom tag that is not a pinned 2.x.y is refused or confirmed.
#include "../testfiles.h"
#include "checkspage.h"
#include "connectivitychecker.h"
#include "findinglist.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"
#include "wizardwalk.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;
using agm::test::readAll;
using agm::test::walkTo;
using agm::test::findingRow;
using agm::test::setApplied;

namespace {

const char kV1Url[] = "https://contoso.management.azure-api.net/subscriptions/1f0c6a2e-5b7d-4c3a-9e21-8d4b6f0a3c57/resourceGroups/rg/"
                      "providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview";

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void copyGolden(const QString &golden, const QString &to)
{
    write(to, readAll(QStringLiteral(AGM_TEST_DATA "/golden/") + golden + QStringLiteral("/input/gateway.yaml")));
}

template<typename T>
T *findByAccessibleName(QWidget *root, const QString &name)
{
    for (T *w : root->findChildren<T *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

QJsonObject jsonFile(const QJsonObject &report, const QString &path)
{
    for (const QJsonValue &f : report.value(QStringLiteral("files")).toArray()) {
        if (f.toObject().value(QStringLiteral("path")).toString() == path)
            return f.toObject();
    }
    return {};
}

} // namespace

class TestWizardLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // (a) An invalid YAML file holding a v1 endpoint beside a good file: it stays on every page.
    void unreadableFileStaysVisible()
    {
        QTemporaryDir dir;
        copyGolden(QStringLiteral("k8s-portal-v1"), dir.filePath(QStringLiteral("in/good.yaml")));
        write(dir.filePath(QStringLiteral("in/broken.yaml")),
              QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw-env\ndata:\n  config.service.endpoint: \"") + kV1Url
                  + "\"\n  other: [unclosed\n");
        MigrationWizard wizard;
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        const FileEntry &broken = entry(wizard, QStringLiteral("broken.yaml"));
        QCOMPARE(broken.state, FileState::Unreadable);
        QVERIFY(wizard.session()->ledger().summary().contains(QLatin1String("1 could not be read")));

        QVERIFY(walkTo(wizard, MigrationWizard::Review));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        const int row = rowOf(review, QStringLiteral("broken.yaml"));
        QVERIFY2(row >= 0, "the unreadable file is listed on Review");
        QVERIFY2(review->files()->item(row)->text().contains(QLatin1String("not migrated: ")), qPrintable(review->files()->item(row)->text()));
        review->files()->setCurrentRow(row);
        QVERIFY2(review->notDoneText().contains(QLatin1String("not migrated: ")) && review->notDoneText().contains(QLatin1String(" at line ")),
                 qPrintable(review->notDoneText()));

        const QString out = exportTo(wizard, dir.filePath(QStringLiteral("out")), [](ExportPage *page) {
            QVERIFY2(page->notDoneText().contains(QLatin1String("broken.yaml: not migrated: ")), qPrintable(page->notDoneText()));
        });
        QVERIFY(!out.isEmpty());
        const QString summary = summaryText(wizard);
        QVERIFY2(summary.contains(QLatin1String("broken.yaml: not migrated: ")) && summary.contains(QLatin1String(" at line ")), qPrintable(summary));
        QVERIFY(!wizard.currentPage()->title().endsWith(QLatin1String("Done")));
        const QJsonObject report = QJsonDocument::fromJson(readAll(out + QStringLiteral("/apim-gateway-migration-reports/apim-gateway-migration.json"))).object();
        QCOMPARE(jsonFile(report, QStringLiteral("broken.yaml")).value(QStringLiteral("state")).toString(), QStringLiteral("unreadable"));
        QCOMPARE(jsonFile(report, QStringLiteral("good.yaml")).value(QStringLiteral("state")).toString(), QStringLiteral("migrated"));
    }

    // (b) A custom-domain endpoint left unticked: "left on the v1 URL", on the Endpoint page and the Summary.
    void untickedEndpointLeftOnV1()
    {
        QTemporaryDir dir;
        copyGolden(QStringLiteral("k8s-custom-mgmt-domain"), dir.filePath(QStringLiteral("in/gateway.yaml")));
        MigrationWizard wizard;
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        QVERIFY(walkTo(wizard, MigrationWizard::Endpoint));
        auto *endpoint = static_cast<EndpointPage *>(wizard.currentPage());
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Endpoint));
        QTRY_VERIFY(endpoint->statusText().contains(QLatin1String("without the v2 host yet")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *list = endpoint->findChild<FindingList *>();
        const QModelIndex row = findingRow(list, [](const QModelIndex &apply) { return apply.data().toString() == QLatin1String("needs your answer"); });
        QVERIFY(row.isValid());
        setApplied(row, false);
        QTRY_VERIFY2(endpoint->statusText().contains(QLatin1String("left on the v1 URL: this gateway will receive no configuration")),
                     qPrintable(endpoint->statusText()));
        QVERIFY(!endpoint->statusText().contains(QLatin1String("Every endpoint has its v2 value")));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(list->cell(0, FindingList::Apply).data().toString(), QStringLiteral("left on the v1 URL"));

        QVERIFY(!exportTo(wizard, dir.filePath(QStringLiteral("out"))).isEmpty());
        const QString summary = summaryText(wizard);
        QVERIFY2(summary.contains(QLatin1String("left on the v1 URL: this gateway will receive no configuration")), qPrintable(summary));
    }

    // (c) A Markdown runbook with a v1 image: "change by hand" with the value to write.
    void runbookChangeByHand()
    {
        QTemporaryDir dir;
        copyGolden(QStringLiteral("k8s-portal-v1"), dir.filePath(QStringLiteral("in/gateway.yaml")));
        write(dir.filePath(QStringLiteral("in/RUNBOOK.md")),
              "# Gateway runbook\n\nStart the gateway:\n\n```\ndocker run -d --env-file env.conf mcr.microsoft.com/azure-api-management/gateway:1.2.5\n```\n");
        MigrationWizard wizard;
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        wizard.session()->setTag(QStringLiteral("2.11.1"));
        QCOMPARE(entry(wizard, QStringLiteral("RUNBOOK.md")).state, FileState::CannotEdit);
        const QString value = QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.11.1");

        QVERIFY(walkTo(wizard, MigrationWizard::Review));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        const int row = rowOf(review, QStringLiteral("RUNBOOK.md"));
        QVERIFY(row >= 0);
        review->files()->setCurrentRow(row);
        QVERIFY2(review->notDoneText().contains(QLatin1String("RUNBOOK.md:6:")) && review->notDoneText().contains(QLatin1String("change it by hand"))
                     && review->notDoneText().contains(value),
                 qPrintable(review->notDoneText()));
        QCOMPARE(review->changes()->cell(0, FindingList::Apply).data().toString(), QStringLiteral("change by hand"));

        QVERIFY(!exportTo(wizard, dir.filePath(QStringLiteral("out"))).isEmpty());
        const QString summary = summaryText(wizard);
        QVERIFY2(summary.contains(QLatin1String("change it by hand")) && summary.contains(value), qPrintable(summary));
    }

    // (d) Checks that cannot run (a DNS server that is no address) need the acknowledgement; the report records it.
    void unrunChecksNeedAcknowledgement()
    {
        QTemporaryDir dir;
        copyGolden(QStringLiteral("k8s-portal-v1"), dir.filePath(QStringLiteral("in/gateway.yaml")));
        net::ConnectivitySettings settings;
        settings.environment = QProcessEnvironment();
        settings.systemProxy = false;
        settings.dnsServer = QStringLiteral("dns.example");
        net::ConnectivityChecker checker(settings);
        MigrationWizard wizard;
        wizard.setConnectivityChecker(&checker);
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        for (int i = 0; i < 10 && wizard.currentId() != MigrationWizard::Checks; ++i)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Checks));
        auto *checks = static_cast<ChecksPage *>(wizard.currentPage());
        QVERIFY(!checks->isRunning());
        QVERIFY2(checks->statusText().contains(QLatin1String("Cannot check:")), qPrintable(checks->statusText()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Checks)); // validatePage holds too
        QVERIFY(!checks->acknowledgement()->isHidden());
        QCOMPARE(checks->acknowledgement()->text(), QStringLiteral("I &understand the checks did not run"));
        checks->acknowledgement()->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        const QString out = exportTo(wizard, dir.filePath(QStringLiteral("out")));
        QVERIFY(!out.isEmpty());
        const QJsonObject report = QJsonDocument::fromJson(readAll(out + QStringLiteral("/apim-gateway-migration-reports/apim-gateway-migration.json"))).object();
        const QJsonObject run = report.value(QStringLiteral("checks")).toObject();
        QVERIFY2(run.value(QStringLiteral("notRun")).toString().contains(QLatin1String("dns.example")),
                 QJsonDocument(run).toJson().constData());
        QVERIFY(run.value(QStringLiteral("acknowledged")).toBool());
        const QByteArray md = readAll(out + QStringLiteral("/apim-gateway-migration-reports/apim-gateway-migration.md"));
        QVERIFY2(md.contains("The connectivity checks could not run: ") && md.contains("Acknowledged by the operator"), md.constData());
        QVERIFY(readAll(out + QStringLiteral("/apim-gateway-migration-reports/apim-gateway-migration.html")).contains("The connectivity checks could not run: "));
    }

    // (e) A custom tag: v0/v1 or malformed refused with the reason; floating only once confirmed.
    void customTagRules()
    {
        QTemporaryDir dir;
        copyGolden(QStringLiteral("k8s-portal-v1"), dir.filePath(QStringLiteral("in/gateway.yaml")));
        MigrationWizard wizard;
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Image));
        QWidget *page = wizard.currentPage();
        auto *custom = findByAccessibleName<QLineEdit>(page, QStringLiteral("Custom tag"));
        QVERIFY(custom);
        auto type = [&](const QString &tag) {
            custom->setFocus();
            custom->selectAll();
            QTest::keyClicks(custom, tag);
        };
        auto shown = [&] {
            QString text;
            for (QLabel *label : page->findChildren<QLabel *>())
                text += label->text() + QLatin1Char('\n');
            return text;
        };
        QCheckBox *confirm = nullptr;
        for (QCheckBox *box : page->findChildren<QCheckBox *>())
            confirm = box;
        QVERIFY(confirm);

        for (const QString &tag : {QStringLiteral("1.2.5"), QStringLiteral("2.11bad"), QStringLiteral("beta")}) {
            type(tag);
            QVERIFY2(!wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(tag));
            QVERIFY2(shown().contains(QLatin1String("Refused: ")), qPrintable(tag + QLatin1Char(' ') + shown()));
            QVERIFY(confirm->isHidden());
        }
        QVERIFY(shown().contains(QLatin1String("v0/v1")));
        type(QStringLiteral("2.11bad"));
        QVERIFY(shown().contains(QLatin1String("'2.11bad' is not a 2.x.y version")));

        type(QStringLiteral("latest"));
        QVERIFY(!confirm->isHidden());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        confirm->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        type(QStringLiteral("v2")); // a confirmation holds for the tag it was given for
        QVERIFY(!confirm->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        type(QStringLiteral("2.11.1"));
        QVERIFY(confirm->isHidden());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!shown().contains(QLatin1String("Refused")));
    }

private:
    static bool open(MigrationWizard &wizard, const QString &path)
    {
        wizard.show();
        wizard.preload({path});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        return QTest::qWaitFor([&] { return import->isComplete(); }, 20000);
    }

    static const FileEntry &entry(MigrationWizard &wizard, const QString &file)
    {
        const int i = wizard.session()->fileIndex(file);
        if (i < 0)
            qFatal("%s not imported", qPrintable(file));
        return wizard.session()->fileEntry(i);
    }

    static int rowOf(ReviewPage *review, const QString &file)
    {
        for (int i = 0; i < review->files()->count(); ++i) {
            if (review->files()->item(i)->data(Qt::UserRole).toString() == file)
                return i;
        }
        return -1;
    }

    // Walks to Export, lets `atExport` look at the page, exports into `out`; empty on failure.
    template<typename AtExport = void (*)(ExportPage *)>
    static QString exportTo(MigrationWizard &wizard, const QString &out, AtExport atExport = [](ExportPage *) {})
    {
        if (!walkTo(wizard, MigrationWizard::Export))
            return {};
        auto *page = static_cast<ExportPage *>(wizard.currentPage());
        page->setOutputFolder(out);
        atExport(page);
        wizard.next();
        if (!QTest::qWaitFor([&] { return wizard.currentId() == MigrationWizard::Summary; }, 20000))
            return {};
        return out;
    }

    static QString summaryText(MigrationWizard &wizard)
    {
        return static_cast<SummaryPage *>(wizard.page(MigrationWizard::Summary))->text();
    }
};

QTEST_MAIN(TestWizardLedger)
#include "tst_wizardledger.moc"
