// SPDX-License-Identifier: MIT
// The last live tag list of each registry URL, kept for when the registry cannot be reached.
#pragma once

#include "tags.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace agm::net {

// QStandardPaths::CacheLocation + "/tags"; on Linux
// ~/.cache/apim-gateway-migrator/apim-gateway-migrator/tags.
QString defaultTagCacheDirectory();

// One file per tag list URL: <host>_<repository, '/' as '_'>-<8 hex of the SHA-256 of the URL with its
// query values masked (nettext.h)>.json; the file names that masked URL, never a token.
QString tagCacheFile(const QString &directory, const QUrl &url);

struct CachedTags
{
    std::optional<TagList> list; // source Cache, url the cached URL, fetchedAt the live fetch time
    QString error;               // why there is no usable cache, when list is empty
    bool missing = false;        // no cache file at all (as opposed to an unreadable or damaged one)
};

CachedTags readTagCache(const QString &directory, const QUrl &url);

// Saves a live list atomically as an OCI tags/list document plus "url" and "fetchedAt".
// Returns the error, empty when written.
QString writeTagCache(const QString &directory, const QUrl &url, const TagList &list);

} // namespace agm::net
