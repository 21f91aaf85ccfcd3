// SPDX-License-Identifier: MIT
// The tag source as values: what a request asks (settings, mode, URL) and what it gives (the list
// and where it came from, or a digest), plus the sources that need no network: a saved file, the
// cache of the last live list, the bundled snapshot. Qt Core only: the headless commands use it
// offline without loading Qt Network; the live fetch is RegistryTagService's (registrytagservice.h).
#pragma once

#include "boundedbody.h"
#include "registryprotocol.h"
#include "tags.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace agm::net {

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

// A saved tags/list JSON (or this program's tags --json output); source File. Without a date in
// the document, fetchedAt is the file's modification time.
TagFetchResult loadTagFile(const QString &path);

// Without the registry: the cache of `url` in `directory`, else the bundled snapshot. `reason` is
// why the registry was not used (empty when offline was asked for); the result's error says it,
// with why the cache was not used when the snapshot stands in.
TagFetchResult cachedOrBundledTags(const QString &directory, const QUrl &url, const QString &reason = {});

} // namespace agm::net
