// SPDX-License-Identifier: MIT
// Which proxy a registry request goes through. Qt's generic system proxy reads only the lower-case
// variables and has no NO_PROXY CIDR support, and libproxy builds may ignore the environment, so
// the proxy variables are read here first, then the system configuration (what
// QNetworkProxyFactory::setUseSystemConfiguration(true) installs application-wide) is asked, scoped
// to our own QNetworkAccessManager instead of changing global state.
#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace agm::net {

struct ProxyChoice
{
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    // For people: "HTTPS_PROXY http://proxy.example:3128", "system proxy ...", never a password.
    QString description;
    // A proxy variable that names no proxy we can use, never dropped silently: "HTTPS_PROXY
    // (https://p:3128) ignored: not an http://, socks5:// or socks5h:// proxy URL" (masked), and
    // the variable's name; the connection then goes as `proxy` says (the system's, or direct).
    QString problem;
    QString ignoredVariable;
    bool used() const { return proxy.type() != QNetworkProxy::NoProxy; }
};

// curl's NO_PROXY rules: comma-separated; "*" matches every host; "example.com" and ".example.com"
// match the domain and its subdomains; an IP literal, or an address range such as 10.0.0.0/8,
// matches addresses; "host:port" matches that port only.
bool matchesNoProxy(const QString &host, int port, const QString &noProxy);

// Loopback hosts never use a proxy. Otherwise https_proxy/HTTPS_PROXY (http_proxy/HTTP_PROXY for
// http), then all_proxy/ALL_PROXY, unless no_proxy/NO_PROXY matches; otherwise the system's proxy.
// socks5:// and socks5h:// both hand the host name to the proxy (as the gateway's .NET does for
// socks5), so a name only the proxy's network knows is checked through it, never resolved here.
// `askSystem` false skips the system configuration (tests).
ProxyChoice chooseProxy(const QUrl &url, const QProcessEnvironment &environment, bool askSystem = true);

// Hands Qt the same choice for every request of one QNetworkAccessManager.
class RegistryProxyFactory : public QNetworkProxyFactory
{
public:
    explicit RegistryProxyFactory(QProcessEnvironment environment);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

private:
    QProcessEnvironment m_environment;
};

} // namespace agm::net
