// SPDX-License-Identifier: MIT
// The side-by-side diff widget and its model: alignment, change counting, navigation, folding,
// zoom and shortcuts, palettes, the syntax status, and the large inputs that must not freeze it
// (100k lines, a 200 KB line). Runs offscreen.
#include "diffmodel.h"
#include "diffpane.h"
#include "sidebysidediffview.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QFontDatabase>
#include <QFontInfo>
#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace agm;

namespace {

// "a b c" -> "a\nb\nc\n": one line per word keeps the alignment cases readable.
QString lines(const QString &words)
{
    QString out;
    for (const QString &w : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += w + QLatin1Char('\n');
    return out;
}

QString numbered(int from, int to)
{
    QString out;
    for (int i = from; i <= to; ++i)
        out += QStringLiteral("line %1\n").arg(i);
    return out;
}

// Row kinds as one character each: = equal, ~ changed, - removed, + added, f folded.
QString kinds(const DiffModel &model)
{
    QString out;
    for (int r = 0; r < model.rows(); ++r) {
        switch (model.row(r).kind) {
        case DiffRowKind::Equal:
            out += QLatin1Char('=');
            break;
        case DiffRowKind::Changed:
            out += QLatin1Char('~');
            break;
        case DiffRowKind::Removed:
            out += QLatin1Char('-');
            break;
        case DiffRowKind::Added:
            out += QLatin1Char('+');
            break;
        case DiffRowKind::Folded:
            out += QLatin1Char('f');
            break;
        }
    }
    return out;
}

int firstRowOfKind(const DiffModel &model, DiffRowKind kind)
{
    for (int r = 0; r < model.rows(); ++r) {
        if (model.row(r).kind == kind)
            return r;
    }
    return -1;
}

DiffPane *pane(SideBySideDiffView &view, const char *name)
{
    return view.findChild<DiffPane *>(QString::fromLatin1(name));
}

// Widths with room for two panes of SideBySideDiffView::kMinSideBySideColumns, and without:
// the fixed font's width differs between platforms and Qt versions.
int wideWidth(const SideBySideDiffView &view)
{
    const qreal cw = QFontMetricsF(view.textFont()).horizontalAdvance(QLatin1Char('M'));
    return int(cw * (2 * SideBySideDiffView::kMinSideBySideColumns + 60)) + 200;
}

int narrowWidth(const SideBySideDiffView &view)
{
    const qreal cw = QFontMetricsF(view.textFont()).horizontalAdvance(QLatin1Char('M'));
    return int(cw * SideBySideDiffView::kMinSideBySideColumns) + 120;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xdc, 0xdc, 0xdc));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

} // namespace

class TestSideBySideDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignment_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("changes");
        QTest::addColumn<QString>("rows"); // nothing folded

        QTest::addRow("identical texts") << lines(QStringLiteral("a b c")) << lines(QStringLiteral("a b c")) << 0
                                         << QStringLiteral("===");
        QTest::addRow("one line rewritten") << lines(QStringLiteral("a b c")) << lines(QStringLiteral("a B c")) << 1
                                            << QStringLiteral("=~=");
        QTest::addRow("a line inserted") << lines(QStringLiteral("a c")) << lines(QStringLiteral("a b c")) << 1
                                         << QStringLiteral("=+=");
        QTest::addRow("a line removed") << lines(QStringLiteral("a b c")) << lines(QStringLiteral("a c")) << 1
                                        << QStringLiteral("=-=");
        QTest::addRow("two changes apart") << lines(QStringLiteral("a b c d e")) << lines(QStringLiteral("A b c d E"))
                                           << 2 << QStringLiteral("~===~");
        QTest::addRow("everything added") << QString() << lines(QStringLiteral("a b")) << 1 << QStringLiteral("++");
        QTest::addRow("everything removed") << lines(QStringLiteral("a b")) << QString() << 1 << QStringLiteral("--");
        QTest::addRow("both empty") << QString() << QString() << 0 << QString();
        QTest::addRow("a longer replacement pairs the first line, adds the rest")
                << lines(QStringLiteral("x p y")) << lines(QStringLiteral("x q1 q2 y")) << 1 << QStringLiteral("=~+=");
        QTest::addRow("similar lines pair even when lines were inserted before them")
                << QStringLiteral("keep\n  image: gateway:latest\nend\n")
                << QStringLiteral("keep\n  securityContext:\n  image: gateway:2.11.1\nend\n") << 1
                << QStringLiteral("=+~=");
        QTest::addRow("a rewritten line faces its rewrite when a line is inserted after it")
                << QStringLiteral("endpoint=https://x.management.azure-api.net/subscriptions/1?api-version=1\nlogs=true\n")
                << QStringLiteral("endpoint=x.configuration.azure-api.net\nextra=1\nlogs=true\n") << 1
                << QStringLiteral("~+=");
        QTest::addRow("CRLF to LF changes every line") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n") << 1
                                                       << QStringLiteral("~~");
        QTest::addRow("the final newline dropped") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb") << 1
                                                   << QStringLiteral("=~");
    }

    void alignment()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, changes);
        QFETCH(QString, rows);
        SideBySideDiffView view;
        view.setCollapseUnchanged(false);
        view.setTexts(oldText, newText, QStringLiteral("gateway.yaml"));
        QCOMPARE(view.changeCount(), changes);
        QCOMPARE(kinds(*view.model()), rows);
        QCOMPARE(view.currentChange(), changes > 0 ? 0 : -1);
        // Every line of each side appears exactly once, in order.
        for (DiffSide side : {DiffSide::Old, DiffSide::New}) {
            int expected = 0;
            for (int r = 0; r < view.model()->rows(); ++r) {
                const int line = view.model()->line(r, side);
                if (line >= 0)
                    QCOMPARE(line, expected++);
            }
            QCOMPARE(expected, view.model()->lineCount(side));
        }
    }

    void lineEndingOnlyChangeIsExplained()
    {
        DiffModel model;
        model.setTexts(QStringLiteral("a\r\n"), QStringLiteral("a\n"));
        QCOMPARE(model.rows(), 1);
        QVERIFY(model.differsOnlyInLineEnding(0));
        QCOMPARE(model.lineEnding(DiffSide::Old, 0), LineEnding::CRLF);
        QCOMPARE(model.lineEnding(DiffSide::New, 0), LineEnding::LF);
    }

    void intraLineRangesThroughTheModel()
    {
        DiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTexts(QStringLiteral("image: gateway:latest\n"), QStringLiteral("image: gateway:2.11.1\n"));
        QCOMPARE(model.rows(), 1);
        const QVariantList oldRanges = model.index(0, DiffModel::OldColumn).data(DiffModel::ChangedRangesRole).toList();
        const QVariantList newRanges = model.index(0, DiffModel::NewColumn).data(DiffModel::ChangedRangesRole).toList();
        QCOMPARE(oldRanges, QVariantList{QPoint(15, 6)});
        QCOMPARE(newRanges, QVariantList{QPoint(15, 6)});
        QCOMPARE(model.index(0, DiffModel::OldColumn).data(DiffModel::LineNumberRole).toInt(), 1);
        QVERIFY(model.index(0, DiffModel::NewColumn).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("2.11.1")));
    }

    void folding_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("folded");

        // 3 lines of context around each change; runs of 3+ hidden lines fold.
        QTest::addRow("long runs around one change fold on both ends")
                << numbered(1, 20) << numbered(1, 9) + QStringLiteral("changed\n") + numbered(11, 20)
                << QStringLiteral("f===~===f");
        QTest::addRow("a run of 8 between changes stays open")
                << numbered(1, 10) << QStringLiteral("X\n") + numbered(2, 9) + QStringLiteral("Y\n")
                << QStringLiteral("~========~");
        QTest::addRow("a run of 9 between changes folds 3")
                << numbered(1, 11) << QStringLiteral("X\n") + numbered(2, 10) + QStringLiteral("Y\n")
                << QStringLiteral("~===f===~");
        QTest::addRow("no changes: nothing folds") << numbered(1, 30) << numbered(1, 30) << QString(30, QLatin1Char('='));
    }

    void folding()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, folded);
        DiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTexts(oldText, newText);
        QVERIFY(model.collapseUnchanged());
        QCOMPARE(kinds(model), folded);

        // Expanding every fold, one at a time, ends with the unfolded rows.
        model.setCollapseUnchanged(false);
        const QString unfolded = kinds(model);
        model.setCollapseUnchanged(true);
        QCOMPARE(kinds(model), folded);
        for (int r = firstRowOfKind(model, DiffRowKind::Folded); r >= 0; r = firstRowOfKind(model, DiffRowKind::Folded))
            QVERIFY(model.expandFold(r));
        QCOMPARE(kinds(model), unfolded);
        // Collapsing again folds again (the expanded set is forgotten).
        model.setCollapseUnchanged(false);
        model.setCollapseUnchanged(true);
        QCOMPARE(kinds(model), folded);
    }

    void clickingAFoldShowsItsLines()
    {
        SideBySideDiffView view;
        view.resize(900, 700);
        view.setTexts(numbered(1, 40), numbered(1, 19) + QStringLiteral("changed\n") + numbered(21, 40),
                      QStringLiteral("values.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const DiffModel *model = view.model();
        QCOMPARE(kinds(*model), QStringLiteral("f===~===f"));
        DiffPane *left = pane(view, "oldPane");
        QVERIFY(left);
        const QRect fold = left->rowRect(0);
        QVERIFY(!fold.isEmpty());
        QTest::mouseClick(left, Qt::LeftButton, Qt::NoModifier, fold.center());
        QCOMPARE(kinds(*model), QString(19, QLatin1Char('=')) + QStringLiteral("~===f"));
        QCOMPARE(view.changeCount(), 1);

        // The keyboard does the same: move to the fold and press Enter.
        const int last = model->rows() - 1;
        QCOMPARE(model->row(last).kind, DiffRowKind::Folded);
        left->setFocus();
        QTest::keyClick(left, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(left, Qt::Key_Return);
        QCOMPARE(firstRowOfKind(*model, DiffRowKind::Folded), -1);
        QCOMPARE(model->rows(), 40);

        // The toggle folds everything again.
        view.collapseAction()->trigger();
        QVERIFY(!view.collapseUnchanged());
        view.collapseAction()->trigger();
        QVERIFY(view.collapseUnchanged());
        QCOMPARE(kinds(*model), QStringLiteral("f===~===f"));
    }

    void navigationStopsAtBothEnds()
    {
        SideBySideDiffView view;
        QAbstractItemModelTester tester(const_cast<DiffModel *>(view.model()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(800, 300);
        QSignalSpy spy(&view, &SideBySideDiffView::currentChangeChanged);
        // Three changes far apart, so moving between them scrolls.
        QString a = numbered(1, 100), b = a;
        b.replace(QStringLiteral("line 5\n"), QStringLiteral("line five\n"));
        b.replace(QStringLiteral("line 50\n"), QStringLiteral("line fifty\n"));
        b.replace(QStringLiteral("line 95\n"), QStringLiteral("line ninety-five\n"));
        view.setTexts(a, b, QStringLiteral("gateway.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.changeCount(), 3);
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toInt(), 0);
        QCOMPARE(spy.last().at(1).toInt(), 3);
        QVERIFY(!view.previousAction()->isEnabled());
        QVERIFY(view.nextAction()->isEnabled());

        view.previousChange(); // already at the first: stays
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(spy.count(), 1);

        view.nextChange();
        QCOMPARE(view.currentChange(), 1);
        view.nextChange();
        QCOMPARE(view.currentChange(), 2);
        QVERIFY(!view.nextAction()->isEnabled());
        QVERIFY(view.previousAction()->isEnabled());
        view.nextChange(); // at the last: stays, no wrap
        QCOMPARE(view.currentChange(), 2);
        QCOMPARE(spy.count(), 3);

        // The current change is scrolled into view.
        auto *vbar = view.findChild<QScrollBar *>(QStringLiteral("verticalScrollBar"));
        QVERIFY(vbar);
        const int row = view.model()->changeSpans()[2].firstRow;
        DiffPane *right = pane(view, "newPane");
        QVERIFY(row >= vbar->value() && row < vbar->value() + right->visibleRows());

        view.previousChange();
        view.previousChange();
        view.previousChange();
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(spy.count(), 5);

        // Folding changes rows, not the change numbering.
        view.setCollapseUnchanged(false);
        QCOMPARE(view.changeCount(), 3);
        view.setCurrentChange(2);
        QCOMPARE(view.currentChange(), 2);
    }

    // Toggling an edit in the review sets new texts for the same file: the view stays where the
    // reader was instead of jumping back to the first change.
    void sameFileAgainKeepsThePlace()
    {
        SideBySideDiffView view;
        view.resize(wideWidth(view), 300); // side by side: scroll values are model rows
        QString a = numbered(1, 300), b = a, c = a;
        b.replace(QStringLiteral("line 10\n"), QStringLiteral("line ten\n"));
        b.replace(QStringLiteral("line 200\n"), QStringLiteral("line two hundred\n"));
        c.replace(QStringLiteral("line 200\n"), QStringLiteral("line two hundred\n")); // first edit off
        view.setCollapseUnchanged(false); // exact rows: nothing folds differently between the two
        view.setTexts(a, b, QStringLiteral("gateway.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentChange(1);
        auto *vbar = view.findChild<QScrollBar *>(QStringLiteral("verticalScrollBar"));
        const int topLineBefore = view.model()->row(vbar->value()).oldLine;

        QSignalSpy spy(&view, &SideBySideDiffView::currentChangeChanged);
        view.setTexts(a, c, QStringLiteral("gateway.yaml"));
        QCOMPARE(view.changeCount(), 1);
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.model()->row(vbar->value()).oldLine, topLineBefore);
        QVERIFY(topLineBefore > 150);

        // Another file starts from its first change at the top.
        view.setTexts(a, b, QStringLiteral("other.yaml"));
        QCOMPARE(view.currentChange(), 0);
        const int first = view.model()->changeSpans()[0].firstRow;
        QVERIFY(first >= vbar->value() && first < vbar->value() + pane(view, "newPane")->visibleRows());
        QVERIFY(vbar->value() < 10);
    }

    void noChangesMeansNothingToNavigate()
    {
        SideBySideDiffView view;
        QSignalSpy spy(&view, &SideBySideDiffView::currentChangeChanged);
        view.setTexts(numbered(1, 5), numbered(1, 5), QStringLiteral("a.yaml"));
        QCOMPARE(view.changeCount(), 0);
        QCOMPARE(view.currentChange(), -1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toInt(), -1);
        view.nextChange();
        view.previousChange();
        QCOMPARE(view.currentChange(), -1);
        QVERIFY(!view.nextAction()->isEnabled());
        QVERIFY(!view.previousAction()->isEnabled());
    }

    void keyboardShortcuts_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("zoom");

        QTest::addRow("F8 goes to the next change") << QKeySequence(Qt::Key_F8) << 1 << 0;
        QTest::addRow("Alt+Down goes to the next change") << QKeySequence(QStringLiteral("Alt+Down")) << 1 << 0;
        QTest::addRow("Ctrl+= zooms in") << QKeySequence(QStringLiteral("Ctrl+=")) << 0 << 1;
        QTest::addRow("Ctrl+- zooms out") << QKeySequence(QStringLiteral("Ctrl+-")) << 0 << -1;
    }

    void keyboardShortcuts()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(int, change);
        QFETCH(int, zoom);
        SideBySideDiffView view;
        view.resize(800, 400);
        QString a = numbered(1, 60), b = a;
        b.replace(QStringLiteral("line 5\n"), QStringLiteral("line five\n"));
        b.replace(QStringLiteral("line 50\n"), QStringLiteral("line fifty\n"));
        view.setTexts(a, b, QStringLiteral("gateway.yaml"));
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        DiffPane *right = pane(view, "newPane");
        right->setFocus();
        QVERIFY(right->hasFocus());
        QTest::keySequence(right, keys);
        QCOMPARE(view.currentChange(), change);
        QCOMPARE(view.zoomSteps(), zoom);
    }

    // Both panes follow one scroll position: the wheel over either pane moves the shared bar,
    // and Ctrl+wheel zooms.
    void wheelScrollsBothPanesAndCtrlWheelZooms()
    {
        SideBySideDiffView view;
        view.resize(800, 300);
        view.setCollapseUnchanged(false);
        view.setTexts(numbered(1, 200), numbered(1, 199) + QStringLiteral("last\n"), QStringLiteral("a.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *vbar = view.findChild<QScrollBar *>(QStringLiteral("verticalScrollBar"));
        vbar->setValue(0);
        DiffPane *left = pane(view, "oldPane");
        const QPointF at(left->width() / 2.0, left->height() / 2.0);
        auto wheel = [&](QWidget *target, int dy, Qt::KeyboardModifiers modifiers) {
            QWheelEvent event(at, left->mapToGlobal(at.toPoint()), QPoint(), QPoint(0, dy), Qt::NoButton, modifiers,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &event);
        };
        wheel(left, -120, Qt::NoModifier);
        const int afterLeft = vbar->value();
        QVERIFY(afterLeft > 0);
        wheel(pane(view, "newPane"), -120, Qt::NoModifier);
        QVERIFY(vbar->value() > afterLeft);
        wheel(left, 120, Qt::ControlModifier);
        QCOMPARE(view.zoomSteps(), 1);
    }

    void zoomStaysWithinBounds()
    {
        SideBySideDiffView view;
        view.setTexts(lines(QStringLiteral("a")), lines(QStringLiteral("b")), QString());
        QSignalSpy spy(&view, &SideBySideDiffView::zoomChanged);
        for (int i = 0; i < 100; ++i)
            view.zoomIn();
        const int most = view.zoomSteps();
        QVERIFY(most > 0);
        QVERIFY(!view.zoomInAction()->isEnabled());
        view.resetZoom();
        QCOMPARE(view.zoomSteps(), 0);
        QVERIFY(!view.resetZoomAction()->isEnabled());
        for (int i = 0; i < 100; ++i)
            view.zoomOut();
        QVERIFY(view.zoomSteps() < 0);
        QVERIFY(!view.zoomOutAction()->isEnabled());
        QVERIFY(spy.count() > 2);
    }

    // 100k lines, 1 % changed: setTexts finishes, the counts are right, and painting the top and
    // the end works (only visible rows are laid out). No timing assertion here.
    void hundredThousandLines()
    {
        QString a, b;
        a.reserve(2'000'000);
        b.reserve(2'000'000);
        for (int i = 0; i < 100'000; ++i) {
            const QString line = QStringLiteral("  - name: item-%1\n").arg(i);
            a += line;
            b += i % 100 == 50 ? QStringLiteral("  - name: item-%1-v2\n").arg(i) : line;
        }
        SideBySideDiffView view;
        view.resize(1000, 600);
        view.setTexts(a, b, QStringLiteral("big.yaml"));
        QCOMPARE(view.changeCount(), 1000);
        QCOMPARE(view.model()->lineCount(DiffSide::Old), 100'000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.grab().isNull());
        view.setCurrentChange(999);
        QCOMPARE(view.currentChange(), 999);
        QVERIFY(!view.grab().isNull());
        view.setCollapseUnchanged(false);
        QCOMPARE(view.model()->rows(), 100'000);
        auto *vbar = view.findChild<QScrollBar *>(QStringLiteral("verticalScrollBar"));
        vbar->setValue(vbar->maximum());
        QVERIFY(!view.grab().isNull());
        // The colours catch up in the background without blocking; let them run a little.
        QTest::qWait(50);
        QVERIFY(!view.grab().isNull());
    }

    // The review page sets the texts of a large file from a worker's result, so the colouring
    // timer may tick before the first paint has looked up the syntax definition. The colouring
    // must still run to the end (it once stopped at that tick and never resumed).
    void colouringCompletesWhenTheTimerTicksBeforeThePaint()
    {
        if (SideBySideDiffView::syntaxHighlightingVersion().isEmpty())
            QSKIP("built without KSyntaxHighlighting: there is no colouring to complete");
        QString a, b;
        for (int i = 0; i < 20'000; ++i) {
            const QString line = QStringLiteral("key-%1: value\n").arg(i);
            a += line;
            b += i == 3 ? QStringLiteral("key-3: changed\n") : line;
        }
        SideBySideDiffView view;
        view.resize(900, 400);
        view.setTexts(a, b, QStringLiteral("big.yaml"));
        QTest::qWait(20); // the timer ticks while nothing has been painted
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.grab().isNull()); // the visible lines near the top are coloured at once
        QTRY_VERIFY_WITH_TIMEOUT(view.isColouringComplete(), 10000);
    }

    // A 200 KB base64 line: no intra-line diff (over the cap), painted as its visible slice,
    // scrollable to its end.
    void twoHundredKilobyteLine()
    {
        QString blob;
        blob.reserve(200 * 1024);
        const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
        for (int i = 0; i < 200 * 1024; ++i)
            blob += alphabet[(i * 7 + i / 64) % alphabet.size()];
        QString changed = blob;
        changed[150'000] = QLatin1Char('!');
        const QString a = QStringLiteral("data:\n  tls.crt: ") + blob + QStringLiteral("\n");
        const QString b = QStringLiteral("data:\n  tls.crt: ") + changed + QStringLiteral("\n");
        SideBySideDiffView view;
        view.resize(1000, 400);
        view.setTexts(a, b, QStringLiteral("secret.yaml"));
        QCOMPARE(view.changeCount(), 1);
        const int row = firstRowOfKind(*view.model(), DiffRowKind::Changed);
        QVERIFY(row >= 0);
        QVERIFY(view.model()->intraLine(row)->skipped);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *hbar = view.findChild<QScrollBar *>(QStringLiteral("horizontalScrollBar"));
        QVERIFY(hbar->maximum() > 100'000);
        QVERIFY(!view.grab().isNull());
        hbar->setValue(hbar->maximum());
        QVERIFY(!view.grab().isNull());
        hbar->setValue(hbar->maximum() / 2);
        QVERIFY(!view.grab().isNull());
    }

    void paletteSwitch()
    {
        SideBySideDiffView view;
        view.resize(700, 300);
        view.setTexts(QStringLiteral("a: 1\nb: 2\n"), QStringLiteral("a: 1\nb: 3\nc: 4\n"), QStringLiteral("x.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DiffPane *right = pane(view, "newPane");
        // A point in the text area below the last row: plain Base.
        const QPoint probe = right->mapTo(&view, QPoint(right->width() / 2, right->height() - 4));

        const QImage light = view.grab().toImage();
        QVERIFY(QColor(light.pixel(probe)).lightness() > 128);
        view.setPalette(darkPalette());
        const QImage dark = view.grab().toImage();
        QVERIFY(QColor(dark.pixel(probe)).lightness() < 128);
        view.setPalette(QPalette());
        QVERIFY(QColor(view.grab().toImage().pixel(probe)).lightness() > 128);
    }

    void syntaxStatus_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("language");

        QTest::addRow("YAML") << QStringLiteral("deploy/gateway.yaml") << QStringLiteral("YAML");
        QTest::addRow("YML") << QStringLiteral("values.yml") << QStringLiteral("YAML");
        QTest::addRow("Bash") << QStringLiteral("run-gateway.sh") << QStringLiteral("Bash");
        QTest::addRow("PowerShell") << QStringLiteral("run-gateway.ps1") << QStringLiteral("PowerShell");
        QTest::addRow("env file") << QStringLiteral("gateway.env") << QStringLiteral("INI");
        QTest::addRow("unknown") << QStringLiteral("notes.unknown-extension") << QString();
        QTest::addRow("no file") << QString() << QString();
    }

    void syntaxStatus()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, language);
        SideBySideDiffView view;
        view.setTexts(QStringLiteral("a: 1\n"), QStringLiteral("a: 2\n"), fileName);
        const QString status = view.syntaxStatus();
        QVERIFY(!status.isEmpty());
        const QString version = SideBySideDiffView::syntaxHighlightingVersion();
        if (version.isEmpty()) {
            QVERIFY2(status.contains(QStringLiteral("not available")), qPrintable(status));
            if (!language.isEmpty())
                QVERIFY2(status.contains(language), qPrintable(status));
        } else {
            QVERIFY2(status.contains(version), qPrintable(status));
            if (!language.isEmpty())
                QVERIFY2(status.contains(language), qPrintable(status));
        }
    }

    void accessibleNames()
    {
        SideBySideDiffView view;
        view.setTexts(QStringLiteral("a\n"), QStringLiteral("b\n"), QStringLiteral("x.yaml"));
        QVERIFY(!pane(view, "oldPane")->accessibleName().isEmpty());
        QVERIFY(!pane(view, "newPane")->accessibleName().isEmpty());
        QVERIFY(pane(view, "newPane")->accessibleDescription().contains(QStringLiteral("changed to")));
        for (QAction *action : {view.nextAction(), view.previousAction(), view.zoomInAction(), view.zoomOutAction(),
                                view.resetZoomAction(), view.collapseAction()}) {
            QVERIFY(!action->text().isEmpty());
            QVERIFY(!action->toolTip().isEmpty());
        }
    }

    // --- issue 14: the change is always in view ---------------------------------------------

    // F8 brings the changed words into view sideways as well, in both panes, however far right
    // they are; side by side and inline alike.
    void navigationRevealsTheChangedWords_data()
    {
        QTest::addColumn<bool>("inlineLayout"); // the view is narrow
        QTest::addColumn<int>("column");      // where the second change's word starts
        QTest::addRow("side by side, change near the start") << false << 20;
        QTest::addRow("side by side, change far right") << false << 260;
        QTest::addRow("inline when narrow, change far right") << true << 260;
        QTest::addRow("inline when narrow, change in the middle") << true << 120;
    }

    void navigationRevealsTheChangedWords()
    {
        QFETCH(bool, inlineLayout);
        QFETCH(int, column);
        SideBySideDiffView view;
        view.resize(inlineLayout ? narrowWidth(view) : wideWidth(view), 400);
        const QString pad(column - 4, QLatin1Char('x'));
        // Change 1 far left on line 2, change 2 at `column` on line 40, with long lines around.
        QString a, b;
        for (int i = 1; i <= 60; ++i) {
            const QString filler = QStringLiteral("k%1: ").arg(i, 2, 10, QLatin1Char('0')) + QString(300, QLatin1Char('y'));
            if (i == 2) {
                a += QStringLiteral("v1 ") + filler + QLatin1Char('\n');
                b += QStringLiteral("v2 ") + filler + QLatin1Char('\n');
            } else if (i == 40) {
                a += pad + QStringLiteral(" tag1.2.5 end") + filler + QLatin1Char('\n');
                b += pad + QStringLiteral(" tag2.12.3 end") + filler + QLatin1Char('\n');
            } else {
                a += filler + QLatin1Char('\n');
                b += filler + QLatin1Char('\n');
            }
        }
        view.setTexts(a, b, QStringLiteral("gateway.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.isInline(), inlineLayout);
        QCOMPARE(view.changeCount(), 2);
        view.nextChange();
        QCOMPARE(view.currentChange(), 1);
        const int row = view.model()->changeSpans()[1].firstRow;
        const IntraLineDiff *diff = view.model()->intraLine(row);
        QVERIFY(diff && !diff->oldRanges.empty() && !diff->newRanges.empty());
        for (const char *name : {"oldPane", "newPane"}) {
            DiffPane *p = pane(view, name);
            if (p->isHidden())
                continue; // inline: the migrated pane shows both sides
            for (const DiffSide side : {DiffSide::Old, DiffSide::New}) {
                if (!inlineLayout && side != p->side())
                    continue;
                const CharRange range = side == DiffSide::Old ? diff->oldRanges.front() : diff->newRanges.front();
                const QRect where = p->textRect(side, view.model()->line(row, side), range.start, range.length);
                QVERIFY2(!where.isEmpty() && where.left() >= p->width() - p->textAreaWidth() && where.right() < p->width(),
                         qPrintable(QStringLiteral("%1: changed words at x %2..%3, pane %4 wide")
                                            .arg(QLatin1String(name)).arg(where.left()).arg(where.right()).arg(p->width())));
            }
        }
        // And back to the first change at the far left.
        view.previousChange();
        auto *hbar = view.findChild<QScrollBar *>(QStringLiteral("horizontalScrollBar"));
        QCOMPARE(hbar->value(), 0);
    }

    void wrapToggleWrapsLongLines()
    {
        SideBySideDiffView view;
        view.resize(wideWidth(view), 400);
        const QString longLine = QStringLiteral("endpoint: https://") + QString(400, QLatin1Char('a')) + QStringLiteral(".net/v1");
        QString changed = longLine;
        changed.replace(QStringLiteral("/v1"), QStringLiteral("/v2"));
        view.setTexts(longLine + QStringLiteral("\nend\n"), changed + QStringLiteral("\nend\n"), QStringLiteral("a.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *hbar = view.findChild<QScrollBar *>(QStringLiteral("horizontalScrollBar"));
        QVERIFY(!view.wrapLines());
        QVERIFY(hbar->isVisible());
        QSignalSpy spy(&view, &SideBySideDiffView::wrapLinesChanged);
        view.wrapAction()->trigger();
        QVERIFY(view.wrapLines());
        QCOMPARE(spy.count(), 1);
        QVERIFY(!hbar->isVisible());
        QCOMPARE(hbar->value(), 0);
        // The end of the long line is on screen now, a few rows down, inside the pane.
        DiffPane *right = pane(view, "newPane");
        const QRect end = right->textRect(DiffSide::New, 0, int(changed.size()) - 1, 1);
        QVERIFY2(!end.isEmpty() && right->rect().contains(end),
                 qPrintable(QStringLiteral("%1,%2 in %3x%4").arg(end.x()).arg(end.y()).arg(right->width()).arg(right->height())));
        QVERIFY(end.top() > 0);
        // Every wrapped piece is a row: "end" is several rows below the first line.
        QVERIFY(right->textRect(DiffSide::New, 1, 0, 3).top() >= end.bottom());
        view.wrapAction()->trigger();
        QVERIFY(!view.wrapLines());
        QVERIFY(hbar->isVisible());
        QCOMPARE(right->textRect(DiffSide::New, 1, 0, 3).top(), right->rowRect(1).top());
    }

    void wrapStartsBreakAfterSeparators_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QList<int>>("starts");
        QTest::addRow("short line, one piece") << QStringLiteral("abc") << 10 << QList<int>{0};
        QTest::addRow("no separator: hard breaks") << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaa") << 10 << QList<int>{0, 10, 20};
        QTest::addRow("a URL breaks after a slash") << QStringLiteral("https://abc.example/xyz") << 10 << QList<int>{0, 8, 18};
    }

    void wrapStartsBreakAfterSeparators()
    {
        QFETCH(QString, line);
        QFETCH(int, columns);
        QFETCH(QList<int>, starts);
        const std::vector<int> got = wrapStarts(line, columns);
        QCOMPARE(QList<int>(got.begin(), got.end()), starts);
    }

    // Below kMinSideBySideColumns per pane the view goes inline on its own and comes back when
    // there is room; the operator can ask for inline anyway.
    void inlineWhenNarrow_data()
    {
        QTest::addColumn<bool>("wide");
        QTest::addColumn<bool>("prefersInline");
        QTest::addColumn<bool>("inlineShown");
        QTest::addRow("wide, side by side") << true << false << false;
        QTest::addRow("narrow, inline on its own") << false << false << true;
        QTest::addRow("wide, inline on demand") << true << true << true;
        QTest::addRow("narrow, inline on demand") << false << true << true;
    }

    void inlineWhenNarrow()
    {
        QFETCH(bool, wide);
        QFETCH(bool, prefersInline);
        QFETCH(bool, inlineShown);
        SideBySideDiffView view;
        const int width = wide ? wideWidth(view) : narrowWidth(view);
        view.setPrefersInline(prefersInline);
        view.setTexts(QStringLiteral("a\nkeep\nb\n"), QStringLiteral("a\nkeep\nB\nc\n"), QStringLiteral("x.yaml"));
        view.resize(width, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.isInline(), inlineShown);
        QCOMPARE(pane(view, "oldPane")->isVisible(), !inlineShown);
        QCOMPARE(view.inlineAction()->isChecked(), inlineShown);
        QCOMPARE(view.inlineAction()->isEnabled(), wide); // narrow: no side by side to go back to
        if (inlineShown) {
            // The changed row shows its old line, then its new one: a, keep, b, B, c.
            DiffPane *only = pane(view, "newPane");
            const int keep = only->textRect(DiffSide::New, 1, 0, 1).top();
            const int oldB = only->textRect(DiffSide::Old, 2, 0, 1).top();
            const int newB = only->textRect(DiffSide::New, 2, 0, 1).top();
            QVERIFY2(keep < oldB && oldB < newB, qPrintable(QStringLiteral("%1 %2 %3").arg(keep).arg(oldB).arg(newB)));
        }
        // Resizing across the threshold switches, unless the operator asked for inline.
        view.resize(wide ? narrowWidth(view) : wideWidth(view), 300);
        QTRY_COMPARE(view.isInline(), prefersInline || wide);
        view.resize(width, 300);
        QTRY_COMPARE(view.isInline(), inlineShown);
    }

    // The platform theme may name no fixed-pitch font: the diff still gets one.
    void fontIsMonospace_data()
    {
        QTest::addColumn<QFont>("preferred");
        QTest::addRow("the system fixed font") << QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QTest::addRow("a proportional application font") << QApplication::font();
        QFont sans(QStringLiteral("DejaVu Sans"));
        QTest::addRow("a named proportional family") << sans;
    }

    void fontIsMonospace()
    {
        QFETCH(QFont, preferred);
        const QFont font = SideBySideDiffView::monospaceFont(preferred);
        QVERIFY2(QFontInfo(font).fixedPitch(), qPrintable(QFontInfo(font).family()));
        SideBySideDiffView view;
        QVERIFY(QFontInfo(view.textFont()).fixedPitch());
    }

    // --- screen readers ---------------------------------------------------------------------

    void panesAreReadOnlyTextToScreenReaders()
    {
        SideBySideDiffView view;
        view.resize(wideWidth(view), 400);
        const QString a = numbered(1, 40), b = QString(a).replace(QStringLiteral("line 30\n"), QStringLiteral("line thirty\n"))
                                                      .replace(QStringLiteral("line 3\n"), QStringLiteral("line three\n"));
        view.setTexts(a, b, QStringLiteral("gateway.yaml"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const char *name : {"oldPane", "newPane"}) {
            DiffPane *p = pane(view, name);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(p);
            QVERIFY(iface);
            QCOMPARE(iface->role(), QAccessible::EditableText);
            QVERIFY(iface->state().readOnly);
            QVERIFY(iface->state().multiLine);
            QAccessibleTextInterface *text = iface->textInterface();
            QVERIFY2(text, name);
            const QString whole = p->side() == DiffSide::Old ? a : b;
            QCOMPARE(text->characterCount(), int(whole.size()));
            QCOMPARE(text->text(0, text->characterCount()), whole);
            int start = -1, end = -1;
            const QString second = text->textAtOffset(whole.indexOf(QStringLiteral("line 2")), QAccessible::LineBoundary, &start, &end);
            QVERIFY2(second.startsWith(QStringLiteral("line 2")), qPrintable(second));
        }
        // F8: the caret and the description move on BOTH sides, the original included.
        view.nextChange();
        QCOMPARE(view.currentChange(), 1);
        for (const char *name : {"oldPane", "newPane"}) {
            DiffPane *p = pane(view, name);
            QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(p)->textInterface();
            const QString whole = p->side() == DiffSide::Old ? a : b;
            const QString line = p->side() == DiffSide::Old ? QStringLiteral("line 30") : QStringLiteral("line thirty");
            QCOMPARE(text->cursorPosition(), int(whole.indexOf(line + QLatin1Char('\n'))));
            QCOMPARE(text->selectionCount(), 1);
            int start = -1, end = -1;
            text->selection(0, &start, &end);
            QCOMPARE(whole.mid(start, end - start), p->side() == DiffSide::Old ? QStringLiteral("30") : QStringLiteral("thirty"));
            QVERIFY2(p->accessibleDescription().contains(line), qPrintable(p->accessibleDescription()));
            QVERIFY(!text->characterRect(start).isEmpty());
        }
        // Only the pane with the focus says so, not the view around it (its focus proxy).
        pane(view, "newPane")->setFocus();
        QTRY_VERIFY(pane(view, "newPane")->hasFocus());
        QVERIFY(QAccessible::queryAccessibleInterface(pane(view, "newPane"))->state().focused);
        QVERIFY(!QAccessible::queryAccessibleInterface(&view)->state().focused);
    }

    // A model prepared on a worker thread is the same as one computed in place.
    void preparedOnAWorkerEqualsSetTexts()
    {
        QString a = numbered(1, 400), b = a;
        b.replace(QStringLiteral("line 10\n"), QStringLiteral("line ten\n"));
        b.replace(QStringLiteral("line 200\n"), QStringLiteral("line 200\r\nline 200b\n"));
        b.remove(QStringLiteral("line 350\n"));
        DiffModel direct;
        direct.setTexts(a, b);
        DiffModel::Prepared prepared;
        QThread *worker = QThread::create([&] { prepared = DiffModel::prepare(a, b); });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        DiffModel swapped;
        QAbstractItemModelTester tester(&swapped, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&swapped, &QAbstractItemModel::modelReset);
        swapped.setPrepared(std::move(prepared));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(kinds(swapped), kinds(direct));
        QCOMPARE(swapped.changeCount(), direct.changeCount());
        QCOMPARE(swapped.maxColumns(), direct.maxColumns());
        for (DiffSide side : {DiffSide::Old, DiffSide::New}) {
            QCOMPARE(swapped.text(side), direct.text(side));
            QCOMPARE(swapped.lineCount(side), direct.lineCount(side));
            for (int l = 0; l < direct.lineCount(side); ++l)
                QCOMPARE(swapped.lineEnding(side, l), direct.lineEnding(side, l));
        }
        for (int r = 0; r < direct.rows(); ++r) {
            QCOMPARE(swapped.row(r).oldLine, direct.row(r).oldLine);
            QCOMPARE(swapped.row(r).newLine, direct.row(r).newLine);
            QCOMPARE(swapped.row(r).change, direct.row(r).change);
            QCOMPARE(swapped.row(r).hidden, direct.row(r).hidden);
        }
    }

    // While the next texts are prepared the view says so: no "No changes", no navigation, panes
    // off; the texts that come end it and navigation starts at their first change.
    void preparingStateCoversTheOldTexts()
    {
        SideBySideDiffView view;
        view.resize(wideWidth(view), 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *label = view.findChild<QLabel *>(QStringLiteral("changeLabel"));
        auto *message = view.findChild<QLabel *>(QStringLiteral("preparingLabel"));
        QVERIFY(label && message);
        QVERIFY(!view.isPreparing());
        QVERIFY(message->isHidden());

        // Before any texts: an empty view must not read as "no changes".
        view.showPreparing(QStringLiteral("Preparing the diff of big.yaml…"));
        QVERIFY(view.isPreparing());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Preparing the diff of big.yaml…"));
        QCOMPARE(view.preparingMessage(), message->text());
        QVERIFY(!label->text().contains(QStringLiteral("No changes")));
        QVERIFY(!pane(view, "newPane")->isEnabled());
        QVERIFY(!view.nextAction()->isEnabled());

        QString a = numbered(1, 50), b = a;
        b.replace(QStringLiteral("line 5\n"), QStringLiteral("line five\n"));
        b.replace(QStringLiteral("line 40\n"), QStringLiteral("line forty\n"));
        view.setPrepared(DiffModel::prepare(a, b), QStringLiteral("big.yaml"));
        QVERIFY(!view.isPreparing());
        QVERIFY(message->isHidden());
        QVERIFY(view.preparingMessage().isEmpty());
        QVERIFY(pane(view, "newPane")->isEnabled());
        QCOMPARE(view.changeCount(), 2);
        QCOMPARE(view.currentChange(), 0);
        QVERIFY(view.nextAction()->isEnabled());

        // Over texts already shown: they stay under the message, navigation is off, and F8 does
        // not move in them.
        view.showPreparing(QStringLiteral("Preparing the diff of big.yaml…"));
        QVERIFY(!view.nextAction()->isEnabled());
        QVERIFY(!view.previousAction()->isEnabled());
        QTest::keyClick(&view, Qt::Key_F8);
        QCOMPARE(view.currentChange(), 0);
        view.setTexts(a, a, QStringLiteral("big.yaml"));
        QVERIFY(!view.isPreparing());
        QCOMPARE(label->text(), QStringLiteral("No changes"));
    }

    // Masked secrets stay masked: the view says what it was given, in every layout.
    void accessibleTextIsWhatIsShown()
    {
        SideBySideDiffView view;
        view.setPrefersInline(true);
        const QString masked = QStringLiteral("token: \u2022\u2022\u2022\u2022\n");
        view.setTexts(masked, masked + QStringLiteral("added: 1\n"), QStringLiteral("a.env"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(pane(view, "newPane"))->textInterface();
        QCOMPARE(text->text(0, text->characterCount()), masked + QStringLiteral("added: 1\n"));
    }
};

QTEST_MAIN(TestSideBySideDiffView)
#include "tst_sidebysidediffview.moc"
