// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"
#include "ledger.h"

#include <QSet>
#include <QTreeWidget>

#include <functional>

class QLabel;

namespace agm {

class MigrationSession;

// The findings of some steps (optionally of one file) as a checkable list: unticking a row
// switches its edit off; for endpoint rows the new host can be typed in.
class FindingList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { Apply, Location, Resource, Field, Current, New, Why, ColumnCount };

    FindingList(MigrationSession *session, QSet<Step> steps, QWidget *parent = nullptr);
    void setFile(const QString &relativePath); // empty: every file
    void setEditableHosts(bool editable);
    // The list with a line below it that explains the current row (and links its documentation).
    QWidget *createPanel();
    int openQuestions() const;
    // "file:line:column: Your answer “…” is not used: why." for each answer the plan refused.
    QStringList rejectedAnswers() const;                 // rows that still need an answer (the ledger's pending questions)
    // References of this list's steps (and file) for which `predicate` holds, counted in the ledger.
    int countReferences(const std::function<bool(const ReferenceEntry &)> &predicate) const;
    void refresh();
    // Makes current the row found on a line in [first, last] (1-based), else the last one above
    // `last`; a diff change is matched to its finding this way.
    void selectLines(int first, int last);
    // What a Current or New cell `width` pixels wide shows of its value: the whole value when
    // it fits, else the part that differs from the other column's (elideCommonParts()).
    static QString shownValue(const QModelIndex &index, int width, const QFontMetrics &metrics);
    // The 1-based line of the current row's finding, 0 when there is none.
    int currentLine() const;

Q_SIGNALS:
    void answersChanged();

protected:
    // F2/Enter answer the row and Space toggles its change, whichever cell is current.
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onItemChanged(QTreeWidgetItem *item, int column);
    void fitColumns();
    static void describeApplyCell(QTreeWidgetItem *item);

    MigrationSession *m_session;
    QSet<Step> m_steps;
    QString m_file;
    bool m_editableHosts = false;
    bool m_filling = false;
    bool m_refreshQueued = false;
    bool m_stale = false; // the plan changed while the list was out of view
    QLabel *m_details = nullptr;
    QList<int> m_naturalWidths; // each column's width for its content, before fitColumns()

    void showDetails();
};

} // namespace agm
