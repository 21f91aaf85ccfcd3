// SPDX-License-Identifier: MIT
// The hostile corpus (tests/data/hostile, README.md there): every file goes through import, plan,
// masking, splice, line and intra-line diff and every report format, on a small stack and under a
// time bound; refusals name the file and line; inputs are never modified; migrated files keep every
// byte outside their edits. The command line then runs over the whole corpus folder once.
#include "../hostilecorpus.h"
#include "../testfiles.h"
#include "intraline.h"
#include "linediff.h"
#include "project.h"
#include "report.h"
#include "secretmask.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace agm;
using namespace agm::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return hash.result().toHex();
}

// Everything the engine produced for one file; filled on the worker thread, checked on the main one.
struct Outcome
{
    Project project;
    ProjectPlan plan;
    QByteArray markdown, html, json, patch;
    int changedPairs = 0;
    int skippedPairs = 0;
    int editsAfterRerun = -1; // the migration run again over its own output
};

void runPipeline(const QString &path, Outcome &out)
{
    out.project = importPaths({path});
    MigrationOptions options;
    options.tag = QStringLiteral("2.11.1");
    out.plan = planProject(out.project, options);
    for (std::size_t i = 0; i < out.project.files.size(); ++i) {
        const FileAnalysis &file = out.project.files[i];
        const FilePlan &plan = out.plan.files[i];
        // What the review shows: masked texts, their line diff and the intra-line ranges.
        const MaskedTexts masked = maskedTexts(file, plan);
        const auto oldLines = splitLines(masked.original);
        const auto newLines = splitLines(masked.migrated);
        const std::vector<DiffRun> runs = diffLines(oldLines, newLines);
        for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
            if (runs[r].op != DiffOp::Delete || runs[r + 1].op != DiffOp::Insert)
                continue;
            for (int k = 0; k < std::min(runs[r].count, runs[r + 1].count); ++k) {
                const auto a = oldLines[std::size_t(runs[r].oldStart + k)];
                const auto b = newLines[std::size_t(runs[r + 1].newStart + k)];
                const IntraLineDiff d = diffWithinLines(QString::fromUtf8(a.data(), qsizetype(a.size())),
                                                        QString::fromUtf8(b.data(), qsizetype(b.size())));
                ++out.changedPairs;
                out.skippedPairs += d.skipped;
            }
        }
        unifiedDiff(masked.original, masked.migrated, file.source.relativePath, file.source.relativePath);
        if (plan.changes()) {
            const LoadResult again = decodeSource(encodeLike(file.source, plan.migratedText), file.source.path, file.source.relativePath);
            out.editsAfterRerun = again.file ? int(planFile(analyzeSource(*again.file), options).edits.size()) : -2;
        }
    }
    const ReportContext context{.tag = options.tag, .tagSource = QStringLiteral("test"), .toolVersion = QStringLiteral("test")};
    out.markdown = markdownReport(out.project, out.plan, context);
    out.html = htmlReport(out.project, out.plan, context);
    out.json = jsonReport(out.project, out.plan, context);
    out.patch = unifiedPatch(out.project, out.plan);
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
constexpr bool kSanitized = __has_feature(address_sanitizer);
#else
constexpr bool kSanitized = false;
#endif
// Windows gives the main thread 1 MiB of stack; the pipeline must fit in it. Sanitizers need more
// stack and time.
constexpr uint kStackBytes = kSanitized ? 16 * 1024 * 1024 : 1024 * 1024;
// A hang guard, not a benchmark: the slowest file takes well under a second in a release build.
constexpr int kSecondsPerFile = kSanitized ? 60 : 10;

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_entries = hostileManifest();
        QVERIFY2(m_entries.size() > 30, "manifest.json is missing or empty");
        QStringList checkedIn = filesUnder(kHostileCorpus);
        checkedIn.removeAll(QStringLiteral("manifest.json"));
        checkedIn.removeAll(QStringLiteral("README.md"));
        for (const HostileEntry &e : m_entries) {
            if (e.generate.isEmpty())
                QVERIFY2(checkedIn.removeAll(e.file) == 1, qPrintable(e.file + QStringLiteral(" is in manifest.json but not checked in")));
        }
        QVERIFY2(checkedIn.isEmpty(), qPrintable(checkedIn.join(QLatin1Char(' ')) + QStringLiteral(": not in manifest.json")));
        const QString error = buildHostileCorpus(m_dir.path(), m_entries); // the over-cap file is sparse where it can be
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const HostileEntry &e : m_entries)
            m_hashes.insert(e.file, sha256(m_dir.filePath(e.file)));
    }

    void survives_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            QTest::newRow(qPrintable(m_entries[i].file)) << int(i);
    }

    void survives()
    {
        QFETCH(int, index);
        const HostileEntry &e = m_entries[std::size_t(index)];
        const QString path = m_dir.filePath(e.file);
        auto outcome = std::make_unique<Outcome>();
        Outcome *out = outcome.get();
        std::unique_ptr<QThread> worker(QThread::create([path, out] { runPipeline(path, *out); }));
        worker->setStackSize(kStackBytes);
        worker->start();
        if (!worker->wait(kSecondsPerFile * 1000))
            qFatal("%s: no result after %d s (a hang?)", qPrintable(e.file), kSecondsPerFile);

        QCOMPARE(out->project.files.size(), std::size_t(1));
        const FileAnalysis &file = out->project.files.front();
        const FilePlan &plan = out->plan.files.front();
        QCOMPARE(file.source.relativePath, e.file);
        const auto refusal = std::find_if(file.findings.begin(), file.findings.end(), [](const Finding &f) {
            return f.severity == Severity::Error || f.code == Code::HelmTemplate;
        });
        if (e.expect.isEmpty()) {
            QVERIFY2(refusal == file.findings.end(), refusal == file.findings.end() ? "" : qPrintable(refusal->message()));
        } else {
            QVERIFY2(refusal != file.findings.end(), qPrintable(QStringLiteral("expected %1").arg(e.expect)));
            QCOMPARE(codeName(refusal->code), e.expect);
            QCOMPARE(refusal->file, e.file);
            QVERIFY2(refusal->message().size() > 20, qPrintable(refusal->message()));
            if (e.line)
                QCOMPARE(refusal->line, e.line);
            if (!e.message.isEmpty())
                QVERIFY2(refusal->message().contains(e.message), qPrintable(refusal->message()));
            QVERIFY(plan.edits.empty());
        }
        QVERIFY(out->markdown.startsWith("# "));
        QVERIFY(out->html.contains("</html>"));
        QVERIFY(QJsonDocument::fromJson(out->json).isObject());
        QCOMPARE(out->patch.isEmpty(), !plan.changes());
        QVERIFY2(out->skippedPairs <= out->changedPairs, "intra-line counts");

        QCOMPARE(sha256(path), m_hashes.value(e.file));
        QCOMPARE(plan.changes(), e.edits);
        if (e.edits)
            checkEditedBytes(file, plan, readAll(path), out->editsAfterRerun);
    }

    // The command line over the whole folder: an error exit (some files are refused), no crash,
    // every refused file named with its line, the migrated ones written, nothing else touched.
    void commandLineOverCorpus()
    {
        QTemporaryDir outDir;
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(AGM_APP_PATH), {QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.11.1"),
                                               QStringLiteral("--out"), outDir.filePath(QStringLiteral("out")), QStringLiteral(".")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const HostileEntry &e : m_entries) {
            if (e.refused()) {
                const QString line = e.line ? QStringLiteral(":%1(:\\d+)?").arg(e.line) : QStringLiteral("(:\\d+)*");
                const QRegularExpression named(QStringLiteral("^") + QRegularExpression::escape(e.file) + line + QStringLiteral(": error: \\S"),
                                               QRegularExpression::MultilineOption);
                QVERIFY2(named.match(err).hasMatch(), qPrintable(e.file + QStringLiteral(" not named in:\n") + err));
            }
            const QString written = outDir.filePath(QStringLiteral("out/") + e.file);
            if (e.edits) {
                QVERIFY2(out.contains(QStringLiteral("wrote ")) && QFileInfo::exists(written), qPrintable(e.file));
                QVERIFY(readAll(written) != readAll(m_dir.filePath(e.file)));
            } else if (e.refused()) {
                QVERIFY2(!QFileInfo::exists(written), qPrintable(e.file + QStringLiteral(" was refused but written")));
            }
            QCOMPARE(sha256(m_dir.filePath(e.file)), m_hashes.value(e.file));
        }
    }

private:
    // Outside its edits the migrated file holds the original bytes, in the original encoding,
    // inserted lines end like the file's own, and migrating the result again changes nothing.
    void checkEditedBytes(const FileAnalysis &file, const FilePlan &plan, const QByteArray &bytes, int editsAfterRerun)
    {
        QCOMPARE(encodeLike(file.source, file.source.text), bytes);
        const std::string &before = file.source.text;
        const std::string &after = plan.migratedText;
        std::size_t from = 0;
        std::ptrdiff_t shift = 0;
        for (const Edit &edit : plan.edits) {
            QVERIFY(edit.start >= from && edit.end >= edit.start && edit.end <= before.size());
            QVERIFY(before.compare(from, edit.start - from, after, std::size_t(std::ptrdiff_t(from) + shift), edit.start - from) == 0);
            QVERIFY(after.compare(std::size_t(std::ptrdiff_t(edit.start) + shift), edit.replacement.size(), edit.replacement) == 0);
            shift += std::ptrdiff_t(edit.replacement.size()) - std::ptrdiff_t(edit.end - edit.start);
            from = edit.end;
            for (std::size_t i = edit.replacement.find_first_of("\r\n"); i != std::string::npos;
                 i = edit.replacement.find_first_of("\r\n", i + file.source.eol.size()))
                QVERIFY2(edit.replacement.compare(i, file.source.eol.size(), file.source.eol) == 0, "an inserted line ending differs from the file's");
        }
        QVERIFY(before.compare(from, std::string::npos, after, std::size_t(std::ptrdiff_t(from) + shift)) == 0);
        const QByteArray written = encodeLike(file.source, after);
        const int bom = file.source.encoding == Encoding::Utf8 ? 0 : file.source.encoding == Encoding::Utf8Bom ? 3 : 2;
        QCOMPARE(written.left(bom), bytes.left(bom));
        QCOMPARE(editsAfterRerun, 0);
    }

    QTemporaryDir m_dir;
    std::vector<HostileEntry> m_entries;
    QHash<QString, QByteArray> m_hashes;
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
