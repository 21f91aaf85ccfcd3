// SPDX-License-Identifier: MIT
// The intra-line differ: word ranges, character refinement, separator merging, the length cap,
// and the invariant that the text outside the ranges is the same on both sides.
#include "intraline.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace agm;

namespace {

// Ranges as "start+length" words, so a failing row prints something a reader can check by eye.
QString describe(const std::vector<CharRange> &ranges)
{
    QStringList parts;
    for (const CharRange &r : ranges)
        parts << QStringLiteral("%1+%2").arg(r.start).arg(r.length);
    return parts.join(QLatin1Char(' '));
}

// The marked text itself: easier to read than offsets.
QString marked(const QString &line, const std::vector<CharRange> &ranges)
{
    QStringList parts;
    for (const CharRange &r : ranges)
        parts << line.mid(r.start, r.length);
    return parts.join(QLatin1Char('|'));
}

// What is left of a line once its ranges are cut out.
QString outside(const QString &line, const std::vector<CharRange> &ranges)
{
    QString rest;
    int at = 0;
    for (const CharRange &r : ranges) {
        rest += line.mid(at, r.start - at);
        at = r.start + r.length;
    }
    rest += line.mid(at);
    return rest;
}

// Sorted, non-empty, in bounds, not touching (touching ranges would have been merged).
QString checkShape(const QString &line, const std::vector<CharRange> &ranges)
{
    int end = -1;
    for (const CharRange &r : ranges) {
        if (r.length <= 0)
            return QStringLiteral("empty range at %1").arg(r.start);
        if (r.start < 0 || r.start + r.length > line.size())
            return QStringLiteral("range %1+%2 outside a line of %3").arg(r.start).arg(r.length).arg(line.size());
        if (r.start <= end)
            return QStringLiteral("range at %1 overlaps or touches the previous one").arg(r.start);
        end = r.start + r.length;
    }
    return {};
}

} // namespace

class TestIntraLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markedText_data()
    {
        QTest::addColumn<QString>("oldLine");
        QTest::addColumn<QString>("newLine");
        QTest::addColumn<QString>("oldMarked");
        QTest::addColumn<QString>("newMarked");

        QTest::addRow("identical lines mark nothing")
                << QStringLiteral("  name: contoso") << QStringLiteral("  name: contoso") << QString() << QString();
        QTest::addRow("a floating tag becomes a pinned version as one range")
                << QStringLiteral("image: mcr.microsoft.com/azure-api-management/gateway:latest")
                << QStringLiteral("image: mcr.microsoft.com/azure-api-management/gateway:2.11.1")
                << QStringLiteral("latest") << QStringLiteral("2.11.1");
        QTest::addRow("a version bump is one range, not three digits")
                << QStringLiteral("gateway:1.1.0") << QStringLiteral("gateway:2.9.3")
                << QStringLiteral("1.1.0") << QStringLiteral("2.9.3");
        QTest::addRow("a version is marked by whole tokens, not by matching digits")
                << QStringLiteral("gateway:1.2.5") << QStringLiteral("gateway:2.12.3")
                << QStringLiteral("1.2.5") << QStringLiteral("2.12.3");
        QTest::addRow("a minor and patch bump marks those components whole")
                << QStringLiteral("gateway:2.11.1") << QStringLiteral("gateway:2.12.3")
                << QStringLiteral("11.1") << QStringLiteral("12.3");
        QTest::addRow("a number changes as a whole")
                << QStringLiteral("runAsUser: 1000") << QStringLiteral("runAsUser: 1001")
                << QStringLiteral("1000") << QStringLiteral("1001");
        QTest::addRow("a host label changes as a whole")
                << QStringLiteral("host: fabrikam.management.azure-api.net")
                << QStringLiteral("host: fabrikam.configuration.azure-api.net")
                << QStringLiteral("management") << QStringLiteral("configuration");
        QTest::addRow("a registry host with several labels is one range")
                << QStringLiteral("image: mcr.microsoft.com/azure-api-management/gateway:1.2.5")
                << QStringLiteral("image: myacr.azurecr.io/azure-api-management/gateway:2.12.3")
                << QStringLiteral("mcr.microsoft.com|1.2.5") << QStringLiteral("myacr.azurecr.io|2.12.3");
        QTest::addRow("a removed path segment")
                << QStringLiteral("path: /internal-status-0123456789abcdef")
                << QStringLiteral("path: /status-0123456789abcdef")
                << QStringLiteral("internal-") << QString();
        QTest::addRow("similar words are refined to characters")
                << QStringLiteral("image: gateway:v1") << QStringLiteral("image: gateway:v2")
                << QStringLiteral("1") << QStringLiteral("2");
        QTest::addRow("dissimilar words stay whole")
                << QStringLiteral("runAsUser: 0") << QStringLiteral("runAsUser: 1001")
                << QStringLiteral("0") << QStringLiteral("1001");
        QTest::addRow("a word appended at the end")
                << QStringLiteral("drop: [all]") << QStringLiteral("drop: [all, NET_RAW]")
                << QString() << QStringLiteral(", NET_RAW");
        QTest::addRow("case change within a word")
                << QStringLiteral("drop: [all]") << QStringLiteral("drop: [ALL]")
                << QStringLiteral("all") << QStringLiteral("ALL");
        QTest::addRow("indentation only")
                << QStringLiteral("  key: value") << QStringLiteral("    key: value")
                << QString() << QStringLiteral("  ");
        QTest::addRow("everything from nothing")
                << QString() << QStringLiteral("securityContext:") << QString() << QStringLiteral("securityContext:");
        QTest::addRow("everything to nothing")
                << QStringLiteral("securityContext:") << QString() << QStringLiteral("securityContext:") << QString();
        QTest::addRow("a URL shortened to a host")
                << QStringLiteral("endpoint: \"https://contoso.management.azure-api.net/subscriptions/1/service/contoso?api-version=2021-01-01-preview\"")
                << QStringLiteral("endpoint: \"https://contoso.configuration.azure-api.net\"")
                << QStringLiteral("management|/subscriptions/1/service/contoso?api-version=2021-01-01-preview")
                << QStringLiteral("configuration");
        QTest::addRow("non-Latin words are words")
                << QStringLiteral("name: \u0433\u0440\u0443\u043f\u043f\u0430 alpha")
                << QStringLiteral("name: \u0433\u0440\u0443\u043f\u043f\u0430 beta")
                << QStringLiteral("alpha") << QStringLiteral("beta");
        QTest::addRow("a surrogate pair is never split")
                << QStringLiteral("icon: \U0001F600 ok") << QStringLiteral("icon: \U0001F601 ok")
                << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F601");
    }

    void markedText()
    {
        QFETCH(QString, oldLine);
        QFETCH(QString, newLine);
        QFETCH(QString, oldMarked);
        QFETCH(QString, newMarked);
        const IntraLineDiff d = diffWithinLines(oldLine, newLine);
        QVERIFY(!d.skipped);
        QCOMPARE(marked(oldLine, d.oldRanges), oldMarked);
        QCOMPARE(marked(newLine, d.newRanges), newMarked);
        QCOMPARE(checkShape(oldLine, d.oldRanges), QString());
        QCOMPARE(checkShape(newLine, d.newRanges), QString());
        QCOMPARE(outside(oldLine, d.oldRanges), outside(newLine, d.newRanges));
    }

    // A cell too narrow for a long value shows the part that differs, with a little context.
    void elideCommonParts_data()
    {
        QTest::addColumn<QString>("oldValue");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("oldShown");
        QTest::addColumn<QString>("newShown");

        QTest::addRow("an image tag keeps its repository name")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:1.2.5")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.12.3")
                << QStringLiteral("\u2026gateway:1.2.5") << QStringLiteral("\u2026gateway:2.12.3");
        QTest::addRow("a v1 URL shows the host that changes")
                << QStringLiteral("https://fabrikam.management.azure-api.net/subscriptions/1/service/fabrikam?api-version=2021")
                << QStringLiteral("https://fabrikam.configuration.azure-api.net")
                << QStringLiteral("\u2026fabrikam.management.azure-api.net/subscriptions/1/service/fabrikam?api-version=2021")
                << QStringLiteral("\u2026fabrikam.configuration.azure-api.net");
        QTest::addRow("a registry host changed in front of a shared path")
                << QStringLiteral("registry.old.io/apim/gateway:2.1") << QStringLiteral("registry.new.io/apim/gateway:2.1")
                << QStringLiteral("registry.old.io\u2026") << QStringLiteral("registry.new.io\u2026");
        QTest::addRow("equal values stay whole")
                << QStringLiteral("a/b/c/d") << QStringLiteral("a/b/c/d") << QStringLiteral("a/b/c/d") << QStringLiteral("a/b/c/d");
        QTest::addRow("an empty answer stays empty")
                << QStringLiteral("https://x.management.azure-api.net/") << QString()
                << QStringLiteral("https://x.management.azure-api.net/") << QString();
        QTest::addRow("nothing shared, nothing cut") << QStringLiteral("latest") << QStringLiteral("2.11.1")
                                                     << QStringLiteral("latest") << QStringLiteral("2.11.1");
    }

    void elideCommonParts()
    {
        QFETCH(QString, oldValue);
        QFETCH(QString, newValue);
        QFETCH(QString, oldShown);
        QFETCH(QString, newShown);
        const ElidedPair shown = agm::elideCommonParts(oldValue, newValue);
        QCOMPARE(shown.oldValue, oldShown);
        QCOMPARE(shown.newValue, newShown);
    }

    void exactOffsets()
    {
        const IntraLineDiff d = diffWithinLines(u"tag: latest # pinned", u"tag: 2.11.1 # pinned");
        QCOMPARE(describe(d.oldRanges), QStringLiteral("5+6"));
        QCOMPARE(describe(d.newRanges), QStringLiteral("5+6"));
    }

    // A one-character edit inside a long token (a certificate line under the cap) marks only
    // that character, not the whole token.
    void longTokenMarksOnlyTheEdit()
    {
        const QString a = QStringLiteral("ca.crt: ") + QString(3000, QLatin1Char('Q'));
        QString b = a;
        b[2000] = QLatin1Char('Z');
        const IntraLineDiff d = diffWithinLines(a, b);
        QCOMPARE(describe(d.oldRanges), QStringLiteral("2000+1"));
        QCOMPARE(describe(d.newRanges), QStringLiteral("2000+1"));
    }

    void lengthCap_data()
    {
        QTest::addColumn<int>("oldLength");
        QTest::addColumn<int>("newLength");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("skipped");

        QTest::addRow("both under the cap") << 100 << 120 << 4096 << false;
        QTest::addRow("both exactly at the cap") << 4096 << 4096 << 4096 << false;
        QTest::addRow("old over the cap") << 4097 << 10 << 4096 << true;
        QTest::addRow("new over the cap") << 10 << 4097 << 4096 << true;
        QTest::addRow("a 200 KB base64 line") << 200 * 1024 << 200 * 1024 << 4096 << true;
        QTest::addRow("a small custom cap") << 50 << 20 << 32 << true;
    }

    void lengthCap()
    {
        QFETCH(int, oldLength);
        QFETCH(int, newLength);
        QFETCH(int, cap);
        QFETCH(bool, skipped);
        const QString a(oldLength, QLatin1Char('A'));
        QString b(newLength, QLatin1Char('A'));
        b[newLength / 2] = QLatin1Char('B');
        const IntraLineDiff d = diffWithinLines(a, b, cap);
        QCOMPARE(d.skipped, skipped);
        if (skipped) {
            QVERIFY(d.oldRanges.empty());
            QVERIFY(d.newRanges.empty());
        } else {
            QVERIFY(!d.newRanges.empty());
        }
    }

    // Random edits of random token soup: whatever the ranges are, they must have the right shape
    // and cut both lines down to the same text.
    void randomPairsKeepTheInvariant()
    {
        QRandomGenerator rng(20231001);
        const QString alphabet = QStringLiteral("ab1 .:-_\"/\u00e9");
        for (int round = 0; round < 400; ++round) {
            QString a;
            const int len = int(rng.bounded(60));
            for (int i = 0; i < len; ++i)
                a += alphabet[int(rng.bounded(alphabet.size()))];
            QString b = a;
            const int edits = int(rng.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const int at = b.isEmpty() ? 0 : int(rng.bounded(b.size() + 1));
                switch (rng.bounded(3)) {
                case 0:
                    b.insert(at, alphabet[int(rng.bounded(alphabet.size()))]);
                    break;
                case 1:
                    if (at < b.size())
                        b.remove(at, 1 + int(rng.bounded(3)));
                    break;
                default:
                    if (at < b.size())
                        b[at] = alphabet[int(rng.bounded(alphabet.size()))];
                    break;
                }
            }
            const IntraLineDiff d = diffWithinLines(a, b);
            const QByteArray context = (a + QStringLiteral("  ->  ") + b).toUtf8();
            QVERIFY2(checkShape(a, d.oldRanges).isEmpty(), context.constData());
            QVERIFY2(checkShape(b, d.newRanges).isEmpty(), context.constData());
            QVERIFY2(outside(a, d.oldRanges) == outside(b, d.newRanges), context.constData());
            if (a == b)
                QVERIFY2(d.oldRanges.empty() && d.newRanges.empty(), context.constData());
        }
    }

    // P6 asks for at most 20 ms per pair; this only guards against a quadratic blow-up (no tight
    // timing in a shared CI), with lines at the cap and nothing in common.
    void worstCaseAtTheCapStaysBounded()
    {
        QString a, b;
        for (int i = 0; i < 4096 / 2; ++i) {
            a += QStringLiteral("a ");
            b += QStringLiteral("b.");
        }
        QElapsedTimer timer;
        timer.start();
        const IntraLineDiff d = diffWithinLines(a, b);
        QVERIFY(!d.skipped);
        QCOMPARE(outside(a, d.oldRanges), outside(b, d.newRanges));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestIntraLine)
#include "tst_intraline.moc"
