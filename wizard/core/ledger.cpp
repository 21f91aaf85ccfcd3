// SPDX-License-Identifier: MIT
#include "ledger.h"

#include "pluraltext.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace agm {

namespace {

QString tr(const char *text, int n = -1)
{
    const QString translated = translateFirst({"agm::Ledger", "agm", "agm::FileEntry", "agm::OpenItem"}, text, n);
    return n < 0 ? translated : withEnglishPlural(translated, n);
}

// A v1 endpoint that stays: the gateway cannot fetch its configuration from it.
bool keepsV1Endpoint(Code code)
{
    return code == Code::EndpointV1 || code == Code::EndpointCustomDomain || code == Code::EndpointPlaceholder
           || code == Code::EndpointIncomplete || code == Code::UnhandledEndpoint;
}

ReferenceEntry referenceOf(const FilePlan &plan, std::size_t finding, Audience audience)
{
    const Finding &f = plan.findings[finding];
    ReferenceEntry r{f.id, f.code, f.step, ReferenceState::Advice, f.line, f.column, {}, {}};
    const bool wantsChange = f.severity == Severity::Change || f.severity == Severity::Question;
    if (plan.unresolved.contains(f.id)) {
        r.state = ReferenceState::Pending;
        r.reason = isUnhandledReference(f.code)                ? tr("change it by hand: %1").arg(f.message(audience))
                   : f.code == Code::ReferenceOutsideImport ? tr("not checked: %1").arg(f.message(audience))
                                                            : tr("needs your answer: %1").arg(f.message(audience));
        r.value = maskSecretsInText(f.newValue);
    } else if (plan.isApplied(finding)) {
        r.state = ReferenceState::Changed;
    } else if (wantsChange && (plan.skipped.contains(f.id) || plan.leftOut.contains(f.id))) {
        r.state = ReferenceState::LeftOut;
        QString reason = plan.skipped.contains(f.id) ? tr("its step was skipped") : tr("switched off by the operator");
        if (keepsV1Endpoint(f.code))
            reason += QStringLiteral("; ") + tr("left on the v1 URL: this gateway will receive no configuration");
        r.reason = reason;
    } else if (f.code == Code::ImagePinned || f.code == Code::EndpointCustomHost || !f.edits.empty()) {
        // Edits that change nothing: the value is already what v2 needs.
        r.state = ReferenceState::AlreadyV2;
    }
    return r;
}

FileEntry entryOf(const FileAnalysis &file, const FilePlan &plan, Audience audience)
{
    FileEntry entry;
    entry.references.reserve(plan.findings.size());
    entry.file = file.source.relativePath;
    const Finding *error = nullptr;
    bool aboutGateway = !file.endpoints.empty(); // a v2 endpoint is about the gateway, with nothing to report
    for (std::size_t i = 0; i < plan.findings.size(); ++i) {
        const Finding &f = plan.findings[i];
        if (f.severity == Severity::Error) {
            error = error ? error : &f;
            continue;
        }
        aboutGateway = aboutGateway || f.step != Step::Input;
        entry.references.push_back(referenceOf(plan, i, audience));
    }
    const auto any = [&](auto predicate) { return std::any_of(entry.references.begin(), entry.references.end(), predicate); };
    if (error) {
        entry.state = FileState::Unreadable;
        entry.reason = maskSecretsInText(error->message());
        entry.line = error->line;
        entry.column = error->column;
    } else if (any([](const ReferenceEntry &r) { return r.state == ReferenceState::Pending && isUnhandledReference(r.code); })) {
        entry.state = FileState::CannotEdit;
        entry.reason = file.format == Format::Unknown ? tr("this kind of file") : formatTitle(file.format);
    } else if (entry.count(ReferenceState::Pending) > 0) {
        entry.state = FileState::NeedsAnswer;
    } else if (plan.changes()) {
        entry.state = FileState::Migrated;
    } else if (entry.count(ReferenceState::LeftOut) > 0) {
        entry.state = FileState::LeftOut;
    } else if (aboutGateway) {
        entry.state = FileState::AlreadyV2;
    } else {
        entry.state = FileState::NotDeployment;
        const auto note = std::find_if(plan.findings.begin(), plan.findings.end(), [](const Finding &f) { return f.step == Step::Input; });
        entry.reason = note != plan.findings.end() ? note->message() : formatTitle(file.format);
    }
    return entry;
}

QString at(int line, int column)
{
    if (line <= 0)
        return {};
    return column > 0 ? tr(" at line %1:%2").arg(line).arg(column) : tr(" at line %1").arg(line);
}

} // namespace

bool ReferenceEntry::byHand() const
{
    return isUnhandledReference(code);
}

bool ReferenceEntry::leavesV1() const
{
    return (state == ReferenceState::Pending || state == ReferenceState::LeftOut) && keepsV1Endpoint(code);
}

QString OpenItem::describe() const
{
    QString where = file;
    if (line > 0)
        where += column > 0 ? QStringLiteral(":%1:%2").arg(line).arg(column) : QStringLiteral(":%1").arg(line);
    QString out = QStringLiteral("%1: %2").arg(where, text);
    // The value to write, unless the reason already names it.
    if (!value.isEmpty() && !text.contains(value)) {
        while (out.endsWith(QLatin1Char('.')))
            out.chop(1);
        out += QStringLiteral("; ") + tr("write: %1").arg(value);
    }
    return out;
}

std::vector<OpenItem> FileEntry::notDone() const
{
    std::vector<OpenItem> items;
    if (state == FileState::Unreadable)
        items.push_back({file, 0, 0, describe(), {}});
    for (const ReferenceEntry &r : references) {
        if (r.state == ReferenceState::Pending || r.state == ReferenceState::LeftOut)
            items.push_back({file, r.line, r.column, r.reason, r.value});
    }
    return items;
}

std::vector<OpenItem> Ledger::notDone() const
{
    std::vector<OpenItem> items;
    for (const FileEntry &f : files) {
        std::vector<OpenItem> more = f.notDone();
        items.insert(items.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return items;
}

QHash<QString, const ReferenceEntry *> FileEntry::byFindingId() const
{
    QHash<QString, const ReferenceEntry *> index;
    index.reserve(int(references.size()));
    for (const ReferenceEntry &r : references)
        index.insert(r.findingId, &r);
    return index;
}

const ReferenceEntry *ReferenceCursor::next(const Finding &finding)
{
    if (finding.severity == Severity::Error)
        return nullptr;
    if (m_next < m_references.size() && m_references[m_next].findingId == finding.id)
        return &m_references[m_next++];
    // Findings in another order than the ledger's: look it up.
    const auto found = std::find_if(m_references.begin(), m_references.end(), [&](const ReferenceEntry &r) { return r.findingId == finding.id; });
    return found == m_references.end() ? nullptr : &*found;
}

int FileEntry::count(ReferenceState wanted) const
{
    return int(std::count_if(references.begin(), references.end(), [&](const ReferenceEntry &r) { return r.state == wanted; }));
}

QString FileEntry::describe() const
{
    const int pending = count(ReferenceState::Pending), leftOut = count(ReferenceState::LeftOut);
    const bool v1Stays = std::any_of(references.begin(), references.end(), [](const ReferenceEntry &r) { return r.leavesV1(); });
    QString text;
    switch (state) {
    case FileState::Migrated:
        text = tr("migrated: %n change(s)", count(ReferenceState::Changed));
        if (leftOut > 0)
            text += QStringLiteral(", ") + tr("%n left out", leftOut);
        break;
    case FileState::AlreadyV2: text = tr("already on v2: nothing to change"); break;
    case FileState::NeedsAnswer: {
        const auto notChecked = int(std::count_if(references.begin(), references.end(), [](const ReferenceEntry &r) {
            return r.state == ReferenceState::Pending && r.code == Code::ReferenceOutsideImport;
        }));
        text = notChecked == pending ? tr("not checked: it uses %n file(s) outside the import", pending)
                                     : tr("not migrated yet: %n reference(s) waiting for your answer", pending);
        break;
    }
    case FileState::LeftOut: text = tr("left out by the operator: %n change(s) not made", leftOut); break;
    case FileState::Unreadable: {
        QString why = reason;
        while (line > 0 && why.endsWith(QLatin1Char('.')))
            why.chop(1); // "... still migrated at line 7:20", not "migrated. at line"
        return tr("not migrated: %1%2").arg(why, at(line, column));
    }
    case FileState::NotDeployment: return tr("not a deployment file (%1)").arg(reason);
    case FileState::CannotEdit: text = tr("not migrated: %n gateway reference(s) to change by hand (%1 is not edited here)", pending).arg(reason); break;
    case FileState::SameFile: return tr("the same file as %1 (a link): read and migrated once, as that file").arg(reason);
    }
    if (v1Stays)
        text += QStringLiteral("; ") + tr("left on the v1 URL: this gateway will receive no configuration");
    return text;
}

int Ledger::count(FileState state) const
{
    return int(std::count_if(files.begin(), files.end(), [&](const FileEntry &f) { return f.state == state; }));
}

int Ledger::count(ReferenceState state) const
{
    int n = 0;
    for (const FileEntry &f : files)
        n += f.count(state);
    return n;
}

int Ledger::openItems() const
{
    int n = count(ReferenceState::Pending);
    for (const FileEntry &f : files)
        n += f.state == FileState::Unreadable && f.count(ReferenceState::Pending) == 0 ? 1 : 0;
    return n;
}

bool Ledger::hasUnreadable() const
{
    return count(FileState::Unreadable) > 0;
}

bool Ledger::allClear() const
{
    return openItems() == 0 && count(FileState::Migrated) == 0;
}

QString Ledger::summary() const
{
    QStringList parts;
    const FileState order[] = {FileState::Migrated, FileState::NeedsAnswer, FileState::CannotEdit, FileState::Unreadable,
                               FileState::LeftOut, FileState::AlreadyV2, FileState::NotDeployment, FileState::SameFile};
    for (FileState state : order) {
        if (const int n = count(state))
            parts << QStringLiteral("%1 %2").arg(n).arg(fileStateTitle(state));
    }
    const int n = int(files.size());
    return tr("%n file(s)", n) + (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

Ledger buildLedger(const Project &project, const ProjectPlan &plan, Audience audience)
{
    Ledger ledger;
    ledger.files.reserve(project.files.size() + project.errors.size() + project.sameFiles.size());
    for (std::size_t i = 0; i < project.files.size() && i < plan.files.size(); ++i)
        ledger.files.push_back(entryOf(project.files[i], plan.files[i], audience));
    for (const Finding &f : project.errors)
        ledger.files.push_back({f.file, FileState::Unreadable, f.message(), 0, 0, {}});
    const QDir root(project.root);
    for (const SameFile &same : project.sameFiles)
        ledger.files.push_back({root.relativeFilePath(same.path), FileState::SameFile, root.relativeFilePath(same.sameAs), 0, 0, {}});
    return ledger;
}

std::vector<RootSummary> summarizeRoots(const Project &project, const Ledger &ledger, const QStringList &roots)
{
    // Absolute paths as importPaths reached them: folders canonical, files as found under them.
    const auto absolute = [](const QString &path) {
        const QFileInfo info(path);
        return info.isDir() ? info.canonicalFilePath() : info.absoluteFilePath();
    };
    std::vector<RootSummary> summaries;
    QStringList prefixes;
    for (const QString &root : roots) {
        summaries.push_back({root, 0, 0, 0});
        prefixes << absolute(root);
    }
    const QDir projectRoot(project.root);
    const std::size_t inputErrorsEnd = project.files.size() + project.errors.size();
    for (std::size_t i = 0; i < ledger.files.size(); ++i) {
        const FileEntry &f = ledger.files[i];
        // An input that could not be read at all keeps the path as given; the others are relative to the project.
        const QString path = i >= project.files.size() && i < inputErrorsEnd ? absolute(f.file) : projectRoot.absoluteFilePath(f.file);
        for (qsizetype r = 0; r < prefixes.size(); ++r) {
            const QString &prefix = prefixes[r];
            if (path == prefix || path.startsWith(prefix.endsWith(QLatin1Char('/')) ? prefix : prefix + QLatin1Char('/'))) {
                RootSummary &s = summaries[std::size_t(r)];
                ++s.files;
                s.pending += f.count(ReferenceState::Pending) + f.count(ReferenceState::Changed);
                s.errors += f.state == FileState::Unreadable ? 1 : 0;
                break;
            }
        }
    }
    return summaries;
}

QString fileStateName(FileState state)
{
    switch (state) {
    case FileState::Migrated: return QStringLiteral("migrated");
    case FileState::AlreadyV2: return QStringLiteral("already-v2");
    case FileState::NeedsAnswer: return QStringLiteral("needs-answer");
    case FileState::LeftOut: return QStringLiteral("left-out");
    case FileState::Unreadable: return QStringLiteral("unreadable");
    case FileState::NotDeployment: return QStringLiteral("not-deployment");
    case FileState::CannotEdit: return QStringLiteral("cannot-edit");
    case FileState::SameFile: return QStringLiteral("same-file");
    }
    return {};
}

QString fileStateTitle(FileState state)
{
    switch (state) {
    case FileState::Migrated: return tr("migrated");
    case FileState::AlreadyV2: return tr("already on v2");
    case FileState::NeedsAnswer: return tr("waiting for an answer");
    case FileState::LeftOut: return tr("left out");
    case FileState::Unreadable: return tr("could not be read");
    case FileState::NotDeployment: return tr("not about the gateway");
    case FileState::CannotEdit: return tr("to change by hand");
    case FileState::SameFile: return tr("same file as another input");
    }
    return {};
}

QString referenceStateName(ReferenceState state)
{
    switch (state) {
    case ReferenceState::Changed: return QStringLiteral("changed");
    case ReferenceState::AlreadyV2: return QStringLiteral("already-v2");
    case ReferenceState::Pending: return QStringLiteral("pending");
    case ReferenceState::LeftOut: return QStringLiteral("left-out");
    case ReferenceState::Advice: return QStringLiteral("advice");
    }
    return {};
}

QString referenceStateTitle(ReferenceState state)
{
    switch (state) {
    case ReferenceState::Changed: return tr("changed");
    case ReferenceState::AlreadyV2: return tr("already on v2");
    case ReferenceState::Pending: return tr("pending");
    case ReferenceState::LeftOut: return tr("left out");
    case ReferenceState::Advice: return tr("advice");
    }
    return {};
}

} // namespace agm
