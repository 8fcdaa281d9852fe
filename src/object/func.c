// SPDX-License-Identifier: MIT
// Function objects: Python functions, C functions, bound methods, method and
// getset descriptors, staticmethod/classmethod/property, cells, and argument
// parsing for C functions.
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "module.h"
#include "singletons.h"
#include "str.h"

// ---- Python functions ------------------------------------------------------------

KrObject *kr_function_new(KrThread *ts, KrCode *code, KrObject *globals, KrObject *qualname) {
    KrFunction *f = (KrFunction *)kr_object_alloc(ts, &kr_function_type, sizeof(KrFunction));
    if (!f) {
        return NULL;
    }
    f->code = (KrCode *)KR_INCREF(code);
    f->globals = KR_INCREF(globals);
    KrObject *b = kr_dict_get_item(ts, globals, KR_ID(ts, __builtins__));
    if (b && KR_TYPE(b) != &kr_dict_type) {
        b = kr_object_get_dict(ts, b, false);
    }
    f->builtins = KR_INCREF(b ? b : ts->vm->builtins);
    f->name = KR_INCREF(code->name);
    f->qualname = KR_INCREF(qualname ? qualname : code->qualname);
    KrObject *mod = kr_dict_get_item(ts, globals, KR_ID(ts, __name__));
    f->module = mod ? KR_INCREF(mod) : NULL;
    // As CPython 3.11: a function's docstring is its first constant, if a str.
    KrObject *doc = KR_NONE;
    if (KR_TUPLE_SIZE(code->consts) > 0 && kr_str_check(KR_TUPLE_GET(code->consts, 0))) {
        doc = KR_TUPLE_GET(code->consts, 0);
    }
    f->doc = KR_INCREF(doc);
    return (KrObject *)f;
}

static void function_dealloc(KrThread *ts, KrObject *o) {
    KrFunction *f = (KrFunction *)o;
    KR_XDECREF(ts, f->code);
    KR_XDECREF(ts, f->globals);
    KR_XDECREF(ts, f->builtins);
    KR_XDECREF(ts, f->defaults);
    KR_XDECREF(ts, f->kwdefaults);
    KR_XDECREF(ts, f->closure);
    KR_XDECREF(ts, f->name);
    KR_XDECREF(ts, f->qualname);
    KR_XDECREF(ts, f->module);
    KR_XDECREF(ts, f->doc);
    KR_XDECREF(ts, f->dict);
    KR_XDECREF(ts, f->annotations);
    kr_mem_free(ts, f->global_cache);
    kr_object_free(ts, o);
}

static void function_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrFunction *f = (KrFunction *)o;
    KrObject *refs[] = {(KrObject *)f->code, f->globals, f->builtins, f->defaults, f->kwdefaults, f->closure,
                        f->name, f->qualname, f->module, f->doc, f->dict, f->annotations};
    for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
        if (refs[i]) {
            visit(ts, refs[i], arg);
        }
    }
}

static int function_clear(KrThread *ts, KrObject *o) {
    KrFunction *f = (KrFunction *)o;
    KR_CLEAR(ts, f->globals);
    KR_CLEAR(ts, f->builtins);
    KR_CLEAR(ts, f->defaults);
    KR_CLEAR(ts, f->kwdefaults);
    KR_CLEAR(ts, f->closure);
    KR_CLEAR(ts, f->module);
    KR_CLEAR(ts, f->doc);
    KR_CLEAR(ts, f->dict);
    KR_CLEAR(ts, f->annotations);
    return 0;
}

static KrObject *function_repr(KrThread *ts, KrObject *o) {
    return kr_str_from_format(ts, "<function %U at %p>", ((KrFunction *)o)->qualname, (void *)o);
}

static KrObject *function_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    return kr_eval_call_function(ts, callable, args, nargs, kwnames);
}

static KrObject *function_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)type;
    if (!obj) {
        return KR_INCREF(descr);
    }
    return kr_method_new(ts, descr, obj);
}

// __defaults__ must stay a tuple and __kwdefaults__ a dict: argument binding relies on it.
static bool field_value_ok(KrThread *ts, const char *field, KrObject *value) {
    if (strcmp(field, "defaults") == 0 && !kr_tuple_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__defaults__ must be set to a tuple object");
        return false;
    }
    if (strcmp(field, "kwdefaults") == 0 && !kr_dict_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return false;
    }
    return true;
}

#define FUNC_FIELD_GETSET(field, allow_none)                                                  \
    static KrObject *function_get_##field(KrThread *ts, KrObject *self) {                     \
        (void)ts;                                                                             \
        KrObject *v = ((KrFunction *)self)->field;                                            \
        return KR_INCREF(v ? v : KR_NONE);                                                    \
    }                                                                                         \
    static int function_set_##field(KrThread *ts, KrObject *self, KrObject *value) {          \
        if (!allow_none && (!value || value == KR_NONE)) {                                    \
            kr_err_set_str(ts, &kr_exc_TypeError, #field " must be set to a non-None value"); \
            return -1;                                                                        \
        }                                                                                     \
        if (value && value != KR_NONE && !field_value_ok(ts, #field, value)) {                \
            return -1;                                                                        \
        }                                                                                     \
        KrObject *nv = value && value != KR_NONE ? KR_INCREF(value) : NULL;                   \
        KR_SETREF(ts, ((KrFunction *)self)->field, nv);                                       \
        return 0;                                                                             \
    }
FUNC_FIELD_GETSET(defaults, true)
FUNC_FIELD_GETSET(kwdefaults, true)
FUNC_FIELD_GETSET(module, true)
FUNC_FIELD_GETSET(doc, true)

static KrObject *function_get_name(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrFunction *)self)->name);
}

static int function_set_name(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value || !kr_str_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(ts, ((KrFunction *)self)->name, KR_INCREF(value));
    return 0;
}

static KrObject *function_get_qualname(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrFunction *)self)->qualname);
}

static int function_set_qualname(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value || !kr_str_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(ts, ((KrFunction *)self)->qualname, KR_INCREF(value));
    return 0;
}

static KrObject *function_get_code(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrFunction *)self)->code);
}

// The new code must capture exactly as many cells as the closure holds.
static int function_set_code(KrThread *ts, KrObject *self, KrObject *value) {
    KrFunction *f = (KrFunction *)self;
    if (!value || KR_TYPE(value) != &kr_code_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    intptr_t nfree = KR_TUPLE_SIZE(((KrCode *)value)->freevars);
    intptr_t nclosure = f->closure ? KR_TUPLE_SIZE(f->closure) : 0;
    if (nfree != nclosure) {
        kr_err_format(ts, &kr_exc_ValueError, "%U() requires a code object with %zd free vars, not %zd", f->name,
                      nclosure, nfree);
        return -1;
    }
    KR_SETREF(ts, f->code, (KrCode *)KR_INCREF(value));
    // The global cache is indexed by the old code's names.
    kr_mem_free(ts, f->global_cache);
    f->global_cache = NULL;
    return 0;
}

static KrObject *function_get_globals(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrFunction *)self)->globals);
}

static KrObject *function_get_builtins(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrFunction *)self)->builtins);
}

static KrObject *function_get_closure(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *c = ((KrFunction *)self)->closure;
    return KR_INCREF(c ? c : KR_NONE);
}

static KrObject *function_get_dict(KrThread *ts, KrObject *self) {
    KrFunction *f = (KrFunction *)self;
    if (!f->dict) {
        f->dict = kr_dict_new(ts);
        if (!f->dict) {
            return NULL;
        }
    }
    return KR_INCREF(f->dict);
}

static int function_set_dict(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value || !kr_dict_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value ? value : KR_NONE);
        return -1;
    }
    KR_SETREF(ts, ((KrFunction *)self)->dict, KR_INCREF(value));
    return 0;
}

static KrObject *function_get_annotations(KrThread *ts, KrObject *self) {
    KrFunction *f = (KrFunction *)self;
    if (!f->annotations) {
        f->annotations = kr_dict_new(ts);
        if (!f->annotations) {
            return NULL;
        }
    }
    return KR_INCREF(f->annotations);
}

static int function_set_annotations(KrThread *ts, KrObject *self, KrObject *value) {
    if (value && value != KR_NONE && !kr_dict_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(ts, ((KrFunction *)self)->annotations, value && value != KR_NONE ? KR_INCREF(value) : NULL);
    return 0;
}

static const KrGetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name, NULL},
    {"__qualname__", function_get_qualname, function_set_qualname, NULL},
    {"__code__", function_get_code, function_set_code, NULL},
    {"__globals__", function_get_globals, NULL, NULL},
    {"__builtins__", function_get_builtins, NULL, NULL},
    {"__closure__", function_get_closure, NULL, NULL},
    {"__defaults__", function_get_defaults, function_set_defaults, NULL},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults, NULL},
    {"__module__", function_get_module, function_set_module, NULL},
    {"__doc__", function_get_doc, function_set_doc, NULL},
    {"__dict__", function_get_dict, function_set_dict, NULL},
    {"__annotations__", function_get_annotations, function_set_annotations, NULL},
    {NULL, NULL, NULL, NULL},
};

// function(code, globals, name=None, argdefs=None, closure=None), as types.FunctionType.
static KrObject *function_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    KrObject *a[5];
    if (kr_parse_args(ts, "function", args, nargs, kwnames, names, 2, 0, 5, a) < 0) {
        return NULL;
    }
    KrObject *name = a[2] && a[2] != KR_NONE ? a[2] : NULL;
    KrObject *defs = a[3] && a[3] != KR_NONE ? a[3] : NULL;
    KrObject *closure = a[4] && a[4] != KR_NONE ? a[4] : NULL;
    if (KR_TYPE(a[0]) != &kr_code_type) {
        kr_err_format(ts, &kr_exc_TypeError, "function() argument 'code' must be code, not %s",
                      kr_type_name_cstr(KR_TYPE(a[0])));
        return NULL;
    }
    if (!kr_dict_check(a[1])) {
        kr_err_format(ts, &kr_exc_TypeError, "function() argument 'globals' must be dict, not %s",
                      kr_type_name_cstr(KR_TYPE(a[1])));
        return NULL;
    }
    if (name && !kr_str_check(name)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "arg 3 (name) must be None or string");
        return NULL;
    }
    if (defs && !kr_tuple_check(defs)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    KrCode *code = (KrCode *)a[0];
    intptr_t nfree = KR_TUPLE_SIZE(code->freevars);
    intptr_t nclosure = 0;
    if (closure || nfree > 0) {
        if (!closure || !kr_tuple_check(closure)) {
            kr_err_format(ts, &kr_exc_TypeError, "arg 5 (closure) must be %stuple", closure ? "None or " : "");
            return NULL;
        }
        nclosure = KR_TUPLE_SIZE(closure);
    }
    if (nfree != nclosure) {
        kr_err_format(ts, &kr_exc_ValueError, "%U requires closure of length %lld, not %lld", code->name,
                      (long long)nfree, (long long)nclosure);
        return NULL;
    }
    for (intptr_t i = 0; i < nclosure; i++) {
        KrObject *c = KR_TUPLE_GET(closure, i);
        if (KR_TYPE(c) != &kr_cell_type) {
            kr_err_format(ts, &kr_exc_TypeError, "arg 5 (closure) expected cell, found %s",
                          kr_type_name_cstr(KR_TYPE(c)));
            return NULL;
        }
    }
    KrFunction *f = (KrFunction *)kr_function_new(ts, code, a[1], NULL);
    if (!f) {
        return NULL;
    }
    if (name) {
        KR_SETREF(ts, f->name, KR_INCREF(name));
    }
    f->defaults = defs ? KR_INCREF(defs) : NULL;
    f->closure = nclosure ? KR_INCREF(closure) : NULL;
    return (KrObject *)f;
}

KrType kr_function_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "function",
    .basicsize = sizeof(KrFunction),
    .flags = KR_TYPE_GC | KR_TYPE_HAS_DICT | KR_TYPE_WEAKREFABLE,
    .dictoffset = offsetof(KrFunction, dict),
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .call = function_call,
    .new_ = function_new,
    .descr_get = function_get,
    .getsets = function_getsets,
};

// ---- C functions -------------------------------------------------------------

KrObject *kr_cfunction_new(KrThread *ts, const KrMethodDef *def, KrObject *self, KrObject *module) {
    KrCFunction *f = (KrCFunction *)kr_object_alloc(ts, &kr_cfunction_type, sizeof(KrCFunction));
    if (!f) {
        return NULL;
    }
    f->def = def;
    f->self = self ? KR_INCREF(self) : NULL;
    f->module = module ? KR_INCREF(module) : NULL;
    return (KrObject *)f;
}

static void cfunction_dealloc(KrThread *ts, KrObject *o) {
    KrCFunction *f = (KrCFunction *)o;
    KR_XDECREF(ts, f->self);
    KR_XDECREF(ts, f->module);
    kr_object_free(ts, o);
}

static void cfunction_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrCFunction *f = (KrCFunction *)o;
    if (f->self) visit(ts, f->self, arg);
    if (f->module) visit(ts, f->module, arg);
}

static KrObject *cfunction_repr(KrThread *ts, KrObject *o) {
    KrCFunction *f = (KrCFunction *)o;
    if (!f->self || KR_TYPE(f->self) == &kr_module_type) {
        return kr_str_from_format(ts, "<built-in function %s>", f->def->name);
    }
    return kr_str_from_format(ts, "<built-in method %s of %s object at %p>", f->def->name,
                              kr_type_name_cstr(KR_TYPE(f->self)), (void *)f->self);
}

// The name CPython's argument-count messages give a C function: "T.name" for
// a method (T is the descriptor's owner, or the type a bound method was bound
// to, or the bound object's type), "module.name" for a function of a module
// other than builtins, else the bare name. NULL (exception set) on error.
static KrObject *def_display_name(KrThread *ts, const KrMethodDef *def, KrType *owner, KrObject *module) {
    if (owner) {
        KrObject *q = kr_getattr(ts, (KrObject *)owner, KR_ID(ts, __qualname__));
        if (!q) {
            return NULL;
        }
        KrObject *r = kr_str_check(q) ? kr_str_from_format(ts, "%U.%s", q, def->name)
                                      : kr_str_from_format(ts, "%s.%s", kr_type_name_cstr(owner), def->name);
        KR_DECREF(ts, q);
        return r;
    }
    if (module && kr_str_check(module) && !kr_str_equal_cstr(module, "builtins")) {
        return kr_str_from_format(ts, "%U.%s", module, def->name);
    }
    return kr_str_from_cstr(ts, def->name);
}

// Raises the TypeError of a NOARGS / O method called with the wrong arguments.
static KrObject *arg_count_error(KrThread *ts, const KrMethodDef *def, KrType *owner, KrObject *module, size_t nargs,
                                 size_t nkw) {
    KrObject *name = def_display_name(ts, def, owner, module);
    if (!name) {
        return NULL;
    }
    if (nkw) {
        kr_err_format(ts, &kr_exc_TypeError, "%U() takes no keyword arguments", name);
    } else if (def->kind == KR_METH_NOARGS) {
        kr_err_format(ts, &kr_exc_TypeError, "%U() takes no arguments (%d given)", name, (int)nargs);
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "%U() takes exactly one argument (%d given)", name, (int)nargs);
    }
    KR_DECREF(ts, name);
    return NULL;
}

// Calls a method table entry with `self` (NULL for plain functions). `owner`
// and `module` only name the function in error messages (both may be NULL).
static KrObject *call_def(KrThread *ts, const KrMethodDef *def, KrObject *self, KrObject *const *args, size_t nargs,
                          KrObject *kwnames, KrType *owner, KrObject *module) {
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    switch (def->kind) {
    case KR_METH_VARARGS:
        return ((KrCallFn)def->fn)(ts, self, args, nargs, kwnames);
    case KR_METH_NOARGS:
        if (nargs != 0 || nkw != 0) {
            return arg_count_error(ts, def, owner, module, nargs, nkw);
        }
        return ((KrUnaryFn)def->fn)(ts, self);
    case KR_METH_O:
        if (nargs != 1 || nkw != 0) {
            return arg_count_error(ts, def, owner, module, nargs, nkw);
        }
        return ((KrBinaryFn)def->fn)(ts, self, args[0]);
    }
    kr_err_set_str(ts, &kr_exc_SystemError, "bad method kind");
    return NULL;
}

static KrObject *cfunction_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    KrCFunction *f = (KrCFunction *)callable;
    KrType *owner = NULL;
    if (f->self && KR_TYPE(f->self) != &kr_module_type) {
        owner = KR_TYPE_CHECK_FLAG(f->self, KR_TYPE_TYPE_SUBCLASS) ? (KrType *)f->self : KR_TYPE(f->self);
    }
    return call_def(ts, f->def, f->self, args, nargs, kwnames, owner, f->module);
}

static KrObject *cfunction_get_name(KrThread *ts, KrObject *self) {
    return kr_str_from_cstr(ts, ((KrCFunction *)self)->def->name);
}

static KrObject *cfunction_get_qualname(KrThread *ts, KrObject *self) {
    KrCFunction *f = (KrCFunction *)self;
    if (!f->self || KR_TYPE(f->self) == &kr_module_type) {
        return kr_str_from_cstr(ts, f->def->name);
    }
    KrType *t = kr_isinstance_type(f->self, &kr_type_type) ? (KrType *)f->self : KR_TYPE(f->self);
    return kr_str_from_format(ts, "%s.%s", kr_type_name_cstr(t), f->def->name);
}

static KrObject *cfunction_get_self(KrThread *ts, KrObject *self) {
    (void)ts;
    KrCFunction *f = (KrCFunction *)self;
    return KR_INCREF(f->self ? f->self : KR_NONE);
}

static KrObject *cfunction_get_doc(KrThread *ts, KrObject *self) {
    const char *doc = ((KrCFunction *)self)->def->doc;
    return doc ? kr_str_from_cstr(ts, doc) : KR_INCREF(KR_NONE);
}

static KrObject *cfunction_get_module(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *m = ((KrCFunction *)self)->module;
    return KR_INCREF(m ? m : KR_NONE);
}

// Two builtin methods are equal when they wrap the same C function bound to
// the same object (dict.fromkeys == dict.fromkeys), as in CPython.
static KrObject *cfunction_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    (void)ts;
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(a) != &kr_cfunction_type || KR_TYPE(b) != &kr_cfunction_type) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrCFunction *x = (KrCFunction *)a, *y = (KrCFunction *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return KR_INCREF((eq == (op == KR_EQ)) ? KR_TRUE : KR_FALSE);
}

static KrHash cfunction_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    KrCFunction *f = (KrCFunction *)o;
    uintptr_t y = (uintptr_t)f->self ^ (uintptr_t)f->def;
    KrHash h = (KrHash)(intptr_t)((y >> 4) | (y << (8 * sizeof(y) - 4)));
    return h == -1 ? -2 : h;
}

// Pickling a module-level function saves it by name; a bound one as
// getattr(self, name), as CPython's meth_reduce.
static KrObject *cfunction_reduce(KrThread *ts, KrObject *self) {
    KrCFunction *f = (KrCFunction *)self;
    if (!f->self || KR_TYPE(f->self) == &kr_module_type) {
        return cfunction_get_qualname(ts, self);
    }
    KrObject *getattr_fn = kr_dict_get_item_str(ts, ts->vm->builtins, "getattr");
    KrObject *name = getattr_fn ? kr_str_from_cstr(ts, f->def->name) : NULL;
    KrObject *args = name ? kr_tuple_pack(ts, 2, f->self, name) : NULL;
    KrObject *r = args ? kr_tuple_pack(ts, 2, getattr_fn, args) : NULL;
    KR_XDECREF(ts, name);
    KR_XDECREF(ts, args);
    return r;
}

static const KrMethodDef cfunction_methods[] = {
    {"__reduce__", (void *)cfunction_reduce, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef cfunction_getsets[] = {
    {"__name__", cfunction_get_name, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL},
    {"__module__", cfunction_get_module, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_cfunction_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(KrCFunction),
    .flags = KR_TYPE_GC | KR_TYPE_WEAKREFABLE,
    .dealloc = cfunction_dealloc,
    .traverse = cfunction_traverse,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .call = cfunction_call,
    .methods = cfunction_methods,
    .getsets = cfunction_getsets,
};

// ---- method descriptors (list.append seen on the class) ------------------------

static void descr_dealloc(KrThread *ts, KrObject *o) {
    kr_object_free(ts, o);
}

static KrObject *method_descr_repr(KrThread *ts, KrObject *o) {
    KrMethodDescr *d = (KrMethodDescr *)o;
    return kr_str_from_format(ts, "<method '%s' of '%s' objects>", d->def->name, kr_type_name_cstr(d->owner));
}

static KrObject *method_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)type;
    KrMethodDescr *d = (KrMethodDescr *)descr;
    if (!obj) {
        return KR_INCREF(descr);
    }
    if (!kr_isinstance_type(obj, d->owner)) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, kr_type_name_cstr(d->owner), kr_type_name_cstr(KR_TYPE(obj)));
        return NULL;
    }
    return kr_cfunction_new(ts, d->def, obj, NULL);
}

static KrObject *method_descr_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    KrMethodDescr *d = (KrMethodDescr *)callable;
    if (nargs < 1) {
        kr_err_format(ts, &kr_exc_TypeError, "unbound method %s.%s() needs an argument", kr_type_name_cstr(d->owner),
                      d->def->name);
        return NULL;
    }
    if (!kr_isinstance_type(args[0], d->owner)) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, kr_type_name_cstr(d->owner), kr_type_name_cstr(KR_TYPE(args[0])));
        return NULL;
    }
    return call_def(ts, d->def, args[0], args + 1, nargs - 1, kwnames, d->owner, NULL);
}

static KrObject *method_descr_get_name(KrThread *ts, KrObject *self) {
    return kr_str_from_cstr(ts, ((KrMethodDescr *)self)->def->name);
}

static KrObject *method_descr_get_qualname(KrThread *ts, KrObject *self) {
    KrMethodDescr *d = (KrMethodDescr *)self;
    return kr_str_from_format(ts, "%s.%s", kr_type_name_cstr(d->owner), d->def->name);
}

static KrObject *method_descr_get_doc(KrThread *ts, KrObject *self) {
    const char *doc = ((KrMethodDescr *)self)->def->doc;
    return doc ? kr_str_from_cstr(ts, doc) : KR_INCREF(KR_NONE);
}

static KrObject *method_descr_get_objclass(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrMethodDescr *)self)->owner);
}

static const KrGetSetDef method_descr_getsets[] = {
    {"__name__", method_descr_get_name, NULL, NULL},
    {"__qualname__", method_descr_get_qualname, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL},
    {"__objclass__", method_descr_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_method_descr_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(KrMethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

// A classmethod implemented in C (dict.fromkeys): binds to the class.
static KrObject *classmethod_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    KrMethodDescr *d = (KrMethodDescr *)descr;
    KrObject *cls = type ? type : (KrObject *)KR_TYPE(obj);
    return kr_cfunction_new(ts, d->def, cls, NULL);
}

static KrObject *classmethod_descr_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                                        KrObject *kwnames) {
    KrMethodDescr *d = (KrMethodDescr *)callable;
    if (nargs < 1 || !kr_isinstance_type(args[0], &kr_type_type)) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor '%s' of '%s' object needs a type", d->def->name,
                      kr_type_name_cstr(d->owner));
        return NULL;
    }
    return call_def(ts, d->def, args[0], args + 1, nargs - 1, kwnames, (KrType *)args[0], NULL);
}

static KrObject *classmethod_descr_repr(KrThread *ts, KrObject *o) {
    KrMethodDescr *d = (KrMethodDescr *)o;
    return kr_str_from_format(ts, "<method '%s' of '%s' objects>", d->def->name, kr_type_name_cstr(d->owner));
}

KrType kr_classmethod_descr_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(KrMethodDescr),
    .dealloc = descr_dealloc,
    .repr = classmethod_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
};

// ---- getset descriptors ------------------------------------------------------

static KrObject *getset_descr_repr(KrThread *ts, KrObject *o) {
    KrGetSetDescr *d = (KrGetSetDescr *)o;
    return kr_str_from_format(ts, "<attribute '%s' of '%s' objects>", d->def->name, kr_type_name_cstr(d->owner));
}

static KrObject *getset_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)type;
    KrGetSetDescr *d = (KrGetSetDescr *)descr;
    if (!obj) {
        return KR_INCREF(descr);
    }
    if (!kr_isinstance_type(obj, d->owner)) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, kr_type_name_cstr(d->owner), kr_type_name_cstr(KR_TYPE(obj)));
        return NULL;
    }
    return d->def->get(ts, obj);
}

static int getset_descr_set(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value) {
    KrGetSetDescr *d = (KrGetSetDescr *)descr;
    if (!d->def->set) {
        // CPython's read-only members (range, slice, complex fields) say just "readonly attribute".
        // (type's __dict__ is a getset in CPython, not a member.)
        bool member = kr_isinstance_type(obj, &kr_type_type) && strcmp(d->def->name, "__dict__") != 0;
        if (member || d->owner == &kr_function_type || d->owner == &kr_range_type ||
            d->owner == &kr_slice_type || d->owner == &kr_complex_type) {
            kr_err_format(ts, &kr_exc_AttributeError, "readonly attribute");
        } else {
            // A builtin type goes by its full name here ('collections.deque').
            kr_err_format(ts, &kr_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                          d->owner->flags & KR_TYPE_HEAP ? kr_type_name_cstr(d->owner) : d->owner->name);
        }
        return -1;
    }
    return d->def->set(ts, obj, value);
}

static KrObject *getset_descr_get_name(KrThread *ts, KrObject *self) {
    return kr_str_from_cstr(ts, ((KrGetSetDescr *)self)->def->name);
}

static KrObject *getset_descr_get_qualname(KrThread *ts, KrObject *self) {
    KrGetSetDescr *d = (KrGetSetDescr *)self;
    KrObject *q = kr_getattr(ts, (KrObject *)d->owner, KR_ID(ts, __qualname__));
    KrObject *r = q ? kr_str_from_format(ts, "%U.%s", q, d->def->name) : NULL;
    KR_XDECREF(ts, q);
    return r;
}

static KrObject *getset_descr_get_doc(KrThread *ts, KrObject *self) {
    const char *doc = ((KrGetSetDescr *)self)->def->doc;
    return doc ? kr_str_from_cstr(ts, doc) : KR_INCREF(KR_NONE);
}

static KrObject *getset_descr_get_objclass(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrGetSetDescr *)self)->owner);
}

static const KrGetSetDef getset_descr_getsets[] = {
    {"__name__", getset_descr_get_name, NULL, NULL},
    {"__qualname__", getset_descr_get_qualname, NULL, NULL},
    {"__doc__", getset_descr_get_doc, NULL, NULL},
    {"__objclass__", getset_descr_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_getset_descr_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(KrGetSetDescr),
    .dealloc = descr_dealloc,
    .repr = getset_descr_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .getsets = getset_descr_getsets,
};

// ---- bound methods -----------------------------------------------------------

static KrObject *bound_new(KrThread *ts, KrType *type, KrObject *func, KrObject *self) {
    KrMethod *m = (KrMethod *)kr_object_alloc(ts, type, sizeof(KrMethod));
    if (!m) {
        return NULL;
    }
    m->func = KR_INCREF(func);
    m->self = KR_INCREF(self);
    return (KrObject *)m;
}

KrObject *kr_method_new(KrThread *ts, KrObject *func, KrObject *self) {
    return bound_new(ts, &kr_method_type, func, self);
}

// A slot wrapper bound to an instance: (1).__add__ is a 'method-wrapper'.
KrObject *kr_method_wrapper_new(KrThread *ts, KrObject *wrapper, KrObject *self) {
    return bound_new(ts, &kr_methodwrapper_type, wrapper, self);
}

static void method_dealloc(KrThread *ts, KrObject *o) {
    KrMethod *m = (KrMethod *)o;
    KR_XDECREF(ts, m->func);
    KR_XDECREF(ts, m->self);
    kr_object_free(ts, o);
}

static void method_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrMethod *m = (KrMethod *)o;
    if (m->func) visit(ts, m->func, arg);
    if (m->self) visit(ts, m->self, arg);
}

static int method_clear(KrThread *ts, KrObject *o) {
    KrMethod *m = (KrMethod *)o;
    KR_CLEAR(ts, m->func);
    KR_CLEAR(ts, m->self);
    return 0;
}

static KrObject *method_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                             KrObject *kwnames) {
    KrMethod *m = (KrMethod *)callable;
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    KrObject *small[8];
    KrObject **argv = small;
    if (nargs + nkw + 1 > 8) {
        argv = kr_mem_alloc(ts, sizeof(KrObject *) * (nargs + nkw + 1));
        if (!argv) {
            return NULL;
        }
    }
    argv[0] = m->self;
    if (nargs + nkw) {
        memcpy(argv + 1, args, sizeof(KrObject *) * (nargs + nkw));
    }
    KrObject *r = kr_call(ts, m->func, argv, nargs + 1, kwnames);
    if (argv != small) {
        kr_mem_free(ts, argv);
    }
    return r;
}

static KrObject *method_repr(KrThread *ts, KrObject *o) {
    KrMethod *m = (KrMethod *)o;
    KrObject *name = kr_getattr_cstr(ts, m->func, "__qualname__");
    if (!name) {
        kr_err_clear(ts);
        name = kr_str_from_cstr(ts, "?");
        if (!name) {
            return NULL;
        }
    }
    KrObject *self_repr = kr_repr(ts, m->self);
    KrObject *r = self_repr ? kr_str_from_format(ts, "<bound method %U of %U>", name, self_repr) : NULL;
    KR_XDECREF(ts, self_repr);
    KR_DECREF(ts, name);
    return r;
}

static KrObject *method_wrapper_repr(KrThread *ts, KrObject *o) {
    KrMethod *m = (KrMethod *)o;
    KrObject *name = kr_getattr(ts, m->func, KR_ID(ts, __name__));
    if (!name) {
        return NULL;
    }
    KrObject *r = kr_str_from_format(ts, "<method-wrapper '%U' of %s object at %p>", name,
                                     kr_type_name_cstr(KR_TYPE(m->self)), (void *)m->self);
    KR_DECREF(ts, name);
    return r;
}

static KrObject *method_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != KR_TYPE(a)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrMethod *x = (KrMethod *)a, *y = (KrMethod *)b;
    int eq = kr_equal(ts, x->func, y->func);
    if (eq < 0) {
        return NULL;
    }
    eq = eq && x->self == y->self;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static KrHash method_hash(KrThread *ts, KrObject *o) {
    KrMethod *m = (KrMethod *)o;
    KrHash h = kr_hash(ts, m->func);
    if (h == -1) {
        return -1;
    }
    KrHash r = h ^ (KrHash)(((uintptr_t)m->self) >> 4);
    return r == -1 ? -2 : r;
}

// Attributes not found on the method come from the function (__name__, __doc__...).
static KrObject *method_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    KrObject *r = kr_generic_getattr(ts, o, name);
    if (r || !kr_err_matches(ts, &kr_exc_AttributeError)) {
        return r;
    }
    kr_err_clear(ts);
    return kr_getattr(ts, ((KrMethod *)o)->func, name);
}

static KrObject *method_get_func(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrMethod *)self)->func);
}

static KrObject *method_get_self(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrMethod *)self)->self);
}

static const KrGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

// method(function, instance): types.MethodType, as weakref.WeakMethod uses it.
static KrObject *method_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "method() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        kr_err_format(ts, &kr_exc_TypeError, "method expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (!kr_callable(args[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == KR_NONE) {
        kr_err_set_str(ts, &kr_exc_TypeError, "instance must not be None");
        return NULL;
    }
    return kr_method_new(ts, args[0], args[1]);
}

KrType kr_method_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "method",
    .basicsize = sizeof(KrMethod),
    .flags = KR_TYPE_GC | KR_TYPE_WEAKREFABLE,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .new_ = method_new,
    .getsets = method_getsets,
};

static const KrGetSetDef method_wrapper_getsets[] = {
    {"__self__", method_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_methodwrapper_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "method-wrapper",
    .basicsize = sizeof(KrMethod),
    .flags = KR_TYPE_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_wrapper_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_wrapper_getsets,
};

// ---- staticmethod / classmethod ---------------------------------------------

typedef struct KrWrapperDescr {
    KrObject base;
    KrObject *callable;
    KrObject *dict;
} KrWrapperDescr;

static void wrapper_dealloc(KrThread *ts, KrObject *o) {
    KrWrapperDescr *w = (KrWrapperDescr *)o;
    KR_XDECREF(ts, w->callable);
    KR_XDECREF(ts, w->dict);
    kr_object_free(ts, o);
}

static void wrapper_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrWrapperDescr *w = (KrWrapperDescr *)o;
    if (w->callable) visit(ts, w->callable, arg);
    if (w->dict) visit(ts, w->dict, arg);
}

static int wrapper_clear(KrThread *ts, KrObject *o) {
    KrWrapperDescr *w = (KrWrapperDescr *)o;
    KR_CLEAR(ts, w->callable);
    KR_CLEAR(ts, w->dict);
    return 0;
}

static int wrapper_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (nargs != 1 && (!kwnames || KR_TUPLE_SIZE(kwnames) == 0)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected 1 argument, got %zu", kr_type_name_cstr(KR_TYPE(self)),
                      nargs);
        return -1;
    }
    if (kr_check_positional(ts, kr_type_name_cstr(KR_TYPE(self)), nargs, kwnames, 1, 1) < 0) {
        return -1;
    }
    KR_SETREF(ts, ((KrWrapperDescr *)self)->callable, KR_INCREF(args[0]));
    return 0;
}

static KrObject *wrapper_get_func(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *c = ((KrWrapperDescr *)self)->callable;
    return KR_INCREF(c ? c : KR_NONE);
}

// __name__, __doc__ and friends come from the wrapped callable.
static KrObject *wrapper_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    KrObject *r = kr_generic_getattr(ts, o, name);
    if (r || !kr_err_matches(ts, &kr_exc_AttributeError) || !((KrWrapperDescr *)o)->callable) {
        return r;
    }
    kr_err_clear(ts);
    return kr_getattr(ts, ((KrWrapperDescr *)o)->callable, name);
}

static KrObject *wrapper_get_isabstract(KrThread *ts, KrObject *self) {
    KrObject *c = ((KrWrapperDescr *)self)->callable;
    KrObject *v = c ? kr_getattr_opt(ts, c, KR_ID(ts, __isabstractmethod__)) : NULL;
    if (!v) {
        return kr_err_occurred(ts) ? NULL : KR_INCREF(KR_FALSE);
    }
    int t = kr_is_true(ts, v);
    KR_DECREF(ts, v);
    return t < 0 ? NULL : kr_bool_from(t);
}

static const KrGetSetDef wrapper_getsets[] = {
    {"__isabstractmethod__", wrapper_get_isabstract, NULL, NULL},
    {"__func__", wrapper_get_func, NULL, NULL},
    {"__wrapped__", wrapper_get_func, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static KrObject *staticmethod_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)ts;
    (void)obj;
    (void)type;
    return KR_INCREF(((KrWrapperDescr *)descr)->callable);
}

static KrObject *staticmethod_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    return kr_call(ts, ((KrWrapperDescr *)callable)->callable, args, nargs, kwnames);
}

static KrObject *generic_alloc_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return kr_object_alloc(ts, type, type->basicsize);
}

KrType kr_staticmethod_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "staticmethod",
    .basicsize = sizeof(KrWrapperDescr),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_HAS_DICT,
    .dictoffset = offsetof(KrWrapperDescr, dict),
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .getattr = wrapper_getattr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = generic_alloc_new,
    .init = wrapper_init,
    .getsets = wrapper_getsets,
};

static KrObject *classmethod_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    KrObject *cls = type ? type : (KrObject *)KR_TYPE(obj);
    KrObject *callable = ((KrWrapperDescr *)descr)->callable;
    // 3.9-3.12 chain descriptors: classmethod(property(f)) binds through property.__get__.
    KrDescrGetFn get = KR_TYPE(callable)->descr_get;
    if (get && !kr_function_check(callable)) {
        return get(ts, callable, cls, cls);
    }
    return kr_method_new(ts, callable, cls);
}

KrType kr_classmethod_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "classmethod",
    .basicsize = sizeof(KrWrapperDescr),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_HAS_DICT,
    .dictoffset = offsetof(KrWrapperDescr, dict),
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .getattr = wrapper_getattr,
    .descr_get = classmethod_get,
    .new_ = generic_alloc_new,
    .init = wrapper_init,
    .getsets = wrapper_getsets,
};

// ---- property ------------------------------------------------------------------

typedef struct KrProperty {
    KrObject base;
    KrObject *fget, *fset, *fdel, *doc;
    KrObject *name;
    bool getter_doc; // doc came from fget: copies (setter...) take the new getter's
} KrProperty;

static void property_dealloc(KrThread *ts, KrObject *o) {
    KrProperty *p = (KrProperty *)o;
    KR_XDECREF(ts, p->fget);
    KR_XDECREF(ts, p->fset);
    KR_XDECREF(ts, p->fdel);
    KR_XDECREF(ts, p->doc);
    KR_XDECREF(ts, p->name);
    kr_object_free(ts, o);
}

static void property_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrProperty *p = (KrProperty *)o;
    KrObject *refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (int i = 0; i < 5; i++) {
        if (refs[i]) {
            visit(ts, refs[i], arg);
        }
    }
}

static int property_clear(KrThread *ts, KrObject *o) {
    KrProperty *p = (KrProperty *)o;
    KR_CLEAR(ts, p->fget);
    KR_CLEAR(ts, p->fset);
    KR_CLEAR(ts, p->fdel);
    KR_CLEAR(ts, p->doc);
    return 0;
}

static int property_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    KrObject *out[4] = {NULL, NULL, NULL, NULL};
    if (kr_parse_args(ts, "property", args, nargs, kwnames, names, 0, 0, 4, out) < 0) {
        return -1;
    }
    KrProperty *p = (KrProperty *)self;
    for (int i = 0; i < 4; i++) {
        if (out[i] == KR_NONE) {
            out[i] = NULL;
        }
    }
    KR_SETREF(ts, p->fget, out[0] ? KR_INCREF(out[0]) : NULL);
    KR_SETREF(ts, p->fset, out[1] ? KR_INCREF(out[1]) : NULL);
    KR_SETREF(ts, p->fdel, out[2] ? KR_INCREF(out[2]) : NULL);
    bool getter_doc = !out[3] && p->fget;
    p->getter_doc = getter_doc;
    if (getter_doc) {
        out[3] = kr_getattr_opt(ts, p->fget, KR_ID(ts, __doc__));
        if (!out[3] && kr_err_occurred(ts)) {
            return -1;
        }
        KR_SETREF(ts, p->doc, out[3]);
    } else {
        KR_SETREF(ts, p->doc, out[3] ? KR_INCREF(out[3]) : NULL);
    }
    // A subclass's own __doc__ (None) would hide the getset: a doc taken from
    // the getter goes in the instance dict (3.11 leaves an explicit doc hidden).
    if (KR_TYPE(self) != &kr_property_type && getter_doc && p->doc) {
        KrObject *d = kr_object_get_dict(ts, self, true);
        if (!d || kr_dict_set_item(ts, d, KR_ID(ts, __doc__), p->doc) < 0) {
            return kr_err_occurred(ts) ? -1 : 0;
        }
    }
    return 0;
}

static KrObject *property_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)type;
    KrProperty *p = (KrProperty *)descr;
    if (!obj) {
        return KR_INCREF(descr);
    }
    if (!p->fget) {
        if (p->name) {
            kr_err_format(ts, &kr_exc_AttributeError, "property '%U' of '%s' object has no getter", p->name,
                          kr_type_name_cstr(KR_TYPE(obj)));
        } else {
            kr_err_format(ts, &kr_exc_AttributeError, "property of '%s' object has no getter",
                          kr_type_name_cstr(KR_TYPE(obj)));
        }
        return NULL;
    }
    return kr_call1(ts, p->fget, obj);
}

static int property_set(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value) {
    KrProperty *p = (KrProperty *)descr;
    KrObject *f = value ? p->fset : p->fdel;
    if (!f) {
        if (p->name) {
            kr_err_format(ts, &kr_exc_AttributeError, "property '%U' of '%s' object has no %s", p->name,
                          kr_type_name_cstr(KR_TYPE(obj)), value ? "setter" : "deleter");
        } else {
            kr_err_format(ts, &kr_exc_AttributeError, "can't %s attribute", value ? "set" : "delete");
        }
        return -1;
    }
    KrObject *r = value ? kr_call2(ts, f, obj, value) : kr_call1(ts, f, obj);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

// property.getter/setter/deleter: a copy with one accessor replaced.
static KrObject *property_copy(KrThread *ts, KrObject *self, int which, KrObject *f) {
    KrProperty *p = (KrProperty *)self;
    KrObject *args[4] = {p->fget ? p->fget : KR_NONE, p->fset ? p->fset : KR_NONE, p->fdel ? p->fdel : KR_NONE,
                         p->doc && !p->getter_doc ? p->doc : KR_NONE};
    args[which] = f;
    KrObject *r = kr_call(ts, (KrObject *)KR_TYPE(self), args, 4, NULL);
    if (r && p->name && KR_TYPE(r) == KR_TYPE(self)) {
        KR_SETREF(ts, ((KrProperty *)r)->name, KR_INCREF(p->name));
    }
    return r;
}

static KrObject *property_getter(KrThread *ts, KrObject *self, KrObject *f) {
    return property_copy(ts, self, 0, f);
}

static KrObject *property_setter(KrThread *ts, KrObject *self, KrObject *f) {
    return property_copy(ts, self, 1, f);
}

static KrObject *property_deleter(KrThread *ts, KrObject *self, KrObject *f) {
    return property_copy(ts, self, 2, f);
}

static KrObject *property_set_name(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    if (kr_check_positional(ts, "__set_name__", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KR_SETREF(ts, ((KrProperty *)self)->name, KR_INCREF(args[1]));
    KR_RETURN_NONE;
}

static const KrMethodDef property_methods[] = {
    {"getter", property_getter, KR_METH_O, false, false, NULL},
    {"setter", property_setter, KR_METH_O, false, false, NULL},
    {"deleter", property_deleter, KR_METH_O, false, false, NULL},
    {"__set_name__", property_set_name, KR_METH_VARARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

#define PROPERTY_FIELD(field)                                              \
    static KrObject *property_get_##field(KrThread *ts, KrObject *self) {  \
        (void)ts;                                                          \
        KrObject *v = ((KrProperty *)self)->field;                         \
        return KR_INCREF(v ? v : KR_NONE);                                 \
    }
PROPERTY_FIELD(fget)
PROPERTY_FIELD(fset)
PROPERTY_FIELD(fdel)
PROPERTY_FIELD(doc)

// Abstract when any accessor is (abc.abstractmethod under @property).
static KrObject *property_get_isabstract(KrThread *ts, KrObject *self) {
    KrProperty *p = (KrProperty *)self;
    KrObject *fns[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fns[i]) {
            continue;
        }
        KrObject *v = kr_getattr_opt(ts, fns[i], KR_ID(ts, __isabstractmethod__));
        if (!v) {
            if (kr_err_occurred(ts)) {
                return NULL;
            }
            continue;
        }
        int t = kr_is_true(ts, v);
        KR_DECREF(ts, v);
        if (t != 0) {
            return t < 0 ? NULL : KR_INCREF(KR_TRUE);
        }
    }
    return KR_INCREF(KR_FALSE);
}

static const KrGetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL},
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_property_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "property",
    .basicsize = sizeof(KrProperty),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = generic_alloc_new,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

// ---- cells -----------------------------------------------------------------------

KrObject *kr_cell_new(KrThread *ts, KrObject *value) {
    KrCell *c = (KrCell *)kr_object_alloc(ts, &kr_cell_type, sizeof(KrCell));
    if (c && value) {
        c->ref = KR_INCREF(value);
    }
    return (KrObject *)c;
}

static void cell_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, ((KrCell *)o)->ref);
    kr_object_free(ts, o);
}

static void cell_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrObject *r = ((KrCell *)o)->ref;
    if (r) {
        visit(ts, r, arg);
    }
}

static int cell_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrCell *)o)->ref);
    return 0;
}

static KrObject *cell_repr(KrThread *ts, KrObject *o) {
    KrObject *r = ((KrCell *)o)->ref;
    if (!r) {
        return kr_str_from_format(ts, "<cell at %p: empty>", (void *)o);
    }
    return kr_str_from_format(ts, "<cell at %p: %s object at %p>", (void *)o, kr_type_name_cstr(KR_TYPE(r)),
                              (void *)r);
}

static KrObject *cell_get_contents(KrThread *ts, KrObject *self) {
    KrObject *r = ((KrCell *)self)->ref;
    if (!r) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Cell is empty");
        return NULL;
    }
    return KR_INCREF(r);
}

static int cell_set_contents(KrThread *ts, KrObject *self, KrObject *value) {
    KR_SETREF(ts, ((KrCell *)self)->ref, value ? KR_INCREF(value) : NULL);
    return 0;
}

static const KrGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_cell_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "cell",
    .basicsize = sizeof(KrCell),
    .flags = KR_TYPE_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getsets = cell_getsets,
};

// ---- argument parsing for C functions --------------------------------------------

int kr_check_positional(KrThread *ts, const char *fname, size_t nargs, KrObject *kwnames, size_t min, size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < min || nargs > max) {
        if (min == max) {
            if (min == 0) {
                kr_err_format(ts, &kr_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
            } else if (min == 1) {
                kr_err_format(ts, &kr_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
            } else {
                kr_err_format(ts, &kr_exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
            }
        } else if (nargs < min) {
            kr_err_format(ts, &kr_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                          min == 1 ? "" : "s", nargs);
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                          max == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    return 0;
}

// A function's name in kr_parse_args' messages: "f()", or "function" for a
// function declared without a name (CPython's words for those).
#define WHO(fname) (fname) ? (fname) : "function", (fname) ? "()" : ""

int kr_parse_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                  const char *const *names, int required, int npos_only, int nposmax, KrObject **out) {
    int nnames = 0;
    while (names[nnames]) {
        nnames++;
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = NULL;
    }
    // The checks run in the order of CPython's Argument Clinic: too many in
    // all, too many positional, missing required, then bad keywords.
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    if ((intptr_t)nargs + nkw > nnames) {
        kr_err_format(ts, &kr_exc_TypeError, "%s%s takes at most %d %sargument%s (%d given)", WHO(fname), nnames,
                      nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", (int)(nargs + (size_t)nkw));
        return -1;
    }
    if ((int)nargs > nposmax) {
        if (nposmax == 0) {
            kr_err_format(ts, &kr_exc_TypeError, "%s%s takes no positional arguments", WHO(fname));
        } else {
            // With keyword-only parameters as well, CPython says "positional".
            kr_err_format(ts, &kr_exc_TypeError, "%s%s takes at most %d %sargument%s (%d given)", WHO(fname), nposmax,
                          nposmax < nnames ? "positional " : "", nposmax == 1 ? "" : "s", (int)nargs);
        }
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    intptr_t matched = 0;
    for (int i = (int)nargs > npos_only ? (int)nargs : npos_only; i < nnames; i++) {
        for (intptr_t k = 0; k < nkw && !out[i]; k++) {
            if (kr_str_equal_cstr(KR_TUPLE_GET(kwnames, k), names[i])) {
                out[i] = args[nargs + (size_t)k];
                matched++;
            }
        }
        if (!out[i] && i < required) {
            kr_err_format(ts, &kr_exc_TypeError, "%s%s missing required argument '%s' (pos %d)", WHO(fname), names[i],
                          i + 1);
            return -1;
        }
    }
    if (matched == nkw) {
        return 0;
    }
    for (intptr_t k = 0; k < nkw; k++) {
        KrObject *kname = KR_TUPLE_GET(kwnames, k);
        for (int i = npos_only; i < (int)nargs; i++) {
            if (kr_str_equal_cstr(kname, names[i])) {
                kr_err_format(ts, &kr_exc_TypeError, "argument for %s%s given by name ('%s') and position (%d)",
                              WHO(fname), names[i], i + 1);
                return -1;
            }
        }
    }
    for (intptr_t k = 0; k < nkw; k++) {
        KrObject *kname = KR_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = 0; i < nnames && found < 0; i++) {
            found = kr_str_equal_cstr(kname, names[i]) ? i : -1;
        }
        if (found >= 0 && found < npos_only) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "%s%s got some positional-only arguments passed as keyword arguments: '%s'", WHO(fname),
                          names[found]);
            return -1;
        }
        if (found < 0) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s%s", kname,
                          fname ? fname : "this function", fname ? "()" : "");
            return -1;
        }
    }
    return 0;
}
