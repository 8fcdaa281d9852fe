#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs, with apt-get, whichever of Krait's build and test tools are missing
# (Debian 12): cmake, make, gcc, clang-19, lld-19, libclang-rt-19-dev (libFuzzer),
# libclang-rt-19-dev-wasm32,
# wasi-libc, emscripten, python3.11 (and libpython3.11-stdlib, whose Lib/ Krait
# bundles), nodejs. Does nothing when all are present,
# so it is safe to run any number of times. Runs apt-get directly as root, else
# through sudo.
set -euo pipefail

missing=()
need() {   # need PACKAGE TEST...: queue PACKAGE unless the test succeeds
    local pkg=$1
    shift
    if ! "$@" >/dev/null 2>&1; then
        missing+=("$pkg")
    fi
}
need cmake command -v cmake
need make command -v make
need gcc command -v gcc
need clang-19 command -v clang-19
need lld-19 command -v wasm-ld-19
need llvm-19 command -v llvm-ar-19
need libclang-rt-19-dev test -f /usr/lib/llvm-19/lib/clang/19/lib/linux/libclang_rt.fuzzer-x86_64.a
need libclang-rt-19-dev-wasm32 test -f /usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a
need wasi-libc test -f /usr/lib/wasm32-wasi/libc.a
need emscripten test -f /usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake
need python3.11 command -v python3.11
need libpython3.11-stdlib test -f /usr/lib/python3.11/LICENSE.txt   # the Lib/ Krait bundles
need nodejs command -v node

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all tools present" >&2
    exit 0
fi
echo "setup: installing ${missing[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get not found; install these by hand: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
