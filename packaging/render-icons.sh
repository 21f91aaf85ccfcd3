#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Renders the application icon from its SVG into every committed raster form:
#
#   resources/icons/hicolor/<N>x<N>/apps/<id>.png   N = 16 22 32 48 64 128 256 (Linux, Qt window icon)
#   resources/icons/windows/<id>.ico                16 24 32 48 64 128 256 (Windows .exe and installer)
#   resources/icons/macos/<id>.icns                 16 to 1024 with @2x variants (macOS bundle)
#
# <id> is AGM_APP_ID from the root CMakeLists.txt. Run it after changing the SVG and commit the
# results; builds never need these tools. Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and
# python3: apt-get install librsvg2-bin icoutils python3.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
id=$(sed -n 's/^set(AGM_APP_ID "\([^"]*\)").*/\1/p' "$root/CMakeLists.txt")
if [[ -z "$id" ]]; then
    echo "render-icons.sh: AGM_APP_ID not found in $root/CMakeLists.txt" >&2
    exit 2
fi
for tool in rsvg-convert icotool python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "render-icons.sh: $tool is missing (apt-get install librsvg2-bin icoutils python3)" >&2
        exit 2
    fi
done

icons="$root/resources/icons"
svg="$icons/hicolor/scalable/apps/$id.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { # size output
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --format png --output "$2" "$svg"
}

for size in 16 22 32 48 64 128 256; do
    dir="$icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    render "$size" "$dir/$id.png"
done
for size in 16 24 32 48 64 128 256 512 1024; do
    render "$size" "$tmp/$size.png"
done

mkdir -p "$icons/windows" "$icons/macos"
# Sizes up to 128 as classic bitmaps (read by every Windows version), 256 as embedded PNG.
icotool --create --output "$icons/windows/$id.ico" \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" \
    --raw="$tmp/256.png"
# The .icns is written here rather than by png2icns, which stores the large sizes as JPEG 2000:
# like Apple's iconutil, every element is a PNG (type code, big-endian length, data).
python3 - "$tmp" "$icons/macos/$id.icns" <<'PY'
import pathlib, struct, sys
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
elements = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
            ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b"".join(code.encode() + struct.pack(">I", 8 + len(png)) + png
                for code, png in ((c, (src / f"{s}.png").read_bytes()) for c, s in elements))
out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY

echo "render-icons.sh: rendered $id into $icons"
