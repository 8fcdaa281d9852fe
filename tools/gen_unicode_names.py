#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates src/object/unicode_names_db.h and unicode_names.bin, the compressed
# Unicode character name database behind "\N{...}" escapes and unicodedata.name/lookup, from the
# running python3's unicodedata (run it with CPython 3.11 so the data matches
# Unicode 14). Names that Python computes (Hangul syllables, CJK unified
# ideographs) and names of the form PREFIX-HEXCODE are not stored but rebuilt
# from small range tables. Name aliases and named sequences are not listed by
# unicodedata: their candidates come from Perl's copy of the Unicode data
# (unicore/Name.pl) and each one is kept only if python3's unicodedata.lookup
# accepts it.
# The four large tables (word spellings and lengths, the lexicon, the by-name
# index: about 360 KB) go into a binary file that the build embeds
# (cmake/embed.cmake), the rest into a header of offsets and small tables.
# Usage: python3 tools/gen_unicode_names.py src/object/unicode_names_db.h src/object/unicode_names.bin
import glob
import sys
import unicodedata
from collections import Counter

HANGUL_BASE, HANGUL_COUNT = 0xAC00, 11172
BLOCK = 32  # entries between two offsets of the lexicon index
WORD_BLOCK = 16  # words between two offsets of the word index


def perl_candidates():
    # (code points, name) pairs listed in Perl's Name.pl, whose records are
    # "HEX[ HEX...]\nNAME\n\n".
    paths = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))
    if not paths:
        sys.exit("gen_unicode_names.py: no unicore/Name.pl found (install perl)")
    text = open(paths[-1], encoding="ascii").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for rec in body.split("\n\n"):
        lines = rec.strip("\n").split("\n")
        if len(lines) == 2:
            yield tuple(int(h, 16) for h in lines[0].split()), lines[1]


def hangul_jamo():
    # The short names of the leading consonants, vowels and trailing
    # consonants, recovered from the names Python gives the syllables.
    def tail(cp):
        return unicodedata.name(chr(cp))[len("HANGUL SYLLABLE "):]
    ieung = 11  # the silent initial: its syllables spell just the vowel
    vowels = [tail(HANGUL_BASE + (ieung * 21 + v) * 28) for v in range(21)]
    leads = [tail(HANGUL_BASE + l * 21 * 28)[:-len(vowels[0])] for l in range(19)]
    trails = [""] + [tail(HANGUL_BASE + ieung * 21 * 28 + t)[len(vowels[0]):] for t in range(1, 28)]
    for i in range(HANGUL_COUNT):
        l, v, t = i // (21 * 28), i // 28 % 21, i % 28
        assert tail(HANGUL_BASE + i) == leads[l] + vowels[v] + trails[t]
    return leads, vowels, trails


def main():
    named = {}
    ranges = []  # [prefix, first, last]
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or HANGUL_BASE <= cp < HANGUL_BASE + HANGUL_COUNT:
            continue
        head, _, code = name.rpartition("-")
        if head and code == "%04X" % cp:
            if ranges and ranges[-1][0] == head and ranges[-1][2] == cp - 1:
                ranges[-1][2] = cp
            else:
                ranges.append([head, cp, cp])
            continue
        named[cp] = name
    aliases, sequences = [], []
    for cps, name in perl_candidates():
        try:
            got = unicodedata.lookup(name)
        except KeyError:
            continue
        if got != "".join(map(chr, cps)):
            continue
        if len(cps) > 1:
            sequences.append((name, cps))
        elif unicodedata.name(got, None) != name:
            aliases.append((name, cps[0]))
    aliases.sort(key=lambda a: (a[1], a[0]))
    sequences.sort()

    entries = [named[cp] for cp in sorted(named)] + [a[0] for a in aliases] + [s[0] for s in sequences]
    assert len(entries) < 65536
    assert max(map(len, entries)) <= 127  # KR_UNICODE_NAME_MAX in unicode.h
    words = Counter()
    for name in entries:
        assert all(c.isupper() or c.isdigit() or c in " -" for c in name), name
        words.update(name.replace("-", " ").split(" "))
    order = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))]
    # Word ids 1..ONE-1 take one byte; the rest take two, the first in ONE..255.
    # Byte 0 stands for a hyphen in place of the space between two words.
    two = (len(order) - 254 + 255) // 256 + 1
    one = 256 - two
    assert (256 - one) * 256 + one - 1 >= len(order)
    word_id = {w: i + 1 for i, w in enumerate(order)}

    def encode(name):
        out = bytearray()
        word = ""
        for c in name + " ":
            if c not in " -":
                word += c
                continue
            i = word_id[word]
            if i < one:
                out.append(i)
            else:
                i -= one
                out += bytes([one + (i >> 8), i & 0xFF])
            if c == "-":
                out.append(0)
            word = ""
        return bytes(out)

    lexicon = bytearray()
    block_offsets = []
    for i, name in enumerate(entries):
        if i % BLOCK == 0:
            block_offsets.append(len(lexicon))
        e = encode(name)
        assert len(e) < 256
        lexicon.append(len(e))
        lexicon += e
    words_text = bytearray()
    word_offsets = []  # where every WORD_BLOCK-th word starts
    for k, w in enumerate(order):
        if k % WORD_BLOCK == 0:
            word_offsets.append(len(words_text))
        words_text += w.encode()

    runs = []  # (first code point, first entry index)
    for i, cp in enumerate(sorted(named)):
        if runs and runs[-1][0] + (i - runs[-1][1]) == cp:
            continue
        runs.append((cp, i))
    by_name = sorted(range(len(entries)), key=lambda i: entries[i])
    prefixes = sorted({r[0] for r in ranges})
    leads, vowels, trails = hangul_jamo()
    seq_data = []
    seq_index = []
    for _, cps in sequences:
        seq_index.append(len(seq_data))
        seq_data.append(len(cps))
        seq_data.extend(cps)

    # The blob: word text, word lengths, lexicon, then the by-name index as
    # little-endian uint16.
    blob = bytearray()
    at = {}
    for key, data in (("WORD_TEXT", words_text), ("WORD_LEN", bytes(len(x) for x in order)),
                      ("LEXICON", lexicon),
                      ("BY_NAME", b"".join(i.to_bytes(2, "little") for i in by_name))):
        at[key] = len(blob)
        blob += data
    with open(sys.argv[2], "wb") as f:
        f.write(blob)

    out = open(sys.argv[1], "w")
    w = out.write
    w("// SPDX-License-Identifier: MIT\n")
    w("// Generated by tools/gen_unicode_names.py from Python %s (Unicode %s); do not edit.\n"
      % (sys.version.split()[0], unicodedata.unidata_version))
    w("// Character names, compressed: see unicode_names.c for the layout.\n")
    w("#ifndef KR_UNICODE_NAMES_DB_H\n#define KR_UNICODE_NAMES_DB_H\n\n#include <stdint.h>\n\n")
    w("#define KR_UN_ONE_BYTE %d // word ids below this take one byte\n" % one)
    w("#define KR_UN_BLOCK %d\n" % BLOCK)
    w("#define KR_UN_WORD_BLOCK %d\n" % WORD_BLOCK)
    w("#define KR_UN_CHARS %d // entries 0..CHARS-1 are characters, by code point\n" % len(named))
    w("#define KR_UN_ALIASES %d // then the aliases\n" % len(aliases))
    w("#define KR_UN_SEQUENCES %d // then the named sequences\n" % len(sequences))
    w("#define KR_UN_WORDS %d\n" % len(order))
    w("#define KR_UN_RUNS %d\n" % len(runs))
    w("#define KR_UN_RANGES %d\n\n" % len(ranges))

    def table(ctype, name, values, fmt, per):
        w("static const %s %s[%d] = {\n" % (ctype, name, len(values)))
        for i in range(0, len(values), per):
            w("    " + " ".join(fmt % v + "," for v in values[i:i + per]) + "\n")
        w("};\n\n")

    w("// The large tables sit in unicode_names.bin, embedded by the build as\n"
      "// kr_unicode_names_blob; these are their offsets in it.\n"
      "// Word spellings, back to back; word id i (from 1) is word k = i - 1, whose length is\n"
      "// the byte at WORD_LEN + k; kr_un_word_offsets[k / KR_UN_WORD_BLOCK] is where word k\n"
      "// rounded down to a multiple of KR_UN_WORD_BLOCK starts.\n")
    w("#define KR_UN_WORD_TEXT_AT %d\n" % at["WORD_TEXT"])
    w("#define KR_UN_WORD_LEN_AT %d\n" % at["WORD_LEN"])
    w("// The lexicon; each entry: a byte count, then its word codes.\n")
    w("#define KR_UN_LEXICON_AT %d\n" % at["LEXICON"])
    w("// Entry indexes sorted by name (uint16, little-endian), for binary search.\n")
    w("#define KR_UN_BY_NAME_AT %d\n" % at["BY_NAME"])
    w("#define KR_UN_BLOB_SIZE %d\n\n" % len(blob))
    table("uint32_t", "kr_un_word_offsets", word_offsets, "%d", 12)
    table("uint32_t", "kr_un_block_offsets", block_offsets, "%d", 12)
    w("// Runs of named code points: first code point, index of its entry.\n")
    table("uint32_t", "kr_un_run_cp", [r[0] for r in runs], "0x%05x", 10)
    table("uint16_t", "kr_un_run_entry", [r[1] for r in runs], "%d", 12)
    table("uint32_t", "kr_un_alias_cp", [a[1] for a in aliases], "0x%05x", 10)
    table("uint16_t", "kr_un_seq_index", seq_index, "%d", 12)
    w("// Each sequence: its length, then its code points.\n")
    table("uint32_t", "kr_un_seq_data", seq_data, "0x%05x", 10)
    w("// Code point ranges named PREFIX-HEXCODE.\n")
    w("static const char *const kr_un_prefixes[%d] = {\n" % len(prefixes))
    for p in prefixes:
        w('    "%s",\n' % p)
    w("};\n\n")
    w("typedef struct KrUnRange {\n    uint32_t first, last;\n    uint8_t prefix;\n} KrUnRange;\n\n")
    w("static const KrUnRange kr_un_ranges[%d] = {\n" % len(ranges))
    for p, a, b in ranges:
        w("    {0x%05x, 0x%05x, %d},\n" % (a, b, prefixes.index(p)))
    w("};\n\n")
    w("// Short names of the Hangul jamo that spell a syllable's name.\n")
    for cname, parts in (("kr_un_hangul_lead", leads), ("kr_un_hangul_vowel", vowels),
                         ("kr_un_hangul_trail", trails)):
        w("static const char *const %s[%d] = {" % (cname, len(parts)))
        w(", ".join('"%s"' % p for p in parts))
        w("};\n")
    w("\n#endif\n")
    size = (len(words_text) + 4 * len(word_offsets) + len(order) + len(lexicon) + 4 * len(block_offsets) + 6 * len(runs)
            + 4 * len(aliases) + 2 * len(seq_index) + 4 * len(seq_data) + 2 * len(by_name) + 9 * len(ranges))
    print("words %d + %d, lexicon %d, by_name %d" % (len(words_text), 4 * len(word_offsets), len(lexicon), 2 * len(by_name)), file=sys.stderr)
    print("entries %d (aliases %d, sequences %d), words %d, runs %d, ranges %d, about %d bytes"
          % (len(entries), len(aliases), len(sequences), len(order), len(runs), len(ranges), size),
          file=sys.stderr)


main()
