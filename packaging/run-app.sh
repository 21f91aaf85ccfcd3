#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds and starts APIM Gateway Migrator: installs the dependencies (setup-deps.sh), configures and
# builds the qt5 preset (Qt 5.15 + KF5, the variant with YAML syntax colouring on Debian 12), then
# runs build/qt5/app/apim-gateway-migrator with the given arguments, from the current directory.
#
#   packaging/run-app.sh                          open the wizard
#   packaging/run-app.sh migrate deploy.yaml      headless migration (see README "Command line")
#
# Setup and build output goes to stderr, so the program's stdout stays clean for pipes and --json.
# If the setup or build fails, the exit status is 2 (the program's "error" code).
# Environment: AGM_JOBS (build parallelism, default 2).

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=qt5
jobs=${AGM_JOBS:-2}
exe="$root/build/$preset/app/apim-gateway-migrator"

build() {
    "$root/packaging/setup-deps.sh" &&
        cmake --preset "$preset" &&
        cmake --build --preset "$preset" -j "$jobs"
}

if ! (cd "$root" && build) >&2; then
    echo "run-app.sh: setup or build of the '$preset' preset failed" >&2
    exit 2
fi
if [[ ! -x "$exe" ]]; then
    echo "run-app.sh: $exe was not built" >&2
    exit 2
fi

exec "$exe" "$@"
