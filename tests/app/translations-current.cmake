# SPDX-License-Identifier: MIT
# The committed catalogues cover every string of the sources: lupdate, run on copies of the .ts
# files exactly as the update_translations target runs it, must leave no message untranslated.
# Variables: LUPDATE, SOURCE_DIR, WORK_DIR, LANGUAGES (;-list).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(lang IN LISTS LANGUAGES)
    set(ts "${WORK_DIR}/apim-gateway-migrator_${lang}.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/apim-gateway-migrator_${lang}.ts" "${ts}")
    list(APPEND copies "${ts}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -extensions cpp,h
                        "${SOURCE_DIR}/app" "${SOURCE_DIR}/wizard" -ts ${copies}
                WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE code OUTPUT_QUIET ERROR_QUIET)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${code})")
endif()
set(missing 0)
foreach(ts IN LISTS copies)
    file(READ "${ts}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        get_filename_component(name "${ts}" NAME)
        message(SEND_ERROR "${name}: ${count} message(s) of the sources have no translation; run "
                           "`cmake --build <build> --target update_translations` and translate them")
        set(missing 1)
    endif()
endforeach()
if(NOT missing)
    message(STATUS "every message of the sources is translated in: ${LANGUAGES}")
endif()
