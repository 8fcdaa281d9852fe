// SPDX-License-Identifier: MIT
// The generic object protocols: every operation dispatches through the slots
// of the operands' types, the same way for builtin and user-defined types.
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "genericalias.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

// ---- repr / str / hash / truth ----------------------------------------------------

KrObject *kr_repr(KrThread *ts, KrObject *o) {
    if (kr_enter_recursive(ts, " while getting the repr of an object") < 0) {
        return NULL;
    }
    KrObject *r = KR_TYPE(o)->repr(ts, o);
    kr_leave_recursive(ts);
    if (r && !kr_str_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__repr__ returned non-string (type %s)", kr_type_name_cstr(KR_TYPE(r)));
        KR_CLEAR(ts, r);
    }
    return r;
}

KrObject *kr_str(KrThread *ts, KrObject *o) {
    if (kr_str_check_exact(o)) {
        return KR_INCREF(o);
    }
    if (kr_enter_recursive(ts, " while getting the str of an object") < 0) {
        return NULL;
    }
    KrUnaryFn f = KR_TYPE(o)->str ? KR_TYPE(o)->str : KR_TYPE(o)->repr;
    KrObject *r = f(ts, o);
    kr_leave_recursive(ts);
    if (r && !kr_str_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__str__ returned non-string (type %s)", kr_type_name_cstr(KR_TYPE(r)));
        KR_CLEAR(ts, r);
    }
    return r;
}

// ascii(o): repr(o) with every non-ASCII character backslash-escaped.
KrObject *kr_ascii(KrThread *ts, KrObject *o) {
    KrObject *r = kr_repr(ts, o);
    if (!r) {
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    for (intptr_t i = 0; i < KR_STR_LEN(r); i++) {
        uint32_t c = kr_str_char_at(r, i);
        char buf[12];
        if (c < 128) {
            kr_sb_add_char(ts, &sb, c);
            continue;
        }
        if (c < 0x100) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
        } else if (c < 0x10000) {
            snprintf(buf, sizeof buf, "\\u%04x", c);
        } else {
            snprintf(buf, sizeof buf, "\\U%08x", c);
        }
        kr_sb_add_cstr(ts, &sb, buf);
    }
    KR_DECREF(ts, r);
    return kr_sb_finish(ts, &sb);
}

KrHash kr_hash_not_implemented(KrThread *ts, KrObject *o) {
    kr_err_format(ts, &kr_exc_TypeError, "unhashable type: '%s'", KR_TYPE(o)->name);
    return -1;
}

KrHash kr_hash(KrThread *ts, KrObject *o) {
    KrHashFn h = KR_TYPE(o)->hash;
    if (!h) {
        return kr_hash_not_implemented(ts, o);
    }
    return h(ts, o);
}

int kr_is_true(KrThread *ts, KrObject *o) {
    if (o == KR_TRUE) {
        return 1;
    }
    if (o == KR_FALSE || o == KR_NONE) {
        return 0;
    }
    KrType *t = KR_TYPE(o);
    if (t->nb_bool) {
        return t->nb_bool(ts, o);
    }
    if (t->len) {
        intptr_t n = t->len(ts, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- comparisons ------------------------------------------------------------------

static const int swapped_op[] = {KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

KrObject *kr_compare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (kr_enter_recursive(ts, " in comparison") < 0) {
        return NULL;
    }
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    KrObject *r;
    bool checked_reverse = false;
    if (ta != tb && kr_type_is_subtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (r != KR_NOTIMPL) {
            goto done;
        }
        KR_DECREF(ts, r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(ts, a, b, op);
        if (r != KR_NOTIMPL) {
            goto done;
        }
        KR_DECREF(ts, r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (r != KR_NOTIMPL) {
            goto done;
        }
        KR_DECREF(ts, r);
    }
    if (op == KR_EQ || op == KR_NE) {
        r = KR_INCREF(KR_BOOL((a == b) == (op == KR_EQ)));
        goto done;
    }
    kr_err_format(ts, &kr_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", op_symbol[op],
                  ta->name, tb->name);
    r = NULL;
done:
    kr_leave_recursive(ts);
    return r;
}

int kr_compare_bool(KrThread *ts, KrObject *a, KrObject *b, int op) {
    KrObject *r = kr_compare(ts, a, b, op);
    if (!r) {
        return -1;
    }
    if (r == KR_TRUE || r == KR_FALSE) {
        return r == KR_TRUE;
    }
    int t = kr_is_true(ts, r);
    KR_DECREF(ts, r);
    return t;
}

int kr_equal(KrThread *ts, KrObject *a, KrObject *b) {
    if (a == b) {
        return 1;
    }
    return kr_compare_bool(ts, a, b, KR_EQ);
}

// ---- arithmetic -------------------------------------------------------------------

static const char *const binop_symbol[] = {
#define X(name, sym, d, rd, id) sym,
    KR_BINOPS(X)
#undef X
};

// CPython's binary_op1: the left operand's slot, then the right operand's
// (first, if its type is a subclass of the left's).
static KrObject *binop1(KrThread *ts, KrObject *a, KrObject *b, size_t offset) {
    KrBinaryFn sa = *(KrBinaryFn *)((char *)KR_TYPE(a) + offset);
    KrBinaryFn sb = NULL;
    if (KR_TYPE(b) != KR_TYPE(a)) {
        sb = *(KrBinaryFn *)((char *)KR_TYPE(b) + offset);
        if (sb == sa) {
            sb = NULL;
        }
    }
    if (sa) {
        if (sb && kr_type_is_subtype(KR_TYPE(b), KR_TYPE(a))) {
            KrObject *r = sb(ts, a, b);
            if (r != KR_NOTIMPL) {
                return r;
            }
            KR_DECREF(ts, r);
            sb = NULL;
        }
        KrObject *r = sa(ts, a, b);
        if (r != KR_NOTIMPL) {
            return r;
        }
        KR_DECREF(ts, r);
    }
    if (sb) {
        return sb(ts, a, b);
    }
    return KR_INCREF(KR_NOTIMPL);
}

static KrObject *binop_type_error(KrThread *ts, KrObject *a, KrObject *b, int op, bool inplace) {
    const char *sym = binop_symbol[op];
    if (op == KR_BINOP_POWER && !inplace) {
        sym = "** or pow()";
    }
    if (op == KR_BINOP_RSHIFT && !inplace && KR_TYPE(a) == &kr_cfunction_type) {
        KrCFunction *f = (KrCFunction *)a;
        if (strcmp(f->def->name, "print") == 0) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "unsupported operand type(s) for >>: 'builtin_function_or_method' and '%s'. Did you mean "
                          "\"print(<message>, file=<output_stream>)\"?",
                          kr_type_name_cstr(KR_TYPE(b)));
            return NULL;
        }
    }
    kr_err_format(ts, &kr_exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                  inplace ? "=" : "", KR_TYPE(a)->name, KR_TYPE(b)->name);
    return NULL;
}

KrObject *kr_binop(KrThread *ts, KrObject *a, KrObject *b, int op) {
    bool inplace = op >= KR_BINOP_INPLACE;
    int base = inplace ? op - KR_BINOP_INPLACE : op;
    if (inplace) {
        KrBinaryFn f = KR_TYPE(a)->nb_inplace[base];
        if (f) {
            KrObject *r = f(ts, a, b);
            if (r != KR_NOTIMPL) {
                return r;
            }
            KR_DECREF(ts, r);
        }
    }
    KrObject *r = binop1(ts, a, b, offsetof(KrType, nb) + sizeof(KrBinaryFn) * (size_t)base);
    if (r != KR_NOTIMPL) {
        return r;
    }
    KR_DECREF(ts, r);
    return binop_type_error(ts, a, b, base, inplace);
}

KrObject *kr_power3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m) {
    if (m == KR_NONE) {
        return kr_binop(ts, a, b, KR_BINOP_POWER);
    }
    KrTernaryFn f = KR_TYPE(a)->nb_power3;
    if (f) {
        KrObject *r = f(ts, a, b, m);
        if (r != KR_NOTIMPL) {
            return r;
        }
        KR_DECREF(ts, r);
    }
    // float and complex take part in three-argument pow only to refuse it.
    KrObject *ops[3] = {a, b, m};
    for (int i = 0; i < 3; i++) {
        if (kr_float_check(ops[i])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            return NULL;
        }
        if (kr_isinstance_type(ops[i], &kr_complex_type)) {
            kr_err_set_str(ts, &kr_exc_ValueError, "complex modulo");
            return NULL;
        }
    }
    kr_err_format(ts, &kr_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  KR_TYPE(a)->name, KR_TYPE(b)->name, KR_TYPE(m)->name);
    return NULL;
}

KrObject *kr_divmod(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *r = binop1(ts, a, b, offsetof(KrType, nb_divmod));
    if (r != KR_NOTIMPL) {
        return r;
    }
    KR_DECREF(ts, r);
    kr_err_format(ts, &kr_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  KR_TYPE(a)->name, KR_TYPE(b)->name);
    return NULL;
}

#define UNARY_OP(fn, slot, sym)                                                                           \
    KrObject *fn(KrThread *ts, KrObject *o) {                                                             \
        KrUnaryFn f = KR_TYPE(o)->slot;                                                                   \
        if (f) {                                                                                          \
            return f(ts, o);                                                                              \
        }                                                                                                 \
        kr_err_format(ts, &kr_exc_TypeError, "bad operand type for " sym ": '%s'", kr_type_name_cstr(KR_TYPE(o))); \
        return NULL;                                                                                      \
    }
UNARY_OP(kr_negative, nb_negative, "unary -")
UNARY_OP(kr_positive, nb_positive, "unary +")
UNARY_OP(kr_invert, nb_invert, "unary ~")
UNARY_OP(kr_absolute, nb_absolute, "abs()")

// A strict int subclass (bool included) returned by __index__/__int__ is still
// accepted, with CPython's DeprecationWarning, and copied to an exact int. Steals r.
static KrObject *strict_int(KrThread *ts, KrObject *r, const char *dunder) {
    if (kr_int_check_exact(r)) {
        return r;
    }
    if (kr_warn_format(ts, &kr_exc_DeprecationWarning, 1,
                       "%s returned non-int (type %s).  The ability to return an instance of a strict subclass "
                       "of int is deprecated, and may be removed in a future version of Python.",
                       dunder, kr_type_name_cstr(KR_TYPE(r))) < 0) {
        KR_DECREF(ts, r);
        return NULL;
    }
    KrObject *i = kr_int_exact(ts, r);
    KR_DECREF(ts, r);
    return i;
}

KrObject *kr_number_index(KrThread *ts, KrObject *o) {
    if (kr_int_check(o)) {
        return kr_int_check_exact(o) ? KR_INCREF(o) : kr_int_exact(ts, o);
    }
    KrUnaryFn f = KR_TYPE(o)->nb_index;
    if (!f) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name_cstr(KR_TYPE(o)));
        return NULL;
    }
    KrObject *r = f(ts, o);
    if (r && !kr_int_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__index__ returned non-int (type %s)", kr_type_name_cstr(KR_TYPE(r)));
        KR_CLEAR(ts, r);
    }
    return r ? strict_int(ts, r, "__index__") : NULL;
}

int kr_index_as_int(KrThread *ts, KrObject *o, int *out) {
    KrObject *idx = kr_number_index(ts, o);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(idx, &overflow);
    KR_DECREF(ts, idx);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

intptr_t kr_index_as_ssize(KrThread *ts, KrObject *o, bool *overflow_to_error) {
    (void)overflow_to_error;
    KrObject *i = kr_number_index(ts, o);
    if (!i) {
        return -1;
    }
    intptr_t v = kr_int_as_ssize(ts, i);
    KR_DECREF(ts, i);
    if (v == -1 && kr_err_occurred(ts) && kr_err_matches(ts, &kr_exc_OverflowError)) {
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                      kr_type_name_cstr(KR_TYPE(o)));
    }
    return v;
}

KrObject *kr_number_int(KrThread *ts, KrObject *o) {
    if (kr_int_check_exact(o)) {
        return KR_INCREF(o);
    }
    KrType *t = KR_TYPE(o);
    if (t->nb_int) {
        KrObject *r = t->nb_int(ts, o);
        if (r && !kr_int_check(r)) {
            kr_err_format(ts, &kr_exc_TypeError, "__int__ returned non-int (type %s)", kr_type_name_cstr(KR_TYPE(r)));
            KR_CLEAR(ts, r);
        }
        return r ? strict_int(ts, r, "__int__") : NULL;
    }
    if (t->nb_index) {
        return kr_number_index(ts, o);
    }
    KrObject *trunc = kr_type_lookup(ts, t, KR_ID(ts, __trunc__));
    if (trunc) {
        if (kr_warn_format(ts, &kr_exc_DeprecationWarning, 1, "The delegation of int() to __trunc__ is deprecated.") <
            0) {
            return NULL;
        }
        KrObject *r = kr_call_method(ts, o, KR_ID(ts, __trunc__), NULL, 0);
        if (r && !kr_int_check(r)) {
            KrObject *i = kr_number_index(ts, r);
            KR_DECREF(ts, r);
            return i;
        }
        return r;
    }
    if (kr_str_check(o)) {
        size_t n;
        const char *s = kr_str_utf8(ts, o, &n);
        return s ? kr_int_from_string(ts, s, n, 10) : NULL;
    }
    kr_err_format(ts, &kr_exc_TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  kr_type_name_cstr(t));
    return NULL;
}

KrObject *kr_number_float(KrThread *ts, KrObject *o) {
    if (kr_float_check_exact(o)) {
        return KR_INCREF(o);
    }
    KrType *t = KR_TYPE(o);
    if (t->nb_float) {
        KrObject *r = t->nb_float(ts, o);
        if (r && !kr_float_check(r)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__float__ returned non-float (type %s)", kr_type_name_cstr(t),
                          kr_type_name_cstr(KR_TYPE(r)));
            KR_CLEAR(ts, r);
        }
        if (r && !kr_float_check_exact(r)) {
            double d = KR_FLOAT_VALUE(r);
            int w = kr_warn_format(ts, &kr_exc_DeprecationWarning, 1,
                                   "%s.__float__ returned non-float (type %s).  The ability to return an instance "
                                   "of a strict subclass of float is deprecated, and may be removed in a future "
                                   "version of Python.",
                                   kr_type_name_cstr(t), kr_type_name_cstr(KR_TYPE(r)));
            KR_DECREF(ts, r);
            return w < 0 ? NULL : kr_float_from_double(ts, d);
        }
        return r;
    }
    if (kr_float_check(o)) {
        return kr_float_from_double(ts, KR_FLOAT_VALUE(o));
    }
    if (t->nb_index || kr_int_check(o)) {
        KrObject *i = kr_number_index(ts, o);
        if (!i) {
            return NULL;
        }
        int ovf = 0;
        double d = kr_int_as_double(ts, i, &ovf);
        KR_DECREF(ts, i);
        if (d == -1.0 && kr_err_occurred(ts)) {
            return NULL;
        }
        return kr_float_from_double(ts, d);
    }
    if (kr_str_check(o)) {
        size_t n;
        const char *s = kr_str_utf8(ts, o, &n);
        return s ? kr_float_from_string(ts, s, n) : NULL;
    }
    kr_err_format(ts, &kr_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                  kr_type_name_cstr(t));
    return NULL;
}

// ---- attributes -------------------------------------------------------------------

KrObject *kr_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    if (!kr_str_check(name)) {
        kr_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                      kr_type_name_cstr(KR_TYPE(name)));
        return NULL;
    }
    KrGetAttrFn f = KR_TYPE(o)->getattr;
    return f ? f(ts, o, name) : kr_generic_getattr(ts, o, name);
}

KrObject *kr_getattr_cstr(KrThread *ts, KrObject *o, const char *name) {
    KrObject *n = kr_str_intern_cstr(ts, name);
    if (!n) {
        return NULL;
    }
    KrObject *r = kr_getattr(ts, o, n);
    KR_DECREF(ts, n);
    return r;
}

KrObject *kr_getattr_opt(KrThread *ts, KrObject *o, KrObject *name) {
    KrObject *r = kr_getattr(ts, o, name);
    if (!r && kr_err_matches(ts, &kr_exc_AttributeError)) {
        kr_err_clear(ts);
    }
    return r;
}

int kr_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value) {
    if (!kr_str_check(name)) {
        kr_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                      kr_type_name_cstr(KR_TYPE(name)));
        return -1;
    }
    KrSetAttrFn f = KR_TYPE(o)->setattr;
    if (!f) {
        f = kr_generic_setattr;
    }
    KR_INCREF(name);
    int r = f(ts, o, name, value);
    KR_DECREF(ts, name);
    return r;
}

int kr_delattr(KrThread *ts, KrObject *o, KrObject *name) {
    return kr_setattr(ts, o, name, NULL);
}

// ---- calls ----------------------------------------------------------------------

KrObject *kr_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrCallFn f = KR_TYPE(callable)->call;
    if (!f) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not callable", KR_TYPE(callable)->name);
        return NULL;
    }
    // Instantiating a builtin exception class is exempt from the depth check:
    // raising RecursionError itself goes through here, and refusing that call
    // would raise RecursionError again, recursing until the C stack overflows.
    // Those constructors run no Python code, so they cannot recurse further.
    KrType *ct = (KrType *)callable;
    if (KR_TYPE_CHECK_FLAG(callable, KR_TYPE_TYPE_SUBCLASS) && !(ct->flags & KR_TYPE_HEAP) && kr_exception_type_check(ct)) {
        ts->c_depth++;
    } else if (kr_enter_recursive(ts, " while calling a Python object") < 0) {
        return NULL;
    }
    KrObject *r = f(ts, callable, args, nargs, kwnames);
    kr_leave_recursive(ts);
    if (!r && !kr_err_occurred(ts)) {
        kr_err_set_str(ts, &kr_exc_SystemError, "error return without exception set");
    }
    return r;
}

KrObject *kr_call0(KrThread *ts, KrObject *callable) {
    return kr_call(ts, callable, NULL, 0, NULL);
}

KrObject *kr_call1(KrThread *ts, KrObject *callable, KrObject *a) {
    return kr_call(ts, callable, &a, 1, NULL);
}

KrObject *kr_call2(KrThread *ts, KrObject *callable, KrObject *a, KrObject *b) {
    KrObject *args[2] = {a, b};
    return kr_call(ts, callable, args, 2, NULL);
}

KrObject *kr_call_tuple_dict(KrThread *ts, KrObject *callable, KrObject *args, KrObject *kwargs) {
    intptr_t n = KR_TUPLE_SIZE(args);
    intptr_t nkw = kwargs ? kr_dict_size(kwargs) : 0;
    if (nkw == 0) {
        return kr_call(ts, callable, KR_TUPLE_ITEMS(args), (size_t)n, NULL);
    }
    KrObject **argv = kr_mem_alloc(ts, sizeof(KrObject *) * (size_t)(n + nkw));
    KrObject *names = kr_tuple_new(ts, nkw);
    if (!argv || !names) {
        kr_mem_free(ts, argv);
        KR_XDECREF(ts, names);
        return NULL;
    }
    memcpy(argv, KR_TUPLE_ITEMS(args), sizeof(KrObject *) * (size_t)n);
    intptr_t pos = 0, i = 0;
    KrObject *k, *v;
    while (kr_dict_next(kwargs, &pos, &k, &v)) {
        if (!kr_str_check(k)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "keywords must be strings");
            kr_mem_free(ts, argv);
            KR_DECREF(ts, names);
            return NULL;
        }
        KR_TUPLE_SET(names, i, KR_INCREF(k));
        argv[n + i] = v;
        i++;
    }
    KrObject *r = kr_call(ts, callable, argv, (size_t)n, names);
    kr_mem_free(ts, argv);
    KR_DECREF(ts, names);
    return r;
}

KrObject *kr_call_method(KrThread *ts, KrObject *o, KrObject *name, KrObject *const *args, size_t nargs) {
    KrObject *m = kr_getattr(ts, o, name);
    if (!m) {
        return NULL;
    }
    KrObject *r = kr_call(ts, m, args, nargs, NULL);
    KR_DECREF(ts, m);
    return r;
}

KrObject *kr_call_method_cstr(KrThread *ts, KrObject *o, const char *name, KrObject *const *args, size_t nargs) {
    KrObject *n = kr_str_intern_cstr(ts, name);
    KrObject *r = n ? kr_call_method(ts, o, n, args, nargs) : NULL;
    KR_XDECREF(ts, n);
    return r;
}

bool kr_callable(KrObject *o) {
    return KR_TYPE(o)->call != NULL;
}

// ---- containers -------------------------------------------------------------------

KrObject *kr_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    KrBinaryFn f = KR_TYPE(o)->getitem;
    if (f) {
        return f(ts, o, key);
    }
    if (kr_isinstance_type(o, &kr_type_type)) {
        if (o == (KrObject *)&kr_type_type) {
            return KR_INCREF(o);
        }
        KrObject *cg = kr_getattr_cstr(ts, o, "__class_getitem__");
        if (cg) {
            KrObject *r = kr_call1(ts, cg, key);
            KR_DECREF(ts, cg);
            return r;
        }
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_TypeError, "type '%s' is not subscriptable", kr_type_name_cstr((KrType *)o));
        return NULL;
    }
    kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not subscriptable", kr_type_name_cstr(KR_TYPE(o)));
    return NULL;
}

int kr_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value) {
    KrSetItemFn f = KR_TYPE(o)->setitem;
    if (f) {
        return f(ts, o, key, value);
    }
    if (value) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object does not support item assignment",
                      kr_type_name_cstr(KR_TYPE(o)));
    } else {
        // CPython words it "doesn't" when the deletion went through the
        // sequence protocol: an index key on a type with sequence methods.
        KrType *t = KR_TYPE(o);
        bool seq = t->len || t->getitem || t->contains || (t->flags & KR_TYPE_HEAP);
        bool index = kr_int_check(key) || KR_TYPE(key)->nb_index;
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object %s support item deletion", kr_type_name_cstr(t),
                      seq && index ? "doesn't" : "does not");
    }
    return -1;
}

int kr_delitem(KrThread *ts, KrObject *o, KrObject *key) {
    return kr_setitem(ts, o, key, NULL);
}

int kr_contains(KrThread *ts, KrObject *container, KrObject *item) {
    KrContainsFn f = KR_TYPE(container)->contains;
    if (f) {
        return f(ts, container, item);
    }
    if (!KR_TYPE(container)->iter && !KR_TYPE(container)->getitem) {
        kr_err_format(ts, &kr_exc_TypeError, "argument of type '%s' is not iterable",
                      kr_type_name_cstr(KR_TYPE(container)));
        return -1;
    }
    KrObject *it = kr_iter(ts, container);
    if (!it) {
        return -1;
    }
    for (;;) {
        KrObject *x = kr_next(ts, it);
        if (!x) {
            KR_DECREF(ts, it);
            return kr_err_occurred(ts) ? -1 : 0;
        }
        int eq = kr_equal(ts, x, item);
        KR_DECREF(ts, x);
        if (eq != 0) {
            KR_DECREF(ts, it);
            return eq;
        }
    }
}

intptr_t kr_len(KrThread *ts, KrObject *o) {
    KrLenFn f = KR_TYPE(o)->len;
    if (!f) {
        kr_err_format(ts, &kr_exc_TypeError, "object of type '%s' has no len()", kr_type_name_cstr(KR_TYPE(o)));
        return -1;
    }
    return f(ts, o);
}

KrObject *kr_iter(KrThread *ts, KrObject *o) {
    KrUnaryFn f = KR_TYPE(o)->iter;
    if (f) {
        KrObject *it = f(ts, o);
        if (it && !KR_TYPE(it)->iternext) {
            kr_err_format(ts, &kr_exc_TypeError, "iter() returned non-iterator of type '%s'",
                          kr_type_name_cstr(KR_TYPE(it)));
            KR_CLEAR(ts, it);
        }
        return it;
    }
    if (KR_TYPE(o)->getitem && !kr_dict_check(o)) {
        return kr_seqiter_new(ts, o);
    }
    kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not iterable", kr_type_name_cstr(KR_TYPE(o)));
    return NULL;
}

KrObject *kr_next(KrThread *ts, KrObject *iter) {
    KrUnaryFn f = KR_TYPE(iter)->iternext;
    if (!f) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not an iterator", kr_type_name_cstr(KR_TYPE(iter)));
        return NULL;
    }
    KrObject *r = f(ts, iter);
    if (!r && kr_err_matches(ts, &kr_exc_StopIteration)) {
        kr_err_clear(ts);
    }
    return r;
}

// Calls a special method found on type(self) with one argument, binding it
// as the attribute lookup would.
static KrObject *call_special1(KrThread *ts, KrObject *meth, KrObject *self, KrObject *arg) {
    KrObject *r;
    KR_INCREF(meth);
    KrDescrGetFn get = KR_TYPE(meth)->descr_get;
    if (kr_function_check(meth)) {
        KrObject *args[2] = {self, arg};
        r = kr_call(ts, meth, args, 2, NULL);
    } else if (!get) {
        r = kr_call(ts, meth, &arg, 1, NULL);
    } else {
        KrObject *bound = get(ts, meth, self, (KrObject *)KR_TYPE(self));
        r = bound ? kr_call(ts, bound, &arg, 1, NULL) : NULL;
        KR_XDECREF(ts, bound);
    }
    KR_DECREF(ts, meth);
    return r;
}

KrObject *kr_format(KrThread *ts, KrObject *value, KrObject *spec) {
    KrObject *empty = NULL;
    if (!spec) {
        if (kr_str_check_exact(value)) {
            return KR_INCREF(value);
        }
        empty = kr_str_from_utf8(ts, "", 0);
        if (!empty) {
            return NULL;
        }
        spec = empty;
    }
    KrObject *r = NULL;
    // The builtin types' __format__ cannot be replaced: call it directly
    // (f-strings and str.format format numbers all the time).
    if (kr_str_check(spec) && (kr_float_check_exact(value) || kr_int_check_exact(value) ||
                               kr_str_check_exact(value))) {
        r = kr_float_check_exact(value) ? kr_float_format(ts, value, spec)
            : kr_int_check_exact(value) ? kr_int_format(ts, value, spec)
                                        : kr_str_format_spec(ts, value, spec);
        KR_XDECREF(ts, empty);
        return r;
    }
    // Looked up on the type, as every special method: format(int) must use
    // type.__format__, not int.__format__.
    KrObject *meth = kr_type_lookup(ts, KR_TYPE(value), KR_ID(ts, __format__));
    if (!meth) {
        kr_err_format(ts, &kr_exc_TypeError, "Type %s doesn't define __format__", kr_type_name_cstr(KR_TYPE(value)));
    } else {
        r = call_special1(ts, meth, value, spec);
    }
    KR_XDECREF(ts, empty);
    if (r && !kr_str_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__format__ must return a str, not %s", kr_type_name_cstr(KR_TYPE(r)));
        KR_CLEAR(ts, r);
    }
    return r;
}

// ---- isinstance / issubclass ----------------------------------------------------

static int check_class(KrThread *ts, KrObject *cls, const char *msg) {
    if (kr_isinstance_type(cls, &kr_type_type)) {
        return 0;
    }
    kr_err_set_str(ts, &kr_exc_TypeError, msg);
    return -1;
}

// Calls type(cls).__instancecheck__/__subclasscheck__ (name) when one other
// than type's own is defined; -2 when there is none. A parameterized generic
// (list[int]) refuses, as CPython's does.
static int check_hook(KrThread *ts, KrObject *cls, KrObject *name, KrObject *arg, const char *fn) {
    KrType *meta = KR_TYPE(cls);
    if (meta == &kr_type_type) {
        return -2;
    }
    if (meta == &kr_genericalias_type) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument 2 cannot be a parameterized generic", fn);
        return -1;
    }
    KrObject *check = kr_type_lookup(ts, meta, name);
    if (!check || check == kr_type_lookup(ts, &kr_type_type, name)) {
        return kr_err_occurred(ts) ? -1 : -2;
    }
    KrObject *r = call_special1(ts, check, cls, arg);
    if (!r) {
        return -1;
    }
    int t = kr_is_true(ts, r);
    KR_DECREF(ts, r);
    return t;
}

// CPython's fallback when type(o) is not a subclass: o.__class__ may claim
// another class. Only objects with their own attribute lookup (weakref
// proxies, classes defining __getattr__ or __getattribute__) or whose class
// overrides __class__ are asked, so a failing isinstance() stays cheap.
static int instance_class_check(KrThread *ts, KrObject *o, KrType *cls) {
    KrType *t = KR_TYPE(o);
    if ((!t->getattr || t->getattr == kr_generic_getattr) &&
        kr_type_lookup(ts, t, KR_ID(ts, __class__)) == kr_type_lookup(ts, &kr_object_type, KR_ID(ts, __class__))) {
        return 0;
    }
    KrObject *c = kr_getattr_opt(ts, o, KR_ID(ts, __class__));
    if (!c) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    int r = c != (KrObject *)t && kr_isinstance_type(c, &kr_type_type) && kr_type_is_subtype((KrType *)c, cls);
    KR_DECREF(ts, c);
    return r;
}

int kr_isinstance(KrThread *ts, KrObject *o, KrObject *cls) {
    if ((KrObject *)KR_TYPE(o) == cls) {
        return 1;
    }
    if (KR_TYPE(cls) == &kr_union_type) {
        return kr_union_check(ts, o, cls, false);
    }
    if (kr_tuple_check(cls)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(cls); i++) {
            int r = kr_isinstance(ts, o, KR_TUPLE_GET(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    int hooked = check_hook(ts, cls, KR_ID(ts, __instancecheck__), o, "isinstance");
    if (hooked != -2) {
        return hooked;
    }
    if (check_class(ts, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") < 0) {
        return -1;
    }
    if (kr_isinstance_type(o, (KrType *)cls)) {
        return 1;
    }
    return instance_class_check(ts, o, (KrType *)cls);
}

int kr_issubclass(KrThread *ts, KrObject *derived, KrObject *cls) {
    if (KR_TYPE(cls) == &kr_union_type) {
        return kr_union_check(ts, derived, cls, true);
    }
    if (kr_tuple_check(cls)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(cls); i++) {
            int r = kr_issubclass(ts, derived, KR_TUPLE_GET(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    int hooked = check_hook(ts, cls, KR_ID(ts, __subclasscheck__), derived, "issubclass");
    if (hooked != -2) {
        return hooked;
    }
    if (check_class(ts, derived, "issubclass() arg 1 must be a class") < 0) {
        return -1;
    }
    if (check_class(ts, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") < 0) {
        return -1;
    }
    return kr_type_is_subtype((KrType *)derived, (KrType *)cls);
}

// ---- recursive repr guard -----------------------------------------------------

int kr_repr_enter(KrThread *ts, KrObject *o) {
    if (!ts->repr_running) {
        ts->repr_running = kr_list_new(ts, 0);
        if (!ts->repr_running) {
            return -1;
        }
    }
    KrObject *l = ts->repr_running;
    for (intptr_t i = 0; i < KR_LIST_SIZE(l); i++) {
        if (KR_LIST_ITEMS(l)[i] == o) {
            return 1;
        }
    }
    return kr_list_append(ts, l, o) < 0 ? -1 : 0;
}

void kr_repr_leave(KrThread *ts, KrObject *o) {
    KrObject *l = ts->repr_running;
    if (!l) {
        return;
    }
    for (intptr_t i = KR_LIST_SIZE(l) - 1; i >= 0; i--) {
        if (KR_LIST_ITEMS(l)[i] == o) {
            KrObject **items = KR_LIST_ITEMS(l);
            memmove(items + i, items + i + 1, sizeof(KrObject *) * (size_t)(KR_LIST_SIZE(l) - i - 1));
            ((KrList *)l)->size--;
            KR_DECREF(ts, o);
            return;
        }
    }
}
