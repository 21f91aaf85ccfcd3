// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace agm {

// Runs work off the GUI thread, so no page blocks the event loop on a large file (P7), and hands
// the result back on the owner's thread. Only the latest start()'s result is delivered: a newer
// request (another file picked) makes an older one moot. The work must own its inputs (copies),
// since the session may change while it runs. The destructor waits for running work, so a write
// is never cut short.
class BackgroundTask : public QObject
{
public:
    using QObject::QObject;
    ~BackgroundTask() override
    {
        for (QThread *thread : m_threads) {
            thread->wait();
            delete thread;
        }
    }

    // done(result) runs on this object's thread once work() returned, unless start() was called
    // again meanwhile.
    template<typename Work, typename Done>
    void start(Work work, Done done)
    {
        using Result = std::invoke_result_t<Work &>;
        const quint64 generation = ++m_generation;
        m_pending = true;
        auto result = std::make_shared<std::optional<Result>>();
        QThread *thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
        m_threads.push_back(thread);
        connect(thread, &QThread::finished, this, [this, thread, generation, result, done]() mutable {
            m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
            thread->deleteLater();
            if (generation != m_generation)
                return;
            m_pending = false;
            done(std::move(**result));
        });
        thread->start();
    }

    // The latest work's result is still to be delivered.
    bool isPending() const { return m_pending; }
    // Drops the result of the work under way (it still runs to its end).
    void discard()
    {
        ++m_generation;
        m_pending = false;
    }

private:
    std::vector<QThread *> m_threads;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace agm
