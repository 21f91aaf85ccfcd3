// SPDX-License-Identifier: MIT
// The floor for the start-up benchmark: a bare QWizard with one page, built in the same tree with
// the same flags, painted once under the same probe as the real program.
#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    page->setSubTitle(QStringLiteral("A bare wizard page, the reference for start-up time."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Nothing else happens here.")));
    wizard.addPage(page);
    wizard.resize(1100, 760);
    wizard.show();
    agm::installFirstPaintProbe(wizard.currentPage());
    return app.exec();
}
