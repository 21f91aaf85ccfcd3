// SPDX-License-Identifier: MIT
// The fuzz targets' entry functions. Each takes the fuzzer's bytes, drives one part of the engine
// and checks its invariants. They build in every configuration: the libFuzzer targets (AGM_FUZZ,
// fuzztarget.cpp) call them, and tst_fuzzreplay replays the seeds and every crash reproducer
// (tests/data/fuzz/<target>/) through them in the normal test suite.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace agm::fuzz {

struct Target
{
    const char *name;
    // What went wrong, empty when every invariant holds. Crashes, leaks and UB are for the
    // sanitizers to report.
    QString (*check)(const QByteArray &input);
    // Inputs built from the test data (`testData` is tests/data), in the target's input format.
    QList<QByteArray> (*seeds)(const QString &testData);
};

const std::vector<Target> &targets();
const Target *findTarget(const QString &name);

// Import, plan, masking, diff and reports. The first byte picks the format (low nibble: 0 or
// more than 8 detects it, 1..8 forces agm::Format(n)) and the file name (high nibble); the rest
// are the file's bytes.
QString checkImport(const QByteArray &input);
// The splicer: edits keep every byte outside them, identity edits change nothing, a migrated file
// still loads and parses. Input as for checkImport.
QString checkSplice(const QByteArray &input);
// Line and intra-line diff of two texts separated by the first NUL byte (without one: two halves).
QString checkLineDiff(const QByteArray &input);
// The tag list JSON, the registry protocol's header and URL parsers, and tag validation, each on
// the whole input.
QString checkTags(const QByteArray &input);
// The env-file and script-line analysers (env file, shell and PowerShell forced) on the input.
QString checkEnvScript(const QByteArray &input);
// Secrets the analysis finds never show in masked texts, findings, reports or the patch.
// Input as for checkImport.
QString checkSecretMask(const QByteArray &input);
// A recipe is refused with a reason and a line and column, or read, written back and read again
// as the same decisions and the same bytes.
QString checkRecipe(const QByteArray &input);

} // namespace agm::fuzz
