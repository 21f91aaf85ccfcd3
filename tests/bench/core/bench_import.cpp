// SPDX-License-Identifier: MIT
// Import + plan + write: `apim-gateway-migrator migrate --offline --out DIR` against a bare
// yaml-cpp LoadAll of the same bytes (agm-yaml-floor), both as child processes, same run.

#include "benchutil.h"
#include "corpus.h"

#include <cstdio>

using namespace agmbench;

namespace {

void compareImport(const std::string &id, const std::filesystem::path &input, const std::filesystem::path &outBase, int runs)
{
    // A new output folder per run, all removed after the measurement: deleting thousands of files
    // between runs would time the file system's inode recycling rather than our writes.
    auto ours = [&](int run) {
        const std::filesystem::path out = outBase / (id + "-run" + std::to_string(run));
        return std::vector<std::string>{AGM_APP_PATH, "migrate", "--offline", "--out", out.string(), input.string()};
    };
    const std::vector<std::string> floor = {AGM_FLOOR_PATH, input.string()};
    // migrate exits 1 when something still needs an answer; the write has happened by then.
    const Comparison c = compare(ours, floor, runs, {0, 1});
    std::filesystem::remove_all(outBase);
    if (!c.ok) {
        std::fprintf(stderr, "%s: could not measure\n", id.c_str());
        std::exit(2);
    }
    figure("import." + id + ".time", c.oursSeconds, "s", "yaml-cpp LoadAll", c.refSeconds, "ratio<=1.0");
    figure("import." + id + ".memory", c.oursMiB, "MiB", "yaml-cpp LoadAll", c.refMiB, "ratio<=1.0");
}

// `migrate --json` on one file of 50k Secret/Deployment pairs: its peak memory against the input's
// size (the plan is streamed and holds the findings once; what stays is the text, its migrated
// copy, a 32-bit line index, the findings and the ledger).
void jsonMemory(const std::filesystem::path &input, int runs)
{
    const double inputMiB = double(std::filesystem::file_size(input)) / (1024.0 * 1024.0);
    std::vector<double> peaks, seconds;
    for (int run = 0; run < runs; ++run) {
        const RunResult r = runChild({AGM_APP_PATH, "migrate", "--offline", "--json", "--tag", "2.11.1", input.string()});
        if (r.exitCode != 0 && r.exitCode != 1) {
            std::fprintf(stderr, "json.50k-pairs: exit code %d\n", r.exitCode);
            std::exit(2);
        }
        peaks.push_back(r.peakMiB);
        seconds.push_back(r.cpuSeconds);
    }
    figure("json.50k-pairs.memory", median(peaks), "MiB", "input size", inputMiB, "ratio<=4.0");
    figure("json.50k-pairs.time", median(seconds), "s", "<=60");
}

} // namespace

int main()
{
    const std::filesystem::path dir = scratchDir("import");
    const std::filesystem::path out = dir / "out";
    writeFile(dir / "manifests-2.5MB.yaml", kubernetesStream(2'500'000, 2024));
    writeFile(dir / "manifests-25MB.yaml", kubernetesStream(25'000'000, 2025));
    const std::size_t folderBytes = writeSmallFiles(dir / "folder-2000", 2000, 2026);
    std::fprintf(stderr, "inputs in %s (folder: %zu bytes)\n", dir.c_str(), folderBytes);

    compareImport("2.5MB", dir / "manifests-2.5MB.yaml", out, runCount(5));
    compareImport("25MB", dir / "manifests-25MB.yaml", out, runCount(3));
    compareImport("folder2000", dir / "folder-2000", out, runCount(5));
    writeFile(dir / "pairs-50k.yaml", secretDeploymentPairs(50'000));
    jsonMemory(dir / "pairs-50k.yaml", runCount(3));
    return 0;
}
