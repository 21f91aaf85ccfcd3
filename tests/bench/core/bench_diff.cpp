// SPDX-License-Identifier: MIT
// Line diff against GNU diff -u on the same files (both as child processes, both writing a
// unified diff), and intra-line highlighting of a pair at the length cap (in-process, p95).

#include "benchutil.h"
#include "corpus.h"

#include "intraline.h"
#include "linediff.h"

#include <QString>

#include <chrono>
#include <cstdio>

using namespace agmbench;

namespace {

// The runs must rebuild the new text from the old one: a fast but wrong diff does not count.
bool reproduces(const std::string &oldText, const std::string &newText)
{
    const auto a = agm::splitLines(oldText), b = agm::splitLines(newText);
    std::string rebuilt;
    int oldAt = 0, newAt = 0;
    for (const agm::DiffRun &run : agm::diffLines(a, b)) {
        if ((run.op != agm::DiffOp::Insert && run.oldStart != oldAt) || (run.op != agm::DiffOp::Delete && run.newStart != newAt))
            return false;
        for (int k = 0; k < run.count; ++k) {
            if (run.op == agm::DiffOp::Insert)
                rebuilt += b[std::size_t(run.newStart + k)];
            else if (run.op == agm::DiffOp::Equal)
                rebuilt += a[std::size_t(run.oldStart + k)];
        }
        if (run.op != agm::DiffOp::Insert)
            oldAt += run.count;
        if (run.op != agm::DiffOp::Delete)
            newAt += run.count;
    }
    return rebuilt == newText && oldAt == int(a.size()) && newAt == int(b.size());
}

Comparison compareDiff(const std::string &id, const std::filesystem::path &dir, const std::string &oldText,
                       const std::string &newText, int runs)
{
    const std::filesystem::path a = dir / (id + ".old"), b = dir / (id + ".new");
    writeFile(a, oldText);
    writeFile(b, newText);
    if (!reproduces(oldText, newText)) {
        std::fprintf(stderr, "%s: the line diff does not rebuild the new text\n", id.c_str());
        std::exit(2);
    }
    const Comparison c = compare({AGM_LINEDIFF_PATH, a.string(), b.string()}, {"diff", "-u", a.string(), b.string()}, runs, {1});
    if (!c.ok) {
        std::fprintf(stderr, "%s: could not measure\n", id.c_str());
        std::exit(2);
    }
    return c;
}

// p95 of `runs` calls, in milliseconds.
double intraLineP95(const std::pair<std::string, std::string> &pair, int runs)
{
    const QString a = QString::fromStdString(pair.first), b = QString::fromStdString(pair.second);
    std::vector<double> ms;
    std::size_t ranges = 0;
    for (int i = -3; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const agm::IntraLineDiff d = agm::diffWithinLines(a, b);
        const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (d.skipped) {
            std::fprintf(stderr, "the pair at the cap was skipped: the benchmark would measure nothing\n");
            std::exit(2);
        }
        ranges += d.oldRanges.size() + d.newRanges.size();
        if (i >= 0)
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    std::fprintf(stderr, "intra-line: %zu ranges over all runs\n", ranges);
    return ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
}

} // namespace

int main()
{
    const std::filesystem::path dir = scratchDir("diff");
    const std::vector<std::string> lines = deploymentBlockLines(100'000, 7);
    const std::string original = joinLines(lines);

    const Comparison changed = compareDiff("100k-1pct", dir, original, joinLines(withChangedLines(lines, 1.0, 8)), runCount(7));
    figure("diff.100k-1pct.time", changed.oursSeconds, "s", "GNU diff -u", changed.refSeconds, "ratio<=1.5");

    const Comparison shuffle = compareDiff("100k-shuffled", dir, original, joinLines(shuffled(lines, 9)), runCount(3));
    figure("diff.100k-shuffled.time", shuffle.oursSeconds, "s", "GNU diff -u", shuffle.refSeconds, "ratio<=2.0");
    figure("diff.100k-shuffled.seconds", shuffle.oursSeconds, "s", "<=3");

    const int cap = agm::kIntraLineLengthCap;
    figure("intraline.cap-10pct.p95", intraLineP95(intraLinePair(cap, 10, 10), runCount(20) * 5), "ms", "<=20");
    figure("intraline.cap-unrelated.p95", intraLineP95(intraLinePair(cap, 100, 11), runCount(20) * 5), "ms", "<=20");
    return 0;
}
