// SPDX-License-Identifier: MIT
// What the connectivity check's layers share (probe.h): number and address wording, certificate
// names, and the hints that say what to do. Internal to ConnectivityChecker.
#pragma once

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

const QString &hintPrivateDns();
// "firewall on 443: <why>. Allow outbound TCP 443 ..."
QString hintFirewall(const QString &why = {});
const QString &hintCustomCa();
const QString &hintCustomDomain();
const QString &hintProxy();

} // namespace agm::net::checks
