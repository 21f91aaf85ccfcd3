// SPDX-License-Identifier: MIT
// Live connectivity checks for the endpoints the v2 gateway needs, layer by layer, each with its
// own deadline: DNS (system resolver, or a chosen DNS server for private zones), TCP (each address
// until one answers), TLS (SNI, system trust plus an optional CA file, certificate details) and
// HTTP (any status means the endpoint answers), through the operator's proxy when there is one.
//
// Asynchronous: check() returns a run id at once; every endpoint runs in parallel and reports
// endpointFinished, then exactly one finished(id, run) follows (from the event loop, or from within
// cancel()). Results are plain values (connectivity.h). Create one checker per user of it (wizard,
// command line, test) and pass it in; there is no global one.
#pragma once

#include "connectivity.h"
#include "finding.h"
#include "jobtable.h"

#include <QHash>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

class QSslCertificate;

namespace agm::net {

struct ConnectivitySettings
{
    // Per layer (P10): DNS 5 s, TCP connect 5 s per address, TLS handshake 10 s, HTTP 30 s without data.
    std::chrono::milliseconds dnsTimeout{5000};
    std::chrono::milliseconds tcpTimeout{5000};
    std::chrono::milliseconds tlsTimeout{10000};
    std::chrono::milliseconds httpTimeout{30000};
    // An IP address: ask this DNS server (port 53, QDnsLookup) instead of the system resolver, for
    // names that only a private zone knows. Empty: the system resolver (QHostInfo, /etc/hosts too).
    QString dnsServer;
    // Extra trusted CA certificates (PEM), besides the system's; TLS is never verified less.
    QString caFile;
    // HTTPS_PROXY, ALL_PROXY, NO_PROXY and friends are read from here (proxychoice.h).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool systemProxy = true; // then ask the system's proxy configuration
    // A proxy chosen by the operator (with its user and password for Basic auth); beats the
    // environment and the system. Loopback hosts never use a proxy.
    std::optional<QNetworkProxy> proxy;
    // Names answered from this table (lower-case host -> address) without any DNS query, like
    // the pod's hostAliases or curl --resolve.
    QHash<QString, QString> hostTable;
    int maxAddresses = 4; // TCP tries at most this many of the resolved addresses
    agm::Audience audience = agm::Audience::CommandLine; // hints name options, or the wizard's fields
};

// 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT) and fc00::/7.
bool isPrivateAddress(const QHostAddress &address);
// The certificate names `host`: a DNS subjectAltName (a wildcard covers one left-most label) or an
// IP address entry; the common name only when there is no subjectAltName.
bool certificateNamesHost(const QSslCertificate &certificate, const QString &host);
// Why the settings cannot be used (an unreadable CA file, a DNS server that is no IP address);
// empty when they can.
QString settingsError(const ConnectivitySettings &settings);

class ConnectivityChecker : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityChecker(ConnectivitySettings settings = {}, QObject *parent = nullptr);
    ~ConnectivityChecker() override;

    // Starts reading the system's CA certificates on a worker, once per process. Runs with a CA
    // file need them (ours are added to theirs); a program that will run checks calls this early
    // (the wizard after its first frame) so that its first run does not wait for them.
    static void preloadSystemCertificates();

    const ConnectivitySettings &settings() const;
    // Applies to runs started afterwards.
    void setSettings(const ConnectivitySettings &settings);

    // Checks every target in parallel. Returns the run id.
    quint64 check(const std::vector<CheckTarget> &targets);
    // Stops the run at once: sockets are closed, lookups abandoned, and the endpoints still running
    // are reported as cancelled; finished is emitted before this returns. Unknown ids are ignored.
    void cancel(quint64 id);
    void cancelAll();
    bool isRunning(quint64 id) const;

Q_SIGNALS:
    void layerStarted(quint64 id, int index, agm::CheckLayer layer);
    void layerFinished(quint64 id, int index, const agm::LayerCheck &layer);
    void endpointFinished(quint64 id, int index, const agm::EndpointCheck &result);
    void finished(quint64 id, const agm::CheckRun &run);

private:
    class Run;
    friend class Run;
    void finishRun(Run *run);

    ConnectivitySettings m_settings;
    JobTable<Run> m_runs;
};

} // namespace agm::net

Q_DECLARE_METATYPE(agm::CheckLayer)
Q_DECLARE_METATYPE(agm::LayerCheck)
Q_DECLARE_METATYPE(agm::EndpointCheck)
Q_DECLARE_METATYPE(agm::CheckRun)
