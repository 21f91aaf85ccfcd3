// SPDX-License-Identifier: MIT
#pragma once

// The ledger: one truth about where every input and every gateway reference stands after a plan.
// Exit codes, --check, --json, every report and every wizard page read their status from here and
// compute none of their own, so no surface can say "nothing to migrate" while another one knows better.

#include "project.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <vector>

namespace agm {

// Every input file ends in exactly one state.
enum class FileState {
    Migrated,      // the plan changes it
    AlreadyV2,     // about the gateway, nothing left to change
    NeedsAnswer,   // a reference waits for the operator's answer
    LeftOut,       // changes the operator switched off or whose step was skipped, and nothing else
    Unreadable,    // could not be loaded or parsed: why and where
    NotDeployment, // nothing about the gateway in it
    CannotEdit,    // holds gateway references in a format or shape the tool cannot edit
    SameFile,      // the same file as another input (a link): read, migrated and written once, as that one
};

// Every gateway reference (image, endpoint, security, token, legacy setting key) is in one state.
enum class ReferenceState {
    Changed,   // an edit of the plan resolves it
    AlreadyV2, // already what v2 needs
    Pending,   // needs an answer or a change by hand: the reason says which
    LeftOut,   // the operator switched it off or skipped its step
    Advice,    // a warning or note with nothing to edit
};

struct ReferenceEntry
{
    FindingId findingId;
    Code code = Code::LoadFailed;
    Step step = Step::Input;
    ReferenceState state = ReferenceState::Advice; // beside the other bytes: 40 bytes an entry, not 48
    int line = 0;
    int column = 0;
    CompactString reason; // Pending and LeftOut: what it means and what to do (translated, secrets masked)
    CompactString value;  // Pending and LeftOut: the value to write, when known (secrets masked)

    bool byHand() const;   // no analyser can edit it: a change by hand, never a question
    bool leavesV1() const; // a v1 configuration URL that stays: that gateway receives no configuration
};

// One thing that is not done: a file that could not be read, or a reference pending or left out.
struct OpenItem
{
    QString file;
    int line = 0; // the reference's place; 0 for a file (its text says where it failed)
    int column = 0;
    QString text;  // the file's describe() or the reference's reason
    QString value; // the value to write by hand, when known

    // "k8s/gw.yaml:3:7: change it by hand: ...; write: gateway:2.11.1" (translated).
    QString describe() const;
};

struct FileEntry
{
    QString file; // relative path; for an input that could not be read at all, the path as given
    FileState state = FileState::NotDeployment;
    QString reason; // Unreadable: why; NotDeployment and CannotEdit: what the file is (translated); SameFile: the input it is
    int line = 0;   // Unreadable: where
    int column = 0;
    std::vector<ReferenceEntry> references; // one per finding of the file's plan that is not an error, in its order

    int count(ReferenceState wanted) const;
    // Each finding's reference by finding id (an error has none): how a surface looks findings up.
    QHash<QString, const ReferenceEntry *> byFindingId() const;
    // "not migrated: <reason> at line 3:7", "left on the v1 URL: ..." and so on, for people.
    QString describe() const;
    std::vector<OpenItem> notDone() const;
};

// A file's findings in their order beside their references, without byFindingId's index: what a
// writer walking 100k findings of one file uses.
class ReferenceCursor
{
public:
    explicit ReferenceCursor(const FileEntry &entry)
        : m_references(entry.references)
    {
    }
    // The reference of `finding`, the next of the file's plan in order; null for an error.
    const ReferenceEntry *next(const Finding &finding);

private:
    const std::vector<ReferenceEntry> &m_references;
    std::size_t m_next = 0;
};

struct Ledger
{
    std::vector<FileEntry> files; // Project::files order, then the inputs that could not be read at all, then the same files

    int count(FileState state) const;
    int count(ReferenceState state) const;
    // Pending references, plus unreadable files and files the tool cannot edit.
    int openItems() const;
    bool hasUnreadable() const;
    // Nothing pending, nothing unreadable, nothing left to write: the only true "nothing to migrate".
    bool allClear() const;
    // Everything not done, file by file: what every surface lists under "not done".
    std::vector<OpenItem> notDone() const;
    template<typename Predicate>
    int countReferences(Predicate predicate) const
    {
        int n = 0;
        for (const FileEntry &f : files)
            n += int(std::count_if(f.references.begin(), f.references.end(), predicate));
        return n;
    }
    // "12 files: 3 migrated, 1 needs an answer, 1 could not be read, ..." (translated).
    QString summary() const;
};

// One of several roots (folders or files) on one command line, and where its files stand.
struct RootSummary
{
    QString path;    // as given
    int files = 0;   // the ledger's entries under it
    int pending = 0; // references still to do in the files as they are: changes the tool can make, answers, changes by hand
    int errors = 0;  // files that could not be read

    // What `migrate --check` on this root alone exits with.
    int checkExitCode() const { return errors > 0 ? 2 : pending > 0 ? 1 : 0; }
};

// Each entry of `ledger` counts for the first of `roots` that holds it.
std::vector<RootSummary> summarizeRoots(const Project &project, const Ledger &ledger, const QStringList &roots);

// Reasons are phrased for `audience` (the wizard's name no command-line option).
Ledger buildLedger(const Project &project, const ProjectPlan &plan, Audience audience = Audience::CommandLine);

QString fileStateName(FileState state); // stable, for JSON: "migrated", "needs-answer", ...
QString fileStateTitle(FileState state); // for people
QString referenceStateName(ReferenceState state);
QString referenceStateTitle(ReferenceState state);

} // namespace agm
