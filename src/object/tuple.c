// SPDX-License-Identifier: MIT
// tuple: an immutable array of object references, and its iterator.
#include <stdarg.h>
#include <string.h>

#include "containers.h"
#include "genericalias.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// ---- allocation --------------------------------------------------------------

// A tuple of n NULL items of the given type. Subclass instances get the
// subclass's extra fields after the items.
_Static_assert(offsetof(KrTuple, size) == offsetof(KrVarObject, size), "a tuple is a KrVarObject");
static KrObject *tuple_alloc(KrThread *ts, KrType *type, intptr_t n)
{
    if (n < 0 || (size_t)n > (SIZE_MAX - sizeof(KrTuple)) / sizeof(KrObject *) - 16) {
        return kr_err_no_memory(ts);
    }
    size_t size = offsetof(KrTuple, items) + (size_t)n * sizeof(KrObject *);
    if (type != &kr_tuple_type) {
        size = kr_object_var_size(type, n);
    }
    KrTuple *t = (KrTuple *)kr_object_alloc(ts, type, size < sizeof(KrTuple) ? sizeof(KrTuple) : size);
    if (t == NULL) {
        return NULL;
    }
    t->size = n;
    return (KrObject *)t;
}

int kr_tuple_init(KrThread *ts)
{
    if (ts->vm->empty_tuple == NULL) {
        ts->vm->empty_tuple = tuple_alloc(ts, &kr_tuple_type, 0);
        if (ts->vm->empty_tuple == NULL) {
            return -1;
        }
    }
    return 0;
}

KrObject *kr_tuple_new(KrThread *ts, intptr_t n)
{
    if (n == 0 && ts->vm->empty_tuple != NULL) {
        return KR_INCREF(ts->vm->empty_tuple);
    }
    return tuple_alloc(ts, &kr_tuple_type, n);
}

KrObject *kr_tuple_from_array(KrThread *ts, KrObject *const *items, intptr_t n)
{
    KrObject *t = kr_tuple_new(ts, n);
    if (t == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        KR_TUPLE_SET(t, i, KR_INCREF(items[i]));
    }
    return t;
}

KrObject *kr_tuple_pack(KrThread *ts, intptr_t n, ...)
{
    KrObject *t = kr_tuple_new(ts, n);
    if (t == NULL) {
        return NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) {
        KR_TUPLE_SET(t, i, KR_INCREF(va_arg(ap, KrObject *)));
    }
    va_end(ap);
    return t;
}

KrObject *kr_tuple_from_iterable(KrThread *ts, KrObject *iterable)
{
    if (KR_TYPE(iterable) == &kr_tuple_type) {
        return KR_INCREF(iterable);
    }
    if (KR_TYPE(iterable) == &kr_list_type) {
        return kr_list_as_tuple(ts, iterable);
    }
    KrObject *list = kr_list_from_iterable(ts, iterable);
    if (list == NULL) {
        return NULL;
    }
    KrObject *t = kr_list_as_tuple(ts, list);
    KR_DECREF(ts, list);
    return t;
}

// ---- slots -------------------------------------------------------------------

static void tuple_dealloc(KrThread *ts, KrObject *self)
{
    KrTuple *t = (KrTuple *)self;
    // Last item first, as CPython: finalizers run in that order.
    for (intptr_t i = t->size - 1; i >= 0; i--) {
        KR_XDECREF(ts, t->items[i]);
    }
    kr_object_free(ts, self);
}

static void tuple_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrTuple *t = (KrTuple *)self;
    // Last item first, as CPython: gc.get_referents shows this order.
    for (intptr_t i = t->size - 1; i >= 0; i--) {
        if (t->items[i] != NULL) {
            visit(ts, t->items[i], arg);
        }
    }
}

// Only the cycle collector calls this, on garbage: the items become NULL.
static int tuple_clear(KrThread *ts, KrObject *self)
{
    KrTuple *t = (KrTuple *)self;
    for (intptr_t i = 0; i < t->size; i++) {
        KR_CLEAR(ts, t->items[i]);
    }
    return 0;
}

static KrObject *tuple_repr(KrThread *ts, KrObject *self)
{
    KrTuple *t = (KrTuple *)self;
    if (t->size == 0) {
        return kr_str_from_cstr(ts, "()");
    }
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running > 0 ? kr_str_from_cstr(ts, "(...)") : NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_char(ts, &sb, '(');
    for (intptr_t i = 0; i < t->size; i++) {
        if (i > 0) {
            kr_sb_add_cstr(ts, &sb, ", ");
        }
        KrObject *r = kr_repr(ts, t->items[i]);
        if (r == NULL) {
            kr_sb_discard(ts, &sb);
            kr_repr_leave(ts, self);
            return NULL;
        }
        kr_sb_add_str(ts, &sb, r);
        KR_DECREF(ts, r);
    }
    kr_sb_add_cstr(ts, &sb, t->size == 1 ? ",)" : ")");
    kr_repr_leave(ts, self);
    return kr_sb_finish(ts, &sb);
}

// CPython 3.11's tuplehash (xxHash's mixing over the item hashes), so that
// hash((1, 2)) and the iteration order of sets of tuples match CPython.
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static KrHash tuple_hash(KrThread *ts, KrObject *self)
{
    KrTuple *t = (KrTuple *)self;
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < t->size; i++) {
        KrHash lane = kr_hash(ts, t->items[i]);
        if (lane == -1) {
            return -1;
        }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (KrHash)acc;
}

static KrObject *compare_sizes(intptr_t a, intptr_t b, int op)
{
    bool r = false;
    switch (op) {
    case KR_LT: r = a < b; break;
    case KR_LE: r = a <= b; break;
    case KR_EQ: r = a == b; break;
    case KR_NE: r = a != b; break;
    case KR_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return kr_bool_from(r);
}

// Three-way comparison of two items when both are exact ints or exact strs,
// the common keys of sorts and dicts; other pairs take the generic protocol.
static bool fast_item_compare(KrObject *x, KrObject *y, int *c)
{
    KrType *t = KR_TYPE(x);
    if (t != KR_TYPE(y)) {
        return false;
    }
    if (t == &kr_int_type) {
        *c = kr_int_compare(x, y);
        return true;
    }
    if (t == &kr_str_type) {
        *c = kr_str_compare(x, y);
        return true;
    }
    return false;
}

static bool cmp_result(int c, int op)
{
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

static KrObject *tuple_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_tuple_check(a) || !kr_tuple_check(b)) {
        return KR_NOTIMPL;
    }
    KrTuple *v = (KrTuple *)a, *w = (KrTuple *)b;
    intptr_t i = 0;
    for (; i < v->size && i < w->size; i++) {
        KrObject *x = v->items[i], *y = w->items[i];
        if (x == y) {
            continue;
        }
        int c;
        if (fast_item_compare(x, y, &c)) {
            if (c == 0) {
                continue;
            }
            return kr_bool_from(cmp_result(c, op));
        }
        int k = kr_equal(ts, x, y);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= v->size || i >= w->size) {
        return compare_sizes(v->size, w->size, op);
    }
    if (op == KR_EQ) {
        return kr_bool_from(false);
    }
    if (op == KR_NE) {
        return kr_bool_from(true);
    }
    return kr_compare(ts, v->items[i], w->items[i], op);
}

static intptr_t tuple_len(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_TUPLE_SIZE(self);
}

static KrObject *tuple_slice(KrThread *ts, KrObject *self, intptr_t lo, intptr_t hi)
{
    if (lo == 0 && hi == KR_TUPLE_SIZE(self) && KR_TYPE(self) == &kr_tuple_type) {
        return KR_INCREF(self);
    }
    return kr_tuple_from_array(ts, KR_TUPLE_ITEMS(self) + lo, hi > lo ? hi - lo : 0);
}

static KrObject *tuple_getitem(KrThread *ts, KrObject *self, KrObject *key)
{
    KrTuple *t = (KrTuple *)self;
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = kr_slice_as_ssize(ts, key, &kr_exc_IndexError);
        if (i == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (i < 0) {
            i += t->size;
        }
        if (i < 0 || i >= t->size) {
            kr_err_set_str(ts, &kr_exc_IndexError, "tuple index out of range");
            return NULL;
        }
        return KR_INCREF(t->items[i]);
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, t->size, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            return tuple_slice(ts, self, start, start + n);
        }
        KrObject *res = kr_tuple_new(ts, n);
        if (res == NULL) {
            return NULL;
        }
        for (intptr_t i = 0, j = start; i < n; i++, j += step) {
            KR_TUPLE_SET(res, i, KR_INCREF(t->items[j]));
        }
        return res;
    }
    kr_err_format(ts, &kr_exc_TypeError, "tuple indices must be integers or slices, not %T", key);
    return NULL;
}

static int tuple_contains(KrThread *ts, KrObject *self, KrObject *item)
{
    KrTuple *t = (KrTuple *)self;
    for (intptr_t i = 0; i < t->size; i++) {
        int k = kr_equal(ts, t->items[i], item);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

// tuple + tuple; anything else on the right is refused with CPython's message,
// unless it is a class that may still handle the reflected operation.
static KrObject *tuple_add(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_tuple_check(a)) {
        return KR_NOTIMPL;
    }
    if (!kr_tuple_check(b)) {
        if ((KR_TYPE(b)->flags & KR_TYPE_HEAP) && KR_TYPE(b)->nb[KR_BINOP_ADD] != NULL) {
            return KR_NOTIMPL;
        }
        kr_err_format(ts, &kr_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                      KR_TYPE(b)->name);
        return NULL;
    }
    intptr_t na = KR_TUPLE_SIZE(a), nb = KR_TUPLE_SIZE(b);
    if (na == 0 && KR_TYPE(b) == &kr_tuple_type) {
        return KR_INCREF(b);
    }
    if (nb == 0 && KR_TYPE(a) == &kr_tuple_type) {
        return KR_INCREF(a);
    }
    if (na > INTPTR_MAX - nb) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_tuple_new(ts, na + nb);
    if (res == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < na; i++) {
        KR_TUPLE_SET(res, i, KR_INCREF(KR_TUPLE_GET(a, i)));
    }
    for (intptr_t i = 0; i < nb; i++) {
        KR_TUPLE_SET(res, na + i, KR_INCREF(KR_TUPLE_GET(b, i)));
    }
    return res;
}

// seq * n and n * seq; the operand order is either (tuple, n) or (n, tuple).
static KrObject *tuple_multiply(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *seq = a, *count = b;
    if (!kr_tuple_check(a)) {
        seq = b;
        count = a;
    }
    if (!KR_INDEX_CHECK(count)) {
        if ((KR_TYPE(count)->flags & KR_TYPE_HEAP) && KR_TYPE(count)->nb[KR_BINOP_MULTIPLY] != NULL) {
            return KR_NOTIMPL;
        }
        kr_err_format(ts, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      kr_type_name_cstr(KR_TYPE(count)));
        return NULL;
    }
    intptr_t n = kr_slice_as_ssize(ts, count, &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    intptr_t size = KR_TUPLE_SIZE(seq);
    if (n <= 0 || size == 0) {
        return kr_tuple_new(ts, 0);
    }
    if (n == 1 && KR_TYPE(seq) == &kr_tuple_type) {
        return KR_INCREF(seq);
    }
    if (size > INTPTR_MAX / n) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_tuple_new(ts, size * n);
    if (res == NULL) {
        return NULL;
    }
    intptr_t k = 0;
    for (intptr_t r = 0; r < n; r++) {
        for (intptr_t i = 0; i < size; i++) {
            KR_TUPLE_SET(res, k++, KR_INCREF(KR_TUPLE_GET(seq, i)));
        }
    }
    return res;
}

static KrObject *tuple_iter(KrThread *ts, KrObject *self);

static KrObject *tuple_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0 && type == &kr_tuple_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "tuple() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    KrObject *tmp = nargs == 0 ? kr_tuple_new(ts, 0) : kr_tuple_from_iterable(ts, args[0]);
    if (tmp == NULL || type == &kr_tuple_type) {
        return tmp;
    }
    intptr_t n = KR_TUPLE_SIZE(tmp);
    KrObject *res = tuple_alloc(ts, type, n);
    if (res != NULL) {
        for (intptr_t i = 0; i < n; i++) {
            KR_TUPLE_SET(res, i, KR_INCREF(KR_TUPLE_GET(tmp, i)));
        }
    }
    KR_DECREF(ts, tmp);
    return res;
}

// ---- methods -----------------------------------------------------------------

static KrObject *tuple_count(KrThread *ts, KrObject *self, KrObject *value)
{
    intptr_t count = 0;
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(self); i++) {
        int k = kr_equal(ts, KR_TUPLE_GET(self, i), value);
        if (k < 0) {
            return NULL;
        }
        count += k;
    }
    return kr_int_from_i64(ts, count);
}

static KrObject *tuple_index(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                             KrObject *kwnames)
{
    if (kr_check_positional(ts, "index", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    intptr_t size = KR_TUPLE_SIZE(self);
    intptr_t start = 0, stop = INTPTR_MAX;
    if ((nargs > 1 && kr_slice_index_not_none(ts, args[1], &start) < 0) ||
        (nargs > 2 && kr_slice_index_not_none(ts, args[2], &stop) < 0)) {
        return NULL;
    }
    if (start < 0) {
        start += size;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += size;
    }
    for (intptr_t i = start; i < stop && i < KR_TUPLE_SIZE(self); i++) {
        int k = kr_equal(ts, KR_TUPLE_GET(self, i), args[0]);
        if (k < 0) {
            return NULL;
        }
        if (k) {
            return kr_int_from_i64(ts, i);
        }
    }
    kr_err_set_str(ts, &kr_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static KrObject *tuple_getnewargs(KrThread *ts, KrObject *self)
{
    KrObject *copy = kr_tuple_from_array(ts, KR_TUPLE_ITEMS(self), KR_TUPLE_SIZE(self));
    if (copy == NULL) {
        return NULL;
    }
    KrObject *res = kr_tuple_pack(ts, 1, copy);
    KR_DECREF(ts, copy);
    return res;
}

static const KrMethodDef tuple_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"count", (void *)tuple_count, KR_METH_O, false, false, "Return number of occurrences of value."},
    {"index", (void *)tuple_index, KR_METH_VARARGS, false, false,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__", (void *)tuple_getnewargs, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_tuple_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "tuple",
    .basicsize = sizeof(KrTuple),
    .itemsize = sizeof(KrObject *),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_TUPLE_SUBCLASS | KR_TYPE_SEQUENCE | KR_TYPE_MATCH_SELF | KR_TYPE_CONCAT,
    .base_type = &kr_object_type,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .nb = {[KR_BINOP_ADD] = tuple_add, [KR_BINOP_MULTIPLY] = tuple_multiply},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
};

// ---- tuple iterator ------------------------------------------------------------

static KrObject *tuple_iter(KrThread *ts, KrObject *self)
{
    return kr_seqiter_make(ts, &kr_tuple_iter_type, self, 0);
}

static KrObject *tupleiter_next(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index < KR_TUPLE_SIZE(it->seq)) {
        return KR_INCREF(KR_TUPLE_GET(it->seq, it->index++));
    }
    KR_CLEAR(ts, it->seq);
    return NULL;
}

static KrObject *tupleiter_length_hint(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t n = it->seq != NULL ? KR_TUPLE_SIZE(it->seq) - it->index : 0;
    return kr_int_from_i64(ts, n);
}

static KrObject *tupleiter_reduce(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    return kr_seqiter_reduce(ts, NULL, it->seq, it->index, true);
}

static KrObject *tupleiter_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t index;
    if (kr_seqiter_state_index(ts, state, 0, it->seq != NULL ? KR_TUPLE_SIZE(it->seq) : 0, &index) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = index;
    }
    return KR_INCREF(KR_NONE);
}

static const KrMethodDef tupleiter_methods[] = {
    {"__length_hint__", (void *)tupleiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)tupleiter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)tupleiter_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_tuple_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "tuple_iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .iter = kr_iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};
