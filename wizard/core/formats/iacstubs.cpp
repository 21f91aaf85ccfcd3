// SPDX-License-Identifier: MIT
#include "formats.h"
namespace agm {
void analyzeTerraform(FileAnalysis &) {}
void analyzeBicep(FileAnalysis &) {}
void analyzeArmTemplate(FileAnalysis &) {}
}
