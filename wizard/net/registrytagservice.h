// SPDX-License-Identifier: MIT
// The image tag source: the registry's live tag list (paginated, capped, validated), the cache of
// the last live list, the bundled snapshot; and pinning a tag by its manifest digest.
//
// Asynchronous: every call returns an id at once, and exactly one tagsFinished/digestFinished with
// that id follows (from the event loop, or from within cancel()). Results are plain values. Create
// one service per user of it (wizard, command line, test) and pass it in; there is no global one.
#pragma once

#include "boundedbody.h"
#include "jobtable.h"
#include "registryprotocol.h"
#include "tags.h"

#include <QDateTime>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace agm::net {

class RegistryJob;

struct RegistrySettings
{
    // Whole operation: every page, the token request and a rate-limit retry.
    std::chrono::milliseconds deadline{60000};
    // Abort when no byte moves for this long (QNetworkRequest::setTransferTimeout).
    std::chrono::milliseconds inactivityTimeout{30000};
    int maxPages = 50;
    int maxTags = 10000;
    qint64 maxBodyBytes = BoundedBody::kDefaultLimit; // per response, inflated bytes (boundedbody.h)
    bool http1Only = false;                 // never HTTP/2 (for proxies and servers that break it)
    bool retryRateLimited = true;           // after 429, wait Retry-After once if it fits the deadline
    QString caFile;                         // extra trusted CA certificates (PEM), besides the system's
    QString cacheDirectory;                 // empty: defaultTagCacheDirectory()
    // HTTPS_PROXY, NO_PROXY and friends are read from here.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

enum class TagFetchMode {
    LiveWithFallback, // the registry; when that fails the cache, then the bundled snapshot
    LiveOnly,         // the registry or an error
    Offline,          // no network: the cache, then the bundled snapshot
};

struct TagFetchRequest
{
    QUrl url = defaultTagListUrl();
    TagFetchMode mode = TagFetchMode::LiveWithFallback;
};

struct TagFetchResult
{
    QUrl url; // the tag list URL asked for
    // The list: its source (live, cache, bundled, file), url and fetchedAt say where it came from.
    // Empty only when nothing could be loaded (LiveOnly failure, invalid URL, unreadable file).
    std::optional<TagList> list;
    // Why the asked-for source was not used (the fallback reason), or why there is no list.
    QString error;
    bool cancelled = false;
    int pages = 0;          // pages read from the registry
    bool proxyUsed = false; // the registry was reached through a proxy
    QString proxy;          // how the proxy was chosen, for people (no credentials)
    QString proxyProblem;   // a proxy variable that was ignored (ProxyChoice::problem); empty when none
    bool http2Used = false;
    QString cacheError; // the live list could not be saved in the cache (the result is still good)

    bool ok() const { return list.has_value(); }
    bool fellBack() const { return list.has_value() && !error.isEmpty(); }
};

struct DigestRequest
{
    QUrl tagListUrl = defaultTagListUrl(); // names the registry and repository
    QString tag;
};

struct DigestResult
{
    QString tag;
    QUrl url;          // the manifest URL asked
    QString digest;    // sha256:<64 hex>, from Docker-Content-Digest
    QString reference; // tag@sha256:...
    QString mediaType; // the manifest's media type (index or manifest), when the registry says
    // Only what the registry states (its Last-Modified header); null otherwise, never guessed.
    QDateTime lastModified;
    QString error;
    bool cancelled = false;
    bool proxyUsed = false;
    QString proxy;
    QString proxyProblem;

    bool ok() const { return error.isEmpty() && !digest.isEmpty(); }
};

// "live from URL, fetched ...", "cache of URL, fetched ... (3 hours ago)", "bundled snapshot of
// 2026-11-26", "file PATH": where a list came from, for people.
QString describeTagSource(const TagList &list, const QDateTime &now = QDateTime::currentDateTimeUtc());
// "45 seconds", "3 hours", "12 days".
QString describeAge(qint64 seconds);

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

    // A saved tags/list JSON (or this program's tags --json output); source File. Without a date
    // in the document, fetchedAt is the file's modification time.
    static TagFetchResult loadTagFile(const QString &path);

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
