// SPDX-License-Identifier: MIT
#include "connectivitychecker.h"

#include "logging.h"
#include "proxychoice.h"
#include "registryprotocol.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDir>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <future>
#include <memory>
#include <utility>

namespace agm::net {

namespace {


QString seconds(std::chrono::milliseconds ms)
{
    const double s = double(ms.count()) / 1000.0;
    return s < 10 ? QString::number(s, 'g', 2) : QString::number(qRound(s));
}

constexpr qint64 kMaxCaFileBytes = 16 * 1024 * 1024;
constexpr int kMaxHttpHeadBytes = 64 * 1024;

QString addressText(const QHostAddress &address, int port)
{
    const QString a = address.toString();
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2").arg(a).arg(port)
                                                               : QStringLiteral("%1:%2").arg(a).arg(port);
}

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("agm::net::Checks", "CA file %1: cannot read it (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(kMaxCaFileBytes), QSsl::Pem);
    if (certificates.isEmpty())
        *error = QCoreApplication::translate("agm::net::Checks", "CA file %1: no PEM certificate in it").arg(QDir::toNativeSeparators(path));
    return certificates;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("TLS (older than 1.2)");
    }
}

QString certificateName(const QSslCertificate &certificate)
{
    const QString cn = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    return cn.isEmpty() ? certificate.subjectDisplayName() : cn;
}

QString issuerName(const QSslCertificate &certificate)
{
    const QString cn = certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const QString org = certificate.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
    if (cn.isEmpty())
        return certificate.issuerDisplayName();
    return org.isEmpty() || cn.contains(org) ? cn : QStringLiteral("%1 (%2)").arg(cn, org);
}

QStringList altNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto all = certificate.subjectAlternativeNames();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    return names;
}

bool wildcardMatch(const QString &pattern, const QString &host)
{
    const QString p = pattern.toLower();
    if (p == host)
        return true;
    // "*.example.com" covers exactly one label: a.example.com, not example.com or a.b.example.com.
    if (!p.startsWith(QLatin1String("*.")) || p.count(QLatin1Char('.')) < 2)
        return false;
    const int dot = int(host.indexOf(QLatin1Char('.')));
    return dot > 0 && host.mid(dot) == p.mid(1);
}

// The Azure API Management hosts, whose certificates come from Microsoft's public CAs.
bool isAzureApiHost(const QString &host)
{
    static const QRegularExpression azure(QStringLiteral("\\.azure-api\\.(net|us|cn)$"));
    return azure.match(host).hasMatch();
}

bool isUntrustedChainError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

// Where the operator sets the DNS server and the CA file: an option, or a field of the Checks page.
QString dnsServerSetting(Audience audience)
{
    return audience == Audience::Wizard ? QCoreApplication::translate("agm::net::Checks", "the DNS server field") : QStringLiteral("--dns-server");
}

QString caFileSetting(Audience audience)
{
    return audience == Audience::Wizard ? QCoreApplication::translate("agm::net::Checks", "the CA file field") : QStringLiteral("--ca-file");
}

QString hintPrivateDns(Audience audience)
{
    return QCoreApplication::translate("agm::net::Checks",
        "private DNS zone: if the API Management instance is in an internal virtual network, its configuration host "
        "resolves only through the private DNS zone linked to that network. Check with %1 set to a resolver "
        "of that zone, or give the gateway a hostAliases entry; a custom domain needs its own DNS record.").arg(dnsServerSetting(audience));
}

// "firewall on 443: <why>. Allow outbound TCP 443 ..."
QString hintFirewall(const QString &why = {})
{
    return QCoreApplication::translate("agm::net::Checks", "firewall on 443: %1Allow outbound TCP 443 from the gateway's network to this host (the v2 gateway needs it "
                   "for its configuration, heartbeat and telemetry); behind a proxy, set HTTPS_PROXY.")
        .arg(why.isEmpty() ? QString() : why + QStringLiteral(". "));
}

QString hintCustomCa(Audience audience)
{
    return QCoreApplication::translate("agm::net::Checks",
        "custom CA: if your network inspects TLS, get the proxy's root certificate from your network team, check again "
        "with %1, and give the gateway pod the same CA (certificates.local.ca); otherwise ask why a proxy "
        "answers for this host.").arg(caFileSetting(audience));
}

const QString &hintCustomDomain()
{
    static const QString hint = QCoreApplication::translate("agm::net::Checks",
        "custom domain: the certificate must name the host the gateway connects to. If the configuration endpoint has a "
        "custom hostname, use exactly that name (and a certificate that covers it, gateway 2.3.0 or later).");
    return hint;
}

const QString &hintProxy()
{
    static const QString hint = QCoreApplication::translate("agm::net::Checks",
        "proxy: check HTTPS_PROXY and NO_PROXY (here and in the gateway's environment), the proxy's address and "
        "credentials, and that it allows CONNECT to this host on 443.");
    return hint;
}

} // namespace

bool isPrivateAddress(const QHostAddress &address)
{
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),    QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok); // also an IPv4-mapped IPv6 address
    const QHostAddress plain = ok ? QHostAddress(v4) : address;
    return std::any_of(ranges.begin(), ranges.end(), [&](const QPair<QHostAddress, int> &r) { return plain.isInSubnet(r); });
}

bool certificateNamesHost(const QSslCertificate &certificate, const QString &host)
{
    const QString h = host.toLower();
    const QHostAddress ip(h);
    const auto all = certificate.subjectAlternativeNames();
    bool anyName = false;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry) {
            anyName = true;
            if (ip.isNull() && wildcardMatch(it.value(), h))
                return true;
        } else if (it.key() == QSsl::IpAddressEntry) {
            anyName = true;
            if (!ip.isNull() && QHostAddress(it.value()) == ip)
                return true;
        }
    }
    if (anyName)
        return false;
    const QStringList cns = certificate.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(cns.begin(), cns.end(), [&](const QString &cn) { return wildcardMatch(cn, h); });
}

QString settingsError(const ConnectivitySettings &settings)
{
    if (!settings.dnsServer.isEmpty() && QHostAddress(settings.dnsServer).isNull())
        return QCoreApplication::translate("agm::net::Checks", "DNS server %1: not an IP address").arg(settings.dnsServer.left(200));
    if (!settings.caFile.isEmpty()) {
        QString error;
        loadCaFile(settings.caFile, &error);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

namespace {

// The system's CA certificates, read once per process on a worker. Only runs with a CA file need
// them (ours are added to theirs); the checker starts the read as soon as it has such settings,
// so it is usually done before the operator runs a check.
std::shared_future<QList<QSslCertificate>> systemCaCertificates()
{
    static const std::shared_future<QList<QSslCertificate>> loaded =
        std::async(std::launch::async, [] { return QSslConfiguration::systemCaCertificates(); }).share();
    return loaded;
}

bool isReady(const std::shared_future<QList<QSslCertificate>> &future)
{
    return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

// One run: a probe per endpoint, all at once, and the single finished signal.
class ConnectivityChecker::Run : public QObject
{
public:
    Run(ConnectivityChecker *checker, quint64 id, const std::vector<CheckTarget> &targets);
    ~Run() override;

    quint64 id() const { return m_id; }
    const CheckRun &result() const { return m_result; }
    const ConnectivitySettings &settings() const { return m_settings; }
    const QList<QSslCertificate> &extraCas() const { return m_extraCas; }
    const QString &caError() const { return m_caError; }
    // The TLS settings every probe shares. With a CA file they hold the system's CA certificates
    // too, read on a worker the first time (that costs up to a few hundred milliseconds): until
    // then this is null, and the probes waiting for it are told by tlsReady().
    const QSslConfiguration *tlsConfiguration() const { return m_tls ? &*m_tls : nullptr; }
    ConnectivityChecker *checker() const { return m_checker; }

    void start();
    void cancel();
    void probeFinished(int index, const EndpointCheck &result);

private:
    void finish();

    ConnectivityChecker *m_checker;
    const quint64 m_id;
    const ConnectivitySettings m_settings;
    QList<QSslCertificate> m_extraCas;
    QString m_caError;
    std::optional<QSslConfiguration> m_tls;
    QThread *m_caLoader = nullptr;
    std::vector<Probe *> m_probes;
    int m_pending = 0;
    bool m_done = false;
    QElapsedTimer m_clock;
    CheckRun m_result;
};

// One endpoint from DNS to HTTP. Every layer has its own deadline; cancel() ends it at once.
class ConnectivityChecker::Probe : public QObject
{
public:
    Probe(Run *run, int index, const CheckTarget &target)
        : QObject(run), m_run(run), m_index(index), m_settings(run->settings())
    {
        m_result.target = target;
        m_host = target.host.toLower();
        m_deadline.setSingleShot(true);
        // A coarse timer may fire 5 % late; a deadline the operator set should hold to the ms.
        m_deadline.setTimerType(Qt::PreciseTimer);
        connect(&m_deadline, &QTimer::timeout, this, [this] { onDeadline(); });
    }

    ~Probe() override { dropEverything(); }

    bool isDone() const { return m_done; }

    void start()
    {
        m_clock.start();
        const QUrl url(QStringLiteral("https://%1:%2/").arg(m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host).arg(m_result.target.port));
        if (m_settings.proxy && !isLoopbackHost(m_host)) {
            m_proxy.proxy = *m_settings.proxy;
            m_proxy.description = QCoreApplication::translate("agm::net::Checks", "the chosen proxy %1:%2").arg(m_proxy.proxy.hostName()).arg(m_proxy.proxy.port());
        } else {
            m_proxy = chooseProxy(url, m_settings.environment, m_settings.systemProxy);
        }
        m_result.proxyUsed = m_proxy.used();
        m_result.proxy = m_proxy.description;
        qCInfo(lcChecks).noquote() << "checking" << m_host << "port" << m_result.target.port << "proxy:" << (m_proxy.used() ? m_proxy.description : QStringLiteral("none"));
        startDns();
    }

    void cancel()
    {
        if (m_done)
            return;
        dropEverything();
        m_result.cancelled = true;
        LayerCheck l;
        l.layer = m_layer;
        l.status = CheckStatus::Warn;
        l.detail = QCoreApplication::translate("agm::net::Checks", "cancelled");
        l.elapsedMs = m_layerClock.isValid() ? m_layerClock.elapsed() : 0;
        m_result.layers.push_back(l);
        finish();
    }

private:
    // ---- layers ----

    // False when a receiver of the signal cancelled the run meanwhile: then nothing more starts.
    bool beginLayer(CheckLayer layer, std::chrono::milliseconds deadline)
    {
        if (m_done)
            return false;
        m_layer = layer;
        m_layerClock.start();
        m_deadline.start(deadline);
        Q_EMIT m_run->checker()->layerStarted(m_run->id(), m_index, layer);
        return !m_done;
    }

    // Records the layer; a failure ends the probe, otherwise `next` runs.
    void endLayer(CheckStatus status, const QString &detail, const QString &hint = {}, const QStringList &facts = {})
    {
        m_deadline.stop();
        LayerCheck l;
        l.layer = m_layer;
        l.status = status;
        l.detail = detail;
        l.hint = status == CheckStatus::Pass ? QString() : hint;
        l.facts = facts;
        l.elapsedMs = m_layerClock.elapsed();
        m_result.layers.push_back(l);
        qCInfo(lcChecks).noquote() << m_host << checkLayerName(l.layer) << checkStatusName(status) << l.elapsedMs << "ms:" << detail;
        Q_EMIT m_run->checker()->layerFinished(m_run->id(), m_index, l);
        if (status == CheckStatus::Fail) {
            dropEverything();
            finish();
        }
    }

    void onDeadline()
    {
        switch (m_layer) {
        case CheckLayer::Dns:
            if (!m_hostInfoPending && !m_systemAddresses.isEmpty()) {
                // The addresses are in; only the CNAME chain is late, and it is not needed.
                dropLookups();
                dnsAnswered(m_systemAddresses, {});
                return;
            }
            dropLookups();
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "no answer from %1 within %2 s").arg(m_result.dns.resolver, seconds(m_settings.dnsTimeout)),
                     QCoreApplication::translate("agm::net::Checks", "DNS: the resolver does not answer. Check the DNS server (%1) and that this computer can "
                             "reach it; a private DNS zone's resolver is often reachable only from inside the network.").arg(dnsServerSetting(m_settings.audience)));
            return;
        case CheckLayer::Tcp:
            onTcpAttemptFailed(QCoreApplication::translate("agm::net::Checks", "no answer within %1 s").arg(seconds(m_settings.tcpTimeout)));
            return;
        case CheckLayer::Tls:
            endLayer(CheckStatus::Fail,
                     QCoreApplication::translate("agm::net::Checks", "the TLS handshake did not complete within %1 s").arg(seconds(m_settings.tlsTimeout)),
                     QCoreApplication::translate("agm::net::Checks", "the port accepts connections but TLS never completes: a firewall or proxy may be holding the "
                             "connection, or this port does not speak TLS. %1").arg(hintProxy()));
            return;
        case CheckLayer::Http:
            endLayer(CheckStatus::Fail,
                     QCoreApplication::translate("agm::net::Checks", "no HTTP answer: nothing received for %1 s").arg(seconds(m_settings.httpTimeout)), hintProxy());
            return;
        }
    }

    // DNS: the host table, an IP literal, the proxy (which resolves names itself), a chosen DNS
    // server (QDnsLookup A and AAAA), or the system resolver (QHostInfo, plus the CNAME chain).
    void startDns()
    {
        const QString fromTable = m_settings.hostTable.value(m_host);
        const QHostAddress literal(m_host);
        if (!fromTable.isEmpty() || !literal.isNull()) {
            m_result.dns.resolver = fromTable.isEmpty() ? QCoreApplication::translate("agm::net::Checks", "none (an IP address)") : QCoreApplication::translate("agm::net::Checks", "host table");
            if (!beginLayer(CheckLayer::Dns, m_settings.dnsTimeout))
                return;
            const QHostAddress address = fromTable.isEmpty() ? literal : QHostAddress(fromTable);
            if (address.isNull()) {
                endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the host table maps %1 to '%2', which is no IP address").arg(m_host, fromTable));
                return;
            }
            dnsAnswered({address}, fromTable.isEmpty() ? QCoreApplication::translate("agm::net::Checks", "an IP address: nothing to resolve")
                                                       : QCoreApplication::translate("agm::net::Checks", "from the host table (like hostAliases): %1").arg(address.toString()));
            return;
        }
        if (m_proxy.used() && m_settings.dnsServer.isEmpty()) {
            m_result.dns.resolver = QCoreApplication::translate("agm::net::Checks", "the proxy");
            if (!beginLayer(CheckLayer::Dns, m_settings.dnsTimeout))
                return;
            endLayer(CheckStatus::Pass, QCoreApplication::translate("agm::net::Checks", "not resolved here: the proxy resolves %1").arg(m_host));
            startTcp();
            return;
        }
        if (!m_settings.dnsServer.isEmpty()) {
            const QHostAddress server(m_settings.dnsServer);
            m_result.dns.resolver = QCoreApplication::translate("agm::net::Checks", "DNS server %1").arg(m_settings.dnsServer);
            if (!beginLayer(CheckLayer::Dns, m_settings.dnsTimeout))
                return;
            if (server.isNull()) {
                endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "DNS server %1: not an IP address").arg(m_settings.dnsServer));
                return;
            }
            m_lookupA = startLookup(QDnsLookup::A, server);
            m_lookupAAAA = startLookup(QDnsLookup::AAAA, server);
            return;
        }
        m_result.dns.resolver = QCoreApplication::translate("agm::net::Checks", "system resolver");
        if (!beginLayer(CheckLayer::Dns, m_settings.dnsTimeout))
            return;
        m_hostInfoContext = new QObject(this);
        m_hostInfoPending = true;
        QHostInfo::lookupHost(m_host, m_hostInfoContext, [this](const QHostInfo &info) { onHostInfo(info); });
        // The CNAME chain: only DNS knows it (QHostInfo does not say). Not for names /etc/hosts
        // answers anyway, and not needed for the verdict.
        if (!isLoopbackHost(m_host) && m_host.contains(QLatin1Char('.')))
            m_lookupChain = startLookup(QDnsLookup::A, QHostAddress());
    }

    QDnsLookup *startLookup(QDnsLookup::Type type, const QHostAddress &server)
    {
        auto *lookup = server.isNull() ? new QDnsLookup(type, m_host, this) : new QDnsLookup(type, m_host, server, this);
        connect(lookup, &QDnsLookup::finished, this, [this] { onLookupFinished(); });
        lookup->lookup();
        return lookup;
    }

    void onHostInfo(const QHostInfo &info)
    {
        m_hostInfoPending = false;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            dropLookups();
            const bool notFound = info.error() == QHostInfo::HostNotFound;
            endLayer(CheckStatus::Fail,
                     notFound ? QCoreApplication::translate("agm::net::Checks", "%1 does not resolve (system resolver: %2)").arg(m_host, info.errorString())
                              : QCoreApplication::translate("agm::net::Checks", "lookup failed (system resolver: %1)").arg(info.errorString()),
                     hintPrivateDns(m_settings.audience));
            return;
        }
        m_systemAddresses = info.addresses();
        maybeFinishSystemDns();
    }

    void maybeFinishSystemDns()
    {
        if (m_hostInfoPending || (m_lookupChain && !m_lookupChain->isFinished()))
            return;
        if (m_lookupChain)
            collectChain(m_lookupChain);
        dropLookups();
        dnsAnswered(m_systemAddresses, {});
    }

    void collectChain(QDnsLookup *lookup)
    {
        const auto records = lookup->canonicalNameRecords();
        // In answer order: host -> a -> b; follow from the asked name.
        QString name = m_host;
        for (int guard = 0; guard < 16; ++guard) {
            auto it = std::find_if(records.begin(), records.end(),
                                   [&](const QDnsDomainNameRecord &r) { return r.name().compare(name, Qt::CaseInsensitive) == 0; });
            if (it == records.end())
                break;
            const QString target = it->value();
            m_result.dns.cnameChain << QStringLiteral("%1 -> %2").arg(name, target);
            name = target;
        }
    }

    void onLookupFinished()
    {
        if (!m_settings.dnsServer.isEmpty()) {
            if (!m_lookupA->isFinished() || !m_lookupAAAA->isFinished())
                return;
            QList<QHostAddress> addresses;
            for (QDnsLookup *l : {m_lookupA, m_lookupAAAA}) {
                for (const QDnsHostAddressRecord &r : l->hostAddressRecords()) {
                    if (!addresses.contains(r.value()))
                        addresses << r.value();
                }
            }
            collectChain(m_lookupA);
            if (m_result.dns.cnameChain.isEmpty())
                collectChain(m_lookupAAAA);
            const QDnsLookup::Error a = m_lookupA->error(), aaaa = m_lookupAAAA->error();
            const QString aError = m_lookupA->errorString(), aaaaError = m_lookupAAAA->errorString();
            dropLookups();
            if (!addresses.isEmpty()) {
                dnsAnswered(addresses, {});
                return;
            }
            if (a == QDnsLookup::NotFoundError || aaaa == QDnsLookup::NotFoundError) {
                endLayer(CheckStatus::Fail,
                         QCoreApplication::translate("agm::net::Checks", "%1 does not exist (NXDOMAIN from %2)").arg(m_host, m_result.dns.resolver), hintPrivateDns(m_settings.audience));
                return;
            }
            // Qt 5.15 and 6.4 report an answer without records and a server that cannot be reached
            // alike, as an invalid reply; other failures of the server have their own words.
            const QString why = a == QDnsLookup::InvalidReplyError && aaaa == QDnsLookup::InvalidReplyError
                                    ? QCoreApplication::translate("agm::net::Checks", "no A or AAAA record, or no usable answer at all")
                                    : (a != QDnsLookup::InvalidReplyError ? aError : aaaaError);
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "%1: %2 (%3)").arg(m_host, why, m_result.dns.resolver), hintPrivateDns(m_settings.audience));
            return;
        }
        maybeFinishSystemDns();
    }

    void dnsAnswered(const QList<QHostAddress> &addresses, const QString &how)
    {
        m_addresses = addresses;
        QStringList all, privates;
        for (const QHostAddress &a : addresses) {
            all << a.toString();
            if (isPrivateAddress(a))
                privates << a.toString();
        }
        m_result.dns.addresses = all;
        m_result.dns.privateAddresses = privates;
        QString detail = how;
        if (detail.isEmpty()) {
            detail = all.size() == 1 ? QCoreApplication::translate("agm::net::Checks", "%1 (%2)").arg(all.first(), m_result.dns.resolver)
                                     : QCoreApplication::translate("agm::net::Checks", "%1 addresses: %2 (%3)").arg(all.size()).arg(all.join(QStringLiteral(", ")), m_result.dns.resolver);
        }
        QStringList facts;
        if (!m_result.dns.cnameChain.isEmpty())
            facts << QCoreApplication::translate("agm::net::Checks", "CNAME chain: %1").arg(m_result.dns.cnameChain.join(QStringLiteral(", ")));
        if (!privates.isEmpty()) {
            facts << QCoreApplication::translate("agm::net::Checks", "private addresses: %1").arg(privates.join(QStringLiteral(", ")));
            endLayer(CheckStatus::Warn,
                     detail + QCoreApplication::translate("agm::net::Checks", "; resolves to a private address (%1)").arg(privates.join(QStringLiteral(", "))),
                     QCoreApplication::translate("agm::net::Checks", "private endpoint: the address is reachable only from networks connected to the API Management "
                             "virtual network (peering, VPN, ExpressRoute). Make sure the gateway's network routes there; "
                             "from elsewhere the public name needs a public record or a custom domain."),
                     facts);
        } else {
            endLayer(CheckStatus::Pass, detail, {}, facts);
        }
        startTcp();
    }

    // TCP: each address in turn (at most maxAddresses), or one tunnel through the proxy.
    void startTcp()
    {
        if (!beginLayer(CheckLayer::Tcp, m_settings.tcpTimeout))
            return;
        m_nextAddress = 0;
        if (m_proxy.used()) {
            connectSocket(QHostAddress());
            return;
        }
        if (m_addresses.isEmpty()) {
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "no address to connect to"), hintPrivateDns(m_settings.audience));
            return;
        }
        tryNextAddress();
    }

    void tryNextAddress()
    {
        if (m_nextAddress >= std::min(int(m_addresses.size()), std::max(1, m_settings.maxAddresses))) {
            const bool refusedOnly = std::all_of(m_attempts.begin(), m_attempts.end(),
                                                 [](const QString &a) { return a.contains(QCoreApplication::translate("agm::net::Checks", "connection refused")); });
            endLayer(CheckStatus::Fail, m_attempts.join(QStringLiteral("; ")),
                     refusedOnly ? hintFirewall(QCoreApplication::translate("agm::net::Checks", "nothing listens on port %1 there, or a firewall rejects the connection")
                                                    .arg(m_result.target.port))
                                 : hintFirewall(QCoreApplication::translate("agm::net::Checks", "no answer: a firewall may drop the connection")));
            return;
        }
        const QHostAddress address = m_addresses.at(m_nextAddress++);
        m_deadline.start(m_settings.tcpTimeout); // per address
        m_attemptClock.start();
        connectSocket(address);
    }

    void connectSocket(const QHostAddress &address)
    {
        dropSocket();
        m_socket = new QSslSocket(this);
        m_sslErrors.clear();
        m_chain.clear();
        m_currentAddress = address;
        m_socket->setProxy(m_proxy.used() ? m_proxy.proxy : QNetworkProxy(QNetworkProxy::NoProxy));
        connect(m_socket, &QSslSocket::connected, this, [this] { onConnected(); });
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) { onSocketError(error); });
        connect(m_socket, &QAbstractSocket::proxyAuthenticationRequired, this,
                [this](const QNetworkProxy &, QAuthenticator *authenticator) {
                    // Offer the proxy's own credentials once; asked again means they were refused.
                    if (m_proxyCredentialsOffered || m_proxy.proxy.user().isEmpty())
                        return;
                    m_proxyCredentialsOffered = true;
                    authenticator->setUser(m_proxy.proxy.user());
                    authenticator->setPassword(m_proxy.proxy.password());
                });
        connect(m_socket, QOverload<const QList<QSslError> &>::of(&QSslSocket::sslErrors), this,
                [this](const QList<QSslError> &errors) {
                    m_sslErrors = errors; // reported, never ignored
                    m_chain = m_socket->peerCertificateChain();
                });
        connect(m_socket, &QSslSocket::encrypted, this, [this] { onEncrypted(); });
        connect(m_socket, &QIODevice::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { onDisconnected(); });
        m_attemptClock.start();
        if (m_proxy.used())
            m_socket->connectToHost(m_host, quint16(m_result.target.port));
        else
            m_socket->connectToHost(address, quint16(m_result.target.port));
    }

    void onConnected()
    {
        if (m_layer != CheckLayer::Tcp)
            return;
        m_result.tcpLatencyMs = m_attemptClock.elapsed();
        if (m_proxy.used()) {
            m_result.connectedAddress = QCoreApplication::translate("agm::net::Checks", "%1:%2 through the proxy").arg(m_host).arg(m_result.target.port);
            endLayer(CheckStatus::Pass,
                     QCoreApplication::translate("agm::net::Checks", "tunnel to %1:%2 through %3 in %4 ms").arg(m_host).arg(m_result.target.port).arg(m_proxy.description).arg(m_result.tcpLatencyMs),
                     {}, m_attempts);
        } else {
            m_result.connectedAddress = addressText(m_currentAddress, m_result.target.port);
            QStringList facts = m_attempts;
            endLayer(CheckStatus::Pass, QCoreApplication::translate("agm::net::Checks", "connected to %1 in %2 ms").arg(m_result.connectedAddress).arg(m_result.tcpLatencyMs), {},
                     facts);
        }
        startTls();
    }

    QString socketErrorText(QAbstractSocket::SocketError error) const
    {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError: return QCoreApplication::translate("agm::net::Checks", "connection refused");
        case QAbstractSocket::SocketTimeoutError: return QCoreApplication::translate("agm::net::Checks", "timed out");
        case QAbstractSocket::NetworkError: return QCoreApplication::translate("agm::net::Checks", "network unreachable (%1)").arg(m_socket->errorString());
        default: return m_socket->errorString();
        }
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (m_done)
            return;
        switch (m_layer) {
        case CheckLayer::Dns:
            return;
        case CheckLayer::Tcp:
            if (m_proxy.used()) {
                onProxyError(error);
                return;
            }
            onTcpAttemptFailed(socketErrorText(error));
            return;
        case CheckLayer::Tls:
            onTlsFailed(error);
            return;
        case CheckLayer::Http:
            if (error == QAbstractSocket::RemoteHostClosedError)
                return; // handled by onDisconnected, after the data is read
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the connection broke before an HTTP answer: %1").arg(m_socket->errorString()), hintProxy());
            return;
        }
    }

    void onTcpAttemptFailed(const QString &why)
    {
        m_attempts << QStringLiteral("%1: %2").arg(addressText(m_currentAddress, m_result.target.port), why);
        if (m_proxy.used()) {
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "no tunnel through %1 within %2 s").arg(m_proxy.description, seconds(m_settings.tcpTimeout)), hintProxy());
            return;
        }
        dropSocket();
        tryNextAddress();
    }

    void onProxyError(QAbstractSocket::SocketError error)
    {
        QString detail;
        switch (error) {
        case QAbstractSocket::ProxyConnectionRefusedError:
        case QAbstractSocket::ProxyNotFoundError:
            detail = QCoreApplication::translate("agm::net::Checks", "the proxy (%1) cannot be reached: %2").arg(m_proxy.description, m_socket->errorString());
            break;
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            detail = m_proxyCredentialsOffered || !m_proxy.proxy.user().isEmpty()
                         ? QCoreApplication::translate("agm::net::Checks", "the proxy (%1) refused the credentials (HTTP 407)").arg(m_proxy.description)
                         : QCoreApplication::translate("agm::net::Checks", "the proxy (%1) asks for credentials (HTTP 407); put them in the proxy URL").arg(m_proxy.description);
            break;
        case QAbstractSocket::ProxyConnectionTimeoutError:
            detail = QCoreApplication::translate("agm::net::Checks", "the proxy (%1) does not answer").arg(m_proxy.description);
            break;
        default:
            detail = QCoreApplication::translate("agm::net::Checks", "the proxy (%1) did not open a tunnel to %2:%3: %4")
                         .arg(m_proxy.description, m_host)
                         .arg(m_result.target.port)
                         .arg(m_socket->errorString());
            break;
        }
        endLayer(CheckStatus::Fail, detail, hintProxy());
    }

    // TLS on the connected socket: SNI and verification against the host name.
    void startTls()
    {
        if (!beginLayer(CheckLayer::Tls, m_settings.tlsTimeout))
            return;
        if (!QSslSocket::supportsSsl()) {
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "this build has no TLS support (%1)").arg(QSslSocket::sslLibraryVersionString()));
            return;
        }
        if (!m_run->caError().isEmpty()) {
            endLayer(CheckStatus::Fail, m_run->caError(), hintCustomCa(m_settings.audience));
            return;
        }
        if (m_run->tlsConfiguration())
            tlsReady();
        // else the run calls tlsReady() once the system's CA certificates are read
    }

public:
    void tlsReady()
    {
        if (m_done || m_layer != CheckLayer::Tls || !m_socket || m_socket->mode() != QSslSocket::UnencryptedMode)
            return;
        m_socket->setSslConfiguration(*m_run->tlsConfiguration());
        m_socket->setPeerVerifyName(m_host);
        m_socket->startClientEncryption();
    }

private:

    void fillTlsFacts(const QList<QSslCertificate> &chain)
    {
        TlsFacts &t = m_result.tls;
        if (chain.isEmpty())
            return;
        const QSslCertificate &leaf = chain.first();
        t.subject = certificateName(leaf);
        t.issuer = issuerName(leaf);
        t.subjectAltNames = altNames(leaf);
        t.nameMatches = certificateNamesHost(leaf, m_host);
        t.notBefore = leaf.effectiveDate().toUTC();
        t.notAfter = leaf.expiryDate().toUTC();
        t.daysLeft = QDateTime::currentDateTimeUtc().daysTo(t.notAfter);
        t.chain.clear();
        for (const QSslCertificate &c : chain)
            t.chain << certificateName(c);
        const QSslCertificate &top = chain.last();
        t.trustedThroughCaFile = std::any_of(m_run->extraCas().begin(), m_run->extraCas().end(), [&](const QSslCertificate &ca) {
            return ca == top || ca.subjectDisplayName() == top.issuerDisplayName();
        });
    }

    QStringList tlsFactLines() const
    {
        const TlsFacts &t = m_result.tls;
        QStringList facts;
        if (!t.protocol.isEmpty())
            facts << QCoreApplication::translate("agm::net::Checks", "%1, %2").arg(t.protocol, t.cipher);
        if (!t.subject.isEmpty()) {
            facts << QCoreApplication::translate("agm::net::Checks", "subject: %1").arg(t.subject);
            facts << QCoreApplication::translate("agm::net::Checks", "names: %1 (%2)").arg(t.subjectAltNames.join(QStringLiteral(", ")),
                                                    t.nameMatches ? QCoreApplication::translate("agm::net::Checks", "%1 matches").arg(m_host) : QCoreApplication::translate("agm::net::Checks", "%1 does not match").arg(m_host));
            facts << QCoreApplication::translate("agm::net::Checks", "issuer: %1").arg(t.issuer);
            facts << QCoreApplication::translate("agm::net::Checks", "valid until %1 (%2 days left)").arg(t.notAfter.toString(Qt::ISODate)).arg(t.daysLeft);
            if (t.chain.size() > 1)
                facts << QCoreApplication::translate("agm::net::Checks", "chain: %1").arg(t.chain.join(QStringLiteral(" <- ")));
            if (t.trustedThroughCaFile)
                facts << QCoreApplication::translate("agm::net::Checks", "trusted through the CA file %1").arg(QDir::toNativeSeparators(m_settings.caFile));
        }
        return facts;
    }

    void onEncrypted()
    {
        if (m_layer != CheckLayer::Tls)
            return;
        TlsFacts &t = m_result.tls;
        t.protocol = protocolName(m_socket->sessionProtocol());
        t.cipher = m_socket->sessionCipher().name();
        fillTlsFacts(m_socket->peerCertificateChain());
        QString detail = QCoreApplication::translate("agm::net::Checks", "%1, certificate for %2 from %3, valid for %4 more days")
                             .arg(t.protocol, t.subject, t.issuer)
                             .arg(t.daysLeft);
        CheckStatus status = CheckStatus::Pass;
        QString hint;
        if (isAzureApiHost(m_host) && !t.issuer.contains(QLatin1String("Microsoft")) && !t.issuer.contains(QLatin1String("DigiCert"))) {
            // Trusted here, but not issued by the CA Azure uses: something in between re-signs.
            t.inspectionSuspected = true;
            status = CheckStatus::Warn;
            detail = QCoreApplication::translate("agm::net::Checks", "issued by %1, not by Microsoft's CA: likely TLS-inspecting proxy. This computer trusts it; "
                             "the gateway pod may not").arg(t.issuer);
            hint = hintCustomCa(m_settings.audience);
        } else if (t.daysLeft < 14) {
            status = CheckStatus::Warn;
            detail += QCoreApplication::translate("agm::net::Checks", "; expires soon (%1)").arg(t.notAfter.toString(Qt::ISODate));
            hint = hintCustomDomain();
        }
        endLayer(status, detail, hint, tlsFactLines());
        startHttp();
    }

    void onTlsFailed(QAbstractSocket::SocketError error)
    {
        if (!m_sslErrors.isEmpty()) {
            fillTlsFacts(m_chain);
            TlsFacts &t = m_result.tls;
            QStringList sentences;
            QString hint;
            for (const QSslError &e : std::as_const(m_sslErrors))
                t.errors << e.errorString();
            t.errors.removeDuplicates();
            auto has = [&](QSslError::SslError which) {
                return std::any_of(m_sslErrors.begin(), m_sslErrors.end(), [&](const QSslError &e) { return e.error() == which; });
            };
            if (has(QSslError::CertificateExpired)) {
                sentences << QCoreApplication::translate("agm::net::Checks", "the certificate expired on %1 (%2 days ago)").arg(t.notAfter.toString(Qt::ISODate)).arg(-t.daysLeft);
                hint = QCoreApplication::translate("agm::net::Checks", "expired certificate: renew it if this is your custom domain's certificate; a TLS-inspecting "
                               "proxy with an expired certificate looks the same. %1").arg(hintCustomDomain());
            }
            if (has(QSslError::CertificateNotYetValid)) {
                sentences << QCoreApplication::translate("agm::net::Checks", "the certificate is not valid before %1 (check this computer's clock)").arg(t.notBefore.toString(Qt::ISODate));
                if (hint.isEmpty())
                    hint = hintCustomDomain();
            }
            if (has(QSslError::HostNameMismatch)) {
                sentences << QCoreApplication::translate("agm::net::Checks", "SAN mismatch: the certificate names %1, not %2")
                                 .arg(t.subjectAltNames.isEmpty() ? t.subject : t.subjectAltNames.join(QStringLiteral(", ")), m_host);
                if (hint.isEmpty())
                    hint = hintCustomDomain();
            }
            const bool untrusted = std::any_of(m_sslErrors.begin(), m_sslErrors.end(), [](const QSslError &e) { return isUntrustedChainError(e.error()); });
            if (untrusted) {
                t.inspectionSuspected = true;
                sentences << QCoreApplication::translate("agm::net::Checks", "the chain ends in an unknown or private root (%1): likely TLS-inspecting proxy").arg(rootName());
                if (hint.isEmpty())
                    hint = hintCustomCa(m_settings.audience);
            }
            if (sentences.isEmpty()) {
                sentences << t.errors.join(QStringLiteral("; "));
                hint = hintCustomCa(m_settings.audience);
            }
            QStringList facts = tlsFactLines();
            for (const QString &e : std::as_const(t.errors))
                facts << QCoreApplication::translate("agm::net::Checks", "verification: %1").arg(e);
            endLayer(CheckStatus::Fail, sentences.join(QStringLiteral("; ")), hint, facts);
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError) {
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the server closed the connection during the TLS handshake"),
                     QCoreApplication::translate("agm::net::Checks", "something between this computer and the host (a proxy or firewall) may block TLS to it, or the "
                             "port does not speak TLS. %1").arg(hintProxy()));
            return;
        }
        endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the TLS handshake failed: %1").arg(m_socket->errorString()), hintProxy());
    }

    // The root the chain ends in: the last certificate when it signed itself, else its issuer.
    QString rootName() const
    {
        if (m_chain.isEmpty())
            return m_result.tls.issuer;
        const QSslCertificate &top = m_chain.last();
        return top.issuerDisplayName() == top.subjectDisplayName() ? certificateName(top) : issuerName(top);
    }

    // HTTP: a GET over the verified connection; any status line means the endpoint answers.
    void startHttp()
    {
        if (!beginLayer(CheckLayer::Http, m_settings.httpTimeout))
            return;
        m_http.clear();
        QByteArray host = QHostAddress(m_host).isNull() ? QUrl::toAce(m_host)
                          : m_host.contains(QLatin1Char(':')) ? '[' + m_host.toLatin1() + ']'
                                                              : m_host.toLatin1();
        if (m_result.target.port != 443)
            host += ':' + QByteArray::number(m_result.target.port);
        const QByteArray request = "GET / HTTP/1.1\r\nHost: " + host
                                   + "\r\nUser-Agent: apim-gateway-migrator/" AGM_VERSION "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        m_socket->write(request);
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    }

    void onReadyRead()
    {
        if (m_layer != CheckLayer::Http || m_done)
            return;
        m_http += m_socket->readAll();
        m_deadline.start(m_settings.httpTimeout); // inactivity, not a total
        const int eol = int(m_http.indexOf("\r\n"));
        if (eol < 0) {
            if (m_http.size() > kMaxHttpHeadBytes)
                endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the answer is not HTTP"), hintProxy());
            return;
        }
        static const QRegularExpression statusLine(QStringLiteral("^HTTP/\\d(?:\\.\\d)? (\\d{3})(?: (.*))?$"));
        const auto m = statusLine.match(QString::fromLatin1(m_http.left(eol)));
        if (!m.hasMatch()) {
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the answer is not HTTP: %1").arg(QString::fromLatin1(m_http.left(std::min(eol, 80)))), hintProxy());
            return;
        }
        m_result.httpStatus = m.captured(1).toInt();
        m_result.httpReason = m.captured(2).trimmed().left(100);
        const QString status = QStringLiteral("HTTP %1 %2").arg(m_result.httpStatus).arg(m_result.httpReason).trimmed();
        const QString via = m_proxy.used() ? QCoreApplication::translate("agm::net::Checks", " (through %1)").arg(m_proxy.description) : QString();
        if (m_result.httpStatus >= 502 && m_result.httpStatus <= 504) {
            endLayer(CheckStatus::Warn, QCoreApplication::translate("agm::net::Checks", "%1: something in between answers, but not the service%2").arg(status, via),
                     QCoreApplication::translate("agm::net::Checks", "a proxy or Application Gateway in front of the endpoint could not reach it; check its backend. %1").arg(hintProxy()));
        } else {
            endLayer(CheckStatus::Pass, QCoreApplication::translate("agm::net::Checks", "%1: the endpoint answers%2").arg(status, via));
        }
        dropSocket();
        finish();
    }

    void onDisconnected()
    {
        if (m_done || m_layer != CheckLayer::Http)
            return;
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        if (!m_done)
            endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the connection closed without an HTTP answer"), hintProxy());
    }

    // ---- teardown ----

    void dropLookups()
    {
        for (QDnsLookup **l : {&m_lookupA, &m_lookupAAAA, &m_lookupChain}) {
            if (*l) {
                disconnect(*l, nullptr, this, nullptr);
                (*l)->abort();
                (*l)->deleteLater();
                *l = nullptr;
            }
        }
        delete m_hostInfoContext; // a pending QHostInfo answer goes nowhere
        m_hostInfoContext = nullptr;
        m_hostInfoPending = false;
    }

    void dropSocket()
    {
        if (!m_socket)
            return;
        QSslSocket *socket = m_socket;
        m_socket = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }

    void dropEverything()
    {
        m_deadline.stop();
        dropLookups();
        dropSocket();
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_deadline.stop();
        m_result.status = CheckStatus::Pass;
        for (const LayerCheck &l : m_result.layers) {
            m_result.status = worse(m_result.status, l.status);
            if (l.status == CheckStatus::Fail && !m_result.failedLayer)
                m_result.failedLayer = l.layer;
        }
        if (m_result.cancelled)
            m_result.failedLayer.reset();
        m_result.elapsedMs = m_clock.elapsed();
        m_run->probeFinished(m_index, m_result);
    }

    Run *m_run;
    const int m_index;
    const ConnectivitySettings &m_settings;
    QString m_host;
    EndpointCheck m_result;
    ProxyChoice m_proxy;
    bool m_done = false;
    CheckLayer m_layer = CheckLayer::Dns;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QElapsedTimer m_layerClock;
    QElapsedTimer m_attemptClock;

    QDnsLookup *m_lookupA = nullptr;
    QDnsLookup *m_lookupAAAA = nullptr;
    QDnsLookup *m_lookupChain = nullptr;
    QObject *m_hostInfoContext = nullptr;
    bool m_hostInfoPending = false;
    QList<QHostAddress> m_systemAddresses;

    QList<QHostAddress> m_addresses;
    int m_nextAddress = 0;
    QHostAddress m_currentAddress;
    QStringList m_attempts;
    QSslSocket *m_socket = nullptr;
    bool m_proxyCredentialsOffered = false;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
    QByteArray m_http;
};

ConnectivityChecker::Run::Run(ConnectivityChecker *checker, quint64 id, const std::vector<CheckTarget> &targets)
    : QObject(checker), m_checker(checker), m_id(id), m_settings(checker->m_settings)
{
    m_clock.start();
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.resolver = m_settings.dnsServer.isEmpty() ? QCoreApplication::translate("agm::net::Checks", "system resolver") : QCoreApplication::translate("agm::net::Checks", "DNS server %1").arg(m_settings.dnsServer);
    m_result.caFile = m_settings.caFile;
    if (!m_settings.caFile.isEmpty())
        m_extraCas = loadCaFile(m_settings.caFile, &m_caError);
    m_result.results.resize(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        m_result.results[i].target = targets[i];
        m_probes.push_back(new Probe(this, int(i), targets[i]));
    }
    m_pending = int(targets.size());
}

ConnectivityChecker::Run::~Run()
{
    if (m_caLoader) {
        m_caLoader->wait();
        delete m_caLoader;
    }
    for (Probe *p : m_probes)
        delete p;
}

void ConnectivityChecker::Run::start()
{
    if (m_probes.empty()) {
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    // Setting CAs switches off the on-demand system ones: with a CA file, add ours to theirs.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_extraCas.isEmpty()) {
        m_tls = tls;
    } else if (const auto systemCas = systemCaCertificates(); isReady(systemCas)) {
        tls.setCaCertificates(systemCas.get() + m_extraCas);
        m_tls = tls;
    } else {
        // Still being read: wait on a worker while DNS and TCP run, never on the GUI thread.
        m_caLoader = QThread::create([systemCas] { systemCas.wait(); });
        connect(m_caLoader, &QThread::finished, this, [this, tls, systemCas]() mutable {
            tls.setCaCertificates(systemCas.get() + m_extraCas);
            m_tls = tls;
            for (Probe *p : m_probes)
                p->tlsReady();
        });
        m_caLoader->start();
    }
    // From the event loop, like every result: the caller has the id before any signal.
    QTimer::singleShot(0, this, [this] {
        for (Probe *p : m_probes) {
            if (!m_done)
                p->start();
        }
    });
}

void ConnectivityChecker::Run::cancel()
{
    if (m_done)
        return;
    m_result.cancelled = true;
    for (Probe *p : m_probes) {
        if (!p->isDone())
            p->cancel();
    }
    finish();
}

void ConnectivityChecker::Run::probeFinished(int index, const EndpointCheck &result)
{
    m_result.results[std::size_t(index)] = result;
    --m_pending;
    Q_EMIT m_checker->endpointFinished(m_id, index, result);
    if (m_pending == 0)
        finish();
}

void ConnectivityChecker::Run::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_result.elapsedMs = m_clock.elapsed();
    m_checker->finishRun(this);
}

ConnectivityChecker::ConnectivityChecker(ConnectivitySettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<agm::CheckLayer>();
    qRegisterMetaType<agm::LayerCheck>();
    qRegisterMetaType<agm::EndpointCheck>();
    qRegisterMetaType<agm::CheckRun>();
    if (!m_settings.caFile.isEmpty())
        preloadSystemCertificates();
}

void ConnectivityChecker::preloadSystemCertificates()
{
    systemCaCertificates();
}

ConnectivityChecker::~ConnectivityChecker()
{
    // Running checks end without signals.
    const auto runs = std::exchange(m_runs, {});
    for (const auto &entry : runs)
        delete entry.second;
}

const ConnectivitySettings &ConnectivityChecker::settings() const
{
    return m_settings;
}

void ConnectivityChecker::setSettings(const ConnectivitySettings &settings)
{
    m_settings = settings;
    if (!m_settings.caFile.isEmpty())
        preloadSystemCertificates();
}

quint64 ConnectivityChecker::check(const std::vector<CheckTarget> &targets)
{
    const quint64 id = m_nextId++;
    auto *run = new Run(this, id, targets);
    m_runs.emplace(id, run);
    run->start();
    return id;
}

void ConnectivityChecker::cancel(quint64 id)
{
    const auto it = m_runs.find(id);
    if (it != m_runs.end())
        it->second->cancel();
}

void ConnectivityChecker::cancelAll()
{
    std::vector<quint64> ids;
    for (const auto &entry : m_runs)
        ids.push_back(entry.first);
    for (quint64 id : ids)
        cancel(id);
}

bool ConnectivityChecker::isRunning(quint64 id) const
{
    return m_runs.count(id) > 0;
}

void ConnectivityChecker::finishRun(Run *run)
{
    m_runs.erase(run->id());
    const CheckRun result = run->result();
    run->deleteLater();
    Q_EMIT finished(run->id(), result);
}

} // namespace agm::net
