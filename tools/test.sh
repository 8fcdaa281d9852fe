#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Krait's whole test run (what CI runs): installs what is missing, builds the four
# presets (native, asan, wasi, web), then runs the C and CLI tests (ctest), the
# Python suite natively, under ASan + UBSan, under WASI and under the
# web build, and the node test of the JS API. Every stage runs even if an earlier
# one failed (except the ones that need a build that failed); the exit status is
# non-zero if any stage failed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
failed=()
start=$SECONDS

stage() {   # stage NAME COMMAND...: run one stage, record and report the result
    local name=$1 t0=$SECONDS
    shift
    echo
    echo "=== $name: $*"
    if "$@"; then
        echo "=== $name: ok ($((SECONDS - t0)) s)"
    else
        echo "=== $name: FAILED ($((SECONDS - t0)) s)"
        failed+=("$name")
        return 1
    fi
}
build() { cmake --preset "$1" && cmake --build --preset "$1" -j "$jobs"; }

stage setup tools/setup.sh || { echo "setup failed: nothing else can run"; exit 1; }

declare -A built=()
for preset in native asan wasi web; do
    if stage "build $preset" build "$preset"; then
        built[$preset]=1
    fi
done

# Runs a stage only if the preset it needs was built.
after() {
    local preset=$1
    shift
    if [ -n "${built[$preset]:-}" ]; then
        stage "$@"
    else
        echo
        echo "=== $1: skipped (build $preset failed)"
        failed+=("$1")
    fi
}
for preset in native asan wasi web; do
    after "$preset" "ctest $preset" ctest --preset "$preset"
done
# Runs the suite and keeps its closing "N passed, N failed" line for the total.
counts=$(mktemp)
suite() {
    python3 tests/run_tests.py "$@" | tee -a "$counts.log"
    local rc=${PIPESTATUS[0]}
    tail -n 1 "$counts.log" >> "$counts"
    return "$rc"
}
after native "suite native" suite --target native
after asan "suite asan" suite --target asan
after wasi "suite wasi" suite --target wasi
after web "suite web" suite --target web
stage "fuzz compiler (120 s)" tools/fuzz.sh 120
after web "web api" env KRAIT_WEB_BUILD="$root/build/web" node --test tests/web/api.test.mjs

# The closing line CI reads: every suite run added up.
total_passed=$(awk '/passed,/ {s += $1} END {print s + 0}' "$counts")
total_failed=$(awk '/passed,/ {s += $3} END {print s + 0}' "$counts")
rm -f "$counts" "$counts.log"
[ ${#failed[@]} -eq 0 ] || total_failed=$((total_failed > 0 ? total_failed : ${#failed[@]}))

echo
if [ ${#failed[@]} -eq 0 ]; then
    echo "=== all stages passed ($((SECONDS - start)) s)"
    echo "$total_passed passed, $total_failed failed"
    exit 0
fi
echo "=== FAILED stages: ${failed[*]} ($((SECONDS - start)) s)"
echo "$total_passed passed, $total_failed failed"
exit 1
