// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace agm {

class MigrationSession;
class ExportPage;

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(MigrationSession *session, ExportPage *exportPage, QWidget *parent = nullptr);
    void initializePage() override;
    QString text() const; // what the page says (rich text)
    QString openProblem() const; // empty unless "Open folder" failed

private:
    MigrationSession *m_session;
    ExportPage *m_export;
    QLabel *m_text;
    QPushButton *m_open;
    QLabel *m_openProblem; // why "Open folder" did not open it
};

} // namespace agm
