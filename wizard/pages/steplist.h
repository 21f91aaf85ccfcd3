// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>

namespace agm {

// The wizard's steps beside the pages: done, current, blocked (with why) or still to come. It
// never takes the focus (Tab stays on the page); a screen reader reads each step's name with its
// state, and the reason a step is blocked as its description.
class StepList : public QListWidget
{
    Q_OBJECT

public:
    enum class State { ToDo, Done, Current, Blocked };
    struct Step
    {
        QString name;
        State state = State::ToDo;
        QString why; // Blocked: what holds the step up
    };

    explicit StepList(QWidget *parent = nullptr);
    void setSteps(const QList<Step> &steps);
    // Marks and numbers only, for narrow windows where the page needs the width (the names stay
    // in the tooltips, for screen readers and in the page titles).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    QList<Step> steps() const { return m_steps; }
    // "Endpoint: current, blocked" as a screen reader says it.
    static QString spoken(const Step &step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitWidth();

    QList<Step> m_steps;
    bool m_compact = false;
};

} // namespace agm
