// SPDX-License-Identifier: MIT
// Exception objects, the builtin exception hierarchy and traceback entries.
#include <stdio.h>
#include <string.h>

#include "../port/port.h"
#include "../vm/vm.h"
#include "bytes.h"
#include "code.h"
#include "containers.h"
#include "exc.h"
#include "slots.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

// ---- exception objects ----------------------------------------------------------

KrType *kr_exc_oserror_subtype(int err) {
    static const struct {
        int err;
        KrType *type;
    } table[] = {
        {11, &kr_exc_BlockingIOError},  {114, &kr_exc_BlockingIOError},      {115, &kr_exc_BlockingIOError},
        {10, &kr_exc_ChildProcessError}, {32, &kr_exc_BrokenPipeError},      {108, &kr_exc_BrokenPipeError},
        {103, &kr_exc_ConnectionAbortedError}, {111, &kr_exc_ConnectionRefusedError},
        {104, &kr_exc_ConnectionResetError}, {17, &kr_exc_FileExistsError}, {2, &kr_exc_FileNotFoundError},
        {21, &kr_exc_IsADirectoryError}, {20, &kr_exc_NotADirectoryError},  {4, &kr_exc_InterruptedError},
        {13, &kr_exc_PermissionError},   {1, &kr_exc_PermissionError},       {3, &kr_exc_ProcessLookupError},
        {110, &kr_exc_TimeoutError},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (table[i].err == err) {
            return table[i].type;
        }
    }
    return &kr_exc_OSError;
}

static KrObject *exc_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)kwnames;
    // OSError(errno, strerror, ...) makes the subclass for that errno, as CPython.
    if (type == &kr_exc_OSError && nargs >= 2 && kr_int_check(args[0])) {
        int ovf;
        int64_t err = kr_int_as_i64(args[0], &ovf);
        if (!ovf && err > 0 && err < 1000) {
            type = kr_exc_oserror_subtype((int)err);
        }
    }
    KrException *e = (KrException *)kr_object_alloc(ts, type, type->basicsize);
    if (!e) {
        return NULL;
    }
    e->args = kr_tuple_from_array(ts, args, (intptr_t)nargs);
    if (!e->args) {
        KR_DECREF(ts, e);
        return NULL;
    }
    return (KrObject *)e;
}

// OSError and MemoryError have their own __new__ in CPython: a base's
// __new__ applied to them is "not safe" (see slotwrapper_call).
static KrObject *os_error_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return exc_new(ts, type, args, nargs, kwnames);
}

static KrObject *memory_error_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    return exc_new(ts, type, args, nargs, kwnames);
}

static int set_attr(KrThread *ts, KrObject *self, const char *name, KrObject *value) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    return d ? kr_dict_set_item_str(ts, d, name, value) : -1;
}

static KrObject *get_attr(KrThread *ts, KrObject *self, const char *name) {
    KrObject *d = kr_object_get_dict(ts, self, false);
    return d ? kr_dict_get_item_str(ts, d, name) : NULL;
}

// NameError(name=) and AttributeError(name=, obj=) keywords.
static int init_name_obj(KrThread *ts, KrObject *self, KrObject *const *kwvals, KrObject *kwnames) {
    KrType *t = KR_TYPE(self);
    bool attr = kr_type_is_subtype(t, &kr_exc_AttributeError);
    KrObject *name = get_attr(ts, self, "name"), *obj = attr ? get_attr(ts, self, "obj") : NULL;
    name = name ? name : KR_NONE;
    obj = obj ? obj : KR_NONE;
    for (intptr_t i = 0; kwnames && i < KR_TUPLE_SIZE(kwnames); i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_equal_cstr(k, "name")) {
            name = kwvals[i];
        } else if (attr && kr_str_equal_cstr(k, "obj")) {
            obj = kwvals[i];
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                          kr_type_name_cstr(t));
            return -1;
        }
    }
    if (set_attr(ts, self, "name", name) < 0) {
        return -1;
    }
    return attr ? set_attr(ts, self, "obj", obj) : 0;
}

// Subclass-specific attributes derived from the arguments, as CPython's
// SystemExit/StopIteration/SyntaxError/OSError/ImportError initializers do.
enum {
    KIND_NAME = 1 << 0,
    KIND_ATTR = 1 << 1,
    KIND_IMPORT = 1 << 2,
    KIND_EXIT = 1 << 3,
    KIND_STOP = 1 << 4,
    KIND_SYNTAX = 1 << 5,
    KIND_OS = 1 << 6,
    KIND_UNICODE = 1 << 7,
};

// Which of the exceptions with their own initialization t derives from, in
// one walk of its MRO: every exception is created through exc_init, and
// asking kr_type_is_subtype once per kind made raising slow.
static unsigned exc_kinds(KrType *t) {
    static const struct {
        KrType *type;
        unsigned kind;
    } kinds[] = {
        {&kr_exc_NameError, KIND_NAME},     {&kr_exc_AttributeError, KIND_ATTR},
        {&kr_exc_ImportError, KIND_IMPORT}, {&kr_exc_SystemExit, KIND_EXIT},
        {&kr_exc_StopIteration, KIND_STOP}, {&kr_exc_SyntaxError, KIND_SYNTAX},
        {&kr_exc_OSError, KIND_OS},         {&kr_exc_UnicodeDecodeError, KIND_UNICODE},
        {&kr_exc_UnicodeEncodeError, KIND_UNICODE},
    };
    size_t n = sizeof kinds / sizeof kinds[0];
    bool has_mro = t->mro != NULL;
    intptr_t len = has_mro ? KR_TUPLE_SIZE(t->mro) : INTPTR_MAX;
    KrType *m = t; // without an MRO (a static type): its single-base chain
    unsigned found = 0;
    for (intptr_t i = 0; i < len; i++) {
        m = has_mro ? (KrType *)KR_TUPLE_GET(t->mro, i) : i ? m->base_type : m;
        if (!m || m == &kr_exc_BaseException) {
            break; // an MRO lists every subclass before its base
        }
        if (!has_mro && m->base2) {
            found = 0; // a second static base: ask each kind in full
            for (size_t k = 0; k < n; k++) {
                found |= kr_type_is_subtype(t, kinds[k].type) ? kinds[k].kind : 0;
            }
            return found;
        }
        for (size_t k = 0; k < n; k++) {
            found |= m == kinds[k].type ? kinds[k].kind : 0;
        }
    }
    return found;
}

// True when args already holds exactly these arguments (exc_new stored them):
// the common `raise E(x)` then builds one args tuple, not two.
static bool same_args(KrObject *tuple, KrObject *const *args, size_t nargs) {
    if (!tuple || KR_TYPE(tuple) != &kr_tuple_type || (size_t)KR_TUPLE_SIZE(tuple) != nargs) {
        return false;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (KR_TUPLE_GET(tuple, i) != args[i]) {
            return false;
        }
    }
    return true;
}

static int exc_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrException *e = (KrException *)self;
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    KrType *t = KR_TYPE(self);
    unsigned kinds = exc_kinds(t);
    bool named = kinds & (KIND_NAME | KIND_ATTR);
    if (nkw && !(kinds & KIND_IMPORT) && !named) {
        if (!(t->flags & KR_TYPE_HEAP) || t->init == exc_init) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", kr_type_name_cstr(t));
            return -1;
        }
    }
    if (!same_args(e->args, args, nargs)) {
        KrObject *a = kr_tuple_from_array(ts, args, (intptr_t)nargs);
        if (!a) {
            return -1;
        }
        KR_SETREF(ts, e->args, a);
    }
    KrObject *a = e->args;
    if (!kinds) {
        return 0;
    }
    if (kinds & KIND_EXIT) {
        KrObject *code = nargs == 0 ? KR_NONE : nargs == 1 ? args[0] : a;
        return set_attr(ts, self, "code", code);
    }
    if (kinds & KIND_STOP) {
        return set_attr(ts, self, "value", nargs ? args[0] : KR_NONE);
    }
    if (kinds & KIND_SYNTAX) {
        static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        if (set_attr(ts, self, "msg", nargs >= 1 ? args[0] : KR_NONE) < 0 ||
            set_attr(ts, self, "print_file_and_line", KR_NONE) < 0) {
            return -1;
        }
        // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
        KrObject *info = nargs == 2 ? kr_tuple_from_iterable(ts, args[1]) : NULL;
        if (nargs == 2 && !info) {
            return -1;
        }
        intptr_t ni = info ? KR_TUPLE_SIZE(info) : 0;
        if (info && (ni < 4 || ni > 6)) {
            kr_err_format(ts, &kr_exc_TypeError, "function takes %s %d arguments (%zd given)",
                          ni < 4 ? "at least" : "at most", ni < 4 ? 4 : 6, ni);
            KR_DECREF(ts, info);
            return -1;
        }
        int r = 0;
        for (int i = 0; i < 6 && r == 0; i++) {
            r = set_attr(ts, self, fields[i], i < ni ? KR_TUPLE_GET(info, i) : KR_NONE);
        }
        KR_XDECREF(ts, info);
        return r;
    }
    if (kinds & KIND_OS) {
        KrObject *err = KR_NONE, *str = KR_NONE, *fn = KR_NONE, *fn2 = KR_NONE;
        if (nargs >= 2 && nargs <= 5) {
            err = args[0];
            str = args[1];
            if (nargs >= 3) {
                fn = args[2];
            }
            if (nargs == 5) {
                fn2 = args[4];
            }
            // With a filename, args keeps only (errno, strerror), as CPython.
            if (fn != KR_NONE) {
                KrObject *two = kr_tuple_from_array(ts, args, 2);
                if (!two) {
                    return -1;
                }
                KR_SETREF(ts, e->args, two);
            }
        }
        return set_attr(ts, self, "errno", err) < 0 || set_attr(ts, self, "strerror", str) < 0 ||
                       set_attr(ts, self, "filename", fn) < 0 || set_attr(ts, self, "filename2", fn2) < 0
                   ? -1
                   : 0;
    }
    if (kinds & KIND_IMPORT) {
        KrObject *name = KR_NONE, *path = KR_NONE;
        for (size_t i = 0; i < nkw; i++) {
            KrObject *k = KR_TUPLE_GET(kwnames, i);
            if (kr_str_equal_cstr(k, "name")) {
                name = args[nargs + i];
            } else if (kr_str_equal_cstr(k, "path")) {
                path = args[nargs + i];
            } else {
                kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                              kr_type_name_cstr(t));
                return -1;
            }
        }
        return set_attr(ts, self, "msg", nargs ? args[0] : KR_NONE) < 0 || set_attr(ts, self, "name", name) < 0 ||
                       set_attr(ts, self, "path", path) < 0
                   ? -1
                   : 0;
    }
    if (nargs == 5 && (kinds & KIND_UNICODE)) {
        static const char *const fields[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; i++) {
            if (set_attr(ts, self, fields[i], args[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (named) {
        return init_name_obj(ts, self, args + nargs, kwnames);
    }
    return 0;
}

static void exc_dealloc(KrThread *ts, KrObject *o) {
    KrException *e = (KrException *)o;
    KR_XDECREF(ts, e->dict);
    KR_XDECREF(ts, e->args);
    KR_XDECREF(ts, e->traceback);
    KR_XDECREF(ts, e->cause);
    KR_XDECREF(ts, e->context);
    kr_object_free(ts, o);
}

static void exc_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrException *e = (KrException *)o;
    KrObject *refs[] = {e->dict, e->args, e->traceback, e->cause, e->context};
    for (int i = 0; i < 5; i++) {
        if (refs[i]) {
            visit(ts, refs[i], arg);
        }
    }
}

static int exc_clear(KrThread *ts, KrObject *o) {
    KrException *e = (KrException *)o;
    KR_CLEAR(ts, e->dict);
    KR_CLEAR(ts, e->args);
    KR_CLEAR(ts, e->traceback);
    KR_CLEAR(ts, e->cause);
    KR_CLEAR(ts, e->context);
    return 0;
}

KrObject *kr_exc_str(KrThread *ts, KrObject *exc) {
    return kr_str(ts, exc);
}

// str() of a UnicodeDecodeError / UnicodeEncodeError built from its five
// attributes, as CPython's; NULL without an exception when they are missing.
static KrObject *unicode_error_str(KrThread *ts, KrObject *self, bool decode) {
    KrObject *enc = get_attr(ts, self, "encoding"), *obj = get_attr(ts, self, "object");
    KrObject *st = get_attr(ts, self, "start"), *en = get_attr(ts, self, "end");
    KrObject *reason = get_attr(ts, self, "reason");
    if (!enc || !obj || !st || !en || !reason || !kr_int_check(st) || !kr_int_check(en)) {
        return NULL;
    }
    intptr_t start = kr_int_as_ssize(ts, st), end = kr_int_as_ssize(ts, en);
    if (kr_err_occurred(ts)) {
        kr_err_clear(ts);
        return NULL;
    }
    const char *what = decode ? "decode" : "encode";
    if (end == start + 1 && decode && kr_bytes_check(obj) && start >= 0 && start < KR_BYTES_SIZE(obj)) {
        char buf[8];
        snprintf(buf, sizeof buf, "0x%02x", (unsigned)(unsigned char)KR_BYTES_DATA(obj)[start]);
        return kr_str_from_format(ts, "'%S' codec can't decode byte %s in position %zd: %S", enc, buf, start, reason);
    }
    if (end == start + 1 && !decode && kr_str_check(obj) && start >= 0 && start < KR_STR_LEN(obj)) {
        uint32_t c = kr_str_char_at(obj, start);
        char buf[16];
        snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
        return kr_str_from_format(ts, "'%S' codec can't encode character '%s' in position %zd: %S", enc, buf, start,
                                  reason);
    }
    return kr_str_from_format(ts, "'%S' codec can't %s %s in position %zd-%zd: %S", enc, what,
                              decode ? "bytes" : "characters", start, end - 1, reason);
}

// BaseException.__str__: the lone argument, or the args tuple.
static KrObject *exc_str(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    intptr_t n = e->args ? KR_TUPLE_SIZE(e->args) : 0;
    if (n == 0) {
        return kr_str_from_utf8(ts, "", 0);
    }
    if (n == 1) {
        return kr_str(ts, KR_TUPLE_GET(e->args, 0));
    }
    return kr_str(ts, e->args);
}

// Each builtin exception with its own __str__ has its own function, so that
// BaseException.__str__(KeyError('k')) gives 'k', as in CPython.
static KrObject *unicode_decode_str(KrThread *ts, KrObject *self) {
    KrObject *r = unicode_error_str(ts, self, true);
    return r || kr_err_occurred(ts) ? r : exc_str(ts, self);
}

static KrObject *unicode_encode_str(KrThread *ts, KrObject *self) {
    KrObject *r = unicode_error_str(ts, self, false);
    return r || kr_err_occurred(ts) ? r : exc_str(ts, self);
}

static KrObject *unicode_translate_str(KrThread *ts, KrObject *self) {
    return exc_str(ts, self);
}

static KrObject *key_error_str(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    if (e->args && KR_TUPLE_SIZE(e->args) == 1) {
        return kr_repr(ts, KR_TUPLE_GET(e->args, 0));
    }
    return exc_str(ts, self);
}

static KrObject *syntax_error_str(KrThread *ts, KrObject *self) {
    KrObject *msg = get_attr(ts, self, "msg");
    KrObject *fn = get_attr(ts, self, "filename");
    KrObject *ln = get_attr(ts, self, "lineno");
    KrObject *m = kr_str(ts, msg ? msg : KR_NONE);
    if (!m) {
        return NULL;
    }
    bool have_fn = fn && kr_str_check(fn);
    bool have_ln = ln && kr_int_check(ln);
    if (!have_fn && !have_ln) {
        return m;
    }
    KrObject *base = NULL;
    if (have_fn) {
        // Only the file's basename, as CPython's my_basename.
        size_t len;
        const char *s = kr_str_utf8(ts, fn, &len);
        const char *slash = s ? strrchr(s, '/') : NULL;
        base = kr_str_from_cstr(ts, slash ? slash + 1 : (s ? s : ""));
    }
    KrObject *r;
    if (have_fn && have_ln) {
        r = kr_str_from_format(ts, "%U (%U, line %S)", m, base, ln);
    } else if (have_fn) {
        r = kr_str_from_format(ts, "%U (%U)", m, base);
    } else {
        r = kr_str_from_format(ts, "%U (line %S)", m, ln);
    }
    KR_XDECREF(ts, base);
    KR_DECREF(ts, m);
    return r;
}

static KrObject *import_error_str(KrThread *ts, KrObject *self) {
    KrObject *msg = get_attr(ts, self, "msg");
    if (msg && kr_str_check_exact(msg)) {
        return KR_INCREF(msg);
    }
    return exc_str(ts, self);
}

static KrObject *name_error_str(KrThread *ts, KrObject *self) {
    return exc_str(ts, self);
}

static KrObject *attribute_error_str(KrThread *ts, KrObject *self) {
    return exc_str(ts, self);
}

static KrObject *os_error_str(KrThread *ts, KrObject *self) {
    KrObject *err = get_attr(ts, self, "errno");
    KrObject *str = get_attr(ts, self, "strerror");
    KrObject *fn = get_attr(ts, self, "filename");
    KrObject *fn2 = get_attr(ts, self, "filename2");
    if (err && str && err != KR_NONE && str != KR_NONE) {
        if (fn && fn != KR_NONE && fn2 && fn2 != KR_NONE) {
            return kr_str_from_format(ts, "[Errno %S] %S: %R -> %R", err, str, fn, fn2);
        }
        if (fn && fn != KR_NONE) {
            return kr_str_from_format(ts, "[Errno %S] %S: %R", err, str, fn);
        }
        return kr_str_from_format(ts, "[Errno %S] %S", err, str);
    }
    return exc_str(ts, self);
}

static KrObject *exc_repr(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    if (e->args && KR_TUPLE_SIZE(e->args) == 1) {
        return kr_str_from_format(ts, "%s(%R)", name, KR_TUPLE_GET(e->args, 0));
    }
    if (!e->args || KR_TUPLE_SIZE(e->args) == 0) {
        return kr_str_from_format(ts, "%s()", name);
    }
    return kr_str_from_format(ts, "%s%R", name, e->args);
}

static KrObject *exc_get_args(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    return e->args ? KR_INCREF(e->args) : kr_tuple_new(ts, 0);
}

static int exc_set_args(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "args may not be deleted");
        return -1;
    }
    KrObject *t = kr_tuple_from_iterable(ts, value);
    if (!t) {
        return -1;
    }
    KR_SETREF(ts, ((KrException *)self)->args, t);
    return 0;
}

static KrObject *exc_get_tb(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *tb = ((KrException *)self)->traceback;
    return KR_INCREF(tb ? tb : KR_NONE);
}

static int exc_set_tb(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != KR_NONE && KR_TYPE(value) != &kr_traceback_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    KR_SETREF(ts, ((KrException *)self)->traceback, value == KR_NONE ? NULL : KR_INCREF(value));
    return 0;
}

static KrObject *exc_get_cause(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *c = ((KrException *)self)->cause;
    return KR_INCREF(c ? c : KR_NONE);
}

static int exc_set_cause(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value != KR_NONE && !kr_exception_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    KrException *e = (KrException *)self;
    KR_SETREF(ts, e->cause, value == KR_NONE ? NULL : KR_INCREF(value));
    e->suppress_context = true;
    return 0;
}

static KrObject *exc_get_context(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *c = ((KrException *)self)->context;
    return KR_INCREF(c ? c : KR_NONE);
}

static int exc_set_context(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value != KR_NONE && !kr_exception_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    KR_SETREF(ts, ((KrException *)self)->context, value == KR_NONE ? NULL : KR_INCREF(value));
    return 0;
}

static KrObject *exc_get_suppress(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrException *)self)->suppress_context);
}

static int exc_set_suppress(KrThread *ts, KrObject *self, KrObject *value) {
    int t = value ? kr_is_true(ts, value) : 0;
    if (t < 0) {
        return -1;
    }
    ((KrException *)self)->suppress_context = t;
    return 0;
}

static KrObject *exc_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    return d ? KR_INCREF(d) : NULL;
}

static int exc_set_dict(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!kr_dict_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_type_name_cstr(KR_TYPE(value)));
        return -1;
    }
    KR_SETREF(ts, ((KrException *)self)->dict, KR_INCREF(value));
    return 0;
}

static KrObject *exc_with_traceback(KrThread *ts, KrObject *self, KrObject *tb) {
    if (exc_set_tb(ts, self, tb) < 0) {
        return NULL;
    }
    return KR_INCREF(self);
}

static KrObject *exc_add_note(KrThread *ts, KrObject *self, KrObject *note) {
    if (!kr_str_check(note)) {
        kr_err_format(ts, &kr_exc_TypeError, "note must be a str, not '%s'", kr_type_name_cstr(KR_TYPE(note)));
        return NULL;
    }
    KrObject *notes = get_attr(ts, self, "__notes__");
    if (!notes) {
        KrObject *l = kr_list_new(ts, 0);
        if (!l || set_attr(ts, self, "__notes__", l) < 0) {
            KR_XDECREF(ts, l);
            return NULL;
        }
        KR_DECREF(ts, l);
        notes = get_attr(ts, self, "__notes__");
    }
    if (!kr_list_check(notes)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    if (kr_list_append(ts, notes, note) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// Attributes CPython keeps in C fields (Krait in the instance dict): they
// are rebuilt from the args when unpickling, so __reduce__ leaves them out.
static bool field_attr(KrType *t, KrObject *key) {
    static const struct {
        KrType *type;
        const char *names[9];
    } fields[] = {
        {&kr_exc_SystemExit, {"code"}},
        {&kr_exc_StopIteration, {"value"}},
        {&kr_exc_SyntaxError,
         {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}},
        {&kr_exc_ImportError, {"msg", "name", "path"}},
        {&kr_exc_OSError, {"errno", "strerror", "filename", "filename2", "characters_written"}},
        {&kr_exc_NameError, {"name"}},
        {&kr_exc_AttributeError, {"name", "obj"}},
        {&kr_exc_UnicodeError, {"encoding", "object", "start", "end", "reason"}},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (!kr_type_is_subtype(t, fields[i].type)) {
            continue;
        }
        for (size_t j = 0; j < 9 && fields[i].names[j]; j++) {
            if (kr_str_equal_cstr(key, fields[i].names[j])) {
                return true;
            }
        }
    }
    return false;
}

// The instance dict without the C-field attributes (new ref, NULL on error).
static KrObject *reduce_state(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    KrObject *state = kr_dict_new(ts);
    intptr_t pos = 0;
    KrObject *k, *v;
    while (state && e->dict && kr_dict_next(e->dict, &pos, &k, &v)) {
        if (!(kr_str_check(k) && field_attr(KR_TYPE(self), k)) && kr_dict_set_item(ts, state, k, v) < 0) {
            KR_CLEAR(ts, state);
        }
    }
    return state;
}

// (type, args), plus the state dict when it has entries.
static KrObject *reduce_with(KrThread *ts, KrObject *self, KrObject *args, KrObject *state) {
    if (!args || !state) {
        return NULL;
    }
    if (kr_len(ts, state) > 0) {
        return kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), args, state);
    }
    return kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), args);
}

// Pickling and copying.
static KrObject *exc_reduce(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    KrObject *args = e->args ? KR_INCREF(e->args) : kr_tuple_new(ts, 0);
    KrObject *state = reduce_state(ts, self);
    KrObject *r = reduce_with(ts, self, args, state);
    KR_XDECREF(ts, args);
    KR_XDECREF(ts, state);
    return r;
}

// OSError's args gain the filename(s) that __init__ took out of them.
static KrObject *os_error_reduce(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    KrObject *fn = get_attr(ts, self, "filename"), *fn2 = get_attr(ts, self, "filename2");
    KrObject *args;
    if (fn && fn != KR_NONE && e->args && KR_TUPLE_SIZE(e->args) == 2) {
        KrObject *a0 = KR_TUPLE_GET(e->args, 0), *a1 = KR_TUPLE_GET(e->args, 1);
        args = fn2 && fn2 != KR_NONE ? kr_tuple_pack(ts, 5, a0, a1, fn, KR_NONE, fn2) : kr_tuple_pack(ts, 3, a0, a1, fn);
    } else {
        args = e->args ? KR_INCREF(e->args) : kr_tuple_new(ts, 0);
    }
    KrObject *state = reduce_state(ts, self);
    KrObject *r = reduce_with(ts, self, args, state);
    KR_XDECREF(ts, args);
    KR_XDECREF(ts, state);
    return r;
}

// ImportError keeps name= and path= (when set) in the state.
static KrObject *import_error_reduce(KrThread *ts, KrObject *self) {
    KrException *e = (KrException *)self;
    KrObject *args = e->args ? KR_INCREF(e->args) : kr_tuple_new(ts, 0);
    KrObject *state = reduce_state(ts, self);
    static const char *const keys[] = {"name", "path"};
    for (int i = 0; i < 2 && state; i++) {
        KrObject *v = get_attr(ts, self, keys[i]);
        if (v && v != KR_NONE && kr_dict_set_item_str(ts, state, keys[i], v) < 0) {
            KR_CLEAR(ts, state);
        }
    }
    KrObject *r = reduce_with(ts, self, args, state);
    KR_XDECREF(ts, args);
    KR_XDECREF(ts, state);
    return r;
}

// Restores the attributes exc_reduce saved.
static KrObject *exc_setstate(KrThread *ts, KrObject *self, KrObject *state) {
    if (state == KR_NONE) {
        KR_RETURN_NONE;
    }
    if (!kr_dict_check(state)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "state is not a dictionary");
        return NULL;
    }
    intptr_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(state, &pos, &k, &v)) {
        if (kr_setattr(ts, self, k, v) < 0) {
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static const KrMethodDef exc_methods[] = {
    {"__reduce__", exc_reduce, KR_METH_NOARGS, false, false, NULL},
    {"__setstate__", exc_setstate, KR_METH_O, false, false, NULL},
    {"with_traceback", exc_with_traceback, KR_METH_O, false, false,
     "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, KR_METH_O, false, false,
     "Exception.add_note(note) -- add a note to the exception"},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef os_error_methods[] = {
    {"__reduce__", os_error_reduce, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef import_error_methods[] = {
    {"__reduce__", import_error_reduce, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef exc_getsets[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL},
    {"args", exc_get_args, exc_set_args, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL},
    {"__cause__", exc_get_cause, exc_set_cause, NULL},
    {"__context__", exc_get_context, exc_set_context, NULL},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

extern const KrGetSetDef kr_object_dict_getset;

#define EXC(N, B)                                                                                  \
    KrType kr_exc_##N = {                                                                             \
        .base = KR_STATIC_HEAD(&kr_type_type),                                                           \
        .name = #N,                                                                                   \
        .basicsize = sizeof(KrException),                                                                \
        .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS | KR_TYPE_GC | KR_TYPE_HAS_DICT,                \
        .base_type = (KrType *)&kr_exc_##B,                                                           \
        .dictoffset = offsetof(KrException, dict),                                                       \
        .dealloc = exc_dealloc,                                                                          \
        .traverse = exc_traverse,                                                                        \
        .clear = exc_clear,                                                                              \
        .repr = exc_repr,                                                                                \
        .str = exc_str,                                                                                  \
        .new_ = exc_new,                                                                                 \
        .init = exc_init,                                                                                \
    };
#include "exceptions.def"
#undef EXC

// BaseException is its own "base" in the table: point it at object, and give
// it the methods and attributes all exceptions inherit.
static KrType *const all_exc_types[] = {
#define EXC(N, B) &kr_exc_##N,
#include "exceptions.def"
#undef EXC
};

// Builtin exceptions that inherit __new__ from their base in CPython.
static KrType *const inherits_new[] = {
    &kr_exc_AttributeError, &kr_exc_ImportError, &kr_exc_KeyError, &kr_exc_NameError, &kr_exc_SyntaxError,
    &kr_exc_BlockingIOError, &kr_exc_BrokenPipeError, &kr_exc_ChildProcessError, &kr_exc_ConnectionAbortedError,
    &kr_exc_ConnectionError, &kr_exc_ConnectionRefusedError, &kr_exc_ConnectionResetError,
    &kr_exc_FileExistsError, &kr_exc_FileNotFoundError, &kr_exc_IndentationError, &kr_exc_InterruptedError,
    &kr_exc_IsADirectoryError, &kr_exc_ModuleNotFoundError, &kr_exc_NotADirectoryError, &kr_exc_PermissionError,
    &kr_exc_ProcessLookupError, &kr_exc_StopIteration, &kr_exc_SystemExit, &kr_exc_TabError,
    &kr_exc_TimeoutError, &kr_exc_UnboundLocalError,
};

int kr_exc_add_wrappers(KrThread *ts, KrType *type, KrObject *dict) {
    bool listed = false;
    for (size_t i = 0; i < sizeof all_exc_types / sizeof all_exc_types[0] && !listed; i++) {
        listed = all_exc_types[i] == type;
    }
    if (!listed) {
        return 0;
    }
    bool own_new = true;
    for (size_t i = 0; i < sizeof inherits_new / sizeof inherits_new[0]; i++) {
        own_new &= inherits_new[i] != type;
    }
    if (kr_slots_add_wrapper_named(ts, type, dict, "__init__") < 0) {
        return -1;
    }
    return own_new ? kr_slots_add_wrapper_named(ts, type, dict, "__new__") : 0;
}

int kr_exc_ready_types(void) {
    kr_exc_BaseException.base_type = &kr_object_type;
    kr_exc_BaseException.methods = exc_methods;
    kr_exc_BaseException.getsets = exc_getsets;
    kr_exc_OSError.methods = os_error_methods;
    kr_exc_ImportError.methods = import_error_methods;
    kr_exc_OSError.new_ = os_error_new;
    kr_exc_MemoryError.new_ = memory_error_new;
    kr_exc_KeyError.str = key_error_str;
    kr_exc_SyntaxError.str = syntax_error_str;
    kr_exc_OSError.str = os_error_str;
    kr_exc_ImportError.str = import_error_str;
    kr_exc_NameError.str = name_error_str;
    kr_exc_AttributeError.str = attribute_error_str;
    kr_exc_UnicodeDecodeError.str = unicode_decode_str;
    kr_exc_UnicodeEncodeError.str = unicode_encode_str;
    kr_exc_UnicodeTranslateError.str = unicode_translate_str;
    // Parents come first: a subclass takes its base's __str__.
    for (size_t i = 1; i < sizeof all_exc_types / sizeof all_exc_types[0]; i++) {
        KrType *t = all_exc_types[i];
        if (t->str == exc_str) {
            t->str = t->base_type->str;
        }
        if (t->new_ == exc_new) {
            t->new_ = t->base_type->new_;
        }
    }
    return 0;
}

KrObject *kr_exc_new(KrThread *ts, KrType *type, KrObject *args) {
    KrObject *argv = args;
    KrObject *e = kr_call(ts, (KrObject *)type, KR_TUPLE_ITEMS(argv), (size_t)KR_TUPLE_SIZE(argv), NULL);
    KR_DECREF(ts, args);
    return e;
}

KrObject *kr_exc_raise_errno(KrThread *ts, int host_err, KrObject *filename, KrObject *filename2) {
    int err = kr_port_errno_linux(host_err);
    char buf[KR_PORT_STRERROR_SIZE];
    KrObject *items[5] = {kr_int_from_i64(ts, err), NULL, filename, KR_NONE, filename2};
    items[1] = items[0] ? kr_str_from_cstr(ts, kr_port_strerror(err, buf)) : NULL;
    // (errno, strerror[, filename[, None, filename2]]), as OSError.__init__ reads them.
    KrObject *args = items[1] ? kr_tuple_from_array(ts, items, filename2 ? 5 : filename ? 3 : 2) : NULL;
    KR_XDECREF(ts, items[0]);
    KR_XDECREF(ts, items[1]);
    KrObject *exc = args ? kr_exc_new(ts, &kr_exc_OSError, args) : NULL;
    if (exc) {
        kr_err_set_object(ts, exc);
    }
    return NULL;
}

void kr_err_syntax(KrThread *ts, KrType *type, const char *msg, const char *filename, int lineno, int offset,
                   const char *text, int end_lineno, int end_offset) {
    if (ts->exc) {
        return; // keep the first error (e.g. a MemoryError while building this one)
    }
    KrObject *m = kr_str_from_cstr(ts, msg);
    KrObject *fn = kr_str_from_cstr(ts, filename ? filename : "<unknown>");
    KrObject *ln = kr_int_from_i64(ts, lineno);
    KrObject *off = kr_int_from_i64(ts, offset);
    KrObject *tx = text ? kr_str_from_cstr(ts, text) : KR_INCREF(KR_NONE);
    if (!tx) {
        kr_err_clear(ts);
        tx = KR_INCREF(KR_NONE);
    }
    KrObject *eln = kr_int_from_i64(ts, end_lineno ? end_lineno : lineno);
    KrObject *eoff = kr_int_from_i64(ts, end_offset ? end_offset : offset);
    KrObject *info = (m && fn && ln && off && eln && eoff) ? kr_tuple_pack(ts, 6, fn, ln, off, tx, eln, eoff) : NULL;
    KrObject *args = info ? kr_tuple_pack(ts, 2, m, info) : NULL;
    KR_XDECREF(ts, m);
    KR_XDECREF(ts, fn);
    KR_XDECREF(ts, ln);
    KR_XDECREF(ts, off);
    KR_XDECREF(ts, tx);
    KR_XDECREF(ts, eln);
    KR_XDECREF(ts, eoff);
    KR_XDECREF(ts, info);
    if (!args) {
        return;
    }
    KrObject *e = kr_exc_new(ts, type, args);
    if (e) {
        kr_err_set_object(ts, e);
    }
}

// ---- tracebacks -----------------------------------------------------------------

// Tracebacks of deep recursions are long chains: free them in a loop, not
// by recursing through tb_next (the wasm stack is small).
static void tb_dealloc(KrThread *ts, KrObject *o) {
    KrTraceback *tb = (KrTraceback *)o;
    for (;;) {
        KrObject *next = tb->next;
        KR_XDECREF(ts, tb->frame);
        KR_XDECREF(ts, tb->code);
        KR_XDECREF(ts, tb->globals);
        kr_object_free(ts, (KrObject *)tb);
        if (!next || next->refcnt != 1) {
            KR_XDECREF(ts, next);
            return;
        }
        next->refcnt = 0;
        tb = (KrTraceback *)next;
    }
}

static void tb_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrTraceback *tb = (KrTraceback *)o;
    if (tb->next) visit(ts, tb->next, arg);
    if (tb->frame) visit(ts, tb->frame, arg);
    if (tb->code) visit(ts, tb->code, arg);
    if (tb->globals) visit(ts, tb->globals, arg);
}

static int tb_clear(KrThread *ts, KrObject *o) {
    KrTraceback *tb = (KrTraceback *)o;
    KR_CLEAR(ts, tb->next);
    KR_CLEAR(ts, tb->frame);
    KR_CLEAR(ts, tb->code);
    KR_CLEAR(ts, tb->globals);
    return 0;
}

static KrObject *tb_get_next(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *n = ((KrTraceback *)self)->next;
    return KR_INCREF(n ? n : KR_NONE);
}

// tb_next may be replaced by another traceback or None, never making a loop.
static int tb_set_next(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value == KR_NONE) {
        value = NULL;
    } else if (KR_TYPE(value) != &kr_traceback_type) {
        kr_err_format(ts, &kr_exc_TypeError, "expected traceback object, got '%s'", kr_type_name_cstr(KR_TYPE(value)));
        return -1;
    }
    for (KrObject *p = value; p; p = ((KrTraceback *)p)->next) {
        if (p == self) {
            kr_err_set_str(ts, &kr_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    KR_SETREF(ts, ((KrTraceback *)self)->next, value ? KR_INCREF(value) : NULL);
    return 0;
}

// tb_frame and tb_lasti are read-only members in CPython, with its message.
static int tb_set_readonly(KrThread *ts, KrObject *self, KrObject *value) {
    (void)self;
    (void)value;
    kr_err_set_str(ts, &kr_exc_AttributeError, "readonly attribute");
    return -1;
}

static KrObject *tb_get_frame(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *f = ((KrTraceback *)self)->frame;
    return KR_INCREF(f ? f : KR_NONE);
}

int kr_exc_tb_lineno(KrTraceback *tb) {
    if (tb->lineno == KR_TB_LINENO_LAZY) {
        tb->lineno = kr_code_line((const KrCode *)tb->code, tb->lasti);
    }
    return tb->lineno;
}

static KrObject *tb_get_lineno(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, kr_exc_tb_lineno((KrTraceback *)self));
}

static KrObject *tb_get_lasti(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, (int64_t)((KrTraceback *)self)->lasti * 2);
}

static KrObject *getattr_cstr(KrThread *ts, KrObject *o, const char *name) {
    KrObject *n = kr_str_from_cstr(ts, name);
    KrObject *r = n ? kr_getattr(ts, o, n) : NULL;
    KR_XDECREF(ts, n);
    return r;
}

// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), as the traceback module's users build them.
static KrObject *tb_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    KrObject *a[4];
    if (kr_parse_args(ts, "TracebackType", args, nargs, kwnames, names, 4, 0, 4, a) < 0) {
        return NULL;
    }
    if (a[0] != KR_NONE && KR_TYPE(a[0]) != &kr_traceback_type) {
        kr_err_format(ts, &kr_exc_TypeError, "expected traceback object or None, got '%s'",
                      kr_type_name_cstr(KR_TYPE(a[0])));
        return NULL;
    }
    if (KR_TYPE(a[1]) != &kr_frame_type) {
        kr_err_format(ts, &kr_exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                      kr_type_name_cstr(KR_TYPE(a[1])));
        return NULL;
    }
    int overflow;
    int64_t lasti = 0, lineno = 0;
    for (int i = 2; i < 4; i++) {
        if (!kr_int_check(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          kr_type_name_cstr(KR_TYPE(a[i])));
            return NULL;
        }
        int64_t v = kr_int_as_i64(a[i], &overflow);
        if (overflow || v > INT32_MAX || v < INT32_MIN) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        *(i == 2 ? &lasti : &lineno) = v;
    }
    KrObject *code = getattr_cstr(ts, a[1], "f_code");
    KrObject *globals = code ? getattr_cstr(ts, a[1], "f_globals") : NULL;
    if (!globals) {
        KR_XDECREF(ts, code);
        return NULL;
    }
    KrTraceback *tb = (KrTraceback *)kr_object_alloc(ts, type, sizeof(KrTraceback));
    if (tb) {
        tb->next = a[0] == KR_NONE ? NULL : KR_INCREF(a[0]);
        tb->frame = KR_INCREF(a[1]);
        tb->code = KR_INCREF(code);
        tb->globals = KR_INCREF(globals);
        tb->lasti = (int)(lasti / 2);
        tb->lineno = (int)lineno;
    }
    KR_DECREF(ts, code);
    KR_DECREF(ts, globals);
    return (KrObject *)tb;
}

static const KrGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_frame", tb_get_frame, tb_set_readonly, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, tb_set_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_traceback_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "traceback",
    .basicsize = sizeof(KrTraceback),
    .flags = KR_TYPE_GC,
    .dealloc = tb_dealloc,
    .new_ = tb_new,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getsets = tb_getsets,
};

int kr_exc_add_traceback(KrThread *ts, KrObject *exc, KrObject *frame, KrObject *code, KrObject *globals, int lasti) {
    KrTraceback *tb = (KrTraceback *)kr_object_alloc(ts, &kr_traceback_type, sizeof(KrTraceback));
    if (!tb) {
        return -1;
    }
    KrException *e = (KrException *)exc;
    tb->next = e->traceback;
    tb->frame = frame ? KR_INCREF(frame) : NULL;
    tb->code = KR_INCREF(code);
    tb->globals = globals ? KR_INCREF(globals) : NULL;
    tb->lineno = KR_TB_LINENO_LAZY;
    tb->lasti = lasti;
    e->traceback = (KrObject *)tb;
    return 0;
}
