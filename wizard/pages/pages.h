// SPDX-License-Identifier: MIT
#pragma once

// One thin QWizardPage per step; each reads and changes the MigrationSession and calls the core.

#include "exporter.h"
#include "registrytagservice.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;
class QTreeWidget;

namespace agm {

class BackgroundTask;
struct FileEntry;
class FindingList;
class ImportJob;
class MigrationSession;
class MigrationWizard;
class SideBySideDiffView;

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(MigrationWizard *wizard);
    // Import, also while the later pages are not built yet (so the first frame shows Next).
    int nextId() const override;
};

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

class ImagePage : public QWizardPage
{
    Q_OBJECT

public:
    ImagePage(MigrationSession *session, QWidget *parent = nullptr);
    // Without a service the page works from the bundled snapshot only (tests, --offline).
    void setTagService(net::RegistryTagService *service, const net::TagFetchRequest &request);
    void initializePage() override;
    bool isComplete() const override;
    void refreshTags();

private:
    void fillTags();
    void chooseTag(const QString &tag);
    void showVerdict(const QString &tag);
    void pinDigest();
    void showSource(const QString &problem = {});

    net::RegistryTagService *m_service = nullptr;
    net::TagFetchRequest m_request;
    quint64 m_fetch = 0;
    quint64 m_digest = 0;
    bool m_fetchedOnce = false;
    QPushButton *m_refresh;
    QPushButton *m_pin;

    MigrationSession *m_session;
    FindingList *m_findings;
    QLineEdit *m_filter;
    QTreeWidget *m_tags;
    QLineEdit *m_custom;
    QLabel *m_source;
    QLabel *m_advice;
    QCheckBox *m_confirm; // "use this floating tag anyway"
    QString m_confirmedTag;
    bool m_refused = false; // the tag last chosen was refused (the session keeps the one before)
};

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

class SecurityPage : public QWizardPage
{
    Q_OBJECT

public:
    SecurityPage(MigrationSession *session, QWidget *parent = nullptr);
    void initializePage() override;

private:
    FindingList *m_findings;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(MigrationSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;
    SideBySideDiffView *diffView() const { return m_diff; }
    FindingList *changes() const { return m_changes; }
    QListWidget *files() const { return m_files; }
    // What the selected file leaves undone (empty when everything in it is done).
    QString notDoneText() const;
    // A large file's texts are still being prepared off the GUI thread.
    bool isPreparingDiff() const;

private:
    void fillFiles();
    void showFile();
    void showNotDone(const FileEntry &entry);
    void setRevealed(bool revealed);
    void followChange(int index);

    MigrationSession *m_session;
    QListWidget *m_files;
    FindingList *m_changes;
    SideBySideDiffView *m_diff;
    BackgroundTask *m_diffTexts;
    QCheckBox *m_reveal;
    // Set only once the operator confirmed: the box is already ticked while the question is open,
    // and the diff may be redrawn meanwhile (a host field losing focus).
    bool m_revealed = false;
    QLabel *m_fileInfo;
    QLabel *m_notDone;
};

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
    QTreeWidget *m_preview;
    QLabel *m_notDoneTitle;
    QListWidget *m_notDone;
    QLabel *m_warning;
    ExportOutcome m_outcome;
};

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
