// SPDX-License-Identifier: MIT
// The line differ: line splitting, runs that rebuild the new text with the fewest changed lines,
// the cost budget, and unified diff output.
#include "linediff.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace agm;

namespace {

// "abc" -> "a\nb\nc\n": one line per character keeps the cases readable.
QByteArray lines(const char *compact)
{
    QByteArray out;
    for (const char *c = compact; *c; ++c) {
        out += *c;
        out += '\n';
    }
    return out;
}

// Edit distance in lines (insertions + deletions) by dynamic programming, independent of Myers.
int minimalChanges(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b)
{
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j]
                    = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    return int(n + m) - 2 * lcs[0][0];
}

int changedLines(const std::vector<DiffRun> &runs)
{
    int changed = 0;
    for (const DiffRun &r : runs) {
        if (r.op != DiffOp::Equal)
            changed += r.count;
    }
    return changed;
}

// Walks the runs over the old lines; fails unless they consume both texts in order and rebuild
// the new one. Equal and Delete runs index the old text, Equal and Insert runs the new one.
QString replay(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b,
               const std::vector<DiffRun> &runs)
{
    int oi = 0, ni = 0;
    std::vector<std::string_view> rebuilt;
    for (const DiffRun &r : runs) {
        if (r.count <= 0)
            return QStringLiteral("a run with count %1").arg(r.count);
        switch (r.op) {
        case DiffOp::Equal:
            if (r.oldStart != oi || r.newStart != ni)
                return QStringLiteral("equal run at %1/%2, expected %3/%4")
                        .arg(r.oldStart)
                        .arg(r.newStart)
                        .arg(oi)
                        .arg(ni);
            for (int k = 0; k < r.count; ++k) {
                if (oi + k >= int(a.size()) || ni + k >= int(b.size())
                    || a[std::size_t(oi + k)] != b[std::size_t(ni + k)])
                    return QStringLiteral("equal run at %1/%2 covers different lines")
                            .arg(oi)
                            .arg(ni);
                rebuilt.push_back(a[std::size_t(oi + k)]);
            }
            oi += r.count;
            ni += r.count;
            break;
        case DiffOp::Delete:
            if (r.oldStart != oi || oi + r.count > int(a.size()))
                return QStringLiteral("delete run at %1, expected %2").arg(r.oldStart).arg(oi);
            oi += r.count;
            break;
        case DiffOp::Insert:
            if (r.newStart != ni || ni + r.count > int(b.size()))
                return QStringLiteral("insert run at %1, expected %2").arg(r.newStart).arg(ni);
            for (int k = 0; k < r.count; ++k)
                rebuilt.push_back(b[std::size_t(ni + k)]);
            ni += r.count;
            break;
        }
    }
    if (oi != int(a.size()) || ni != int(b.size()))
        return QStringLiteral("runs end at %1/%2 of %3/%4 lines")
                .arg(oi)
                .arg(ni)
                .arg(a.size())
                .arg(b.size());
    if (rebuilt != b)
        return QStringLiteral("the runs do not rebuild the new text");
    return {};
}

std::string randomText(std::mt19937 &rng, int alphabet, int maxLines)
{
    std::uniform_int_distribution<int> length(0, maxLines), letter(0, alphabet - 1);
    std::string text;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
        text += char('a' + letter(rng));
        text += '\n';
    }
    return text;
}

// A copy of `text` with a few lines deleted, replaced or inserted, so most pairs are similar.
std::string mutate(std::mt19937 &rng, const std::string &text, int alphabet)
{
    std::vector<std::string> ls;
    for (std::string_view l : splitLines(text))
        ls.emplace_back(l);
    std::uniform_int_distribution<int> edits(0, 4), op(0, 2), letter(0, alphabet - 1);
    const int count = edits(rng);
    for (int e = 0; e < count; ++e) {
        const std::string line = std::string(1, char('a' + letter(rng))) + '\n';
        const int o = op(rng);
        if (ls.empty() || o == 0) {
            std::uniform_int_distribution<std::size_t> at(0, ls.size());
            ls.insert(ls.begin() + std::ptrdiff_t(at(rng)), line);
        } else {
            std::uniform_int_distribution<std::size_t> at(0, ls.size() - 1);
            const std::size_t i = at(rng);
            if (o == 1)
                ls.erase(ls.begin() + std::ptrdiff_t(i));
            else
                ls[i] = line;
        }
    }
    std::string out;
    for (const std::string &l : ls)
        out += l;
    return out;
}

// The diff under a cost budget; `problem` is set when its runs do not rebuild the new text.
std::vector<DiffRun> diffWithBudget(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b,
                                    int maxCost, QString &problem)
{
    LineDiffOptions options;
    options.maxCost = maxCost;
    std::vector<DiffRun> runs = agm::diffLines(a, b, options);
    problem = replay(a, b, runs);
    return runs;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QByteArray>>("expected");

        QTest::newRow("LF lines keep their LF")
                << QByteArray("a\nb\n") << QList<QByteArray> {"a\n", "b\n"};
        QTest::newRow("CRLF lines keep their CRLF")
                << QByteArray("a\r\nb\r\n") << QList<QByteArray> {"a\r\n", "b\r\n"};
        QTest::newRow("CR lines keep their CR")
                << QByteArray("a\rb\r") << QList<QByteArray> {"a\r", "b\r"};
        QTest::newRow("a last line without an ending is still a line")
                << QByteArray("a\nb") << QList<QByteArray> {"a\n", "b"};
        QTest::newRow("mixed endings each stay with their line")
                << QByteArray("a\r\nb\nc\rd") << QList<QByteArray> {"a\r\n", "b\n", "c\r", "d"};
        QTest::newRow("a CR before a CRLF ends an empty line of its own")
                << QByteArray("a\r\r\n") << QList<QByteArray> {"a\r", "\r\n"};
        QTest::newRow("blank lines are lines")
                << QByteArray("\n\n") << QList<QByteArray> {"\n", "\n"};
        QTest::newRow("an empty text has no lines") << QByteArray() << QList<QByteArray> {};
        QTest::newRow("text without any ending is one line")
                << QByteArray("key: value") << QList<QByteArray> {"key: value"};
    }

    void splitLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QByteArray>, expected);

        const std::string s = text.toStdString();
        const auto parts = agm::splitLines(s);
        QList<QByteArray> actual;
        QByteArray joined;
        for (std::string_view p : parts) {
            actual << QByteArray(p.data(), qsizetype(p.size()));
            joined += QByteArray(p.data(), qsizetype(p.size()));
        }
        QCOMPARE(actual, expected);
        QCOMPARE(joined, text);
        // The unified diff's 32-bit table holds the same lines.
        const agm::LineTable table(s);
        QCOMPARE(table.size(), parts.size());
        for (std::size_t i = 0; i < parts.size(); ++i)
            QVERIFY(table[i] == parts[i]);
    }

    void diffLines_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<int>("changed"); // the fewest inserted plus deleted lines

        QTest::newRow("equal texts change nothing") << lines("abcdef") << lines("abcdef") << 0;
        QTest::newRow("two empty texts change nothing") << QByteArray() << QByteArray() << 0;
        QTest::newRow("a new file inserts every line") << QByteArray() << lines("abc") << 3;
        QTest::newRow("an emptied file deletes every line") << lines("abc") << QByteArray() << 3;
        QTest::newRow("a changed middle line is one deletion and one insertion")
                << lines("abcdefg") << lines("abcXefg") << 2;
        QTest::newRow("an inserted middle line is one insertion")
                << lines("abcd") << lines("abXcd") << 1;
        QTest::newRow("a deleted middle line is one deletion")
                << lines("abcd") << lines("abd") << 1;
        QTest::newRow("a changed first line") << lines("abc") << lines("Xbc") << 2;
        QTest::newRow("a changed last line") << lines("abc") << lines("abX") << 2;
        QTest::newRow("interleaved changes, insertions and deletions")
                << lines("abcdefgh") << lines("aXcdYfgZh") << 5;
        QTest::newRow("the Myers paper's example needs five changes")
                << lines("ABCABBA") << lines("CBABAC") << 5;
        QTest::newRow("a moved block costs the smaller side")
                << lines("abcdef") << lines("defabc") << 6;
        QTest::newRow("repeated lines are matched, not all replaced")
                << lines("aaaa") << lines("aa") << 2;
        QTest::newRow("a swap of two lines is one deletion and one insertion")
                << lines("ab") << lines("ba") << 2;
        QTest::newRow("a line whose ending changes from CRLF to LF is a changed line")
                << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nb\nc\r\n") << 2;
        QTest::newRow("adding a final newline changes the last line")
                << QByteArray("a\nb") << QByteArray("a\nb\n") << 2;
    }

    void diffLines()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(int, changed);

        const std::string o = oldText.toStdString(), n = newText.toStdString();
        const auto a = agm::splitLines(o), b = agm::splitLines(n);
        const std::vector<DiffRun> runs = agm::diffLines(a, b);
        const QString problem = replay(a, b, runs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(changedLines(runs), changed);
        QCOMPARE(minimalChanges(a, b), changed); // the expectation itself is minimal
        if (changed == 0) {
            QCOMPARE(int(runs.size()), a.empty() ? 0 : 1);
        }
        // The same runs over the 32-bit line tables.
        const std::vector<DiffRun> tableRuns = agm::diffLines(agm::LineTable(o), agm::LineTable(n));
        QCOMPARE(tableRuns.size(), runs.size());
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QVERIFY(tableRuns[i].op == runs[i].op);
            QCOMPARE(tableRuns[i].oldStart, runs[i].oldStart);
            QCOMPARE(tableRuns[i].newStart, runs[i].newStart);
            QCOMPARE(tableRuns[i].count, runs[i].count);
        }
    }

    void randomized_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("alphabet");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<bool>("similar");

        QTest::newRow("unrelated texts over two distinct lines") << 20241u << 2 << 12 << false;
        QTest::newRow("unrelated texts over three distinct lines") << 7u << 3 << 14 << false;
        QTest::newRow("slightly edited texts over two distinct lines") << 99u << 2 << 16 << true;
        QTest::newRow("slightly edited texts over five distinct lines") << 4242u << 5 << 20 << true;
    }

    void randomized()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, alphabet);
        QFETCH(int, maxLines);
        QFETCH(bool, similar);

        std::mt19937 rng(seed);
        for (int iteration = 0; iteration < 200; ++iteration) {
            const std::string o = randomText(rng, alphabet, maxLines);
            const std::string n
                    = similar ? mutate(rng, o, alphabet) : randomText(rng, alphabet, maxLines);
            const auto a = agm::splitLines(o), b = agm::splitLines(n);
            const std::vector<DiffRun> runs = agm::diffLines(a, b);
            const QString problem = replay(a, b, runs);
            const QByteArray where = "iteration " + QByteArray::number(iteration) + ": "
                    + QByteArray::fromStdString(o).replace('\n', ' ') + "-> "
                    + QByteArray::fromStdString(n).replace('\n', ' ');
            QVERIFY2(problem.isEmpty(),
                     qPrintable(problem + QLatin1String(" at ") + QString::fromLatin1(where)));
            QVERIFY2(changedLines(runs) == minimalChanges(a, b), where.constData());
        }
    }

    void budget_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<int>("maxCost");
        QTest::addColumn<bool>("minimal");

        QTest::newRow("a budget of zero still gives a correct diff")
                << lines("abcdef") << lines("aXcYeZ") << 0 << false;
        QTest::newRow("a budget below the distance still gives a correct diff")
                << lines("abcdefghij") << lines("aXcdYfghZj") << 3 << false;
        QTest::newRow("a budget equal to the distance gives the minimal diff")
                << lines("abcdef") << lines("aXcdef") << 2 << true;
        QTest::newRow("an unchanged prefix and suffix survive an exhausted budget")
                << lines("pppABCDsss") << lines("pppWXYZsss") << 1 << false;

        // Long unrelated texts that need far more than the budget.
        std::mt19937 rng(5);
        const QByteArray longOld
                = QByteArray::fromStdString(randomText(rng, 20, 400) + randomText(rng, 20, 400));
        const QByteArray longNew
                = QByteArray::fromStdString(randomText(rng, 20, 400) + randomText(rng, 20, 400));
        QTest::newRow("long unrelated texts over a small budget still give a correct diff")
                << longOld << longNew << 10 << false;
        QTest::newRow("long unrelated texts within the default budget give the minimal diff")
                << longOld << longNew << 20000 << true;
    }

    void budget()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(int, maxCost);
        QFETCH(bool, minimal);

        const std::string o = oldText.toStdString(), n = newText.toStdString();
        const auto a = agm::splitLines(o), b = agm::splitLines(n);
        QString problem;
        const std::vector<DiffRun> runs = diffWithBudget(a, b, maxCost, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const int best = minimalChanges(a, b);
        if (minimal)
            QCOMPARE(changedLines(runs), best);
        else
            QVERIFY(changedLines(runs) >= best);
        // Common leading and trailing lines are never reported as changes.
        std::size_t prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
            ++prefix;
        if (prefix > 0) {
            QCOMPARE(runs.front().op, DiffOp::Equal);
            QVERIFY(runs.front().count >= int(prefix));
        }
        std::size_t suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
               && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
            ++suffix;
        if (suffix > 0) {
            QCOMPARE(runs.back().op, DiffOp::Equal);
            QVERIFY(runs.back().count >= int(suffix));
        }
    }

    void unifiedDiff_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<int>("context");
        QTest::addColumn<QByteArray>("expected");

        QByteArray ten, tenChanged, twenty, twentyNear, twentyFar;
        for (int i = 1; i <= 20; ++i) {
            const QByteArray line = QByteArray::number(i) + '\n';
            if (i <= 10) {
                ten += line;
                tenChanged += i == 5 ? QByteArray("five\n") : line;
            }
            twenty += line;
            twentyNear += (i == 5 || i == 11) ? QByteArray("x") + line : line;
            twentyFar += (i == 3 || i == 15) ? QByteArray("x") + line : line;
        }
        const QByteArray header("--- a/gateway.yaml\n+++ b/gateway.yaml\n");

        QTest::newRow("one changed line gets three lines of context on each side")
                << ten << tenChanged << 3
                << header + "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n";
        QTest::newRow("changes six lines apart share one hunk") << twenty << twentyNear << 3
                                                                << header
                        + "@@ -2,13 +2,13 @@\n 2\n 3\n 4\n-5\n+x5\n 6\n 7\n 8\n 9\n "
                          "10\n-11\n+x11\n 12\n 13\n 14\n";
        QTest::newRow("changes far apart get one hunk each, clipped at the start of the file")
                << twenty << twentyFar << 3
                << header
                        + "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+x3\n 4\n 5\n 6\n@@ -12,7 +12,7 @@\n 12\n "
                          "13\n 14\n-15\n+x15\n 16\n 17\n 18\n";
        QTest::newRow("no context shows only the changed lines")
                << ten << tenChanged << 0 << header + "@@ -5 +5 @@\n-5\n+five\n";
        QTest::newRow("a pure insertion without context names the line it follows")
                << lines("abcd") << lines("abXcd") << 0 << header + "@@ -2,0 +3 @@\n+X\n";
        QTest::newRow("a pure deletion keeps its context")
                << lines("abcdefgh") << lines("abcefgh") << 3
                << header + "@@ -1,7 +1,6 @@\n a\n b\n c\n-d\n e\n f\n g\n";
        QTest::newRow("a missing final newline is marked on both sides")
                << QByteArray("a\nb") << QByteArray("a\nc") << 3
                << header
                        + "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No "
                          "newline at end of file\n";
        QTest::newRow("adding the final newline shows as a changed last line")
                << QByteArray("a\nb") << QByteArray("a\nb\n") << 3
                << header + "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n";
        QTest::newRow("CRLF lines keep their CR in the diff")
                << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nc\r\n") << 3
                << header + "@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n";
        QTest::newRow("a new file is one insertion hunk")
                << QByteArray() << lines("ab") << 3 << header + "@@ -0,0 +1,2 @@\n+a\n+b\n";
        QTest::newRow("an emptied file is one deletion hunk")
                << lines("ab") << QByteArray() << 3 << header + "@@ -1,2 +0,0 @@\n-a\n-b\n";
        QTest::newRow("equal texts give no diff at all") << ten << ten << 3 << QByteArray();
        QTest::newRow("equal texts without a final newline give no diff at all")
                << QByteArray("a\nb") << QByteArray("a\nb") << 3 << QByteArray();
    }

    void unifiedDiff()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(int, context);
        QFETCH(QByteArray, expected);

        const std::string diff = agm::unifiedDiff(oldText.toStdString(), newText.toStdString(),
                                                  QStringLiteral("a/gateway.yaml"),
                                                  QStringLiteral("b/gateway.yaml"), context);
        QCOMPARE(QByteArray::fromStdString(diff), expected);
    }

    // Large inputs take the linear-space search; too big for minimalChanges' table, so the
    // minimum is known by construction where it is checked.
    void largeInputs_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("maxCost");
        QTest::addColumn<int>("minimal"); // -1: not known, only a correct diff is required
        QTest::newRow("500 lines inserted into 50k: minimal") << QStringLiteral("inserted") << -1 << 500;
        QTest::newRow("500 pairs of neighbours swapped in 50k, budget above the distance: minimal")
            << QStringLiteral("swapped") << 5000 << 1000;
        QTest::newRow("50k repetitive lines shuffled: correct within the automatic budget") << QStringLiteral("shuffled") << -1 << -1;
    }

    void largeInputs()
    {
        QFETCH(QString, shape);
        QFETCH(int, maxCost);
        QFETCH(int, minimal);
        std::mt19937 rng(11);
        std::vector<std::string> oldLines;
        for (int i = 0; i < 50000; ++i)
            oldLines.push_back(shape == QLatin1String("shuffled") ? "item " + std::to_string(i % 700) + "\n" : "line " + std::to_string(i) + "\n");
        std::vector<std::string> newLines = oldLines;
        if (shape == QLatin1String("inserted")) {
            for (int i = 0; i < 50000; i += 100)
                newLines[std::size_t(i + int(rng() % 100))] += "inserted\n"; // a line of its own after this one
        } else if (shape == QLatin1String("swapped")) {
            for (int i = 0; i < 50000; i += 100)
                std::swap(newLines[std::size_t(i + 10)], newLines[std::size_t(i + 11)]);
        } else {
            std::shuffle(newLines.begin(), newLines.end(), rng);
        }
        std::string o, n;
        for (const std::string &l : oldLines)
            o += l;
        for (const std::string &l : newLines)
            n += l;
        const auto a = agm::splitLines(o), b = agm::splitLines(n);
        QString problem;
        const std::vector<DiffRun> runs = diffWithBudget(a, b, maxCost, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (minimal >= 0)
            QCOMPARE(changedLines(runs), minimal);
        else
            QVERIFY(changedLines(runs) < int(a.size() + b.size())); // not the whole text replaced
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
