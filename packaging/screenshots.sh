#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders every wizard page (light and dark palettes) with the training set under Xvfb.
# Usage: packaging/screenshots.sh [OUTDIR] [PRESET]   (defaults: build/screenshots, qt5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-build/screenshots}"
preset="${2:-qt5}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target agm-screenshots >/dev/null
tool="build/$preset/tests/agm-screenshots"
xvfb-run -a -s "-screen 0 1400x1000x24" "$tool" "$out" --prefix light
xvfb-run -a -s "-screen 0 1400x1000x24" "$tool" "$out" --dark --prefix dark
