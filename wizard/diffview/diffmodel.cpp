// SPDX-License-Identifier: MIT
#include "diffmodel.h"

#include "linediff.h"
#include "pluraltext.h"

#include <QPoint>

#include <algorithm>
#include <string_view>

namespace agm {

namespace {

// A replaced block is paired by similarity only when it is small; beyond this many line pairs
// it is paired in order (diff2html spent hours on the O(n·m) pairing of a big block).
constexpr long long kMaxSimilarityPairs = 2500;
constexpr double kSimilarityThreshold = 0.5;
// Accessible descriptions quote at most this much of a line.
constexpr int kDescribedChars = 200;

int endingLength(LineEnding e)
{
    switch (e) {
    case LineEnding::None:
        return 0;
    case LineEnding::CRLF:
        return 2;
    case LineEnding::LF:
    case LineEnding::CR:
        return 1;
    }
    return 0;
}

QStringView trimmedLeft(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    return s.mid(i);
}

// How alike two lines are, from 0 to 1: common prefix plus common suffix over the mean length,
// ignoring indentation (two unrelated lines at the same depth are not alike).
double similarity(QStringView a, QStringView b)
{
    a = trimmedLeft(a);
    b = trimmedLeft(b);
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    const qsizetype shorter = std::min(a.size(), b.size());
    qsizetype prefix = 0;
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return 2.0 * double(prefix + suffix) / double(a.size() + b.size());
}

using Line = DiffModel::Line;

// The lines of a text and the widest of them in columns (tabs expanded).
std::vector<Line> splitLines(const QString &text, int &maxColumns)
{
    std::vector<Line> out;
    const QChar *data = text.constData();
    const int n = int(text.size());
    int start = 0, columns = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = data[i].unicode();
        if (c == u'\n' || c == u'\r') {
            LineEnding ending = c == u'\n' ? LineEnding::LF : LineEnding::CR;
            const int length = i - start;
            if (c == u'\r' && i + 1 < n && data[i + 1].unicode() == u'\n') {
                ending = LineEnding::CRLF;
                ++i;
            }
            out.push_back({start, length, ending});
            maxColumns = std::max(maxColumns, columns);
            columns = 0;
            start = i + 1;
        } else if (c == u'\t') {
            columns = (columns / DiffModel::kTabWidth + 1) * DiffModel::kTabWidth;
        } else {
            ++columns;
        }
    }
    if (start < n)
        out.push_back({start, n - start, LineEnding::None});
    maxColumns = std::max(maxColumns, columns);
    return out;
}

QStringView lineOf(const QString &text, const std::vector<Line> &lines, int line)
{
    const Line &l = lines[std::size_t(line)];
    return QStringView(text).mid(l.start, l.length);
}

// Appends the rows of a replaced block (old lines [oldFrom, oldTo), new lines [newFrom, newTo)).
void pairBlock(DiffModel::Prepared &p, int oldFrom, int oldTo, int newFrom, int newTo)
{
    const int a = oldTo - oldFrom, b = newTo - newFrom;
    std::vector<std::pair<int, int>> pairs; // (old offset, new offset) in the block
    if (a > 0 && b > 0 && a != b && (long long)a * b <= kMaxSimilarityPairs) {
        // Pair the lines that are alike, in order, maximising the total similarity (an LCS with
        // weights): "image: …:latest" meets "image: …:2.11.1" even when lines were inserted.
        std::vector<double> sim(std::size_t(a) * std::size_t(b));
        for (int i = 0; i < a; ++i) {
            for (int j = 0; j < b; ++j)
                sim[std::size_t(i) * std::size_t(b) + std::size_t(j)]
                        = similarity(lineOf(p.oldText, p.oldLines, oldFrom + i), lineOf(p.newText, p.newLines, newFrom + j));
        }
        const std::size_t w = std::size_t(b) + 1;
        std::vector<double> best((std::size_t(a) + 1) * w, 0.0);
        for (int i = a - 1; i >= 0; --i) {
            for (int j = b - 1; j >= 0; --j) {
                double v = std::max(best[std::size_t(i + 1) * w + std::size_t(j)],
                                    best[std::size_t(i) * w + std::size_t(j + 1)]);
                const double s = sim[std::size_t(i) * std::size_t(b) + std::size_t(j)];
                if (s >= kSimilarityThreshold)
                    v = std::max(v, s + best[std::size_t(i + 1) * w + std::size_t(j + 1)]);
                best[std::size_t(i) * w + std::size_t(j)] = v;
            }
        }
        int i = 0, j = 0;
        while (i < a && j < b) {
            const double here = best[std::size_t(i) * w + std::size_t(j)];
            const double s = sim[std::size_t(i) * std::size_t(b) + std::size_t(j)];
            if (s >= kSimilarityThreshold && here == s + best[std::size_t(i + 1) * w + std::size_t(j + 1)]) {
                pairs.emplace_back(i, j);
                ++i;
                ++j;
            } else if (here == best[std::size_t(i + 1) * w + std::size_t(j)]) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    std::vector<DiffRow> &aligned = p.aligned;
    int i = 0, j = 0;
    // Between two similar pairs (and around them), leftover lines on both sides still face each
    // other in order, as in a split view; only the surplus on one side is removed or added.
    auto flushUntil = [&](int oldEnd, int newEnd) {
        for (; i < oldEnd && j < newEnd; ++i, ++j)
            aligned.push_back({DiffRowKind::Changed, oldFrom + i, newFrom + j, -1, 0, 0});
        for (; i < oldEnd; ++i)
            aligned.push_back({DiffRowKind::Removed, oldFrom + i, -1, -1, 0, 0});
        for (; j < newEnd; ++j)
            aligned.push_back({DiffRowKind::Added, -1, newFrom + j, -1, 0, 0});
    };
    for (const auto &[pi, pj] : pairs) {
        flushUntil(pi, pj);
        aligned.push_back({DiffRowKind::Changed, oldFrom + pi, newFrom + pj, -1, 0, 0});
        ++i;
        ++j;
    }
    flushUntil(a, b);
}

// The aligned rows of the two texts, every row, nothing folded, with their change indexes.
void align(DiffModel::Prepared &p)
{
    // Each line with its ending, as the bytes of its UTF-16 code units: an EOL-only change is a
    // change, and the core differ compares views without copying.
    auto views = [](const QString &text, const std::vector<Line> &lines) {
        std::vector<std::string_view> out;
        out.reserve(lines.size());
        for (const Line &l : lines) {
            out.emplace_back(reinterpret_cast<const char *>(text.constData() + l.start),
                             std::size_t(l.length + endingLength(l.ending)) * sizeof(QChar));
        }
        return out;
    };
    const std::vector<DiffRun> runs = diffLines(views(p.oldText, p.oldLines), views(p.newText, p.newLines));

    p.aligned.reserve(std::max(p.oldLines.size(), p.newLines.size()));
    int oi = 0, ni = 0;
    int blockOld = 0, blockNew = 0;
    bool inBlock = false;
    for (const DiffRun &run : runs) {
        if (run.op == DiffOp::Equal) {
            if (inBlock)
                pairBlock(p, blockOld, oi, blockNew, ni);
            inBlock = false;
            for (int k = 0; k < run.count; ++k)
                p.aligned.push_back({DiffRowKind::Equal, oi + k, ni + k, -1, 0, 0});
            oi += run.count;
            ni += run.count;
            continue;
        }
        if (!inBlock) {
            inBlock = true;
            blockOld = oi;
            blockNew = ni;
        }
        if (run.op == DiffOp::Delete)
            oi += run.count;
        else
            ni += run.count;
    }
    if (inBlock)
        pairBlock(p, blockOld, oi, blockNew, ni);

    p.changeCount = 0;
    bool previousChanged = false;
    for (std::size_t i = 0; i < p.aligned.size(); ++i) {
        DiffRow &row = p.aligned[i];
        row.alignedRow = int(i);
        const bool changed = row.kind != DiffRowKind::Equal;
        if (changed) {
            if (!previousChanged)
                ++p.changeCount;
            row.change = p.changeCount - 1;
        }
        previousChanged = changed;
    }
}

} // namespace

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DiffModel::~DiffModel() = default;

DiffModel::Prepared DiffModel::prepare(const QString &oldText, const QString &newText)
{
    Prepared p;
    p.oldText = oldText;
    p.newText = newText;
    p.oldLines = splitLines(p.oldText, p.maxColumns);
    p.newLines = splitLines(p.newText, p.maxColumns);
    align(p);
    return p;
}

void DiffModel::setTexts(const QString &oldText, const QString &newText)
{
    setPrepared(prepare(oldText, newText));
}

void DiffModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_oldText = std::move(prepared.oldText);
    m_newText = std::move(prepared.newText);
    m_oldLines = std::move(prepared.oldLines);
    m_newLines = std::move(prepared.newLines);
    m_aligned = std::move(prepared.aligned);
    m_changeCount = prepared.changeCount;
    m_maxColumns = prepared.maxColumns;
    m_expanded.clear();
    m_intraLine.clear();
    rebuildRows();
    endResetModel();
}

std::vector<DiffRow> DiffModel::foldedRows() const
{
    if (!m_collapse || m_changeCount == 0)
        return m_aligned; // nothing changed: show the file rather than one fold
    std::vector<DiffRow> out;
    const int n = int(m_aligned.size());
    int i = 0;
    while (i < n) {
        if (m_aligned[std::size_t(i)].kind != DiffRowKind::Equal) {
            out.push_back(m_aligned[std::size_t(i)]);
            ++i;
            continue;
        }
        int j = i;
        while (j < n && m_aligned[std::size_t(j)].kind == DiffRowKind::Equal)
            ++j;
        const int hideFrom = i > 0 ? i + kContextLines : i;
        const int hideTo = j < n ? j - kContextLines : j;
        if (hideTo - hideFrom >= kMinFoldedLines && m_expanded.count(hideFrom) == 0) {
            out.insert(out.end(), m_aligned.begin() + i, m_aligned.begin() + hideFrom);
            const DiffRow &first = m_aligned[std::size_t(hideFrom)];
            out.push_back({DiffRowKind::Folded, first.oldLine, first.newLine, -1, hideTo - hideFrom, hideFrom});
            out.insert(out.end(), m_aligned.begin() + hideTo, m_aligned.begin() + j);
        } else {
            out.insert(out.end(), m_aligned.begin() + i, m_aligned.begin() + j);
        }
        i = j;
    }
    return out;
}

void DiffModel::rebuildRows()
{
    m_rows = foldedRows();
    rebuildSpans();
}

void DiffModel::rebuildSpans()
{
    m_spans.assign(std::size_t(m_changeCount), DiffChangeSpan{});
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const DiffRow &row = m_rows[std::size_t(r)];
        if (row.change < 0)
            continue;
        DiffChangeSpan &span = m_spans[std::size_t(row.change)];
        if (span.rowCount == 0)
            span.firstRow = r;
        ++span.rowCount;
        span.hasOld = span.hasOld || row.oldLine >= 0;
        span.hasNew = span.hasNew || row.newLine >= 0;
    }
}

void DiffModel::setCollapseUnchanged(bool collapse)
{
    if (collapse == m_collapse && m_expanded.empty())
        return;
    beginResetModel();
    m_collapse = collapse;
    m_expanded.clear();
    rebuildRows();
    endResetModel();
}

bool DiffModel::expandFold(int r)
{
    if (r < 0 || r >= rows() || m_rows[std::size_t(r)].kind != DiffRowKind::Folded)
        return false;
    const DiffRow fold = m_rows[std::size_t(r)];
    m_expanded.insert(fold.alignedRow);
    // Insert the hidden rows before the fold row, then remove it: each step keeps the rows
    // around it unchanged, as views and QAbstractItemModelTester expect.
    beginInsertRows(QModelIndex(), r, r + fold.hidden - 1);
    m_rows.insert(m_rows.begin() + r, m_aligned.begin() + fold.alignedRow,
                  m_aligned.begin() + fold.alignedRow + fold.hidden);
    rebuildSpans();
    endInsertRows();
    beginRemoveRows(QModelIndex(), r + fold.hidden, r + fold.hidden);
    m_rows.erase(m_rows.begin() + r + fold.hidden);
    rebuildSpans();
    endRemoveRows();
    return true;
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DiffModel::line(int r, DiffSide side) const
{
    const DiffRow &rw = row(r);
    return side == DiffSide::Old ? rw.oldLine : rw.newLine;
}

QStringView DiffModel::lineText(DiffSide side, int line) const
{
    const std::vector<Line> &ls = lines(side);
    if (line < 0 || line >= int(ls.size()))
        return {};
    const QString &text = side == DiffSide::Old ? m_oldText : m_newText;
    const Line &l = ls[std::size_t(line)];
    return QStringView(text).mid(l.start, l.length);
}

LineEnding DiffModel::lineEnding(DiffSide side, int line) const
{
    const std::vector<Line> &ls = lines(side);
    if (line < 0 || line >= int(ls.size()))
        return LineEnding::None;
    return ls[std::size_t(line)].ending;
}

const IntraLineDiff *DiffModel::intraLine(int r) const
{
    if (r < 0 || r >= rows())
        return nullptr;
    const DiffRow &rw = row(r);
    if (rw.kind != DiffRowKind::Changed)
        return nullptr;
    auto it = m_intraLine.find(rw.oldLine);
    if (it == m_intraLine.end()) {
        it = m_intraLine
                     .emplace(rw.oldLine, diffWithinLines(lineText(DiffSide::Old, rw.oldLine),
                                                          lineText(DiffSide::New, rw.newLine)))
                     .first;
    }
    return &it->second;
}

bool DiffModel::differsOnlyInLineEnding(int r) const
{
    const DiffRow &rw = row(r);
    return rw.kind == DiffRowKind::Changed
            && lineText(DiffSide::Old, rw.oldLine) == lineText(DiffSide::New, rw.newLine);
}

int DiffModel::rowForAlignedRow(int alignedRow) const
{
    if (m_rows.empty())
        return -1;
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), alignedRow,
                               [](int value, const DiffRow &r) { return value < r.alignedRow; });
    if (it == m_rows.begin())
        return 0;
    return int(it - m_rows.begin()) - 1;
}

int DiffModel::lineStart(DiffSide side, int line) const
{
    const std::vector<Line> &ls = lines(side);
    if (line < 0 || ls.empty())
        return 0;
    if (line >= int(ls.size()))
        return textLength(side);
    return ls[std::size_t(line)].start;
}

int DiffModel::lineAtOffset(DiffSide side, int offset) const
{
    const std::vector<Line> &ls = lines(side);
    const auto it = std::upper_bound(ls.begin(), ls.end(), offset, [](int value, const Line &l) { return value < l.start; });
    return std::max(0, int(it - ls.begin()) - 1);
}

int DiffModel::rowOfLine(DiffSide side, int line) const
{
    // Rows are in line order on each side; rows without a line on this side are skipped over.
    auto lineOf = [side](const DiffRow &r) { return side == DiffSide::Old ? r.oldLine : r.newLine; };
    int lo = 0, hi = rows() - 1, found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int probe = mid;
        while (probe <= hi && lineOf(m_rows[std::size_t(probe)]) < 0)
            ++probe;
        if (probe > hi) {
            hi = mid - 1;
            continue;
        }
        const DiffRow &r = m_rows[std::size_t(probe)];
        const int first = lineOf(r), last = r.kind == DiffRowKind::Folded ? first + r.hidden - 1 : first;
        if (line < first) {
            hi = mid - 1;
        } else if (line > last) {
            lo = probe + 1;
        } else {
            found = probe;
            break;
        }
    }
    return found;
}

QString DiffModel::describe(int r, DiffSide side) const
{
    const DiffRow &rw = row(r);
    if (rw.kind == DiffRowKind::Folded)
        return withEnglishPlural(tr("%n unchanged line(s) folded; press Enter to show them", nullptr, rw.hidden), rw.hidden);
    const int l = side == DiffSide::Old ? rw.oldLine : rw.newLine;
    if (l < 0) {
        return side == DiffSide::Old ? tr("No line here; the migrated text adds a line")
                                     : tr("No line here; the migration removes a line");
    }
    QString text = lineText(side, l).left(kDescribedChars).toString();
    if (lineText(side, l).size() > kDescribedChars)
        text += QChar(0x2026);
    const int number = l + 1;
    switch (rw.kind) {
    case DiffRowKind::Changed:
        return side == DiffSide::Old ? tr("Line %1, changed from: %2").arg(number).arg(text)
                                     : tr("Line %1, changed to: %2").arg(number).arg(text);
    case DiffRowKind::Removed:
        return tr("Line %1, removed: %2").arg(number).arg(text);
    case DiffRowKind::Added:
        return tr("Line %1, added: %2").arg(number).arg(text);
    case DiffRowKind::Equal:
    case DiffRowKind::Folded:
        break;
    }
    return tr("Line %1: %2").arg(number).arg(text);
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const DiffSide side = index.column() == OldColumn ? DiffSide::Old : DiffSide::New;
    const DiffRow &rw = row(r);
    const int l = side == DiffSide::Old ? rw.oldLine : rw.newLine;
    switch (role) {
    case Qt::DisplayRole:
        if (rw.kind == DiffRowKind::Folded)
            return withEnglishPlural(tr("%n unchanged line(s)", nullptr, rw.hidden), rw.hidden);
        return l >= 0 ? lineText(side, l).toString() : QString();
    case Qt::AccessibleTextRole:
        return describe(r, side);
    case Qt::ToolTipRole:
        if (rw.kind == DiffRowKind::Folded)
            return tr("Click or press Enter to show these lines");
        return {};
    case RowKindRole:
        return int(rw.kind);
    case LineNumberRole:
        if (rw.kind == DiffRowKind::Folded || l < 0)
            return {};
        return l + 1;
    case ChangeIndexRole:
        return rw.change;
    case HiddenLineCountRole:
        if (rw.kind != DiffRowKind::Folded)
            return {};
        return rw.hidden;
    case ChangedRangesRole: {
        const IntraLineDiff *d = intraLine(r);
        if (!d)
            return {};
        QVariantList ranges;
        for (const CharRange &c : side == DiffSide::Old ? d->oldRanges : d->newRanges)
            ranges << QPoint(c.start, c.length);
        return ranges;
    }
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return section == OldColumn ? tr("Original") : tr("Migrated");
}

Qt::ItemFlags DiffModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace agm
