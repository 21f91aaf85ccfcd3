// SPDX-License-Identifier: MIT
#pragma once

#include "diffmodel.h"

#include <QFont>
#include <QString>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QScrollBar;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace agm {

class DiffOverview;
class DiffPane;
struct DiffViewport;

// Side-by-side review of two texts: the original on the left, the migrated text on the right,
// rows aligned (filler rows where a side has no line), removed lines tinted red and added lines
// green, paired changed lines with their changed words marked, token colours through
// KSyntaxHighlighting when the build has it, unchanged runs folded into a clickable
// "⋯ N unchanged lines" row, next/previous change on the keyboard, zoom for presenters.
// Navigation brings the changed words into view in both panes (sideways too); long lines can
// wrap; when each pane would be narrower than kMinSideBySideColumns the view shows one inline
// (unified) pane instead, as VS Code's diff editor does, and the operator can ask for it anyway.
//
// Only the visible rows are painted and only their lines are laid out and highlighted, so 100k
// line files and 200 KB single lines stay responsive. Colours come from the palette (tints mixed
// into Base), so light and dark palettes both read well. The texts are shown as given: the
// caller masks secrets before calling setTexts().
class SideBySideDiffView : public QWidget
{
    Q_OBJECT

public:
    // Below this many text columns per pane, side by side turns into the inline layout.
    static constexpr int kMinSideBySideColumns = 72;

    explicit SideBySideDiffView(QWidget *parent = nullptr);
    ~SideBySideDiffView() override;

    // `preferred` when it is fixed-pitch, else a fixed-pitch face by style hint or family: the
    // platform theme may name no monospace font (or a proportional one) as its fixed font.
    static QFont monospaceFont(const QFont &preferred);
    // The font the texts are painted in (zoom included).
    QFont textFont() const;

    // Replaces both texts; fileName (only its name and suffix matter) picks the token colours:
    // .yaml/.yml YAML, .sh Bash, .ps1 PowerShell, .env/.conf INI, others by KSyntaxHighlighting's
    // own file name rules. A new file name starts at the first change; the same file name again
    // (an edit toggled in the review) keeps the lines in view where they were.
    void setTexts(const QString &oldText, const QString &newText, const QString &fileName);
    // The same with the alignment already computed (DiffModel::prepare(), on a worker thread):
    // only the swap happens here.
    void setPrepared(DiffModel::Prepared prepared, const QString &fileName);
    // While a caller prepares the next texts off the GUI thread: `message` covers the panes, which
    // are disabled with the navigation, so the texts shown last are never read as the current
    // ones, nor an empty view as "no changes". The next setTexts()/setPrepared() ends it.
    void showPreparing(const QString &message);
    bool isPreparing() const;
    QString preparingMessage() const;
    // Titles above the two panes; by default "Original" and "Migrated" with the file name.
    void setSideTitles(const QString &oldTitle, const QString &newTitle);

    // Changes are runs of consecutive changed rows; navigation stops at the first and the last
    // one (the matching action is disabled there) rather than wrapping around.
    int changeCount() const;
    // -1 when there is no change.
    int currentChange() const;
    bool collapseUnchanged() const;
    bool wrapLines() const;
    // The operator's choice of layout, and what is shown (inline also when the panes are narrow).
    bool prefersInline() const;
    bool isInline() const;
    // Font size offset in points from the default (0 after resetZoom()).
    int zoomSteps() const;

    // One sentence on token colours, for the About dialog: "YAML colours by KSyntaxHighlighting
    // 5.103", or why there are none. Never empty.
    QString syntaxStatus() const;
    // "5.103" when built with KSyntaxHighlighting, empty otherwise.
    static QString syntaxHighlightingVersion();

    // Actions with their shortcuts (F8 / Alt+Down, Shift+F8 / Alt+Up, Ctrl+= / Ctrl+- / Ctrl+0),
    // active while the focus is inside the view; a page may also put them in its own tool bar.
    QAction *nextAction() const;
    QAction *previousAction() const;
    QAction *zoomInAction() const;
    QAction *zoomOutAction() const;
    QAction *resetZoomAction() const;
    QAction *collapseAction() const;
    QAction *wrapAction() const;
    QAction *inlineAction() const;
    // The view's own bar with those actions; hide it when a page shows them elsewhere.
    void setToolBarVisible(bool visible);

    // True once both sides have their token colours (or get none), for benchmarks and tests.
    bool isColouringComplete() const;

    // The alignment behind the panes (rows, kinds, intra-line ranges), for tests and summaries.
    const DiffModel *model() const;

public Q_SLOTS:
    void nextChange();
    void previousChange();
    void setCurrentChange(int index);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setCollapseUnchanged(bool collapse);
    void setWrapLines(bool wrap);
    void setPrefersInline(bool preferInline);

Q_SIGNALS:
    void currentChangeChanged(int index, int count);
    void zoomChanged(int steps);
    // The operator switched wrapping or the layout (for the page to remember).
    void wrapLinesChanged(bool wrap);
    void prefersInlineChanged(bool preferInline);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void applyPalette();
    void updateMetrics();
    void updateScrollRanges();
    void updateActions();
    void updateStatusLabel();
    void endPreparing();
    void revealChange(int index);
    void revealChangeSideways(int index);
    void rebuildDisplayRows();
    void updateLayoutMode();
    void relayout();
    void updateTitles();
    void announceCursor();
    void scrollToRow(int row, int contextAbove);
    void setTopRow(int row);
    void setHorizontalOffset(int pixels);
    void moveCursorTo(int row);
    void activateRow(int row);
    void onRowClicked(int row);
    void onModelReset();
    void onRowsChanged();
    void refreshPanes();
    void scheduleColouring();
    void colourSome();
    int visibleRows() const;

    std::unique_ptr<DiffViewport> m_viewport;
    DiffModel *m_model = nullptr;
    DiffPane *m_oldPane = nullptr;
    DiffPane *m_newPane = nullptr;
    DiffOverview *m_overview = nullptr;
    QScrollBar *m_vbar = nullptr;
    QScrollBar *m_hbar = nullptr;
    QWidget *m_toolBar = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_oldTitle = nullptr;
    QLabel *m_newTitle = nullptr;
    QLabel *m_preparing = nullptr;
    QTimer *m_colourTimer = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_resetZoom = nullptr;
    QAction *m_collapse = nullptr;
    QAction *m_wrap = nullptr;
    QAction *m_inline = nullptr;
    QWidget *m_frame = nullptr;
    QString m_oldTitleText, m_newTitleText;
    QString m_fileName;
    QFont m_baseFont;
    bool m_customTitles = false;
    bool m_preferInline = false;
    bool m_revealOnShow = false;
    bool m_paneHadFocus = false; // when preparing began, to give it back after
    int m_zoomSteps = 0;
    int m_currentChange = -1;
    // Aligned rows at the top and under the cursor, to restore them when folds change.
    int m_anchorTop = 0;
    int m_anchorCursor = 0;
};

} // namespace agm
