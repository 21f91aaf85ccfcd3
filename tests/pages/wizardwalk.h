// SPDX-License-Identifier: MIT
// Walking the wizard forward in GUI tests, as an operator would.
#pragma once

#include "checkspage.h"
#include "findinglist.h"
#include "migrationwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace agm::test {

// The Apply cell of the first row of `list` for which `predicate` holds (given that cell);
// invalid when none does. Any other cell of the row is a siblingAtColumn() away.
inline QModelIndex findingRow(const FindingList *list, const std::function<bool(const QModelIndex &)> &predicate)
{
    for (int row = 0; row < list->rowCount(); ++row) {
        if (const QModelIndex apply = list->cell(row, FindingList::Apply); predicate(apply))
            return apply;
    }
    return {};
}

// Ticks or unticks a row's change as a click on its box would.
inline void setApplied(const QModelIndex &apply, bool on)
{
    const_cast<QAbstractItemModel *>(apply.model())->setData(apply, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

// Ticks the Checks page's acknowledgement when it asks for one: the checks failed, or could not
// run (no checker injected, as with --offline).
inline void acknowledgeChecks(MigrationWizard &wizard)
{
    if (wizard.currentId() != MigrationWizard::Checks)
        return;
    QCheckBox *box = static_cast<ChecksPage *>(wizard.currentPage())->acknowledgement();
    if (!box->isHidden() && !box->isChecked())
        box->setChecked(true);
}

// next() until `target` (acknowledging the checks on the way); false when a page holds.
inline bool walkTo(MigrationWizard &wizard, int target)
{
    while (wizard.currentId() != target) {
        acknowledgeChecks(wizard);
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before)
            return false;
    }
    return true;
}

// Answers the next message box with the button `choose` picks (none: the box is closed) and
// records its text, so a modal dialog never blocks a test.
inline void answerNextMessageBox(const std::function<QAbstractButton *(QMessageBox *)> &choose, QString *text = nullptr)
{
    QTimer::singleShot(0, [choose, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (text)
                    *text = box->text();
                if (QAbstractButton *b = choose(box))
                    b->click();
                else
                    box->close();
                return;
            }
        }
        answerNextMessageBox(choose, text); // not shown yet
    });
}

inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    answerNextMessageBox([button](QMessageBox *box) { return box->button(button); }, text);
}

// The button called `buttonText`.
inline void answerNextMessageBox(const QString &buttonText, QString *text)
{
    answerNextMessageBox([buttonText](QMessageBox *box) -> QAbstractButton * {
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == buttonText)
                return b;
        }
        return nullptr;
    }, text);
}

} // namespace agm::test
