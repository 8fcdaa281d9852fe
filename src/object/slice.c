// SPDX-License-Identifier: MIT
// slice objects and the index arithmetic every sequence type shares.
#include "containers.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// ---- index helpers ---------------------------------------------------------

intptr_t kr_slice_as_ssize(KrThread *ts, KrObject *o, KrType *exc)
{
    KrObject *v = kr_number_index(ts, o);
    if (v == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t x = kr_int_as_i64(v, &overflow);
    int sign = kr_int_sign(v);
    KR_DECREF(ts, v);
    if (!overflow && x >= INTPTR_MIN && x <= INTPTR_MAX) {
        return (intptr_t)x;
    }
    if (exc != NULL) {
        kr_err_format(ts, exc, "cannot fit '%s' into an index-sized integer", kr_type_name_cstr(KR_TYPE(o)));
        return -1;
    }
    return sign < 0 ? INTPTR_MIN : INTPTR_MAX;
}

intptr_t kr_slice_ssize_arg(KrThread *ts, KrObject *o)
{
    KrObject *v = kr_number_index(ts, o);
    if (v == NULL) {
        return -1;
    }
    intptr_t r = kr_int_as_ssize(ts, v);
    KR_DECREF(ts, v);
    return r;
}

int kr_slice_index(KrThread *ts, KrObject *o, intptr_t *out)
{
    if (o == KR_NONE) {
        return 0;
    }
    if (!KR_INDEX_CHECK(o)) {
        kr_err_set_str(ts, &kr_exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    intptr_t v = kr_slice_as_ssize(ts, o, NULL);
    if (v == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    *out = v;
    return 0;
}

// PySlice_Unpack followed by PySlice_AdjustIndices.
intptr_t kr_slice_indices(KrThread *ts, KrObject *slice, intptr_t length,
                          intptr_t *start, intptr_t *stop, intptr_t *step)
{
    KrSlice *s = (KrSlice *)slice;
    intptr_t st = 1;
    if (s->step != KR_NONE) {
        if (kr_slice_index(ts, s->step, &st) < 0) {
            return -1;
        }
        if (st == 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        // Keeps -step representable.
        if (st < -INTPTR_MAX) {
            st = -INTPTR_MAX;
        }
    }
    intptr_t lo = st < 0 ? INTPTR_MAX : 0;
    intptr_t hi = st < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (kr_slice_index(ts, s->start, &lo) < 0 || kr_slice_index(ts, s->stop, &hi) < 0) {
        return -1;
    }
    if (lo < 0) {
        lo += length;
        if (lo < 0) {
            lo = st < 0 ? -1 : 0;
        }
    } else if (lo >= length) {
        lo = st < 0 ? length - 1 : length;
    }
    if (hi < 0) {
        hi += length;
        if (hi < 0) {
            hi = st < 0 ? -1 : 0;
        }
    } else if (hi >= length) {
        hi = st < 0 ? length - 1 : length;
    }
    *start = lo;
    *stop = hi;
    *step = st;
    if (st < 0) {
        return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
    }
    return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

int kr_slice_index_not_none(KrThread *ts, KrObject *o, intptr_t *out)
{
    if (!KR_INDEX_CHECK(o)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    return kr_slice_index(ts, o, out);
}

// One bound of kr_slice_indices_big: None gives `dflt`, negatives count from
// the end, and the result is clamped to [lower, upper].
static KrObject *big_bound(KrThread *ts, KrObject *o, KrObject *dflt, KrObject *length, KrObject *lower,
                           KrObject *upper)
{
    if (o == KR_NONE) {
        return KR_INCREF(dflt);
    }
    if (!KR_INDEX_CHECK(o)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    KrObject *v = kr_number_index(ts, o);
    if (v && kr_int_sign(v) < 0) {
        KR_SETREF(ts, v, kr_binop(ts, v, length, KR_BINOP_ADD));
        if (v && kr_int_compare(v, lower) < 0) {
            KR_SETREF(ts, v, KR_INCREF(lower));
        }
    } else if (v && kr_int_compare(v, upper) > 0) {
        KR_SETREF(ts, v, KR_INCREF(upper));
    }
    return v;
}

// The arbitrary-precision form of kr_slice_indices: `length` is a
// non-negative int and out[0..2] receive new references to start, stop, step.
int kr_slice_indices_big(KrThread *ts, KrObject *slice, KrObject *length, KrObject **out)
{
    KrSlice *s = (KrSlice *)slice;
    out[0] = out[1] = out[2] = NULL;
    KrObject *step, *lower = NULL, *upper = NULL;
    if (s->step == KR_NONE) {
        step = kr_int_from_i64(ts, 1);
    } else if (!KR_INDEX_CHECK(s->step)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    } else {
        step = kr_number_index(ts, s->step);
    }
    if (step == NULL) {
        return -1;
    }
    if (kr_int_sign(step) == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "slice step cannot be zero");
        goto error;
    }
    bool neg = kr_int_sign(step) < 0;
    lower = kr_int_from_i64(ts, neg ? -1 : 0);
    upper = lower ? (neg ? kr_binop(ts, length, lower, KR_BINOP_ADD) : KR_INCREF(length)) : NULL;
    if (upper == NULL) {
        goto error;
    }
    out[0] = big_bound(ts, s->start, neg ? upper : lower, length, lower, upper);
    out[1] = out[0] ? big_bound(ts, s->stop, neg ? lower : upper, length, lower, upper) : NULL;
    if (out[1] == NULL) {
        goto error;
    }
    out[2] = step;
    KR_DECREF(ts, lower);
    KR_DECREF(ts, upper);
    return 0;
error:
    KR_XDECREF(ts, out[0]);
    out[0] = NULL;
    KR_DECREF(ts, step);
    KR_XDECREF(ts, lower);
    KR_XDECREF(ts, upper);
    return -1;
}

// ---- the slice type ----------------------------------------------------------

KrObject *kr_slice_new(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    KrSlice *s = (KrSlice *)kr_object_alloc(ts, &kr_slice_type, sizeof(KrSlice));
    if (s == NULL) {
        return NULL;
    }
    s->start = KR_INCREF(start ? start : KR_NONE);
    s->stop = KR_INCREF(stop ? stop : KR_NONE);
    s->step = KR_INCREF(step ? step : KR_NONE);
    return (KrObject *)s;
}

static KrObject *slice_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)type;
    if (kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "slice() takes no keyword arguments");
        return NULL;
    }
    if (nargs == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "slice expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3) {
        kr_err_format(ts, &kr_exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
        return NULL;
    }
    if (nargs == 1) {
        return kr_slice_new(ts, NULL, args[0], NULL);
    }
    return kr_slice_new(ts, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void slice_dealloc(KrThread *ts, KrObject *self)
{
    KrSlice *s = (KrSlice *)self;
    KR_XDECREF(ts, s->start);
    KR_XDECREF(ts, s->stop);
    KR_XDECREF(ts, s->step);
    kr_object_free(ts, self);
}

static void slice_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrSlice *s = (KrSlice *)self;
    visit(ts, s->start, arg);
    visit(ts, s->stop, arg);
    visit(ts, s->step, arg);
}

static KrObject *slice_repr(KrThread *ts, KrObject *self)
{
    KrSlice *s = (KrSlice *)self;
    return kr_str_from_format(ts, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

// Slices compare as the tuples (start, stop, step), for every operator.
static KrObject *slice_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(a) != &kr_slice_type || KR_TYPE(b) != &kr_slice_type) {
        return KR_NOTIMPL;
    }
    KrSlice *x = (KrSlice *)a, *y = (KrSlice *)b;
    KrObject *t1 = kr_tuple_pack(ts, 3, x->start, x->stop, x->step);
    if (t1 == NULL) {
        return NULL;
    }
    KrObject *t2 = kr_tuple_pack(ts, 3, y->start, y->stop, y->step);
    if (t2 == NULL) {
        KR_DECREF(ts, t1);
        return NULL;
    }
    KrObject *res = kr_compare(ts, t1, t2, op);
    KR_DECREF(ts, t1);
    KR_DECREF(ts, t2);
    return res;
}

static KrObject *slice_get_start(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrSlice *)self)->start);
}

static KrObject *slice_get_stop(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrSlice *)self)->stop);
}

static KrObject *slice_get_step(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrSlice *)self)->step);
}

// slice.indices(length): the resolved (start, stop, step) for a sequence of
// that length, in arbitrary precision.
static KrObject *slice_indices_method(KrThread *ts, KrObject *self, KrObject *arg)
{
    KrObject *length = kr_number_index(ts, arg);
    if (length == NULL) {
        return NULL;
    }
    if (kr_int_sign(length) < 0) {
        KR_DECREF(ts, length);
        kr_err_set_str(ts, &kr_exc_ValueError, "length should not be negative");
        return NULL;
    }
    KrObject *v[3];
    int rc = kr_slice_indices_big(ts, self, length, v);
    KR_DECREF(ts, length);
    if (rc < 0) {
        return NULL;
    }
    KrObject *res = kr_tuple_pack(ts, 3, v[0], v[1], v[2]);
    for (int i = 0; i < 3; i++) {
        KR_DECREF(ts, v[i]);
    }
    return res;
}

// Pickling: slice(start, stop, step).
static KrObject *slice_reduce(KrThread *ts, KrObject *self) {
    KrSlice *s = (KrSlice *)self;
    KrObject *args = kr_tuple_pack(ts, 3, s->start, s->stop, s->step);
    KrObject *r = args ? kr_tuple_pack(ts, 2, (KrObject *)&kr_slice_type, args) : NULL;
    KR_XDECREF(ts, args);
    return r;
}

static const KrMethodDef slice_methods[] = {
    {"__reduce__", (void *)slice_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"indices", (void *)slice_indices_method, KR_METH_O, false, false,
     "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_slice_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "slice",
    .basicsize = sizeof(KrSlice),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "slice(stop)\nslice(start, stop[, step])",
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
