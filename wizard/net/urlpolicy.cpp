// SPDX-License-Identifier: MIT
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace agm::net {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkRegistryUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return QCoreApplication::translate("agm::net", "'%1' is not an absolute URL").arg(url.toDisplayString());
    if (url.host().isEmpty())
        return QCoreApplication::translate("agm::net", "'%1' has no host").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("agm::net", "%1: credentials in the URL are not supported").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate("agm::net", "%1: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https")
            .arg(url.toDisplayString());
    }
    return QCoreApplication::translate("agm::net", "%1: only https URLs are supported").arg(url.toDisplayString());
}

QString checkFollowUrl(const QUrl &from, const QUrl &to)
{
    const QString error = checkRegistryUrl(to);
    if (!error.isEmpty())
        return error;
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate("agm::net", "refused to go from https to plain http (%1)").arg(to.toDisplayString());
    return {};
}

} // namespace agm::net
