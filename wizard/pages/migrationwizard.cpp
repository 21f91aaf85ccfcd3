// SPDX-License-Identifier: MIT
#include "migrationwizard.h"

#include "aboutdialog.h"
#include "checkspage.h"
#include "firstpaint.h"
#include "logging.h"
#include "migrationsession.h"
#include "sidebysidediffview.h"
#include "pages.h"
#include "pluraltext.h"
#include "steplist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCursor>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace agm {

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new MigrationSession(this))
    , m_steps(new StepList)
{
    setWindowTitle(tr("APIM Gateway Migrator"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(Welcome, new WelcomePage(this));
    setStartId(Welcome);
    // Buttons in the wizard's own row, available on every page.
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("&About"));
    setButtonText(QWizard::CustomButton2, tr("&Presenter mode"));
    button(QWizard::CustomButton2)->setCheckable(true);
    button(QWizard::CustomButton2)->setToolTip(tr("Larger text on every page, for projectors (Ctrl+Shift+P)"));
    button(QWizard::CustomButton2)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (QWizardPage *p = QWizard::page(id))
            qCDebug(lcWizard).noquote() << "page" << id << p->title();
        if (auto *exportPage = static_cast<ExportPage *>(QWizard::page(Export)); id == Summary && exportPage) {
            const ExportOutcome &out = exportPage->outcome();
            qCInfo(lcWrite) << "exported:" << out.written.size() << "files," << out.backups.size() << "backups," << out.artifacts.size() << "reports";
            for (const QStringList *paths : {&out.written, &out.backups, &out.artifacts}) {
                for (const QString &path : *paths)
                    qCDebug(lcWrite).noquote() << "  wrote" << path;
            }
        }
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            AboutDialog(this).exec();
        else if (which == QWizard::CustomButton2)
            setPresenterMode(button(QWizard::CustomButton2)->isChecked());
    });
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateSteps);
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::queueFitHeader);
    // Once the new page is laid out and filled: its minimum width decides whether the list fits.
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::compactSteps, Qt::QueuedConnection);
    // Answers change what blocks a step; the plan is recomputed before the pages hear of it.
    connect(m_session, &MigrationSession::planChanged, this, &MigrationWizard::updateSteps, Qt::QueuedConnection);
    updateSteps();
    m_normalFont = QApplication::font();
    if (QSettings().value(QStringLiteral("wizard/presenterMode")).toBool())
        setPresenterMode(true);
    placeOnScreen();
}

MigrationWizard::~MigrationWizard()
{
    // The demo's copy was made for this session only.
    if (!m_demoFolder.isEmpty())
        QDir(m_demoFolder).removeRecursively();
    if (testAttribute(Qt::WA_WState_Created))
        QSettings().setValue(geometryKey(screen()), saveGeometry());
}

// Screens differ in name and size (a laptop docked or not): each gets its own remembered window.
QString MigrationWizard::geometryKey(const QScreen *screen)
{
    if (!screen)
        return QStringLiteral("wizard/geometry");
    const QSize size = screen->size();
    QString name = screen->name();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("wizard/geometry/%1-%2x%3").arg(name).arg(size.width()).arg(size.height());
}

void MigrationWizard::placeOnScreen()
{
    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QByteArray saved = QSettings().value(geometryKey(screen)).toByteArray();
    // A remembered window that no longer fits (the taskbar grew, the scale changed) is not used.
    if (!saved.isEmpty() && restoreGeometry(saved) && available.contains(geometry()))
        return;
    setGeometry(fittedGeometry(available));
}

QList<MigrationWizard::PageId> MigrationWizard::steps()
{
    return {Import, Image, Endpoint, Security, Review, Checks, Export, Summary};
}

QString MigrationWizard::stepName(PageId page)
{
    switch (page) {
    case Import: return tr("Import");
    case Image: return tr("Image");
    case Endpoint: return tr("Endpoint");
    case Security: return tr("Security");
    case Review: return tr("Review");
    case Checks: return tr("Checks");
    case Export: return tr("Export");
    case Summary: return tr("Summary");
    case Welcome: break;
    }
    return {};
}

QString MigrationWizard::numberedTitle(PageId page, const QString &title)
{
    const QList<PageId> order = steps();
    const int at = int(order.indexOf(page));
    if (at < 0)
        return title;
    return tr("%1 of %2 · %3").arg(at + 1).arg(order.size()).arg(title);
}

// Why `id` cannot be completed now, or empty. The Endpoint step is known blocked before it is
// reached (the ledger has its questions); other pages only say so while current.
QString MigrationWizard::blockedReason(PageId id)
{
    QWizardPage *p = m_pagesBuilt ? QWizard::page(id) : nullptr;
    if (!p)
        return {};
    if (id == Endpoint) {
        if (const int open = static_cast<EndpointPage *>(p)->openQuestions())
            return withEnglishPlural(tr("%n endpoint(s) without the v2 host: select the row on the Endpoint page and press F2.", nullptr, open), open);
        return {};
    }
    if (id != currentId() || p->isComplete())
        return {};
    if (id == Checks) {
        if (QCheckBox *box = static_cast<ChecksPage *>(p)->acknowledgement(); !box->isHidden() && !box->isChecked())
            return tr("Tick “%1” to go on.").arg(box->text().remove(QLatin1Char('&')));
    }
    if (id == Import)
        return tr("Add the files or folders to migrate and wait until they are read.");
    return tr("This page is not complete yet.");
}

void MigrationWizard::updateSteps()
{
    const QList<int> visited = visitedIds();
    QList<StepList::Step> list;
    for (const PageId id : steps()) {
        StepList::Step step{stepName(id), StepList::State::ToDo, blockedReason(id)};
        if (!step.why.isEmpty())
            step.state = StepList::State::Blocked;
        else if (id == currentId())
            step.state = StepList::State::Current;
        else if (visited.contains(id))
            step.state = StepList::State::Done;
        list << step;
    }
    m_steps->setSteps(list);
}

QRect MigrationWizard::fittedGeometry(const QRect &available)
{
    // Room for the window frame and title bar, which the geometry does not include.
    const int maxWidth = available.width() - 16, maxHeight = available.height() - 40;
    const int width = std::min(maxWidth, std::clamp(available.width() * 85 / 100, 960, 1800));
    const int height = std::min(maxHeight, std::clamp(available.height() * 88 / 100, 680, 1200));
    QRect r(0, 0, width, height);
    r.moveCenter(available.center());
    r.moveTop(std::max(r.top(), available.top() + 32));
    return r;
}

void MigrationWizard::buildPages()
{
    if (m_pagesBuilt)
        return;
    m_pagesBuilt = true;
    auto *exportPage = new ExportPage(m_session);
    setPage(Import, new ImportPage(m_session));
    setPage(Image, new ImagePage(m_session));
    setPage(Endpoint, new EndpointPage(m_session));
    setPage(Security, new SecurityPage(m_session));
    setPage(Review, new ReviewPage(m_session));
    setPage(Checks, new ChecksPage(m_session));
    setPage(Export, exportPage);
    setPage(Summary, new SummaryPage(m_session, exportPage));
    for (const PageId id : steps())
        connect(QWizard::page(id), &QWizardPage::completeChanged, this, &MigrationWizard::updateSteps);
    zoomDiffs();
    updateSteps();
}

QWizardPage *MigrationWizard::page(int id)
{
    buildPages();
    return QWizard::page(id);
}

QList<int> MigrationWizard::pageIds()
{
    buildPages();
    return QWizard::pageIds();
}

void MigrationWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (m_pagesBuilt)
        return;
    if (QWizardPage *first = currentPage())
        afterFirstPaint(first, [this] { buildPages(); });
    else
        buildPages();
}

void MigrationWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    // Pushed wider by a new page's minimum width while the list was beside it (QWizard grows the
    // window before the list can step aside): the width the operator had is what the page gets.
    if (width() == minimumWidth() && event->oldSize().width() > 0 && width() > event->oldSize().width() && m_steps->isVisibleTo(this))
        m_widthBeforeGrowth = event->oldSize().width();
    compactSteps();
}

// In a window narrower than 1100 pixels (a 1024-pixel screen; 1650 in presenter mode, whose text
// is 1.5 times larger) the pages need every pixel: the step list shows marks and numbers only.
void MigrationWizard::compactSteps()
{
    const int room = m_widthBeforeGrowth > 0 ? std::min(m_widthBeforeGrowth, width()) : width();
    m_steps->setCompact(room < (m_presenter ? 1650 : 1100));
    // A page that needs the whole width (Review in presenter mode on a 1024-pixel screen) gets
    // it: the list steps aside there. The spacing beside the list is counted as one more list width.
    const QWizardPage *page = currentPage();
    const int chrome = page && page->isVisible() ? width() - page->width() - (m_steps->isVisible() ? m_steps->width() : 0) : 0;
    const bool fits = !page || page->minimumSizeHint().width() + chrome + 2 * m_steps->width() <= room;
    if (fits != m_steps->isVisibleTo(this)) {
        m_steps->setVisible(fits);
        relayout();
    }
    if (m_widthBeforeGrowth > 0 && !fits) {
        m_widthBeforeGrowth = 0;
        // Without the list the page needs less: back to the width the window had.
        if (QLayout *top = layout())
            top->activate();
        resize(std::max(room, minimumSizeHint().width()), height());
    }
    else
        m_widthBeforeGrowth = 0;
}

// QWizard measures its header and minimum size only when a page is shown or its texts change:
// setting the subtitle again makes it measure now (a new font, the step list shown or hidden).
void MigrationWizard::relayout()
{
    if (QWizardPage *page = currentPage())
        page->setSubTitle(page->subTitle());
}

bool MigrationWizard::validateCurrentPage()
{
    buildPages(); // Next on Welcome before the first frame was painted
    return QWizard::validateCurrentPage();
}

void MigrationWizard::reject()
{
    if (auto *exportPage = static_cast<ExportPage *>(QWizard::page(Export)); exportPage && exportPage->isExporting())
        return;
    // Cancel, Escape and the close button: decisions not yet exported are asked about first.
    if (const QStringList decisions = m_session->decisions(); !decisions.isEmpty() && currentId() != Summary) {
        QMessageBox box(QMessageBox::Question, tr("Discard your decisions?"),
                        tr("Closing now discards what you decided (%1); nothing has been written.").arg(decisions.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, this);
        QAbstractButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep working"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QWizard::reject();
}

// QWizard's header gives the subtitle the height of two lines, measured when the page was shown:
// a longer one (a translation, a narrow window) or a larger font was cut off. The subtitle label
// is QWizard's own (its header class has no meta-object): the word-wrapped label outside the page
// that shows the page's subtitle. It is grown to what its width needs.
void MigrationWizard::fitHeader()
{
    m_fitQueued = false;
    QWizardPage *page = currentPage();
    if (!page || page->subTitle().isEmpty())
        return;
    for (QLabel *label : findChildren<QLabel *>()) {
        QWidget *header = label->parentWidget();
        if (!header || page->isAncestorOf(label) || !label->wordWrap() || label->text() != page->subTitle() || !header->layout())
            continue;
        label->removeEventFilter(this);
        label->installEventFilter(this);
        // QLabel's heightForWidth() is never below its minimum height: measured without it, or a
        // long subtitle once seen would keep the header tall on every later page.
        const int before = label->minimumHeight();
        label->setMinimumHeight(0);
        const int needed = std::max(label->heightForWidth(label->width()), label->fontMetrics().lineSpacing() * 2);
        label->setMinimumHeight(needed);
        if (needed == before)
            return;
        const int height = header->layout()->totalMinimumSize().height();
        header->setMinimumHeight(height);
        header->setMaximumHeight(height);
        return;
    }
}

void MigrationWizard::queueFitHeader()
{
    if (m_fitQueued)
        return;
    m_fitQueued = true;
    QMetaObject::invokeMethod(this, &MigrationWizard::fitHeader, Qt::QueuedConnection);
}

bool MigrationWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)
        queueFitHeader();
    return QWizard::eventFilter(watched, event);
}

void MigrationWizard::setPresenterMode(bool on)
{
    m_presenter = on;
    const QSignalBlocker block(button(QWizard::CustomButton2));
    button(QWizard::CustomButton2)->setChecked(on);
    QFont font = m_normalFont;
    if (on)
        font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 10.0) * 1.5);
    QApplication::setFont(font);
    relayout();
    queueFitHeader();
    compactSteps();
    zoomDiffs();
    QSettings().setValue(QStringLiteral("wizard/presenterMode"), on);
}

void MigrationWizard::zoomDiffs()
{
    // The diff uses its own fixed-width font; it follows the presenter mode by zooming.
    for (SideBySideDiffView *diff : findChildren<SideBySideDiffView *>()) {
        diff->resetZoom();
        for (int i = 0; m_presenter && i < 4; ++i)
            diff->zoomIn();
    }
}

void MigrationWizard::preload(const QStringList &paths)
{
    static_cast<ImportPage *>(page(Import))->addPaths(paths);
}

void MigrationWizard::setTagService(net::RegistryTagService *service, const net::TagFetchRequest &request)
{
    static_cast<ImagePage *>(page(Image))->setTagService(service, request);
}

void MigrationWizard::setConnectivityChecker(net::ConnectivityChecker *checker)
{
    static_cast<ChecksPage *>(page(Checks))->setChecker(checker);
}

RecipeReadResult MigrationWizard::loadRecipe(const QString &path)
{
    RecipeReadResult read = readRecipe(path);
    if (read.recipe) {
        // The file name only: the pages and reports never show a machine path.
        m_session->setRecipe(*read.recipe, QFileInfo(path).fileName());
        qCInfo(lcWizard).noquote() << "recipe loaded:" << QFileInfo(path).fileName();
    }
    return read;
}

bool MigrationWizard::loadDemo()
{
    if (m_demoFolder.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        QString folder = QDir(base).filePath(QStringLiteral("apim-gateway-migrator-demo"));
        for (int n = 2; QFileInfo::exists(folder); ++n)
            folder = QDir(base).filePath(QStringLiteral("apim-gateway-migrator-demo-%1").arg(n));
        QString error;
        if (!extractDemoSet(folder, &error))
            return false;
        m_demoFolder = folder;
    }
    static_cast<ImportPage *>(page(Import))->addPaths({m_demoFolder}, false);
    return true;
}

} // namespace agm
