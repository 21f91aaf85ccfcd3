// SPDX-License-Identifier: MIT
// The GUI thread stays free (P7, P9): the syntax repository is not loaded at start-up, the later
// pages are built after the first frame, a large file's review texts and the export are prepared
// on workers while the page shows that it is busy. A heartbeat guards against hangs with a
// generous bound; the speed figures themselves are in tests/bench/gui (agm-bench-*).
#include "../bench/gui/heartbeat.h"
#include "../bench/gui/largegateway.h"
#include "../testfiles.h"
#include "backgroundtask.h"
#include "diffmodel.h"
#include "findinglist.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"
#include "secretmask.h"
#include "sidebysidediffview.h"
#include "syntaxcolourer.h"
#include "wizardwalk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;
using agm::test::Heartbeat;
using agm::test::findingRow;
using agm::test::setApplied;

namespace {

// This much CPU time of the GUI thread between two heartbeats means it did work that belongs on a
// worker. CPU time, not wall time: a busy machine delays the heartbeat without the thread working.
constexpr qint64 kHangMs = 500;

// A gateway token's signature, in the Secret writeLargeProject() can append.
constexpr const char *kTokenSignature = "Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHkwMTIzNDU2Nzg5YWJjZGVmZ2hpams=";

bool writeLargeProject(const QString &folder, bool withToken = false)
{
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("gateway.yaml")));
    QByteArray text = agm::test::largeGatewayFile(100000);
    if (withToken) {
        text += QByteArray("---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: contoso-gw-token\ntype: Opaque\nstringData:\n"
                           "  value: \"GatewayKey contoso&203012310000&") + kTokenSignature + "\"\n";
    }
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// From Welcome to the Import page with `folder` imported.
bool importFolder(MigrationWizard &wizard, const QString &folder)
{
    wizard.preload({folder});
    wizard.next();
    auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
    return agm::test::waitUntil([&] { return import->isComplete(); }, 60000);
}

// On to the Review page.
bool walkToReview(MigrationWizard &wizard)
{
    while (wizard.currentId() != MigrationWizard::Review) {
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before)
            return false;
    }
    return true;
}

// From Welcome to the Review page with `folder` imported.
bool openReview(MigrationWizard &wizard, const QString &folder)
{
    return importFolder(wizard, folder) && walkToReview(wizard);
}

// The diff shown is the current plan's, masked, exactly as computed on the GUI thread.
void verifyShowsCurrentPlan(MigrationSession *session, const SideBySideDiffView *view)
{
    const int index = session->fileIndex(QStringLiteral("gateway.yaml"));
    QVERIFY(index >= 0);
    const MaskedTexts masked = maskedTexts(session->project().files[std::size_t(index)], session->plan().files[std::size_t(index)]);
    DiffModel expected;
    expected.setTexts(QString::fromStdString(masked.original), QString::fromStdString(masked.migrated));
    const DiffModel *shown = view->model();
    QCOMPARE(shown->text(DiffSide::Old), expected.text(DiffSide::Old));
    QCOMPARE(shown->text(DiffSide::New), expected.text(DiffSide::New));
    QCOMPARE(shown->rows(), expected.rows());
    QCOMPARE(shown->changeCount(), expected.changeCount());
    for (int r = 0; r < expected.rows(); ++r) {
        QCOMPARE(shown->row(r).kind, expected.row(r).kind);
        QCOMPARE(shown->row(r).oldLine, expected.row(r).oldLine);
        QCOMPARE(shown->row(r).newLine, expected.row(r).newLine);
    }
}

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Runs first: the repository is loaded once per process.
    void startUpLoadsNoSyntaxRepository()
    {
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // After the first frame the wizard builds its other pages by itself (QWizard's own
        // pageIds() does not build them).
        QTRY_COMPARE(static_cast<QWizard &>(wizard).pageIds().size(), 9);
        QVERIFY(!SyntaxColourer::repositoryLoaded());

        QVERIFY(openReview(wizard, QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input")));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QTRY_VERIFY(review->diffView()->model()->rows() > 0);
        // The first diff shown loads it, when the build has KSyntaxHighlighting at all.
        QTRY_COMPARE(SyntaxColourer::repositoryLoaded(), !SyntaxColourer::version().isEmpty());
    }

    // A 100k-line file: its masked texts are prepared on a worker, the diff follows, and toggling
    // a change re-diffs without blocking the GUI thread.
    void largeReviewStaysResponsive()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(writeLargeProject(in));
        MigrationWizard wizard;
        wizard.show();
        Heartbeat heartbeat;
        heartbeat.start(QStringLiteral("review"));
        QVERIFY(openReview(wizard, in));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QVERIFY(review->isPreparingDiff()); // Next returned before the texts were ready
        // The view says it is preparing, rather than an empty diff that reads as "no changes".
        QVERIFY(review->diffView()->isPreparing());
        QVERIFY(review->diffView()->preparingMessage().contains(QLatin1String("gateway.yaml")));
        QVERIFY(!review->diffView()->findChild<QLabel *>(QStringLiteral("changeLabel"))->text().contains(QLatin1String("No changes")));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPreparingDiff() && review->diffView()->model()->rows() > 0, 30000);
        QVERIFY(!review->diffView()->isPreparing());
        const int changes = review->diffView()->changeCount();
        QVERIFY2(changes >= 3, qPrintable(QString::number(changes)));

        const QModelIndex first = findingRow(review->changes(), [](const QModelIndex &apply) { return bool(apply.flags() & Qt::ItemIsUserCheckable); });
        QVERIFY(first.isValid());
        setApplied(first, false);
        QTRY_VERIFY_WITH_TIMEOUT(review->diffView()->changeCount() < changes, 30000);
        QTRY_VERIFY(review->diffView()->isColouringComplete());
        heartbeat.stop();
        QVERIFY(heartbeat.beats() > 0);
        QVERIFY2(heartbeat.maxBusy() < kHangMs, qPrintable(QStringLiteral("GUI thread busy for %1 ms between heartbeats").arg(heartbeat.maxBusy())));
    }

    // Two edits switched off in a row on a large file: the diff of the first plan, superseded
    // before it was ready, is never shown; the one shown is the latest plan's, masked, the same
    // as computed on the GUI thread.
    void supersededDiffIsNeverShown()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(writeLargeProject(in, true));
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(openReview(wizard, in));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        SideBySideDiffView *view = review->diffView();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPreparingDiff() && view->model()->rows() > 0, 30000);
        const int changesBefore = view->changeCount();

        const QModelIndex first = findingRow(review->changes(), [](const QModelIndex &apply) { return bool(apply.flags() & Qt::ItemIsUserCheckable); });
        QVERIFY(first.isValid());
        QSignalSpy swapped(view->model(), &QAbstractItemModel::modelReset);
        // The list refreshes and the page re-plans through queued calls: deliver them, and only
        // them, so the first worker is still running when the second switch starts another.
        auto deliverQueuedCalls = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall); };
        setApplied(first, false);
        deliverQueuedCalls();
        QVERIFY(review->isPreparingDiff());
        QVERIFY(view->isPreparing());
        const QModelIndex second = findingRow(review->changes(), [](const QModelIndex &apply) {
            return (apply.flags() & Qt::ItemIsUserCheckable) && apply.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        });
        QVERIFY(second.isValid());
        setApplied(second, false);
        deliverQueuedCalls();
        QVERIFY(review->isPreparingDiff());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPreparingDiff(), 30000);
        QCOMPARE(swapped.count(), 1); // only the latest plan's diff was swapped in
        QVERIFY(!view->isPreparing());
        QVERIFY(view->changeCount() < changesBefore);

        verifyShowsCurrentPlan(wizard.session(), view);
        if (QTest::currentTestFailed())
            return;
        for (DiffSide side : {DiffSide::Old, DiffSide::New}) {
            QVERIFY(view->model()->text(side).contains(QLatin1String("type: Opaque\nstringData:\n  value: ")));
            QVERIFY(!view->model()->text(side).contains(QLatin1String(kTokenSignature)));
        }
    }

    // A plan made while the Review page is hidden has its large diff prepared meanwhile: the page
    // opens on it, never on one made for an earlier plan.
    void reviewOpensOnADiffPreparedMeanwhile()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(writeLargeProject(in));
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(importFolder(wizard, in));
        auto *review = static_cast<ReviewPage *>(wizard.page(MigrationWizard::Review));
        QTRY_VERIFY_WITH_TIMEOUT(review->hasPrefetchedDiff(), 30000);

        // Another plan: what was prepared for the earlier one is dropped, and the new one prepared.
        MigrationSession *session = wizard.session();
        const int index = session->fileIndex(QStringLiteral("gateway.yaml"));
        QVERIFY(index >= 0);
        QString findingId;
        const FilePlan &planned = session->plan().files[std::size_t(index)];
        for (std::size_t i = 0; i < planned.findings.size(); ++i) {
            if (planned.isApplied(i))
                findingId = planned.findings[i].id;
        }
        QVERIFY(!findingId.isEmpty());
        session->setFindingEnabled(QStringLiteral("gateway.yaml"), findingId, false);
        QVERIFY(!review->hasPrefetchedDiff());
        QTRY_VERIFY_WITH_TIMEOUT(review->hasPrefetchedDiff(), 30000);

        QVERIFY(walkToReview(wizard));
        QVERIFY(!review->isPreparingDiff()); // shown at once
        QVERIFY(!review->hasPrefetchedDiff());
        QVERIFY(review->diffView()->model()->rows() > 0);
        verifyShowsCurrentPlan(session, review->diffView());
    }

    // BackgroundTask hands back only the latest start()'s result, on the owner's thread.
    void backgroundTaskDeliversOnlyTheLatest()
    {
        BackgroundTask task;
        std::vector<int> delivered;
        QThread *const gui = QThread::currentThread();
        bool onOwnerThread = true;
        for (int i = 1; i <= 3; ++i) {
            task.start([i] { return i; }, [&](int value) {
                onOwnerThread = onOwnerThread && QThread::currentThread() == gui;
                delivered.push_back(value);
            });
        }
        QVERIFY(task.isPending());
        QTRY_VERIFY(!task.isPending());
        QTest::qWait(50); // the superseded ones end too, and must stay silent
        QCOMPARE(delivered, std::vector<int>{3});
        QVERIFY(onOwnerThread);
        task.start([] { return 4; }, [&](int value) { delivered.push_back(value); });
        task.discard();
        QVERIFY(!task.isPending());
        QTest::qWait(50);
        QCOMPARE(delivered, std::vector<int>{3});
    }

    // A line far down a large YAML file is coloured at once from the nearest "---" above it,
    // exactly as the line-by-line pass colours it later.
    void farLineColouredFromItsDocument()
    {
        const QString text = QString::fromUtf8(agm::test::largeGatewayFile(100000));
        const auto lines = QStringView(text).split(u'\n');
        SyntaxColourer colourer;
        colourer.setSource([&](int line) { return lines[line]; }, int(lines.size()), text.size(), QStringLiteral("gateway.yaml"));
        const bool active = colourer.isActive();
        QCOMPARE(active, !SyntaxColourer::version().isEmpty());
        const int far = 60002; // a "key: value" line inside a ConfigMap
        QVERIFY(lines[far].contains(u':'));
        QVector<QTextLayout::FormatRange> atOnce, later;
        QCOMPARE(colourer.formatsForLine(far, &atOnce), active);
        QVERIFY(colourer.frontier() < far - 2000); // not by catching up line by line
        QCOMPARE(atOnce.isEmpty(), !active);
        while (colourer.advance(50)) { }
        QCOMPARE(colourer.formatsForLine(far, &later), active);
        QCOMPARE(atOnce, later);
    }

    // The export writes on a worker: right after the click the page is still there, busy, with
    // its buttons off; then the Summary page shows the result.
    void exportRunsOnAWorker()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(writeLargeProject(in));
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(openReview(wizard, in));
        wizard.next(); // Checks: no checker, nothing runs; that needs the acknowledgement
        QVERIFY(agm::test::walkTo(wizard, MigrationWizard::Export));
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Export));
        auto *exportPage = static_cast<ExportPage *>(wizard.currentPage());
        exportPage->setOutputFolder(dir.filePath(QStringLiteral("out")));
        QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

        Heartbeat heartbeat;
        heartbeat.start(QStringLiteral("export"));
        wizard.button(QWizard::CommitButton)->click();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Export));
        QVERIFY(exportPage->isExporting());
        QVERIFY(!exportPage->isComplete());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QProgressBar *progress = nullptr;
        for (QProgressBar *bar : exportPage->findChildren<QProgressBar *>()) {
            if (bar->accessibleName() == QLatin1String("Export progress"))
                progress = bar;
        }
        QVERIFY(progress && progress->isVisible());
        bool writingShown = false;
        for (QLabel *label : exportPage->findChildren<QLabel *>())
            writingShown = writingShown || (label->isVisible() && label->text().startsWith(QLatin1String("Writing ")));
        QVERIFY(writingShown);
        wizard.reject(); // Escape waits for the files
        QVERIFY(wizard.isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(MigrationWizard::Summary), 60000);
        heartbeat.stop();
        QVERIFY(exportPage->outcome().ok);
        QVERIFY(!progress->isVisible());
        const QByteArray written = agm::test::readAll(dir.filePath(QStringLiteral("out/gateway.yaml")));
        QVERIFY(written.contains("azure-api-management/gateway:2."));
        QVERIFY(written.contains("contoso.configuration.azure-api.net"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/apim-gateway-migration-reports/apim-gateway-migration.html"))));
        QVERIFY2(heartbeat.maxBusy() < kHangMs, qPrintable(QStringLiteral("GUI thread busy for %1 ms between heartbeats").arg(heartbeat.maxBusy())));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
