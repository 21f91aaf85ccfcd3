// SPDX-License-Identifier: MIT
#include "checksupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agm::net::checks {

QString seconds(std::chrono::milliseconds ms)
{
    const double s = double(ms.count()) / 1000.0;
    return s < 10 ? QString::number(s, 'g', 2) : QString::number(qRound(s));
}

QString addressText(const QHostAddress &address, int port)
{
    const QString a = address.toString();
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2").arg(a).arg(port)
                                                               : QStringLiteral("%1:%2").arg(a).arg(port);
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

QString hintFirewall(const QString &why)
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

} // namespace agm::net::checks
