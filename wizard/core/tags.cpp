// SPDX-License-Identifier: MIT
#include "tags.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// rcc names the initialiser after the .qrc file; it must be called outside any namespace.
void agmInitBundledResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace agm {

namespace {

struct Version
{
    int major = -1, minor = 0, patch = 0;
};

// "2.11.1" -> {2, 11, 1}; anything else -> major -1.
Version pinnedVersion(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})$"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

int leadingMajor(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d{1,4})(?:[.\\-]|$)"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

bool isPinnedV2(const QString &name)
{
    return pinnedVersion(name).major >= 2;
}

TagKind classifyTag(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("latest") || lower == QLatin1String("beta"))
        return TagKind::Floating;
    const int major = leadingMajor(lower);
    // v0/v1 era first: its previews and ingress builds are legacy before they are previews.
    if (major == 0 || major == 1)
        return TagKind::Legacy;
    if (lower.contains(QLatin1String("-preview")))
        return TagKind::Preview;
    if (isPinnedV2(lower))
        return TagKind::Pinned;
    static const QRegularExpression rolling(QStringLiteral("^v\\d+$"));
    if (major >= 2 && rolling.match(lower).hasMatch())
        return TagKind::Rolling;
    return TagKind::Other;
}

QString tagKindName(TagKind kind)
{
    switch (kind) {
    case TagKind::Pinned: return QStringLiteral("pinned");
    case TagKind::Preview: return QStringLiteral("preview");
    case TagKind::Rolling: return QStringLiteral("rolling");
    case TagKind::Floating: return QStringLiteral("floating");
    case TagKind::Legacy: return QStringLiteral("legacy");
    case TagKind::Other: return QStringLiteral("other");
    }
    return {};
}

QString tagSourceName(TagSourceKind source)
{
    switch (source) {
    case TagSourceKind::Live: return QStringLiteral("live");
    case TagSourceKind::Cache: return QStringLiteral("cache");
    case TagSourceKind::Bundled: return QStringLiteral("bundled");
    case TagSourceKind::File: return QStringLiteral("file");
    }
    return {};
}

void sortTags(std::vector<Tag> &tags)
{
    auto rank = [](TagKind k) {
        switch (k) {
        case TagKind::Pinned: return 0;
        case TagKind::Rolling: return 1;
        case TagKind::Preview: return 2;
        case TagKind::Floating: return 3;
        case TagKind::Other: return 4;
        case TagKind::Legacy: return 5;
        }
        return 6;
    };
    std::stable_sort(tags.begin(), tags.end(), [&](const Tag &a, const Tag &b) {
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        const Version va = pinnedVersion(a.name), vb = pinnedVersion(b.name);
        if (va.major != vb.major) return va.major > vb.major;
        if (va.minor != vb.minor) return va.minor > vb.minor;
        if (va.patch != vb.patch) return va.patch > vb.patch;
        return QString::compare(a.name, b.name) > 0;
    });
}

QString TagList::recommended() const
{
    QString best;
    Version bestV;
    for (const Tag &t : tags) {
        if (t.kind != TagKind::Pinned)
            continue;
        const Version v = pinnedVersion(t.name);
        if (std::tie(v.major, v.minor, v.patch) > std::tie(bestV.major, bestV.minor, bestV.patch)) {
            bestV = v;
            best = t.name;
        }
    }
    return best;
}

bool TagList::contains(const QString &name) const
{
    return std::any_of(tags.begin(), tags.end(), [&](const Tag &t) { return t.name == name; });
}

bool isValidTagName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return re.match(name).hasMatch();
}

QString tagWithoutDigest(const QString &tag)
{
    return tag.section(QLatin1Char('@'), 0, 0);
}

bool isValidTargetTag(const QString &tag)
{
    static const QRegularExpression digest(QStringLiteral("^[^@]+@sha256:[0-9a-f]{64}$"));
    return isValidTagName(tagWithoutDigest(tag)) && (!tag.contains(QLatin1Char('@')) || digest.match(tag).hasMatch());
}

TargetTagVerdict targetTagVerdict(const QString &tag)
{
    const QString name = tagWithoutDigest(tag);
    if (!isValidTargetTag(tag) || name.compare(QLatin1String("beta"), Qt::CaseInsensitive) == 0)
        return TargetTagVerdict::Refused;
    switch (classifyTag(name)) {
    case TagKind::Pinned: return TargetTagVerdict::Accepted;
    case TagKind::Preview:
    case TagKind::Rolling:
    case TagKind::Floating: return TargetTagVerdict::NeedsConfirmation;
    case TagKind::Legacy:
    case TagKind::Other: return TargetTagVerdict::Refused;
    }
    return TargetTagVerdict::Refused;
}

TagParseResult parseTagList(const QByteArray &json, TagSourceKind source, const QString &url)
{
    TagParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("agm::Core", "not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = QCoreApplication::translate("agm::Core", "expected a JSON object with a \"tags\" array");
        return result;
    }
    const QJsonObject obj = doc.object();
    const QJsonValue tagsValue = obj.value(QStringLiteral("tags"));
    if (!tagsValue.isArray()) {
        result.error = QCoreApplication::translate("agm::Core", "the \"tags\" member is missing or not an array");
        return result;
    }
    TagList list;
    list.source = source;
    list.url = url;
    const QJsonArray array = tagsValue.toArray();
    QSet<QString> seen; // a registry may send 100k tags: no quadratic duplicate check
    seen.reserve(array.size());
    int index = 0;
    for (const QJsonValue &v : array) {
        // Our own "tags --json" output lists {"name": ..., "kind": ...} objects; read those too.
        const QJsonValue nameValue = v.isObject() ? v.toObject().value(QStringLiteral("name")) : v;
        if (!nameValue.isString()) {
            result.error = QCoreApplication::translate("agm::Core", "tags[%1] is not a string (nor an object with a \"name\" string)").arg(index);
            return result;
        }
        const QString name = nameValue.toString();
        if (!isValidTagName(name)) {
            result.error = QCoreApplication::translate("agm::Core", "tags[%1] is not a valid tag name").arg(index);
            return result;
        }
        if (!seen.contains(name)) {
            seen.insert(name);
            list.tags.push_back({name, classifyTag(name)});
        }
        ++index;
    }
    const QString fetchedAt = obj.value(QStringLiteral("fetchedAt")).toString();
    const QString date = obj.value(QStringLiteral("snapshotDate")).toString();
    if (!fetchedAt.isEmpty())
        list.fetchedAt = QDateTime::fromString(fetchedAt, Qt::ISODate).toUTC();
    else if (!date.isEmpty())
        list.fetchedAt = QDateTime(QDate::fromString(date, Qt::ISODate), QTime(0, 0), Qt::UTC);
    sortTags(list.tags);
    result.list = std::move(list);
    return result;
}

TagList bundledTagList()
{
    agmInitBundledResources();
    const QString path = QStringLiteral(":/agm/tags/mcr-gateway-tags.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    TagParseResult parsed = parseTagList(file.readAll(), TagSourceKind::Bundled, path);
    return parsed.list ? *parsed.list : TagList{};
}

} // namespace agm
