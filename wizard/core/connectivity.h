// SPDX-License-Identifier: MIT
// Results of the live connectivity checks (DNS, TCP, TLS, HTTP) as plain values, and their
// renderings: the JSON of `check --json` and of the reports, and the text of the table, the
// details and the hints. The checks themselves run in wizard/net (ConnectivityChecker); these
// types hold no network objects, so reports and tests use them without Qt Network.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agm {

enum class CheckLayer { Dns, Tcp, Tls, Http };
enum class CheckStatus { Pass, Warn, Fail };

QString checkLayerName(CheckLayer layer);    // stable: "dns", "tcp", "tls", "http"
QString checkLayerTitle(CheckLayer layer);   // for people: "DNS", "TCP", "TLS", "HTTP"
QString checkStatusName(CheckStatus status); // stable: "pass", "warn", "fail"
CheckStatus worse(CheckStatus a, CheckStatus b);

// One endpoint to check: the v2 configuration host on 443, or one the operator adds.
struct CheckTarget
{
    QString host;
    int port = 443;
    QString purpose;     // "v2 configuration endpoint", "added by you"
    QStringList sources; // where the files name it: "kubernetes/gateway.yaml:12"
};

struct LayerCheck
{
    CheckLayer layer = CheckLayer::Dns;
    CheckStatus status = CheckStatus::Pass;
    QString detail;    // one line: what was found, or what failed and how
    QStringList facts; // further lines for the details pane
    QString hint;      // what to do about a warning or failure
    qint64 elapsedMs = 0;
};

struct DnsFacts
{
    QString resolver;               // "system resolver", "DNS server 10.0.0.10", "host table", ...
    QStringList addresses;
    QStringList privateAddresses;   // those in 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7
    QStringList cnameChain;         // "a.example -> b.example", in order
};

struct TlsFacts
{
    QString protocol;   // "TLS 1.3"
    QString cipher;
    QString subject;    // common name of the server certificate
    QString issuer;     // common name (and organisation) of its issuer
    QStringList subjectAltNames;
    bool nameMatches = false; // the host is one of the names (wildcards included)
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0;
    QStringList chain;  // subjects from the server certificate to the last one sent
    QStringList errors; // verification errors, as Qt words them
    bool trustedThroughCaFile = false;
    bool inspectionSuspected = false; // "likely TLS-inspecting proxy"
};

struct EndpointCheck
{
    CheckTarget target;
    CheckStatus status = CheckStatus::Pass;
    std::optional<CheckLayer> failedLayer;
    std::vector<LayerCheck> layers; // in order; layers after a failure are not run and not listed
    DnsFacts dns;
    TlsFacts tls;
    QString connectedAddress;       // "20.1.2.3:443", or the proxy's tunnel
    qint64 tcpLatencyMs = -1;
    int httpStatus = 0;
    QString httpReason;
    bool proxyUsed = false;
    QString proxy;                  // how the proxy was chosen, for people; never a password
    bool cancelled = false;
    qint64 elapsedMs = 0;

    const LayerCheck *layer(CheckLayer which) const;
    // The hint of the failing layer, else of the first warning; empty when all passed.
    QString hint() const;
    // host:port (IPv6 literals in brackets)
    QString name() const;
};

// One run of the checks over all endpoints, as the wizard keeps it and the reports show it.
struct CheckRun
{
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    std::vector<EndpointCheck> results;
    QString resolver;   // "system resolver" or "DNS server IP"
    QString caFile;     // extra trusted CAs, when given
    bool cancelled = false;
    bool acknowledged = false; // the operator exported although a check failed or could not run
    // Why the checks could not run at all (offline, a bad DNS server or CA file, nothing to check);
    // empty when they ran. An unrun check is no pass: it needs the acknowledgement as a failure does.
    QString notRun;

    bool anyFailed() const; // a check failed (cancelled ones do not count)
    bool needsAcknowledgement() const { return anyFailed() || !notRun.isEmpty(); }
    int count(CheckStatus status) const;
};

// {"host", "port", "status", "failedLayer", "layers": [{"layer", "status", "detail"}], ...}
QJsonObject endpointCheckJson(const EndpointCheck &check);
// {"results": [...]} plus "summary" and the run's settings.
QJsonObject checkRunJson(const CheckRun &run);

// For people (command line, "Copy as text", reports): a table of every endpoint and layer,
// then per endpoint its details and hints.
QString checkRunText(const CheckRun &run);
// The details of one endpoint: each layer with its facts and hint.
QString endpointCheckDetails(const EndpointCheck &check);
// "3 passed, 1 warning, 1 failed"
QString checkRunSummary(const CheckRun &run);

// "host[:port]", "[v6]:port", or an https:// URL; the port defaults to 443. Empty host on error.
CheckTarget parseCheckTarget(const QString &text, QString *error = nullptr);

} // namespace agm
