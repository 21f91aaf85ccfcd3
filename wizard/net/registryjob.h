// SPDX-License-Identifier: MIT
// One registry request from start to its single finished signal, the part the tag list and the
// digest share: each request and its redirects (checked against the URL policy), the body cap
// (BoundedBody), the anonymous token, one rate-limit retry, TLS with an optional CA file, and one
// deadline over all of it. TagListJob and DigestJob say what to ask and what an answer means.
// Internal to RegistryTagService.
#pragma once

#include "boundedbody.h"
#include "proxychoice.h"
#include "registrytagservice.h"
#include "urlpolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <optional>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif

class QNetworkAccessManager;
class QNetworkReply;

namespace agm::net {

class RegistryJob : public QObject
{
public:
    RegistryJob(RegistryTagService *service, QNetworkAccessManager *manager, quint64 id, const RegistrySettings &settings);
    ~RegistryJob() override;

    quint64 id() const { return m_id; }
    // Ends the request now; the finished signal is emitted before this returns.
    void cancel();
    // The finished signal of this job's kind (called by the service once, as the job leaves).
    virtual void emitFinished() = 0;

protected:
    enum class Phase { Main, Token };

    // Sends the first request to `url`, or reports `error` (from the event loop) without sending.
    void start(const QUrl &url, const QString &error);
    void send(const QUrl &url, Phase phase);
    // The next main request (a further page).
    void sendNext(const QUrl &url);
    // Ends the transfer in flight (if any) and fails with `reason`.
    void stop(const QString &reason);
    // A failure; the tag list may fall back to the cache unless `fallBackAllowed` is false.
    virtual void fail(const QString &reason, bool fallBackAllowed = true) = 0;
    // Once: the result is complete; makes its texts safe and hands the job to the service.
    void finish();

    // A 2xx answer to the main request (a tag page, the manifest).
    virtual void onAnswer(QNetworkReply *reply) = 0;
    virtual bool isHead() const { return false; }
    virtual QByteArray accept() const { return QByteArrayLiteral("application/json"); }
    // What a 404 of the main request means, for people; empty for the generic hint.
    virtual QString notFoundHint() const { return {}; }
    // finish() first lets the job fill in what the request learnt (proxy, HTTP/2), then makes the
    // result's texts safe (nettext.h) and logs the outcome.
    virtual void completeResult() = 0;
    virtual QList<QString *> shownTexts() = 0;
    virtual QString loggedOutcome() const = 0;

    RegistryTagService *service() const { return m_service; }
    const RegistrySettings &settings() const { return m_settings; }
    const ProxyChoice &proxy() const { return m_proxy; }
    const BoundedBody &body() const { return m_body; }
    void clearBody() { m_body.reset(); }
    const QUrl &currentUrl() const { return m_currentUrl; }
    bool isCancelled() const { return m_cancelled; }
    bool isDone() const { return m_done; }
    bool http2Used() const { return m_http2Used; }

private:
    QString prepareTls();
    bool readBody();
    QString bodyProblem() const;
    void onRedirected(const QUrl &target);
    QString redirectLoop() const;
    void onFinished();
    QString networkError(QNetworkReply *reply) const;
    void onUnauthorized(QNetworkReply *reply);
    void onToken();
    void onRateLimited(QNetworkReply *reply);

    RegistryTagService *m_service;
    QNetworkAccessManager *m_manager;
    const quint64 m_id;
    const RegistrySettings m_settings;
    ProxyChoice m_proxy;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_http2Used = false;

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
    QSet<QString> m_hops; // the redirects of the request in flight
};

// The pages of a tag list, then the list (cached), or the cache or snapshot when that fails.
class TagListJob : public RegistryJob
{
public:
    using RegistryJob::RegistryJob;
    void start(const TagFetchRequest &request);
    void emitFinished() override;

private:
    void fail(const QString &reason, bool fallBackAllowed) override;
    void onAnswer(QNetworkReply *reply) override;
    void completeResult() override;
    QList<QString *> shownTexts() override;
    QString loggedOutcome() const override;
    void succeed();
    void fallBack(const QString &reason);

    TagFetchRequest m_request;
    TagFetchResult m_result;
    std::vector<Tag> m_tags;
    QSet<QString> m_seen;
    QSet<QString> m_visited; // pages asked for, against a next-page link that leads back
};

// The manifest HEAD of one tag: its digest.
class DigestJob : public RegistryJob
{
public:
    using RegistryJob::RegistryJob;
    void start(const DigestRequest &request);
    void emitFinished() override;

private:
    void fail(const QString &reason, bool fallBackAllowed) override;
    void onAnswer(QNetworkReply *reply) override;
    bool isHead() const override { return true; }
    QByteArray accept() const override;
    QString notFoundHint() const override;
    void completeResult() override;
    QList<QString *> shownTexts() override;
    QString loggedOutcome() const override;

    DigestRequest m_request;
    DigestResult m_result;
};

} // namespace agm::net
