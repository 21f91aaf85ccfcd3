// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;

namespace agm {

class FindingList;
class MigrationSession;

class EndpointPage : public QWizardPage
{
    Q_OBJECT

public:
    EndpointPage(MigrationSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QString statusText() const;

private:
    void showStatus();

    MigrationSession *m_session;
    FindingList *m_findings;
    QLabel *m_status;
};

} // namespace agm
