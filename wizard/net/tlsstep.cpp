// SPDX-License-Identifier: MIT
// The TLS layer of a check (probe.h): SNI and verification against the host name on the
// connected socket, and the certificate's details.
#include "probe.h"

#include "checksupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSslCipher>
#include <QSslConfiguration>

#include <algorithm>
#include <utility>

namespace agm::net {

using namespace checks;

std::chrono::milliseconds TlsStep::deadline() const
{
    return m_p.settings().tlsTimeout;
}

void TlsStep::start()
{
    m_sslErrors.clear();
    m_chain.clear();
    if (!QSslSocket::supportsSsl()) {
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "this build has no TLS support (%1)").arg(QSslSocket::sslLibraryVersionString()));
        return;
    }
    if (!m_p.owner()->caError().isEmpty()) {
        m_p.endLayer(CheckStatus::Fail, m_p.owner()->caError(), hintCustomCa(m_p.settings().audience));
        return;
    }
    if (m_p.owner()->tlsConfiguration())
        tlsReady();
    // else the run calls tlsReady() once the system's CA certificates are read
}

void TlsStep::tlsReady()
{
    if (!m_p.isCurrent(this) || !m_p.socket() || m_p.socket()->mode() != QSslSocket::UnencryptedMode)
        return;
    m_p.socket()->setSslConfiguration(*m_p.owner()->tlsConfiguration());
    m_p.socket()->setPeerVerifyName(m_p.host());
    m_p.socket()->startClientEncryption();
}

void TlsStep::onDeadline()
{
    m_p.endLayer(CheckStatus::Fail,
                 QCoreApplication::translate("agm::net::Checks", "the TLS handshake did not complete within %1 s").arg(seconds(m_p.settings().tlsTimeout)),
                 QCoreApplication::translate("agm::net::Checks", "the port accepts connections but TLS never completes: a firewall or proxy may be holding the "
                         "connection, or this port does not speak TLS. %1").arg(hintProxy()));
}

void TlsStep::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors; // reported, never ignored
    m_chain = m_p.socket()->peerCertificateChain();
}

void TlsStep::onSocketError(QAbstractSocket::SocketError error)
{
    failed(error);
}

void TlsStep::fillFacts(const QList<QSslCertificate> &chain)
{
    TlsFacts &t = m_p.result().tls;
    if (chain.isEmpty())
        return;
    const QSslCertificate &leaf = chain.first();
    t.subject = certificateName(leaf);
    t.issuer = issuerName(leaf);
    t.subjectAltNames = altNames(leaf);
    t.nameMatches = certificateNamesHost(leaf, m_p.host());
    t.notBefore = leaf.effectiveDate().toUTC();
    t.notAfter = leaf.expiryDate().toUTC();
    t.daysLeft = QDateTime::currentDateTimeUtc().daysTo(t.notAfter);
    t.chain.clear();
    for (const QSslCertificate &c : chain)
        t.chain << certificateName(c);
    const QSslCertificate &top = chain.last();
    t.trustedThroughCaFile = std::any_of(m_p.owner()->extraCas().begin(), m_p.owner()->extraCas().end(), [&](const QSslCertificate &ca) {
        return ca == top || ca.subjectDisplayName() == top.issuerDisplayName();
    });
}

QStringList TlsStep::factLines() const
{
    const TlsFacts &t = m_p.result().tls;
    QStringList facts;
    if (!t.protocol.isEmpty())
        facts << QCoreApplication::translate("agm::net::Checks", "%1, %2").arg(t.protocol, t.cipher);
    if (!t.subject.isEmpty()) {
        facts << QCoreApplication::translate("agm::net::Checks", "subject: %1").arg(t.subject);
        facts << QCoreApplication::translate("agm::net::Checks", "names: %1 (%2)").arg(t.subjectAltNames.join(QStringLiteral(", ")),
                                                t.nameMatches ? QCoreApplication::translate("agm::net::Checks", "%1 matches").arg(m_p.host()) : QCoreApplication::translate("agm::net::Checks", "%1 does not match").arg(m_p.host()));
        facts << QCoreApplication::translate("agm::net::Checks", "issuer: %1").arg(t.issuer);
        facts << QCoreApplication::translate("agm::net::Checks", "valid until %1 (%2 days left)").arg(t.notAfter.toString(Qt::ISODate)).arg(t.daysLeft);
        if (t.chain.size() > 1)
            facts << QCoreApplication::translate("agm::net::Checks", "chain: %1").arg(t.chain.join(QStringLiteral(" <- ")));
        if (t.trustedThroughCaFile)
            facts << QCoreApplication::translate("agm::net::Checks", "trusted through the CA file %1").arg(QDir::toNativeSeparators(m_p.settings().caFile));
    }
    return facts;
}

void TlsStep::onEncrypted()
{
    TlsFacts &t = m_p.result().tls;
    t.protocol = protocolName(m_p.socket()->sessionProtocol());
    t.cipher = m_p.socket()->sessionCipher().name();
    fillFacts(m_p.socket()->peerCertificateChain());
    QString detail = QCoreApplication::translate("agm::net::Checks", "%1, certificate for %2 from %3, valid for %4 more days")
                         .arg(t.protocol, t.subject, t.issuer)
                         .arg(t.daysLeft);
    CheckStatus status = CheckStatus::Pass;
    QString hint;
    if (isAzureApiHost(m_p.host()) && !t.issuer.contains(QLatin1String("Microsoft")) && !t.issuer.contains(QLatin1String("DigiCert"))) {
        // Trusted here, but not issued by the CA Azure uses: something in between re-signs.
        t.inspectionSuspected = true;
        status = CheckStatus::Warn;
        detail = QCoreApplication::translate("agm::net::Checks", "issued by %1, not by Microsoft's CA: likely TLS-inspecting proxy. This computer trusts it; "
                         "the gateway pod may not").arg(t.issuer);
        hint = hintCustomCa(m_p.settings().audience);
    } else if (t.daysLeft < 14) {
        status = CheckStatus::Warn;
        detail += QCoreApplication::translate("agm::net::Checks", "; expires soon (%1)").arg(t.notAfter.toString(Qt::ISODate));
        hint = hintCustomDomain();
    }
    m_p.endLayer(status, detail, hint, factLines());
}

void TlsStep::failed(QAbstractSocket::SocketError error)
{
    if (!m_sslErrors.isEmpty()) {
        fillFacts(m_chain);
        TlsFacts &t = m_p.result().tls;
        QStringList sentences;
        QString hint;
        for (const QSslError &e : std::as_const(m_sslErrors))
            t.errors << e.errorString();
        t.errors.removeDuplicates();
        auto has = [&](QSslError::SslError which) {
            return std::any_of(m_sslErrors.begin(), m_sslErrors.end(), [&](const QSslError &e) { return e.error() == which; });
        };
        if (has(QSslError::CertificateExpired)) {
            sentences << QCoreApplication::translate("agm::net::Checks", "the certificate expired on %1 (%2 days ago)").arg(t.notAfter.toString(Qt::ISODate)).arg(-t.daysLeft);
            hint = QCoreApplication::translate("agm::net::Checks", "expired certificate: renew it if this is your custom domain's certificate; a TLS-inspecting "
                           "proxy with an expired certificate looks the same. %1").arg(hintCustomDomain());
        }
        if (has(QSslError::CertificateNotYetValid)) {
            sentences << QCoreApplication::translate("agm::net::Checks", "the certificate is not valid before %1 (check this computer's clock)").arg(t.notBefore.toString(Qt::ISODate));
            if (hint.isEmpty())
                hint = hintCustomDomain();
        }
        if (has(QSslError::HostNameMismatch)) {
            sentences << QCoreApplication::translate("agm::net::Checks", "SAN mismatch: the certificate names %1, not %2")
                             .arg(t.subjectAltNames.isEmpty() ? t.subject : t.subjectAltNames.join(QStringLiteral(", ")), m_p.host());
            if (hint.isEmpty())
                hint = hintCustomDomain();
        }
        const bool untrusted = std::any_of(m_sslErrors.begin(), m_sslErrors.end(), [](const QSslError &e) { return isUntrustedChainError(e.error()); });
        if (untrusted) {
            t.inspectionSuspected = true;
            sentences << QCoreApplication::translate("agm::net::Checks", "the chain ends in an unknown or private root (%1): likely TLS-inspecting proxy").arg(rootName());
            if (hint.isEmpty())
                hint = hintCustomCa(m_p.settings().audience);
        }
        if (sentences.isEmpty()) {
            sentences << t.errors.join(QStringLiteral("; "));
            hint = hintCustomCa(m_p.settings().audience);
        }
        QStringList facts = factLines();
        for (const QString &e : std::as_const(t.errors))
            facts << QCoreApplication::translate("agm::net::Checks", "verification: %1").arg(e);
        m_p.endLayer(CheckStatus::Fail, sentences.join(QStringLiteral("; ")), hint, facts);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the server closed the connection during the TLS handshake"),
                 QCoreApplication::translate("agm::net::Checks", "something between this computer and the host (a proxy or firewall) may block TLS to it, or the "
                         "port does not speak TLS. %1").arg(hintProxy()));
        return;
    }
    m_p.endLayer(CheckStatus::Fail, QCoreApplication::translate("agm::net::Checks", "the TLS handshake failed: %1").arg(m_p.socket()->errorString()), hintProxy());
}

// The root the chain ends in: the last certificate when it signed itself, else its issuer.
QString TlsStep::rootName() const
{
    if (m_chain.isEmpty())
        return m_p.result().tls.issuer;
    const QSslCertificate &top = m_chain.last();
    return top.issuerDisplayName() == top.subjectDisplayName() ? certificateName(top) : issuerName(top);
}

} // namespace agm::net
