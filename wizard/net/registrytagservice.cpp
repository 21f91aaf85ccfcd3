// SPDX-License-Identifier: MIT
#include "registrytagservice.h"

#include "logging.h"
#include "pluraltext.h"

#include "boundedbody.h"
#include "nettext.h"
#include "proxychoice.h"
#include "tagcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace agm::net {

namespace {


QString seconds(std::chrono::milliseconds ms)
{
    const double s = double(ms.count()) / 1000.0;
    return s < 10 ? QString::number(s, 'g', 2) : QString::number(qRound(s));
}

// A saved tag list is small; anything near this is not one.
constexpr qint64 kMaxTagFileBytes = 16 * 1024 * 1024;
constexpr int kMaxRedirects = 10;
// Raw bytes Qt may read ahead of us: a refused body stops the transfer soon after.
constexpr qint64 kReadAhead = 64 * 1024;

QString httpStatusHint(int status)
{
    if (status == 404)
        return QCoreApplication::translate("agm::net", "not found; check the registry URL and repository name");
    if (status == 403)
        return QCoreApplication::translate("agm::net", "access denied");
    if (status >= 500)
        return QCoreApplication::translate("agm::net", "the registry failed; try again later");
    return {};
}

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

// A URL as the log shows it: no user, password or query (a mirror's URL may carry a SAS token).
QString logged(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

// One request from start to its single finished signal: the pages of a tag list (or the manifest
// HEAD of a digest), the anonymous token and one rate-limit retry on the way, under one deadline.
class RegistryTagService::Job : public QObject
{
public:
    enum class Kind { Tags, Digest };
    enum class Phase { Main, Token };

    Job(RegistryTagService *service, quint64 id, Kind kind)
        : QObject(service), m_service(service), m_id(id), m_kind(kind), m_settings(service->m_settings), m_body(m_settings.maxBodyBytes)
    {
        m_deadline.setSingleShot(true);
        m_retry.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            stop(QCoreApplication::translate("agm::net", "%1: no complete answer within %2 s (the deadline)").arg(m_url.toDisplayString(), seconds(m_settings.deadline)));
        });
        connect(&m_retry, &QTimer::timeout, this, [this] { send(m_retryUrl, m_retryPhase); });
    }

    ~Job() override
    {
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    quint64 id() const { return m_id; }
    Kind kind() const { return m_kind; }
    const TagFetchResult &tagResult() const { return m_tagResult; }
    const DigestResult &digestResult() const { return m_digestResult; }

    void startTags(const TagFetchRequest &request)
    {
        m_tagRequest = request;
        m_tagResult.url = request.url;
        if (request.mode == TagFetchMode::Offline) {
            QTimer::singleShot(0, this, [this] { fallBack({}); });
            return;
        }
        start(request.url, checkRegistryUrl(request.url));
    }

    void startDigest(const DigestRequest &request)
    {
        m_digestRequest = request;
        m_digestResult.tag = request.tag;
        QString error;
        const auto repository = repositoryFromTagListUrl(request.tagListUrl);
        if (!isValidTagName(request.tag))
            error = QCoreApplication::translate("agm::net", "'%1' is not a valid tag name").arg(request.tag.left(200));
        else if (!repository)
            error = QCoreApplication::translate("agm::net", "%1 does not name a repository (expected https://HOST/v2/REPOSITORY/tags/list)")
                        .arg(request.tagListUrl.toDisplayString());
        else
            error = checkRegistryUrl(request.tagListUrl);
        const QUrl url = repository ? manifestUrl(*repository, request.tag) : request.tagListUrl;
        m_digestResult.url = url;
        start(url, error);
    }

    void cancel()
    {
        m_cancelled = true;
        stop(QCoreApplication::translate("agm::net", "cancelled"));
    }

private:
    void start(const QUrl &url, const QString &error)
    {
        m_url = url;
        if (!error.isEmpty()) {
            // Reported from the event loop, like every other result.
            QTimer::singleShot(0, this, [this, error] { fail(error, /*fallBackAllowed=*/false); });
            return;
        }
        const ProxyChoice proxy = chooseProxy(url, m_settings.environment);
        m_tagResult.proxyUsed = m_digestResult.proxyUsed = proxy.used();
        m_tagResult.proxy = m_digestResult.proxy = proxy.description;
        m_tagResult.proxyProblem = m_digestResult.proxyProblem = proxy.problem;
        m_clock.start();
        m_deadline.start(m_settings.deadline);
        const QString sslError = prepareTls();
        if (!sslError.isEmpty()) {
            QTimer::singleShot(0, this, [this, sslError] { fail(sslError); });
            return;
        }
        m_visited.insert(url.toString(QUrl::FullyEncoded));
        send(url, Phase::Main);
    }

    QString prepareTls()
    {
        if (m_settings.caFile.isEmpty())
            return {};
#if QT_CONFIG(ssl)
        QFile file(m_settings.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("agm::net", "CA file %1: cannot read it (%2)").arg(QDir::toNativeSeparators(m_settings.caFile), file.errorString());
        const QList<QSslCertificate> extra = QSslCertificate::fromData(file.read(kMaxTagFileBytes), QSsl::Pem);
        if (extra.isEmpty())
            return QCoreApplication::translate("agm::net", "CA file %1: no PEM certificate in it").arg(QDir::toNativeSeparators(m_settings.caFile));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Setting CAs switches off on-demand loading of the system's: add ours to theirs.
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_tls = tls;
        return {};
#else
        return QCoreApplication::translate("agm::net", "this build has no TLS support");
#endif
    }

    void send(const QUrl &url, Phase phase)
    {
        m_phase = phase;
        m_currentUrl = url;
        m_body.reset();
        m_hops = {url.toString(QUrl::FullyEncoded)};
        m_sslErrors.clear();
        QNetworkRequest request(url);
        // Every hop is checked against the URL policy in onRedirected().
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(kMaxRedirects);
        request.setTransferTimeout(int(m_settings.inactivityTimeout.count()));
        if (m_settings.http1Only)
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        // Set here, so Qt hands over the bytes as sent and m_body inflates them under its cap.
        request.setRawHeader("Accept-Encoding", BoundedBody::acceptEncoding());
        request.setRawHeader("User-Agent", "apim-gateway-migrator/" AGM_VERSION);
        const bool head = m_kind == Kind::Digest && phase == Phase::Main;
        request.setRawHeader("Accept", head ? manifestAcceptHeader() : QByteArrayLiteral("application/json"));
        m_authorized = phase == Phase::Main && !m_token.isEmpty() && originOf(url) == m_tokenOrigin;
        if (m_authorized)
            request.setRawHeader("Authorization", "Bearer " + m_token);
#if QT_CONFIG(ssl)
        if (m_tls)
            request.setSslConfiguration(*m_tls);
#endif
        QNetworkAccessManager *manager = m_service->m_manager;
        // Never the Authorization header or the token: only whether one is sent.
        qCInfo(lcNet).noquote() << (head ? "HEAD" : "GET") << logged(url) << (m_authorized ? "(with the registry token)" : "");
        m_reply = head ? manager->head(request) : manager->get(request);
        m_reply->setReadBufferSize(kReadAhead);
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { readBody(); });
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
            // A new answer (also the one after a redirect): its encoding, and a declared length over the cap is refused before the body.
            const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (!m_body.reset(m_reply->rawHeader("Content-Encoding")) || !m_body.expectLength(length))
                stop(bodyProblem());
        });
        connect(m_reply, &QNetworkReply::redirected, this, &Job::onRedirected);
#if QT_CONFIG(ssl)
        connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_sslErrors = errors; // reported, never ignored
        });
#endif
        connect(m_reply, &QNetworkReply::finished, this, &Job::onFinished);
    }

    QString bodyProblem() const
    {
        return QCoreApplication::translate("agm::net", "%1: %2").arg(m_currentUrl.toDisplayString(), m_body.problemText());
    }

    // Raw bytes as they arrive; m_body inflates them and stops at its cap.
    bool readBody()
    {
        if (m_reply->isReadable() && !m_body.append(m_reply->readAll())) {
            stop(bodyProblem());
            return false;
        }
        return true;
    }

    void onRedirected(const QUrl &target)
    {
        const QUrl to = m_currentUrl.resolved(target);
        qCDebug(lcNet).noquote() << "redirect" << logged(m_currentUrl) << "->" << logged(to);
        QString error = checkFollowUrl(m_currentUrl, to);
        if (error.isEmpty() && m_authorized && originOf(to) != m_tokenOrigin)
            error = QCoreApplication::translate("agm::net", "refused to send the registry token to another host (%1)").arg(to.host());
        if (!error.isEmpty()) {
            stop(QCoreApplication::translate("agm::net", "%1: redirect refused: %2").arg(m_currentUrl.toDisplayString(), error));
            return;
        }
        // Qt 6.4 ends some loops after a few hops with a bogus "HTTP 100": catch them here.
        if (m_hops.contains(to.toString(QUrl::FullyEncoded)) || m_hops.size() > kMaxRedirects) {
            stop(redirectLoop());
            return;
        }
        m_hops.insert(to.toString(QUrl::FullyEncoded));
        m_currentUrl = to;
        Q_EMIT m_reply->redirectAllowed();
    }

    QString redirectLoop() const
    {
        return QCoreApplication::translate("agm::net", "too many redirects (loop) at %1; check the tag list URL, or ask the registry's operator to fix its redirects")
            .arg(m_currentUrl.toDisplayString());
    }

    void onFinished()
    {
        QNetworkReply *reply = m_reply;
        if (!readBody())
            return;
        m_reply = nullptr;
        reply->deleteLater();
        m_tagResult.http2Used = m_tagResult.http2Used || reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcNet).noquote() << "HTTP" << status << logged(m_currentUrl) << m_body.size() << "bytes" << (reply->error() ? reply->errorString() : QString());
        const bool success = status >= 200 && status <= 299;
        if (success && !m_body.finish()) {
            fail(bodyProblem());
            return;
        }
        // Qt ends these with the status of some hop: say what happened instead.
        if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            fail(redirectLoop());
            return;
        }
        if (status >= 300 && status <= 399
            && (reply->error() == QNetworkReply::ProtocolUnknownError || reply->error() == QNetworkReply::InsecureRedirectError)) {
            fail(QCoreApplication::translate("agm::net", "%1: redirect to a non-HTTP(S) URL refused (%2); check the tag list URL: it must lead to an https registry")
                     .arg(m_currentUrl.toDisplayString(), QString::fromLatin1(reply->rawHeader("Location").left(200))));
            return;
        }
        // A transfer can also fail after a 2xx status line (connection lost, broken compression).
        if (status == 0 || (success && reply->error() != QNetworkReply::NoError)) {
            fail(networkError(reply));
            return;
        }
        if (status == 401) {
            onUnauthorized(reply);
            return;
        }
        if (status == 429) {
            onRateLimited(reply);
            return;
        }
        if (!success) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(100);
            QString hint = httpStatusHint(status);
            if (status == 404 && m_kind == Kind::Digest && m_phase == Phase::Main)
                hint = QCoreApplication::translate("agm::net", "the registry has no manifest for tag %1").arg(m_digestRequest.tag);
            QString message = QCoreApplication::translate("agm::net", "%1: HTTP %2 %3").arg(m_currentUrl.toDisplayString()).arg(status).arg(reason).trimmed();
            if (!hint.isEmpty())
                message += QStringLiteral(": ") + hint;
            fail(message);
            return;
        }
        if (m_phase == Phase::Token)
            onToken();
        else if (m_kind == Kind::Tags)
            onPage(reply);
        else
            onManifest(reply);
    }

    QString networkError(QNetworkReply *reply) const
    {
        const QString where = m_currentUrl.toDisplayString();
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError: // our own aborts never get here
        case QNetworkReply::TimeoutError:
            return QCoreApplication::translate("agm::net", "%1: no data for %2 s (inactivity timeout)").arg(where, seconds(m_settings.inactivityTimeout));
        case QNetworkReply::SslHandshakeFailedError: {
            QStringList reasons;
#if QT_CONFIG(ssl)
            for (const QSslError &e : m_sslErrors)
                reasons << e.errorString();
#endif
            reasons.removeDuplicates();
            const QString why = reasons.isEmpty() ? reply->errorString() : reasons.join(QStringLiteral("; "));
            return QCoreApplication::translate("agm::net", "%1: TLS certificate not accepted (%2). TLS is never bypassed; a private CA can be "
                      "trusted explicitly with a CA file.")
                .arg(where, why);
        }
        default:
            if (m_tagResult.proxyUsed)
                return QCoreApplication::translate("agm::net", "%1: %2 (through %3)").arg(where, reply->errorString(), m_tagResult.proxy);
            return QCoreApplication::translate("agm::net", "%1: %2").arg(where, reply->errorString());
        }
    }

    void onUnauthorized(QNetworkReply *reply)
    {
        const QString where = m_currentUrl.toDisplayString();
        if (m_phase == Phase::Token) {
            fail(QCoreApplication::translate("agm::net", "%1: the token service refused an anonymous token (HTTP 401)").arg(where));
            return;
        }
        const QByteArray header = reply->rawHeader("WWW-Authenticate");
        const auto challenge = parseBearerChallenge(header);
        if (!challenge) {
            const QString scheme = authScheme(header);
            fail(QCoreApplication::translate("agm::net", "%1: HTTP 401: the registry asks for %2 credentials; only anonymous access is supported")
                     .arg(where, scheme.isEmpty() ? QCoreApplication::translate("agm::net", "unspecified") : scheme.left(40)));
            return;
        }
        if (!m_token.isEmpty()) {
            fail(QCoreApplication::translate("agm::net", "%1: HTTP 401 even with an anonymous token: the repository needs credentials").arg(where));
            return;
        }
        const QUrl tokenUrl = tokenRequestUrl(*challenge);
        const QString error = checkFollowUrl(m_currentUrl, tokenUrl);
        if (!error.isEmpty()) {
            fail(QCoreApplication::translate("agm::net", "%1: token service refused: %2").arg(where, error));
            return;
        }
        m_tokenOrigin = originOf(m_currentUrl);
        m_url = m_currentUrl; // resume here once the token is in
        send(tokenUrl, Phase::Token);
    }

    void onToken()
    {
        const QJsonObject object = QJsonDocument::fromJson(m_body.data()).object();
        QString token = object.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            token = object.value(QStringLiteral("access_token")).toString();
        if (token.isEmpty() || token.size() > 64 * 1024) {
            fail(QCoreApplication::translate("agm::net", "%1: the token service answered without a usable \"token\" or \"access_token\"")
                     .arg(m_currentUrl.toDisplayString(QUrl::RemoveQuery)));
            return;
        }
        m_token = token.toUtf8();
        send(m_url, Phase::Main);
    }

    void onRateLimited(QNetworkReply *reply)
    {
        const auto after = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const auto left = m_settings.deadline - std::chrono::milliseconds(m_clock.elapsed());
        if (m_settings.retryRateLimited && !m_rateLimitRetried && after && *after < left) {
            m_rateLimitRetried = true;
            m_retryUrl = m_currentUrl; // a page, the manifest or the token service
            m_retryPhase = m_phase;
            m_retry.start(std::chrono::duration_cast<std::chrono::milliseconds>(*after));
            return;
        }
        QString message = QCoreApplication::translate("agm::net", "%1: HTTP 429 Too Many Requests: the registry is limiting requests")
                              .arg(m_currentUrl.toDisplayString());
        if (after)
            message += QCoreApplication::translate("agm::net", "; it asks to retry after %1 s").arg(after->count());
        if (m_rateLimitRetried)
            message += QCoreApplication::translate("agm::net", " (already retried once)");
        else if (after && m_settings.retryRateLimited)
            message += QCoreApplication::translate("agm::net", " (longer than the deadline allows)");
        fail(message);
    }

    void onPage(QNetworkReply *reply)
    {
        ++m_tagResult.pages;
        const int page = m_tagResult.pages;
        const QString where = m_currentUrl.toDisplayString();
        TagParseResult parsed = parseTagList(m_body.data(), TagSourceKind::Live, where);
        m_body.reset();
        if (!parsed.list) {
            fail(QCoreApplication::translate("agm::net", "page %1 (%2): %3").arg(page).arg(where, parsed.error));
            return;
        }
        for (Tag &tag : parsed.list->tags) {
            if (!m_seen.contains(tag.name)) {
                m_seen.insert(tag.name);
                m_tags.push_back(std::move(tag));
            }
        }
        if (int(m_tags.size()) > m_settings.maxTags) {
            fail(QCoreApplication::translate("agm::net", "page %1 (%2): more than %3 tags in all; refused").arg(page).arg(where).arg(m_settings.maxTags));
            return;
        }
        const QUrl next = nextPageUrl(reply->rawHeader("Link"), m_currentUrl);
        if (next.isEmpty()) {
            succeedTags();
            return;
        }
        const QString error = checkFollowUrl(m_currentUrl, next);
        if (!error.isEmpty()) {
            fail(QCoreApplication::translate("agm::net", "page %1 (%2): next-page link refused: %3").arg(page).arg(where, error));
            return;
        }
        const QString key = next.toString(QUrl::FullyEncoded);
        if (m_visited.contains(key)) {
            fail(QCoreApplication::translate("agm::net", "page %1 (%2): the next-page link leads back to %3").arg(page).arg(where, next.toDisplayString()));
            return;
        }
        if (page >= m_settings.maxPages) {
            fail(QCoreApplication::translate("agm::net", "page %1 (%2): the list goes on beyond %3 pages; refused").arg(page).arg(where).arg(m_settings.maxPages));
            return;
        }
        m_visited.insert(key);
        m_url = next;
        send(next, Phase::Main);
    }

    void succeedTags()
    {
        TagList list;
        list.source = TagSourceKind::Live;
        list.url = shown(m_tagRequest.url); // a SAS token in the query is masked
        const QDateTime now = QDateTime::currentDateTimeUtc();
        list.fetchedAt = now.addMSecs(-now.time().msec());
        list.tags = std::move(m_tags);
        sortTags(list.tags);
        m_tagResult.cacheError = writeTagCache(m_service->cacheDirectory(), m_tagRequest.url, list);
        m_tagResult.list = std::move(list);
        finish();
    }

    void onManifest(QNetworkReply *reply)
    {
        const QString where = m_currentUrl.toDisplayString();
        const QString digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest").trimmed());
        if (digest.isEmpty()) {
            fail(QCoreApplication::translate("agm::net", "%1: the registry sent no Docker-Content-Digest header").arg(where));
            return;
        }
        if (!isValidDigest(digest)) {
            fail(QCoreApplication::translate("agm::net", "%1: Docker-Content-Digest '%2' is not sha256: and 64 lowercase hex digits").arg(where, digest.left(100)));
            return;
        }
        m_digestResult.digest = digest;
        m_digestResult.reference = m_digestRequest.tag + QLatin1Char('@') + digest;
        m_digestResult.mediaType = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(QLatin1Char(';'), 0, 0).trimmed().left(200);
        const QDateTime modified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
        if (modified.isValid())
            m_digestResult.lastModified = modified.toUTC();
        finish();
    }

    // Ends the transfer in flight (if any) and fails with `reason`.
    void stop(const QString &reason)
    {
        if (m_done)
            return;
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        fail(reason);
    }

    void fail(const QString &reason, bool fallBackAllowed = true)
    {
        if (m_done)
            return;
        if (m_kind == Kind::Digest) {
            m_digestResult.error = reason;
            m_digestResult.cancelled = m_cancelled;
            finish();
            return;
        }
        m_tagResult.cancelled = m_cancelled;
        if (fallBackAllowed && m_tagRequest.mode == TagFetchMode::LiveWithFallback) {
            fallBack(reason);
            return;
        }
        m_tagResult.error = reason;
        finish();
    }

    // The cache, then the bundled snapshot; `reason` says why the registry was not used.
    void fallBack(const QString &reason)
    {
        if (m_done)
            return;
        CachedTags cached = readTagCache(m_service->cacheDirectory(), m_tagRequest.url);
        if (cached.list) {
            m_tagResult.list = std::move(cached.list);
            m_tagResult.error = reason;
        } else {
            m_tagResult.list = bundledTagList();
            if (reason.isEmpty())
                m_tagResult.error = cached.error;
            else if (cached.missing)
                m_tagResult.error = reason + QCoreApplication::translate("agm::net", "; no cached copy yet");
            else
                m_tagResult.error = reason + QStringLiteral("; ") + cached.error;
        }
        finish();
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        // The one place where what people see of a result is made safe (see nettext.h).
        for (QString *text : {&m_tagResult.error, &m_tagResult.cacheError, &m_tagResult.proxy, &m_digestResult.error,
                              &m_digestResult.mediaType, &m_digestResult.proxy})
            *text = shown(*text);
        const QString &error = m_kind == Kind::Tags ? m_tagResult.error : m_digestResult.error;
        if (!error.isEmpty())
            qCInfo(lcNet).noquote() << (m_kind == Kind::Tags && m_tagResult.ok() ? "fell back:" : "failed:") << error;
        m_deadline.stop();
        m_retry.stop();
        m_service->finishJob(this);
    }

    RegistryTagService *m_service;
    const quint64 m_id;
    const Kind m_kind;
    const RegistrySettings m_settings;
    TagFetchRequest m_tagRequest;
    DigestRequest m_digestRequest;
    TagFetchResult m_tagResult;
    DigestResult m_digestResult;
    bool m_done = false;
    bool m_cancelled = false;

    QTimer m_deadline;
    QTimer m_retry;
    QElapsedTimer m_clock;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_tls;
    QList<QSslError> m_sslErrors;
#endif

    QNetworkReply *m_reply = nullptr;
    BoundedBody m_body;
    Phase m_phase = Phase::Main;
    QUrl m_url;        // the main request to (re)send: current page or manifest
    QUrl m_currentUrl; // the URL in flight, after redirects
    QByteArray m_token;
    QString m_tokenOrigin;
    bool m_authorized = false;
    bool m_rateLimitRetried = false;
    QUrl m_retryUrl;
    Phase m_retryPhase = Phase::Main;

    std::vector<Tag> m_tags;
    QSet<QString> m_seen;
    QSet<QString> m_visited;
    QSet<QString> m_hops; // the redirects of the request in flight
};

RegistryTagService::RegistryTagService(RegistrySettings settings, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<agm::net::TagFetchResult>();
    qRegisterMetaType<agm::net::DigestResult>();
    setSettings(settings);
}

RegistryTagService::~RegistryTagService()
{
    // Before the manager goes (it aborts its replies): running jobs end without signals.
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &entry : jobs)
        delete entry.second;
}

const RegistrySettings &RegistryTagService::settings() const
{
    return m_settings;
}

void RegistryTagService::setSettings(const RegistrySettings &settings)
{
    m_settings = settings;
    m_manager->setProxyFactory(new RegistryProxyFactory(settings.environment));
}

QString RegistryTagService::cacheDirectory() const
{
    return m_settings.cacheDirectory.isEmpty() ? defaultTagCacheDirectory() : m_settings.cacheDirectory;
}

quint64 RegistryTagService::fetchTags(const TagFetchRequest &request)
{
    const quint64 id = m_nextId++;
    auto *job = new Job(this, id, Job::Kind::Tags);
    m_jobs.emplace(id, job);
    job->startTags(request);
    return id;
}

quint64 RegistryTagService::fetchDigest(const DigestRequest &request)
{
    const quint64 id = m_nextId++;
    auto *job = new Job(this, id, Job::Kind::Digest);
    m_jobs.emplace(id, job);
    job->startDigest(request);
    return id;
}

void RegistryTagService::cancel(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it != m_jobs.end())
        it->second->cancel();
}

void RegistryTagService::cancelAll()
{
    std::vector<quint64> ids;
    for (const auto &entry : m_jobs)
        ids.push_back(entry.first);
    for (quint64 id : ids)
        cancel(id);
}

bool RegistryTagService::isRunning(quint64 id) const
{
    return m_jobs.count(id) > 0;
}

void RegistryTagService::finishJob(Job *job)
{
    m_jobs.erase(job->id());
    job->deleteLater();
    if (job->kind() == Job::Kind::Tags)
        Q_EMIT tagsFinished(job->id(), job->tagResult());
    else
        Q_EMIT digestFinished(job->id(), job->digestResult());
}

TagFetchResult RegistryTagService::loadTagFile(const QString &path)
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

} // namespace agm::net
