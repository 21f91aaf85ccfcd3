// SPDX-License-Identifier: MIT
#include "checkspage.h"

#include "checkresultsmodel.h"
#include "connectivitychecker.h"
#include "flowlayout.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "pluraltext.h"
#include "podview.h"
#include "secretmask.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace agm {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ChecksPage::ChecksPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new CheckResultsModel(this))
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Checks, tr("Check the connection")));
    setSubTitle(tr("The v2 gateway must reach its configuration host on port 443. These checks run from this computer, "
                   "layer by layer; the in-cluster probe runs the same checks from the gateway's own network."));

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Check status"));
    m_rerun = new QPushButton(tr("&Rerun"));
    m_rerun->setToolTip(tr("Run every check again (after changing the options or the network)"));
    m_cancel = new QPushButton(tr("Cancel chec&ks"));
    m_cancel->setToolTip(tr("Stop the checks that are still running"));
    m_copy = new QPushButton(tr("Cop&y as text"));
    m_copy->setToolTip(tr("Copy the results, the details and the pod's view to the clipboard"));

    m_dnsServer = new QLineEdit;
    m_dnsServer->setPlaceholderText(tr("system resolver"));
    m_dnsServer->setAccessibleName(tr("DNS server"));
    m_dnsServer->setToolTip(tr("IP address of a DNS server to ask instead of the system resolver, e.g. one that serves "
                               "the private DNS zone of an internal virtual network"));
    m_caFile = new QLineEdit;
    m_caFile->setPlaceholderText(tr("system trust store only"));
    m_caFile->setAccessibleName(tr("Extra CA file"));
    m_caFile->setToolTip(tr("PEM file with CA certificates to trust besides the system's, e.g. your TLS-inspecting proxy's root"));
    m_browseCa = new QPushButton(tr("Bro&wse…"));
    m_browseCa->setAccessibleName(tr("Browse for a CA file"));
    m_extraHosts = new QLineEdit;
    m_extraHosts->setPlaceholderText(tr("host[:port], …"));
    m_extraHosts->setAccessibleName(tr("Also check these hosts"));
    m_extraHosts->setToolTip(tr("Other endpoints the gateway uses, e.g. a custom configuration hostname or "
                                "dc.services.visualstudio.com for Application Insights"));
    auto *dnsLabel = new QLabel(tr("&DNS server:"));
    dnsLabel->setBuddy(m_dnsServer);
    auto *caLabel = new QLabel(tr("CA &file:"));
    caLabel->setBuddy(m_caFile);
    auto *extraLabel = new QLabel(tr("Also c&heck:"));
    extraLabel->setBuddy(m_extraHosts);

    m_table = new QTreeView;
    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Check results"));
    // A header and a row at the least (it scrolls): the default minimum kept presenter mode in
    // Japanese taller than a 768-pixel screen.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 3);
    // Endpoint and layer columns as wide as their text; the result takes the rest (elided).
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(CheckResultsModel::Result, QHeaderView::Stretch);

    // Only the family is set, so the size follows the application font (presenter mode).
    QFont fixed;
    fixed.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    fixed.setStyleHint(QFont::TypeWriter);
    fixed.setFixedPitch(true);
    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    m_details->setFont(fixed);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setAccessibleName(tr("Details of the selected endpoint"));
    m_podView = new QTextBrowser;
    m_podView->setOpenLinks(false);
    m_podView->setAccessibleName(tr("What the gateway pod will see"));
    m_probeKind = new QComboBox;
    m_probeKind->addItems({tr("Kubernetes Job"), tr("docker run")});
    m_probeKind->setAccessibleName(tr("Probe kind"));
    m_probe = new QPlainTextEdit;
    m_probe->setReadOnly(true);
    m_probe->setFont(fixed);
    m_probe->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_probe->setAccessibleName(tr("In-cluster probe"));
    m_copyProbe = new QPushButton(tr("Copy pr&obe"));
    m_probeNote = new QLabel(tr("Image %1: curl with a busybox shell. For every endpoint it resolves the name (getent, which "
                                "honours hostAliases, else nslookup) and runs curl -v over TLS, with the gateway's proxy "
                                "variables and hostAliases; it exits 1 when one fails.")
                                 .arg(QLatin1String(kProbeImage)));
    m_probeNote->setWordWrap(true);

    // Scrolls when squeezed: its bar, note and script need not set the minimum height of every tab.
    auto *probeTab = new QScrollArea;
    probeTab->setWidgetResizable(true);
    probeTab->setFrameShape(QFrame::NoFrame);
    probeTab->setFocusPolicy(Qt::NoFocus); // its controls take the focus, and scroll into view
    auto *probeContent = new QWidget;
    probeTab->setWidget(probeContent);
    auto *probeLayout = new QVBoxLayout(probeContent);
    auto *probeBar = new QHBoxLayout;
    auto *probeLabel = new QLabel(tr("Probe a&s:"));
    probeLabel->setBuddy(m_probeKind);
    probeBar->addWidget(probeLabel);
    probeBar->addWidget(m_probeKind);
    probeBar->addStretch();
    probeBar->addWidget(m_copyProbe);
    probeLayout->addLayout(probeBar);
    probeLayout->addWidget(m_probeNote);
    probeLayout->addWidget(m_probe, 1);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_podView, tr("What the pod will see"));
    m_tabs->addTab(probeTab, tr("In-cluster probe"));
    // Two lines at the least (they scroll), not a scroll area's default: with it Japanese in
    // presenter mode was taller than a 768-pixel screen.
    for (QAbstractScrollArea *view : std::initializer_list<QAbstractScrollArea *>{m_details, m_podView, probeTab})
        view->setMinimumHeight(view->fontMetrics().lineSpacing() * 2 + 2 * view->frameWidth());

    m_acknowledge = new QCheckBox(tr("I &understand the checks failed"));
    m_acknowledge->setToolTip(tr("Export anyway: the gateway may not reach its configuration endpoint until the failure is fixed. "
                                 "The report records the failed checks and this acknowledgement."));
    m_acknowledge->setVisible(false);

    // Two rows: in one, the labels and Browse alone were wider than a 1024-pixel screen in
    // presenter mode or in Japanese.
    auto *options = new QGridLayout;
    options->addWidget(dnsLabel, 0, 0);
    options->addWidget(m_dnsServer, 0, 1);
    options->addWidget(extraLabel, 0, 2);
    options->addWidget(m_extraHosts, 0, 3, 1, 2);
    options->addWidget(caLabel, 1, 0);
    options->addWidget(m_caFile, 1, 1, 1, 3);
    options->addWidget(m_browseCa, 1, 4);
    options->setColumnStretch(1, 1);
    options->setColumnStretch(3, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    // The status has the page's whole width: beside the buttons it wrapped into a tall column
    // (Japanese in presenter mode was taller than a 768-pixel screen).
    layout->addWidget(m_status);
    layout->addLayout(options);
    layout->addWidget(split, 1);
    // Never ticked for the operator: checks that failed elsewhere say nothing about this network.
    auto *fromRecipe = new QLabel;
    fromRecipe->setObjectName(QStringLiteral("recipeOrigin"));
    fromRecipe->setWordWrap(true);
    layout->addWidget(fromRecipe);
    // The buttons share the acknowledgement's row, and wrap under it when the width runs out.
    auto *actions = new FlowLayout;
    actions->addWidget(m_acknowledge);
    actions->setTrailingFrom(actions->count());
    for (QPushButton *button : {m_rerun, m_cancel, m_copy})
        actions->addWidget(button);
    layout->addLayout(actions);
    const auto showRecipe = [this, fromRecipe] {
        const bool acknowledged = m_session->recipe() && m_session->recipe()->checksAcknowledged;
        fromRecipe->setText(acknowledged ? tr("From the recipe %1: failed or unrun checks were acknowledged when it was written. "
                                              "Tick the box below only if that still holds for these files and this network.")
                                               .arg(escapeControlCharacters(m_session->recipeName()))
                                         : QString());
        fromRecipe->setVisible(acknowledged);
    };
    connect(m_session, &MigrationSession::projectChanged, fromRecipe, showRecipe);
    showRecipe();

    connect(m_rerun, &QPushButton::clicked, this, &ChecksPage::rerun);
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(m_copyProbe, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(probeText()); });
    connect(m_probeKind, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ChecksPage::showProbe);
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates (PEM)"), QFileInfo(m_caFile->text()).absolutePath(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    for (QLineEdit *edit : {m_dnsServer, m_caFile, m_extraHosts})
        connect(edit, &QLineEdit::returnPressed, this, &ChecksPage::rerun);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecksPage::showDetails);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this] {
        m_session->setChecksAcknowledged(m_acknowledge->isChecked());
        Q_EMIT completeChanged();
    });
    showStatus();
}

ChecksPage::~ChecksPage()
{
    if (m_running && m_checker)
        m_checker->cancel(m_run);
}

void ChecksPage::setChecker(net::ConnectivityChecker *checker)
{
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (!checker)
        return;
    m_dnsServer->setText(checker->settings().dnsServer);
    m_caFile->setText(QDir::toNativeSeparators(checker->settings().caFile));
    connect(checker, &net::ConnectivityChecker::layerStarted, this, [this](quint64 id, int index, CheckLayer layer) {
        if (id == m_run && m_running)
            m_model->setRunning(index, layer);
    });
    connect(checker, &net::ConnectivityChecker::layerFinished, this, [this](quint64 id, int index, const LayerCheck &layer) {
        if (id == m_run && m_running)
            m_model->setLayer(index, layer);
    });
    connect(checker, &net::ConnectivityChecker::endpointFinished, this, [this](quint64 id, int index, const EndpointCheck &result) {
        if (id != m_run || !m_running)
            return;
        m_model->setResult(index, result);
        if (m_table->currentIndex().row() == index)
            showDetails();
    });
    connect(checker, &net::ConnectivityChecker::finished, this, &ChecksPage::onFinished);
    connect(checker, &QObject::destroyed, this, [this] {
        m_checker = nullptr;
        m_running = false;
        recordNotRun();
        showStatus();
        Q_EMIT completeChanged();
    });
}

void ChecksPage::initializePage()
{
    start();
}

void ChecksPage::cleanupPage()
{
    cancel();
    QWizardPage::cleanupPage();
}

bool ChecksPage::isComplete() const
{
    if (m_running)
        return false;
    return !needsAcknowledgement() || m_acknowledge->isChecked();
}

// A failed check, and checks that could not run at all (offline, a bad DNS server or CA file,
// nothing to check): no pass, so going on needs the acknowledgement. A cancelled run does not.
bool ChecksPage::needsAcknowledgement() const
{
    return !m_running && (!notRunReason().isEmpty() || (m_lastRun && m_lastRun->anyFailed()));
}

QString ChecksPage::notRunReason() const
{
    if (m_running)
        return {};
    QString why = !m_checker              ? tr("this session checks nothing on the network (offline)")
                  : !m_inputError.isEmpty() ? m_inputError
                  : m_targets.empty()       ? tr("there is no v2 configuration host to check")
                                            : QString();
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1); // the reports end the sentence
    return why;
}

// The session keeps a run that says why the checks could not run, so every report records it.
void ChecksPage::recordNotRun()
{
    const QString why = notRunReason();
    if (why.isEmpty())
        return;
    m_lastRun.reset();
    CheckRun run;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.notRun = why;
    m_session->setCheckRun(run);
    m_acknowledge->setText(tr("I &understand the checks did not run"));
    m_acknowledge->setToolTip(tr("Export without checks: nothing confirms that the gateway can reach its configuration endpoint. "
                                 "The reports record that the checks did not run and this acknowledgement."));
    m_acknowledge->setVisible(true);
}

bool ChecksPage::validatePage()
{
    // QWizard::next() does not ask isComplete(): the gate holds here too.
    if (!isComplete())
        return false;
    m_session->setChecksAcknowledged(needsAcknowledgement() && m_acknowledge->isChecked());
    return true;
}

bool ChecksPage::isRunning() const
{
    return m_running;
}

void ChecksPage::rerun()
{
    start();
}

void ChecksPage::cancel()
{
    if (m_running && m_checker)
        m_checker->cancel(m_run); // finished arrives before this returns
}

void ChecksPage::collectTargets()
{
    const PlannedEndpoints planned = plannedEndpoints(m_session->project(), m_session->plan(), Audience::Wizard);
    m_targets = planned.targets;
    m_notChecked = planned.notChecked;
    m_inputError.clear();
    const QStringList extra = m_extraHosts->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &text : extra) {
        QString error;
        CheckTarget target = parseCheckTarget(text, &error);
        if (target.host.isEmpty()) {
            m_inputError = tr("Also check: %1.").arg(error);
            continue;
        }
        const bool known = std::any_of(m_targets.begin(), m_targets.end(),
                                       [&](const CheckTarget &t) { return t.host == target.host && t.port == target.port; });
        if (known)
            continue;
        target.purpose = tr("added by you");
        m_targets.push_back(target);
    }
    m_pod = podNetwork(m_session->project());
}

void ChecksPage::start()
{
    cancel();
    collectTargets();
    m_model->setTargets(m_targets);
    m_lastRun.reset();
    m_session->setCheckRun(std::nullopt);
    m_acknowledge->setChecked(false);
    m_acknowledge->setVisible(false);
    if (m_checker && m_inputError.isEmpty() && !m_targets.empty()) {
        net::ConnectivitySettings settings = m_checker->settings();
        settings.dnsServer = m_dnsServer->text().trimmed();
        settings.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
        settings.audience = Audience::Wizard;
        m_inputError = net::settingsError(settings);
        if (m_inputError.isEmpty()) {
            m_checker->setSettings(settings);
            m_running = true;
            m_run = m_checker->check(m_targets);
        }
    }
    if (!m_running) {
        m_model->markNotRun();
        recordNotRun();
    }
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    showStatus();
    showDetails();
    showPodView();
    showProbe();
    Q_EMIT completeChanged();
}

void ChecksPage::onFinished(quint64 id, const CheckRun &run)
{
    if (id != m_run || !m_running)
        return;
    m_running = false;
    m_lastRun = run;
    if (run.cancelled)
        m_model->markCancelled();
    for (std::size_t i = 0; i < run.results.size(); ++i)
        m_model->setResult(int(i), run.results[i]);
    m_session->setCheckRun(run);
    m_acknowledge->setText(tr("I &understand the checks failed"));
    m_acknowledge->setToolTip(tr("Export anyway: the gateway may not reach its configuration endpoint until the failure is fixed. "
                                 "The report records the failed checks and this acknowledgement."));
    m_acknowledge->setVisible(run.anyFailed());
    showStatus();
    showDetails();
    showPodView();
    Q_EMIT completeChanged();
}

// A wrapped label's minimum height is its guess for a narrower width: the status was cut when
// the window was small. Its minimum is the height it needs at its width.
void ChecksPage::fitStatus()
{
    m_status->setMinimumHeight(0); // heightForWidth() is never below the minimum height
    m_status->setMinimumHeight(m_status->heightForWidth(m_status->width()));
}

void ChecksPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    fitStatus();
}

QString ChecksPage::statusText() const
{
    return m_status->text();
}

void ChecksPage::showStatus()
{
    QString html;
    if (!m_checker) {
        // The subtitle says the in-cluster probe runs the same checks from the gateway's network.
        html = tr("<b>Checks were not run</b>: this session checks nothing on the network (offline). Tick the box below to go on "
                  "without them (the reports record it).");
    } else if (!m_inputError.isEmpty()) {
        html = tr("<b>Cannot check:</b> %1 Correct it and Rerun, or tick the box below to go on without checks.").arg(esc(m_inputError));
    } else if (m_targets.empty()) {
        html = tr("<b>No v2 configuration host to check yet.</b> Answer the endpoint step, or name hosts under Also check.");
    } else if (m_running) {
        html = withEnglishPlural(tr("Checking %n endpoint(s) from this computer…", nullptr, int(m_targets.size())), int(m_targets.size()));
    } else if (m_lastRun) {
        const CheckRun &run = *m_lastRun;
        const int n = int(run.results.size());
        // Said as the Next button has it: a failure before the cancel still needs the acknowledgement.
        if (run.cancelled && needsAcknowledgement())
            html = tr("<b>Cancelled</b> (%1), after a check failed: tick the box below to go on anyway, or Rerun the checks.").arg(esc(checkRunSummary(run)));
        else if (run.cancelled)
            html = tr("<b>Cancelled</b> (%1). You can go on without the remaining checks, or Rerun them.").arg(esc(checkRunSummary(run)));
        else if (run.anyFailed())
            html = QStringLiteral("<b>") + withEnglishPlural(tr("%1 of %n endpoint(s) failed", nullptr, n), n).arg(run.count(CheckStatus::Fail))
                   + QStringLiteral("</b>: ") + tr("select it for the failing layer and what to do.");
        else if (run.count(CheckStatus::Warn) > 0)
            html = QStringLiteral("<b>") + withEnglishPlural(tr("%n endpoint(s) answer", nullptr, n), n) + QStringLiteral("</b>, ")
                   + tr("with warnings: see the details.");
        else if (n == 1)
            html = QStringLiteral("<b>") + tr("The endpoint answers.") + QStringLiteral("</b>");
        else
            html = QStringLiteral("<b>") + tr("All %1 endpoints answer.").arg(n) + QStringLiteral("</b>");
    }
    if (!m_notChecked.isEmpty()) {
        html += QStringLiteral("<br>") + tr("Not checked: %1").arg(esc(m_notChecked.join(QStringLiteral("; "))));
    }
    m_status->setText(html);
    fitStatus();
    m_rerun->setEnabled(m_checker != nullptr);
    m_cancel->setEnabled(m_running);
    m_copy->setEnabled(!m_targets.empty());
}

QString ChecksPage::detailsText() const
{
    return m_details->toPlainText();
}

void ChecksPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= int(m_targets.size())) {
        m_details->setPlainText(m_targets.empty() ? tr("Nothing to check.") : QString());
        return;
    }
    const int row = current.row();
    if (const auto &result = m_model->result(row)) {
        m_details->setPlainText(endpointCheckDetails(*result));
        return;
    }
    const CheckTarget &t = m_targets[std::size_t(row)];
    QString text = QStringLiteral("%1:%2").arg(t.host).arg(t.port);
    if (!t.purpose.isEmpty())
        text += QStringLiteral(" (%1)").arg(t.purpose);
    text += QLatin1Char('\n');
    if (!t.sources.isEmpty())
        text += tr("  from %1\n").arg(shownPath(t.sources.join(QStringLiteral(", "))));
    text += m_running ? tr("  checking…\n") : m_checker ? QString() : tr("  not checked\n");
    m_details->setPlainText(text);
}

QString ChecksPage::podViewText() const
{
    const std::vector<EndpointCheck> results = m_lastRun ? m_lastRun->results : std::vector<EndpointCheck>{};
    const QProcessEnvironment desktop = m_checker ? m_checker->settings().environment : QProcessEnvironment::systemEnvironment();
    return net::podViewText(net::podView(m_pod, m_targets, desktop, results));
}

void ChecksPage::showPodView()
{
    const std::vector<EndpointCheck> results = m_lastRun ? m_lastRun->results : std::vector<EndpointCheck>{};
    const QProcessEnvironment desktop = m_checker ? m_checker->settings().environment : QProcessEnvironment::systemEnvironment();
    const net::PodView view = net::podView(m_pod, m_targets, desktop, results);
    QString html = QStringLiteral("<p>");
    html += m_pod.isEmpty() ? tr("The files set no proxy variables and no hostAliases: the gateway connects directly and "
                                 "resolves names through the cluster's DNS.")
                            : tr("The proxy variables and hostAliases the files give the gateway, beside this computer's own.");
    html += QStringLiteral("</p><table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Setting"), tr("The gateway pod (from your files)"), tr("This computer"));
    for (const net::PodViewRow &row : view.rows) {
        QString pod = esc(row.pod);
        pod.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        const QString mark = row.differs ? QStringLiteral(" <b>≠</b>") : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3%4</td></tr>").arg(esc(row.setting), pod, esc(row.desktop), mark);
    }
    html += QStringLiteral("</table>");
    if (!view.notes.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &note : view.notes)
            html += QStringLiteral("<li>%1</li>").arg(esc(note));
        html += QStringLiteral("</ul>");
    }
    m_podView->setHtml(html);
}

QString ChecksPage::probeText() const
{
    return m_probe->toPlainText();
}

void ChecksPage::showProbe()
{
    if (m_targets.empty()) {
        m_probe->setPlainText(tr("# No endpoint to probe yet."));
        m_copyProbe->setEnabled(false);
        return;
    }
    m_probe->setPlainText(m_probeKind->currentIndex() == 0 ? kubernetesProbeJob(m_targets, m_pod) : dockerProbeCommand(m_targets, m_pod));
    m_copyProbe->setEnabled(true);
}

QString ChecksPage::reportText() const
{
    QString text;
    if (m_lastRun) {
        text = checkRunText(*m_lastRun);
    } else {
        CheckRun pending;
        for (const CheckTarget &t : m_targets) {
            EndpointCheck c;
            c.target = t;
            pending.results.push_back(c);
        }
        text = checkRunText(pending);
    }
    for (const QString &note : m_notChecked)
        text += tr("Not checked: %1\n").arg(note);
    text += QLatin1Char('\n') + tr("What the gateway pod will see (from the files) beside this computer:\n") + podViewText();
    return text;
}

} // namespace agm
