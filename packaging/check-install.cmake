# SPDX-License-Identifier: MIT
# Test "packaging_install_tree" (cmake -P, Linux): installs the build into a scratch prefix and
# checks what a package gets: the program (which must start), the .desktop file, the metainfo, the
# hicolor icons and the documentation. The scratch tree is removed when everything is there.
# Variables: BUILD_DIR, STAGE, APP_ID, EXECUTABLE, ICON_SIZES, DOC_DIR, BIN_DIR, DATA_DIR.
cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE}/usr"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    "${BIN_DIR}/${EXECUTABLE}"
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

file(REMOVE_RECURSE "${STAGE}")
list(LENGTH expected count)
string(STRIP "${output}" output)
message(STATUS "install tree: ${count} files in place; installed program says: ${output}")
