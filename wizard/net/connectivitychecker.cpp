// SPDX-License-Identifier: MIT
#include "connectivitychecker.h"

#include "probe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <future>
#include <utility>

namespace agm::net {

namespace {

constexpr qint64 kMaxCaFileBytes = 16 * 1024 * 1024;

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("agm::net::Checks", "CA file %1: cannot read it (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(kMaxCaFileBytes), QSsl::Pem);
    if (certificates.isEmpty())
        *error = QCoreApplication::translate("agm::net::Checks", "CA file %1: no PEM certificate in it").arg(QDir::toNativeSeparators(path));
    return certificates;
}

bool wildcardMatch(const QString &pattern, const QString &host)
{
    const QString p = pattern.toLower();
    if (p == host)
        return true;
    // "*.example.com" covers exactly one label: a.example.com, not example.com or a.b.example.com.
    if (!p.startsWith(QLatin1String("*.")) || p.count(QLatin1Char('.')) < 2)
        return false;
    const int dot = int(host.indexOf(QLatin1Char('.')));
    return dot > 0 && host.mid(dot) == p.mid(1);
}

} // namespace

bool isPrivateAddress(const QHostAddress &address)
{
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),    QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok); // also an IPv4-mapped IPv6 address
    const QHostAddress plain = ok ? QHostAddress(v4) : address;
    return std::any_of(ranges.begin(), ranges.end(), [&](const QPair<QHostAddress, int> &r) { return plain.isInSubnet(r); });
}

bool certificateNamesHost(const QSslCertificate &certificate, const QString &host)
{
    const QString h = host.toLower();
    const QHostAddress ip(h);
    const auto all = certificate.subjectAlternativeNames();
    bool anyName = false;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry) {
            anyName = true;
            if (ip.isNull() && wildcardMatch(it.value(), h))
                return true;
        } else if (it.key() == QSsl::IpAddressEntry) {
            anyName = true;
            if (!ip.isNull() && QHostAddress(it.value()) == ip)
                return true;
        }
    }
    if (anyName)
        return false;
    const QStringList cns = certificate.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(cns.begin(), cns.end(), [&](const QString &cn) { return wildcardMatch(cn, h); });
}

QString settingsError(const ConnectivitySettings &settings)
{
    if (!settings.dnsServer.isEmpty() && QHostAddress(settings.dnsServer).isNull())
        return QCoreApplication::translate("agm::net::Checks", "DNS server %1: not an IP address").arg(settings.dnsServer.left(200));
    if (!settings.caFile.isEmpty()) {
        QString error;
        loadCaFile(settings.caFile, &error);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

namespace {

// The system's CA certificates, read once per process on a worker. Only runs with a CA file need
// them (ours are added to theirs); the checker starts the read as soon as it has such settings,
// so it is usually done before the operator runs a check.
std::shared_future<QList<QSslCertificate>> systemCaCertificates()
{
    static const std::shared_future<QList<QSslCertificate>> loaded =
        std::async(std::launch::async, [] { return QSslConfiguration::systemCaCertificates(); }).share();
    return loaded;
}

bool isReady(const std::shared_future<QList<QSslCertificate>> &future)
{
    return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

// One run: a probe per endpoint, all at once, and the single finished signal.
class ConnectivityChecker::Run : public QObject, public ProbeOwner
{
public:
    Run(ConnectivityChecker *checker, quint64 id, const std::vector<CheckTarget> &targets);
    ~Run() override;

    quint64 id() const override { return m_id; }
    const CheckRun &result() const { return m_result; }
    const ConnectivitySettings &settings() const override { return m_settings; }
    const QList<QSslCertificate> &extraCas() const override { return m_extraCas; }
    const QString &caError() const override { return m_caError; }
    // The TLS settings every probe shares. With a CA file they hold the system's CA certificates
    // too, read on a worker the first time (that costs up to a few hundred milliseconds): until
    // then this is null, and the probes waiting for it are told by tlsReady().
    const QSslConfiguration *tlsConfiguration() const override { return m_tls ? &*m_tls : nullptr; }
    ConnectivityChecker *checker() const override { return m_checker; }

    void start();
    void cancel();
    void probeFinished(int index, const EndpointCheck &result) override;

private:
    void finish();

    ConnectivityChecker *m_checker;
    const quint64 m_id;
    const ConnectivitySettings m_settings;
    QList<QSslCertificate> m_extraCas;
    QString m_caError;
    std::optional<QSslConfiguration> m_tls;
    QThread *m_caLoader = nullptr;
    std::vector<Probe *> m_probes;
    int m_pending = 0;
    bool m_done = false;
    QElapsedTimer m_clock;
    CheckRun m_result;
};

ConnectivityChecker::Run::Run(ConnectivityChecker *checker, quint64 id, const std::vector<CheckTarget> &targets)
    : QObject(checker), m_checker(checker), m_id(id), m_settings(checker->m_settings)
{
    m_clock.start();
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.resolver = m_settings.dnsServer.isEmpty() ? QCoreApplication::translate("agm::net::Checks", "system resolver") : QCoreApplication::translate("agm::net::Checks", "DNS server %1").arg(m_settings.dnsServer);
    m_result.caFile = m_settings.caFile;
    if (!m_settings.caFile.isEmpty())
        m_extraCas = loadCaFile(m_settings.caFile, &m_caError);
    m_result.results.resize(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        m_result.results[i].target = targets[i];
        m_probes.push_back(new Probe(this, int(i), targets[i], this));
    }
    m_pending = int(targets.size());
}

ConnectivityChecker::Run::~Run()
{
    if (m_caLoader) {
        m_caLoader->wait();
        delete m_caLoader;
    }
    for (Probe *p : m_probes)
        delete p;
}

void ConnectivityChecker::Run::start()
{
    if (m_probes.empty()) {
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    // Setting CAs switches off the on-demand system ones: with a CA file, add ours to theirs.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_extraCas.isEmpty()) {
        m_tls = tls;
    } else if (const auto systemCas = systemCaCertificates(); isReady(systemCas)) {
        tls.setCaCertificates(systemCas.get() + m_extraCas);
        m_tls = tls;
    } else {
        // Still being read: wait on a worker while DNS and TCP run, never on the GUI thread.
        m_caLoader = QThread::create([systemCas] { systemCas.wait(); });
        connect(m_caLoader, &QThread::finished, this, [this, tls, systemCas]() mutable {
            tls.setCaCertificates(systemCas.get() + m_extraCas);
            m_tls = tls;
            for (Probe *p : m_probes)
                p->tlsReady();
        });
        m_caLoader->start();
    }
    // From the event loop, like every result: the caller has the id before any signal.
    QTimer::singleShot(0, this, [this] {
        for (Probe *p : m_probes) {
            if (!m_done)
                p->start();
        }
    });
}

void ConnectivityChecker::Run::cancel()
{
    if (m_done)
        return;
    m_result.cancelled = true;
    for (Probe *p : m_probes) {
        if (!p->isDone())
            p->cancel();
    }
    finish();
}

void ConnectivityChecker::Run::probeFinished(int index, const EndpointCheck &result)
{
    m_result.results[std::size_t(index)] = result;
    --m_pending;
    Q_EMIT m_checker->endpointFinished(m_id, index, result);
    if (m_pending == 0)
        finish();
}

void ConnectivityChecker::Run::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_result.elapsedMs = m_clock.elapsed();
    m_checker->finishRun(this);
}

ConnectivityChecker::ConnectivityChecker(ConnectivitySettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<agm::CheckLayer>();
    qRegisterMetaType<agm::LayerCheck>();
    qRegisterMetaType<agm::EndpointCheck>();
    qRegisterMetaType<agm::CheckRun>();
    if (!m_settings.caFile.isEmpty())
        preloadSystemCertificates();
}

void ConnectivityChecker::preloadSystemCertificates()
{
    systemCaCertificates();
}

ConnectivityChecker::~ConnectivityChecker()
{
    // Running checks end without signals.
    m_runs.deleteAll();
}

const ConnectivitySettings &ConnectivityChecker::settings() const
{
    return m_settings;
}

void ConnectivityChecker::setSettings(const ConnectivitySettings &settings)
{
    m_settings = settings;
    if (!m_settings.caFile.isEmpty())
        preloadSystemCertificates();
}

quint64 ConnectivityChecker::check(const std::vector<CheckTarget> &targets)
{
    auto *run = new Run(this, m_runs.nextId(), targets);
    const quint64 id = m_runs.add(run);
    run->start();
    return id;
}

void ConnectivityChecker::cancel(quint64 id)
{
    m_runs.cancel(id);
}

void ConnectivityChecker::cancelAll()
{
    m_runs.cancelAll();
}

bool ConnectivityChecker::isRunning(quint64 id) const
{
    return m_runs.contains(id);
}

void ConnectivityChecker::finishRun(Run *run)
{
    m_runs.take(run->id());
    const CheckRun result = run->result();
    run->deleteLater();
    Q_EMIT finished(run->id(), result);
}

} // namespace agm::net
