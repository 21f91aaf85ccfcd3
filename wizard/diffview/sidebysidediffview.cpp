// SPDX-License-Identifier: MIT
#include "sidebysidediffview.h"
#include "flowlayout.h"

#include "diffmodel.h"
#include "diffpane.h"
#include "pluraltext.h"
#include "syntaxcolourer.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace agm {

namespace {

// The idle timer colours lines in slices this long, so input is never kept waiting (goal P7).
constexpr int kColourSliceMs = 8;
constexpr int kMinZoomSteps = -4;
constexpr int kMaxZoomSteps = 16;

QToolButton *toolButtonFor(QAction *action, QWidget *parent, Qt::ToolButtonStyle style)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(style);
    button->setAccessibleName(action->text());
    return button;
}

// A tool button that keeps its action's mnemonic (a default action's button shows iconText(),
// which drops it), so Alt+letter presses it and the page's mnemonic check sees it.
QToolButton *mnemonicButtonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setCheckable(action->isCheckable());
    auto sync = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setChecked(action->isChecked());
        button->setEnabled(action->isEnabled());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    // The action may refuse the change (disabled, or checked again by the view): say what it is.
    QObject::connect(button, &QToolButton::clicked, action, [action, sync] {
        action->trigger();
        sync();
    });
    return button;
}

} // namespace

SideBySideDiffView::SideBySideDiffView(QWidget *parent)
    : QWidget(parent)
    , m_viewport(std::make_unique<DiffViewport>())
{
    m_model = new DiffModel(this);
    m_viewport->model = m_model;
    m_baseFont = monospaceFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (m_baseFont.pointSizeF() <= 0)
        m_baseFont.setPointSizeF(10);

    m_colourTimer = new QTimer(this);
    m_colourTimer->setInterval(0);
    connect(m_colourTimer, &QTimer::timeout, this, &SideBySideDiffView::colourSome);

    createActions();
    createLayout();

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const DiffViewport &v = *m_viewport;
        m_anchorTop = m_model->rows() > 0 ? m_model->row(std::min(v.displayRow(v.topRow).row, m_model->rows() - 1)).alignedRow : 0;
        m_anchorCursor = m_model->rows() > 0
                ? m_model->row(std::clamp(v.displayRow(v.cursorRow).row, 0, m_model->rows() - 1)).alignedRow
                : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SideBySideDiffView::onModelReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SideBySideDiffView::onRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SideBySideDiffView::onRowsChanged);

    applyPalette();
    updateMetrics();
    updateActions();
    updateStatusLabel();
}

SideBySideDiffView::~SideBySideDiffView() = default;

void SideBySideDiffView::createActions()
{
    auto make = [this](const QString &text, const QString &tip, const QStringList &keys) {
        auto *action = new QAction(text, this);
        QList<QKeySequence> shortcuts;
        for (const QString &k : keys)
            shortcuts << QKeySequence(k, QKeySequence::PortableText);
        action->setShortcuts(shortcuts);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcuts.value(0).toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_previous = make(tr("Previous Change"), tr("Go to the previous change"),
                      {QStringLiteral("Shift+F8"), QStringLiteral("Alt+Up")});
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next = make(tr("Next Change"), tr("Go to the next change"), {QStringLiteral("F8"), QStringLiteral("Alt+Down")});
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_zoomIn = make(tr("Zoom In"), tr("Larger text"), {QStringLiteral("Ctrl+="), QStringLiteral("Ctrl++")});
    m_zoomOut = make(tr("Zoom Out"), tr("Smaller text"), {QStringLiteral("Ctrl+-")});
    m_resetZoom = make(tr("Reset Zoom"), tr("Default text size"), {QStringLiteral("Ctrl+0")});
    m_collapse = make(tr("Fold Unchanged Lines"), tr("Fold long runs of unchanged lines"), {});
    m_collapse->setToolTip(withEnglishPlural(
            tr("Fold runs of unchanged lines, keeping %n line(s) of context around each change", nullptr,
               DiffModel::kContextLines),
            DiffModel::kContextLines));
    m_collapse->setCheckable(true);
    m_collapse->setChecked(true);
    m_wrap = make(tr("&Wrap Long Lines"), {}, {});
    m_wrap->setToolTip(tr("Wrap lines wider than the pane instead of scrolling sideways"));
    m_wrap->setCheckable(true);
    // Checked while the inline layout is shown (also when the panes are too narrow for two).
    m_inline = make(tr("&Inline"), {}, {});
    m_inline->setCheckable(true);

    connect(m_previous, &QAction::triggered, this, &SideBySideDiffView::previousChange);
    connect(m_next, &QAction::triggered, this, &SideBySideDiffView::nextChange);
    connect(m_zoomIn, &QAction::triggered, this, &SideBySideDiffView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &SideBySideDiffView::zoomOut);
    connect(m_resetZoom, &QAction::triggered, this, &SideBySideDiffView::resetZoom);
    connect(m_collapse, &QAction::toggled, this, &SideBySideDiffView::setCollapseUnchanged);
    connect(m_wrap, &QAction::toggled, this, &SideBySideDiffView::setWrapLines);
    connect(m_inline, &QAction::triggered, this, &SideBySideDiffView::setPrefersInline);
}

void SideBySideDiffView::createLayout()
{
    m_toolBar = new QWidget(this);
    m_toolBar->setObjectName(QStringLiteral("diffToolBar"));
    // The arrows with the count, the view options and the text size each stay together; the
    // groups wrap onto a second row where the window is too narrow for one.
    auto *bar = new FlowLayout(m_toolBar);
    bar->setContentsMargins(0, 0, 0, 4);
    bar->setSpacing(2);
    auto group = [this](const QList<QWidget *> &widgets) {
        auto *box = new QWidget(m_toolBar);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        for (QWidget *widget : widgets) {
            widget->setParent(box);
            row->addWidget(widget);
        }
        return box;
    };
    // Arrows only (their names are in the tooltip and for screen readers).
    m_changeLabel = new QLabel(m_toolBar);
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    m_changeLabel->setContentsMargins(8, 0, 16, 0);
    bar->addWidget(group({toolButtonFor(m_previous, nullptr, Qt::ToolButtonIconOnly),
                          toolButtonFor(m_next, nullptr, Qt::ToolButtonIconOnly), m_changeLabel}));
    bar->addWidget(group({toolButtonFor(m_collapse, nullptr, Qt::ToolButtonTextOnly), mnemonicButtonFor(m_wrap, nullptr),
                          mnemonicButtonFor(m_inline, nullptr)}));
    QToolButton *out = toolButtonFor(m_zoomOut, nullptr, Qt::ToolButtonTextOnly);
    out->setText(QString(QChar(0x2212)));
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("000 %")) + 8);
    m_zoomLabel->setAccessibleName(tr("Text size"));
    m_zoomLabel->setToolTip(tr("Text size; Ctrl+0 resets it"));
    QToolButton *in = toolButtonFor(m_zoomIn, nullptr, Qt::ToolButtonTextOnly);
    in->setText(QStringLiteral("+"));
    bar->setTrailingFrom(bar->count());
    bar->addWidget(group({out, m_zoomLabel, in}));

    m_oldTitle = new QLabel(this);
    m_newTitle = new QLabel(this);
    for (QLabel *title : {m_oldTitle, m_newTitle}) {
        title->setContentsMargins(8, 4, 8, 4);
        title->setTextFormat(Qt::PlainText);
        title->setAutoFillBackground(true);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }

    m_oldPane = new DiffPane(DiffSide::Old, m_viewport.get(), this);
    m_oldPane->setObjectName(QStringLiteral("oldPane"));
    m_oldPane->setAccessibleName(tr("Original text"));
    m_newPane = new DiffPane(DiffSide::New, m_viewport.get(), this);
    m_newPane->setObjectName(QStringLiteral("newPane"));
    m_newPane->setAccessibleName(tr("Migrated text"));
    m_overview = new DiffOverview(m_viewport.get(), this);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_vbar = new QScrollBar(Qt::Vertical, this);
    m_vbar->setObjectName(QStringLiteral("verticalScrollBar"));
    m_vbar->setAccessibleName(tr("Scroll both texts"));
    m_hbar = new QScrollBar(Qt::Horizontal, this);
    m_hbar->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_hbar->setAccessibleName(tr("Scroll long lines"));

    // One frame around titles, panes and scroll bars; a one-pixel gap of the window colour
    // separates the two sides.
    auto *frame = m_frame = new QWidget(this);
    frame->setObjectName(QStringLiteral("diffFrame"));
    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(1, 1, 1, 1);
    grid->setHorizontalSpacing(1);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_oldTitle, 0, 0);
    grid->addWidget(m_newTitle, 0, 1, 1, 3);
    grid->addWidget(m_oldPane, 1, 0);
    grid->addWidget(m_newPane, 1, 1);
    grid->addWidget(m_overview, 1, 2);
    grid->addWidget(m_vbar, 1, 3);
    grid->addWidget(m_hbar, 2, 0, 1, 2);
    // Over titles and panes while the next texts are prepared (showPreparing()).
    m_preparing = new QLabel(frame);
    m_preparing->setObjectName(QStringLiteral("preparingLabel"));
    m_preparing->setAlignment(Qt::AlignCenter);
    m_preparing->setWordWrap(true);
    m_preparing->setTextFormat(Qt::PlainText);
    m_preparing->setAutoFillBackground(true);
    m_preparing->setBackgroundRole(QPalette::Base);
    m_preparing->hide();
    grid->addWidget(m_preparing, 0, 0, 3, 4);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Mid);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_toolBar);
    outer->addWidget(frame, 1);

    m_oldPane->setPartner(m_newPane);
    m_newPane->setPartner(m_oldPane);
    for (DiffPane *pane : {m_oldPane, m_newPane}) {
        pane->installEventFilter(this);
        connect(pane, &DiffPane::verticalScrollRequested, this,
                [this](int rows) { m_vbar->setValue(m_vbar->value() + rows); });
        connect(pane, &DiffPane::horizontalScrollRequested, this,
                [this](int pixels) { m_hbar->setValue(m_hbar->value() + pixels); });
        connect(pane, &DiffPane::cursorMoveRequested, this, &SideBySideDiffView::moveCursorTo);
        connect(pane, &DiffPane::rowClicked, this, &SideBySideDiffView::onRowClicked);
        connect(pane, &DiffPane::rowActivated, this, &SideBySideDiffView::activateRow);
        connect(pane, &DiffPane::coloursPending, this, &SideBySideDiffView::scheduleColouring);
        connect(pane, &DiffPane::zoomRequested, this, [this](int steps) { steps > 0 ? zoomIn() : zoomOut(); });
    }
    setFocusProxy(m_newPane);
    connect(m_vbar, &QScrollBar::valueChanged, this, &SideBySideDiffView::setTopRow);
    connect(m_hbar, &QScrollBar::valueChanged, this, &SideBySideDiffView::setHorizontalOffset);
    connect(m_overview, &DiffOverview::rowRequested, this,
            [this](int row) { scrollToRow(row, visibleRows() / 2); });
}

// --- texts ----------------------------------------------------------------------------------------

namespace {

// The old-side line shown at a row, or the nearest one below it (above it at the end).
int oldLineNear(const DiffModel &model, int row)
{
    for (int r = row; r < model.rows(); ++r) {
        if (model.row(r).oldLine >= 0)
            return model.row(r).oldLine;
    }
    for (int r = std::min(row, model.rows()) - 1; r >= 0; --r) {
        if (model.row(r).oldLine >= 0)
            return model.row(r).oldLine;
    }
    return -1;
}

// The row that shows an old-side line (its fold when it is folded away).
int rowForOldLine(const DiffModel &model, int line)
{
    for (int r = 0; r < model.rows(); ++r) {
        const DiffRow &row = model.row(r);
        if (row.oldLine < 0)
            continue;
        const int last = row.kind == DiffRowKind::Folded ? row.oldLine + row.hidden - 1 : row.oldLine;
        if (last >= line)
            return r;
    }
    return std::max(0, model.rows() - 1);
}

} // namespace

void SideBySideDiffView::setTexts(const QString &oldText, const QString &newText, const QString &fileName)
{
    setPrepared(DiffModel::prepare(oldText, newText), fileName);
}

void SideBySideDiffView::setPrepared(DiffModel::Prepared prepared, const QString &fileName)
{
    // The same file again (an edit switched on or off in the review): keep the place, since the
    // original text is the same and the reader is looking at one spot. A new file starts at its
    // first change.
    const bool samePlace = isVisible() && !fileName.isEmpty() && fileName == m_fileName && m_model->rows() > 0;
    const int topLine = samePlace ? oldLineNear(*m_model, m_viewport->displayRow(m_viewport->topRow).row) : -1;
    const int cursorLine = samePlace ? oldLineNear(*m_model, m_viewport->displayRow(m_viewport->cursorRow).row) : -1;
    const int horizontal = samePlace ? m_hbar->value() : 0;

    m_fileName = fileName;
    m_model->setPrepared(std::move(prepared));
    endPreparing();
    m_viewport->topRow = 0;
    m_viewport->horizontalOffset = 0;
    m_viewport->cursorRow = 0;
    const QString name = QFileInfo(fileName).fileName();
    m_oldPane->colourer().setSource(
            [this](int line) { return m_model->lineText(DiffSide::Old, line); },
            m_model->lineCount(DiffSide::Old), m_model->textLength(DiffSide::Old), name);
    m_newPane->colourer().setSource(
            [this](int line) { return m_model->lineText(DiffSide::New, line); },
            m_model->lineCount(DiffSide::New), m_model->textLength(DiffSide::New), name);
    if (!m_customTitles) {
        const QString dash = QStringLiteral(" \u2014 ");
        m_oldTitleText = name.isEmpty() ? tr("Original") : tr("Original") + dash + name;
        m_newTitleText = name.isEmpty() ? tr("Migrated") : tr("Migrated") + dash + name;
        updateTitles();
    }
    updateMetrics();
    m_currentChange = -1;
    m_viewport->currentChange = -1;
    const int count = m_model->changeCount();
    if (samePlace && count > 0 && topLine >= 0) {
        m_vbar->setValue(m_viewport->displayRowOf(rowForOldLine(*m_model, topLine)));
        m_hbar->setValue(horizontal);
        const int cursor = rowForOldLine(*m_model, cursorLine);
        m_viewport->cursorRow = m_viewport->displayRowOf(cursor);
        // The change under the cursor, else the first one from the top of the view on.
        int change = m_model->row(cursor).change;
        if (change < 0) {
            const std::vector<DiffChangeSpan> &spans = m_model->changeSpans();
            change = count - 1;
            for (int c = 0; c < count; ++c) {
                if (m_viewport->displayRowOf(spans[std::size_t(c)].firstRow) >= m_viewport->topRow) {
                    change = c;
                    break;
                }
            }
        }
        m_currentChange = change;
        m_viewport->currentChange = change;
        updateActions();
        updateStatusLabel();
        refreshPanes();
        Q_EMIT currentChangeChanged(change, count);
    } else {
        m_hbar->setValue(0);
        m_vbar->setValue(0);
        if (count > 0) {
            setCurrentChange(0);
        } else {
            updateActions();
            updateStatusLabel();
            Q_EMIT currentChangeChanged(-1, 0);
        }
        m_revealOnShow = !isVisible();
    }
    m_oldPane->updateAccessibleDescription();
    m_newPane->updateAccessibleDescription();
    scheduleColouring();
}

void SideBySideDiffView::showPreparing(const QString &message)
{
    if (!isPreparing())
        m_paneHadFocus = m_oldPane->hasFocus() || m_newPane->hasFocus();
    m_preparing->setText(message);
    m_preparing->setAccessibleName(message);
    m_preparing->show();
    m_preparing->raise();
    for (DiffPane *pane : {m_oldPane, m_newPane})
        pane->setEnabled(false);
    updateActions();
    updateStatusLabel();
}

bool SideBySideDiffView::isPreparing() const
{
    return !m_preparing->isHidden();
}

QString SideBySideDiffView::preparingMessage() const
{
    return isPreparing() ? m_preparing->text() : QString();
}

void SideBySideDiffView::endPreparing()
{
    if (!isPreparing())
        return;
    m_preparing->hide();
    for (DiffPane *pane : {m_oldPane, m_newPane})
        pane->setEnabled(true);
    if (m_paneHadFocus)
        setFocus();
    m_paneHadFocus = false;
}

void SideBySideDiffView::setSideTitles(const QString &oldTitle, const QString &newTitle)
{
    m_customTitles = true;
    m_oldTitleText = oldTitle;
    m_newTitleText = newTitle;
    updateTitles();
}

void SideBySideDiffView::updateTitles()
{
    m_oldTitle->setText(m_oldTitleText);
    m_newTitle->setText(m_viewport->inlineLayout ? tr("%1 \u2192 %2").arg(m_oldTitleText, m_newTitleText) : m_newTitleText);
}

const DiffModel *SideBySideDiffView::model() const
{
    return m_model;
}

QAction *SideBySideDiffView::nextAction() const
{
    return m_next;
}

QAction *SideBySideDiffView::previousAction() const
{
    return m_previous;
}

QAction *SideBySideDiffView::zoomInAction() const
{
    return m_zoomIn;
}

QAction *SideBySideDiffView::zoomOutAction() const
{
    return m_zoomOut;
}

QAction *SideBySideDiffView::resetZoomAction() const
{
    return m_resetZoom;
}

QAction *SideBySideDiffView::collapseAction() const
{
    return m_collapse;
}

QAction *SideBySideDiffView::wrapAction() const
{
    return m_wrap;
}

QAction *SideBySideDiffView::inlineAction() const
{
    return m_inline;
}

bool SideBySideDiffView::wrapLines() const
{
    return m_wrap->isChecked();
}

bool SideBySideDiffView::prefersInline() const
{
    return m_preferInline;
}

bool SideBySideDiffView::isInline() const
{
    return m_viewport->inlineLayout;
}

QFont SideBySideDiffView::textFont() const
{
    return m_viewport->font;
}

QFont SideBySideDiffView::monospaceFont(const QFont &preferred)
{
    if (QFontInfo(preferred).fixedPitch())
        return preferred;
    QFont font = preferred;
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    const QStringList families{QStringLiteral("monospace"), QStringLiteral("DejaVu Sans Mono"),
                               QStringLiteral("Liberation Mono"), QStringLiteral("Noto Sans Mono"),
                               QStringLiteral("Consolas"), QStringLiteral("Menlo"), QStringLiteral("Courier New")};
    for (const QString &family : families) {
        font.setFamily(family);
        if (QFontInfo(font).fixedPitch())
            return font;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QStringList all = QFontDatabase::families();
    auto isFixed = [](const QString &family) { return QFontDatabase::isFixedPitch(family); };
#else
    const QFontDatabase database;
    const QStringList all = database.families();
    auto isFixed = [&database](const QString &family) { return database.isFixedPitch(family); };
#endif
    for (const QString &family : all) {
        if (isFixed(family)) {
            font.setFamily(family);
            return font;
        }
    }
    return font;
}

int SideBySideDiffView::changeCount() const
{
    return m_model->changeCount();
}

int SideBySideDiffView::currentChange() const
{
    return m_currentChange;
}

bool SideBySideDiffView::collapseUnchanged() const
{
    return m_model->collapseUnchanged();
}

int SideBySideDiffView::zoomSteps() const
{
    return m_zoomSteps;
}

// --- navigation -----------------------------------------------------------------------------------

void SideBySideDiffView::nextChange()
{
    if (m_model->changeCount() == 0)
        return;
    setCurrentChange(std::min(m_currentChange + 1, m_model->changeCount() - 1));
}

void SideBySideDiffView::previousChange()
{
    if (m_model->changeCount() == 0)
        return;
    setCurrentChange(std::max(m_currentChange - 1, 0));
}

void SideBySideDiffView::setCurrentChange(int index)
{
    const int count = m_model->changeCount();
    index = count == 0 ? -1 : std::clamp(index, 0, count - 1);
    const bool changed = index != m_currentChange;
    m_currentChange = index;
    m_viewport->currentChange = index;
    revealChange(index);
    updateActions();
    updateStatusLabel();
    refreshPanes();
    announceCursor();
    if (changed)
        Q_EMIT currentChangeChanged(index, count);
}

void SideBySideDiffView::announceCursor()
{
    // Both sides follow, the one without the focus too: a screen reader may read either.
    m_oldPane->announceCursor();
    m_newPane->announceCursor();
}

void SideBySideDiffView::revealChange(int index)
{
    if (index < 0 || index >= m_model->changeCount())
        return;
    const DiffChangeSpan &span = m_model->changeSpans()[std::size_t(index)];
    const int first = m_viewport->displayRowOf(span.firstRow);
    const int rowCount = m_viewport->displayRowOf(span.firstRow + span.rowCount) - first;
    m_viewport->cursorRow = first;
    if (!isVisible())
        return; // no size yet: showEvent() reveals it
    // In view means with its context above it (when there is any) and its last row.
    const int top = m_viewport->topRow, visible = visibleRows();
    const int context = std::min(DiffModel::kContextLines, visible / 4);
    const bool shown = first - std::min(context, first) >= top
            && first + std::min(rowCount, visible - context) <= top + visible;
    if (!shown)
        scrollToRow(first, context);
    revealChangeSideways(index);
}

void SideBySideDiffView::revealChangeSideways(int index)
{
    if (m_viewport->wrapColumns > 0 || index < 0 || index >= m_model->changeCount())
        return;
    // The columns the change covers on either side: its changed words, or whole added and
    // removed lines from their indentation on.
    const DiffChangeSpan &span = m_model->changeSpans()[std::size_t(index)];
    int left = std::numeric_limits<int>::max(), right = -1;
    for (int r = span.firstRow; r < span.firstRow + span.rowCount; ++r) {
        const IntraLineDiff *diff = m_model->intraLine(r);
        for (const DiffSide side : {DiffSide::Old, DiffSide::New}) {
            const int line = m_model->line(r, side);
            if (line < 0)
                continue;
            const QStringView text = m_model->lineText(side, line);
            if (diff && !diff->skipped) {
                const std::vector<CharRange> &ranges = side == DiffSide::Old ? diff->oldRanges : diff->newRanges;
                if (!ranges.empty()) {
                    left = std::min(left, columnAt(text, ranges.front().start));
                    right = std::max(right, columnAt(text, ranges.back().start + ranges.back().length));
                }
                continue;
            }
            int indent = 0;
            while (indent < text.size() && text[indent].isSpace())
                ++indent;
            left = std::min(left, columnAt(text, indent));
            right = std::max(right, columnAt(text, int(text.size())));
        }
    }
    if (right < 0)
        return;
    const qreal cw = m_viewport->charWidth;
    const int width = m_newPane->textAreaWidth() - 2 * m_viewport->textPadding;
    const int margin = qCeil(cw * 4);
    const int l = qFloor(left * cw), r = qCeil(right * cw);
    int offset = m_hbar->value();
    if (r - l + 2 * margin <= width) {
        if (l - margin < offset)
            offset = l - margin;
        else if (r + margin > offset + width)
            offset = r + margin - width;
    } else if (l - margin < offset || l + margin > offset + width) {
        offset = l - margin; // wider than the pane: its start, where the reader begins
    }
    m_hbar->setValue(std::clamp(offset, 0, m_hbar->maximum()));
}

void SideBySideDiffView::scrollToRow(int row, int contextAbove)
{
    m_vbar->setValue(std::clamp(row - std::max(0, contextAbove), 0, m_vbar->maximum()));
}

void SideBySideDiffView::setTopRow(int row)
{
    m_viewport->topRow = std::max(0, row);
    refreshPanes();
}

void SideBySideDiffView::setHorizontalOffset(int pixels)
{
    m_viewport->horizontalOffset = std::max(0, pixels);
    m_oldPane->update();
    m_newPane->update();
}

void SideBySideDiffView::moveCursorTo(int row)
{
    if (m_model->rows() == 0)
        return;
    row = std::clamp(row, 0, m_viewport->displayCount() - 1);
    m_viewport->cursorRow = row;
    const int top = m_viewport->topRow, visible = visibleRows();
    if (row < top)
        m_vbar->setValue(row);
    else if (row >= top + visible)
        m_vbar->setValue(row - visible + 1);
    const int change = m_model->row(m_viewport->displayRow(row).row).change;
    if (change >= 0 && change != m_currentChange) {
        m_currentChange = change;
        m_viewport->currentChange = change;
        updateActions();
        updateStatusLabel();
        Q_EMIT currentChangeChanged(change, m_model->changeCount());
    }
    announceCursor();
    refreshPanes();
}

void SideBySideDiffView::onRowClicked(int row)
{
    moveCursorTo(row);
}

void SideBySideDiffView::activateRow(int row)
{
    if (row < 0 || row >= m_viewport->displayCount())
        return;
    const int modelRow = m_viewport->displayRow(row).row;
    if (m_model->row(modelRow).kind == DiffRowKind::Folded)
        m_model->expandFold(modelRow);
}

// --- model changes --------------------------------------------------------------------------------

void SideBySideDiffView::onModelReset()
{
    // Folding changed (setTexts resets the position itself): keep the same lines in view.
    rebuildDisplayRows();
    if (m_model->rows() > 0) {
        m_viewport->cursorRow = m_viewport->displayRowOf(m_model->rowForAlignedRow(m_anchorCursor));
        m_viewport->topRow = m_viewport->displayRowOf(m_model->rowForAlignedRow(m_anchorTop));
    } else {
        m_viewport->cursorRow = 0;
        m_viewport->topRow = 0;
    }
    updateScrollRanges();
    m_vbar->setValue(m_viewport->topRow);
    refreshPanes();
}

void SideBySideDiffView::onRowsChanged()
{
    rebuildDisplayRows();
    updateScrollRanges();
    refreshPanes();
}

void SideBySideDiffView::setWrapLines(bool wrap)
{
    if (m_wrap->isChecked() != wrap) {
        m_wrap->setChecked(wrap); // comes back here through toggled()
        return;
    }
    relayout();
    revealChangeSideways(m_currentChange);
    Q_EMIT wrapLinesChanged(wrap);
}

void SideBySideDiffView::setPrefersInline(bool preferInline)
{
    if (m_preferInline == preferInline)
        return;
    m_preferInline = preferInline;
    updateLayoutMode();
    Q_EMIT prefersInlineChanged(preferInline);
}

void SideBySideDiffView::updateLayoutMode()
{
    // Side by side needs room for two panes of kMinSideBySideColumns; the frame's width says
    // whether there is, whichever layout it shows now (so the switch never flickers).
    if (!isVisible())
        return; // no sizes yet: showEvent() decides
    const DiffViewport &v = *m_viewport;
    const int gaps = 4; // the frame's margins and the gap between the panes
    const int paneText = (m_frame->width() - m_overview->width() - m_vbar->width() - gaps) / 2 - v.gutterWidth
            - 2 * v.textPadding;
    const bool narrow = m_frame->width() > 0 && paneText < kMinSideBySideColumns * v.charWidth;
    m_inline->setEnabled(!narrow);
    m_inline->setToolTip(narrow ? tr("Too narrow for two panes here: widen the window or zoom out for side by side")
                                : tr("One column: each changed line as removed, then as added"));
    const bool inlineLayout = m_preferInline || narrow;
    m_inline->setChecked(inlineLayout);
    const int wrapColumns = m_wrap->isChecked()
            ? std::max(8, int((m_newPane->textAreaWidth() - 2 * v.textPadding) / std::max<qreal>(1.0, v.charWidth)))
            : 0;
    if (inlineLayout == v.inlineLayout && wrapColumns == v.wrapColumns)
        return;
    if (inlineLayout != v.inlineLayout) {
        m_viewport->inlineLayout = inlineLayout;
        if (inlineLayout && m_oldPane->hasFocus())
            m_newPane->setFocus();
        m_oldPane->setVisible(!inlineLayout);
        m_oldTitle->setVisible(!inlineLayout);
        static_cast<QGridLayout *>(m_frame->layout())->setColumnStretch(0, inlineLayout ? 0 : 1);
        m_newPane->setAccessibleName(inlineLayout ? tr("Original and migrated text, inline") : tr("Migrated text"));
        updateTitles();
        m_frame->layout()->activate(); // the pane's new width, for the wrap below
    }
    relayout();
    revealChange(m_currentChange);
    announceCursor();
}

void SideBySideDiffView::rebuildDisplayRows()
{
    DiffViewport &v = *m_viewport;
    v.display.clear();
    v.wrapColumns = m_wrap->isChecked()
            ? std::max(8, int((m_newPane->textAreaWidth() - 2 * v.textPadding) / std::max<qreal>(1.0, v.charWidth)))
            : 0;
    if (!v.inlineLayout && v.wrapColumns == 0)
        return; // one display row per model row
    auto pieces = [&](DiffSide side, int line) {
        if (line < 0)
            return 0;
        return v.wrapColumns > 0 ? int(wrapStarts(m_model->lineText(side, line), v.wrapColumns).size()) : 1;
    };
    v.display.reserve(std::size_t(m_model->rows()));
    for (int r = 0; r < m_model->rows(); ++r) {
        const DiffRow &row = m_model->row(r);
        if (row.kind == DiffRowKind::Folded) {
            v.display.push_back({r, v.inlineLayout ? int(DiffSide::New) : -1, 0});
            continue;
        }
        if (!v.inlineLayout) {
            const int n = std::max({1, pieces(DiffSide::Old, row.oldLine), pieces(DiffSide::New, row.newLine)});
            for (int k = 0; k < n; ++k)
                v.display.push_back({r, -1, k});
            continue;
        }
        // Inline: a rewritten line as removed, then as added; an unchanged line once.
        if (row.kind == DiffRowKind::Removed || row.kind == DiffRowKind::Changed) {
            for (int k = 0, n = pieces(DiffSide::Old, row.oldLine); k < n; ++k)
                v.display.push_back({r, int(DiffSide::Old), k});
        }
        if (row.kind != DiffRowKind::Removed) {
            for (int k = 0, n = std::max(1, pieces(DiffSide::New, row.newLine)); k < n; ++k)
                v.display.push_back({r, int(DiffSide::New), k});
        }
    }
}

void SideBySideDiffView::relayout()
{
    // The same lines stay at the top and under the cursor while rows are regrouped.
    DiffViewport &v = *m_viewport;
    const bool any = v.displayCount() > 0 && m_model->rows() > 0;
    const int topModel = any ? v.displayRow(v.topRow).row : 0;
    const int cursorModel = any ? v.displayRow(v.cursorRow).row : 0;
    rebuildDisplayRows();
    v.cursorRow = std::clamp(v.displayRowOf(cursorModel), 0, std::max(0, v.displayCount() - 1));
    updateScrollRanges();
    m_vbar->setValue(v.displayRowOf(topModel));
    setTopRow(m_vbar->value());
}

void SideBySideDiffView::setCollapseUnchanged(bool collapse)
{
    if (m_collapse->isChecked() != collapse) {
        m_collapse->setChecked(collapse); // comes back here through toggled()
        return;
    }
    m_model->setCollapseUnchanged(collapse);
}

// --- zoom, metrics, palette -----------------------------------------------------------------------

void SideBySideDiffView::zoomIn()
{
    if (m_zoomSteps >= kMaxZoomSteps)
        return;
    ++m_zoomSteps;
    updateMetrics();
    Q_EMIT zoomChanged(m_zoomSteps);
}

void SideBySideDiffView::zoomOut()
{
    if (m_zoomSteps <= kMinZoomSteps || m_baseFont.pointSizeF() + m_zoomSteps <= 5)
        return;
    --m_zoomSteps;
    updateMetrics();
    Q_EMIT zoomChanged(m_zoomSteps);
}

void SideBySideDiffView::resetZoom()
{
    if (m_zoomSteps == 0)
        return;
    m_zoomSteps = 0;
    updateMetrics();
    Q_EMIT zoomChanged(m_zoomSteps);
}

void SideBySideDiffView::updateMetrics()
{
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() + m_zoomSteps);
    m_viewport->font = font;
    const QFontMetricsF fm(font);
    m_viewport->charWidth = std::max<qreal>(1.0, fm.horizontalAdvance(QLatin1Char('M')));
    m_viewport->ascent = QFontMetrics(font).ascent();
    m_viewport->rowHeight = qCeil(fm.height() * 1.3);
    m_viewport->textPadding = qCeil(m_viewport->charWidth);
    const int lines = std::max(m_model->lineCount(DiffSide::Old), m_model->lineCount(DiffSide::New));
    const int digits = std::max(3, int(QString::number(lines).size()));
    const int signWidth = qCeil(m_viewport->charWidth) + 6;
    m_viewport->gutterWidth = qCeil(4 + digits * m_viewport->charWidth + 8 + signWidth + 2 + 1);
    m_oldPane->resetCaches();
    m_newPane->resetCaches();
    if (m_frame)
        updateLayoutMode(); // the zoom decides how many columns fit
    const int percent = qRound(100.0 * font.pointSizeF() / m_baseFont.pointSizeF());
    m_zoomLabel->setText(QStringLiteral("%1 %").arg(percent));
    updateScrollRanges();
    updateActions();
    refreshPanes();
}

void SideBySideDiffView::applyPalette()
{
    m_viewport->colours = DiffColours::fromPalette(palette());
    for (DiffPane *pane : {m_oldPane, m_newPane}) {
        pane->colourer().setDarkTheme(m_viewport->colours.dark);
        pane->resetCaches();
    }
    for (QLabel *title : {m_oldTitle, m_newTitle}) {
        QPalette p = title->palette();
        p.setColor(QPalette::Window, m_viewport->colours.gutter);
        p.setColor(QPalette::WindowText, m_viewport->colours.text);
        title->setPalette(p);
    }
    refreshPanes();
}

void SideBySideDiffView::updateScrollRanges()
{
    const int visible = visibleRows();
    m_vbar->setRange(0, std::max(0, m_viewport->displayCount() - visible));
    m_vbar->setPageStep(visible);
    m_vbar->setSingleStep(1);
    const int contentWidth = qCeil(m_model->maxColumns() * m_viewport->charWidth) + 2 * m_viewport->textPadding
            + qCeil(m_viewport->charWidth * 2);
    const int textWidth = m_newPane->textAreaWidth();
    const int hmax = m_viewport->wrapColumns > 0 ? 0 : std::max(0, contentWidth - textWidth);
    m_hbar->setRange(0, hmax);
    m_hbar->setPageStep(std::max(1, textWidth));
    m_hbar->setSingleStep(qCeil(m_viewport->charWidth * 4));
    m_hbar->setVisible(hmax > 0);
    m_viewport->topRow = m_vbar->value();
    m_viewport->horizontalOffset = m_hbar->value();
    m_overview->setVisibleRows(visible);
}

int SideBySideDiffView::visibleRows() const
{
    return m_newPane->visibleRows();
}

void SideBySideDiffView::updateActions()
{
    const int count = isPreparing() ? 0 : m_model->changeCount();
    m_previous->setEnabled(count > 0 && m_currentChange > 0);
    m_next->setEnabled(count > 0 && m_currentChange < count - 1);
    m_zoomIn->setEnabled(m_zoomSteps < kMaxZoomSteps);
    m_zoomOut->setEnabled(m_zoomSteps > kMinZoomSteps && m_baseFont.pointSizeF() + m_zoomSteps > 5);
    m_resetZoom->setEnabled(m_zoomSteps != 0);
}

void SideBySideDiffView::updateStatusLabel()
{
    const int count = m_model->changeCount();
    if (isPreparing())
        m_changeLabel->setText(tr("Preparing…"));
    else if (count == 0)
        m_changeLabel->setText(tr("No changes"));
    else
        m_changeLabel->setText(tr("Change %1 of %2").arg(m_currentChange + 1).arg(count));
    m_changeLabel->setAccessibleName(m_changeLabel->text());
}

void SideBySideDiffView::refreshPanes()
{
    m_oldPane->update();
    m_newPane->update();
    m_overview->update();
}

void SideBySideDiffView::setToolBarVisible(bool visible)
{
    m_toolBar->setVisible(visible);
}

// --- colouring ------------------------------------------------------------------------------------

bool SideBySideDiffView::isColouringComplete() const
{
    return m_oldPane->colourer().isComplete() && m_newPane->colourer().isComplete();
}

void SideBySideDiffView::scheduleColouring()
{
    if (!m_colourTimer->isActive())
        m_colourTimer->start();
}

void SideBySideDiffView::colourSome()
{
    // Both sides advance by a short slice per tick; a pane repaints once the states reach the
    // lines it shows (they were painted plain until then).
    bool more = false;
    for (DiffPane *pane : {m_oldPane, m_newPane}) {
        SyntaxColourer &c = pane->colourer();
        if (c.isComplete())
            continue;
        const int before = c.frontier();
        more = c.advance(kColourSliceMs / 2) || more;
        const int waiting = pane->firstPlainLine();
        if (waiting >= 0 && before <= waiting && c.frontier() >= waiting)
            refreshPanes(); // inline, the old side's lines are painted by the other pane
    }
    if (!more)
        m_colourTimer->stop();
}

// --- status ---------------------------------------------------------------------------------------

QString SideBySideDiffView::syntaxHighlightingVersion()
{
    return SyntaxColourer::version();
}

QString SideBySideDiffView::syntaxStatus() const
{
    const QString version = syntaxHighlightingVersion();
    const QString name = QFileInfo(m_fileName).fileName();
    if (version.isEmpty()) {
        const QString language = SyntaxColourer::languageForFileName(m_fileName);
        if (language.isEmpty())
            return tr("KSyntaxHighlighting is not available in this build, so files are shown without token colours");
        return tr("KSyntaxHighlighting is not available in this build, so %1 is shown without token colours").arg(language);
    }
    if (name.isEmpty())
        return tr("Token colours by KSyntaxHighlighting %1").arg(version);
    const QString definition = m_newPane->colourer().definitionName();
    if (definition.isEmpty()) {
        return tr("KSyntaxHighlighting %1 has no syntax definition for %2, so it is shown without token colours")
                .arg(version, name);
    }
    if (std::max(m_model->textLength(DiffSide::Old), m_model->textLength(DiffSide::New)) > SyntaxColourer::kMaxTextLength) {
        return tr("%1 is larger than 10 MB, so it is shown without %2 colours (KSyntaxHighlighting %3)")
                .arg(name, definition, version);
    }
    return tr("%1 colours by KSyntaxHighlighting %2").arg(definition, version);
}

// --- events ---------------------------------------------------------------------------------------

void SideBySideDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void SideBySideDiffView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollRanges();
}

void SideBySideDiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLayoutMode();
    updateScrollRanges();
    if (m_revealOnShow) {
        m_revealOnShow = false;
        // Sizes are known now: bring the current change into view with its context.
        revealChange(m_currentChange);
        refreshPanes();
    }
}

void SideBySideDiffView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

bool SideBySideDiffView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_oldPane || watched == m_newPane) && event->type() == QEvent::Resize) {
        updateScrollRanges();
        if (watched == m_newPane)
            updateLayoutMode(); // narrow enough for inline, or a new wrap width
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace agm
