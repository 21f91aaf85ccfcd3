#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds and tests APIM Gateway Migrator: installs the dependencies (setup-deps.sh), then for each
# preset configures, builds and runs ctest. Without an argument it does both variants, Qt 6 and
# Qt 5 + KF5; with one argument (qt6, qt5 or asan) only that preset. Every preset is attempted even
# when an earlier one fails; the exit status is non-zero if any step failed.
#
#   packaging/run-tests.sh           qt6, then qt5
#   packaging/run-tests.sh qt5       only qt5
#
# Environment: AGM_JOBS (build parallelism, default 2). If ccache is installed and
# CMAKE_CXX_COMPILER_LAUNCHER is unset, a fresh build directory is configured to use ccache.

set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 2

jobs=${AGM_JOBS:-2}

case "${1:-}" in
    "") presets=(qt6 qt5) ;;
    qt6 | qt5 | asan) presets=("$1") ;;
    -h | --help)
        sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "run-tests.sh: unknown preset '$1' (expected qt6, qt5 or asan)" >&2
        exit 2
        ;;
esac
if (($# > 1)); then
    echo "run-tests.sh: at most one argument (a preset name)" >&2
    exit 2
fi

section() {
    printf '\n==== %s ====\n' "$*"
}

section "dependencies"
if ! "$root/packaging/setup-deps.sh"; then
    echo "run-tests.sh: setup-deps.sh failed" >&2
    exit 1
fi

if [[ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] && command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi

declare -a results=()
failed=0

for preset in "${presets[@]}"; do
    section "[$preset] configure"
    if ! cmake --preset "$preset"; then
        results+=("$preset: configure FAILED")
        failed=1
        continue
    fi
    section "[$preset] build (-j$jobs)"
    if ! cmake --build --preset "$preset" -j "$jobs"; then
        results+=("$preset: build FAILED")
        failed=1
        continue
    fi
    section "[$preset] test"
    if ctest --preset "$preset"; then
        results+=("$preset: passed")
    else
        results+=("$preset: tests FAILED")
        failed=1
    fi
done

section "summary"
printf '%s\n' "${results[@]}"
exit "$failed"
