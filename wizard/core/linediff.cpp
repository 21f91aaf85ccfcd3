// SPDX-License-Identifier: MIT
#include "linediff.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>

namespace agm {

namespace {

// Calls `line(start, end)` for each line of `text` in order, its line ending included.
template<typename Line>
void forEachLine(std::string_view text, Line line)
{
    std::size_t start = 0;
    if (std::memchr(text.data(), '\r', text.size()) == nullptr) {
        // LF only (the common case): memchr from line to line.
        while (start < text.size()) {
            const void *lf = std::memchr(text.data() + start, '\n', text.size() - start);
            const std::size_t end = lf ? std::size_t(static_cast<const char *>(lf) - text.data()) + 1 : text.size();
            line(start, end);
            start = end;
        }
        return;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || text[i] == '\r') {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            line(start, i + 1);
            start = i + 1;
        }
    }
    if (start < text.size())
        line(start, text.size());
}

} // namespace

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    // The reserve covers lines of 16 bytes on average (pages it does not fill are never touched).
    lines.reserve(text.size() / 16 + 1);
    forEachLine(text, [&](std::size_t start, std::size_t end) { lines.push_back(text.substr(start, end - start)); });
    return lines;
}

LineTable::LineTable(std::string_view text)
    : m_text(text)
{
    std::size_t lines = 0;
    forEachLine(text, [&](std::size_t, std::size_t) { ++lines; });
    m_starts.reserve(lines + 1); // sized exactly: no growth copy of a large table
    forEachLine(text, [&](std::size_t start, std::size_t) { m_starts.push_back(std::uint32_t(start)); });
    m_starts.push_back(std::uint32_t(text.size()));
}

namespace {

void appendRun(std::vector<DiffRun> &runs, DiffOp op, int oldStart, int newStart, int count)
{
    if (count <= 0)
        return;
    if (!runs.empty() && runs.back().op == op) {
        DiffRun &last = runs.back();
        const bool contiguous = op == DiffOp::Insert ? last.newStart + last.count == newStart
                                                     : last.oldStart + last.count == oldStart;
        if (contiguous) {
            last.count += count;
            return;
        }
    }
    runs.push_back({op, oldStart, newStart, count});
}

// Interns lines as ids: open addressing with a word-at-a-time hash (std::hash over
// string_view was the biggest cost of a 100k-line diff with few changes).
class LineIds
{
public:
    int idOf(std::string_view line)
    {
        const std::uint64_t h = hash(line);
        for (std::size_t at = std::size_t(h) & m_mask;; at = (at + 1) & m_mask) {
            const std::uint32_t slot = m_slots[at];
            if (slot == 0) {
                m_entries.push_back({h, line});
                m_slots[at] = std::uint32_t(m_entries.size());
                if (2 * m_entries.size() > m_slots.size())
                    grow();
                return int(m_entries.size()) - 1;
            }
            Entry &entry = m_entries[slot - 1];
            if (entry.hash == h && entry.line == line) {
                // Compare with the latest copy next time: it is usually a few lines back, in cache.
                entry.line = line;
                return int(slot) - 1;
            }
        }
    }

private:
    struct Entry
    {
        std::uint64_t hash;
        std::string_view line;
    };

    // Sized by the distinct lines, not all lines, so the table stays in cache while it is probed
    // at random once per line.
    void grow()
    {
        m_slots.assign(m_slots.size() * 2, 0);
        m_mask = m_slots.size() - 1;
        for (std::size_t id = 0; id < m_entries.size(); ++id) {
            std::size_t at = std::size_t(m_entries[id].hash) & m_mask;
            while (m_slots[at] != 0)
                at = (at + 1) & m_mask;
            m_slots[at] = std::uint32_t(id + 1);
        }
    }

    static std::uint64_t hash(std::string_view s)
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        std::uint64_t tail = 0;
        for (; i < s.size(); ++i)
            tail = (tail << 8) | std::uint8_t(s[i]);
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 29);
    }

    std::vector<std::uint32_t> m_slots = std::vector<std::uint32_t>(1024, 0); // id + 1, 0 when free
    std::vector<Entry> m_entries;                                              // by id
    std::size_t m_mask = 1023;
};

// Linear-space Myers (divide and conquer on the middle snake), the shape of GNU diff's
// analyze.c and git's xdiff: a and b hold line ids; changed lines get their flag set.
class MiddleSnakeDiff
{
public:
    MiddleSnakeDiff(const std::vector<int> &a, const std::vector<int> &b, int maxCost)
        : m_a(a)
        , m_b(b)
        , m_maxCost(std::max(1, maxCost))
        , m_forward(new int[a.size() + b.size() + 3])
        , m_backward(new int[a.size() + b.size() + 3])
        , m_diagonalOffset(int(b.size()) + 1)
    {
    }

    void run(std::vector<char> &changedA, std::vector<char> &changedB)
    {
        // An explicit stack instead of recursion: worker threads can have small stacks.
        std::vector<Box> boxes = {{0, int(m_a.size()), 0, int(m_b.size()), false}};
        while (!boxes.empty()) {
            Box box = boxes.back();
            boxes.pop_back();
            while (box.off1 < box.lim1 && box.off2 < box.lim2 && m_a[std::size_t(box.off1)] == m_b[std::size_t(box.off2)]) {
                ++box.off1;
                ++box.off2;
            }
            while (box.off1 < box.lim1 && box.off2 < box.lim2
                   && m_a[std::size_t(box.lim1 - 1)] == m_b[std::size_t(box.lim2 - 1)]) {
                --box.lim1;
                --box.lim2;
            }
            if (box.off1 == box.lim1) {
                std::fill(changedB.begin() + box.off2, changedB.begin() + box.lim2, 1);
            } else if (box.off2 == box.lim2) {
                std::fill(changedA.begin() + box.off1, changedA.begin() + box.lim1, 1);
            } else {
                const Split s = split(box);
                boxes.push_back({s.x, box.lim1, s.y, box.lim2, s.minimalHigh});
                boxes.push_back({box.off1, s.x, box.off2, s.y, s.minimalLow});
            }
        }
    }

private:
    struct Box
    {
        int off1, lim1, off2, lim2;
        bool needMinimal;
    };
    struct Split
    {
        int x = 0, y = 0;
        bool minimalLow = true, minimalHigh = true;
    };

    int &fwd(int diagonal) { return m_forward[std::ptrdiff_t(diagonal + m_diagonalOffset)]; }
    int &bwd(int diagonal) { return m_backward[std::ptrdiff_t(diagonal + m_diagonalOffset)]; }

    // Searches from both corners at once until the paths meet (the middle snake). Past maxCost
    // steps it stops and splits at the point that got furthest (GNU's TOO_EXPENSIVE): the diff
    // stays correct, only no longer minimal.
    Split split(const Box &box)
    {
        const auto [off1, lim1, off2, lim2, needMinimal] = box;
        const int dmin = off1 - lim2, dmax = lim1 - off2;
        const int fmid = off1 - off2, bmid = lim1 - lim2;
        const bool odd = ((fmid - bmid) & 1) != 0;
        int fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
        fwd(fmid) = off1;
        bwd(bmid) = lim1;
        for (int cost = 1;; ++cost) {
            if (fmin > dmin)
                fwd(--fmin - 1) = -1;
            else
                ++fmin;
            if (fmax < dmax)
                fwd(++fmax + 1) = -1;
            else
                --fmax;
            for (int d = fmax; d >= fmin; d -= 2) {
                int x = fwd(d - 1) >= fwd(d + 1) ? fwd(d - 1) + 1 : fwd(d + 1);
                int y = x - d;
                while (x < lim1 && y < lim2 && m_a[std::size_t(x)] == m_b[std::size_t(y)]) {
                    ++x;
                    ++y;
                }
                fwd(d) = x;
                if (odd && bmin <= d && d <= bmax && bwd(d) <= x)
                    return {x, y};
            }

            if (bmin > dmin)
                bwd(--bmin - 1) = std::numeric_limits<int>::max();
            else
                ++bmin;
            if (bmax < dmax)
                bwd(++bmax + 1) = std::numeric_limits<int>::max();
            else
                --bmax;
            for (int d = bmax; d >= bmin; d -= 2) {
                int x = bwd(d - 1) < bwd(d + 1) ? bwd(d - 1) : bwd(d + 1) - 1;
                int y = x - d;
                while (x > off1 && y > off2 && m_a[std::size_t(x - 1)] == m_b[std::size_t(y - 1)]) {
                    --x;
                    --y;
                }
                bwd(d) = x;
                if (!odd && fmin <= d && d <= fmax && x <= fwd(d))
                    return {x, y};
            }

            if (needMinimal || cost < m_maxCost)
                continue;
            // Too expensive: take the furthest-reaching end (by x + y) of either search.
            int forwardBest = -1, forwardX = -1;
            for (int d = fmax; d >= fmin; d -= 2) {
                int x = std::min(fwd(d), lim1);
                int y = x - d;
                if (lim2 < y) {
                    x = lim2 + d;
                    y = lim2;
                }
                if (forwardBest < x + y) {
                    forwardBest = x + y;
                    forwardX = x;
                }
            }
            int backwardBest = std::numeric_limits<int>::max(), backwardX = 0;
            for (int d = bmax; d >= bmin; d -= 2) {
                int x = std::max(off1, bwd(d));
                int y = x - d;
                if (y < off2) {
                    x = off2 + d;
                    y = off2;
                }
                if (x + y < backwardBest) {
                    backwardBest = x + y;
                    backwardX = x;
                }
            }
            if ((lim1 + lim2) - backwardBest < forwardBest - (off1 + off2))
                return {forwardX, forwardBest - forwardX, true, false};
            return {backwardX, backwardBest - backwardX, false, true};
        }
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    const int m_maxCost;
    // Furthest x per diagonal (x - y). Left uninitialised: the search writes every entry before
    // it reads it, and untouched pages of a large diff are never faulted in.
    std::unique_ptr<int[]> m_forward, m_backward;
    const int m_diagonalOffset;
};

// About the square root of the sizes, at least 256 (git's xdiff). GNU diff's floor of 4096 costs
// seconds on adversarial pairs such as a shuffled 100k-line file (anchors-perf-reliability.md §2.3).
int automaticCost(std::size_t n, std::size_t m)
{
    return std::max(256, int(std::sqrt(double(n + m + 3))));
}

template<typename Lines>
std::vector<DiffRun> diffLinesOf(const Lines &oldLines, const Lines &newLines, const LineDiffOptions &options)
{
    std::vector<DiffRun> runs;
    const int n = int(oldLines.size()), m = int(newLines.size());
    int prefix = 0;
    while (prefix < n && prefix < m && oldLines[std::size_t(prefix)] == newLines[std::size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && oldLines[std::size_t(n - 1 - suffix)] == newLines[std::size_t(m - 1 - suffix)])
        ++suffix;
    // Lines become small integers so the inner loops compare ints, not strings.
    std::vector<int> a, b, occursInOld, occursInNew;
    {
        LineIds ids; // not held while the search runs
        auto idsOf = [&](const Lines &lines, int from, int to, std::vector<int> &occurs) {
            std::vector<int> out;
            out.reserve(std::size_t(to - from));
            for (int i = from; i < to; ++i) {
                const int id = ids.idOf(lines[std::size_t(i)]);
                if (std::size_t(id) >= occursInOld.size()) {
                    occursInOld.resize(std::size_t(id) + 1, 0);
                    occursInNew.resize(std::size_t(id) + 1, 0);
                }
                ++occurs[std::size_t(id)];
                out.push_back(id);
            }
            return out;
        };
        a = idsOf(oldLines, prefix, n - suffix, occursInOld);
        b = idsOf(newLines, prefix, m - suffix, occursInNew);
    }
    const int na = int(a.size()), nb = int(b.size());

    // A line the other side does not have is a change in every diff, minimal or not: leaving it
    // out of the search (as GNU diff does) shrinks the edit distance the search has to walk.
    // The lines searched are kept in place; as those not marked changed, their flags map back in order.
    std::vector<char> changedA(a.size(), 0), changedB(b.size(), 0);
    auto keepShared = [](std::vector<int> &lines, const std::vector<int> &occursInOther, std::vector<char> &changed) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (occursInOther[std::size_t(lines[i])] == 0)
                changed[i] = 1;
            else
                lines[kept++] = lines[i];
        }
        lines.resize(kept);
    };
    auto mapBack = [](const std::vector<char> &keptChanged, std::vector<char> &changed) {
        std::size_t k = 0;
        for (char &flag : changed) {
            if (!flag)
                flag = keptChanged[k++];
        }
    };
    keepShared(a, occursInNew, changedA);
    keepShared(b, occursInOld, changedB);
    for (std::vector<int> *done : {&occursInOld, &occursInNew})
        std::vector<int>().swap(*done);
    std::vector<char> keptChangedA(a.size(), 0), keptChangedB(b.size(), 0);
    const int maxCost = options.maxCost >= 0 ? options.maxCost : automaticCost(a.size(), b.size());
    MiddleSnakeDiff(a, b, maxCost).run(keptChangedA, keptChangedB);
    mapBack(keptChangedA, changedA);
    mapBack(keptChangedB, changedB);

    // Unchanged lines pair up in order; changed ones become Delete and Insert runs.
    appendRun(runs, DiffOp::Equal, 0, 0, prefix);
    int i = 0, j = 0;
    while (i < na || j < nb) {
        int k = 0;
        while (i + k < na && j + k < nb && !changedA[std::size_t(i + k)] && !changedB[std::size_t(j + k)])
            ++k;
        appendRun(runs, DiffOp::Equal, prefix + i, prefix + j, k);
        i += k;
        j += k;
        int del = 0;
        while (i + del < na && changedA[std::size_t(i + del)])
            ++del;
        appendRun(runs, DiffOp::Delete, prefix + i, prefix + j, del);
        i += del;
        int ins = 0;
        while (j + ins < nb && changedB[std::size_t(j + ins)])
            ++ins;
        appendRun(runs, DiffOp::Insert, prefix + i, prefix + j, ins);
        j += ins;
    }
    appendRun(runs, DiffOp::Equal, n - suffix, m - suffix, suffix);
    return runs;
}

} // namespace

std::vector<DiffRun> diffLines(const std::vector<std::string_view> &oldLines, const std::vector<std::string_view> &newLines,
                               const LineDiffOptions &options)
{
    return diffLinesOf(oldLines, newLines, options);
}

std::vector<DiffRun> diffLines(const LineTable &oldLines, const LineTable &newLines, const LineDiffOptions &options)
{
    return diffLinesOf(oldLines, newLines, options);
}

std::string unifiedDiff(const std::string &oldText, const std::string &newText, const QString &oldName,
                        const QString &newName, int context)
{
    std::string out;
    unifiedDiff(oldText, newText, oldName, newName, [&out](std::string_view piece) { out += piece; }, context);
    return out;
}

void unifiedDiff(const std::string &oldText, const std::string &newText, const QString &oldName, const QString &newName,
                 const std::function<void(std::string_view)> &sink, int context)
{
    UnifiedDiffWriter(oldName, newName, sink, context).add(oldText, newText);
}

UnifiedDiffWriter::UnifiedDiffWriter(QString oldName, QString newName, std::function<void(std::string_view)> sink, int context)
    : m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
    , m_sink(std::move(sink))
    , m_context(context)
{
}

void UnifiedDiffWriter::add(const std::string &oldText, const std::string &newText)
{
    if (oldText == newText) { // counted, not diffed: most pieces of a large file are unchanged
        int lines = 0;
        forEachLine(oldText, [&lines](std::size_t, std::size_t) { ++lines; });
        m_oldLines += lines;
        m_newLines += lines;
        return;
    }
    const LineTable a(oldText), b(newText);
    const int oldBefore = m_oldLines, newBefore = m_newLines;
    m_oldLines += int(a.size());
    m_newLines += int(b.size());
    const std::vector<DiffRun> runs = diffLines(a, b);
    if (!std::exchange(m_headerWritten, true))
        m_sink("--- " + m_oldName.toStdString() + "\n+++ " + m_newName.toStdString() + "\n");
    const int context = m_context;
    std::string body; // one hunk's lines
    auto emit = [&](char sign, std::string_view line) {
        body += sign;
        body += line;
        if (line.empty() || line.back() != '\n') {
            if (!line.empty() && line.back() == '\r')
                body += '\n';
            else
                body += "\n\\ No newline at end of file\n";
        }
    };
    // Group runs into hunks: changes closer than 2*context lines share a hunk.
    std::size_t i = 0;
    while (i < runs.size()) {
        while (i < runs.size() && runs[i].op == DiffOp::Equal)
            ++i;
        if (i >= runs.size())
            break;
        std::size_t j = i;
        while (j + 1 < runs.size()) {
            if (runs[j + 1].op != DiffOp::Equal) {
                ++j;
                continue;
            }
            if (j + 2 < runs.size() && runs[j + 1].count <= 2 * context) {
                j += 2;
                continue;
            }
            break;
        }
        const DiffRun &first = runs[i];
        const int lead = (i > 0) ? std::min(context, runs[i - 1].count) : 0;
        const int oldStart = first.oldStart - lead;
        const int newStart = first.newStart - lead;
        int oldCount = lead, newCount = lead;
        body.clear();
        for (int k = 0; k < lead; ++k)
            emit(' ', a[std::size_t(oldStart + k)]);
        for (std::size_t r = i; r <= j; ++r) {
            const DiffRun &run = runs[r];
            for (int k = 0; k < run.count; ++k) {
                if (run.op == DiffOp::Equal)
                    emit(' ', a[std::size_t(run.oldStart + k)]);
                else if (run.op == DiffOp::Delete)
                    emit('-', a[std::size_t(run.oldStart + k)]);
                else
                    emit('+', b[std::size_t(run.newStart + k)]);
            }
            if (run.op != DiffOp::Insert) oldCount += run.count;
            if (run.op != DiffOp::Delete) newCount += run.count;
        }
        const int trail = (j + 1 < runs.size()) ? std::min(context, runs[j + 1].count) : 0;
        for (int k = 0; k < trail; ++k)
            emit(' ', a[std::size_t(runs[j + 1].oldStart + k)]);
        oldCount += trail;
        newCount += trail;
        auto range = [](int start, int count) {
            const int shown = count == 0 ? start : start + 1;
            return std::to_string(shown) + (count == 1 ? std::string() : "," + std::to_string(count));
        };
        m_sink("@@ -" + range(oldBefore + oldStart, oldCount) + " +" + range(newBefore + newStart, newCount) + " @@\n" + body);
        i = j + 1;
    }
}

} // namespace agm
