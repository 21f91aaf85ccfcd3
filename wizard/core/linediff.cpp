// SPDX-License-Identifier: MIT
#include "linediff.h"

#include <algorithm>
#include <unordered_map>

namespace agm {

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || text[i] == '\r') {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            lines.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
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

// Myers' greedy algorithm on a[0..n) and b[0..m) (already stripped of common ends).
// Returns false when the edit distance exceeds maxCost.
bool myers(const std::vector<int> &a, const std::vector<int> &b, int aOff, int bOff, int maxCost,
           std::vector<DiffRun> &out)
{
    const int n = int(a.size()), m = int(b.size());
    const int max = std::min(n + m, maxCost);
    std::vector<int> v(std::size_t(2 * max + 3), 0); // k in [-max-1, max+1]
    std::vector<std::vector<int>> trace;
    const int offset = max + 1;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                x = v[std::size_t(offset + k + 1)];
            else
                x = v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[std::size_t(x)] == b[std::size_t(y)]) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    // Walk back through the saved frontiers.
    std::vector<DiffRun> reversed;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[std::size_t(d)]; // frontier before step d, k in [-d, d]
        auto at = [&](int k) { return prev[std::size_t(k + d)]; };
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && at(k - 1) < at(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        const int snakeX = prevK == k + 1 ? prevX : prevX + 1;
        const int snakeY = snakeX - k;
        reversed.push_back({DiffOp::Equal, aOff + snakeX, bOff + snakeY, x - snakeX});
        if (prevK == k + 1)
            reversed.push_back({DiffOp::Insert, aOff + prevX, bOff + prevY, 1});
        else
            reversed.push_back({DiffOp::Delete, aOff + prevX, bOff + prevY, 1});
        x = prevX;
        y = prevY;
    }
    reversed.push_back({DiffOp::Equal, aOff, bOff, x});
    for (auto it = reversed.rbegin(); it != reversed.rend(); ++it)
        appendRun(out, it->op, it->oldStart, it->newStart, it->count);
    return true;
}

} // namespace

std::vector<DiffRun> diffLines(const std::vector<std::string_view> &oldLines,
                               const std::vector<std::string_view> &newLines, const LineDiffOptions &options)
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
    appendRun(runs, DiffOp::Equal, 0, 0, prefix);
    // Lines become small integers so the inner loop compares ints, not strings.
    std::unordered_map<std::string_view, int> ids;
    auto idsOf = [&](const std::vector<std::string_view> &lines, int from, int to) {
        std::vector<int> out;
        out.reserve(std::size_t(to - from));
        for (int i = from; i < to; ++i)
            out.push_back(ids.emplace(lines[std::size_t(i)], int(ids.size())).first->second);
        return out;
    };
    const std::vector<int> a = idsOf(oldLines, prefix, n - suffix);
    const std::vector<int> b = idsOf(newLines, prefix, m - suffix);
    if (!myers(a, b, prefix, prefix, options.maxCost, runs)) {
        // Over budget: the middle is reported as one replacement, still a correct diff.
        appendRun(runs, DiffOp::Delete, prefix, prefix, int(a.size()));
        appendRun(runs, DiffOp::Insert, n - suffix, prefix, int(b.size()));
    }
    appendRun(runs, DiffOp::Equal, n - suffix, m - suffix, suffix);
    return runs;
}

std::string unifiedDiff(const std::string &oldText, const std::string &newText, const QString &oldName,
                        const QString &newName, int context)
{
    if (oldText == newText)
        return {};
    const auto a = splitLines(oldText), b = splitLines(newText);
    const std::vector<DiffRun> runs = diffLines(a, b);
    std::string out = "--- " + oldName.toStdString() + "\n+++ " + newName.toStdString() + "\n";
    auto emit = [&](char sign, std::string_view line) {
        out += sign;
        out += line;
        if (line.empty() || line.back() != '\n') {
            if (!line.empty() && line.back() == '\r')
                out += '\n';
            else
                out += "\n\\ No newline at end of file\n";
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
        std::string body;
        std::swap(out, body);
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
        std::swap(out, body);
        auto range = [](int start, int count) {
            const int shown = count == 0 ? start : start + 1;
            return std::to_string(shown) + (count == 1 ? std::string() : "," + std::to_string(count));
        };
        out += "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@\n" + body;
        i = j + 1;
    }
    return out;
}

} // namespace agm
