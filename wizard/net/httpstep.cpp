// SPDX-License-Identifier: MIT
// The HTTP layer of a check (probe.h).
#include "probe.h"

#include "checksupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace agm::net {

using namespace checks;

std::chrono::milliseconds HttpStep::deadline() const
{
    return m_p.settings().httpTimeout;
}

void HttpStep::onDeadline()
{
    m_p.endLayer(CheckStatus::Fail,
                 QCoreApplication::translate("agm::net::Checks", "no HTTP answer: nothing received for %1 s").arg(seconds(m_p.settings().httpTimeout)), hintProxy());
}

void HttpStep::onSocketError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // handled by onDisconnected, after the data is read
    m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the connection broke before an HTTP answer: %1").arg(m_p.socket()->errorString()), hintProxy());
}

// HTTP: a GET over the verified connection; any status line means the endpoint answers.
void HttpStep::start()
{
    m_head.reset();
    m_p.socket()->setReadBufferSize(kMaxHeadBytes); // nor does the socket read far ahead
    QByteArray host = QHostAddress(m_p.host()).isNull() ? QUrl::toAce(m_p.host())
                      : m_p.host().contains(QLatin1Char(':')) ? '[' + m_p.host().toLatin1() + ']'
                                                          : m_p.host().toLatin1();
    if (m_p.port() != 443)
        host += ':' + QByteArray::number(m_p.port());
    const QByteArray request = "GET / HTTP/1.1\r\nHost: " + host
                               + "\r\nUser-Agent: apim-gateway-migrator/" AGM_VERSION "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    m_p.socket()->write(request);
    if (m_p.socket()->bytesAvailable() > 0)
        onReadyRead();
}

void HttpStep::onReadyRead()
{
    if (!m_p.isCurrent(this))
        return;
    const bool withinCap = m_head.append(m_p.socket()->readAll());
    m_p.restartDeadline(m_p.settings().httpTimeout); // inactivity, not a total
    const QByteArray &head = m_head.data();
    const int eol = int(head.indexOf("\r\n"));
    if (eol < 0) {
        if (!withinCap)
            m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the answer is not HTTP"), hintProxy());
        return;
    }
    static const QRegularExpression statusLine(QStringLiteral("^HTTP/\\d(?:\\.\\d)? (\\d{3})(?: (.*))?$"));
    const auto m = statusLine.match(QString::fromLatin1(head.left(eol)));
    if (!m.hasMatch()) {
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the answer is not HTTP: %1").arg(QString::fromLatin1(head.left(std::min(eol, 80)))), hintProxy());
        return;
    }
    m_p.result().httpStatus = m.captured(1).toInt();
    m_p.result().httpReason = m.captured(2).trimmed().left(100);
    const QString status = QStringLiteral("HTTP %1 %2").arg(m_p.result().httpStatus).arg(m_p.result().httpReason).trimmed();
    const QString via = m_p.proxy().used() ? QCoreApplication::translate("agm::net::Checks", " (through %1)").arg(m_p.proxy().description) : QString();
    if (m_p.result().httpStatus >= 502 && m_p.result().httpStatus <= 504) {
        m_p.endLayer(CheckStatus::Warn, QCoreApplication::translate("agm::net::Checks", "%1: something in between answers, but not the service%2").arg(status, via),
                 QCoreApplication::translate("agm::net::Checks", "a proxy or Application Gateway in front of the endpoint could not reach it; check its backend. %1").arg(hintProxy()));
    } else {
        m_p.endLayer(CheckStatus::Pass, QCoreApplication::translate("agm::net::Checks", "%1: the endpoint answers%2").arg(status, via));
    }
}

void HttpStep::onDisconnected()
{
    if (!m_p.isCurrent(this))
        return;
    if (m_p.socket()->bytesAvailable() > 0)
        onReadyRead();
    if (m_p.isCurrent(this))
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the connection closed without an HTTP answer"), hintProxy());
}

} // namespace agm::net
