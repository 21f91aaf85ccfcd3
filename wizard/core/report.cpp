// SPDX-License-Identifier: MIT
#include "report.h"

#include "jsonstream.h"
#include "ledger.h"
#include "linediff.h"
#include "pluraltext.h"
#include "secretmask.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <utility>

namespace agm {

namespace {

// Every value an HTML report shows is masked before it is escaped: the report is masked again as
// it is written, but by then a quote escaped as &quot; hides a quoted secret from the masker.
QString esc(const QString &text)
{
    return maskSecretsInText(text).toHtmlEscaped();
}

// A file's unified diff with its secrets masked, handed to `sink` one hunk at a time and worked
// out a piece of the file at a time.
void fileDiff(const FileAnalysis &file, const FilePlan &plan, const std::function<void(std::string_view)> &sink)
{
    // A file with errors was not fully understood, so its secrets may not all be known: no diff.
    if (file.hasErrors() || !plan.changes())
        return;
    UnifiedDiffWriter diff(QStringLiteral("a/") + shownPath(file.source.relativePath), QStringLiteral("b/") + shownPath(file.source.relativePath), sink);
    forEachMaskedPiece(file, plan, [&diff](std::string &&original, std::string &&migrated) { diff.add(original, migrated); });
}

// A report's text written in pieces of about 32k characters, each masked on its own: callers drain
// only after whole lines (a finding's row, a hunk), so no secret's shape straddles two pieces, and
// a small report is masked as one piece, exactly as before.
class ReportOut
{
public:
    explicit ReportOut(QIODevice &device)
        : m_device(device)
    {
    }
    template<typename Text>
    ReportOut &operator+=(const Text &text)
    {
        m_text += text;
        return *this;
    }
    void drain(bool everything = false)
    {
        if (m_text.isEmpty() || (!everything && m_text.size() < (32 << 10)))
            return;
        m_device.write(maskSecretsInText(m_text).toUtf8());
        m_text.resize(0); // keeps its capacity for the next piece
    }

private:
    QIODevice &m_device;
    QString m_text;
};

QByteArray writtenToBuffer(const std::function<void(QIODevice &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    return buffer.data();
}

// Errors are no references: they make the file unreadable.
QString statusText(const ReferenceEntry *r)
{
    return r ? referenceStateTitle(r->state) : QCoreApplication::translate("agm::Report", "error");
}

QString checksNotRun()
{
    return QCoreApplication::translate("agm::Report", "The connectivity checks were not run: DNS, TCP, TLS and HTTP to the v2 configuration host are unverified.");
}

// The open items first: what could not be read, what needs an answer or a change by hand.
QStringList openItems(const Ledger &ledger)
{
    QStringList items;
    for (const FileEntry &f : ledger.files) {
        if (f.state == FileState::Unreadable || f.state == FileState::CannotEdit || f.state == FileState::NeedsAnswer
            || f.count(ReferenceState::LeftOut) > 0)
            items << QStringLiteral("%1: %2").arg(shownPath(f.file), f.describe());
    }
    return items;
}

QString layerCell(const EndpointCheck &check, CheckLayer layer)
{
    const LayerCheck *l = check.layer(layer);
    return l ? checkStatusName(l->status) : QStringLiteral("-");
}

// Checks that could not run are no pass: say why, and whether the operator acknowledged it.
QString checksNotRunText(const CheckRun &run)
{
    QString text = QCoreApplication::translate("agm::Report", "The connectivity checks could not run: %1.").arg(run.notRun);
    if (run.acknowledged)
        text += QLatin1Char(' ') + QCoreApplication::translate("agm::Report", "Acknowledged by the operator, who exported anyway.");
    return text;
}

QString checksMarkdown(const CheckRun &run)
{
    QString md = QStringLiteral("## ") + QCoreApplication::translate("agm::Report", "Connectivity checks") + QStringLiteral("\n\n");
    if (!run.notRun.isEmpty())
        return md + QStringLiteral("**%1**\n\n").arg(checksNotRunText(run));
    md += QCoreApplication::translate("agm::Report", "Run %1 from the computer that ran the wizard (%2): %3.\n\n")
              .arg(run.startedAt.toUTC().toString(Qt::ISODate), run.resolver.isEmpty() ? QCoreApplication::translate("agm::Report", "system resolver") : run.resolver,
                   checkRunSummary(run));
    if (run.anyFailed() && run.acknowledged)
        md += QStringLiteral("**") + QCoreApplication::translate("agm::Report", "A check failed; the operator acknowledged it and exported anyway.") + QStringLiteral("**\n\n");
    md += QCoreApplication::translate("agm::Report", "| Endpoint | Status | DNS | TCP | TLS | HTTP | Proxy | Details |") + QStringLiteral("\n|---|---|---|---|---|---|---|---|\n");
    for (const EndpointCheck &c : run.results) {
        QStringList details;
        for (const LayerCheck &l : c.layers) {
            if (l.status != CheckStatus::Pass || l.layer == CheckLayer::Tls)
                details << QStringLiteral("%1: %2").arg(checkLayerTitle(l.layer), l.detail);
        }
        if (!c.hint().isEmpty())
            details << QCoreApplication::translate("agm::Report", "Hint: %1").arg(c.hint());
        QString cell = details.join(QStringLiteral("<br>"));
        cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
        md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(c.name(), c.cancelled ? QCoreApplication::translate("agm::Report", "cancelled") : checkStatusName(c.status), layerCell(c, CheckLayer::Dns),
                       layerCell(c, CheckLayer::Tcp), layerCell(c, CheckLayer::Tls), layerCell(c, CheckLayer::Http),
                       c.proxyUsed ? c.proxy : QCoreApplication::translate("agm::Report", "none"), cell);
    }
    return md + QLatin1Char('\n');
}

QString checksHtml(const CheckRun &run)
{
    QString h = QStringLiteral("<h2>") + QCoreApplication::translate("agm::Report", "Connectivity checks") + QStringLiteral("</h2>\n<p>")
               + QCoreApplication::translate("agm::Report", "Run %1 from the computer that ran the wizard (%2): %3.\n\n").trimmed().arg(esc(run.startedAt.toUTC().toString(Qt::ISODate)),
                         esc(run.resolver.isEmpty() ? QCoreApplication::translate("agm::Report", "system resolver") : run.resolver), esc(checkRunSummary(run)))
               + QStringLiteral("</p>\n");
    if (!run.notRun.isEmpty())
        return QStringLiteral("<h2>") + QCoreApplication::translate("agm::Report", "Connectivity checks") + QStringLiteral("</h2>\n<p class=\"error\">%1</p>\n").arg(esc(checksNotRunText(run)));
    if (run.anyFailed() && run.acknowledged)
        h += QStringLiteral("<p class=\"error\">") + esc(QCoreApplication::translate("agm::Report", "A check failed; the operator acknowledged it and exported anyway.")) + QStringLiteral("</p>\n");
    h += QStringLiteral("<table><tr>");
    for (const QString &column : QCoreApplication::translate("agm::Report", "| Endpoint | Status | DNS | TCP | TLS | HTTP | Proxy | Details |").split(QLatin1Char('|'), Qt::SkipEmptyParts))
        h += QStringLiteral("<th>%1</th>").arg(esc(column.trimmed()));
    h += QStringLiteral("</tr>\n");
    for (const EndpointCheck &c : run.results) {
        QString details;
        for (const LayerCheck &l : c.layers)
            details += QStringLiteral("%1: %2<br>").arg(checkLayerTitle(l.layer), esc(l.detail));
        if (!c.hint().isEmpty())
            details += QStringLiteral("<b>") + esc(QCoreApplication::translate("agm::Report", "Hint: %1").arg(c.hint())) + QStringLiteral("</b>");
        const QString cls = c.status == CheckStatus::Fail && !c.cancelled ? QStringLiteral("error")
                            : c.status == CheckStatus::Warn                ? QStringLiteral("question")
                                                                           : QStringLiteral("change");
        h += QStringLiteral("<tr><td><code>%1</code></td><td class=\"%2\">%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>\n")
                 .arg(esc(c.name()), cls, c.cancelled ? QCoreApplication::translate("agm::Report", "cancelled") : checkStatusName(c.status), layerCell(c, CheckLayer::Dns),
                      layerCell(c, CheckLayer::Tcp), layerCell(c, CheckLayer::Tls), layerCell(c, CheckLayer::Http),
                      esc(c.proxyUsed ? c.proxy : QCoreApplication::translate("agm::Report", "none")), details);
    }
    return h + QStringLiteral("</table>\n");
}

} // namespace

void writeUnifiedPatch(QIODevice &device, const Project &project, const ProjectPlan &plan)
{
    for (std::size_t i = 0; i < project.files.size(); ++i)
        fileDiff(project.files[i], plan.files[i], [&device](std::string_view piece) { device.write(piece.data(), qint64(piece.size())); });
}

QByteArray unifiedPatch(const Project &project, const ProjectPlan &plan)
{
    return writtenToBuffer([&](QIODevice &device) { writeUnifiedPatch(device, project, plan); });
}

void writeJsonReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context)
{
    JsonOut json{device, {}};
    int changedFiles = 0, errors = int(project.errors.size());
    for (const FilePlan &p : plan.files) {
        changedFiles += p.changes() ? 1 : 0;
        errors += int(std::count_if(p.findings.begin(), p.findings.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
    }
    auto findingJson = [&context](ReferenceCursor &references, const Finding &f) {
        QJsonObject o;
        o[QStringLiteral("id")] = f.id.toString();
        o[QStringLiteral("code")] = codeName(f.code);
        o[QStringLiteral("step")] = stepName(f.step);
        o[QStringLiteral("severity")] = severityName(f.severity);
        o[QStringLiteral("line")] = f.line;
        o[QStringLiteral("column")] = f.column;
        o[QStringLiteral("resource")] = QString(f.resource);
        o[QStringLiteral("field")] = QString(f.field);
        o[QStringLiteral("message")] = f.message(context.audience);
        o[QStringLiteral("old")] = maskSecretsInText(f.oldValue);
        o[QStringLiteral("new")] = maskSecretsInText(f.newValue);
        const ReferenceEntry *r = references.next(f);
        o[QStringLiteral("status")] = r ? referenceStateName(r->state) : QStringLiteral("error");
        if (r && !r->reason.isEmpty())
            o[QStringLiteral("reason")] = QString(r->reason);
        o[QStringLiteral("doc")] = f.docUrl();
        return o;
    };
    const auto writeFile = [&](JsonOut &out, int indent, int i) {
        const FileAnalysis &file = project.files[std::size_t(i)];
        const FilePlan &p = plan.files[std::size_t(i)];
        const FileEntry &entry = ledger.files[std::size_t(i)];
        QJsonObject o;
        o[QStringLiteral("path")] = file.source.relativePath;
        o[QStringLiteral("format")] = formatName(file.format);
        o[QStringLiteral("state")] = fileStateName(entry.state);
        o[QStringLiteral("stateText")] = entry.describe();
        o[QStringLiteral("encoding")] = file.source.encodingName();
        o[QStringLiteral("eol")] = file.source.eolName();
        o[QStringLiteral("changed")] = p.changes();
        o[QStringLiteral("edits")] = int(p.edits.size());
        ReferenceCursor references(entry);
        appendStreamedObject(out, indent, o, "findings", int(p.findings.size()), [&](JsonOut &text, int depth, int n) {
            appendNested(text.text, QJsonDocument(findingJson(references, p.findings[std::size_t(n)])).toJson(QJsonDocument::Indented), depth);
        });
    };
    QJsonArray inputErrors;
    for (const Finding &f : project.errors) {
        QJsonObject o;
        o[QStringLiteral("path")] = QString(f.file);
        o[QStringLiteral("state")] = fileStateName(FileState::Unreadable);
        o[QStringLiteral("message")] = f.message(context.audience);
        inputErrors.append(o);
    }
    QJsonArray sameFiles;
    for (const FileEntry &f : ledger.files) {
        if (f.state != FileState::SameFile)
            continue;
        QJsonObject o;
        o[QStringLiteral("path")] = f.file;
        o[QStringLiteral("sameAs")] = f.reason;
        o[QStringLiteral("state")] = fileStateName(f.state);
        o[QStringLiteral("stateText")] = f.describe();
        sameFiles.append(o);
    }
    QJsonObject summary;
    summary[QStringLiteral("files")] = int(project.files.size());
    summary[QStringLiteral("filesChanged")] = changedFiles;
    summary[QStringLiteral("edits")] = plan.editCount();
    summary[QStringLiteral("unresolved")] = plan.unresolvedCount();
    summary[QStringLiteral("errors")] = errors;
    QJsonObject states;
    for (FileState state : {FileState::Migrated, FileState::AlreadyV2, FileState::NeedsAnswer, FileState::LeftOut, FileState::Unreadable,
                            FileState::NotDeployment, FileState::CannotEdit, FileState::SameFile})
        states[fileStateName(state)] = ledger.count(state);
    summary[QStringLiteral("states")] = states;
    summary[QStringLiteral("pending")] = ledger.count(ReferenceState::Pending);
    summary[QStringLiteral("leftOut")] = ledger.count(ReferenceState::LeftOut);
    summary[QStringLiteral("openItems")] = ledger.openItems();
    summary[QStringLiteral("allClear")] = ledger.allClear();
    summary[QStringLiteral("text")] = ledger.summary();
    QJsonObject root;
    root[QStringLiteral("tool")] = QStringLiteral("apim-gateway-migrator");
    root[QStringLiteral("version")] = context.toolVersion;
    root[QStringLiteral("tag")] = context.tag;
    root[QStringLiteral("tagSource")] = context.tagSource;
    root[QStringLiteral("summary")] = summary;
    root[QStringLiteral("inputErrors")] = inputErrors;
    root[QStringLiteral("sameFiles")] = sameFiles;
    root[QStringLiteral("checks")] = context.checks ? QJsonValue(checkRunJson(*context.checks)) : QJsonValue(checksNotRun());
    if (!context.recipe.isEmpty())
        root[QStringLiteral("recipe")] = context.recipe;
    if (!context.roots.empty())
        root[QStringLiteral("roots")] = rootsJson(context.roots);
    appendStreamedObject(json, 0, root, "files", int(project.files.size()), writeFile);
    json.text += '\n';
    json.drain(true);
}

QJsonArray rootsJson(const std::vector<RootSummary> &roots)
{
    QJsonArray array;
    for (const RootSummary &r : roots) {
        QJsonObject o;
        o[QStringLiteral("path")] = r.path;
        o[QStringLiteral("files")] = r.files;
        o[QStringLiteral("pending")] = r.pending;
        o[QStringLiteral("errors")] = r.errors;
        o[QStringLiteral("checkExitCode")] = r.checkExitCode();
        array.append(o);
    }
    return array;
}

QByteArray jsonReport(const Project &project, const ProjectPlan &plan, const ReportContext &context)
{
    return writtenToBuffer([&](QIODevice &device) { writeJsonReport(device, project, plan, buildLedger(project, plan, context.audience), context); });
}

QByteArray markdownReport(const Project &project, const ProjectPlan &plan, const ReportContext &context)
{
    return writtenToBuffer([&](QIODevice &device) { writeMarkdownReport(device, project, plan, buildLedger(project, plan, context.audience), context); });
}

QByteArray htmlReport(const Project &project, const ProjectPlan &plan, const ReportContext &context)
{
    return writtenToBuffer([&](QIODevice &device) { writeHtmlReport(device, project, plan, buildLedger(project, plan, context.audience), context); });
}

void writeMarkdownReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context)
{
    ReportOut md(device);
    md += QStringLiteral("# ") + QCoreApplication::translate("agm::Report", "Self-hosted gateway migration report") + QStringLiteral("\n\n");
    md += QCoreApplication::translate("agm::Report", "- Tool: apim-gateway-migrator %1\n").arg(context.toolVersion);
    md += QCoreApplication::translate("agm::Report", "- Target image tag: `%1` (tag list: %2)\n").arg(context.tag, context.tagSource);
    md += QCoreApplication::translate("agm::Report", "- Files: %1, edits: %2, open questions: %3\n")
              .arg(project.files.size())
              .arg(plan.editCount())
              .arg(plan.unresolvedCount());
    md += QStringLiteral("- %1\n\n").arg(QCoreApplication::translate("agm::Report", "Status: %1").arg(ledger.summary()));
    const QStringList open = openItems(ledger);
    if (!open.isEmpty()) {
        md += QStringLiteral("## ") + QCoreApplication::translate("agm::Report", "Not done") + QStringLiteral("\n\n");
        for (const QString &item : open)
            md += QStringLiteral("- **%1**\n").arg(item);
        md += QLatin1Char('\n');
    }
    md += context.checks ? checksMarkdown(*context.checks) : QStringLiteral("## ") + QCoreApplication::translate("agm::Report", "Connectivity checks") + QStringLiteral("\n\n") + checksNotRun() + QStringLiteral("\n\n");
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        const FilePlan &p = plan.files[i];
        md += QCoreApplication::translate("agm::Report", "## `%1`\n\n%2, %3, %4 line endings. ")
                  .arg(shownPath(file.source.relativePath), formatTitle(file.format), file.source.encodingName(), file.source.eolName());
        md += QStringLiteral("**%1**\n\n").arg(ledger.files[i].describe());
        ReferenceCursor references(ledger.files[i]);
        if (!p.findings.empty()) {
            md += QCoreApplication::translate("agm::Report", "| Line | Step | Status | Where | Change | Why |") + QStringLiteral("\n|---|---|---|---|---|---|\n");
            for (const Finding &f : p.findings) {
                const ReferenceEntry *r = references.next(f);
                QString change;
                if (!f.oldValue.isEmpty() || !f.newValue.isEmpty())
                    change = QStringLiteral("`%1` → `%2`").arg(maskSecretsInText(f.oldValue), maskSecretsInText(f.newValue));
                QString where = f.resource;
                if (!f.field.isEmpty())
                    where += QStringLiteral(" `%1`").arg(f.field);
                QString why = f.message(context.audience);
                if (!f.docUrl().isEmpty())
                    why += QStringLiteral(" ([%1](%2))").arg(QCoreApplication::translate("agm::Report", "docs"), f.docUrl());
                md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                          .arg(f.line)
                          .arg(stepName(f.step), statusText(r), where, change, why.replace(QLatin1Char('|'), QLatin1String("\\|")));
                md.drain();
            }
            md += QLatin1Char('\n');
        }
        bool diffOpen = false;
        fileDiff(file, p, [&](std::string_view piece) {
            if (!std::exchange(diffOpen, true))
                md += QStringLiteral("```diff\n");
            md += QString::fromUtf8(piece.data(), qsizetype(piece.size()));
            md.drain();
        });
        if (diffOpen)
            md += QStringLiteral("```\n\n");
    }
    md.drain(true);
}

void writeHtmlReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context)
{
    ReportOut h(device);
    // The report's language is the program's: the translator's language code, English without one.
    const QLocale locale;
    const QString lang = locale.language() == QLocale::C ? QStringLiteral("en") : locale.bcp47Name();
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title><style>")
             .arg(esc(lang), esc(QCoreApplication::translate("agm::Report", "Self-hosted gateway migration report")))
         + QStringLiteral(""
                        "body{font-family:system-ui,sans-serif;margin:2em;max-width:75em;color:#1b1b1b}"
                        "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}"
                        "th{background:#f0f0f0}code{background:#f4f4f4;padding:0 .2em}"
                        "pre{background:#f8f8f8;border:1px solid #ddd;padding:.5em;overflow-x:auto}"
                        ".add{background:#e6ffec}.del{background:#ffebe9}.hunk{color:#0550ae}"
                        ".change{color:#116329}.question{color:#9a6700;font-weight:bold}.error{color:#cf222e;font-weight:bold}"
                        "</style></head><body>\n");
    h += QStringLiteral("<h1>") + QCoreApplication::translate("agm::Report", "Self-hosted gateway migration report") + QStringLiteral("</h1>\n<ul>");
    h += QCoreApplication::translate("agm::Report", "<li>Tool: apim-gateway-migrator %1</li>").arg(esc(context.toolVersion));
    h += QCoreApplication::translate("agm::Report", "<li>Target image tag: <code>%1</code> (tag list: %2)</li>").arg(esc(context.tag), esc(context.tagSource));
    h += QCoreApplication::translate("agm::Report", "<li>Files: %1, edits: %2, open questions: %3</li>")
             .arg(project.files.size())
             .arg(plan.editCount())
             .arg(plan.unresolvedCount());
    h += QStringLiteral("<li>%1</li></ul>\n").arg(esc(QCoreApplication::translate("agm::Report", "Status: %1").arg(ledger.summary())));
    const QStringList open = openItems(ledger);
    if (!open.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(QCoreApplication::translate("agm::Report", "Not done")) + QStringLiteral("</h2>\n<ul>");
        for (const QString &item : open)
            h += QStringLiteral("<li class=\"error\">%1</li>").arg(esc(item));
        h += QStringLiteral("</ul>\n");
    }
    h += context.checks ? checksHtml(*context.checks)
                        : QStringLiteral("<h2>%1</h2>\n<p class=\"question\">%2</p>\n").arg(esc(QCoreApplication::translate("agm::Report", "Connectivity checks")), esc(checksNotRun()));
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        const FilePlan &p = plan.files[i];
        h += QCoreApplication::translate("agm::Report", "<h2><code>%1</code></h2>\n<p>%2, %3, %4 line endings. %5</p>\n")
                 .arg(esc(shownPath(file.source.relativePath)), formatTitle(file.format), file.source.encodingName(), file.source.eolName(),
                      QStringLiteral("<b>%1</b>").arg(esc(ledger.files[i].describe())));
        ReferenceCursor references(ledger.files[i]);
        if (!p.findings.empty()) {
            h += QCoreApplication::translate("agm::Report", "<table><tr><th>Line</th><th>Step</th><th>Status</th><th>Where</th><th>Change</th><th>Why</th></tr>\n");
            for (const Finding &f : p.findings) {
                const ReferenceEntry *r = references.next(f);
                const QString cls = !r || (r->state == ReferenceState::Pending && f.severity != Severity::Question) ? QStringLiteral("error")
                                    : r->state == ReferenceState::Pending || r->state == ReferenceState::LeftOut ? QStringLiteral("question")
                                                                                                                 : QStringLiteral("change");
                QString change;
                if (!f.oldValue.isEmpty() || !f.newValue.isEmpty())
                    change = QStringLiteral("<code>%1</code> → <code>%2</code>").arg(esc(f.oldValue), esc(f.newValue));
                QString why = esc(f.message(context.audience));
                if (!f.docUrl().isEmpty())
                    why += QStringLiteral(" <a href=\"%1\">%2</a>").arg(esc(f.docUrl()), esc(QCoreApplication::translate("agm::Report", "docs")));
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5 <code>%6</code></td><td>%7</td><td>%8</td></tr>\n")
                         .arg(f.line)
                         .arg(stepName(f.step), cls, statusText(r), esc(f.resource), esc(f.field), change, why);
                h.drain();
            }
            h += QStringLiteral("</table>\n");
        }
        bool diffOpen = false;
        fileDiff(file, p, [&](std::string_view piece) {
            if (!std::exchange(diffOpen, true))
                h += QStringLiteral("<pre>");
            // Every piece ends with its last line's newline.
            QString lines = QString::fromUtf8(piece.data(), qsizetype(piece.size()));
            lines.chop(1);
            for (const QString &line : lines.split(QLatin1Char('\n'))) {
                const QString cls = line.startsWith(QLatin1String("@@")) ? QStringLiteral("hunk")
                                    : line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++")) ? QStringLiteral("add")
                                    : line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---")) ? QStringLiteral("del")
                                                                                                                 : QString();
                h += cls.isEmpty() ? esc(line) + QLatin1Char('\n')
                                   : QStringLiteral("<span class=\"%1\">%2</span>\n").arg(cls, esc(line));
            }
            h.drain();
        });
        if (diffOpen)
            h += QStringLiteral("\n</pre>\n"); // the empty line after the diff's last newline, as always
    }
    h += QStringLiteral("</body></html>\n");
    h.drain(true);
}

QByteArray sha256Manifest(const QString &root, const QStringList &files, QString &error)
{
    QByteArray out;
    const QDir dir(root);
    for (const QString &file : files) {
        QFile f(file);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
            // A manifest without the file would vouch for less than was written, silently.
            error = QCoreApplication::translate("agm::Core", "Cannot read %1 to write its checksum: %2.")
                        .arg(QDir::toNativeSeparators(file), f.errorString());
            return {};
        }
        QByteArray name = dir.relativeFilePath(file).toUtf8();
        // sha256sum's own escaping: otherwise a newline in a name forges a line of the manifest.
        const bool escaped = name.contains('\\') || name.contains('\n') || name.contains('\r');
        if (escaped)
            name.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r");
        out += (escaped ? "\\" : "") + hash.result().toHex() + "  " + name + '\n';
    }
    return out;
}

} // namespace agm
