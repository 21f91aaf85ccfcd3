// SPDX-License-Identifier: MIT
#include "podview.h"

#include "proxychoice.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace agm::net {

namespace {

QString trPod(const char *text)
{
    return QCoreApplication::translate("agm::net::PodView", text);
}

QString desktopVariable(const QProcessEnvironment &env, const QString &upper)
{
    for (const QString &name : {upper.toLower(), upper}) {
        const QString value = env.value(name).trimmed();
        if (!value.isEmpty())
            return QStringLiteral("%1 (%2)").arg(maskUrlCredentials(value), name);
    }
    return {};
}

QString targetName(const CheckTarget &t)
{
    return QStringLiteral("%1:%2").arg(t.host).arg(t.port);
}

} // namespace

PodView podView(const PodNetwork &pod, const std::vector<CheckTarget> &targets, const QProcessEnvironment &desktop,
                const std::vector<EndpointCheck> &results)
{
    PodView view;
    const QString notSet = trPod("not set");
    QProcessEnvironment podEnvironment;
    for (const char *name : {"HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"}) {
        const QString variable = QString::fromLatin1(name);
        QStringList podValues;
        for (const PodSetting &p : pod.proxies) {
            if (p.name == variable)
                podValues << shownPath(QStringLiteral("%1 (%2)").arg(p.value, p.source)); // one line each, even with a newline in a file name
        }
        const QString podValue = pod.proxyValue(variable);
        if (!podValue.isEmpty() && podValue != QLatin1String("(from valueFrom)"))
            podEnvironment.insert(variable, podValue);
        const QString here = desktopVariable(desktop, variable);
        if (podValues.isEmpty() && here.isEmpty() && variable != QLatin1String("HTTPS_PROXY"))
            continue;
        PodViewRow row;
        row.setting = variable;
        row.pod = podValues.isEmpty() ? notSet : podValues.join(QLatin1Char('\n'));
        row.desktop = here.isEmpty() ? notSet : here;
        row.differs = podValues.isEmpty() != here.isEmpty();
        view.rows.push_back(row);
    }

    for (std::size_t i = 0; i < targets.size(); ++i) {
        const CheckTarget &t = targets[i];
        const EndpointCheck *result = i < results.size() && !results[i].layers.empty() ? &results[i] : nullptr;
        const QUrl url(QStringLiteral("https://%1:%2/").arg(t.host).arg(t.port));

        // Which proxy: the pod's from its variables only (a pod has no desktop proxy settings).
        const ProxyChoice podProxy = chooseProxy(url, podEnvironment, /*askSystem=*/false);
        PodViewRow proxyRow;
        proxyRow.setting = trPod("proxy for %1").arg(targetName(t));
        proxyRow.pod = podProxy.used() ? maskUrlCredentials(podProxy.description) : trPod("none: connects directly");
        proxyRow.desktop = !result ? trPod("not checked yet")
                           : result->proxyUsed ? result->proxy
                                               : trPod("none: connected directly");
        proxyRow.differs = result && podProxy.used() != result->proxyUsed;
        view.rows.push_back(proxyRow);
        if (proxyRow.differs) {
            view.notes << (podProxy.used() ? trPod("%1: the pod goes through a proxy, this computer did not; run the in-cluster probe to "
                                                   "see the pod's path.")
                                           : trPod("%1: this computer used a proxy, the pod has none: if the cluster has no direct way "
                                                   "out on 443, set HTTPS_PROXY for the gateway (Helm: gateway.deployment.network.proxy.https)."))
                              .arg(targetName(t));
        }

        // Which address: hostAliases pin it in the pod; otherwise the cluster's DNS decides.
        const QString alias = shownPath(pod.aliasFor(t.host));
        PodViewRow dnsRow;
        dnsRow.setting = trPod("%1 resolves to").arg(t.host);
        dnsRow.pod = alias.isEmpty() ? trPod("the cluster's DNS (not visible from here; run the probe)")
                                     : trPod("%1 (hostAliases)").arg(alias);
        if (!result)
            dnsRow.desktop = trPod("not checked yet");
        else if (!result->dns.addresses.isEmpty())
            dnsRow.desktop = result->dns.addresses.join(QStringLiteral(", "));
        else if (const LayerCheck *dns = result->layer(CheckLayer::Dns))
            dnsRow.desktop = dns->detail;
        dnsRow.differs = result && !alias.isEmpty() && !result->dns.addresses.isEmpty() && !result->dns.addresses.contains(alias);
        view.rows.push_back(dnsRow);
        if (dnsRow.differs) {
            view.notes << trPod("%1: the pod's hostAliases pin it to %2, but this computer resolved %3; the checks here went "
                                "to a different address than the gateway will.")
                              .arg(t.host, alias, result->dns.addresses.join(QStringLiteral(", ")));
        }
    }

    // Aliases for other names: shown so nothing in the files is hidden.
    for (const PodSetting &alias : pod.hostAliases) {
        const PodSetting a{shownPath(alias.name), shownPath(alias.value), shownPath(alias.source), alias.where};
        const bool forTarget = std::any_of(targets.begin(), targets.end(),
                                           [&](const CheckTarget &t) { return t.host.compare(a.name, Qt::CaseInsensitive) == 0; });
        if (forTarget)
            continue;
        PodViewRow row;
        row.setting = trPod("hostAliases %1").arg(a.name);
        row.pod = QStringLiteral("%1 (%2)").arg(a.value, a.source);
        row.desktop = QStringLiteral("-");
        view.rows.push_back(row);
        if (a.name.contains(QLatin1String(".management.azure-api."))) {
            QString configuration = a.name;
            configuration.replace(QLatin1String(".management.azure-api."), QLatin1String(".configuration.azure-api."));
            view.notes << trPod("hostAliases pin the v1 management host %1; the v2 gateway talks to %2 instead, which needs its own entry.")
                              .arg(a.name, configuration);
        }
    }
    view.notes.removeDuplicates();
    return view;
}

QString podViewText(const PodView &view)
{
    int w0 = 8, w1 = 8;
    for (const PodViewRow &r : view.rows) {
        w0 = std::max(w0, int(r.setting.size()));
        for (const QString &line : r.pod.split(QLatin1Char('\n')))
            w1 = std::max(w1, int(line.size()));
    }
    w1 = std::min(w1, 70);
    QString text = trPod("SETTING").leftJustified(w0 + 2) + trPod("THE GATEWAY POD (FROM YOUR FILES)").leftJustified(w1 + 2)
                   + trPod("THIS COMPUTER") + QLatin1Char('\n');
    for (const PodViewRow &r : view.rows) {
        // Several values (one per file) go on lines of their own.
        const QStringList pod = r.pod.split(QLatin1Char('\n'));
        text += r.setting.leftJustified(w0 + 2) + pod.first().leftJustified(w1 + 2) + r.desktop
                + (r.differs ? QStringLiteral("  *") : QString()) + QLatin1Char('\n');
        for (int i = 1; i < pod.size(); ++i)
            text += QString(w0 + 2, QLatin1Char(' ')) + pod[i] + QLatin1Char('\n');
    }
    if (!view.notes.isEmpty()) {
        text += QLatin1Char('\n');
        for (const QString &n : view.notes)
            text += QStringLiteral("* ") + n + QLatin1Char('\n');
    }
    return text;
}

} // namespace agm::net
