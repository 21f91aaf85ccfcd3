// SPDX-License-Identifier: MIT
// One libFuzzer target: built once per entry of agm::fuzz::targets() with AGM_FUZZ_TARGET set to
// its name (tests/fuzz/CMakeLists.txt). A broken invariant aborts, so libFuzzer saves the input.
#include "fuzzchecks.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const agm::fuzz::Target &target()
{
    static const agm::fuzz::Target *t = agm::fuzz::findTarget(QStringLiteral(AGM_FUZZ_TARGET));
    if (!t) {
        std::fprintf(stderr, "no fuzz target named %s\n", AGM_FUZZ_TARGET);
        std::abort();
    }
    return *t;
}

} // namespace

// With AGM_FUZZ_SEEDS_OUT=<dir> and AGM_FUZZ_TEST_DATA=<tests/data>, writes the target's seeds
// into <dir> and exits instead of fuzzing (packaging/run-fuzz.sh builds the corpora this way).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString out = qEnvironmentVariable("AGM_FUZZ_SEEDS_OUT");
    if (out.isEmpty())
        return 0;
    const QList<QByteArray> seeds = target().seeds(qEnvironmentVariable("AGM_FUZZ_TEST_DATA"));
    QDir().mkpath(out);
    int n = 0;
    for (const QByteArray &seed : seeds) {
        QFile file(out + QStringLiteral("/seed-%1").arg(++n, 4, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed) != seed.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            std::exit(2);
        }
    }
    std::printf("%s: %d seeds in %s\n", AGM_FUZZ_TARGET, n, qPrintable(out));
    std::exit(n > 0 ? 0 : 2);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, as a file read from disk would be (NUL-terminated, owned).
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = target().check(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "agm fuzz target %s: invariant broken: %s\n", AGM_FUZZ_TARGET, qPrintable(problem));
        std::abort();
    }
    return 0;
}
