// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "findinglist.h"
#include "ledger.h"
#include "migrationsession.h"
#include "plan.h"
#include "secretmask.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace agm {

// The texts keep FindingList's translation context: the lists showed them before this model.
FindingsModel::FindingsModel(MigrationSession *session)
    : QAbstractTableModel(session)
    , m_session(session)
{
    connect(session, &MigrationSession::planChanged, this, [this] { m_stale = true; });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Apply: return FindingList::tr("Apply");
    case Location: return FindingList::tr("Where");
    case Resource: return FindingList::tr("Resource");
    case Field: return FindingList::tr("Field");
    case Current: return FindingList::tr("Current");
    case New: return FindingList::tr("New");
    case Why: return FindingList::tr("Why");
    default: return {};
    }
}

void FindingsModel::refreshSoon()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_refreshQueued) // else refreshed directly meanwhile
            refreshIfStale();
    }, Qt::QueuedConnection);
}

void FindingsModel::refreshIfStale()
{
    m_refreshQueued = false;
    if (m_stale)
        refresh();
}

// The same findings as before (a change switched, an answer typed, another tag) only change
// cells: views keep their current row and an open editor. Others reset the rows.
void FindingsModel::refresh()
{
    m_stale = false;
    ++m_refreshCount;
    std::vector<Row> rows;
    const Project &project = m_session->project();
    const ProjectPlan &plan = m_session->plan();
    const Ledger &ledger = m_session->ledger();
    for (std::size_t i = 0; i < project.files.size() && i < plan.files.size() && i < ledger.files.size(); ++i) {
        const std::vector<Finding> &findings = plan.files[i].findings;
        const std::vector<ReferenceEntry> &references = ledger.files[i].references;
        ReferenceCursor cursor(ledger.files[i]);
        for (std::size_t n = 0; n < findings.size(); ++n) {
            const ReferenceEntry *reference = cursor.next(findings[n]);
            rows.push_back({int(i), int(n), reference ? int(reference - references.data()) : -1, findings[n].step, findings[n].id});
        }
    }
    const bool sameRows = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                     [](const Row &a, const Row &b) { return a.file == b.file && a.id == b.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT refreshed();
}

// Between a plan change and the refresh the rows may point past the plan: nothing then.
const Finding *FindingsModel::findingAt(const Row &row) const
{
    const ProjectPlan &plan = m_session->plan();
    if (std::size_t(row.file) >= plan.files.size() || std::size_t(row.file) >= m_session->project().files.size() || std::size_t(row.finding) >= plan.files[std::size_t(row.file)].findings.size())
        return nullptr;
    return &plan.files[std::size_t(row.file)].findings[std::size_t(row.finding)];
}

const ReferenceEntry *FindingsModel::referenceAt(const Row &row) const
{
    const Ledger &ledger = m_session->ledger();
    if (row.reference < 0 || std::size_t(row.file) >= ledger.files.size()
        || std::size_t(row.reference) >= ledger.files[std::size_t(row.file)].references.size())
        return nullptr;
    return &ledger.files[std::size_t(row.file)].references[std::size_t(row.reference)];
}

QString FindingsModel::fileName(const Row &row) const
{
    return m_session->project().files[std::size_t(row.file)].source.relativePath;
}

bool FindingsModel::fromRecipe(const Row &row, const Finding &f) const
{
    if (!m_session->recipe())
        return false; // the usual case, asked for every cell painted: no key built
    const QString file = fileName(row);
    return m_session->answerFromRecipe(file, f.id) || m_session->leftOutByRecipe(file, f.id);
}

// The row's state as the ledger has it (a finding without a ledger entry is an error), and
// whether the choice came from the recipe.
QString FindingsModel::stateLabel(const Row &row, const Finding &f) const
{
    QString state;
    if (const ReferenceEntry *r = referenceAt(row)) {
        switch (r->state) {
        case ReferenceState::Pending: state = r->byHand() ? FindingList::tr("change by hand") : FindingList::tr("needs your answer"); break;
        case ReferenceState::LeftOut: state = r->leavesV1() ? FindingList::tr("left on the v1 URL") : FindingList::tr("left out"); break;
        case ReferenceState::Changed:
        case ReferenceState::AlreadyV2: break;
        case ReferenceState::Advice: state = f.severity == Severity::Info ? FindingList::tr("info") : FindingList::tr("advice"); break;
        }
    }
    else {
        state = FindingList::tr("error");
    }
    if (fromRecipe(row, f))
        return state.isEmpty() ? FindingList::tr("from recipe") : FindingList::tr("%1 · from recipe").arg(state);
    return state;
}

QString FindingsModel::rejectedAnswer(const Row &row, const Finding &f) const
{
    if (!f.editsHost())
        return {};
    const QString answer = m_session->hostOverride(fileName(row), f.id);
    const QString problem = answer.isEmpty() ? QString() : hostAnswerProblem(answer);
    return problem.isEmpty() ? QString() : FindingList::tr("Your answer “%1” is not used: %2.").arg(maskSecretsInText(answer), problem);
}

QString FindingsModel::text(const Row &row, const Finding &f, int column) const
{
    switch (column) {
    case Apply: return stateLabel(row, f);
    case Location: return f.line > 0 ? QStringLiteral("%1:%2").arg(fileName(row)).arg(f.line) : fileName(row);
    case Resource: return f.resource;
    case Field: return f.field;
    case Current: return maskSecretsInText(f.oldValue); // a v1 URL may hold a password or a SAS token
    case New: {
        if (!f.editsHost())
            return maskSecretsInText(f.newValue);
        // What the file gets (its scheme and quoting) once resolved; else the answer or the derived host.
        const QString answer = m_session->hostOverride(fileName(row), f.id);
        const bool used = answer.isEmpty() || hostAnswerProblem(answer).isEmpty();
        return maskSecretsInText(!f.newValue.isEmpty() && used ? QString(f.newValue) : !answer.isEmpty() ? answer : QString(f.defaultHost));
    }
    case Why: {
        // A pending or left-out row says what that means (the ledger's reason) before why it was found.
        const ReferenceEntry *reference = referenceAt(row);
        const QString why = reference && !reference->reason.isEmpty() ? QString(reference->reason) : f.message(Audience::Wizard);
        const QString rejected = rejectedAnswer(row, f);
        return rejected.isEmpty() ? why : rejected + QLatin1Char(' ') + why;
    }
    default: return {};
    }
}

QString FindingsModel::toolTip(const Row &row, const Finding &f, int column) const
{
    switch (column) {
    case Apply:
        if (fromRecipe(row, f))
            return FindingList::tr("This choice comes from the recipe %1; change it here if it does not fit.").arg(escapeControlCharacters(m_session->recipeName()));
        return {};
    case Location: return f.line > 0 ? QStringLiteral("%1:%2:%3").arg(fileName(row)).arg(f.line).arg(f.column) : fileName(row);
    case New: {
        const QString shown = text(row, f, New);
        if (shown.isEmpty() && f.editsHost())
            return FindingList::tr("Type the v2 configuration host here, for example contoso.configuration.azure-api.net");
        return shown;
    }
    case Why: {
        const QString doc = f.docUrl();
        return text(row, f, Why) + (doc.isEmpty() ? QString() : QStringLiteral("\n") + doc);
    }
    default: return text(row, f, column);
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Finding *finding = findingAt(row);
    if (!finding)
        return {};
    const Finding &f = *finding;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return text(row, f, column);
    case Qt::ToolTipRole: return toolTip(row, f, column);
    case Qt::CheckStateRole:
        if (column == Apply && !f.edits.empty())
            return m_session->isFindingEnabled(fileName(row), f.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    // Qt's AT-SPI bridge (up to 6.4, and 5.15) passes a cell's "checked" on but not "checkable",
    // so an unticked box would say nothing at all: the cell's accessible name says it.
    case Qt::AccessibleTextRole:
        if (column == Apply && !f.edits.empty()) {
            const QString label = stateLabel(row, f);
            const QString state = m_session->isFindingEnabled(fileName(row), f.id) ? FindingList::tr("Apply: on") : FindingList::tr("Apply: off");
            return label.isEmpty() ? state : state + QStringLiteral(", ") + label;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == Apply && !f.edits.empty())
            return FindingList::tr("Space switches this change on or off");
        return {};
    case Qt::ForegroundRole:
    case Qt::FontRole: {
        if (column != Apply)
            return {};
        const ReferenceEntry *reference = referenceAt(row);
        const bool open = reference && (reference->state == ReferenceState::Pending || reference->leavesV1());
        if (!open && f.severity != Severity::Error)
            return {};
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        const bool red = f.severity == Severity::Error || (reference && reference->byHand());
        return red ? QColor(0xcf, 0x22, 0x2e) : QColor(0x9a, 0x67, 0x00);
    }
    case FileRole: return fileName(row);
    case IdRole: return f.id.toString();
    case NeedsAnswerRole: return f.editsHost() && f.needsAnswer();
    case DocRole: return f.docUrl();
    case LineRole: return f.line;
    case AnswerRole: {
        if (!f.editsHost())
            return {};
        const QString answer = m_session->hostOverride(fileName(row), f.id);
        return !answer.isEmpty() ? answer : QString(f.defaultHost);
    }
    case RejectedRole: return rejectedAnswer(row, f);
    default: return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return flags;
    const Finding *f = findingAt(m_rows[std::size_t(index.row())]);
    if (f && !f->edits.empty())
        flags |= Qt::ItemIsUserCheckable;
    if (f && f->editsHost())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return false;
    const Row &row = m_rows[std::size_t(index.row())];
    const Finding *f = findingAt(row);
    if (!f)
        return false;
    // Both replan the file: the row's other cells follow with the refresh.
    if (role == Qt::CheckStateRole && index.column() == Apply && !f->edits.empty()) {
        m_session->setFindingEnabled(fileName(row), f->id, value.toInt() == Qt::Checked);
        Q_EMIT dataChanged(index, index);
        return true;
    }
    if (role == Qt::EditRole && index.column() == New && f->editsHost()) {
        m_session->setHostOverride(fileName(row), f->id, value.toString().trimmed());
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

} // namespace agm
