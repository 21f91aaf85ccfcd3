// SPDX-License-Identifier: MIT
#include "tagcache.h"

#include "nettext.h"
#include "registryprotocol.h"

#include "atomicwrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace agm::net {

namespace {


// A cache file holds at most maxTags short names; anything far larger is not ours.
constexpr qint64 kMaxCacheFileBytes = 16 * 1024 * 1024;

// Masked: a SAS token in the query is never stored, and a renewed token finds the same cache.
QString urlKey(const QUrl &url)
{
    return shown(url);
}

} // namespace

QString defaultTagCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tags");
}

QString tagCacheFile(const QString &directory, const QUrl &url)
{
    const auto repository = repositoryFromTagListUrl(url);
    QString name = url.host() + QLatin1Char('_') + (repository ? repository->repository : url.path());
    // Each run of characters a file name should not hold becomes one '_' ([^A-Za-z0-9._-]+).
    QString safe;
    bool inUnsafeRun = false;
    for (const QChar c : name) {
        const bool kept = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (kept)
            safe += c;
        else if (!inUnsafeRun)
            safe += QLatin1Char('_');
        inUnsafeRun = !kept;
    }
    name = safe;
    const QByteArray hash = QCryptographicHash::hash(urlKey(url).toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return directory + QLatin1Char('/') + name.left(100) + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

CachedTags readTagCache(const QString &directory, const QUrl &url)
{
    CachedTags cached;
    const QString path = tagCacheFile(directory, url);
    QFile file(path);
    if (!file.exists()) {
        cached.missing = true;
        cached.error = QCoreApplication::translate("agm::net", "no cached tag list for %1").arg(urlKey(url));
        return cached;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        cached.error = QCoreApplication::translate("agm::net", "cannot read the cached tag list %1 (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return cached;
    }
    if (file.size() > kMaxCacheFileBytes) {
        cached.error = QCoreApplication::translate("agm::net", "the cached tag list %1 is too large; delete it").arg(QDir::toNativeSeparators(path));
        return cached;
    }
    // Same document shape as the registry's, so the registry's parser reads it.
    TagParseResult parsed = parseTagList(file.readAll(), TagSourceKind::Cache, urlKey(url));
    if (!parsed.list) {
        cached.error = QCoreApplication::translate("agm::net", "the cached tag list %1 is damaged: %2").arg(QDir::toNativeSeparators(path), parsed.error);
        return cached;
    }
    if (!parsed.list->fetchedAt.isValid()) {
        cached.error = QCoreApplication::translate("agm::net", "the cached tag list %1 is damaged: no valid \"fetchedAt\"").arg(QDir::toNativeSeparators(path));
        return cached;
    }
    cached.list = std::move(parsed.list);
    return cached;
}

QString writeTagCache(const QString &directory, const QUrl &url, const TagList &list)
{
    if (!QDir().mkpath(directory))
        return QCoreApplication::translate("agm::net", "cannot create the cache folder %1").arg(QDir::toNativeSeparators(directory));
    QJsonArray tags;
    for (const Tag &tag : list.tags)
        tags.append(tag.name);
    QJsonObject object;
    const auto repository = repositoryFromTagListUrl(url);
    if (repository)
        object.insert(QStringLiteral("name"), repository->repository);
    object.insert(QStringLiteral("url"), urlKey(url));
    object.insert(QStringLiteral("fetchedAt"), list.fetchedAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("tags"), tags);
    const QString path = tagCacheFile(directory, url);
    const FileWriteResult written = writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!written.ok)
        return QCoreApplication::translate("agm::net", "cannot write the tag cache: %1").arg(written.error);
    return {};
}

} // namespace agm::net
