// SPDX-License-Identifier: MIT
#pragma once

// A recipe: the operator's decisions and nothing else (target tag, endpoint answers keyed by the
// v1 service, skipped steps, changes left out keyed by rule and resource, the checks'
// acknowledgement), so that one migration can be replayed on other copies of the files. It never
// holds a token, a file's content or a machine path.

#include "atomicwrite.h"
#include "plan.h"
#include "project.h"
#include "tags.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace agm {

inline constexpr char kRecipeFormat[] = "apim-gateway-migrator-recipe";
inline constexpr int kRecipeVersion = 1;
// What the wizard's export writes beside the reports.
inline constexpr char kRecipeFileName[] = "migration-recipe.json";

// The v2 host for every endpoint of one v1 service (its name and management host).
struct RecipeEndpoint
{
    QString service;
    QString managementHost;
    QString host;
    int line = 0; // in the recipe file; 0 when made in memory
};

// Changes switched off: every finding of this rule on this resource (and field, when given).
struct RecipeLeftOut
{
    QString rule;     // codeName(): "probe-path", "security-missing", ...
    QString resource; // Finding::resource: "Deployment/contoso-gw", "docker run", ...
    QString field;    // Finding::field; empty matches any field of the resource
    int line = 0;
};

struct Recipe
{
    QString tag;      // empty: the recommended tag of the tag source
    int tagLine = 0;
    QString endpoint; // the answer for endpoints without a v1 service (placeholders), like --endpoint
    int endpointLine = 0;
    std::vector<RecipeEndpoint> endpoints;
    QSet<Step> skippedSteps;
    int skippedStepsLine = 0;
    std::vector<RecipeLeftOut> leftOut;
    bool checksAcknowledged = false;

    bool operator==(const Recipe &other) const; // the decisions, not the lines
};

struct RecipeReadResult
{
    std::optional<Recipe> recipe;
    QString error; // "what is wrong; what to do", without the place
    int line = 0;  // where (1-based); 0 when the file could not be read at all
    int column = 0;
    // "name:line:column: error: ..." for the command line; `name` as the operator gave it.
    QString describe(const QString &name) const;
};

// Parses a recipe. Refuses another format or version, unknown keys at any level, duplicate keys,
// wrong types and values the command line would refuse too (a v0/v1 tag, a host that is no host),
// naming the line and column of the offending key or value.
RecipeReadResult parseRecipe(const QByteArray &bytes);
RecipeReadResult readRecipe(const QString &path);
// Stable key order, 2-space indent, trailing newline; entries sorted, so equal decisions give equal bytes.
QByteArray recipeJson(const Recipe &recipe);
// Never replaces an existing file.
FileWriteResult writeRecipe(const QString &path, const Recipe &recipe, FileOps &ops = FileOps::real());

// The decisions behind a plan: the tag, every endpoint answer that is used (keyed by its v1
// service; answers for placeholders become `endpoint`), the skipped steps and the changes left out.
Recipe recipeOf(const Project &project, const ProjectPlan &plan, const MigrationOptions &options, bool checksAcknowledged = false);

struct RecipeNote
{
    int line = 0; // of the entry in the recipe
    QString text; // translated
};

// What the command line overrides: a given flag wins over the recipe's entries of that kind.
struct RecipeOverrides
{
    bool tag = false;
    bool endpoint = false;
    bool skip = false;
};

// Sets `options` from the recipe for this project and returns one note per entry that is not
// used: an answer for a service that is not in the files, a change left out that matches nothing,
// a tag that is not in `tags` (when given), an entry a flag overrides.
std::vector<RecipeNote> applyRecipe(const Recipe &recipe, const Project &project, MigrationOptions &options,
                                    const TagList *tags = nullptr, const RecipeOverrides &overrides = {});

// The (service, management host) of the v1 URL an endpoint finding would change; nullopt when it
// names none (a placeholder), so that only `Recipe::endpoint` can answer it.
struct EndpointKey
{
    QString service;
    QString managementHost;
};
std::optional<EndpointKey> endpointKeyOf(const Finding &finding);

// {"path": path as given, "notes": [{"line", "text"}]}: the recipe in --json and the JSON report.
QJsonObject recipeUseJson(const QString &path, const std::vector<RecipeNote> &notes);

} // namespace agm
