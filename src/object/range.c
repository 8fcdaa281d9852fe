// SPDX-License-Identifier: MIT
// range: a lazy arithmetic sequence of ints, with machine-word fast paths, and its iterators.
#include "containers.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// start, stop, step and length are int objects (any size). When all four fit
// in 64 bits, `small` is set and the i64 copies drive the fast paths.
typedef struct KrRange {
    KrObject base;
    KrObject *start, *stop, *step, *length;
    bool small;
    int64_t i_start, i_stop, i_step, i_len;
} KrRange;

// ---- helpers ---------------------------------------------------------------------

static KrObject *binop(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    return kr_binop(ts, a, b, op);
}

// The number of items, as CPython's compute_range_length.
static KrObject *compute_length(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    int o1 = 0, o2 = 0, o3 = 0;
    int64_t a = kr_int_as_i64(start, &o1), b = kr_int_as_i64(stop, &o2), s = kr_int_as_i64(step, &o3);
    if (!o1 && !o2 && !o3) {
        uint64_t n = 0;
        if (s > 0 && a < b) {
            n = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)s + 1;
        } else if (s < 0 && b < a) {
            n = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)s) + 1;
        }
        return kr_int_from_u64(ts, n);
    }
    KrObject *lo, *hi, *st;
    if (kr_int_sign(step) > 0) {
        lo = KR_INCREF(start);
        hi = KR_INCREF(stop);
        st = KR_INCREF(step);
    } else {
        lo = KR_INCREF(stop);
        hi = KR_INCREF(start);
        st = kr_negative(ts, step);
        if (st == NULL) {
            KR_DECREF(ts, lo);
            KR_DECREF(ts, hi);
            return NULL;
        }
    }
    KrObject *res = NULL, *diff = NULL, *one = NULL, *q = NULL;
    if (kr_int_compare(lo, hi) >= 0) {
        res = kr_int_from_i64(ts, 0);
        goto done;
    }
    one = kr_int_from_i64(ts, 1);
    if (one == NULL) {
        goto done;
    }
    diff = binop(ts, hi, lo, KR_BINOP_SUBTRACT);
    if (diff == NULL) {
        goto done;
    }
    KR_SETREF(ts, diff, binop(ts, diff, one, KR_BINOP_SUBTRACT));
    if (diff == NULL) {
        goto done;
    }
    q = binop(ts, diff, st, KR_BINOP_FLOOR_DIVIDE);
    if (q == NULL) {
        goto done;
    }
    res = binop(ts, q, one, KR_BINOP_ADD);
done:
    KR_XDECREF(ts, q);
    KR_XDECREF(ts, diff);
    KR_XDECREF(ts, one);
    KR_DECREF(ts, lo);
    KR_DECREF(ts, hi);
    KR_DECREF(ts, st);
    return res;
}

// Takes the references to the four ints.
static KrObject *range_from_parts(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    KrObject *length = compute_length(ts, start, stop, step);
    if (length == NULL) {
        KR_DECREF(ts, start);
        KR_DECREF(ts, stop);
        KR_DECREF(ts, step);
        return NULL;
    }
    KrRange *r = (KrRange *)kr_object_alloc(ts, &kr_range_type, sizeof(KrRange));
    if (r == NULL) {
        KR_DECREF(ts, start);
        KR_DECREF(ts, stop);
        KR_DECREF(ts, step);
        KR_DECREF(ts, length);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    int o1 = 0, o2 = 0, o3 = 0, o4 = 0;
    r->i_start = kr_int_as_i64(start, &o1);
    r->i_stop = kr_int_as_i64(stop, &o2);
    r->i_step = kr_int_as_i64(step, &o3);
    r->i_len = kr_int_as_i64(length, &o4);
    r->small = !o1 && !o2 && !o3 && !o4 && r->i_step != INT64_MIN;
    return (KrObject *)r;
}

KrObject *kr_range_new(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    KrObject *a = start != NULL ? KR_INCREF(start) : kr_int_from_i64(ts, 0);
    KrObject *c = step != NULL ? KR_INCREF(step) : kr_int_from_i64(ts, 1);
    if (a == NULL || c == NULL) {
        KR_XDECREF(ts, a);
        KR_XDECREF(ts, c);
        return NULL;
    }
    if (kr_int_sign(c) == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "range() arg 3 must not be zero");
        KR_DECREF(ts, a);
        KR_DECREF(ts, c);
        return NULL;
    }
    return range_from_parts(ts, a, KR_INCREF(stop), c);
}

// start + i * step
static KrObject *compute_item(KrThread *ts, KrRange *r, KrObject *i)
{
    KrObject *t = binop(ts, i, r->step, KR_BINOP_MULTIPLY);
    if (t == NULL) {
        return NULL;
    }
    KrObject *res = binop(ts, r->start, t, KR_BINOP_ADD);
    KR_DECREF(ts, t);
    return res;
}

// ---- slots -----------------------------------------------------------------------

static KrObject *range_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)type;
    if (kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "range() takes no keyword arguments");
        return NULL;
    }
    if (nargs == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "range expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3) {
        kr_err_format(ts, &kr_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
        return NULL;
    }
    KrObject *v[3] = {NULL, NULL, NULL};
    for (size_t i = 0; i < nargs; i++) {
        v[i] = kr_number_index(ts, args[i]);
        if (v[i] && !kr_int_check_exact(v[i])) {
            // range(True, 5) stores plain ints, as its repr shows.
            KR_SETREF(ts, v[i], kr_int_exact(ts, v[i]));
        }
        if (v[i] == NULL) {
            for (size_t j = 0; j < i; j++) {
                KR_DECREF(ts, v[j]);
            }
            return NULL;
        }
    }
    KrObject *res = nargs == 1 ? kr_range_new(ts, NULL, v[0], NULL) : kr_range_new(ts, v[0], v[1], v[2]);
    for (size_t i = 0; i < nargs; i++) {
        KR_DECREF(ts, v[i]);
    }
    return res;
}

static void range_dealloc(KrThread *ts, KrObject *self)
{
    KrRange *r = (KrRange *)self;
    KR_XDECREF(ts, r->start);
    KR_XDECREF(ts, r->stop);
    KR_XDECREF(ts, r->step);
    KR_XDECREF(ts, r->length);
    kr_object_free(ts, self);
}

static KrObject *range_repr(KrThread *ts, KrObject *self)
{
    KrRange *r = (KrRange *)self;
    int overflow = 0;
    if (kr_int_as_i64(r->step, &overflow) == 1 && !overflow) {
        return kr_str_from_format(ts, "range(%R, %R)", r->start, r->stop);
    }
    return kr_str_from_format(ts, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

// Ranges are equal when they produce the same items.
static int range_equals(KrRange *a, KrRange *b)
{
    if (a == b) {
        return 1;
    }
    if (kr_int_compare(a->length, b->length) != 0) {
        return 0;
    }
    if (kr_int_sign(a->length) == 0) {
        return 1;
    }
    if (kr_int_compare(a->start, b->start) != 0) {
        return 0;
    }
    int overflow = 0;
    if (kr_int_as_i64(a->length, &overflow) == 1 && !overflow) {
        return 1;
    }
    return kr_int_compare(a->step, b->step) == 0;
}

static KrObject *range_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    (void)ts;
    if (KR_TYPE(a) != &kr_range_type || KR_TYPE(b) != &kr_range_type || (op != KR_EQ && op != KR_NE)) {
        return KR_NOTIMPL;
    }
    int eq = range_equals((KrRange *)a, (KrRange *)b);
    return kr_bool_from((eq != 0) == (op == KR_EQ));
}

// hash((len, start, step)), with None for what equality ignores.
static KrHash range_hash(KrThread *ts, KrObject *self)
{
    KrRange *r = (KrRange *)self;
    KrObject *start = KR_NONE, *step = KR_NONE;
    if (kr_int_sign(r->length) != 0) {
        start = r->start;
        int overflow = 0;
        if (!(kr_int_as_i64(r->length, &overflow) == 1 && !overflow)) {
            step = r->step;
        }
    }
    KrObject *t = kr_tuple_pack(ts, 3, r->length, start, step);
    if (t == NULL) {
        return -1;
    }
    KrHash h = kr_hash(ts, t);
    KR_DECREF(ts, t);
    return h;
}

static intptr_t range_len(KrThread *ts, KrObject *self)
{
    return kr_int_as_ssize(ts, ((KrRange *)self)->length);
}

static int range_bool(KrThread *ts, KrObject *self)
{
    (void)ts;
    return kr_int_sign(((KrRange *)self)->length) != 0;
}

static KrObject *range_item(KrThread *ts, KrRange *r, KrObject *key)
{
    KrObject *i = kr_number_index(ts, key);
    if (i == NULL) {
        return NULL;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(i, &overflow);
    if (r->small && !overflow) {
        KR_DECREF(ts, i);
        if (v < 0) {
            v += r->i_len;
        }
        if (v < 0 || v >= r->i_len) {
            kr_err_set_str(ts, &kr_exc_IndexError, "range object index out of range");
            return NULL;
        }
        return kr_int_from_i64(ts, (int64_t)((uint64_t)r->i_start + (uint64_t)v * (uint64_t)r->i_step));
    }
    if (kr_int_sign(i) < 0) {
        KR_SETREF(ts, i, binop(ts, i, r->length, KR_BINOP_ADD));
        if (i == NULL) {
            return NULL;
        }
    }
    if (kr_int_sign(i) < 0 || kr_int_compare(i, r->length) >= 0) {
        KR_DECREF(ts, i);
        kr_err_set_str(ts, &kr_exc_IndexError, "range object index out of range");
        return NULL;
    }
    KrObject *res = compute_item(ts, r, i);
    KR_DECREF(ts, i);
    return res;
}

static KrObject *range_getitem(KrThread *ts, KrObject *self, KrObject *key)
{
    KrRange *r = (KrRange *)self;
    if (KR_INDEX_CHECK(key)) {
        return range_item(ts, r, key);
    }
    if (KR_TYPE(key) != &kr_slice_type) {
        kr_err_format(ts, &kr_exc_TypeError, "range indices must be integers or slices, not %T", key);
        return NULL;
    }
    KrObject *idx[3];
    if (kr_slice_indices_big(ts, key, r->length, idx) < 0) {
        return NULL;
    }
    KrObject *a = idx[0], *b = idx[1], *c = idx[2];
    KrObject *substart = NULL, *substop = NULL, *substep = NULL, *res = NULL;
    substart = compute_item(ts, r, a);
    substop = substart ? compute_item(ts, r, b) : NULL;
    substep = substop ? binop(ts, r->step, c, KR_BINOP_MULTIPLY) : NULL;
    if (substep != NULL) {
        res = range_from_parts(ts, substart, substop, substep);
        substart = substop = substep = NULL;
    }
    KR_XDECREF(ts, a);
    KR_XDECREF(ts, b);
    KR_XDECREF(ts, c);
    KR_XDECREF(ts, substart);
    KR_XDECREF(ts, substop);
    KR_XDECREF(ts, substep);
    return res;
}

// O(1) membership for int (and bool) values.
static int range_contains_int(KrThread *ts, KrRange *r, KrObject *ob)
{
    int overflow = 0;
    int64_t v = kr_int_as_i64(ob, &overflow);
    if (r->small && !overflow) {
        if (r->i_step > 0 ? (v < r->i_start || v >= r->i_stop) : (v > r->i_start || v <= r->i_stop)) {
            return 0;
        }
        uint64_t diff = r->i_step > 0 ? (uint64_t)v - (uint64_t)r->i_start : (uint64_t)r->i_start - (uint64_t)v;
        uint64_t st = r->i_step > 0 ? (uint64_t)r->i_step : 0 - (uint64_t)r->i_step;
        return diff % st == 0;
    }
    if (kr_int_sign(r->step) > 0) {
        if (kr_int_compare(ob, r->start) < 0 || kr_int_compare(ob, r->stop) >= 0) {
            return 0;
        }
    } else if (kr_int_compare(ob, r->start) > 0 || kr_int_compare(ob, r->stop) <= 0) {
        return 0;
    }
    KrObject *diff = binop(ts, ob, r->start, KR_BINOP_SUBTRACT);
    if (diff == NULL) {
        return -1;
    }
    KrObject *rem = binop(ts, diff, r->step, KR_BINOP_REMAINDER);
    KR_DECREF(ts, diff);
    if (rem == NULL) {
        return -1;
    }
    int res = kr_int_sign(rem) == 0;
    KR_DECREF(ts, rem);
    return res;
}

static bool is_exact_int(KrObject *o)
{
    return KR_TYPE(o) == &kr_int_type || KR_TYPE(o) == &kr_bool_type;
}

// Linear search for other values: 1/0 found, -1 error; *count gets the
// number of matches (count mode) or the first index.
static int range_search(KrThread *ts, KrObject *self, KrObject *ob, bool count_all, intptr_t *out)
{
    KrObject *it = kr_iter(ts, self);
    if (it == NULL) {
        return -1;
    }
    intptr_t i = 0, n = 0;
    int found = 0;
    for (;; i++) {
        KrObject *item = kr_next(ts, it);
        if (item == NULL) {
            break;
        }
        int eq = kr_equal(ts, item, ob);
        KR_DECREF(ts, item);
        if (eq < 0) {
            found = -1;
            break;
        }
        if (eq) {
            n++;
            found = 1;
            if (!count_all) {
                break;
            }
        }
    }
    KR_DECREF(ts, it);
    if (found >= 0 && kr_err_occurred(ts)) {
        found = -1;
    }
    *out = count_all ? n : i;
    return found;
}

static int range_contains(KrThread *ts, KrObject *self, KrObject *ob)
{
    if (is_exact_int(ob)) {
        return range_contains_int(ts, (KrRange *)self, ob);
    }
    intptr_t unused;
    return range_search(ts, self, ob, false, &unused);
}

static KrObject *range_iter(KrThread *ts, KrObject *self);
static KrObject *range_reversed(KrThread *ts, KrObject *self);

// ---- methods -------------------------------------------------------------------

static KrObject *range_count(KrThread *ts, KrObject *self, KrObject *ob)
{
    if (is_exact_int(ob)) {
        int rc = range_contains_int(ts, (KrRange *)self, ob);
        return rc < 0 ? NULL : kr_int_from_i64(ts, rc);
    }
    intptr_t n;
    if (range_search(ts, self, ob, true, &n) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *range_index(KrThread *ts, KrObject *self, KrObject *ob)
{
    KrRange *r = (KrRange *)self;
    if (is_exact_int(ob)) {
        int rc = range_contains_int(ts, r, ob);
        if (rc < 0) {
            return NULL;
        }
        if (rc == 0) {
            kr_err_format(ts, &kr_exc_ValueError, "%R is not in range", ob);
            return NULL;
        }
        KrObject *diff = binop(ts, ob, r->start, KR_BINOP_SUBTRACT);
        if (diff == NULL) {
            return NULL;
        }
        KrObject *res = binop(ts, diff, r->step, KR_BINOP_FLOOR_DIVIDE);
        KR_DECREF(ts, diff);
        return res;
    }
    intptr_t i;
    int rc = range_search(ts, self, ob, false, &i);
    if (rc < 0) {
        return NULL;
    }
    if (rc == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "sequence.index(x): x not in sequence");
        return NULL;
    }
    return kr_int_from_i64(ts, i);
}

static KrObject *range_get_start(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrRange *)self)->start);
}

static KrObject *range_get_stop(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrRange *)self)->stop);
}

static KrObject *range_get_step(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrRange *)self)->step);
}

static KrObject *range_getnewargs(KrThread *ts, KrObject *self)
{
    KrRange *r = (KrRange *)self;
    return kr_tuple_pack(ts, 3, r->start, r->stop, r->step);
}

static KrObject *range_reduce(KrThread *ts, KrObject *self)
{
    KrObject *args = range_getnewargs(ts, self);
    KrObject *res = args ? kr_tuple_pack(ts, 2, (KrObject *)&kr_range_type, args) : NULL;
    KR_XDECREF(ts, args);
    return res;
}

static const KrMethodDef range_methods[] = {
    {"__reduce__", (void *)range_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"count", (void *)range_count, KR_METH_O, false, false, "rangeobject.count(value) -> integer"},
    {"index", (void *)range_index, KR_METH_O, false, false,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"__reversed__", (void *)range_reversed, KR_METH_NOARGS, false, false,
     "Return a reverse iterator."},
    {"__getnewargs__", (void *)range_getnewargs, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef range_getsets[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_range_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "range",
    .basicsize = sizeof(KrRange),
    .flags = KR_TYPE_SEQUENCE,
    .base_type = &kr_object_type,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

// ---- iterators -----------------------------------------------------------------

// The fast iterator: every value it produces fits in 64 bits.
typedef struct KrRangeIter {
    KrObject base;
    int64_t start, step, len, index;
} KrRangeIter;

// The general one, over int objects.
typedef struct KrLongRangeIter {
    KrObject base;
    KrObject *next, *step, *remaining; // next value, step, items left
    int64_t index;                     // items given so far (for __reduce__)
} KrLongRangeIter;

static KrObject *make_longiter(KrThread *ts, KrObject *start, KrObject *step, KrObject *len)
{
    KrLongRangeIter *it = (KrLongRangeIter *)kr_object_alloc(ts, &kr_longrange_iter_type, sizeof(KrLongRangeIter));
    if (it == NULL) {
        return NULL;
    }
    it->next = KR_INCREF(start);
    it->step = KR_INCREF(step);
    it->remaining = KR_INCREF(len);
    return (KrObject *)it;
}

static KrObject *make_fastiter(KrThread *ts, int64_t start, int64_t step, int64_t len)
{
    KrRangeIter *it = (KrRangeIter *)kr_object_alloc(ts, &kr_range_iter_type, sizeof(KrRangeIter));
    if (it == NULL) {
        return NULL;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    return (KrObject *)it;
}

static KrObject *range_iter(KrThread *ts, KrObject *self)
{
    KrRange *r = (KrRange *)self;
    if (r->small) {
        return make_fastiter(ts, r->i_start, r->i_step, r->i_len);
    }
    return make_longiter(ts, r->start, r->step, r->length);
}

// Iterates from the last item backwards with the negated step.
static KrObject *range_reversed(KrThread *ts, KrObject *self)
{
    KrRange *r = (KrRange *)self;
    if (r->small) {
        int64_t last = r->i_len == 0 ? r->i_start
                                     : (int64_t)((uint64_t)r->i_start + (uint64_t)(r->i_len - 1) * (uint64_t)r->i_step);
        return make_fastiter(ts, last, -r->i_step, r->i_len);
    }
    KrObject *one = kr_int_from_i64(ts, 1);
    if (one == NULL) {
        return NULL;
    }
    KrObject *lastidx = binop(ts, r->length, one, KR_BINOP_SUBTRACT);
    KR_DECREF(ts, one);
    if (lastidx == NULL) {
        return NULL;
    }
    KrObject *last = compute_item(ts, r, lastidx);
    KR_DECREF(ts, lastidx);
    if (last == NULL) {
        return NULL;
    }
    KrObject *negstep = kr_negative(ts, r->step);
    KrObject *res = negstep ? make_longiter(ts, last, negstep, r->length) : NULL;
    KR_DECREF(ts, last);
    KR_XDECREF(ts, negstep);
    return res;
}

static KrObject *rangeiter_next(KrThread *ts, KrObject *self)
{
    KrRangeIter *it = (KrRangeIter *)self;
    if (it->index >= it->len) {
        return NULL;
    }
    uint64_t v = (uint64_t)it->start + (uint64_t)it->index++ * (uint64_t)it->step;
    return kr_int_from_i64(ts, (int64_t)v);
}

static KrObject *rangeiter_length_hint(KrThread *ts, KrObject *self)
{
    KrRangeIter *it = (KrRangeIter *)self;
    return kr_int_from_i64(ts, it->len - it->index);
}

// (iter, (range(start, start + len * step, step),), index), as CPython's.
static KrObject *rangeiter_reduce(KrThread *ts, KrObject *self)
{
    KrRangeIter *it = (KrRangeIter *)self;
    KrObject *start = kr_int_from_i64(ts, it->start), *step = kr_int_from_i64(ts, it->step);
    KrObject *len = kr_int_from_i64(ts, it->len), *stop = NULL, *range = NULL, *res = NULL;
    if (start == NULL || step == NULL || len == NULL) {
        goto done;
    }
    stop = binop(ts, len, step, KR_BINOP_MULTIPLY);
    KR_SETREF(ts, stop, stop ? binop(ts, start, stop, KR_BINOP_ADD) : NULL);
    if (stop == NULL) {
        goto done;
    }
    range = kr_range_new(ts, start, stop, step);
    if (range != NULL) {
        res = kr_seqiter_reduce(ts, NULL, range, (intptr_t)it->index, false);
    }
done:
    KR_XDECREF(ts, start);
    KR_XDECREF(ts, step);
    KR_XDECREF(ts, len);
    KR_XDECREF(ts, stop);
    KR_XDECREF(ts, range);
    return res;
}

static KrObject *rangeiter_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    KrRangeIter *it = (KrRangeIter *)self;
    intptr_t index;
    if (kr_seqiter_state_index(ts, state, 0, (intptr_t)it->len, &index) < 0) {
        return NULL;
    }
    it->index = index;
    return KR_INCREF(KR_NONE);
}

static void longiter_dealloc(KrThread *ts, KrObject *self)
{
    KrLongRangeIter *it = (KrLongRangeIter *)self;
    KR_XDECREF(ts, it->next);
    KR_XDECREF(ts, it->step);
    KR_XDECREF(ts, it->remaining);
    kr_object_free(ts, self);
}

static KrObject *longiter_next(KrThread *ts, KrObject *self)
{
    KrLongRangeIter *it = (KrLongRangeIter *)self;
    if (kr_int_sign(it->remaining) <= 0) {
        return NULL;
    }
    KrObject *one = kr_int_from_i64(ts, 1);
    if (one == NULL) {
        return NULL;
    }
    KrObject *rem = binop(ts, it->remaining, one, KR_BINOP_SUBTRACT);
    KR_DECREF(ts, one);
    if (rem == NULL) {
        return NULL;
    }
    KrObject *after = binop(ts, it->next, it->step, KR_BINOP_ADD);
    if (after == NULL) {
        KR_DECREF(ts, rem);
        return NULL;
    }
    KrObject *result = it->next;
    it->next = after;
    KR_SETREF(ts, it->remaining, rem);
    it->index++;
    return result;
}

// The range being iterated, rebuilt from the state: start = next - index * step,
// stop = next + remaining * step. Also gives the range's first value in *start_out.
static KrObject *longiter_range(KrThread *ts, KrLongRangeIter *it, KrObject **start_out)
{
    KrObject *index = kr_int_from_i64(ts, it->index), *start = NULL, *stop = NULL, *range = NULL;
    KrObject *done = index ? binop(ts, index, it->step, KR_BINOP_MULTIPLY) : NULL;
    start = done ? binop(ts, it->next, done, KR_BINOP_SUBTRACT) : NULL;
    KrObject *rest = start ? binop(ts, it->remaining, it->step, KR_BINOP_MULTIPLY) : NULL;
    stop = rest ? binop(ts, it->next, rest, KR_BINOP_ADD) : NULL;
    if (stop != NULL) {
        range = kr_range_new(ts, start, stop, it->step);
    }
    if (range != NULL && start_out != NULL) {
        *start_out = KR_INCREF(start);
    }
    KR_XDECREF(ts, index);
    KR_XDECREF(ts, done);
    KR_XDECREF(ts, start);
    KR_XDECREF(ts, rest);
    KR_XDECREF(ts, stop);
    return range;
}

static KrObject *longiter_reduce(KrThread *ts, KrObject *self)
{
    KrLongRangeIter *it = (KrLongRangeIter *)self;
    KrObject *range = longiter_range(ts, it, NULL);
    KrObject *res = range ? kr_seqiter_reduce(ts, NULL, range, (intptr_t)it->index, false) : NULL;
    KR_XDECREF(ts, range);
    return res;
}

// __setstate__(n): restart at item n of the range, n clamped to [0, len].
static KrObject *longiter_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    KrLongRangeIter *it = (KrLongRangeIter *)self;
    KrObject *start = NULL, *range = longiter_range(ts, it, &start);
    if (range == NULL) {
        return NULL;
    }
    intptr_t len = kr_len(ts, range), index = 0;
    KR_DECREF(ts, range);
    KrObject *n = NULL, *offset = NULL, *next = NULL, *rem = NULL;
    if (len < 0 || kr_seqiter_state_index(ts, state, 0, len, &index) < 0) {
        goto done;
    }
    n = kr_int_from_i64(ts, index);
    offset = n ? binop(ts, n, it->step, KR_BINOP_MULTIPLY) : NULL;
    next = offset ? binop(ts, start, offset, KR_BINOP_ADD) : NULL;
    rem = next ? kr_int_from_i64(ts, len - index) : NULL;
    if (rem != NULL) {
        KR_SETREF(ts, it->next, KR_INCREF(next));
        KR_SETREF(ts, it->remaining, KR_INCREF(rem));
        it->index = index;
    }
done:
    KR_XDECREF(ts, start);
    KR_XDECREF(ts, n);
    KR_XDECREF(ts, offset);
    KR_XDECREF(ts, next);
    KR_XDECREF(ts, rem);
    return rem != NULL ? KR_INCREF(KR_NONE) : NULL;
}

static KrObject *longiter_length_hint(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(((KrLongRangeIter *)self)->remaining);
}

static const KrMethodDef rangeiter_methods[] = {
    {"__length_hint__", (void *)rangeiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)rangeiter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)rangeiter_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef longiter_methods[] = {
    {"__length_hint__", (void *)longiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)longiter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)longiter_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_range_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(KrRangeIter),
    .base_type = &kr_object_type,
    .dealloc = kr_object_free,
    .iter = kr_iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

KrType kr_longrange_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(KrLongRangeIter),
    .base_type = &kr_object_type,
    .dealloc = longiter_dealloc,
    .iter = kr_iter_self,
    .iternext = longiter_next,
    .methods = longiter_methods,
};
