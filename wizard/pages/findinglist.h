// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"
#include "ledger.h"

#include <QSet>
#include <QTreeView>

#include <functional>

class QLabel;

namespace agm {

class FindingFilter;
class MigrationSession;

// The findings of some steps (optionally of one file) as a checkable list over the session's
// FindingsModel: unticking a row switches its edit off; for endpoint rows the new host can be
// typed in. A list out of view leaves the model alone; shown again, it brings it up to date.
class FindingList : public QTreeView
{
    Q_OBJECT

public:
    using enum FindingsModel::Column;

    FindingList(MigrationSession *session, QSet<Step> steps, QWidget *parent = nullptr);
    void setFile(const QString &relativePath); // empty: every file
    void setEditableHosts(bool editable);
    // The list with a line below it that explains the current row (and links its documentation).
    // Scroll: the explanation scrolls when the panel is squeezed (a splitter), instead of being cut.
    enum class Details { Fit, Scroll };
    QWidget *createPanel(Details details = Details::Fit);
    int openQuestions() const;
    // "file:line:column: Your answer “…” is not used: why." for each answer the plan refused.
    QStringList rejectedAnswers() const;                 // rows that still need an answer (the ledger's pending questions)
    // References of this list's steps (and file) for which `predicate` holds, counted in the ledger.
    int countReferences(const std::function<bool(const ReferenceEntry &)> &predicate) const;
    // Brings the shared model up to the plan if it is behind, and this list up to the model.
    void refresh();
    // Makes current the row found on a line in [first, last] (1-based), else the last one above
    // `last`; a diff change is matched to its finding this way.
    void selectLines(int first, int last);
    // What a Current or New cell `width` pixels wide shows of its value: the whole value when
    // it fits, else the part that differs from the other column's (elideCommonParts()).
    static QString shownValue(const QModelIndex &index, int width, const QFontMetrics &metrics);
    // The 1-based line of the current row's finding, 0 when there is none.
    int currentLine() const;
    // This list's rows, and the cell of one (indexes of model()).
    int rowCount() const;
    QModelIndex cell(int row, int column) const;

Q_SIGNALS:
    void answersChanged();
    void currentRowChanged();

protected:
    // F2/Enter answer the row and Space toggles its change, whichever cell is current.
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The model's rows follow the plan: columns fitted, the current row kept, pages told.
    void onRefreshed();
    // Columns fitted to the rows, a current row, its details.
    void syncWithModel();
    // In view, or in no window shown yet (as in tests): follows the plan at once.
    bool followsPlan() const;
    void fitColumns();
    void showDetails();

    MigrationSession *m_session;
    FindingsModel *m_model;
    FindingFilter *m_filter;
    QSet<Step> m_steps;
    QString m_file;
    bool m_editableHosts = false;
    bool m_stale = false; // the model was refreshed while the list was out of view
    bool m_refreshing = false;
    QString m_currentKey; // file and id of the current row across a reset
    QLabel *m_details = nullptr;
    QWidget *m_detailsArea = nullptr; // the details' scroll area, when they scroll
    QList<int> m_naturalWidths; // each column's width for its content, before fitColumns()
};

} // namespace agm
