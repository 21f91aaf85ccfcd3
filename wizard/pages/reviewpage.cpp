// SPDX-License-Identifier: MIT
#include "backgroundtask.h"
#include "diffmodel.h"
#include "findinglist.h"
#include "logging.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "reviewpage.h"
#include "pluraltext.h"
#include "secretmask.h"
#include "sidebysidediffview.h"
#include "recipeorigin.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace agm {

namespace {

// Files up to this size are masked, diffed and shown at once (a few ms); larger ones are masked,
// diffed and aligned on a worker so the page never stalls (P7), and swapped in when ready.
constexpr std::size_t kBackgroundBytes = 256 * 1024;
constexpr const char *kWrapKey = "review/wrapLines";
constexpr const char *kInlineKey = "review/inlineLayout";

// The alignment of the texts shown: masked unless the operator revealed the secrets.
DiffModel::Prepared preparedDiff(const FileAnalysis &file, const FilePlan &plan, bool revealed)
{
    if (revealed)
        return DiffModel::prepare(QString::fromStdString(file.source.text), QString::fromStdString(plan.migratedText));
    const MaskedTexts masked = maskedTexts(file, plan);
    return DiffModel::prepare(QString::fromStdString(masked.original), QString::fromStdString(masked.migrated));
}

} // namespace

// The file list takes a quarter of a narrow page (at 1024 pixels or scale 2 a fixed 300 left the
// diff too little), no more than 300 pixels of a wide one.
void ReviewPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    if (m_splitMoved)
        return;
    const int total = m_split->width() - m_split->handleWidth();
    const int list = std::clamp(total / 4, m_files->minimumWidth(), 300);
    m_split->setSizes({list, total - list});
}

ReviewPage::ReviewPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_diffTexts(new BackgroundTask(this))
    , m_prefetch(new QTimer(this))
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Review, tr("Review every change")));
    setSubTitle(tr("Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once."));

    m_files = new QListWidget;
    m_files->setAccessibleName(tr("Files about the gateway"));
    // Long states are elided (the tooltip and the box above the diff say them whole).
    m_files->setTextElideMode(Qt::ElideRight);
    m_files->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_files->setMinimumWidth(120); // with the diff's own minimum, the page fits 1024 pixels
    m_changes = new FindingList(session, {Step::Image, Step::Endpoint, Step::Security, Step::Extras}, this);
    m_changes->setAccessibleName(tr("Changes in this file"));
    m_changes->setColumnHidden(FindingList::Location, false);
    m_diff = new SideBySideDiffView;
    m_diff->setAccessibleName(tr("Side-by-side diff"));
    m_reveal = new QCheckBox(tr("Re&veal secrets"));
    m_reveal->setAccessibleDescription(tr("Shows tokens and keys in the diff. They stay masked in reports and exports."));
    m_fileInfo = new QLabel;
    // A long path and its format made the page wider than a 1024-pixel screen: wrapped instead.
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setMinimumWidth(m_fileInfo->fontMetrics().averageCharWidth() * 24);
    m_notDone = new QLabel;
    m_notDone->setWordWrap(true);
    m_notDone->setTextFormat(Qt::RichText);
    m_notDone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notDone->setAccessibleName(tr("Not done in this file"));
    m_notDone->hide();

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_changes->createPanel(FindingList::Details::Scroll));
    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fileInfo, 1);
    bar->addWidget(m_reveal);
    diffLayout->addLayout(bar);
    diffLayout->addWidget(m_notDone);
    diffLayout->addWidget(m_diff, 1);
    right->addWidget(diffBox);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_files);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    m_split = split;
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RecipeOriginLabel(session, {Step::Image, Step::Endpoint, Step::Security, Step::Extras}));
    layout->addWidget(split, 1);

    // F8 / Shift+F8 wherever the focus is on this page (a hidden page's shortcuts are inactive);
    // the change list follows the diff.
    for (QAction *action : {m_diff->nextAction(), m_diff->previousAction()})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_diff, &SideBySideDiffView::currentChangeChanged, this, &ReviewPage::followChange);
    // Wrapping and the layout are the operator's taste: kept from one run to the next. Wrapped
    // by default, so a long URL's change is read whole without scrolling sideways.
    m_diff->setWrapLines(QSettings().value(QLatin1String(kWrapKey), true).toBool());
    m_diff->setPrefersInline(QSettings().value(QLatin1String(kInlineKey), false).toBool());
    connect(m_diff, &SideBySideDiffView::wrapLinesChanged, this,
            [](bool wrap) { QSettings().setValue(QLatin1String(kWrapKey), wrap); });
    connect(m_diff, &SideBySideDiffView::prefersInlineChanged, this,
            [](bool preferInline) { QSettings().setValue(QLatin1String(kInlineKey), preferInline); });
    connect(m_files, &QListWidget::currentRowChanged, this, &ReviewPage::showFile);
    // Picking a change in the list brings it into view in the diff; not when the list moves by
    // itself (following the diff, or refilled after an edit was switched).
    connect(m_changes, &FindingList::currentRowChanged, this, [this] {
        if (!m_following && m_changes->hasFocus() && m_changes->currentLine() > 0)
            showChangeAt(m_changes->currentLine());
    });
    connect(m_reveal, &QCheckBox::toggled, this, &ReviewPage::setRevealed);
    // Revealing is per import: other files start masked.
    connect(session, &MigrationSession::projectChanged, this, [this] {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
        m_revealed = false;
    });
    // While the page is hidden, a plan change prepares the diff it will open on, if that file
    // is large: once the event loop is back, as one choice may replan several times.
    m_prefetch->setSingleShot(true);
    m_prefetch->setInterval(0);
    connect(m_prefetch, &QTimer::timeout, this, &ReviewPage::prefetchDiff);
    m_prefetch->start(); // the page may be built after the import's plan (pages come on first use)
    connect(session, &MigrationSession::planChanged, this, [this] {
        ++m_planGeneration;
        m_prefetched.reset();
        if (!isVisible()) {
            qCDebug(lcWizard) << "plan" << m_planGeneration << "changed while the review is hidden";
            m_prefetch->start();
        }
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
    return m_diff->isPreparing();
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
        const FileEntry &entry = m_session->fileEntry(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(file.source.relativePath, entry.describe()), m_files);
        item->setData(Qt::UserRole, file.source.relativePath);
        item->setToolTip(QStringLiteral("%1 · %2 · %3 · %4\n%5").arg(file.source.path, formatTitle(file.format), file.source.encodingName(),
                                                                     file.source.eolName(), entry.describe()));
        if (entry.state == FileState::Unreadable || entry.state == FileState::CannotEdit)
            item->setForeground(QColor(0xcf, 0x22, 0x2e));
        else if (entry.state == FileState::NeedsAnswer || entry.state == FileState::LeftOut)
            item->setForeground(QColor(0x9a, 0x67, 0x00));
        if (file.source.relativePath == current)
            m_files->setCurrentItem(item);
    }
    // One file needs no list: its name is above the diff, and the diff gets the room.
    m_files->setVisible(m_files->count() > 1);
}

void ReviewPage::showFile()
{
    QListWidgetItem *item = m_files->currentItem();
    if (!item) {
        m_diffTexts->discard();
        m_diff->setTexts({}, {}, {});
        m_notDone->hide();
        return;
    }
    const QString rel = item->data(Qt::UserRole).toString();
    const int index = m_session->fileIndex(rel);
    if (index < 0)
        return;
    const FileAnalysis &file = m_session->project().files[std::size_t(index)];
    const FilePlan &plan = m_session->plan().files[std::size_t(index)];
    m_changes->setFile(rel);
    showNotDone(m_session->fileEntry(index));
    const QString info = tr("<b>%1</b> · %2 · %3 · %4 line endings").arg(rel.toHtmlEscaped(), formatTitle(file.format), file.source.encodingName(), file.source.eolName());
    m_fileInfo->setText(info);
    const bool revealed = m_revealed;
    if (file.source.text.size() <= kBackgroundBytes) {
        m_diffTexts->discard();
        m_diff->setPrepared(preparedDiff(file, plan, revealed), rel);
        return;
    }
    requestLargeDiff({rel, m_planGeneration, revealed}, index, true);
}

void ReviewPage::requestLargeDiff(const DiffKey &key, int index, bool show)
{
    if (m_prefetched && m_prefetched->first == key) {
        if (show) {
            m_diffTexts->discard(); // another file's diff under way must not replace this one
            m_diff->setPrepared(std::move(m_prefetched->second), key.file);
            m_prefetched.reset();
        }
        return;
    }
    m_showWhenReady = show;
    if (show)
        m_diff->showPreparing(tr("Preparing the diff of %1…").arg(key.file));
    if (m_diffTexts->isPending() && m_preparing == key)
        return; // under way already (a prefetch): it is shown when ready
    m_preparing = key;
    qCDebug(lcWizard) << "preparing the diff of" << key.file << "for plan" << key.plan << (show ? "to show" : "ahead");
    // Copies: the plan may change (an edit toggled) while the worker reads them. Only the latest
    // request's result is delivered; an earlier one still running is dropped when it ends.
    m_diffTexts->start(
            [file = m_session->project().files[std::size_t(index)], plan = m_session->plan().files[std::size_t(index)],
             revealed = key.revealed] { return preparedDiff(file, plan, revealed); },
            [this, key](DiffModel::Prepared prepared) {
                qCDebug(lcWizard) << "diff of" << key.file << "for plan" << key.plan << "ready";
                if (m_showWhenReady)
                    m_diff->setPrepared(std::move(prepared), key.file);
                else
                    m_prefetched.emplace(key, std::move(prepared));
            });
}

void ReviewPage::prefetchDiff()
{
    if (isVisible())
        return; // showFile() asks for what it shows
    const QString rel = fileToShow();
    const int index = rel.isEmpty() ? -1 : m_session->fileIndex(rel);
    if (index < 0 || m_session->project().files[std::size_t(index)].source.text.size() <= kBackgroundBytes)
        return;
    requestLargeDiff({rel, m_planGeneration, m_revealed}, index, false);
}

// The file initializePage() will show: the one picked before, else the first of the list.
QString ReviewPage::fileToShow() const
{
    const QString current = m_files->currentItem() ? m_files->currentItem()->data(Qt::UserRole).toString() : QString();
    const std::vector<int> files = m_session->relevantFiles();
    for (int i : files) {
        if (m_session->project().files[std::size_t(i)].source.relativePath == current)
            return current;
    }
    return files.empty() ? QString() : m_session->project().files[std::size_t(files.front())].source.relativePath;
}

// What stays undone in this file, from the ledger: why it was not migrated (and where), and each
// reference left pending or out with its place and the value to write by hand.
void ReviewPage::showNotDone(const FileEntry &entry)
{
    const std::vector<OpenItem> items = entry.notDone();
    if (items.empty()) {
        m_notDone->hide();
        return;
    }
    QString html = QStringLiteral("<b>%1</b>").arg(entry.describe().toHtmlEscaped());
    for (const OpenItem &open : items) {
        if (open.line > 0)
            html += QStringLiteral("<br>• ") + open.describe().toHtmlEscaped();
    }
    m_notDone->setText(html);
    const bool red = entry.state == FileState::Unreadable || entry.state == FileState::CannotEdit;
    m_notDone->setStyleSheet(red ? QStringLiteral("color: #cf222e;") : QStringLiteral("color: #9a6700;"));
    m_notDone->show();
}

QString ReviewPage::notDoneText() const
{
    return m_notDone->isHidden() ? QString() : m_notDone->text();
}

void ReviewPage::followChange(int index)
{
    const DiffModel *model = m_diff->model();
    if (index < 0 || index >= int(model->changeSpans().size()))
        return;
    const DiffChangeSpan &span = model->changeSpans()[std::size_t(index)];
    int first = -1, last = -1;
    for (int r = span.firstRow; r < span.firstRow + span.rowCount; ++r) {
        if (const int line = model->row(r).oldLine; line >= 0) {
            first = first < 0 ? line : first;
            last = line;
        }
    }
    if (first < 0 && span.firstRow > 0) // lines only added: after the old line above them
        first = last = model->row(span.firstRow - 1).oldLine;
    if (first >= 0) {
        m_following = true;
        m_changes->selectLines(first + 1, last + 1);
        m_following = false;
    }
}

void ReviewPage::showChangeAt(int line)
{
    if (m_diff->isPreparing())
        return; // the diff shown is not the plan's yet
    // The change holding the finding's line (1-based, original text), else the next one below it.
    const DiffModel *model = m_diff->model();
    const std::vector<DiffChangeSpan> &spans = model->changeSpans();
    int below = -1;
    for (int c = 0; c < int(spans.size()); ++c) {
        const DiffChangeSpan &span = spans[std::size_t(c)];
        for (int r = span.firstRow; r < span.firstRow + span.rowCount; ++r) {
            const int old = model->row(r).oldLine;
            if (old == line - 1) {
                m_diff->setCurrentChange(c);
                return;
            }
            if (below < 0 && old >= line - 1)
                below = c;
        }
    }
    if (below >= 0)
        m_diff->setCurrentChange(below);
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
