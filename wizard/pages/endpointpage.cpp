// SPDX-License-Identifier: MIT
// Step 2: the Configuration API v2 endpoint, with the operator's answers where it cannot be derived.
#include "endpointpage.h"
#include "findinglist.h"
#include "migrationwizard.h"
#include "pluraltext.h"
#include "recipeorigin.h"

#include <QLabel>
#include <QVBoxLayout>

namespace agm {

EndpointPage::EndpointPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Endpoint, tr("Switch to the Configuration API v2")));
    setSubTitle(tr("Each configuration endpoint is listed with its v2 value. Select a row and press F2 or Enter (or double-click "
                   "its New value) to type the host; rows marked “needs your answer” cannot be derived and need the v2 host."));
    m_findings = new FindingList(session, {Step::Endpoint}, this);
    m_findings->setEditableHosts(true);
    m_findings->setAccessibleName(tr("Configuration endpoints"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RecipeOriginLabel(session, {Step::Endpoint}));
    layout->addWidget(m_findings->createPanel(), 1);
    layout->addWidget(m_status);
    connect(m_findings, &FindingList::answersChanged, this, &EndpointPage::showStatus);
}

// Counted in the ledger: questions, rows left on the v1 URL, references to change by hand.
void EndpointPage::showStatus()
{
    const int open = m_findings->openQuestions();
    const int leftOnV1 = m_findings->countReferences([](const ReferenceEntry &r) { return r.state == ReferenceState::LeftOut && r.leavesV1(); });
    const int byHand = m_findings->countReferences([](const ReferenceEntry &r) { return r.state == ReferenceState::Pending && r.byHand(); });
    const int done = m_findings->countReferences([](const ReferenceEntry &r) { return r.state == ReferenceState::Changed || r.state == ReferenceState::AlreadyV2; });
    QStringList lines;
    if (open)
        lines << withEnglishPlural(tr("%n endpoint(s) without the v2 host yet: select the row, press F2 or Enter and type the host, or "
                                      "untick the row to leave it on the v1 URL (that gateway then receives no configuration).", nullptr, open), open);
    lines << m_findings->rejectedAnswers();
    if (leftOnV1)
        lines << withEnglishPlural(tr("%n endpoint(s) left on the v1 URL: this gateway will receive no configuration.", nullptr, leftOnV1), leftOnV1);
    if (byHand)
        lines << withEnglishPlural(tr("%n endpoint(s) to change by hand in files the tool cannot edit: the value to write is in the New column.", nullptr, byHand), byHand);
    if (lines.isEmpty())
        lines << (done ? tr("Every endpoint has its v2 value.") : tr("No configuration endpoint found in these files."));
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setStyleSheet(open || leftOnV1 || byHand ? QStringLiteral("color: #9a6700; font-weight: bold;") : QString());
    Q_EMIT completeChanged();
}

void EndpointPage::initializePage()
{
    m_findings->refresh();
    Q_EMIT m_findings->answersChanged();
}

bool EndpointPage::isComplete() const
{
    return openQuestions() == 0;
}

int EndpointPage::openQuestions() const
{
    return m_findings->openQuestions();
}

QString EndpointPage::statusText() const
{
    return m_status->text();
}

} // namespace agm
