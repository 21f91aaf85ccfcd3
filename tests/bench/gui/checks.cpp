// SPDX-License-Identifier: MIT
// Parallel checks (P10): 8 endpoints on loopback, 4 that answer, 2 whose TLS handshake never
// completes (TLS deadline) and 2 that never answer HTTP (HTTP deadline). Run in parallel, the
// whole run ends within the longest single deadline plus 10 %; run one after the other it would
// take the sum. A heartbeat also checks that the GUI thread was never blocked meanwhile. The system
// CA certificates are preloaded as the wizard does; the first run has its own figure beside the
// median of all runs. Usage: agm-bench-checks [RUNS]
#include "heartbeat.h"
#include "loopbackserver.h"
#include "connectivitychecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace agm;
using namespace agm::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    constexpr int kTlsDeadlineMs = 1500;
    constexpr int kHttpDeadlineMs = 2000;
    // As the wizard does after its first frame, long before the operator runs a check.
    net::ConnectivityChecker::preloadSystemCertificates();

    TestCertificates certs;
    if (!certs.generate()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(certs.error()));
        return 2;
    }
    std::vector<std::unique_ptr<QTcpServer>> servers;
    for (int i = 0; i < 4; ++i)
        servers.push_back(std::make_unique<LoopbackServer>([](const HttpRequest &) { return HttpResponse::json("{}"); }, certs.signedByCa()));
    for (int i = 0; i < 2; ++i)
        servers.push_back(std::make_unique<SilentServer>());
    for (int i = 0; i < 2; ++i)
        servers.push_back(std::make_unique<LoopbackServer>([](const HttpRequest &) { HttpResponse r; r.stall = true; return r; }, certs.signedByCa()));

    net::ConnectivitySettings settings;
    settings.environment = QProcessEnvironment();
    settings.systemProxy = false;
    settings.caFile = certs.caFile();
    settings.tlsTimeout = std::chrono::milliseconds(kTlsDeadlineMs);
    settings.httpTimeout = std::chrono::milliseconds(kHttpDeadlineMs);
    std::vector<CheckTarget> targets;
    for (std::size_t i = 0; i < servers.size(); ++i) {
        CheckTarget t;
        t.host = QStringLiteral("gw%1.agm.test").arg(i);
        t.port = servers[i]->serverPort();
        settings.hostTable.insert(t.host, QStringLiteral("127.0.0.1"));
        targets.push_back(t);
    }
    const double serialMs = 2 * kTlsDeadlineMs + 2 * kHttpDeadlineMs;

    net::ConnectivityChecker checker(settings);
    std::vector<double> walls;
    Heartbeat heartbeat;
    heartbeat.start(QStringLiteral("checks"));
    for (int r = 0; r < runs; ++r) {
        bool done = false;
        CheckRun result;
        QObject::connect(&checker, &net::ConnectivityChecker::finished, &app, [&](quint64, const CheckRun &run) {
            result = run;
            done = true;
        });
        QElapsedTimer clock;
        clock.start();
        checker.check(targets);
        if (!waitUntil([&] { return done; }, 60000))
            return 2;
        walls.push_back(double(clock.elapsed()));
        std::fprintf(stderr, "  run %d: %.0f ms, heartbeat max lag so far %lld ms\n", r + 1, walls.back(), heartbeat.maxLag());
        for (const EndpointCheck &c : result.results) {
            QString layers;
            for (const LayerCheck &l : c.layers)
                layers += QStringLiteral(" %1 %2 ms").arg(checkLayerName(l.layer)).arg(l.elapsedMs);
            std::fprintf(stderr, "    %s: %lld ms:%s\n", qPrintable(c.name()), c.elapsedMs, qPrintable(layers));
        }
        QObject::disconnect(&checker, &net::ConnectivityChecker::finished, &app, nullptr);
        int passed = 0, failedTls = 0, failedHttp = 0;
        for (const EndpointCheck &c : result.results) {
            passed += c.status == CheckStatus::Pass ? 1 : 0;
            failedTls += c.failedLayer == CheckLayer::Tls ? 1 : 0;
            failedHttp += c.failedLayer == CheckLayer::Http ? 1 : 0;
        }
        if (passed != 4 || failedTls != 2 || failedHttp != 2) {
            std::fprintf(stderr, "unexpected results:\n%s\n", qPrintable(checkRunText(result)));
            return 2;
        }
    }
    heartbeat.stop();
    const double first = walls.front(); // may wait for the system's CA certificates (once per process)
    std::sort(walls.begin(), walls.end());
    const double wall = walls[walls.size() / 2];
    std::fprintf(stderr, "checks: %zu endpoints (4 answer, 2 TLS stalls of %d ms, 2 HTTP stalls of %d ms), median of %d runs\n",
                 targets.size(), kTlsDeadlineMs, kHttpDeadlineMs, runs);
    std::fprintf(stderr, "  wall %.0f ms; one after the other they would take at least %.0f ms; heartbeat max lag %lld ms\n",
                 wall, serialMs, heartbeat.maxLag());
    std::printf("FIGURE\tchecks.8-endpoints.wall\t%.0f\tms\tlongest single deadline\t%d\tratio<=1.1\n", wall, kHttpDeadlineMs);
    std::printf("FIGURE\tchecks.8-endpoints.wall.first-run\t%.0f\tms\tlongest single deadline\t%d\tratio<=1.1\n", first, kHttpDeadlineMs);
    std::printf("FIGURE\tchecks.lag.max\t%lld\tms\t-\t-\t<=100\n", heartbeat.maxLag());
    return 0;
}
