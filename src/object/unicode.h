// SPDX-License-Identifier: MIT
// Unicode character properties and case mappings (tables from tools/gen_unicode.py).
#ifndef KR_UNICODE_H
#define KR_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "unicode_db.h"

// The KR_UC_* property bits of a code point (0 for values past U+10FFFF).
uint32_t kr_unicode_flags(uint32_t cp);
// Case mappings as str.upper/lower/title/casefold do them for one character
// (full mappings: 'ß'.upper() is "SS"). Write up to 3 code points; return the count.
int kr_unicode_upper(uint32_t cp, uint32_t out[3]);
int kr_unicode_lower(uint32_t cp, uint32_t out[3]);
int kr_unicode_title(uint32_t cp, uint32_t out[3]);
int kr_unicode_fold(uint32_t cp, uint32_t out[3]);
// NFKC of n code points into out (room for 18 * n: the longest expansion).
// Returns the output length. Used for identifiers; no unicodedata module.
size_t kr_unicode_nfkc(const uint32_t *in, size_t n, uint32_t *out);
// The canonical combining class of cp (0 for starters).
int kr_unicode_combining(uint32_t cp);
// The second half of normalization over a fully decomposed buffer: canonical
// reordering, then (when `compose`) canonical composition in place, Hangul
// included. Returns the new length.
size_t kr_unicode_reorder_compose(uint32_t *buf, size_t n, bool compose);
// Value of a decimal digit (category Nd) or -1.
int kr_unicode_decimal(uint32_t cp);

// Character names (unicode_names.c). No name is longer than this.
#define KR_UNICODE_NAME_MAX 127
// The code point named name[0:len] as "\N{...}" accepts it (aliases too,
// case-insensitive except Hangul syllables and CJK unified ideographs), or -1.
int64_t kr_unicode_names_lookup(const char *name, size_t len);
// A named sequence (as unicodedata.lookup accepts): stores up to max code points
// in out and returns the sequence's length, or -1 when name is not one.
int kr_unicode_names_sequence(const char *name, size_t len, uint32_t *out, int max);
// Writes the name of cp (as unicodedata.name) NUL-terminated into buf, which
// has room for KR_UNICODE_NAME_MAX + 1 bytes; returns its length, 0 if unnamed.
size_t kr_unicode_names_name_of(uint32_t cp, char *buf);

static inline bool kr_unicode_isspace(uint32_t cp) {
    if (cp < 128) {
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    }
    return (kr_unicode_flags(cp) & KR_UC_SPACE) != 0;
}
static inline bool kr_unicode_has(uint32_t cp, uint32_t flag) {
    return (kr_unicode_flags(cp) & flag) != 0;
}
// Identifier characters (PEP 3131), '_' included in both.
static inline bool kr_unicode_is_id_start(uint32_t cp) {
    return cp == '_' || kr_unicode_has(cp, KR_UC_XID_START);
}
static inline bool kr_unicode_is_id_continue(uint32_t cp) {
    return kr_unicode_has(cp, KR_UC_XID_CONTINUE);
}

#endif
