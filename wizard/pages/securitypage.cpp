// SPDX-License-Identifier: MIT
// Step 3: the security context v2 needs, and the production advice beside it.
#include "securitypage.h"
#include "findinglist.h"
#include "migrationwizard.h"
#include "recipeorigin.h"

#include <QLabel>
#include <QVBoxLayout>

namespace agm {

SecurityPage::SecurityPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Security, tr("Add the security context")));
    setSubTitle(tr("The v2 gateway runs as user 1001 and writes CA certificates at start-up, so each gateway container "
                   "needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false. Other fields are kept."));
    m_findings = new FindingList(session, {Step::Security, Step::Extras}, this);
    m_findings->setAccessibleName(tr("Security context changes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RecipeOriginLabel(session, {Step::Security, Step::Extras}));
    layout->addWidget(m_findings->createPanel(), 1);
    auto *advice = new QLabel(tr("Advice rows (probe path, capabilities, hostAliases, backups, tokens) come from the production guidance; "
                                 "switch any change off that you do not want."));
    advice->setWordWrap(true);
    layout->addWidget(advice);
}

void SecurityPage::initializePage()
{
    m_findings->refresh();
}

} // namespace agm
