// SPDX-License-Identifier: MIT
#include "importjob.h"
#include "migrationsession.h"
#include "logging.h"
#include "pages.h"
#include "pluraltext.h"

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
    setTitle(tr("Import deployment files"));
    setSubTitle(tr("Drop files or folders here, or add them with the buttons. Kubernetes YAML, Helm values, "
                   "Kustomize, compose, env files and docker run scripts are recognised by their content."));
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
                                                                tr("Deployment files (*.yaml *.yml *.env *.conf *.sh *.ps1);;All files (*)"));
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
    m_files->setHeaderLabels({tr("File"), tr("Format"), tr("Findings")});
    m_files->setRootIsDecorated(true);
    m_files->setAlternatingRowColors(true);
    m_files->header()->setStretchLastSection(true);
    m_files->setAccessibleName(tr("Imported files"));
    m_files->setAccessibleDescription(tr("Each imported file with its format and what was found; problems are listed under the file."));
    m_files->setRootIsDecorated(false);

    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel = new QPushButton(tr("Cancel import"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    m_summary = new QLabel(tr("Nothing imported yet."));
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(m_recent);
    buttons->addWidget(clear);
    buttons->addStretch();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_files, 1);
    layout->addLayout(progress);
    layout->addWidget(m_summary);

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

void ImportPage::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!m_paths.contains(abs))
            m_paths << abs;
    }
    rememberLocations(paths);
    updateRecentMenu();
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
    return !isBusy() && !m_session->relevantFiles().empty();
}

void ImportPage::showProject()
{
    m_files->clear();
    const Project &project = m_session->project();
    int gatewayFiles = 0, errors = int(project.errors.size());
    for (const Finding &f : project.errors) {
        auto *item = new QTreeWidgetItem(m_files, {f.file, tr("not read"), f.message()});
        item->setForeground(2, QColor(0xcf, 0x22, 0x2e));
    }
    for (const FileAnalysis &file : project.files) {
        int changes = 0, problems = 0;
        for (const Finding &f : file.findings) {
            changes += f.edits.empty() ? 0 : 1;
            problems += f.severity == Severity::Error ? 1 : 0;
        }
        gatewayFiles += file.concernsGateway() ? 1 : 0;
        errors += problems;
        QString summary = problems ? withEnglishPlural(tr("%n problem(s)", nullptr, problems), problems)
                          : file.concernsGateway()
                              ? withEnglishPlural(tr("%n change(s) proposed", nullptr, changes), changes) + QStringLiteral(", ")
                                    + withEnglishPlural(tr("%n finding(s)", nullptr, int(file.findings.size())), int(file.findings.size()))
                              : tr("no gateway found");
        auto *item = new QTreeWidgetItem(m_files, {file.source.relativePath, formatTitle(file.format), summary});
        item->setToolTip(0, file.source.path);
        if (problems)
            item->setForeground(2, QColor(0xcf, 0x22, 0x2e));
        else if (!file.concernsGateway())
            item->setForeground(2, palette().color(QPalette::Disabled, QPalette::Text));
        for (const Finding &f : file.findings) {
            if (f.severity != Severity::Error && f.code != Code::HelmTemplate)
                continue;
            auto *child = new QTreeWidgetItem(item, {f.line ? tr("line %1, column %2").arg(f.line).arg(f.column) : QString(),
                                                     QString(), f.message()});
            child->setToolTip(2, f.message());
            item->setExpanded(true);
        }
    }
    m_files->resizeColumnToContents(0);
    m_files->resizeColumnToContents(1);
    if (project.files.empty() && project.errors.empty())
        m_summary->setText(tr("Nothing imported yet."));
    else
        m_summary->setText(withEnglishPlural(tr("%n file(s) read: %1 with a gateway deployment, %2 with problems.", nullptr,
                                                int(project.files.size())),
                                             int(project.files.size()))
                               .arg(gatewayFiles)
                               .arg(errors)
                           + (gatewayFiles ? QString() : QLatin1Char(' ') + tr("Add the files that deploy the gateway to continue.")));
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
