// SPDX-License-Identifier: MIT
// Every catalogue loads, is (nearly) complete, and really changes what the program says.
#include "ledger.h"
#include "recipe.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kTranslations = QStringLiteral(AGM_TRANSLATIONS_DIR);
const QString kSources = QStringLiteral(AGM_SOURCE_DIR "/translations");

struct Counts
{
    int total = 0;
    int finished = 0;
};

Counts countMessages(const QString &tsFile)
{
    Counts c;
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("translation"))
            continue;
        const QString type = xml.attributes().value(QLatin1String("type")).toString();
        if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
            continue;
        ++c.total;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (type != QLatin1String("unfinished") && !text.trimmed().isEmpty())
            ++c.finished;
    }
    return c;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Japanese") << QStringLiteral("ja");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }

    // At least 95% of the messages are translated (no placeholders, no copied English).
    void catalogue()
    {
        QFETCH(QString, language);
        const Counts c = countMessages(kSources + QStringLiteral("/apim-gateway-migrator_") + language + QStringLiteral(".ts"));
        QVERIFY(c.total > 300);
        QVERIFY2(c.finished * 100 >= c.total * 95,
                 qPrintable(QStringLiteral("%1 of %2 translated").arg(c.finished).arg(c.total)));
    }

    // The compiled catalogue loads and translates known strings from every layer.
    void knownStrings_data() { catalogue_data(); }
    void knownStrings()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("apim-gateway-migrator_") + language, kTranslations));
        const struct
        {
            const char *context;
            const char *source;
        } known[] = {
            {"agm::ReviewPage", "Review every change"},
            {"agm::ImagePage", "Pin the container image"},
            {"agm::Finding", "The image has no tag, which means 'latest' (a floating tag). Pin an exact 2.x.y tag."},
            {"agm::Core", "this is a folder"},
        };
        for (const auto &k : known) {
            const QString translated = translator.translate(k.context, k.source);
            QVERIFY2(!translated.isEmpty() && translated != QString::fromUtf8(k.source),
                     qPrintable(QStringLiteral("%1: '%2' is not translated").arg(language, QString::fromUtf8(k.source))));
        }
    }

    // Files with a tr() wrapper of their own: lupdate files their texts under the enclosing scope
    // (the namespace, a member's class), and the program still finds them.
    void wrapperContexts()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("apim-gateway-migrator_de"), kTranslations));
        QCoreApplication::installTranslator(&translator);
        const QString state = agm::fileStateTitle(agm::FileState::NotDeployment);
        const QString recipeError = agm::parseRecipe(QByteArrayLiteral("{\"format\": 1}")).error;
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(agm::fileStateTitle(agm::FileState::NotDeployment), QStringLiteral("not about the gateway"));
        QVERIFY2(state != QLatin1String("not about the gateway"), qPrintable(state));
        QVERIFY(!recipeError.isEmpty());
        QVERIFY2(recipeError != agm::parseRecipe(QByteArrayLiteral("{\"format\": 1}")).error, qPrintable(recipeError));
    }

    // --lang switches the command line's language.
    void commandLineLanguage()
    {
        QProcess english, german;
        english.start(QStringLiteral(AGM_APP_PATH), {QStringLiteral("--help")});
        german.start(QStringLiteral(AGM_APP_PATH), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QVERIFY(english.waitForFinished(30000) && german.waitForFinished(30000));
        QCOMPARE(german.exitCode(), 0);
        const QByteArray en = english.readAllStandardOutput(), de = german.readAllStandardOutput();
        QVERIFY(en.contains("Usage"));
        QVERIFY2(!de.contains("Usage:") && de.contains("migrate"), de.constData());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
