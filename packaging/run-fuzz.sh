#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds the `fuzz` preset (clang, libFuzzer, ASan + UBSan; tests/fuzz) and runs every fuzz target
# for SECONDS (default 60) on a fresh working copy of its seeds: the corpus each target builds
# from tests/data, plus tests/data/fuzz/<target>/ (hand-written seeds and crash reproducers).
# Prints one line per target; exits non-zero when any target crashed, leaked, hit undefined
# behaviour, broke an invariant, timed out or ran out of memory, naming the reproducer.
#
#   packaging/run-fuzz.sh           every target, 60 s each
#   packaging/run-fuzz.sh 300       every target, 5 minutes each
#   packaging/run-fuzz.sh 60 tags   only the named targets
#
# A new finding fails the script, unless AGM_FUZZ_NEW_FINDINGS=report: then it is printed (with the
# input in base64) without failing; a build error or a target that cannot run still fails. CI uses
# report mode: fuzzing explores differently on every
# machine, so a first-time find must not block an unrelated change; tst_fuzzreplay in the normal
# suite is what fails on a known reproducer.
# Environment: AGM_JOBS (build parallelism, and how many targets fuzz at once; default 2);
# AGM_FUZZ_SEED (libFuzzer's random seed, default 1, so a CI run explores the same inputs as a
# local run of the same commit and any finding replays; set another number, or 0 for a random one,
# to explore elsewhere).
# Work files: build/fuzz/run/<target>/.

set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 2

case "${1:-}" in
    -h | --help)
        sed -n '3,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
esac
seconds=${1:-60}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "run-fuzz.sh: SECONDS must be a positive whole number, got '$seconds'" >&2
    exit 2
fi
shift $(($# > 0 ? 1 : 0))
jobs=${AGM_JOBS:-2}

if [[ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] && command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
echo "==== fuzz: configure and build (preset fuzz, -j$jobs) ===="
if ! cmake --preset fuzz >/dev/null || ! cmake --build --preset fuzz -j "$jobs"; then
    echo "run-fuzz.sh: building the fuzz preset failed (it needs clang++ and libclang-rt-14-dev:" >&2
    echo "run-fuzz.sh: packaging/setup-deps.sh installs them)" >&2
    exit 2
fi

bin=$root/build/fuzz/tests/fuzz
targets=("$@")
if ((${#targets[@]} == 0)); then
    for exe in "$bin"/fuzz_*; do
        [[ -f "$exe" && -x "$exe" ]] && targets+=("${exe##*/fuzz_}")
    done
fi

# The flags of anchors-perf-reliability.md section 8.4: RSS limit, per-input timeout, input size.
flags=(-rss_limit_mb=2048 -timeout=5 -max_len=65536 -max_total_time="$seconds" -print_final_stats=1
    -seed="${AGM_FUZZ_SEED:-1}")
# One target: its summary line (and what to do about a finding) on stdout; exit 0 when clean,
# 1 when it failed, 3 when it found something that report mode only reports.
fuzz_target() {
    local target=$1
    local exe=$bin/fuzz_$target
    local work=$root/build/fuzz/run/$target
    if [[ ! -f "$exe" || ! -x "$exe" ]]; then
        echo "$target: no such fuzz target ($exe)"
        return 1
    fi
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    if ! AGM_FUZZ_SEEDS_OUT="$work/corpus" AGM_FUZZ_TEST_DATA="$root/tests/data" "$exe" >"$work/seeds.log" 2>&1; then
        echo "$target: writing the seeds failed (see $work/seeds.log)"
        return 1
    fi
    if [[ -d "$root/tests/data/fuzz/$target" ]]; then
        cp "$root/tests/data/fuzz/$target"/* "$work/corpus/"
    fi
    local dict=()
    [[ "$target" != tags ]] && dict=(-dict="$root/tests/fuzz/yaml.dict")
    "$exe" "${flags[@]}" "${dict[@]}" -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/fuzz.log" 2>&1
    local status=$?
    stat() { sed -n "s/^stat::$1: *//p" "$work/fuzz.log" | tail -n 1; }
    local cov
    cov=$(grep -Eo 'cov: [0-9]+' "$work/fuzz.log" | tail -n 1 | cut -d' ' -f2)
    local found=("$work"/artifacts/*)
    [[ -e "${found[0]}" ]] || found=()
    printf '%-11s %10s execs %7s/s  cov %5s  corpus %5s  rss %5s MB  crashes %d\n' "$target" \
        "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" "${cov:-?}" \
        "$(find "$work/corpus" -type f | wc -l)" "$(stat peak_rss_mb)" "${#found[@]}"
    ((status != 0 || ${#found[@]} > 0)) || return 0
    grep -E '^(==[0-9]+==ERROR|SUMMARY|agm fuzz target)' "$work/fuzz.log" | head -n 5 | sed 's/^/    /'
    local f
    for f in "${found[@]}"; do
        echo "    reproducer: $f"
        echo "    replay:     $exe $f"
        # The CI keeps no files: the input itself, to recreate it with base64 -d.
        echo "    base64:     $(base64 -w0 "$f")"
    done
    echo "    log:        $work/fuzz.log"
    echo "    Once fixed, copy the reproducer into tests/data/fuzz/$target/ (tst_fuzzreplay replays it)."
    if ((${#found[@]} > 0)) && [[ "${AGM_FUZZ_NEW_FINDINGS:-fail}" == report ]]; then
        echo "${#found[@]}" >"$work/findings"
        return 3
    fi
    return 1
}

# The targets are single-threaded: run AGM_JOBS of them at once, print their lines in order.
failed=0
findings=0
echo "==== fuzz: ${#targets[@]} targets, $seconds s each, $jobs at a time ===="
outputs=$(mktemp -d)
trap 'rm -rf "$outputs"' EXIT
pids=()
for i in "${!targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs)); do
        wait -n
    done
    fuzz_target "${targets[$i]}" >"$outputs/$i" 2>&1 &
    pids[i]=$!
done
for i in "${!targets[@]}"; do
    wait "${pids[$i]}"
    status=$?
    cat "$outputs/$i"
    case $status in
        0) ;;
        3) findings=$((findings + $(cat "$root/build/fuzz/run/${targets[$i]}/findings"))) ;;
        *) failed=1 ;;
    esac
done
if ((failed)); then
    echo "==== fuzz: FAILED ===="
    exit 1
fi
if ((findings > 0)); then
    echo "==== fuzz: $findings NEW FINDING(S) above (reported, not failing: AGM_FUZZ_NEW_FINDINGS=report) ===="
    exit 0
fi
echo "==== fuzz: all targets clean ===="
