// SPDX-License-Identifier: MIT
#include "sourcefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <map>

namespace agm {

LineIndex::LineIndex(const std::string &text)
    : m_size(text.size())
{
    static_assert(kMaxFileBytes < qint64(UINT32_MAX), "line offsets are 32-bit");
    Q_ASSERT(text.size() < UINT32_MAX);
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const bool hasCr = std::memchr(begin, '\r', text.size()) != nullptr;
    const std::size_t breaks = std::size_t(std::count(begin, end, '\n')) + (hasCr ? std::size_t(std::count(begin, end, '\r')) : 0);
    m_starts.reserve(breaks + 1);
    if (hasCr)
        m_ends.reserve(breaks + 1);
    m_starts.push_back(0);
    for (const char *p = begin; p < end;) {
        // Without a CR anywhere, memchr jumps from one LF to the next.
        const char *eol = hasCr ? std::find_if(p, end, [](char c) { return c == '\n' || c == '\r'; })
                                : static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        if (!eol || eol == end)
            break;
        if (hasCr)
            m_ends.push_back(std::uint32_t(eol - begin));
        p = eol + ((*eol == '\r' && eol + 1 < end && eol[1] == '\n') ? 2 : 1);
        m_starts.push_back(std::uint32_t(p - begin));
    }
    // A final line ending does not open another line.
    m_finalBreak = m_starts.size() > 1 && m_starts.back() == text.size();
    if (m_finalBreak)
        m_starts.pop_back();
    else if (hasCr)
        m_ends.push_back(std::uint32_t(text.size()));
}

int LineIndex::lineOf(std::size_t offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return int(it - m_starts.begin());
}

int LineIndex::columnOf(std::size_t offset) const
{
    return int(offset - lineStart(lineOf(offset))) + 1;
}

std::size_t LineIndex::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return m_size;
    return m_starts[std::size_t(line - 1)];
}

std::size_t LineIndex::lineEnd(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return m_size;
    if (!m_ends.empty())
        return m_ends[std::size_t(line - 1)];
    // LF only: a line ends one byte before the next one starts.
    if (std::size_t(line) < m_starts.size())
        return m_starts[std::size_t(line)] - 1;
    return m_finalBreak ? m_size - 1 : m_size;
}

namespace {
constexpr std::size_t kSparseStride = 64;
} // namespace

SparseLineIndex::SparseLineIndex(const std::string &text)
    : m_text(text)
{
    std::size_t lines = 0;
    for (std::size_t start = 0; start != std::string::npos; start = nextStart(start)) {
        if (lines++ % kSparseStride == 0)
            m_every.push_back(start);
    }
    m_lineCount = int(lines);
}

// The start of the line after the one at `start`, broken as LineIndex breaks lines (LF, CR LF,
// CR); npos after the last line (a final line ending opens no line).
std::size_t SparseLineIndex::nextStart(std::size_t start) const
{
    const std::size_t eol = m_text.find_first_of("\r\n", start);
    if (eol == std::string::npos)
        return std::string::npos;
    const std::size_t next = eol + (m_text[eol] == '\r' && eol + 1 < m_text.size() && m_text[eol + 1] == '\n' ? 2 : 1);
    return next < m_text.size() ? next : std::string::npos;
}

int SparseLineIndex::lineOf(std::size_t offset) const
{
    const auto at = std::upper_bound(m_every.begin(), m_every.end(), offset) - 1; // the first start is 0
    int line = int(std::size_t(at - m_every.begin()) * kSparseStride) + 1;
    for (std::size_t start = *at, next; (next = nextStart(start)) != std::string::npos && next <= offset; start = next)
        ++line;
    return line;
}

int SparseLineIndex::columnOf(std::size_t offset) const
{
    return int(offset - lineStart(lineOf(offset))) + 1;
}

std::size_t SparseLineIndex::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > m_lineCount)
        return m_text.size();
    std::size_t start = m_every[std::size_t(line - 1) / kSparseStride];
    for (std::size_t k = std::size_t(line - 1) % kSparseStride; k > 0; --k)
        start = nextStart(start);
    return start;
}

QString SourceFile::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QCoreApplication::translate("agm::Core", "UTF-8 with BOM");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    }
    return {};
}

QString SourceFile::eolName() const
{
    switch (eolStyle) {
    case EolStyle::None: return QCoreApplication::translate("agm::Core", "none");
    case EolStyle::LF: return QStringLiteral("LF");
    case EolStyle::CRLF: return QStringLiteral("CRLF");
    case EolStyle::CR: return QStringLiteral("CR");
    case EolStyle::Mixed: return QCoreApplication::translate("agm::Core", "mixed");
    }
    return {};
}

std::size_t firstInvalidUtf8(const std::string &s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: most deployment files are all ASCII.
        std::uint64_t word;
        while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0))
            i += 8;
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (i + std::size_t(len) > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + std::size_t(k)] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + std::size_t(k)] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += std::size_t(len);
    }
    return std::string::npos;
}

namespace {


bool decodeUtf16(const QByteArray &bytes, bool littleEndian, std::string &out, std::size_t &badUnit)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const std::size_t n = std::size_t(bytes.size());
    badUnit = std::string::npos;
    if (n % 2 != 0) {
        badUnit = n / 2;
        return false;
    }
    auto unitAt = [&](std::size_t i) -> unsigned {
        return littleEndian ? unsigned(p[i] | (p[i + 1] << 8)) : unsigned((p[i] << 8) | p[i + 1]);
    };
    out.reserve(n);
    for (std::size_t i = 2; i < n; i += 2) { // skip the BOM
        unsigned cp = unitAt(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 >= n) { badUnit = i / 2; return false; }
            const unsigned lo = unitAt(i + 2);
            if (lo < 0xDC00 || lo > 0xDFFF) { badUnit = i / 2; return false; }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            badUnit = i / 2;
            return false;
        }
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    return true;
}

// Counted per line from the line index: only the bytes between lines are looked at.
void detectEol(SourceFile &f)
{
    std::size_t lf = 0, crlf = 0, cr = 0;
    const std::string &t = f.text;
    for (int line = 1; line <= f.lines.lineCount(); ++line) {
        const std::size_t end = f.lines.lineEnd(line);
        if (end >= t.size())
            break;
        if (t[end] == '\n')
            ++lf;
        else if (end + 1 < t.size() && t[end + 1] == '\n')
            ++crlf;
        else
            ++cr;
    }
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds == 0) f.eolStyle = EolStyle::None;
    else if (kinds > 1) f.eolStyle = EolStyle::Mixed;
    else if (crlf) f.eolStyle = EolStyle::CRLF;
    else if (cr) f.eolStyle = EolStyle::CR;
    else f.eolStyle = EolStyle::LF;
    if (crlf >= lf && crlf >= cr && crlf > 0) f.eol = "\r\n";
    else if (cr > lf && cr > crlf) f.eol = "\r";
    else f.eol = "\n";
    f.finalNewline = !t.empty() && (t.back() == '\n' || t.back() == '\r');
}

int leadingSpaces(const std::string &t, std::size_t start, std::size_t end)
{
    std::size_t i = start;
    while (i < end && t[i] == ' ')
        ++i;
    return int(i - start);
}

// Most common indentation increase after a "key:" line, and where sequences put their dashes.
void detectIndentation(SourceFile &f)
{
    const std::string &t = f.text;
    std::map<int, int> steps;
    int indented = 0, flush = 0;
    int prevIndent = -1;
    bool prevOpensBlock = false;
    for (int line = 1; line <= f.lines.lineCount(); ++line) {
        const std::size_t s = f.lines.lineStart(line), e = f.lines.lineEnd(line);
        const int indent = leadingSpaces(t, s, e);
        const std::size_t first = s + std::size_t(indent);
        if (first >= e || t[first] == '#')
            continue;
        const bool dash = t[first] == '-' && (first + 1 == e || t[first + 1] == ' ');
        if (prevOpensBlock && prevIndent >= 0) {
            if (dash) {
                (indent > prevIndent ? indented : flush) += 1;
                if (indent > prevIndent)
                    steps[indent - prevIndent] += 1;
            } else if (indent > prevIndent) {
                steps[indent - prevIndent] += 1;
            }
        }
        // The key of "- key:" sits two columns right of the dash.
        std::size_t contentStart = first;
        int contentIndent = indent;
        while (contentStart + 1 < e && t[contentStart] == '-' && t[contentStart + 1] == ' ') {
            contentStart += 2;
            while (contentStart < e && t[contentStart] == ' ')
                ++contentStart;
            contentIndent = int(contentStart - s);
        }
        std::size_t last = e;
        while (last > contentStart && (t[last - 1] == ' ' || t[last - 1] == '\t'))
            --last;
        prevOpensBlock = last > contentStart && t[last - 1] == ':';
        prevIndent = contentIndent;
    }
    int best = 0, bestCount = 0;
    for (const auto &[step, count] : steps) {
        if ((step == 2 || step == 4 || step == 3 || step == 8) && count > bestCount) {
            best = step;
            bestCount = count;
        }
    }
    f.indentStep = best ? best : 2;
    f.sequenceIndented = indented >= flush;
}

QString tooLarge(qint64 size)
{
    return QCoreApplication::translate("agm::Core", "the file is %1 MiB; the limit is %2 MiB. Split it, or migrate only the gateway's resources")
        .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(kMaxFileBytes / (1024 * 1024));
}

// Text in UTF-16 without a byte-order mark has a NUL beside nearly every ASCII character, always
// on the same side; binary data has them anywhere. Empty when the bytes do not look like that.
QString utf16WithoutBom(const unsigned char *u, std::size_t n)
{
    const std::size_t sample = std::min<std::size_t>(n, 8192) & ~std::size_t(1);
    std::size_t evenNul = 0, oddNul = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        evenNul += u[i] == 0;
        oddNul += u[i + 1] == 0;
    }
    const std::size_t pairs = sample / 2;
    if (pairs == 0)
        return {};
    const auto mostly = [&](std::size_t nul) { return nul * 10 >= pairs * 7; };
    const auto hardly = [&](std::size_t nul) { return nul * 20 <= pairs; };
    if (mostly(oddNul) && hardly(evenNul))
        return QStringLiteral("UTF-16 LE");
    if (mostly(evenNul) && hardly(oddNul))
        return QStringLiteral("UTF-16 BE");
    return {};
}

} // namespace

LoadResult decodeSource(const QByteArray &bytes, const QString &path, const QString &relativePath)
{
    LoadResult result;
    auto fail = [&](const QString &why, int line = 0, int column = 0) {
        result.error = makeFinding(Code::LoadFailed, relativePath, line, column, {why});
        return result;
    };
    if (bytes.size() > kMaxFileBytes)
        return fail(tooLarge(bytes.size()));
    SourceFile f;
    f.path = path;
    f.relativePath = relativePath;
    const auto *u = reinterpret_cast<const unsigned char *>(bytes.constData());
    const std::size_t n = std::size_t(bytes.size());
    if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF)
        return fail(QCoreApplication::translate("agm::Core", "UTF-32 is not supported; save the file as UTF-8"));
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        const bool le = u[0] == 0xFF;
        if (n >= 4 && le && u[2] == 0 && u[3] == 0)
            return fail(QCoreApplication::translate("agm::Core", "UTF-32 is not supported; save the file as UTF-8"));
        f.encoding = le ? Encoding::Utf16LE : Encoding::Utf16BE;
        std::size_t bad = 0;
        if (!decodeUtf16(bytes, le, f.text, bad))
            return fail(QCoreApplication::translate("agm::Core", "invalid UTF-16 at code unit %1; save the file as UTF-8").arg(qulonglong(bad)));
    } else {
        std::size_t skip = 0;
        if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
            f.encoding = Encoding::Utf8Bom;
            skip = 3;
        }
        if (const QString utf16 = skip ? QString() : utf16WithoutBom(u, n); !utf16.isEmpty())
            return fail(QCoreApplication::translate("agm::Core", "the file looks like %1 without a byte-order mark (a NUL byte beside every character); "
                                                                  "save it as UTF-8, or as UTF-16 with a byte-order mark, and import it again").arg(utf16));
        f.text.assign(bytes.constData() + skip, n - skip);
        const std::size_t bad = firstInvalidUtf8(f.text);
        if (bad != std::string::npos) {
            LineIndex idx(f.text);
            return fail(QCoreApplication::translate("agm::Core", "invalid UTF-8 (byte 0x%1); this looks like a binary file or another encoding. Convert it to UTF-8")
                            .arg(unsigned(static_cast<unsigned char>(f.text[bad])), 2, 16, QLatin1Char('0')),
                        idx.lineOf(bad), idx.columnOf(bad));
        }
    }
    const std::size_t nul = f.text.find('\0');
    if (nul != std::string::npos) {
        LineIndex idx(f.text);
        return fail(QCoreApplication::translate("agm::Core", "the file contains NUL bytes, so it is binary, not a deployment file"),
                    idx.lineOf(nul), idx.columnOf(nul));
    }
    f.lines = LineIndex(f.text);
    detectEol(f);
    detectIndentation(f);
    result.file = std::move(f);
    return result;
}

LoadResult loadSourceFile(const QString &path, const QString &relativePath)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        LoadResult r;
        r.error = makeFinding(Code::LoadFailed, relativePath, 0, 0, {QCoreApplication::translate("agm::Core", "this is a folder")});
        return r;
    }
    if (info.size() > kMaxFileBytes) {
        LoadResult r;
        r.error = makeFinding(Code::LoadFailed, relativePath, 0, 0, {tooLarge(info.size())});
        return r;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult r;
        r.error = makeFinding(Code::LoadFailed, relativePath, 0, 0,
                              {QCoreApplication::translate("agm::Core", "cannot read it (%1); check that it exists and that you may read it").arg(file.errorString())});
        return r;
    }
    // As many bytes as stat() said plus one (read() allocates all it may return); a file that grew
    // since is read on in small steps up to one byte past the cap, so it is still refused.
    QByteArray bytes = file.read(info.size() + 1);
    while (bytes.size() > info.size() && bytes.size() <= kMaxFileBytes) {
        const QByteArray more = file.read(std::min<qint64>(1 << 20, kMaxFileBytes + 1 - bytes.size()));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    return decodeSource(bytes, path, relativePath);
}

QByteArray encodeLike(const SourceFile &file, const std::string &text)
{
    switch (file.encoding) {
    case Encoding::Utf8:
        return QByteArray(text.data(), qsizetype(text.size()));
    case Encoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF", 3) + QByteArray(text.data(), qsizetype(text.size()));
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool le = file.encoding == Encoding::Utf16LE;
        QByteArray out;
        out.reserve(2 + qsizetype(text.size()) * 2);
        auto put = [&](char16_t unit) {
            const char lo = char(unit & 0xFF), hi = char(unit >> 8);
            if (le) { out.append(lo); out.append(hi); }
            else { out.append(hi); out.append(lo); }
        };
        put(0xFEFF);
        // A U+FEFF the text itself starts with is content, but QString::fromUtf8 drops it.
        std::size_t start = 0;
        while (text.compare(start, 3, "\xEF\xBB\xBF") == 0) {
            put(0xFEFF);
            start += 3;
        }
        const QString s = QString::fromUtf8(text.data() + start, qsizetype(text.size() - start));
        for (const QChar c : s)
            put(c.unicode());
        return out;
    }
    }
    return {};
}

} // namespace agm
