// SPDX-License-Identifier: MIT
#include "registryprotocol.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace agm::net {

namespace {


bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Reads `key=value` pairs separated by commas (and, in Link, semicolons) starting at `pos`:
// value is a token or a quoted-string with backslash escapes. Stops at `stop` outside quotes.
// Keys are lower-cased.
QList<QPair<QByteArray, QString>> readParameters(const QByteArray &text, int &pos, char separator, char stop)
{
    QList<QPair<QByteArray, QString>> params;
    const int n = int(text.size());
    while (pos < n) {
        while (pos < n && (isSpace(text[pos]) || text[pos] == separator))
            ++pos;
        if (pos >= n || text[pos] == stop)
            break;
        const int keyStart = pos;
        while (pos < n && text[pos] != '=' && text[pos] != separator && text[pos] != stop && !isSpace(text[pos]))
            ++pos;
        const QByteArray key = text.mid(keyStart, pos - keyStart).toLower();
        while (pos < n && isSpace(text[pos]))
            ++pos;
        QByteArray value;
        if (pos < n && text[pos] == '=') {
            ++pos;
            while (pos < n && isSpace(text[pos]))
                ++pos;
            if (pos < n && text[pos] == '"') {
                ++pos;
                while (pos < n && text[pos] != '"') {
                    if (text[pos] == '\\' && pos + 1 < n)
                        ++pos;
                    value += text[pos++];
                }
                if (pos < n)
                    ++pos; // closing quote
            } else {
                const int valueStart = pos;
                while (pos < n && text[pos] != separator && text[pos] != stop && !isSpace(text[pos]))
                    ++pos;
                value = text.mid(valueStart, pos - valueStart);
            }
        }
        if (!key.isEmpty())
            params.append({key, QString::fromUtf8(value)});
        // Skip anything unexpected up to the next separator.
        while (pos < n && text[pos] != separator && text[pos] != stop)
            ++pos;
    }
    return params;
}

} // namespace

QUrl defaultTagListUrl()
{
    return QUrl(QStringLiteral("https://mcr.microsoft.com/v2/azure-api-management/gateway/tags/list"));
}

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') + QString::number(port);
}

QUrl nextPageUrl(const QByteArray &linkHeader, const QUrl &base)
{
    const int n = int(linkHeader.size());
    int pos = 0;
    while (pos < n) {
        while (pos < n && (isSpace(linkHeader[pos]) || linkHeader[pos] == ','))
            ++pos;
        if (pos >= n || linkHeader[pos] != '<')
            return {};
        const int close = int(linkHeader.indexOf('>', pos));
        if (close < 0)
            return {};
        const QByteArray target = linkHeader.mid(pos + 1, close - pos - 1).trimmed();
        pos = close + 1;
        const auto params = readParameters(linkHeader, pos, ';', ',');
        for (const auto &param : params) {
            if (param.first != "rel")
                continue;
            // rel may hold several space-separated relation types.
            const QStringList rels = param.second.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rels.contains(QLatin1String("next"))) {
                const QUrl url = QUrl::fromEncoded(target);
                return url.isValid() ? base.resolved(url) : QUrl();
            }
        }
    }
    return {};
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const QString text = QString::fromLatin1(trimmed);
    if (digits.match(text).hasMatch())
        return std::chrono::seconds(text.toLongLong());
    // IMF-fixdate, the form RFC 9110 requires senders to use.
    const QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(utc)));
}

QString authScheme(const QByteArray &wwwAuthenticate)
{
    const QByteArray trimmed = wwwAuthenticate.trimmed();
    const int space = int(trimmed.indexOf(' '));
    return QString::fromLatin1(space < 0 ? trimmed : trimmed.left(space));
}

std::optional<BearerChallenge> parseBearerChallenge(const QByteArray &wwwAuthenticate)
{
    const QByteArray trimmed = wwwAuthenticate.trimmed();
    if (authScheme(trimmed).compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    int pos = int(authScheme(trimmed).size());
    BearerChallenge challenge;
    for (const auto &param : readParameters(trimmed, pos, ',', '\0')) {
        if (param.first == "realm")
            challenge.realm = QUrl(param.second);
        else if (param.first == "service")
            challenge.service = param.second;
        else if (param.first == "scope")
            challenge.scope = param.second;
    }
    if (!challenge.realm.isValid() || challenge.realm.isEmpty())
        return std::nullopt;
    return challenge;
}

QUrl tokenRequestUrl(const BearerChallenge &challenge)
{
    QUrl url = challenge.realm;
    QUrlQuery query(url);
    // Encode what would end or split the value (&, =, +, #, %, spaces); keep scope's : / , readable.
    auto value = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text, ":/,@")); };
    if (!challenge.service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), value(challenge.service));
    if (!challenge.scope.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), value(challenge.scope));
    url.setQuery(query);
    return url;
}

std::optional<RepositoryRef> repositoryFromTagListUrl(const QUrl &tagListUrl)
{
    // ^/v2/([a-z0-9]+(?:[._/-][a-z0-9]+)*)/tags/list$ as a scan: every offline command reads this
    // once, where compiling the expression cost more than the rest of the check ('$' also matched
    // before a final newline).
    const QString path = tagListUrl.path();
    QStringView repository(path);
    if (repository.endsWith(QLatin1Char('\n')))
        repository.chop(1);
    const QLatin1String prefix("/v2/"), suffix("/tags/list");
    if (!repository.startsWith(prefix) || !repository.endsWith(suffix) || repository.size() < prefix.size() + suffix.size() + 1
        || tagListUrl.host().isEmpty())
        return std::nullopt;
    repository = repository.mid(prefix.size(), repository.size() - prefix.size() - suffix.size());
    const auto isComponentChar = [](QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')); };
    const auto isSeparator = [](QChar c) { return c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('/') || c == QLatin1Char('-'); };
    for (qsizetype i = 0; i < repository.size(); ++i) {
        const bool componentStart = i == 0 || isSeparator(repository[i - 1]);
        if (!isComponentChar(repository[i]) && (componentStart || !isSeparator(repository[i])))
            return std::nullopt;
    }
    if (isSeparator(repository.back()))
        return std::nullopt;
    RepositoryRef ref;
    ref.registry.setScheme(tagListUrl.scheme());
    ref.registry.setHost(tagListUrl.host());
    ref.registry.setPort(tagListUrl.port());
    ref.repository = repository.toString();
    return ref;
}

QUrl manifestUrl(const RepositoryRef &repository, const QString &tag)
{
    QUrl url = repository.registry;
    url.setPath(QStringLiteral("/v2/") + repository.repository + QStringLiteral("/manifests/") + tag);
    return url;
}

bool isValidDigest(const QString &digest)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return re.match(digest).hasMatch();
}

QByteArray manifestAcceptHeader()
{
    return QByteArrayLiteral("application/vnd.oci.image.index.v1+json, "
                             "application/vnd.oci.image.manifest.v1+json, "
                             "application/vnd.docker.distribution.manifest.list.v2+json, "
                             "application/vnd.docker.distribution.manifest.v2+json");
}

} // namespace agm::net
