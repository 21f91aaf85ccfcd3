// SPDX-License-Identifier: MIT
// Image tags: classification, the recommended pinned tag, the OCI tags/list parser, the bundled
// snapshot and the display order.
#include "tags.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

#include <vector>

using namespace agm;

namespace {

TagList listOf(const QStringList &names)
{
    TagList list;
    for (const QString &n : names)
        list.tags.push_back({n, classifyTag(n)});
    return list;
}

QStringList namesOf(const std::vector<Tag> &tags)
{
    QStringList names;
    for (const Tag &t : tags)
        names << t.name;
    return names;
}

} // namespace

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("kindName");

        const QString pinned = QStringLiteral("pinned"), rolling = QStringLiteral("rolling"),
                      preview = QStringLiteral("preview"), floating = QStringLiteral("floating"),
                      legacy = QStringLiteral("legacy"), other = QStringLiteral("other");
        QTest::newRow("2.11.1 is a pinned v2 version")
                << QStringLiteral("2.11.1") << int(TagKind::Pinned) << pinned;
        QTest::newRow("2.0.0 is a pinned v2 version")
                << QStringLiteral("2.0.0") << int(TagKind::Pinned) << pinned;
        QTest::newRow("v2 rolls to every 2.x release")
                << QStringLiteral("v2") << int(TagKind::Rolling) << rolling;
        QTest::newRow("v2-preview is a preview")
                << QStringLiteral("v2-preview") << int(TagKind::Preview) << preview;
        QTest::newRow("2.3.0-preview-1 is a preview")
                << QStringLiteral("2.3.0-preview-1") << int(TagKind::Preview) << preview;
        QTest::newRow("latest floats")
                << QStringLiteral("latest") << int(TagKind::Floating) << floating;
        QTest::newRow("beta floats")
                << QStringLiteral("beta") << int(TagKind::Floating) << floating;
        QTest::newRow("upper-case LATEST floats too")
                << QStringLiteral("LATEST") << int(TagKind::Floating) << floating;
        QTest::newRow("1.2.5 is a v1 version")
                << QStringLiteral("1.2.5") << int(TagKind::Legacy) << legacy;
        QTest::newRow("1.1.0-preview-6 is a v1 preview, so legacy first")
                << QStringLiteral("1.1.0-preview-6") << int(TagKind::Legacy) << legacy;
        QTest::newRow("1.2.0-ingress-1 is a v1 ingress build")
                << QStringLiteral("1.2.0-ingress-1") << int(TagKind::Legacy) << legacy;
        QTest::newRow("0.9.0 is a v0 version")
                << QStringLiteral("0.9.0") << int(TagKind::Legacy) << legacy;
        QTest::newRow("a bare major 2 is not a documented tag")
                << QStringLiteral("2") << int(TagKind::Other) << other;
        QTest::newRow("a major.minor 2.3 is not a documented tag")
                << QStringLiteral("2.3") << int(TagKind::Other) << other;
        QTest::newRow("a v-prefixed full version is not a documented tag")
                << QStringLiteral("v2.11.1") << int(TagKind::Other) << other;
        QTest::newRow("a made-up word is not a documented tag")
                << QStringLiteral("stable") << int(TagKind::Other) << other;
    }

    void classifyTag()
    {
        QFETCH(QString, tag);
        QFETCH(int, kind);
        QFETCH(QString, kindName);
        QCOMPARE(int(agm::classifyTag(tag)), kind);
        QCOMPARE(tagKindName(agm::classifyTag(tag)), kindName);
    }

    void isPinnedV2_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("pinned");

        QTest::newRow("2.11.1 is pinned") << QStringLiteral("2.11.1") << true;
        QTest::newRow("2.0.0 is pinned") << QStringLiteral("2.0.0") << true;
        QTest::newRow("a future 10.1.2 is pinned") << QStringLiteral("10.1.2") << true;
        QTest::newRow("1.2.5 is not v2") << QStringLiteral("1.2.5") << false;
        QTest::newRow("0.9.0 is not v2") << QStringLiteral("0.9.0") << false;
        QTest::newRow("v2 is not a version") << QStringLiteral("v2") << false;
        QTest::newRow("2.11 lacks the patch number") << QStringLiteral("2.11") << false;
        QTest::newRow("a preview suffix is not pinned")
                << QStringLiteral("2.11.1-preview") << false;
        QTest::newRow("a v prefix is not pinned") << QStringLiteral("v2.11.1") << false;
        QTest::newRow("four numbers are not pinned") << QStringLiteral("2.11.1.0") << false;
        QTest::newRow("a leading space is not pinned") << QStringLiteral(" 2.11.1") << false;
        QTest::newRow("an empty name is not pinned") << QString() << false;
    }

    void isPinnedV2()
    {
        QFETCH(QString, tag);
        QFETCH(bool, pinned);
        QCOMPARE(agm::isPinnedV2(tag), pinned);
    }

    void recommended_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("recommended");

        QTest::newRow("2.10.0 beats 2.9.2 by version, not by text")
                << QStringList {QStringLiteral("2.9.2"), QStringLiteral("2.10.0")}
                << QStringLiteral("2.10.0");
        QTest::newRow("the order of the list does not matter")
                << QStringList {QStringLiteral("2.10.0"), QStringLiteral("2.9.2")}
                << QStringLiteral("2.10.0");
        QTest::newRow("patch numbers compare as numbers")
                << QStringList {QStringLiteral("2.3.10"), QStringLiteral("2.3.9")}
                << QStringLiteral("2.3.10");
        QTest::newRow("major numbers compare as numbers")
                << QStringList {QStringLiteral("9.9.9"), QStringLiteral("10.0.0")}
                << QStringLiteral("10.0.0");
        QTest::newRow("rolling, floating, legacy and preview tags are never recommended")
                << QStringList {QStringLiteral("latest"),
                                QStringLiteral("v2"),
                                QStringLiteral("2.12.0-preview-1"),
                                QStringLiteral("2.11.1"),
                                QStringLiteral("1.2.5"),
                                QStringLiteral("v2-preview")}
                << QStringLiteral("2.11.1");
        QTest::newRow("a list without pinned tags recommends nothing")
                << QStringList {QStringLiteral("latest"), QStringLiteral("v2"),
                                QStringLiteral("1.2.5")}
                << QString();
        QTest::newRow("an empty list recommends nothing") << QStringList() << QString();
    }

    void recommended()
    {
        QFETCH(QStringList, tags);
        QFETCH(QString, recommended);
        QCOMPARE(listOf(tags).recommended(), recommended);
    }

    void parseTagList_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("tags"); // in display order; empty with an error
        QTest::addColumn<QString>("error"); // part of the error, empty when valid
        QTest::addColumn<QDate>("snapshotDate");

        QTest::newRow("an OCI tag list is read and sorted") << QByteArray(
                R"({"name":"azure-api-management/gateway","tags":["1.2.5","latest","2.9.2","v2","2.10.0"]})")
                                                            << QStringList {QStringLiteral(
                                                                                    "2.10.0"),
                                                                            QStringLiteral("2.9.2"),
                                                                            QStringLiteral("v2"),
                                                                            QStringLiteral(
                                                                                    "latest"),
                                                                            QStringLiteral("1.2.5")}
                                                            << QString() << QDate();
        QTest::newRow("duplicate tags are listed once")
                << QByteArray(R"({"name":"gw","tags":["2.11.1","v2","2.11.1","v2"]})")
                << QStringList {QStringLiteral("2.11.1"), QStringLiteral("v2")} << QString()
                << QDate();
        QTest::newRow("an empty tags array is a valid, empty list")
                << QByteArray(R"({"name":"gw","tags":[]})") << QStringList() << QString()
                << QDate();
        QTest::newRow("a snapshot date becomes the list's date")
                << QByteArray(R"({"snapshotDate":"2026-11-26","tags":["2.12.3"]})")
                << QStringList {QStringLiteral("2.12.3")} << QString() << QDate(2026, 11, 26);
        QTest::newRow("the program's own tags --json output is read back, with its fetch time")
                << QByteArray(R"({"source":"live","fetchedAt":"2026-05-04T23:11:12Z","recommended":"2.12.3",)"
                              R"("tags":[{"name":"2.12.3","kind":"pinned"},{"name":"v2","kind":"rolling"}]})")
                << QStringList {QStringLiteral("2.12.3"), QStringLiteral("v2")} << QString()
                << QDate(2026, 5, 4);
        QTest::newRow("an object without a name among the tags is refused with its index")
                << QByteArray(R"({"tags":[{"name":"2.11.1"},{"kind":"pinned"}]})") << QStringList()
                << QStringLiteral("tags[1] is not a string") << QDate();
        QTest::newRow("truncated JSON is refused with the byte offset")
                << QByteArray(R"({"name":"gw","tags":["2.11.1",)") << QStringList()
                << QStringLiteral("not valid JSON at byte") << QDate();
        QTest::newRow("an HTML error page is refused with the byte offset")
                << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringList()
                << QStringLiteral("not valid JSON at byte") << QDate();
        QTest::newRow("a JSON array is not a tag list")
                << QByteArray(R"(["2.11.1"])") << QStringList()
                << QStringLiteral("expected a JSON object") << QDate();
        QTest::newRow("an object without tags is refused")
                << QByteArray(R"({"name":"gw"})") << QStringList()
                << QStringLiteral("\"tags\" member is missing") << QDate();
        QTest::newRow("tags that are not an array are refused")
                << QByteArray(R"({"name":"gw","tags":"2.11.1"})") << QStringList()
                << QStringLiteral("not an array") << QDate();
        QTest::newRow("a number among the tags is refused with its index")
                << QByteArray(R"({"tags":["2.11.1",2]})") << QStringList()
                << QStringLiteral("tags[1] is not a string") << QDate();
        QTest::newRow("a null among the tags is refused with its index")
                << QByteArray(R"({"tags":[null]})") << QStringList()
                << QStringLiteral("tags[0] is not a string") << QDate();
        QTest::newRow("a tag with a space is refused with its index")
                << QByteArray(R"({"tags":["2.11.1","v2","bad tag"]})") << QStringList()
                << QStringLiteral("tags[2] is not a valid tag name") << QDate();
        QTest::newRow("a tag starting with a dash is refused")
                << QByteArray(R"({"tags":["-rc"]})") << QStringList()
                << QStringLiteral("tags[0] is not a valid tag name") << QDate();
        QTest::newRow("an empty tag is refused")
                << QByteArray(R"({"tags":[""]})") << QStringList()
                << QStringLiteral("tags[0] is not a valid tag name") << QDate();
        QTest::newRow("a tag of 129 characters is refused")
                << QByteArray(R"({"tags":[")") + QByteArray(129, 'a') + QByteArray(R"("]})")
                << QStringList() << QStringLiteral("tags[0] is not a valid tag name") << QDate();
        QTest::newRow("indices count duplicates, so the error points at the real entry")
                << QByteArray(R"({"tags":["v2","v2",true]})") << QStringList()
                << QStringLiteral("tags[2] is not a string") << QDate();
    }

    void parseTagList()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, tags);
        QFETCH(QString, error);
        QFETCH(QDate, snapshotDate);

        const QString url = QStringLiteral("/tmp/tags.json");
        const TagParseResult r = agm::parseTagList(json, TagSourceKind::File, url);
        if (!error.isEmpty()) {
            QVERIFY(!r.list);
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            if (error.contains(QStringLiteral("byte"))) {
                QJsonParseError parseError;
                QJsonDocument::fromJson(json, &parseError);
                QVERIFY(parseError.error != QJsonParseError::NoError);
                QVERIFY2(r.error.contains(QStringLiteral("at byte %1:").arg(parseError.offset)),
                         qPrintable(r.error));
            }
            return;
        }
        QVERIFY2(r.list, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.list->source, TagSourceKind::File);
        QCOMPARE(r.list->url, url);
        QCOMPARE(namesOf(r.list->tags), tags);
        for (const Tag &t : r.list->tags)
            QCOMPARE(int(t.kind), int(agm::classifyTag(t.name)));
        QCOMPARE(r.list->fetchedAt.date(), snapshotDate);
        if (snapshotDate.isValid())
            QCOMPARE(r.list->fetchedAt.timeSpec(), Qt::UTC);
    }

    void isValidTagName_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("valid");

        QTest::newRow("a version is a valid tag") << QStringLiteral("2.11.1") << true;
        QTest::newRow("letters, digits, dots, dashes and underscores are valid")
                << QStringLiteral("v2_rc-1.x") << true;
        QTest::newRow("a leading underscore is valid") << QStringLiteral("_internal") << true;
        QTest::newRow("128 characters are valid") << QString(128, QLatin1Char('a')) << true;
        QTest::newRow("129 characters are invalid") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("a leading dot is invalid") << QStringLiteral(".hidden") << false;
        QTest::newRow("a slash is invalid") << QStringLiteral("2.11/1") << false;
        QTest::newRow("a digest is not a tag") << QStringLiteral("sha256:abc") << false;
        QTest::newRow("an empty tag is invalid") << QString() << false;
    }

    void isValidTagName()
    {
        QFETCH(QString, tag);
        QFETCH(bool, valid);
        QCOMPARE(agm::isValidTagName(tag), valid);
    }

    void sortTags_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("sorted");

        QTest::newRow("pinned newest first, then rolling, preview, floating, other and legacy")
                << QStringList {QStringLiteral("1.2.5"),
                                QStringLiteral("latest"),
                                QStringLiteral("2.9.2"),
                                QStringLiteral("2.3"),
                                QStringLiteral("v2"),
                                QStringLiteral("2.10.0"),
                                QStringLiteral("2.3.0-preview-1"),
                                QStringLiteral("2.11.1")}
                << QStringList {QStringLiteral("2.11.1"),
                                QStringLiteral("2.10.0"),
                                QStringLiteral("2.9.2"),
                                QStringLiteral("v2"),
                                QStringLiteral("2.3.0-preview-1"),
                                QStringLiteral("latest"),
                                QStringLiteral("2.3"),
                                QStringLiteral("1.2.5")};
        QTest::newRow("pinned versions compare each part as a number")
                << QStringList {QStringLiteral("2.2.99"), QStringLiteral("2.3.9"),
                                QStringLiteral("2.10.0"), QStringLiteral("2.3.10")}
                << QStringList {QStringLiteral("2.10.0"), QStringLiteral("2.3.10"),
                                QStringLiteral("2.3.9"), QStringLiteral("2.2.99")};
        QTest::newRow("legacy versions are newest first too")
                << QStringList {QStringLiteral("0.9.0"), QStringLiteral("1.1.0"),
                                QStringLiteral("1.2.5"), QStringLiteral("1.1.3")}
                << QStringList {QStringLiteral("1.2.5"), QStringLiteral("1.1.3"),
                                QStringLiteral("1.1.0"), QStringLiteral("0.9.0")};
        QTest::newRow("an already sorted list keeps its order")
                << QStringList {QStringLiteral("2.12.3"), QStringLiteral("2.0.0"),
                                QStringLiteral("v2"), QStringLiteral("latest")}
                << QStringList {QStringLiteral("2.12.3"), QStringLiteral("2.0.0"),
                                QStringLiteral("v2"), QStringLiteral("latest")};
        QTest::newRow("an empty list stays empty") << QStringList() << QStringList();
    }

    void sortTags()
    {
        QFETCH(QStringList, tags);
        QFETCH(QStringList, sorted);
        std::vector<Tag> list = listOf(tags).tags;
        agm::sortTags(list);
        QCOMPARE(namesOf(list), sorted);
    }

    void bundledTagList()
    {
        const TagList list = agm::bundledTagList();
        QVERIFY(!list.tags.empty());
        QCOMPARE(list.source, TagSourceKind::Bundled);
        QVERIFY(!list.url.isEmpty());
        QVERIFY2(list.fetchedAt.isValid(), "the snapshot has no date");
        QVERIFY(list.fetchedAt.date().year() >= 2024);

        const QString recommended = list.recommended();
        QVERIFY(!recommended.isEmpty());
        QCOMPARE(agm::classifyTag(recommended), TagKind::Pinned);
        QVERIFY(agm::isPinnedV2(recommended));
        QVERIFY(list.contains(recommended));
        // The recommended tag is the first of the list, and the list is in display order.
        QCOMPARE(list.tags.front().name, recommended);
        std::vector<Tag> resorted = list.tags;
        agm::sortTags(resorted);
        QCOMPARE(namesOf(resorted), namesOf(list.tags));
        // The tags migrations look for are there.
        for (const char *name : {"latest", "v2", "1.2.5", "2.0.0"})
            QVERIFY2(list.contains(QString::fromLatin1(name)), name);
        // Each tag once, each classified.
        QStringList names = namesOf(list.tags);
        names.removeDuplicates();
        QCOMPARE(int(names.size()), int(list.tags.size()));
        for (const Tag &t : list.tags)
            QCOMPARE(int(t.kind), int(agm::classifyTag(t.name)));
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
