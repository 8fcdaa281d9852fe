// SPDX-License-Identifier: MIT
// The _codecs codec functions: UTF-8/16/32, ASCII, Latin-1 and charmap, with error handler calls.
#include <stdio.h>
#include <string.h>

#include "codecs_impl.h"

#include "../base/utf8.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../vm/vm.h"

KrObject *kr_codecs_pair(KrThread *ts, KrObject *value, intptr_t n) {
    KrObject *num = value ? kr_int_from_i64(ts, n) : NULL;
    KrObject *r = num ? kr_tuple_pack(ts, 2, value, num) : NULL;
    KR_XDECREF(ts, value);
    KR_XDECREF(ts, num);
    return r;
}

int kr_codecs_utf_kind(const char *encoding, int *big) {
    char norm[32];
    size_t n = strlen(encoding);
    if (n >= sizeof norm) {
        return -1;
    }
    for (size_t i = 0; i <= n; i++) {
        char c = encoding[i];
        norm[i] = c == '-' || c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    *big = strstr(norm, "_be") != NULL;
    if (strcmp(norm, "utf_8") == 0 || strcmp(norm, "utf8") == 0) {
        return 0;
    }
    if (strncmp(norm, "utf_16", 6) == 0 || strncmp(norm, "utf16", 5) == 0) {
        return 2;
    }
    if (strncmp(norm, "utf_32", 6) == 0 || strncmp(norm, "utf32", 5) == 0) {
        return 4;
    }
    return -1;
}

int kr_codecs_put_unit(KrThread *ts, KrByteBuf *b, uint32_t c, int unit, int big) {
    char tmp[4];
    if (unit == 0) {
        return kr_bytes_buf_add(ts, b, tmp, kr_utf8_encode(c, tmp));
    }
    for (int j = 0; j < unit; j++) {
        int shift = big ? 8 * (unit - 1 - j) : 8 * j;
        tmp[j] = (char)((c >> shift) & 0xFF);
    }
    return kr_bytes_buf_add(ts, b, tmp, unit);
}

static KrObject *make_unicode_error(KrThread *ts, KrType *type, const char *encoding, KrObject *input,
                                    intptr_t start, intptr_t end, const char *reason) {
    KrObject *enc = kr_str_from_cstr(ts, encoding);
    KrObject *s = enc ? kr_int_from_i64(ts, start) : NULL;
    KrObject *e = s ? kr_int_from_i64(ts, end) : NULL;
    KrObject *r = e ? kr_str_from_cstr(ts, reason) : NULL;
    KrObject *args = r ? kr_tuple_pack(ts, 5, enc, input, s, e, r) : NULL;
    KR_XDECREF(ts, enc);
    KR_XDECREF(ts, s);
    KR_XDECREF(ts, e);
    KR_XDECREF(ts, r);
    return args ? kr_exc_new(ts, type, args) : NULL; // steals args
}

// Calls the handler; returns its (replacement, newpos) result checked, *pos resolved.
static KrObject *call_handler(KrThread *ts, const char *errors, KrObject *exc, intptr_t len, intptr_t *pos,
                              bool encode) {
    KrObject *h = kr_codecs_lookup_error(ts, errors);
    KrObject *r = h ? kr_call(ts, h, &exc, 1, NULL) : NULL;
    KR_XDECREF(ts, h);
    if (!r) {
        return NULL;
    }
    if (!kr_tuple_check(r) || KR_TUPLE_SIZE(r) != 2 || !kr_int_check(KR_TUPLE_GET(r, 1)) ||
        !(kr_str_check(KR_TUPLE_GET(r, 0)) || (encode && kr_bytes_check(KR_TUPLE_GET(r, 0))))) {
        KR_DECREF(ts, r);
        kr_err_set_str(ts, &kr_exc_TypeError, encode ? "encoding error handler must return (str/bytes, int) tuple"
                                                     : "decoding error handler must return (str, int) tuple");
        return NULL;
    }
    intptr_t p = kr_int_as_ssize(ts, KR_TUPLE_GET(r, 1));
    if (p < 0) {
        p += len;
    }
    if (p < 0 || p > len) {
        KR_DECREF(ts, r);
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_IndexError, "position %zd from error handler out of bounds",
                          (intptr_t)kr_int_as_ssize(ts, KR_TUPLE_GET(r, 1)));
        }
        return NULL;
    }
    *pos = p;
    return r;
}

int kr_codecs_decode_error(KrThread *ts, const char *errors, const char *encoding, KrObject *input, intptr_t start,
                           intptr_t end, const char *reason, KrStrBuilder *sb, intptr_t *pos) {
    KrObject *exc = make_unicode_error(ts, &kr_exc_UnicodeDecodeError, encoding, input, start, end, reason);
    if (!exc) {
        return -1;
    }
    KrObject *r = call_handler(ts, errors, exc, KR_BYTES_SIZE(input), pos, false);
    KR_DECREF(ts, exc);
    if (!r) {
        return -1;
    }
    kr_sb_add_str(ts, sb, KR_TUPLE_GET(r, 0));
    KR_DECREF(ts, r);
    return 0;
}

// ---- encoding: one loop for every codec, a per-character writer ---------------------------

// Writes one character: 0 done, 1 unencodable, -1 error.
typedef int (*PutChar)(KrThread *ts, KrByteBuf *b, uint32_t c, void *ctx);

typedef struct {
    int unit, big;
    uint32_t limit;     // characters >= limit are unencodable (ascii, latin-1)
    KrObject *mapping;  // charmap
} EncCtx;

static int put_limited(KrThread *ts, KrByteBuf *b, uint32_t c, void *ctx) {
    EncCtx *e = ctx;
    if (c >= e->limit) {
        return 1;
    }
    return kr_bytes_buf_addc(ts, b, (int)c);
}

static int put_utf(KrThread *ts, KrByteBuf *b, uint32_t c, void *ctx) {
    EncCtx *e = ctx;
    if (c >= 0xD800 && c <= 0xDFFF) {
        return 1;
    }
    if (e->unit == 2 && c >= 0x10000) {
        c -= 0x10000;
        if (kr_codecs_put_unit(ts, b, 0xD800 | (c >> 10), 2, e->big) < 0) {
            return -1;
        }
        return kr_codecs_put_unit(ts, b, 0xDC00 | (c & 0x3FF), 2, e->big);
    }
    return kr_codecs_put_unit(ts, b, c, e->unit, e->big);
}

static int put_charmap(KrThread *ts, KrByteBuf *b, uint32_t c, void *ctx) {
    EncCtx *e = ctx;
    KrObject *key = kr_int_from_i64(ts, c);
    KrObject *v = key ? kr_getitem(ts, e->mapping, key) : NULL;
    KR_XDECREF(ts, key);
    if (!v) {
        if (kr_err_matches(ts, &kr_exc_LookupError)) {
            kr_err_clear(ts);
            return 1;
        }
        return -1;
    }
    int rc = 1;
    if (kr_int_check(v)) {
        int ovf = 0;
        int64_t x = kr_int_as_i64(v, &ovf);
        if (ovf || x < 0 || x > 255) {
            kr_err_set_str(ts, &kr_exc_TypeError, "character mapping must be in range(256)");
            rc = -1;
        } else {
            rc = kr_bytes_buf_addc(ts, b, (int)x);
        }
    } else if (kr_bytes_check(v)) {
        rc = kr_bytes_buf_add(ts, b, KR_BYTES_DATA(v), KR_BYTES_SIZE(v));
    } else if (v != KR_NONE) {
        kr_err_format(ts, &kr_exc_TypeError, "character mapping must return integer, bytes or None, not %T", v);
        rc = -1;
    }
    KR_DECREF(ts, v);
    return rc;
}

static KrObject *encode_loop(KrThread *ts, KrObject *str, const char *errors, const char *encoding,
                             const char *reason, PutChar put, void *ctx) {
    KrByteBuf b = {0};
    intptr_t n = KR_STR_LEN(str), i = 0;
    while (i < n) {
        int rc = put(ts, &b, kr_str_char_at(str, i), ctx);
        if (rc < 0) {
            goto error;
        }
        if (rc == 0) {
            i++;
            continue;
        }
        // The error covers the run of unencodable characters.
        intptr_t end = i + 1;
        KrByteBuf probe = {0};
        while (end < n) {
            int r2 = put(ts, &probe, kr_str_char_at(str, end), ctx);
            if (r2 < 0) {
                kr_bytes_buf_discard(ts, &probe);
                goto error;
            }
            if (r2 == 0) {
                break;
            }
            end++;
        }
        kr_bytes_buf_discard(ts, &probe);
        KrObject *exc = make_unicode_error(ts, &kr_exc_UnicodeEncodeError, encoding, str, i, end, reason);
        if (!exc) {
            goto error;
        }
        intptr_t pos;
        KrObject *r = call_handler(ts, errors, exc, n, &pos, true);
        if (!r) {
            KR_DECREF(ts, exc);
            goto error;
        }
        KrObject *rep = KR_TUPLE_GET(r, 0);
        int bad = 0;
        if (kr_bytes_check(rep)) {
            bad = kr_bytes_buf_add(ts, &b, KR_BYTES_DATA(rep), KR_BYTES_SIZE(rep)) < 0 ? -1 : 0;
        } else {
            for (intptr_t k = 0; k < KR_STR_LEN(rep) && !bad; k++) {
                uint32_t c = kr_str_char_at(rep, k);
                bad = put(ts, &b, c, ctx);
            }
        }
        KR_DECREF(ts, r);
        if (bad > 0) {
            kr_err_set_object(ts, exc);
            goto error;
        }
        KR_DECREF(ts, exc);
        if (bad < 0) {
            goto error;
        }
        i = pos;
    }
    return kr_bytes_buf_finish(ts, &b, false);
error:
    kr_bytes_buf_discard(ts, &b);
    return NULL;
}

// Parses (str, errors=None) of an encode function.
static int encode_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                       size_t max, KrObject **a, const char **errors) {
    if (kr_check_positional(ts, fname, nargs, kwnames, 1, max) < 0) {
        return -1;
    }
    for (size_t i = 0; i < max; i++) {
        a[i] = i < nargs ? args[i] : NULL;
    }
    if (!kr_str_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument 1 must be str, not %T", fname, a[0]);
        return -1;
    }
    *errors = NULL;
    if (a[1] && a[1] != KR_NONE) {
        if (!kr_str_check(a[1])) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() argument 2 must be str or None, not %T", fname, a[1]);
            return -1;
        }
        *errors = kr_str_utf8(ts, a[1], NULL);
    }
    return *errors || !a[1] || a[1] == KR_NONE ? 0 : -1;
}

static KrObject *simple_encode(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kw,
                               const char *encoding, const char *reason, uint32_t limit) {
    KrObject *a[2];
    const char *errors;
    if (encode_args(ts, fname, args, nargs, kw, 2, a, &errors) < 0) {
        return NULL;
    }
    EncCtx ctx = {0, 0, limit, NULL};
    KrObject *r = encode_loop(ts, a[0], errors, encoding, reason, limit ? put_limited : put_utf, &ctx);
    return kr_codecs_pair(ts, r, KR_STR_LEN(a[0]));
}

static KrObject *utf_8_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return simple_encode(ts, "utf_8_encode", args, nargs, kw, "utf-8", "surrogates not allowed", 0);
}

static KrObject *ascii_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return simple_encode(ts, "ascii_encode", args, nargs, kw, "ascii", "ordinal not in range(128)", 128);
}

static KrObject *latin_1_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return simple_encode(ts, "latin_1_encode", args, nargs, kw, "latin-1", "ordinal not in range(256)", 256);
}

// utf_16_encode(str, errors=None, byteorder=0): byteorder 0 writes a BOM then little-endian.
static KrObject *utf_n_encode(KrThread *ts, const char *fname, int unit, int order, KrObject *const *args,
                              size_t nargs, KrObject *kw) {
    KrObject *a[3];
    const char *errors;
    if (encode_args(ts, fname, args, nargs, kw, order == 0 ? 3 : 2, a, &errors) < 0) {
        return NULL;
    }
    if (order == 0 && a[2]) {
        int ovf = 0;
        if (!kr_int_check(a[2])) {
            kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", a[2]);
            return NULL;
        }
        int64_t v = kr_int_as_i64(a[2], &ovf);
        order = v < 0 ? -1 : v > 0 ? 1 : 0;
    }
    char name[16];
    snprintf(name, sizeof name, "utf-%d%s", unit * 8, order == 0 ? "" : order < 0 ? "-le" : "-be");
    EncCtx ctx = {unit, order > 0, 0, NULL};
    KrByteBuf b = {0};
    if (order == 0 && kr_codecs_put_unit(ts, &b, 0xFEFF, unit, 0) < 0) {
        return NULL;
    }
    KrObject *body = encode_loop(ts, a[0], errors, name, "surrogates not allowed", put_utf, &ctx);
    if (body && b.n) {
        int rc = kr_bytes_buf_add(ts, &b, KR_BYTES_DATA(body), KR_BYTES_SIZE(body));
        KR_DECREF(ts, body);
        body = rc < 0 ? NULL : kr_bytes_buf_finish(ts, &b, false);
    } else {
        kr_bytes_buf_discard(ts, &b);
    }
    return kr_codecs_pair(ts, body, KR_STR_LEN(a[0]));
}

#define UTF_ENCODER(fn, unit, order)                                                                                  \
    static KrObject *fn(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {           \
        (void)self;                                                                                                   \
        return utf_n_encode(ts, #fn, unit, order, args, nargs, kw);                                                   \
    }
UTF_ENCODER(utf_16_encode, 2, 0)
UTF_ENCODER(utf_16_le_encode, 2, -1)
UTF_ENCODER(utf_16_be_encode, 2, 1)
UTF_ENCODER(utf_32_encode, 4, 0)
UTF_ENCODER(utf_32_le_encode, 4, -1)
UTF_ENCODER(utf_32_be_encode, 4, 1)

static KrObject *charmap_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    KrObject *a[3];
    const char *errors;
    if (encode_args(ts, "charmap_encode", args, nargs, kw, 3, a, &errors) < 0) {
        return NULL;
    }
    EncCtx ctx = {0, 0, 256, a[2] && a[2] != KR_NONE ? a[2] : NULL};
    KrObject *r = ctx.mapping ? encode_loop(ts, a[0], errors, "charmap", "character maps to <undefined>",
                                            put_charmap, &ctx)
                              : encode_loop(ts, a[0], errors, "latin-1", "ordinal not in range(256)", put_limited, &ctx);
    return kr_codecs_pair(ts, r, KR_STR_LEN(a[0]));
}

// charmap_build(decoding_table): the encoding map {ord(ch): index}.
static KrObject *charmap_build(KrThread *ts, KrObject *self, KrObject *table) {
    (void)self;
    if (!kr_str_check(table)) {
        kr_err_format(ts, &kr_exc_TypeError, "charmap_build() argument must be str, not %T", table);
        return NULL;
    }
    KrObject *d = kr_dict_new(ts);
    for (intptr_t i = 0; d && i < KR_STR_LEN(table); i++) {
        KrObject *k = kr_int_from_i64(ts, kr_str_char_at(table, i));
        KrObject *v = k ? kr_int_from_i64(ts, i) : NULL;
        if (!v || kr_dict_set_item(ts, d, k, v) < 0) {
            KR_CLEAR(ts, d);
        }
        KR_XDECREF(ts, k);
        KR_XDECREF(ts, v);
    }
    return d;
}

// ---- decoding -----------------------------------------------------------------------------

int kr_codecs_decode_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                          KrObject **data, const char **errors, bool *final, bool def, bool allow_str) {
    size_t max = final ? 3 : 2;
    if (kr_check_positional(ts, fname, nargs, kwnames, 1, max) < 0) {
        return -1;
    }
    *data = allow_str && kr_str_check(args[0]) ? kr_codec_encode(ts, args[0], "utf-8", NULL) : NULL;
    if (!*data) {
        const char *p;
        intptr_t n;
        if (kr_err_occurred(ts) || kr_bytes_buffer(ts, args[0], &p, &n) <= 0) {
            if (!kr_err_occurred(ts)) {
                kr_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
            }
            return -1;
        }
        *data = kr_bytes_check(args[0]) ? KR_INCREF(args[0]) : kr_bytes_from(ts, p, (size_t)n);
        if (!*data) {
            return -1;
        }
    }
    *errors = NULL;
    if (nargs > 1 && args[1] != KR_NONE) {
        *errors = kr_str_check(args[1]) ? kr_str_utf8(ts, args[1], NULL) : NULL;
        if (!*errors) {
            if (!kr_err_occurred(ts)) {
                kr_err_format(ts, &kr_exc_TypeError, "%s() argument 2 must be str or None, not %T", fname, args[1]);
            }
            KR_CLEAR(ts, *data);
            return -1;
        }
    }
    if (final) {
        *final = def;
        if (nargs > 2) {
            int t = kr_is_true(ts, args[2]);
            if (t < 0) {
                KR_CLEAR(ts, *data);
                return -1;
            }
            *final = t;
        }
    }
    return 0;
}

// Decodes with the builtin engine; its UnicodeDecodeErrors go through the handler named `errors`.
static KrObject *engine_decode(KrThread *ts, KrObject *data, intptr_t n, const char *encoding, const char *errors,
                               const char *errname) {
    const char *p = KR_BYTES_DATA(data);
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t pos = 0;
    while (pos < n) {
        KrObject *s = kr_codec_decode(ts, p + pos, n - pos, encoding, NULL);
        if (s) {
            kr_sb_add_str(ts, &sb, s);
            KR_DECREF(ts, s);
            break;
        }
        if (!kr_err_matches(ts, &kr_exc_UnicodeDecodeError)) {
            goto error;
        }
        KrObject *exc = kr_err_fetch(ts);
        KrObject *so = kr_getattr_cstr(ts, exc, "start");
        KrObject *eo = so ? kr_getattr_cstr(ts, exc, "end") : NULL;
        KrObject *ro = eo ? kr_getattr_cstr(ts, exc, "reason") : NULL;
        intptr_t start = so ? kr_int_as_ssize(ts, so) : 0, end = eo ? kr_int_as_ssize(ts, eo) : 0;
        const char *reason = ro ? kr_str_utf8(ts, ro, NULL) : NULL;
        KR_DECREF(ts, exc);
        KR_XDECREF(ts, so);
        KR_XDECREF(ts, eo);
        if (!reason) {
            KR_XDECREF(ts, ro);
            goto error;
        }
        KrObject *prefix = kr_codec_decode(ts, p + pos, start, encoding, NULL);
        if (prefix) {
            kr_sb_add_str(ts, &sb, prefix);
            KR_DECREF(ts, prefix);
        }
        int rc = prefix ? kr_codecs_decode_error(ts, errors, errname, data, pos + start, pos + end, reason, &sb, &pos)
                        : -1;
        KR_DECREF(ts, ro);
        if (rc < 0) {
            goto error;
        }
    }
    return kr_sb_finish(ts, &sb);
error:
    kr_sb_discard(ts, &sb);
    return NULL;
}

// The length of data minus an incomplete UTF-8 sequence at its end (kept for the next call).
static intptr_t utf8_complete(const unsigned char *p, intptr_t n) {
    for (intptr_t back = 1; back <= 3 && back <= n; back++) {
        unsigned char c = p[n - back];
        if ((c & 0xC0) == 0x80) {
            continue;
        }
        int need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
        if (need > back) {
            uint32_t cp;
            // Only a prefix that could still become valid waits for more data.
            int k = kr_utf8_decode((const char *)p + n - back, (size_t)back, &cp);
            return k == 0 || k == -back ? n - back : n;
        }
        return n;
    }
    return n;
}

// Error handlers the builtin engine implements itself (in one pass).
static bool builtin_errors(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape"};
    for (size_t i = 0; errors && i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return true;
        }
    }
    return !errors;
}

static KrObject *simple_decode(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kw,
                               const char *encoding, bool has_final) {
    KrObject *data;
    const char *errors;
    bool final = true;
    if (kr_codecs_decode_args(ts, fname, args, nargs, kw, &data, &errors, has_final ? &final : NULL, false, false) < 0) {
        return NULL;
    }
    intptr_t n = KR_BYTES_SIZE(data);
    if (!final) {
        n = utf8_complete((const unsigned char *)KR_BYTES_DATA(data), n);
    }
    KrObject *r = builtin_errors(errors) ? kr_codec_decode(ts, KR_BYTES_DATA(data), n, encoding, errors)
                                         : engine_decode(ts, data, n, encoding, errors, encoding);
    KR_DECREF(ts, data);
    return kr_codecs_pair(ts, r, n);
}

static KrObject *utf_8_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return simple_decode(ts, "utf_8_decode", args, nargs, kw, "utf-8", true);
}

static KrObject *ascii_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return simple_decode(ts, "ascii_decode", args, nargs, kw, "ascii", false);
}

static KrObject *latin_1_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return simple_decode(ts, "latin_1_decode", args, nargs, kw, "latin-1", false);
}

static uint32_t read_unit(const unsigned char *p, int unit, int big) {
    uint32_t c = 0;
    for (int j = 0; j < unit; j++) {
        c = c << 8 | p[big ? j : unit - 1 - j];
    }
    return c;
}

// UTF-16/32 decoding; *order: 0 detect a BOM (default little-endian), -1 little, 1 big.
static KrObject *utf_n_decode(KrThread *ts, KrObject *data, const char *errors, int unit, int *order, bool final,
                              intptr_t *consumed) {
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(data);
    intptr_t n = KR_BYTES_SIZE(data), i = 0;
    if (*order == 0 && n >= unit) {
        uint32_t le = read_unit(p, unit, 0);
        if (le == 0xFEFF || le == (unit == 2 ? 0xFFFE : 0xFFFE0000)) {
            *order = le == 0xFEFF ? -1 : 1;
            i = unit;
        }
    }
    int big = *order > 0;
    char name[16];
    snprintf(name, sizeof name, "utf-%d-%s", unit * 8, big ? "be" : "le");
    KrStrBuilder sb;
    kr_sb_init(&sb);
    while (i < n) {
        const char *reason = NULL;
        intptr_t end = i + unit;
        if (n - i < unit) {
            if (!final) {
                break;
            }
            reason = "truncated data";
            end = n;
        } else {
            uint32_t c = read_unit(p + i, unit, big);
            if (unit == 4) {
                reason = c > 0x10FFFF ? "code point not in range(0x110000)"
                         : c >= 0xD800 && c <= 0xDFFF ? "code point in surrogate code point range(0xd800, 0xe000)"
                                                      : NULL;
            } else if (c >= 0xDC00 && c <= 0xDFFF) {
                reason = "illegal encoding";
            } else if (c >= 0xD800 && c <= 0xDBFF) {
                if (n - i < 4) {
                    if (!final) {
                        break;
                    }
                    reason = "unexpected end of data";
                    end = n;
                } else {
                    uint32_t d = read_unit(p + i + 2, 2, big);
                    if (d >= 0xDC00 && d <= 0xDFFF) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                        end = i + 4;
                    } else {
                        reason = "illegal UTF-16 surrogate";
                    }
                }
            }
            if (!reason) {
                kr_sb_add_char(ts, &sb, c);
                i = end;
                continue;
            }
        }
        if (kr_codecs_decode_error(ts, errors, name, data, i, end, reason, &sb, &i) < 0) {
            kr_sb_discard(ts, &sb);
            return NULL;
        }
    }
    *consumed = i;
    return kr_sb_finish(ts, &sb);
}

static KrObject *utf_n_decode_fn(KrThread *ts, const char *fname, int unit, int order, bool ex, KrObject *const *args,
                                 size_t nargs, KrObject *kw) {
    KrObject *data;
    const char *errors;
    bool final = ex;
    KrObject *fargs[3] = {nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : KR_NONE, nargs > 3 ? args[3] : KR_FALSE};
    if (ex) {
        // utf_16_ex_decode(data, errors=None, byteorder=0, final=False)
        if (kr_check_positional(ts, fname, nargs, kw, 1, 4) < 0) {
            return NULL;
        }
        if (nargs > 2) {
            int ovf = 0;
            if (!kr_int_check(args[2])) {
                kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[2]);
                return NULL;
            }
            int64_t v = kr_int_as_i64(args[2], &ovf);
            order = v < 0 ? -1 : v > 0 ? 1 : 0;
        }
        args = fargs;
        nargs = 3;
    }
    if (kr_codecs_decode_args(ts, fname, args, nargs, kw, &data, &errors, &final, false, false) < 0) {
        return NULL;
    }
    intptr_t consumed = 0;
    KrObject *s = utf_n_decode(ts, data, errors, unit, &order, final, &consumed);
    KR_DECREF(ts, data);
    if (!ex) {
        return kr_codecs_pair(ts, s, consumed);
    }
    KrObject *c = s ? kr_int_from_i64(ts, consumed) : NULL;
    KrObject *o = c ? kr_int_from_i64(ts, order) : NULL;
    KrObject *r = o ? kr_tuple_pack(ts, 3, s, c, o) : NULL;
    KR_XDECREF(ts, s);
    KR_XDECREF(ts, c);
    KR_XDECREF(ts, o);
    return r;
}

#define UTF_DECODER(fn, unit, order, ex)                                                                              \
    static KrObject *fn(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {           \
        (void)self;                                                                                                   \
        return utf_n_decode_fn(ts, #fn, unit, order, ex, args, nargs, kw);                                            \
    }
UTF_DECODER(utf_16_decode, 2, 0, false)
UTF_DECODER(utf_16_le_decode, 2, -1, false)
UTF_DECODER(utf_16_be_decode, 2, 1, false)
UTF_DECODER(utf_16_ex_decode, 2, 0, true)
UTF_DECODER(utf_32_decode, 4, 0, false)
UTF_DECODER(utf_32_le_decode, 4, -1, false)
UTF_DECODER(utf_32_be_decode, 4, 1, false)
UTF_DECODER(utf_32_ex_decode, 4, 0, true)

// charmap_decode(data, errors=None, mapping=None): mapping is a str table or a mapping of ints.
static KrObject *charmap_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_check_positional(ts, "charmap_decode", nargs, kw, 1, 3) < 0) {
        return NULL;
    }
    KrObject *mapping = nargs > 2 && args[2] != KR_NONE ? args[2] : NULL;
    if (!mapping) {
        return latin_1_decode(ts, NULL, args, nargs < 2 ? nargs : 2, NULL);
    }
    KrObject *data;
    const char *errors;
    if (kr_codecs_decode_args(ts, "charmap_decode", args, 2 < nargs ? 2 : nargs, NULL, &data, &errors, NULL, false, false) <
        0) {
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(data);
    intptr_t n = KR_BYTES_SIZE(data), i = 0;
    KrStrBuilder sb;
    kr_sb_init(&sb);
    while (i < n) {
        bool undefined = false;
        if (kr_str_check(mapping)) {
            uint32_t c = p[i] < KR_STR_LEN(mapping) ? kr_str_char_at(mapping, p[i]) : 0xFFFE;
            undefined = c == 0xFFFE;
            if (!undefined) {
                kr_sb_add_char(ts, &sb, c);
            }
        } else {
            KrObject *key = kr_int_from_i64(ts, p[i]);
            KrObject *v = key ? kr_getitem(ts, mapping, key) : NULL;
            KR_XDECREF(ts, key);
            if (!v) {
                if (!kr_err_matches(ts, &kr_exc_LookupError)) {
                    goto error;
                }
                kr_err_clear(ts);
                undefined = true;
            } else if (v == KR_NONE) {
                undefined = true;
            } else if (kr_int_check(v)) {
                int ovf = 0;
                int64_t x = kr_int_as_i64(v, &ovf);
                if (ovf || x < 0 || x > 0x10FFFF) {
                    KR_DECREF(ts, v);
                    kr_err_set_str(ts, &kr_exc_TypeError, "character mapping must be in range(0x110000)");
                    goto error;
                }
                undefined = x == 0xFFFE;
                if (!undefined) {
                    kr_sb_add_char(ts, &sb, (uint32_t)x);
                }
            } else if (kr_str_check(v)) {
                undefined = KR_STR_LEN(v) == 1 && kr_str_char_at(v, 0) == 0xFFFE;
                if (!undefined) {
                    kr_sb_add_str(ts, &sb, v);
                }
            } else {
                KR_DECREF(ts, v);
                kr_err_set_str(ts, &kr_exc_TypeError, "character mapping must return integer, None or str");
                goto error;
            }
            KR_XDECREF(ts, v);
        }
        if (!undefined) {
            i++;
        } else if (kr_codecs_decode_error(ts, errors, "charmap", data, i, i + 1, "character maps to <undefined>", &sb,
                                          &i) < 0) {
            goto error;
        }
    }
    KR_DECREF(ts, data);
    return kr_codecs_pair(ts, kr_sb_finish(ts, &sb), n);
error:
    KR_DECREF(ts, data);
    kr_sb_discard(ts, &sb);
    return NULL;
}

#define FN(name) {#name, name, KR_METH_VARARGS, false, false, NULL}
static const KrMethodDef codec_fns[] = {
    FN(utf_8_encode),     FN(utf_8_decode),     FN(ascii_encode),     FN(ascii_decode),     FN(latin_1_encode),
    FN(latin_1_decode),   FN(utf_16_encode),    FN(utf_16_le_encode), FN(utf_16_be_encode), FN(utf_16_decode),
    FN(utf_16_le_decode), FN(utf_16_be_decode), FN(utf_16_ex_decode), FN(utf_32_encode),    FN(utf_32_le_encode),
    FN(utf_32_be_encode), FN(utf_32_decode),    FN(utf_32_le_decode), FN(utf_32_be_decode), FN(utf_32_ex_decode),
    FN(charmap_encode),   FN(charmap_decode),
    {"charmap_build", charmap_build, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

int kr_codecs_add_functions(KrThread *ts, KrObject *module) {
    if (kr_module_add_functions(ts, module, codec_fns) < 0) {
        return -1;
    }
    return kr_module_add_functions(ts, module, kr_codecs_escape_fns);
}
