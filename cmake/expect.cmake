# SPDX-License-Identifier: MIT
# A ctest helper: runs one command and checks what it did.
#   cmake -DCMD="prog|arg|..." [-DSTATUS=n] [-DSTDOUT=text] [-DSTDERR_REGEX=re] [-DSTDIN=file] -P expect.cmake
# CMD is '|'-separated (a ';' would split the list, so test code must avoid both).
# STDOUT is compared exactly after one trailing newline is removed; an empty value
# (the default) means "don't check" unless STATUS is set and STDOUT is given as "".
string(REPLACE "|" ";" cmd "${CMD}")
set(input_args)
if(STDIN)
    set(input_args INPUT_FILE "${STDIN}")
endif()
execute_process(COMMAND ${cmd} ${input_args} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)

set(failed "")
if(NOT "${STATUS}" STREQUAL "" AND NOT "${status}" STREQUAL "${STATUS}")
    string(APPEND failed "exit status: expected ${STATUS}, got ${status}\n")
endif()
if(NOT "${STDOUT}" STREQUAL "")
    string(REGEX REPLACE "\n$" "" got "${out}")
    if(NOT "${got}" STREQUAL "${STDOUT}")
        string(APPEND failed "stdout: expected [${STDOUT}], got [${got}]\n")
    endif()
endif()
if(NOT "${STDERR_REGEX}" STREQUAL "" AND NOT "${err}" MATCHES "${STDERR_REGEX}")
    string(APPEND failed "stderr does not match [${STDERR_REGEX}]\n")
endif()
if(failed)
    string(REPLACE ";" " " shown "${cmd}")
    message(FATAL_ERROR "${shown}\n${failed}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
