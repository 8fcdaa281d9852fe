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

// ---- NFKC, for identifiers (PEP 3131): full compatibility decomposition,
// canonical reordering, then canonical composition, as unicodedata does.

#include "unicode_norm.h"

#define SBASE 0xAC00
#define LBASE 0x1100
#define VBASE 0x1161
#define TBASE 0x11A7
#define LCOUNT 19
#define VCOUNT 21
#define TCOUNT 28
#define NCOUNT (VCOUNT * TCOUNT)
#define SCOUNT (LCOUNT * NCOUNT)

static int find_u32(const uint32_t *keys, int n, uint32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (keys[mid] == cp) {
            return mid;
        }
        if (keys[mid] < cp) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return -1;
}

static int combining_class(uint32_t cp) {
    int i = find_u32(kr_norm_ccc_keys, (int)(sizeof kr_norm_ccc_keys / sizeof kr_norm_ccc_keys[0]), cp);
    return i < 0 ? 0 : kr_norm_ccc_values[i];
}

static uint32_t compose(uint32_t a, uint32_t b) {
    if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT) {
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
    }
    if (a >= SBASE && a < SBASE + SCOUNT && (a - SBASE) % TCOUNT == 0 && b > TBASE && b < TBASE + TCOUNT) {
        return a + (b - TBASE);
    }
    int lo = 0, hi = (int)(sizeof kr_norm_comp_first / sizeof kr_norm_comp_first[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t fa = kr_norm_comp_first[mid], fb = kr_norm_comp_second[mid];
        if (fa == a && fb == b) {
            return kr_norm_comp_result[mid];
        }
        if (fa < a || (fa == a && fb < b)) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return 0;
}

size_t kr_unicode_nfkc(const uint32_t *in, size_t n, uint32_t *out) {
    size_t m = 0;
    int nkeys = (int)(sizeof kr_norm_decomp_keys / sizeof kr_norm_decomp_keys[0]);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = in[i];
        if (cp >= SBASE && cp < SBASE + SCOUNT) {
            uint32_t s = cp - SBASE;
            out[m++] = LBASE + s / NCOUNT;
            out[m++] = VBASE + (s % NCOUNT) / TCOUNT;
            if (s % TCOUNT) {
                out[m++] = TBASE + s % TCOUNT;
            }
            continue;
        }
        int k = cp < 0xA0 ? -1 : find_u32(kr_norm_decomp_keys, nkeys, cp);
        if (k < 0) {
            out[m++] = cp;
            continue;
        }
        const uint32_t *d = &kr_norm_decomp_data[kr_norm_decomp_offsets[k]];
        for (uint32_t j = 1; j <= d[0]; j++) {
            out[m++] = d[j];
        }
    }
    return kr_unicode_reorder_compose(out, m, true);
}

int kr_unicode_combining(uint32_t cp) {
    return combining_class(cp);
}

size_t kr_unicode_reorder_compose(uint32_t *out, size_t m, bool do_compose) {
    // Canonical ordering: a stable sort of each run of combining marks by class.
    for (size_t i = 1; i < m; i++) {
        int c = combining_class(out[i]);
        size_t j = i;
        while (c && j > 0 && combining_class(out[j - 1]) > c) {
            uint32_t t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
            j--;
        }
    }
    // Canonical composition onto the last starter, skipping blocked marks.
    if (m == 0 || !do_compose) {
        return m;
    }
    size_t starter = 0, w = 1;
    int last_cc = combining_class(out[0]) ? 256 : 0;
    for (size_t i = 1; i < m; i++) {
        uint32_t cp = out[i];
        int cc = combining_class(cp);
        uint32_t c = (last_cc < cc || last_cc == 0) ? compose(out[starter], cp) : 0;
        if (c && (last_cc < cc || (last_cc == 0 && w == starter + 1))) {
            out[starter] = c;
            continue;
        }
        if (cc == 0) {
            starter = w;
        }
        last_cc = cc;
        out[w++] = cp;
    }
    return w;
}
