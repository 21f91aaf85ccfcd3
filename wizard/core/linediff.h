// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace agm {

// The lines of a text, each with its own line ending (so an EOL-only change is a change).
std::vector<std::string_view> splitLines(std::string_view text);

// The same lines as 32-bit offsets into the text: 4 bytes a line instead of a view's 16, for the
// two million lines of a large file's diff. Texts are under 4 GiB (inputs are capped far below).
class LineTable
{
public:
    explicit LineTable(std::string_view text);
    std::size_t size() const { return m_starts.size() - 1; }
    std::string_view operator[](std::size_t line) const
    {
        return m_text.substr(m_starts[line], m_starts[line + 1] - m_starts[line]);
    }

private:
    std::string_view m_text;
    std::vector<std::uint32_t> m_starts; // each line's start, then the text's end
};

enum class DiffOp { Equal, Delete, Insert };

// A run of lines: Equal and Delete index the old text, Insert the new one.
struct DiffRun
{
    DiffOp op = DiffOp::Equal;
    int oldStart = 0; // 0-based line index in the old text
    int newStart = 0;
    int count = 0;
};

struct LineDiffOptions
{
    // Search steps per split before the differ settles for a good rather than a minimal diff (GNU
    // diff's TOO_EXPENSIVE); diffs with at most this many changed lines stay minimal. Negative:
    // about the square root of the line count, at least 256. Memory is linear either way.
    int maxCost = -1;
};

// Myers' O(ND) line diff in linear space, common prefix and suffix stripped, with a cost budget.
std::vector<DiffRun> diffLines(const std::vector<std::string_view> &oldLines,
                               const std::vector<std::string_view> &newLines,
                               const LineDiffOptions &options = {});
std::vector<DiffRun> diffLines(const LineTable &oldLines, const LineTable &newLines, const LineDiffOptions &options = {});

// A unified diff ("---"/"+++" headers, hunks with 3 context lines); empty when equal.
std::string unifiedDiff(const std::string &oldText, const std::string &newText,
                        const QString &oldName, const QString &newName, int context = 3);
// The same handed to `sink` piece by piece (the headers, then one hunk at a time), so a large
// diff is never held whole.
void unifiedDiff(const std::string &oldText, const std::string &newText, const QString &oldName, const QString &newName,
                 const std::function<void(std::string_view)> &sink, int context = 3);

// The same for two texts given in pieces (forEachMaskedPiece): each pair of pieces is diffed on
// its own and its hunks numbered from the lines before it. Every pair but the last must end with
// more than `context` lines both share, and the next start with as many, so no hunk spans two.
class UnifiedDiffWriter
{
public:
    UnifiedDiffWriter(QString oldName, QString newName, std::function<void(std::string_view)> sink, int context = 3);
    void add(const std::string &oldText, const std::string &newText);

private:
    QString m_oldName, m_newName;
    std::function<void(std::string_view)> m_sink;
    int m_context;
    int m_oldLines = 0, m_newLines = 0; // in the pieces added so far
    bool m_headerWritten = false;
};

} // namespace agm
