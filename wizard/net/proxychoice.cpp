// SPDX-License-Identifier: MIT
#include "proxychoice.h"

#include "nettext.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace agm::net {

namespace {


// The first set variable of `names`, with its name.
std::pair<QString, QString> firstSet(const QProcessEnvironment &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return {QString::fromLatin1(name), value};
    }
    return {};
}

// "http://user:pass@proxy:3128", "proxy:3128", "socks5h://proxy"; NoProxy when unusable.
QNetworkProxy proxyFromVariable(const QString &value)
{
    const QUrl url(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    if (type == QNetworkProxy::NoProxy || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // curl's default proxy port. Both socks5 forms keep HostNameLookupCapability: the name goes to
    // the proxy (without it Qt resolved the name here and a private name never reached the proxy).
    return QNetworkProxy(type, url.host(), quint16(url.port(1080)), url.userName(), url.password());
}

QString describe(const QNetworkProxy &proxy)
{
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http");
    return QStringLiteral("%1://%2:%3").arg(scheme, proxy.hostName()).arg(proxy.port());
}

} // namespace

bool matchesNoProxy(const QString &host, int port, const QString &noProxy)
{
    const QString lowerHost = host.toLower();
    const QHostAddress address(host);
    const QStringList entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        // host:port (but not a bare IPv6 address, which has several colons)
        int entryPort = -1;
        const int colon = int(entry.lastIndexOf(QLatin1Char(':')));
        if (colon > 0 && entry.count(QLatin1Char(':')) == 1) {
            bool ok = false;
            entryPort = entry.mid(colon + 1).toInt(&ok);
            if (!ok)
                continue;
            entry.truncate(colon);
        }
        if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
            entry = entry.mid(1, entry.size() - 2);
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (!address.isNull()) {
            if (entry.contains(QLatin1Char('/'))) {
                const auto subnet = QHostAddress::parseSubnet(entry);
                if (!subnet.first.isNull() && address.isInSubnet(subnet))
                    return true;
            } else if (QHostAddress(entry) == address) {
                return true;
            }
            continue;
        }
        if (entry.startsWith(QLatin1String("*.")))
            entry = entry.mid(1);
        if (entry.startsWith(QLatin1Char('.')))
            entry = entry.mid(1);
        if (lowerHost == entry || lowerHost.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

ProxyChoice chooseProxy(const QUrl &url, const QProcessEnvironment &environment, bool askSystem)
{
    ProxyChoice choice;
    if (isLoopbackHost(url.host()))
        return choice;
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const int port = url.port(https ? 443 : 80);
    const auto noProxy = firstSet(environment, {"no_proxy", "NO_PROXY"});
    if (!noProxy.second.isEmpty() && matchesNoProxy(url.host(), port, noProxy.second)) {
        choice.description = QCoreApplication::translate("agm::net", "none (%1 matches %2)").arg(noProxy.first, url.host());
        return choice;
    }
    auto variable = https ? firstSet(environment, {"https_proxy", "HTTPS_PROXY"})
                          : firstSet(environment, {"http_proxy"}); // not HTTP_PROXY: CGI "httpoxy"
    if (variable.second.isEmpty())
        variable = firstSet(environment, {"all_proxy", "ALL_PROXY"});
    if (!variable.second.isEmpty()) {
        const QNetworkProxy proxy = proxyFromVariable(variable.second);
        if (proxy.type() != QNetworkProxy::NoProxy) {
            choice.proxy = proxy;
            choice.description = QCoreApplication::translate("agm::net", "%1 %2").arg(variable.first, describe(proxy));
            return choice;
        }
        choice.ignoredVariable = variable.first;
        choice.problem = QCoreApplication::translate("agm::net", "%1 (%2) ignored: not an http://, socks5:// or socks5h:// proxy URL")
                             .arg(variable.first, shown(variable.second.left(200)));
        choice.description = choice.problem;
    }
    if (!askSystem)
        return choice;
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : system) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy) {
            choice.proxy = proxy;
            choice.description = QCoreApplication::translate("agm::net", "system proxy %1").arg(describe(proxy));
            return choice;
        }
    }
    return choice;
}

RegistryProxyFactory::RegistryProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

QList<QNetworkProxy> RegistryProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    return {chooseProxy(query.url(), m_environment).proxy};
}

} // namespace agm::net
