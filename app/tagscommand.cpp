// SPDX-License-Identifier: MIT
#include "tagscommand.h"

#include "commandline.h"
#include "modules.h"
#include "nettext.h"
#include "tagcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace agm::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agm::app", text);
}

// What the tag source options say, checked.
struct SourceChoice
{
    net::RegistrySettings settings;
    QUrl url = net::defaultTagListUrl();
    QString file;
    bool offline = false;
    bool urlGiven = false;
    QString error;
};

SourceChoice parseSourceChoice(const QCommandLineParser &parser)
{
    SourceChoice choice;
    const bool file = parser.isSet(QStringLiteral("tags-file"));
    choice.urlGiven = parser.isSet(QStringLiteral("tags-url"));
    choice.offline = parser.isSet(QStringLiteral("offline"));
    // A file is offline already, so --offline with --tags-file is accepted.
    if (file && choice.urlGiven) {
        choice.error = tr("--tags-file excludes --tags-url.");
        return choice;
    }
    if (file)
        choice.file = parser.value(QStringLiteral("tags-file"));
    if (choice.urlGiven) {
        const QString text = parser.value(QStringLiteral("tags-url")).trimmed();
        choice.url = QUrl(text, QUrl::StrictMode);
        // The URL policy is the network layer's, even offline (the URL names the cache).
        const NetModule *network = networkModule(&choice.error);
        if (!network)
            return choice;
        const QString error = network->checkRegistryUrl(choice.url);
        if (!error.isEmpty()) {
            // Never echo credentials back: checkRegistryUrl's text leaves them out.
            choice.error = tr("--tags-url: %1.").arg(error);
            return choice;
        }
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        choice.settings.caFile = parser.value(QStringLiteral("ca-file"));
        if (!QFileInfo(choice.settings.caFile).isFile()) {
            choice.error = tr("--ca-file %1: no such file.").arg(choice.settings.caFile);
            return choice;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            choice.error = tr("--timeout %1: give the seconds to wait, more than 0 and at most 3600.")
                               .arg(parser.value(QStringLiteral("timeout")));
            return choice;
        }
        choice.settings.deadline = std::chrono::milliseconds(qRound64(seconds * 1000));
        choice.settings.inactivityTimeout = std::min(choice.settings.inactivityTimeout, choice.settings.deadline);
    }
    choice.settings.http1Only = parser.isSet(QStringLiteral("http1"));
    return choice;
}

QJsonObject tagListJson(const TagSourceOutcome &outcome)
{
    const TagList &list = *outcome.result.list;
    QJsonObject json;
    json.insert(QStringLiteral("source"), tagSourceName(list.source));
    json.insert(QStringLiteral("url"), list.url);
    json.insert(QStringLiteral("fetchedAt"), list.fetchedAt.isValid() ? QJsonValue(list.fetchedAt.toUTC().toString(Qt::ISODate)) : QJsonValue());
    json.insert(QStringLiteral("recommended"), list.recommended());
    QJsonArray tags;
    for (const Tag &tag : list.tags)
        tags.append(QJsonObject{{QStringLiteral("name"), tag.name}, {QStringLiteral("kind"), tagKindName(tag.kind)}});
    json.insert(QStringLiteral("tags"), tags);
    json.insert(QStringLiteral("description"), outcome.description);
    if (!outcome.result.error.isEmpty())
        json.insert(QStringLiteral("fallbackReason"), outcome.result.error);
    if (list.source == TagSourceKind::Cache)
        json.insert(QStringLiteral("ageSeconds"), double(std::max<qint64>(0, list.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()))));
    if (list.source == TagSourceKind::Live)
        json.insert(QStringLiteral("pages"), outcome.result.pages);
    if (outcome.result.proxyUsed)
        json.insert(QStringLiteral("proxy"), outcome.result.proxy);
    if (!outcome.result.proxyProblem.isEmpty())
        json.insert(QStringLiteral("proxyProblem"), outcome.result.proxyProblem);
    if (!outcome.result.cacheError.isEmpty())
        json.insert(QStringLiteral("cacheError"), outcome.result.cacheError);
    return json;
}

// An ignored proxy variable (never silently around it), with how the registry was reached instead.
template<typename Result>
QString proxyWarning(const Result &result)
{
    return tr("warning: %1; the registry was asked %2. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT "
              "(https:// proxy URLs are not supported): fix it or unset it.\n")
        .arg(result.proxyProblem, result.proxyUsed ? tr("through %1 instead").arg(result.proxy) : tr("without a proxy"));
}

QString tagTable(const TagList &list)
{
    int width = 4;
    for (const Tag &tag : list.tags)
        width = std::max(width, int(tag.name.size()));
    const QString recommended = list.recommended();
    QString text = tr("TAG").leftJustified(width + 2) + tr("KIND") + QLatin1Char('\n');
    for (const Tag &tag : list.tags) {
        text += tag.name.leftJustified(width + 2) + tagKindName(tag.kind);
        if (tag.name == recommended)
            text += tr("  (recommended)");
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

void addTagSourceOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("tags-file"), tr("Read the tag list (MCR tags/list JSON, or the JSON of 'tags --json') from FILE."), QStringLiteral("FILE")},
        {QStringLiteral("tags-url"), tr("Tag list URL of a registry that mirrors the image (default: MCR). https only; "
                                        "plain http only for loopback hosts."), QStringLiteral("URL")},
        {QStringLiteral("offline"), tr("No network: the cached tag list (of --tags-url, default MCR), then the bundled snapshot.")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in PEM (for a private registry)."), QStringLiteral("PEM")},
        {QStringLiteral("http1"), tr("Use HTTP/1.1 only, never HTTP/2.")},
        {QStringLiteral("timeout"), tr("Give up on the registry after SEC seconds (default 60)."), QStringLiteral("SEC")},
    });
}

namespace {

TagSourceOutcome loadTags(const SourceChoice &choice, bool liveByDefault, QTextStream &err)
{
    TagSourceOutcome outcome;
    if (!choice.error.isEmpty()) {
        outcome.error = net::shown(choice.error); // it may name a --tags-url with a token
        return outcome;
    }
    // --offline --tags-url URL: the cache of that URL.
    const bool live = !choice.offline && (choice.urlGiven || liveByDefault);
    if (!choice.file.isEmpty()) {
        outcome.result = net::loadTagFile(choice.file);
        if (!outcome.result.ok()) {
            outcome.error = net::shown(tr("--tags-file %1: %2. Expected the JSON of GET /v2/azure-api-management/gateway/tags/list.")
                                           .arg(choice.file, outcome.result.error));
            return outcome;
        }
    } else if (live) {
        const NetModule *network = networkModule(&outcome.error);
        if (!network)
            return outcome;
        outcome.result = network->fetchTags(choice.settings, {choice.url, net::TagFetchMode::LiveWithFallback});
        if (!outcome.result.ok()) {
            outcome.error = outcome.result.error;
            return outcome;
        }
    } else {
        // What the service does offline, without loading the network layer.
        outcome.result = net::cachedOrBundledTags(net::defaultTagCacheDirectory(), choice.url);
        outcome.result.error = net::shown(outcome.result.error);
    }
    outcome.description = net::shown(net::describeTagSource(*outcome.result.list)); // a file path may hold anything
    // Read offline only because migrate got --tag: the list backs a warning, no note needed.
    if (outcome.result.fellBack() && (live || choice.offline))
        err << (live ? tr("note: the live tag list failed: %1; using the %2.\n") : tr("note: offline: %1; using the %2.\n"))
                   .arg(outcome.result.error, outcome.description);
    if (!outcome.result.cacheError.isEmpty())
        err << tr("warning: %1.\n").arg(outcome.result.cacheError);
    if (!outcome.result.proxyProblem.isEmpty())
        err << proxyWarning(outcome.result);
    return outcome;
}

} // namespace

TagSourceOutcome loadTagSource(const QCommandLineParser &parser, bool liveByDefault, QTextStream &err)
{
    return loadTags(parseSourceChoice(parser), liveByDefault, err);
}

int runTags(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the image tags of azure-api-management/gateway with their kind (pinned, preview, rolling, floating,\n"
           "legacy, other) and the recommended pinned tag. By default the live MCR list; when the registry cannot be\n"
           "reached, the cached list of the last live fetch, then the bundled snapshot (a note on stderr says so).\n"
           "The cache lives in %1.")
            .arg(QDir::toNativeSeparators(net::defaultTagCacheDirectory())));
    addTagSourceOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON: source, url, fetchedAt, recommended, tags [{name, kind}], and more.")},
        {QStringLiteral("digest"), tr("Also pin TAG by digest: ask the registry (of --tags-url, default MCR) for its manifest digest "
                                      "and print TAG@sha256:..."), QStringLiteral("TAG")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
    });
    parser.addOption(verboseOption()); // taken out of argv in main(); listed for --help
    if (!parser.parse(QStringList{QStringLiteral("apim-gateway-migrator tags")} + arguments)) {
        err << tr("tags: %1\n").arg(net::shown(parser.errorText())) << tr("Run 'apim-gateway-migrator tags --help'.\n");
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    auto fail = [&](const QString &message) {
        err << tr("tags: %1\n").arg(net::shown(message));
        return int(ExitError);
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    const QString digestTag = parser.value(QStringLiteral("digest"));
    if (parser.isSet(QStringLiteral("digest")) && parser.isSet(QStringLiteral("offline")))
        return fail(tr("--digest asks the registry; it cannot be combined with --offline."));
    if (parser.isSet(QStringLiteral("digest")) && !isValidTagName(digestTag))
        return fail(tr("--digest %1 is not a valid tag name.").arg(digestTag.left(200)));

    const SourceChoice choice = parseSourceChoice(parser);
    const TagSourceOutcome outcome = loadTags(choice, /*liveByDefault=*/true, err);
    if (!outcome.error.isEmpty())
        return fail(outcome.error);
    const TagList &list = *outcome.result.list;

    std::optional<net::DigestResult> digest;
    if (parser.isSet(QStringLiteral("digest"))) {
        if (!list.contains(digestTag))
            err << tr("warning: tag %1 is not in the tag list (%2).\n").arg(digestTag, outcome.description);
        QString error;
        const NetModule *network = networkModule(&error);
        if (!network)
            return fail(error);
        digest = network->fetchDigest(choice.settings, {choice.url, digestTag});
        if (!digest->proxyProblem.isEmpty() && outcome.result.proxyProblem.isEmpty()) // said once
            err << proxyWarning(*digest);
        if (!digest->ok())
            return fail(tr("--digest %1: %2").arg(digestTag, digest->error));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = tagListJson(outcome);
        if (digest) {
            QJsonObject d{{QStringLiteral("tag"), digest->tag},
                          {QStringLiteral("digest"), digest->digest},
                          {QStringLiteral("reference"), digest->reference},
                          {QStringLiteral("url"), digest->url.toString()}};
            if (!digest->mediaType.isEmpty())
                d.insert(QStringLiteral("mediaType"), digest->mediaType);
            if (digest->lastModified.isValid()) // only when the registry said so
                d.insert(QStringLiteral("lastModified"), digest->lastModified.toString(Qt::ISODate));
            json.insert(QStringLiteral("digest"), d);
        }
        writeUtf8(out, QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out << tagTable(list);
    out << tr("source: %1\n").arg(outcome.description);
    if (outcome.result.proxyUsed)
        out << tr("proxy: %1\n").arg(outcome.result.proxy);
    if (digest) {
        out << tr("digest: %1").arg(digest->reference);
        if (!digest->mediaType.isEmpty())
            out << tr(" (%1)").arg(digest->mediaType);
        out << QLatin1Char('\n');
        if (digest->lastModified.isValid())
            out << tr("registry Last-Modified: %1\n").arg(digest->lastModified.toString(Qt::ISODate));
    }
    return ExitOk;
}

} // namespace agm::app
