// SPDX-License-Identifier: MIT
#include "fuzzchecks.h"

#include "../testfiles.h"
#include "analysis.h"
#include "companions.h"
#include "intraline.h"
#include "linediff.h"
#include "plan.h"
#include "project.h"
#include "recipe.h"
#include "registryprotocol.h"
#include "urlpolicy.h"
#include "report.h"
#include "secretmask.h"
#include "tags.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

namespace agm::fuzz {

namespace {

// The file names an input is imported under (detection looks at the suffix and the name).
// New names go at the end, so that recorded inputs keep their name.
const char *const kNames[] = {"deploy.yaml", "values.yaml",  "kustomization.yaml", "docker-compose.yml",
                              "gateway.env", "run-gateway.sh", "deploy.ps1",       "env.conf",
                              "notes.txt",   "dockerfile",     "main.tf",          "main.bicep",
                              "main.bicepparam", "azuredeploy.json"};
constexpr int kNameCount = int(std::size(kNames));
constexpr int kOtherName = 8; // notes.txt: any other suffix
static_assert(kNameCount <= 16, "the selector byte holds the name in 4 bits");
constexpr int kLastFormat = int(Format::ArmTemplate);
static_assert(kLastFormat <= 15, "the selector byte holds the format in 4 bits");
// The folders of tests/data whose files seed the file-based targets.
const char *const kSeedFolders[] = {"golden", "cli", "checks", "canaries", "hostile"};

struct Selection
{
    QString name;
    std::optional<Format> format; // forced; detected when empty
    QByteArray bytes;
};

Selection select(const QByteArray &input)
{
    Selection s;
    const unsigned char b = input.isEmpty() ? 0 : static_cast<unsigned char>(input[0]);
    s.name = QString::fromLatin1(kNames[(b >> 4) % kNameCount]);
    const int format = b & 0x0F;
    if (format >= 1 && format <= kLastFormat)
        s.format = Format(format);
    s.bytes = input.mid(1);
    return s;
}

// The selector byte that imports a test-data file under its own kind of name.
char selectorFor(const QString &path, int format)
{
    const QString name = path.section(QLatin1Char('/'), -1).toLower();
    const QString suffix = name.section(QLatin1Char('.'), -1);
    int index = kOtherName;
    for (int i = kNameCount - 1; i >= 0; --i) { // the same name beats the first with the same suffix
        const QString candidate = QString::fromLatin1(kNames[i]);
        if (name == candidate)
            return char((i << 4) | format);
        if (suffix == candidate.section(QLatin1Char('.'), -1))
            index = i;
    }
    return char((index << 4) | format);
}

MigrationOptions fuzzOptions()
{
    MigrationOptions options;
    options.tag = QStringLiteral("2.11.1");
    options.endpointHost = QStringLiteral("contoso.configuration.azure-api.net");
    return options;
}

QString describe(const QString &what, const QString &name)
{
    return what + QStringLiteral(" (imported as ") + name + QLatin1Char(')');
}

QString describe(const char *what, const QString &name)
{
    return describe(QString::fromLatin1(what), name);
}

bool isContinuationByte(const std::string &text, std::size_t offset)
{
    return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
}

// The plan's edits are sorted, disjoint, inside the text, on character boundaries and never
// no-ops; the migrated text is the original with exactly those ranges replaced.
QString checkPlanShape(const std::string &text, const FilePlan &plan)
{
    std::size_t pos = 0;
    std::string rebuilt;
    for (const Edit &e : plan.edits) {
        if (e.start < pos || e.end < e.start || e.end > text.size())
            return QStringLiteral("edits out of order, overlapping or outside the text");
        if (isContinuationByte(text, e.start) || isContinuationByte(text, e.end))
            return QStringLiteral("an edit splits a UTF-8 character");
        if (text.compare(e.start, e.end - e.start, e.replacement) == 0)
            return QStringLiteral("a no-op edit");
        rebuilt.append(text, pos, e.start - pos);
        rebuilt += e.replacement;
        pos = e.end;
    }
    rebuilt.append(text, pos, std::string::npos);
    if (rebuilt != plan.migratedText)
        return QStringLiteral("the migrated text differs from the original outside the edits");
    return {};
}

// Loading then saving without edits gives the input bytes back (BOM, EOL, encoding kept).
QString checkEncodingRoundTrip(const SourceFile &file, const QByteArray &bytes)
{
    if (encodeLike(file, file.text) != bytes)
        return QStringLiteral("decoding and encoding again changes the bytes");
    return {};
}

// One input loaded, analysed and planned with fuzzOptions(); no analysis when it did not load.
struct Planned
{
    std::optional<FileAnalysis> analysis;
    FilePlan plan;
    QString problem; // a broken invariant of loading or planning
};

Planned importAndPlan(const Selection &s)
{
    Planned out;
    LoadResult loaded = decodeSource(s.bytes, QStringLiteral("/fuzz/") + s.name, s.name);
    if (!loaded.file) {
        if (!loaded.error)
            out.problem = describe("decodeSource gave neither a file nor an error", s.name);
        return out;
    }
    if (const QString problem = checkEncodingRoundTrip(*loaded.file, s.bytes); !problem.isEmpty()) {
        out.problem = describe(problem, s.name);
        return out;
    }
    out.analysis = s.format ? analyzeSource(std::move(*loaded.file), *s.format) : analyzeSource(std::move(*loaded.file));
    out.plan = planFile(*out.analysis, fuzzOptions());
    if (const QString problem = checkPlanShape(out.analysis->source.text, out.plan); !problem.isEmpty())
        out.problem = describe(problem, s.name);
    return out;
}

struct Reports
{
    QByteArray markdown, json, html, patch;
};

Reports reportsFor(const FileAnalysis &analysis, const FilePlan &plan)
{
    Project project;
    project.root = QStringLiteral("/fuzz");
    project.files.push_back(analysis);
    ProjectPlan projectPlan;
    projectPlan.files.push_back(plan);
    ReportContext context;
    context.tag = fuzzOptions().tag;
    context.tagSource = QStringLiteral("fuzz");
    return {markdownReport(project, projectPlan, context), jsonReport(project, projectPlan, context),
            htmlReport(project, projectPlan, context), unifiedPatch(project, projectPlan)};
}

QList<QByteArray> fileSeeds(const QString &testData, bool everyFormat)
{
    QList<QByteArray> seeds;
    for (const char *dir : kSeedFolders) {
        const QString root = testData + QLatin1Char('/') + QLatin1String(dir);
        for (const QString &file : agm::test::filesUnder(root)) {
            if (file.contains(QLatin1String("/expected/")) || file.endsWith(QLatin1String("/args")) || file.endsWith(QLatin1String(".md")))
                continue;
            const QByteArray bytes = agm::test::readAll(root + QLatin1Char('/') + file);
            for (int format = 0; format <= (everyFormat ? kLastFormat : 0); ++format)
                seeds << (QByteArray(1, selectorFor(file, format)) + bytes);
        }
    }
    return seeds;
}

QList<QByteArray> importSeeds(const QString &testData)
{
    return fileSeeds(testData, true);
}

QList<QByteArray> detectedSeeds(const QString &testData)
{
    return fileSeeds(testData, false);
}

// ---- line diff ----

// The runs form an edit script: they walk both texts in order, Equal runs pair equal lines, and
// replaying them turns the old lines into the new ones.
QString checkRuns(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b,
                  const std::vector<DiffRun> &runs)
{
    int i = 0, j = 0;
    for (const DiffRun &r : runs) {
        if (r.count <= 0)
            return QStringLiteral("an empty diff run");
        if (r.op == DiffOp::Equal) {
            if (r.oldStart != i || r.newStart != j || i + r.count > int(a.size()) || j + r.count > int(b.size()))
                return QStringLiteral("an Equal run out of place");
            for (int k = 0; k < r.count; ++k) {
                if (a[std::size_t(i + k)] != b[std::size_t(j + k)])
                    return QStringLiteral("an Equal run pairs different lines");
            }
            i += r.count;
            j += r.count;
        } else if (r.op == DiffOp::Delete) {
            if (r.oldStart != i || i + r.count > int(a.size()))
                return QStringLiteral("a Delete run out of place");
            i += r.count;
        } else {
            if (r.newStart != j || j + r.count > int(b.size()))
                return QStringLiteral("an Insert run out of place");
            j += r.count;
        }
    }
    if (i != int(a.size()) || j != int(b.size()))
        return QStringLiteral("the runs do not cover both texts");
    return {};
}

std::vector<std::string_view> patchLines(const std::string &patch)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < patch.size()) {
        const std::size_t nl = patch.find('\n', start);
        const std::size_t end = nl == std::string::npos ? patch.size() : nl + 1;
        lines.emplace_back(patch.data() + start, end - start);
        start = end;
    }
    return lines;
}

// Applies a unified diff to `a` (texts without CR: a CR-only line ending reads back as CRLF).
QString checkUnifiedDiff(const std::string &a, const std::string &b)
{
    const std::string patch = unifiedDiff(a, b, QStringLiteral("a"), QStringLiteral("b"));
    if (a == b)
        return patch.empty() ? QString() : QStringLiteral("a unified diff of equal texts");
    const std::vector<std::string_view> old = splitLines(a);
    const std::vector<std::string_view> lines = patchLines(patch);
    if (lines.size() < 3 || lines[0] != "--- a\n" || lines[1] != "+++ b\n")
        return QStringLiteral("unified diff without its headers");
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@\n$"));
    std::string rebuilt;
    std::size_t oldPos = 0;
    std::size_t k = 2;
    while (k < lines.size()) {
        const auto m = header.match(QString::fromUtf8(lines[k].data(), qsizetype(lines[k].size())));
        if (!m.hasMatch())
            return QStringLiteral("unified diff: a hunk header was expected");
        const std::size_t oldCount = m.captured(2).isEmpty() ? 1 : m.captured(2).toULong();
        const std::size_t newCount = m.captured(4).isEmpty() ? 1 : m.captured(4).toULong();
        std::size_t oldStart = m.captured(1).toULong();
        if (oldCount > 0)
            --oldStart;
        if (oldStart < oldPos || oldStart > old.size())
            return QStringLiteral("unified diff: hunks out of order");
        for (; oldPos < oldStart; ++oldPos)
            rebuilt += old[oldPos];
        std::size_t seenOld = 0, seenNew = 0;
        for (++k; k < lines.size() && lines[k][0] != '@'; ++k) {
            const char sign = lines[k][0];
            std::string text(lines[k].substr(1));
            if (k + 1 < lines.size() && lines[k + 1] == "\\ No newline at end of file\n") {
                text.pop_back();
                ++k;
            }
            if (sign == ' ' || sign == '-') {
                if (oldPos >= old.size() || old[oldPos] != text)
                    return QStringLiteral("unified diff: a context or removed line does not match the old text");
                ++oldPos;
                ++seenOld;
            }
            if (sign == ' ' || sign == '+') {
                rebuilt += text;
                ++seenNew;
            }
            if (sign != ' ' && sign != '-' && sign != '+')
                return QStringLiteral("unified diff: a line without a sign");
        }
        if (seenOld != oldCount || seenNew != newCount)
            return QStringLiteral("unified diff: a hunk header's counts do not match its lines");
    }
    for (; oldPos < old.size(); ++oldPos)
        rebuilt += old[oldPos];
    if (rebuilt != b)
        return QStringLiteral("applying the unified diff does not give the new text");
    return {};
}

// Outside the ranges both lines hold the same text in the same order.
QString checkIntraLine(const QString &a, const QString &b, int cap)
{
    const IntraLineDiff d = diffWithinLines(a, b, cap);
    const bool tooLong = a.size() > cap || b.size() > cap;
    if (d.skipped != tooLong)
        return QStringLiteral("intra-line diff skipped (or not) against its length cap");
    if (d.skipped)
        return d.oldRanges.empty() && d.newRanges.empty() ? QString() : QStringLiteral("a skipped intra-line diff with ranges");
    auto outside = [](const QString &line, const std::vector<CharRange> &ranges, QString &kept) -> bool {
        int pos = 0;
        for (const CharRange &r : ranges) {
            if (r.length <= 0 || r.start < pos || r.start + r.length > line.size())
                return false;
            kept += line.mid(pos, r.start - pos);
            pos = r.start + r.length;
        }
        kept += line.mid(pos);
        return true;
    };
    QString keptOld, keptNew;
    if (!outside(a, d.oldRanges, keptOld) || !outside(b, d.newRanges, keptNew))
        return QStringLiteral("intra-line ranges empty, unsorted, overlapping or outside the line");
    if (keptOld != keptNew)
        return QStringLiteral("the text outside the intra-line ranges differs");
    if (a == b && !(d.oldRanges.empty() && d.newRanges.empty()))
        return QStringLiteral("intra-line ranges for equal lines");
    return {};
}

QList<QByteArray> lineDiffSeeds(const QString &testData)
{
    // Each golden input paired with its expected migration.
    QList<QByteArray> seeds;
    const QString root = testData + QStringLiteral("/golden");
    for (const QString &file : agm::test::filesUnder(root)) {
        const int at = file.indexOf(QLatin1String("/input/"));
        if (at < 0)
            continue;
        const QString expected = file.left(at) + QStringLiteral("/expected/") + file.mid(at + 7);
        seeds << (agm::test::readAll(root + QLatin1Char('/') + file) + '\0' + agm::test::readAll(root + QLatin1Char('/') + expected));
    }
    return seeds;
}

// ---- tags and registry protocol ----

QString checkTagList(const QByteArray &input)
{
    const TagParseResult r = parseTagList(input, TagSourceKind::File, QStringLiteral("fuzz.json"));
    if (r.list.has_value() == !r.error.isEmpty())
        return QStringLiteral("parseTagList must give either a list or an error");
    if (!r.list)
        return {};
    QSet<QString> names;
    for (const Tag &t : r.list->tags) {
        if (!isValidTagName(t.name) || t.kind != classifyTag(t.name))
            return QStringLiteral("a parsed tag is invalid or misclassified");
        if (names.contains(t.name))
            return QStringLiteral("a parsed tag is listed twice");
        names.insert(t.name);
    }
    const QString recommended = r.list->recommended();
    if (!recommended.isEmpty() && (!isPinnedV2(recommended) || !r.list->contains(recommended)))
        return QStringLiteral("the recommended tag is not a listed pinned 2.x tag");
    return {};
}

QString checkRegistryProtocol(const QByteArray &input)
{
    const QUrl base(QStringLiteral("https://registry.example/v2/azure-api-management/gateway/tags/list"));
    const QUrl next = net::nextPageUrl(input, base);
    if (!next.isEmpty()) {
        net::checkFollowUrl(base, next);
        net::originOf(next);
    }
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    const auto retry = net::parseRetryAfter(input, now);
    if (retry && retry->count() < 0)
        return QStringLiteral("a negative Retry-After");
    net::authScheme(input);
    if (const auto challenge = net::parseBearerChallenge(input)) {
        if (challenge->realm.isEmpty())
            return QStringLiteral("a bearer challenge without a realm");
        net::tokenRequestUrl(*challenge);
    }
    const QString text = QString::fromUtf8(input);
    const QUrl url(text);
    net::checkRegistryUrl(url);
    net::isLoopbackHost(url.host());
    if (const auto repository = net::repositoryFromTagListUrl(url))
        net::manifestUrl(*repository, text.section(QLatin1Char('/'), -1));
    net::isValidDigest(text);
    if (isValidTargetTag(text) && !isValidTagName(tagWithoutDigest(text)))
        return QStringLiteral("a valid target tag whose tag part is not a valid tag");
    return {};
}

QList<QByteArray> tagSeeds(const QString &testData)
{
    QList<QByteArray> seeds;
    seeds << agm::test::readAll(testData + QStringLiteral("/../../resources/tags/mcr-gateway-tags.json"));
    return seeds;
}

// ---- secrets ----

// The secrets that serve as canaries: values holding "CANARY" (as the seeds in data/cli/canary
// do), which the program's own text never says, that occur once in the file and hold no mask glyph.
// Finding one in an output can only mean it leaked. (Any secret would do if the reports never
// quoted their own text: a secret "Configuration API v1 UR" is in the Markdown report's
// boilerplate, data/fuzz/secretmask/.)
std::vector<std::string> canaries(const FileAnalysis &analysis, const FilePlan &plan)
{
    const std::string &text = analysis.source.text;
    std::vector<std::string> values;
    for (const SecretSpan &s : analysis.secrets) {
        if (s.end > text.size() || s.start + 8 > s.end)
            continue;
        const std::string value = text.substr(s.start, s.end - s.start);
        if (value.find('*') != std::string::npos || value.find("CANARY") == std::string::npos)
            continue;
        if (text.find(value) != s.start || text.find(value, s.start + 1) != std::string::npos)
            continue;
        const bool inEdit = std::any_of(plan.edits.begin(), plan.edits.end(), [&](const Edit &e) {
            return e.replacement.find(value) != std::string::npos;
        });
        if (!inEdit)
            values.push_back(value);
    }
    return values;
}

QString checkCanaries(const FileAnalysis &analysis, const FilePlan &plan)
{
    const std::vector<std::string> values = canaries(analysis, plan);
    if (values.empty())
        return {};
    const MaskedTexts masked = maskedTexts(analysis, plan);
    const Reports reports = reportsFor(analysis, plan);
    const std::pair<const char *, std::string> outputs[] = {
        {"the masked original", masked.original},
        {"the masked migrated text", masked.migrated},
        {"the Markdown report", reports.markdown.toStdString()},
        {"the JSON report", reports.json.toStdString()},
        {"the HTML report", reports.html.toStdString()},
        {"the patch", reports.patch.toStdString()},
    };
    for (const std::string &value : values) {
        for (const auto &[where, output] : outputs) {
            if (output.find(value) != std::string::npos)
                return QStringLiteral("a secret shows in ") + QString::fromLatin1(where);
        }
        const QString v = QString::fromStdString(value);
        for (const Finding &f : plan.findings) {
            // What a surface shows of a finding: its message (masked by message()) and its values
            // through the one masker; the raw fields stay exact for the edits.
            if (f.message().contains(v) || maskSecretsInText(f.oldValue).contains(v) || maskSecretsInText(f.newValue).contains(v))
                return QStringLiteral("a secret shows in finding ") + f.id.toString();
        }
    }
    return {};
}

// Loading and planning keep their invariants, and no secret leaks.
QString checkSecretsMasked(const Selection &s)
{
    const Planned p = importAndPlan(s);
    if (!p.problem.isEmpty() || !p.analysis)
        return p.problem;
    const QString problem = checkCanaries(*p.analysis, p.plan);
    return problem.isEmpty() ? problem : describe(problem, s.name);
}

QList<QByteArray> envScriptSeeds(const QString &testData)
{
    QList<QByteArray> seeds;
    const QRegularExpression kind(QStringLiteral("\\.(env|conf|sh|ps1)$"));
    for (const char *dir : kSeedFolders) {
        const QString root = testData + QLatin1Char('/') + QLatin1String(dir);
        for (const QString &file : agm::test::filesUnder(root)) {
            if (!file.contains(QLatin1String("/expected/")) && kind.match(file).hasMatch())
                seeds << agm::test::readAll(root + QLatin1Char('/') + file);
        }
    }
    return seeds;
}

} // namespace

// The files a kustomization, compose file or script names are places in it, in order.
QString checkFileReferences(const FileAnalysis &analysis)
{
    const LineIndex &lines = analysis.source.lines;
    std::pair<int, int> previous{0, 0};
    for (const FileReference &ref : fileReferences(analysis)) {
        if (ref.path.isEmpty() || ref.line < 1 || ref.line > lines.lineCount() || ref.column < 1)
            return describe("a file reference outside the text", analysis.source.relativePath);
        if (std::pair{ref.line, ref.column} < previous)
            return describe("file references out of order", analysis.source.relativePath);
        previous = {ref.line, ref.column};
    }
    return {};
}

QString checkImport(const QByteArray &input)
{
    const Planned p = importAndPlan(select(input));
    if (!p.problem.isEmpty() || !p.analysis)
        return p.problem;
    if (const QString problem = checkFileReferences(*p.analysis); !problem.isEmpty())
        return problem;
    const MaskedTexts masked = maskedTexts(*p.analysis, p.plan);
    unifiedDiff(masked.original, masked.migrated, QStringLiteral("a"), QStringLiteral("b"));
    // A large file's diff is worked out in pieces: cut as small as they get, they are the whole texts.
    std::string original, migrated;
    forEachMaskedPiece(*p.analysis, p.plan, [&](std::string &&o, std::string &&m) {
        original += o;
        migrated += m;
    }, 1);
    if (original != masked.original || migrated != masked.migrated)
        return QStringLiteral("the masked texts in pieces are not the whole ones");
    reportsFor(*p.analysis, p.plan);
    return {};
}

QString checkSplice(const QByteArray &input)
{
    const Selection s = select(input);
    const Planned p = importAndPlan(s);
    if (!p.problem.isEmpty() || !p.analysis)
        return p.problem;
    const FileAnalysis &analysis = *p.analysis;
    const FilePlan &plan = p.plan;
    const std::string &text = analysis.source.text;

    // Identity edits: every range the analysis located, each replaced by its own bytes, plus one
    // range picked from the input.
    std::vector<Edit> identities;
    auto addIdentity = [&](std::size_t start, std::size_t end) {
        if (start <= end && end <= text.size())
            identities.push_back({start, end, text.substr(start, end - start), {}});
    };
    for (const Finding &f : analysis.findings) {
        for (const ProposedEdit &e : f.edits)
            addIdentity(e.start, e.end);
    }
    for (const SecretSpan &sp : analysis.secrets)
        addIdentity(sp.start, sp.end);
    for (const EndpointValue &v : analysis.endpoints)
        addIdentity(v.start, v.end);
    const std::size_t hash = qHash(input);
    const std::size_t a = text.empty() ? 0 : hash % (text.size() + 1), b = text.empty() ? 0 : (hash >> 16) % (text.size() + 1);
    addIdentity(std::min(a, b), std::max(a, b));
    for (const Edit &identity : identities) {
        if (splice(text, {identity}) != text)
            return describe("an identity edit changes the text", s.name);
    }
    std::vector<Edit> planIdentities;
    for (const Edit &e : plan.edits)
        planIdentities.push_back({e.start, e.end, text.substr(e.start, e.end - e.start), e.findingId});
    if (encodeLike(analysis.source, splice(text, planIdentities)) != s.bytes)
        return describe("the plan's ranges replaced by their own bytes do not give the input back", s.name);

    // The migrated file loads again. Where the original parsed and the edits only replaced text
    // within lines, the migrated file parses too. Inserted lines are left out: yaml-cpp accepts
    // some invalid YAML (a plain scalar continued at its key's indentation, data/fuzz/splice/), and
    // a block inserted after it makes the file fail where a strict parser failed already.
    if (!plan.changes())
        return {};
    const QByteArray migrated = encodeLike(analysis.source, plan.migratedText);
    LoadResult again = decodeSource(migrated, analysis.source.path, analysis.source.relativePath);
    if (!again.file)
        return describe("the migrated file does not load", s.name);
    if (again.file->text != plan.migratedText)
        return describe("the migrated file reads back differently", s.name);
    if (analysis.hasErrors())
        return {};
    const bool inLine = std::all_of(plan.edits.begin(), plan.edits.end(), [](const Edit &e) {
        return e.start < e.end && e.replacement.find_first_of("\r\n") == std::string::npos;
    });
    const FileAnalysis reimported = analyzeSource(std::move(*again.file), analysis.format);
    if (reimported.hasErrors()) {
        const auto parseError = std::find_if(reimported.findings.begin(), reimported.findings.end(),
                                             [](const Finding &f) { return f.code == Code::ParseFailed; });
        if (inLine && parseError != reimported.findings.end())
            return describe(QStringLiteral("the migrated file no longer parses: ") + parseError->message(), s.name);
        return {};
    }
    // Migrating the migrated file changes nothing.
    const FilePlan again2 = planFile(reimported, fuzzOptions());
    if (again2.changes())
        return describe(QStringLiteral("migrating the migrated file changes it again: ") + again2.edits.front().findingId.toString(), s.name);
    return {};
}

QString checkLineDiff(const QByteArray &input)
{
    int split = input.indexOf('\0');
    const int skip = split < 0 ? 0 : 1;
    if (split < 0)
        split = int(input.size() / 2);
    const std::string a = input.left(split).toStdString(), b = input.mid(split + skip).toStdString();
    const auto oldLines = splitLines(a), newLines = splitLines(b);
    // The default budget, and a tiny one that forces the "rest is one replacement" fallback.
    for (const int maxCost : {LineDiffOptions().maxCost, 1 + int(input.size() % 7)}) {
        if (const QString problem = checkRuns(oldLines, newLines, diffLines(oldLines, newLines, {maxCost})); !problem.isEmpty())
            return problem + QStringLiteral(" (maxCost %1)").arg(maxCost);
    }
    if (a.find('\r') == std::string::npos && b.find('\r') == std::string::npos) {
        if (const QString problem = checkUnifiedDiff(a, b); !problem.isEmpty())
            return problem;
    }
    const QString oldText = QString::fromUtf8(a.data(), qsizetype(a.size())), newText = QString::fromUtf8(b.data(), qsizetype(b.size()));
    for (const int cap : {kIntraLineLengthCap, 64}) {
        if (const QString problem = checkIntraLine(oldText, newText, cap); !problem.isEmpty())
            return problem + QStringLiteral(" (cap %1)").arg(cap);
    }
    return {};
}

QString checkTags(const QByteArray &input)
{
    const QString problem = checkTagList(input);
    return problem.isEmpty() ? checkRegistryProtocol(input) : problem;
}

QString checkEnvScript(const QByteArray &input)
{
    for (const Format format : {Format::EnvFile, Format::ShellScript, Format::PowerShellScript}) {
        const Selection s{QString::fromLatin1(format == Format::EnvFile ? "gateway.env" : format == Format::ShellScript ? "run-gateway.sh" : "deploy.ps1"),
                          format, input};
        if (const QString problem = checkSecretsMasked(s); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkSecretMask(const QByteArray &input)
{
    // The masker runs in windows around cheap candidates: it masks what the whole-text one did.
    const QString text = QString::fromUtf8(input.constData(), input.size()); // Qt 5 would stop at a NUL
    if (maskSecretsInText(text) != detail::maskSecretsInWholeText(text))
        return QStringLiteral("the windowed text masker and the whole-text one differ");
    return checkSecretsMasked(select(input));
}

// ---- recipes ----

QList<QByteArray> recipeSeeds(const QString &)
{
    Recipe full;
    full.tag = QStringLiteral("2.9.2");
    full.endpoint = QStringLiteral("contoso.configuration.azure-api.net");
    full.endpoints.push_back({QStringLiteral("contoso"), QStringLiteral("management.contoso.com"), QStringLiteral("contoso.configuration.azure-api.net")});
    full.skippedSteps = {Step::Security};
    full.leftOut.push_back({QStringLiteral("probe-path"), QStringLiteral("Deployment/contoso-gw"), QString()});
    full.leftOut.push_back({QStringLiteral("security-missing"), QStringLiteral("docker run"), QStringLiteral("user")});
    full.checksAcknowledged = true;
    return {recipeJson(Recipe()), recipeJson(full)};
}

QString checkRecipe(const QByteArray &input)
{
    const RecipeReadResult read = parseRecipe(input);
    if (!read.recipe) {
        if (read.error.isEmpty() || read.line < 1 || read.column < 1)
            return QStringLiteral("a refusal without a reason or a place: line %1, column %2, \"%3\"").arg(read.line).arg(read.column).arg(read.error);
        return {};
    }
    // What was accepted is written back in the stable form, which reads as the same decisions
    // and writes the same bytes again.
    const QByteArray written = recipeJson(*read.recipe);
    const RecipeReadResult again = parseRecipe(written);
    if (!again.recipe)
        return QStringLiteral("the written recipe is refused: ") + again.describe(QStringLiteral("recipe"));
    if (!(*again.recipe == *read.recipe))
        return QStringLiteral("the written recipe reads as other decisions");
    if (recipeJson(*again.recipe) != written)
        return QStringLiteral("writing the recipe again gives other bytes");
    return {};
}

const std::vector<Target> &targets()
{
    static const std::vector<Target> all = {
        {"import", checkImport, importSeeds},
        {"splice", checkSplice, detectedSeeds},
        {"linediff", checkLineDiff, lineDiffSeeds},
        {"tags", checkTags, tagSeeds},
        {"envscript", checkEnvScript, envScriptSeeds},
        {"secretmask", checkSecretMask, detectedSeeds},
        {"recipe", checkRecipe, recipeSeeds},
    };
    return all;
}

const Target *findTarget(const QString &name)
{
    for (const Target &t : targets()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

} // namespace agm::fuzz
