// SPDX-License-Identifier: MIT
// A heartbeat on the GUI thread: a 16 ms timer whose late ticks measure how long the event loop
// was blocked (anchors-perf-reliability §8.2, P7). Lags are kept per named phase ("import",
// "diff", ...), so a benchmark or a test can say which step stalled. Header-only; used by the
// GUI benchmarks and by tests/pages/tst_responsiveness.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace agm::test {

class Heartbeat : public QObject
{
public:
    static constexpr int kIntervalMs = 16;

    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { beat(); });
    }

    void start(const QString &phase)
    {
        m_phase = phase;
        m_lags[phase];
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // Later lags count against `phase`; the tick that ends a stall counts for the phase it ends in.
    void setPhase(const QString &phase)
    {
        m_phase = phase;
        m_lags[phase];
    }
    // Also counts a stall still under way.
    void stop()
    {
        beat();
        m_timer.stop();
    }

    // Largest lag beyond the interval, in ms, for one phase or (empty) over all of them.
    qint64 maxLag(const QString &phase = {}) const
    {
        qint64 most = 0;
        for (const auto &[name, lags] : m_lags) {
            if (phase.isEmpty() || name == phase) {
                for (qint64 lag : lags)
                    most = std::max(most, lag);
            }
        }
        return most;
    }
    // The p-th percentile (0..100) of every lag measured.
    qint64 percentileLag(double p) const
    {
        std::vector<qint64> all;
        for (const auto &entry : m_lags)
            all.insert(all.end(), entry.second.begin(), entry.second.end());
        if (all.empty())
            return 0;
        std::sort(all.begin(), all.end());
        const auto at = std::size_t(p / 100.0 * double(all.size() - 1) + 0.5);
        return all[std::min(at, all.size() - 1)];
    }
    // Largest CPU time the GUI thread itself spent between two ticks, in ms: work that blocked the
    // event loop. Unlike the lag, it does not grow when a busy machine keeps the thread waiting.
    qint64 maxBusy() const { return m_maxBusy; }
    int beats(const QString &phase = {}) const
    {
        int n = 0;
        for (const auto &[name, lags] : m_lags)
            n += phase.isEmpty() || name == phase ? int(lags.size()) : 0;
        return n;
    }
    std::vector<QString> phases() const
    {
        std::vector<QString> out;
        for (const auto &entry : m_lags)
            out.push_back(entry.first);
        return out;
    }

    // CPU time the calling thread has used, in ms (wall time where there is no thread clock).
    static qint64 threadCpuMs()
    {
#ifdef Q_OS_UNIX
        timespec t{};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
            return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
#endif
        return QDateTime::currentMSecsSinceEpoch(); // no thread clock: wall time, as the lag
    }

private:
    void beat()
    {
        const qint64 now = m_clock.elapsed();
        m_lags[m_phase].push_back(std::max<qint64>(0, now - m_last - kIntervalMs));
        m_last = now;
        const qint64 cpu = threadCpuMs();
        if (m_lastCpu >= 0)
            m_maxBusy = std::max(m_maxBusy, cpu - m_lastCpu);
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = -1;
    qint64 m_maxBusy = 0;
    QString m_phase;
    std::map<QString, std::vector<qint64>> m_lags;
};

// Runs the event loop until `done` holds or `timeoutMs` pass; true when it holds. The loop
// sleeps between events (no busy wait), so a worker thread gets the CPU.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Runs the event loop for `ms`: between two steps, so a stall is charged to the step that caused it.
inline void idle(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace agm::test
