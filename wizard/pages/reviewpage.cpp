// SPDX-License-Identifier: MIT
#include "backgroundtask.h"
#include "findinglist.h"
#include "logging.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pages.h"
#include "pluraltext.h"
#include "secretmask.h"
#include "sidebysidediffview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace agm {

namespace {

// Files up to this size are masked and shown at once (a few ms); larger ones are prepared on a
// worker so the page never stalls (P7), and appear when ready.
constexpr std::size_t kBackgroundBytes = 256 * 1024;

struct DiffTexts
{
    QString oldText, newText;
};

DiffTexts diffTexts(const FileAnalysis &file, const FilePlan &plan, bool revealed)
{
    if (revealed)
        return {QString::fromStdString(file.source.text), QString::fromStdString(plan.migratedText)};
    const MaskedTexts masked = maskedTexts(file, plan);
    return {QString::fromStdString(masked.original), QString::fromStdString(masked.migrated)};
}

} // namespace

ReviewPage::ReviewPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_diffTexts(new BackgroundTask(this))
{
    setTitle(tr("Review every change"));
    setSubTitle(tr("Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once."));

    m_files = new QListWidget;
    m_files->setAccessibleName(tr("Files with changes"));
    m_files->setMinimumWidth(180);
    m_changes = new FindingList(session, {Step::Image, Step::Endpoint, Step::Security, Step::Extras}, this);
    m_changes->setAccessibleName(tr("Changes in this file"));
    m_changes->setColumnHidden(FindingList::Location, false);
    m_diff = new SideBySideDiffView;
    m_diff->setAccessibleName(tr("Side-by-side diff"));
    m_reveal = new QCheckBox(tr("Re&veal secrets"));
    m_reveal->setAccessibleDescription(tr("Shows tokens and keys in the diff. They stay masked in reports and exports."));
    m_fileInfo = new QLabel;

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_changes->createPanel());
    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fileInfo, 1);
    bar->addWidget(m_reveal);
    diffLayout->addLayout(bar);
    diffLayout->addWidget(m_diff, 1);
    right->addWidget(diffBox);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_files);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 860});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    connect(m_files, &QListWidget::currentRowChanged, this, &ReviewPage::showFile);
    connect(m_reveal, &QCheckBox::toggled, this, &ReviewPage::setRevealed);
    // Revealing is per import: other files start masked.
    connect(session, &MigrationSession::projectChanged, this, [this] {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
        m_revealed = false;
    });
    connect(m_changes, &FindingList::answersChanged, this, [this] {
        fillFiles();
        showFile();
    });
}

void ReviewPage::initializePage()
{
    fillFiles();
    if (m_files->count() > 0 && m_files->currentRow() < 0)
        m_files->setCurrentRow(0); // shows it
    else
        showFile();
}

bool ReviewPage::isPreparingDiff() const
{
    return m_diffTexts->isPending();
}

int ReviewPage::nextId() const
{
    return MigrationWizard::Checks;
}

void ReviewPage::fillFiles()
{
    const QString current = m_files->currentItem() ? m_files->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_files);
    m_files->clear();
    for (int i : m_session->relevantFiles()) {
        const FileAnalysis &file = m_session->project().files[std::size_t(i)];
        const FilePlan &plan = m_session->plan().files[std::size_t(i)];
        const int n = int(plan.edits.size());
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(file.source.relativePath,
                                                                        withEnglishPlural(tr("%n change(s)", nullptr, n), n)),
                                         m_files);
        item->setData(Qt::UserRole, file.source.relativePath);
        item->setToolTip(QStringLiteral("%1 · %2 · %3 · %4").arg(file.source.path, formatTitle(file.format), file.source.encodingName(), file.source.eolName()));
        if (file.source.relativePath == current)
            m_files->setCurrentItem(item);
    }
}

void ReviewPage::showFile()
{
    QListWidgetItem *item = m_files->currentItem();
    if (!item) {
        m_diffTexts->discard();
        m_diff->setTexts({}, {}, {});
        return;
    }
    const QString rel = item->data(Qt::UserRole).toString();
    const int index = m_session->fileIndex(rel);
    if (index < 0)
        return;
    const FileAnalysis &file = m_session->project().files[std::size_t(index)];
    const FilePlan &plan = m_session->plan().files[std::size_t(index)];
    m_changes->setFile(rel);
    const QString info = tr("<b>%1</b> · %2 · %3 · %4 line endings").arg(rel.toHtmlEscaped(), formatTitle(file.format), file.source.encodingName(), file.source.eolName());
    m_fileInfo->setText(info);
    const bool revealed = m_revealed;
    if (file.source.text.size() <= kBackgroundBytes) {
        m_diffTexts->discard();
        const DiffTexts texts = diffTexts(file, plan, revealed);
        m_diff->setTexts(texts.oldText, texts.newText, rel);
        return;
    }
    m_fileInfo->setText(info + QStringLiteral(" · ") + tr("preparing the diff…"));
    // Copies: the plan may change (an edit toggled) while the worker reads them.
    m_diffTexts->start([file, plan, revealed] { return diffTexts(file, plan, revealed); },
                       [this, rel, info](const DiffTexts &texts) {
                           m_fileInfo->setText(info);
                           m_diff->setTexts(texts.oldText, texts.newText, rel);
                       });
}

void ReviewPage::setRevealed(bool revealed)
{
    if (revealed) {
        const auto answer = QMessageBox::question(this, tr("Reveal secrets"),
                                                  tr("Show gateway tokens and keys in the diff? Anyone who can see your screen will see them. "
                                                     "Reports and exported files keep them masked."));
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker block(m_reveal);
            m_reveal->setChecked(false);
            return;
        }
    }
    m_revealed = revealed;
    qCInfo(lcWizard) << (revealed ? "secrets revealed in the diff by the operator" : "secrets masked again");
    showFile();
}

} // namespace agm
