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

// `migrate --json` and `migrate --report FILE.<format>` on one file of 50k Secret/Deployment pairs:
// peak memory against the input's size. None of them splices the migrated text (only --out and
// --in-place do); without --json the diff is printed too, worked out a piece of the file at a time.
void outputMemory(const std::string &id, const std::filesystem::path &input, const std::vector<std::string> &output, int runs)
{
    const double inputMiB = double(std::filesystem::file_size(input)) / (1024.0 * 1024.0);
    std::vector<double> peaks, seconds;
    for (int run = 0; run < runs; ++run) {
        std::vector<std::string> argv = {AGM_APP_PATH, "migrate", "--offline", "--tag", "2.11.1"};
        argv.insert(argv.end(), output.begin(), output.end());
        argv.push_back(input.string());
        if (output.size() == 2)
            std::filesystem::remove(output[1]); // a report never replaces a file
        const RunResult r = runChild(argv);
        if (r.exitCode != 0 && r.exitCode != 1) {
            std::fprintf(stderr, "%s: exit code %d\n", id.c_str(), r.exitCode);
            std::exit(2);
        }
        peaks.push_back(r.peakMiB);
        seconds.push_back(r.cpuSeconds);
    }
    if (output.size() == 2)
        std::filesystem::remove(output[1]);
    figure(id + ".memory", median(peaks), "MiB", "input size", inputMiB, "ratio<=4.0");
    figure(id + ".time", median(seconds), "s", "<=60");
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
    outputMemory("json.50k-pairs", dir / "pairs-50k.yaml", {"--json"}, runCount(3));
    // One run each by default: every report of 100k findings takes a while.
    for (const char *format : {"json", "sarif", "md", "html"}) {
        const std::string report = (dir / (std::string("pairs-50k-report.") + format)).string();
        outputMemory(std::string("report-") + format + ".50k-pairs", dir / "pairs-50k.yaml", {"--report", report}, runCount(1));
    }
    return 0;
}
