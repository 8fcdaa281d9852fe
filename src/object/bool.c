// SPDX-License-Identifier: MIT
// bool: the int subclass with exactly two immortal instances, True and False.
#include "int.h"

#include "containers.h"
#include "exc.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

KrInt kr_true_obj = {KR_STATIC_HEAD(&kr_bool_type), 1, {1}};
KrInt kr_false_obj = {KR_STATIC_HEAD(&kr_bool_type), 0, {0}};

KrObject *kr_bool_from(bool b) {
    return b ? KR_TRUE : KR_FALSE;
}

static KrObject *bool_repr(KrThread *ts, KrObject *o) {
    // Interned, so str(True) is str(True) as in CPython.
    return KR_INCREF(o == KR_TRUE ? KR_ID(ts, True) : KR_ID(ts, False));
}

// bool(x=False, /)
static KrObject *bool_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "bool() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 0) {
        return KR_FALSE;
    }
    int t = kr_is_true(ts, args[0]);
    return t < 0 ? NULL : kr_bool_from(t);
}

// & | ^ between two bools stay bools; anything else is int arithmetic.
static KrObject *bool_logic(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (kr_bool_check(a) && kr_bool_check(b)) {
        bool x = a == KR_TRUE, y = b == KR_TRUE;
        return kr_bool_from(op == KR_BINOP_AND ? (x && y) : op == KR_BINOP_OR ? (x || y) : (x != y));
    }
    return kr_int_type.nb[op](ts, a, b);
}

static KrObject *bool_and(KrThread *ts, KrObject *a, KrObject *b) {
    return bool_logic(ts, a, b, KR_BINOP_AND);
}

static KrObject *bool_or(KrThread *ts, KrObject *a, KrObject *b) {
    return bool_logic(ts, a, b, KR_BINOP_OR);
}

static KrObject *bool_xor(KrThread *ts, KrObject *a, KrObject *b) {
    return bool_logic(ts, a, b, KR_BINOP_XOR);
}

static void bool_dealloc(KrThread *ts, KrObject *o) {
    // True and False are immortal; nothing to free.
    (void)ts;
    (void)o;
}

KrType kr_bool_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "bool",
    .basicsize = sizeof(KrInt),
    .flags = KR_TYPE_INT_SUBCLASS | KR_TYPE_MATCH_SELF, // not BASETYPE: bool can't be subclassed
    .base_type = &kr_int_type,
    .doc = "bool(x) -> bool",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .new_ = bool_new,
    .nb = {
        [KR_BINOP_AND] = bool_and,
        [KR_BINOP_OR] = bool_or,
        [KR_BINOP_XOR] = bool_xor,
    },
};
