#!/bin/sh
# SPDX-License-Identifier: MIT
# The AT-SPI test: a private D-Bus session with its own accessibility bus, the wizard on Review
# (agm-atspi-driver) on a private X server with Qt's AT-SPI bridge on (the bridge lives in the
# xcb platform plugin; offscreen has none), read by tst_atspi.py. Every process started here is
# stopped here, and none of them holds the test's output open.
#   tst_atspi.sh DRIVER SCRIPT
set -eu
driver=$1
script=$2
if [ -z "${AGM_ATSPI_PRIVATE_BUS:-}" ]; then
    # Again, inside a session bus of our own: the desktop's bus is never touched.
    AGM_ATSPI_PRIVATE_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
work=$(mktemp -d)
# The accessibility bus puts its socket under the runtime folder: a private one.
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR="$work/runtime"
launcher= xserver= app=
cleanup() {
    for pid in $app $xserver $launcher; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

Xvfb -displayfd 9 -screen 0 1920x1080x24 -nolisten tcp 9>"$work/display" >"$work/xvfb.log" 2>&1 &
xserver=$!
tries=0
until [ -s "$work/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ]; then
        echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1
    fi
    sleep 0.2
done
export DISPLAY=":$(cat "$work/display")"
# On this display the launcher also publishes the bus address (the AT_SPI_BUS root window
# property), where Qt 5 looks first.
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/launcher.log" 2>&1 &
launcher=$!
# The distribution's Python: python3-pyatspi is installed for it, not for a pyenv or venv one.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
# The registry is started on the accessibility bus before the app: Qt 5 asks it once, at start.
tries=0
until "$python" -c 'import pyatspi; pyatspi.Registry.getDesktop(0).childCount' >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 60 ]; then
        echo "FAIL: the AT-SPI registry did not start"; cat "$work/launcher.log"; exit 1
    fi
    sleep 0.5
done
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
"$driver" --timeout 150 >"$work/driver.log" 2>&1 &
app=$!
status=0
"$python" "${AGM_ATSPI_SCRIPT:-$script}" || status=$?
if [ "$status" -ne 0 ] || [ -n "${AGM_ATSPI_SHOW_LOG:-}" ]; then
    echo "--- driver output"; cat "$work/driver.log"
fi
exit "$status"
