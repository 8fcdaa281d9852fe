// SPDX-License-Identifier: MIT
// _json's encoding half: encode_basestring(_ascii), the Encoder type behind
// json.encoder.c_make_encoder, and the module.
#include <math.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "json.h"
#include "modsupport.h"
#include "modules.h"

// Characters that stand for themselves in a JSON string literal.
static inline bool is_plain(uint32_t c, bool ascii) {
    return c >= ' ' && c != '"' && c != '\\' && (c < 0x7F || !ascii);
}

// Appends s as a JSON string literal: quotes, the short escapes, \u00XX for
// other control characters and, with `ascii`, \uXXXX (surrogate pairs) for non-ASCII.
static void add_quoted(KrThread *ts, KrStrBuilder *sb, KrObject *s, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    unsigned kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    intptr_t n = KR_STR_LEN(s);
    kr_sb_add_char(ts, sb, '"');
    intptr_t plain = 0;
    while (plain < n && is_plain(kr_str_read(kind, data, plain), ascii)) {
        plain++;
    }
    if (plain == n) {
        kr_sb_add_str(ts, sb, s);
        kr_sb_add_char(ts, sb, '"');
        return;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (is_plain(c, ascii)) {
            kr_sb_add_char(ts, sb, c);
            continue;
        }
        kr_sb_add_char(ts, sb, '\\');
        switch (c) {
        case '"': kr_sb_add_char(ts, sb, '"'); continue;
        case '\\': kr_sb_add_char(ts, sb, '\\'); continue;
        case '\b': kr_sb_add_char(ts, sb, 'b'); continue;
        case '\f': kr_sb_add_char(ts, sb, 'f'); continue;
        case '\n': kr_sb_add_char(ts, sb, 'n'); continue;
        case '\r': kr_sb_add_char(ts, sb, 'r'); continue;
        case '\t': kr_sb_add_char(ts, sb, 't'); continue;
        default: break;
        }
        if (c >= 0x10000) {
            uint32_t v = c - 0x10000;
            uint32_t hi = 0xD800 | (v >> 10);
            for (int k = 12; k >= 0; k -= 4) {
                kr_sb_add_char(ts, sb, k == 12 ? 'u' : (uint32_t)hex[(hi >> (k + 4)) & 0xF]);
            }
            kr_sb_add_char(ts, sb, (uint32_t)hex[hi & 0xF]);
            kr_sb_add_char(ts, sb, '\\');
            c = 0xDC00 | (v & 0x3FF);
        }
        kr_sb_add_char(ts, sb, 'u');
        for (int k = 12; k >= 0; k -= 4) {
            kr_sb_add_char(ts, sb, (uint32_t)hex[(c >> k) & 0xF]);
        }
    }
    kr_sb_add_char(ts, sb, '"');
}

static KrObject *quoted(KrThread *ts, KrObject *s, bool ascii) {
    if (!kr_str_check(s)) {
        kr_err_format(ts, &kr_exc_TypeError, "first argument must be a string, not %T", s);
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    add_quoted(ts, &sb, s, ascii);
    return kr_sb_finish(ts, &sb);
}

static KrObject *json_encode_basestring_ascii(KrThread *ts, KrObject *self, KrObject *s) {
    (void)self;
    return quoted(ts, s, true);
}

static KrObject *json_encode_basestring(KrThread *ts, KrObject *self, KrObject *s) {
    (void)self;
    return quoted(ts, s, false);
}

// ---- the Encoder ---------------------------------------------------------------------

typedef struct {
    KrObject base;
    KrObject *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    bool sort_keys, skipkeys, allow_nan;
    int fast; // 1: encode_basestring_ascii, 2: encode_basestring, 0: call `encoder`
} KrJsonEncoder;

#define ENC_FIELDS(e) {&(e)->markers, &(e)->defaultfn, &(e)->encoder, &(e)->indent, &(e)->key_separator, &(e)->item_separator}

static int encode_obj(KrThread *ts, KrJsonEncoder *e, KrStrBuilder *sb, KrObject *o);

static int add_string(KrThread *ts, KrJsonEncoder *e, KrStrBuilder *sb, KrObject *s) {
    if (e->fast) {
        add_quoted(ts, sb, s, e->fast == 1);
        return 0;
    }
    KrObject *r = kr_call1(ts, e->encoder, s);
    if (!r) {
        return -1;
    }
    if (!kr_str_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "encoder() must return a string, not %.80s", kr_type_name_cstr(KR_TYPE(r)));
        KR_DECREF(ts, r);
        return -1;
    }
    kr_sb_add_str(ts, sb, r);
    KR_DECREF(ts, r);
    return 0;
}

static int add_float(KrThread *ts, KrJsonEncoder *e, KrStrBuilder *sb, KrObject *o) {
    double v = ((KrFloat *)o)->value;
    if (!isfinite(v)) {
        if (!e->allow_nan) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        kr_sb_add_cstr(ts, sb, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        return 0;
    }
    KrObject *r = kr_float_repr_double(ts, v);
    if (!r) {
        return -1;
    }
    kr_sb_add_str(ts, sb, r);
    KR_DECREF(ts, r);
    return 0;
}

static int add_int(KrThread *ts, KrStrBuilder *sb, KrObject *o) {
    KrObject *r = kr_int_to_decimal(ts, o);
    if (!r) {
        return -1;
    }
    kr_sb_add_str(ts, sb, r);
    KR_DECREF(ts, r);
    return 0;
}

// Registers o in the markers dict (circular reference check); *ident gets the key.
static int mark(KrThread *ts, KrJsonEncoder *e, KrObject *o, KrObject **ident) {
    *ident = NULL;
    if (e->markers == KR_NONE) {
        return 0;
    }
    *ident = kr_int_from_u64(ts, (uint64_t)(uintptr_t)o);
    if (!*ident) {
        return -1;
    }
    int has = kr_dict_contains(ts, e->markers, *ident);
    if (has) {
        if (has > 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Circular reference detected");
        }
        KR_CLEAR(ts, *ident);
        return -1;
    }
    if (kr_dict_set_item(ts, e->markers, *ident, o) < 0) {
        KR_CLEAR(ts, *ident);
        return -1;
    }
    return 0;
}

static int unmark(KrThread *ts, KrJsonEncoder *e, KrObject *ident) {
    if (!ident) {
        return 0;
    }
    int r = kr_dict_del_item(ts, e->markers, ident);
    KR_DECREF(ts, ident);
    return r;
}

static int encode_list(KrThread *ts, KrJsonEncoder *e, KrStrBuilder *sb, KrObject *seq) {
    bool is_list = kr_list_check(seq);
    intptr_t n = is_list ? KR_LIST_SIZE(seq) : KR_TUPLE_SIZE(seq);
    if (n == 0) {
        kr_sb_add_cstr(ts, sb, "[]");
        return 0;
    }
    KrObject *ident;
    if (mark(ts, e, seq, &ident) < 0) {
        return -1;
    }
    kr_sb_add_char(ts, sb, '[');
    // A list may change size under a default() hook: re-read its length.
    for (intptr_t i = 0; i < (is_list ? KR_LIST_SIZE(seq) : n); i++) {
        if (i) {
            kr_sb_add_str(ts, sb, e->item_separator);
        }
        KrObject *item = KR_INCREF(is_list ? KR_LIST_ITEMS(seq)[i] : KR_TUPLE_GET(seq, i));
        int r = encode_obj(ts, e, sb, item);
        KR_DECREF(ts, item);
        if (r < 0) {
            KR_XDECREF(ts, ident);
            return -1;
        }
    }
    kr_sb_add_char(ts, sb, ']');
    return unmark(ts, e, ident);
}

// The str form of a dict key; NULL with no exception to skip it.
static KrObject *key_text(KrThread *ts, KrJsonEncoder *e, KrObject *key) {
    if (kr_str_check(key)) {
        return KR_INCREF(key);
    }
    if (key == KR_TRUE || key == KR_FALSE || key == KR_NONE) {
        return kr_str_from_cstr(ts, key == KR_TRUE ? "true" : key == KR_FALSE ? "false" : "null");
    }
    if (kr_float_check(key) || kr_int_check(key)) {
        KrStrBuilder sb;
        kr_sb_init(&sb);
        if ((kr_float_check(key) ? add_float(ts, e, &sb, key) : add_int(ts, &sb, key)) < 0) {
            kr_sb_discard(ts, &sb);
            return NULL;
        }
        return kr_sb_finish(ts, &sb);
    }
    if (!e->skipkeys) {
        kr_err_format(ts, &kr_exc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                      kr_type_name_cstr(KR_TYPE(key)));
    }
    return NULL;
}

static int encode_dict(KrThread *ts, KrJsonEncoder *e, KrStrBuilder *sb, KrObject *d) {
    if (kr_dict_size(d) == 0) {
        kr_sb_add_cstr(ts, sb, "{}");
        return 0;
    }
    KrObject *ident;
    if (mark(ts, e, d, &ident) < 0) {
        return -1;
    }
    KrObject *items = kr_call_method(ts, d, kr_str_intern_literal(ts, "items"), NULL, 0);
    KrObject *list = items ? kr_call1(ts, (KrObject *)&kr_list_type, items) : NULL;
    KR_XDECREF(ts, items);
    if (!list || (e->sort_keys && kr_list_sort(ts, list, NULL, false) < 0)) {
        goto error;
    }
    kr_sb_add_char(ts, sb, '{');
    bool first = true;
    for (intptr_t i = 0; i < KR_LIST_SIZE(list); i++) {
        KrObject *pair = KR_LIST_ITEMS(list)[i];
        if (!kr_tuple_check(pair) || KR_TUPLE_SIZE(pair) != 2) {
            kr_err_set_str(ts, &kr_exc_ValueError, "items must return 2-tuples");
            goto error;
        }
        KrObject *k = key_text(ts, e, KR_TUPLE_GET(pair, 0));
        if (!k) {
            if (kr_err_occurred(ts)) {
                goto error;
            }
            continue;
        }
        if (!first) {
            kr_sb_add_str(ts, sb, e->item_separator);
        }
        first = false;
        int r = add_string(ts, e, sb, k);
        KR_DECREF(ts, k);
        if (r < 0) {
            goto error;
        }
        kr_sb_add_str(ts, sb, e->key_separator);
        if (encode_obj(ts, e, sb, KR_TUPLE_GET(pair, 1)) < 0) {
            goto error;
        }
    }
    KR_DECREF(ts, list);
    kr_sb_add_char(ts, sb, '}');
    return unmark(ts, e, ident);
error:
    KR_XDECREF(ts, list);
    KR_XDECREF(ts, ident);
    return -1;
}

static int encode_obj(KrThread *ts, KrJsonEncoder *e, KrStrBuilder *sb, KrObject *o) {
    if (o == KR_NONE || o == KR_TRUE || o == KR_FALSE) {
        kr_sb_add_cstr(ts, sb, o == KR_NONE ? "null" : o == KR_TRUE ? "true" : "false");
        return 0;
    }
    if (kr_str_check(o)) {
        return add_string(ts, e, sb, o);
    }
    if (kr_int_check(o)) {
        return add_int(ts, sb, o);
    }
    if (kr_float_check(o)) {
        return add_float(ts, e, sb, o);
    }
    bool seq = kr_list_check(o) || kr_tuple_check(o);
    if (seq || kr_dict_check(o)) {
        if (kr_enter_recursive(ts, " while encoding a JSON object") < 0) {
            return -1;
        }
        int r = seq ? encode_list(ts, e, sb, o) : encode_dict(ts, e, sb, o);
        kr_leave_recursive(ts);
        return r;
    }
    KrObject *ident;
    if (mark(ts, e, o, &ident) < 0) {
        return -1;
    }
    KrObject *v = kr_call1(ts, e->defaultfn, o);
    int r = -1;
    if (v && kr_enter_recursive(ts, " while encoding a JSON object") == 0) {
        r = encode_obj(ts, e, sb, v);
        kr_leave_recursive(ts);
    }
    KR_XDECREF(ts, v);
    if (r < 0) {
        KR_XDECREF(ts, ident);
        return -1;
    }
    return unmark(ts, e, ident);
}

static KrObject *encoder_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    KrObject *a[2];
    if (kr_parse_args(ts, "_iterencode", args, nargs, kwnames, names, 2, 0, 2, a) < 0) {
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    if (encode_obj(ts, (KrJsonEncoder *)self, &sb, a[0]) < 0) {
        kr_sb_discard(ts, &sb);
        return NULL;
    }
    KrObject *s = kr_sb_finish(ts, &sb);
    KrObject *r = s ? kr_tuple_pack(ts, 1, s) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *encoder_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"markers", "default", "encoder", "indent", "key_separator",
                                        "item_separator", "sort_keys", "skipkeys", "allow_nan", NULL};
    KrObject *a[9];
    if (kr_parse_args(ts, "make_encoder", args, nargs, kwnames, names, 9, 0, 9, a) < 0) {
        return NULL;
    }
    if (a[0] != KR_NONE && !kr_dict_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "make_encoder() argument 1 must be dict or None, not %T", a[0]);
        return NULL;
    }
    for (int i = 4; i < 6; i++) {
        if (!kr_str_check(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "make_encoder() argument %d must be str, not %T", i + 1, a[i]);
            return NULL;
        }
    }
    int flags[3];
    for (int i = 0; i < 3; i++) {
        flags[i] = kr_is_true(ts, a[6 + i]);
        if (flags[i] < 0) {
            return NULL;
        }
    }
    KrJsonEncoder *e = (KrJsonEncoder *)kr_object_alloc(ts, type, type->basicsize);
    if (!e) {
        return NULL;
    }
    KrObject **fields[] = ENC_FIELDS(e);
    for (int i = 0; i < 6; i++) {
        *fields[i] = KR_INCREF(a[i]);
    }
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    KrObject *fn = e->encoder;
    bool builtin = KR_TYPE(fn) == &kr_cfunction_type;
    e->fast = builtin && ((KrCFunction *)fn)->def->fn == (void *)json_encode_basestring_ascii ? 1
            : builtin && ((KrCFunction *)fn)->def->fn == (void *)json_encode_basestring ? 2 : 0;
    return (KrObject *)e;
}

static void encoder_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrObject **fields[] = ENC_FIELDS((KrJsonEncoder *)self);
    for (int i = 0; i < 6; i++) {
        kr_modsupport_visit(ts, *fields[i], visit, arg);
    }
}

static int encoder_clear(KrThread *ts, KrObject *self) {
    KrObject **fields[] = ENC_FIELDS((KrJsonEncoder *)self);
    for (int i = 0; i < 6; i++) {
        KR_CLEAR(ts, *fields[i]);
    }
    return 0;
}

static void encoder_dealloc(KrThread *ts, KrObject *self) {
    encoder_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_json_encoder_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_json.Encoder",
    .basicsize = sizeof(KrJsonEncoder),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, "
           "allow_nan)",
    .dealloc = encoder_dealloc,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .call = encoder_call,
    .new_ = encoder_new,
};

static const KrMethodDef json_functions[] = {
    {"encode_basestring_ascii", (void *)json_encode_basestring_ascii, KR_METH_O, false, false,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", (void *)json_encode_basestring, KR_METH_O, false, false,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {"scanstring", (void *)kr_json_scanstring, KR_METH_VARARGS, false, false,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_json_module_create(KrThread *ts) {
    static KrType *const types[] = {&kr_json_scanner_type, &kr_json_encoder_type, NULL};
    KrObject *m = kr_modsupport_module(ts, "_json", "json speedups\n", json_functions, types);
    if (!m || kr_modsupport_add(ts, m, "make_scanner", KR_INCREF(&kr_json_scanner_type)) < 0 ||
        kr_modsupport_add(ts, m, "make_encoder", KR_INCREF(&kr_json_encoder_type)) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
