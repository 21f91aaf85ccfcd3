// SPDX-License-Identifier: MIT
// Internal to the diff view: the colours, the state both panes paint from, one pane, the ruler.
#pragma once

#include "diffmodel.h"
#include "syntaxcolourer.h"

#include <QCache>
#include <QColor>
#include <QFont>
#include <QTextLayout>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace agm {

// Every colour of the diff, derived from a palette by mixing hues into its Base colour, so the
// same code reads well in light and dark palettes and follows a palette change.
struct DiffColours
{
    bool dark = false;
    QColor base, text, dimText, gutter, gutterText, separator;
    QColor removedLine, removedWord, removedGutter, removedSign;
    QColor addedLine, addedWord, addedGutter, addedSign;
    QColor filler, fillerHatch, fold, foldText, foldBorder, accent;

    static DiffColours fromPalette(const QPalette &palette);
};

// What both panes paint from; owned and kept up to date by SideBySideDiffView.
struct DiffViewport
{
    const DiffModel *model = nullptr;
    QFont font;
    int rowHeight = 18;
    qreal charWidth = 8;
    int ascent = 12;
    int gutterWidth = 48;
    int textPadding = 8;
    int topRow = 0;
    int horizontalOffset = 0;
    int cursorRow = 0;
    int currentChange = -1;
    DiffColours colours;
};

// One side of the diff: line numbers, change signs and text, painted row by row for the visible
// rows only. Lines up to kLayoutCap characters get a cached QTextLayout with token colours and
// intra-line highlights; longer lines are painted as the visible slice of plain text, so a
// 200 KB base64 line costs what a screenful of characters costs.
class DiffPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kLayoutCap = SyntaxColourer::kMaxLineLength;

    DiffPane(DiffSide side, const DiffViewport *viewport, QWidget *parent = nullptr);
    ~DiffPane() override;

    DiffSide side() const { return m_side; }
    SyntaxColourer &colourer() { return m_colourer; }
    // Drops cached layouts (font, palette, theme or texts changed).
    void resetCaches();
    int visibleRows() const;
    int textAreaWidth() const;
    int rowAt(int y) const;
    // Where a row is painted (empty when scrolled out of view).
    QRect rowRect(int row) const;
    void updateAccessibleDescription();
    // The first line the last paint showed plain while waiting for its colours, or -1.
    int firstPlainLine() const { return m_firstPlainLine; }

Q_SIGNALS:
    void rowClicked(int row);
    void rowActivated(int row);
    void cursorMoveRequested(int row);
    void verticalScrollRequested(int rows);
    void horizontalScrollRequested(int pixels);
    void zoomRequested(int steps);
    // A visible line was painted without its colours; they follow once the states catch up.
    void coloursPending();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct CachedLine
    {
        QTextLayout layout;
        bool final = true; // false: painted plain while its colours were not known yet
    };

    CachedLine *layoutFor(int line);
    void paintRow(QPainter &p, int row, int y);
    void paintGutter(QPainter &p, const DiffRow &row, int line, int y);
    void paintFold(QPainter &p, const DiffRow &row, int y);
    void paintText(QPainter &p, int row, int line, int y);
    void paintLongLine(QPainter &p, QStringView text, int y);
    void copyToClipboard(bool wholeText);

    DiffSide m_side;
    const DiffViewport *m_viewport;
    SyntaxColourer m_colourer;
    QCache<int, CachedLine> m_layouts;
    QPoint m_wheelRemainder;
    int m_firstPlainLine = -1;
};

// A thin strip beside the scroll bar: where the changes are in the whole file (left half: old
// side, right half: new side), the current change outlined and the visible part shaded. Click
// or drag to jump.
class DiffOverview : public QWidget
{
    Q_OBJECT

public:
    explicit DiffOverview(const DiffViewport *viewport, QWidget *parent = nullptr);
    void setVisibleRows(int rows);
    QSize sizeHint() const override;

Q_SIGNALS:
    void rowRequested(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int rowAtY(int y) const;

    const DiffViewport *m_viewport;
    int m_visibleRows = 0;
};

} // namespace agm
