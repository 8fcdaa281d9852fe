// SPDX-License-Identifier: MIT
// The built-in codecs (utf-8, ascii, latin-1) with their error handlers, str.encode and bytes.decode's engine.
#include <stdio.h>
#include <string.h>

#include "../base/utf8.h"
#include "../vm/import.h"
#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "str_impl.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

typedef enum {
    ERR_STRICT,
    ERR_IGNORE,
    ERR_REPLACE,
    ERR_BACKSLASH,
    ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS,
    ERR_XMLCHARREF,
    ERR_UNKNOWN,
} ErrHandler;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

// Looks an encoding name up as CPython's normalization does (case and
// '-'/' ' versus '_' don't matter); -1 with LookupError when unknown.
static int lookup_codec(KrThread *ts, const char *name) {
    if (!name) {
        return CODEC_UTF8;
    }
    char norm[32];
    size_t n = strlen(name);
    if (n < sizeof norm) {
        for (size_t i = 0; i <= n; i++) {
            char c = name[i];
            norm[i] = c == '-' || c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        static const struct {
            const char *name;
            Codec codec;
        } aliases[] = {
            {"utf_8", CODEC_UTF8},      {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
            {"utf", CODEC_UTF8},        {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
            {"us_ascii", CODEC_ASCII},  {"646", CODEC_ASCII},         {"us", CODEC_ASCII},
            {"latin_1", CODEC_LATIN1},  {"latin1", CODEC_LATIN1},     {"latin", CODEC_LATIN1},
            {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
            {"cp819", CODEC_LATIN1},    {"l1", CODEC_LATIN1},         {"iso_ir_100", CODEC_LATIN1},
        };
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
            if (strcmp(norm, aliases[i].name) == 0) {
                return (int)aliases[i].codec;
            }
        }
    }
    return -1;
}

void kr_codec_wrap_error(KrThread *ts, const char *verb, const char *encoding) {
    static KrType *const simple[] = {&kr_exc_TypeError,  &kr_exc_ValueError,    &kr_exc_UnicodeError,
                                     &kr_exc_LookupError, &kr_exc_RuntimeError, &kr_exc_AttributeError,
                                     &kr_exc_IndexError, &kr_exc_OverflowError, &kr_exc_NotImplementedError};
    if (!ts->exc) {
        return;
    }
    KrType *type = KR_TYPE(ts->exc);
    bool ok = false;
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++) {
        ok = ok || type == simple[i];
    }
    if (!ok) {
        return;
    }
    KrObject *orig = kr_err_fetch(ts);
    KrObject *msg = kr_str_from_format(ts, "%s with '%s' codec failed (%s: %S)", verb, encoding,
                                       kr_type_name_cstr(type), orig);
    KrObject *args = msg ? kr_tuple_pack(ts, 1, msg) : NULL;
    KrObject *exc = args ? kr_exc_new(ts, type, args) : NULL; // steals args
    KR_XDECREF(ts, msg);
    if (!exc) {
        kr_err_clear(ts);
        kr_err_restore(ts, orig);
        return;
    }
    ((KrException *)exc)->cause = KR_INCREF(orig);
    ((KrException *)exc)->suppress_context = true;
    kr_err_restore(ts, exc);
    KR_DECREF(ts, orig);
}

// An encoding or error handler the built-in engine doesn't know: the codec
// registry's (_codecs.lookup, as CPython's str.encode falls back to) does it.
// which: 0 encode, 1 decode.
static KrObject *registry_codec(KrThread *ts, const char *encoding, int which, KrObject *input, const char *errors,
                                bool wrap) {
    static const char *const verbs[] = {"encode", "decode"};
    KrObject *m = kr_import_module(ts, "_codecs");
    KrObject *name = m ? kr_str_from_cstr(ts, encoding) : NULL;
    KrObject *fn = name ? kr_getattr_cstr(ts, m, "lookup") : NULL;
    KrObject *info = fn ? kr_call(ts, fn, &name, 1, NULL) : NULL;
    KR_XDECREF(ts, fn);
    KrObject *r = NULL, *out = NULL;
    KR_XDECREF(ts, m);
    KR_XDECREF(ts, name);
    if (!info) {
        return NULL;
    }
    KrObject *text = kr_getattr_cstr(ts, info, "_is_text_encoding");
    if (!text) {
        kr_err_clear(ts);
    } else if (text == KR_FALSE) {
        kr_err_format(ts, &kr_exc_LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                      encoding, verbs[which]);
        goto done;
    }
    if (!kr_tuple_check(info) || KR_TUPLE_SIZE(info) < 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, "codec search functions must return 4-tuples");
        goto done;
    }
    KrObject *args[2] = {input, errors ? kr_str_from_cstr(ts, errors) : kr_str_from_cstr(ts, "strict")};
    r = args[1] ? kr_call(ts, KR_TUPLE_GET(info, which), args, 2, NULL) : NULL;
    KR_XDECREF(ts, args[1]);
    if (!r) {
        if (wrap) {
            kr_codec_wrap_error(ts, which ? "decoding" : "encoding", encoding);
        }
        goto done;
    }
    if (!kr_tuple_check(r) || KR_TUPLE_SIZE(r) != 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, which ? "decoder must return a tuple (object, integer)"
                                                    : "encoder must return a tuple (object, integer)");
        goto done;
    }
    out = KR_TUPLE_GET(r, 0);
    if (which == 0 && !kr_bytes_check(out)) {
        kr_err_format(ts, &kr_exc_TypeError,
                      "'%s' encoder returned '%T' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                      encoding, out);
        out = NULL;
    } else if (which == 1 && !kr_str_check(out)) {
        kr_err_format(ts, &kr_exc_TypeError,
                      "'%s' decoder returned '%T' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                      encoding, out);
        out = NULL;
    } else {
        KR_INCREF(out);
    }
done:
    KR_XDECREF(ts, text);
    KR_XDECREF(ts, r);
    KR_DECREF(ts, info);
    return out;
}

static ErrHandler lookup_errors(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                                        "surrogatepass", "xmlcharrefreplace"};
    if (!errors) {
        return ERR_STRICT;
    }
    for (int i = 0; i < 7; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return (ErrHandler)i;
        }
    }
    return ERR_UNKNOWN;
}

int kr_codec_args(KrThread *ts, const char *fname, KrObject *enc, KrObject *err, const char **encoding,
                  const char **errors) {
    KrObject *objs[2] = {enc, err};
    const char *names[2] = {"encoding", "errors"};
    const char **outs[2] = {encoding, errors};
    for (int i = 0; i < 2; i++) {
        *outs[i] = NULL;
        if (!objs[i]) {
            continue;
        }
        if (!kr_str_check(objs[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, names[i],
                          kr_arg_type_name(objs[i]));
            return -1;
        }
        size_t len;
        *outs[i] = kr_str_utf8(ts, objs[i], &len);
        if (!*outs[i]) {
            return -1;
        }
        if (strlen(*outs[i]) != len) {
            kr_err_set_str(ts, &kr_exc_ValueError, "embedded null character");
            return -1;
        }
    }
    return 0;
}

// Raises UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason).
static void raise_unicode(KrThread *ts, KrType *type, Codec codec, KrObject *object, intptr_t start, intptr_t end,
                          const char *reason) {
    KrObject *enc = kr_str_from_cstr(ts, codec_names[codec]);
    KrObject *s = enc ? kr_int_from_i64(ts, start) : NULL;
    KrObject *e = s ? kr_int_from_i64(ts, end) : NULL;
    KrObject *r = e ? kr_str_from_cstr(ts, reason) : NULL;
    KrObject *args = r ? kr_tuple_pack(ts, 5, enc, object, s, e, r) : NULL;
    KR_XDECREF(ts, enc);
    KR_XDECREF(ts, s);
    KR_XDECREF(ts, e);
    KR_XDECREF(ts, r);
    if (args) {
        KrObject *exc = kr_exc_new(ts, type, args);
        if (exc) {
            kr_err_set_object(ts, exc);
        }
    }
}

static void unknown_handler(KrThread *ts, const char *errors) {
    kr_err_format(ts, &kr_exc_LookupError, "unknown error handler name '%s'", errors);
}

// ---- decoding ---------------------------------------------------------------------------

static const char *utf8_reason(const char *p, intptr_t n, intptr_t i, int k, int bad) {
    unsigned char lead = (unsigned char)p[i];
    if (k == -1 && !(lead >= 0xC2 && lead <= 0xF4)) {
        return "invalid start byte";
    }
    if (i + bad >= n) {
        return "unexpected end of data";
    }
    return "invalid continuation byte";
}

KrObject *kr_codec_decode(KrThread *ts, const char *p, intptr_t n, const char *encoding, const char *errors) {
    int codec = lookup_codec(ts, encoding);
    if (codec < 0 || lookup_errors(errors) == ERR_UNKNOWN) {
        KrObject *input = kr_bytes_from(ts, p, (size_t)n);
        KrObject *r = input ? registry_codec(ts, encoding ? encoding : "utf-8", 1, input, errors, codec < 0) : NULL;
        KR_XDECREF(ts, input);
        return r;
    }
    if (codec == CODEC_LATIN1) {
        return kr_str_from_kind(ts, 1, p, n);
    }
    if (codec == CODEC_UTF8 && kr_utf8_validate(p, (size_t)n, NULL, NULL) == (size_t)n) {
        return kr_str_from_utf8(ts, p, (size_t)n);
    }
    ErrHandler h = lookup_errors(errors);
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            kr_sb_add_char(ts, &sb, c);
            i++;
            continue;
        }
        int k = 1, bad = 1;
        uint32_t cp = c;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_UTF8) {
            k = kr_utf8_decode(p + i, (size_t)(n - i), &cp);
            if (k > 0) {
                kr_sb_add_char(ts, &sb, cp);
                i += k;
                continue;
            }
            bad = k < 0 ? -k : 1;
            reason = utf8_reason(p, n, i, k, bad);
        }
        switch (h) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            kr_sb_add_char(ts, &sb, 0xFFFD);
            break;
        case ERR_BACKSLASH:
            for (int j = 0; j < bad; j++) {
                char tmp[8];
                snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned char)p[i + j]);
                kr_sb_add_cstr(ts, &sb, tmp);
            }
            break;
        case ERR_SURROGATEESCAPE:
            for (int j = 0; j < bad; j++) {
                kr_sb_add_char(ts, &sb, 0xDC00 + (unsigned char)p[i + j]);
            }
            break;
        case ERR_SURROGATEPASS:
            // A three-byte encoded surrogate (ED A0..BF xx) decodes to the surrogate itself.
            if (codec == CODEC_UTF8 && c == 0xED && i + 2 < n && ((unsigned char)p[i + 1] & 0xE0) == 0xA0 &&
                ((unsigned char)p[i + 2] & 0xC0) == 0x80) {
                kr_sb_add_char(ts, &sb, 0xD000 | (((unsigned char)p[i + 1] & 0x3F) << 6) | ((unsigned char)p[i + 2] & 0x3F));
                bad = 3;
                break;
            }
            goto strict;
        case ERR_XMLCHARREF:
            kr_sb_discard(ts, &sb);
            kr_err_set_str(ts, &kr_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
            return NULL;
        case ERR_UNKNOWN:
            kr_sb_discard(ts, &sb);
            unknown_handler(ts, errors);
            return NULL;
        default:
        strict: {
            kr_sb_discard(ts, &sb);
            KrObject *obj = kr_bytes_from(ts, p, (size_t)n);
            if (obj) {
                raise_unicode(ts, &kr_exc_UnicodeDecodeError, (Codec)codec, obj, i, i + bad, reason);
                KR_DECREF(ts, obj);
            }
            return NULL;
        }
        }
        i += bad;
    }
    return kr_sb_finish(ts, &sb);
}

// ---- encoding ---------------------------------------------------------------------------

static int add_escape(KrThread *ts, KrByteBuf *b, uint32_t c, bool xml) {
    char tmp[16];
    if (xml) {
        snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)c);
    } else if (c < 0x100) {
        snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
    } else if (c < 0x10000) {
        snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)c);
    } else {
        snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)c);
    }
    return kr_bytes_buf_add(ts, b, tmp, (intptr_t)strlen(tmp));
}

KrObject *kr_codec_encode(KrThread *ts, KrObject *str, const char *encoding, const char *errors) {
    int codec = lookup_codec(ts, encoding);
    if (codec < 0 || lookup_errors(errors) == ERR_UNKNOWN) {
        return registry_codec(ts, encoding ? encoding : "utf-8", 0, str, errors, codec < 0);
    }
    KrStr *s = (KrStr *)str;
    if (s->ascii) {
        return kr_bytes_from(ts, (const char *)s->data, (size_t)s->length);
    }
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    const char *reason = codec == CODEC_ASCII ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
    ErrHandler h = lookup_errors(errors);
    KrByteBuf b = {0};
    intptr_t n = s->length, i = 0;
    while (i < n) {
        uint32_t c = kr_str_read(s->kind, s->data, i);
        bool bad = codec == CODEC_UTF8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            char tmp[4];
            int k = codec == CODEC_UTF8 ? kr_utf8_encode(c, tmp) : (tmp[0] = (char)c, 1);
            if (kr_bytes_buf_add(ts, &b, tmp, k) < 0) {
                goto error;
            }
            i++;
            continue;
        }
        // The run of consecutive unencodable characters is one error.
        intptr_t end = i + 1;
        while (end < n) {
            uint32_t d = kr_str_read(s->kind, s->data, end);
            if (codec == CODEC_UTF8 ? !(d >= 0xD800 && d <= 0xDFFF) : d < limit) {
                break;
            }
            end++;
        }
        int rc = 0;
        for (intptr_t j = i; j < end && rc == 0; j++) {
            uint32_t d = kr_str_read(s->kind, s->data, j);
            switch (h) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                rc = kr_bytes_buf_addc(ts, &b, '?');
                break;
            case ERR_BACKSLASH:
            case ERR_XMLCHARREF:
                rc = add_escape(ts, &b, d, h == ERR_XMLCHARREF);
                break;
            case ERR_SURROGATEESCAPE:
                if (d >= 0xDC80 && d <= 0xDCFF) {
                    rc = kr_bytes_buf_addc(ts, &b, (int)(d - 0xDC00));
                    break;
                }
                // As CPython: the error covers the rest of the run from the first unescapable character.
                raise_unicode(ts, &kr_exc_UnicodeEncodeError, (Codec)codec, str, j, end, reason);
                goto error;
            case ERR_SURROGATEPASS:
                if (codec == CODEC_UTF8) {
                    char tmp[4];
                    rc = kr_bytes_buf_add(ts, &b, tmp, kr_utf8_encode(d, tmp));
                    break;
                }
                raise_unicode(ts, &kr_exc_UnicodeEncodeError, (Codec)codec, str, i, end, reason);
                goto error;
            case ERR_UNKNOWN:
                unknown_handler(ts, errors);
                goto error;
            default:
                raise_unicode(ts, &kr_exc_UnicodeEncodeError, (Codec)codec, str, i, end, reason);
                goto error;
            }
        }
        if (rc < 0) {
            goto error;
        }
        i = end;
    }
    return kr_bytes_buf_finish(ts, &b, false);
error:
    kr_bytes_buf_discard(ts, &b);
    return NULL;
}

// str.encode(encoding='utf-8', errors='strict').
KrObject *kr_str_codec_encode_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    KrObject *a[2];
    if (kr_str_methods_bind(ts, "encode", args, nargs, kwnames, names, 2, a) < 0) {
        return NULL;
    }
    const char *enc, *err;
    if (kr_codec_args(ts, "encode", a[0], a[1], &enc, &err) < 0) {
        return NULL;
    }
    return kr_codec_encode(ts, self, enc, err);
}
