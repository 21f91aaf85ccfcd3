// SPDX-License-Identifier: MIT
#include "findinglist.h"

#include "intraline.h"
#include "migrationsession.h"
#include "plan.h"
#include "secretmask.h"

#include <QApplication>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace agm {

namespace {

enum Role { FileRole = Qt::UserRole + 1, IdRole, NeedsAnswerRole, DocRole, LineRole, AnswerRole, RejectedRole };

// The row's state as the ledger has it; a finding without a ledger entry is an error.
QString stateLabel(const Finding &f, const ReferenceEntry *r)
{
    if (!r)
        return FindingList::tr("error");
    switch (r->state) {
    case ReferenceState::Pending: return r->byHand() ? FindingList::tr("change by hand") : FindingList::tr("needs your answer");
    case ReferenceState::LeftOut: return r->leavesV1() ? FindingList::tr("left on the v1 URL") : FindingList::tr("left out");
    case ReferenceState::Changed:
    case ReferenceState::AlreadyV2: return {};
    case ReferenceState::Advice: break;
    }
    return f.severity == Severity::Info ? FindingList::tr("info") : FindingList::tr("advice");
}

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
            line->setText(index.siblingAtColumn(0).data(AnswerRole).toString());
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

FindingList::FindingList(MigrationSession *session, QSet<Step> steps, QWidget *parent)
    : QTreeWidget(parent)
    , m_session(session)
    , m_steps(std::move(steps))
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Apply"), tr("Where"), tr("Resource"), tr("Field"), tr("Current"), tr("New"), tr("Why")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
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
    connect(this, &QTreeWidget::itemChanged, this, &FindingList::onItemChanged);
    // Plans change while a row's own signal runs; rebuilding then would delete that row, so later.
    // A list on a page out of view is rebuilt when it is shown again, not on every change of
    // the plan (a list in no window yet, as in tests, follows at once).
    connect(session, &MigrationSession::planChanged, this, [this] {
        if (!isVisible() && window()->isVisible()) {
            m_stale = true;
            return;
        }
        if (!m_refreshQueued) {
            m_refreshQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                if (!m_refreshQueued)
                    return; // refreshed directly meanwhile; again would close an open editor
                refresh();
                Q_EMIT answersChanged();
            }, Qt::QueuedConnection);
        }
    });
    refresh();
}

void FindingList::setFile(const QString &relativePath)
{
    m_file = relativePath;
    refresh();
}

void FindingList::setEditableHosts(bool editable)
{
    m_editableHosts = editable;
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

void FindingList::refresh()
{
    m_refreshQueued = false;
    m_stale = false;
    m_filling = true;
    const QString selected = currentItem() ? currentItem()->data(0, IdRole).toString() : QString();
    clear();
    const Project &project = m_session->project();
    const ProjectPlan &plan = m_session->plan();
    const Ledger &ledger = m_session->ledger();
    for (std::size_t i = 0; i < project.files.size() && i < plan.files.size() && i < ledger.files.size(); ++i) {
        const QString file = project.files[i].source.relativePath;
        if (!m_file.isEmpty() && file != m_file)
            continue;
        const auto references = ledger.files[i].byFindingId();
        for (const Finding &f : plan.files[i].findings) {
            if (!m_steps.contains(f.step))
                continue;
            auto *item = new QTreeWidgetItem(this);
            const bool editable = !f.edits.empty();
            const ReferenceEntry *reference = references.value(f.id);
            const bool open = reference && (reference->state == ReferenceState::Pending || reference->leavesV1());
            if (editable) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Apply, m_session->isFindingEnabled(file, f.id) ? Qt::Checked : Qt::Unchecked);
            }
            item->setText(Apply, stateLabel(f, reference));
            if (m_session->answerFromRecipe(file, f.id) || m_session->leftOutByRecipe(file, f.id)) {
                const QString state = item->text(Apply);
                item->setText(Apply, state.isEmpty() ? tr("from recipe") : tr("%1 · from recipe").arg(state));
                item->setToolTip(Apply, tr("This choice comes from the recipe %1; change it here if it does not fit.").arg(escapeControlCharacters(m_session->recipeName())));
            }
            if (editable)
                describeApplyCell(item);
            if (m_file.isEmpty())
                item->setText(Location, f.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(f.line) : file);
            else
                item->setText(Location, f.line > 0 ? tr("line %1").arg(f.line) : QString());
            item->setToolTip(Location, f.line > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(f.line).arg(f.column) : file);
            const QString current = maskSecretsInText(f.oldValue); // a v1 URL may hold a password or a SAS token
            item->setToolTip(Current, current);
            item->setText(Resource, f.resource);
            item->setToolTip(Resource, f.resource);
            item->setText(Field, f.field);
            item->setToolTip(Field, f.field);
            item->setText(Current, current);
            QString rejected;
            const bool host = std::any_of(f.edits.begin(), f.edits.end(), [](const ProposedEdit &e) { return e.param == Param::Host; });
            QString newValue = f.newValue;
            if (host) {
                const QString answer = m_session->hostOverride(file, f.id);
                rejected = answer.isEmpty() ? QString() : hostAnswerProblem(answer);
                // What the file gets (its scheme and quoting) once resolved; else the answer or the derived host.
                newValue = !f.newValue.isEmpty() && rejected.isEmpty() ? f.newValue : !answer.isEmpty() ? answer : f.defaultHost;
                item->setData(0, AnswerRole, !answer.isEmpty() ? answer : f.defaultHost);
                if (!rejected.isEmpty())
                    rejected = tr("Your answer “%1” is not used: %2.").arg(maskSecretsInText(answer), rejected);
                item->setData(0, RejectedRole, rejected);
                if (m_editableHosts)
                    item->setFlags(item->flags() | Qt::ItemIsEditable);
                item->setData(0, NeedsAnswerRole, f.needsAnswer());
                if (newValue.isEmpty())
                    item->setToolTip(New, tr("Type the v2 configuration host here, for example contoso.configuration.azure-api.net"));
            }
            item->setText(New, maskSecretsInText(newValue));
            if (item->toolTip(New).isEmpty())
                item->setToolTip(New, item->text(New));
            // A pending or left-out row says what that means (the ledger's reason) before why it was found.
            QString why = reference && !reference->reason.isEmpty() ? reference->reason : f.message(Audience::Wizard);
            if (!rejected.isEmpty())
                why = rejected + QLatin1Char(' ') + why;
            item->setText(Why, why);
            item->setToolTip(Why, why + (f.docUrl().isEmpty() ? QString() : QStringLiteral("\n") + f.docUrl()));
            item->setData(0, FileRole, file);
            item->setData(0, DocRole, f.docUrl());
            item->setData(0, IdRole, f.id);
            item->setData(0, LineRole, f.line);
            if (open || f.severity == Severity::Error) {
                const bool red = f.severity == Severity::Error || (reference && reference->byHand());
                const QColor warn = red ? QColor(0xcf, 0x22, 0x2e) : QColor(0x9a, 0x67, 0x00);
                item->setForeground(Apply, warn);
                QFont font = item->font(Apply);
                font.setBold(true);
                item->setFont(Apply, font);
            }
            if (f.id == selected)
                setCurrentItem(item);
        }
    }
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
    if (!currentItem() && topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
    m_filling = false;
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
    QTreeWidget::showEvent(event);
    if (m_stale) {
        refresh();
        Q_EMIT answersChanged();
    }
}

void FindingList::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitColumns();
}

QStringList FindingList::rejectedAnswers() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (const QString why = topLevelItem(i)->data(0, RejectedRole).toString(); !why.isEmpty())
            out << QStringLiteral("%1: %2").arg(topLevelItem(i)->toolTip(Location), why);
    }
    return out;
}

void FindingList::selectLines(int first, int last)
{
    QTreeWidgetItem *within = nullptr, *above = nullptr;
    int aboveLine = 0;
    for (int i = 0; i < topLevelItemCount() && !within; ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const int line = item->data(0, LineRole).toInt();
        if (line >= first && line <= last)
            within = item;
        else if (line > 0 && line <= last && line > aboveLine)
            above = item, aboveLine = line;
    }
    if (QTreeWidgetItem *item = within ? within : above) {
        setCurrentItem(item);
        scrollToItem(item);
    }
}

void FindingList::describeApplyCell(QTreeWidgetItem *item)
{
    // Qt's AT-SPI bridge (up to 6.4, and 5.15) passes a cell's "checked" on but not "checkable",
    // so an unticked box would say nothing at all: the cell's accessible name says it.
    const bool on = item->checkState(Apply) == Qt::Checked;
    const QString label = item->text(Apply);
    const QString state = on ? tr("Apply: on") : tr("Apply: off");
    item->setData(Apply, Qt::AccessibleTextRole, label.isEmpty() ? state : state + QStringLiteral(", ") + label);
    item->setData(Apply, Qt::AccessibleDescriptionRole, tr("Space switches this change on or off"));
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
    return currentItem() ? currentItem()->data(0, LineRole).toInt() : 0;
}

QWidget *FindingList::createPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(this, 1);
    m_details = new QLabel;
    layout->addWidget(m_details);
    m_details->setWordWrap(true);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(this, &QTreeWidget::currentItemChanged, this, &FindingList::showDetails);
    showDetails();
    return panel;
}

void FindingList::showDetails()
{
    if (!m_details)
        return;
    QTreeWidgetItem *item = currentItem();
    if (!item) {
        m_details->setText(tr("Nothing to change in this step."));
        return;
    }
    QString html = QStringLiteral("<b>%1</b> %2").arg(item->text(Location).toHtmlEscaped(), item->text(Why).toHtmlEscaped());
    const QString current = item->text(Current), next = item->text(New);
    if (!current.isEmpty() || !next.isEmpty())
        html += QStringLiteral("<br><code>%1</code> → <code>%2</code>").arg(current.toHtmlEscaped(), next.isEmpty() ? QStringLiteral("?") : next.toHtmlEscaped());
    const QString doc = item->data(0, DocRole).toString();
    if (!doc.isEmpty())
        html += QStringLiteral(" · <a href=\"%1\">%2</a>").arg(doc.toHtmlEscaped(), tr("documentation"));
    m_details->setText(html);
}

void FindingList::keyPressEvent(QKeyEvent *event)
{
    QTreeWidgetItem *item = currentItem();
    // While an editor is open, Enter belongs to it (it may come back here through the viewport).
    if (!item || state() == EditingState || event->modifiers() & ~(Qt::KeypadModifier)) {
        QTreeWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_F2:
    case Qt::Key_Enter:
    case Qt::Key_Return:
        if (m_editableHosts && (item->flags() & Qt::ItemIsEditable)) {
            const QModelIndex answer = indexFromItem(item, New);
            setCurrentIndex(answer);
            edit(answer);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Space:
    case Qt::Key_Select:
        if (item->flags() & Qt::ItemIsUserCheckable) {
            item->setCheckState(Apply, item->checkState(Apply) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            event->accept();
            return;
        }
        break;
    default: break;
    }
    QTreeWidget::keyPressEvent(event);
}

void FindingList::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const QString file = item->data(0, FileRole).toString();
    const QString id = item->data(0, IdRole).toString();
    if (column == Apply && (item->flags() & Qt::ItemIsUserCheckable)) {
        m_filling = true; // the name below changes the item again
        describeApplyCell(item);
        m_filling = false;
        m_session->setFindingEnabled(file, id, item->checkState(Apply) == Qt::Checked);
    }
    else if (column == New && m_editableHosts)
        m_session->setHostOverride(file, id, item->text(New).trimmed());
}

} // namespace agm
