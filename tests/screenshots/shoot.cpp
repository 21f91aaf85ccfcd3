// SPDX-License-Identifier: MIT
// Walks the wizard through the training set and saves a PNG of every page, for the user guide
// and for looking at what operators see. Run under Xvfb: packaging/screenshots.sh. The Checks
// page talks to loopback servers started here only.
#include "../net/loopbackserver.h"
#include "checkspage.h"
#include "connectivitychecker.h"
#include "findinglist.h"
#include "migrationsession.h"
#include "translations.h"
#include "migrationwizard.h"
#include "pages.h"
#include "sidebysidediffview.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace agm;

namespace {

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x26, 0x5f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Black background, white text, yellow selection: the usual high-contrast scheme.
QPalette highContrastPalette()
{
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xd7, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QString optionValue(const QStringList &args, const QString &name)
{
    const int at = int(args.indexOf(name));
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

// The widgets of `page` that are wider at their minimum than `room`, deepest first: what keeps
// the window from fitting (an unwrapped label, a row of buttons).
QStringList tooWide(QWidget *page, int room)
{
    QStringList out;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->minimumSizeHint().width() <= room)
            continue;
        const bool widerChild = std::any_of(w->children().begin(), w->children().end(), [room](QObject *o) {
            auto *child = qobject_cast<QWidget *>(o);
            return child && child->isVisible() && child->minimumSizeHint().width() > room;
        });
        if (!widerChild)
            out << QStringLiteral("%1 \"%2\" needs %3").arg(QLatin1String(w->metaObject()->className()), w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName()).arg(w->minimumSizeHint().width());
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no presenter mode, geometry or recent folders from an earlier run
    const QStringList args = QApplication::arguments();
    // Read by the Review page when it is made.
    QSettings().setValue(QStringLiteral("review/wrapLines"), !args.contains(QStringLiteral("--no-wrap")));
    QSettings().setValue(QStringLiteral("review/inlineLayout"), args.contains(QStringLiteral("--inline")));
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: agm-screenshots OUTDIR [--dark | --contrast] [--presenter] [--lang CODE --translations DIR] [--prefix NAME]\n"
                               "                       [--input PATH] [--recipe FILE] [--offline] [--size WxH] [--no-wrap] [--inline] [--review-all]\n"
                               "  --input imports PATH instead of the demo set: unanswered endpoints are left on v1, a refused and a\n"
                               "  floating custom tag are shot, Review shows the first file that is not migrated; --offline: no checks\n"
                               "  --no-wrap / --inline: Review scrolls long lines sideways / shows the inline layout; --review-all: Review once per\n"
                               "  file and change (6-review-F-C), to see that every change is readable without scrolling by hand\n";
        return 2;
    }
    const QString out = args.at(1);
    const bool dark = args.contains(QStringLiteral("--dark"));
    const int prefixAt = int(args.indexOf(QStringLiteral("--prefix")));
    const QString prefix = prefixAt > 0 && prefixAt + 1 < args.size() ? args.at(prefixAt + 1) : QStringLiteral("wizard");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    if (args.contains(QStringLiteral("--contrast")))
        QApplication::setPalette(highContrastPalette());
    const QString language = optionValue(args, QStringLiteral("--lang"));
    if (!language.isEmpty()) {
        // The program's own loader, pointed at the build tree's catalogues.
        qputenv("AGM_TRANSLATIONS_DIR", optionValue(args, QStringLiteral("--translations")).toLocal8Bit());
        if (agm::app::installTranslations(app, language).isEmpty()) {
            QTextStream(stderr) << "no catalogue for " << language << '\n';
            return 2;
        }
    }
    QDir().mkpath(out);

    // The Checks page runs against loopback only: the demo's configuration host is answered by a
    // host table (127.0.0.1, where nothing listens on 443, so TCP fails), and a TLS server with a
    // certificate made here stands for a host the operator adds.
    agm::test::TestCertificates certificates;
    if (!certificates.generate()) {
        QTextStream(stderr) << "cannot make test certificates: " << certificates.error() << '\n';
        return 2;
    }
    agm::test::LoopbackServer gatewayStandIn([](const agm::test::HttpRequest &) {
        agm::test::HttpResponse r;
        r.status = 401;
        r.reason = "Unauthorized";
        return r;
    }, certificates.signedByCa());
    net::ConnectivitySettings checkSettings;
    checkSettings.environment = QProcessEnvironment();
    checkSettings.systemProxy = false;
    checkSettings.caFile = certificates.caFile();
    checkSettings.hostTable.insert(QStringLiteral("contoso.configuration.azure-api.net"), QStringLiteral("127.0.0.1"));
    net::ConnectivityChecker checker(checkSettings);

    const QString input = optionValue(args, QStringLiteral("--input"));
    const QStringList size = optionValue(args, QStringLiteral("--size")).split(QLatin1Char('x'));
    MigrationWizard wizard;
    // --recipe: the pages mark the choices that came from it.
    if (const QString recipe = optionValue(args, QStringLiteral("--recipe")); !recipe.isEmpty()) {
        const RecipeReadResult read = wizard.loadRecipe(recipe);
        if (!read.recipe) {
            QTextStream(stderr) << read.describe(recipe) << '\n';
            return 2;
        }
    }
    if (!args.contains(QStringLiteral("--offline")))
        wizard.setConnectivityChecker(&checker);
    wizard.resize(size.size() == 2 ? size[0].toInt() : 1200, size.size() == 2 ? size[1].toInt() : 800);
    wizard.show();
    if (args.contains(QStringLiteral("--presenter")))
        wizard.setPresenterMode(true);
    auto shoot = [&](const QString &name) {
        settle();
        const QString path = QDir(out).filePath(QStringLiteral("%1-%2.png").arg(prefix, name));
        wizard.grab().save(path);
        QTextStream(stdout) << path << '\n';
        // A window grown past the size asked for: the page did not fit; say what is too wide.
        if (size.size() == 2 && wizard.width() > size[0].toInt()) {
            QTextStream(stderr) << name << ": the window grew to " << wizard.width() << " pixels\n";
            const int room = wizard.currentPage()->width() - (wizard.width() - size[0].toInt());
            for (const QString &line : tooWide(wizard.currentPage(), room))
                QTextStream(stderr) << "  " << line << '\n';
        }
    };
    shoot(QStringLiteral("1-welcome"));
    if (input.isEmpty())
        wizard.loadDemo();
    else
        wizard.preload({input});
    wizard.next();
    auto *import = static_cast<ImportPage *>(wizard.page(MigrationWizard::Import));
    for (int i = 0; i < 200 && !import->isComplete(); ++i)
        settle(50);
    shoot(QStringLiteral("2-import"));
    wizard.next();
    shoot(QStringLiteral("3-image"));
    if (!input.isEmpty()) {
        QLineEdit *custom = nullptr;
        for (QLineEdit *edit : wizard.currentPage()->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Custom tag"))
                custom = edit;
        }
        const QString tag = wizard.session()->options().tag;
        for (const QString &typed : {QStringLiteral("2.11bad"), QStringLiteral("latest")}) {
            custom->setText(typed);
            Q_EMIT custom->textEdited(typed);
            shoot(QStringLiteral("3-image-") + typed);
        }
        custom->setText(tag);
        Q_EMIT custom->textEdited(tag);
    }
    wizard.next();
    if (!input.isEmpty()) {
        // Unanswered endpoints stay on the v1 URL, as an operator who unticks them.
        auto *list = wizard.currentPage()->findChild<FindingList *>();
        for (int i = 0; list && i < list->rowCount(); ++i) {
            const QModelIndex apply = list->cell(i, FindingList::Apply);
            if (apply.data().toString() == QLatin1String("needs your answer") && (apply.flags() & Qt::ItemIsUserCheckable))
                list->model()->setData(apply, Qt::Unchecked, Qt::CheckStateRole);
        }
    }
    shoot(QStringLiteral("4-endpoint"));
    wizard.next();
    shoot(QStringLiteral("5-security"));
    wizard.next();
    auto *review = static_cast<ReviewPage *>(wizard.currentPage());
    for (int i = 0; i < review->files()->count(); ++i) {
        const QString file = review->files()->item(i)->data(Qt::UserRole).toString();
        const FileState state = wizard.session()->fileEntry(wizard.session()->fileIndex(file)).state;
        if (input.isEmpty() ? file.startsWith(QLatin1String("kubernetes/")) : (state == FileState::Unreadable || state == FileState::CannotEdit)) {
            review->files()->setCurrentRow(i);
            break;
        }
    }
    shoot(QStringLiteral("6-review"));
    if (args.contains(QStringLiteral("--review-all"))) {
        const int current = review->files()->currentRow();
        for (int f = 0; f < review->files()->count(); ++f) {
            review->files()->setCurrentRow(f);
            SideBySideDiffView *diff = review->diffView();
            for (int c = 0; c < diff->changeCount(); ++c) {
                diff->setCurrentChange(c);
                shoot(QStringLiteral("6-review-%1-%2").arg(f + 1).arg(c + 1));
            }
        }
        review->files()->setCurrentRow(current);
    }
    auto *checks = static_cast<ChecksPage *>(wizard.page(MigrationWizard::Checks));
    checks->extraHosts()->setText(QStringLiteral("localhost:%1").arg(gatewayStandIn.serverPort()));
    wizard.next();
    for (int i = 0; i < 200 && checks->isRunning(); ++i)
        settle(50);
    shoot(QStringLiteral("7-checks"));
    auto *tabs = checks->findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    shoot(QStringLiteral("7b-checks-pod"));
    tabs->setCurrentIndex(2);
    shoot(QStringLiteral("7c-checks-probe"));
    tabs->setCurrentIndex(0);
    checks->acknowledgement()->setChecked(true);
    wizard.next();
    QTemporaryDir dir;
    static_cast<ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("contoso-v2")));
    shoot(QStringLiteral("8-export"));
    wizard.next();
    for (int i = 0; i < 500 && wizard.currentId() != MigrationWizard::Summary; ++i)
        settle(20); // the export runs on a worker
    shoot(QStringLiteral("9-summary"));
    return 0;
}
