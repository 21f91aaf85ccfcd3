// SPDX-License-Identifier: MIT
#pragma once

#include "intraline.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringView>

#include <set>
#include <unordered_map>
#include <vector>

namespace agm {

enum class DiffSide { Old = 0, New = 1 };

enum class DiffRowKind {
    Equal,   // the same line on both sides
    Changed, // a line on each side, paired, with intra-line ranges
    Removed, // a line only on the old side (the new side shows a filler)
    Added,   // a line only on the new side (the old side shows a filler)
    Folded,  // a run of unchanged lines collapsed into one row
};

enum class LineEnding { None, LF, CRLF, CR };

// One aligned row of the side-by-side diff.
struct DiffRow
{
    DiffRowKind kind = DiffRowKind::Equal;
    int oldLine = -1;   // 0-based line of the old text; -1 where the old side has no line
    int newLine = -1;   // likewise for the new text (for Folded: the first hidden line of each side)
    int change = -1;    // index of the change (a run of non-equal rows), -1 outside changes
    int hidden = 0;     // Folded: number of unchanged lines the row stands for
    int alignedRow = 0; // index in the full alignment, before folding
};

// Where a change sits among the shown rows, for navigation and the overview ruler.
struct DiffChangeSpan
{
    int firstRow = 0;
    int rowCount = 0;
    bool hasOld = false; // the change removes or rewrites old lines
    bool hasNew = false; // the change adds or rewrites new lines
};

// The side-by-side alignment of two texts as a table model: one row per shown row, column 0 the
// old side, column 1 the new side. Line diff from the core (Myers with a cost budget), replaced
// blocks paired line by line (by similarity when the block is small), intra-line ranges computed
// lazily per changed row, unchanged runs folded around a few lines of context.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OldColumn = 0, NewColumn = 1, ColumnCount = 2 };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // int(DiffRowKind)
        LineNumberRole,                 // 1-based line number; invalid where the side has no line
        ChangeIndexRole,                // int, -1 outside changes
        HiddenLineCountRole,            // int, Folded rows only
        ChangedRangesRole,              // QVariantList of QPoint(start, length) in UTF-16 units
    };

    // Lines of context kept on each side of a change when unchanged runs are folded, and the
    // fewest lines worth a fold row: with both, a run between two changes folds from 9 lines on.
    static constexpr int kContextLines = 3;
    static constexpr int kMinFoldedLines = 3;
    // Tab stops used to measure line widths (the view paints with the same width).
    static constexpr int kTabWidth = 4;

    struct Line
    {
        int start = 0;
        int length = 0; // without the line ending
        LineEnding ending = LineEnding::None;
    };

    // What setTexts() computes from two texts (lines, line diff, aligned rows), as a plain value:
    // prepare() runs on any thread, so a large file's diff is built off the GUI thread and only
    // swapped in with setPrepared().
    struct Prepared
    {
        QString oldText, newText;
        std::vector<Line> oldLines, newLines;
        std::vector<DiffRow> aligned;
        int changeCount = 0;
        int maxColumns = 0;
    };
    static Prepared prepare(const QString &oldText, const QString &newText);

    explicit DiffModel(QObject *parent = nullptr);
    ~DiffModel() override;

    void setTexts(const QString &oldText, const QString &newText);
    void setPrepared(Prepared prepared);

    bool collapseUnchanged() const { return m_collapse; }
    void setCollapseUnchanged(bool collapse);
    // Shows the lines of a Folded row (rows are inserted, the fold row removed); false otherwise.
    bool expandFold(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Direct access for painting (no QVariant per row).
    int rows() const { return int(m_rows.size()); }
    const DiffRow &row(int r) const { return m_rows[std::size_t(r)]; }
    int line(int r, DiffSide side) const;
    int lineCount(DiffSide side) const { return int(lines(side).size()); }
    QStringView lineText(DiffSide side, int line) const;
    // A whole side as given to setTexts(), where each line starts in it, and the reverse.
    QStringView text(DiffSide side) const { return side == DiffSide::Old ? m_oldText : m_newText; }
    int lineStart(DiffSide side, int line) const;
    int lineAtOffset(DiffSide side, int offset) const;
    // The shown row holding a line of a side (its fold when folded away), -1 when there is none.
    int rowOfLine(DiffSide side, int line) const;
    LineEnding lineEnding(DiffSide side, int line) const;
    int textLength(DiffSide side) const { return int(side == DiffSide::Old ? m_oldText.size() : m_newText.size()); }
    // The widest line of either side in columns (tabs expanded to kTabWidth).
    int maxColumns() const { return m_maxColumns; }
    // Intra-line ranges of a Changed row, computed on first use; nullptr for other rows.
    const IntraLineDiff *intraLine(int r) const;
    // True when a Changed row differs only in its line ending (the text reads the same).
    bool differsOnlyInLineEnding(int r) const;

    int changeCount() const { return m_changeCount; }
    const std::vector<DiffChangeSpan> &changeSpans() const { return m_spans; }
    // The shown row holding an aligned row (the fold row when it is folded away).
    int rowForAlignedRow(int alignedRow) const;
    // A sentence for screen readers: "Line 12, removed: image: …".
    QString describe(int r, DiffSide side) const;

private:
    const std::vector<Line> &lines(DiffSide side) const { return side == DiffSide::Old ? m_oldLines : m_newLines; }
    void rebuildRows();
    std::vector<DiffRow> foldedRows() const;
    void rebuildSpans();

    QString m_oldText, m_newText;
    std::vector<Line> m_oldLines, m_newLines;
    std::vector<DiffRow> m_aligned; // every row, nothing folded
    std::vector<DiffRow> m_rows;    // the rows shown
    std::vector<DiffChangeSpan> m_spans;
    std::set<int> m_expanded; // aligned row where an expanded fold starts
    mutable std::unordered_map<int, IntraLineDiff> m_intraLine; // by old line
    int m_changeCount = 0;
    int m_maxColumns = 0;
    bool m_collapse = true;
};

} // namespace agm
