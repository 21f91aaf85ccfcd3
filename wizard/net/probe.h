// SPDX-License-Identifier: MIT
// One endpoint's check: a small sequencer (Probe) that runs one unit per layer, DNS, TCP, TLS,
// HTTP, each under its own deadline, records each layer as it ends and stops at the first
// failure. What the layers share (the endpoint, the proxy, the result, the socket that TCP opens
// and TLS and HTTP use) lives in the probe. Internal to ConnectivityChecker.
#pragma once

#include "boundedbody.h"
#include "connectivitychecker.h"
#include "proxychoice.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <chrono>

class QAuthenticator;
class QSslConfiguration;

namespace agm::net {

class Probe;

// What a probe needs of its run: the ids for the signals, the shared TLS settings, the CA file.
class ProbeOwner
{
public:
    virtual ~ProbeOwner() = default;
    virtual ConnectivityChecker *checker() const = 0;
    virtual quint64 id() const = 0;
    virtual const ConnectivitySettings &settings() const = 0;
    virtual const QList<QSslCertificate> &extraCas() const = 0;
    virtual const QString &caError() const = 0;
    // Null until the system's CA certificates are read (then the run calls Probe::tlsReady()).
    virtual const QSslConfiguration *tlsConfiguration() const = 0;
    virtual void probeFinished(int index, const EndpointCheck &result) = 0;
};

// One layer. The probe starts it with the layer's deadline running and hands it the socket's
// events while it is the current one; it ends with Probe::endLayer().
class ProbeStep : public QObject
{
public:
    explicit ProbeStep(Probe &probe);
    virtual CheckLayer layer() const = 0;
    virtual std::chrono::milliseconds deadline() const = 0;
    virtual void start() = 0;
    virtual void onDeadline() = 0;
    // Lets go of what the step holds besides the socket (lookups); for cancel and failure.
    virtual void drop() {}

    virtual void onConnected() {}
    virtual void onSocketError(QAbstractSocket::SocketError) {}
    virtual void onProxyAuthentication(QAuthenticator *) {}
    virtual void onSslErrors(const QList<QSslError> &) {}
    virtual void onEncrypted() {}
    virtual void onReadyRead() {}
    virtual void onDisconnected() {}

protected:
    Probe &m_p;
};

class DnsStep : public ProbeStep
{
public:
    using ProbeStep::ProbeStep;
    CheckLayer layer() const override { return CheckLayer::Dns; }
    std::chrono::milliseconds deadline() const override;
    void start() override;
    void onDeadline() override;
    void drop() override;

private:
    QDnsLookup *startLookup(QDnsLookup::Type type, const QHostAddress &server);
    void onHostInfo(const QHostInfo &info);
    void maybeFinishSystemDns();
    void collectChain(QDnsLookup *lookup);
    void onLookupFinished();
    void answered(const QList<QHostAddress> &addresses, const QString &how);

    QDnsLookup *m_lookupA = nullptr;
    QDnsLookup *m_lookupAAAA = nullptr;
    QDnsLookup *m_lookupChain = nullptr;
    QObject *m_hostInfoContext = nullptr;
    bool m_hostInfoPending = false;
    QList<QHostAddress> m_systemAddresses;
};

class TcpStep : public ProbeStep
{
public:
    using ProbeStep::ProbeStep;
    CheckLayer layer() const override { return CheckLayer::Tcp; }
    std::chrono::milliseconds deadline() const override;
    void start() override;
    void onDeadline() override;
    void onConnected() override;
    void onSocketError(QAbstractSocket::SocketError error) override;
    void onProxyAuthentication(QAuthenticator *authenticator) override;

private:
    void tryNextAddress();
    void connectSocket(const QHostAddress &address);
    QString socketErrorText(QAbstractSocket::SocketError error) const;
    void attemptFailed(const QString &why);
    void proxyFailed(QAbstractSocket::SocketError error);

    int m_nextAddress = 0;
    QHostAddress m_currentAddress;
    QStringList m_attempts;
    QElapsedTimer m_attemptClock;
    bool m_proxyCredentialsOffered = false;
};

class TlsStep : public ProbeStep
{
public:
    using ProbeStep::ProbeStep;
    CheckLayer layer() const override { return CheckLayer::Tls; }
    std::chrono::milliseconds deadline() const override;
    void start() override;
    void onDeadline() override;
    void onSocketError(QAbstractSocket::SocketError error) override;
    void onSslErrors(const QList<QSslError> &errors) override;
    void onEncrypted() override;
    // The run has the TLS settings now (the system's CA certificates were being read).
    void tlsReady();

private:
    void fillFacts(const QList<QSslCertificate> &chain);
    QStringList factLines() const;
    void failed(QAbstractSocket::SocketError error);
    QString rootName() const;

    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
};

class HttpStep : public ProbeStep
{
public:
    using ProbeStep::ProbeStep;
    CheckLayer layer() const override { return CheckLayer::Http; }
    std::chrono::milliseconds deadline() const override;
    void start() override;
    void onDeadline() override;
    void onSocketError(QAbstractSocket::SocketError error) override;
    void onReadyRead() override;
    void onDisconnected() override;

private:
    static constexpr int kMaxHeadBytes = 64 * 1024;
    // Only the status line matters: the head is capped, whatever the body's size or encoding.
    BoundedBody m_head{kMaxHeadBytes};
};

class Probe : public QObject
{
public:
    Probe(ProbeOwner *owner, int index, const CheckTarget &target, QObject *parent);
    ~Probe() override;

    bool isDone() const { return m_done; }
    void start();
    // Ends the check at once: sockets closed, lookups abandoned, the layer reported cancelled.
    void cancel();
    void tlsReady();

    // For the steps.
    ProbeOwner *owner() const { return m_owner; }
    const ConnectivitySettings &settings() const { return m_settings; }
    const QString &host() const { return m_host; }
    int port() const { return m_result.target.port; }
    const ProxyChoice &proxy() const { return m_proxy; }
    EndpointCheck &result() { return m_result; }
    QList<QHostAddress> addresses; // from DNS, for TCP
    QSslSocket *socket() const { return m_socket; }
    // A new socket whose events go to the current step; the old one is dropped.
    QSslSocket *newSocket();
    void dropSocket();
    // The current layer's deadline starts again (per address, per HTTP read).
    void restartDeadline(std::chrono::milliseconds deadline);
    // Records the layer; a failure ends the check, otherwise the next layer starts (or the check
    // ends after HTTP).
    void endLayer(CheckStatus status, QString detail, QString hint = {}, const QStringList &facts = {});
    CheckLayer layer() const { return m_current ? m_current->layer() : CheckLayer::Dns; }
    bool isCurrent(const ProbeStep *step) const { return m_current == step && !m_done; }

private:
    void beginLayer(ProbeStep *step);
    void dropEverything();
    void finish();

    ProbeOwner *m_owner;
    const int m_index;
    const ConnectivitySettings &m_settings;
    QString m_host;
    EndpointCheck m_result;
    ProxyChoice m_proxy;
    bool m_done = false;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QElapsedTimer m_layerClock;
    QSslSocket *m_socket = nullptr;

    DnsStep m_dns{*this};
    TcpStep m_tcp{*this};
    TlsStep m_tls{*this};
    HttpStep m_http{*this};
    ProbeStep *m_current = nullptr;
};

} // namespace agm::net
