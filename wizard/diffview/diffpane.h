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

#include <vector>

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

// One painted row of the panes. Side by side and unwrapped there is one per model row; wrapping
// spreads a long line over several, and the inline layout shows a changed row as its old line
// followed by its new line.
struct DisplayRow
{
    int row = 0;     // model row
    int side = -1;   // inline layout: int(DiffSide) of the line shown; -1: each pane its own side
    int segment = 0; // which wrapped piece of the line, 0 for the first
};

// Where a line breaks when wrapped at `columns` (tabs expanded): the start of each piece, the
// first always 0. A piece ends after a space or a separator ("/.,:;=&?-") when one is in its last
// third, so a URL breaks between its parts rather than inside a host name.
std::vector<int> wrapStarts(QStringView line, int columns);

// The column where character `index` of a line starts, tabs expanded to DiffModel::kTabWidth.
int columnAt(QStringView line, int index);

// What both panes paint from; owned and kept up to date by SideBySideDiffView. topRow and
// cursorRow count display rows.
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
    bool inlineLayout = false;
    int wrapColumns = 0; // 0: long lines are not wrapped
    std::vector<DisplayRow> display; // empty: one display row per model row, side by side
    DiffColours colours;

    int displayCount() const;
    DisplayRow displayRow(int d) const;
    // The first display row of a model row (rows past the end map to displayCount()).
    int displayRowOf(int modelRow) const;
    // The side a pane of `paneSide` shows on display row d.
    DiffSide sideOf(const DisplayRow &d, DiffSide paneSide) const
    {
        return d.side < 0 ? paneSide : DiffSide(d.side);
    }
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
    const DiffViewport *viewport() const { return m_viewport; }
    SyntaxColourer &colourer() { return m_colourer; }
    // The pane of the other side: in the inline layout this pane paints that side's rows with
    // the partner's layouts and colours.
    void setPartner(DiffPane *partner) { m_partner = partner; }
    // Drops cached layouts (font, palette, theme or texts changed).
    void resetCaches();
    int visibleRows() const;
    int textAreaWidth() const;
    // Display rows.
    int rowAt(int y) const;
    // Where a display row is painted (empty when scrolled out of view).
    QRect rowRect(int row) const;
    // Where characters [start, start + length) of a side's `line` are painted, in pane
    // coordinates (empty when not in view; inline, the pane shows both sides); for tests and
    // screen readers.
    QRect textRect(DiffSide side, int line, int start, int length) const;
    // The text a screen reader reads: this side's lines (secrets as masked by the caller), and
    // the current change within it as a caret and a selection.
    QStringView accessibleText() const;
    int lineAtOffset(int offset) const;
    int lineStartOffset(int line) const;
    int accessibleCursor() const;
    CharRange accessibleSelection() const;
    void updateAccessibleDescription();
    // Describes the current place and tells assistive tools that caret and selection moved.
    void announceCursor();
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
    void paintRow(QPainter &p, const DisplayRow &display, int y, int width);
    void paintGutter(QPainter &p, const DiffRow &row, int line, int segment, int y);
    void paintFold(QPainter &p, const DiffRow &row, int y, int width);
    void paintText(QPainter &p, const DisplayRow &display, int line, int y, int width);
    void paintLongLine(QPainter &p, QStringView text, int first, int count, int y, int width);
    void copyToClipboard(bool wholeText);
    // The side this pane shows on a display row.
    DiffSide sideAt(const DisplayRow &d) const { return m_viewport->sideOf(d, m_side); }

    DiffSide m_side;
    DiffPane *m_partner = nullptr;
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
