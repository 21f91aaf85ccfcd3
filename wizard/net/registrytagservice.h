// SPDX-License-Identifier: MIT
// The image tag source: the registry's live tag list (paginated, capped, validated), the cache of
// the last live list, the bundled snapshot; and pinning a tag by its manifest digest.
//
// Asynchronous: every call returns an id at once, and exactly one tagsFinished/digestFinished with
// that id follows (from the event loop, or from within cancel()). Results are plain values. Create
// one service per user of it (wizard, command line, test) and pass it in; there is no global one.
#pragma once

#include "jobtable.h"
#include "tagsource.h"

#include <QObject>

class QNetworkAccessManager;

namespace agm::net {

class RegistryJob;

class RegistryTagService : public QObject
{
    Q_OBJECT

public:
    explicit RegistryTagService(RegistrySettings settings = {}, QObject *parent = nullptr);
    ~RegistryTagService() override;

    const RegistrySettings &settings() const;
    // Applies to requests started afterwards.
    void setSettings(const RegistrySettings &settings);
    QString cacheDirectory() const;

    quint64 fetchTags(const TagFetchRequest &request = {});
    quint64 fetchDigest(const DigestRequest &request);
    // Ends the request now, emitting its finished signal (cancelled set) before returning; a tag
    // fetch in LiveWithFallback mode still delivers the cache or snapshot. Unknown ids are ignored.
    void cancel(quint64 id);
    void cancelAll();
    bool isRunning(quint64 id) const;

Q_SIGNALS:
    void tagsFinished(quint64 id, const agm::net::TagFetchResult &result);
    void digestFinished(quint64 id, const agm::net::DigestResult &result);

private:
    friend class RegistryJob;
    // A job is done: out of the table, its finished signal emitted.
    void finishJob(RegistryJob *job);

    RegistrySettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
    JobTable<RegistryJob> m_jobs;
};

} // namespace agm::net

Q_DECLARE_METATYPE(agm::net::TagFetchResult)
Q_DECLARE_METATYPE(agm::net::DigestResult)
