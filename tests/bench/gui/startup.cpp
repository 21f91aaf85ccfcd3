// SPDX-License-Identifier: MIT
// Start-up: process start to the first wizard page painted, the real program against a bare
// QWizard built in the same tree (P9). Each run is a new process with AGM_FIRST_PAINT_PROBE set
// (wizard/pages/firstpaint.h): the child prints its steady clock at the first paint and quits, so the
// time to exit is not counted. Runs alternate between the two programs after a warm-up; the
// figure is the ratio of the medians. Usage: agm-bench-startup [RUNS]
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

long long steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Milliseconds from starting the process to its first paint; negative on failure.
double timeToFirstPaint(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const long long start = steadyNs();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const QByteArray out = process.readAllStandardOutput();
    const int at = int(out.indexOf("AGM_FIRST_PAINT "));
    if (at < 0) {
        std::fprintf(stderr, "%s printed no marker: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    const long long painted = out.mid(at + 16).trimmed().split('\n').value(0).toLongLong();
    return double(painted - start) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;
    constexpr int kWarmUp = 3;

    QTemporaryDir config; // the wizard saves its geometry on exit: not into the operator's settings
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AGM_FIRST_PAINT_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM"));

    // --offline: a benchmark talks to no server (and the tag list is fetched only on the Image page).
    const QString appPath = QStringLiteral(AGM_APP_PATH);
    const QStringList appArgs{QStringLiteral("--offline")};
    const QString barePath = QStringLiteral(AGM_BARE_WIZARD_PATH);
    std::vector<double> ours, bare;
    for (int i = 0; i < kWarmUp + runs; ++i) {
        const double a = timeToFirstPaint(appPath, appArgs, env);
        const double b = timeToFirstPaint(barePath, {}, env);
        if (a < 0 || b < 0)
            return 2;
        if (i >= kWarmUp) {
            ours.push_back(a);
            bare.push_back(b);
        }
    }
    std::fprintf(stderr, "start-up: QT_QPA_PLATFORM=%s, median of %d runs after %d warm-up runs each, alternating\n",
                 qPrintable(platform), runs, kWarmUp);
    std::fprintf(stderr, "  apim-gateway-migrator --offline: min %.1f ms, median %.1f ms, max %.1f ms\n",
                 *std::min_element(ours.begin(), ours.end()), median(ours), *std::max_element(ours.begin(), ours.end()));
    std::fprintf(stderr, "  bare QWizard:                    min %.1f ms, median %.1f ms, max %.1f ms\n",
                 *std::min_element(bare.begin(), bare.end()), median(bare), *std::max_element(bare.begin(), bare.end()));
    std::printf("FIGURE\tstartup.first-paint.%s\t%.1f\tms\tbare QWizard\t%.1f\tratio<=1.5\n", qPrintable(platform), median(ours), median(bare));
    return 0;
}
