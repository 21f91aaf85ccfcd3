// SPDX-License-Identifier: MIT
#include "migrationwizard.h"

#include "migrationsession.h"
#include "pages.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace agm {

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new MigrationSession(this))
{
    setWindowTitle(tr("APIM Gateway Migrator"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    auto *exportPage = new ExportPage(m_session);
    setPage(Welcome, new WelcomePage(this));
    setPage(Import, new ImportPage(m_session));
    setPage(Image, new ImagePage(m_session));
    setPage(Endpoint, new EndpointPage(m_session));
    setPage(Security, new SecurityPage(m_session));
    setPage(Review, new ReviewPage(m_session));
    setPage(Export, exportPage);
    setPage(Summary, new SummaryPage(m_session, exportPage));
    setStartId(Welcome);
    const QByteArray geometry = QSettings().value(QStringLiteral("wizard/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 760);
}

MigrationWizard::~MigrationWizard()
{
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
}

void MigrationWizard::preload(const QStringList &paths)
{
    static_cast<ImportPage *>(page(Import))->addPaths(paths);
}

void MigrationWizard::setTagService(net::RegistryTagService *service, const net::TagFetchRequest &request)
{
    static_cast<ImagePage *>(page(Image))->setTagService(service, request);
}

bool MigrationWizard::loadDemo()
{
    if (m_demoFolder.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        QString folder = QDir(base).filePath(QStringLiteral("apim-gateway-migrator-demo"));
        for (int n = 2; QFileInfo::exists(folder); ++n)
            folder = QDir(base).filePath(QStringLiteral("apim-gateway-migrator-demo-%1").arg(n));
        QString error;
        if (!extractDemoSet(folder, &error))
            return false;
        m_demoFolder = folder;
    }
    preload({m_demoFolder});
    return true;
}

} // namespace agm
