// SPDX-License-Identifier: MIT
// Loading files: encodings and BOMs (round trip byte for byte), refused inputs with their
// position, line endings, indentation style, and the offset <-> line/column index.
#include "sourcefile.h"

#include <QTest>

#include <string>

using namespace agm;

namespace {

QByteArray bytes(const char *s)
{
    return QByteArray(s);
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out;
    auto put = [&](char16_t unit) {
        const char lo = char(unit & 0xFF), hi = char(unit >> 8);
        if (littleEndian) {
            out.append(lo);
            out.append(hi);
        } else {
            out.append(hi);
            out.append(lo);
        }
    };
    put(0xFEFF);
    for (const QChar c : text)
        put(c.unicode());
    return out;
}

QByteArray fromStd(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

// "apiVersion: v1", "name: gr\u00fc\u00dfe", and a character outside the BMP (a surrogate pair in
// UTF-16).
QString sampleText()
{
    return QStringLiteral("apiVersion: v1\r\nmetadata:\r\n  name: gr\u00fc\u00dfe\r\n  note: ")
            + QString::fromUtf8("\xF0\x9F\x9A\x80") + QStringLiteral("\r\n");
}

SourceFile decodeOk(const QByteArray &input)
{
    const LoadResult r = decodeSource(input, QStringLiteral("/in/gateway.yaml"),
                                      QStringLiteral("gateway.yaml"));
    if (r.error)
        qWarning("unexpected load error: %s", qPrintable(r.error->message()));
    return r.file ? *r.file : SourceFile();
}

} // namespace

class TestSourceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("encodingName");
        QTest::addColumn<QByteArray>("text");

        const QByteArray sampleUtf8 = sampleText().toUtf8();
        QTest::newRow("plain UTF-8 is taken as it is")
                << sampleUtf8 << int(Encoding::Utf8) << QStringLiteral("UTF-8") << sampleUtf8;
        QTest::newRow("a UTF-8 BOM is remembered and kept out of the text")
                << QByteArray("\xEF\xBB\xBF") + sampleUtf8 << int(Encoding::Utf8Bom)
                << QStringLiteral("UTF-8 with BOM") << sampleUtf8;
        QTest::newRow("UTF-16 LE with a BOM is decoded to UTF-8, surrogate pairs included")
                << utf16(sampleText(), true) << int(Encoding::Utf16LE)
                << QStringLiteral("UTF-16 LE") << sampleUtf8;
        QTest::newRow("UTF-16 BE with a BOM is decoded to UTF-8, surrogate pairs included")
                << utf16(sampleText(), false) << int(Encoding::Utf16BE)
                << QStringLiteral("UTF-16 BE") << sampleUtf8;
        QTest::newRow("a UTF-16 LE file holding only its BOM is an empty text")
                << QByteArray("\xFF\xFE") << int(Encoding::Utf16LE) << QStringLiteral("UTF-16 LE")
                << QByteArray();
        QTest::newRow("a UTF-8 file holding only its BOM is an empty text")
                << QByteArray("\xEF\xBB\xBF") << int(Encoding::Utf8Bom)
                << QStringLiteral("UTF-8 with BOM") << QByteArray();
        QTest::newRow("an empty file is valid UTF-8")
                << QByteArray() << int(Encoding::Utf8) << QStringLiteral("UTF-8") << QByteArray();
    }

    void decode()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, encoding);
        QFETCH(QString, encodingName);
        QFETCH(QByteArray, text);

        const LoadResult r = decodeSource(input, QStringLiteral("/in/k8s/gateway.yaml"),
                                          QStringLiteral("k8s/gateway.yaml"));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        QVERIFY(r.file);
        const SourceFile &f = *r.file;
        QCOMPARE(int(f.encoding), encoding);
        QCOMPARE(f.encodingName(), encodingName);
        QCOMPARE(fromStd(f.text), text);
        QCOMPARE(f.path, QStringLiteral("/in/k8s/gateway.yaml"));
        QCOMPARE(f.relativePath, QStringLiteral("k8s/gateway.yaml"));
        // Writing the unchanged text back gives the original bytes, BOM and all.
        QCOMPARE(encodeLike(f, f.text), input);
    }

    void encodeEditedText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");

        const QString before = QStringLiteral("image: gateway:1.2.5\r\nuser: \u00e9\r\n");
        const QString after = QStringLiteral("image: gateway:2.11.1\r\nuser: \u00e9\r\n");
        QTest::newRow("an edited UTF-8 text stays UTF-8 without a BOM")
                << before.toUtf8() << after.toUtf8();
        QTest::newRow("an edited UTF-8 BOM text gets its BOM back") << QByteArray("\xEF\xBB\xBF")
                        + before.toUtf8() << QByteArray("\xEF\xBB\xBF") + after.toUtf8();
        QTest::newRow("an edited UTF-16 LE text is written as UTF-16 LE with its BOM")
                << utf16(before, true) << utf16(after, true);
        QTest::newRow("an edited UTF-16 BE text is written as UTF-16 BE with its BOM")
                << utf16(before, false) << utf16(after, false);
    }

    void encodeEditedText()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);

        const SourceFile f = decodeOk(input);
        std::string edited = f.text;
        const std::size_t at = edited.find("1.2.5");
        QVERIFY(at != std::string::npos);
        edited.replace(at, 5, "2.11.1");
        QCOMPARE(encodeLike(f, edited), expected);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("because");

        QTest::newRow("invalid UTF-8 is reported with its line and byte column")
                << bytes("a: 1\nbb: \xC3\x28\n") << 2 << 5
                << QStringLiteral("invalid UTF-8 (byte 0xc3)");
        QTest::newRow("a stray continuation byte on the first line is invalid UTF-8")
                << bytes("\x80key: v\n") << 1 << 1 << QStringLiteral("invalid UTF-8 (byte 0x80)");
        QTest::newRow("a multibyte sequence cut off at the end of the file is invalid UTF-8")
                << bytes("x: 1\n\xE2\x82") << 2 << 1 << QStringLiteral("invalid UTF-8");
        QTest::newRow("an overlong encoding of '/' is invalid UTF-8")
                << bytes("p: \xC0\xAF\n") << 1 << 4 << QStringLiteral("invalid UTF-8 (byte 0xc0)");
        QTest::newRow("an encoded UTF-16 surrogate is invalid UTF-8")
                << bytes("ab\xED\xA0\x80") << 1 << 3 << QStringLiteral("invalid UTF-8 (byte 0xed)");
        QTest::newRow("Latin-1 text after CRLF lines is reported on its own line")
                << bytes("a: 1\r\nb: 2\r\nname: caf\xE9\r\n") << 3 << 10
                << QStringLiteral("invalid UTF-8 (byte 0xe9)");
        QTest::newRow("columns after a UTF-8 BOM count from the first character of the text")
                << bytes("\xEF\xBB\xBFk: \xFF\n") << 1 << 4
                << QStringLiteral("invalid UTF-8 (byte 0xff)");
        QTest::newRow("a NUL byte makes the file binary and is located")
                << QByteArray("kind: Pod\n  x\0y\n", 16) << 2 << 4 << QStringLiteral("NUL bytes");
        QTest::newRow("UTF-16 LE without a BOM is named, with the fix")
                << utf16(QStringLiteral("apiVersion: v1\nkind: ConfigMap\n"), true).mid(2) << 0 << 0 << QStringLiteral("looks like UTF-16 LE without a byte-order mark");
        QTest::newRow("UTF-16 BE without a BOM is named, with the fix")
                << utf16(QStringLiteral("kind: ConfigMap\ndata:\n  a: b\n"), false).mid(2) << 0 << 0 << QStringLiteral("looks like UTF-16 BE without a byte-order mark");
        QTest::newRow("a binary file with NUL bytes here and there is not called UTF-16")
                << QByteArray("\x7f" "ELF\2\1\1\0\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0", 24) << 1 << 8 << QStringLiteral("NUL bytes");
        QTest::newRow("a NUL character in UTF-16 text is refused too")
                << QByteArray("\xFF\xFE"
                              "a\0"
                              "\n\0"
                              "\0\0",
                              8)
                << 2 << 1 << QStringLiteral("NUL bytes");
        QTest::newRow("a UTF-32 LE BOM is refused as UTF-32")
                << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << 0 << 0 << QStringLiteral("UTF-32");
        QTest::newRow("a UTF-32 BE BOM is refused as UTF-32")
                << QByteArray("\0\0\xFE\xFF\0\0\0a", 8) << 0 << 0 << QStringLiteral("UTF-32");
        QTest::newRow("UTF-16 with an odd number of bytes is refused")
                << QByteArray("\xFF\xFE"
                              "a\0"
                              "b",
                              5)
                << 0 << 0 << QStringLiteral("invalid UTF-16");
        QTest::newRow("a lone low surrogate in UTF-16 is refused")
                << QByteArray("\xFE\xFF"
                              "\0a"
                              "\xDC\x00",
                              6)
                << 0 << 0 << QStringLiteral("invalid UTF-16 at code unit 2");
        QTest::newRow("a high surrogate at the end of UTF-16 is refused")
                << QByteArray("\xFF\xFE"
                              "a\0"
                              "\x00\xD8",
                              6)
                << 0 << 0 << QStringLiteral("invalid UTF-16 at code unit 2");
    }

    void rejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, because);

        const LoadResult r
                = decodeSource(input, QStringLiteral("/in/bad.yaml"), QStringLiteral("bad.yaml"));
        QVERIFY(!r.file);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Code::LoadFailed);
        QCOMPARE(r.error->severity, Severity::Error);
        QCOMPARE(r.error->step, Step::Input);
        QCOMPARE(r.error->file, QStringLiteral("bad.yaml"));
        QCOMPARE(r.error->line, line);
        QCOMPARE(r.error->column, column);
        QVERIFY2(r.error->message().contains(because), qPrintable(r.error->message()));
    }

    void size_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("a file of exactly the size limit is accepted") << kMaxFileBytes << true;
        QTest::newRow("a file one byte over the size limit is refused")
                << kMaxFileBytes + 1 << false;
    }

    void size()
    {
        QFETCH(qint64, size);
        QFETCH(bool, accepted);

        QByteArray input(qsizetype(size), 'a');
        char *data = input.data();
        for (qint64 i = 80; i < size; i += 81)
            data[i] = '\n';
        const LoadResult r
                = decodeSource(input, QStringLiteral("/in/huge.yaml"), QStringLiteral("huge.yaml"));
        QCOMPARE(bool(r.file), accepted);
        QCOMPARE(bool(r.error), !accepted);
        if (accepted) {
            QCOMPARE(qint64(r.file->text.size()), size);
        } else {
            QCOMPARE(r.error->code, Code::LoadFailed);
            QCOMPARE(r.error->line, 0);
            QVERIFY2(r.error->message().contains(QStringLiteral("the limit is 32 MiB")),
                     qPrintable(r.error->message()));
        }
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("styleName");
        QTest::addColumn<QByteArray>("eol");
        QTest::addColumn<bool>("finalNewline");

        QTest::newRow("LF lines are LF") << bytes("a: 1\nb: 2\n") << int(EolStyle::LF)
                                         << QStringLiteral("LF") << bytes("\n") << true;
        QTest::newRow("CRLF lines are CRLF") << bytes("a: 1\r\nb: 2\r\n") << int(EolStyle::CRLF)
                                             << QStringLiteral("CRLF") << bytes("\r\n") << true;
        QTest::newRow("CR lines are CR") << bytes("a: 1\rb: 2\r") << int(EolStyle::CR)
                                         << QStringLiteral("CR") << bytes("\r") << true;
        QTest::newRow("a single line without an ending has no style and no final newline")
                << bytes("a: 1") << int(EolStyle::None) << QStringLiteral("none") << bytes("\n")
                << false;
        QTest::newRow("an empty file has no style and no final newline")
                << QByteArray() << int(EolStyle::None) << QStringLiteral("none") << bytes("\n")
                << false;
        QTest::newRow("CRLF lines whose last line lacks an ending are CRLF without a final newline")
                << bytes("a: 1\r\nb: 2") << int(EolStyle::CRLF) << QStringLiteral("CRLF")
                << bytes("\r\n") << false;
        QTest::newRow("mixed endings that are mostly CRLF insert CRLF")
                << bytes("a\r\nb\r\nc\r\nd\n") << int(EolStyle::Mixed) << QStringLiteral("mixed")
                << bytes("\r\n") << true;
        QTest::newRow("mixed endings that are mostly LF insert LF")
                << bytes("a\nb\nc\r\nd\n") << int(EolStyle::Mixed) << QStringLiteral("mixed")
                << bytes("\n") << true;
        QTest::newRow("mixed endings that are mostly CR insert CR")
                << bytes("a\rb\rc\rd\n") << int(EolStyle::Mixed) << QStringLiteral("mixed")
                << bytes("\r") << true;
        QTest::newRow("a file ending in a bare CR has a final newline")
                << bytes("a\r\nb\r\nc\r") << int(EolStyle::Mixed) << QStringLiteral("mixed")
                << bytes("\r\n") << true;
        QTest::newRow("UTF-16 CRLF text is CRLF")
                << utf16(QStringLiteral("a: 1\r\nb: 2\r\n"), true) << int(EolStyle::CRLF)
                << QStringLiteral("CRLF") << bytes("\r\n") << true;
    }

    void lineEndings()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, style);
        QFETCH(QString, styleName);
        QFETCH(QByteArray, eol);
        QFETCH(bool, finalNewline);

        const LoadResult r
                = decodeSource(input, QStringLiteral("/in/x.yaml"), QStringLiteral("x.yaml"));
        QVERIFY(r.file);
        QCOMPARE(int(r.file->eolStyle), style);
        QCOMPARE(r.file->eolName(), styleName);
        QCOMPARE(fromStd(r.file->eol), eol);
        QCOMPARE(r.file->finalNewline, finalNewline);
    }

    void indentation_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("indentStep");
        QTest::addColumn<bool>("sequenceIndented");

        QTest::newRow("two spaces with sequences indented under their key")
                << bytes("spec:\n  containers:\n    - name: gw\n      image: x\n") << 2 << true;
        QTest::newRow("two spaces with sequences flush with their key (kubectl style)")
                << bytes("spec:\n  template:\n    spec:\n      containers:\n      - name: gw\n     "
                         "   image: x\n      - name: side\n")
                << 2 << false;
        QTest::newRow("four spaces with sequences flush with their key")
                << bytes("spec:\n    template:\n        spec:\n            containers:\n           "
                         " - name: gw\n              image: x\n")
                << 4 << false;
        QTest::newRow("four spaces with sequences indented under their key")
                << bytes("spec:\n    containers:\n        - name: gw\n          ports:\n           "
                         "   - containerPort: 8080\n")
                << 4 << true;
        QTest::newRow("comments and blank lines between a key and its block do not count")
                << bytes("spec:\n# a comment at column 0\n\n    replicas: 1\n") << 4 << true;
        QTest::newRow("CRLF lines are measured like LF lines")
                << bytes("spec:\r\n    containers:\r\n    - name: gw\r\n") << 4 << false;
        QTest::newRow("flat text falls back to two spaces and indented sequences")
                << bytes("a: 1\nb: 2\n") << 2 << true;
    }

    void indentation()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, indentStep);
        QFETCH(bool, sequenceIndented);

        const SourceFile f = decodeOk(input);
        QCOMPARE(f.indentStep, indentStep);
        QCOMPARE(f.sequenceIndented, sequenceIndented);
    }

    void lineOfOffset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("LF: the first byte is line 1, column 1") << bytes("ab\ncd\n") << 0 << 1 << 1;
        QTest::newRow("LF: the line ending belongs to its line")
                << bytes("ab\ncd\n") << 2 << 1 << 3;
        QTest::newRow("LF: the byte after the ending starts line 2")
                << bytes("ab\ncd\n") << 3 << 2 << 1;
        QTest::newRow("LF: the last byte of line 2") << bytes("ab\ncd\n") << 4 << 2 << 2;
        QTest::newRow("CRLF: the CR belongs to its line") << bytes("ab\r\ncd\r\n") << 2 << 1 << 3;
        QTest::newRow("CRLF: the LF of a CRLF belongs to the same line")
                << bytes("ab\r\ncd\r\n") << 3 << 1 << 4;
        QTest::newRow("CRLF: line 2 starts after the LF") << bytes("ab\r\ncd\r\n") << 4 << 2 << 1;
        QTest::newRow("CR: a bare CR ends a line") << bytes("ab\rcd\r") << 3 << 2 << 1;
        QTest::newRow("CR: the second CR belongs to line 2") << bytes("ab\rcd\r") << 5 << 2 << 3;
        QTest::newRow("no final newline: the last byte is on the last line")
                << bytes("ab\ncd") << 4 << 2 << 2;
        QTest::newRow("no final newline: the end of the text is past the last byte")
                << bytes("ab\ncd") << 5 << 2 << 3;
        QTest::newRow("blank lines count as lines") << bytes("a\n\n\nb\n") << 4 << 4 << 1;
        QTest::newRow("columns count bytes, not characters")
                << bytes("\xC3\xA9t\xC3\xA9: x\n") << 5 << 1 << 6;
    }

    void lineOfOffset()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);

        const LineIndex index(text.toStdString());
        QCOMPARE(index.lineOf(std::size_t(offset)), line);
        QCOMPARE(index.columnOf(std::size_t(offset)), column);
    }

    // The sparse index (a SARIF report's positions) answers as the full one, for every offset and
    // line of texts with every kind of line ending, across its 64-line checkpoints.
    void sparseIndexAnswersAsTheFullOne_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line, no ending") << bytes("ab");
        QTest::newRow("final LF") << bytes("ab\ncd\n");
        QTest::newRow("CR only") << bytes("ab\rcd\r\r");
        QTest::newRow("mixed") << bytes("a\r\nb\nc\rd\r\n\n");
        QByteArray many;
        for (int i = 0; i < 300; ++i)
            many += QByteArray::number(i) + (i % 7 == 0 ? "\r\n" : i % 11 == 0 ? "\r" : i % 13 == 0 ? "\n\n" : "\n");
        QTest::newRow("300 lines of every ending") << many;
        QTest::newRow("300 lines, no final ending") << many + "last";
    }

    void sparseIndexAnswersAsTheFullOne()
    {
        QFETCH(QByteArray, text);
        const std::string t = text.toStdString();
        const LineIndex full(t);
        const SparseLineIndex sparse(t);
        QCOMPARE(sparse.lineCount(), full.lineCount());
        for (int line = 0; line <= full.lineCount() + 1; ++line)
            QCOMPARE(sparse.lineStart(line), full.lineStart(line));
        for (std::size_t offset = 0; offset <= t.size(); ++offset) {
            QCOMPARE(sparse.lineOf(offset), full.lineOf(offset));
            QCOMPARE(sparse.columnOf(offset), full.columnOf(offset));
        }
    }

    void lineBounds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QList<int>>("ends");

        QTest::newRow("LF lines end at their LF")
                << bytes("ab\ncd\n") << QList<int> {0, 3} << QList<int> {2, 5};
        QTest::newRow("CRLF lines end at their CR")
                << bytes("ab\r\ncd\r\n") << QList<int> {0, 4} << QList<int> {2, 6};
        QTest::newRow("CR lines end at their CR")
                << bytes("ab\rcd\r") << QList<int> {0, 3} << QList<int> {2, 5};
        QTest::newRow("mixed endings each end their own line")
                << bytes("a\r\nb\nc\rd") << QList<int> {0, 3, 5, 7} << QList<int> {1, 4, 6, 8};
        QTest::newRow("a last line without an ending ends at the end of the text")
                << bytes("ab\ncd") << QList<int> {0, 3} << QList<int> {2, 5};
        QTest::newRow("blank lines are empty lines")
                << bytes("\n\n") << QList<int> {0, 1} << QList<int> {0, 1};
        QTest::newRow("an empty text is one empty line")
                << QByteArray() << QList<int> {0} << QList<int> {0};
    }

    void lineBounds()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<int>, starts);
        QFETCH(QList<int>, ends);

        const LineIndex index(text.toStdString());
        QCOMPARE(index.lineCount(), int(starts.size()));
        for (int line = 1; line <= index.lineCount(); ++line) {
            const int i = line - 1;
            QCOMPARE(int(index.lineStart(line)), starts[i]);
            QCOMPARE(int(index.lineEnd(line)), ends[i]);
            QCOMPARE(index.lineOf(index.lineStart(line)), line);
            QCOMPARE(index.columnOf(index.lineStart(line)), 1);
        }
        // Out of range lines clamp to the text.
        QCOMPARE(int(index.lineStart(0)), 0);
        QCOMPARE(int(index.lineStart(index.lineCount() + 1)), int(text.size()));
        QCOMPARE(int(index.lineEnd(index.lineCount() + 1)), int(text.size()));
    }

    void sourceFileIndex()
    {
        // The index of a loaded file is built over its decoded text (BOM excluded).
        const SourceFile f = decodeOk(QByteArray("\xEF\xBB\xBF"
                                                 "a: 1\r\nb: 2\r\n"));
        QCOMPARE(f.lines.lineCount(), 2);
        QCOMPARE(int(f.lines.lineStart(2)), 6);
        QCOMPARE(int(f.lines.lineEnd(2)), 10);
    }
};

QTEST_GUILESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
