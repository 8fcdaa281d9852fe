# SPDX-License-Identifier: MIT
# Toolchain file for WASI builds with Debian's clang-19 and wasi-libc
# (apt: clang-19 lld-19 libclang-rt-19-dev-wasm32 wasi-libc). See TOOLCHAIN.md §2.
set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
# Finds Platform/WASI.cmake next to this file.
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")

set(CMAKE_C_COMPILER clang-19)
# wasm32-wasi, not wasm32-wasip1: Debian installs the libc under the wasm32-wasi triple.
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
# wasm-ld needs an archive index that only llvm-ar writes.
set(CMAKE_AR llvm-ar-19 CACHE FILEPATH "")
set(CMAKE_RANLIB llvm-ranlib-19 CACHE FILEPATH "")
# Without -nostdlibinc a header wasi-libc lacks (pthread.h, setjmp.h) silently
# resolves to glibc's and fails far from the cause.
set(CMAKE_C_FLAGS_INIT "-nostdlibinc -isystem /usr/include/wasm32-wasi")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest runs .wasm programs through node's WASI with the whole host file system
# preopened, so absolute host paths work unchanged inside the guest.
find_program(KRAIT_NODE node REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR
    "${KRAIT_NODE};--no-warnings;${CMAKE_CURRENT_LIST_DIR}/../wasi/run-wasi.mjs;--dir;/" CACHE STRING "")
