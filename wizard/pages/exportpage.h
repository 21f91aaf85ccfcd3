// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace agm {

class BackgroundTask;
class MigrationSession;

class ExportPage : public QWizardPage
{
    Q_OBJECT

public:
    ExportPage(MigrationSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    ExportSettings settings() const;
    const ExportOutcome &outcome() const { return m_outcome; }
    void setOutputFolder(const QString &folder);
    // The files are being written (on a worker thread); the page's controls are disabled.
    bool isExporting() const;
    // The warning area: what the export will not do, from the ledger (empty when nothing).
    QString notDoneText() const;

private:
    void showNotDone();
    void updatePreview();
    void startExport(const ExportSettings &settings);
    void exportFinished(ExportOutcome outcome);
    void setBusy(bool busy);

    MigrationSession *m_session;
    BackgroundTask *m_export;
    bool m_exported = false; // written: the next validatePage() moves on
    QWidget *m_controls;
    QProgressBar *m_progress;
    QLabel *m_status;
    QRadioButton *m_copies;
    QRadioButton *m_inPlace;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_markdown;
    QCheckBox *m_html;
    QCheckBox *m_json;
    QCheckBox *m_patch;
    QCheckBox *m_checksums;
    QCheckBox *m_recipe;
    QTreeWidget *m_preview;
    QLabel *m_notDoneTitle;
    QListWidget *m_notDone;
    QLabel *m_warning;
    ExportOutcome m_outcome;
};

} // namespace agm
