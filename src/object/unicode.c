// SPDX-License-Identifier: MIT
// Unicode character properties and case mappings over the generated run table.
#define KR_UNICODE_DB_TABLES
#include "unicode.h"

#include <stddef.h>

// Finds the run holding cp by binary search; runs are sorted by start.
static const KrUnicodeRecord *lookup(uint32_t cp) {
    if (cp > 0x10FFFF) {
        return &kr_unicode_records[0];
    }
    size_t lo = 0, hi = sizeof(kr_unicode_runs) / sizeof(kr_unicode_runs[0]);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((kr_unicode_runs[mid] >> 12) <= cp) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return &kr_unicode_records[kr_unicode_runs[lo] & 0xFFF];
}

uint32_t kr_unicode_flags(uint32_t cp) {
    return lookup(cp)->flags;
}

// Expands a mapping field: a delta, or (when the EXT bit is set) an index into
// the specials table.
static int expand(uint32_t cp, const KrUnicodeRecord *r, int32_t field, uint32_t ext, uint32_t out[3]) {
    if (r->flags & ext) {
        const uint32_t *sp = &kr_unicode_specials[field];
        int n = (int)sp[0];
        for (int i = 0; i < n && i < 3; i++) {
            out[i] = sp[1 + i];
        }
        return n < 3 ? n : 3;
    }
    out[0] = (uint32_t)((int32_t)cp + field);
    return 1;
}

int kr_unicode_upper(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const KrUnicodeRecord *r = lookup(cp);
    return expand(cp, r, r->upper, KR_UC_EXT_UPPER, out);
}

int kr_unicode_lower(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const KrUnicodeRecord *r = lookup(cp);
    return expand(cp, r, r->lower, KR_UC_EXT_LOWER, out);
}

int kr_unicode_title(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const KrUnicodeRecord *r = lookup(cp);
    return expand(cp, r, r->title, KR_UC_EXT_TITLE, out);
}

int kr_unicode_fold(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const KrUnicodeRecord *r = lookup(cp);
    return expand(cp, r, r->fold, KR_UC_EXT_FOLD, out);
}

int kr_unicode_decimal(uint32_t cp) {
    if (cp < 128) {
        return (cp >= '0' && cp <= '9') ? (int)(cp - '0') : -1;
    }
    if (cp > 0x10FFFF) {
        return -1;
    }
    // The generator checked that every decimal run starts at a zero digit.
    size_t lo = 0, hi = sizeof(kr_unicode_runs) / sizeof(kr_unicode_runs[0]);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((kr_unicode_runs[mid] >> 12) <= cp) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    if (!(kr_unicode_records[kr_unicode_runs[lo] & 0xFFF].flags & KR_UC_DECIMAL)) {
        return -1;
    }
    return (int)((cp - (kr_unicode_runs[lo] >> 12)) % 10);
}
