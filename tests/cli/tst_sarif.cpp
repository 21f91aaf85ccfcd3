// SPDX-License-Identifier: MIT
// SARIF reports (migrate --check --report FILE.sarif) of every golden case: one result per finding
// still to do (as many as --json lists), fixes that turn each input into its expected file, files
// that could not be read as notifications, no secret, and every report valid for Microsoft's SARIF
// Multitool (zero errors).
#include "../canaries.h"
#include "../clirun.h"
#include "../sarifvalidate.h"
#include "../testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using agm::test::filesUnder;
using agm::test::readAll;
using agm::test::runCli;

namespace {

const QString kData = QStringLiteral(AGM_TEST_DATA);

// The case folder plus each of its files by name, as the golden harness imports them.
QStringList inputArguments(const QString &dir, const QString &shownAs)
{
    QStringList paths{shownAs};
    for (const QString &f : filesUnder(dir))
        paths << shownAs + QLatin1Char('/') + f;
    return paths;
}

QJsonObject runOf(const QJsonObject &sarif)
{
    return sarif.value(QStringLiteral("runs")).toArray().at(0).toObject();
}

// Findings the --json plan lists as still to do in the files: what --check lists.
int toDoInJson(const QJsonObject &plan)
{
    int n = 0;
    for (const QJsonValue &file : plan.value(QStringLiteral("files")).toArray()) {
        for (const QJsonValue &f : file.toObject().value(QStringLiteral("findings")).toArray()) {
            const QString status = f.toObject().value(QStringLiteral("status")).toString();
            n += status == QLatin1String("changed") || status == QLatin1String("pending") ? 1 : 0;
        }
    }
    return n;
}

// Line/column (UTF-16 code units, 1-based) to an index of `text`; the line after a final line
// ending exists, for insertions at the end.
int indexOf(const QString &text, int line, int column)
{
    QList<int> starts{0};
    for (int i = 0; i < int(text.size()); ++i) { // int: Qt 5's QString::operator[]
        if (text[i] == QLatin1Char('\r') && i + 1 < int(text.size()) && text[i + 1] == QLatin1Char('\n'))
            ++i;
        if (text[i] == QLatin1Char('\n') || text[i] == QLatin1Char('\r'))
            starts << i + 1;
    }
    return line >= 1 && line <= int(starts.size()) ? starts[line - 1] + column - 1 : -1;
}

struct Replacement
{
    int start, end;
    QString text;
};

// Applies every fix of `results` for the artifact `uri` to `text`.
QString applyFixes(QString text, const QJsonArray &results, const QString &uri)
{
    std::vector<Replacement> replacements;
    for (const QJsonValue &r : results) {
        for (const QJsonValue &fix : r.toObject().value(QStringLiteral("fixes")).toArray()) {
            for (const QJsonValue &change : fix.toObject().value(QStringLiteral("artifactChanges")).toArray()) {
                if (change.toObject().value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString() != uri)
                    continue;
                for (const QJsonValue &rep : change.toObject().value(QStringLiteral("replacements")).toArray()) {
                    const QJsonObject region = rep.toObject().value(QStringLiteral("deletedRegion")).toObject();
                    replacements.push_back({indexOf(text, region.value(QStringLiteral("startLine")).toInt(), region.value(QStringLiteral("startColumn")).toInt()),
                                            indexOf(text, region.value(QStringLiteral("endLine")).toInt(), region.value(QStringLiteral("endColumn")).toInt()),
                                            rep.toObject().value(QStringLiteral("insertedContent")).toObject().value(QStringLiteral("text")).toString()});
                }
            }
        }
    }
    std::sort(replacements.begin(), replacements.end(), [](const Replacement &a, const Replacement &b) { return a.start > b.start; });
    for (const Replacement &r : replacements)
        text.replace(r.start, r.end - r.start, r.text);
    return text;
}

} // namespace

class TestSarif : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_reports; // every report written, validated at the end in one run of the Multitool
    int m_fixedFiles = 0;  // inputs whose fixes were applied and compared with the expected file

    // Writes `name`.sarif for `args` run in `workDir`; returns it parsed.
    QJsonObject sarifOf(const QString &name, const QStringList &args, const QString &workDir, int *exitCode = nullptr)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sarif"));
        const auto run = runCli(QStringList{QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--report"), path} + args, {}, workDir);
        if (exitCode)
            *exitCode = run.exitCode;
        if (!QFile::exists(path))
            qWarning("%s", run.err.constData());
        m_reports << path;
        return QJsonDocument::fromJson(readAll(path)).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void goldenCase_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir golden(kData + QStringLiteral("/golden"));
        for (const QString &name : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << golden.filePath(name);
    }

    void goldenCase()
    {
        QFETCH(QString, caseDir);
        QStringList args{QStringLiteral("--offline")};
        const QStringList caseArgs = QString::fromUtf8(readAll(caseDir + QStringLiteral("/args"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!caseArgs.contains(QStringLiteral("--tag")))
            args << QStringLiteral("--tag") << QStringLiteral("2.11.1");
        for (const QString &a : caseArgs)
            args << a.trimmed();
        // Run in the case folder, as CI runs in its checkout: locations are relative to it.
        args += inputArguments(caseDir + QStringLiteral("/input"), QStringLiteral("input"));

        int exitCode = -1;
        const QJsonObject sarif = sarifOf(QFileInfo(caseDir).fileName(), args, caseDir, &exitCode);
        const auto planRun = runCli(QStringList{QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--json")} + args, {}, caseDir);
        const QJsonObject plan = planRun.json();
        QCOMPARE(exitCode, planRun.exitCode);

        QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QCOMPARE(sarif.value(QStringLiteral("$schema")).toString(), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
        const QJsonObject run = runOf(sarif);
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), toDoInJson(plan));
        const QJsonArray rules = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject().value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject r = value.toObject();
            QCOMPARE(rules.at(r.value(QStringLiteral("ruleIndex")).toInt()).toObject().value(QStringLiteral("id")), r.value(QStringLiteral("ruleId")));
            QVERIFY(!r.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().isEmpty());
            const QJsonObject location = r.value(QStringLiteral("locations")).toArray().at(0).toObject().value(QStringLiteral("physicalLocation")).toObject();
            const QString uri = location.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString();
            QVERIFY2(uri.startsWith(QLatin1String("input/")), qPrintable(uri));
            QVERIFY2(QFile::exists(caseDir + QLatin1Char('/') + QUrl::fromPercentEncoding(uri.toUtf8())), qPrintable(uri));
            QVERIFY(location.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt() >= 1);
            // A change the tool makes comes with its fix (or says why not).
            const QJsonObject props = r.value(QStringLiteral("properties")).toObject();
            if (props.value(QStringLiteral("status")).toString() == QLatin1String("changed"))
                QVERIFY(r.contains(QStringLiteral("fixes")) || props.contains(QStringLiteral("fixOmitted")));
            else
                QVERIFY(!r.contains(QStringLiteral("fixes")));
        }

        // Every fix applied to its input gives the expected file (UTF-8 without BOM: columns are
        // UTF-16 code units of the decoded text; a BOM would need the encoding).
        for (const QString &file : filesUnder(caseDir + QStringLiteral("/input"))) {
            const QByteArray input = readAll(caseDir + QStringLiteral("/input/") + file);
            const QString uri = QString::fromUtf8(QUrl(QStringLiteral("input/") + file).toEncoded());
            const bool omitted = std::any_of(results.begin(), results.end(), [&](const QJsonValue &r) {
                return r.toObject().value(QStringLiteral("properties")).toObject().contains(QStringLiteral("fixOmitted"));
            });
            if (input.startsWith("\xEF\xBB\xBF") || input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF") || omitted)
                continue;
            const QByteArray fixed = applyFixes(QString::fromUtf8(input), results, uri).toUtf8();
            m_fixedFiles += fixed != input ? 1 : 0;
            QVERIFY2(fixed == readAll(caseDir + QStringLiteral("/expected/") + file), qPrintable(file + QStringLiteral(":\n") + QString::fromUtf8(fixed)));
        }

        // Files that could not be read: notifications, and the run did not succeed.
        const int unreadable = plan.value(QStringLiteral("summary")).toObject().value(QStringLiteral("states")).toObject().value(QStringLiteral("unreadable")).toInt();
        const QJsonObject invocation = run.value(QStringLiteral("invocations")).toArray().at(0).toObject();
        QCOMPARE(invocation.value(QStringLiteral("executionSuccessful")).toBool(), unreadable == 0);
        QCOMPARE(invocation.value(QStringLiteral("toolExecutionNotifications")).toArray().size() > 0, unreadable > 0);
    }

    // Binary, undecodable and missing inputs are never dropped: each is a notification naming it.
    void unreadableFilesAreNotifications()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(kData + QStringLiteral("/golden/k8s-portal-v1/input/gateway.yaml"), dir.filePath(QStringLiteral("gateway.yaml"))));
        QFile binary(dir.filePath(QStringLiteral("binary.yaml")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        static const char bytes[] = "image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n\0\0\0";
        binary.write(bytes, sizeof bytes - 1);
        binary.close();
        QFile latin1(dir.filePath(QStringLiteral("latin1.env")));
        QVERIFY(latin1.open(QIODevice::WriteOnly));
        latin1.write("config.service.endpoint=caf\xE9\n");
        latin1.close();
        int exitCode = -1;
        const QJsonObject sarif = sarifOf(QStringLiteral("unreadable"), {QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11.1"), dir.path(),
                                                                          dir.filePath(QStringLiteral("missing.yaml"))}, dir.path(), &exitCode);
        QCOMPARE(exitCode, 2);
        const QJsonObject invocation = runOf(sarif).value(QStringLiteral("invocations")).toArray().at(0).toObject();
        QCOMPARE(invocation.value(QStringLiteral("executionSuccessful")).toBool(), false);
        QStringList named;
        for (const QJsonValue &n : invocation.value(QStringLiteral("toolExecutionNotifications")).toArray()) {
            QCOMPARE(n.toObject().value(QStringLiteral("level")).toString(), QStringLiteral("error"));
            named << n.toObject().value(QStringLiteral("locations")).toArray().at(0).toObject().value(QStringLiteral("physicalLocation")).toObject()
                         .value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString().section(QLatin1Char('/'), -1);
        }
        named.sort();
        QCOMPARE(named, (QStringList{QStringLiteral("binary.yaml"), QStringLiteral("latin1.env"), QStringLiteral("missing.yaml")}));
        QVERIFY(!runOf(sarif).value(QStringLiteral("results")).toArray().isEmpty()); // the readable file still has its results
    }

    // The secret canaries: no form of any in the report, fixes included.
    void secretsAreMasked()
    {
        const QString canaries = agm::test::kCanaryData;
        const QString path = m_dir.filePath(QStringLiteral("canaries.sarif"));
        const auto run = runCli(QStringList{QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--offline"), QStringLiteral("--tag"),
                                            QStringLiteral("2.11.1"), QStringLiteral("--report"), path}
                                + inputArguments(canaries, canaries));
        QVERIFY2(run.exitCode == 1 || run.exitCode == 2, run.err.constData());
        m_reports << path;
        const QByteArray sarif = readAll(path);
        QVERIFY(sarif.contains("\"results\""));
        QVERIFY2(agm::test::findCanary(sarif, agm::test::canaryForms()).isEmpty(), agm::test::leakReport(sarif, agm::test::canaryForms()).constData());
        QVERIFY(!runOf(QJsonDocument::fromJson(sarif).object()).value(QStringLiteral("results")).toArray().isEmpty());
    }

    // Last: every report of this run in one Multitool run; missing, it fails (setup-deps.sh installs it).
    void validatesWithMultitool()
    {
        QVERIFY(m_reports.size() > 60);
        QVERIFY2(m_fixedFiles > 60, qPrintable(QString::number(m_fixedFiles)));
        const agm::test::SarifValidation v = agm::test::validateSarif(m_reports);
        QVERIFY2(v.problem.isEmpty(), qPrintable(v.problem));
        if (!v.warnings.isEmpty())
            qInfo("%lld Multitool warnings, for example: %s", qint64(v.warnings.size()), qPrintable(v.warnings.first()));
        QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(QLatin1Char('\n'))));
        QVERIFY2(v.exitCode == 0, v.output.constData());
        QCOMPARE(v.scanned, int(m_reports.size()));
    }
};

QTEST_GUILESS_MAIN(TestSarif)
#include "tst_sarif.moc"
