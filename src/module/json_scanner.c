// SPDX-License-Identifier: MIT
// _json's decoding half: scanstring and the Scanner type behind json.scanner.make_scanner.
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/import.h"
#include "../vm/vm.h"
#include "json.h"
#include "modsupport.h"

void kr_json_raise(KrThread *ts, const char *msg, KrObject *s, intptr_t pos) {
    KrObject *mod = kr_import_module(ts, "json.decoder");
    KrObject *cls = mod ? kr_getattr_cstr(ts, mod, "JSONDecodeError") : NULL;
    KR_XDECREF(ts, mod);
    if (!cls) {
        return;
    }
    KrObject *m = kr_str_from_cstr(ts, msg);
    KrObject *p = m ? kr_int_from_i64(ts, pos) : NULL;
    KrObject *exc = NULL;
    if (p) {
        KrObject *argv[3] = {m, s, p};
        exc = kr_call(ts, cls, argv, 3, NULL);
    }
    KR_XDECREF(ts, m);
    KR_XDECREF(ts, p);
    KR_DECREF(ts, cls);
    if (exc) {
        kr_err_set_object(ts, exc);
    }
}

// A str being scanned: its code units and length.
typedef struct {
    KrObject *s;
    unsigned kind;
    const void *data;
    intptr_t len;
} Text;

static Text text_of(KrObject *s) {
    Text t = {s, KR_STR_KIND(s), KR_STR_DATA(s), KR_STR_LEN(s)};
    return t;
}

static inline uint32_t at(const Text *t, intptr_t i) {
    return kr_str_read(t->kind, t->data, i);
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        return (int)((c | 0x20) - 'a' + 10);
    }
    return -1;
}

// The four hex digits at t[i:i+4] as a code unit, or -1.
static int32_t hex4(const Text *t, intptr_t i) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int d = hex_value(at(t, i + k));
        if (d < 0) {
            return -1;
        }
        v = v << 4 | d;
    }
    return v;
}

// The string whose opening quote is at end - 1; *next gets the index after the closing quote.
static KrObject *scan_string(KrThread *ts, const Text *t, intptr_t end, bool strict, intptr_t *next) {
    intptr_t begin = end - 1;
    if (end < 0 || end > t->len) {
        kr_err_set_str(ts, &kr_exc_ValueError, "end is out of bounds");
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    for (;;) {
        intptr_t i = end;
        uint32_t c = 0;
        for (; i < t->len; i++) {
            c = at(t, i);
            if (c == '"' || c == '\\') {
                break;
            }
            if (c < 0x20 && strict) {
                kr_json_raise(ts, "Invalid control character at", t->s, i);
                goto error;
            }
        }
        if (i >= t->len) {
            kr_json_raise(ts, "Unterminated string starting at", t->s, begin);
            goto error;
        }
        if (c == '"' && sb.len == 0 && !sb.failed) {
            // No escapes: the text is a slice of the input.
            *next = i + 1;
            return kr_str_substr(ts, t->s, end, i);
        }
        for (intptr_t k = end; k < i; k++) {
            kr_sb_add_char(ts, &sb, at(t, k));
        }
        i++;
        if (c == '"') {
            end = i;
            break;
        }
        if (i == t->len) {
            kr_json_raise(ts, "Unterminated string starting at", t->s, begin);
            goto error;
        }
        c = at(t, i);
        if (c != 'u') {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            const char *p = c < 128 && c ? strchr(from, (int)c) : NULL;
            if (!p) {
                kr_json_raise(ts, "Invalid \\escape", t->s, i - 1);
                goto error;
            }
            kr_sb_add_char(ts, &sb, (uint32_t)(unsigned char)to[p - from]);
            end = i + 1;
            continue;
        }
        end = i + 5;
        if (end >= t->len) {
            kr_json_raise(ts, "Invalid \\uXXXX escape", t->s, i);
            goto error;
        }
        int32_t u = hex4(t, i + 1);
        if (u < 0) {
            kr_json_raise(ts, "Invalid \\uXXXX escape", t->s, end - 5);
            goto error;
        }
        // A high surrogate followed by an escaped low one makes one character.
        if (u >= 0xD800 && u <= 0xDBFF && end + 6 < t->len && at(t, end) == '\\' && at(t, end + 1) == 'u') {
            int32_t u2 = hex4(t, end + 2);
            if (u2 < 0) {
                kr_json_raise(ts, "Invalid \\uXXXX escape", t->s, end + 1);
                goto error;
            }
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                u = 0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00));
                end += 6;
            }
        }
        kr_sb_add_char(ts, &sb, (uint32_t)u);
    }
    *next = end;
    return kr_sb_finish(ts, &sb);
error:
    kr_sb_discard(ts, &sb);
    return NULL;
}

KrObject *kr_json_scanstring(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "scanstring", nargs, kwnames, 2, 3) < 0) {
        return NULL;
    }
    if (!kr_str_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "first argument must be a string, not %T", args[0]);
        return NULL;
    }
    intptr_t end = kr_slice_ssize_arg(ts, args[1]);
    if (end == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    int strict = nargs > 2 ? kr_is_true(ts, args[2]) : 1;
    if (strict < 0) {
        return NULL;
    }
    Text t = text_of(args[0]);
    intptr_t next;
    KrObject *s = scan_string(ts, &t, end, strict, &next);
    KrObject *n = s ? kr_int_from_i64(ts, next) : NULL;
    KrObject *r = n ? kr_tuple_pack(ts, 2, s, n) : NULL;
    KR_XDECREF(ts, s);
    KR_XDECREF(ts, n);
    return r;
}

// ---- the Scanner ---------------------------------------------------------------------

typedef struct {
    KrObject base;
    bool strict;
    KrObject *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
} KrJsonScanner;

typedef struct {
    KrJsonScanner *sc;
    Text t;
    KrObject *memo; // key interning for one scan_once call
} Scan;

static KrObject *scan_value(KrThread *ts, Scan *sc, intptr_t idx, intptr_t *next);

static intptr_t skip_ws(const Text *t, intptr_t i) {
    while (i < t->len) {
        uint32_t c = at(t, i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            break;
        }
        i++;
    }
    return i;
}

static KrObject *stop_iteration(KrThread *ts, intptr_t idx) {
    KrObject *v = kr_int_from_i64(ts, idx);
    if (v) {
        kr_err_set_type(ts, &kr_exc_StopIteration, v);
        KR_DECREF(ts, v);
    }
    return NULL;
}

// Calls the hook on the built container (stolen); the container itself when hook is None.
static KrObject *apply_hook(KrThread *ts, KrObject *hook, KrObject *value) {
    if (hook == KR_NONE) {
        return value;
    }
    KrObject *r = kr_call1(ts, hook, value);
    KR_DECREF(ts, value);
    return r;
}

static KrObject *scan_object(KrThread *ts, Scan *sc, intptr_t idx, intptr_t *next) {
    const Text *t = &sc->t;
    bool pairs = sc->sc->object_pairs_hook != KR_NONE;
    KrObject *r = pairs ? kr_list_new(ts, 0) : kr_dict_new(ts);
    KrObject *key = NULL, *val = NULL;
    if (!r) {
        return NULL;
    }
    idx = skip_ws(t, idx);
    if (idx >= t->len || at(t, idx) != '}') {
        for (;;) {
            if (idx >= t->len || at(t, idx) != '"') {
                kr_json_raise(ts, "Expecting property name enclosed in double quotes", t->s, idx);
                goto error;
            }
            KrObject *k = scan_string(ts, t, idx + 1, sc->sc->strict, &idx);
            if (!k) {
                goto error;
            }
            // Equal keys share one str (CPython's memo.setdefault(key, key)).
            key = kr_dict_get_item(ts, sc->memo, k);
            if (key) {
                KR_INCREF(key);
                KR_DECREF(ts, k);
            } else if (kr_err_occurred(ts) || kr_dict_set_item(ts, sc->memo, k, k) < 0) {
                KR_DECREF(ts, k);
                goto error;
            } else {
                key = k;
            }
            idx = skip_ws(t, idx);
            if (idx >= t->len || at(t, idx) != ':') {
                kr_json_raise(ts, "Expecting ':' delimiter", t->s, idx);
                goto error;
            }
            idx = skip_ws(t, idx + 1);
            val = scan_value(ts, sc, idx, &idx);
            if (!val) {
                goto error;
            }
            if (pairs) {
                KrObject *pair = kr_tuple_pack(ts, 2, key, val);
                if (!pair || kr_list_append(ts, r, pair) < 0) {
                    KR_XDECREF(ts, pair);
                    goto error;
                }
                KR_DECREF(ts, pair);
            } else if (kr_dict_set_item(ts, r, key, val) < 0) {
                goto error;
            }
            KR_CLEAR(ts, key);
            KR_CLEAR(ts, val);
            idx = skip_ws(t, idx);
            if (idx < t->len && at(t, idx) == '}') {
                break;
            }
            if (idx >= t->len || at(t, idx) != ',') {
                kr_json_raise(ts, "Expecting ',' delimiter", t->s, idx);
                goto error;
            }
            idx = skip_ws(t, idx + 1);
        }
    }
    *next = idx + 1;
    return apply_hook(ts, pairs ? sc->sc->object_pairs_hook : sc->sc->object_hook, r);
error:
    KR_XDECREF(ts, key);
    KR_XDECREF(ts, val);
    KR_DECREF(ts, r);
    return NULL;
}

static KrObject *scan_array(KrThread *ts, Scan *sc, intptr_t idx, intptr_t *next) {
    const Text *t = &sc->t;
    KrObject *r = kr_list_new(ts, 0);
    if (!r) {
        return NULL;
    }
    idx = skip_ws(t, idx);
    if (idx >= t->len || at(t, idx) != ']') {
        for (;;) {
            KrObject *val = scan_value(ts, sc, idx, &idx);
            if (!val || kr_list_append(ts, r, val) < 0) {
                KR_XDECREF(ts, val);
                goto error;
            }
            KR_DECREF(ts, val);
            idx = skip_ws(t, idx);
            if (idx < t->len && at(t, idx) == ']') {
                break;
            }
            if (idx >= t->len || at(t, idx) != ',') {
                kr_json_raise(ts, "Expecting ',' delimiter", t->s, idx);
                goto error;
            }
            idx = skip_ws(t, idx + 1);
        }
    }
    *next = idx + 1;
    return r;
error:
    KR_DECREF(ts, r);
    return NULL;
}

static bool is_digit(const Text *t, intptr_t i) {
    if (i >= t->len) {
        return false;
    }
    uint32_t c = at(t, i);
    return c >= '0' && c <= '9';
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at start, else StopIteration(start).
static KrObject *scan_number(KrThread *ts, Scan *sc, intptr_t start, intptr_t *next) {
    const Text *t = &sc->t;
    intptr_t i = start;
    if (at(t, i) == '-') {
        i++;
    }
    if (!is_digit(t, i)) {
        return stop_iteration(ts, start);
    }
    if (at(t, i++) != '0') {
        while (is_digit(t, i)) {
            i++;
        }
    }
    bool is_float = false;
    if (i + 1 < t->len && at(t, i) == '.' && is_digit(t, i + 1)) {
        is_float = true;
        i += 2;
        while (is_digit(t, i)) {
            i++;
        }
    }
    if (i < t->len && (at(t, i) | 0x20) == 'e') {
        intptr_t e = i + 1;
        if (e < t->len && (at(t, e) == '-' || at(t, e) == '+')) {
            e++;
        }
        if (is_digit(t, e)) {
            while (is_digit(t, e)) {
                e++;
            }
            is_float = true;
            i = e;
        }
    }
    *next = i;
    char small[64];
    intptr_t n = i - start;
    char *buf = n < (intptr_t)sizeof small ? small : kr_mem_alloc(ts, (size_t)n + 1);
    if (!buf) {
        return NULL;
    }
    for (intptr_t k = 0; k < n; k++) {
        buf[k] = (char)at(t, start + k);
    }
    buf[n] = 0;
    KrObject *hook = is_float ? sc->sc->parse_float : sc->sc->parse_int;
    KrObject *r;
    if (hook == (KrObject *)&kr_float_type) {
        r = kr_float_from_string(ts, buf, (size_t)n);
    } else if (hook == (KrObject *)&kr_int_type) {
        r = kr_int_from_string(ts, buf, (size_t)n, 10);
    } else {
        KrObject *s = kr_str_from_utf8(ts, buf, (size_t)n);
        r = s ? kr_call1(ts, hook, s) : NULL;
        KR_XDECREF(ts, s);
    }
    if (buf != small) {
        kr_mem_free(ts, buf);
    }
    return r;
}

// Does t[i:] start with the ASCII word w?
static bool starts_with(const Text *t, intptr_t i, const char *w) {
    intptr_t n = (intptr_t)strlen(w);
    if (i + n > t->len) {
        return false;
    }
    for (intptr_t k = 0; k < n; k++) {
        if (at(t, i + k) != (uint32_t)(unsigned char)w[k]) {
            return false;
        }
    }
    return true;
}

static KrObject *constant(KrThread *ts, Scan *sc, const char *name, intptr_t idx, intptr_t *next) {
    KrObject *s = kr_str_from_cstr(ts, name);
    KrObject *r = s ? kr_call1(ts, sc->sc->parse_constant, s) : NULL;
    KR_XDECREF(ts, s);
    *next = idx + (intptr_t)strlen(name);
    return r;
}

static KrObject *scan_value(KrThread *ts, Scan *sc, intptr_t idx, intptr_t *next) {
    const Text *t = &sc->t;
    if (idx < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "idx cannot be negative");
        return NULL;
    }
    if (idx >= t->len) {
        return stop_iteration(ts, idx);
    }
    KrObject *r;
    switch (at(t, idx)) {
    case '"':
        return scan_string(ts, t, idx + 1, sc->sc->strict, next);
    case '{':
    case '[':
        if (kr_enter_recursive(ts, at(t, idx) == '{' ? " while decoding a JSON object from a unicode string"
                                                       : " while decoding a JSON array from a unicode string") < 0) {
            return NULL;
        }
        r = at(t, idx) == '{' ? scan_object(ts, sc, idx + 1, next) : scan_array(ts, sc, idx + 1, next);
        kr_leave_recursive(ts);
        return r;
    case 'n':
        if (starts_with(t, idx, "null")) {
            *next = idx + 4;
            return KR_INCREF(KR_NONE);
        }
        break;
    case 't':
        if (starts_with(t, idx, "true")) {
            *next = idx + 4;
            return kr_bool_from(true);
        }
        break;
    case 'f':
        if (starts_with(t, idx, "false")) {
            *next = idx + 5;
            return kr_bool_from(false);
        }
        break;
    case 'N':
        if (starts_with(t, idx, "NaN")) {
            return constant(ts, sc, "NaN", idx, next);
        }
        break;
    case 'I':
        if (starts_with(t, idx, "Infinity")) {
            return constant(ts, sc, "Infinity", idx, next);
        }
        break;
    case '-':
        if (starts_with(t, idx, "-Infinity")) {
            return constant(ts, sc, "-Infinity", idx, next);
        }
        break;
    default:
        break;
    }
    return scan_number(ts, sc, idx, next);
}

static KrObject *scanner_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"string", "idx", NULL};
    KrObject *a[2];
    if (kr_parse_args(ts, "scan_once", args, nargs, kwnames, names, 2, 0, 2, a) < 0) {
        return NULL;
    }
    if (!kr_str_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "first argument must be a string, not %T", a[0]);
        return NULL;
    }
    intptr_t idx = kr_slice_ssize_arg(ts, a[1]);
    if (idx == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    Scan sc = {(KrJsonScanner *)self, text_of(a[0]), kr_dict_new(ts)};
    if (!sc.memo) {
        return NULL;
    }
    intptr_t next = idx;
    KrObject *v = scan_value(ts, &sc, idx, &next);
    KR_DECREF(ts, sc.memo);
    KrObject *n = v ? kr_int_from_i64(ts, next) : NULL;
    KrObject *r = n ? kr_tuple_pack(ts, 2, v, n) : NULL;
    KR_XDECREF(ts, v);
    KR_XDECREF(ts, n);
    return r;
}

static KrObject *scanner_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"context", NULL};
    static const char *const attrs[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                        "parse_constant"};
    KrObject *a[1];
    if (kr_parse_args(ts, "make_scanner", args, nargs, kwnames, names, 1, 0, 1, a) < 0) {
        return NULL;
    }
    KrJsonScanner *s = (KrJsonScanner *)kr_object_alloc(ts, type, type->basicsize);
    if (!s) {
        return NULL;
    }
    KrObject **slots[] = {&s->object_hook, &s->object_pairs_hook, &s->parse_float, &s->parse_int, &s->parse_constant};
    KrObject *strict = kr_getattr_cstr(ts, a[0], "strict");
    int st = strict ? kr_is_true(ts, strict) : -1;
    KR_XDECREF(ts, strict);
    s->strict = st == 1;
    for (int i = 0; st >= 0 && i < 5; i++) {
        *slots[i] = kr_getattr_cstr(ts, a[0], attrs[i]);
        st = *slots[i] ? 0 : -1;
    }
    if (st < 0) {
        KR_DECREF(ts, s);
        return NULL;
    }
    return (KrObject *)s;
}

static void scanner_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrJsonScanner *s = (KrJsonScanner *)self;
    kr_modsupport_visit(ts, s->object_hook, visit, arg);
    kr_modsupport_visit(ts, s->object_pairs_hook, visit, arg);
    kr_modsupport_visit(ts, s->parse_float, visit, arg);
    kr_modsupport_visit(ts, s->parse_int, visit, arg);
    kr_modsupport_visit(ts, s->parse_constant, visit, arg);
}

static int scanner_clear(KrThread *ts, KrObject *self) {
    KrJsonScanner *s = (KrJsonScanner *)self;
    KR_CLEAR(ts, s->object_hook);
    KR_CLEAR(ts, s->object_pairs_hook);
    KR_CLEAR(ts, s->parse_float);
    KR_CLEAR(ts, s->parse_int);
    KR_CLEAR(ts, s->parse_constant);
    return 0;
}

static void scanner_dealloc(KrThread *ts, KrObject *self) {
    scanner_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_json_scanner_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_json.Scanner",
    .basicsize = sizeof(KrJsonScanner),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "JSON scanner object",
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .call = scanner_call,
    .new_ = scanner_new,
};
