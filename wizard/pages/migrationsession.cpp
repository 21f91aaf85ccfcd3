// SPDX-License-Identifier: MIT
#include "migrationsession.h"

#include "findingsmodel.h"

#include "pluraltext.h"
#include "registrytagservice.h"

#include <QCoreApplication>

#include <algorithm>

namespace agm {

MigrationSession::MigrationSession(QObject *parent)
    : QObject(parent)
    , m_findings(new FindingsModel(this))
{
}

void MigrationSession::loadTags() const
{
    if (m_tags)
        return;
    m_tags = bundledTagList();
    if (m_options.tag.isEmpty())
        m_options.tag = m_tags->recommended();
}

const TagList &MigrationSession::tags() const
{
    loadTags();
    return *m_tags;
}

const MigrationOptions &MigrationSession::options() const
{
    loadTags();
    return m_options;
}

QString MigrationSession::tagSourceDescription() const
{
    return net::describeTagSource(tags());
}

ReportContext MigrationSession::reportContext() const
{
    return {options().tag, tagSourceDescription(), QCoreApplication::applicationVersion(), m_checkRun, Audience::Wizard,
            m_recipe ? recipeUseJson(m_recipeName, m_recipeNotes) : QJsonObject(), {}, {}};
}

void MigrationSession::setRecipe(const Recipe &recipe, const QString &name)
{
    loadTags();
    m_recipe = recipe;
    m_recipeName = name;
    if (!recipe.tag.isEmpty())
        m_options.tag = recipe.tag;
    m_options.skippedSteps = recipe.skippedSteps;
    m_options.hostOverrides.clear();
    m_options.disabledFindings.clear();
    applyRecipeToProject();
    replan();
}

void MigrationSession::applyRecipeToProject()
{
    m_recipeNotes.clear();
    m_recipeAnswers.clear();
    m_recipeLeftOut.clear();
    if (!m_recipe)
        return;
    MigrationOptions applied = m_options;
    m_recipeNotes = applyRecipe(*m_recipe, m_project, applied, &tags());
    // The answer for placeholders becomes each endpoint's own, so the Endpoint page shows and edits it.
    if (!applied.endpointHost.isEmpty()) {
        for (const FileAnalysis &file : m_project.files) {
            for (const Finding &f : file.findings) {
                const QString key = findingKey(file.source.relativePath, f.id);
                if (f.step == Step::Endpoint && f.needsAnswer() && f.defaultHost.isEmpty() && !applied.hostOverrides.contains(key))
                    applied.hostOverrides.insert(key, applied.endpointHost);
            }
        }
        applied.endpointHost.clear();
    }
    m_recipeAnswers = applied.hostOverrides;
    for (const QString &key : applied.disabledFindings)
        m_recipeLeftOut.insert(key);
    m_options = applied;
}

bool MigrationSession::tagFromRecipe() const
{
    return m_recipe && !m_recipe->tag.isEmpty() && options().tag == m_recipe->tag;
}

bool MigrationSession::answerFromRecipe(const QString &file, const QString &findingId) const
{
    const QString key = findingKey(file, findingId);
    return m_recipeAnswers.contains(key) && m_recipeAnswers.value(key) == m_options.hostOverrides.value(key);
}

bool MigrationSession::leftOutByRecipe(const QString &file, const QString &findingId) const
{
    const QString key = findingKey(file, findingId);
    return m_recipeLeftOut.contains(key) && m_options.disabledFindings.contains(key);
}

Recipe MigrationSession::currentRecipe() const
{
    return recipeOf(m_project, m_plan, options(), m_checkRun && m_checkRun->acknowledged);
}

QStringList MigrationSession::decisions() const
{
    const auto tr = [](const char *text, int n) { return withEnglishPlural(QCoreApplication::translate("agm::MigrationSession", text, nullptr, n), n); };
    const MigrationOptions &o = options();
    QStringList out;
    if (const int n = int(o.hostOverrides.size()))
        out << tr("%n endpoint answer(s)", n);
    if (const int n = int(o.disabledFindings.size()))
        out << tr("%n change(s) switched off", n);
    if (const int n = int(o.skippedSteps.size()))
        out << tr("%n step(s) skipped", n);
    if (!o.tag.isEmpty() && o.tag != tags().recommended())
        out << QCoreApplication::translate("agm::MigrationSession", "the image tag %1").arg(o.tag);
    return out;
}

void MigrationSession::setCheckRun(std::optional<CheckRun> run)
{
    m_checkRun = std::move(run);
}

void MigrationSession::setChecksAcknowledged(bool acknowledged)
{
    if (m_checkRun)
        m_checkRun->acknowledged = acknowledged;
}

void MigrationSession::setProject(Project project)
{
    m_project = std::move(project);
    m_checkRun.reset();
    m_options.hostOverrides.clear();
    m_options.disabledFindings.clear();
    applyRecipeToProject();
    replan();
    Q_EMIT projectChanged();
}

void MigrationSession::setTags(TagList tags)
{
    loadTags();
    // A tag the recipe chose stays, whatever the live list recommends.
    const bool wasRecommended = !tagFromRecipe() && (m_options.tag.isEmpty() || m_options.tag == m_tags->recommended());
    m_tags = std::move(tags);
    if (wasRecommended && !m_tags->recommended().isEmpty())
        setTag(m_tags->recommended());
}

void MigrationSession::setTag(const QString &tag)
{
    if (tag == options().tag)
        return;
    m_options.tag = tag;
    replan();
}

void MigrationSession::setHostOverride(const QString &file, const QString &findingId, const QString &host)
{
    const QString key = findingKey(file, findingId);
    if (m_options.hostOverrides.value(key) == host)
        return;
    if (host.isEmpty())
        m_options.hostOverrides.remove(key);
    else
        m_options.hostOverrides.insert(key, host);
    replanFile(file);
}

QString MigrationSession::hostOverride(const QString &file, const QString &findingId) const
{
    return m_options.hostOverrides.value(findingKey(file, findingId));
}

void MigrationSession::setFindingEnabled(const QString &file, const QString &findingId, bool enabled)
{
    const QString key = findingKey(file, findingId);
    if (enabled == !m_options.disabledFindings.contains(key))
        return;
    if (enabled)
        m_options.disabledFindings.remove(key);
    else
        m_options.disabledFindings.insert(key);
    replanFile(file);
}

bool MigrationSession::isFindingEnabled(const QString &file, const QString &findingId) const
{
    return !m_options.disabledFindings.contains(findingKey(file, findingId));
}

std::vector<int> MigrationSession::relevantFiles() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_project.files.size() && i < m_ledger.files.size(); ++i) {
        if (m_ledger.files[i].state != FileState::NotDeployment)
            out.push_back(int(i));
    }
    return out;
}

bool MigrationSession::hasSomethingToReport() const
{
    return std::any_of(m_ledger.files.begin(), m_ledger.files.end(), [](const FileEntry &f) { return f.state != FileState::NotDeployment; });
}

int MigrationSession::fileIndex(const QString &relativePath) const
{
    for (std::size_t i = 0; i < m_project.files.size(); ++i) {
        if (m_project.files[i].source.relativePath == relativePath)
            return int(i);
    }
    return -1;
}

void MigrationSession::replan()
{
    m_plan = planProject(m_project, options());
    planUpdated();
}

void MigrationSession::replanFile(const QString &file)
{
    const int i = fileIndex(file);
    if (i < 0 || std::size_t(i) >= m_plan.files.size())
        return replan();
    m_plan.files[std::size_t(i)] = planFile(m_project.files[std::size_t(i)], options());
    planUpdated();
}

// The ledger follows every plan change: it is cheap (one pass over the findings).
void MigrationSession::planUpdated()
{
    m_ledger = buildLedger(m_project, m_plan, Audience::Wizard);
    Q_EMIT planChanged();
}

} // namespace agm
