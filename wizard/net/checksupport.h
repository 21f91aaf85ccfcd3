// SPDX-License-Identifier: MIT
// What the connectivity check's layers share (probe.h): number and address wording, certificate
// names, and the hints that say what to do. Internal to ConnectivityChecker.
#pragma once

#include "finding.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <chrono>

namespace agm::net::checks {

// "0.3", "30": seconds as a deadline is written.
QString seconds(std::chrono::milliseconds ms);
// "1.2.3.4:443", "[::1]:443"
QString addressText(const QHostAddress &address, int port);
QString protocolName(QSsl::SslProtocol protocol);
// The common name, else the subject as Qt shows it.
QString certificateName(const QSslCertificate &certificate);
// The issuer's common name (and organisation).
QString issuerName(const QSslCertificate &certificate);
// DNS and IP address entries of the subjectAltName.
QStringList altNames(const QSslCertificate &certificate);
// The Azure API Management hosts, whose certificates come from Microsoft's public CAs.
bool isAzureApiHost(const QString &host);
// The chain ends in a root this computer does not trust.
bool isUntrustedChainError(QSslError::SslError error);

// Where the operator sets the DNS server and the CA file: an option, or a field of the Checks page.
QString dnsServerSetting(Audience audience);
QString caFileSetting(Audience audience);
QString hintPrivateDns(Audience audience);
// "firewall on 443: <why>. Allow outbound TCP 443 ..."
QString hintFirewall(const QString &why = {});
QString hintCustomCa(Audience audience);
const QString &hintCustomDomain();
const QString &hintProxy();

} // namespace agm::net::checks
