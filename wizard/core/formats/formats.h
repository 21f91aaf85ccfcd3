// SPDX-License-Identifier: MIT
#pragma once

// One analyser per deployment format; each appends findings and secret spans to the analysis.

#include "analysis.h"

namespace agm {

// PreScan::Off parses every document: tests use it to show that the pre-scan changes no result.
enum class PreScan { On, Off };
void analyzeKubernetes(FileAnalysis &analysis, PreScan preScan = PreScan::On);
void analyzeHelmValues(FileAnalysis &analysis);
void analyzeKustomize(FileAnalysis &analysis);
void analyzeCompose(FileAnalysis &analysis);
void analyzeEnvFile(FileAnalysis &analysis);
void analyzeScript(FileAnalysis &analysis);

} // namespace agm
