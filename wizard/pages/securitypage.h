// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

namespace agm {

class FindingList;
class MigrationSession;

class SecurityPage : public QWizardPage
{
    Q_OBJECT

public:
    SecurityPage(MigrationSession *session, QWidget *parent = nullptr);
    void initializePage() override;

private:
    FindingList *m_findings;
};

} // namespace agm
