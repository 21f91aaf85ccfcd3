// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"

#include <QLabel>
#include <QSet>

namespace agm {

class MigrationSession;

// "From the recipe fleet.json: the image tag 2.11.1, 1 endpoint answer, ..." for the steps of one
// page, kept up to date with the plan; hidden without a recipe or when none of its choices apply.
// With notes, it also lists the recipe's entries the imported files do not use.
class RecipeOriginLabel : public QLabel
{
    Q_OBJECT

public:
    RecipeOriginLabel(MigrationSession *session, QSet<Step> steps, bool notes = false, QWidget *parent = nullptr);
    void refresh();
    static QString describe(const MigrationSession &session, const QSet<Step> &steps, bool notes);

private:
    MigrationSession *m_session;
    QSet<Step> m_steps;
    bool m_notes;
};

} // namespace agm
