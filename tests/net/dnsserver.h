// SPDX-License-Identifier: MIT
// Real DNS servers on loopback for network tests. QDnsLookup (Qt 5.15 and 6.4) asks port 53 only,
// so both listen on 127.0.0.x:53, which needs root or CAP_NET_BIND_SERVICE:
// - FixtureDns runs dnsmasq with fixture records (A, AAAA, a CNAME chain, a private address) and
//   NXDOMAIN for every other name under agm.test; nothing is forwarded anywhere.
// - SlowDns answers every query with NXDOMAIN, but only after a delay (a resolver that is too slow
//   for the deadline, without leaving a resolver thread blocked for long).
// Both stop when destroyed. When one cannot start, error() says exactly why.
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace agm::test {

class FixtureDns
{
public:
    // Listens on the first of `addresses` that is free (another test run may hold one).
    explicit FixtureDns(const QStringList &addresses, const QStringList &records = defaultRecords())
    {
        for (const QString &address : addresses) {
            start(address, records);
            if (ok() || !m_error.contains(QLatin1String("Address already in use")))
                return;
        }
    }

    ~FixtureDns() { stop(); }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString address() const { return m_address; }
    bool running() const { return m_process.state() == QProcess::Running; }

    // gw.agm.test A 127.0.0.1; alias.agm.test CNAME mid.agm.test CNAME gw.agm.test;
    // private.agm.test A 127.0.0.1 and AAAA fd00::7 (a private answer, tried only after the
    // loopback one); v6only.agm.test AAAA ::1. Everything else in agm.test: NXDOMAIN.
    static QStringList defaultRecords()
    {
        return {QStringLiteral("--host-record=gw.agm.test,127.0.0.1"), QStringLiteral("--host-record=private.agm.test,127.0.0.1,fd00::7"),
                QStringLiteral("--host-record=v6only.agm.test,::1"), QStringLiteral("--cname=alias.agm.test,mid.agm.test"),
                QStringLiteral("--cname=mid.agm.test,gw.agm.test")};
    }

private:
    void start(const QString &address, const QStringList &records)
    {
        stop();
        m_address = address;
        m_error.clear();
        m_log.clear();
        const QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                                                          QStringLiteral("/usr/local/sbin")});
        if (dnsmasq.isEmpty()) {
            m_error = QStringLiteral("dnsmasq is not installed (Debian: dnsmasq-base; packaging/setup-deps.sh installs it)");
            return;
        }
        QStringList args = {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--no-resolv"),
                            QStringLiteral("--no-hosts"), QStringLiteral("--no-poll"), QStringLiteral("--bind-interfaces"),
                            QStringLiteral("--listen-address=") + address, QStringLiteral("--port=53"),
                            QStringLiteral("--local=/agm.test/"), QStringLiteral("--log-facility=-"), QStringLiteral("--pid-file="),
                            QStringLiteral("--user=") + QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "root" : qgetenv("USER"))};
        args += records;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(dnsmasq, args);
        if (!m_process.waitForStarted(5000)) {
            m_error = QStringLiteral("dnsmasq did not start: %1").arg(m_process.errorString());
            return;
        }
        // It prints "started" once its socket is bound, or why it is not and exits.
        QElapsedTimer clock;
        clock.start();
        while (!m_log.contains("started, version") && clock.elapsed() < 5000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            m_log += m_process.readAll();
        }
        if (!m_log.contains("started, version") || m_process.state() != QProcess::Running) {
            m_process.waitForFinished(1000);
            m_log += m_process.readAll();
            m_error = QStringLiteral("dnsmasq could not listen on %1:53: %2").arg(address, QString::fromLocal8Bit(m_log).trimmed());
        }
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }

    QString m_address;
    QProcess m_process;
    QByteArray m_log;
    QString m_error;
};

class SlowDns
{
public:
    // Listens on the first of `addresses` that is free.
    SlowDns(const QStringList &addresses, int delayMs)
        : m_delay(delayMs)
    {
        for (const QString &address : addresses) {
            if (m_socket.bind(QHostAddress(address), 53)) {
                m_address = address;
                break;
            }
            m_error = QStringLiteral("cannot listen on %1:53 (UDP): %2").arg(address, m_socket.errorString());
            if (m_socket.error() != QAbstractSocket::AddressInUseError)
                return;
        }
        if (m_address.isEmpty())
            return;
        m_error.clear();
        QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray query(int(m_socket.pendingDatagramSize()), '\0');
                QHostAddress from;
                quint16 port = 0;
                m_socket.readDatagram(query.data(), query.size(), &from, &port);
                ++queries;
                if (query.size() < 12)
                    continue;
                // The query back as a response: QR set, recursion available, RCODE 3 (NXDOMAIN).
                QByteArray answer = query;
                answer[2] = char(answer[2] | 0x80);
                answer[3] = char((answer[3] & 0x70) | 0x80 | 0x03);
                answer.truncate(12 + questionLength(query));
                answer[10] = answer[11] = 0; // no additional records (EDNS OPT dropped)
                QTimer::singleShot(m_delay, &m_socket, [this, answer, from, port] { m_socket.writeDatagram(answer, from, port); });
            }
        });
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString address() const { return m_address; }
    int queries = 0;

private:
    static int questionLength(const QByteArray &query)
    {
        int i = 12;
        while (i < query.size() && query[i] != 0)
            i += 1 + quint8(query[i]);
        return std::min(int(query.size()), i + 1 + 4) - 12;
    }

    int m_delay;
    QString m_address;
    QUdpSocket m_socket;
    QString m_error;
};

} // namespace agm::test
