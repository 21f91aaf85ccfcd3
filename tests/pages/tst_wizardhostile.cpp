// SPDX-License-Identifier: MIT
// The hostile corpus (tests/data/hostile) through the wizard, offscreen: the import lists every
// file and names each refusal with its line, and the review shows every file (2 MiB lines, a
// million lines, UTF-16, nesting at the limit) without a crash or a hang.
#include "../hostilecorpus.h"
#include "diffmodel.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"
#include "sidebysidediffview.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace agm;
using namespace agm::test;

class TestWizardHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void importAndReview()
    {
        QTemporaryDir dir;
        const std::vector<HostileEntry> entries = hostileManifest();
        const QString error = buildHostileCorpus(dir.path(), entries);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MigrationWizard wizard;
        wizard.show();
        wizard.preload({dir.path()});
        wizard.next();
        auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);

        // Every file is listed; a refused one says why, with its line where it has one.
        auto *tree = import->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), int(entries.size()));
        for (const HostileEntry &e : entries) {
            const QList<QTreeWidgetItem *> items = tree->findItems(e.file, Qt::MatchExactly);
            QCOMPARE(items.size(), 1);
            if (!e.refused())
                continue;
            QVERIFY2(items.front()->childCount() >= 1, qPrintable(e.file));
            const QTreeWidgetItem *why = items.front()->child(0);
            QVERIFY2(why->text(2).size() > 20, qPrintable(e.file));
            if (e.line)
                QVERIFY2(why->text(0).startsWith(QStringLiteral("line %1,").arg(e.line)), qPrintable(e.file + QLatin1Char(' ') + why->text(0)));
        }

        wizard.session()->setTag(QStringLiteral("2.11.1"));
        while (wizard.currentId() != MigrationWizard::Review) {
            QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(wizard.currentPage()->title()));
            wizard.next();
        }
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QVERIFY(review->files()->count() >= 20);
        for (int i = 0; i < review->files()->count(); ++i) {
            review->files()->setCurrentRow(i);
            const QString file = review->files()->item(i)->data(Qt::UserRole).toString();
            const auto entry = std::find_if(entries.begin(), entries.end(), [&](const HostileEntry &e) { return e.file == file; });
            QVERIFY(entry != entries.end());
            // A file that could not be read has no text to show; every other one has (a large one
            // once a worker prepared it).
            if (entry->expect == QLatin1String("load-failed")) {
                QTest::qWait(1);
                QVERIFY2(review->diffView()->model()->rowCount() == 0, qPrintable(file));
            } else {
                QTRY_VERIFY2_WITH_TIMEOUT(review->diffView()->model()->rowCount() > 0, qPrintable(file), 10000);
            }
        }
    }
};

QTEST_MAIN(TestWizardHostile)
#include "tst_wizardhostile.moc"
