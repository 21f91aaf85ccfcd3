// SPDX-License-Identifier: MIT
// Walking the wizard forward in GUI tests, as an operator would.
#pragma once

#include "checkspage.h"
#include "migrationwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace agm::test {

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
