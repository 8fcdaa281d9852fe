// SPDX-License-Identifier: MIT
// Slot wrappers (builtin slots seen as dunder methods) and heap trampolines
// (dunder methods of classes seen as slots): one dispatch path for both.
#include <string.h>

#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "slots.h"
#include "str.h"

// ---- calling a dunder of a class -------------------------------------------

// Calls type(self).<name>(self, *args, **kw); NULL + AttributeError when the
// type has no such attribute.
static KrObject *call_dunder(KrThread *ts, KrObject *self, const char *name, KrObject *const *args, size_t nargs,
                             KrObject *kwnames) {
    KrObject *key = kr_str_intern_literal(ts, name);
    if (!key) {
        return NULL;
    }
    KrObject *f = kr_type_lookup(ts, KR_TYPE(self), key);
    if (!f) {
        if (!kr_err_occurred(ts)) {
            kr_err_attribute(ts, self, key);
        }
        KR_DECREF(ts, key);
        return NULL;
    }
    KR_DECREF(ts, key);
    KR_INCREF(f);
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    KrObject *small[9];
    KrObject **argv = small;
    if (nargs + nkw + 1 > 9) {
        argv = kr_mem_alloc(ts, sizeof(KrObject *) * (nargs + nkw + 1));
        if (!argv) {
            KR_DECREF(ts, f);
            return NULL;
        }
    }
    KrObject *r;
    if (KR_TYPE(f)->descr_get && KR_TYPE(f) != &kr_function_type && KR_TYPE(f) != &kr_slotwrapper_type &&
        KR_TYPE(f) != &kr_method_descr_type) {
        // Anything else (staticmethod, classmethod, property...) binds first.
        KrObject *bound = KR_TYPE(f)->descr_get(ts, f, self, (KrObject *)KR_TYPE(self));
        r = bound ? kr_call(ts, bound, args, nargs, kwnames) : NULL;
        KR_XDECREF(ts, bound);
    } else if (!KR_TYPE(f)->descr_get) {
        // A plain callable (a class, a builtin) is called without self, as
        // in CPython: `__call__ = dict` on a metaclass makes T(a=1) dict(a=1).
        r = kr_call(ts, f, args, nargs, kwnames);
    } else {
        argv[0] = self;
        if (nargs + nkw) {
            memcpy(argv + 1, args, sizeof(KrObject *) * (nargs + nkw));
        }
        r = kr_call(ts, f, argv, nargs + 1, kwnames);
    }
    if (argv != small) {
        kr_mem_free(ts, argv);
    }
    KR_DECREF(ts, f);
    return r;
}

static KrObject *call_dunder0(KrThread *ts, KrObject *self, const char *name) {
    return call_dunder(ts, self, name, NULL, 0, NULL);
}

static KrObject *call_dunder1(KrThread *ts, KrObject *self, const char *name, KrObject *a) {
    return call_dunder(ts, self, name, &a, 1, NULL);
}

static bool type_has(KrThread *ts, KrType *t, const char *name) {
    KrObject *key = kr_str_intern_literal(ts, name);
    if (!key) {
        kr_err_clear(ts);
        return false;
    }
    bool r = kr_type_lookup(ts, t, key) != NULL;
    KR_DECREF(ts, key);
    return r;
}

// Whether `right` defines `name` differently from `left` (CPython's
// method_is_overloaded): only then does a subclass's __rop__ go first.
static bool method_overloaded(KrThread *ts, KrType *left, KrType *right, const char *name) {
    KrObject *key = kr_str_intern_literal(ts, name);
    if (!key) {
        kr_err_clear(ts);
        return false;
    }
    KrObject *b = kr_type_lookup(ts, right, key);
    KrObject *a = b ? kr_type_lookup(ts, left, key) : NULL;
    KR_DECREF(ts, key);
    return b && a != b;
}

// ---- heap trampolines ------------------------------------------------------

// kr_repr/kr_str check the result's type: str(o) reports a bad __repr__
// result (through object.__str__) as __str__'s, as CPython.
static KrObject *heap_repr(KrThread *ts, KrObject *o) {
    return call_dunder0(ts, o, "__repr__");
}

static KrObject *heap_str(KrThread *ts, KrObject *o) {
    return call_dunder0(ts, o, "__str__");
}

static KrHash heap_hash(KrThread *ts, KrObject *o) {
    KrObject *r = call_dunder0(ts, o, "__hash__");
    if (!r) {
        return -1;
    }
    if (!kr_int_check(r)) {
        KR_DECREF(ts, r);
        kr_err_set_str(ts, &kr_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    KrHash h = kr_int_hash_value(r);
    KR_DECREF(ts, r);
    return h == -1 ? -2 : h;
}

static KrObject *heap_call(KrThread *ts, KrObject *o, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return call_dunder(ts, o, "__call__", args, nargs, kwnames);
}

// A class that sets a dunder to None opts out of its protocol.
static bool dunder_is_none(KrThread *ts, KrObject *o, const char *name) {
    KrObject *key = kr_str_intern_literal(ts, name);
    if (!key) {
        kr_err_clear(ts);
        return false;
    }
    bool r = kr_type_lookup(ts, KR_TYPE(o), key) == KR_NONE;
    KR_DECREF(ts, key);
    return r;
}

static KrObject *heap_iter(KrThread *ts, KrObject *o) {
    if (dunder_is_none(ts, o, "__iter__")) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not iterable", kr_type_name_cstr(KR_TYPE(o)));
        return NULL;
    }
    KrObject *r = call_dunder0(ts, o, "__iter__");
    if (r && !KR_TYPE(r)->iternext) {
        kr_err_format(ts, &kr_exc_TypeError, "iter() returned non-iterator of type '%s'",
                      kr_type_name_cstr(KR_TYPE(r)));
        KR_CLEAR(ts, r);
    }
    return r;
}

static KrObject *heap_next(KrThread *ts, KrObject *o) {
    KrObject *r = call_dunder0(ts, o, "__next__");
    if (!r && kr_err_matches(ts, &kr_exc_StopIteration)) {
        kr_err_clear(ts);
    }
    return r;
}

static intptr_t heap_len(KrThread *ts, KrObject *o) {
    KrObject *r = call_dunder0(ts, o, "__len__");
    if (!r) {
        return -1;
    }
    if (!kr_int_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name_cstr(KR_TYPE(r)));
        KR_DECREF(ts, r);
        return -1;
    }
    if (kr_int_sign(r) < 0) {
        KR_DECREF(ts, r);
        kr_err_set_str(ts, &kr_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    intptr_t n = kr_int_as_ssize(ts, r);
    KR_DECREF(ts, r);
    if (n == -1 && kr_err_matches(ts, &kr_exc_OverflowError)) {
        kr_err_clear(ts);
        kr_err_set_str(ts, &kr_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return n;
}

static int heap_bool(KrThread *ts, KrObject *o) {
    KrObject *r = call_dunder0(ts, o, "__bool__");
    if (!r) {
        return -1;
    }
    if (!kr_bool_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__bool__ should return bool, returned %s", kr_type_name_cstr(KR_TYPE(r)));
        KR_DECREF(ts, r);
        return -1;
    }
    int t = r == KR_TRUE;
    KR_DECREF(ts, r);
    return t;
}

static KrObject *heap_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    return call_dunder1(ts, o, "__getitem__", key);
}

static int heap_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value) {
    KrObject *args[2] = {key, value};
    KrObject *r = value ? call_dunder(ts, o, "__setitem__", args, 2, NULL) : call_dunder1(ts, o, "__delitem__", key);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

static int heap_contains(KrThread *ts, KrObject *o, KrObject *item) {
    if (dunder_is_none(ts, o, "__contains__")) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not a container", kr_type_name_cstr(KR_TYPE(o)));
        return -1;
    }
    KrObject *r = call_dunder1(ts, o, "__contains__", item);
    if (!r) {
        return -1;
    }
    int t = kr_is_true(ts, r);
    KR_DECREF(ts, r);
    return t;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static KrObject *heap_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    KrObject *key = kr_str_intern_literal(ts, cmp_names[op]);
    if (!key) {
        return NULL;
    }
    KrObject *f = kr_type_lookup(ts, KR_TYPE(a), key);
    KR_DECREF(ts, key);
    if (!f) {
        return kr_err_occurred(ts) ? NULL : KR_INCREF(KR_NOTIMPL);
    }
    return call_dunder1(ts, a, cmp_names[op], b);
}

#define UNARY_TRAMPOLINE(fn, dunder)                  \
    static KrObject *fn(KrThread *ts, KrObject *o) {  \
        return call_dunder0(ts, o, dunder);           \
    }
UNARY_TRAMPOLINE(heap_neg, "__neg__")
UNARY_TRAMPOLINE(heap_pos, "__pos__")
UNARY_TRAMPOLINE(heap_invert, "__invert__")
UNARY_TRAMPOLINE(heap_abs, "__abs__")
UNARY_TRAMPOLINE(heap_int, "__int__")
UNARY_TRAMPOLINE(heap_float, "__float__")
UNARY_TRAMPOLINE(heap_index, "__index__")

// CPython's SLOT1BINFULL: the left operand's __op__, the right operand's
// __rop__, with a subclass's reflected method tried first.
static KrObject *heap_binop(KrThread *ts, KrObject *a, KrObject *b, const char *name, const char *rname,
                            void *self_fn, size_t offset) {
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    void *sa = *(void **)((char *)ta + offset);
    void *sb = *(void **)((char *)tb + offset);
    bool do_other = ta != tb && sb == self_fn && rname;
    if (sa == self_fn) {
        if (do_other && kr_type_is_subtype(tb, ta) && method_overloaded(ts, ta, tb, rname)) {
            KrObject *r = call_dunder1(ts, b, rname, a);
            if (r != KR_NOTIMPL) {
                return r;
            }
            KR_DECREF(ts, r);
            do_other = false;
        }
        if (type_has(ts, ta, name)) {
            KrObject *r = call_dunder1(ts, a, name, b);
            if (r != KR_NOTIMPL || ta == tb) {
                return r;
            }
            KR_DECREF(ts, r);
        }
    }
    if (do_other && type_has(ts, tb, rname)) {
        return call_dunder1(ts, b, rname, a);
    }
    return KR_INCREF(KR_NOTIMPL);
}

#define X(NAME, sym, d, rd, id)                                                                     \
    static KrObject *heap_nb_##NAME(KrThread *ts, KrObject *a, KrObject *b) {                       \
        return heap_binop(ts, a, b, d, rd, (void *)heap_nb_##NAME,                                  \
                          offsetof(KrType, nb) + sizeof(KrBinaryFn) * KR_BINOP_##NAME);               \
    }                                                                                               \
    static KrObject *heap_nbi_##NAME(KrThread *ts, KrObject *a, KrObject *b) {                      \
        return heap_binop(ts, a, b, id, NULL, (void *)heap_nbi_##NAME,                              \
                          offsetof(KrType, nb_inplace) + sizeof(KrBinaryFn) * KR_BINOP_##NAME);       \
    }
KR_BINOPS(X)
#undef X

static KrObject *heap_divmod(KrThread *ts, KrObject *a, KrObject *b) {
    return heap_binop(ts, a, b, "__divmod__", "__rdivmod__", (void *)heap_divmod, offsetof(KrType, nb_divmod));
}

static KrObject *heap_power3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m) {
    KrObject *args[2] = {b, m};
    if (KR_TYPE(a)->nb_power3 == heap_power3) {
        return call_dunder(ts, a, "__pow__", args, 2, NULL);
    }
    return KR_INCREF(KR_NOTIMPL);
}

static int heap_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *r = call_dunder(ts, self, "__init__", args, nargs, kwnames);
    if (!r) {
        return -1;
    }
    if (r != KR_NONE) {
        kr_err_format(ts, &kr_exc_TypeError, "__init__() should return None, not '%s'", kr_type_name_cstr(KR_TYPE(r)));
        KR_DECREF(ts, r);
        return -1;
    }
    return 0;
}

static KrObject *heap_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *f = kr_type_lookup(ts, type, KR_ID(ts, __new__));
    if (!f) {
        return NULL;
    }
    KR_INCREF(f);
    KrObject *callable = f;
    if (KR_TYPE(f) == &kr_staticmethod_type) {
        callable = KR_TYPE(f)->descr_get(ts, f, NULL, (KrObject *)type);
        KR_DECREF(ts, f);
        if (!callable) {
            return NULL;
        }
    }
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    KrObject **argv = kr_mem_alloc(ts, sizeof(KrObject *) * (nargs + nkw + 1));
    if (!argv) {
        KR_DECREF(ts, callable);
        return NULL;
    }
    argv[0] = (KrObject *)type;
    if (nargs + nkw) {
        memcpy(argv + 1, args, sizeof(KrObject *) * (nargs + nkw));
    }
    KrObject *r = kr_call(ts, callable, argv, nargs + 1, kwnames);
    kr_mem_free(ts, argv);
    KR_DECREF(ts, callable);
    return r;
}

// __getattribute__ then __getattr__ on AttributeError.
static KrObject *heap_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    KrObject *ga = kr_type_lookup(ts, KR_TYPE(o), KR_ID(ts, __getattribute__));
    KrObject *r;
    if (!ga || (KR_TYPE(ga) == &kr_slotwrapper_type && ((KrSlotWrapper *)ga)->owner == &kr_object_type)) {
        r = kr_generic_getattr(ts, o, name);
    } else {
        r = call_dunder1(ts, o, "__getattribute__", name);
    }
    if (r || !kr_err_matches(ts, &kr_exc_AttributeError)) {
        return r;
    }
    if (kr_type_lookup(ts, KR_TYPE(o), KR_ID(ts, __getattr__))) {
        kr_err_clear(ts);
        return call_dunder1(ts, o, "__getattr__", name);
    }
    return NULL;
}

static int heap_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value) {
    KrObject *args[2] = {name, value};
    KrObject *r = value ? call_dunder(ts, o, "__setattr__", args, 2, NULL) : call_dunder1(ts, o, "__delattr__", name);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

static KrObject *heap_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    KrObject *args[2] = {obj ? obj : KR_NONE, type ? type : KR_NONE};
    return call_dunder(ts, descr, "__get__", args, 2, NULL);
}

static int heap_descr_set(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value) {
    KrObject *args[2] = {obj, value};
    KrObject *r = value ? call_dunder(ts, descr, "__set__", args, 2, NULL) : call_dunder1(ts, descr, "__delete__", obj);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

// ---- the slot table --------------------------------------------------------

#define SLOT(name, field, kind, op, fn) {name, offsetof(KrType, field), kind, op, (void *)(fn)}
#define NBSLOT(NAME, sym, d, rd, id)                                                                        \
    {d, offsetof(KrType, nb) + sizeof(KrBinaryFn) * KR_BINOP_##NAME, KR_SW_BINARY, KR_BINOP_##NAME,         \
     (void *)heap_nb_##NAME},                                                                               \
    {rd, offsetof(KrType, nb) + sizeof(KrBinaryFn) * KR_BINOP_##NAME, KR_SW_RBINARY, KR_BINOP_##NAME,       \
     (void *)heap_nb_##NAME},                                                                               \
    {id, offsetof(KrType, nb_inplace) + sizeof(KrBinaryFn) * KR_BINOP_##NAME, KR_SW_BINARY, KR_BINOP_##NAME, \
     (void *)heap_nbi_##NAME},

const KrSlotDef kr_slot_defs[] = {
    SLOT("__repr__", repr, KR_SW_UNARY, 0, heap_repr),
    SLOT("__str__", str, KR_SW_UNARY, 0, heap_str),
    SLOT("__hash__", hash, KR_SW_HASH, 0, heap_hash),
    SLOT("__call__", call, KR_SW_CALL, 0, heap_call),
    SLOT("__iter__", iter, KR_SW_UNARY, 0, heap_iter),
    SLOT("__next__", iternext, KR_SW_NEXT, 0, heap_next),
    SLOT("__len__", len, KR_SW_LEN, 0, heap_len),
    SLOT("__getitem__", getitem, KR_SW_BINARY, 0, heap_getitem),
    SLOT("__setitem__", setitem, KR_SW_SETITEM, 0, heap_setitem),
    SLOT("__delitem__", setitem, KR_SW_DELITEM, 0, heap_setitem),
    SLOT("__contains__", contains, KR_SW_CONTAINS, 0, heap_contains),
    SLOT("__bool__", nb_bool, KR_SW_INQUIRY, 0, heap_bool),
    SLOT("__neg__", nb_negative, KR_SW_UNARY, 0, heap_neg),
    SLOT("__pos__", nb_positive, KR_SW_UNARY, 0, heap_pos),
    SLOT("__invert__", nb_invert, KR_SW_UNARY, 0, heap_invert),
    SLOT("__abs__", nb_absolute, KR_SW_UNARY, 0, heap_abs),
    SLOT("__int__", nb_int, KR_SW_UNARY, 0, heap_int),
    SLOT("__float__", nb_float, KR_SW_UNARY, 0, heap_float),
    SLOT("__index__", nb_index, KR_SW_UNARY, 0, heap_index),
    SLOT("__lt__", richcompare, KR_SW_CMP, KR_LT, heap_richcompare),
    SLOT("__le__", richcompare, KR_SW_CMP, KR_LE, heap_richcompare),
    SLOT("__eq__", richcompare, KR_SW_CMP, KR_EQ, heap_richcompare),
    SLOT("__ne__", richcompare, KR_SW_CMP, KR_NE, heap_richcompare),
    SLOT("__gt__", richcompare, KR_SW_CMP, KR_GT, heap_richcompare),
    SLOT("__ge__", richcompare, KR_SW_CMP, KR_GE, heap_richcompare),
    KR_BINOPS(NBSLOT)
    SLOT("__divmod__", nb_divmod, KR_SW_BINARY, 0, heap_divmod),
    SLOT("__rdivmod__", nb_divmod, KR_SW_RBINARY, 0, heap_divmod),
    SLOT("__pow__", nb_power3, KR_SW_POW, 0, heap_power3),
    SLOT("__init__", init, KR_SW_INIT, 0, heap_init),
    SLOT("__new__", new_, KR_SW_NEW, 0, heap_new),
    SLOT("__getattribute__", getattr, KR_SW_GETATTRIBUTE, 0, heap_getattr),
    SLOT("__getattr__", getattr, KR_SW_GETATTR, 0, heap_getattr),
    SLOT("__setattr__", setattr, KR_SW_SETATTR, 0, heap_setattr),
    SLOT("__delattr__", setattr, KR_SW_DELATTR, 0, heap_setattr),
    SLOT("__get__", descr_get, KR_SW_DESCR_GET, 0, heap_descr_get),
    SLOT("__set__", descr_set, KR_SW_DESCR_SET, 0, heap_descr_set),
    SLOT("__delete__", descr_set, KR_SW_DESCR_DELETE, 0, heap_descr_set),
};
const int kr_slot_def_count = (int)(sizeof(kr_slot_defs) / sizeof(kr_slot_defs[0]));

static void *slot_of(KrType *t, size_t offset) {
    return *(void **)((char *)t + offset);
}

static void set_slot(KrType *t, size_t offset, void *fn) {
    *(void **)((char *)t + offset) = fn;
}

// ---- slot wrappers -----------------------------------------------------------

static void slotwrapper_dealloc(KrThread *ts, KrObject *o) {
    kr_object_free(ts, o);
}

static KrObject *slotwrapper_repr(KrThread *ts, KrObject *o) {
    KrSlotWrapper *w = (KrSlotWrapper *)o;
    if (w->def->kind == KR_SW_NEW) {
        return kr_str_from_format(ts, "<built-in method __new__ of type object at %p>", (void *)w->owner);
    }
    return kr_str_from_format(ts, "<slot wrapper '%s' of '%s' objects>", w->def->name, kr_type_name_cstr(w->owner));
}

static KrObject *slotwrapper_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)type;
    KrSlotWrapper *w = (KrSlotWrapper *)descr;
    if (!obj || w->def->kind == KR_SW_NEW) {
        return KR_INCREF(descr);
    }
    return kr_method_wrapper_new(ts, descr, obj);
}

static int want_args(KrThread *ts, const KrSlotDef *def, size_t nargs, KrObject *kwnames, size_t n) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", def->name);
        return -1;
    }
    if (nargs != n) {
        kr_err_format(ts, &kr_exc_TypeError, "expected %d argument%s, got %d", (int)n, n == 1 ? "" : "s", (int)nargs);
        return -1;
    }
    return 0;
}

static KrObject *int_or_error(KrThread *ts, intptr_t v) {
    return v < 0 && kr_err_occurred(ts) ? NULL : kr_int_from_i64(ts, v);
}

static KrObject *unit_or_error(KrThread *ts, int r) {
    if (r < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *slotwrapper_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    KrSlotWrapper *w = (KrSlotWrapper *)callable;
    const KrSlotDef *def = w->def;
    if (nargs < 1) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", def->name,
                      kr_type_name_cstr(w->owner));
        return NULL;
    }
    KrObject *self = args[0];
    if (def->kind == KR_SW_NEW) {
        if (KR_TYPE(self) != &kr_type_type && !kr_type_is_subtype(KR_TYPE(self), &kr_type_type)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          kr_type_name_cstr(w->owner), kr_type_name_cstr(KR_TYPE(self)));
            return NULL;
        }
        if (!kr_type_is_subtype((KrType *)self, w->owner)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          kr_type_name_cstr(w->owner), kr_type_name_cstr((KrType *)self),
                          kr_type_name_cstr((KrType *)self), kr_type_name_cstr(w->owner));
            return NULL;
        }
        // The nearest base not defining __new__ in Python must use this __new__:
        // object.__new__(int) would build an int without int's constructor.
        KrType *staticbase = (KrType *)self;
        while (staticbase && staticbase->new_ == heap_new) {
            staticbase = staticbase->base_type;
        }
        if (staticbase && staticbase->new_ != w->owner->new_) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          kr_type_name_cstr(w->owner), kr_type_name_cstr((KrType *)self),
                          kr_type_name_cstr(staticbase));
            return NULL;
        }
        return w->owner->new_(ts, (KrType *)self, args + 1, nargs - 1, kwnames);
    }
    if (!kr_isinstance_type(self, w->owner)) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", def->name,
                      kr_type_name_cstr(w->owner), kr_type_name_cstr(KR_TYPE(self)));
        return NULL;
    }
    void *fn = slot_of(w->owner, def->offset);
    args++;
    nargs--;
    switch (def->kind) {
    case KR_SW_CALL:
        return ((KrCallFn)fn)(ts, self, args, nargs, kwnames);
    case KR_SW_INIT:
        return unit_or_error(ts, ((KrInitFn)fn)(ts, self, args, nargs, kwnames));
    default:
        break;
    }
    size_t want = 0;
    switch (def->kind) {
    case KR_SW_BINARY: case KR_SW_RBINARY: case KR_SW_CONTAINS: case KR_SW_DELITEM: case KR_SW_CMP:
    case KR_SW_GETATTRIBUTE: case KR_SW_DELATTR: case KR_SW_DESCR_DELETE:
        want = 1;
        break;
    case KR_SW_SETITEM: case KR_SW_SETATTR: case KR_SW_DESCR_SET:
        want = 2;
        break;
    case KR_SW_POW: case KR_SW_RPOW: case KR_SW_DESCR_GET:
        if (nargs < 1 || nargs > 2) {
            return want_args(ts, def, nargs, kwnames, 1) < 0 ? NULL : NULL;
        }
        want = nargs;
        break;
    default:
        want = 0;
    }
    if (want_args(ts, def, nargs, kwnames, want) < 0) {
        return NULL;
    }
    switch (def->kind) {
    case KR_SW_UNARY:
        return ((KrUnaryFn)fn)(ts, self);
    case KR_SW_NEXT: {
        KrObject *r = ((KrUnaryFn)fn)(ts, self);
        if (!r && !kr_err_occurred(ts)) {
            kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
        }
        return r;
    }
    case KR_SW_BINARY:
        return ((KrBinaryFn)fn)(ts, self, args[0]);
    case KR_SW_RBINARY:
        return ((KrBinaryFn)fn)(ts, args[0], self);
    case KR_SW_POW:
        if (nargs == 2 && args[1] != KR_NONE) {
            return w->owner->nb_power3 ? w->owner->nb_power3(ts, self, args[0], args[1]) : KR_INCREF(KR_NOTIMPL);
        }
        return w->owner->nb[KR_BINOP_POWER] ? w->owner->nb[KR_BINOP_POWER](ts, self, args[0])
                                            : KR_INCREF(KR_NOTIMPL);
    case KR_SW_RPOW:
        return w->owner->nb[KR_BINOP_POWER] ? w->owner->nb[KR_BINOP_POWER](ts, args[0], self)
                                            : KR_INCREF(KR_NOTIMPL);
    case KR_SW_HASH: {
        KrHash h = ((KrHashFn)fn)(ts, self);
        return h == -1 ? NULL : kr_int_from_i64(ts, h);
    }
    case KR_SW_LEN:
        return int_or_error(ts, ((KrLenFn)fn)(ts, self));
    case KR_SW_INQUIRY: {
        int r = ((KrInquiryFn)fn)(ts, self);
        return r < 0 ? NULL : kr_bool_from(r);
    }
    case KR_SW_CONTAINS: {
        int r = ((KrContainsFn)fn)(ts, self, args[0]);
        return r < 0 ? NULL : kr_bool_from(r);
    }
    case KR_SW_SETITEM:
        return unit_or_error(ts, ((KrSetItemFn)fn)(ts, self, args[0], args[1]));
    case KR_SW_DELITEM:
        return unit_or_error(ts, ((KrSetItemFn)fn)(ts, self, args[0], NULL));
    case KR_SW_CMP:
        return ((KrCompareFn)fn)(ts, self, args[0], def->op);
    case KR_SW_GETATTRIBUTE:
        if (!kr_str_check(args[0])) {
            kr_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                          kr_type_name_cstr(KR_TYPE(args[0])));
            return NULL;
        }
        return ((KrGetAttrFn)fn)(ts, self, args[0]);
    case KR_SW_SETATTR:
        return unit_or_error(ts, ((KrSetAttrFn)fn)(ts, self, args[0], args[1]));
    case KR_SW_DELATTR:
        return unit_or_error(ts, ((KrSetAttrFn)fn)(ts, self, args[0], NULL));
    case KR_SW_DESCR_GET: {
        KrObject *obj = args[0] == KR_NONE ? NULL : args[0];
        KrObject *type = nargs > 1 && args[1] != KR_NONE ? args[1] : NULL;
        if (!obj && !type) {
            kr_err_set_str(ts, &kr_exc_TypeError, "__get__(None, None) is invalid");
            return NULL;
        }
        return ((KrDescrGetFn)fn)(ts, self, obj, type);
    }
    case KR_SW_DESCR_SET:
        return unit_or_error(ts, ((KrDescrSetFn)fn)(ts, self, args[0], args[1]));
    case KR_SW_DESCR_DELETE:
        return unit_or_error(ts, ((KrDescrSetFn)fn)(ts, self, args[0], NULL));
    default:
        kr_err_set_str(ts, &kr_exc_SystemError, "bad slot wrapper");
        return NULL;
    }
}

static KrObject *slotwrapper_get_name(KrThread *ts, KrObject *self) {
    return kr_str_from_cstr(ts, ((KrSlotWrapper *)self)->def->name);
}

static KrObject *slotwrapper_get_objclass(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrSlotWrapper *)self)->owner);
}

static KrObject *slotwrapper_get_qualname(KrThread *ts, KrObject *self) {
    KrSlotWrapper *w = (KrSlotWrapper *)self;
    return kr_str_from_format(ts, "%s.%s", kr_type_name_cstr(w->owner), w->def->name);
}

// CPython's docstrings of slot wrappers (help() shows them for inherited dunders).
static KrObject *slotwrapper_get_doc(KrThread *ts, KrObject *self) {
    static const char *const docs[][2] = {
        {"__repr__", "Return repr(self)."}, {"__str__", "Return str(self)."}, {"__hash__", "Return hash(self)."},
        {"__call__", "Call self as a function."}, {"__iter__", "Implement iter(self)."},
        {"__next__", "Implement next(self)."}, {"__len__", "Return len(self)."},
        {"__getitem__", "Return self[key]."}, {"__setitem__", "Set self[key] to value."},
        {"__delitem__", "Delete self[key]."}, {"__contains__", "Return key in self."},
        {"__lt__", "Return self<value."}, {"__le__", "Return self<=value."}, {"__eq__", "Return self==value."},
        {"__ne__", "Return self!=value."}, {"__gt__", "Return self>value."}, {"__ge__", "Return self>=value."},
        {"__init__", "Initialize self.  See help(type(self)) for accurate signature."},
        {"__getattribute__", "Return getattr(self, name)."},
        {"__setattr__", "Implement setattr(self, name, value)."}, {"__delattr__", "Implement delattr(self, name)."},
        {"__bool__", "True if self else False"}, {"__neg__", "-self"}, {"__pos__", "+self"},
        {"__abs__", "abs(self)"}, {"__invert__", "~self"}, {"__int__", "int(self)"}, {"__float__", "float(self)"},
        {"__index__", "Return self converted to an integer, if self is suitable for use as an index into a list."},
        {"__get__", "Return an attribute of instance, which is of type owner."},
        {"__set__", "Set an attribute of instance to value."}, {"__delete__", "Delete an attribute of instance."},
        {"__divmod__", "Return divmod(self, value)."}, {"__rdivmod__", "Return divmod(value, self)."},
        {"__pow__", "Return pow(self, value, mod)."}, {"__rpow__", "Return pow(value, self, mod)."},
    };
    static const char *const ops[][2] = {
        {"add", "+"}, {"sub", "-"}, {"mul", "*"}, {"matmul", "@"}, {"truediv", "/"}, {"floordiv", "//"},
        {"mod", "%"}, {"lshift", "<<"}, {"rshift", ">>"}, {"and", "&"}, {"xor", "^"}, {"or", "|"},
    };
    const char *name = ((KrSlotWrapper *)self)->def->name;
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        if (strcmp(name, docs[i][0]) == 0) {
            return kr_str_from_cstr(ts, docs[i][1]);
        }
    }
    size_t n = strlen(name);
    for (size_t i = 0; n > 4 && i < sizeof ops / sizeof ops[0]; i++) {
        size_t k = strlen(ops[i][0]);
        const char *core = name + 2;
        char kind = n == k + 4 ? ' ' : n == k + 5 ? core[0] : 0;
        if (kind && strncmp(kind == ' ' ? core : core + 1, ops[i][0], k) == 0) {
            const char *sym = ops[i][1];
            if (kind == ' ') {
                return kr_str_from_format(ts, "Return self%svalue.", sym);
            }
            if (kind == 'r') {
                return kr_str_from_format(ts, "Return value%sself.", sym);
            }
            if (kind == 'i') {
                return kr_str_from_format(ts, "Implement self%s=value.", sym);
            }
        }
    }
    return KR_INCREF(KR_NONE);
}

static const KrGetSetDef slotwrapper_getsets[] = {
    {"__doc__", slotwrapper_get_doc, NULL, NULL},
    {"__name__", slotwrapper_get_name, NULL, NULL},
    {"__qualname__", slotwrapper_get_qualname, NULL, NULL},
    {"__objclass__", slotwrapper_get_objclass, NULL, NULL},
    // For __new__ (a built-in method of its type), copyreg looks at __self__.
    {"__self__", slotwrapper_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_slotwrapper_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(KrSlotWrapper),
    .base_type = &kr_object_type,
    .dealloc = slotwrapper_dealloc,
    .repr = slotwrapper_repr,
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
    .getsets = slotwrapper_getsets,
};

static int add_wrapper(KrThread *ts, KrType *type, KrObject *dict, const KrSlotDef *def) {
    KrSlotWrapper *w = (KrSlotWrapper *)kr_object_alloc(ts, &kr_slotwrapper_type, sizeof(KrSlotWrapper));
    if (!w) {
        return -1;
    }
    w->owner = type;
    w->def = def;
    int r = kr_dict_set_item_str(ts, dict, def->name, (KrObject *)w);
    KR_DECREF(ts, w);
    return r;
}

int kr_slots_add_wrapper_named(KrThread *ts, KrType *type, KrObject *dict, const char *name) {
    for (int i = 0; i < kr_slot_def_count; i++) {
        if (strcmp(kr_slot_defs[i].name, name) == 0) {
            return add_wrapper(ts, type, dict, &kr_slot_defs[i]);
        }
    }
    return 0;
}

// Sequences whose + is CPython's sq_concat: they have __add__ but no __radd__.
static bool concat_only(KrType *t) {
    return t == &kr_list_type || t == &kr_tuple_type || t == &kr_str_type || t == &kr_bytes_type ||
           t == &kr_bytearray_type || strcmp(t->name, "collections.deque") == 0 || strcmp(t->name, "array.array") == 0;
}

int kr_slots_add_wrappers(KrThread *ts, KrType *type, KrObject *dict) {
    KrType *base = type->base_type;
    for (int i = 0; i < kr_slot_def_count; i++) {
        const KrSlotDef *def = &kr_slot_defs[i];
        void *fn = slot_of(type, def->offset);
        if (!fn || (base && slot_of(base, def->offset) == fn)) {
            continue;
        }
        if (def->kind == KR_SW_GETATTR) {
            continue;
        }
        if (def->kind == KR_SW_HASH && fn == (void *)kr_hash_not_implemented) {
            if (kr_dict_set_item_str(ts, dict, "__hash__", KR_NONE) < 0) {
                return -1;
            }
            continue;
        }
        if (def->kind == KR_SW_RBINARY && def->offset == offsetof(KrType, nb) + sizeof(KrBinaryFn) * KR_BINOP_ADD &&
            (type->flags & KR_TYPE_CONCAT)) {
            continue;
        }
        if (def->kind == KR_SW_POW) {
            // __pow__/__rpow__ are exposed from the binary power slot below.
            continue;
        }
        if (concat_only(type) && strcmp(def->name, "__radd__") == 0) {
            continue;
        }
        if (def->offset == offsetof(KrType, nb) + sizeof(KrBinaryFn) * KR_BINOP_POWER) {
            static const KrSlotDef pow_def = {"__pow__", offsetof(KrType, nb_power3), KR_SW_POW, 0, NULL};
            static const KrSlotDef rpow_def = {"__rpow__", offsetof(KrType, nb_power3), KR_SW_RPOW, 0, NULL};
            if (add_wrapper(ts, type, dict, def->kind == KR_SW_BINARY ? &pow_def : &rpow_def) < 0) {
                return -1;
            }
            continue;
        }
        if (add_wrapper(ts, type, dict, def) < 0) {
            return -1;
        }
    }
    return 0;
}

// The VM's table of interned slot names, made on first use.
static struct KrSlotName *slot_names(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (vm->slot_names) {
        return vm->slot_names;
    }
    struct KrSlotName *names = kr_mem_alloc(ts, sizeof(*names) * (size_t)kr_slot_def_count);
    if (!names) {
        return NULL;
    }
    for (int i = 0; i < kr_slot_def_count; i++) {
        // Several dunders share one slot: it is decided once, at the first of them.
        names[i].first = true;
        for (int j = 0; j < i && names[i].first; j++) {
            names[i].first = kr_slot_defs[j].offset != kr_slot_defs[i].offset;
        }
        names[i].name = kr_str_intern_cstr(ts, kr_slot_defs[i].name);
        if (!names[i].name) {
            for (int j = 0; j < i; j++) {
                KR_DECREF(ts, names[j].name);
            }
            kr_mem_free(ts, names);
            return NULL;
        }
    }
    vm->slot_names = names;
    return names;
}

void kr_slots_release(KrThread *ts) {
    struct KrSlotName *names = ts->vm->slot_names;
    if (!names) {
        return;
    }
    ts->vm->slot_names = NULL;
    for (int i = 0; i < kr_slot_def_count; i++) {
        KR_DECREF(ts, names[i].name);
    }
    kr_mem_free(ts, names);
}

// Whether a def of slot group i (the defs sharing kr_slot_defs[i]'s slot) is named `name`.
static bool group_has_name(const struct KrSlotName *names, int i, KrObject *name) {
    for (int j = i; j < kr_slot_def_count; j++) {
        if (kr_slot_defs[j].offset == kr_slot_defs[i].offset &&
            (names[j].name == name || kr_str_equal(names[j].name, name))) {
            return true;
        }
    }
    return false;
}

// Recomputes every slot (only: NULL) or the slots of the dunder `only`.
static int fixup(KrThread *ts, KrType *type, KrObject *only) {
    struct KrSlotName *names = slot_names(ts);
    if (!names) {
        return -1;
    }
    for (int i = 0; i < kr_slot_def_count; i++) {
        const KrSlotDef *def = &kr_slot_defs[i];
        if (!names[i].first || (only && !group_has_name(names, i, only))) {
            continue;
        }
        void *chosen = NULL;
        bool heap = false;
        for (int j = i; j < kr_slot_def_count; j++) {
            const KrSlotDef *d = &kr_slot_defs[j];
            if (d->offset != def->offset) {
                continue;
            }
            KrObject *found = kr_type_lookup(ts, type, names[j].name);
            if (!found) {
                continue;
            }
            // A wrapper stored under another dunder's name (enum's
            // `__str__ = int.__repr__`) must run by name, not fill this slot.
            if (KR_TYPE(found) == &kr_slotwrapper_type && strcmp(((KrSlotWrapper *)found)->def->name, d->name) == 0) {
                KrSlotWrapper *w = (KrSlotWrapper *)found;
                if (!chosen && !heap) {
                    chosen = slot_of(w->owner, def->offset);
                }
            } else if (d->kind == KR_SW_HASH && found == KR_NONE) {
                if (!heap) {
                    chosen = (void *)kr_hash_not_implemented;
                }
            } else if (d->kind == KR_SW_NEW && KR_TYPE(found) == &kr_method_descr_type) {
                chosen = slot_of(type->base_type, def->offset);
            } else {
                heap = true;
                chosen = d->heap_fn;
            }
        }
        if (def->kind == KR_SW_GETATTRIBUTE && !heap && chosen == NULL) {
            chosen = (void *)kr_generic_getattr;
        }
        if (def->kind == KR_SW_NEW && !chosen) {
            chosen = slot_of(type->base_type, def->offset);
        }
        if (def->kind == KR_SW_POW && !heap) {
            // pow(a, b, m) on a class without __pow__ uses the builtin base's.
            chosen = type->base_type ? type->base_type->nb_power3 : NULL;
        }
        set_slot(type, def->offset, chosen);
    }
    return 0;
}

int kr_slots_fixup(KrThread *ts, KrType *type) {
    return fixup(ts, type, NULL);
}

int kr_slots_fixup_name(KrThread *ts, KrType *type, KrObject *name) {
    return fixup(ts, type, name);
}
