// SPDX-License-Identifier: MIT
#pragma once

#include "plan.h"
#include "project.h"
#include "report.h"
#include "tags.h"

#include <QObject>

#include <optional>

namespace agm {

// What the wizard has imported and decided so far; every page reads and changes it here, and
// the plan is recomputed (per file where possible) whenever a choice changes.
class MigrationSession : public QObject
{
    Q_OBJECT

public:
    explicit MigrationSession(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const ProjectPlan &plan() const { return m_plan; }
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

    // Files with at least one finding, in project order (index into project().files).
    std::vector<int> relevantFiles() const;
    int fileIndex(const QString &relativePath) const;

Q_SIGNALS:
    void projectChanged();
    void planChanged();

private:
    void replan();
    void replanFile(const QString &file);
    void loadTags() const;

    Project m_project;
    ProjectPlan m_plan;
    // The bundled tag snapshot is parsed on first use rather than at start-up (P9); until then
    // m_tags is empty and m_options.tag unset, hence mutable.
    mutable std::optional<TagList> m_tags;
    mutable MigrationOptions m_options;
    std::optional<CheckRun> m_checkRun;
};

} // namespace agm
