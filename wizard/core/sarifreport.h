// SPDX-License-Identifier: MIT
#pragma once

// SARIF 2.1.0 (OASIS), so GitHub code scanning and Azure DevOps show the migration on a pull
// request: one rule per finding code, one result per finding still to do in the files as read
// (a change the tool can make, with its fix, or one that needs an answer or a hand), and the files
// that could not be read as tool execution notifications. Secrets are masked everywhere.

#include "ledger.h"
#include "project.h"
#include "report.h"

#include <QByteArray>
#include <QIODevice>

namespace agm {

inline constexpr char kSarifSchema[] = "https://json.schemastore.org/sarif-2.1.0.json";

// Written to `device` piece by piece, like writeJsonReport: memory does not grow with the results.
void writeSarifReport(QIODevice &device, const Project &project, const ProjectPlan &plan, const Ledger &ledger, const ReportContext &context);
QByteArray sarifReport(const Project &project, const ProjectPlan &plan, const ReportContext &context);

} // namespace agm
