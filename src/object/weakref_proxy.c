// SPDX-License-Identifier: MIT
// weakref.ProxyType and weakref.CallableProxyType: weak references that
// forward every operation to their referent.
#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "iterators.h"
#include "singletons.h"
#include "str.h"
#include "weakref.h"

// The referent of a proxy operand, or the operand itself when it is not a
// proxy; NULL with ReferenceError when the proxy is dead. Borrowed.
static KrObject *unwrap(KrThread *ts, KrObject *o) {
    KrType *t = KR_TYPE(o);
    if (t != &kr_weakproxy_type && t != &kr_weakcallableproxy_type) {
        return o;
    }
    KrObject *r = kr_weakref_get_borrow(o);
    if (!r) {
        kr_err_set_str(ts, &kr_exc_ReferenceError, "weakly-referenced object no longer exists");
    }
    return r;
}

// ---- slots: every one unwraps, then does the operation on the referent ----------------
// The referent is held for the duration of the operation (it may drop the
// last strong reference).

#define PROXY_UNARY(fn, expr)                                            \
    static KrObject *fn(KrThread *ts, KrObject *self) {                  \
        KrObject *o = unwrap(ts, self);                                  \
        if (!o) {                                                        \
            return NULL;                                                 \
        }                                                                \
        KR_INCREF(o);                                                    \
        KrObject *r = expr;                                              \
        KR_DECREF(ts, o);                                                \
        return r;                                                        \
    }

PROXY_UNARY(proxy_str, kr_str(ts, o))
PROXY_UNARY(proxy_iter, kr_iter(ts, o))
PROXY_UNARY(proxy_negative, kr_negative(ts, o))
PROXY_UNARY(proxy_positive, kr_positive(ts, o))
PROXY_UNARY(proxy_invert, kr_invert(ts, o))
PROXY_UNARY(proxy_absolute, kr_absolute(ts, o))
PROXY_UNARY(proxy_int, kr_number_int(ts, o))
PROXY_UNARY(proxy_float, kr_number_float(ts, o))
PROXY_UNARY(proxy_index, kr_number_index(ts, o))
PROXY_UNARY(proxy_bytes, kr_call1(ts, (KrObject *)&kr_bytes_type, o))
PROXY_UNARY(proxy_reversed, kr_call1(ts, (KrObject *)&kr_reversed_type, o))

// Both operands unwrapped, held, and passed to `op`.
static KrObject *with_pair(KrThread *ts, KrObject *a, KrObject *b, KrObject *c, int op,
                           KrObject *(*fn)(KrThread *ts, KrObject *a, KrObject *b, KrObject *c, int op)) {
    KrObject *x = unwrap(ts, a);
    KrObject *y = x ? unwrap(ts, b) : NULL;
    KrObject *z = y && c ? unwrap(ts, c) : c;
    if (!x || !y || (c && !z)) {
        return NULL;
    }
    KR_INCREF(x);
    KR_INCREF(y);
    KR_XINCREF(z);
    KrObject *r = fn(ts, x, y, z, op);
    KR_DECREF(ts, x);
    KR_DECREF(ts, y);
    KR_XDECREF(ts, z);
    return r;
}

static KrObject *do_binop(KrThread *ts, KrObject *a, KrObject *b, KrObject *c, int op) {
    (void)c;
    return kr_binop(ts, a, b, op);
}

static KrObject *do_compare(KrThread *ts, KrObject *a, KrObject *b, KrObject *c, int op) {
    (void)c;
    return kr_compare(ts, a, b, op);
}

static KrObject *do_divmod(KrThread *ts, KrObject *a, KrObject *b, KrObject *c, int op) {
    (void)c;
    (void)op;
    return kr_divmod(ts, a, b);
}

static KrObject *do_power3(KrThread *ts, KrObject *a, KrObject *b, KrObject *c, int op) {
    (void)op;
    return kr_power3(ts, a, b, c);
}

#define X(name, sym, d, rd, id)                                                           \
    static KrObject *proxy_##name(KrThread *ts, KrObject *a, KrObject *b) {               \
        return with_pair(ts, a, b, NULL, KR_BINOP_##name, do_binop);                      \
    }                                                                                     \
    static KrObject *proxy_i##name(KrThread *ts, KrObject *a, KrObject *b) {              \
        return with_pair(ts, a, b, NULL, KR_BINOP_INPLACE + KR_BINOP_##name, do_binop);   \
    }
KR_BINOPS(X)
#undef X

static KrObject *proxy_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    return with_pair(ts, a, b, NULL, op, do_compare);
}

static KrObject *proxy_divmod(KrThread *ts, KrObject *a, KrObject *b) {
    return with_pair(ts, a, b, NULL, 0, do_divmod);
}

static KrObject *proxy_power3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m) {
    return with_pair(ts, a, b, m, 0, do_power3);
}

static KrObject *proxy_repr(KrThread *ts, KrObject *self) {
    KrObject *o = kr_weakref_get_borrow(self);
    if (!o) {
        o = KR_NONE;
    }
    return kr_str_from_format(ts, "<weakproxy at %p to %s at %p>", (void *)self, KR_TYPE(o)->name, (void *)o);
}

static KrObject *proxy_getattr(KrThread *ts, KrObject *self, KrObject *name) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return NULL;
    }
    KR_INCREF(o);
    KrObject *r = kr_getattr(ts, o, name);
    KR_DECREF(ts, o);
    return r;
}

static int proxy_setattr(KrThread *ts, KrObject *self, KrObject *name, KrObject *value) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return -1;
    }
    KR_INCREF(o);
    int r = value ? kr_setattr(ts, o, name, value) : kr_delattr(ts, o, name);
    KR_DECREF(ts, o);
    return r;
}

static KrObject *proxy_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return NULL;
    }
    KR_INCREF(o);
    KrObject *r = kr_call(ts, o, args, nargs, kwnames);
    KR_DECREF(ts, o);
    return r;
}

static KrObject *proxy_iternext(KrThread *ts, KrObject *self) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return NULL;
    }
    KrUnaryFn next = KR_TYPE(o)->iternext;
    if (!next) {
        kr_err_format(ts, &kr_exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", KR_TYPE(o)->name);
        return NULL;
    }
    KR_INCREF(o);
    KrObject *r = next(ts, o);
    KR_DECREF(ts, o);
    return r;
}

static int proxy_bool(KrThread *ts, KrObject *self) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return -1;
    }
    KR_INCREF(o);
    int r = kr_is_true(ts, o);
    KR_DECREF(ts, o);
    return r;
}

static intptr_t proxy_len(KrThread *ts, KrObject *self) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return -1;
    }
    KR_INCREF(o);
    intptr_t r = kr_len(ts, o);
    KR_DECREF(ts, o);
    return r;
}

static KrObject *proxy_getitem(KrThread *ts, KrObject *self, KrObject *key) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return NULL;
    }
    KR_INCREF(o);
    KrObject *r = kr_getitem(ts, o, key);
    KR_DECREF(ts, o);
    return r;
}

static int proxy_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return -1;
    }
    KR_INCREF(o);
    int r = value ? kr_setitem(ts, o, key, value) : kr_delitem(ts, o, key);
    KR_DECREF(ts, o);
    return r;
}

static int proxy_contains(KrThread *ts, KrObject *self, KrObject *item) {
    KrObject *o = unwrap(ts, self);
    if (!o) {
        return -1;
    }
    KR_INCREF(o);
    int r = kr_contains(ts, o, item);
    KR_DECREF(ts, o);
    return r;
}

static const KrMethodDef proxy_methods[] = {
    {"__bytes__", (void *)proxy_bytes, KR_METH_NOARGS, false, false, NULL},
    {"__reversed__", (void *)proxy_reversed, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

// The two proxy types differ only in the call slot.
#define PROXY_TYPE(var, tname, callslot)                                       \
    KrType var = {                                                             \
        .base = KR_STATIC_HEAD(&kr_type_type),                                 \
        .name = tname,                                                         \
        .basicsize = sizeof(KrWeakRef),                                        \
        .flags = KR_TYPE_GC | KR_TYPE_WEAKREF_SUBCLASS,                        \
        .base_type = &kr_object_type,                                          \
        .dealloc = kr_weakref_dealloc,                                         \
        .traverse = kr_weakref_traverse,                                       \
        .clear = kr_weakref_clear,                                             \
        .repr = proxy_repr,                                                    \
        .str = proxy_str,                                                      \
        .hash = kr_hash_not_implemented,                                       \
        .richcompare = proxy_richcompare,                                      \
        .getattr = proxy_getattr,                                              \
        .setattr = proxy_setattr,                                              \
        .call = callslot,                                                      \
        .iter = proxy_iter,                                                    \
        .iternext = proxy_iternext,                                            \
        .nb = {                                                                \
            [KR_BINOP_ADD] = proxy_ADD,                                        \
            [KR_BINOP_AND] = proxy_AND,                                        \
            [KR_BINOP_FLOOR_DIVIDE] = proxy_FLOOR_DIVIDE,                      \
            [KR_BINOP_LSHIFT] = proxy_LSHIFT,                                  \
            [KR_BINOP_MATRIX_MULTIPLY] = proxy_MATRIX_MULTIPLY,                \
            [KR_BINOP_MULTIPLY] = proxy_MULTIPLY,                              \
            [KR_BINOP_REMAINDER] = proxy_REMAINDER,                            \
            [KR_BINOP_OR] = proxy_OR,                                          \
            [KR_BINOP_POWER] = proxy_POWER,                                    \
            [KR_BINOP_RSHIFT] = proxy_RSHIFT,                                  \
            [KR_BINOP_SUBTRACT] = proxy_SUBTRACT,                              \
            [KR_BINOP_TRUE_DIVIDE] = proxy_TRUE_DIVIDE,                        \
            [KR_BINOP_XOR] = proxy_XOR,                                        \
        },                                                                     \
        .nb_inplace = {                                                        \
            [KR_BINOP_ADD] = proxy_iADD,                                       \
            [KR_BINOP_AND] = proxy_iAND,                                       \
            [KR_BINOP_FLOOR_DIVIDE] = proxy_iFLOOR_DIVIDE,                     \
            [KR_BINOP_LSHIFT] = proxy_iLSHIFT,                                 \
            [KR_BINOP_MATRIX_MULTIPLY] = proxy_iMATRIX_MULTIPLY,               \
            [KR_BINOP_MULTIPLY] = proxy_iMULTIPLY,                             \
            [KR_BINOP_REMAINDER] = proxy_iREMAINDER,                           \
            [KR_BINOP_OR] = proxy_iOR,                                         \
            [KR_BINOP_POWER] = proxy_iPOWER,                                   \
            [KR_BINOP_RSHIFT] = proxy_iRSHIFT,                                 \
            [KR_BINOP_SUBTRACT] = proxy_iSUBTRACT,                             \
            [KR_BINOP_TRUE_DIVIDE] = proxy_iTRUE_DIVIDE,                       \
            [KR_BINOP_XOR] = proxy_iXOR,                                       \
        },                                                                     \
        .nb_power3 = proxy_power3,                                             \
        .nb_divmod = proxy_divmod,                                             \
        .nb_negative = proxy_negative,                                         \
        .nb_positive = proxy_positive,                                         \
        .nb_invert = proxy_invert,                                             \
        .nb_absolute = proxy_absolute,                                         \
        .nb_bool = proxy_bool,                                                 \
        .nb_int = proxy_int,                                                   \
        .nb_float = proxy_float,                                               \
        .nb_index = proxy_index,                                               \
        .len = proxy_len,                                                      \
        .getitem = proxy_getitem,                                              \
        .setitem = proxy_setitem,                                              \
        .contains = proxy_contains,                                            \
        .methods = proxy_methods,                                              \
    }

PROXY_TYPE(kr_weakproxy_type, "weakref.ProxyType", NULL);
PROXY_TYPE(kr_weakcallableproxy_type, "weakref.CallableProxyType", proxy_call);
