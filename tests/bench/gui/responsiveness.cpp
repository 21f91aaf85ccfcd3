// SPDX-License-Identifier: MIT
// Responsiveness (P7, P8): the real wizard, offscreen, on one gateway file of 100k lines. Times
// the click on Next to the first painted viewport of the Review page's diff, then to the first
// paint with every visible line in its token colours (KSyntaxHighlighting builds; without it the
// lines are final at once), and measures with a
// 16 ms heartbeat how long the GUI thread was ever blocked during import, the steps, the diff,
// the syntax colouring (a jump to the end of the file included) and the export.
// Usage: agm-bench-responsiveness [LINES]
#include "checkspage.h"
#include "heartbeat.h"
#include "largegateway.h"
#include "migrationwizard.h"
#include "pages.h"
#include "diffmodel.h"
#include "diffpane.h"
#include "sidebysidediffview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using agm::MigrationWizard;
using agm::test::Heartbeat;
using agm::test::waitUntil;

namespace {

// Sets `painted` (and `when`, on `clock`) after the first paint of the widget after which
// `ready()` holds; it is asked once the paint is done.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, const QElapsedTimer &clock, std::function<bool()> ready)
        : m_clock(clock), m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    bool painted = false;
    qint64 when = -1;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            QMetaObject::invokeMethod(this, [this] {
                if (!painted && m_ready()) {
                    painted = true;
                    when = m_clock.elapsed();
                }
            }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    std::function<bool()> m_ready;
};

void figure(const char *id, double ours, const char *budget)
{
    std::printf("FIGURE\t%s\t%.1f\tms\t-\t-\t%s\n", id, ours, budget);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    agm::test::isolateGuiBenchmark(dir);
    QApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    const QByteArray text = agm::test::largeGatewayFile(lines);
    if (!agm::test::writeInput(dir, QStringLiteral("gateway.yaml"), text))
        return 2;
    std::fprintf(stderr, "responsiveness: QT_QPA_PLATFORM=%s, one file of %d lines (%.2f MB)\n",
                 qgetenv("QT_QPA_PLATFORM").constData(), int(text.count('\n')), double(text.size()) / 1e6);

    MigrationWizard wizard;
    wizard.show();
    Heartbeat heartbeat;
    heartbeat.start(QStringLiteral("import"));
    QElapsedTimer phase;
    phase.start();
    auto *import = static_cast<agm::ImportPage *>(wizard.page(MigrationWizard::Import));
    wizard.preload({dir.filePath(QStringLiteral("in"))});
    wizard.next();
    if (!waitUntil([&] { return import->isComplete() && !import->isBusy(); }, 120000))
        return 2;
    std::fprintf(stderr, "  import: %lld ms\n", phase.restart());

    agm::test::idle(100);
    heartbeat.setPhase(QStringLiteral("steps"));
    for (int id : {MigrationWizard::Image, MigrationWizard::Endpoint, MigrationWizard::Security}) {
        if (!waitUntil([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 30000))
            return 2;
        wizard.next();
        if (wizard.currentId() != id)
            return 2;
    }
    if (!waitUntil([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 30000))
        return 2;

    agm::test::idle(100);
    heartbeat.setPhase(QStringLiteral("diff"));
    auto *review = static_cast<agm::ReviewPage *>(wizard.page(MigrationWizard::Review));
    agm::SideBySideDiffView *diff = review->diffView();
    auto *pane = static_cast<agm::DiffPane *>(diff->focusProxy()); // the migrated side
    PaintWatch shown(pane, phase, [&] { return diff->model()->rows() > 0; });
    PaintWatch coloured(pane, phase, [&] { return diff->model()->rows() > 0 && pane->firstPlainLine() < 0; });
    phase.restart();
    const qint64 cpuBeforeNext = Heartbeat::threadCpuMs();
    qint64 cpuAtViewport = -1;
    wizard.next();
    if (!waitUntil([&] {
            if (shown.painted && cpuAtViewport < 0)
                cpuAtViewport = Heartbeat::threadCpuMs();
            return shown.painted && coloured.painted;
        }, 30000))
        return 2;
    const qint64 firstViewport = shown.when;
    const qint64 colouredAfter = coloured.when - shown.when;
    std::fprintf(stderr, "  review: first viewport painted %lld ms after Next, every line of it coloured %lld ms later; %d change(s)\n",
                 firstViewport, colouredAfter, diff->changeCount());
    // The GUI thread's own share of it: what a busy machine does not inflate.
    std::fprintf(stderr, "  review: the GUI thread used %lld ms of CPU time up to the first viewport\n", cpuAtViewport - cpuBeforeNext);

    // Colouring: the view colours in slices; jumping to the end asks for the last lines at once.
    agm::test::idle(100);
    heartbeat.setPhase(QStringLiteral("highlighting"));
    phase.restart();
    diff->setCollapseUnchanged(false);
    QTest::keyClick(pane, Qt::Key_End, Qt::ControlModifier);
    if (!waitUntil([&] { return diff->isColouringComplete(); }, 120000))
        return 2;
    std::fprintf(stderr, "  highlighting: complete after %lld ms (%s)\n", phase.elapsed(), qPrintable(diff->syntaxStatus()));

    agm::test::idle(100);
    heartbeat.setPhase(QStringLiteral("steps"));
    wizard.next(); // Checks (no checker: not run, which needs the acknowledgement)
    if (auto *checks = static_cast<agm::ChecksPage *>(wizard.currentPage()); wizard.currentId() == MigrationWizard::Checks)
        checks->acknowledgement()->setChecked(true);
    wizard.next(); // Export
    agm::test::idle(100);
    heartbeat.setPhase(QStringLiteral("export"));
    if (wizard.currentId() != MigrationWizard::Export)
        return 2;
    static_cast<agm::ExportPage *>(wizard.currentPage())->setOutputFolder(dir.filePath(QStringLiteral("out")));
    phase.restart();
    wizard.next();
    if (!waitUntil([&] { return wizard.currentId() == MigrationWizard::Summary; }, 120000))
        return 2;
    std::fprintf(stderr, "  export: %lld ms\n", phase.elapsed());
    agm::test::idle(100);
    heartbeat.stop();

    std::fprintf(stderr, "  heartbeat: %d beats; p99 lag %lld ms; at most %lld ms of GUI-thread CPU time between two beats\n",
                 heartbeat.beats(), heartbeat.percentileLag(99), heartbeat.maxBusy());
    for (const QString &name : heartbeat.phases())
        std::fprintf(stderr, "    %s: %d beats, max lag %lld ms\n", qPrintable(name), heartbeat.beats(name), heartbeat.maxLag(name));
    figure("responsiveness.review.first-viewport", double(firstViewport), "<=200");
    figure("responsiveness.review.first-viewport-coloured-after-show", double(colouredAfter), "<=100");
    for (const QString &name : {QStringLiteral("import"), QStringLiteral("steps"), QStringLiteral("diff"), QStringLiteral("highlighting"), QStringLiteral("export")})
        figure(qPrintable(QStringLiteral("responsiveness.lag.") + name), double(heartbeat.maxLag(name)), "<=100");
    figure("responsiveness.lag.max", double(heartbeat.maxLag()), "<=100");
    figure("responsiveness.lag.p99", double(heartbeat.percentileLag(99)), "<=50");
    return 0;
}
