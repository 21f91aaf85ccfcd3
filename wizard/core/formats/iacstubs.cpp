// SPDX-License-Identifier: MIT
#include "formats.h"
namespace agm {
void analyzeBicep(FileAnalysis &) {}
void analyzeArmTemplate(FileAnalysis &) {}
}
