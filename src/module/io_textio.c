// SPDX-License-Identifier: MIT
// _io.TextIOWrapper: str over a buffered binary stream, with the UTF-8, UTF-16/32 (no BOM),
// Latin-1 and ASCII codecs of str_codec.c and universal newlines.
#include <string.h>

#include "io_impl.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

#define TIO(o) ((KrTextIO *)(o))

static const char *const codec_names[] = {"utf-8", "latin-1", "ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};

// The codec for an encoding name (CPython's normalization); -1 with LookupError.
static int lookup_codec(KrThread *ts, KrObject *name) {
    const char *s = kr_str_utf8(ts, name, NULL);
    if (!s) {
        return -1;
    }
    char norm[24];
    size_t n = strlen(s);
    if (n < sizeof norm) {
        for (size_t i = 0; i <= n; i++) {
            char c = s[i];
            norm[i] = c == '-' || c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        static const struct {
            const char *name;
            int codec;
        } table[] = {
            {"utf_8", KR_IO_CODEC_UTF8},       {"utf8", KR_IO_CODEC_UTF8},        {"u8", KR_IO_CODEC_UTF8},
            {"utf", KR_IO_CODEC_UTF8},         {"locale", KR_IO_CODEC_UTF8},      {"latin_1", KR_IO_CODEC_LATIN1},
            {"latin1", KR_IO_CODEC_LATIN1},    {"latin", KR_IO_CODEC_LATIN1},     {"iso_8859_1", KR_IO_CODEC_LATIN1},
            {"iso8859_1", KR_IO_CODEC_LATIN1}, {"l1", KR_IO_CODEC_LATIN1},        {"ascii", KR_IO_CODEC_ASCII},
            {"us_ascii", KR_IO_CODEC_ASCII},   {"646", KR_IO_CODEC_ASCII},        {"utf_16_le", KR_IO_CODEC_UTF16LE},
            {"utf_16le", KR_IO_CODEC_UTF16LE}, {"utf_16_be", KR_IO_CODEC_UTF16BE}, {"utf_16be", KR_IO_CODEC_UTF16BE},
            {"utf_32_le", KR_IO_CODEC_UTF32LE}, {"utf_32le", KR_IO_CODEC_UTF32LE}, {"utf_32_be", KR_IO_CODEC_UTF32BE},
            {"utf_32be", KR_IO_CODEC_UTF32BE},
        };
        for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
            if (strcmp(norm, table[i].name) == 0) {
                return table[i].codec;
            }
        }
    }
    kr_err_format(ts, &kr_exc_LookupError, "unknown encoding: %s", s);
    return -1;
}

static int check_ready(KrThread *ts, KrTextIO *t) {
    if (t->detached) {
        kr_err_set_str(ts, &kr_exc_ValueError, "underlying buffer has been detached");
        return -1;
    }
    if (!t->ok) {
        kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

static int check_open(KrThread *ts, KrTextIO *t) {
    if (check_ready(ts, t) < 0) {
        return -1;
    }
    int c = kr_io_bufferedio_closed_fast(t->buffer);
    if (c < 0) {
        c = kr_io_module_is_closed(ts, t->buffer);
    }
    if (c > 0) {
        kr_io_module_closed_error(ts);
        return -1;
    }
    return c;
}

// buffer.<name>() as a truth value, asked once and kept in *cache; -1 on error.
static int buffer_ask(KrThread *ts, KrTextIO *t, const char *name, signed char *cache) {
    if (*cache >= 0) {
        return *cache;
    }
    KrObject *r = kr_call_method_cstr(ts, t->buffer, name, NULL, 0);
    int v = r ? kr_is_true(ts, r) : -1;
    KR_XDECREF(ts, r);
    if (v >= 0) {
        *cache = (signed char)v;
    }
    return v;
}

// An optional str argument (NULL or None: not given).
static int opt_str(KrThread *ts, KrObject **o, const char *what) {
    if (*o == KR_NONE) {
        *o = NULL;
    }
    if (*o && !kr_str_check(*o)) {
        kr_err_format(ts, &kr_exc_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %s", what,
                      kr_type_name_cstr(KR_TYPE(*o)));
        return -1;
    }
    return 0;
}

// Applies encoding / errors / newline (each may be NULL: keep or default).
static int configure(KrThread *ts, KrTextIO *t, KrObject *encoding, KrObject *errors, KrObject *newline,
                     bool set_newline) {
    if (encoding) {
        int codec = lookup_codec(ts, encoding);
        if (codec < 0) {
            return -1;
        }
        KrObject *name = kr_str_equal_cstr(encoding, "locale") ? kr_str_from_cstr(ts, "UTF-8") : KR_INCREF(encoding);
        if (!name) {
            return -1;
        }
        t->codec = codec;
        KR_SETREF(ts, t->encoding, name);
    } else if (!t->encoding) {
        t->encoding = kr_str_from_cstr(ts, "UTF-8");
        if (!t->encoding) {
            return -1;
        }
        t->codec = KR_IO_CODEC_UTF8;
    }
    if (errors) {
        KR_SETREF(ts, t->errors, KR_INCREF(errors));
    } else if (!t->errors || encoding) {
        KrObject *strict = kr_str_from_cstr(ts, "strict");
        if (!strict) {
            return -1;
        }
        KR_SETREF(ts, t->errors, strict);
    }
    if (set_newline) {
        if (newline && newline != KR_NONE && KR_STR_LEN(newline) > 0 && !kr_str_equal_cstr(newline, "\n") &&
            !kr_str_equal_cstr(newline, "\r") && !kr_str_equal_cstr(newline, "\r\n")) {
            kr_err_format(ts, &kr_exc_ValueError, "illegal newline value: %U", newline);
            return -1;
        }
        if (kr_io_newline_parse(ts, newline, &t->nl) < 0) {
            return -1;
        }
        KR_SETREF(ts, t->newline_obj, KR_INCREF(newline ? newline : KR_NONE));
    }
    return 0;
}

static int textio_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through",
                                        NULL};
    KrObject *v[6] = {NULL};
    if (kr_parse_args(ts, "TextIOWrapper", args, nargs, kwnames, names, 1, 0, 6, v) < 0) {
        return -1;
    }
    KrTextIO *t = TIO(self);
    if (opt_str(ts, &v[1], "encoding") < 0 || opt_str(ts, &v[2], "errors") < 0 || opt_str(ts, &v[3], "newline") < 0) {
        return -1;
    }
    int lb = v[4] ? kr_is_true(ts, v[4]) : 0;
    int wt = v[5] ? kr_is_true(ts, v[5]) : 0;
    if (lb < 0 || wt < 0) {
        return -1;
    }
    t->ok = false;
    KR_CLEAR(ts, t->decoded);
    t->decoded_pos = 0;
    t->npending = 0;
    t->eof = false;
    if (configure(ts, t, v[1], v[2], v[3], true) < 0) {
        return -1;
    }
    KR_SETREF(ts, t->buffer, KR_INCREF(v[0]));
    t->can_read = t->can_write = t->can_seek = -1;
    t->line_buffering = lb;
    t->write_through = wt;
    t->chunk_size = KR_IO_DEFAULT_BUFFER_SIZE;
    t->detached = false;
    t->ok = true;
    return 0;
}

KrObject *kr_io_textio_wrap(KrThread *ts, KrObject *buffer, KrObject *encoding, KrObject *errors, KrObject *newline,
                            bool line_buffering) {
    KrObject *self = kr_io_iobase_new(ts, &kr_io_textiowrapper_type, NULL, 0, NULL);
    if (!self) {
        return NULL;
    }
    KrObject *argv[5] = {buffer, encoding ? encoding : KR_NONE, errors ? errors : KR_NONE, newline ? newline : KR_NONE,
                         kr_bool_from(line_buffering)};
    if (textio_init(ts, self, argv, 5, NULL) < 0) {
        KR_DECREF(ts, self);
        return NULL;
    }
    return self;
}

static void textio_dealloc(KrThread *ts, KrObject *o) {
    if (kr_io_module_finalize(ts, o)) {
        return;
    }
    KrTextIO *t = TIO(o);
    KR_CLEAR(ts, t->buffer);
    KR_CLEAR(ts, t->encoding);
    KR_CLEAR(ts, t->errors);
    KR_CLEAR(ts, t->newline_obj);
    KR_CLEAR(ts, t->decoded);
    KR_CLEAR(ts, t->head.dict);
    kr_object_free(ts, o);
}

static void textio_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (TIO(o)->buffer) {
        visit(ts, TIO(o)->buffer, arg);
    }
    kr_io_iobase_traverse(ts, o, visit, arg);
}

static int textio_clear(KrThread *ts, KrObject *o) {
    kr_io_module_close_once(ts, o);
    KR_CLEAR(ts, TIO(o)->buffer);
    return kr_io_iobase_clear(ts, o);
}

// ---- decoding ---------------------------------------------------------------------------

// Bytes at the end of p[0..n) that start an incomplete UTF-8 sequence.
static int incomplete_tail(const char *p, intptr_t n) {
    for (intptr_t i = n - 1; i >= 0 && i >= n - 4; i--) {
        unsigned char c = (unsigned char)p[i];
        if ((c & 0xC0) == 0x80) {
            continue;
        }
        int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return n - i < need ? (int)(n - i) : 0;
    }
    return 0;
}

// Bytes at the end of p[0..n) that don't finish a character of the codec: a partial
// UTF-8 sequence, a partial code unit, or a UTF-16 high surrogate waiting for its pair.
static int held_tail(int codec, const char *p, intptr_t n) {
    if (codec == KR_IO_CODEC_UTF8) {
        return incomplete_tail(p, n);
    }
    if (codec == KR_IO_CODEC_UTF32LE || codec == KR_IO_CODEC_UTF32BE) {
        return (int)(n % 4);
    }
    if (codec != KR_IO_CODEC_UTF16LE && codec != KR_IO_CODEC_UTF16BE) {
        return 0;
    }
    int hold = (int)(n % 2);
    intptr_t last = n - hold - 2;
    if (last >= 0) {
        unsigned char hi = (unsigned char)p[codec == KR_IO_CODEC_UTF16LE ? last + 1 : last];
        if (hi >= 0xD8 && hi <= 0xDB) {
            hold += 2;
        }
    }
    return hold;
}

// Decodes `data` (after the pending bytes) and appends it to the unconsumed text.
static int feed(KrThread *ts, KrTextIO *t, const char *data, intptr_t n, bool final) {
    KrByteBuf all = {0};
    if (kr_bytes_buf_add(ts, &all, t->pending, t->npending) < 0 || kr_bytes_buf_add(ts, &all, data, n) < 0) {
        kr_bytes_buf_discard(ts, &all);
        return -1;
    }
    int hold = final ? 0 : held_tail(t->codec, all.p, all.n);
    const char *errors = kr_str_utf8(ts, t->errors, NULL);
    KrObject *text = errors ? kr_codec_decode(ts, all.p ? all.p : "", all.n - hold, codec_names[t->codec], errors)
                            : NULL;
    if (!text) {
        kr_bytes_buf_discard(ts, &all);
        return -1;
    }
    if (hold > 0) {
        memcpy(t->pending, all.p + all.n - hold, (size_t)hold);
    }
    t->npending = hold;
    kr_bytes_buf_discard(ts, &all);
    if (t->decoded && t->decoded_pos < KR_STR_LEN(t->decoded)) {
        KrObject *rest = kr_str_substr(ts, t->decoded, t->decoded_pos, KR_STR_LEN(t->decoded));
        KrObject *joined = rest ? kr_str_concat(ts, rest, text) : NULL;
        KR_XDECREF(ts, rest);
        KR_DECREF(ts, text);
        if (!joined) {
            return -1;
        }
        text = joined;
    }
    KR_SETREF(ts, t->decoded, text);
    t->decoded_pos = 0;
    return 0;
}

// Reads one chunk from the buffer into the decoded text; sets eof at b''.
static int read_chunk(KrThread *ts, KrTextIO *t) {
    KrObject *size = kr_int_from_i64(ts, t->chunk_size);
    KrObject *data = size ? kr_call_method_cstr(ts, t->buffer, "read1", &size, 1) : NULL;
    KR_XDECREF(ts, size);
    if (!data) {
        return -1;
    }
    const char *p = "";
    intptr_t n = 0;
    if (data != KR_NONE && kr_bytes_buffer(ts, data, &p, &n) <= 0) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "underlying read1() should have returned a bytes-like object, not '%T'",
                          data);
        }
        KR_DECREF(ts, data);
        return -1;
    }
    if (data != KR_NONE && n == 0) {
        t->eof = true;
    }
    int rc = feed(ts, t, p, n, t->eof);
    KR_DECREF(ts, data);
    return rc;
}

static intptr_t avail_chars(KrTextIO *t) {
    return t->decoded ? KR_STR_LEN(t->decoded) - t->decoded_pos : 0;
}

// Takes decoded[decoded_pos:stop] with newline translation and advances.
static KrObject *consume(KrThread *ts, KrTextIO *t, intptr_t stop) {
    if (!t->decoded || stop <= t->decoded_pos) {
        return kr_str_empty(ts);
    }
    KrObject *raw = kr_str_substr(ts, t->decoded, t->decoded_pos, stop);
    if (!raw) {
        return NULL;
    }
    t->decoded_pos = stop;
    if (!t->nl.readuniversal) {
        return raw;
    }
    // Most text has no '\r': nothing to translate, only '\n' to note.
    unsigned kind = KR_STR_KIND(raw);
    const void *data = KR_STR_DATA(raw);
    intptr_t n = KR_STR_LEN(raw);
    bool cr = false, lf = false;
    for (intptr_t i = 0; i < n && !cr; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        cr = c == '\r';
        lf = lf || c == '\n';
    }
    if (!cr) {
        t->nl.seennl |= lf ? KR_IO_SEEN_LF : 0;
        return raw;
    }
    bool pending = false;
    KrObject *r = kr_io_newline_translate(ts, raw, t->nl.readtranslate, true, &pending, &t->nl.seennl);
    KR_DECREF(ts, raw);
    return r;
}

static int check_readable(KrThread *ts, KrTextIO *t) {
    if (check_open(ts, t) < 0) {
        return -1;
    }
    int r = buffer_ask(ts, t, "readable", &t->can_read);
    if (r == 0) {
        kr_io_module_raise_unsupported(ts, "not readable");
    }
    return r > 0 ? 0 : -1;
}

static KrObject *readline_impl(KrThread *ts, KrTextIO *t, int64_t limit) {
    for (;;) {
        intptr_t n = t->decoded ? KR_STR_LEN(t->decoded) : 0;
        intptr_t stop = -1;
        if (t->decoded) {
            stop = kr_io_newline_find(&t->nl, KR_STR_KIND(t->decoded), KR_STR_DATA(t->decoded), t->decoded_pos, n,
                                      t->eof);
        }
        if (limit >= 0 && t->decoded && (stop < 0 ? n : stop) - t->decoded_pos >= limit) {
            stop = t->decoded_pos + (intptr_t)limit;
            // Keep "\r\n" together: it is one character once translated.
            if (t->nl.readtranslate && stop > t->decoded_pos && stop < n &&
                kr_str_char_at(t->decoded, stop - 1) == '\r' && kr_str_char_at(t->decoded, stop) == '\n') {
                stop++;
            }
        }
        if (stop >= 0) {
            return consume(ts, t, stop);
        }
        if (t->eof) {
            return consume(ts, t, n);
        }
        if (read_chunk(ts, t) < 0) {
            return NULL;
        }
    }
}

static KrObject *textio_readline(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size = NULL;
    if (kr_parse_args(ts, "readline", args, nargs, kw, names, 0, 1, 1, &size) < 0) {
        return NULL;
    }
    if (size && !kr_int_check(size)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", size);
        return NULL;
    }
    int64_t limit = kr_io_module_size_arg(ts, size);
    if (limit == KR_IO_SIZE_ERR || check_readable(ts, TIO(self)) < 0) {
        return NULL;
    }
    return readline_impl(ts, TIO(self), limit);
}

static KrObject *textio_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size = NULL;
    if (kr_parse_args(ts, "read", args, nargs, kw, names, 0, 1, 1, &size) < 0) {
        return NULL;
    }
    KrTextIO *t = TIO(self);
    int64_t n = kr_io_module_size_arg(ts, size);
    if (n == KR_IO_SIZE_ERR || check_readable(ts, t) < 0) {
        return NULL;
    }
    if (n < 0) {
        KrObject *rest = kr_call_method_cstr(ts, t->buffer, "read", NULL, 0);
        if (!rest) {
            return NULL;
        }
        const char *p = "";
        intptr_t len = 0;
        if (rest != KR_NONE && kr_bytes_buffer_req(ts, rest, &p, &len) < 0) {
            KR_DECREF(ts, rest);
            return NULL;
        }
        int rc = feed(ts, t, p, len, true);
        KR_DECREF(ts, rest);
        if (rc < 0) {
            return NULL;
        }
        t->eof = true;
        return consume(ts, t, t->decoded ? KR_STR_LEN(t->decoded) : 0);
    }
    // One character more than needed, so a final "\r\n" isn't split.
    while (avail_chars(t) <= n && !t->eof) {
        if (read_chunk(ts, t) < 0) {
            return NULL;
        }
    }
    if (!t->decoded) {
        return kr_str_empty(ts);
    }
    intptr_t len = KR_STR_LEN(t->decoded), i = t->decoded_pos;
    for (int64_t out = 0; out < n && i < len; out++) {
        bool crlf = t->nl.readtranslate && kr_str_char_at(t->decoded, i) == '\r' && i + 1 < len &&
                    kr_str_char_at(t->decoded, i + 1) == '\n';
        i += crlf ? 2 : 1;
    }
    return consume(ts, t, i);
}

static KrObject *textio_iternext(KrThread *ts, KrObject *self) {
    KrObject *line;
    if (KR_TYPE(self) != &kr_io_textiowrapper_type) {
        line = kr_call_method_cstr(ts, self, "readline", NULL, 0);
    } else {
        line = check_readable(ts, TIO(self)) < 0 ? NULL : readline_impl(ts, TIO(self), -1);
    }
    if (line && kr_str_check(line) && KR_STR_LEN(line) == 0) {
        KR_CLEAR(ts, line);
    }
    return line;
}

// ---- writing ----------------------------------------------------------------------------

static KrObject *textio_write(KrThread *ts, KrObject *self, KrObject *text) {
    KrTextIO *t = TIO(self);
    if (check_open(ts, t) < 0) {
        return NULL;
    }
    if (!kr_str_check(text)) {
        kr_err_format(ts, &kr_exc_TypeError, "write() argument must be str, not %s", kr_type_name_cstr(KR_TYPE(text)));
        return NULL;
    }
    int w = buffer_ask(ts, t, "writable", &t->can_write);
    if (w <= 0) {
        return w == 0 ? kr_io_module_raise_unsupported(ts, "not writable") : NULL;
    }
    bool flush = false;
    if (t->line_buffering) {
        for (intptr_t i = 0; i < KR_STR_LEN(text) && !flush; i++) {
            uint32_t c = kr_str_char_at(text, i);
            flush = c == '\n' || c == '\r';
        }
    }
    // Pure ASCII is the same bytes in all three codecs: hand it to the buffer as is.
    KR_CLEAR(ts, t->decoded);
    if (((KrStr *)text)->ascii && !t->nl.writenl && t->codec <= KR_IO_CODEC_ASCII) {
        int rc = kr_io_bufferedio_write_fast(ts, t->buffer, (const char *)KR_STR_DATA(text), KR_STR_LEN(text));
        if (rc == -1) {
            return NULL;
        }
        if (rc == 0) {
            t->decoded_pos = 0;
            t->npending = 0;
            goto written;
        }
    }
    KrObject *translated = kr_io_newline_write(ts, text, t->nl.writenl);
    const char *errors = translated ? kr_str_utf8(ts, t->errors, NULL) : NULL;
    KrObject *data = errors ? kr_codec_encode(ts, translated, codec_names[t->codec], errors) : NULL;
    KR_XDECREF(ts, translated);
    if (!data) {
        return NULL;
    }
    // Read-ahead is dropped, as CPython does (the buffer's position is not rewound).
    KR_CLEAR(ts, t->decoded);
    t->decoded_pos = 0;
    t->npending = 0;
    KrObject *r = kr_call_method(ts, t->buffer, KR_ID(ts, write), &data, 1);
    KR_DECREF(ts, data);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);

written:
    if (flush) {
        r = kr_call_method(ts, t->buffer, KR_ID(ts, flush), NULL, 0);
        if (!r) {
            return NULL;
        }
        KR_DECREF(ts, r);
    }
    return kr_int_from_i64(ts, KR_STR_LEN(text));
}

static KrObject *textio_flush(KrThread *ts, KrObject *self) {
    KrTextIO *t = TIO(self);
    if (check_open(ts, t) < 0) {
        return NULL;
    }
    return kr_call_method(ts, t->buffer, KR_ID(ts, flush), NULL, 0);
}

static KrObject *textio_close(KrThread *ts, KrObject *self) {
    KrTextIO *t = TIO(self);
    if (check_ready(ts, t) < 0) {
        return NULL;
    }
    int c = kr_io_module_is_closed(ts, t->buffer);
    if (c != 0) {
        return c > 0 ? KR_INCREF(KR_NONE) : NULL;
    }
    KrObject *r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
    KrObject *exc = r ? NULL : kr_err_fetch(ts);
    KR_XDECREF(ts, r);
    r = kr_call_method_cstr(ts, t->buffer, "close", NULL, 0);
    if (exc) {
        KR_XDECREF(ts, r);
        kr_err_clear(ts);
        kr_err_restore(ts, exc);
        return NULL;
    }
    return r;
}

// ---- positioning --------------------------------------------------------------------------

// The encoded size of the unconsumed decoded text.
static int64_t unconsumed_bytes(KrTextIO *t) {
    int64_t n = t->npending;
    if (!t->decoded) {
        return n;
    }
    intptr_t len = KR_STR_LEN(t->decoded);
    if (t->codec == KR_IO_CODEC_LATIN1 || t->codec == KR_IO_CODEC_ASCII) {
        return n + (len - t->decoded_pos);
    }
    if (t->codec == KR_IO_CODEC_UTF32LE || t->codec == KR_IO_CODEC_UTF32BE) {
        return n + 4 * (len - t->decoded_pos);
    }
    bool utf16 = t->codec != KR_IO_CODEC_UTF8;
    for (intptr_t i = t->decoded_pos; i < len; i++) {
        uint32_t c = kr_str_char_at(t->decoded, i);
        n += utf16 ? (c < 0x10000 ? 2 : 4) : c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return n;
}

static int check_seekable(KrThread *ts, KrTextIO *t) {
    if (check_open(ts, t) < 0) {
        return -1;
    }
    int s = buffer_ask(ts, t, "seekable", &t->can_seek);
    if (s == 0) {
        kr_io_module_raise_unsupported(ts, "underlying stream is not seekable");
    }
    return s > 0 ? 0 : -1;
}

static KrObject *textio_tell(KrThread *ts, KrObject *self) {
    KrTextIO *t = TIO(self);
    if (check_seekable(ts, t) < 0) {
        return NULL;
    }
    KrObject *r = kr_call_method(ts, t->buffer, KR_ID(ts, flush), NULL, 0);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KrObject *pos = kr_call_method_cstr(ts, t->buffer, "tell", NULL, 0);
    if (!pos) {
        return NULL;
    }
    int64_t p = kr_io_module_size_arg(ts, pos);
    KR_DECREF(ts, pos);
    if (p == KR_IO_SIZE_ERR) {
        return NULL;
    }
    p -= unconsumed_bytes(t);
    return kr_int_from_i64(ts, p < 0 ? 0 : p);
}

static KrObject *textio_seek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "seek", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    KrTextIO *t = TIO(self);
    if (check_open(ts, t) < 0) {
        return NULL;
    }
    if (!kr_int_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "an integer is required");
        return NULL;
    }
    int ovf;
    int64_t cookie = kr_int_as_i64(args[0], &ovf);
    if (ovf && kr_int_sign(args[0]) < 0) {
        kr_err_format(ts, &kr_exc_ValueError, "negative seek position %S", args[0]);
        return NULL;
    }
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return NULL;
    }
    int64_t whence = nargs > 1 ? kr_io_module_size_arg(ts, args[1]) : 0;
    if (whence == KR_IO_SIZE_ERR && kr_err_occurred(ts)) {
        return NULL;
    }
    if (check_seekable(ts, t) < 0) {
        return NULL;
    }
    if (whence == 1) {
        if (cookie != 0) {
            return kr_io_module_raise_unsupported(ts, "can't do nonzero cur-relative seeks");
        }
        return textio_tell(ts, self);
    }
    if (whence == 2) {
        if (cookie != 0) {
            return kr_io_module_raise_unsupported(ts, "can't do nonzero end-relative seeks");
        }
    } else if (whence != 0) {
        kr_err_format(ts, &kr_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return NULL;
    } else if (cookie < 0) {
        kr_err_format(ts, &kr_exc_ValueError, "negative seek position %lld", (long long)cookie);
        return NULL;
    }
    KrObject *r = kr_call_method(ts, t->buffer, KR_ID(ts, flush), NULL, 0);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KR_CLEAR(ts, t->decoded);
    t->decoded_pos = 0;
    t->npending = 0;
    t->eof = false;
    KrObject *c = kr_int_from_i64(ts, cookie), *w = kr_int_from_i64(ts, whence);
    KrObject *argv[2] = {c, w};
    r = c && w ? kr_call_method_cstr(ts, t->buffer, "seek", argv, 2) : NULL;
    KR_XDECREF(ts, c);
    KR_XDECREF(ts, w);
    return r;
}

static KrObject *textio_truncate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "truncate", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrTextIO *t = TIO(self);
    KrObject *r = textio_flush(ts, self);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KrObject *pos = nargs ? args[0] : KR_NONE;
    return kr_call_method_cstr(ts, t->buffer, "truncate", &pos, 1);
}

// ---- configuration and delegation ---------------------------------------------------------

static KrObject *textio_detach(KrThread *ts, KrObject *self) {
    KrTextIO *t = TIO(self);
    if (check_ready(ts, t) < 0) {
        return NULL;
    }
    KrObject *r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KrObject *buffer = t->buffer;
    t->buffer = NULL;
    t->detached = true;
    return buffer;
}

static KrObject *textio_reconfigure(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    KrObject *v[5] = {NULL};
    if (kr_parse_args(ts, "reconfigure", args, nargs, kw, names, 0, 0, 0, v) < 0) {
        return NULL;
    }
    KrTextIO *t = TIO(self);
    if (check_ready(ts, t) < 0) {
        return NULL;
    }
    KrObject *enc = v[0], *err = v[1];
    if (opt_str(ts, &enc, "encoding") < 0 || opt_str(ts, &err, "errors") < 0) {
        return NULL;
    }
    if (v[2] && v[2] != KR_NONE && !kr_str_check(v[2])) {
        kr_err_format(ts, &kr_exc_TypeError, "reconfigure() argument 'newline' must be str or None, not %T", v[2]);
        return NULL;
    }
    if ((enc || v[2]) && t->decoded) {
        return kr_io_module_raise_unsupported(
            ts, "It is not possible to set the encoding or newline of stream after the first read");
    }
    KrObject *r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    if (configure(ts, t, enc, err, v[2], v[2] != NULL) < 0) {
        return NULL;
    }
    int lb = v[3] && v[3] != KR_NONE ? kr_is_true(ts, v[3]) : t->line_buffering;
    int wt = v[4] && v[4] != KR_NONE ? kr_is_true(ts, v[4]) : t->write_through;
    if (lb < 0 || wt < 0) {
        return NULL;
    }
    t->line_buffering = lb;
    t->write_through = wt;
    KR_RETURN_NONE;
}

static KrObject *forward(KrThread *ts, KrObject *self, const char *name) {
    if (check_ready(ts, TIO(self)) < 0) {
        return NULL;
    }
    return kr_call_method_cstr(ts, TIO(self)->buffer, name, NULL, 0);
}

static KrObject *textio_fileno(KrThread *ts, KrObject *self) {
    return forward(ts, self, "fileno");
}

static KrObject *textio_isatty(KrThread *ts, KrObject *self) {
    return forward(ts, self, "isatty");
}

static KrObject *textio_seekable(KrThread *ts, KrObject *self) {
    return forward(ts, self, "seekable");
}

static KrObject *textio_readable(KrThread *ts, KrObject *self) {
    return forward(ts, self, "readable");
}

static KrObject *textio_writable(KrThread *ts, KrObject *self) {
    return forward(ts, self, "writable");
}

static KrObject *textio_get_closed(KrThread *ts, KrObject *self) {
    if (check_ready(ts, TIO(self)) < 0) {
        return NULL;
    }
    return kr_getattr_cstr(ts, TIO(self)->buffer, "closed");
}

static KrObject *textio_get_name(KrThread *ts, KrObject *self) {
    if (check_ready(ts, TIO(self)) < 0) {
        return NULL;
    }
    return kr_getattr_cstr(ts, TIO(self)->buffer, "name");
}

static KrObject *textio_get_buffer(KrThread *ts, KrObject *self) {
    if (!TIO(self)->buffer) {
        KR_RETURN_NONE;
    }
    return KR_INCREF(TIO(self)->buffer);
}

static KrObject *textio_get_encoding(KrThread *ts, KrObject *self) {
    if (!TIO(self)->encoding) {
        return check_ready(ts, TIO(self)) < 0 ? NULL : KR_INCREF(KR_NONE);
    }
    return KR_INCREF(TIO(self)->encoding);
}

static KrObject *textio_get_errors(KrThread *ts, KrObject *self) {
    if (!TIO(self)->errors) {
        return check_ready(ts, TIO(self)) < 0 ? NULL : KR_INCREF(KR_NONE);
    }
    return KR_INCREF(TIO(self)->errors);
}

static KrObject *textio_get_newlines(KrThread *ts, KrObject *self) {
    KrTextIO *t = TIO(self);
    if (check_ready(ts, t) < 0) {
        return NULL;
    }
    if (!t->nl.readuniversal) {
        KR_RETURN_NONE;
    }
    return kr_io_newline_seen(ts, t->nl.seennl);
}

static KrObject *textio_get_line_buffering(KrThread *ts, KrObject *self) {
    if (check_ready(ts, TIO(self)) < 0) {
        return NULL;
    }
    return kr_bool_from(TIO(self)->line_buffering);
}

static KrObject *textio_get_write_through(KrThread *ts, KrObject *self) {
    if (check_ready(ts, TIO(self)) < 0) {
        return NULL;
    }
    return kr_bool_from(TIO(self)->write_through);
}

static KrObject *textio_get_chunk_size(KrThread *ts, KrObject *self) {
    if (check_ready(ts, TIO(self)) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, TIO(self)->chunk_size);
}

static int textio_set_chunk_size(KrThread *ts, KrObject *self, KrObject *value) {
    if (check_ready(ts, TIO(self)) < 0) {
        return -1;
    }
    int64_t n = value ? kr_io_module_size_arg(ts, value) : 0;
    if (n == KR_IO_SIZE_ERR) {
        return -1;
    }
    if (n <= 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "a strictly positive integer is required");
        return -1;
    }
    TIO(self)->chunk_size = (intptr_t)n;
    return 0;
}

// "<_io.TextIOWrapper name='f' mode='w' encoding='UTF-8'>", leaving out a
// missing name or mode.
static KrObject *textio_repr(KrThread *ts, KrObject *self) {
    KrTextIO *t = TIO(self);
    if (check_ready(ts, t) < 0) {
        return NULL;
    }
    if (kr_repr_enter(ts, self) != 0) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "reentrant call inside _io.TextIOWrapper.__repr__");
        }
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_cstr(ts, &sb, "<_io.TextIOWrapper");
    static const char *const attrs[2] = {"name", "mode"};
    for (int i = 0; i < 2; i++) {
        KrObject *v = kr_getattr_cstr(ts, self, attrs[i]);
        if (!v) {
            if (!kr_err_matches(ts, &kr_exc_AttributeError) && !kr_err_matches(ts, &kr_exc_ValueError)) {
                goto error;
            }
            kr_err_clear(ts);
            continue;
        }
        KrObject *r = kr_repr(ts, v);
        KR_DECREF(ts, v);
        if (!r) {
            goto error;
        }
        kr_sb_add_char(ts, &sb, ' ');
        kr_sb_add_cstr(ts, &sb, attrs[i]);
        kr_sb_add_char(ts, &sb, '=');
        kr_sb_add_str(ts, &sb, r);
        KR_DECREF(ts, r);
    }
    KrObject *er = kr_repr(ts, t->encoding);
    if (!er) {
        goto error;
    }
    kr_sb_add_cstr(ts, &sb, " encoding=");
    kr_sb_add_str(ts, &sb, er);
    KR_DECREF(ts, er);
    kr_sb_add_char(ts, &sb, '>');
    kr_repr_leave(ts, self);
    return kr_sb_finish(ts, &sb);

error:
    kr_repr_leave(ts, self);
    kr_sb_discard(ts, &sb);
    return NULL;
}

static const KrMethodDef textio_methods[] = {
    {"read", (void *)textio_read, KR_METH_VARARGS, false, false, NULL},
    {"readline", (void *)textio_readline, KR_METH_VARARGS, false, false, NULL},
    {"write", (void *)textio_write, KR_METH_O, false, false, NULL},
    {"flush", (void *)textio_flush, KR_METH_NOARGS, false, false, NULL},
    {"close", (void *)textio_close, KR_METH_NOARGS, false, false, NULL},
    {"tell", (void *)textio_tell, KR_METH_NOARGS, false, false, NULL},
    {"seek", (void *)textio_seek, KR_METH_VARARGS, false, false, NULL},
    {"truncate", (void *)textio_truncate, KR_METH_VARARGS, false, false, NULL},
    {"detach", (void *)textio_detach, KR_METH_NOARGS, false, false, NULL},
    {"reconfigure", (void *)textio_reconfigure, KR_METH_VARARGS, false, false, NULL},
    {"fileno", (void *)textio_fileno, KR_METH_NOARGS, false, false, NULL},
    {"isatty", (void *)textio_isatty, KR_METH_NOARGS, false, false, NULL},
    {"seekable", (void *)textio_seekable, KR_METH_NOARGS, false, false, NULL},
    {"readable", (void *)textio_readable, KR_METH_NOARGS, false, false, NULL},
    {"writable", (void *)textio_writable, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef textio_getsets[] = {
    {"closed", textio_get_closed, NULL, NULL},
    {"name", textio_get_name, NULL, NULL},
    {"buffer", textio_get_buffer, NULL, NULL},
    {"encoding", textio_get_encoding, NULL, NULL},
    {"errors", textio_get_errors, NULL, NULL},
    {"newlines", textio_get_newlines, NULL, NULL},
    {"line_buffering", textio_get_line_buffering, NULL, NULL},
    {"write_through", textio_get_write_through, NULL, NULL},
    {"_CHUNK_SIZE", textio_get_chunk_size, textio_set_chunk_size, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_textiowrapper_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(KrTextIO),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,
    .base_type = &kr_io_textiobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .dealloc = textio_dealloc,
    .traverse = textio_traverse,
    .clear = textio_clear,
    .repr = textio_repr,
    .iternext = textio_iternext,
    .new_ = kr_io_iobase_new,
    .init = textio_init,
    .methods = textio_methods,
    .getsets = textio_getsets,
};
