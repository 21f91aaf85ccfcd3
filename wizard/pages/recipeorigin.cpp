// SPDX-License-Identifier: MIT
#include "recipeorigin.h"

#include "migrationsession.h"
#include "pluraltext.h"
#include "secretmask.h"

namespace agm {

RecipeOriginLabel::RecipeOriginLabel(MigrationSession *session, QSet<Step> steps, bool notes, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
    , m_steps(std::move(steps))
    , m_notes(notes)
{
    setObjectName(QStringLiteral("recipeOrigin"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Choices from the recipe"));
    connect(session, &MigrationSession::planChanged, this, &RecipeOriginLabel::refresh);
    refresh();
}

void RecipeOriginLabel::refresh()
{
    const QString text = describe(*m_session, m_steps, m_notes);
    setText(text);
    setVisible(!text.isEmpty());
}

QString RecipeOriginLabel::describe(const MigrationSession &session, const QSet<Step> &steps, bool notes)
{
    if (!session.recipe())
        return {};
    const auto plural = [](const char *text, int n) { return withEnglishPlural(tr(text, nullptr, n), n); };
    QStringList parts;
    if (steps.contains(Step::Image) && session.tagFromRecipe())
        parts << tr("the image tag %1").arg(session.options().tag);
    for (Step step : {Step::Image, Step::Endpoint, Step::Security, Step::Extras}) {
        if (steps.contains(step) && session.options().skippedSteps.contains(step))
            parts << tr("the %1 step is skipped").arg(stepName(step));
    }
    int answers = 0, leftOut = 0;
    const Project &project = session.project();
    for (std::size_t i = 0; i < project.files.size() && i < session.plan().files.size(); ++i) {
        const QString file = project.files[i].source.relativePath;
        for (const Finding &f : session.plan().files[i].findings) {
            if (!steps.contains(f.step))
                continue;
            answers += session.answerFromRecipe(file, f.id) ? 1 : 0;
            leftOut += session.leftOutByRecipe(file, f.id) ? 1 : 0;
        }
    }
    if (answers)
        parts << plural("%n endpoint answer(s) (marked “from recipe”)", answers);
    if (leftOut)
        parts << plural("%n change(s) left out (marked “from recipe”)", leftOut);
    QString text;
    if (notes && steps.isEmpty())
        text = tr("The decisions of the recipe %1 apply to the files you import.").arg(escapeControlCharacters(session.recipeName()));
    else if (!parts.isEmpty())
        text = tr("From the recipe %1: %2.").arg(escapeControlCharacters(session.recipeName()), parts.join(QStringLiteral(", ")));
    if (notes && !session.recipeNotes().empty()) {
        QStringList lines;
        for (const RecipeNote &note : session.recipeNotes())
            lines << tr("line %1: %2").arg(note.line).arg(note.text);
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += plural("Not used with these files (%n line(s) of the recipe %1):", int(lines.size())).arg(escapeControlCharacters(session.recipeName()))
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return text;
}

} // namespace agm
