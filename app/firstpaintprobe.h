// SPDX-License-Identifier: MIT
// For the start-up benchmark (tests/bench/gui): when AGM_FIRST_PAINT_PROBE is set, the first
// paint of a widget prints "AGM_FIRST_PAINT <steady clock in ns>" on stdout and ends the event
// loop. Without the variable it does nothing. Header-only, so the bare QWizard reference program
// uses the very same probe.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace agm::app {

inline void installFirstPaintProbe(QWidget *widget)
{
    if (!widget || qEnvironmentVariableIsEmpty("AGM_FIRST_PAINT_PROBE"))
        return;
    class Probe : public QObject
    {
    public:
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                // Queued: runs once this paint and the flush to the screen are done.
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                std::chrono::steady_clock::now().time_since_epoch())
                                                .count();
                        std::printf("AGM_FIRST_PAINT %lld\n", static_cast<long long>(ns));
                        std::fflush(stdout);
                        QCoreApplication::exit(0);
                        deleteLater();
                    },
                    Qt::QueuedConnection);
            }
            return false;
        }
    };
    widget->installEventFilter(new Probe(widget));
}

} // namespace agm::app
