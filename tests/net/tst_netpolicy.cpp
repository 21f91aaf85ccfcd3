// SPDX-License-Identifier: MIT
// The network policy (ARCHITECTURE.md "Network rules", anchors-perf-reliability.md §8.3): no code
// path switches certificate verification off, follows a redirect from https to http, or lets a
// compressed or oversized answer grow without a cap (or let Qt inflate it out of our sight). This scans the sources; the behaviour against
// hostile servers on loopback is in tst_tagsource (registry client: redirects, body caps, gzip
// bomb) and tst_connectivity (the check's HTTP step: a redirect to http://, huge and compressed
// answers).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct SourceFile
{
    QString path; // relative to the source tree
    QString text;
};

std::vector<SourceFile> productSources()
{
    std::vector<SourceFile> files;
    const QDir root(QStringLiteral(AGM_SOURCE_DIR));
    for (const QString &folder : {QStringLiteral("wizard"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files.push_back({root.relativeFilePath(path), QString::fromUtf8(f.readAll())});
        }
    }
    return files;
}

// Each line holding the pattern, as "file:line: text".
QStringList matches(const std::vector<SourceFile> &files, const QRegularExpression &pattern)
{
    QStringList found;
    for (const SourceFile &f : files) {
        const QStringList lines = f.text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (pattern.match(lines[i]).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(f.path).arg(i + 1).arg(lines[i].trimmed());
        }
    }
    return found;
}

} // namespace

class TestNetPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sources = productSources();
        QVERIFY2(m_sources.size() > 50, "the source tree was not found");
    }

    // Nothing in the program weakens TLS: no ignored errors, no unverified peers, no old protocols.
    void noVerificationBypass_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("ignoreSslErrors") << QStringLiteral("ignoreSslErrors");
        QTest::newRow("VerifyNone") << QStringLiteral("VerifyNone");
        QTest::newRow("QueryPeer") << QStringLiteral("QueryPeer");
        QTest::newRow("a verify mode other than VerifyPeer") << QStringLiteral("setPeerVerifyMode\\((?!QSslSocket::VerifyPeer\\))");
        QTest::newRow("SSL 2/3, TLS 1.0/1.1") << QStringLiteral("\\b(SslV2|SslV3|TlsV1_0|TlsV1_1|TlsV1SslV3)\\b");
        QTest::newRow("HSTS switched off") << QStringLiteral("setStrictTransportSecurityEnabled\\(\\s*false");
        QTest::newRow("Qt 5 redirect following") << QStringLiteral("FollowRedirectsAttribute");
    }

    void noVerificationBypass()
    {
        QFETCH(QString, pattern);
        const QStringList found = matches(m_sources, QRegularExpression(pattern));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Every HTTP request checks its redirects itself (UserVerifiedRedirectPolicy, each hop through
    // the URL policy that refuses https -> http), and only code that caps inflated bytes itself
    // turns Qt's decompression guard off.
    void requestsCheckRedirectsAndCapBodies()
    {
        QStringList requestFiles;
        for (const SourceFile &f : m_sources) {
            if (f.text.contains(QRegularExpression(QStringLiteral("QNetworkRequest\\s+\\w+\\s*[({]"))))
                requestFiles << f.path;
        }
        QVERIFY2(!requestFiles.isEmpty(), "no QNetworkRequest found: is the scan reading the sources?");
        for (const SourceFile &f : m_sources) {
            if (!requestFiles.contains(f.path))
                continue;
            QVERIFY2(f.text.contains(QLatin1String("RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy")),
                     qPrintable(f.path + QStringLiteral(": a request without UserVerifiedRedirectPolicy")));
            QVERIFY2(f.text.contains(QLatin1String("redirectAllowed")) && f.text.contains(QLatin1String("checkFollowUrl")),
                     qPrintable(f.path + QStringLiteral(": redirects are not checked against the URL policy")));
        }
        // Qt inflates on its own thread, everything received at once, unless the request names
        // Accept-Encoding itself: every request does, and BoundedBody inflates under the cap.
        for (const SourceFile &f : m_sources) {
            if (!requestFiles.contains(f.path))
                continue;
            // The body member may be declared in the file's header.
            QString header = f.path;
            header.replace(QRegularExpression(QStringLiteral("\\.cpp$")), QStringLiteral(".h"));
            const auto h = std::find_if(m_sources.begin(), m_sources.end(), [&](const SourceFile &g) { return g.path == header; });
            const QString both = f.text + (h != m_sources.end() ? h->text : QString());
            QVERIFY2(f.text.contains(QLatin1String("setRawHeader(\"Accept-Encoding\", BoundedBody::acceptEncoding())"))
                         && both.contains(QLatin1String("BoundedBody m_")),
                     qPrintable(f.path + QStringLiteral(": a request that lets Qt inflate, or reads its body without BoundedBody")));
        }
        QVERIFY(matches(m_sources, QRegularExpression(QStringLiteral("setDecompressedSafetyCheckThreshold"))).isEmpty());
        const auto body = std::find_if(m_sources.begin(), m_sources.end(), [](const SourceFile &f) {
            return f.path == QLatin1String("wizard/net/boundedbody.cpp");
        });
        QVERIFY(body != m_sources.end());
        QVERIFY2(body->text.contains(QLatin1String("if (produced > room)")), "the inflated-bytes cap is gone");
    }

private:
    std::vector<SourceFile> m_sources;
};

QTEST_GUILESS_MAIN(TestNetPolicy)
#include "tst_netpolicy.moc"
