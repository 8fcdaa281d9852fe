#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the compiler fuzz target with clang-19 (libFuzzer + ASan + UBSan) and
# runs it for SECONDS (default 120) on tests/fuzz/corpus, seeded from tests/lang.
# Usage: tools/fuzz.sh [SECONDS]
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
seconds=${1:-120}
out=build/fuzz
mkdir -p "$out" "$out/corpus"
# The same explicit source list as the CMake build.
mapfile -t sources < <(sed -n 's/^ *\(src\/[^ ]*\.c\)$/\1/p' src/sources.cmake)
clang-19 -std=c11 -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -Isrc -Isrc/include -o "$out/fuzz_compile" \
    tests/fuzz/fuzz_compile.c "${sources[@]}" -lm || exit 1
# Seed the working corpus with the committed one and the language tests (mode byte first).
cp tests/fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
i=0
for f in $(find tests/lang -name '*.py' | sort); do
    { printf '\000'; cat "$f"; } > "$out/corpus/lang_$i"
    i=$((i + 1))
done
# libFuzzer logs every new input; keep the tail (a crash report and its input path are in it).
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz_compile" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" "$out/corpus" tests/fuzz/corpus \
    > "$out/fuzz.log" 2>&1
status=$?
tail -n 40 "$out/fuzz.log"
exit $status
