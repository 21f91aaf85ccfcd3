// SPDX-License-Identifier: MIT
// A tiny HTTP/1.1 server on 127.0.0.1 for network tests: plain or TLS (QSslServer is not in Qt 5.15
// or 6.4, so a QTcpServer hands each connection to a QSslSocket), one answer per connection, every
// request recorded. Plus test certificates made with openssl at test time.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <optional>

namespace agm::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent, or host:port for CONNECT
    QMap<QByteArray, QByteArray> headers; // names lower-cased
};

struct HttpResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool stall = false; // accept the request and never answer

    static HttpResponse json(const QByteArray &body, int status = 200, const QByteArray &reason = "OK")
    {
        HttpResponse r;
        r.status = status;
        r.reason = reason;
        r.body = body;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return r;
    }
    HttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

class LoopbackServer : public QTcpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LoopbackServer(Handler handler, std::optional<TlsIdentity> tls = std::nullopt)
        : m_handler(std::move(handler)), m_tls(std::move(tls))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path = QStringLiteral("/v2/azure-api-management/gateway/tags/list")) const
    {
        QUrl u;
        u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(serverPort());
        return u.resolved(QUrl(path));
    }

    QList<HttpRequest> requests;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            ssl->setLocalCertificate(m_tls->certificate);
            ssl->setPrivateKey(m_tls->key);
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int end = int(buffer->indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            HttpRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines[i].indexOf(':'));
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            requests.append(request);
            const HttpResponse response = m_handler(request);
            if (response.stall)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            bool hasLength = false;
            for (const auto &h : response.headers) {
                out += h.first + ": " + h.second + "\r\n";
                hasLength = hasLength || h.first.toLower() == "content-length";
            }
            if (!hasLength)
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "Connection: close\r\n\r\n";
            if (request.method != "HEAD")
                out += response.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    Handler m_handler;
    std::optional<TlsIdentity> m_tls;
};

// A CA, a server certificate for 127.0.0.1 and localhost signed by it, and a self-signed one for
// the same names, made by the openssl command line in a temporary folder.
class TestCertificates
{
public:
    bool generate()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const QString san = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
        writeFile(QStringLiteral("server.ext"),
                  "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                        QStringLiteral("-out"), caFile(), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=AGM test CA"),
                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
            && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(QStringLiteral("server.key")), QStringLiteral("-out"),
                        path(QStringLiteral("server.csr")), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path(QStringLiteral("server.csr")),
                        QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path(QStringLiteral("server.pem")),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), path(QStringLiteral("server.ext"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("self.key")),
                        QStringLiteral("-out"), path(QStringLiteral("self.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), san});
    }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    TlsIdentity signedByCa() const { return identity(QStringLiteral("server")); }
    TlsIdentity selfSigned() const { return identity(QStringLiteral("self")); }
    QString error() const { return m_error; }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("openssl %1 failed: %2 %3")
                            .arg(args.join(QLatin1Char(' ')), p.errorString(), QString::fromLocal8Bit(p.readAll())));
        return true;
    }

    TlsIdentity identity(const QString &name) const
    {
        QFile cert(path(name + QStringLiteral(".pem")));
        QFile key(path(name + QStringLiteral(".key")));
        TlsIdentity id;
        if (cert.open(QIODevice::ReadOnly))
            id.certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
        if (key.open(QIODevice::ReadOnly))
            id.key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        return id;
    }

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace agm::test
