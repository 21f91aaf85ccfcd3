// SPDX-License-Identifier: MIT
#include "steplist.h"

#include <QEvent>

#include <algorithm>

namespace agm {

StepList::StepList(QWidget *parent)
    : QListWidget(parent)
{
    // A map, not a control: clicking or tabbing to it would suggest the steps can be jumped to.
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setSpacing(2);
    setAccessibleName(tr("Steps"));
}

QString StepList::spoken(const Step &step)
{
    switch (step.state) {
    case State::Done: return tr("%1: done").arg(step.name);
    case State::Current: return tr("%1: current").arg(step.name);
    case State::Blocked: return tr("%1: blocked").arg(step.name);
    case State::ToDo: break;
    }
    return tr("%1: to do").arg(step.name);
}

void StepList::setSteps(const QList<Step> &steps)
{
    m_steps = steps;
    clear();
    QStringList current;
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        const QString mark = step.state == State::Done      ? QStringLiteral("✓")
                             : step.state == State::Current ? QStringLiteral("▶")
                             : step.state == State::Blocked ? QStringLiteral("⚠")
                                                            : QStringLiteral(" ");
        auto *item = new QListWidgetItem(m_compact ? QStringLiteral("%1 %2").arg(mark).arg(i + 1)
                                                   : QStringLiteral("%1 %2. %3").arg(mark).arg(i + 1).arg(step.name), this);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::AccessibleTextRole, spoken(step));
        item->setData(Qt::AccessibleDescriptionRole, step.why);
        item->setToolTip(step.why.isEmpty() ? spoken(step) : spoken(step) + QLatin1Char('\n') + step.why);
        QFont font = this->font();
        font.setBold(step.state == State::Current || step.state == State::Blocked);
        item->setFont(font);
        if (step.state == State::Blocked)
            item->setForeground(QColor(0x9a, 0x67, 0x00));
        else if (step.state == State::ToDo)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (step.state == State::Blocked || step.state == State::Current)
            current << tr("Step %1 of %2, %3").arg(i + 1).arg(steps.size()).arg(step.why.isEmpty() ? spoken(step) : spoken(step) + QStringLiteral(": ") + step.why);
    }
    // The list never has the focus, so its description carries where the operator is.
    setAccessibleDescription(current.join(QStringLiteral("; ")));
    fitWidth();
}

void StepList::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    setSteps(m_steps);
}

void StepList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    // The rows carry their own fonts and colours: made again from the list's new ones.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        setSteps(m_steps);
}

void StepList::fitWidth()
{
    // Measured in bold, the widest a row gets, so the width does not change from page to page.
    QFont bold = font();
    bold.setBold(true);
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = std::max(width, QFontMetrics(bold).horizontalAdvance(item(i)->text()));
    setFixedWidth(width + 2 * frameWidth() + 2 * spacing() + fontMetrics().averageCharWidth() * 2);
}

} // namespace agm
