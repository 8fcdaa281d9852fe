// SPDX-License-Identifier: MIT
// UTF-8 decoding, encoding and validation helpers.
#include "utf8.h"

int kr_utf8_encoded_len(uint32_t cp) {
    if (cp < 0x80) {
        return 1;
    }
    if (cp < 0x800) {
        return 2;
    }
    if (cp < 0x10000) {
        return 3;
    }
    return cp <= 0x10FFFF ? 4 : 0;
}

int kr_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= 0x10FFFF) {
        o[0] = (unsigned char)(0xF0 | (cp >> 18));
        o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (unsigned char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

// The error length follows CPython's decoder: the invalid range covers the
// lead byte plus the continuation bytes that were still plausible.
int kr_utf8_decode(const char *s, size_t len, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)s;
    if (len == 0) {
        return 0;
    }
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    uint32_t v;
    unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0) {
            lo = 0xA0;
        } else if (c == 0xED) {
            hi = 0x9F; // surrogates are not valid UTF-8
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0) {
            lo = 0x90;
        } else if (c == 0xF4) {
            hi = 0x8F;
        }
    } else {
        return -1;
    }
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= len) {
            return -i;
        }
        unsigned b = p[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
            return -i;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

size_t kr_utf8_validate(const char *s, size_t len, uint32_t *max_cp, size_t *count) {
    size_t i = 0, n = 0;
    uint32_t maxc = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            if ((unsigned char)s[i] > maxc) {
                maxc = (unsigned char)s[i];
            }
            i++;
            n++;
            continue;
        }
        uint32_t cp;
        int k = kr_utf8_decode(s + i, len - i, &cp);
        if (k <= 0) {
            break;
        }
        if (cp > maxc) {
            maxc = cp;
        }
        i += (size_t)k;
        n++;
    }
    if (max_cp) {
        *max_cp = maxc;
    }
    if (count) {
        *count = n;
    }
    return i;
}
