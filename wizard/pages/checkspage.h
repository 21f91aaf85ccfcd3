// SPDX-License-Identifier: MIT
#pragma once

#include "connectivity.h"
#include "endpoints.h"

#include <QWizardPage>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace agm {

namespace net {
class ConnectivityChecker;
}

class CheckResultsModel;
class MigrationSession;

// Live checks of the endpoints the migrated gateway needs (the v2 configuration host from the
// plan, plus hosts the operator adds): a table with a status per layer, the details of the
// selected endpoint, what the gateway's pod will see beside this computer's view, and an
// in-cluster probe to copy. Runs in the background when shown; Rerun, Cancel, Copy as text.
// After a failed check, or checks that could not run (no checker as with --offline, a bad DNS
// server or CA file, nothing to check), Next needs the acknowledgement box ticked; the reports
// record it.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    ChecksPage(MigrationSession *session, QWidget *parent = nullptr);
    ~ChecksPage() override;

    // Not owned; nullptr: no checks. Its settings are the base of every run (the page's DNS
    // server and CA file fields override theirs).
    void setChecker(net::ConnectivityChecker *checker);
    net::ConnectivityChecker *checker() const { return m_checker; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void rerun();
    void cancel();
    bool isRunning() const;
    // Everything the page shows, as plain text (what "Copy as text" puts on the clipboard).
    QString reportText() const;

    const std::vector<CheckTarget> &targets() const { return m_targets; }
    const std::optional<CheckRun> &lastRun() const { return m_lastRun; }
    CheckResultsModel *model() const { return m_model; }
    QTreeView *table() const { return m_table; }
    QCheckBox *acknowledgement() const { return m_acknowledge; }
    QLineEdit *extraHosts() const { return m_extraHosts; }
    QLineEdit *dnsServer() const { return m_dnsServer; }
    QLineEdit *caFile() const { return m_caFile; }
    QString statusText() const;
    QString podViewText() const;
    QString probeText() const;
    QString detailsText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void collectTargets();
    void start();
    void showDetails();
    void showPodView();
    void showProbe();
    void showStatus();
    void fitStatus();
    void onFinished(quint64 id, const CheckRun &run);
    bool needsAcknowledgement() const;
    QString notRunReason() const;
    void recordNotRun();

    MigrationSession *m_session;
    net::ConnectivityChecker *m_checker = nullptr;
    quint64 m_run = 0;
    bool m_running = false;
    std::vector<CheckTarget> m_targets;
    QStringList m_notChecked;
    QString m_inputError;
    PodNetwork m_pod;
    std::optional<CheckRun> m_lastRun;

    CheckResultsModel *m_model;
    QTreeView *m_table;
    QLabel *m_status;
    QPushButton *m_rerun;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QLineEdit *m_dnsServer;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QLineEdit *m_extraHosts;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_details;
    QTextBrowser *m_podView;
    QComboBox *m_probeKind;
    QPlainTextEdit *m_probe;
    QPushButton *m_copyProbe;
    QLabel *m_probeNote;
    QCheckBox *m_acknowledge;
};

} // namespace agm
