// SPDX-License-Identifier: MIT
#include "connectivity.h"

#include "pluraltext.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace agm {

namespace {


QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString checkLayerName(CheckLayer layer)
{
    switch (layer) {
    case CheckLayer::Dns: return QStringLiteral("dns");
    case CheckLayer::Tcp: return QStringLiteral("tcp");
    case CheckLayer::Tls: return QStringLiteral("tls");
    case CheckLayer::Http: return QStringLiteral("http");
    }
    return {};
}

QString checkLayerTitle(CheckLayer layer)
{
    return checkLayerName(layer).toUpper();
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    }
    return {};
}

CheckStatus worse(CheckStatus a, CheckStatus b)
{
    return int(a) >= int(b) ? a : b;
}

const LayerCheck *EndpointCheck::layer(CheckLayer which) const
{
    for (const LayerCheck &l : layers) {
        if (l.layer == which)
            return &l;
    }
    return nullptr;
}

QString EndpointCheck::hint() const
{
    if (failedLayer) {
        if (const LayerCheck *l = layer(*failedLayer))
            return l->hint;
    }
    for (const LayerCheck &l : layers) {
        if (l.status != CheckStatus::Pass && !l.hint.isEmpty())
            return l.hint;
    }
    return {};
}

QString EndpointCheck::name() const
{
    const QString host = target.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + target.host + QLatin1Char(']') : target.host;
    return QStringLiteral("%1:%2").arg(host).arg(target.port);
}

bool CheckRun::anyFailed() const
{
    return std::any_of(results.begin(), results.end(),
                       [](const EndpointCheck &c) { return !c.cancelled && c.status == CheckStatus::Fail; });
}

int CheckRun::count(CheckStatus status) const
{
    return int(std::count_if(results.begin(), results.end(),
                             [status](const EndpointCheck &c) { return !c.cancelled && c.status == status; }));
}

QJsonObject endpointCheckJson(const EndpointCheck &check)
{
    QJsonObject o;
    o[QStringLiteral("host")] = check.target.host;
    o[QStringLiteral("port")] = check.target.port;
    o[QStringLiteral("status")] = checkStatusName(check.status);
    o[QStringLiteral("failedLayer")] = check.failedLayer ? QJsonValue(checkLayerName(*check.failedLayer)) : QJsonValue();
    QJsonArray layers;
    for (const LayerCheck &l : check.layers) {
        QJsonObject lo;
        lo[QStringLiteral("layer")] = checkLayerName(l.layer);
        lo[QStringLiteral("status")] = checkStatusName(l.status);
        lo[QStringLiteral("detail")] = l.detail;
        if (!l.facts.isEmpty())
            lo[QStringLiteral("facts")] = QJsonArray::fromStringList(l.facts);
        if (!l.hint.isEmpty())
            lo[QStringLiteral("hint")] = l.hint;
        lo[QStringLiteral("elapsedMs")] = double(l.elapsedMs);
        layers.append(lo);
    }
    o[QStringLiteral("layers")] = layers;
    if (!check.target.purpose.isEmpty())
        o[QStringLiteral("purpose")] = check.target.purpose;
    if (!check.target.sources.isEmpty())
        o[QStringLiteral("sources")] = QJsonArray::fromStringList(check.target.sources);
    const QString hint = check.hint();
    if (!hint.isEmpty())
        o[QStringLiteral("hint")] = hint;
    o[QStringLiteral("proxyUsed")] = check.proxyUsed;
    if (check.proxyUsed)
        o[QStringLiteral("proxy")] = check.proxy;
    if (check.layer(CheckLayer::Dns)) {
        QJsonObject dns;
        dns[QStringLiteral("resolver")] = check.dns.resolver;
        dns[QStringLiteral("addresses")] = QJsonArray::fromStringList(check.dns.addresses);
        dns[QStringLiteral("privateAddresses")] = QJsonArray::fromStringList(check.dns.privateAddresses);
        dns[QStringLiteral("cnameChain")] = QJsonArray::fromStringList(check.dns.cnameChain);
        o[QStringLiteral("dns")] = dns;
    }
    if (!check.connectedAddress.isEmpty()) {
        o[QStringLiteral("connectedAddress")] = check.connectedAddress;
        o[QStringLiteral("tcpLatencyMs")] = double(check.tcpLatencyMs);
    }
    if (!check.tls.subject.isEmpty() || !check.tls.protocol.isEmpty() || !check.tls.errors.isEmpty()) {
        const TlsFacts &t = check.tls;
        QJsonObject tls;
        tls[QStringLiteral("protocol")] = t.protocol;
        tls[QStringLiteral("cipher")] = t.cipher;
        tls[QStringLiteral("subject")] = t.subject;
        tls[QStringLiteral("issuer")] = t.issuer;
        tls[QStringLiteral("subjectAltNames")] = QJsonArray::fromStringList(t.subjectAltNames);
        tls[QStringLiteral("nameMatches")] = t.nameMatches;
        tls[QStringLiteral("notBefore")] = dateText(t.notBefore);
        tls[QStringLiteral("notAfter")] = dateText(t.notAfter);
        tls[QStringLiteral("daysLeft")] = double(t.daysLeft);
        tls[QStringLiteral("chain")] = QJsonArray::fromStringList(t.chain);
        tls[QStringLiteral("errors")] = QJsonArray::fromStringList(t.errors);
        tls[QStringLiteral("trustedThroughCaFile")] = t.trustedThroughCaFile;
        tls[QStringLiteral("inspectionSuspected")] = t.inspectionSuspected;
        o[QStringLiteral("tls")] = tls;
    }
    if (check.httpStatus > 0)
        o[QStringLiteral("httpStatus")] = check.httpStatus;
    if (check.cancelled)
        o[QStringLiteral("cancelled")] = true;
    o[QStringLiteral("elapsedMs")] = double(check.elapsedMs);
    return o;
}

QJsonObject checkRunJson(const CheckRun &run)
{
    QJsonArray results;
    for (const EndpointCheck &c : run.results)
        results.append(endpointCheckJson(c));
    QJsonObject summary;
    summary[QStringLiteral("pass")] = run.count(CheckStatus::Pass);
    summary[QStringLiteral("warn")] = run.count(CheckStatus::Warn);
    summary[QStringLiteral("fail")] = run.count(CheckStatus::Fail);
    QJsonObject o;
    o[QStringLiteral("results")] = results;
    o[QStringLiteral("summary")] = summary;
    if (run.startedAt.isValid())
        o[QStringLiteral("startedAt")] = dateText(run.startedAt);
    o[QStringLiteral("elapsedMs")] = double(run.elapsedMs);
    if (!run.resolver.isEmpty())
        o[QStringLiteral("resolver")] = run.resolver;
    if (!run.caFile.isEmpty())
        o[QStringLiteral("caFile")] = run.caFile;
    if (run.cancelled)
        o[QStringLiteral("cancelled")] = true;
    if (!run.notRun.isEmpty())
        o[QStringLiteral("notRun")] = run.notRun;
    if (run.acknowledged)
        o[QStringLiteral("acknowledged")] = true;
    return o;
}

QString checkRunSummary(const CheckRun &run)
{
    if (!run.notRun.isEmpty())
        return QCoreApplication::translate("agm::Checks", "could not run: %1").arg(run.notRun);
    QStringList parts;
    const int pass = run.count(CheckStatus::Pass), warn = run.count(CheckStatus::Warn), fail = run.count(CheckStatus::Fail);
    if (pass)
        parts << QCoreApplication::translate("agm::Checks", "%1 passed").arg(pass);
    if (warn)
        parts << withEnglishPlural(QCoreApplication::translate("agm::Checks", "%n warning(s)", nullptr, warn), warn);
    if (fail)
        parts << QCoreApplication::translate("agm::Checks", "%1 failed").arg(fail);
    const int cancelled = int(std::count_if(run.results.begin(), run.results.end(), [](const EndpointCheck &c) { return c.cancelled; }));
    if (cancelled)
        parts << QCoreApplication::translate("agm::Checks", "%1 cancelled").arg(cancelled);
    if (parts.isEmpty())
        return QCoreApplication::translate("agm::Checks", "no endpoints checked");
    return parts.join(QStringLiteral(", "));
}

QString endpointCheckDetails(const EndpointCheck &check)
{
    QString text = check.name();
    if (!check.target.purpose.isEmpty())
        text += QStringLiteral(" (%1)").arg(check.target.purpose);
    if (check.cancelled)
        text += QCoreApplication::translate("agm::Checks", ": cancelled");
    else if (check.failedLayer)
        text += QCoreApplication::translate("agm::Checks", ": FAIL at %1").arg(checkLayerTitle(*check.failedLayer));
    else if (check.status == CheckStatus::Warn)
        text += QCoreApplication::translate("agm::Checks", ": pass with warnings");
    else
        text += QCoreApplication::translate("agm::Checks", ": pass");
    text += QLatin1Char('\n');
    if (!check.target.sources.isEmpty())
        text += QCoreApplication::translate("agm::Checks", "  from %1\n").arg(shownPath(check.target.sources.join(QStringLiteral(", "))));
    for (const LayerCheck &l : check.layers) {
        text += QStringLiteral("  %1  %2  %3\n").arg(checkLayerTitle(l.layer).leftJustified(4), checkStatusName(l.status), l.detail);
        for (const QString &fact : l.facts)
            text += QStringLiteral("              %1\n").arg(fact);
        if (!l.hint.isEmpty())
            text += QCoreApplication::translate("agm::Checks", "        hint: %1\n").arg(l.hint);
    }
    if (check.proxyUsed)
        text += QCoreApplication::translate("agm::Checks", "  proxy: %1\n").arg(check.proxy);
    return text;
}

QString checkRunText(const CheckRun &run)
{
    int width = 8;
    for (const EndpointCheck &c : run.results)
        width = std::max(width, int(c.name().size()));
    auto cell = [](const EndpointCheck &c, CheckLayer layer) {
        const LayerCheck *l = c.layer(layer);
        return (l ? checkStatusName(l->status) : QStringLiteral("-")).leftJustified(6);
    };
    QString text = QCoreApplication::translate("agm::Checks", "ENDPOINT").leftJustified(width + 2) + QCoreApplication::translate("agm::Checks", "STATUS").leftJustified(8) + QStringLiteral("DNS   TCP   TLS   HTTP  ")
                   + QCoreApplication::translate("agm::Checks", "PROXY") + QLatin1Char('\n');
    for (const EndpointCheck &c : run.results) {
        const QString status = c.cancelled ? QCoreApplication::translate("agm::Checks", "cancelled") : checkStatusName(c.status);
        text += c.name().leftJustified(width + 2) + status.leftJustified(8) + cell(c, CheckLayer::Dns) + cell(c, CheckLayer::Tcp)
                + cell(c, CheckLayer::Tls) + cell(c, CheckLayer::Http) + (c.proxyUsed ? QCoreApplication::translate("agm::Checks", "yes") : QCoreApplication::translate("agm::Checks", "no")) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    for (const EndpointCheck &c : run.results)
        text += endpointCheckDetails(c) + QLatin1Char('\n');
    text += QCoreApplication::translate("agm::Checks", "Result: %1.").arg(checkRunSummary(run));
    if (!run.resolver.isEmpty())
        text += QCoreApplication::translate("agm::Checks", " Resolver: %1.").arg(run.resolver);
    if (!run.caFile.isEmpty())
        text += QCoreApplication::translate("agm::Checks", " Extra CA file: %1.").arg(run.caFile);
    text += QLatin1Char('\n');
    return text;
}

CheckTarget parseCheckTarget(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return CheckTarget{};
    };
    QString t = text.trimmed();
    if (t.isEmpty())
        return fail(QCoreApplication::translate("agm::Checks", "empty endpoint"));
    if (t.contains(QLatin1String("://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(QCoreApplication::translate("agm::Checks", "'%1' is not a valid URL").arg(t.left(200)));
        if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
            return fail(QCoreApplication::translate("agm::Checks", "'%1': only https endpoints are checked").arg(t.left(200)));
        if (!url.userInfo().isEmpty())
            return fail(QCoreApplication::translate("agm::Checks", "'%1': no credentials in the endpoint, please").arg(url.host()));
        CheckTarget target;
        target.host = url.host().toLower();
        target.port = url.port(443);
        return target;
    }
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    QString host = t;
    int port = 443;
    if (t.startsWith(QLatin1Char('['))) {
        const int close = int(t.indexOf(QLatin1Char(']')));
        if (close < 0)
            return fail(QCoreApplication::translate("agm::Checks", "'%1': missing ']'").arg(t.left(200)));
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(QCoreApplication::translate("agm::Checks", "'%1' is not HOST[:PORT]").arg(t.left(200)));
            bool ok = false;
            port = rest.mid(1).toInt(&ok);
            if (!ok)
                port = -1;
        }
    } else if (t.count(QLatin1Char(':')) == 1) {
        host = t.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        port = t.section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok)
            port = -1;
    }
    if (port < 1 || port > 65535)
        return fail(QCoreApplication::translate("agm::Checks", "'%1': the port must be a number from 1 to 65535").arg(t.left(200)));
    const QUrl check(QStringLiteral("https://placeholder"));
    QUrl url = check;
    url.setHost(host, QUrl::StrictMode);
    if (host.isEmpty() || !url.isValid() || url.host().isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')))
        return fail(QCoreApplication::translate("agm::Checks", "'%1' is not a host name or IP address").arg(host.left(200)));
    CheckTarget target;
    target.host = url.host().toLower();
    target.port = port;
    return target;
}

} // namespace agm
