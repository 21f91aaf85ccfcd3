// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace agm {

class MigrationSession;
struct ReferenceEntry;

// Every finding of the session's plan as one table, shared by the pages' finding lists (each
// shows some steps, or one file, through its own filter). A row holds only where its finding
// is; the cells are read from the session when asked, so 50k findings are not copied per page.
// Ticking a change or typing an answer goes to the session. The rows follow the plan lazily:
// a plan change only marks them stale, and a list that is in view asks for the refresh.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Apply, Location, Resource, Field, Current, New, Why, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, IdRole, NeedsAnswerRole, DocRole, LineRole, AnswerRole, RejectedRole };

    explicit FindingsModel(MigrationSession *session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Apply's check state switches the change; New's edit text is the operator's host answer.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Step stepOf(int row) const { return m_rows[std::size_t(row)].step; }
    int fileOf(int row) const { return m_rows[std::size_t(row)].file; } // index into project().files

    bool isStale() const { return m_stale; }
    // Rebuilds the rows from the plan when it changed since the last time.
    void refreshIfStale();
    // Once the event loop is back: a plan changes while a row's own signal runs, and one choice
    // may replan several times.
    void refreshSoon();
    // How many times the rows were rebuilt from the plan (tests count the lazy refresh).
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    // The rows follow the plan again (reset when findings came or went, else every cell changed).
    void refreshed();

private:
    struct Row
    {
        int file = 0;
        int finding = 0;   // index into plan().files[file].findings
        int reference = -1; // index into ledger().files[file].references; -1 for an error
        Step step = Step::Input;
        FindingId id;
    };
    void refresh();
    const Finding *findingAt(const Row &row) const;
    const ReferenceEntry *referenceAt(const Row &row) const;
    QString fileName(const Row &row) const;
    QString stateLabel(const Row &row, const Finding &f) const;
    // The row's answer or switch still is the recipe's.
    bool fromRecipe(const Row &row, const Finding &f) const;
    // The cell's text for DisplayRole and ToolTipRole.
    QString text(const Row &row, const Finding &f, int column) const;
    QString toolTip(const Row &row, const Finding &f, int column) const;
    // The answer typed for a host row, "" when none; with the reason it is not used, if so.
    QString rejectedAnswer(const Row &row, const Finding &f) const;

    MigrationSession *m_session;
    std::vector<Row> m_rows;
    bool m_stale = true;
    bool m_refreshQueued = false;
    int m_refreshCount = 0;
};

} // namespace agm
