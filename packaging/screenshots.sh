#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders every wizard page with the training set under Xvfb: light, dark and high-contrast
# palettes, presenter mode, and each translation.
# Usage: packaging/screenshots.sh [OUTDIR] [PRESET]   (defaults: build/screenshots, qt5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-build/screenshots}"
preset="${2:-qt5}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target agm-screenshots agm_translations >/dev/null
tool="build/$preset/tests/agm-screenshots"
shoot() { xvfb-run -a -s "-screen 0 1400x1000x24" "$tool" "$out" "$@"; }
shoot --prefix light
shoot --dark --prefix dark
shoot --contrast --prefix contrast
shoot --presenter --prefix presenter
for lang in de fr ja zh_CN; do
    shoot --lang "$lang" --translations "build/$preset/translations" --prefix "$lang"
done
