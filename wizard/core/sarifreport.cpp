// SPDX-License-Identifier: MIT
#include "sarifreport.h"

#include "pluraltext.h"

#include "jsonstream.h"
#include "secretmask.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <optional>

namespace agm {

namespace {

QString tr(const char *text)
{
    return translateFirst({"agm::Sarif", "agm"}, text);
}

// The base every location names: consumers (code scanning) resolve it to their checkout.
const QString kBase = QStringLiteral("%SRCROOT%");

QString levelOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Info: return QStringLiteral("note");
    case Severity::Warning:
    case Severity::Change:
    case Severity::Question: break;
    }
    return QStringLiteral("warning");
}

// "image-legacy" -> "ImageLegacy": SARIF's rule names are identifiers.
QString ruleName(Code code)
{
    QString name;
    for (const QString &part : codeName(code).split(QLatin1Char('-'), Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return name;
}

QJsonObject text(const QString &value)
{
    return QJsonObject{{QStringLiteral("text"), value}};
}

QJsonObject ruleJson(Code code)
{
    const QString description = codeDescription(code);
    const qsizetype sentenceEnd = description.indexOf(QLatin1String(". "));
    QJsonObject rule{
        {QStringLiteral("id"), codeName(code)},
        {QStringLiteral("name"), ruleName(code)},
        {QStringLiteral("shortDescription"), text(sentenceEnd < 0 ? description : description.left(sentenceEnd + 1))},
        {QStringLiteral("fullDescription"), text(description)},
        {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), levelOf(codeSeverity(code))}}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("severity"), severityName(codeSeverity(code))}}},
    };
    const QString doc = codeDocUrl(code);
    QString help = description;
    if (!doc.isEmpty()) {
        rule[QStringLiteral("helpUri")] = doc;
        help += QLatin1Char(' ') + tr("Documentation: %1").arg(doc);
    }
    rule[QStringLiteral("help")] = text(help);
    return rule;
}

// A path for artifactLocation.uri: relative ones percent-encoded under the base, others file: URIs.
QJsonObject artifactLocation(const QString &path)
{
    if (QDir::isAbsolutePath(path))
        return {{QStringLiteral("uri"), QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded())}};
    QUrl url;
    // A first segment with ':' would read as a scheme.
    url.setPath(path.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char(':')) ? QStringLiteral("./") + path : path);
    return {{QStringLiteral("uri"), QString::fromUtf8(url.toEncoded())}, {QStringLiteral("uriBaseId"), kBase}};
}

// A file's text with its sparse line index, built while that file's results are written (the
// command line drops the source's full index after the plan).
struct IndexedText
{
    IndexedText(std::size_t fileIndex, const std::string &fileText)
        : file(fileIndex)
        , text(fileText)
        , lines(fileText)
    {
    }
    const std::size_t file;
    const std::string &text;
    const SparseLineIndex lines;
};

// SARIF counts columns in UTF-16 code units (its default columnKind); the engine counts bytes.
int utf16Column(const IndexedText &source, int line, int byteColumn)
{
    if (line <= 0 || byteColumn <= 1 || line > source.lines.lineCount())
        return byteColumn;
    const std::size_t start = source.lines.lineStart(line);
    const std::size_t length = std::min(std::size_t(byteColumn - 1), source.text.size() - start);
    return int(QString::fromUtf8(source.text.data() + start, qsizetype(length)).size()) + 1;
}

QJsonObject position(const IndexedText &source, std::size_t offset, const char *lineKey, const char *columnKey)
{
    int line = source.lines.lineOf(offset), column = 0;
    const bool afterFinalEol = offset == source.text.size() && offset > 0 && (source.text.back() == '\n' || source.text.back() == '\r');
    if (afterFinalEol) { // the end of a file that ends with a line ending is the start of the line after it
        ++line;
        column = 1;
    } else {
        column = utf16Column(source, line, source.lines.columnOf(offset));
    }
    return {{QLatin1String(lineKey), line}, {QLatin1String(columnKey), column}};
}

QJsonObject region(const IndexedText *source, int line, int column)
{
    // A finding about a whole file points at its first line: code scanning wants a line to show.
    QJsonObject r{{QStringLiteral("startLine"), std::max(line, 1)}};
    if (line > 0 && column > 0)
        r[QStringLiteral("startColumn")] = source ? utf16Column(*source, line, column) : column;
    return r;
}

QJsonObject physicalLocation(const QJsonObject &artifact, const QJsonObject &place)
{
    return {{QStringLiteral("physicalLocation"), QJsonObject{{QStringLiteral("artifactLocation"), artifact}, {QStringLiteral("region"), place}}}};
}

struct Fix
{
    QJsonArray fixes;
    QString omitted; // why there is none although the engine has an edit
};

// One file's edits by finding, built once for all of its results: their indices in the plan ordered
// by finding (4 bytes an edit; a file may hold 100k).
struct FileEdits
{
    std::size_t file = std::size_t(-1);
    const FileAnalysis *analysis = nullptr;
    const FilePlan *plan = nullptr;
    std::vector<std::uint32_t> byFinding;

    void index(std::size_t i, const FileAnalysis &fileAnalysis, const FilePlan &filePlan)
    {
        if (file == i)
            return;
        file = i;
        analysis = &fileAnalysis;
        plan = &filePlan;
        byFinding.resize(filePlan.edits.size());
        std::iota(byFinding.begin(), byFinding.end(), 0u);
        std::stable_sort(byFinding.begin(), byFinding.end(), [&](std::uint32_t a, std::uint32_t b) {
            return filePlan.edits[a].findingId < filePlan.edits[b].findingId;
        });
    }
    // The finding's edits in the order of the file.
    std::vector<const Edit *> of(const FindingId &id) const
    {
        const auto [first, last] = std::equal_range(byFinding.begin(), byFinding.end(), id, Less{plan});
        std::vector<const Edit *> edits;
        for (auto it = first; it != last; ++it)
            edits.push_back(&plan->edits[*it]);
        return edits;
    }

private:
    struct Less
    {
        const FilePlan *plan;
        bool operator()(std::uint32_t edit, const FindingId &id) const { return plan->edits[edit].findingId < id; }
        bool operator()(const FindingId &id, std::uint32_t edit) const { return id < plan->edits[edit].findingId; }
    };
};

// The finding's edits as one fix; none when an edit touches a secret or its text would be masked,
// since the report shows no secret and a masked replacement would write "***" into the file.
Fix fixFor(const IndexedText &source, const FileEdits &edits, const Finding &f, const QJsonObject &artifact)
{
    Fix fix;
    QJsonArray replacements;
    for (const Edit *edit : edits.of(f.id)) {
        const Edit &e = *edit;
        if (overlapsSecret(edits.analysis->secrets, e.start, e.end) || maskSecretsInText(e.replacement.str()) != e.replacement.str()) {
            fix.omitted = tr("No fix is given: the edit touches a secret, which this report never shows. "
                             "Apply it with migrate --out or --in-place.");
            return fix;
        }
        QJsonObject deleted = position(source, e.start, "startLine", "startColumn");
        const QJsonObject end = position(source, e.end, "endLine", "endColumn");
        deleted[QStringLiteral("endLine")] = end[QStringLiteral("endLine")];
        deleted[QStringLiteral("endColumn")] = end[QStringLiteral("endColumn")];
        replacements.append(QJsonObject{{QStringLiteral("deletedRegion"), deleted},
                                        {QStringLiteral("insertedContent"), text(QString::fromStdString(e.replacement))}});
    }
    if (replacements.isEmpty())
        return fix;
    const QString newValue = maskSecretsInText(f.newValue);
    fix.fixes.append(QJsonObject{
        {QStringLiteral("description"), text(newValue.isEmpty() ? tr("Apply the migration's edit.") : tr("Write %1.").arg(newValue))},
        {QStringLiteral("artifactChanges"), QJsonArray{QJsonObject{{QStringLiteral("artifactLocation"), artifact},
                                                                   {QStringLiteral("replacements"), replacements}}}},
    });
    return fix;
}

// Still to do in the files as read, as --check lists them: a pending or changed reference.
bool isResult(const ReferenceEntry *reference)
{
    return reference && (reference->state == ReferenceState::Pending || reference->state == ReferenceState::Changed);
}

// The results in order, found as they are written rather than listed ahead (a large file has 100k).
class ResultCursor
{
public:
    struct Result
    {
        std::size_t file;
        const Finding &finding;
        const ReferenceEntry &reference;
    };
    ResultCursor(const ProjectPlan &plan, const Ledger &ledger)
        : m_plan(plan)
        , m_ledger(ledger)
    {
    }
    // The next one; called no more often than there are results.
    Result next()
    {
        for (;; ++m_file, m_references.reset()) {
            if (!m_references) {
                m_references.emplace(m_ledger.files[m_file]);
                m_finding = 0;
            }
            for (const std::vector<Finding> &findings = m_plan.files[m_file].findings; m_finding < findings.size();) {
                const Finding &f = findings[m_finding++];
                if (const ReferenceEntry *r = m_references->next(f); isResult(r))
                    return {m_file, f, *r};
            }
        }
    }

private:
    const ProjectPlan &m_plan;
    const Ledger &m_ledger;
    std::size_t m_file = 0;
    std::size_t m_finding = 0;
    std::optional<ReferenceCursor> m_references;
};

QJsonObject notification(const QJsonObject &artifact, const QJsonObject &place, const Finding &error)
{
    return {{QStringLiteral("level"), QStringLiteral("error")},
            {QStringLiteral("message"), text(error.message())},
            {QStringLiteral("locations"), QJsonArray{physicalLocation(artifact, place)}},
            {QStringLiteral("associatedRule"), QJsonObject{{QStringLiteral("id"), codeName(error.code)}, {QStringLiteral("index"), int(error.code)}}}};
}

} // namespace

void writeSarifReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context)
{
    const QDir base(context.locationBase.isEmpty() ? project.root : context.locationBase);
    const auto artifactOf = [&](const FileAnalysis &file) {
        return artifactLocation(file.source.path.isEmpty() ? file.source.relativePath : base.relativeFilePath(file.source.path));
    };
    // Still to do in the files as read, as --check lists them.
    std::optional<IndexedText> indexed; // of the file whose results are being written
    const auto indexedText = [&](std::size_t i) -> const IndexedText & {
        if (!indexed || indexed->file != i) {
            indexed.reset();
            indexed.emplace(i, project.files[i].source.text);
        }
        return *indexed;
    };
    int resultCount = 0;
    QJsonArray notifications;
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        ReferenceCursor references(ledger.files[i]);
        for (const Finding &f : plan.files[i].findings) {
            const ReferenceEntry *r = references.next(f);
            if (isResult(r))
                ++resultCount;
            else if (f.severity == Severity::Error) // the file could not be read or parsed: never dropped
                notifications.append(notification(artifactOf(project.files[i]), region(&indexedText(i), f.line, f.column), f));
        }
    }
    for (const Finding &f : project.errors)
        notifications.append(notification(artifactLocation(f.file), region(nullptr, 0, 0), f));

    QJsonArray rules;
    for (int c = 0; c < kCodeCount; ++c)
        rules.append(ruleJson(Code(c)));
    QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("apim-gateway-migrator")},
        {QStringLiteral("fullName"), QStringLiteral("APIM Gateway Migrator")},
        {QStringLiteral("version"), context.toolVersion},
        {QStringLiteral("semanticVersion"), context.toolVersion},
        {QStringLiteral("rules"), rules},
    };
#ifdef AGM_HOMEPAGE_URL
    driver[QStringLiteral("informationUri")] = QStringLiteral(AGM_HOMEPAGE_URL);
#endif
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), !ledger.hasUnreadable()}};
    if (!notifications.isEmpty())
        invocation[QStringLiteral("toolExecutionNotifications")] = notifications;
    QJsonObject properties{
        {QStringLiteral("tag"), context.tag},
        {QStringLiteral("tagSource"), context.tagSource},
        {QStringLiteral("summary"), ledger.summary()},
        {QStringLiteral("results"), tr("One result per finding still to do in the files as they were read: a change the tool can make "
                                       "(with its fix), an answer it needs or a change by hand.")},
    };
    if (!context.roots.empty())
        properties[QStringLiteral("roots")] = rootsJson(context.roots);
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("invocations"), QJsonArray{invocation}},
        {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
        {QStringLiteral("properties"), properties},
    };
    const QJsonObject root{{QStringLiteral("$schema"), QString::fromLatin1(kSarifSchema)}, {QStringLiteral("version"), QStringLiteral("2.1.0")}};

    ResultCursor results(plan, ledger);
    FileEdits edits; // results come file by file
    const auto writeResult = [&](JsonOut &out, int indent, int) {
        const auto [fileIndex, f, reference] = results.next();
        const FileAnalysis &file = project.files[fileIndex];
        const QJsonObject artifact = artifactOf(file);
        QJsonObject props{{QStringLiteral("status"), referenceStateName(reference.state)}, {QStringLiteral("step"), stepName(f.step)}};
        if (!f.resource.isEmpty())
            props[QStringLiteral("resource")] = QString(f.resource);
        if (!f.field.isEmpty())
            props[QStringLiteral("field")] = QString(f.field);
        if (!reference.value.isEmpty())
            props[QStringLiteral("write")] = QString(reference.value);
        QJsonObject result{
            {QStringLiteral("ruleId"), codeName(f.code)},
            {QStringLiteral("ruleIndex"), int(f.code)},
            {QStringLiteral("level"), levelOf(f.severity)},
            {QStringLiteral("message"), text(f.message())},
            {QStringLiteral("locations"), QJsonArray{physicalLocation(artifact, region(&indexedText(fileIndex), f.line, f.column))}},
        };
        if (reference.state == ReferenceState::Changed && !file.hasErrors()) {
            edits.index(fileIndex, file, plan.files[fileIndex]);
            const Fix fix = fixFor(indexedText(fileIndex), edits, f, artifact);
            if (!fix.fixes.isEmpty())
                result[QStringLiteral("fixes")] = fix.fixes;
            if (!fix.omitted.isEmpty())
                props[QStringLiteral("fixOmitted")] = fix.omitted;
        }
        result[QStringLiteral("properties")] = props;
        appendNested(out.text, QJsonDocument(result).toJson(QJsonDocument::Indented), indent);
    };
    JsonOut json{device, {}};
    appendStreamedObject(json, 0, root, "runs", 1, [&](JsonOut &out, int indent, int) {
        appendStreamedObject(out, indent, run, "results", resultCount, writeResult);
    });
    json.text += '\n';
    json.drain(true);
}

QByteArray sarifReport(const Project &project, const ProjectPlan &plan, const ReportContext &context)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeSarifReport(buffer, project, plan, buildLedger(project, plan), context);
    return buffer.data();
}

} // namespace agm
