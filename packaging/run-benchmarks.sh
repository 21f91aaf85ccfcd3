#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds and runs every benchmark of one preset and prints each figure beside its reference, both
# measured in the same run, with the budget and pass/fail. Exits non-zero when a budget fails or a
# benchmark cannot run. Benchmarks are not part of ctest; CI does not call this script.
#
#   packaging/run-benchmarks.sh                  the qt6 preset
#   packaging/run-benchmarks.sh qt5              the qt5 preset
#   packaging/run-benchmarks.sh --no-build       measure the build as it is (no rebuild first)
#   packaging/run-benchmarks.sh --only import    only benchmarks whose name contains "import"
#
# It builds the targets named agm-bench-* and runs every executable agm-bench-* found under
# build/<preset>/tests/bench/ (the format of their output: tests/bench/README.md).
# Environment: AGM_BENCH_SCRATCH (folder for generated inputs and outputs, default a temporary
# folder under /dev/shm, else $TMPDIR, removed afterwards), AGM_BENCH_RUNS (measured runs per
# figure, default per benchmark), AGM_BENCH_ONLY (run only benchmarks whose name contains this),
# AGM_JOBS (build parallelism, 2).

set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 2

preset=qt6
build_first=1
while (($#)); do
    case "$1" in
        qt6 | qt5) preset=$1 ;;
        --no-build) build_first=0 ;;
        --only)
            [[ -n "${2:-}" ]] || { echo "run-benchmarks.sh: --only needs a NAME" >&2; exit 2; }
            AGM_BENCH_ONLY=$2
            shift
            ;;
        -h | --help)
            sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "run-benchmarks.sh: unknown argument '$1' (expected qt6, qt5, --no-build or --only NAME)" >&2
            exit 2
            ;;
    esac
    shift
done

build="build/$preset"
if ((build_first)); then
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        launcher=()
        command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake --preset "$preset" "${launcher[@]}" > /dev/null || { echo "run-benchmarks.sh: cannot configure $preset" >&2; exit 2; }
    fi
    mapfile -t targets < <(cmake --build "$build" --target help 2> /dev/null | grep -o '^agm-bench-[A-Za-z0-9_.-]*' | grep -v '_autogen' | sort -u)
    if ((${#targets[@]} == 0)); then
        echo "run-benchmarks.sh: $preset has no agm-bench-* targets (configured with AGM_BUILD_TESTS=OFF?)" >&2
        exit 2
    fi
    echo "building ${targets[*]} ($preset)" >&2
    cmake --build "$build" -j "${AGM_JOBS:-2}" --target "${targets[@]}" > /dev/null \
        || { echo "run-benchmarks.sh: the build failed; run: cmake --build --preset $preset" >&2; exit 2; }
elif [[ ! -d "$build/tests/bench" ]]; then
    echo "run-benchmarks.sh: --no-build, but $build has no benchmarks; build it first: cmake --build --preset $preset" >&2
    exit 2
fi

if [[ -n "${AGM_BENCH_SCRATCH:-}" ]]; then
    scratch=$AGM_BENCH_SCRATCH
    mkdir -p "$scratch"
else
    # In RAM when possible: see scratchDir in tests/bench/core/benchutil.h.
    scratchBase=${TMPDIR:-/tmp}
    [[ -d /dev/shm && -w /dev/shm ]] && scratchBase=/dev/shm
    scratch=$(mktemp -d "$scratchBase/agm-bench.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
fi
export AGM_BENCH_SCRATCH=$scratch AGM_BENCH_PRESET=$preset
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

figures="$scratch/figures-$preset.tsv"
: > "$figures"
status=0
while IFS= read -r exe; do
    name=$(basename "$exe")
    [[ -n "${AGM_BENCH_ONLY:-}" && "$name" != *"$AGM_BENCH_ONLY"* ]] && continue
    echo "running $name" >&2
    mkdir -p "$scratch/$name"
    AGM_BENCH_SCRATCH="$scratch/$name" "$exe" > "$scratch/$name.out" 2> "$scratch/$name.log"
    code=$?
    if ((code != 0)); then
        if ((code > 128)); then
            echo "run-benchmarks.sh: $name was killed by signal $((code - 128)); its output:" >&2
        else
            echo "run-benchmarks.sh: $name failed (exit status $code); its output:" >&2
        fi
        cat "$scratch/$name.log" >&2
        status=1
    fi
    grep '^FIGURE' "$scratch/$name.out" >> "$figures"
done < <(find "$build/tests/bench" -type f -perm -u+x -name 'agm-bench-*' | sort)

if [[ ! -s "$figures" ]]; then
    echo "run-benchmarks.sh: no figures were printed" >&2
    exit 2
fi

echo "Benchmarks, preset $preset$( ((build_first)) || echo ' (as built)'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs"
awk -F'\t' '
    function ok(ours, ref, budget,   limit) {
        if (budget ~ /^ratio<=/) { limit = substr(budget, 8); return ref > 0 && ours / ref <= limit + 0 }
        if (budget ~ /^<=/) { limit = substr(budget, 3); return ours <= limit + 0 }
        return 0
    }
    BEGIN { printf "%-56s | %12s | %-37s | %8s | %-11s | %s\n", "figure", "ours", "reference", "ratio", "budget", "result"; failed = 0 }
    {
        ours = $3 " " $4
        ref = ($6 == "-") ? "-" : $6 " " $4 " (" $5 ")"
        ratio = ($6 == "-" || $6 + 0 == 0) ? "-" : sprintf("%.2f", $3 / $6)
        pass = ok($3 + 0, $6 + 0, $7)
        if (!pass) failed = 1
        printf "%-56s | %12s | %-37s | %8s | %-11s | %s\n", $2, ours, ref, ratio, $7, pass ? "pass" : "FAIL"
    }
    END { exit failed }
' "$figures" || status=1
exit $status
