#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# usage: tools/krait.sh FILE [args...]
# Installs what is missing, builds the native Krait (build/native/krait) if it is
# out of date, and runs it with the given arguments. Build output appears only if
# the build fails; the program's exit status is Krait's.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/tools/setup.sh"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! (cd "$root" && { [ -f build/native/CMakeCache.txt ] || cmake --preset native; } &&
      cmake --build --preset native -j "$(nproc)") >"$log" 2>&1; then
    cat "$log" >&2
    echo "krait.sh: the build failed" >&2
    exit 1
fi
rm -f "$log"
trap - EXIT
exec "$root/build/native/krait" "$@"
