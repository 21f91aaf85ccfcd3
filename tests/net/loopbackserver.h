// SPDX-License-Identifier: MIT
// A tiny HTTP/1.1 server on 127.0.0.1 for network tests: plain or TLS (QSslServer is not in Qt 5.15
// or 6.4, so a QTcpServer hands each connection to a QSslSocket), one answer per connection, every
// request recorded. A server that accepts and stays silent, and a CONNECT proxy. Plus test
// certificates made with openssl at test time.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QtEndian>
#include <QFile>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <array>
#include <functional>
#include <optional>

namespace agm::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent, or host:port for CONNECT
    QMap<QByteArray, QByteArray> headers; // names lower-cased

    // The request line and headers of `head` (the bytes before the blank line).
    static HttpRequest parse(const QByteArray &head)
    {
        HttpRequest request;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = int(lines[i].indexOf(':'));
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        return request;
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool stall = false; // accept the request and never answer
    // The body made piece by piece as the socket drains (an empty piece ends it), instead of
    // `body`: no Content-Length, the end of the connection ends it. The server never builds a huge
    // answer up front, and how much of it went out shows how much the client read.
    std::function<QByteArray()> stream;

    static HttpResponse json(const QByteArray &body, int status = 200, const QByteArray &reason = "OK")
    {
        HttpResponse r;
        r.status = status;
        r.reason = reason;
        r.body = body;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return r;
    }
    static HttpResponse redirect(const QByteArray &location, int status = 302, const QByteArray &reason = "Found")
    {
        HttpResponse r;
        r.status = status;
        r.reason = reason;
        r.headers.append(qMakePair(QByteArray("Location"), location));
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

inline quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

// gzip (RFC 1952) around the raw deflate data inside qCompress's zlib stream.
inline QByteArray gzipped(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9).mid(4); // qCompress prefixes the length
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(2, zlib.size() - 6); // without the zlib header and Adler-32
    auto le32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out += char((v >> (8 * i)) & 0xFF);
    };
    le32(crc32(data));
    le32(quint32(data.size()));
    return out;
}

// An HTTP/1.1 server on 127.0.0.1 (see the top of this file).
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
            const HttpRequest request = HttpRequest::parse(buffer->left(end));
            buffer->clear();
            requests.append(request);
            const HttpResponse response = m_handler(request);
            if (response.stall)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            bool hasLength = response.stream != nullptr;
            for (const auto &h : response.headers) {
                out += h.first + ": " + h.second + "\r\n";
                hasLength = hasLength || h.first.toLower() == "content-length";
            }
            if (!hasLength)
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "Connection: close\r\n\r\n";
            if (response.stream && request.method != "HEAD") {
                startStream(socket, out, response.stream);
                return;
            }
            if (request.method != "HEAD")
                out += response.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

public:
    // Streamed bodies: bytes the sockets took (written to the system) and streams that ended,
    // by their end or because the client went away.
    qint64 streamedBytes = 0;
    int streamsEnded = 0;

private:
    void startStream(QTcpSocket *socket, const QByteArray &head, std::function<QByteArray()> next)
    {
        // A small system buffer: what goes out is what the client reads, give or take its own buffers.
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 16 * 1024);
        auto ended = std::make_shared<bool>(false);
        auto end = [this, ended] {
            if (!*ended) {
                *ended = true;
                ++streamsEnded;
            }
        };
        // TLS: what waits encrypted counts too, and bytes count once they are on their way.
        auto *ssl = qobject_cast<QSslSocket *>(socket);
        auto pending = [socket, ssl] { return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0); };
        auto feed = [socket, next, end, pending] {
            while (socket->state() == QAbstractSocket::ConnectedState && pending() < 64 * 1024) {
                const QByteArray piece = next();
                if (piece.isEmpty()) {
                    socket->disconnectFromHost();
                    end();
                    return;
                }
                socket->write(piece);
            }
        };
        auto written = [this, feed](qint64 n) {
            streamedBytes += n;
            feed();
        };
        if (ssl)
            connect(ssl, &QSslSocket::encryptedBytesWritten, socket, written);
        else
            connect(socket, &QTcpSocket::bytesWritten, socket, written);
        connect(socket, &QTcpSocket::disconnected, socket, end);
        connect(socket, &QAbstractSocket::errorOccurred, socket, [socket, end] {
            end();
            socket->abort();
        });
        socket->write(head);
        feed();
    }

    Handler m_handler;
    std::optional<TlsIdentity> m_tls;
};

// Accepts connections and never says a word (a TLS handshake that never completes); closes
// nothing until it is destroyed. `open()` counts the connections still open from the peer's side.
class SilentServer : public QTcpServer
{
public:
    SilentServer() { listen(QHostAddress::LocalHost, 0); }
    int accepted = 0;
    int open() const
    {
        int n = 0;
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            n += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        ++accepted;
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    }
};

// An HTTP proxy on 127.0.0.1 that opens CONNECT tunnels; every target is mapped to a loopback
// port by `route` (so no name is ever resolved), optionally behind Basic authentication. Records
// every request.
class ConnectProxy : public QTcpServer
{
public:
    using Route = std::function<quint16(const QByteArray &target)>;

    explicit ConnectProxy(Route route, QByteArray basicCredentials = {})
        : m_route(std::move(route)), m_credentials(std::move(basicCredentials))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QList<HttpRequest> requests;
    int tunnels = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        auto upstream = std::make_shared<QPointer<QTcpSocket>>();
        connect(client, &QTcpSocket::readyRead, client, [this, client, buffer, upstream] {
            if (*upstream) { // tunnelling
                (*upstream)->write(client->readAll());
                return;
            }
            buffer->append(client->readAll());
            const int end = int(buffer->indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const HttpRequest request = HttpRequest::parse(buffer->left(end));
            const QByteArray rest = buffer->mid(end + 4);
            buffer->clear();
            requests.append(request);
            if (request.method != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            if (!m_credentials.isEmpty() && request.headers.value("proxy-authorization") != "Basic " + m_credentials.toBase64()) {
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                              "Content-Length: 0\r\n\r\n");
                return; // the client may send the request again with credentials
            }
            auto *server = new QTcpSocket(client);
            *upstream = server;
            ++tunnels;
            connect(server, &QTcpSocket::connected, client, [client, server, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    server->write(rest);
            });
            connect(server, &QTcpSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
            server->connectToHost(QHostAddress::LocalHost, m_route(request.target));
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

private:
    Route m_route;
    QByteArray m_credentials; // "user:password"
};

// A SOCKS5 proxy on 127.0.0.1 (RFC 1928: no authentication, CONNECT only). Records every target
// as the client named it, "gw.agm.test:443" for a name handed over (remote resolution) or
// "127.0.0.1:443" for an address, and maps it to a loopback port by `route`.
class Socks5Proxy : public QTcpServer
{
public:
    using Route = std::function<quint16(const QByteArray &target)>;

    explicit Socks5Proxy(Route route)
        : m_route(std::move(route))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QList<QByteArray> targets;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        auto greeted = std::make_shared<bool>(false);
        auto upstream = std::make_shared<QPointer<QTcpSocket>>();
        connect(client, &QTcpSocket::readyRead, client, [this, client, buffer, greeted, upstream] {
            if (*upstream) { // tunnelling
                (*upstream)->write(client->readAll());
                return;
            }
            buffer->append(client->readAll());
            const QByteArray &b = *buffer;
            if (!*greeted) { // VER NMETHODS METHODS...
                if (b.size() < 2 || b.size() < 2 + uchar(b[1]))
                    return;
                buffer->remove(0, 2 + uchar(b[1]));
                *greeted = true;
                client->write(QByteArray("\x05\x00", 2)); // no authentication
            }
            if (b.size() < 5) // VER CMD RSV ATYP ...
                return;
            QByteArray host;
            int at = 4;
            switch (b[3]) {
            case 1:
                if (b.size() < 4 + 4 + 2)
                    return;
                host = QHostAddress(qFromBigEndian<quint32>(b.constData() + 4)).toString().toLatin1();
                at += 4;
                break;
            case 3:
                if (b.size() < 5 + uchar(b[4]) + 2)
                    return;
                host = b.mid(5, uchar(b[4]));
                at += 1 + uchar(b[4]);
                break;
            default: // IPv6: not needed here
                client->write(QByteArray("\x05\x08\x00\x01\0\0\0\0\0\0", 10));
                client->disconnectFromHost();
                return;
            }
            const quint16 port = qFromBigEndian<quint16>(b.constData() + at);
            const QByteArray target = host + ':' + QByteArray::number(port);
            targets.append(target);
            buffer->clear();
            auto *server = new QTcpSocket(client);
            *upstream = server;
            connect(server, &QTcpSocket::connected, client, [client] {
                client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
            });
            connect(server, &QTcpSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
            server->connectToHost(QHostAddress::LocalHost, m_route(target));
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

private:
    Route m_route;
};

// A CA, a server certificate for 127.0.0.1, localhost and *.agm.test signed by it, and a
// self-signed one for 127.0.0.1 and localhost, made by the openssl command line in a temporary
// folder. generateMore() adds, with the same key, an expired certificate and one for another host.
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
                  "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost,DNS:*.agm.test\n");
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                        QStringLiteral("-out"), caFile(), QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=AGM test CA"),
                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
            && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(QStringLiteral("server.key")), QStringLiteral("-out"),
                        path(QStringLiteral("server.csr")), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path(QStringLiteral("server.csr")),
                        QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path(QStringLiteral("server.pem")),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), path(QStringLiteral("server.ext"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("self.key")),
                        QStringLiteral("-out"), path(QStringLiteral("self.pem")), QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), san});
    }

    // After generate(): "expired" (signed by the CA, valid in January 2020 only) and "wronghost"
    // (signed by the CA, for wrong.example only), both with the server's key. openssl ca sets the dates.
    bool generateMore()
    {
        writeFile(QStringLiteral("ca.cnf"), "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\n"
                                             "serial = serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
                                             "[any]\ncommonName = supplied\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "1000\n");
        writeFile(QStringLiteral("wrong.ext"), "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:wrong.example\n");
        const QStringList ca = {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-config"),
                                path(QStringLiteral("ca.cnf")), QStringLiteral("-cert"), caFile(), QStringLiteral("-keyfile"),
                                path(QStringLiteral("ca.key")), QStringLiteral("-in"), path(QStringLiteral("server.csr"))};
        const bool ok = openssl(ca + QStringList{QStringLiteral("-out"), path(QStringLiteral("expired.pem")), QStringLiteral("-startdate"),
                                                 QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20200102000000Z"),
                                                 QStringLiteral("-extfile"), path(QStringLiteral("server.ext"))})
                        && openssl(ca + QStringList{QStringLiteral("-out"), path(QStringLiteral("wronghost.pem")), QStringLiteral("-days"),
                                                    QStringLiteral("30"), QStringLiteral("-extfile"), path(QStringLiteral("wrong.ext"))});
        if (ok) {
            QFile::copy(path(QStringLiteral("server.key")), path(QStringLiteral("expired.key")));
            QFile::copy(path(QStringLiteral("server.key")), path(QStringLiteral("wronghost.key")));
        }
        return ok;
    }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    TlsIdentity signedByCa() const { return identity(QStringLiteral("server")); }
    TlsIdentity selfSigned() const { return identity(QStringLiteral("self")); }
    TlsIdentity expired() const { return identity(QStringLiteral("expired")); }
    TlsIdentity wrongHost() const { return identity(QStringLiteral("wronghost")); }
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
        p.setWorkingDirectory(m_dir.path()); // openssl ca finds its database there
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
