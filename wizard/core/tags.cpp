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

// Tag names are read with plain scans: they are classified by the hundred on every start of a
// command, where compiling (and JIT-compiling) an expression for each test cost more than the
// tests. What the scans see is what the expressions they replaced saw: '$' also matched before a
// final newline, '\\d' only ASCII digits.
QStringView beforeFinalNewline(QStringView name)
{
    return name.endsWith(QLatin1Char('\n')) ? name.chopped(1) : name;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// How many ASCII digits start `text`.
qsizetype digitRun(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && isDigit(text[n]))
        ++n;
    return n;
}

int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - '0');
    return value;
}

// "2.11.1" -> {2, 11, 1}; anything else -> major -1. (^(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})$)
Version pinnedVersion(const QString &name)
{
    int parts[3] = {};
    QStringView rest = beforeFinalNewline(name);
    for (int i = 0; i < 3; ++i) {
        const qsizetype digits = digitRun(rest);
        if (digits < 1 || digits > 4)
            return {};
        parts[i] = digitsValue(rest.left(digits));
        rest = rest.mid(digits);
        if (i < 2) {
            if (!rest.startsWith(QLatin1Char('.')))
                return {};
            rest = rest.mid(1);
        }
    }
    if (!rest.isEmpty())
        return {};
    return {parts[0], parts[1], parts[2]};
}

// The major version a name starts with, or -1. (^v?(\\d{1,4})(?:[.\\-]|$))
int leadingMajor(const QString &name)
{
    const QStringView rest = name.startsWith(QLatin1Char('v')) ? QStringView(name).mid(1) : QStringView(name);
    const qsizetype digits = digitRun(rest);
    if (digits < 1 || digits > 4)
        return -1;
    const QStringView after = rest.mid(digits);
    const bool ends = beforeFinalNewline(after).isEmpty() || after.startsWith(QLatin1Char('.')) || after.startsWith(QLatin1Char('-'));
    return ends ? digitsValue(rest.left(digits)) : -1;
}

// "v2", a rolling major tag. (^v\\d+$)
bool isRollingName(const QString &name)
{
    const QStringView rest = beforeFinalNewline(name);
    return rest.startsWith(QLatin1Char('v')) && rest.size() > 1 && digitRun(rest.mid(1)) == rest.size() - 1;
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
    if (major >= 2 && isRollingName(lower))
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
    // ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$
    const QStringView view = beforeFinalNewline(name);
    const auto allowed = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || isDigit(c)
               || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
    };
    return !view.isEmpty() && view.size() <= 128 && view.front() != QLatin1Char('.') && view.front() != QLatin1Char('-')
           && std::all_of(view.begin(), view.end(), allowed);
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
