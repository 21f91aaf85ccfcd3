// SPDX-License-Identifier: MIT
#include "diffpane.h"

#include "pluraltext.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLine>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace agm {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QString endingName(LineEnding e)
{
    switch (e) {
    case LineEnding::LF:
        return QStringLiteral("LF");
    case LineEnding::CRLF:
        return QStringLiteral("CRLF");
    case LineEnding::CR:
        return QStringLiteral("CR");
    case LineEnding::None:
        break;
    }
    return DiffPane::tr("no newline at end");
}

// One wheel notch in angle-delta units (eighths of a degree).
constexpr int kWheelNotch = 120;

QPoint positionOf(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position().toPoint();
#else
    return event->pos();
#endif
}

// A pane to screen readers: read-only multi-line text (this side of the diff, as shown: secrets
// masked unless revealed) with the current change as caret and selection. Qt's own widgets get
// this from QAccessibleTextWidget; a painted widget has to say it itself.
class DiffPaneAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit DiffPaneAccessible(DiffPane *pane)
        : QAccessibleWidget(pane, QAccessible::EditableText)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.readOnly = true;
        s.multiLine = true;
        s.selectableText = true;
        return s;
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return {}; // the text interface carries it, a range at a time
        return QAccessibleWidget::text(t);
    }

    // QAccessibleTextInterface
    void selection(int index, int *startOffset, int *endOffset) const override
    {
        const CharRange r = index == 0 ? pane()->accessibleSelection() : CharRange{};
        *startOffset = r.start;
        *endOffset = r.start + r.length;
    }
    int selectionCount() const override { return pane()->accessibleSelection().length > 0 ? 1 : 0; }
    // Read-only: the change is chosen with F8 / Shift+F8, not by selecting text.
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return pane()->accessibleCursor(); }
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override
    {
        const QStringView all = pane()->accessibleText();
        startOffset = std::clamp(startOffset, 0, int(all.size()));
        endOffset = endOffset < 0 ? int(all.size()) : std::clamp(endOffset, startOffset, int(all.size()));
        return all.mid(startOffset, endOffset - startOffset).toString();
    }
    int characterCount() const override { return int(pane()->accessibleText().size()); }
    QRect characterRect(int offset) const override
    {
        const int line = pane()->lineAtOffset(offset);
        const QRect r = pane()->textRect(pane()->side(), line, offset - pane()->lineStartOffset(line), 1);
        return r.isEmpty() ? QRect() : QRect(pane()->mapToGlobal(r.topLeft()), r.size());
    }
    int offsetAtPoint(const QPoint &point) const override
    {
        const DiffPane *p = pane();
        const int row = p->rowAt(p->mapFromGlobal(point).y());
        const DiffModel *model = p->viewport()->model;
        if (row < 0 || !model)
            return -1;
        const int line = model->line(p->viewport()->displayRow(row).row, p->side());
        return line < 0 ? -1 : p->lineStartOffset(line);
    }
    void scrollToSubstring(int, int) override {}
    QString attributes(int offset, int *startOffset, int *endOffset) const override
    {
        *startOffset = 0;
        *endOffset = std::max(offset, characterCount());
        return {};
    }

private:
    DiffPane *pane() const { return static_cast<DiffPane *>(widget()); }
};

// The view is only a frame around the panes: it must not report the focus its pane has (it is
// the pane's focus proxy, so QWidget::hasFocus() is true for both).
class DiffViewAccessible : public QAccessibleWidget
{
public:
    using QAccessibleWidget::QAccessibleWidget;
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.focused = false;
        s.focusable = false;
        return s;
    }
};

QAccessibleInterface *diffAccessibleFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("agm::DiffPane"))
        return new DiffPaneAccessible(static_cast<DiffPane *>(object));
    if (className == QLatin1String("agm::SideBySideDiffView"))
        return new DiffViewAccessible(static_cast<QWidget *>(object), QAccessible::Grouping);
    return nullptr;
}

} // namespace

DiffColours DiffColours::fromPalette(const QPalette &palette)
{
    DiffColours c;
    c.base = palette.color(QPalette::Active, QPalette::Base);
    c.text = palette.color(QPalette::Active, QPalette::Text);
    c.dark = c.base.lightnessF() < 0.5;
    // Hues close to what GitHub and VS Code use, brighter on dark backgrounds; the tints are
    // these hues mixed into Base, so they sit on whatever Base the palette has.
    const QColor red = c.dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    const QColor green = c.dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1f, 0x9d, 0x45);
    c.dimText = mix(c.base, c.text, 0.62);
    c.gutter = mix(c.base, c.text, c.dark ? 0.05 : 0.035);
    c.gutterText = mix(c.base, c.text, 0.48);
    c.separator = mix(c.base, c.text, 0.14);
    c.removedLine = mix(c.base, red, c.dark ? 0.17 : 0.09);
    c.removedWord = mix(c.base, red, c.dark ? 0.42 : 0.27);
    c.removedGutter = mix(c.base, red, c.dark ? 0.24 : 0.15);
    c.removedSign = c.dark ? mix(red, c.text, 0.25) : red;
    c.addedLine = mix(c.base, green, c.dark ? 0.15 : 0.10);
    c.addedWord = mix(c.base, green, c.dark ? 0.38 : 0.30);
    c.addedGutter = mix(c.base, green, c.dark ? 0.22 : 0.17);
    c.addedSign = c.dark ? mix(green, c.text, 0.25) : green.darker(115);
    c.filler = mix(c.base, c.text, c.dark ? 0.035 : 0.025);
    c.fillerHatch = mix(c.base, c.text, c.dark ? 0.13 : 0.10);
    c.accent = palette.color(QPalette::Active, QPalette::Highlight);
    c.fold = mix(c.base, c.accent, c.dark ? 0.16 : 0.08);
    c.foldText = mix(c.base, c.text, 0.72);
    c.foldBorder = mix(c.base, c.accent, c.dark ? 0.35 : 0.25);
    return c;
}

int columnAt(QStringView line, int index)
{
    int columns = 0;
    const int end = std::min<int>(index, int(line.size()));
    for (int i = 0; i < end; ++i)
        columns = line[i] == QLatin1Char('\t') ? (columns / DiffModel::kTabWidth + 1) * DiffModel::kTabWidth : columns + 1;
    return columns;
}

std::vector<int> wrapStarts(QStringView line, int columns)
{
    std::vector<int> starts{0};
    columns = std::max(1, columns);
    const int n = int(line.size());
    if (n > DiffPane::kLayoutCap) {
        // Painted as plain slices: fixed pieces, found without looking at the text.
        for (int at = columns; at < n; at += columns)
            starts.push_back(at);
        return starts;
    }
    static const QString separators = QStringLiteral("/.,:;=&?-");
    auto widthAt = [&](int i, int column) {
        return line[i] == QLatin1Char('\t') ? DiffModel::kTabWidth - column % DiffModel::kTabWidth : 1;
    };
    int start = 0, column = 0, breakAfter = -1;
    for (int i = 0; i < n; ++i) {
        if (column + widthAt(i, column) > columns && i > start) {
            int at = breakAfter > start + (2 * (i - start)) / 3 ? breakAfter : i;
            if (line[at].isLowSurrogate() && at - 1 > start)
                --at; // never between the halves of a pair
            starts.push_back(at);
            start = at;
            column = columnAt(line.mid(at), i - at);
            breakAfter = -1;
        }
        column += widthAt(i, column);
        if (line[i].isSpace() || separators.contains(line[i]))
            breakAfter = i + 1;
    }
    return starts;
}

int DiffViewport::displayCount() const
{
    return display.empty() ? (model ? model->rows() : 0) : int(display.size());
}

DisplayRow DiffViewport::displayRow(int d) const
{
    if (display.empty())
        return {d, -1, 0};
    return display[std::size_t(std::clamp(d, 0, int(display.size()) - 1))];
}

int DiffViewport::displayRowOf(int modelRow) const
{
    if (display.empty())
        return modelRow;
    const auto it = std::lower_bound(display.begin(), display.end(), modelRow,
                                     [](const DisplayRow &d, int value) { return d.row < value; });
    return int(it - display.begin());
}

DiffPane::DiffPane(DiffSide side, const DiffViewport *viewport, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
    , m_viewport(viewport)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(diffAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    // A few screens of layouts; each is cheap to rebuild, and long lines are never cached.
    m_layouts.setMaxCost(600);
}

DiffPane::~DiffPane() = default;

void DiffPane::resetCaches()
{
    m_layouts.clear();
    update();
}

int DiffPane::visibleRows() const
{
    return std::max(1, height() / std::max(1, m_viewport->rowHeight));
}

int DiffPane::textAreaWidth() const
{
    return std::max(0, width() - m_viewport->gutterWidth);
}

int DiffPane::rowAt(int y) const
{
    if (!m_viewport->model)
        return -1;
    const int row = m_viewport->topRow + y / std::max(1, m_viewport->rowHeight);
    return row >= 0 && row < m_viewport->displayCount() ? row : -1;
}

QRect DiffPane::rowRect(int row) const
{
    const int y = (row - m_viewport->topRow) * m_viewport->rowHeight;
    if (row < m_viewport->topRow || y >= height())
        return {};
    return {0, y, width(), m_viewport->rowHeight};
}

QRect DiffPane::textRect(DiffSide side, int line, int start, int length) const
{
    const DiffModel *model = m_viewport->model;
    if (!model || line < 0 || line >= model->lineCount(side) || (!m_viewport->inlineLayout && side != m_side))
        return {};
    const int row = model->rowOfLine(side, line);
    if (row < 0 || model->row(row).kind == DiffRowKind::Folded)
        return {};
    const QStringView text = model->lineText(side, line);
    // The display row showing that side (inline: one of two), and the wrapped piece holding `start`.
    int d = m_viewport->displayRowOf(row), first = 0;
    while (d < m_viewport->displayCount() && m_viewport->displayRow(d).row == row && sideAt(m_viewport->displayRow(d)) != side)
        ++d;
    if (m_viewport->wrapColumns > 0) {
        const std::vector<int> starts = wrapStarts(text, m_viewport->wrapColumns);
        const int piece = std::max(0, int(std::upper_bound(starts.begin(), starts.end(), start) - starts.begin()) - 1);
        d += piece;
        first = starts[std::size_t(piece)];
    }
    const QRect rowArea = rowRect(d);
    if (rowArea.isEmpty())
        return {};
    const qreal cw = m_viewport->charWidth;
    const int x0 = m_viewport->gutterWidth + m_viewport->textPadding - m_viewport->horizontalOffset;
    const int left = x0 + qRound((columnAt(text, start) - columnAt(text, first)) * cw);
    const int right = x0 + qRound((columnAt(text, start + length) - columnAt(text, first)) * cw);
    return {left, rowArea.top(), std::max(1, right - left), rowArea.height()};
}

QStringView DiffPane::accessibleText() const
{
    return m_viewport->model ? m_viewport->model->text(m_side) : QStringView();
}

int DiffPane::lineAtOffset(int offset) const
{
    return m_viewport->model ? m_viewport->model->lineAtOffset(m_side, offset) : 0;
}

int DiffPane::lineStartOffset(int line) const
{
    return m_viewport->model ? m_viewport->model->lineStart(m_side, line) : 0;
}

int DiffPane::accessibleCursor() const
{
    const DiffModel *model = m_viewport->model;
    if (!model || model->rows() == 0)
        return 0;
    // The line under the cursor on this side, else the next line this side has.
    const int first = m_viewport->displayRow(std::clamp(m_viewport->cursorRow, 0, m_viewport->displayCount() - 1)).row;
    for (int r = first; r < model->rows(); ++r) {
        if (const int line = model->line(r, m_side); line >= 0)
            return model->lineStart(m_side, line);
    }
    return model->textLength(m_side);
}

CharRange DiffPane::accessibleSelection() const
{
    const DiffModel *model = m_viewport->model;
    const int change = m_viewport->currentChange;
    if (!model || change < 0 || change >= model->changeCount())
        return {};
    // The changed words of the first rewritten line, else the lines this side has in the change.
    const DiffChangeSpan &span = model->changeSpans()[std::size_t(change)];
    int from = -1, to = -1;
    for (int r = span.firstRow; r < span.firstRow + span.rowCount; ++r) {
        const int line = model->line(r, m_side);
        if (line < 0)
            continue;
        const int start = model->lineStart(m_side, line);
        if (const IntraLineDiff *diff = model->intraLine(r); diff && from < 0) {
            const std::vector<CharRange> &ranges = m_side == DiffSide::Old ? diff->oldRanges : diff->newRanges;
            if (!ranges.empty())
                return {start + ranges.front().start, ranges.back().start + ranges.back().length - ranges.front().start};
        }
        from = from < 0 ? start : from;
        to = start + int(model->lineText(m_side, line).size());
    }
    return from < 0 ? CharRange{} : CharRange{from, to - from};
}

void DiffPane::updateAccessibleDescription()
{
    const DiffModel *model = m_viewport->model;
    if (!model || model->rows() == 0) {
        setAccessibleDescription(tr("No text"));
        return;
    }
    const DisplayRow d = m_viewport->displayRow(std::clamp(m_viewport->cursorRow, 0, m_viewport->displayCount() - 1));
    QString description = model->describe(d.row, m_side);
    // Inline, one pane shows both sides: the other side of a rewritten line is said too.
    if (m_viewport->inlineLayout && model->row(d.row).kind == DiffRowKind::Changed) {
        const DiffSide other = m_side == DiffSide::Old ? DiffSide::New : DiffSide::Old;
        description = m_side == DiffSide::New ? model->describe(d.row, other) + QLatin1Char('\n') + description
                                              : description + QLatin1Char('\n') + model->describe(d.row, other);
    }
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

void DiffPane::announceCursor()
{
    updateAccessibleDescription();
    if (!QAccessible::isActive())
        return;
    QAccessibleTextCursorEvent cursor(this, accessibleCursor());
    QAccessible::updateAccessibility(&cursor);
    const CharRange selection = accessibleSelection();
    if (selection.length > 0) {
        QAccessibleTextSelectionEvent selected(this, selection.start, selection.start + selection.length);
        selected.setCursorPosition(accessibleCursor());
        QAccessible::updateAccessibility(&selected);
    }
}

DiffPane::CachedLine *DiffPane::layoutFor(int line)
{
    CachedLine *cached = m_layouts.object(line);
    if (cached && (cached->final || m_colourer.frontier() < line))
        return cached;
    const DiffModel *model = m_viewport->model;
    auto fresh = std::make_unique<CachedLine>();
    const QStringView text = model->lineText(m_side, line);
    fresh->layout.setText(text.toString());
    fresh->layout.setFont(m_viewport->font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTabStopDistance(m_viewport->charWidth * DiffModel::kTabWidth);
    fresh->layout.setTextOption(option);
    fresh->layout.setCacheEnabled(true);
    QVector<QTextLayout::FormatRange> formats;
    const bool known = m_colourer.formatsForLine(line, &formats);
    fresh->final = known || !m_colourer.isActive();
    if (!formats.isEmpty())
        fresh->layout.setFormats(formats);
    fresh->layout.beginLayout();
    QTextLine textLine = fresh->layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth((qreal(text.size()) + 1) * m_viewport->charWidth * DiffModel::kTabWidth + 64);
        textLine.setPosition(QPointF(0, 0));
    }
    fresh->layout.endLayout();
    CachedLine *raw = fresh.release();
    m_layouts.insert(line, raw);
    return raw;
}

void DiffPane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const DiffColours &c = m_viewport->colours;
    const DiffModel *model = m_viewport->model;
    const int gw = m_viewport->gutterWidth;
    p.fillRect(QRect(0, 0, gw, height()), c.gutter);
    p.fillRect(QRect(gw, 0, width() - gw, height()), c.base);
    m_firstPlainLine = -1;
    if (m_partner && m_viewport->inlineLayout)
        m_partner->m_firstPlainLine = -1; // it paints its side's rows into this pane
    if (!model)
        return;
    p.setFont(m_viewport->font);
    // The hatch of filler rows moves with the rows instead of shimmering while scrolling.
    p.setBrushOrigin(0, -((m_viewport->topRow * m_viewport->rowHeight) % 64));
    const int rows = m_viewport->displayCount();
    const int last = std::min(rows, m_viewport->topRow + visibleRows() + 2);
    for (int r = m_viewport->topRow; r < last; ++r) {
        const DisplayRow d = m_viewport->displayRow(r);
        const int y = (r - m_viewport->topRow) * m_viewport->rowHeight;
        // Inline, the other side's lines come with that side's layouts and colours.
        if (m_partner && sideAt(d) != m_side)
            m_partner->paintRow(p, d, y, width());
        else
            paintRow(p, d, y, width());
    }
    p.setPen(c.separator);
    p.drawLine(gw - 1, 0, gw - 1, height());

    if (hasFocus() && m_viewport->cursorRow >= m_viewport->topRow && m_viewport->cursorRow < last) {
        const int y = (m_viewport->cursorRow - m_viewport->topRow) * m_viewport->rowHeight;
        QColor frame = c.accent;
        frame.setAlphaF(0.85);
        p.setPen(QPen(frame, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(0.5, y + 0.5, width() - 1.0, m_viewport->rowHeight - 1.0));
    }
}

void DiffPane::paintRow(QPainter &p, const DisplayRow &display, int y, int width)
{
    const DiffModel *model = m_viewport->model;
    const DiffRow &row = model->row(display.row);
    if (row.kind == DiffRowKind::Folded) {
        paintFold(p, row, y, width);
        return;
    }
    const DiffColours &c = m_viewport->colours;
    const int line = m_side == DiffSide::Old ? row.oldLine : row.newLine;
    const int gw = m_viewport->gutterWidth;
    const QRect textRect(gw, y, width - gw, m_viewport->rowHeight);
    if (line < 0) {
        p.fillRect(textRect, c.filler);
        p.fillRect(textRect, QBrush(c.fillerHatch, Qt::BDiagPattern));
    } else if (row.kind == DiffRowKind::Removed || (row.kind == DiffRowKind::Changed && m_side == DiffSide::Old)) {
        p.fillRect(textRect, c.removedLine);
    } else if (row.kind == DiffRowKind::Added || (row.kind == DiffRowKind::Changed && m_side == DiffSide::New)) {
        p.fillRect(textRect, c.addedLine);
    }
    paintGutter(p, row, line, display.segment, y);
    if (line >= 0)
        paintText(p, display, line, y, width);
}

void DiffPane::paintGutter(QPainter &p, const DiffRow &row, int line, int segment, int y)
{
    const DiffColours &c = m_viewport->colours;
    const int gw = m_viewport->gutterWidth;
    const int h = m_viewport->rowHeight;
    const bool changed = row.kind != DiffRowKind::Equal && line >= 0;
    if (line < 0) {
        p.fillRect(QRect(0, y, gw - 1, h), c.filler);
    } else if (changed) {
        p.fillRect(QRect(0, y, gw - 1, h), m_side == DiffSide::Old ? c.removedGutter : c.addedGutter);
    }
    if (row.change >= 0 && row.change == m_viewport->currentChange)
        p.fillRect(QRect(0, y, 3, h), c.accent);
    if (line < 0 || segment > 0) // the number and sign stand on the first piece of a wrapped line
        return;
    const qreal cw = m_viewport->charWidth;
    const int signWidth = int(std::ceil(cw)) + 6;
    const QRect numberRect(4, y, gw - signWidth - 8, h);
    p.setPen(changed ? c.text : c.gutterText);
    p.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
    if (changed) {
        p.setPen(m_side == DiffSide::Old ? c.removedSign : c.addedSign);
        const QString sign = m_side == DiffSide::Old ? QString(QChar(0x2212)) : QStringLiteral("+");
        p.drawText(QRect(gw - signWidth - 2, y, signWidth, h), Qt::AlignCenter, sign);
    }
}

void DiffPane::paintFold(QPainter &p, const DiffRow &row, int y, int width)
{
    const DiffColours &c = m_viewport->colours;
    const int h = m_viewport->rowHeight;
    const QRect band(0, y, width, h);
    p.fillRect(band, c.fold);
    p.setPen(c.foldBorder);
    p.drawLine(band.topLeft(), band.topRight());
    p.drawLine(band.bottomLeft(), band.bottomRight());
    const int gw = m_viewport->gutterWidth;
    p.setPen(c.foldText);
    p.drawText(QRect(0, y, gw - 8, h), Qt::AlignRight | Qt::AlignVCenter, QString(QChar(0x22EF)));
    // Not scrolled horizontally: the label stays readable wherever the text is scrolled to.
    const QString label = m_side == DiffSide::Old
            ? withEnglishPlural(tr("%n unchanged line(s)", nullptr, row.hidden), row.hidden)
            : tr("lines %1\u2013%2, click or press Enter to show").arg(row.newLine + 1).arg(row.newLine + row.hidden);
    QFont italic = m_viewport->font;
    italic.setItalic(m_side == DiffSide::New);
    p.setFont(italic);
    p.drawText(QRect(gw + m_viewport->textPadding, y, width - gw - m_viewport->textPadding, h),
               Qt::AlignLeft | Qt::AlignVCenter, label);
    p.setFont(m_viewport->font);
}

void DiffPane::paintText(QPainter &p, const DisplayRow &display, int line, int y, int width)
{
    const DiffModel *model = m_viewport->model;
    const DiffColours &c = m_viewport->colours;
    const int gw = m_viewport->gutterWidth;
    const int h = m_viewport->rowHeight;
    const int r = display.row;
    const QStringView text = model->lineText(m_side, line);
    // A wrapped line shows the piece [first, end) on this display row; side by side, the shorter
    // side of a wrapped row has nothing left to show on its last pieces.
    int first = 0, end = int(text.size());
    if (m_viewport->wrapColumns > 0) {
        const std::vector<int> starts = wrapStarts(text, m_viewport->wrapColumns);
        if (display.segment >= int(starts.size()))
            return;
        first = starts[std::size_t(display.segment)];
        end = display.segment + 1 < int(starts.size()) ? starts[std::size_t(display.segment) + 1] : end;
    }
    p.save();
    p.setClipRect(QRect(gw, y, width - gw, h));
    if (text.size() > kLayoutCap) {
        // Far beyond any intra-line cap: the whole line counts as changed; tint what is visible.
        const DiffRow &row = model->row(r);
        if (row.kind == DiffRowKind::Changed) {
            p.fillRect(QRect(gw, y + 1, width - gw, h - 2),
                       m_side == DiffSide::Old ? c.removedWord : c.addedWord);
        }
        paintLongLine(p, text, first, end - first, y, width);
        p.restore();
        return;
    }
    CachedLine *cached = layoutFor(line);
    if (!cached->final) {
        if (m_firstPlainLine < 0 || line < m_firstPlainLine)
            m_firstPlainLine = line;
        Q_EMIT coloursPending();
    }
    const QTextLayout &layout = cached->layout;
    const QTextLine textLine = layout.lineCount() > 0 ? layout.lineAt(0) : QTextLine();
    qreal x0 = gw + m_viewport->textPadding - m_viewport->horizontalOffset;
    if (m_viewport->wrapColumns > 0 && textLine.isValid()) {
        // Only this piece: the layout slides left under a clip that ends where the piece does.
        // The clip starts at the padding on a continuation, or the piece before would peek in.
        const qreal shift = textLine.cursorToX(first);
        const qreal left = first > 0 ? gw + m_viewport->textPadding - 1.0 : qreal(gw);
        x0 -= shift;
        p.setClipRect(QRectF(left, y, std::min<qreal>(width - left, gw + m_viewport->textPadding + textLine.cursorToX(end) - shift - left), h),
                      Qt::IntersectClip);
    }
    const DiffRow &row = model->row(r);
    if (row.kind == DiffRowKind::Changed && textLine.isValid()) {
        const QColor word = m_side == DiffSide::Old ? c.removedWord : c.addedWord;
        const IntraLineDiff *diff = model->intraLine(r);
        p.setPen(Qt::NoPen);
        p.setBrush(word);
        if (diff && diff->skipped) {
            p.drawRoundedRect(QRectF(x0 - 2, y + 1, textLine.naturalTextWidth() + 4, h - 2), 2, 2);
        } else if (diff) {
            const std::vector<CharRange> &ranges = m_side == DiffSide::Old ? diff->oldRanges : diff->newRanges;
            bool hiddenLeft = false, hiddenRight = false;
            for (const CharRange &range : ranges) {
                const qreal left = x0 + textLine.cursorToX(range.start);
                const qreal right = x0 + textLine.cursorToX(range.start + range.length);
                p.drawRoundedRect(QRectF(left - 1, y + 1, right - left + 2, h - 2), 2, 2);
                hiddenLeft = hiddenLeft || right <= gw;
                hiddenRight = hiddenRight || left >= width;
            }
            // A changed word scrolled out of sight: a chevron at that edge says there is more.
            const QColor mark = m_side == DiffSide::Old ? c.removedSign : c.addedSign;
            const qreal half = h / 4.0, mid = y + h / 2.0;
            if (hiddenRight && m_viewport->wrapColumns == 0) {
                const qreal right = width - 3.0;
                const QPointF chevron[3] = {{right - half, mid - half}, {right, mid}, {right - half, mid + half}};
                p.setBrush(mark);
                p.drawPolygon(chevron, 3);
            }
            if (hiddenLeft && m_viewport->wrapColumns == 0) {
                const qreal left = gw + 3.0;
                const QPointF chevron[3] = {{left + half, mid - half}, {left, mid}, {left + half, mid + half}};
                p.setBrush(mark);
                p.drawPolygon(chevron, 3);
            }
            p.setBrush(word);
        }
        if (model->differsOnlyInLineEnding(r) && end == int(text.size())) {
            // The text reads the same; say what differs instead of showing nothing.
            QFont small = m_viewport->font;
            small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
            const QFontMetricsF fm(small);
            const QString label = endingName(model->lineEnding(m_side, line));
            const QRectF badge(x0 + textLine.naturalTextWidth() + m_viewport->charWidth, y + 2,
                               fm.horizontalAdvance(label) + 8, h - 4);
            p.drawRoundedRect(badge, 3, 3);
            p.setFont(small);
            p.setPen(c.text);
            p.drawText(badge, Qt::AlignCenter, label);
            p.setFont(m_viewport->font);
        }
    }
    p.setPen(c.text);
    p.setBrush(Qt::NoBrush);
    const qreal lineHeight = textLine.isValid() ? textLine.height() : h;
    layout.draw(&p, QPointF(x0, y + (h - lineHeight) / 2.0));
    p.restore();
}

void DiffPane::paintLongLine(QPainter &p, QStringView text, int from, int length, int y, int width)
{
    // Monospaced columns: only the slice under the viewport is shaped and drawn; a wrapped piece
    // is all under it.
    text = text.mid(from, length);
    const qreal cw = std::max<qreal>(1.0, m_viewport->charWidth);
    const int gw = m_viewport->gutterWidth;
    qsizetype first = std::max<qsizetype>(0, qsizetype(m_viewport->horizontalOffset / cw) - 2);
    if (first > 0 && first < text.size() && text[first].isLowSurrogate())
        --first;
    const qsizetype count = qsizetype((width - gw) / cw) + 6;
    const QString slice = text.mid(first, count).toString();
    const qreal x = gw + m_viewport->textPadding - m_viewport->horizontalOffset + qreal(first) * cw;
    const int baseline = y + (m_viewport->rowHeight - QFontMetrics(m_viewport->font).height()) / 2 + m_viewport->ascent;
    p.setPen(m_viewport->colours.text);
    p.drawText(QPointF(x, baseline), slice);
}

void DiffPane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int row = rowAt(positionOf(event).y());
    if (row < 0)
        return;
    Q_EMIT rowClicked(row);
    if (m_viewport->model->row(m_viewport->displayRow(row).row).kind == DiffRowKind::Folded)
        Q_EMIT rowActivated(row);
}

void DiffPane::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(positionOf(event).y());
    const bool overFold = row >= 0 && m_viewport->model->row(m_viewport->displayRow(row).row).kind == DiffRowKind::Folded;
    setCursor(overFold ? Qt::PointingHandCursor : Qt::IBeamCursor);
    QWidget::mouseMoveEvent(event);
}

void DiffPane::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() != 0)
            Q_EMIT zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier)
        delta = QPoint(delta.y(), delta.x());
    m_wheelRemainder += delta;
    const int lines = QApplication::wheelScrollLines();
    const int rows = m_wheelRemainder.y() * lines / kWheelNotch;
    if (rows != 0) {
        m_wheelRemainder.setY(m_wheelRemainder.y() - rows * kWheelNotch / std::max(1, lines));
        Q_EMIT verticalScrollRequested(-rows);
    }
    const int pixels = int(m_wheelRemainder.x() * m_viewport->charWidth * 6 / kWheelNotch);
    if (pixels != 0) {
        m_wheelRemainder.setX(0);
        Q_EMIT horizontalScrollRequested(-pixels);
    }
    event->accept();
}

void DiffPane::keyPressEvent(QKeyEvent *event)
{
    const DiffModel *model = m_viewport->model;
    if (!model || model->rows() == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard(false);
        return;
    }
    const int cursor = m_viewport->cursorRow;
    const int page = std::max(1, visibleRows() - 1);
    const bool plain = !(event->modifiers() & (Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Up:
        if (plain) {
            Q_EMIT cursorMoveRequested(cursor - 1);
            return;
        }
        break;
    case Qt::Key_Down:
        if (plain) {
            Q_EMIT cursorMoveRequested(cursor + 1);
            return;
        }
        break;
    case Qt::Key_PageUp:
        Q_EMIT cursorMoveRequested(cursor - page);
        return;
    case Qt::Key_PageDown:
        Q_EMIT cursorMoveRequested(cursor + page);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier)
            Q_EMIT cursorMoveRequested(0);
        else
            Q_EMIT horizontalScrollRequested(-m_viewport->horizontalOffset);
        return;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier)
            Q_EMIT cursorMoveRequested(m_viewport->displayCount() - 1);
        return;
    case Qt::Key_Left:
        Q_EMIT horizontalScrollRequested(-int(m_viewport->charWidth * 4));
        return;
    case Qt::Key_Right:
        Q_EMIT horizontalScrollRequested(int(m_viewport->charWidth * 4));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT rowActivated(cursor);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void DiffPane::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = rowAt(event->pos().y());
    if (row >= 0)
        Q_EMIT rowClicked(row);
    QMenu menu(this);
    QAction *copyLine = menu.addAction(tr("Copy Line"));
    copyLine->setShortcut(QKeySequence::Copy);
    const DiffModel *model = m_viewport->model;
    const DiffSide side = row >= 0 ? sideAt(m_viewport->displayRow(row)) : m_side;
    copyLine->setEnabled(model && row >= 0 && model->line(m_viewport->displayRow(row).row, side) >= 0);
    QAction *copyAll = menu.addAction(m_side == DiffSide::Old ? tr("Copy Original Text") : tr("Copy Migrated Text"));
    copyAll->setEnabled(model && model->lineCount(m_side) > 0);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == copyLine)
        copyToClipboard(false);
    else if (chosen == copyAll)
        copyToClipboard(true);
}

void DiffPane::copyToClipboard(bool wholeText)
{
    const DiffModel *model = m_viewport->model;
    if (!model)
        return;
    if (wholeText) {
        QString all;
        for (int l = 0; l < model->lineCount(m_side); ++l) {
            all += model->lineText(m_side, l);
            all += QLatin1Char('\n');
        }
        QApplication::clipboard()->setText(all);
        return;
    }
    if (m_viewport->cursorRow < 0 || m_viewport->cursorRow >= m_viewport->displayCount())
        return;
    const DisplayRow d = m_viewport->displayRow(m_viewport->cursorRow);
    const DiffSide side = sideAt(d);
    const int line = model->line(d.row, side);
    if (line >= 0 && model->row(d.row).kind != DiffRowKind::Folded)
        QApplication::clipboard()->setText(model->lineText(side, line).toString());
}

void DiffPane::focusInEvent(QFocusEvent *event)
{
    updateAccessibleDescription();
    update();
    QWidget::focusInEvent(event);
}

void DiffPane::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool DiffPane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0 && m_viewport->model->row(m_viewport->displayRow(row).row).kind == DiffRowKind::Folded)
            QToolTip::showText(help->globalPos(), tr("Click or press Enter to show these lines"), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

// --- DiffOverview ------------------------------------------------------------------------------

DiffOverview::DiffOverview(const DiffViewport *viewport, QWidget *parent)
    : QWidget(parent)
    , m_viewport(viewport)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setToolTip(tr("Where the changes are in the whole file; click to jump there"));
    setAccessibleName(tr("Change overview"));
    setAccessibleDescription(tr("Red marks are removed or rewritten lines, green marks added lines"));
}

void DiffOverview::setVisibleRows(int rows)
{
    m_visibleRows = rows;
    update();
}

QSize DiffOverview::sizeHint() const
{
    return {12, 100};
}

void DiffOverview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const DiffColours &c = m_viewport->colours;
    p.fillRect(rect(), c.gutter);
    p.setPen(c.separator);
    p.drawLine(0, 0, 0, height());
    const DiffModel *model = m_viewport->model;
    const int rows = m_viewport->displayCount();
    if (!model || rows == 0)
        return;
    // Rows that fit in the panes line up with them; a longer file is squeezed into the strip.
    const qreal scale = std::min<qreal>(m_viewport->rowHeight, qreal(height()) / qreal(rows));
    const qreal half = (width() - 1) / 2.0;
    const QColor red = c.removedSign, green = c.addedSign;
    const std::vector<DiffChangeSpan> &spans = model->changeSpans();
    for (int i = 0; i < int(spans.size()); ++i) {
        const DiffChangeSpan &s = spans[std::size_t(i)];
        const int first = m_viewport->displayRowOf(s.firstRow);
        const qreal y = first * scale;
        const qreal h = std::max<qreal>(2.0, (m_viewport->displayRowOf(s.firstRow + s.rowCount) - first) * scale);
        if (s.hasOld)
            p.fillRect(QRectF(1, y, half, h), red);
        if (s.hasNew)
            p.fillRect(QRectF(1 + half, y, half, h), green);
        if (i == m_viewport->currentChange) {
            p.setPen(QPen(c.text, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(0.5, y - 1.5, width() - 1.0, h + 3));
        }
    }
    QColor shade = c.text;
    shade.setAlphaF(c.dark ? 0.14 : 0.10);
    p.fillRect(QRectF(1, m_viewport->topRow * scale, width() - 1, std::max<qreal>(3.0, m_visibleRows * scale)), shade);
}

int DiffOverview::rowAtY(int y) const
{
    const DiffModel *model = m_viewport->model;
    const int rows = m_viewport->displayCount();
    if (!model || rows == 0 || height() <= 0)
        return 0;
    const qreal scale = std::min<qreal>(m_viewport->rowHeight, qreal(height()) / qreal(rows));
    return std::clamp(int(qreal(y) / scale), 0, rows - 1);
}

void DiffOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT rowRequested(rowAtY(positionOf(event).y()));
}

void DiffOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT rowRequested(rowAtY(positionOf(event).y()));
}

} // namespace agm
