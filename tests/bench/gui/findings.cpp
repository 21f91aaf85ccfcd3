// SPDX-License-Identifier: MIT
// The finding lists on a large session: DEPLOYMENTS v1 gateways in FILES files, three findings
// each (16,667 make 50k findings). Walks Image, Endpoint, Security and Review, then switches one change
// off on Review. Measures the GUI thread's CPU time (what a busy machine does not inflate) for
// showing the three list pages and for the Review list's refresh after the switch, and the memory
// the walk through the three list pages added.
// Usage: agm-bench-findings [DEPLOYMENTS [FILES]]
#include "findinglist.h"
#include "heartbeat.h"
#include "largegateway.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

using agm::MigrationWizard;
using agm::test::Heartbeat;
using agm::test::waitUntil;

namespace {

// The resident memory of this process, in MiB (Linux).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

void figure(const char *id, double ours, const char *unit, const char *budget)
{
    std::printf("FIGURE\t%s\t%.1f\t%s\t-\t-\t%s\n", id, ours, unit, budget);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    agm::test::isolateGuiBenchmark(dir);
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 16667;
    const int files = argc > 2 ? std::max(QByteArray(argv[2]).toInt(), 1) : 50;

    // Files small enough to be diffed at once: no diff prepared ahead on a worker (the Review
    // page does that for a large file) runs into the figures.
    qsizetype bytes = 0;
    for (int n = 0; n < files; ++n) {
        const QByteArray text = agm::test::manyGatewaysFile(count / files + (n < count % files ? 1 : 0));
        bytes += text.size();
        if (!agm::test::writeInput(dir, QStringLiteral("gateways-%1.yaml").arg(n, 2, 10, QLatin1Char('0')), text))
            return 2;
    }

    MigrationWizard wizard;
    wizard.resize(1366, 768);
    wizard.show();
    auto *import = static_cast<agm::ImportPage *>(wizard.page(MigrationWizard::Import));
    wizard.preload({dir.filePath(QStringLiteral("in"))});
    wizard.next();
    if (!waitUntil([&] { return import->isComplete() && !import->isBusy(); }, 600000))
        return 2;
    agm::MigrationSession *session = wizard.session();
    std::size_t findings = 0;
    for (const agm::FilePlan &plan : session->plan().files)
        findings += plan.findings.size();
    std::fprintf(stderr, "findings: %d gateways in %d files, %zu findings (%.1f MB)\n", count, files, findings, double(bytes) / 1e6);

    // Each list page: Next, then the event loop until it has painted and settled.
    agm::test::idle(200);
    const double memoryBefore = residentMiB();
    qint64 pagesCpu = 0;
    for (int id : {MigrationWizard::Image, MigrationWizard::Endpoint, MigrationWizard::Security}) {
        const qint64 cpu = Heartbeat::threadCpuMs();
        wizard.next();
        agm::test::idle(200);
        pagesCpu += Heartbeat::threadCpuMs() - cpu;
        if (wizard.currentId() != id) {
            std::fprintf(stderr, "findings: held on page %d\n", wizard.currentId());
            return 2;
        }
    }
    const double memoryAdded = residentMiB() - memoryBefore;
    std::fprintf(stderr, "  Image, Endpoint, Security: %lld ms of GUI-thread CPU, %.1f MiB more memory\n", pagesCpu, memoryAdded);

    wizard.next();
    auto *review = static_cast<agm::ReviewPage *>(wizard.currentPage());
    if (wizard.currentId() != MigrationWizard::Review || !waitUntil([&] { return !review->isPreparingDiff(); }, 600000))
        return 2;
    agm::test::idle(200);

    // The Review list's share of a switch: from the new plan to the list following it.
    const agm::Finding *change = nullptr;
    for (const agm::Finding &f : session->plan().files.front().findings) {
        if (!f.edits.empty() && !change)
            change = &f;
    }
    if (!change)
        return 2;
    qint64 planned = -1, refreshed = -1;
    QObject::connect(session, &agm::MigrationSession::planChanged, [&] { planned = Heartbeat::threadCpuMs(); });
    QObject::connect(review->changes(), &agm::FindingList::answersChanged, [&] {
        if (refreshed < 0)
            refreshed = Heartbeat::threadCpuMs();
    });
    session->setFindingEnabled(session->project().files.front().source.relativePath, change->id, false);
    if (!waitUntil([&] { return refreshed >= 0; }, 600000))
        return 2;
    std::fprintf(stderr, "  review: the list followed a switch after %lld ms of GUI-thread CPU\n", refreshed - planned);

    figure("findings.steps.cpu", double(pagesCpu), "ms", "<=800");
    figure("findings.steps.memory", memoryAdded, "MiB", "<=30");
    figure("findings.review.switch-refresh.cpu", double(refreshed - planned), "ms", "<=200");
    return 0;
}
