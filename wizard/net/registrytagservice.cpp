// SPDX-License-Identifier: MIT
#include "registrytagservice.h"

#include "proxychoice.h"
#include "registryjob.h"
#include "tagcache.h"

#include <QNetworkAccessManager>

namespace agm::net {

RegistryTagService::RegistryTagService(RegistrySettings settings, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<agm::net::TagFetchResult>();
    qRegisterMetaType<agm::net::DigestResult>();
    setSettings(settings);
}

RegistryTagService::~RegistryTagService()
{
    // Before the manager goes (it aborts its replies): running jobs end without signals.
    m_jobs.deleteAll();
}

const RegistrySettings &RegistryTagService::settings() const
{
    return m_settings;
}

void RegistryTagService::setSettings(const RegistrySettings &settings)
{
    m_settings = settings;
    m_manager->setProxyFactory(new RegistryProxyFactory(settings.environment));
}

QString RegistryTagService::cacheDirectory() const
{
    return m_settings.cacheDirectory.isEmpty() ? defaultTagCacheDirectory() : m_settings.cacheDirectory;
}

quint64 RegistryTagService::fetchTags(const TagFetchRequest &request)
{
    auto *job = new TagListJob(this, m_manager, m_jobs.nextId(), m_settings);
    const quint64 id = m_jobs.add(job);
    job->start(request);
    return id;
}

quint64 RegistryTagService::fetchDigest(const DigestRequest &request)
{
    auto *job = new DigestJob(this, m_manager, m_jobs.nextId(), m_settings);
    const quint64 id = m_jobs.add(job);
    job->start(request);
    return id;
}

void RegistryTagService::cancel(quint64 id)
{
    m_jobs.cancel(id);
}

void RegistryTagService::cancelAll()
{
    m_jobs.cancelAll();
}

bool RegistryTagService::isRunning(quint64 id) const
{
    return m_jobs.contains(id);
}

void RegistryTagService::finishJob(RegistryJob *job)
{
    m_jobs.take(job->id());
    job->deleteLater();
    job->emitFinished();
}

} // namespace agm::net
