// SPDX-License-Identifier: MIT
// The DNS layer of a check (probe.h).
#include "probe.h"

#include "checksupport.h"
#include "urlpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace agm::net {

using namespace checks;

std::chrono::milliseconds DnsStep::deadline() const
{
    return m_p.settings().dnsTimeout;
}

void DnsStep::onDeadline()
{
    if (!m_hostInfoPending && !m_systemAddresses.isEmpty()) {
        // The addresses are in; only the CNAME chain is late, and it is not needed.
        drop();
        answered(m_systemAddresses, {});
        return;
    }
    drop();
    m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "no answer from %1 within %2 s").arg(m_p.result().dns.resolver, seconds(m_p.settings().dnsTimeout)),
                 QCoreApplication::translate("agm::net::Checks", "DNS: the resolver does not answer. Check the DNS server (%1) and that this computer can "
                         "reach it; a private DNS zone's resolver is often reachable only from inside the network.").arg(dnsServerSetting(m_p.settings().audience)));
}

// DNS: the host table, an IP literal, the proxy (which resolves names itself), a chosen DNS
// server (QDnsLookup A and AAAA), or the system resolver (QHostInfo, plus the CNAME chain).
void DnsStep::start()
{
    const QString fromTable = m_p.settings().hostTable.value(m_p.host());
    const QHostAddress literal(m_p.host());
    if (!fromTable.isEmpty() || !literal.isNull()) {
        m_p.result().dns.resolver = fromTable.isEmpty() ? QCoreApplication::translate("agm::net::Checks", "none (an IP address)") : QCoreApplication::translate("agm::net::Checks", "host table");
        const QHostAddress address = fromTable.isEmpty() ? literal : QHostAddress(fromTable);
        if (address.isNull()) {
            m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the host table maps %1 to '%2', which is no IP address").arg(m_p.host(), fromTable));
            return;
        }
        answered({address}, fromTable.isEmpty() ? QCoreApplication::translate("agm::net::Checks", "an IP address: nothing to resolve")
                                                   : QCoreApplication::translate("agm::net::Checks", "from the host table (like hostAliases): %1").arg(address.toString()));
        return;
    }
    if (m_p.proxy().used() && m_p.settings().dnsServer.isEmpty()) {
        m_p.result().dns.resolver = QCoreApplication::translate("agm::net::Checks", "the proxy");
        m_p.endLayer(CheckStatus::Pass, QCoreApplication::translate("agm::net::Checks", "not resolved here: the proxy resolves %1").arg(m_p.host()));
        return;
    }
    if (!m_p.settings().dnsServer.isEmpty()) {
        const QHostAddress server(m_p.settings().dnsServer);
        m_p.result().dns.resolver = QCoreApplication::translate("agm::net::Checks", "DNS server %1").arg(m_p.settings().dnsServer);
        if (server.isNull()) {
            m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "DNS server %1: not an IP address").arg(m_p.settings().dnsServer));
            return;
        }
        m_lookupA = startLookup(QDnsLookup::A, server);
        m_lookupAAAA = startLookup(QDnsLookup::AAAA, server);
        return;
    }
    m_p.result().dns.resolver = QCoreApplication::translate("agm::net::Checks", "system resolver");
    m_hostInfoContext = new QObject(this);
    m_hostInfoPending = true;
    QHostInfo::lookupHost(m_p.host(), m_hostInfoContext, [this](const QHostInfo &info) { onHostInfo(info); });
    // The CNAME chain: only DNS knows it (QHostInfo does not say). Not for names /etc/hosts
    // answers anyway, and not needed for the verdict.
    if (!isLoopbackHost(m_p.host()) && m_p.host().contains(QLatin1Char('.')))
        m_lookupChain = startLookup(QDnsLookup::A, QHostAddress());
}

QDnsLookup *DnsStep::startLookup(QDnsLookup::Type type, const QHostAddress &server)
{
    auto *lookup = server.isNull() ? new QDnsLookup(type, m_p.host(), this) : new QDnsLookup(type, m_p.host(), server, this);
    connect(lookup, &QDnsLookup::finished, this, [this] { onLookupFinished(); });
    lookup->lookup();
    return lookup;
}

void DnsStep::onHostInfo(const QHostInfo &info)
{
    m_hostInfoPending = false;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        drop();
        const bool notFound = info.error() == QHostInfo::HostNotFound;
        m_p.endLayer(CheckStatus::Fail,
                 notFound ? QCoreApplication::translate("agm::net::Checks", "%1 does not resolve (system resolver: %2)").arg(m_p.host(), info.errorString())
                          : QCoreApplication::translate("agm::net::Checks", "lookup failed (system resolver: %1)").arg(info.errorString()),
                 hintPrivateDns(m_p.settings().audience));
        return;
    }
    m_systemAddresses = info.addresses();
    maybeFinishSystemDns();
}

void DnsStep::maybeFinishSystemDns()
{
    if (m_hostInfoPending || (m_lookupChain && !m_lookupChain->isFinished()))
        return;
    if (m_lookupChain)
        collectChain(m_lookupChain);
    drop();
    answered(m_systemAddresses, {});
}

void DnsStep::collectChain(QDnsLookup *lookup)
{
    const auto records = lookup->canonicalNameRecords();
    // In answer order: host -> a -> b; follow from the asked name.
    QString name = m_p.host();
    for (int guard = 0; guard < 16; ++guard) {
        auto it = std::find_if(records.begin(), records.end(),
                               [&](const QDnsDomainNameRecord &r) { return r.name().compare(name, Qt::CaseInsensitive) == 0; });
        if (it == records.end())
            break;
        const QString target = it->value();
        m_p.result().dns.cnameChain << QStringLiteral("%1 -> %2").arg(name, target);
        name = target;
    }
}

void DnsStep::onLookupFinished()
{
    if (!m_p.settings().dnsServer.isEmpty()) {
        if (!m_lookupA->isFinished() || !m_lookupAAAA->isFinished())
            return;
        QList<QHostAddress> addresses;
        for (QDnsLookup *l : {m_lookupA, m_lookupAAAA}) {
            for (const QDnsHostAddressRecord &r : l->hostAddressRecords()) {
                if (!addresses.contains(r.value()))
                    addresses << r.value();
            }
        }
        collectChain(m_lookupA);
        if (m_p.result().dns.cnameChain.isEmpty())
            collectChain(m_lookupAAAA);
        const QDnsLookup::Error a = m_lookupA->error(), aaaa = m_lookupAAAA->error();
        const QString aError = m_lookupA->errorString(), aaaaError = m_lookupAAAA->errorString();
        drop();
        if (!addresses.isEmpty()) {
            answered(addresses, {});
            return;
        }
        if (a == QDnsLookup::NotFoundError || aaaa == QDnsLookup::NotFoundError) {
            m_p.endLayer(CheckStatus::Fail,
                     QCoreApplication::translate("agm::net::Checks", "%1 does not exist (NXDOMAIN from %2)").arg(m_p.host(), m_p.result().dns.resolver), hintPrivateDns(m_p.settings().audience));
            return;
        }
        // Qt 5.15 and 6.4 report an answer without records and a server that cannot be reached
        // alike, as an invalid reply; other failures of the server have their own words.
        const QString why = a == QDnsLookup::InvalidReplyError && aaaa == QDnsLookup::InvalidReplyError
                                ? QCoreApplication::translate("agm::net::Checks", "no A or AAAA record, or no usable answer at all")
                                : (a != QDnsLookup::InvalidReplyError ? aError : aaaaError);
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "%1: %2 (%3)").arg(m_p.host(), why, m_p.result().dns.resolver), hintPrivateDns(m_p.settings().audience));
        return;
    }
    maybeFinishSystemDns();
}

void DnsStep::answered(const QList<QHostAddress> &addresses, const QString &how)
{
    m_p.addresses = addresses;
    QStringList all, privates;
    for (const QHostAddress &a : addresses) {
        all << a.toString();
        if (isPrivateAddress(a))
            privates << a.toString();
    }
    m_p.result().dns.addresses = all;
    m_p.result().dns.privateAddresses = privates;
    QString detail = how;
    if (detail.isEmpty()) {
        detail = all.size() == 1 ? QCoreApplication::translate("agm::net::Checks", "%1 (%2)").arg(all.first(), m_p.result().dns.resolver)
                                 : QCoreApplication::translate("agm::net::Checks", "%1 addresses: %2 (%3)").arg(all.size()).arg(all.join(QStringLiteral(", ")), m_p.result().dns.resolver);
    }
    QStringList facts;
    if (!m_p.result().dns.cnameChain.isEmpty())
        facts << QCoreApplication::translate("agm::net::Checks", "CNAME chain: %1").arg(m_p.result().dns.cnameChain.join(QStringLiteral(", ")));
    if (!privates.isEmpty()) {
        facts << QCoreApplication::translate("agm::net::Checks", "private addresses: %1").arg(privates.join(QStringLiteral(", ")));
        m_p.endLayer(CheckStatus::Warn,
                 detail + QCoreApplication::translate("agm::net::Checks", "; resolves to a private address (%1)").arg(privates.join(QStringLiteral(", "))),
                 QCoreApplication::translate("agm::net::Checks", "private endpoint: the address is reachable only from networks connected to the API Management "
                         "virtual network (peering, VPN, ExpressRoute). Make sure the gateway's network routes there; "
                         "from elsewhere the public name needs a public record or a custom domain."),
                 facts);
    } else {
        m_p.endLayer(CheckStatus::Pass, detail, {}, facts);
    }
}

void DnsStep::drop()
{
    for (QDnsLookup **l : {&m_lookupA, &m_lookupAAAA, &m_lookupChain}) {
        if (*l) {
            disconnect(*l, nullptr, this, nullptr);
            (*l)->abort();
            (*l)->deleteLater();
            *l = nullptr;
        }
    }
    delete m_hostInfoContext; // a pending QHostInfo answer goes nowhere
    m_hostInfoContext = nullptr;
    m_hostInfoPending = false;
}

} // namespace agm::net
