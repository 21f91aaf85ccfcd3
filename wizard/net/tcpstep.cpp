// SPDX-License-Identifier: MIT
// The TCP layer of a check (probe.h): each address in turn (at most maxAddresses), or one tunnel
// through the proxy.
#include "probe.h"

#include "checksupport.h"

#include <QAuthenticator>
#include <QCoreApplication>

#include <algorithm>

namespace agm::net {

using namespace checks;

std::chrono::milliseconds TcpStep::deadline() const
{
    return m_p.settings().tcpTimeout;
}

void TcpStep::start()
{
    m_nextAddress = 0;
    if (m_p.proxy().used()) {
        connectSocket(QHostAddress());
        return;
    }
    if (m_p.addresses.isEmpty()) {
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "no address to connect to"), hintPrivateDns(m_p.settings().audience));
        return;
    }
    tryNextAddress();
}

void TcpStep::onDeadline()
{
    attemptFailed(QCoreApplication::translate("agm::net::Checks", "no answer within %1 s").arg(seconds(m_p.settings().tcpTimeout)));
}

void TcpStep::tryNextAddress()
{
    if (m_nextAddress >= std::min(int(m_p.addresses.size()), std::max(1, m_p.settings().maxAddresses))) {
        const bool refusedOnly = std::all_of(m_attempts.begin(), m_attempts.end(),
                                             [](const QString &a) { return a.contains(QCoreApplication::translate("agm::net::Checks", "connection refused")); });
        m_p.endLayer(CheckStatus::Fail, m_attempts.join(QStringLiteral("; ")),
                     refusedOnly ? hintFirewall(QCoreApplication::translate("agm::net::Checks", "nothing listens on port %1 there, or a firewall rejects the connection")
                                                    .arg(m_p.port()))
                                 : hintFirewall(QCoreApplication::translate("agm::net::Checks", "no answer: a firewall may drop the connection")));
        return;
    }
    const QHostAddress address = m_p.addresses.at(m_nextAddress++);
    m_p.restartDeadline(m_p.settings().tcpTimeout); // per address
    connectSocket(address);
}

void TcpStep::connectSocket(const QHostAddress &address)
{
    QSslSocket *socket = m_p.newSocket();
    m_currentAddress = address;
    socket->setProxy(m_p.proxy().used() ? m_p.proxy().proxy : QNetworkProxy(QNetworkProxy::NoProxy));
    m_attemptClock.start();
    // Through a proxy the name goes to it (proxychoice.h), never resolved here.
    if (m_p.proxy().used())
        socket->connectToHost(m_p.host(), quint16(m_p.port()));
    else
        socket->connectToHost(address, quint16(m_p.port()));
}

void TcpStep::onProxyAuthentication(QAuthenticator *authenticator)
{
    // Offer the proxy's own credentials once; asked again means they were refused.
    if (m_proxyCredentialsOffered || m_p.proxy().proxy.user().isEmpty())
        return;
    m_proxyCredentialsOffered = true;
    authenticator->setUser(m_p.proxy().proxy.user());
    authenticator->setPassword(m_p.proxy().proxy.password());
}

void TcpStep::onConnected()
{
    EndpointCheck &result = m_p.result();
    result.tcpLatencyMs = m_attemptClock.elapsed();
    if (m_p.proxy().used()) {
        result.connectedAddress = QCoreApplication::translate("agm::net::Checks", "%1:%2 through the proxy").arg(m_p.host()).arg(m_p.port());
        m_p.endLayer(CheckStatus::Pass,
                     QCoreApplication::translate("agm::net::Checks", "tunnel to %1:%2 through %3 in %4 ms").arg(m_p.host()).arg(m_p.port()).arg(m_p.proxy().description).arg(result.tcpLatencyMs),
                     {}, m_attempts);
    } else {
        result.connectedAddress = addressText(m_currentAddress, m_p.port());
        m_p.endLayer(CheckStatus::Pass, QCoreApplication::translate("agm::net::Checks", "connected to %1 in %2 ms").arg(result.connectedAddress).arg(result.tcpLatencyMs), {},
                     m_attempts);
    }
}

QString TcpStep::socketErrorText(QAbstractSocket::SocketError error) const
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: return QCoreApplication::translate("agm::net::Checks", "connection refused");
    case QAbstractSocket::SocketTimeoutError: return QCoreApplication::translate("agm::net::Checks", "timed out");
    case QAbstractSocket::NetworkError: return QCoreApplication::translate("agm::net::Checks", "network unreachable (%1)").arg(m_p.socket()->errorString());
    default: return m_p.socket()->errorString();
    }
}

void TcpStep::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_p.proxy().used()) {
        proxyFailed(error);
        return;
    }
    attemptFailed(socketErrorText(error));
}

void TcpStep::attemptFailed(const QString &why)
{
    m_attempts << QStringLiteral("%1: %2").arg(addressText(m_currentAddress, m_p.port()), why);
    if (m_p.proxy().used()) {
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "no tunnel through %1 within %2 s").arg(m_p.proxy().description, seconds(m_p.settings().tcpTimeout)), hintProxy());
        return;
    }
    m_p.dropSocket();
    tryNextAddress();
}

void TcpStep::proxyFailed(QAbstractSocket::SocketError error)
{
    QString detail;
    switch (error) {
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
        detail = QCoreApplication::translate("agm::net::Checks", "the proxy (%1) cannot be reached: %2").arg(m_p.proxy().description, m_p.socket()->errorString());
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        detail = m_proxyCredentialsOffered || !m_p.proxy().proxy.user().isEmpty()
                     ? QCoreApplication::translate("agm::net::Checks", "the proxy (%1) refused the credentials (HTTP 407)").arg(m_p.proxy().description)
                     : QCoreApplication::translate("agm::net::Checks", "the proxy (%1) asks for credentials (HTTP 407); put them in the proxy URL").arg(m_p.proxy().description);
        break;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        detail = QCoreApplication::translate("agm::net::Checks", "the proxy (%1) does not answer").arg(m_p.proxy().description);
        break;
    default:
        detail = QCoreApplication::translate("agm::net::Checks", "the proxy (%1) did not open a tunnel to %2:%3: %4")
                     .arg(m_p.proxy().description, m_p.host())
                     .arg(m_p.port())
                     .arg(m_p.socket()->errorString());
        break;
    }
    m_p.endLayer(CheckStatus::Fail, detail, hintProxy());
}

} // namespace agm::net
