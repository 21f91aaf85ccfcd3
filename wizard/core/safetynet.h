// SPDX-License-Identifier: MIT
#pragma once

// The safety net behind every analyser: a v0/v1 or floating gateway image, a Configuration API v1
// URL or a legacy setting key that no analyser turned into a finding becomes one that says what to
// change by hand, so no file passes as "nothing to migrate" while it still holds one.

#include "analysis.h"

namespace agm {

// Scans the text of an analysed file; references an analyser already located are left alone.
// In a file its analyser understood, comment lines are not deployment content and are skipped.
void addUnhandledReferences(FileAnalysis &analysis);

} // namespace agm
