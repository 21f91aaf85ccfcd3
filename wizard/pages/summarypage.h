// SPDX-License-Identifier: MIT
#pragma once

#include "nextcommands.h"

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
    // The next commands shown, one a line, as "Copy commands" puts them on the clipboard.
    QStringList commands() const;
    // The shell the commands are quoted for: PowerShell on Windows, else a POSIX shell.
    static Shell commandShell();

private:
    MigrationSession *m_session;
    ExportPage *m_export;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_copy;
    std::vector<NextCommand> m_commands;
    QLabel *m_openProblem; // why "Open folder" did not open it
};

} // namespace agm
