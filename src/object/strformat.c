// SPDX-License-Identifier: MIT
// The str builder and kr_str_from_format: printf-like str construction for messages.
#include <stdio.h>
#include <string.h>

#include <stdint.h>

#include "../base/utf8.h"
#include "../vm/vm.h"
#include "exc.h"
#include "str.h"

// ---- KrStrBuilder ------------------------------------------------------------
// The builder collects code points and narrows to the canonical kind at the
// end. On allocation failure it records `failed` (MemoryError is set) and
// ignores further additions, so callers check once at kr_sb_finish.

void kr_sb_init(KrStrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->maxchar = 0;
    sb->failed = false;
}

static bool reserve(KrThread *ts, KrStrBuilder *sb, size_t extra) {
    if (sb->failed) {
        return false;
    }
    if (extra > SIZE_MAX / 8 - sb->len) {
        kr_err_no_memory(ts);
        sb->failed = true;
        return false;
    }
    if (sb->len + extra <= sb->cap) {
        return true;
    }
    if (!sb->buf && sb->len + extra <= KR_SB_INLINE) {
        sb->buf = sb->small;
        sb->cap = KR_SB_INLINE;
        return true;
    }
    size_t cap = sb->cap ? sb->cap : 16;
    while (cap < sb->len + extra) {
        if (cap > SIZE_MAX / 8) {
            kr_err_no_memory(ts);
            sb->failed = true;
            return false;
        }
        cap *= 2;
    }
    bool was_small = sb->buf == sb->small;
    uint32_t *nb = kr_mem_realloc(ts, was_small ? NULL : sb->buf, cap * sizeof(uint32_t));
    if (!nb) {
        sb->failed = true;
        return false;
    }
    if (was_small) {
        memcpy(nb, sb->small, sb->len * sizeof(uint32_t));
    }
    sb->buf = nb;
    sb->cap = cap;
    return true;
}

void kr_sb_add_char(KrThread *ts, KrStrBuilder *sb, uint32_t cp) {
    if (!reserve(ts, sb, 1)) {
        return;
    }
    sb->buf[sb->len++] = cp;
    if (cp > sb->maxchar) {
        sb->maxchar = cp;
    }
}

// n copies of cp, reserved at once: a huge padding width fails fast with
// MemoryError instead of growing the buffer one doubling at a time.
void kr_sb_add_repeat(KrThread *ts, KrStrBuilder *sb, uint32_t cp, size_t n) {
    if (n == 0 || !reserve(ts, sb, n)) {
        return;
    }
    for (size_t i = 0; i < n; i++) {
        sb->buf[sb->len++] = cp;
    }
    if (cp > sb->maxchar) {
        sb->maxchar = cp;
    }
}

// Invalid UTF-8 bytes become U+FFFD: builder input is the runtime's own text.
void kr_sb_add_utf8(KrThread *ts, KrStrBuilder *sb, const char *s, size_t len) {
    if (!reserve(ts, sb, len)) {
        return;
    }
    size_t i = 0;
    while (i < len) {
        uint32_t cp = (unsigned char)s[i];
        if (cp < 0x80) {
            i++;
        } else {
            int k = kr_utf8_decode(s + i, len - i, &cp);
            if (k <= 0) {
                cp = 0xFFFD;
                k = k < 0 ? -k : 1;
            }
            i += (size_t)k;
        }
        sb->buf[sb->len++] = cp;
        if (cp > sb->maxchar) {
            sb->maxchar = cp;
        }
    }
}

void kr_sb_add_cstr(KrThread *ts, KrStrBuilder *sb, const char *s) {
    kr_sb_add_utf8(ts, sb, s, strlen(s));
}

void kr_sb_add_substr(KrThread *ts, KrStrBuilder *sb, KrObject *s, intptr_t start, intptr_t end) {
    intptr_t n = end - start;
    if (n <= 0 || !reserve(ts, sb, (size_t)n)) {
        return;
    }
    unsigned kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    uint32_t m = sb->maxchar;
    for (intptr_t i = start; i < end; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        m = c > m ? c : m;
        sb->buf[sb->len++] = c;
    }
    sb->maxchar = m;
}

void kr_sb_add_str(KrThread *ts, KrStrBuilder *sb, KrObject *s) {
    kr_sb_add_substr(ts, sb, s, 0, KR_STR_LEN(s));
}

KrObject *kr_sb_finish(KrThread *ts, KrStrBuilder *sb) {
    if (sb->failed) {
        kr_sb_discard(ts, sb);
        return NULL;
    }
    KrObject *r;
    if (sb->len <= 1) {
        r = kr_str_from_kind(ts, 4, sb->buf, (intptr_t)sb->len); // the cached '' and one-character strs
    } else {
        // maxchar is exact (every add keeps it so): no second scan to pick the kind.
        r = kr_str_new(ts, (intptr_t)sb->len, sb->maxchar);
        if (r) {
            unsigned k = KR_STR_KIND(r);
            void *out = KR_STR_DATA(r);
            if (k == 1) {
                for (size_t i = 0; i < sb->len; i++) {
                    ((uint8_t *)out)[i] = (uint8_t)sb->buf[i];
                }
            } else {
                for (size_t i = 0; i < sb->len; i++) {
                    kr_str_write(k, out, (intptr_t)i, sb->buf[i]);
                }
            }
        }
    }
    kr_sb_discard(ts, sb);
    return r;
}

void kr_sb_discard(KrThread *ts, KrStrBuilder *sb) {
    if (sb->buf && sb->buf != sb->small) {
        kr_mem_free(ts, sb->buf);
    }
    kr_sb_init(sb);
}

// ---- kr_str_from_format ----------------------------------------------------------

// Appends at most `prec` characters of s (prec < 0: all).
static void add_str_prec(KrThread *ts, KrStrBuilder *sb, KrObject *s, intptr_t prec) {
    if (prec < 0 || prec >= KR_STR_LEN(s)) {
        kr_sb_add_str(ts, sb, s);
        return;
    }
    for (intptr_t i = 0; i < prec; i++) {
        kr_sb_add_char(ts, sb, kr_str_char_at(s, i));
    }
}

// Adds the str result of a conversion (%R %S %A), consuming the reference.
static bool add_object(KrThread *ts, KrStrBuilder *sb, KrObject *s, intptr_t prec) {
    if (!s) {
        return false;
    }
    add_str_prec(ts, sb, s, prec);
    KR_DECREF(ts, s);
    return true;
}

KrObject *kr_str_from_vformat(KrThread *ts, const char *fmt, va_list ap) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    const char *p = fmt;
    while (*p) {
        const char *start = p;
        while (*p && *p != '%') {
            p++;
        }
        if (p > start) {
            kr_sb_add_utf8(ts, &sb, start, (size_t)(p - start));
        }
        if (!*p) {
            break;
        }
        const char *spec = p++;
        // Flags, width and precision as in printf; '*' is not supported.
        bool left = false, zero = false;
        while (*p == '-' || *p == '0') {
            left |= *p == '-';
            zero |= *p == '0';
            p++;
        }
        int width = 0;
        while (*p >= '0' && *p <= '9') {
            width = width * 10 + (*p++ - '0');
        }
        intptr_t prec = -1;
        if (*p == '.') {
            p++;
            prec = 0;
            while (*p >= '0' && *p <= '9') {
                prec = prec * 10 + (*p++ - '0');
            }
        }
        int lng = 0; // 1: l, 2: ll, 3: z, 4: hh/h (promoted to int anyway)
        if (*p == 'l') {
            p++;
            lng = 1;
            if (*p == 'l') {
                p++;
                lng = 2;
            }
        } else if (*p == 'z') {
            p++;
            lng = 3;
        } else if (*p == 'h') {
            p++;
            if (*p == 'h') {
                p++;
            }
        }
        char conv = *p ? *p++ : '\0';
        char numbuf[64];
        switch (conv) {
        case '%':
            kr_sb_add_char(ts, &sb, '%');
            break;
        case 'c':
            kr_sb_add_char(ts, &sb, (uint32_t)va_arg(ap, int));
            break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            // Rebuild a printf directive with a fixed-width type.
            char f[24];
            const char *prefix = conv == 'd' || conv == 'i' ? "lld" : conv == 'u' ? "llu" : conv == 'x' ? "llx"
                                                                      : conv == 'X' ? "llX" : "llo";
            snprintf(f, sizeof f, "%%%s%s%d%s", left ? "-" : "", zero ? "0" : "", width, prefix);
            bool is_signed = conv == 'd' || conv == 'i';
            if (is_signed) {
                long long v = lng == 1 ? va_arg(ap, long) : lng == 2 ? va_arg(ap, long long)
                              : lng == 3 ? (long long)va_arg(ap, intptr_t) : va_arg(ap, int);
                snprintf(numbuf, sizeof numbuf, f, v);
            } else {
                unsigned long long v = lng == 1 ? va_arg(ap, unsigned long) : lng == 2 ? va_arg(ap, unsigned long long)
                                       : lng == 3 ? (unsigned long long)va_arg(ap, size_t) : va_arg(ap, unsigned);
                snprintf(numbuf, sizeof numbuf, f, v);
            }
            kr_sb_add_cstr(ts, &sb, numbuf);
            break;
        }
        case 'p':
            snprintf(numbuf, sizeof numbuf, "%p", va_arg(ap, void *));
            kr_sb_add_cstr(ts, &sb, numbuf);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) {
                s = "(null)";
            }
            // Precision counts characters, as CPython's %.200s does.
            size_t n = strlen(s), i = 0;
            for (intptr_t c = 0; i < n && (prec < 0 || c < prec); c++) {
                i++;
                while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {
                    i++;
                }
            }
            kr_sb_add_utf8(ts, &sb, s, i);
            break;
        }
        case 'U': {
            KrObject *o = va_arg(ap, KrObject *);
            add_str_prec(ts, &sb, o, prec);
            break;
        }
        case 'R':
            if (!add_object(ts, &sb, kr_repr(ts, va_arg(ap, KrObject *)), prec)) {
                goto error;
            }
            break;
        case 'S':
            if (!add_object(ts, &sb, kr_str(ts, va_arg(ap, KrObject *)), prec)) {
                goto error;
            }
            break;
        case 'A':
            if (!add_object(ts, &sb, kr_ascii(ts, va_arg(ap, KrObject *)), prec)) {
                goto error;
            }
            break;
        case 'T': {
            KrObject *o = va_arg(ap, KrObject *);
            kr_sb_add_cstr(ts, &sb, KR_TYPE(o)->name);
            break;
        }
        default:
            // An unknown directive is copied through literally.
            kr_sb_add_utf8(ts, &sb, spec, (size_t)(p - spec));
            break;
        }
    }
    return kr_sb_finish(ts, &sb);
error:
    kr_sb_discard(ts, &sb);
    return NULL;
}

KrObject *kr_str_from_format(KrThread *ts, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    KrObject *r = kr_str_from_vformat(ts, fmt, ap);
    va_end(ap);
    return r;
}
