// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;

namespace agm {

class BackgroundTask;
struct FileEntry;
class FindingList;
class MigrationSession;
class SideBySideDiffView;

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

} // namespace agm
