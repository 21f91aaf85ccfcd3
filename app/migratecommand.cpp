// SPDX-License-Identifier: MIT
#include "migratecommand.h"

#include "commandline.h"
#include "tagscommand.h"

#include "atomicwrite.h"
#include "exporter.h"
#include "ledger.h"
#include "logging.h"
#include "project.h"
#include "recipe.h"
#include "report.h"
#include "secretmask.h"
#include "tags.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace agm::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agm::app", text);
}

// Paths as the operator sees them: relative to the current folder when inside it.
QHash<QString, QString> displayPaths(const Project &project)
{
    QHash<QString, QString> paths;
    const QDir current = QDir::current();
    for (const FileAnalysis &file : project.files) {
        const QString rel = current.relativeFilePath(file.source.path);
        paths.insert(file.source.relativePath, rel.startsWith(QLatin1String("../")) ? file.source.path : rel);
    }
    return paths;
}

QString location(const Finding &f, const QHash<QString, QString> &paths = {})
{
    QString s = escapeControlCharacters(paths.value(f.file, f.file));
    if (f.line > 0)
        s += QStringLiteral(":%1").arg(f.line);
    if (f.column > 0)
        s += QStringLiteral(":%1").arg(f.column);
    return s;
}

// "deploy/: files 3, pending 2, errors 0", one line per root.
void printRoots(QTextStream &stream, const std::vector<RootSummary> &roots)
{
    for (const RootSummary &r : roots)
        stream << tr("%1: files %2, pending %3, errors %4\n").arg(shown(r.path)).arg(r.files).arg(r.pending).arg(r.errors);
}

} // namespace

int runMigrate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plan and apply the self-hosted gateway v2 migration without a GUI.\n"
                                        "Without --out, --in-place or --check it prints the unified diff (secrets masked) and writes nothing."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Deployment files or folders."), QStringLiteral("PATH..."));
    parser.addOptions({
        {QStringLiteral("tag"), tr("Target image tag (default: the recommended pinned 2.x.y of the tag list)."), QStringLiteral("TAG")},
        {QStringLiteral("endpoint"), tr("v2 configuration host where it cannot be derived (custom domain, placeholder)."), QStringLiteral("HOST")},
        {QStringLiteral("out"), tr("Write migrated copies under DIR, mirroring the inputs' layout."), QStringLiteral("DIR")},
        {QStringLiteral("in-place"), tr("Rewrite the inputs, keeping .bak copies of the originals.")},
        {QStringLiteral("report"), tr("Write a report; the format follows the extension: .md, .html, .json or .sarif (SARIF 2.1.0 for code scanning). An existing file is never replaced; with --out or --in-place the report is written only after the files."), QStringLiteral("FILE")},
        {QStringLiteral("skip"), tr("Skip a step: image, endpoint, security or extras (repeatable)."), QStringLiteral("STEP")},
        {QStringLiteral("check"), tr("Change nothing; exit 1 if anything still needs migration.")},
        {QStringLiteral("json"), tr("Print the plan as JSON on stdout.")},
        {QStringLiteral("recipe"), tr("Apply the decisions of a recipe (tag, endpoint answers, skipped steps, changes left out); --tag, --endpoint and --skip override it."), QStringLiteral("FILE")},
        {QStringLiteral("save-recipe"), tr("Write the recipe of this run's decisions to FILE (never replaces a file)."), QStringLiteral("FILE")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
    });
    parser.addOption(verboseOption()); // taken out of argv in main(); listed for --help
    addTagSourceOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("apim-gateway-migrator migrate")} + arguments)) {
        err << tr("migrate: %1\n").arg(shown(parser.errorText())) << tr("Run 'apim-gateway-migrator migrate --help'.\n");
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList paths = parser.positionalArguments();
    // Messages repeat the arguments as typed: an --endpoint URL may hold a password or a token.
    auto usageError = [&](const QString &message) {
        err << tr("migrate: %1\n").arg(shown(message));
        return int(ExitError);
    };
    if (paths.isEmpty())
        return usageError(tr("give at least one file or folder."));
    const bool inPlace = parser.isSet(QStringLiteral("in-place"));
    const bool check = parser.isSet(QStringLiteral("check"));
    const QString outDir = parser.value(QStringLiteral("out"));
    if (int(inPlace) + int(check) + int(!outDir.isEmpty()) > 1)
        return usageError(tr("--out, --in-place and --check exclude each other."));
    if (parser.isSet(QStringLiteral("json")) && (inPlace || !outDir.isEmpty()))
        return usageError(tr("--json prints the plan instead of writing; use --report FILE.json with --out or --in-place."));

    MigrationOptions options;
    for (const QString &step : parser.values(QStringLiteral("skip"))) {
        const std::optional<Step> skipped = skippableStep(step);
        if (!skipped)
            return usageError(tr("--skip %1: use image, endpoint, security or extras.").arg(step));
        options.skippedSteps.insert(*skipped);
    }
    if (parser.isSet(QStringLiteral("endpoint"))) {
        options.endpointHost = parser.value(QStringLiteral("endpoint")).trimmed();
        if (const QString problem = hostAnswerProblem(options.endpointHost); !problem.isEmpty())
            return usageError(tr("--endpoint %1 cannot be used: %2.").arg(options.endpointHost, problem));
    }
    const QString reportPath = parser.value(QStringLiteral("report"));
    if (!reportPath.isEmpty() && !isReportFileName(reportPath))
        return usageError(tr("--report %1: use a .md, .html, .json or .sarif file name.").arg(reportPath));
    // Refused before any work, as --out refuses an existing file: a report never replaces anything.
    if (!reportPath.isEmpty() && (QFileInfo::exists(reportPath) || QFileInfo(reportPath).isSymLink()))
        return usageError(tr("--report %1 already exists; choose another name (nothing was written).").arg(reportPath));

    const QString saveRecipePath = parser.value(QStringLiteral("save-recipe"));
    if (!saveRecipePath.isEmpty() && (QFileInfo::exists(saveRecipePath) || QFileInfo(saveRecipePath).isSymLink()))
        return usageError(tr("--save-recipe %1 already exists; choose another name (nothing was written).").arg(shown(saveRecipePath)));
    const QString recipePath = parser.value(QStringLiteral("recipe"));
    std::optional<Recipe> recipe;
    if (parser.isSet(QStringLiteral("recipe"))) {
        const RecipeReadResult read = readRecipe(recipePath);
        if (!read.recipe) {
            err << read.describe(recipePath) << QLatin1Char('\n')
                << tr("migrate: fix the recipe (or write a new one with --save-recipe), then run again; nothing was written.\n");
            return ExitError;
        }
        recipe = read.recipe;
    }
    const bool tagGiven = parser.isSet(QStringLiteral("tag")) || (recipe && !recipe->tag.isEmpty());

    // The list picks the default tag, so then it comes from the registry; with a tag given it only
    // backs a warning, read offline unless --tags-url or --tags-file says otherwise.
    const TagSourceOutcome tags = loadTagSource(parser, /*liveByDefault=*/!tagGiven, err);
    if (!tags.error.isEmpty())
        return usageError(tags.error);
    const TagList &tagList = *tags.result.list;
    options.tag = parser.value(QStringLiteral("tag"));
    if (options.tag.isEmpty() && recipe && !recipe->tag.isEmpty()) {
        options.tag = recipe->tag; // checked when the recipe was read; a missing one is a note below
    } else if (options.tag.isEmpty()) {
        options.tag = tagList.recommended();
        if (options.tag.isEmpty())
            return usageError(tr("the tag list (%1) has no pinned 2.x.y tag; give one with --tag.").arg(tags.description));
    } else if (!isValidTargetTag(options.tag)) {
        return usageError(tr("--tag %1 is not a valid image tag.").arg(options.tag));
    } else if (targetTagVerdict(options.tag) == TargetTagVerdict::Refused) {
        // The wizard refuses the same tags: a migration to a v0/v1 image is no migration.
        return usageError(tr("--tag %1 is a v0/v1 gateway image (or no 2.x.y version); give a pinned 2.x.y tag such as %2.")
                              .arg(options.tag, tagList.recommended().isEmpty() ? QStringLiteral("2.11.1") : tagList.recommended()));
    } else if (!tagList.contains(tagWithoutDigest(options.tag))) {
        err << tr("warning: tag %1 is not in the tag list (%2); check that it exists.\n").arg(options.tag, tags.description);
    }
    if (classifyTag(tagWithoutDigest(options.tag)) != TagKind::Pinned)
        err << tr("warning: %1 is not a pinned 2.x.y tag; production deployments should pin one.\n").arg(options.tag);

    qCInfo(lcPlan).noquote() << "target tag" << options.tag << "from" << tags.description;
    Project project = importPaths(paths);
    // Before the plan: planProjectOnce takes the findings the recipe's entries are matched against.
    std::vector<RecipeNote> recipeNotes;
    if (recipe) {
        const RecipeOverrides overrides{parser.isSet(QStringLiteral("tag")), parser.isSet(QStringLiteral("endpoint")), parser.isSet(QStringLiteral("skip"))};
        recipeNotes = applyRecipe(*recipe, project, options, &tagList, overrides);
        for (const RecipeNote &note : recipeNotes)
            err << tr("%1:%2: note: %3\n").arg(escapeControlCharacters(recipePath)).arg(note.line).arg(note.text);
    }
    // The migrated text is read only by the files written: diffs (printed or in a report) splice
    // their masked texts from the original and the plan's edits.
    const bool writesText = inPlace || !outDir.isEmpty();
    // --json and --check only describe the plan: nothing reads a text again, and a large file's
    // text and line index would stay beside its findings and the ledger for nothing. The plan
    // reads the text; the line index only for its -v log.
    const bool describesOnly = (parser.isSet(QStringLiteral("json")) || check) && reportPath.isEmpty();
    if (describesOnly && !lcPlan().isDebugEnabled()) {
        for (FileAnalysis &file : project.files)
            file.source.lines = LineIndex();
    }
    const ProjectPlan plan = planProjectOnce(project, options, writesText ? MigratedText::Spliced : MigratedText::NotNeeded);
    // After the plan nothing reads the line index (4 bytes a line) but a SARIF report, which indexes
    // one file at a time when it writes its results.
    for (FileAnalysis &file : project.files) {
        if (describesOnly)
            std::string().swap(file.source.text);
        file.source.lines = LineIndex();
    }

    const Ledger ledger = buildLedger(project, plan);
    const QHash<QString, QString> shownPaths = displayPaths(project);
    for (const Finding &f : project.errors)
        err << tr("%1: error: %2\n").arg(location(f), shown(f.message()));
    // Diagnostics in file order, each with its place in the ledger.
    for (std::size_t i = 0; i < project.files.size(); ++i) {
        ReferenceCursor references(ledger.files[i]);
        for (const Finding &f : plan.files[i].findings) {
            const ReferenceEntry *r = references.next(f);
            const QString where = location(f, shownPaths), message = shown(f.message());
            if (!r)
                err << tr("%1: error: %2\n").arg(where, message);
            else if (r->state == ReferenceState::Pending && f.severity == Severity::Question)
                err << tr("%1: question: %2\n").arg(where, message);
            else if (r->state == ReferenceState::Pending)
                err << tr("%1: change by hand: %2\n").arg(where, message);
            else if (r->state == ReferenceState::LeftOut)
                err << tr("%1: left out (%2): %3\n").arg(where, shown(r->reason), message);
            else if (f.severity == Severity::Warning)
                err << tr("%1: warning: %2\n").arg(where, message);
        }
    }

    ReportContext context;
    context.tag = options.tag;
    context.tagSource = tags.description;
    context.toolVersion = QStringLiteral(AGM_VERSION);
    // SARIF locations relative to the current folder when the inputs are inside it: a CI job runs
    // in its checkout, whose root code scanning resolves them against.
    if (const QString rel = QDir::current().relativeFilePath(project.root); rel != QLatin1String("..") && !rel.startsWith(QLatin1String("../"))
        && !QDir::isAbsolutePath(rel))
        context.locationBase = QDir::currentPath();
    // Several folders: one summary line each, and --check's exit code aggregated over them.
    const bool manyRoots = std::count_if(paths.begin(), paths.end(), [](const QString &p) { return QFileInfo(p).isDir(); }) > 1;
    if (manyRoots)
        context.roots = summarizeRoots(project, ledger, paths);
    if (recipe)
        context.recipe = recipeUseJson(recipePath, recipeNotes);
    context.ledger = &ledger;
    if (parser.isSet(QStringLiteral("json"))) {
        out.flush();
        if (out.device())
            writeJsonReport(*out.device(), project, plan, ledger, context);
        else
            out << QString::fromUtf8(jsonReport(project, plan, context));
    } else if (check) {
        for (std::size_t i = 0; i < project.files.size(); ++i) {
            ReferenceCursor references(ledger.files[i]);
            for (const Finding &f : plan.files[i].findings) {
                const ReferenceEntry *r = references.next(f);
                if (r && (r->state == ReferenceState::Pending || r->state == ReferenceState::Changed))
                    out << QStringLiteral("%1: %2: %3\n").arg(location(f, shownPaths), stepName(f.step), shown(f.message()));
            }
        }
        for (const FileEntry &f : ledger.files) {
            if (f.state == FileState::Unreadable || f.state == FileState::SameFile)
                out << QStringLiteral("%1: %2\n").arg(shown(shownPaths.value(f.file, f.file)), shown(f.describe()));
        }
        printRoots(out, context.roots);
    } else if (!outDir.isEmpty() || inPlace) {
        // The wizard's export: the files first, the report only once they are written.
        ExportSettings settings;
        settings.mode = inPlace ? ExportSettings::InPlace : ExportSettings::Copies;
        settings.outDir = outDir;
        settings.markdown = settings.html = settings.json = settings.patch = settings.checksums = false;
        settings.reportFile = reportPath;
        qCInfo(lcWrite).noquote() << (inPlace ? "rewriting in place" : "writing copies under") << (inPlace ? project.root : outDir);
        const ExportOutcome written = exportMigration(project, plan, settings, context);
        for (const QString &path : written.written)
            out << tr("wrote %1\n").arg(shown(path));
        for (const QString &path : written.backups)
            out << tr("kept the original as %1\n").arg(shown(path));
        for (const QString &path : written.artifacts)
            out << tr("wrote the report %1\n").arg(shown(path));
        for (const QString &warning : written.warnings)
            err << tr("warning: %1\n").arg(shown(warning));
        if (!written.ok) {
            err << tr("error: %1\n").arg(shown(written.error));
            return ExitError;
        }
    } else if (out.flush(); out.device()) {
        writeUnifiedPatch(*out.device(), project, plan);
    } else {
        writeUtf8(out, unifiedPatch(project, plan));
    }
    if (!check && !parser.isSet(QStringLiteral("json")))
        printRoots(err, context.roots); // stdout holds the diff or the files written
    // A file the options ask for beside the migration: its warnings, and its error in `failure`
    // ("--report %1: %2").
    const auto wroteSideFile = [&](const FileWriteResult &written, const QString &failure, const QString &path) {
        for (const QString &warning : written.warnings)
            err << tr("warning: %1\n").arg(shown(warning));
        if (!written.ok) {
            err << failure.arg(shown(path), shown(written.error));
            return false;
        }
        qCInfo(lcWrite).noquote() << "written:" << path;
        return true;
    };
    // Without --out or --in-place nothing else is written, so the report can go last.
    if (!reportPath.isEmpty() && outDir.isEmpty() && !inPlace
        && !wroteSideFile(writeReportOnly(reportPath, project, plan, context), tr("--report %1: %2\n"), reportPath))
        return ExitError;
    if (!saveRecipePath.isEmpty()
        && !wroteSideFile(writeRecipe(saveRecipePath, recipeOf(project, plan, options, recipe && recipe->checksAcknowledged)),
                          tr("--save-recipe %1: %2\n"), saveRecipePath))
        return ExitError;
    // The ledger's one-line verdict, so a green answer is never silent about what it did not do.
    err << tr("status: %1\n").arg(shown(ledger.summary()));
    if (ledger.hasUnreadable())
        return ExitError;
    int exitCode = ledger.openItems() > 0 || (check && !ledger.allClear()) ? ExitPending : ExitOk;
    if (check) {
        for (const RootSummary &root : context.roots)
            exitCode = std::max(exitCode, root.checkExitCode());
    }
    return exitCode;
}

} // namespace agm::app
