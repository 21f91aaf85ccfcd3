// SPDX-License-Identifier: MIT
#pragma once

#include "registrytagservice.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace agm {

class FindingList;
class MigrationSession;

class ImagePage : public QWizardPage
{
    Q_OBJECT

public:
    ImagePage(MigrationSession *session, QWidget *parent = nullptr);
    // Without a service the page works from the bundled snapshot only (tests, --offline).
    void setTagService(net::RegistryTagService *service, const net::TagFetchRequest &request);
    void initializePage() override;
    bool isComplete() const override;
    void refreshTags();

private:
    void fillTags();
    void chooseTag(const QString &tag);
    void showVerdict(const QString &tag);
    void pinDigest();
    void showSource(const QString &problem = {});

    net::RegistryTagService *m_service = nullptr;
    net::TagFetchRequest m_request;
    quint64 m_fetch = 0;
    quint64 m_digest = 0;
    bool m_fetchedOnce = false;
    QPushButton *m_refresh;
    QPushButton *m_pin;

    MigrationSession *m_session;
    FindingList *m_findings;
    QLineEdit *m_filter;
    QTreeWidget *m_tags;
    QLineEdit *m_custom;
    QLabel *m_source;
    QLabel *m_advice;
    QCheckBox *m_confirm; // "use this floating tag anyway"
    QString m_confirmedTag;
    bool m_refused = false; // the tag last chosen was refused (the session keeps the one before)
};

} // namespace agm
