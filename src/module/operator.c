// SPDX-License-Identifier: MIT
// The _operator module: the operators of the language as functions (operator.py
// re-exports them with `from _operator import *`).
#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"
#include "operator.h"

// Checks the (a, b) call of a two-operand function: "_operator.f() takes no
// keyword arguments", "f expected 2 arguments, got 1".
static int two_args(KrThread *ts, const char *name, size_t nargs, KrObject *kwnames, size_t n) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "_operator.%s() takes no keyword arguments", name);
        return -1;
    }
    return kr_modsupport_nargs(ts, name, nargs, n, n);
}

// ---- binary and comparison operators -------------------------------------------

// name, KR_BINOP_ operator, doc symbol
#define KR_OPERATOR_BINOPS(X)          \
    X(add, ADD, "+")                   \
    X(and_, AND, "&")                  \
    X(floordiv, FLOOR_DIVIDE, "//")    \
    X(lshift, LSHIFT, "<<")            \
    X(matmul, MATRIX_MULTIPLY, "@")    \
    X(mul, MULTIPLY, "*")              \
    X(mod, REMAINDER, "%")             \
    X(or_, OR, "|")                    \
    X(pow, POWER, "**")                \
    X(rshift, RSHIFT, ">>")            \
    X(sub, SUBTRACT, "-")              \
    X(truediv, TRUE_DIVIDE, "/")       \
    X(xor, XOR, "^")

#define KR_OPERATOR_INPLACE(X)         \
    X(iadd, ADD, "+")                  \
    X(iand, AND, "&")                  \
    X(ifloordiv, FLOOR_DIVIDE, "//")   \
    X(ilshift, LSHIFT, "<<")           \
    X(imatmul, MATRIX_MULTIPLY, "@")   \
    X(imul, MULTIPLY, "*")             \
    X(imod, REMAINDER, "%")            \
    X(ior, OR, "|")                    \
    X(ipow, POWER, "**")               \
    X(irshift, RSHIFT, ">>")           \
    X(isub, SUBTRACT, "-")             \
    X(itruediv, TRUE_DIVIDE, "/")      \
    X(ixor, XOR, "^")

#define KR_OPERATOR_COMPARE(X) \
    X(lt, LT, "<")             \
    X(le, LE, "<=")            \
    X(eq, EQ, "==")            \
    X(ne, NE, "!=")            \
    X(gt, GT, ">")             \
    X(ge, GE, ">=")

static KrObject *binary(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                        int op) {
    if (two_args(ts, name, nargs, kwnames, 2) < 0) {
        return NULL;
    }
    return kr_binop(ts, args[0], args[1], op);
}

static KrObject *compare(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                         int op) {
    if (two_args(ts, name, nargs, kwnames, 2) < 0) {
        return NULL;
    }
    return kr_compare(ts, args[0], args[1], op);
}

#define X(name, op, sym)                                                                                       \
    static KrObject *op_##name(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,              \
                               KrObject *kwnames) {                                                            \
        (void)self;                                                                                            \
        return binary(ts, #name, args, nargs, kwnames, KR_BINOP_##op);                                         \
    }
KR_OPERATOR_BINOPS(X)
#undef X
#define X(name, op, sym)                                                                                       \
    static KrObject *op_##name(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,              \
                               KrObject *kwnames) {                                                            \
        (void)self;                                                                                            \
        return binary(ts, #name, args, nargs, kwnames, KR_BINOP_INPLACE + KR_BINOP_##op);                      \
    }
KR_OPERATOR_INPLACE(X)
#undef X
#define X(name, op, sym)                                                                                       \
    static KrObject *op_##name(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,              \
                               KrObject *kwnames) {                                                            \
        (void)self;                                                                                            \
        return compare(ts, #name, args, nargs, kwnames, KR_##op);                                              \
    }
KR_OPERATOR_COMPARE(X)
#undef X

// ---- unary functions ----------------------------------------------------------

// name, the protocol function it calls
#define KR_OPERATOR_UNARY(X)  \
    X(abs, kr_absolute)       \
    X(neg, kr_negative)       \
    X(pos, kr_positive)       \
    X(inv, kr_invert)         \
    X(index, kr_number_index)

#define X(name, fn)                                                 \
    static KrObject *op_##name(KrThread *ts, KrObject *self, KrObject *a) { \
        (void)self;                                                 \
        return fn(ts, a);                                           \
    }
KR_OPERATOR_UNARY(X)
#undef X

static KrObject *op_truth(KrThread *ts, KrObject *self, KrObject *a) {
    (void)self;
    int t = kr_is_true(ts, a);
    return t < 0 ? NULL : kr_bool_from(t != 0);
}

static KrObject *op_not(KrThread *ts, KrObject *self, KrObject *a) {
    (void)self;
    int t = kr_is_true(ts, a);
    return t < 0 ? NULL : kr_bool_from(t == 0);
}

// ---- sequences and items --------------------------------------------------------

// PySequence_Check: indexable and not a mapping.
static bool is_sequence(KrObject *o) {
    return KR_TYPE(o)->getitem != NULL && !kr_dict_check(o);
}

static KrObject *concat(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                        int op) {
    if (two_args(ts, name, nargs, kwnames, 2) < 0) {
        return NULL;
    }
    if (!is_sequence(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object can't be concatenated", args[0]);
        return NULL;
    }
    return kr_binop(ts, args[0], args[1], op);
}

static KrObject *op_concat(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return concat(ts, "concat", args, nargs, kwnames, KR_BINOP_ADD);
}

static KrObject *op_iconcat(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return concat(ts, "iconcat", args, nargs, kwnames, KR_BINOP_INPLACE + KR_BINOP_ADD);
}

static KrObject *op_contains(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "contains", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    int r = kr_contains(ts, args[0], args[1]);
    return r < 0 ? NULL : kr_bool_from(r != 0);
}

// countOf / indexOf: scans a for items that are, or equal, b.
static KrObject *scan(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                      bool index) {
    if (two_args(ts, name, nargs, kwnames, 2) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, args[0]);
    if (!it) {
        if (kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            kr_err_format(ts, &kr_exc_TypeError, "argument of type '%T' is not iterable", args[0]);
        }
        return NULL;
    }
    int64_t n = 0, count = 0;
    for (;;) {
        KrObject *item = kr_next(ts, it);
        if (!item) {
            break;
        }
        int eq = item == args[1] ? 1 : kr_compare_bool(ts, item, args[1], KR_EQ);
        KR_DECREF(ts, item);
        if (eq < 0) {
            break;
        }
        if (eq && index) {
            KR_DECREF(ts, it);
            return kr_int_from_i64(ts, n);
        }
        count += eq;
        n++;
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    if (index) {
        kr_err_set_str(ts, &kr_exc_ValueError, "sequence.index(x): x not in sequence");
        return NULL;
    }
    return kr_int_from_i64(ts, count);
}

static KrObject *op_countOf(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return scan(ts, "countOf", args, nargs, kwnames, false);
}

static KrObject *op_indexOf(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return scan(ts, "indexOf", args, nargs, kwnames, true);
}

static KrObject *op_getitem(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "getitem", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    return kr_getitem(ts, args[0], args[1]);
}

static KrObject *op_setitem(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "setitem", nargs, kwnames, 3) < 0 || kr_setitem(ts, args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *op_delitem(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "delitem", nargs, kwnames, 2) < 0 || kr_delitem(ts, args[0], args[1]) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *op_is(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "is_", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    return kr_bool_from(args[0] == args[1]);
}

static KrObject *op_is_not(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "is_not", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    return kr_bool_from(args[0] != args[1]);
}

// operator.call(obj, /, *args, **kwargs)
static KrObject *op_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (nargs < 1) {
        kr_err_format(ts, &kr_exc_TypeError, "call expected at least 1 argument, got %zu", nargs);
        return NULL;
    }
    return kr_call(ts, args[0], args + 1, nargs - 1, kwnames);
}

// PyObject_LengthHint: len() when supported, else __length_hint__(), else default.
static KrObject *op_length_hint(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "length_hint", 1, kwnames, 1) < 0 || kr_modsupport_nargs(ts, "length_hint", nargs, 1, 2) < 0) {
        return NULL;
    }
    intptr_t dflt = 0;
    if (nargs == 2) {
        dflt = kr_slice_ssize_arg(ts, args[1]);
        if (dflt == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    KrObject *o = args[0];
    if (KR_TYPE(o)->len) {
        intptr_t n = kr_len(ts, o);
        if (n >= 0) {
            return kr_int_from_i64(ts, n);
        }
        if (!kr_err_matches(ts, &kr_exc_TypeError)) {
            return NULL;
        }
        kr_err_clear(ts);
    }
    KrObject *name = kr_str_intern_cstr(ts, "__length_hint__");
    if (!name) {
        return NULL;
    }
    KrObject *meth = kr_type_lookup(ts, KR_TYPE(o), name);
    KrObject *r = meth ? kr_call_method(ts, o, name, NULL, 0) : NULL;
    KR_DECREF(ts, name);
    if (!meth) {
        return kr_int_from_i64(ts, dflt);
    }
    if (!r) {
        if (!kr_err_matches(ts, &kr_exc_TypeError)) {
            return NULL;
        }
        kr_err_clear(ts);
        return kr_int_from_i64(ts, dflt);
    }
    if (r == KR_NOTIMPL) {
        KR_DECREF(ts, r);
        return kr_int_from_i64(ts, dflt);
    }
    if (!kr_int_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__length_hint__ must be an integer, not %T", r);
        KR_DECREF(ts, r);
        return NULL;
    }
    intptr_t n = kr_int_as_ssize(ts, r);
    KR_DECREF(ts, r);
    if (n == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    if (n < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "__length_hint__() should return >= 0");
        return NULL;
    }
    return kr_int_from_i64(ts, n);
}

// _compare_digest(a, b): a comparison whose time does not depend on where the
// operands first differ (for secrets), on ASCII str or bytes-like operands.
static KrObject *op_compare_digest(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    (void)self;
    if (two_args(ts, "_compare_digest", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    KrObject *a = args[0], *b = args[1];
    const char *pa, *pb;
    intptr_t na, nb;
    if (kr_str_check(a) && kr_str_check(b)) {
        if (!((KrStr *)a)->ascii || !((KrStr *)b)->ascii) {
            kr_err_set_str(ts, &kr_exc_TypeError, "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        pa = KR_STR_DATA(a);
        na = KR_STR_LEN(a);
        pb = KR_STR_DATA(b);
        nb = KR_STR_LEN(b);
    } else {
        int ra = kr_bytes_buffer(ts, a, &pa, &na);
        int rb = ra < 0 ? -1 : kr_bytes_buffer(ts, b, &pb, &nb);
        if (ra < 0 || rb < 0) {
            return NULL;
        }
        if (ra == 0 && rb == 0) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
            return NULL;
        }
        if (ra == 0 || rb == 0) {
            kr_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", ra == 0 ? a : b);
            return NULL;
        }
    }
    // Loop over b's length whatever a's, accumulating differences without branching.
    const volatile unsigned char *left = (const unsigned char *)(na == nb ? pa : pb);
    const volatile unsigned char *right = (const unsigned char *)pb;
    unsigned result = na == nb ? 0 : 1;
    for (intptr_t i = 0; i < nb; i++) {
        result |= (unsigned)(left[i] ^ right[i]);
    }
    return kr_bool_from(result == 0);
}

// ---- the module -----------------------------------------------------------------

#define KR_OPERATOR_FN(name, pyname, kind, doc) {pyname, (void *)(name), kind, false, false, doc},

static const KrMethodDef operator_functions[] = {
    KR_OPERATOR_FN(op_abs, "abs", KR_METH_O, "Same as abs(a).")
#define X(name, op, sym) KR_OPERATOR_FN(op_##name, #name, KR_METH_VARARGS, "Same as a " sym " b.")
    KR_OPERATOR_BINOPS(X)
    KR_OPERATOR_COMPARE(X)
#undef X
#define X(name, op, sym) KR_OPERATOR_FN(op_##name, #name, KR_METH_VARARGS, "Same as a " sym "= b.")
    KR_OPERATOR_INPLACE(X)
#undef X
    KR_OPERATOR_FN(op_call, "call", KR_METH_VARARGS, "Same as obj(*args, **kwargs).")
    KR_OPERATOR_FN(op_concat, "concat", KR_METH_VARARGS, "Same as a + b, for a and b sequences.")
    KR_OPERATOR_FN(op_contains, "contains", KR_METH_VARARGS, "Same as b in a (note reversed operands).")
    KR_OPERATOR_FN(op_countOf, "countOf", KR_METH_VARARGS,
                   "Return the number of items in a which are, or which equal, b.")
    KR_OPERATOR_FN(op_delitem, "delitem", KR_METH_VARARGS, "Same as del a[b].")
    KR_OPERATOR_FN(op_getitem, "getitem", KR_METH_VARARGS, "Same as a[b].")
    KR_OPERATOR_FN(op_iconcat, "iconcat", KR_METH_VARARGS, "Same as a += b, for a and b sequences.")
    KR_OPERATOR_FN(op_index, "index", KR_METH_O, "Same as a.__index__()")
    KR_OPERATOR_FN(op_indexOf, "indexOf", KR_METH_VARARGS, "Return the first index of b in a.")
    KR_OPERATOR_FN(op_inv, "inv", KR_METH_O, "Same as ~a.")
    KR_OPERATOR_FN(op_inv, "invert", KR_METH_O, "Same as ~a.")
    KR_OPERATOR_FN(op_is, "is_", KR_METH_VARARGS, "Same as a is b.")
    KR_OPERATOR_FN(op_is_not, "is_not", KR_METH_VARARGS, "Same as a is not b.")
    KR_OPERATOR_FN(op_length_hint, "length_hint", KR_METH_VARARGS,
                   "Return an estimate of the number of items in obj.\n\n"
                   "This is useful for presizing containers when building from an iterable.\n\n"
                   "If the object supports len(), the result will be exact.\n"
                   "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
                   "The result will be an integer >= 0.")
    KR_OPERATOR_FN(op_neg, "neg", KR_METH_O, "Same as -a.")
    KR_OPERATOR_FN(op_not, "not_", KR_METH_O, "Same as not a.")
    KR_OPERATOR_FN(op_pos, "pos", KR_METH_O, "Same as +a.")
    KR_OPERATOR_FN(op_setitem, "setitem", KR_METH_VARARGS, "Same as a[b] = c.")
    KR_OPERATOR_FN(op_truth, "truth", KR_METH_O, "Return True if a is true, False otherwise.")
    KR_OPERATOR_FN(op_compare_digest, "_compare_digest", KR_METH_VARARGS,
                   "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
                   "timing analysis, making it appropriate for cryptography.\n\n"
                   "a and b must both be of the same type: either str (ASCII only),\n"
                   "or any bytes-like object.\n\n"
                   "Note: If a and b are of different lengths, or if an error occurs,\n"
                   "a timing attack could theoretically reveal information about the\n"
                   "types and lengths of a and b--but not their values.")
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_operator_create(KrThread *ts) {
    static KrType *const types[] = {
        &kr_operator_attrgetter_type, &kr_operator_itemgetter_type, &kr_operator_methodcaller_type, NULL,
    };
    return kr_modsupport_module(ts, "_operator",
                                "Operator interface.\n\n"
                                "This module exports a set of functions implemented in C corresponding\n"
                                "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                                "is equivalent to the expression x+y.  The function names are those\n"
                                "used for special methods; variants without leading and trailing\n"
                                "'__' are also provided for convenience.",
                                operator_functions, types);
}
