// SPDX-License-Identifier: MIT
// Walking the wizard forward in GUI tests, as an operator would.
#pragma once

#include "checkspage.h"
#include "migrationwizard.h"

#include <QCheckBox>

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

} // namespace agm::test
