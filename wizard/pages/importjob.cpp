// SPDX-License-Identifier: MIT
#include "importjob.h"

#include <QMetaObject>
#include <QThread>

namespace agm {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start(const QStringList &paths)
{
    if (isRunning())
        return;
    m_cancel = false;
    delete m_thread;
    m_thread = QThread::create([this, paths] {
        m_result = importPaths(paths, [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
    });
    // yaml-cpp recurses per nesting level; the depth guard bounds it, the stack makes it safe on every OS.
    m_thread->setStackSize(16 * 1024 * 1024);
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_cancel.load()); });
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

} // namespace agm
