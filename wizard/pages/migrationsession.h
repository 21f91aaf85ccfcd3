// SPDX-License-Identifier: MIT
#pragma once

#include "ledger.h"
#include "plan.h"
#include "project.h"
#include "recipe.h"
#include "report.h"
#include "tags.h"

#include <QObject>

#include <optional>

namespace agm {

class FindingsModel;

// What the wizard has imported and decided so far; every page reads and changes it here, and
// the plan is recomputed (per file where possible) whenever a choice changes.
class MigrationSession : public QObject
{
    Q_OBJECT

public:
    explicit MigrationSession(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const ProjectPlan &plan() const { return m_plan; }
    // Where every file and reference of the current plan stands; every page reads its status here.
    const Ledger &ledger() const { return m_ledger; }
    // The ledger entry of project().files[index].
    const FileEntry &fileEntry(int index) const { return m_ledger.files[std::size_t(index)]; }
    // Every finding of the plan as rows, one model for all the pages' lists.
    FindingsModel *findings() const { return m_findings; }
    const TagList &tags() const;
    const MigrationOptions &options() const;
    QString tagSourceDescription() const;
    ReportContext reportContext() const;

    void setProject(Project project);
    void setTags(TagList tags);
    void setTag(const QString &tag);
    void setHostOverride(const QString &file, const QString &findingId, const QString &host);
    QString hostOverride(const QString &file, const QString &findingId) const;
    void setFindingEnabled(const QString &file, const QString &findingId, bool enabled);
    bool isFindingEnabled(const QString &file, const QString &findingId) const;

    // The last run of the connectivity checks (Checks page); it goes into the reports. Cleared
    // when another project is imported.
    const std::optional<CheckRun> &checkRun() const { return m_checkRun; }
    void setCheckRun(std::optional<CheckRun> run);
    // The operator exports although a check failed.
    void setChecksAcknowledged(bool acknowledged);

    // The recipe the operator started from (--recipe, "Start from a recipe..."): its decisions
    // apply to every project imported from now on, and the pages say which choices came from it.
    // `name` is the file name shown to the operator.
    void setRecipe(const Recipe &recipe, const QString &name);
    const std::optional<Recipe> &recipe() const { return m_recipe; }
    QString recipeName() const { return m_recipeName; }
    // The recipe's entries the current project does not use (an answer for another service, ...).
    const std::vector<RecipeNote> &recipeNotes() const { return m_recipeNotes; }
    // Whether a choice still is the recipe's (the operator has not changed it since).
    bool tagFromRecipe() const;
    bool answerFromRecipe(const QString &file, const QString &findingId) const;
    bool leftOutByRecipe(const QString &file, const QString &findingId) const;
    // The decisions so far, as the Export page writes them (migration-recipe.json).
    Recipe currentRecipe() const;

    // The operator's decisions that closing the wizard would lose, one phrase each ("2 answers",
    // "another image tag", ...); empty when none.
    QStringList decisions() const;

    // Every file the ledger does not call "not a deployment file" (unreadable ones and those to
    // change by hand included), in project order (index into project().files).
    std::vector<int> relevantFiles() const;
    // The ledger has something to report: a file about the gateway, or one that could not be read.
    bool hasSomethingToReport() const;
    int fileIndex(const QString &relativePath) const;

Q_SIGNALS:
    void projectChanged();
    void planChanged();

private:
    void applyRecipeToProject();
    void replan();
    void replanFile(const QString &file);
    void planUpdated();
    void loadTags() const;

    Project m_project;
    ProjectPlan m_plan;
    Ledger m_ledger;
    // The bundled tag snapshot is parsed on first use rather than at start-up (P9); until then
    // m_tags is empty and m_options.tag unset, hence mutable.
    mutable std::optional<TagList> m_tags;
    mutable MigrationOptions m_options;
    std::optional<CheckRun> m_checkRun;
    std::optional<Recipe> m_recipe;
    QString m_recipeName;
    std::vector<RecipeNote> m_recipeNotes;
    QHash<QString, QString> m_recipeAnswers; // findingKey -> the host the recipe answered
    QSet<QString> m_recipeLeftOut;           // findingKeys the recipe switched off
    FindingsModel *m_findings;
};

} // namespace agm
