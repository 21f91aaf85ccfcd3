// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace agm {

class ImportJob;
class MigrationSession;

class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPage(MigrationSession *session, QWidget *parent = nullptr);
    // remember: offer them under Recent (not for the demo's temporary folder).
    void addPaths(const QStringList &paths, bool remember = true);
    bool isComplete() const override;
    bool isBusy() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void startImport();
    void showProject();
    void updateRecentMenu();

    MigrationSession *m_session;
    ImportJob *m_job;
    QStringList m_paths;
    bool m_restart = false; // paths were added while an import ran
    QTreeWidget *m_files;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QToolButton *m_recent;
    QLabel *m_summary;
};

} // namespace agm
