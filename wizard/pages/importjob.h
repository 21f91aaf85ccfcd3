// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace agm {

// Imports paths on a worker thread so the GUI stays responsive; reports progress, can be cancelled.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const;
    // Valid after finished(); moved out by the caller.
    Project takeResult() { return std::move(m_result); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Project m_result;
};

} // namespace agm
