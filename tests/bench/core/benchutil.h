// SPDX-License-Identifier: MIT
#pragma once

// Shared by the core benchmarks: child processes timed with their peak RSS, medians, the scratch
// folder and the FIGURE lines of tests/bench/README.md. Plain C++ and POSIX, so the measuring side
// adds nothing to what it measures.

#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace agmbench {

struct RunResult
{
    double seconds = 0;    // wall clock
    double cpuSeconds = 0; // user + system time of the child
    double peakMiB = 0;    // max RSS of the child
    int exitCode = -1;
};

// Runs argv as a child with stdout and stderr sent to /dev/null; wall time and max RSS via wait4.
inline RunResult runChild(const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        dup2(devNull, STDERR_FILENO);
        execvp(args[0], args.data());
        _exit(127);
    }
    RunResult r;
    int status = 0;
    struct rusage usage = {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) < 0)
        return r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    r.peakMiB = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Times are CPU seconds (user + system) of the child: on a shared machine the wall clock mostly
// measures the other jobs. Every program measured is single-threaded or counted over all its
// threads, so this never flatters ours. Wall-clock medians go to stderr.
struct Comparison
{
    double oursSeconds = 0, refSeconds = 0;
    double oursWall = 0, refWall = 0;
    double oursMiB = 0, refMiB = 0;
    bool ok = true;
};

inline std::string command0(const std::function<std::vector<std::string>(int)> &ours)
{
    return std::filesystem::path(ours(0).front()).filename().string();
}

// One warm-up each, then `runs` alternating runs of ours and the reference (alternating spreads the
// machine's drift over both sides). Medians of time and of peak RSS. `ours` gives the command
// line of each run (0 is the warm-up), e.g. a fresh output folder per run.
inline Comparison compare(const std::function<std::vector<std::string>(int)> &ours, const std::vector<std::string> &reference,
                          int runs, const std::vector<int> &okExitCodes = {0})
{
    auto accepted = [&](const RunResult &r) {
        return std::find(okExitCodes.begin(), okExitCodes.end(), r.exitCode) != okExitCodes.end();
    };
    Comparison c;
    std::vector<double> ot, rt, ow, rw, om, rm;
    for (int i = 0; i <= runs; ++i) {
        const std::vector<std::string> command = ours(i);
        const RunResult o = runChild(command);
        const RunResult r = runChild(reference);
        if (!accepted(o) || !accepted(r)) {
            std::fprintf(stderr, "a run failed: ours exit %d (%s), reference exit %d (%s)\n", o.exitCode, command[0].c_str(),
                         r.exitCode, reference[0].c_str());
            c.ok = false;
            return c;
        }
        if (i == 0)
            continue; // warm-up
        ot.push_back(o.cpuSeconds);
        rt.push_back(r.cpuSeconds);
        ow.push_back(o.seconds);
        rw.push_back(r.seconds);
        om.push_back(o.peakMiB);
        rm.push_back(r.peakMiB);
    }
    c.oursSeconds = median(ot);
    c.refSeconds = median(rt);
    c.oursWall = median(ow);
    c.refWall = median(rw);
    std::fprintf(stderr, "%s: wall clock %.4g s, reference %.4g s (medians of %d runs)\n", command0(ours).c_str(), c.oursWall,
                 c.refWall, runs);
    c.oursMiB = median(om);
    c.refMiB = median(rm);
    return c;
}

inline Comparison compare(const std::vector<std::string> &ours, const std::vector<std::string> &reference, int runs,
                          const std::vector<int> &okExitCodes = {0})
{
    return compare([&](int) { return ours; }, reference, runs, okExitCodes);
}

// FIGURE <id> <ours> <unit> <reference name> <reference value> <budget>
inline void figure(const std::string &id, double ours, const std::string &unit, const std::string &refName, double ref,
                   const std::string &budget)
{
    std::printf("FIGURE\t%s\t%.4g\t%s\t%s\t%.4g\t%s\n", id.c_str(), ours, unit.c_str(), refName.c_str(), ref, budget.c_str());
    std::fflush(stdout);
}

inline void figure(const std::string &id, double ours, const std::string &unit, const std::string &budget)
{
    std::printf("FIGURE\t%s\t%.4g\t%s\t-\t-\t%s\n", id.c_str(), ours, unit.c_str(), budget.c_str());
    std::fflush(stdout);
}

// AGM_BENCH_SCRATCH (set by packaging/run-benchmarks.sh), else /dev/shm/agm-bench when there is a
// /dev/shm, else the system temp folder. In RAM, writing thousands of files measures our writes
// rather than the disk's inode allocator (slow for a while after mass deletions, which the
// benchmark itself causes).
inline std::filesystem::path scratchDir(const std::string &name)
{
    const char *env = std::getenv("AGM_BENCH_SCRATCH");
    std::error_code error;
    const std::filesystem::path shm("/dev/shm");
    const std::filesystem::path base = env && *env                            ? std::filesystem::path(env)
                                       : std::filesystem::is_directory(shm, error) ? shm / "agm-bench"
                                                                                   : std::filesystem::temp_directory_path() / "agm-bench";
    const std::filesystem::path dir = base / name;
    std::filesystem::create_directories(dir);
    return dir;
}

// AGM_BENCH_RUNS overrides the number of measured runs (after the warm-up).
inline int runCount(int fallback)
{
    const char *env = std::getenv("AGM_BENCH_RUNS");
    const int n = env ? std::atoi(env) : 0;
    return n > 0 ? n : fallback;
}

} // namespace agmbench
