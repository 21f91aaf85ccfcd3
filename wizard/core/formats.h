// SPDX-License-Identifier: MIT
#pragma once

// One analyser per deployment format; each appends findings and secret spans to the analysis.

#include "analysis.h"

namespace agm {

void analyzeKubernetes(FileAnalysis &analysis);
void analyzeHelmValues(FileAnalysis &analysis);
void analyzeKustomize(FileAnalysis &analysis);
void analyzeCompose(FileAnalysis &analysis);
void analyzeEnvFile(FileAnalysis &analysis);
void analyzeScript(FileAnalysis &analysis);

} // namespace agm
