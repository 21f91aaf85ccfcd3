// SPDX-License-Identifier: MIT
// Drives the wizard offscreen through the whole flow, as an operator would with the keyboard.
#include "../testfiles.h"
#include "../net/loopbackserver.h"
#include "diffmodel.h"
#include "findinglist.h"
#include "migrationsession.h"
#include "aboutdialog.h"
#include "checkspage.h"
#include "migrationwizard.h"
#include "pages.h"
#include "sidebysidediffview.h"
#include "wizardwalk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QAbstractProxyModel>
#include <QPushButton>
#include <QRadioButton>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <unistd.h>

using namespace agm;

using agm::test::readAll;
using agm::test::filesUnder;
using agm::test::walkTo;
using agm::test::findingRow;
using agm::test::setApplied;
using agm::test::answerNextMessageBox;

namespace {



template<typename T>
T *findByAccessibleName(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // The demo set from Welcome to Summary: page order, buttons, toggling an edit, the export.
    void demoFlow()
    {
        MigrationWizard wizard;
        wizard.show();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Welcome));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        auto *demo = wizard.findChild<QAbstractButton *>(QStringLiteral("demoButton"));
        QVERIFY(demo);
        demo->click();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Import));
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        MigrationSession *session = wizard.session();
        QCOMPARE(session->relevantFiles().size(), std::size_t(5));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Image));
        QCOMPARE(session->options().tag, session->tags().recommended());
        auto *custom = findByAccessibleName<QLineEdit>(wizard.currentPage(), QStringLiteral("Custom tag"));
        QVERIFY(custom);
        custom->setFocus();
        custom->selectAll();
        QTest::keyClicks(custom, QStringLiteral("2.11.1"));
        QCOMPARE(session->options().tag, QStringLiteral("2.11.1"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Endpoint));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // every demo endpoint is derivable
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Security));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Review));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QVERIFY(review->files()->count() == 5);
        QVERIFY(review->diffView()->changeCount() > 0);

        // Switching the first change of the selected file off changes the migrated text at once.
        const QString file = review->files()->currentItem()->data(Qt::UserRole).toString();
        const int index = session->fileIndex(file);
        const std::string before = session->plan().files[std::size_t(index)].migratedText;
        const int changesBefore = review->diffView()->changeCount();
        QModelIndex first = findingRow(review->changes(), [](const QModelIndex &apply) { return bool(apply.flags() & Qt::ItemIsUserCheckable); });
        QVERIFY(first.isValid());
        setApplied(first, false);
        QVERIFY(session->plan().files[std::size_t(index)].migratedText != before);
        QTRY_VERIFY(review->diffView()->changeCount() < changesBefore);
        first = findingRow(review->changes(), [](const QModelIndex &apply) {
            return (apply.flags() & Qt::ItemIsUserCheckable) && apply.data(Qt::CheckStateRole).toInt() == Qt::Unchecked;
        });
        QVERIFY(first.isValid());
        setApplied(first, true);
        QCOMPARE(session->plan().files[std::size_t(index)].migratedText, before);

        wizard.next();
        // No checker injected (as with --offline): the checks did not run, which is no pass.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Checks));
        auto *checks = static_cast<ChecksPage *>(wizard.currentPage());
        QVERIFY2(checks->statusText().contains(QLatin1String("Checks were not run")), qPrintable(checks->statusText()));
        QCOMPARE(checks->targets().size(), std::size_t(1)); // contoso.configuration.azure-api.net:443, from every file
        QVERIFY(checks->probeText().contains(QLatin1String("for target in contoso.configuration.azure-api.net:443; do")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(checks->acknowledgement()->text(), QStringLiteral("I &understand the checks did not run"));
        checks->acknowledgement()->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Export));
        QTemporaryDir dir;
        auto *exportPage = static_cast<ExportPage *>(wizard.currentPage());
        exportPage->setOutputFolder(dir.filePath(QStringLiteral("out")));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // The preview names each file from the output folder; its tooltip has the whole path.
        QStringList previewed;
        const auto *preview = exportPage->findChild<QTreeWidget *>();
        for (int i = 0; preview && i < preview->topLevelItemCount(); ++i) {
            previewed << QDir::fromNativeSeparators(preview->topLevelItem(i)->text(0));
            QCOMPARE(QDir::fromNativeSeparators(preview->topLevelItem(i)->toolTip(0)), dir.filePath(QStringLiteral("out/")) + previewed.last());
        }
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        const QStringList written = filesUnder(dir.filePath(QStringLiteral("out")));
        previewed.sort();
        QCOMPARE(previewed, written);
        // The reports have their own folder: `kubectl apply` on a migrated folder never meets one.
        QCOMPARE(written, (QStringList{QStringLiteral("apim-gateway-migration-reports/SHA256SUMS"),
                                       QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.html"),
                                       QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.json"),
                                       QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.md"),
                                       QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.patch"),
                                       QStringLiteral("apim-gateway-migration-reports/migration-recipe.json"), QStringLiteral("compose/docker-compose.yml"),
                                       QStringLiteral("docker/env.conf"), QStringLiteral("docker/run-gateway.sh"),
                                       QStringLiteral("helm/values.yaml"), QStringLiteral("kubernetes/contoso-gateway.yaml")}));
        for (std::size_t i = 0; i < session->project().files.size(); ++i) {
            const FileAnalysis &f = session->project().files[i];
            if (f.format == Format::Unknown)
                continue;
            QCOMPARE(readAll(dir.filePath(QStringLiteral("out/") + f.source.relativePath)),
                     encodeLike(f.source, session->plan().files[i].migratedText));
        }
        QVERIFY(readAll(dir.filePath(QStringLiteral("out/kubernetes/contoso-gateway.yaml"))).contains("gateway:2.11.1"));
        QVERIFY(!readAll(dir.filePath(QStringLiteral("out/apim-gateway-migration-reports/apim-gateway-migration.md"))).contains("TrainingOnlyNotARealSignature"));
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    }

    // Every page's finding list is a view of the session's one model: a change switched off on
    // Review shows on the Image page at once, and a plan changed while no list is in view is
    // brought into the rows only when a list is shown again.
    void findingListsShareOneModel()
    {
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QAbstractButton *>(QStringLiteral("demoButton"))->click();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        QVERIFY(walkTo(wizard, MigrationWizard::Review));
        MigrationSession *session = wizard.session();
        FindingsModel *model = session->findings();
        const QList<FindingList *> lists = wizard.findChildren<FindingList *>();
        QCOMPARE(lists.size(), 4); // Image, Endpoint, Security, Review
        for (FindingList *list : lists)
            QCOMPARE(qobject_cast<QAbstractProxyModel *>(list->model())->sourceModel(), model);
        std::size_t findings = 0;
        for (const FilePlan &file : session->plan().files)
            findings += file.findings.size();
        QCOMPARE(std::size_t(model->rowCount()), findings); // one row per finding, whatever the pages

        auto *imageList = wizard.page(MigrationWizard::Image)->findChild<FindingList *>();
        const QModelIndex onImage = findingRow(imageList, [](const QModelIndex &apply) { return bool(apply.flags() & Qt::ItemIsUserCheckable); });
        QVERIFY(onImage.isValid());
        const QString file = onImage.data(FindingsModel::FileRole).toString();
        const QString id = onImage.data(FindingsModel::IdRole).toString();
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        const QList<QListWidgetItem *> fileRows = review->files()->findItems(file, Qt::MatchStartsWith);
        QVERIFY(!fileRows.isEmpty());
        review->files()->setCurrentItem(fileRows.front());
        const QModelIndex onReview = findingRow(review->changes(), [&](const QModelIndex &apply) { return apply.data(FindingsModel::IdRole).toString() == id; });
        QVERIFY(onReview.isValid());
        const int refreshes = model->refreshCount();
        setApplied(onReview, false);
        QVERIFY(!session->isFindingEnabled(file, id));
        QCOMPARE(onImage.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(onImage.data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String("Apply: off")));
        QCOMPARE(model->refreshCount(), refreshes);
        QTRY_COMPARE(model->refreshCount(), refreshes + 1); // Review is in view: it follows the plan
        QCOMPARE(onImage.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // the same row: cells changed, no reset
        setApplied(onImage, true);

        // Checks shows no list: a new tag leaves the rows alone until Review is shown again.
        QVERIFY(walkTo(wizard, MigrationWizard::Checks));
        QCoreApplication::processEvents();
        const int beforeTag = model->refreshCount();
        QVERIFY(session->options().tag != QLatin1String("2.9.9"));
        session->setTag(QStringLiteral("2.9.9"));
        QCoreApplication::processEvents();
        QVERIFY(model->isStale());
        QCOMPARE(model->refreshCount(), beforeTag);
        wizard.back();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Review));
        QCOMPARE(model->refreshCount(), beforeTag + 1);
        QVERIFY(!model->isStale());
        QVERIFY2(onImage.siblingAtColumn(FindingList::New).data().toString().endsWith(QLatin1String(":2.9.9")),
                 qPrintable(onImage.siblingAtColumn(FindingList::New).data().toString()));
    }

    // The image step fetches the live list in the background and pins the chosen tag by digest.
    void liveTagListAndDigest()
    {
        const QByteArray digest = "sha256:" + QByteArray(64, 'a');
        agm::test::LoopbackServer registry([&](const agm::test::HttpRequest &request) {
            if (request.target.contains("/tags/list"))
                return agm::test::HttpResponse::json(R"({"name":"azure-api-management/gateway","tags":["v2","2.13.0","2.12.3","latest"]})");
            agm::test::HttpResponse r = agm::test::HttpResponse::json("{}");
            r.header("Docker-Content-Digest", digest);
            return r;
        });
        QVERIFY(registry.isListening());
        net::RegistryTagService service;
        net::TagFetchRequest request;
        request.url = registry.url();
        request.mode = net::TagFetchMode::LiveOnly;
        MigrationWizard wizard;
        wizard.setTagService(&service, request);
        wizard.show();
        wizard.preload({QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input")});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Image));
        QTRY_COMPARE(wizard.session()->tags().source, TagSourceKind::Live);
        QCOMPARE(wizard.session()->options().tag, QStringLiteral("2.13.0"));
        QVERIFY(wizard.session()->tagSourceDescription().startsWith(QLatin1String("live from http://127.0.0.1")));
        QPushButton *pin = nullptr;
        for (QPushButton *b : wizard.currentPage()->findChildren<QPushButton *>()) {
            if (b->text().contains(QLatin1String("digest")))
                pin = b;
        }
        QVERIFY(pin && pin->isEnabled());
        pin->click();
        QTRY_COMPARE(wizard.session()->options().tag, QStringLiteral("2.13.0@") + QString::fromLatin1(digest));
        const std::string migrated = wizard.session()->plan().files.front().migratedText;
        QVERIFY(migrated.find("gateway:2.13.0@" + digest.toStdString()) != std::string::npos);
        QCOMPARE(registry.requests.last().method, QByteArray("HEAD"));
    }

    // One switch makes every page's text larger, the diff included, and back.
    void presenterMode()
    {
        MigrationWizard wizard;
        wizard.show();
        const qreal normal = QApplication::font().pointSizeF();
        auto *review = static_cast<ReviewPage *>(wizard.page(MigrationWizard::Review));
        wizard.button(QWizard::CustomButton2)->click();
        QVERIFY(wizard.presenterMode());
        QVERIFY(QApplication::font().pointSizeF() >= normal * 1.4);
        QVERIFY(review->diffView()->zoomSteps() > 0);
        wizard.button(QWizard::CustomButton2)->click();
        QVERIFY(!wizard.presenterMode());
        QCOMPARE(QApplication::font().pointSizeF(), normal);
        QCOMPARE(review->diffView()->zoomSteps(), 0);
    }

    // The About dialog names the library versions, or why syntax colours are missing.
    void aboutVersions()
    {
        const QString text = AboutDialog::versionsText();
        QVERIFY(text.contains(QLatin1String("yaml-cpp 0.")));
        QVERIFY(text.contains(QLatin1String("Qt ")));
        QVERIFY(text.contains(QLatin1String("KSyntaxHighlighting")));
        QCOMPARE(text.contains(QLatin1String("not available")), SideBySideDiffView::syntaxHighlightingVersion().isEmpty());
    }

    // The whole flow with keys only: Tab to the demo button, then Space on the focused buttons page by page.
    void keyboardOnly()
    {
        QTemporaryDir dir;
        MigrationWizard wizard;
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *demo = wizard.findChild<QAbstractButton *>(QStringLiteral("demoButton"));
        for (int i = 0; i < 20 && QApplication::focusWidget() != demo; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(&wizard), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(demo));
        QTest::keyClick(demo, Qt::Key_Space);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Import));
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        for (int expected : {MigrationWizard::Image, MigrationWizard::Endpoint, MigrationWizard::Security, MigrationWizard::Review,
                             MigrationWizard::Checks, MigrationWizard::Export}) {
            if (wizard.currentId() == MigrationWizard::Checks) // the checks did not run: Space on "I understand"
                QTest::keyClick(static_cast<ChecksPage *>(wizard.currentPage())->acknowledgement(), Qt::Key_Space);
            QTest::keyClick(wizard.button(QWizard::NextButton), Qt::Key_Space);
            QCOMPARE(wizard.currentId(), expected);
        }
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("out")));
        QTest::keyClick(wizard.button(QWizard::CommitButton), Qt::Key_Space);
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/kubernetes/contoso-gateway.yaml"))));
    }

    // Every interactive widget on every page can be reached by keyboard and has a name a screen reader can say.
    void accessibleNames()
    {
        MigrationWizard wizard;
        wizard.show();
        for (int id : wizard.pageIds()) {
            QWizardPage *page = wizard.page(id);
            const QList<QWidget *> widgets = page->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                         || qobject_cast<QAbstractItemView *>(w);
                if (!interactive || w->inherits("QScrollBar") || w->inherits("QHeaderView") || qobject_cast<QLineEdit *>(w->parentWidget()))
                    continue;
                QString name = w->accessibleName();
                if (auto *button = qobject_cast<QAbstractButton *>(w))
                    name += button->text();
                QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("page %1: a %2 has no accessible name").arg(id).arg(QString::fromLatin1(w->metaObject()->className()))));
                QVERIFY2(w->focusPolicy() != Qt::NoFocus || !w->isEnabled(),
                         qPrintable(QStringLiteral("page %1: %2 cannot take keyboard focus").arg(id).arg(name)));
            }
        }
    }

    // A CRLF portal file exported through the wizard equals the hand-written golden output.
    void crlfCaseExportsExactBytes()
    {
        const QString golden = QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1-crlf");
        MigrationWizard wizard;
        wizard.show();
        wizard.preload({golden + QStringLiteral("/input")});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        wizard.session()->setTag(QStringLiteral("2.11.1"));
        QVERIFY(walkTo(wizard, MigrationWizard::Export));
        QTemporaryDir dir;
        auto *exportPage = static_cast<ExportPage *>(wizard.currentPage());
        exportPage->setOutputFolder(dir.filePath(QStringLiteral("out")));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        const QStringList inputs = filesUnder(golden + QStringLiteral("/input"));
        for (const QString &f : inputs)
            QCOMPARE(readAll(dir.filePath(QStringLiteral("out/") + f)), readAll(golden + QStringLiteral("/expected/") + f));
    }

    // No secret reaches the diff view, the reports, the patch or the checksums of a wizard export.
    void secretsStayMasked()
    {
        MigrationWizard wizard;
        wizard.show();
        wizard.preload({QStringLiteral(AGM_TEST_DATA "/cli/canary")});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        while (wizard.currentId() != MigrationWizard::Review)
            wizard.next();
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        for (int i = 0; i < review->files()->count(); ++i) {
            review->files()->setCurrentRow(i);
            const DiffModel *model = review->diffView()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString shown = model->index(row, column).data().toString();
                    QVERIFY2(!shown.contains(QLatin1String("CANARY")), qPrintable(shown));
                }
            }
        }
        QVERIFY(walkTo(wizard, MigrationWizard::Export));
        QTemporaryDir dir;
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("out")));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        for (const QString &artifact : {QStringLiteral("apim-gateway-migration.md"), QStringLiteral("apim-gateway-migration.html"),
                                        QStringLiteral("apim-gateway-migration.json"), QStringLiteral("apim-gateway-migration.patch"),
                                        QStringLiteral("SHA256SUMS"), QStringLiteral("migration-recipe.json")}) {
            const QByteArray bytes = readAll(dir.filePath(QStringLiteral("out/apim-gateway-migration-reports/") + artifact));
            QVERIFY2(!bytes.isEmpty(), qPrintable(artifact));
            QVERIFY2(!bytes.contains("CANARY"), qPrintable(artifact));
        }
    }

    // An output folder that cannot be created: a clear error, the page stays, nothing written.
    void exportIntoUnwritableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MigrationWizard wizard;
        wizard.show();
        wizard.preload({QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input")});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        QVERIFY(walkTo(wizard, MigrationWizard::Export));
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("blocker/out")));
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        wizard.next();
        QTRY_VERIFY2(message.contains(QLatin1String("blocker")), qPrintable(message)); // the export runs on a worker
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Export));
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("blocker")});
    }
    // In place over a hard-linked input: the file is rewritten and the Summary page says the
    // other name keeps the old content (the writer's warning reaches the operator).
    void inPlaceExportNamesBrokenHardLink()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("in"))));
        const QString input = dir.filePath(QStringLiteral("in/gateway.yaml"));
        const QString other = dir.filePath(QStringLiteral("other-name.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input/gateway.yaml"), input));
        QVERIFY(QFile::setPermissions(input, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(other).constData()), 0);
        const QByteArray original = readAll(input);
        const QFile::Permissions permissions = QFileInfo(input).permissions();
        MigrationWizard wizard;
        wizard.show();
        wizard.preload({dir.filePath(QStringLiteral("in"))});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        QVERIFY(walkTo(wizard, MigrationWizard::Export));
        QRadioButton *inPlace = nullptr;
        for (QRadioButton *b : wizard.currentPage()->findChildren<QRadioButton *>()) {
            if (b->text().contains(QLatin1String("in place")))
                inPlace = b;
        }
        QVERIFY(inPlace);
        inPlace->setChecked(true);
        answerNextMessageBox(QMessageBox::Yes);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(MigrationWizard::Summary), 20000);
        QVERIFY(readAll(input) != original);
        QCOMPARE(readAll(other), original);
        QCOMPARE(QFileInfo(input).permissions(), permissions);
        QString summary;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            summary += label->text();
        QVERIFY2(summary.contains(QLatin1String("hard links")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("gateway.yaml")), qPrintable(summary));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
