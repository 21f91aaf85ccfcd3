// SPDX-License-Identifier: MIT
// Issue 14: the wizard works from the keyboard alone and fits the operator's screen.
#include "../testfiles.h"
#include "findinglist.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"
#include "sidebysidediffview.h"
#include "nextcommands.h"
#include "steplist.h"
#include "wizardwalk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QScreen>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QScopeGuard>

#include <algorithm>

using namespace agm;
using agm::test::filesUnder;
using agm::test::readAll;
using agm::test::walkTo;
using agm::test::findingRow;
using agm::test::answerNextMessageBox;

namespace {

constexpr int kIdRole = Qt::UserRole + 2; // FindingList's finding id

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

bool open(MigrationWizard &wizard, const QString &path)
{
    wizard.show();
    wizard.activateWindow();
    if (!QTest::qWaitForWindowActive(&wizard))
        return false;
    wizard.preload({path});
    wizard.next();
    auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
    return QTest::qWaitFor([&] { return import->isComplete(); }, 20000);
}

bool openPortal(MigrationWizard &wizard)
{
    return open(wizard, QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input"));
}

// The portal case on Review, once its diff shows the changes; null when it does not get there.
ReviewPage *portalReview(MigrationWizard &wizard)
{
    if (!openPortal(wizard) || !walkTo(wizard, MigrationWizard::Review))
        return nullptr;
    auto *review = static_cast<ReviewPage *>(wizard.currentPage());
    return QTest::qWaitFor([&] { return review->diffView()->changeCount() >= 3; }) ? review : nullptr;
}

// A custom management domain: its endpoint row needs the operator's answer.
QString customDomainCase(const QTemporaryDir &dir)
{
    write(dir.filePath(QStringLiteral("in/gateway.yaml")),
          readAll(QStringLiteral(AGM_TEST_DATA "/golden/k8s-custom-mgmt-domain/input/gateway.yaml")));
    return dir.filePath(QStringLiteral("in"));
}

// The Apply cell of the first row asking for an answer; invalid when none does.
QModelIndex rowNeedingAnswer(FindingList *list)
{
    return findingRow(list, [](const QModelIndex &apply) { return apply.data().toString() == QLatin1String("needs your answer"); });
}

// Keyboard only: every key goes to the widget that has the focus, as a keyboard would send it.
void press(MigrationWizard &wizard, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &wizard, key, modifiers);
}

void type(MigrationWizard &wizard, const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClicks(focus ? focus : &wizard, text);
}

// Tab until `target` has the focus (at most once round the page).
bool tabTo(MigrationWizard &wizard, QWidget *target)
{
    for (int i = 0; i < 80 && QApplication::focusWidget() != target; ++i)
        press(wizard, Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

// Alt+N, then waits for the next page (the import and the export run on workers).
bool altNext(MigrationWizard &wizard)
{
    const int before = wizard.currentId();
    press(wizard, Qt::Key_N, Qt::AltModifier);
    return QTest::qWaitFor([&] { return wizard.currentId() != before; }, 20000);
}

// On Checks without a checker (offline), Next needs "I understand the checks did not run": Tab to it, Space.
bool acknowledgeByKeyboard(MigrationWizard &wizard)
{
    QCheckBox *box = static_cast<ChecksPage *>(wizard.currentPage())->acknowledgement();
    if (box->isHidden() || box->isChecked())
        return true;
    if (!tabTo(wizard, box))
        return false;
    press(wizard, Qt::Key_Space);
    return box->isChecked();
}

// On Export: Alt+F (Output folder), replace the suggestion, Alt+E; true once on Summary.
bool exportByKeyboard(MigrationWizard &wizard, const QString &folder)
{
    press(wizard, Qt::Key_F, Qt::AltModifier);
    if (!qobject_cast<QLineEdit *>(QApplication::focusWidget()))
        return false;
    press(wizard, Qt::Key_A, Qt::ControlModifier);
    type(wizard, QDir::toNativeSeparators(folder));
    press(wizard, Qt::Key_E, Qt::AltModifier);
    return QTest::qWaitFor([&] { return wizard.currentId() == MigrationWizard::Summary; }, 30000);
}

// The step list's state of `page`, as a screen reader reads it.
QString stepSpoken(MigrationWizard &wizard, MigrationWizard::PageId page)
{
    const int at = int(MigrationWizard::steps().indexOf(page));
    return wizard.stepList()->item(at)->data(Qt::AccessibleTextRole).toString();
}

} // namespace

class TestWizardKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // F2 or Enter opens the answer of the selected row whichever cell is current; Enter commits it.
    void answerFromKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("column");
        QTest::addRow("F2 on the Apply cell") << int(Qt::Key_F2) << int(FindingList::Apply);
        QTest::addRow("F2 on the Where cell") << int(Qt::Key_F2) << int(FindingList::Location);
        QTest::addRow("F2 on the Why cell") << int(Qt::Key_F2) << int(FindingList::Why);
        QTest::addRow("Enter on the Apply cell") << int(Qt::Key_Return) << int(FindingList::Apply);
        QTest::addRow("Enter on the New cell") << int(Qt::Key_Return) << int(FindingList::New);
    }

    void answerFromKeyboard()
    {
        QFETCH(int, key);
        QFETCH(int, column);
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(open(wizard, customDomainCase(dir)));
        QVERIFY(walkTo(wizard, MigrationWizard::Endpoint));
        auto *list = wizard.currentPage()->findChild<FindingList *>();
        const QModelIndex row = rowNeedingAnswer(list);
        QVERIFY(row.isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString id = row.data(kIdRole).toString();
        list->setFocus();
        list->setCurrentIndex(row.siblingAtColumn(column));
        QTest::keyClick(list, Qt::Key(key));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor && list->isAncestorOf(editor), "no editor opened");
        QCOMPARE(list->currentIndex().column(), int(FindingList::New));
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Endpoint)); // Enter did not go to Next
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("contoso.configuration.azure-api.net"));
        QTest::keyClick(editor, Qt::Key_Return);
        const QString file = wizard.session()->project().files.front().source.relativePath;
        QTRY_COMPARE(wizard.session()->hostOverride(file, id), QStringLiteral("contoso.configuration.azure-api.net"));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Endpoint));
        // The New cell shows what the file gets, scheme and all.
        const QString answered = list->currentIndex().siblingAtColumn(FindingList::New).data().toString();
        QVERIFY2(answered.startsWith(QLatin1String("https://contoso.configuration.azure-api.net")), qPrintable(answered));
        QVERIFY(wizard.session()->plan().files.front().migratedText.find(answered.toStdString()) != std::string::npos);
    }

    // An answer that cannot be used says why, in the row and below the list, in the wizard's own
    // words (no command-line option).
    void rejectedAnswerSaysWhy_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("why");
        QTest::addRow("management host") << QStringLiteral("contoso.management.azure-api.net") << QStringLiteral("it is the v1 management host");
        QTest::addRow("with a path") << QStringLiteral("https://contoso.configuration.azure-api.net/apim") << QStringLiteral("it contains a path");
        QTest::addRow("not a host") << QStringLiteral("contoso configuration") << QStringLiteral("it is not a host name");
    }

    void rejectedAnswerSaysWhy()
    {
        QFETCH(QString, answer);
        QFETCH(QString, why);
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(open(wizard, customDomainCase(dir)));
        QVERIFY(walkTo(wizard, MigrationWizard::Endpoint));
        auto *page = static_cast<EndpointPage *>(wizard.currentPage());
        auto *list = page->findChild<FindingList *>();
        const QModelIndex row = rowNeedingAnswer(list);
        QVERIFY(row.isValid());
        const QString whyCell = row.siblingAtColumn(FindingList::Why).data().toString();
        QVERIFY2(!whyCell.contains(QLatin1String("--")), qPrintable(whyCell));
        QVERIFY2(page->statusText().startsWith(QLatin1String("1 endpoint without the v2 host yet")), qPrintable(page->statusText()));
        list->setFocus();
        list->setCurrentIndex(row);
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, answer);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY2(page->statusText().contains(QStringLiteral("Your answer “%1” is not used: %2").arg(answer, why)), qPrintable(page->statusText()));
        QVERIFY(!page->statusText().contains(QLatin1String("--")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(rowNeedingAnswer(list).siblingAtColumn(FindingList::Why).data().toString().contains(why));
    }

    // Space switches the selected change on and off whichever cell is current.
    void spaceTogglesApply_data()
    {
        QTest::addColumn<int>("column");
        QTest::addRow("Apply cell") << int(FindingList::Apply);
        QTest::addRow("New cell") << int(FindingList::New);
        QTest::addRow("Why cell") << int(FindingList::Why);
    }

    void spaceTogglesApply()
    {
        QFETCH(int, column);
        MigrationWizard wizard;
        QVERIFY(openPortal(wizard));
        QVERIFY(walkTo(wizard, MigrationWizard::Security));
        auto *list = wizard.currentPage()->findChild<FindingList *>();
        const QModelIndex row = findingRow(list, [](const QModelIndex &apply) { return bool(apply.flags() & Qt::ItemIsUserCheckable); });
        QVERIFY(row.isValid());
        const QString id = row.data(kIdRole).toString();
        const QString file = wizard.session()->project().files.front().source.relativePath;
        QVERIFY(wizard.session()->isFindingEnabled(file, id));
        list->setFocus();
        list->setCurrentIndex(row.siblingAtColumn(column));
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(!wizard.session()->isFindingEnabled(file, id));
        QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // shown at once
        QTRY_VERIFY(list->currentIndex().isValid());
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(wizard.session()->isFindingEnabled(file, id));
    }

    // F8 / Shift+F8 step through the diff wherever the focus is on Review, and the change list follows.
    void f8AnywhereOnReview()
    {
        MigrationWizard wizard;
        ReviewPage *review = portalReview(wizard);
        QVERIFY(review);
        SideBySideDiffView *diff = review->diffView();
        QCOMPARE(diff->currentChange(), 0);
        review->files()->setFocus();
        QTest::keyClick(review->files(), Qt::Key_F8);
        QCOMPARE(diff->currentChange(), 1);
        const QString atSecond = review->changes()->currentIndex().siblingAtColumn(FindingList::Location).data().toString();
        wizard.button(QWizard::NextButton)->setFocus();
        QTest::keyClick(wizard.button(QWizard::NextButton), Qt::Key_F8);
        QCOMPARE(diff->currentChange(), 2);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Review));
        review->changes()->setFocus();
        QTest::keyClick(review->changes(), Qt::Key_F8, Qt::ShiftModifier);
        QTest::keyClick(review->changes(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(diff->currentChange(), 0);
        const QString atFirst = review->changes()->currentIndex().siblingAtColumn(FindingList::Location).data().toString();
        QVERIFY2(atFirst != atSecond, qPrintable(atFirst));
        QTest::keyClick(review->changes(), Qt::Key_F8);
        QCOMPARE(review->changes()->currentIndex().siblingAtColumn(FindingList::Location).data().toString(), atSecond);
        // Other pages leave F8 alone.
        wizard.back();
        QTest::keyClick(wizard.currentPage(), Qt::Key_F8);
        QCOMPARE(diff->currentChange(), 1);
    }

    // The demo from Welcome to Summary with the keyboard alone, answering nothing: Alt+D loads it,
    // Alt+N goes on, Tab and Space acknowledge the checks that did not run, Alt+F and typing
    // choose the folder, Alt+E exports. The step list follows; the Summary's commands name files.
    void keyboardWalkThroughDemo()
    {
        QSettings().clear();
        QTemporaryDir dir;
        MigrationWizard wizard;
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        press(wizard, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Import));
        auto *import = static_cast<ImportPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return import->isComplete(); }, 20000));
        QCOMPARE(stepSpoken(wizard, MigrationWizard::Import), QStringLiteral("Import: current"));
        QCOMPARE(stepSpoken(wizard, MigrationWizard::Image), QStringLiteral("Image: to do"));
        while (wizard.currentId() != MigrationWizard::Export) {
            if (wizard.currentId() == MigrationWizard::Checks)
                QVERIFY(acknowledgeByKeyboard(wizard));
            const int before = wizard.currentId();
            QVERIFY2(altNext(wizard), qPrintable(QStringLiteral("stuck on page %1").arg(before)));
            QCOMPARE(stepSpoken(wizard, MigrationWizard::PageId(before)), MigrationWizard::stepName(MigrationWizard::PageId(before)) + QStringLiteral(": done"));
        }
        const QString out = dir.filePath(QStringLiteral("demo out"));
        QVERIFY(exportByKeyboard(wizard, out));
        QCOMPARE(stepSpoken(wizard, MigrationWizard::Summary), QStringLiteral("Summary: current"));
        QCOMPARE(filesUnder(out), (QStringList{QStringLiteral("apim-gateway-migration-reports/SHA256SUMS"),
                                               QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.html"),
                                               QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.json"),
                                               QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.md"),
                                               QStringLiteral("apim-gateway-migration-reports/apim-gateway-migration.patch"),
                                               QStringLiteral("apim-gateway-migration-reports/migration-recipe.json"),
                                               QStringLiteral("compose/docker-compose.yml"), QStringLiteral("docker/env.conf"),
                                               QStringLiteral("docker/run-gateway.sh"), QStringLiteral("helm/values.yaml"),
                                               QStringLiteral("kubernetes/contoso-gateway.yaml")}));
        auto *summary = static_cast<SummaryPage *>(wizard.currentPage());
        const QStringList commands = summary->commands();
        QVERIFY2(commands.size() == 4 && commands.first() == QStringLiteral("kubectl apply -f '%1/kubernetes/contoso-gateway.yaml'").arg(out),
                 qPrintable(commands.join(QLatin1Char('\n'))));
        for (const QString &command : commands)
            QVERIFY2(summary->text().contains(command.toHtmlEscaped()), qPrintable(command));
    }

    // A v1 endpoint on a custom domain: the Endpoint step is blocked (the step list says why)
    // until the host is typed in with F2, the keys and Enter; then Alt+N to Export, the files
    // written and the reports in the wizard's words (no command-line option).
    void keyboardWalkAnsweringCustomDomain()
    {
        QSettings().clear();
        QTemporaryDir dir;
        MigrationWizard wizard;
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.preload({customDomainCase(dir)}); // as `apim-gateway-migrator PATH` does
        QVERIFY(altNext(wizard));
        auto *import = static_cast<ImportPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return import->isComplete(); }, 20000));
        QTRY_COMPARE(stepSpoken(wizard, MigrationWizard::Endpoint), QStringLiteral("Endpoint: blocked"));
        const QString why = wizard.stepList()->item(2)->data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(why.startsWith(QLatin1String("1 endpoint without the v2 host: ")), qPrintable(why));
        QVERIFY(altNext(wizard)); // Image
        QVERIFY(altNext(wizard)); // Endpoint
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Endpoint));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *list = wizard.currentPage()->findChild<FindingList *>();
        QVERIFY(tabTo(wizard, list));
        const QModelIndex row = rowNeedingAnswer(list);
        QVERIFY(row.isValid());
        while (list->currentIndex().row() < row.row())
            press(wizard, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), row.row());
        press(wizard, Qt::Key_F2);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        press(wizard, Qt::Key_A, Qt::ControlModifier);
        type(wizard, QStringLiteral("contoso.configuration.azure-api.net"));
        press(wizard, Qt::Key_Return);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(stepSpoken(wizard, MigrationWizard::Endpoint), QStringLiteral("Endpoint: current"));
        while (wizard.currentId() != MigrationWizard::Export) {
            if (wizard.currentId() == MigrationWizard::Checks)
                QVERIFY(acknowledgeByKeyboard(wizard));
            QVERIFY2(altNext(wizard), qPrintable(QStringLiteral("stuck on page %1").arg(wizard.currentId())));
        }
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(exportByKeyboard(wizard, out));
        QVERIFY(readAll(out + QStringLiteral("/gateway.yaml")).contains("https://contoso.configuration.azure-api.net"));
        const QByteArray md = readAll(out + QStringLiteral("/apim-gateway-migration-reports/apim-gateway-migration.md"));
        QVERIFY(md.contains("contoso.configuration.azure-api.net"));
        for (const char *name : {"apim-gateway-migration.md", "apim-gateway-migration.html", "apim-gateway-migration.json"}) {
            const QByteArray report = readAll(out + QStringLiteral("/apim-gateway-migration-reports/") + QLatin1String(name));
            QVERIFY2(!report.isEmpty() && !report.contains("--endpoint") && !report.contains("--dns-server"), name);
        }
        QCOMPARE(static_cast<SummaryPage *>(wizard.currentPage())->commands(),
                 QStringList{QStringLiteral("kubectl apply -f ") + agm::shellQuote(out + QStringLiteral("/gateway.yaml"))});
    }

    // QWizard's header sized the subtitle for two lines at the font of the moment: a longer
    // (translated) subtitle, a narrower window or presenter mode cut it off until the next page.
    void subtitleNeverClipped()
    {
        MigrationWizard wizard;
        QVERIFY(openPortal(wizard));
        QVERIFY(walkTo(wizard, MigrationWizard::Endpoint));
        const auto subtitleFits = [&] {
            for (QLabel *label : wizard.findChildren<QLabel *>()) {
                // QWizard's header label (its class has no meta-object): the subtitle outside the page.
                if (!wizard.currentPage()->isAncestorOf(label) && label->isVisible() && label->text() == wizard.currentPage()->subTitle())
                    return label->height() >= label->heightForWidth(label->width()) && label->geometry().bottom() <= label->parentWidget()->height();
            }
            return false;
        };
        QTRY_VERIFY(subtitleFits());
        wizard.setPresenterMode(true);
        QTRY_VERIFY(subtitleFits());
        wizard.currentPage()->setSubTitle(wizard.currentPage()->subTitle().repeated(3));
        QTRY_VERIFY(subtitleFits());
        wizard.resize(820, wizard.height());
        QTRY_VERIFY(subtitleFits());
        wizard.setPresenterMode(false);
        QTRY_VERIFY(subtitleFits());
        QSettings().clear();
    }

    // The step list stands beside the pages without taking the focus, and grows with the font.
    void stepListNeverTakesFocus()
    {
        MigrationWizard wizard;
        QVERIFY(openPortal(wizard));
        StepList *steps = wizard.stepList();
        QCOMPARE(steps->focusPolicy(), Qt::NoFocus);
        QCOMPARE(steps->count(), 8);
        QCOMPARE(steps->accessibleName(), QStringLiteral("Steps"));
        QVERIFY2(steps->accessibleDescription().startsWith(QLatin1String("Step 1 of 8, Import: current")), qPrintable(steps->accessibleDescription()));
        for (int i = 0; i < 80; ++i) {
            press(wizard, Qt::Key_Tab);
            QVERIFY(QApplication::focusWidget() != steps);
        }
        // Names beside wide pages; marks and numbers only where the page needs the width.
        wizard.resize(1600, 900);
        QVERIFY(!steps->isCompact());
        QCOMPARE(steps->item(0)->text(), QStringLiteral("▶ 1. Import"));
        QTRY_COMPARE(steps->width(), steps->minimumWidth()); // the layout runs later
        const int width = steps->width();
        wizard.resize(MigrationWizard::fittedGeometry(QRect(0, 0, 1024, 728)).size()); // a 1024-pixel screen
        QVERIFY(steps->isCompact());
        QCOMPARE(steps->item(0)->text(), QStringLiteral("▶ 1"));
        QCOMPARE(steps->item(0)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Import: current"));
        QTRY_VERIFY(steps->width() < width / 2);
        const int compactWidth = steps->width();
        wizard.setPresenterMode(true);
        QTRY_VERIFY(steps->width() > compactWidth);
        wizard.setPresenterMode(false);
        QSettings().clear();
    }

    // Review gives a one-file import's file list room to the diff; several files keep the list.
    void reviewFileListOnlyForSeveralFiles_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addRow("one file") << false;
        QTest::addRow("the demo set") << true;
    }

    void reviewFileListOnlyForSeveralFiles()
    {
        QFETCH(bool, demo);
        MigrationWizard wizard;
        if (demo) {
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(wizard.loadDemo());
            wizard.next();
            auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
            QVERIFY(QTest::qWaitFor([&] { return import->isComplete(); }, 20000));
        } else {
            QVERIFY(openPortal(wizard));
        }
        QVERIFY(walkTo(wizard, MigrationWizard::Review));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QCOMPARE(review->files()->count() > 1, demo);
        QCOMPARE(review->files()->isVisible(), demo);
        QVERIFY(review->diffView()->changeCount() > 0);
        if (!demo)
            return;
        // A narrow window gives the file list a quarter of the page, a wide one at most 300 pixels.
        for (const int width : {1024, 1900}) {
            wizard.resize(width, 760);
            QTRY_COMPARE(wizard.width(), width);
            const int share = review->files()->width();
            QVERIFY2(std::abs(share - std::min(review->width() / 4, 300)) <= 15,
                     qPrintable(QStringLiteral("file list %1 of %2").arg(share).arg(review->width())));
        }
    }

    // At 1024x768 the Image page shows its Current and New columns, not only where and what.
    void imageValuesInViewAt1024()
    {
        MigrationWizard wizard;
        wizard.resize(1024, 768);
        QVERIFY(openPortal(wizard));
        QVERIFY(walkTo(wizard, MigrationWizard::Image));
        auto *list = wizard.currentPage()->findChild<FindingList *>();
        QVERIFY(list && list->rowCount() > 0);
        for (const int column : {int(FindingList::Current), int(FindingList::New)}) {
            const int left = list->header()->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + 60 < list->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 at %2 of %3").arg(column).arg(left).arg(list->viewport()->width())));
        }
        // A narrow cell shows the tag, not the registry path both values share.
        const QModelIndex current = list->model()->index(0, FindingList::Current);
        const QModelIndex proposed = list->model()->index(0, FindingList::New);
        QVERIFY(current.data().toString().startsWith(QLatin1String("mcr.microsoft.com/")));
        const QFontMetrics metrics(list->font());
        const QString shownOld = FindingList::shownValue(current, 120, metrics);
        const QString shownNew = FindingList::shownValue(proposed, 120, metrics);
        QVERIFY2(shownOld.startsWith(QChar(0x2026)) && shownOld.endsWith(current.data().toString().section(QLatin1Char(':'), -1)),
                 qPrintable(shownOld));
        QVERIFY2(shownNew.startsWith(QChar(0x2026)) && shownNew.endsWith(QLatin1Char(':') + proposed.data().toString().section(QLatin1Char(':'), -1)),
                 qPrintable(shownNew));
        QCOMPARE(FindingList::shownValue(current, 10000, metrics), current.data().toString());
    }

    // Picking a change in the change list brings it into the diff; the list stays on the pick.
    void changeListMovesTheDiff()
    {
        MigrationWizard wizard;
        ReviewPage *review = portalReview(wizard);
        QVERIFY(review);
        SideBySideDiffView *diff = review->diffView();
        QCOMPARE(diff->currentChange(), 0);
        FindingList *list = review->changes();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QModelIndex last;
        for (int i = 0; i < list->rowCount(); ++i) {
            if (!last.isValid() || list->cell(i, 0).data(FindingsModel::LineRole).toInt() > last.data(FindingsModel::LineRole).toInt())
                last = list->cell(i, 0); // the finding furthest down
        }
        QVERIFY(last.isValid());
        list->setCurrentIndex(last);
        QVERIFY2(diff->currentChange() > 0, qPrintable(last.siblingAtColumn(FindingList::Location).data().toString()));
        QCOMPARE(list->currentIndex(), last);
    }

    // On every page, no two visible buttons, labels or boxes (the wizard's own row included)
    // share an Alt mnemonic, and every push button, check box and radio button with a word on it has one.
    void uniqueMnemonics()
    {
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(openPortal(wizard));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Welcome));
        QStringList clashes, titles; // the titles are numbered alike, "n of 8 · ..."
        QList<int> seen;
        for (;;) {
            seen << wizard.currentId();
            if (wizard.currentId() != MigrationWizard::Welcome)
                titles << wizard.currentPage()->title();
            QCoreApplication::processEvents();
            // Each tab of a tab widget in turn: a tab's widgets are visible only while it is current.
            const QList<QTabWidget *> tabs = wizard.currentPage()->findChildren<QTabWidget *>();
            clashes << mnemonicClashes(wizard);
            for (QTabWidget *tab : tabs) {
                for (int i = 0; i < tab->count(); ++i) {
                    tab->setCurrentIndex(i);
                    clashes << mnemonicClashes(wizard);
                }
                tab->setCurrentIndex(0);
            }
            if (wizard.currentId() == MigrationWizard::Summary)
                break;
            if (wizard.currentId() == MigrationWizard::Export)
                static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("out")));
            agm::test::acknowledgeChecks(wizard);
            const int before = wizard.currentId();
            wizard.next();
            if (!QTest::qWaitFor([&] { return wizard.currentId() != before; }, 20000))
                break;
        }
        QCOMPARE(seen.last(), int(MigrationWizard::Summary));
        QCOMPARE(seen.size(), wizard.pageIds().size());
        QCOMPARE(titles.size(), 8);
        for (int i = 0; i < titles.size(); ++i)
            QVERIFY2(titles[i].startsWith(QStringLiteral("%1 of 8 · ").arg(i + 1)), qPrintable(titles[i]));
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Without decisions Escape quits at once; after them, Escape and closing the window ask, and
    // "Keep working" (the default) keeps the wizard open.
    void cancelAsksAfterDecisions()
    {
        {
            MigrationWizard wizard;
            QVERIFY(openPortal(wizard));
            QVERIFY(walkTo(wizard, MigrationWizard::Security));
            QVERIFY(wizard.session()->decisions().isEmpty());
            QTest::keyClick(wizard.currentPage(), Qt::Key_Escape);
            QVERIFY(!wizard.isVisible());
        }
        MigrationWizard wizard;
        QVERIFY(openPortal(wizard));
        QVERIFY(walkTo(wizard, MigrationWizard::Security));
        auto *list = wizard.currentPage()->findChild<FindingList *>();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Space); // the first change switched off
        QCOMPARE(wizard.session()->decisions(), QStringList{QStringLiteral("1 change switched off")});
        QString asked;
        answerNextMessageBox(QStringLiteral("&Keep working"), &asked);
        QTest::keyClick(list, Qt::Key_Escape);
        QVERIFY2(asked.contains(QLatin1String("1 change switched off")), qPrintable(asked));
        QVERIFY(wizard.isVisible());
        asked.clear();
        answerNextMessageBox(QStringLiteral("&Keep working"), &asked);
        wizard.close();
        QVERIFY(!asked.isEmpty());
        QVERIFY(wizard.isVisible());
        wizard.session()->setTag(QStringLiteral("2.11.1"));
        answerNextMessageBox(QStringLiteral("&Discard"), &asked);
        QTest::keyClick(wizard.button(QWizard::CancelButton), Qt::Key_Space);
        QVERIFY2(asked.contains(QLatin1String("the image tag 2.11.1")), qPrintable(asked));
        QVERIFY(!wizard.isVisible());
    }

    // The first window fits the screen's available area, grows on big screens, and every page
    // can shrink to a 1024x768 screen with a 40-pixel taskbar (window frame included).
    void geometryFitsScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addRow("1024x768 with a taskbar") << QRect(0, 0, 1024, 728);
        QTest::addRow("1366x768 with a taskbar") << QRect(0, 0, 1366, 728);
        QTest::addRow("1920x1080 with a taskbar") << QRect(0, 0, 1920, 1040);
        QTest::addRow("1920x1080 at 125%%, taskbar on the left") << QRect(48, 0, 1488, 864);
        QTest::addRow("2880x1800 at 200%%, menu bar") << QRect(0, 25, 1440, 875);
        QTest::addRow("3840x2160 second screen") << QRect(1920, 0, 3840, 2120);
    }

    void geometryFitsScreen()
    {
        QFETCH(QRect, available);
        const QRect g = MigrationWizard::fittedGeometry(available);
        QVERIFY2(available.contains(g.adjusted(-8, -32, 8, 8)), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height())));
        QVERIFY(g.width() >= std::min(available.width() * 3 / 4, 1000));
        QVERIFY(g.height() >= std::min(available.height() * 3 / 4, 680));
        if (available.width() >= 1920)
            QVERIFY(g.width() > 1400 && g.height() > 900);
    }

    // The window comes back where the operator left it on this screen, unless it no longer fits.
    void geometryRememberedPerScreen()
    {
        QSettings().clear();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            MigrationWizard wizard;
            QCOMPARE(wizard.geometry(), MigrationWizard::fittedGeometry(available));
            wizard.show();
            wizard.setGeometry(QRect(available.topLeft() + QPoint(20, 30), QSize(640, 480)));
        }
        {
            MigrationWizard wizard;
            QCOMPARE(wizard.size(), QSize(640, 480));
            wizard.show();
            wizard.resize(available.size() * 2); // e.g. remembered before the screen's scale went up
        }
        MigrationWizard wizard;
        QCOMPARE(wizard.geometry(), MigrationWizard::fittedGeometry(available));
        QSettings().clear();
    }

    // Presenter mode's larger text and Japanese's wider labels included; the step list stays
    // beside every page (it steps aside only for Review in presenter mode).
    void everyPageShrinksTo1024x768_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<QString>("language");
        QTest::addRow("normal") << false << QString();
        QTest::addRow("presenter mode") << true << QString();
        QTest::addRow("Japanese") << false << QStringLiteral("ja");
        QTest::addRow("Japanese, presenter mode") << true << QStringLiteral("ja");
    }

    void everyPageShrinksTo1024x768()
    {
        QFETCH(bool, presenter);
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("apim-gateway-migrator_") + language, QStringLiteral(AGM_TRANSLATIONS_DIR)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QTemporaryDir dir;
        MigrationWizard wizard;
        wizard.setPresenterMode(presenter);
        const auto normalFont = qScopeGuard([&] { wizard.setPresenterMode(false); }); // the font is the application's
        QVERIFY(openPortal(wizard));
        const QSize room(1024 - 16, 728 - 40); // the window frame and its title bar
        wizard.resize(room);
        auto *steps = wizard.findChild<StepList *>();
        for (;;) {
            QCoreApplication::processEvents();
            const QSize hint = wizard.minimumSizeHint().expandedTo(wizard.minimumSize());
            QVERIFY2(hint.width() <= room.width() && hint.height() <= room.height(),
                     qPrintable(QStringLiteral("page %1 needs %2x%3").arg(wizard.currentId()).arg(hint.width()).arg(hint.height())));
            QVERIFY2(wizard.width() <= room.width(), qPrintable(QStringLiteral("page %1 widened the window to %2").arg(wizard.currentId()).arg(wizard.width())));
            // In presenter mode Review's diff toolbar alone takes most of the width: the list steps aside.
            QVERIFY2(steps->isVisible() || (presenter && wizard.currentId() == MigrationWizard::Review),
                     qPrintable(QStringLiteral("page %1 hides the step list").arg(wizard.currentId())));
            if (wizard.currentId() == MigrationWizard::Summary)
                break;
            if (wizard.currentId() == MigrationWizard::Export)
                static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("out")));
            agm::test::acknowledgeChecks(wizard);
            const int before = wizard.currentId();
            wizard.next();
            QVERIFY(QTest::qWaitFor([&] { return wizard.currentId() != before; }, 20000));
        }
    }

    // The demo's temporary copy stays out of Recent and is removed with the wizard.
    void demoFolderRemovedAndNotRecent()
    {
        QSettings().clear();
        QString folder;
        {
            MigrationWizard wizard;
            wizard.show();
            QVERIFY(wizard.loadDemo());
            folder = wizard.demoFolder();
            QVERIFY(QFileInfo(folder).isDir());
            QVERIFY(!QSettings().value(QStringLiteral("import/recentLocations")).toStringList().contains(folder));
            auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
            wizard.next();
            QVERIFY(QTest::qWaitFor([&] { return import->isComplete(); }, 20000));
        }
        QVERIFY(!QFileInfo::exists(folder));
    }

    // "Open folder" says on the page when the folder could not be opened.
    void openFolderProblemShown()
    {
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(openPortal(wizard));
        QVERIFY(walkTo(wizard, MigrationWizard::Export));
        static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("out")));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Summary));
        auto *summary = static_cast<SummaryPage *>(wizard.currentPage());
        QVERIFY(summary->openProblem().isEmpty());
        QVERIFY(QDir(dir.filePath(QStringLiteral("out"))).removeRecursively());
        QAbstractButton *openButton = nullptr;
        for (QAbstractButton *b : summary->findChildren<QAbstractButton *>()) {
            if (b->text() == QLatin1String("&Open folder"))
                openButton = b;
        }
        QVERIFY(openButton);
        openButton->click();
        QVERIFY2(summary->openProblem().contains(QLatin1String("no longer exists")), qPrintable(summary->openProblem()));
    }

private:
    // Push buttons, check boxes and radio buttons with a word on them; not the wizard's Cancel (Escape) and
    // Finish (the default button on the last page), nor symbol buttons such as the zoom's "+".
    static bool needsMnemonic(MigrationWizard &wizard, QWidget *widget, const QString &text)
    {
        if (!qobject_cast<QPushButton *>(widget) && !qobject_cast<QCheckBox *>(widget) && !qobject_cast<QRadioButton *>(widget))
            return false;
        if (widget == wizard.button(QWizard::CancelButton) || widget == wizard.button(QWizard::FinishButton))
            return false;
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    }

    static QStringList mnemonicClashes(MigrationWizard &wizard)
    {
        QHash<QKeySequence, QString> owners;
        QStringList clashes;
        for (QWidget *w : wizard.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            QStringList texts;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                texts << label->text();
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                texts << box->title();
            else if (auto *bar = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < bar->count(); ++i)
                    texts << bar->tabText(i);
            }
            for (const QString &text : texts) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty() && needsMnemonic(wizard, w, text))
                    clashes << QStringLiteral("page %1: \"%2\" has no mnemonic").arg(wizard.currentId()).arg(text);
                if (key.isEmpty())
                    continue;
                if (owners.contains(key))
                    clashes << QStringLiteral("page %1: %2 is both \"%3\" and \"%4\"")
                                   .arg(wizard.currentId()).arg(key.toString(), owners.value(key), text);
                else
                    owners.insert(key, text);
            }
        }
        return clashes;
    }
};

QTEST_MAIN(TestWizardKeys)
#include "tst_wizardkeys.moc"
