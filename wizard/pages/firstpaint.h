// SPDX-License-Identifier: MIT
// The first paint of the first page: work that the first frame does not need waits for it
// (start-up goal P9: the wizard's later pages, the tag service, the window icon), and the start-up
// benchmark (tests/bench/gui) times it. Header-only, so the bare QWizard reference program uses
// the very same probe.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

namespace agm {

// Runs `then` once, on the event loop, after `widget` has been painted for the first time, or
// after `fallbackMs` when no paint comes (a window that starts hidden).
inline void afterFirstPaint(QWidget *widget, std::function<void()> then, int fallbackMs = 1000)
{
    class Watch : public QObject
    {
    public:
        Watch(QWidget *widget, std::function<void()> then)
            : QObject(widget), m_then(std::move(then))
        {
            widget->installEventFilter(this);
        }
        void fire()
        {
            if (!m_then)
                return;
            const std::function<void()> then = std::move(m_then);
            m_then = nullptr;
            deleteLater();
            then();
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                // Queued: runs once this paint and the flush to the screen are done.
                QMetaObject::invokeMethod(this, [this] { fire(); }, Qt::QueuedConnection);
            }
            return false;
        }

    private:
        std::function<void()> m_then;
    };
    QPointer<Watch> watch = new Watch(widget, std::move(then));
    QTimer::singleShot(fallbackMs, widget, [watch] {
        if (watch)
            watch->fire();
    });
}

// When AGM_FIRST_PAINT_PROBE is set (the start-up benchmark), prints "AGM_FIRST_PAINT <steady
// clock in ns>" on stdout after the first paint of `widget` and ends the event loop. Install it
// after any afterFirstPaint() work on the same widget: the filter installed last sees the paint
// first, so that work runs after the probe and is not counted. Without the variable: nothing.
inline void installFirstPaintProbe(QWidget *widget)
{
    if (qEnvironmentVariableIsEmpty("AGM_FIRST_PAINT_PROBE"))
        return;
    afterFirstPaint(widget, [] {
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
        std::printf("AGM_FIRST_PAINT %lld\n", static_cast<long long>(ns));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace agm
