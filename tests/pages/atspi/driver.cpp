// SPDX-License-Identifier: MIT
// Opens the wizard on the demo set at its Review page and waits, for tst_atspi.py to read it
// through AT-SPI. One Apply box is unticked so both states are there to read. Quits by itself
// after --timeout seconds (default 120) so it never outlives the test that started it.
#include "../wizardwalk.h"
#include "findinglist.h"
#include "migrationwizard.h"
#include "pages.h"
#include "sidebysidediffview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace agm;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("agm-atspi-driver"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QStringList args = QApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--timeout")));
    const int timeout = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 120;

    MigrationWizard wizard;
    wizard.show();
    // After show(), which sizes the window from the screen: wide enough for side by side (both
    // panes there to read) beside the step list.
    wizard.resize(1900, 1000);
    if (!wizard.loadDemo())
        return 2;
    wizard.next();
    auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
    QElapsedTimer clock;
    clock.start();
    while (!import->isComplete() && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!agm::test::walkTo(wizard, MigrationWizard::Review))
        return 2;
    auto *review = static_cast<ReviewPage *>(wizard.currentPage());
    for (int i = 0; i < review->files()->count(); ++i) {
        if (review->files()->item(i)->data(Qt::UserRole).toString().startsWith(QLatin1String("kubernetes/"))) {
            review->files()->setCurrentRow(i);
            break;
        }
    }
    // The last change is left out, as an operator who unticks it.
    FindingList *changes = review->changes();
    for (int i = changes->rowCount() - 1; i >= 0; --i) {
        if (const QModelIndex apply = changes->cell(i, FindingList::Apply); apply.flags() & Qt::ItemIsUserCheckable) {
            agm::test::setApplied(apply, false);
            break;
        }
    }
    // The focus in the migrated pane of an active window: the one object that reports it.
    wizard.activateWindow();
    wizard.raise();
    clock.restart();
    while (!wizard.isActiveWindow() && clock.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    review->diffView()->setFocus();
    clock.restart();
    while (clock.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    int unticked = 0;
    for (int i = 0; i < changes->rowCount(); ++i)
        unticked += changes->cell(i, FindingList::Apply).data(Qt::CheckStateRole).toInt() == Qt::Unchecked
                && (changes->cell(i, FindingList::Apply).flags() & Qt::ItemIsUserCheckable);
    QTextStream(stdout) << "ready: " << review->diffView()->changeCount() << " changes, " << unticked
                        << " unticked, active " << wizard.isActiveWindow() << ", focus "
                        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none"))
                        << Qt::endl;
    QTimer::singleShot(timeout * 1000, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
