// SPDX-License-Identifier: MIT
// Golden cases: tests/data/golden/<case>/{input,expected,args}. The expected files were written
// by hand from the migration rules, so they check the engine independently.
#include "../testfiles.h"
#include "ledger.h"
#include "linediff.h"
#include "project.h"
#include "report.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace agm;

using agm::test::readAll;
using agm::test::filesUnder;

namespace {

QString goldenRoot()
{
    return QStringLiteral(AGM_TEST_DATA "/golden");
}


MigrationOptions optionsFor(const QString &caseDir)
{
    MigrationOptions options;
    options.tag = QStringLiteral("2.11.1");
    const QStringList args = QString::fromUtf8(readAll(caseDir + QStringLiteral("/args"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString option = args[i].trimmed(), value = args[i + 1].trimmed();
        if (option == QLatin1String("--tag"))
            options.tag = value;
        else if (option == QLatin1String("--endpoint"))
            options.endpointHost = value;
        else if (option == QLatin1String("--skip")) {
            const QHash<QString, Step> steps = {{QStringLiteral("image"), Step::Image}, {QStringLiteral("endpoint"), Step::Endpoint},
                                                {QStringLiteral("security"), Step::Security}, {QStringLiteral("extras"), Step::Extras}};
            options.skippedSteps.insert(steps.value(value));
        } else {
            qFatal("unknown option in %s/args", qPrintable(caseDir));
        }
    }
    return options;
}


// The case folder plus each of its files by name: the folder walk picks only the suffixes it
// knows and skips hidden folders (.github), while a named file is always imported.
QStringList importArguments(const QString &dir)
{
    QStringList paths{dir};
    for (const QString &f : filesUnder(dir))
        paths << dir + QLatin1Char('/') + f;
    return paths;
}

QString diffText(const QByteArray &expected, const QByteArray &actual)
{
    return QString::fromStdString(unifiedDiff(expected.toStdString(), actual.toStdString(),
                                              QStringLiteral("expected"), QStringLiteral("actual")));
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migration_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 20, "the golden cases are missing");
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << goldenRoot() + QLatin1Char('/') + c;
    }

    // Every output byte matches the hand-written expectation; inputs stay untouched.
    void migration()
    {
        QFETCH(QString, caseDir);
        const QString inputDir = caseDir + QStringLiteral("/input");
        const QString expectedDir = caseDir + QStringLiteral("/expected");
        const QStringList inputs = filesUnder(inputDir);
        QCOMPARE(filesUnder(expectedDir), inputs);
        QHash<QString, QByteArray> before;
        for (const QString &f : inputs)
            before.insert(f, readAll(inputDir + QLatin1Char('/') + f));

        const MigrationOptions options = optionsFor(caseDir);
        const Project project = importPaths(importArguments(inputDir));
        QVERIFY(project.errors.empty());
        const ProjectPlan plan = planProject(project, options);
        QHash<QString, QByteArray> produced;
        for (std::size_t i = 0; i < project.files.size(); ++i) {
            const FileAnalysis &file = project.files[i];
            for (const Finding &f : file.findings)
                QVERIFY2(f.severity != Severity::Error, qPrintable(QString(f.file) + QLatin1Char(':') + QString::number(f.line) + QStringLiteral(": ") + f.message()));
            produced.insert(file.source.relativePath, encodeLike(file.source, plan.files[i].migratedText));
        }
        for (const QString &f : inputs) {
            const QByteArray expected = readAll(expectedDir + QLatin1Char('/') + f);
            const QByteArray actual = produced.value(f, before.value(f));
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 differs:\n%2").arg(f, diffText(expected, actual))));
            QCOMPARE(readAll(inputDir + QLatin1Char('/') + f), before.value(f));
        }
        // Where each file ends in the ledger ("states": "path=state" per line, in path order).
        QStringList states;
        for (const FileEntry &f : buildLedger(project, plan).files)
            states << f.file + QLatin1Char('=') + fileStateName(f.state);
        QCOMPARE(states, QString::fromUtf8(readAll(caseDir + QStringLiteral("/states"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }

    // The one-shot plan (findings moved out of the analyses) is the same plan and report.
    void planOnceMatchesPlan_data() { migration_data(); }
    void planOnceMatchesPlan()
    {
        QFETCH(QString, caseDir);
        const MigrationOptions options = optionsFor(caseDir);
        const Project project = importPaths(importArguments(caseDir + QStringLiteral("/input")));
        Project consumed = importPaths(importArguments(caseDir + QStringLiteral("/input")));
        const ProjectPlan plan = planProject(project, options);
        const ProjectPlan once = planProjectOnce(consumed, options);
        QCOMPARE(once.files.size(), plan.files.size());
        for (std::size_t i = 0; i < plan.files.size(); ++i) {
            QCOMPARE(once.files[i].migratedText, plan.files[i].migratedText);
            QCOMPARE(once.files[i].findings.size(), project.files[i].findings.size());
            QCOMPARE(consumed.files[i].hasErrors(), project.files[i].hasErrors());
        }
        const ReportContext context{.tag = options.tag, .tagSource = QStringLiteral("test"), .toolVersion = QStringLiteral("0")};
        QCOMPARE(jsonReport(consumed, once, context), jsonReport(project, plan, context));
    }

    // Migrating the expected output again changes nothing.
    void idempotence_data() { migration_data(); }
    void idempotence()
    {
        QFETCH(QString, caseDir);
        const MigrationOptions options = optionsFor(caseDir);
        const Project project = importPaths(importArguments(caseDir + QStringLiteral("/expected")));
        const ProjectPlan plan = planProject(project, options);
        for (std::size_t i = 0; i < project.files.size(); ++i) {
            const FilePlan &p = plan.files[i];
            QString edits;
            for (const Edit &e : p.edits)
                edits += QStringLiteral(" %1@%2").arg(e.findingId).arg(e.start);
            QVERIFY2(p.edits.empty(), qPrintable(project.files[i].source.relativePath + QStringLiteral(" still has edits:") + edits));
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
