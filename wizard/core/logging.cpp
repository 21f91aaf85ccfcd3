// SPDX-License-Identifier: MIT
#include "logging.h"

#include "secretmask.h"

#include <QCoreApplication>

namespace agm {

namespace {

QtMessageHandler g_printMessage = nullptr;

void printShown(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Before the application and after it (Qt's libraries log as they unload), the masker's
    // expressions may not exist; no file is read then, so escaping is all a line needs.
    g_printMessage(type, context, QCoreApplication::instance() ? shown(message) : escapeControlCharacters(message));
}

} // namespace

Q_LOGGING_CATEGORY(lcImport, "agm.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlan, "agm.plan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWrite, "agm.write", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "agm.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecks, "agm.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWizard, "agm.wizard", QtWarningMsg)

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("agm.*=true"));
}

void showLogLinesLikeOutput()
{
    if (g_printMessage)
        return;
    g_printMessage = qInstallMessageHandler(printShown); // Qt's default handler, which formats and prints
}

} // namespace agm
