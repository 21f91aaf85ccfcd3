// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace agm {

enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE };
enum class EolStyle { None, LF, CRLF, CR, Mixed };

// Files above this size are refused before any parsing (memory can grow ~90x in yaml-cpp).
inline constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

// Maps byte offsets of a text to 1-based line and column numbers and back.
class LineIndex
{
public:
    explicit LineIndex(const std::string &text = {});
    int lineCount() const { return int(m_starts.size()); }
    int lineOf(std::size_t offset) const;           // 1-based
    int columnOf(std::size_t offset) const;         // 1-based, in bytes
    std::size_t lineStart(int line) const;          // 1-based line
    std::size_t lineEnd(int line) const;            // offset of the line's EOL (or text end)

private:
    // 32-bit offsets (inputs are capped at kMaxFileBytes), sized exactly: a large file's index
    // stays a small fraction of its text.
    std::vector<std::uint32_t> m_starts;
    std::vector<std::uint32_t> m_ends; // only with a CR somewhere; LF-only ends follow from m_starts
    std::size_t m_size = 0;
    bool m_finalBreak = false;
};

// The same answers (lineCount, lineOf, columnOf, lineStart) from every 64th line's start, the
// others found by scanning at most 63 lines: 1/64 of the memory for a reader that asks a few
// questions a line (a SARIF report's positions). Reads `text`, which must outlive it.
class SparseLineIndex
{
public:
    explicit SparseLineIndex(const std::string &text);
    int lineCount() const { return m_lineCount; }
    int lineOf(std::size_t offset) const;
    int columnOf(std::size_t offset) const;
    std::size_t lineStart(int line) const;

private:
    std::size_t nextStart(std::size_t start) const;

    const std::string &m_text;
    std::vector<std::size_t> m_every; // the start of lines 1, 65, 129, ...
    int m_lineCount = 0;
};

// One imported file: its decoded text plus everything needed to write it back byte for byte.
struct SourceFile
{
    QString path;                 // absolute path on disk
    QString relativePath;         // '/'-separated, relative to the import root
    Encoding encoding = Encoding::Utf8;
    EolStyle eolStyle = EolStyle::None;
    std::string eol = "\n";       // dominant line ending; inserted lines use it
    std::string text;             // UTF-8 without BOM; every offset in the engine refers to it
    int indentStep = 2;           // detected block indentation step
    bool sequenceIndented = true; // "key:\n  - item" (true) or "key:\n- item" (false)
    bool finalNewline = true;
    LineIndex lines;

    QString encodingName() const;
    QString eolName() const;
};

struct LoadResult
{
    std::optional<SourceFile> file;
    std::optional<Finding> error; // set when the file could not be loaded
};

// Reads and decodes a file; never throws. Invalid encodings, NUL bytes and oversized files fail.
LoadResult loadSourceFile(const QString &path, const QString &relativePath);
// The offset of the first invalid UTF-8 sequence, or npos.
std::size_t firstInvalidUtf8(const std::string &s);
// Decodes bytes already in memory (used by loadSourceFile and by tests).
LoadResult decodeSource(const QByteArray &bytes, const QString &path, const QString &relativePath);
// Encodes text in the file's original encoding, restoring its BOM.
QByteArray encodeLike(const SourceFile &file, const std::string &text);

} // namespace agm
