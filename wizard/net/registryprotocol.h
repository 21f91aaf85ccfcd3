// SPDX-License-Identifier: MIT
// The small, pure pieces of the OCI distribution protocol the tag service needs: pagination links,
// Retry-After, bearer challenges, manifest URLs and digests (which URLs it may talk to: urlpolicy.h).
// No I/O and Qt Core only, so each is tested (and fuzzable) on its own.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace agm::net {

// The MCR tag list of the self-hosted gateway image.
QUrl defaultTagListUrl();

// scheme://host:port, to compare origins (a token is sent only to the origin that issued it).
QString originOf(const QUrl &url);

// The target of the rel="next" entry of a Link header (RFC 8288), resolved against `base`;
// an empty URL when there is none.
QUrl nextPageUrl(const QByteArray &linkHeader, const QUrl &base);

// Retry-After as delta-seconds or an HTTP-date (relative to `now`); nullopt when absent or invalid.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The auth scheme of a WWW-Authenticate challenge ("Bearer", "Basic"), empty when none.
QString authScheme(const QByteArray &wwwAuthenticate);

struct BearerChallenge
{
    QUrl realm;
    QString service;
    QString scope;
};

// WWW-Authenticate: Bearer realm="...",service="...",scope="..."; nullopt when not a bearer
// challenge or without a realm.
std::optional<BearerChallenge> parseBearerChallenge(const QByteArray &wwwAuthenticate);

// The anonymous token request: the realm with service and scope added to its query.
QUrl tokenRequestUrl(const BearerChallenge &challenge);

// A registry repository named by its tag list URL: https://host/v2/<repository>/tags/list.
struct RepositoryRef
{
    QUrl registry;      // scheme, host and port only
    QString repository; // e.g. azure-api-management/gateway
};

std::optional<RepositoryRef> repositoryFromTagListUrl(const QUrl &tagListUrl);
// /v2/<repository>/manifests/<tag> on the same registry.
QUrl manifestUrl(const RepositoryRef &repository, const QString &tag);

// sha256:<64 lowercase hex>, the only digest form the tool writes.
bool isValidDigest(const QString &digest);

// Accept for the manifest HEAD: OCI index and manifest, Docker manifest list and v2 manifest.
QByteArray manifestAcceptHeader();

} // namespace agm::net
