// SPDX-License-Identifier: MIT
// White-box check of the character name tables: every named code point's name
// looks up to that code point again, and a few names are spelled as CPython does.
#include <stdio.h>
#include <string.h>

#include "object/unicode.h"

static int failures = 0;

static void expect_name(uint32_t cp, const char *want) {
    char buf[KR_UNICODE_NAME_MAX + 1];
    size_t n = kr_unicode_names_name_of(cp, buf);
    if (strcmp(n ? buf : "", want) != 0) {
        printf("U+%04X: got '%s', want '%s'\n", (unsigned)cp, n ? buf : "", want);
        failures++;
    }
}

int main(void) {
    char buf[KR_UNICODE_NAME_MAX + 1];
    size_t named = 0;
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        size_t n = kr_unicode_names_name_of(cp, buf);
        if (n == 0) {
            continue;
        }
        named++;
        if (n != strlen(buf) || kr_unicode_names_lookup(buf, n) != (int64_t)cp) {
            printf("U+%04X: '%s' does not look up to itself\n", (unsigned)cp, buf);
            failures++;
        }
    }
    // unicodedata.name knows 138,552 code points in Unicode 14 (Tangut unnamed).
    if (named != 138552) {
        printf("named code points: %zu\n", named);
        failures++;
    }
    expect_name('A', "LATIN CAPITAL LETTER A");
    expect_name(0x2014, "EM DASH");
    expect_name(0xAC01, "HANGUL SYLLABLE GAG");
    expect_name(0x4E00, "CJK UNIFIED IDEOGRAPH-4E00");
    expect_name(0x2A6DF, "CJK UNIFIED IDEOGRAPH-2A6DF");
    expect_name(0xF900, "CJK COMPATIBILITY IDEOGRAPH-F900");
    expect_name(0x0F39, "TIBETAN MARK TSA -PHRU");
    expect_name(0x0A, "");
    expect_name(0x17000, "");
    expect_name(0xE000, "");
    uint32_t seq[4];
    int n = kr_unicode_names_sequence("keycap number sign", 18, seq, 4);
    if (n != 3 || seq[0] != 0x23 || seq[1] != 0xFE0F || seq[2] != 0x20E3) {
        printf("named sequence: %d\n", n);
        failures++;
    }
    if (kr_unicode_names_lookup("KEYCAP NUMBER SIGN", 18) != -1 || kr_unicode_names_sequence("EM DASH", 7, seq, 4) != -1) {
        printf("sequences and characters mixed up\n");
        failures++;
    }
    printf("%s\n", failures ? "FAIL" : "ok");
    return failures != 0;
}
