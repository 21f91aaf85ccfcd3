# SPDX-License-Identifier: MIT
# Every CPack setting in one place, included from packaging/CMakeLists.txt after the install rules.
# Generators by system: DEB and TGZ on Linux, NSIS and ZIP on Windows, DragNDrop on macOS
# (cpack -G overrides). packaging/README.md shows the commands.

set(AGM_PACKAGE_MAINTAINER "APIM Gateway Migrator maintainers <maintainers@apim-gateway-migrator.invalid>"
    CACHE STRING "Maintainer (name <e-mail>) written into the packages")

set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME ${AGM_EXECUTABLE})
set(CPACK_PACKAGE_VENDOR "APIM Gateway Migrator contributors")
set(CPACK_PACKAGE_CONTACT "${AGM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Wizard that migrates Azure API Management self-hosted gateways to v2")
# The long description, wrapped for `dpkg -s` and `apt show`.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "APIM Gateway Migrator reads the files an Azure API Management self-hosted\n"
    "gateway is deployed with (Kubernetes manifests, Helm values, Kustomize,\n"
    "docker-compose, env files, docker run scripts), explains what the move\n"
    "from v0/v1 to v2 changes, and writes updated copies: a pinned 2.x container\n"
    "image, the v2 configuration endpoint and the security context v2 requires.\n"
    "Every change is a byte-exact edit, reviewed side by side before export;\n"
    "a command line runs the same engine without a display.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${AGM_APP_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
# Start-menu shortcut (NSIS) for the program, with the display name.
set(CPACK_PACKAGE_EXECUTABLES ${AGM_EXECUTABLE} "${AGM_APP_NAME}")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/CMakeUserPresets\\.json$" "\\.user$")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# --- DEB ---------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Depends: computed by dpkg-shlibdeps (dpkg-dev) from the libraries the program links: Qt, yaml-cpp,
# KSyntaxHighlighting when found, so the same settings serve the Qt 5 and Qt 6 builds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's Wayland platform plugin is a separate package; without it the wizard runs through XWayland.
if(QT_MAJOR_VERSION EQUAL 5)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qtwayland5")
else()
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
endif()

# --- TGZ ---------------------------------------------------------------------------------------
# A relocatable tree (bin/, share/); it needs the same libraries the .deb depends on.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# --- NSIS (Windows) ----------------------------------------------------------------------------
file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/icons/windows/${AGM_APP_ID}.ico" agm_ico)
set(CPACK_NSIS_PACKAGE_NAME "${AGM_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${AGM_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${agm_ico}")
set(CPACK_NSIS_MUI_UNIICON "${agm_ico}")
# The icon in "Apps & features": the program's own (its .rc embeds the same .ico).
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\${AGM_EXECUTABLE}.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "${AGM_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers (unchecked) to put bin\ on PATH, for the command-line subcommands.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# One Start-menu entry (CPACK_PACKAGE_EXECUTABLES) and an optional desktop shortcut.
set(CPACK_CREATE_DESKTOP_LINKS ${AGM_EXECUTABLE})

# --- DragNDrop (macOS) -------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "${AGM_APP_NAME}")
set(CPACK_DMG_FORMAT UDZO)
# No licence dialog when the image is opened; the licence is inside the bundle (Resources/LICENSE).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)
