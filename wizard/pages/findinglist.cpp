// SPDX-License-Identifier: MIT
#include "findinglist.h"

#include "intraline.h"
#include "migrationsession.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace agm {

namespace {

// Asks for the whole explanation at its width; when squeezed, scrolls instead of cutting a line.
class DetailsScrollArea : public QScrollArea
{
public:
    QSize sizeHint() const override
    {
        QSize hint = QScrollArea::sizeHint();
        if (const QWidget *text = widget())
            hint.setHeight(text->heightForWidth(viewport()->width() > 0 ? viewport()->width() : hint.width()) + 2 * frameWidth());
        return hint;
    }
};

// Items are editable as a whole; only the answer (New) is typed in, the other cells stay text.
class AnswerDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return index.column() == FindingList::New ? QStyledItemDelegate::createEditor(parent, option, index) : nullptr;
    }
    // The cell shows what the file gets (https://host...); the operator edits the host itself.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        QStyledItemDelegate::setEditorData(editor, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(index.data(FindingsModel::AnswerRole).toString());
    }
    // A Current or New value too long for its cell shows the part that differs from the other
    // one ("…gateway:1.2.5"), not their shared beginning; the tooltip and the details line and
    // screen readers keep the whole value.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int column = index.column();
        if (column == FindingList::Location) {
            // A narrow Where keeps the file's name and line ("…compose.yml:3"), not its folder.
            QStyleOptionViewItem opt = option;
            opt.textElideMode = Qt::ElideLeft;
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        if (column != FindingList::Current && column != FindingList::New) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1);
        // A cell running past the list's right edge counts only its visible part.
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && opt.rect.left() < view->viewport()->width())
            opt.rect.setRight(std::min(opt.rect.right(), view->viewport()->width() - 1));
        opt.text = FindingList::shownValue(index, opt.rect.width() - margins, opt.fontMetrics);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }
};

} // namespace

// One list's rows of the shared model: its steps, of one file or all. Rows are not sorted.
class FindingFilter : public QSortFilterProxyModel
{
public:
    static constexpr int kEveryFile = -1, kNoFile = -2;

    FindingFilter(FindingsModel *model, QSet<Step> steps, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
        , m_steps(std::move(steps))
    {
        setDynamicSortFilter(false); // a row's step and file never change while it lives
        setSourceModel(model);
    }
    void setFile(int file)
    {
        if (file != m_file) {
            m_file = file;
            invalidateFilter();
        }
    }
    int file() const { return m_file; }
    bool oneFile() const { return m_file != kEveryFile; }
    void setEditable(bool editable) { m_editable = editable; }
    // Within one file, Where says the line only.
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (oneFile() && index.column() == FindingsModel::Location && role == Qt::DisplayRole) {
            const int line = QSortFilterProxyModel::data(index, FindingsModel::LineRole).toInt();
            return line > 0 ? FindingList::tr("line %1").arg(line) : QString();
        }
        return QSortFilterProxyModel::data(index, role);
    }
    // Only a list for answering opens editors (and says so to screen readers).
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
        return m_editable ? flags : flags & ~Qt::ItemIsEditable;
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        return m_steps.contains(m_model->stepOf(row)) && (m_file == kEveryFile || m_model->fileOf(row) == m_file);
    }

private:
    FindingsModel *m_model;
    QSet<Step> m_steps;
    int m_file = kEveryFile;
    bool m_editable = false;
};

FindingList::FindingList(MigrationSession *session, QSet<Step> steps, QWidget *parent)
    : QTreeView(parent)
    , m_session(session)
    , m_model(session->findings())
    , m_filter(new FindingFilter(m_model, steps, this))
    , m_steps(std::move(steps))
{
    setModel(m_filter);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new AnswerDelegate(this));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    // What changes comes right after where: on a narrow page Current and New are the columns
    // in view, Resource and Field come after them.
    header()->moveSection(header()->visualIndex(Current), header()->visualIndex(Resource));
    header()->moveSection(header()->visualIndex(New), header()->visualIndex(Resource));
    setAccessibleName(tr("Findings"));
    setAccessibleDescription(tr("Each row is one change or piece of advice. Space switches a change on or off; "
                                "F2 or Enter types the answer of a row that asks for one."));
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        Q_EMIT currentRowChanged();
    });
    // A list on a page out of view leaves the model behind the plan until it is shown again.
    connect(session, &MigrationSession::planChanged, this, [this] {
        if (followsPlan())
            m_model->refreshSoon();
    });
    connect(m_model, &FindingsModel::refreshed, this, &FindingList::onRefreshed);
    // New rows (another import): the current row stays the same finding.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentIndex();
        m_currentKey = current.isValid() ? current.data(FindingsModel::FileRole).toString() + QLatin1Char('\n') + current.data(FindingsModel::IdRole).toString() : QString();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; !m_currentKey.isEmpty() && row < rowCount(); ++row) {
            const QModelIndex index = cell(row, Apply);
            if (index.data(FindingsModel::FileRole).toString() + QLatin1Char('\n') + index.data(FindingsModel::IdRole).toString() == m_currentKey) {
                setCurrentIndex(index);
                break;
            }
        }
    });
    refresh();
}

bool FindingList::followsPlan() const
{
    return isVisible() || !window()->isVisible();
}

void FindingList::setFile(const QString &relativePath)
{
    const int index = relativePath.isEmpty() ? FindingFilter::kEveryFile : m_session->fileIndex(relativePath);
    const int filter = index < 0 && !relativePath.isEmpty() ? FindingFilter::kNoFile : index;
    // Review sets its file again after each refresh: the list already follows it then.
    if (relativePath == m_file && filter == m_filter->file() && !m_stale && !m_model->isStale())
        return;
    m_file = relativePath;
    m_filter->setFile(filter);
    refresh();
}

void FindingList::setEditableHosts(bool editable)
{
    m_editableHosts = editable;
    m_filter->setEditable(editable);
    setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                             : QAbstractItemView::NoEditTriggers);
    refresh();
}

int FindingList::openQuestions() const
{
    // A reference to change by hand cannot be answered here; Export and Summary name it.
    return countReferences([](const ReferenceEntry &r) { return r.state == ReferenceState::Pending && !r.byHand(); });
}

int FindingList::countReferences(const std::function<bool(const ReferenceEntry &)> &predicate) const
{
    int n = 0;
    const Ledger &ledger = m_session->ledger();
    for (std::size_t i = 0; i < m_session->project().files.size() && i < ledger.files.size(); ++i) {
        const FileEntry &entry = ledger.files[i];
        if (!m_file.isEmpty() && entry.file != m_file)
            continue;
        n += int(std::count_if(entry.references.begin(), entry.references.end(),
                               [&](const ReferenceEntry &r) { return m_steps.contains(r.step) && predicate(r); }));
    }
    return n;
}

int FindingList::rowCount() const
{
    return m_filter->rowCount();
}

QModelIndex FindingList::cell(int row, int column) const
{
    return m_filter->index(row, column);
}

void FindingList::refresh()
{
    m_refreshing = true; // the other lists hear of new rows, this one follows below
    m_model->refreshIfStale();
    m_refreshing = false;
    syncWithModel();
}

void FindingList::onRefreshed()
{
    if (m_refreshing)
        return;
    if (!followsPlan()) {
        m_stale = true;
        return;
    }
    syncWithModel();
    Q_EMIT answersChanged();
}

void FindingList::syncWithModel()
{
    m_stale = false;
    for (int c = 0; c < Why; ++c)
        resizeColumnToContents(c);
    // Long URLs and image references are elided; the tooltip and the details line show them whole.
    setColumnWidth(Current, std::min(columnWidth(Current), 260));
    // Wide enough for a v2 host URL in the list's own font (presenter mode included).
    setColumnWidth(New, std::max(std::min(columnWidth(New), fontMetrics().averageCharWidth() * 46), 160));
    setColumnWidth(Resource, std::min(columnWidth(Resource), 220));
    setColumnWidth(Field, std::min(columnWidth(Field), 240));
    m_naturalWidths.clear();
    for (int c = 0; c < Why; ++c)
        m_naturalWidths << columnWidth(c);
    fitColumns();
    if (!currentIndex().isValid() && rowCount() > 0)
        setCurrentIndex(cell(0, Apply));
    showDetails();
}

// On a narrow window (1024 pixels, the step list beside the page) the columns before New pushed
// it, the value the file gets, past the right edge: the descriptive columns give up width first,
// then New itself (its cell shows the part that differs). A column keeps its header readable
// and a few characters of its content; the tooltips and the details line say them whole.
void FindingList::fitColumns()
{
    if (m_naturalWidths.size() != Why)
        return;
    const int charWidth = fontMetrics().averageCharWidth();
    int excess = -(viewport()->width() - charWidth * 16); // Why keeps a little room
    for (int c = 0; c < Why; ++c) {
        setColumnWidth(c, m_naturalWidths[c]);
        excess += isColumnHidden(c) ? 0 : m_naturalWidths[c];
    }
    for (const int c : {Resource, Field, Location, Current, New}) {
        if (excess <= 0)
            break;
        if (isColumnHidden(c))
            continue;
        const int floor = std::max(header()->sectionSizeHint(c), std::min(m_naturalWidths[c], charWidth * (c == New ? 24 : 12)));
        const int give = std::clamp(columnWidth(c) - floor, 0, excess);
        setColumnWidth(c, columnWidth(c) - give);
        excess -= give;
    }
}

void FindingList::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    m_model->refreshIfStale(); // behind the plan since no list was in view
    if (m_stale) {
        syncWithModel();
        Q_EMIT answersChanged();
    }
}

void FindingList::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

QStringList FindingList::rejectedAnswers() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex where = cell(row, Location);
        if (const QString why = where.data(FindingsModel::RejectedRole).toString(); !why.isEmpty())
            out << QStringLiteral("%1: %2").arg(where.data(Qt::ToolTipRole).toString(), why);
    }
    return out;
}

void FindingList::selectLines(int first, int last)
{
    int within = -1, above = -1, aboveLine = 0;
    for (int row = 0; row < rowCount() && within < 0; ++row) {
        const int line = cell(row, Apply).data(FindingsModel::LineRole).toInt();
        if (line >= first && line <= last)
            within = row;
        else if (line > 0 && line <= last && line > aboveLine)
            above = row, aboveLine = line;
    }
    if (const int row = within >= 0 ? within : above; row >= 0) {
        setCurrentIndex(cell(row, Apply));
        scrollTo(currentIndex());
    }
}

QString FindingList::shownValue(const QModelIndex &index, int width, const QFontMetrics &metrics)
{
    const QString text = index.data().toString();
    const int column = index.column();
    if ((column != Current && column != New) || metrics.horizontalAdvance(text) <= width)
        return text;
    const QString other = index.siblingAtColumn(column == Current ? New : Current).data().toString();
    return column == Current ? elideCommonParts(text, other).oldValue : elideCommonParts(other, text).newValue;
}

int FindingList::currentLine() const
{
    return currentIndex().data(FindingsModel::LineRole).toInt();
}

QWidget *FindingList::createPanel(Details details)
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(this, 1);
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    const int threeLines = m_details->fontMetrics().lineSpacing() * 3;
    if (details == Details::Scroll) {
        auto *scroll = new DetailsScrollArea;
        scroll->setWidget(m_details);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumHeight(threeLines);
        // A stop for the keyboard, to scroll what a squeezed splitter hides.
        scroll->setAccessibleName(tr("Explanation of the selected change"));
        layout->addWidget(scroll);
        m_detailsArea = scroll;
    } else {
        m_details->setMinimumHeight(threeLines);
        layout->addWidget(m_details);
    }
    showDetails();
    return panel;
}

void FindingList::showDetails()
{
    if (!m_details)
        return;
    // A scroll area does not pass its text's new height on to the layout by itself.
    const auto relayout = qScopeGuard([this] {
        if (m_detailsArea)
            m_detailsArea->updateGeometry();
    });
    const QModelIndex index = currentIndex();
    if (!index.isValid()) {
        m_details->setText(tr("Nothing to change in this step."));
        return;
    }
    const auto text = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    QString html = QStringLiteral("<b>%1</b> %2").arg(text(Location).toHtmlEscaped(), text(Why).toHtmlEscaped());
    const QString current = text(Current), next = text(New);
    if (!current.isEmpty() || !next.isEmpty())
        html += QStringLiteral("<br><code>%1</code> → <code>%2</code>").arg(current.toHtmlEscaped(), next.isEmpty() ? QStringLiteral("?") : next.toHtmlEscaped());
    const QString doc = index.data(FindingsModel::DocRole).toString();
    if (!doc.isEmpty())
        html += QStringLiteral(" · <a href=\"%1\">%2</a>").arg(doc.toHtmlEscaped(), tr("documentation"));
    m_details->setText(html);
}

void FindingList::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    // While an editor is open, Enter belongs to it (it may come back here through the viewport).
    if (!current.isValid() || state() == EditingState || event->modifiers() & ~(Qt::KeypadModifier)) {
        QTreeView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_F2:
    case Qt::Key_Enter:
    case Qt::Key_Return:
        if (const QModelIndex answer = current.siblingAtColumn(New); m_editableHosts && (answer.flags() & Qt::ItemIsEditable)) {
            setCurrentIndex(answer);
            edit(answer);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Space:
    case Qt::Key_Select:
        if (const QModelIndex apply = current.siblingAtColumn(Apply); apply.flags() & Qt::ItemIsUserCheckable) {
            const bool on = apply.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            model()->setData(apply, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            event->accept();
            return;
        }
        break;
    default: break;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace agm
