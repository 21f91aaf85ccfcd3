// SPDX-License-Identifier: MIT
#include "probe.h"

#include "logging.h"
#include "nettext.h"
#include "urlpolicy.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace agm::net {

ProbeStep::ProbeStep(Probe &probe)
    : m_p(probe)
{
}

Probe::Probe(ProbeOwner *owner, int index, const CheckTarget &target, QObject *parent)
    : QObject(parent), m_owner(owner), m_index(index), m_settings(owner->settings())
{
    m_result.target = target;
    m_host = target.host.toLower();
    m_deadline.setSingleShot(true);
    // A coarse timer may fire 5 % late; a deadline the operator set should hold to the ms.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_current && !m_done)
            m_current->onDeadline();
    });
}

Probe::~Probe()
{
    dropEverything();
}

void Probe::start()
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
    qCInfo(lcChecks).noquote() << "checking" << shown(m_host) << "port" << m_result.target.port << "proxy:" << shown(m_proxy.used() ? m_proxy.description : QStringLiteral("none"));
    beginLayer(&m_dns);
}

void Probe::cancel()
{
    if (m_done)
        return;
    dropEverything();
    m_result.cancelled = true;
    LayerCheck l;
    l.layer = layer();
    l.status = CheckStatus::Warn;
    l.detail = QCoreApplication::translate("agm::net::Checks", "cancelled");
    l.elapsedMs = m_layerClock.isValid() ? m_layerClock.elapsed() : 0;
    m_result.layers.push_back(l);
    finish();
}

void Probe::tlsReady()
{
    m_tls.tlsReady();
}

// A receiver of layerStarted may cancel the run: then nothing more starts.
void Probe::beginLayer(ProbeStep *step)
{
    if (m_done)
        return;
    m_current = step;
    m_layerClock.start();
    m_deadline.start(step->deadline());
    Q_EMIT m_owner->checker()->layerStarted(m_owner->id(), m_index, step->layer());
    if (!m_done)
        step->start();
}

void Probe::restartDeadline(std::chrono::milliseconds deadline)
{
    m_deadline.start(deadline);
}

void Probe::endLayer(CheckStatus status, QString detail, QString hint, const QStringList &facts)
{
    m_deadline.stop();
    if (m_result.layers.empty() && !m_proxy.problem.isEmpty()) {
        // The first layer says that a proxy variable was ignored: never silently around it.
        detail += QStringLiteral("; ") + m_proxy.problem + QStringLiteral("; ")
                  + (m_proxy.used() ? QCoreApplication::translate("agm::net::Checks", "checked through %1 instead").arg(m_proxy.description)
                                    : QCoreApplication::translate("agm::net::Checks", "checked without a proxy"));
        const QString proxyHint = QCoreApplication::translate("agm::net::Checks",
            "proxy: fix %1 or unset it. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs "
            "are not supported); check the gateway's own environment too.").arg(m_proxy.ignoredVariable);
        hint = hint.isEmpty() ? proxyHint : hint + QLatin1Char(' ') + proxyHint;
        status = worse(status, CheckStatus::Warn);
    }
    LayerCheck l;
    l.layer = layer();
    l.status = status;
    // Details quote what the endpoint, its certificate or DNS sent: shown safely (nettext.h).
    l.detail = shown(detail);
    l.hint = status == CheckStatus::Pass ? QString() : shown(hint);
    for (const QString &fact : facts)
        l.facts << shown(fact);
    l.elapsedMs = m_layerClock.elapsed();
    m_result.layers.push_back(l);
    qCInfo(lcChecks).noquote() << shown(m_host) << checkLayerName(l.layer) << checkStatusName(status) << l.elapsedMs << "ms:" << l.detail;
    Q_EMIT m_owner->checker()->layerFinished(m_owner->id(), m_index, l);
    if (m_done)
        return; // cancelled by a receiver
    if (status == CheckStatus::Fail || m_current == &m_http) {
        dropEverything();
        finish();
        return;
    }
    ProbeStep *next = m_current == &m_dns ? static_cast<ProbeStep *>(&m_tcp) : m_current == &m_tcp ? static_cast<ProbeStep *>(&m_tls) : &m_http;
    beginLayer(next);
}

QSslSocket *Probe::newSocket()
{
    dropSocket();
    m_socket = new QSslSocket(this);
    // Every event goes to the layer running when it comes.
    auto current = [this]() -> ProbeStep * { return m_done ? nullptr : m_current; };
    connect(m_socket, &QSslSocket::connected, this, [current] {
        if (ProbeStep *s = current())
            s->onConnected();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [current](QAbstractSocket::SocketError error) {
        if (ProbeStep *s = current())
            s->onSocketError(error);
    });
    connect(m_socket, &QAbstractSocket::proxyAuthenticationRequired, this, [current](const QNetworkProxy &, QAuthenticator *authenticator) {
        if (ProbeStep *s = current())
            s->onProxyAuthentication(authenticator);
    });
    connect(m_socket, QOverload<const QList<QSslError> &>::of(&QSslSocket::sslErrors), this, [current](const QList<QSslError> &errors) {
        if (ProbeStep *s = current())
            s->onSslErrors(errors);
    });
    connect(m_socket, &QSslSocket::encrypted, this, [current] {
        if (ProbeStep *s = current())
            s->onEncrypted();
    });
    connect(m_socket, &QIODevice::readyRead, this, [current] {
        if (ProbeStep *s = current())
            s->onReadyRead();
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [current] {
        if (ProbeStep *s = current())
            s->onDisconnected();
    });
    return m_socket;
}

void Probe::dropSocket()
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void Probe::dropEverything()
{
    m_deadline.stop();
    m_dns.drop();
    dropSocket();
}

void Probe::finish()
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
    // Facts from the network, as the layers show them.
    for (QString *text : {&m_result.httpReason, &m_result.proxy, &m_result.connectedAddress, &m_result.tls.subject,
                          &m_result.tls.issuer, &m_result.tls.cipher, &m_result.dns.resolver})
        *text = shown(*text);
    for (QStringList *list : {&m_result.tls.subjectAltNames, &m_result.tls.chain, &m_result.tls.errors, &m_result.dns.cnameChain})
        std::transform(list->begin(), list->end(), list->begin(), [](const QString &t) { return shown(t); });
    m_owner->probeFinished(m_index, m_result);
}

} // namespace agm::net
