// SPDX-License-Identifier: MIT
// The _codecs module: the codec search registry, error handlers, and the codec functions of Lib/encodings.
#include <stdio.h>
#include <string.h>

#include "codecs_impl.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/unicode.h"
#include "../vm/import.h"
#include "../vm/vm.h"
#include "modules.h"
#include "modsupport.h"

// ---- the registry -------------------------------------------------------------------------

static int ensure_state(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (!vm->codec_search_path && !(vm->codec_search_path = kr_list_new(ts, 0))) {
        return -1;
    }
    if (!vm->codec_cache && !(vm->codec_cache = kr_dict_new(ts))) {
        return -1;
    }
    return 0;
}

// register(search_function)
static KrObject *codecs_register(KrThread *ts, KrObject *self, KrObject *fn) {
    (void)self;
    if (!kr_callable(fn)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "argument must be callable");
        return NULL;
    }
    if (ensure_state(ts) < 0 || kr_list_append(ts, ts->vm->codec_search_path, fn) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// unregister(search_function): drops it and empties the cache.
static KrObject *codecs_unregister(KrThread *ts, KrObject *self, KrObject *fn) {
    (void)self;
    if (ensure_state(ts) < 0) {
        return NULL;
    }
    KrObject *list = ts->vm->codec_search_path;
    KrObject *kept = kr_list_new(ts, 0);
    for (intptr_t i = 0; kept && i < KR_LIST_SIZE(list); i++) {
        if (KR_LIST_ITEMS(list)[i] != fn && kr_list_append(ts, kept, KR_LIST_ITEMS(list)[i]) < 0) {
            KR_CLEAR(ts, kept);
        }
    }
    if (!kept) {
        return NULL;
    }
    KR_SETREF(ts, ts->vm->codec_search_path, kept);
    KR_CLEAR(ts, ts->vm->codec_cache);
    KR_RETURN_NONE;
}

// The name as the registry keys it: lower case, spaces become underscores.
static KrObject *normalize(KrThread *ts, KrObject *name) {
    size_t n;
    const char *s = kr_str_utf8(ts, name, &n);
    if (!s) {
        return NULL;
    }
    char *buf = kr_mem_alloc(ts, n + 1);
    if (!buf) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        buf[i] = c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    KrObject *r = kr_str_from_utf8(ts, buf, n);
    kr_mem_free(ts, buf);
    return r;
}

KrObject *kr_codecs_lookup(KrThread *ts, KrObject *encoding) {
    if (!kr_str_check(encoding)) {
        kr_err_format(ts, &kr_exc_TypeError, "lookup() argument must be str, not %T", encoding);
        return NULL;
    }
    if (ensure_state(ts) < 0) {
        return NULL;
    }
    if (KR_LIST_SIZE(ts->vm->codec_search_path) == 0) {
        // The registry fills itself on first use, as CPython's does.
        KrObject *m = kr_import_module(ts, "encodings");
        if (!m) {
            return NULL;
        }
        KR_DECREF(ts, m);
    }
    KrObject *key = normalize(ts, encoding);
    if (!key) {
        return NULL;
    }
    KrObject *hit = kr_dict_get_item(ts, ts->vm->codec_cache, key);
    if (hit) {
        KR_DECREF(ts, key);
        return KR_INCREF(hit);
    }
    KrObject *list = KR_INCREF(ts->vm->codec_search_path);
    KrObject *result = NULL;
    for (intptr_t i = 0; i < KR_LIST_SIZE(list); i++) {
        KrObject *r = kr_call(ts, KR_LIST_ITEMS(list)[i], &key, 1, NULL);
        if (!r) {
            goto done;
        }
        if (r == KR_NONE) {
            KR_DECREF(ts, r);
            continue;
        }
        if (!kr_tuple_check(r) || KR_TUPLE_SIZE(r) != 4) {
            KR_DECREF(ts, r);
            kr_err_set_str(ts, &kr_exc_TypeError, "codec search functions must return 4-tuples");
            goto done;
        }
        result = r;
        break;
    }
    if (!result) {
        kr_err_format(ts, &kr_exc_LookupError, "unknown encoding: %U", encoding);
    } else if (ts->vm->codec_cache && kr_dict_set_item(ts, ts->vm->codec_cache, key, result) < 0) {
        KR_CLEAR(ts, result);
    }
done:
    KR_DECREF(ts, list);
    KR_DECREF(ts, key);
    return result;
}

static KrObject *codecs_lookup(KrThread *ts, KrObject *self, KrObject *enc) {
    (void)self;
    return kr_codecs_lookup(ts, enc);
}

// encode(obj, encoding='utf-8', errors='strict') and decode(): through the registry.
static KrObject *encode_decode(KrThread *ts, const char *fname, int which, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    static const char *const names[] = {"obj", "encoding", "errors", NULL};
    KrObject *a[3];
    if (kr_parse_args(ts, fname, args, nargs, kwnames, names, 1, 0, 3, a) < 0) {
        return NULL;
    }
    for (int i = 1; i < 3; i++) {
        if (a[i] && !kr_str_check(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() argument '%s' must be str, not %T", fname, names[i], a[i]);
            return NULL;
        }
    }
    KrObject *enc = a[1] ? KR_INCREF(a[1]) : kr_str_from_cstr(ts, "utf-8");
    KrObject *info = enc ? kr_codecs_lookup(ts, enc) : NULL;
    KR_XDECREF(ts, enc);
    if (!info) {
        return NULL;
    }
    KrObject *fn = KR_TUPLE_GET(info, which);
    KrObject *cargs[2] = {a[0], a[2]};
    KrObject *r = kr_call(ts, fn, cargs, a[2] ? 2 : 1, NULL);
    KR_DECREF(ts, info);
    if (!r) {
        const char *encname = a[1] ? kr_str_utf8(ts, a[1], NULL) : "utf-8";
        kr_codec_wrap_error(ts, which == 0 ? "encoding" : "decoding", encname ? encname : "?");
        return NULL;
    }
    if (r && (!kr_tuple_check(r) || KR_TUPLE_SIZE(r) != 2)) {
        KR_DECREF(ts, r);
        kr_err_set_str(ts, &kr_exc_TypeError, which == 0 ? "encoder must return a tuple (object, integer)"
                                                         : "decoder must return a tuple (object, integer)");
        return NULL;
    }
    KrObject *out = r ? KR_INCREF(KR_TUPLE_GET(r, 0)) : NULL;
    KR_XDECREF(ts, r);
    return out;
}

static KrObject *codecs_encode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return encode_decode(ts, "encode", 0, args, nargs, kw);
}

static KrObject *codecs_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    return encode_decode(ts, "decode", 1, args, nargs, kw);
}

// ---- error handlers -----------------------------------------------------------------------

static KrObject *builtin_handlers_module(KrThread *ts);

KrObject *kr_codecs_lookup_error(KrThread *ts, const char *name) {
    KrVM *vm = ts->vm;
    if (!vm->codec_errors) {
        KrObject *m = builtin_handlers_module(ts);
        if (!m) {
            return NULL;
        }
        KR_DECREF(ts, m);
    }
    KrObject *h = kr_dict_get_item_str(ts, vm->codec_errors, name ? name : "strict");
    if (!h) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_LookupError, "unknown error handler name '%s'", name);
        }
        return NULL;
    }
    return KR_INCREF(h);
}

static KrObject *codecs_lookup_error(KrThread *ts, KrObject *self, KrObject *name) {
    (void)self;
    if (!kr_str_check(name)) {
        kr_err_format(ts, &kr_exc_TypeError, "lookup_error() argument must be str, not %T", name);
        return NULL;
    }
    const char *s = kr_str_utf8(ts, name, NULL);
    return s ? kr_codecs_lookup_error(ts, s) : NULL;
}

static KrObject *codecs_register_error(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                       KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "register_error", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    if (!kr_str_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "register_error() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    if (!kr_callable(args[1])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "handler must be callable");
        return NULL;
    }
    KrObject *h = kr_codecs_lookup_error(ts, "strict"); // makes the table
    if (!h) {
        return NULL;
    }
    KR_DECREF(ts, h);
    if (kr_dict_set_item(ts, ts->vm->codec_errors, args[0], args[1]) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// Reads exc.start / exc.end / exc.object; -1 when exc is no UnicodeError.
static int exc_fields(KrThread *ts, KrObject *exc, intptr_t *start, intptr_t *end, KrObject **obj) {
    if (!kr_isinstance_type(exc, &kr_exc_UnicodeError)) {
        kr_err_format(ts, &kr_exc_TypeError, "don't know how to handle %T in error callback", exc);
        return -1;
    }
    KrObject *s = kr_getattr_cstr(ts, exc, "start");
    KrObject *e = s ? kr_getattr_cstr(ts, exc, "end") : NULL;
    *obj = e ? kr_getattr_cstr(ts, exc, "object") : NULL;
    int rc = *obj ? 0 : -1;
    if (!rc) {
        *start = kr_int_as_ssize(ts, s);
        *end = kr_int_as_ssize(ts, e);
        rc = kr_err_occurred(ts) ? -1 : 0;
    }
    KR_XDECREF(ts, s);
    KR_XDECREF(ts, e);
    if (rc < 0) {
        KR_XDECREF(ts, *obj);
    }
    return rc;
}

static KrObject *result_pair(KrThread *ts, KrObject *rep, intptr_t end) {
    KrObject *pos = rep ? kr_int_from_i64(ts, end) : NULL;
    KrObject *r = pos ? kr_tuple_pack(ts, 2, rep, pos) : NULL;
    KR_XDECREF(ts, rep);
    KR_XDECREF(ts, pos);
    return r;
}

static KrObject *err_strict(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    if (kr_isinstance_type(exc, &kr_exc_BaseException)) {
        kr_err_set_object(ts, KR_INCREF(exc));
    } else {
        kr_err_set_str(ts, &kr_exc_TypeError, "codec must pass exception instance");
    }
    return NULL;
}

static KrObject *err_ignore(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    intptr_t start, end;
    KrObject *obj;
    if (exc_fields(ts, exc, &start, &end, &obj) < 0) {
        return NULL;
    }
    KR_DECREF(ts, obj);
    return result_pair(ts, kr_str_empty(ts), end);
}

static KrObject *err_replace(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    intptr_t start, end;
    KrObject *obj;
    if (exc_fields(ts, exc, &start, &end, &obj) < 0) {
        return NULL;
    }
    KR_DECREF(ts, obj);
    KrStrBuilder sb;
    kr_sb_init(&sb);
    if (kr_isinstance_type(exc, &kr_exc_UnicodeEncodeError)) {
        kr_sb_add_repeat(ts, &sb, '?', (size_t)(end > start ? end - start : 0));
    } else if (kr_isinstance_type(exc, &kr_exc_UnicodeDecodeError)) {
        kr_sb_add_char(ts, &sb, 0xFFFD);
    } else {
        kr_sb_add_repeat(ts, &sb, 0xFFFD, (size_t)(end > start ? end - start : 0));
    }
    return result_pair(ts, kr_sb_finish(ts, &sb), end);
}

static void add_hex_escape(KrThread *ts, KrStrBuilder *sb, uint32_t c) {
    char tmp[16];
    snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
    kr_sb_add_cstr(ts, sb, tmp);
}

// The replacement text for chars obj[start:end] of an encode error (backslash, xmlcharref, name).
static KrObject *encode_replacement(KrThread *ts, KrObject *exc, int style) {
    intptr_t start, end;
    KrObject *obj;
    if (exc_fields(ts, exc, &start, &end, &obj) < 0) {
        return NULL;
    }
    bool encode = kr_isinstance_type(exc, &kr_exc_UnicodeEncodeError);
    if (!encode && !(style == 0 && kr_isinstance_type(exc, &kr_exc_UnicodeDecodeError))) {
        KR_DECREF(ts, obj);
        kr_err_format(ts, &kr_exc_TypeError, "don't know how to handle %T in error callback", exc);
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    if (!encode) {
        const char *p;
        intptr_t n;
        if (kr_bytes_buffer_req(ts, obj, &p, &n) < 0) {
            KR_DECREF(ts, obj);
            return NULL;
        }
        for (intptr_t i = start < 0 ? 0 : start; i < end && i < n; i++) {
            add_hex_escape(ts, &sb, (unsigned char)p[i]);
        }
    } else {
        intptr_t n = kr_str_check(obj) ? KR_STR_LEN(obj) : 0;
        for (intptr_t i = start < 0 ? 0 : start; i < end && i < n; i++) {
            uint32_t c = kr_str_char_at(obj, i);
            char name[KR_UNICODE_NAME_MAX + 1];
            if (style == 2 && kr_unicode_names_name_of(c, name) > 0) {
                kr_sb_add_cstr(ts, &sb, "\\N{");
                kr_sb_add_cstr(ts, &sb, name);
                kr_sb_add_char(ts, &sb, '}');
            } else if (style == 1) {
                char tmp[16];
                snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)c);
                kr_sb_add_cstr(ts, &sb, tmp);
            } else {
                add_hex_escape(ts, &sb, c);
            }
        }
    }
    KR_DECREF(ts, obj);
    return result_pair(ts, kr_sb_finish(ts, &sb), end);
}

static KrObject *err_backslash(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    return encode_replacement(ts, exc, 0);
}

static KrObject *err_xmlcharref(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    return encode_replacement(ts, exc, 1);
}

static KrObject *err_namereplace(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    return encode_replacement(ts, exc, 2);
}

// surrogateescape: undecodable bytes >= 0x80 become U+DC80..U+DCFF and back.
static KrObject *err_surrogateescape(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    intptr_t start, end;
    KrObject *obj;
    if (exc_fields(ts, exc, &start, &end, &obj) < 0) {
        return NULL;
    }
    KrObject *r = NULL;
    if (kr_isinstance_type(exc, &kr_exc_UnicodeDecodeError)) {
        const char *p;
        intptr_t n;
        KrStrBuilder sb;
        kr_sb_init(&sb);
        if (kr_bytes_buffer_req(ts, obj, &p, &n) == 0) {
            intptr_t i = start;
            for (; i < end && i < n && i < start + 4; i++) {
                unsigned char c = (unsigned char)p[i];
                if (c < 0x80) {
                    break;
                }
                kr_sb_add_char(ts, &sb, 0xDC00 + c);
            }
            if (i == start) {
                kr_sb_discard(ts, &sb);
                kr_err_set_object(ts, KR_INCREF(exc));
            } else {
                r = result_pair(ts, kr_sb_finish(ts, &sb), i);
            }
        }
    } else if (kr_isinstance_type(exc, &kr_exc_UnicodeEncodeError)) {
        KrByteBuf b = {0};
        intptr_t i = start;
        for (; i < end; i++) {
            uint32_t c = kr_str_char_at(obj, i);
            if (c < 0xDC80 || c > 0xDCFF) {
                break;
            }
            kr_bytes_buf_addc(ts, &b, (int)(c - 0xDC00));
        }
        if (i < end) {
            kr_bytes_buf_discard(ts, &b);
            kr_err_set_object(ts, KR_INCREF(exc));
        } else {
            r = result_pair(ts, kr_bytes_buf_finish(ts, &b, false), end);
        }
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "don't know how to handle %T in error callback", exc);
    }
    KR_DECREF(ts, obj);
    return r;
}

// surrogatepass: lone surrogates travel through UTF-8/16/32 as if they were characters.
static KrObject *err_surrogatepass(KrThread *ts, KrObject *self, KrObject *exc) {
    (void)self;
    intptr_t start, end;
    KrObject *obj;
    if (exc_fields(ts, exc, &start, &end, &obj) < 0) {
        return NULL;
    }
    KrObject *encobj = kr_getattr_cstr(ts, exc, "encoding");
    const char *enc = encobj && kr_str_check(encobj) ? kr_str_utf8(ts, encobj, NULL) : NULL;
    int unit = 0, big = 0;
    if (enc) {
        unit = kr_codecs_utf_kind(enc, &big);
    }
    KR_XDECREF(ts, encobj);
    KrObject *r = NULL;
    if (unit < 0 || !enc) {
        kr_err_set_object(ts, KR_INCREF(exc));
    } else if (kr_isinstance_type(exc, &kr_exc_UnicodeEncodeError)) {
        KrByteBuf b = {0};
        intptr_t i = start;
        for (; i < end; i++) {
            uint32_t c = kr_str_char_at(obj, i);
            if (c < 0xD800 || c > 0xDFFF) {
                break;
            }
            kr_codecs_put_unit(ts, &b, c, unit, big);
        }
        if (i < end) {
            kr_bytes_buf_discard(ts, &b);
            kr_err_set_object(ts, KR_INCREF(exc));
        } else {
            r = result_pair(ts, kr_bytes_buf_finish(ts, &b, false), end);
        }
    } else if (kr_isinstance_type(exc, &kr_exc_UnicodeDecodeError)) {
        const char *p;
        intptr_t n;
        if (kr_bytes_buffer_req(ts, obj, &p, &n) == 0) {
            const unsigned char *u = (const unsigned char *)p + start;
            intptr_t avail = n - start;
            uint32_t c = 0;
            int k = unit == 0 ? 3 : unit;
            if (avail >= k) {
                if (unit == 0) {
                    c = (u[0] & 0x0F) == 0x0D && (u[1] & 0xE0) == 0xA0 && (u[2] & 0xC0) == 0x80 && (u[0] & 0xF0) == 0xE0
                            ? (uint32_t)(((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F))
                            : 0;
                } else {
                    for (int j = 0; j < k; j++) {
                        c = c << 8 | u[big ? j : k - 1 - j];
                    }
                }
            }
            if (c >= 0xD800 && c <= 0xDFFF) {
                r = result_pair(ts, kr_str_from_codepoint(ts, c), start + k);
            } else {
                kr_err_set_object(ts, KR_INCREF(exc));
            }
        }
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "don't know how to handle %T in error callback", exc);
    }
    KR_DECREF(ts, obj);
    return r;
}

static const KrMethodDef handler_fns[] = {
    {"strict_errors", err_strict, KR_METH_O, false, false, NULL},
    {"ignore_errors", err_ignore, KR_METH_O, false, false, NULL},
    {"replace_errors", err_replace, KR_METH_O, false, false, NULL},
    {"backslashreplace_errors", err_backslash, KR_METH_O, false, false, NULL},
    {"xmlcharrefreplace_errors", err_xmlcharref, KR_METH_O, false, false, NULL},
    {"namereplace_errors", err_namereplace, KR_METH_O, false, false, NULL},
    {"surrogateescape", err_surrogateescape, KR_METH_O, false, false, NULL},
    {"surrogatepass", err_surrogatepass, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

// The builtin handlers live in a private module; the table maps their names to them.
static KrObject *builtin_handlers_module(KrThread *ts) {
    static const char *const names[] = {"strict",  "ignore",          "replace",      "backslashreplace",
                                        "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"};
    KrObject *m = kr_modsupport_module(ts, "codecs", NULL, handler_fns, (KrType *const[]){NULL});
    KrObject *table = m ? kr_dict_new(ts) : NULL;
    if (!table) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    for (int i = 0; i < 8; i++) {
        KrObject *fn = kr_getattr_cstr(ts, m, handler_fns[i].name);
        if (!fn || kr_dict_set_item_str(ts, table, names[i], fn) < 0) {
            KR_XDECREF(ts, fn);
            KR_DECREF(ts, table);
            KR_DECREF(ts, m);
            return NULL;
        }
        KR_DECREF(ts, fn);
    }
    KR_XDECREF(ts, ts->vm->codec_errors);
    ts->vm->codec_errors = table;
    return m;
}

// ---- the module ---------------------------------------------------------------------------

static KrObject *codecs_forget(KrThread *ts, KrObject *self, KrObject *enc) {
    (void)self;
    KrObject *key = kr_str_check(enc) ? normalize(ts, enc) : NULL;
    if (!key) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "argument must be str, not %T", enc);
        }
        return NULL;
    }
    if (ts->vm->codec_cache) {
        KrObject *v = NULL;
        if (kr_dict_pop_item(ts, ts->vm->codec_cache, key, &v) < 0) {
            KR_DECREF(ts, key);
            return NULL;
        }
        KR_XDECREF(ts, v);
    }
    KR_DECREF(ts, key);
    KR_RETURN_NONE;
}

static const KrMethodDef codecs_fns[] = {
    {"register", codecs_register, KR_METH_O, false, false, "Register a codec search function."},
    {"unregister", codecs_unregister, KR_METH_O, false, false, "Unregister a codec search function."},
    {"lookup", codecs_lookup, KR_METH_O, false, false, "Looks up a codec tuple in the codec registry."},
    {"_forget_codec", codecs_forget, KR_METH_O, false, false, NULL},
    {"encode", codecs_encode, KR_METH_VARARGS, false, false, "Encodes obj using the codec for encoding."},
    {"decode", codecs_decode, KR_METH_VARARGS, false, false, "Decodes obj using the codec for encoding."},
    {"lookup_error", codecs_lookup_error, KR_METH_O, false, false, "Return the error handler for name."},
    {"register_error", codecs_register_error, KR_METH_VARARGS, false, false, "Register an error handler."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_codecs_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "_codecs", NULL, codecs_fns, (KrType *const[]){NULL});
    if (!m || kr_codecs_add_functions(ts, m) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
