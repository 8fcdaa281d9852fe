// SPDX-License-Identifier: MIT
// The _codecs escape codecs: unicode_escape, raw_unicode_escape, escape_encode/decode, readbuffer_encode.
#include <stdio.h>
#include <string.h>

#include "codecs_impl.h"

#include "../base/utf8.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/unicode.h"
#include "../vm/vm.h"

static int hexval(unsigned char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// Reads `digits` hex digits at p[i]; the count read before a non-digit goes to *got.
static uint32_t read_hex(const unsigned char *p, intptr_t n, intptr_t i, int digits, int *got) {
    uint32_t v = 0;
    int k = 0;
    while (k < digits && i + k < n && hexval(p[i + k]) >= 0) {
        v = v << 4 | (uint32_t)hexval(p[i + k]);
        k++;
    }
    *got = k;
    return v;
}

// The first unknown escape warns, as CPython 3.11 does.
static int invalid_escape_warning(KrThread *ts, unsigned char c) {
    char ch[4] = {0};
    kr_utf8_encode(c, ch);
    return kr_warn_format(ts, &kr_exc_DeprecationWarning, 1, "invalid escape sequence '\\%s'", ch);
}

static int escape_char(KrThread *ts, KrByteBuf *b, uint32_t c, bool raw) {
    char tmp[16];
    if (raw && c < 0x100) {
        return kr_bytes_buf_addc(ts, b, (int)c);
    }
    if (!raw) {
        const char *simple = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : NULL;
        if (simple) {
            return kr_bytes_buf_add(ts, b, simple, 2);
        }
        if (c >= 0x20 && c < 0x7F) {
            return kr_bytes_buf_addc(ts, b, (int)c);
        }
    }
    int len = snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
    return kr_bytes_buf_add(ts, b, tmp, len);
}

static KrObject *escape_encode_str(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                                   KrObject *kw, bool raw) {
    if (kr_check_positional(ts, fname, nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    if (!kr_str_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
        return NULL;
    }
    KrByteBuf b = {0};
    for (intptr_t i = 0; i < KR_STR_LEN(args[0]); i++) {
        if (escape_char(ts, &b, kr_str_char_at(args[0], i), raw) < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
    }
    return kr_codecs_pair(ts, kr_bytes_buf_finish(ts, &b, false), KR_STR_LEN(args[0]));
}

static KrObject *unicode_escape_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                       KrObject *kw) {
    (void)self;
    return escape_encode_str(ts, "unicode_escape_encode", args, nargs, kw, false);
}

static KrObject *raw_unicode_escape_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                           KrObject *kw) {
    (void)self;
    return escape_encode_str(ts, "raw_unicode_escape_encode", args, nargs, kw, true);
}

// unicode_escape_decode / raw_unicode_escape_decode(data, errors=None, final=True).
static KrObject *escape_decode_str(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                                   KrObject *kw, bool raw) {
    KrObject *data;
    const char *errors;
    bool final;
    if (kr_codecs_decode_args(ts, fname, args, nargs, kw, &data, &errors, &final, true, true) < 0) {
        return NULL;
    }
    const char *encname = raw ? "rawunicodeescape" : "unicodeescape";
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(data);
    intptr_t n = KR_BYTES_SIZE(data), i = 0;
    KrStrBuilder sb;
    kr_sb_init(&sb);
    bool warned = false;
    while (i < n) {
        if (p[i] != '\\') {
            kr_sb_add_char(ts, &sb, p[i++]);
            continue;
        }
        intptr_t start = i;
        if (raw) {
            // Only \u and \U escape; a run of backslashes pairs them up.
            intptr_t j = i;
            while (j < n && p[j] == '\\') {
                j++;
            }
            intptr_t count = j - i;
            if (count % 2 == 0 || j >= n || (p[j] != 'u' && p[j] != 'U')) {
                if (!final && j >= n) {
                    break;
                }
                for (intptr_t k = i; k < j; k++) {
                    kr_sb_add_char(ts, &sb, '\\');
                }
                i = j;
                continue;
            }
            for (intptr_t k = i; k < j - 1; k++) {
                kr_sb_add_char(ts, &sb, '\\');
            }
            start = j - 1;
            i = j - 1;
        }
        if (i + 1 >= n) {
            if (!final) {
                break;
            }
            if (kr_codecs_decode_error(ts, errors, encname, data, start, n, "\\ at end of string", &sb, &i) < 0) {
                goto error;
            }
            continue;
        }
        unsigned char c = p[i + 1];
        i += 2;
        const char *simple = raw ? NULL : strchr("\\'\"abfnrtv\n", c);
        if (simple && c) {
            static const char from[] = "\\'\"abfnrtv\n";
            static const char to[] = "\\'\"\a\b\f\n\r\t\v";
            if (c != '\n') {
                kr_sb_add_char(ts, &sb, (unsigned char)to[strchr(from, c) - from]);
            }
            continue;
        }
        if (!raw && c >= '0' && c <= '7') {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && i < n && p[i] >= '0' && p[i] <= '7'; k++) {
                v = v * 8 + (p[i++] - '0');
            }
            kr_sb_add_char(ts, &sb, v);
            continue;
        }
        int digits = c == 'x' && !raw ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        const char *reason = NULL;
        uint32_t v = 0;
        if (digits) {
            int got;
            v = read_hex(p, n, i, digits, &got);
            if (got < digits) {
                if (!final && i + got >= n) {
                    i = start;
                    break;
                }
                reason = digits == 2 ? "truncated \\xXX escape" : digits == 4 ? "truncated \\uXXXX escape"
                                                                                : "truncated \\UXXXXXXXX escape";
                i += got;
            } else {
                i += digits;
                if (v > 0x10FFFF) {
                    reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
                }
            }
        } else if (c == 'N' && !raw) {
            const unsigned char *close = i < n && p[i] == '{' ? memchr(p + i, '}', (size_t)(n - i)) : NULL;
            int64_t cp = close && close - p - i - 1 > 0 ? kr_unicode_names_lookup((const char *)p + i + 1,
                                                                                   (size_t)(close - p - i - 1))
                                                        : -1;
            if (cp < 0) {
                reason = close && close - p - i - 1 > 0 ? "unknown Unicode character name" : "malformed \\N character escape";
                i = close ? close - p + 1 : n;
            } else {
                v = (uint32_t)cp;
                i = close - p + 1;
            }
        } else {
            if (!warned && invalid_escape_warning(ts, c) < 0) {
                goto error;
            }
            warned = true;
            kr_sb_add_char(ts, &sb, '\\');
            kr_sb_add_char(ts, &sb, c);
            continue;
        }
        if (!reason) {
            kr_sb_add_char(ts, &sb, v);
        } else if (kr_codecs_decode_error(ts, errors, encname, data, start, i, reason, &sb, &i) < 0) {
            goto error;
        }
    }
    KR_DECREF(ts, data);
    return kr_codecs_pair(ts, kr_sb_finish(ts, &sb), i);
error:
    KR_DECREF(ts, data);
    kr_sb_discard(ts, &sb);
    return NULL;
}

static KrObject *unicode_escape_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                       KrObject *kw) {
    (void)self;
    return escape_decode_str(ts, "unicode_escape_decode", args, nargs, kw, false);
}

static KrObject *raw_unicode_escape_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                           KrObject *kw) {
    (void)self;
    return escape_decode_str(ts, "raw_unicode_escape_decode", args, nargs, kw, true);
}

// escape_encode(bytes, errors=None): the body of the bytes' repr.
static KrObject *escape_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_check_positional(ts, "escape_encode", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    if (!kr_bytes_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "escape_encode() argument 1 must be bytes, not %T", args[0]);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(args[0]);
    intptr_t n = KR_BYTES_SIZE(args[0]);
    KrByteBuf b = {0};
    int rc = 0;
    for (intptr_t i = 0; i < n && rc == 0; i++) {
        unsigned char c = p[i];
        if (c == '\'' || c == '\\') {
            char tmp[2] = {'\\', (char)c};
            rc = kr_bytes_buf_add(ts, &b, tmp, 2);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            char tmp[2] = {'\\', c == '\t' ? 't' : c == '\n' ? 'n' : 'r'};
            rc = kr_bytes_buf_add(ts, &b, tmp, 2);
        } else {
            rc = escape_char(ts, &b, c, false);
        }
    }
    if (rc < 0) {
        kr_bytes_buf_discard(ts, &b);
        return NULL;
    }
    return kr_codecs_pair(ts, kr_bytes_buf_finish(ts, &b, false), n);
}

// escape_decode(data, errors=None): bytes literal escapes.
static KrObject *escape_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    KrObject *data;
    const char *errors;
    if (kr_codecs_decode_args(ts, "escape_decode", args, nargs, kw, &data, &errors, NULL, false, true) < 0) {
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(data);
    intptr_t n = KR_BYTES_SIZE(data), i = 0;
    KrByteBuf b = {0};
    bool warned = false;
    while (i < n) {
        if (p[i] != '\\' || i + 1 >= n) {
            if (p[i] == '\\') {
                kr_bytes_buf_discard(ts, &b);
                KR_DECREF(ts, data);
                kr_err_set_str(ts, &kr_exc_ValueError, "Trailing \\ in string");
                return NULL;
            }
            kr_bytes_buf_addc(ts, &b, p[i++]);
            continue;
        }
        unsigned char c = p[i + 1];
        static const char from[] = "\\'\"abfnrtv";
        static const char to[] = "\\'\"\a\b\f\n\r\t\v";
        const char *hit = c ? strchr(from, c) : NULL;
        intptr_t at = i;
        i += 2;
        if (hit) {
            kr_bytes_buf_addc(ts, &b, (unsigned char)to[hit - from]);
        } else if (c == '\n') {
            continue;
        } else if (c >= '0' && c <= '7') {
            unsigned v = c - '0';
            for (int k = 0; k < 2 && i < n && p[i] >= '0' && p[i] <= '7'; k++) {
                v = v * 8 + (p[i++] - '0');
            }
            kr_bytes_buf_addc(ts, &b, (int)(v & 0xFF));
        } else if (c == 'x') {
            int got;
            uint32_t v = read_hex(p, n, i, 2, &got);
            if (got < 2) {
                if (errors && strcmp(errors, "ignore") == 0) {
                    i += got;
                    continue;
                }
                if (errors && strcmp(errors, "replace") == 0) {
                    kr_bytes_buf_addc(ts, &b, '?');
                    i += got;
                    continue;
                }
                kr_bytes_buf_discard(ts, &b);
                KR_DECREF(ts, data);
                if (errors && strcmp(errors, "strict") != 0) {
                    kr_err_format(ts, &kr_exc_ValueError, "decoding error; unknown error handling code: %s", errors);
                } else {
                    kr_err_format(ts, &kr_exc_ValueError, "invalid \\x escape at position %zd", at);
                }
                return NULL;
            }
            i += 2;
            kr_bytes_buf_addc(ts, &b, (int)v);
        } else {
            if (!warned && invalid_escape_warning(ts, c) < 0) {
                kr_bytes_buf_discard(ts, &b);
                KR_DECREF(ts, data);
                return NULL;
            }
            warned = true;
            kr_bytes_buf_addc(ts, &b, '\\');
            kr_bytes_buf_addc(ts, &b, c);
        }
    }
    KR_DECREF(ts, data);
    return kr_codecs_pair(ts, kr_bytes_buf_finish(ts, &b, false), n);
}

// readbuffer_encode(data, errors=None): the bytes of a buffer (or a str's UTF-8).
static KrObject *readbuffer_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kw) {
    (void)self;
    KrObject *data;
    const char *errors;
    if (kr_codecs_decode_args(ts, "readbuffer_encode", args, nargs, kw, &data, &errors, NULL, false, true) < 0) {
        return NULL;
    }
    return kr_codecs_pair(ts, data, KR_BYTES_SIZE(data));
}

#define FN(name) {#name, name, KR_METH_VARARGS, false, false, NULL}
const KrMethodDef kr_codecs_escape_fns[] = {
    FN(unicode_escape_encode), FN(unicode_escape_decode), FN(raw_unicode_escape_encode),
    FN(raw_unicode_escape_decode), FN(escape_encode), FN(escape_decode), FN(readbuffer_encode),
    {NULL, NULL, 0, false, false, NULL},
};
