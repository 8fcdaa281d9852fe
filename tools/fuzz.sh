#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the fuzz targets with clang-19 (libFuzzer + ASan + UBSan) and runs each
# for half of SECONDS (default 120): fuzz_compile (tokenizer, parser, compiler) on
# tests/fuzz/corpus seeded from tests/lang, then fuzz_marshal (marshal.loads)
# seeded with a few values (code objects included) marshalled by a native build.
# Usage: tools/fuzz.sh [SECONDS]
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
seconds=${1:-120}
out=build/fuzz
mkdir -p "$out" "$out/corpus"
# The same explicit source list as the CMake build, with an empty stdlib bundle (as stage 0).
mapfile -t sources < <(sed -n 's/^ *\(src\/[^ ]*\.c\)$/\1/p' src/sources.cmake)
sources+=(src/lib/stdlib_none.c)
# The Unicode names tables, embedded as the CMake build embeds them.
cmake -DIN=src/object/unicode_names.bin -DOUT="$out/unicode_names_blob.c" -DNAME=kr_unicode_names_blob \
    -P cmake/embed.cmake || exit 1
sources+=("$out/unicode_names_blob.c")
for target in fuzz_compile fuzz_marshal; do
    clang-19 -std=c11 -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
        -fno-sanitize-recover=undefined -Isrc -Isrc/include -o "$out/$target" \
        "tests/fuzz/$target.c" "${sources[@]}" -lm || exit 1
done
half=$(( (seconds + 1) / 2 ))
# Seed the working corpus with the committed one and the language tests (mode byte first).
cp tests/fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
i=0
for f in $(find tests/lang -name '*.py' | sort); do
    { printf '\000'; cat "$f"; } > "$out/corpus/lang_$i"
    i=$((i + 1))
done
# libFuzzer logs every new input; keep the tail (a crash report and its input path are in it).
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz_compile" -max_total_time="$half" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" "$out/corpus" tests/fuzz/corpus \
    > "$out/fuzz.log" 2>&1
status=$?
tail -n 40 "$out/fuzz.log"
# The marshal corpus: a few valid payloads written by a native build, if there is one.
mkdir -p "$out/marshal_corpus"
krait=$(ls build/*/krait 2>/dev/null | head -n 1)
if [ -n "$krait" ]; then
    "$krait" -c '
import marshal, sys
for i, v in enumerate([None, (1, 2.5, "x", b"y"), [1, {2: 3}], {4, 5}, frozenset({6}), 2**100, 1j,
                       compile("def f(a, *b, **c):\n    return [x for x in b if x]\nclass C: pass\n", "s", "exec")]):
    sys.stdout.write(marshal.dumps(v).hex() + "\n")
' 2>/dev/null | { i=0; while read -r hex; do printf '%s' "$hex" | xxd -r -p > "$out/marshal_corpus/seed_$i"; i=$((i + 1)); done; }
fi
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz_marshal" -max_total_time="$half" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/marshal-" "$out/marshal_corpus" \
    > "$out/fuzz_marshal.log" 2>&1
mstatus=$?
tail -n 40 "$out/fuzz_marshal.log"
[ $status -ne 0 ] && exit $status
exit $mstatus
