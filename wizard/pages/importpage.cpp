// SPDX-License-Identifier: MIT
#include "importjob.h"
#include "migrationsession.h"
#include "logging.h"
#include "migrationwizard.h"
#include "importpage.h"
#include "flowlayout.h"
#include "pluraltext.h"
#include "recipeorigin.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace agm {

namespace {

const char kRecentKey[] = "import/recentLocations";

QStringList recentLocations()
{
    return QSettings().value(QString::fromLatin1(kRecentKey)).toStringList();
}

void rememberLocations(const QStringList &paths)
{
    QStringList recent = recentLocations();
    for (const QString &p : paths) {
        recent.removeAll(p);
        recent.prepend(p);
    }
    QSettings().setValue(QString::fromLatin1(kRecentKey), QStringList(recent.mid(0, 10)));
}

} // namespace

ImportPage::ImportPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_job(new ImportJob(this))
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Import, tr("Import deployment files")));
    setSubTitle(tr("Drop files or folders here, or add them with the buttons. Kubernetes YAML and JSON, Helm values (also in Flux and "
                   "Argo CD), Kustomize, compose, env files, scripts, Dockerfiles, CI workflows, Terraform, Bicep and ARM are recognised "
                   "by their content; any other text file is scanned for gateway references."));
    setAcceptDrops(true);

    auto *addFiles = new QPushButton(tr("Add &files…"));
    auto *addFolder = new QPushButton(tr("Add f&older…"));
    m_recent = new QToolButton;
    m_recent->setText(tr("&Recent"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setMenu(new QMenu(m_recent));
    m_recent->setAccessibleName(tr("Recent locations"));
    auto *clear = new QPushButton(tr("C&lear"));
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QString start = recentLocations().value(0);
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add deployment files"), start,
                                                                tr("Deployment files (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam "
                                                                   "Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;All files (*)"));
        addPaths(files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder"), recentLocations().value(0));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_paths.clear();
        m_session->setProject({});
    });

    m_files = new QTreeWidget;
    m_files->setHeaderLabels({tr("File"), tr("Format"), tr("State")});
    m_files->setRootIsDecorated(true);
    m_files->setAlternatingRowColors(true);
    m_files->header()->setStretchLastSection(true);
    m_files->setAccessibleName(tr("Imported files"));
    m_files->setAccessibleDescription(tr("Each imported file with its format and where it stands; problems are listed under the file."));
    m_files->setRootIsDecorated(false);

    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel = new QPushButton(tr("Cancel import"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    m_summary = new QLabel(tr("Nothing imported yet."));
    m_summary->setWordWrap(true);

    // Wrapping rather than widening the window (Japanese in presenter mode at 1024 pixels).
    auto *buttons = new FlowLayout;
    buttons->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    for (QWidget *button : std::initializer_list<QWidget *>{addFiles, addFolder, m_recent, clear})
        buttons->addWidget(button);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_files, 1);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    // Which recipe applies, and its entries these files do not use.
    layout->addWidget(new RecipeOriginLabel(session, {}, /*notes=*/true));

    connect(m_job, &ImportJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
    });
    connect(m_job, &ImportJob::finished, this, [this](bool cancelled) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        Project project = m_job->takeResult();
        if (m_restart) {
            m_restart = false;
            startImport();
            return;
        }
        qCInfo(lcWizard) << "import" << (cancelled ? "cancelled:" : "finished:") << project.files.size() << "files";
        m_session->setProject(std::move(project));
        if (cancelled)
            m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("Import cancelled; the files read so far are listed."));
        Q_EMIT completeChanged();
    });
    connect(m_session, &MigrationSession::projectChanged, this, &ImportPage::showProject);
    updateRecentMenu();
}

void ImportPage::addPaths(const QStringList &paths, bool remember)
{
    if (paths.isEmpty())
        return;
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!m_paths.contains(abs))
            m_paths << abs;
    }
    if (remember) {
        rememberLocations(paths);
        updateRecentMenu();
    }
    startImport();
}

void ImportPage::startImport()
{
    if (m_job->isRunning()) {
        // The running import restarts with the whole list when it ends.
        m_restart = true;
        m_job->cancel();
        return;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_summary->setText(tr("Reading files…"));
    qCInfo(lcWizard) << "import started:" << m_paths.size() << "paths";
    m_job->start(m_paths);
    Q_EMIT completeChanged();
}

bool ImportPage::isBusy() const
{
    return m_job->isRunning();
}

bool ImportPage::isComplete() const
{
    // Also with only unreadable files or references to change by hand: the export's report says what is not done.
    return !isBusy() && m_session->hasSomethingToReport();
}

// Each row and the summary line are the ledger's words; the errors of a file are listed under it.
void ImportPage::showProject()
{
    m_files->clear();
    const Project &project = m_session->project();
    const Ledger &ledger = m_session->ledger();
    const QColor red(0xcf, 0x22, 0x2e), amber(0x9a, 0x67, 0x00);
    for (std::size_t i = 0; i < ledger.files.size(); ++i) {
        const FileEntry &entry = ledger.files[i];
        const FileAnalysis *file = i < project.files.size() ? &project.files[i] : nullptr;
        auto *item = new QTreeWidgetItem(m_files, {entry.file, file ? formatTitle(file->format) : entry.state == FileState::SameFile ? tr("link") : tr("not read"), entry.describe()});
        item->setToolTip(0, file ? file->source.path : entry.file);
        item->setToolTip(2, entry.describe());
        if (entry.state == FileState::Unreadable || entry.state == FileState::CannotEdit)
            item->setForeground(2, red);
        else if (entry.state == FileState::NeedsAnswer || entry.state == FileState::LeftOut)
            item->setForeground(2, amber);
        else if (entry.state == FileState::NotDeployment || entry.state == FileState::SameFile)
            item->setForeground(2, palette().color(QPalette::Disabled, QPalette::Text));
        if (!file)
            continue;
        const auto addChild = [&](int line, int column, const QString &text) {
            auto *child = new QTreeWidgetItem(item, {line ? tr("line %1, column %2").arg(line).arg(column) : QString(), QString(), text});
            child->setToolTip(2, text);
            item->setExpanded(true);
        };
        for (const Finding &f : file->findings) {
            if (f.severity == Severity::Error || f.code == Code::HelmTemplate)
                addChild(f.line, f.column, f.message(Audience::Wizard));
        }
        for (const ReferenceEntry &r : entry.references) {
            if (r.state == ReferenceState::Pending && r.byHand())
                addChild(r.line, r.column, r.reason);
        }
    }
    m_files->resizeColumnToContents(0);
    m_files->resizeColumnToContents(1);
    if (ledger.files.empty()) {
        m_summary->setText(tr("Nothing imported yet."));
    } else {
        QString next;
        if (!m_session->hasSomethingToReport())
            next = tr("Add the files that deploy the gateway to continue.");
        else if (ledger.count(FileState::Migrated) + ledger.count(FileState::NeedsAnswer) + ledger.count(FileState::LeftOut) == 0
                 && ledger.openItems() > 0)
            next = tr("Nothing here can be migrated by the tool; go on to export the report of what is not done.");
        else if (ledger.count(FileState::Unreadable) + ledger.count(FileState::CannotEdit) > 0)
            next = tr("Files that could not be read and references to change by hand are not migrated; the next pages and the reports list each one.");
        m_summary->setText(ledger.summary() + QLatin1Char('.') + (next.isEmpty() ? QString() : QLatin1Char(' ') + next));
    }
    Q_EMIT completeChanged();
}

void ImportPage::updateRecentMenu()
{
    QMenu *menu = m_recent->menu();
    menu->clear();
    const QStringList recent = recentLocations();
    for (const QString &path : recent)
        menu->addAction(path, this, [this, path] { addPaths({path}); });
    m_recent->setEnabled(!recent.isEmpty());
}

void ImportPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addPaths(paths);
    event->acceptProposedAction();
}

} // namespace agm
