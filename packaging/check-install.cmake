# SPDX-License-Identifier: MIT
# Test "packaging_install_tree" (cmake -P, Linux): installs the build into a scratch prefix and
# checks what a package gets: the program (which must start, open the wizard from its installed
# module and run `check` from the installed network module), the .desktop file, the metainfo, the
# hicolor icons and the documentation.
# The scratch tree is removed when everything is there.
# Variables: BUILD_DIR, STAGE, APP_ID, EXECUTABLE, WIZARD_MODULE, NET_MODULE, ICON_SIZES, DOC_DIR, BIN_DIR, DATA_DIR.
cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE}/usr"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    "${BIN_DIR}/${EXECUTABLE}"
    "${WIZARD_MODULE}"
    "${NET_MODULE}"
    "${DATA_DIR}/applications/${APP_ID}.desktop"
    "${DATA_DIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATA_DIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${DOC_DIR}/README.md"
    "${DOC_DIR}/LICENSE")
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected "${DATA_DIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS "${STAGE}/usr/${path}")
        list(APPEND missing "${path}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "not installed under ${STAGE}/usr:\n  ${missing}")
endif()

execute_process(COMMAND "${STAGE}/usr/${BIN_DIR}/${EXECUTABLE}" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed program did not start (${result}):\n${output}")
endif()

# The wizard, offscreen: it paints its first page and quits (wizard/pages/firstpaint.h).
execute_process(COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen AGM_FIRST_PAINT_PROBE=1
                        "XDG_CONFIG_HOME=${STAGE}/config" "XDG_CACHE_HOME=${STAGE}/cache"
                        "${STAGE}/usr/${BIN_DIR}/${EXECUTABLE}" --offline
    RESULT_VARIABLE result OUTPUT_VARIABLE wizard_output ERROR_VARIABLE wizard_output)
if(NOT result EQUAL 0 OR NOT wizard_output MATCHES "AGM_FIRST_PAINT ")
    message(FATAL_ERROR "the installed program did not open the wizard (${result}):\n${wizard_output}")
endif()

# `check` lives in the network module: its help comes from there, or the command fails (status 2).
execute_process(COMMAND "${STAGE}/usr/${BIN_DIR}/${EXECUTABLE}" check --help
    RESULT_VARIABLE result OUTPUT_VARIABLE check_output ERROR_VARIABLE check_output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed program did not load its network module (${result}):\n${check_output}")
endif()

file(REMOVE_RECURSE "${STAGE}")
list(LENGTH expected count)
string(STRIP "${output}" output)
message(STATUS "install tree: ${count} files in place; installed program says: ${output}; its wizard opens, its network module loads")
