// SPDX-License-Identifier: MIT
// Unicode character names: name -> code point for "\N{...}", code point -> name.
//
// The tables (unicode_names_db.h and unicode_names.bin, both made by
// tools/gen_unicode_names.py) hold every name as a short string of word codes:
// word ids below KR_UN_ONE_BYTE take one byte, the others two; byte 0 is a
// hyphen joining two words (else words are separated by a space). The entries
// are characters in code point order, then aliases, then named sequences; the
// by-name index sorts them by name for binary search. Hangul syllables and names of the form PREFIX-HEXCODE
// (CJK ideographs, Nushu, ...) are computed, not stored.
#include <string.h>

#include "unicode.h"
#include "unicode_names_db.h"

// unicode_names.bin, embedded by the build (cmake/embed.cmake).
extern const uint8_t kr_unicode_names_blob[KR_UN_BLOB_SIZE];

#define kr_un_word_text ((const char *)kr_unicode_names_blob + KR_UN_WORD_TEXT_AT)
#define kr_un_word_len (kr_unicode_names_blob + KR_UN_WORD_LEN_AT)
#define kr_un_lexicon (kr_unicode_names_blob + KR_UN_LEXICON_AT)

// Entry index at position i of the by-name order.
static uint32_t by_name(uint32_t i) {
    const uint8_t *p = kr_unicode_names_blob + KR_UN_BY_NAME_AT + 2 * i;
    return p[0] | (uint32_t)p[1] << 8;
}

#define HANGUL_BASE 0xAC00u
#define HANGUL_COUNT 11172u
#define HANGUL_PREFIX "HANGUL SYLLABLE "
#define UNIFIED_PREFIX "CJK UNIFIED IDEOGRAPH"

// Appends word id `id` to out (room checked by the caller: names are short).
static size_t put_word(unsigned id, char *out) {
    unsigned k = id - 1;
    uint32_t at = kr_un_word_offsets[k / KR_UN_WORD_BLOCK];
    for (unsigned j = k - k % KR_UN_WORD_BLOCK; j < k; j++) {
        at += kr_un_word_len[j];
    }
    memcpy(out, kr_un_word_text + at, kr_un_word_len[k]);
    return kr_un_word_len[k];
}

// Spells entry `idx` into out (at least KR_UNICODE_NAME_MAX + 1 bytes).
static size_t entry_name(uint32_t idx, char *out) {
    uint32_t p = kr_un_block_offsets[idx / KR_UN_BLOCK];
    for (uint32_t i = 0; i < idx % KR_UN_BLOCK; i++) {
        p += 1u + kr_un_lexicon[p];
    }
    uint32_t end = p + 1u + kr_un_lexicon[p];
    size_t n = 0;
    bool glue = true;
    for (p++; p < end; p++) {
        unsigned b = kr_un_lexicon[p];
        if (b == 0) {
            out[n++] = '-';
            glue = true;
            continue;
        }
        unsigned id = b;
        if (b >= KR_UN_ONE_BYTE) {
            id = KR_UN_ONE_BYTE + ((b - KR_UN_ONE_BYTE) << 8) + kr_un_lexicon[++p];
        }
        if (!glue) {
            out[n++] = ' ';
        }
        n += put_word(id, out + n);
        glue = false;
    }
    out[n] = '\0';
    return n;
}

// The range of PREFIX-HEXCODE names holding cp, or NULL.
static const KrUnRange *find_range(uint32_t cp) {
    for (size_t i = 0; i < KR_UN_RANGES; i++) {
        if (cp >= kr_un_ranges[i].first && cp <= kr_un_ranges[i].last) {
            return &kr_un_ranges[i];
        }
    }
    return NULL;
}

size_t kr_unicode_names_name_of(uint32_t cp, char *buf) {
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t i = cp - HANGUL_BASE;
        const char *parts[3] = {kr_un_hangul_lead[i / (21 * 28)], kr_un_hangul_vowel[i / 28 % 21],
                                kr_un_hangul_trail[i % 28]};
        size_t n = strlen(HANGUL_PREFIX);
        memcpy(buf, HANGUL_PREFIX, n);
        for (int k = 0; k < 3; k++) {
            size_t m = strlen(parts[k]);
            memcpy(buf + n, parts[k], m);
            n += m;
        }
        buf[n] = '\0';
        return n;
    }
    const KrUnRange *r = find_range(cp);
    if (r) {
        const char *prefix = kr_un_prefixes[r->prefix];
        size_t n = strlen(prefix);
        memcpy(buf, prefix, n);
        buf[n++] = '-';
        static const char hex[] = "0123456789ABCDEF";
        int digits = cp > 0xFFFF ? 5 : 4;
        for (int k = digits - 1; k >= 0; k--) {
            buf[n++] = hex[(cp >> (4 * k)) & 0xF];
        }
        buf[n] = '\0';
        return n;
    }
    // The last run starting at or before cp.
    size_t lo = 0, hi = KR_UN_RUNS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (kr_un_run_cp[mid] <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return 0;
    }
    size_t run = lo - 1;
    uint32_t idx = kr_un_run_entry[run] + (cp - kr_un_run_cp[run]);
    uint32_t limit = run + 1 < KR_UN_RUNS ? kr_un_run_entry[run + 1] : KR_UN_CHARS;
    if (idx >= limit) {
        return 0;
    }
    return entry_name(idx, buf);
}

// Uppercase hex digits s[0:n] as a code point; -1 if not such digits.
static int64_t parse_hex(const char *s, size_t n) {
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) {
            return -1;
        }
        v = v * 16 + d;
    }
    return v;
}

// The jamo in `set` that is the longest prefix of *s, advancing *s; -1 if none.
static int longest_jamo(const char *const *set, int count, const char **s, const char *end) {
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t m = strlen(set[i]);
        if (m <= (size_t)(end - *s) && memcmp(*s, set[i], m) == 0 && (best < 0 || m > best_len)) {
            best = i;
            best_len = m;
        }
    }
    *s += best_len;
    return best;
}

// Computed names: as CPython, Hangul syllables and unified ideographs are
// matched case-sensitively. Returns the code point, -1 when the name has one
// of these prefixes but is invalid, -2 when it is not a computed name.
static int64_t computed_lookup(const char *name, size_t len) {
    size_t hp = strlen(HANGUL_PREFIX);
    if (len >= hp && memcmp(name, HANGUL_PREFIX, hp) == 0) {
        const char *s = name + hp, *end = name + len;
        int l = longest_jamo(kr_un_hangul_lead, 19, &s, end);
        int v = longest_jamo(kr_un_hangul_vowel, 21, &s, end);
        int t = longest_jamo(kr_un_hangul_trail, 28, &s, end);
        if (l < 0 || v < 0 || t < 0 || s != end) {
            return -1;
        }
        return HANGUL_BASE + (uint32_t)((l * 21 + v) * 28 + t);
    }
    size_t up = strlen(UNIFIED_PREFIX);
    if (len > up && memcmp(name, UNIFIED_PREFIX "-", up + 1) == 0) {
        size_t digits = len - up - 1;
        int64_t cp = digits == 4 || digits == 5 ? parse_hex(name + up + 1, digits) : -1;
        const KrUnRange *r = cp >= 0 ? find_range((uint32_t)cp) : NULL;
        return r && strcmp(kr_un_prefixes[r->prefix], UNIFIED_PREFIX) == 0 ? cp : -1;
    }
    return -2;
}

// Other PREFIX-HEXCODE names (compatibility ideographs, Nushu, ...), given
// uppercased: the code must be spelled as the name spells it.
static int64_t range_lookup(const char *name, size_t len) {
    const char *dash = NULL;
    for (size_t i = len; i-- > 0 && !dash;) {
        dash = name[i] == '-' ? name + i : NULL;
    }
    if (!dash) {
        return -1;
    }
    size_t digits = len - (size_t)(dash + 1 - name);
    int64_t cp = digits == 4 || digits == 5 ? parse_hex(dash + 1, digits) : -1;
    if (cp < 0 || (digits == 5) != (cp > 0xFFFF)) {
        return -1;
    }
    const KrUnRange *r = find_range((uint32_t)cp);
    if (!r) {
        return -1;
    }
    const char *prefix = kr_un_prefixes[r->prefix];
    size_t pn = strlen(prefix);
    if (strcmp(prefix, UNIFIED_PREFIX) == 0 || pn != (size_t)(dash - name) || memcmp(prefix, name, pn) != 0) {
        return -1;
    }
    return cp;
}

// Index of the stored entry spelled `name` (uppercase), or -1.
static int32_t find_entry(const char *name) {
    char spelled[KR_UNICODE_NAME_MAX + 1];
    size_t lo = 0, hi = KR_UN_CHARS + KR_UN_ALIASES + KR_UN_SEQUENCES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        entry_name(by_name(mid), spelled);
        int c = strcmp(spelled, name);
        if (c == 0) {
            return by_name(mid);
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return -1;
}

// Entry index for a name of any case, or -1 (-2 for names that are computed).
static int32_t lookup_entry(const char *name, size_t len, char *upper) {
    if (len == 0 || len > KR_UNICODE_NAME_MAX) {
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        upper[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    upper[len] = '\0';
    return find_entry(upper);
}

int64_t kr_unicode_names_lookup(const char *name, size_t len) {
    int64_t cp = computed_lookup(name, len);
    if (cp != -2) {
        return cp;
    }
    char upper[KR_UNICODE_NAME_MAX + 1];
    int32_t idx = lookup_entry(name, len, upper);
    if (idx < 0) {
        return len <= KR_UNICODE_NAME_MAX && len > 0 ? range_lookup(upper, len) : -1;
    }
    if (idx < KR_UN_CHARS) {
        // The last run whose first entry is at or before idx.
        size_t lo = 0, hi = KR_UN_RUNS;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (kr_un_run_entry[mid] <= (uint32_t)idx) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return kr_un_run_cp[lo - 1] + ((uint32_t)idx - kr_un_run_entry[lo - 1]);
    }
    if (idx < KR_UN_CHARS + KR_UN_ALIASES) {
        return kr_un_alias_cp[idx - KR_UN_CHARS];
    }
    return -1; // a named sequence: not one character
}

int kr_unicode_names_sequence(const char *name, size_t len, uint32_t *out, int max) {
    char upper[KR_UNICODE_NAME_MAX + 1];
    int32_t idx = computed_lookup(name, len) == -2 ? lookup_entry(name, len, upper) : -1;
    if (idx < KR_UN_CHARS + KR_UN_ALIASES) {
        return -1;
    }
    const uint32_t *seq = kr_un_seq_data + kr_un_seq_index[idx - KR_UN_CHARS - KR_UN_ALIASES];
    int n = (int)seq[0];
    for (int i = 0; i < n && i < max; i++) {
        out[i] = seq[1 + i];
    }
    return n;
}
