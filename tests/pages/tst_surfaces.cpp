// SPDX-License-Identifier: MIT
// One truth on every surface: for every golden and hostile case, the ledger of the engine, the
// CLI's exit code of --check, its --json, its JSON and Markdown reports and the wizard's session
// and Summary text say the same about every file. A surface that computes its own status fails here.
#include "../clirun.h"
#include "../hostilecorpus.h"
#include "../testfiles.h"

#include "ledger.h"
#include "migrationsession.h"
#include "project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace agm;
using agm::test::CliRun;
using agm::test::filesUnder;
using agm::test::readAll;
using agm::test::runCli;

namespace {

const QString kGolden = QStringLiteral(AGM_TEST_DATA "/golden");

struct Case
{
    QStringList paths;
    QStringList options; // CLI options beyond --tag (from the golden case's args file)
    QString tag = QStringLiteral("2.11.1");
};

Case goldenCase(const QString &name)
{
    Case c;
    const QString input = kGolden + QLatin1Char('/') + name + QStringLiteral("/input");
    c.paths << input;
    // Named files are imported whatever their suffix, as in tst_golden.
    for (const QString &f : filesUnder(input))
        c.paths << input + QLatin1Char('/') + f;
    const QStringList args = QString::fromUtf8(readAll(kGolden + QLatin1Char('/') + name + QStringLiteral("/args"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i].trimmed() == QLatin1String("--tag"))
            c.tag = args[i + 1].trimmed();
        else
            c.options << args[i].trimmed() << args[i + 1].trimmed();
    }
    return c;
}

MigrationOptions optionsOf(const Case &c)
{
    MigrationOptions options;
    options.tag = c.tag;
    const QHash<QString, Step> steps = {{QStringLiteral("image"), Step::Image}, {QStringLiteral("endpoint"), Step::Endpoint},
                                        {QStringLiteral("security"), Step::Security}, {QStringLiteral("extras"), Step::Extras}};
    for (int i = 0; i + 1 < c.options.size(); i += 2) {
        if (c.options[i] == QLatin1String("--endpoint"))
            options.endpointHost = c.options[i + 1];
        else if (c.options[i] == QLatin1String("--skip"))
            options.skippedSteps.insert(steps.value(c.options[i + 1]));
    }
    return options;
}

// "path=state" per file, in the ledger's order.
QStringList statesOf(const Ledger &ledger)
{
    QStringList out;
    for (const FileEntry &f : ledger.files)
        out << f.file + QLatin1Char('=') + fileStateName(f.state);
    return out;
}

QStringList statesOf(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(QStringLiteral("files")).toArray())
        out << v.toObject().value(QStringLiteral("path")).toString() + QLatin1Char('=') + v.toObject().value(QStringLiteral("state")).toString();
    for (const QJsonValue &v : report.value(QStringLiteral("inputErrors")).toArray())
        out << v.toObject().value(QStringLiteral("path")).toString() + QLatin1Char('=') + v.toObject().value(QStringLiteral("state")).toString();
    return out;
}

int expectedCheckExit(const Ledger &ledger)
{
    return ledger.hasUnreadable() ? 2 : ledger.allClear() ? 0 : 1;
}

} // namespace

class TestSurfaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_hostile.isValid());
        const QString error = agm::test::buildHostileCorpus(m_hostile.path(), agm::test::hostileManifest());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sameAnswerEverywhere_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("tag");
        for (const QString &name : QDir(kGolden).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const Case c = goldenCase(name);
            QTest::addRow("golden %s", qPrintable(name)) << c.paths << c.options << c.tag;
            // The migrated form is a case of its own: the all-clear must hold there.
            const QString expected = kGolden + QLatin1Char('/') + name + QStringLiteral("/expected");
            QStringList migrated{expected};
            for (const QString &f : filesUnder(expected))
                migrated << expected + QLatin1Char('/') + f;
            QTest::addRow("golden %s, migrated", qPrintable(name)) << migrated << c.options << c.tag;
        }
        for (const agm::test::HostileEntry &e : agm::test::hostileManifest())
            QTest::addRow("hostile %s", qPrintable(e.file)) << QStringList{m_hostile.filePath(e.file)} << QStringList() << QStringLiteral("2.11.1");
    }

    void sameAnswerEverywhere()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, options);
        QFETCH(QString, tag);
        const Case c{paths, options, tag};

        // The engine's own ledger.
        const Project project = importPaths(paths);
        const ProjectPlan plan = planProject(project, optionsOf(c));
        const Ledger ledger = buildLedger(project, plan);
        const QStringList states = statesOf(ledger);

        QTemporaryDir out;
        const QStringList common = QStringList{QStringLiteral("migrate"), QStringLiteral("--tag"), tag} + options;
        // --check: its exit code, its JSON report.
        const CliRun check = runCli(common + QStringList{QStringLiteral("--check"), QStringLiteral("--report"), out.filePath(QStringLiteral("r.json"))} + paths);
        QVERIFY2(check.exitCode == expectedCheckExit(ledger),
                 qPrintable(QStringLiteral("--check exit %1, ledger %2\n").arg(check.exitCode).arg(ledger.summary()) + QString::fromUtf8(check.err)));
        const QJsonObject report = QJsonDocument::fromJson(readAll(out.filePath(QStringLiteral("r.json")))).object();
        QCOMPARE(statesOf(report), states);
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("text")).toString(), ledger.summary());
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("allClear")).toBool(), ledger.allClear());
        QVERIFY2(check.err.contains(QStringLiteral("status: %1\n").arg(ledger.summary()).toUtf8()), check.err.constData());

        // --json on stdout, and the Markdown report's status line.
        const CliRun json = runCli(common + QStringList{QStringLiteral("--json"), QStringLiteral("--report"), out.filePath(QStringLiteral("r.md"))} + paths);
        const QJsonObject plan2 = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(statesOf(plan2), states);
        QCOMPARE(plan2.value(QStringLiteral("summary")).toObject().value(QStringLiteral("openItems")).toInt(), ledger.openItems());
        QVERIFY2(readAll(out.filePath(QStringLiteral("r.md"))).contains(QStringLiteral("Status: %1").arg(ledger.summary()).toUtf8()),
                 qPrintable(ledger.summary()));

        // The wizard's session, fed the same paths and the same choices the way an operator makes
        // them there: a skipped step is every row of it unticked, --endpoint the answer of each question.
        MigrationSession session;
        session.setProject(importPaths(paths));
        session.setTag(tag);
        const MigrationOptions chosen = optionsOf(c);
        for (const FileAnalysis &file : session.project().files) {
            for (const Finding &f : file.findings) {
                if (chosen.skippedSteps.contains(f.step))
                    session.setFindingEnabled(file.source.relativePath, f.id, false);
                else if (!chosen.endpointHost.isEmpty() && f.needsAnswer() && f.defaultHost.isEmpty())
                    session.setHostOverride(file.source.relativePath, f.id, chosen.endpointHost);
            }
        }
        const Ledger &wizard = session.ledger(); // what every wizard page reads
        QCOMPARE(statesOf(wizard), states);
        QCOMPARE(wizard.summary(), ledger.summary());
    }

private:
    QTemporaryDir m_hostile;
};

QTEST_MAIN(TestSurfaces)
#include "tst_surfaces.moc"
