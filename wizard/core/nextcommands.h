// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"
#include "ledger.h"
#include "project.h"

#include <QString>

#include <vector>

namespace agm {

// `word` as one shell word: unchanged when it holds only safe characters, else in single quotes
// (POSIX shells and PowerShell both take '...' literally; only the quote itself is escaped).
enum class Shell { Posix, PowerShell };
QString shellQuote(const QString &word, Shell shell = Shell::Posix);

struct NextCommand
{
    Format format = Format::Unknown;
    QString command; // runs as printed (a name in capitals, like RELEASE, is the operator's to fill in)
    QString note;    // what to know before running it (translated); may be empty
};

// The commands that deploy what the export wrote, per format, naming only the migrated deployment
// files (never the reports): `kubectl apply -f` per manifest, `-k` per Kustomize folder (a manifest
// in a Kustomize folder goes with it), `helm upgrade`, `docker compose up -d`, the docker run
// script from its own folder, `docker run --env-file` for an env file no script uses. `tag` is the
// image tag of the migration, for the env file's `docker run`.
std::vector<NextCommand> nextCommands(const Project &project, const Ledger &ledger, const ExportSettings &settings, const QString &tag,
                                      Shell shell = Shell::Posix);

} // namespace agm
