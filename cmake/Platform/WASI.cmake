# SPDX-License-Identifier: MIT
# Platform module for CMAKE_SYSTEM_NAME=WASI: CMake 3.25 ships none, so this one
# says what a WASI target looks like (Unix-like, static libraries, .wasm programs).
set(WASI 1)
set(UNIX 1)
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
set(CMAKE_STATIC_LIBRARY_PREFIX "lib")
set(CMAKE_STATIC_LIBRARY_SUFFIX ".a")
set(CMAKE_FIND_LIBRARY_PREFIXES "lib")
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")
