// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

namespace agm {

class MigrationWizard;

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(MigrationWizard *wizard);
    // Import, also while the later pages are not built yet (so the first frame shows Next).
    int nextId() const override;
};

} // namespace agm
