// SPDX-License-Identifier: MIT
// Secret canaries through the wizard, offscreen, with every log category at debug level: no canary
// in any page's text, the diff (model data and both panes' text), the findings, the log or the
// exported reports, patch and checksums, until the operator reveals secrets, and then only in the
// diff. The exported copies keep every secret byte for byte.
#include "../canaries.h"
#include "../testfiles.h"
#include "checkspage.h"
#include "connectivitychecker.h"
#include "diffmodel.h"
#include "findinglist.h"
#include "logging.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "recipe.h"
#include "wizardwalk.h"
#include "pages.h"
#include "sidebysidediffview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace agm;
using namespace agm::test;

namespace {

// Every log line of the process, whatever its category and level.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        logLines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

QByteArray capturedLog()
{
    const QMutexLocker lock(&logMutex);
    return logLines.join(QLatin1Char('\n')).toUtf8();
}

QString modelText(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QString text;
    if (!model)
        return text;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole), int(Qt::WhatsThisRole),
                             int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole), int(Qt::UserRole)})
                text += model->data(index, role).toString() + QLatin1Char('\n');
            if (column == 0)
                text += modelText(model, index);
        }
    }
    return text;
}

// What the wizard can show: texts, tips and accessible names of every widget, and every item view.
QByteArray everythingShown(QWidget *root)
{
    QString text;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        text += w->toolTip() + w->accessibleName() + w->accessibleDescription() + w->statusTip() + w->whatsThis() + w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            text += label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text += button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            text += edit->text();
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            text += edit->toPlainText();
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            text += edit->toPlainText();
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            text += modelText(view->model());
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

// The diff of the review page's current file: model data and the text of both panes.
QByteArray diffShown(const ReviewPage *review)
{
    const DiffModel *model = review->diffView()->model();
    QString text = modelText(model);
    for (DiffSide side : {DiffSide::Old, DiffSide::New}) {
        for (int line = 0; line < model->lineCount(side); ++line)
            text += model->lineText(side, line) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QCheckBox *revealBox(QWidget *review)
{
    for (QCheckBox *box : review->findChildren<QCheckBox *>()) {
        if (box->text().remove(QLatin1Char('&')) == QLatin1String("Reveal secrets"))
            return box;
    }
    return nullptr;
}

} // namespace

class TestWizardCanaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_forms = canaryForms();
        enableVerboseLogging();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nagm.*=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
    }

    void maskedUntilRevealed()
    {
        // The checks run against a DNS server address nobody serves: nothing leaves the machine,
        // and the page still shows its results, the pod's view and the probe.
        net::ConnectivitySettings settings;
        settings.environment = QProcessEnvironment();
        settings.systemProxy = false;
        settings.dnsServer = QStringLiteral("127.0.0.254");
        settings.dnsTimeout = std::chrono::seconds(1);
        net::ConnectivityChecker checker(settings);
        MigrationWizard wizard;
        wizard.setConnectivityChecker(&checker);
        wizard.show();
        wizard.preload({kCanaryData});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 20000);
        wizard.session()->setTag(QStringLiteral("2.11.1"));
        while (wizard.currentId() != MigrationWizard::Review) {
            expectNoCanary(everythingShown(&wizard), "page");
            wizard.next();
        }

        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QVERIFY(review->files()->count() >= 9);
        for (int i = 0; i < review->files()->count(); ++i) {
            review->files()->setCurrentRow(i);
            expectNoCanary(diffShown(review), "diff");
            expectNoCanary(everythingShown(&wizard), "review page");
        }

        // Declining the confirmation keeps everything masked.
        QCheckBox *reveal = revealBox(review);
        QVERIFY(reveal);
        review->files()->setCurrentRow(fileRow(review, QStringLiteral("deployment.yaml")));
        answerNextMessageBox(QMessageBox::No);
        reveal->click();
        QVERIFY(!reveal->isChecked());
        expectNoCanary(diffShown(review), "diff after declining");

        // Confirmed: the diff shows the secrets, on both sides, and nothing else does.
        answerNextMessageBox(QMessageBox::Yes);
        reveal->click();
        QVERIFY(reveal->isChecked());
        const QByteArray revealed = diffShown(review);
        QVERIFY2(revealed.contains("CANARY13LastAppliedDeployment") && revealed.contains("CANARY14ContainerEnvSig"), revealed.constData());
        QVERIFY(revealed.count("CANARY14ContainerEnvSig") >= 2); // original and migrated pane
        expectNoCanary(capturedLog(), "log after the reveal");

        // The checks, their copied texts and the probe.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Checks));
        auto *checks = static_cast<ChecksPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!checks->isRunning(), 20000);
        QVERIFY(checks->lastRun());
        expectNoCanary(everythingShown(&wizard), "checks page");
        int copied = 0;
        for (QPushButton *copy : checks->findChildren<QPushButton *>()) {
            if (!copy->text().startsWith(QLatin1String("Cop")))
                continue;
            ++copied;
            QApplication::clipboard()->clear();
            copy->click();
            QVERIFY2(!QApplication::clipboard()->text().isEmpty(), qPrintable(copy->text()));
            expectNoCanary(QApplication::clipboard()->text().toUtf8(), "clipboard");
        }
        QCOMPARE(copied, 2); // the results and the probe
        if (!checks->acknowledgement()->isChecked())
            checks->acknowledgement()->setChecked(true); // the check failed: export anyway

        // Exported while revealed: reports, patch and checksums stay masked; copies keep the secrets.
        QVERIFY(agm::test::walkTo(wizard, MigrationWizard::Export));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(out);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary)); // the export runs on a worker
        expectNoCanary(everythingShown(wizard.currentPage()), "summary");
        int artifacts = 0;
        for (const QString &file : filesUnder(out)) {
            const QByteArray bytes = readAll(out + QLatin1Char('/') + file);
            const QByteArray input = readAll(kCanaryData + QLatin1Char('/') + file);
            if (file.startsWith(QLatin1String(kReportBaseName)) || file == QLatin1String("SHA256SUMS") || file == QLatin1String(kRecipeFileName)) {
                QVERIFY2(!bytes.isEmpty(), qPrintable(file));
                expectNoCanary(bytes, qPrintable(file));
                ++artifacts;
            } else {
                QVERIFY2(!input.isEmpty(), qPrintable(file + QStringLiteral(": written, but not an input")));
                QCOMPARE(plainCanaries(bytes), plainCanaries(input));
                for (const QByteArray &form : m_forms)
                    QCOMPARE(bytes.count(form), input.count(form));
            }
        }
        QCOMPARE(artifacts, 6); // five reports and the recipe

        // Unticked, the diff is masked again.
        reveal->setChecked(false);
        review->files()->setCurrentRow(fileRow(review, QStringLiteral("deployment.yaml")));
        expectNoCanary(diffShown(review), "diff after hiding");

        const QByteArray log = capturedLog();
        QVERIFY2(log.contains("agm.import: ") && log.contains("agm.plan: ") && log.contains("agm.wizard: ") && log.contains("agm.write: ")
                 && log.contains("agm.checks: "), log.left(2000).constData());
        expectNoCanary(log, "log");
    }

private:
    void expectNoCanary(const QByteArray &text, const char *where)
    {
        QVERIFY2(findCanary(text, m_forms).isEmpty(), QByteArray(QByteArray(where) + ":\n" + leakReport(text, m_forms)).constData());
    }

    static int fileRow(ReviewPage *review, const QString &file)
    {
        for (int i = 0; i < review->files()->count(); ++i) {
            if (review->files()->item(i)->data(Qt::UserRole).toString() == file)
                return i;
        }
        return -1;
    }

    QByteArrayList m_forms;
};

QTEST_MAIN(TestWizardCanaries)
#include "tst_wizardcanaries.moc"
