// SPDX-License-Identifier: MIT
// Issue 15, recipes in the wizard: the round trip (the wizard's export writes a recipe, and
// migrate --recipe on a copy of the same files writes the same bytes), and a preloaded recipe
// marking on every page which choices came from it.
#include "../clirun.h"
#include "../testfiles.h"
#include "findinglist.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"
#include "recipe.h"
#include "recipeorigin.h"
#include "wizardwalk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;
using agm::test::filesUnder;
using agm::test::readAll;
using agm::test::runCli;
using agm::test::walkTo;
using agm::test::findingRow;
using agm::test::setApplied;

namespace {

const QString kBundledTags = QStringLiteral(AGM_TEST_DATA "/../../resources/tags/mcr-gateway-tags.json");
const QString kInput = QStringLiteral(AGM_TEST_DATA "/golden/k8s-custom-mgmt-domain/input/gateway.yaml");

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
    wizard.preload({path});
    wizard.next();
    auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
    return QTest::qWaitFor([&] { return import->isComplete(); }, 20000);
}

QString originText(QWizardPage *page)
{
    auto *label = page->findChild<RecipeOriginLabel *>();
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

class TestWizardRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Done when (issue 15): a custom-domain case answered and one change unticked in the wizard;
    // its export's recipe, replayed by migrate --recipe on a copy, writes byte-identical files.
    void roundTrip()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("in/gateway.yaml")), readAll(kInput));
        MigrationWizard wizard;
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        QVERIFY(walkTo(wizard, MigrationWizard::Endpoint));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // Answer the question as an operator would: F2 on the row, type, Enter.
        auto *endpoints = wizard.currentPage()->findChild<FindingList *>();
        const QModelIndex question = findingRow(endpoints, [](const QModelIndex &apply) { return apply.data().toString() == QLatin1String("needs your answer"); });
        QVERIFY(question.isValid());
        endpoints->setFocus();
        endpoints->setCurrentIndex(question.siblingAtColumn(FindingList::New));
        QTest::keyClick(endpoints, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("config.contoso.com"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        QVERIFY(walkTo(wizard, MigrationWizard::Review));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        const QModelIndex security = findingRow(review->changes(), [](const QModelIndex &apply) {
            return (apply.flags() & Qt::ItemIsUserCheckable) && apply.siblingAtColumn(FindingList::Field).data().toString().endsWith(QLatin1String("securityContext"));
        });
        QVERIFY(security.isValid());
        setApplied(security, false);
        QVERIFY(wizard.session()->plan().files.front().migratedText.find("runAsUser") == std::string::npos);

        QVERIFY(walkTo(wizard, MigrationWizard::Export));
        auto *exportPage = static_cast<ExportPage *>(wizard.currentPage());
        exportPage->setOutputFolder(dir.filePath(QStringLiteral("wizard")));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(MigrationWizard::Summary), 20000);

        const QString recipe = dir.filePath(QStringLiteral("wizard/apim-gateway-migration-reports/") + QLatin1String(kRecipeFileName));
        QVERIFY(exportPage->outcome().artifacts.contains(recipe));
        QVERIFY(static_cast<SummaryPage *>(wizard.currentPage())->text().contains(QLatin1String(kRecipeFileName)));
        const RecipeReadResult read = readRecipe(recipe);
        QVERIFY2(read.recipe, qPrintable(read.describe(recipe)));
        QCOMPARE(int(read.recipe->endpoints.size()), 1);
        QCOMPARE(read.recipe->endpoints[0].service, QStringLiteral("contoso"));
        QCOMPARE(read.recipe->endpoints[0].managementHost, QStringLiteral("mgt.contoso.com"));
        QCOMPARE(int(read.recipe->leftOut.size()), 1);
        QCOMPARE(read.recipe->leftOut[0].rule, QStringLiteral("security-missing"));
        QVERIFY(read.recipe->checksAcknowledged); // the checks did not run here, and the walk acknowledged it
        const QByteArray bytes = readAll(recipe);
        QVERIFY(!bytes.contains(dir.path().toUtf8())); // no machine path
        QVERIFY(!bytes.contains("subscriptions"));      // no file content

        // The same files elsewhere, replayed headless with the wizard's tag list (the bundled one).
        write(dir.filePath(QStringLiteral("copy/gateway.yaml")), readAll(kInput));
        const test::CliRun cli = runCli({QStringLiteral("migrate"), QStringLiteral("--tags-file"), kBundledTags, QStringLiteral("--recipe"), recipe,
                                         QStringLiteral("--out"), dir.filePath(QStringLiteral("cli")), dir.filePath(QStringLiteral("copy"))});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QVERIFY2(!cli.err.contains(": note:"), cli.err.constData()); // every entry was used
        const QStringList migrated = filesUnder(dir.filePath(QStringLiteral("cli")));
        QCOMPARE(migrated, QStringList{QStringLiteral("gateway.yaml")});
        QCOMPARE(readAll(dir.filePath(QStringLiteral("cli/gateway.yaml"))), readAll(dir.filePath(QStringLiteral("wizard/gateway.yaml"))));
        QVERIFY(readAll(dir.filePath(QStringLiteral("cli/gateway.yaml"))).contains("https://config.contoso.com"));
    }

    // A preloaded recipe answers the question and leaves the change out, and each page says so.
    void pagesShowChoicesFromTheRecipe()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("in/gateway.yaml")), readAll(kInput));
        const QString recipe = dir.filePath(QStringLiteral("fleet.json"));
        write(recipe, "{\n"
                      "  \"format\": \"apim-gateway-migrator-recipe\",\n"
                      "  \"version\": 1,\n"
                      "  \"tag\": \"2.10.1\",\n"
                      "  \"endpoints\": [\n"
                      "    {\"service\": \"contoso\", \"managementHost\": \"mgt.contoso.com\", \"host\": \"config.contoso.com\"},\n"
                      "    {\"service\": \"fabrikam\", \"managementHost\": \"mgt.fabrikam.com\", \"host\": \"config.fabrikam.com\"}\n"
                      "  ],\n"
                      "  \"leftOut\": [{\"rule\": \"security-missing\", \"resource\": \"Deployment/contoso-onprem-gw\"}],\n"
                      "  \"checksAcknowledged\": true\n"
                      "}\n");
        MigrationWizard wizard;
        QVERIFY(wizard.loadRecipe(recipe).recipe);
        QVERIFY(open(wizard, dir.filePath(QStringLiteral("in"))));
        const QString import = originText(wizard.currentPage());
        QVERIFY2(import.contains(QLatin1String("fleet.json")) && import.contains(QLatin1String("line 7: the answer for service fabrikam")), qPrintable(import));
        QVERIFY(!import.contains(dir.path())); // the file name only

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Image));
        QCOMPARE(wizard.session()->options().tag, QStringLiteral("2.10.1"));
        QVERIFY2(originText(wizard.currentPage()).contains(QLatin1String("the image tag 2.10.1")), qPrintable(originText(wizard.currentPage())));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Endpoint));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // answered by the recipe
        QVERIFY(originText(wizard.currentPage()).contains(QLatin1String("1 endpoint answer")));
        auto *endpoints = wizard.currentPage()->findChild<FindingList *>();
        QVERIFY(findingRow(endpoints, [](const QModelIndex &apply) { return apply.data().toString().contains(QLatin1String("from recipe")); }).isValid());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Security));
        QVERIFY2(originText(wizard.currentPage()).contains(QLatin1String("1 change left out")), qPrintable(originText(wizard.currentPage())));
        auto *security = wizard.currentPage()->findChild<FindingList *>();
        const QModelIndex leftOut = findingRow(security, [](const QModelIndex &apply) { return apply.data().toString().contains(QLatin1String("from recipe")); });
        QVERIFY(leftOut.isValid());
        QCOMPARE(leftOut.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // Ticking it again makes it the operator's own choice.
        setApplied(leftOut, true);
        QTRY_VERIFY(!originText(wizard.currentPage()).contains(QLatin1String("left out")));

        QVERIFY(walkTo(wizard, MigrationWizard::Checks));
        auto *note = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("recipeOrigin"));
        QVERIFY(note && !note->isHidden() && note->text().contains(QLatin1String("fleet.json")));
        QVERIFY(!static_cast<ChecksPage *>(wizard.currentPage())->acknowledgement()->isChecked()); // never ticked for the operator
    }

    void invalidRecipeChangesNothing()
    {
        QTemporaryDir dir;
        const QString recipe = dir.filePath(QStringLiteral("bad.json"));
        write(recipe, "{\n  \"format\": \"apim-gateway-migrator-recipe\",\n  \"version\": 1,\n  \"tag\": \"1.2.5\"\n}\n");
        MigrationWizard wizard;
        const RecipeReadResult read = wizard.loadRecipe(recipe);
        QVERIFY(!read.recipe);
        QVERIFY2(read.describe(QStringLiteral("bad.json")).startsWith(QLatin1String("bad.json:4:10: error:")), qPrintable(read.describe(QStringLiteral("bad.json"))));
        QVERIFY(!wizard.session()->recipe());
        QVERIFY(wizard.findChild<QAbstractButton *>(QStringLiteral("recipeButton")));
    }
};

QTEST_MAIN(TestWizardRecipe)
#include "tst_wizardrecipe.moc"
