// SPDX-License-Identifier: MIT
// Replays every fuzz target's seeds and every input under tests/data/fuzz/<target>/ (hand-written
// seeds and the reproducers of crashes the fuzzers found) through the targets' entry functions,
// so a fixed crash stays fixed in the normal test suite.
#include "../testfiles.h"
#include "fuzzchecks.h"

#include <QTest>

using namespace agm::fuzz;

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("input");
        const QString testData = QStringLiteral(AGM_TEST_DATA);
        for (const Target &t : targets()) {
            const QString name = QString::fromLatin1(t.name);
            const QList<QByteArray> seeds = t.seeds(testData);
            QVERIFY2(!seeds.isEmpty(), qPrintable(name + QStringLiteral(": no seeds from the test data")));
            for (int i = 0; i < seeds.size(); ++i)
                QTest::newRow(qPrintable(QStringLiteral("%1/seed-%2").arg(name).arg(i + 1))) << name << seeds[i];
            const QString dir = testData + QStringLiteral("/fuzz/") + name;
            for (const QString &file : agm::test::filesUnder(dir))
                QTest::newRow(qPrintable(name + QLatin1Char('/') + file)) << name << agm::test::readAll(dir + QLatin1Char('/') + file);
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, input);
        const Target *t = findTarget(target);
        QVERIFY(t);
        const QString problem = t->check(input);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
