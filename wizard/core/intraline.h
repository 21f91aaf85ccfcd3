// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace agm {

// A run of UTF-16 code units inside one line.
struct CharRange
{
    int start = 0;
    int length = 0;

    friend bool operator==(const CharRange &a, const CharRange &b)
    {
        return a.start == b.start && a.length == b.length;
    }
    friend bool operator!=(const CharRange &a, const CharRange &b) { return !(a == b); }
};

// What changed inside a pair of lines: the ranges of the old line that are gone and the ranges of
// the new line that are new. Outside the ranges both lines hold the same text in the same order.
struct IntraLineDiff
{
    std::vector<CharRange> oldRanges;
    std::vector<CharRange> newRanges;
    // True when a line is longer than the cap: no ranges, the view tints the whole line.
    bool skipped = false;
};

// Beyond this many UTF-16 code units in either line there is no intra-line diff (GitHub stops at
// 1024, Meld at 20000 per chunk; anchors-perf-reliability.md §2.2 and goal P6).
inline constexpr int kIntraLineLengthCap = 4096;

// Word-level diff of two lines (tokens: runs of letters, digits and '_', runs of white space, and
// single other characters), refined to characters inside a changed pair of single words (not
// numbers) when the two still share most of their characters ("v1" -> "v2" marks only the digit).
// Changed stretches separated by a single punctuation or space character are merged, so
// "1.2.5" -> "2.12.3" is one range of whole tokens, never stray matching digits or dots.
// Ranges are sorted, non-empty and do not overlap.
IntraLineDiff diffWithinLines(QStringView oldLine, QStringView newLine,
                              int lengthCap = kIntraLineLengthCap);

// Two values with the text they share at the start and the end cut to "…", keeping the changed
// part and the part of the shared text right next to it (up to a separator such as '/', '.', ':'),
// so a narrow cell shows "…gateway:1.2.5" / "…gateway:2.12.3" rather than two equal beginnings.
// Values that are equal, empty, or share too little to gain anything come back unchanged.
struct ElidedPair
{
    QString oldValue;
    QString newValue;
};
ElidedPair elideCommonParts(QStringView oldValue, QStringView newValue);

} // namespace agm
