// SPDX-License-Identifier: MIT
#include "registryjob.h"

#include "logging.h"
#include "nettext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif

namespace agm::net {

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    const double s = double(ms.count()) / 1000.0;
    return s < 10 ? QString::number(s, 'g', 2) : QString::number(qRound(s));
}

// A CA file is small; anything near this is not one.
constexpr qint64 kMaxCaFileBytes = 16 * 1024 * 1024;
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

// A URL as the log shows it: no user, password or query (a mirror's URL may carry a SAS token).
QString logged(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace

RegistryJob::RegistryJob(RegistryTagService *service, QNetworkAccessManager *manager, quint64 id, const RegistrySettings &settings)
    : QObject(service), m_service(service), m_manager(manager), m_id(id), m_settings(settings), m_body(settings.maxBodyBytes)
{
    m_deadline.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stop(QCoreApplication::translate("agm::net", "%1: no complete answer within %2 s (the deadline)").arg(m_url.toDisplayString(), seconds(m_settings.deadline)));
    });
    connect(&m_retry, &QTimer::timeout, this, [this] { send(m_retryUrl, m_retryPhase); });
}

RegistryJob::~RegistryJob()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RegistryJob::cancel()
{
    m_cancelled = true;
    stop(QCoreApplication::translate("agm::net", "cancelled"));
}

void RegistryJob::start(const QUrl &url, const QString &error)
{
    m_url = url;
    if (!error.isEmpty()) {
        // Reported from the event loop, like every other result.
        QTimer::singleShot(0, this, [this, error] { fail(error, /*fallBackAllowed=*/false); });
        return;
    }
    m_proxy = chooseProxy(url, m_settings.environment);
    m_clock.start();
    m_deadline.start(m_settings.deadline);
    const QString sslError = prepareTls();
    if (!sslError.isEmpty()) {
        QTimer::singleShot(0, this, [this, sslError] { fail(sslError); });
        return;
    }
    send(url, Phase::Main);
}

QString RegistryJob::prepareTls()
{
    if (m_settings.caFile.isEmpty())
        return {};
#if QT_CONFIG(ssl)
    QFile file(m_settings.caFile);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("agm::net", "CA file %1: cannot read it (%2)").arg(QDir::toNativeSeparators(m_settings.caFile), file.errorString());
    const QList<QSslCertificate> extra = QSslCertificate::fromData(file.read(kMaxCaFileBytes), QSsl::Pem);
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

void RegistryJob::send(const QUrl &url, Phase phase)
{
    m_phase = phase;
    m_currentUrl = url;
    m_body.reset();
    m_hops = {url.toString(QUrl::FullyEncoded)};
#if QT_CONFIG(ssl)
    m_sslErrors.clear();
#endif
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
    const bool head = isHead() && phase == Phase::Main;
    request.setRawHeader("Accept", head ? accept() : QByteArrayLiteral("application/json"));
    m_authorized = phase == Phase::Main && !m_token.isEmpty() && originOf(url) == m_tokenOrigin;
    if (m_authorized)
        request.setRawHeader("Authorization", "Bearer " + m_token);
#if QT_CONFIG(ssl)
    if (m_tls)
        request.setSslConfiguration(*m_tls);
#endif
    // Never the Authorization header or the token: only whether one is sent.
    qCInfo(lcNet).noquote() << (head ? "HEAD" : "GET") << logged(url) << (m_authorized ? "(with the registry token)" : "");
    m_reply = head ? m_manager->head(request) : m_manager->get(request);
    m_reply->setReadBufferSize(kReadAhead);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { readBody(); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        // A new answer (also the one after a redirect): its encoding, and a declared length over the cap is refused before the body.
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!m_body.reset(m_reply->rawHeader("Content-Encoding")) || !m_body.expectLength(length))
            stop(bodyProblem());
    });
    connect(m_reply, &QNetworkReply::redirected, this, &RegistryJob::onRedirected);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // reported, never ignored
    });
#endif
    connect(m_reply, &QNetworkReply::finished, this, &RegistryJob::onFinished);
}

void RegistryJob::sendNext(const QUrl &url)
{
    m_url = url;
    send(url, Phase::Main);
}

QString RegistryJob::bodyProblem() const
{
    return QCoreApplication::translate("agm::net", "%1: %2").arg(m_currentUrl.toDisplayString(), m_body.problemText());
}

// Raw bytes as they arrive; m_body inflates them and stops at its cap.
bool RegistryJob::readBody()
{
    if (m_reply->isReadable() && !m_body.append(m_reply->readAll())) {
        stop(bodyProblem());
        return false;
    }
    return true;
}

void RegistryJob::onRedirected(const QUrl &target)
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

QString RegistryJob::redirectLoop() const
{
    return QCoreApplication::translate("agm::net", "too many redirects (loop) at %1; check the tag list URL, or ask the registry's operator to fix its redirects")
        .arg(m_currentUrl.toDisplayString());
}

void RegistryJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!readBody())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_http2Used = m_http2Used || reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt's error text quotes the server's reason phrase: shown safely, like every result.
    qCInfo(lcNet).noquote() << "HTTP" << status << logged(m_currentUrl) << m_body.size() << "bytes" << (reply->error() ? shown(reply->errorString()) : QString());
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
        if (status == 404 && m_phase == Phase::Main && !notFoundHint().isEmpty())
            hint = notFoundHint();
        QString message = QCoreApplication::translate("agm::net", "%1: HTTP %2 %3").arg(m_currentUrl.toDisplayString()).arg(status).arg(reason).trimmed();
        if (!hint.isEmpty())
            message += QStringLiteral(": ") + hint;
        fail(message);
        return;
    }
    if (m_phase == Phase::Token)
        onToken();
    else
        onAnswer(reply);
}

QString RegistryJob::networkError(QNetworkReply *reply) const
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
        if (m_proxy.used())
            return QCoreApplication::translate("agm::net", "%1: %2 (through %3)").arg(where, reply->errorString(), m_proxy.description);
        return QCoreApplication::translate("agm::net", "%1: %2").arg(where, reply->errorString());
    }
}

void RegistryJob::onUnauthorized(QNetworkReply *reply)
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

void RegistryJob::onToken()
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

void RegistryJob::onRateLimited(QNetworkReply *reply)
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

void RegistryJob::stop(const QString &reason)
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

void RegistryJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_retry.stop();
    completeResult();
    // The one place where what people see of a result is made safe (see nettext.h).
    for (QString *text : shownTexts())
        *text = shown(*text);
    const QString outcome = loggedOutcome();
    if (!outcome.isEmpty())
        qCInfo(lcNet).noquote() << outcome;
    m_service->finishJob(this);
}

} // namespace agm::net
