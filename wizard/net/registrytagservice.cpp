// SPDX-License-Identifier: MIT
#include "registrytagservice.h"

#include "pluraltext.h"
#include "proxychoice.h"
#include "registryjob.h"
#include "tagcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace agm::net {

namespace {

// A saved tag list is small; anything near this is not one.
constexpr qint64 kMaxTagFileBytes = 16 * 1024 * 1024;

} // namespace

QString describeAge(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    // Plural forms come from the translation (%n). Units are picked first: lupdate's parser
    // loses its way when comparisons and translate() calls share a statement.
    const int unit = secs >= 48 * 3600 ? 3 : secs >= 120 * 60 ? 2 : secs >= 120 ? 1 : 0;
    const qint64 divisors[] = {1, 60, 3600, 86400};
    const int n = int(secs / divisors[unit]);
    QString text;
    switch (unit) {
    case 0: text = QCoreApplication::translate("agm::net", "%n second(s)", nullptr, n); break;
    case 1: text = QCoreApplication::translate("agm::net", "%n minute(s)", nullptr, n); break;
    case 2: text = QCoreApplication::translate("agm::net", "%n hour(s)", nullptr, n); break;
    default: text = QCoreApplication::translate("agm::net", "%n day(s)", nullptr, n); break;
    }
    return withEnglishPlural(text, n);
}

QString describeTagSource(const TagList &list, const QDateTime &now)
{
    const QString when = list.fetchedAt.toUTC().toString(Qt::ISODate);
    switch (list.source) {
    case TagSourceKind::Live:
        return QCoreApplication::translate("agm::net", "live from %1, fetched %2").arg(list.url, when);
    case TagSourceKind::Cache:
        return QCoreApplication::translate("agm::net", "cache of %1, fetched %2 (%3 ago)").arg(list.url, when, describeAge(list.fetchedAt.secsTo(now)));
    case TagSourceKind::Bundled:
        return QCoreApplication::translate("agm::net", "bundled snapshot of %1").arg(list.fetchedAt.date().toString(Qt::ISODate));
    case TagSourceKind::File:
        return QCoreApplication::translate("agm::net", "file %1").arg(QDir::toNativeSeparators(list.url));
    }
    return {};
}

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

TagFetchResult RegistryTagService::loadTagFile(const QString &path)
{
    TagFetchResult result;
    result.url = QUrl::fromLocalFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("agm::net", "cannot read it (%1)").arg(file.errorString());
        return result;
    }
    if (file.size() > kMaxTagFileBytes) {
        result.error = QCoreApplication::translate("agm::net", "larger than %1 MB; not a tag list").arg(kMaxTagFileBytes / (1024 * 1024));
        return result;
    }
    TagParseResult parsed = parseTagList(file.readAll(), TagSourceKind::File, path);
    if (!parsed.list) {
        result.error = parsed.error;
        return result;
    }
    if (!parsed.list->fetchedAt.isValid())
        parsed.list->fetchedAt = QFileInfo(file).lastModified().toUTC();
    result.list = std::move(parsed.list);
    return result;
}

} // namespace agm::net
