// SPDX-License-Identifier: MIT
#include "backgroundtask.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "exportpage.h"
#include "flowlayout.h"
#include "recipe.h"
#include "pluraltext.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>


namespace agm {

ExportPage::ExportPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_export(new BackgroundTask(this))
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Export, tr("Export")));
    setSubTitle(tr("Nothing has been written yet. Choose where the migrated files go; no file is overwritten without a backup."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Export"));

    m_copies = new QRadioButton(tr("Write migrated copies to a &new folder (recommended)"));
    m_inPlace = new QRadioButton(tr("Rewrite the files &in place"));
    // Beside the button and wrapping: a radio button's own text never wraps, and at presenter
    // size the whole sentence made the page wider than a 1024-pixel screen.
    auto *inPlaceNote = new QLabel(tr("Each original is kept beside it as a .bak copy."));
    inPlaceNote->setWordWrap(true);
    m_inPlace->setAccessibleDescription(inPlaceNote->text());
    m_copies->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_copies);
    modes->addButton(m_inPlace);
    m_folder = new QLineEdit;
    m_folder->setAccessibleName(tr("Output folder"));
    m_browse = new QPushButton(tr("Bro&wse…"));
    auto *folderLabel = new QLabel(tr("Output &folder:"));
    folderLabel->setBuddy(m_folder);

    m_markdown = new QCheckBox(tr("&Markdown report"));
    m_html = new QCheckBox(tr("&HTML report"));
    m_json = new QCheckBox(tr("&JSON report"));
    m_patch = new QCheckBox(tr("&Unified patch"));
    m_checksums = new QCheckBox(tr("SHA-256 chec&ksums"));
    m_recipe = new QCheckBox(tr("&Recipe (%1)").arg(QLatin1String(kRecipeFileName)));
    m_recipe->setToolTip(tr("Your decisions (image tag, endpoint answers, changes left out), without tokens, file contents or paths: "
                            "replay them on other copies of these files with “migrate --recipe” or “Start from a recipe…”."));
    auto *artifacts = new QGroupBox(tr("Also write"));
    // As many to a row as fit: the page must fit a 1024x768 screen, presenter mode included.
    auto *artifactLayout = new FlowLayout(artifacts);
    artifactLayout->setVerticalSpacing(artifactLayout->spacing());
    artifactLayout->setSpacing(artifacts->fontMetrics().averageCharWidth() * 2);
    for (QCheckBox *box : {m_markdown, m_html, m_json, m_patch, m_checksums, m_recipe}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExportPage::updatePreview);
        artifactLayout->addWidget(box);
    }

    m_preview = new QTreeWidget;
    m_preview->setHeaderLabels({tr("Will be written"), tr("What")});
    m_preview->setRootIsDecorated(false);
    m_preview->header()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Files that will be written"));
    m_notDoneTitle = new QLabel;
    m_notDoneTitle->setWordWrap(true);
    m_notDoneTitle->setStyleSheet(QStringLiteral("color: #cf222e; font-weight: bold;"));
    m_notDone = new QListWidget;
    m_notDone->setAccessibleName(tr("Not done"));
    m_notDone->setAccessibleDescription(tr("What the export leaves as it is: files that could not be read, references to change by hand or left out."));
    m_notDone->setWordWrap(true);
    m_notDone->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notDone->setMaximumHeight(m_notDone->fontMetrics().lineSpacing() * 8 + 8);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #cf222e; font-weight: bold;"));
    // Shown while the files are written: the write runs on a worker, the window stays live.
    m_status = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);

    m_controls = new QWidget;
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    controls->addWidget(m_copies);
    controls->addLayout(folderRow);
    auto *inPlaceRow = new QHBoxLayout;
    inPlaceRow->addWidget(m_inPlace);
    inPlaceRow->addWidget(inPlaceNote, 1);
    controls->addLayout(inPlaceRow);
    controls->addWidget(artifacts);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_notDoneTitle);
    layout->addWidget(m_notDone);
    layout->addWidget(m_warning);
    layout->addLayout(statusRow);

    connect(m_copies, &QRadioButton::toggled, this, &ExportPage::updatePreview);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportPage::updatePreview);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Output folder"), QFileInfo(m_folder->text()).absolutePath());
        if (!folder.isEmpty())
            setOutputFolder(folder);
    });
}

void ExportPage::setOutputFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportPage::initializePage()
{
    const QString root = m_session->project().root;
    QString suggestion = QDir(root).absolutePath() + QStringLiteral("-v2");
    for (int n = 2; QFileInfo::exists(suggestion); ++n)
        suggestion = QDir(root).absolutePath() + QStringLiteral("-v2-%1").arg(n);
    if (m_folder->text().isEmpty() || QFileInfo::exists(m_folder->text()))
        setOutputFolder(suggestion);
    m_exported = false;
    m_status->clear();
    showNotDone();
    updatePreview();
}

// Before anything is written, the ledger's open items: the export will not do them.
void ExportPage::showNotDone()
{
    m_notDone->clear();
    const std::vector<OpenItem> items = m_session->ledger().notDone();
    for (const OpenItem &open : items) {
        auto *item = new QListWidgetItem(open.describe(), m_notDone);
        item->setToolTip(open.describe());
    }
    const int n = int(items.size());
    m_notDoneTitle->setText(withEnglishPlural(tr("Not done: %n item(s) stay as they are after the export; the reports list each one.", nullptr, n), n));
    m_notDoneTitle->setVisible(n > 0);
    m_notDone->setVisible(n > 0);
}

QString ExportPage::notDoneText() const
{
    QStringList lines;
    if (!m_notDone->isHidden()) {
        lines << m_notDoneTitle->text();
        for (int i = 0; i < m_notDone->count(); ++i)
            lines << m_notDone->item(i)->text();
    }
    return lines.join(QLatin1Char('\n'));
}

ExportSettings ExportPage::settings() const
{
    ExportSettings s;
    s.mode = m_copies->isChecked() ? ExportSettings::Copies : ExportSettings::InPlace;
    s.outDir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.markdown = m_markdown->isChecked();
    s.html = m_html->isChecked();
    s.json = m_json->isChecked();
    s.patch = m_patch->isChecked();
    s.checksums = m_checksums->isChecked();
    if (m_recipe->isChecked())
        s.recipe = recipeJson(m_session->currentRecipe());
    return s;
}

void ExportPage::updatePreview()
{
    m_folder->setEnabled(m_copies->isChecked());
    m_browse->setEnabled(m_copies->isChecked());
    m_preview->clear();
    const ExportSettings s = settings();
    int existing = 0;
    if (s.mode == ExportSettings::Copies && s.outDir.isEmpty()) {
        m_warning->setText(tr("Choose an output folder."));
        Q_EMIT completeChanged();
        return;
    }
    const QString reports = reportFolder(m_session->project(), s) + QLatin1Char('/');
    // Named from the folder they go to (shown above, or the inputs' own): whole paths pushed the
    // What column out of a 1024-pixel window. The tooltip has the whole path.
    const QDir base(s.mode == ExportSettings::Copies ? s.outDir : m_session->project().root);
    for (const QString &target : plannedTargets(m_session->project(), m_session->plan(), s)) {
        const bool exists = QFileInfo::exists(target);
        QString what = exists && s.mode == ExportSettings::Copies ? tr("already exists: choose another folder")
                       : s.mode == ExportSettings::InPlace && !target.startsWith(reports)
                           ? tr("rewritten; original kept as .bak")
                           : tr("new");
        const QString relative = base.relativeFilePath(target);
        const QString shown = relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative) ? target : relative;
        auto *item = new QTreeWidgetItem(m_preview, {QDir::toNativeSeparators(shown), what});
        item->setToolTip(0, QDir::toNativeSeparators(target));
        if (exists && s.mode == ExportSettings::Copies) {
            item->setForeground(1, QColor(0xcf, 0x22, 0x2e));
            ++existing;
        }
    }
    m_preview->resizeColumnToContents(0);
    m_warning->setText(existing ? withEnglishPlural(tr("%n file(s) already exist in that folder. Nothing is overwritten: choose an empty or new folder.", nullptr, existing), existing)
                                : QString());
    Q_EMIT completeChanged();
}

bool ExportPage::isComplete() const
{
    return !isExporting() && m_warning->text().isEmpty();
}

bool ExportPage::isExporting() const
{
    return m_export->isPending();
}

// The first call starts the export and stays on the page; once the files are written the page
// calls next() itself, and this returns true.
bool ExportPage::validatePage()
{
    if (m_exported)
        return true;
    if (isExporting())
        return false;
    const ExportSettings s = settings();
    if (s.mode == ExportSettings::InPlace) {
        const auto answer = QMessageBox::question(this, tr("Rewrite in place"),
                                                  tr("Rewrite the changed files in place? Each original is kept next to it as a .bak file."));
        if (answer != QMessageBox::Yes)
            return false;
    } else {
        QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(s.outDir).absolutePath());
    }
    startExport(s);
    return false;
}

void ExportPage::startExport(const ExportSettings &settings)
{
    const int files = int(plannedTargets(m_session->project(), m_session->plan(), settings).size());
    m_status->setText(withEnglishPlural(tr("Writing %n file(s)…", nullptr, files), files));
    // The worker gets copies: nothing it reads can change under it.
    m_export->start([project = m_session->project(), plan = m_session->plan(), settings, context = m_session->reportContext()] {
        return exportMigration(project, plan, settings, context);
    }, [this](ExportOutcome outcome) { exportFinished(std::move(outcome)); });
    setBusy(true); // after start(): isComplete() reads isExporting()
}

void ExportPage::exportFinished(ExportOutcome outcome)
{
    m_outcome = std::move(outcome);
    setBusy(false);
    if (!m_outcome.ok) {
        m_status->setText(tr("Export failed; see the message."));
        QMessageBox::critical(this, tr("Export failed"), m_outcome.error);
        m_status->clear();
        updatePreview();
        return;
    }
    m_exported = true;
    if (QWizard *w = wizard())
        w->next();
}

void ExportPage::setBusy(bool busy)
{
    m_controls->setEnabled(!busy);
    m_progress->setVisible(busy);
    Q_EMIT completeChanged(); // the Export button follows isComplete(); the wizard resets Back
    if (QWizard *w = wizard()) {
        if (busy)
            w->button(QWizard::BackButton)->setEnabled(false);
        w->button(QWizard::CancelButton)->setEnabled(!busy);
    }
}

} // namespace agm
