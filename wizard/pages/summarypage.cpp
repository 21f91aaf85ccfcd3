// SPDX-License-Identifier: MIT
#include "migrationsession.h"
#include "migrationwizard.h"
#include "exportpage.h"
#include "summarypage.h"
#include "pluraltext.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace agm {

SummaryPage::SummaryPage(MigrationSession *session, ExportPage *exportPage, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_export(exportPage)
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Summary, tr("Done")));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_open = new QPushButton(tr("&Open folder"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const ExportSettings s = m_export->settings();
        const QString folder = s.mode == ExportSettings::Copies ? s.outDir : m_session->project().root;
        // The desktop's reason goes to its own log; the page says what failed and where the folder is.
        QString problem;
        if (!QFileInfo(folder).isDir())
            problem = tr("The folder %1 no longer exists.").arg(QDir::toNativeSeparators(folder));
        else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            problem = tr("No file manager opened the folder. It is: %1").arg(QDir::toNativeSeparators(folder));
        m_openProblem->setText(problem);
        m_openProblem->setVisible(!problem.isEmpty());
    });
    m_copy = new QPushButton(tr("&Copy commands"));
    m_copy->setToolTip(tr("Copies the commands above to the clipboard, one a line"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(commands().join(QLatin1Char('\n')) + QLatin1Char('\n')); });
    m_openProblem = new QLabel;
    m_openProblem->setWordWrap(true);
    m_openProblem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openProblem->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_openProblem->hide();
    // A long "Not done" list scrolls instead of pushing the buttons off a small screen.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_text);
    contentLayout->addStretch();
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addWidget(m_copy);
    row->addWidget(m_openProblem, 1);
    row->addStretch(); // keeps the button its own size while there is no problem to show
    layout->addLayout(row);
}

QString SummaryPage::openProblem() const
{
    return m_openProblem->isHidden() ? QString() : m_openProblem->text();
}

void SummaryPage::initializePage()
{
    m_openProblem->hide();
    const ExportOutcome &out = m_export->outcome();
    const ExportSettings s = m_export->settings();
    const ProjectPlan &plan = m_session->plan();
    const Ledger &ledger = m_session->ledger();
    const std::vector<OpenItem> notDone = ledger.notDone();
    const int edits = plan.editCount();
    // "Done" only when the ledger has nothing open: never a false all-clear.
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Summary, notDone.empty() ? tr("Done") : tr("Written, but not everything is migrated")));
    QString html = QStringLiteral("<p><b>%1.</b></p><p>").arg(ledger.summary().toHtmlEscaped())
                   + (s.mode == ExportSettings::Copies
                          ? withEnglishPlural(tr("%n change(s) written to <b>%1</b>.", nullptr, edits), edits)
                                .arg(QDir::toNativeSeparators(s.outDir).toHtmlEscaped())
                          : withEnglishPlural(tr("%n change(s) written in place.", nullptr, edits), edits))
                   + QStringLiteral("</p>");
    if (!notDone.empty()) {
        const int n = int(notDone.size());
        html += QStringLiteral("<p style=\"color:#cf222e\"><b>")
                + withEnglishPlural(tr("Not done (%n item(s)); the report lists each one:", nullptr, n), n) + QStringLiteral("</b></p><ul>");
        for (const OpenItem &open : notDone)
            html += QStringLiteral("<li style=\"color:#cf222e\">%1</li>").arg(open.describe().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!out.warnings.isEmpty()) {
        html += tr("<p><b>Check these files:</b></p><ul>");
        for (const QString &w : out.warnings)
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!out.backups.isEmpty()) {
        html += tr("<p>Originals kept as:</p><ul>");
        for (const QString &b : out.backups)
            html += QStringLiteral("<li><code>%1</code></li>").arg(QDir::toNativeSeparators(b).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!out.artifacts.isEmpty()) {
        // Their folder once, then their names: six whole paths wrapped over a dozen lines.
        const QString folder = QFileInfo(out.artifacts.front()).absolutePath();
        const bool oneFolder = std::all_of(out.artifacts.begin(), out.artifacts.end(),
                                           [&](const QString &a) { return QFileInfo(a).absolutePath() == folder; });
        html += oneFolder ? tr("<p>Reports, in <code>%1</code>:</p><ul>").arg(QDir::toNativeSeparators(folder).toHtmlEscaped())
                          : tr("<p>Reports:</p><ul>");
        for (const QString &a : out.artifacts)
            html += QStringLiteral("<li><code>%1</code></li>").arg(QDir::toNativeSeparators(oneFolder ? QFileInfo(a).fileName() : a).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (const std::optional<CheckRun> &checks = m_session->checkRun(); checks && !checks->notRun.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("The connectivity checks could not run: %1.").arg(checks->notRun).toHtmlEscaped());
    // The next commands name the migrated files one by one: the export also holds reports.
    html += tr("<p>Next, after a new gateway token if yours has expired:</p><ul>");
    m_commands = nextCommands(m_session->project(), ledger, s, m_session->options().tag, commandShell());
    for (const NextCommand &next : m_commands) {
        html += QStringLiteral("<li><code>%1</code>").arg(next.command.toHtmlEscaped());
        if (!next.note.isEmpty())
            html += QStringLiteral("<br>%1").arg(next.note.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    if (!notDone.empty())
        html += tr("<li>change the items under Not done by hand, or fix the files that could not be read and run the migration again</li>");
    html += tr("<li>check the gateway's status in the Azure portal (Gateways &gt; your gateway)</li></ul>");
    m_copy->setEnabled(!m_commands.empty());
    m_text->setText(html);
}

QString SummaryPage::text() const
{
    return m_text->text();
}

QStringList SummaryPage::commands() const
{
    QStringList lines;
    for (const NextCommand &next : m_commands)
        lines << next.command;
    return lines;
}

Shell SummaryPage::commandShell()
{
#ifdef Q_OS_WIN
    return Shell::PowerShell;
#else
    return Shell::Posix;
#endif
}

} // namespace agm
