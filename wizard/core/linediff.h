// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace agm {

// The lines of a text, each with its own line ending (so an EOL-only change is a change).
std::vector<std::string_view> splitLines(std::string_view text);

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

// A unified diff ("---"/"+++" headers, hunks with 3 context lines); empty when equal.
std::string unifiedDiff(const std::string &oldText, const std::string &newText,
                        const QString &oldName, const QString &newName, int context = 3);
// The same handed to `sink` piece by piece (the headers, then one hunk at a time), so a large
// diff is never held whole.
void unifiedDiff(const std::string &oldText, const std::string &newText, const QString &oldName, const QString &newName,
                 const std::function<void(std::string_view)> &sink, int context = 3);

} // namespace agm
