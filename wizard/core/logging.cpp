// SPDX-License-Identifier: MIT
#include "logging.h"

namespace agm {

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

} // namespace agm
