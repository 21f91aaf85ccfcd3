#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds the Linux packages of an already built preset with CPack (DEB and TGZ) and checks them the
# way a distribution would: the .deb's control fields and file list, then the .deb unpacked into a
# scratch root (dpkg -x) where desktop-file-validate, appstreamcli validate / validate-tree and
# appstreamcli compose (what software centres and Flathub run) check the installed metadata, and
# the installed program has to start, open its wizard (from the wizard module, offscreen) and run
# `check --help` (from the network module). Also lists the .tar.gz.
#
#   packaging/check-package.sh          the qt5 preset (build/qt5 must be built)
#   packaging/check-package.sh qt6      another preset
#
# Packages go to build/<preset>/packages. Exit status: 0 when every check passed, 1 otherwise,
# 2 for usage errors or a missing build.

set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 2

preset=${1:-qt5}
case "$preset" in
    -h | --help)
        sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
esac
build="build/$preset"
out="$build/packages"
if [[ ! -f "$build/CPackConfig.cmake" ]]; then
    echo "check-package.sh: $build/CPackConfig.cmake not found; configure and build '$preset' first" >&2
    exit 2
fi
id=$(sed -n 's/^set(AGM_APP_ID "\([^"]*\)").*/\1/p' CMakeLists.txt)
exe=$(sed -n 's/^set(AGM_EXECUTABLE \([^)]*\)).*/\1/p' CMakeLists.txt)
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\([^"]*\)").*/\1/p' "$build/CPackConfig.cmake")

failed=0
pass() { printf '  ok    %s\n' "$*"; }
fail() {
    printf '  FAIL  %s\n' "$*"
    failed=1
}
step() { printf '\n---- %s ----\n' "$*"; }

step "cpack -G \"DEB;TGZ\" ($preset)"
rm -rf "$out"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" >"$build/cpack.log" 2>&1; then
    cat "$build/cpack.log"
    echo "check-package.sh: cpack failed" >&2
    exit 1
fi
deb="$out/${exe}_${version}_$(dpkg --print-architecture).deb"
tgz=$(ls "$out"/"$exe"-"$version"-*.tar.gz 2>/dev/null | head -n 1)
[[ -f "$deb" ]] && pass "$deb ($(du -h "$deb" | cut -f1))" || fail "no $deb"
[[ -n "$tgz" ]] && pass "$tgz ($(du -h "$tgz" | cut -f1))" || fail "no .tar.gz in $out"
[[ -f "$deb" ]] || exit 1

step "control fields (dpkg-deb -f)"
for field in Package Version Architecture Section Maintainer Homepage Depends; do
    value=$(dpkg-deb -f "$deb" "$field")
    [[ -n "$value" ]] && pass "$field: $value" || fail "$field is empty"
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in "libqt${preset#qt}core" libyaml-cpp; do
    [[ "$depends" == *"$lib"* ]] && pass "Depends names $lib* (dpkg-shlibdeps)" || fail "Depends lacks $lib*"
done

# The modules sit in the program's private folder under the library folder (lib/ or
# lib/<multiarch>/, as configured); the program finds them relative to itself.
module_pattern() { echo "usr/lib/(.+/)?$exe/lib$exe-$1\.so"; }
expected=(
    "usr/bin/$exe"
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    "usr/share/doc/$exe/LICENSE"
    "usr/share/doc/$exe/README.md"
)
for size in 16 22 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done

step "contents (dpkg-deb -c)"
listing=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||')
module=$(grep -xE "$(module_pattern wizard)" <<<"$listing" | head -n 1)
[[ -n "$module" ]] && expected+=("$module") || fail "missing the wizard module usr/lib/.../$exe/lib$exe-wizard.so"
net_module=$(grep -xE "$(module_pattern net)" <<<"$listing" | head -n 1)
[[ -n "$net_module" ]] && expected+=("$net_module") || fail "missing the network module usr/lib/.../$exe/lib$exe-net.so"
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$listing" && pass "$path" || fail "missing $path"
done

step "contents (tar -tzf)"
tar_listing=$(tar -tzf "$tgz" | sed 's|^[^/]*/||')
for path in "${expected[@]}"; do
    grep -qxF "${path#usr/}" <<<"$tar_listing" || fail "missing ${path#usr/} in $(basename "$tgz")"
done
pass "the same ${#expected[@]} files under $(tar -tzf "$tgz" | head -n 1 | cut -d/ -f1)/"

step "installed files (dpkg -x into a scratch root)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch/root"
if out_text=$(desktop-file-validate "$scratch/root/usr/share/applications/$id.desktop" 2>&1); then
    pass "desktop-file-validate${out_text:+ (hints: $(grep -c 'hint:' <<<"$out_text"))}"
else
    fail "desktop-file-validate"
fi
[[ -n "${out_text:-}" ]] && sed 's|^.*/applications/|    |' <<<"$out_text"
if out_text=$(appstreamcli validate --no-net --pedantic "$scratch/root/usr/share/metainfo/$id.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net --pedantic: $(tail -n 1 <<<"$out_text")"
else
    fail "appstreamcli validate"
    printf '%s\n' "$out_text"
fi
if out_text=$(appstreamcli validate-tree --no-net "$scratch/root" 2>&1); then
    pass "appstreamcli validate-tree --no-net: $(tail -n 1 <<<"$out_text")"
else
    fail "appstreamcli validate-tree"
    printf '%s\n' "$out_text"
fi
# compose is an add-on (appstream-compose); it finds the icons through the .desktop file and
# writes the catalog entry a software centre shows.
if appstreamcli compose --help >/dev/null 2>&1; then
    if appstreamcli compose --no-net --prefix=/usr --origin=agm --result-root="$scratch/compose" \
        --components="$id" "$scratch/root" >"$scratch/compose.log" 2>&1 &&
        zcat "$scratch/compose/usr/share/swcatalog/xml/agm.xml.gz" 2>/dev/null | grep -qF "<id>$id</id>" &&
        [[ -f "$scratch/compose/usr/share/swcatalog/icons/agm/64x64/$id.png" ]]; then
        pass "appstreamcli compose: catalog entry with icons"
    else
        fail "appstreamcli compose"
        cat "$scratch/compose.log"
    fi
else
    echo "  skip  appstreamcli compose (install appstream-compose)"
fi
if version_text=$("$scratch/root/usr/bin/$exe" --version 2>&1); then
    pass "installed program starts: $version_text"
else
    fail "installed program does not start: $version_text"
fi
# AGM_FIRST_PAINT_PROBE: the wizard quits after painting its first page (wizard/pages/firstpaint.h).
if wizard_text=$(QT_QPA_PLATFORM=offscreen AGM_FIRST_PAINT_PROBE=1 XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" "$scratch/root/usr/bin/$exe" --offline 2>&1) &&
    grep -q '^AGM_FIRST_PAINT ' <<<"$wizard_text"; then
    pass "installed program opens the wizard (${module:-its module})"
else
    fail "installed program does not open the wizard: $wizard_text"
fi
# `check` runs in the network module: without it the command fails (status 2).
if check_text=$("$scratch/root/usr/bin/$exe" check --help 2>&1); then
    pass "installed program runs check (${net_module:-its network module})"
else
    fail "installed program does not run check: $check_text"
fi

step "summary"
if ((failed)); then
    echo "check-package.sh: FAILED ($preset)"
else
    echo "check-package.sh: all checks passed ($preset)"
fi
exit "$failed"
