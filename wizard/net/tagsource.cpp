// SPDX-License-Identifier: MIT
#include "tagsource.h"

#include "pluraltext.h"
#include "tagcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

TagFetchResult loadTagFile(const QString &path)
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

TagFetchResult cachedOrBundledTags(const QString &directory, const QUrl &url, const QString &reason)
{
    TagFetchResult result;
    result.url = url;
    CachedTags cached = readTagCache(directory, url);
    if (cached.list) {
        result.list = std::move(cached.list);
        result.error = reason;
        return result;
    }
    result.list = bundledTagList();
    if (reason.isEmpty())
        result.error = cached.error;
    else if (cached.missing)
        result.error = reason + QCoreApplication::translate("agm::net", "; no cached copy yet");
    else
        result.error = reason + QStringLiteral("; ") + cached.error;
    return result;
}

} // namespace agm::net
