// SPDX-License-Identifier: MIT
#pragma once

#include "diffmodel.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QSplitter;
class QTimer;

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
    // The diff shown is still being prepared off the GUI thread (a large file).
    bool isPreparingDiff() const;
    // A large file's diff was prepared while the page was hidden, for it to open on.
    bool hasPrefetchedDiff() const { return m_prefetched.has_value(); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Which diff a preparation is for: the file, the plan it was made from (planChanged()
    // counts), and whether the secrets were revealed.
    struct DiffKey
    {
        QString file;
        quint64 plan = 0;
        bool revealed = false;
        bool operator==(const DiffKey &other) const
        {
            return file == other.file && plan == other.plan && revealed == other.revealed;
        }
    };

    void fillFiles();
    void showFile();
    // The large file's diff for `key`: shown now when prepared already, else prepared on the
    // worker (unless it is under way) and shown or kept for later.
    void requestLargeDiff(const DiffKey &key, int index, bool show);
    void prefetchDiff();
    QString fileToShow() const;
    void showNotDone(const FileEntry &entry);
    void setRevealed(bool revealed);
    void followChange(int index);
    void showChangeAt(int line);

    MigrationSession *m_session;
    QListWidget *m_files;
    QSplitter *m_split = nullptr;
    bool m_splitMoved = false; // by the operator: the file list keeps the width they gave it
    FindingList *m_changes;
    SideBySideDiffView *m_diff;
    BackgroundTask *m_diffTexts;
    quint64 m_planGeneration = 0;
    DiffKey m_preparing;      // what m_diffTexts works on while it is pending
    bool m_showWhenReady = false;
    // A large file's diff prepared before the page showed it (the plan changed while the page
    // was hidden), so the Review page opens on it at once.
    std::optional<std::pair<DiffKey, DiffModel::Prepared>> m_prefetched;
    QTimer *m_prefetch;
    QCheckBox *m_reveal;
    // Set only once the operator confirmed: the box is already ticked while the question is open,
    // and the diff may be redrawn meanwhile (a host field losing focus).
    bool m_revealed = false;
    bool m_following = false; // the change list is being moved to the diff's change
    QLabel *m_fileInfo;
    QLabel *m_notDone;
};

} // namespace agm
