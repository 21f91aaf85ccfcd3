// SPDX-License-Identifier: MIT
#pragma once

#include "recipe.h"
#include "registrytagservice.h"

#include <QStringList>
#include <QWizard>

class QScreen;

namespace agm::net {
class ConnectivityChecker;
}

namespace agm {

class MigrationSession;
class StepList;

class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    // Gaps leave room for pages that arrive later.
    enum PageId { Welcome = 0, Import = 10, Image = 20, Endpoint = 30, Security = 40, Review = 50, Checks = 60, Export = 70, Summary = 80 };

    explicit MigrationWizard(QWidget *parent = nullptr);
    ~MigrationWizard() override;

    MigrationSession *session() const { return m_session; }
    // The pages after Welcome are built once the first frame is on screen (P9), or before that
    // on first use: through these, next(), preload(), loadDemo() and the setters below. They hide
    // QWizard's own, which would not build them.
    QWizardPage *page(int id);
    QList<int> pageIds();
    // Queues paths for the Import page (command line, "Try the demo").
    void preload(const QStringList &paths);
    // The live tag list for the image step; without it the wizard uses the bundled snapshot.
    void setTagService(net::RegistryTagService *service, const net::TagFetchRequest &request);
    // The live checks of the Checks page; without one the page says the checks were not run.
    void setConnectivityChecker(net::ConnectivityChecker *checker);
    // Reads a recipe and applies its decisions to every project imported from now on; on failure
    // nothing changes and the result says why and where (RecipeReadResult::describe).
    RecipeReadResult loadRecipe(const QString &path);
    // Copies the bundled training set to a temporary folder (removed with the wizard) and imports
    // it; the folder is not added to Recent.
    bool loadDemo();
    QString demoFolder() const { return m_demoFolder; }
    // Larger text everywhere (and a larger diff) for projectors and training rooms.
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenter; }
    // "3 of 8 · title": every page after Welcome is numbered the same way.
    static QString numberedTitle(PageId page, const QString &title);
    // The numbered pages in order, and each one's short name in the step list.
    static QList<PageId> steps();
    static QString stepName(PageId page);
    // The step list beside the pages.
    StepList *stepList() const { return m_steps; }
    // The first geometry on a screen with this available area: most of it, never more, centred.
    static QRect fittedGeometry(const QRect &available);
    // Escape and the window's close button wait while the export writes files.
    void reject() override;
    bool validateCurrentPage() override;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPages();
    void zoomDiffs();
    void placeOnScreen();
    void updateSteps();
    void compactSteps();
    void relayout();
    void fitHeader();
    void queueFitHeader();
    QString blockedReason(PageId id);
    static QString geometryKey(const QScreen *screen);

    MigrationSession *m_session;
    StepList *m_steps;
    QString m_demoFolder;
    bool m_presenter = false;
    bool m_pagesBuilt = false;
    bool m_fitQueued = false;
    int m_widthBeforeGrowth = 0; // the window's width before a page's minimum pushed it wider
    QFont m_normalFont;
};

} // namespace agm
