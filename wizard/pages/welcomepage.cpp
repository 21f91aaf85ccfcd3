// SPDX-License-Identifier: MIT
#include "migrationwizard.h"
#include "welcomepage.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace agm {

namespace {

// A long word-wrapped rich-text paragraph that lays its text out once per width: QLabel lays it
// out for three extra widths (80 characters, one line, one word per line) and again for every
// heightForWidth() question, shaping it anew each time. This page is the first frame, and that
// was most of the start-up time (P9).
class Paragraph : public QLabel
{
public:
    using QLabel::QLabel;
    QSize sizeHint() const override
    {
        const int width = fontMetrics().averageCharWidth() * 80;
        return {width, heightForWidth(width)};
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 30, fontMetrics().lineSpacing()};
    }
    int heightForWidth(int width) const override
    {
        auto known = m_heights.constFind(width);
        if (known == m_heights.constEnd())
            known = m_heights.insert(width, QLabel::heightForWidth(width));
        return *known;
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_heights.clear();
        QLabel::changeEvent(event);
    }

private:
    mutable QHash<int, int> m_heights;
};

} // namespace

WelcomePage::WelcomePage(MigrationWizard *wizard)
    : QWizardPage(wizard)
{
    setTitle(tr("Move your self-hosted gateway to v2"));
    auto *intro = new Paragraph(tr(
        "<p>Azure API Management retired the v0 and v1 self-hosted gateway images and the "
        "Configuration API v1 on <b>1 October 2023</b>. Gateways still on them stop receiving "
        "configuration. This wizard reads the files you deploy the gateway with and makes the three "
        "changes v2 needs:</p>"
        "<ol><li><b>Image</b>: pin an exact 2.x.y tag from the Microsoft Container Registry.</li>"
        "<li><b>Endpoint</b>: point <code>config.service.endpoint</code> at "
        "<code>&lt;service&gt;.configuration.azure-api.net</code>.</li>"
        "<li><b>Security context</b>: run as user 1001 with a writable root file system.</li></ol>"
        "<p>Only the bytes these changes need are touched: comments, quotes, indentation and line "
        "endings stay as they are. You review every change side by side before anything is written, "
        "your originals are never modified unless you ask for it, and tokens stay masked.</p>"
        "<p>Documentation: <a href=\"https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide\">"
        "migration guide</a> · <a href=\"https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023\">"
        "retirement notice</a> · <a href=\"https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production\">"
        "production guidance</a></p>"));
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);
    intro->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *demo = new QPushButton(tr("Try the &demo"));
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setAccessibleDescription(tr("Loads a training set: a Contoso gateway deployed with Kubernetes YAML, Docker, Helm and compose."));
    connect(demo, &QPushButton::clicked, this, [this, wizard] {
        if (!wizard->loadDemo()) {
            QMessageBox::critical(this, tr("Demo"), tr("The training set could not be prepared in a temporary folder."));
            return;
        }
        wizard->next();
    });
    auto *demoHint = new QLabel(tr("The demo loads a Contoso gateway deployed four ways (Kubernetes, Docker, Helm, compose). "
                                   "Or press Next to import your own files."));
    demoHint->setWordWrap(true);

    auto *recipe = new QPushButton(tr("Start from a &recipe…"));
    recipe->setObjectName(QStringLiteral("recipeButton"));
    recipe->setAccessibleDescription(tr("Opens a migration recipe (migration-recipe.json): the decisions of an earlier migration, "
                                        "applied to the files you import next."));
    connect(recipe, &QPushButton::clicked, this, [this, wizard] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Start from a recipe"), QString(), tr("Recipes (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        const RecipeReadResult read = wizard->loadRecipe(path);
        if (!read.recipe) {
            QMessageBox::warning(this, tr("Start from a recipe"),
                                 tr("This recipe cannot be used:\n%1\n\nFix it, or export a new one from the wizard.").arg(read.describe(QFileInfo(path).fileName())));
            return;
        }
        wizard->next();
    });
    auto *recipeHint = new QLabel(tr("A recipe replays the decisions of an earlier migration (image tag, endpoint answers, changes left out) "
                                     "on other copies of the files; the pages mark every choice that came from it."));
    recipeHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(demo);
    row->addWidget(demoHint, 1);
    layout->addLayout(row);
    auto *recipeRow = new QHBoxLayout;
    recipeRow->addWidget(recipe);
    recipeRow->addWidget(recipeHint, 1);
    layout->addLayout(recipeRow);
}

int WelcomePage::nextId() const
{
    return MigrationWizard::Import;
}

} // namespace agm
