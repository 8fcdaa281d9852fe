// SPDX-License-Identifier: MIT
// The builtin iterator types: enumerate, zip, map, filter and the callable iterator.
#include "iterators.h"

#include "containers.h"
#include "exc.h"
#include "func.h"
#include "genericalias.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// Replaces the items of a partly filled tuple with None so that it can be
// released on an error path whatever the tuple's dealloc expects.
static void drop_partial_tuple(KrThread *ts, KrObject *tuple, intptr_t filled)
{
    for (intptr_t i = filled; i < KR_TUPLE_SIZE(tuple); i++) {
        KR_TUPLE_SET(tuple, i, KR_INCREF(KR_NONE));
    }
    KR_DECREF(ts, tuple);
}

// A tuple holding iter(x) for each of args[0..n); NULL on error.
static KrObject *iter_tuple(KrThread *ts, KrObject *const *args, size_t n)
{
    KrObject *iters = kr_tuple_new(ts, (intptr_t)n);
    if (iters == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        KrObject *it = kr_iter(ts, args[i]);
        if (it == NULL) {
            drop_partial_tuple(ts, iters, (intptr_t)i);
            return NULL;
        }
        KR_TUPLE_SET(iters, i, it);
    }
    return iters;
}

static size_t kw_count(KrObject *kwnames)
{
    return kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
}

// ---- enumerate ----------------------------------------------------------

// The count stays a machine integer until it would overflow; from then on
// (or from the start, for a huge `start`) it is a Python int in big_index.
typedef struct KrEnumerate {
    KrObject base;
    KrObject *iter;
    int64_t index;
    KrObject *big_index; // NULL while `index` is in use
} KrEnumerate;

static KrObject *enumerate_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    KrObject *argv[2] = {NULL, NULL};
    KrObject *start = NULL;
    KrObject *it = NULL;
    if (nargs == 0 && (!kwnames || KR_TUPLE_SIZE(kwnames) == 0)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    if (kr_parse_args(ts, "enumerate", args, nargs, kwnames, names, 1, 0, 2, argv) < 0) {
        return NULL;
    }
    if (argv[1] != NULL) {
        start = kr_number_index(ts, argv[1]);
        if (start == NULL) {
            return NULL;
        }
    }
    it = kr_iter(ts, argv[0]);
    if (it == NULL) {
        goto error;
    }
    KrEnumerate *en = (KrEnumerate *)kr_object_alloc(ts, type, type->basicsize);
    if (en == NULL) {
        goto error;
    }
    en->iter = it;
    if (start != NULL) {
        int overflow = 0;
        int64_t v = kr_int_as_i64(start, &overflow);
        if (overflow || v == INT64_MAX) {
            en->big_index = start;
            start = NULL;
        } else {
            en->index = v;
            KR_CLEAR(ts, start);
        }
    }
    return (KrObject *)en;

error:
    KR_XDECREF(ts, start);
    KR_XDECREF(ts, it);
    return NULL;
}

static KrObject *enumerate_next_index(KrThread *ts, KrEnumerate *en)
{
    if (en->big_index == NULL) {
        if (en->index < INT64_MAX) {
            return kr_int_from_i64(ts, en->index++);
        }
        en->big_index = kr_int_from_i64(ts, INT64_MAX);
        if (en->big_index == NULL) {
            return NULL;
        }
    }
    KrObject *one = kr_int_from_i64(ts, 1);
    if (one == NULL) {
        return NULL;
    }
    KrObject *next = kr_binop(ts, en->big_index, one, KR_BINOP_ADD);
    KR_DECREF(ts, one);
    if (next == NULL) {
        return NULL;
    }
    KrObject *current = en->big_index;
    en->big_index = next;
    return current;
}

static KrObject *enumerate_iternext(KrThread *ts, KrObject *self)
{
    KrEnumerate *en = (KrEnumerate *)self;
    KrObject *item = kr_next(ts, en->iter);
    if (item == NULL) {
        return NULL;
    }
    KrObject *index = enumerate_next_index(ts, en);
    if (index == NULL) {
        KR_DECREF(ts, item);
        return NULL;
    }
    KrObject *pair = kr_tuple_new(ts, 2);
    if (pair == NULL) {
        KR_DECREF(ts, item);
        KR_DECREF(ts, index);
        return NULL;
    }
    KR_TUPLE_SET(pair, 0, index);
    KR_TUPLE_SET(pair, 1, item);
    return pair;
}

static void enumerate_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrEnumerate *en = (KrEnumerate *)self;
    if (en->iter) {
        visit(ts, en->iter, arg);
    }
    if (en->big_index) {
        visit(ts, en->big_index, arg);
    }
}

static int enumerate_clear(KrThread *ts, KrObject *self)
{
    KrEnumerate *en = (KrEnumerate *)self;
    KR_CLEAR(ts, en->iter);
    KR_CLEAR(ts, en->big_index);
    return 0;
}

static void enumerate_dealloc(KrThread *ts, KrObject *self)
{
    enumerate_clear(ts, self);
    kr_object_free(ts, self);
}

// (type, args): what __reduce__ gives for a pickle-free copy of these iterators.
static KrObject *reduce_pair(KrThread *ts, KrObject *self, KrObject *args)
{
    KrObject *res = args ? kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), args) : NULL;
    KR_XDECREF(ts, args);
    return res;
}

// A tuple of `a` (when not NULL) followed by the items of the tuple `rest`.
static KrObject *prepend(KrThread *ts, KrObject *a, KrObject *rest)
{
    intptr_t n = rest ? KR_TUPLE_SIZE(rest) : 0, off = a != NULL;
    KrObject *t = kr_tuple_new(ts, n + off);
    if (t == NULL || n + off == 0) {
        return t;
    }
    if (a != NULL) {
        KR_TUPLE_SET(t, 0, KR_INCREF(a));
    }
    for (intptr_t i = 0; i < n; i++) {
        KR_TUPLE_SET(t, i + off, KR_INCREF(KR_TUPLE_GET(rest, i)));
    }
    return t;
}

static KrObject *enumerate_reduce(KrThread *ts, KrObject *self)
{
    KrEnumerate *en = (KrEnumerate *)self;
    KrObject *index = en->big_index ? KR_INCREF(en->big_index) : kr_int_from_i64(ts, en->index);
    KrObject *args = index ? kr_tuple_pack(ts, 2, en->iter ? en->iter : KR_NONE, index) : NULL;
    KR_XDECREF(ts, index);
    return reduce_pair(ts, self, args);
}

static const KrMethodDef enumerate_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"__reduce__", (void *)enumerate_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_enumerate_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "enumerate",
    .basicsize = sizeof(KrEnumerate),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "Return an enumerate object.",
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .iter = kr_iter_self,
    .iternext = enumerate_iternext,
    .new_ = enumerate_new,
    .methods = enumerate_methods,
};

// ---- zip ------------------------------------------------------------------

typedef struct KrZip {
    KrObject base;
    KrObject *iters; // tuple of iterators
    bool strict;
} KrZip;

static KrObject *zip_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    bool strict = false;
    size_t nkw = kw_count(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        KrObject *name = KR_TUPLE_GET(kwnames, i);
        if (!kr_str_equal_cstr(name, "strict")) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
            return NULL;
        }
        int truth = kr_is_true(ts, args[nargs + i]);
        if (truth < 0) {
            return NULL;
        }
        strict = truth != 0;
    }
    KrObject *iters = iter_tuple(ts, args, nargs);
    if (iters == NULL) {
        return NULL;
    }
    KrZip *z = (KrZip *)kr_object_alloc(ts, type, type->basicsize);
    if (z == NULL) {
        KR_DECREF(ts, iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return (KrObject *)z;
}

// zip(strict=True) found iterator `i` exhausted first (i > 0) or all of them
// exhausted at once; raises ValueError with CPython's wording when lengths differ.
static KrObject *zip_strict_check(KrThread *ts, KrZip *z, intptr_t i)
{
    if (i > 0) {
        kr_err_format(ts, &kr_exc_ValueError, "zip() argument %d is shorter than argument%s%d", (int)(i + 1),
                      i == 1 ? " " : "s 1-", (int)i);
        return NULL;
    }
    intptr_t n = KR_TUPLE_SIZE(z->iters);
    for (i = 1; i < n; i++) {
        KrObject *item = kr_next(ts, KR_TUPLE_GET(z->iters, i));
        if (item != NULL) {
            KR_DECREF(ts, item);
            kr_err_format(ts, &kr_exc_ValueError, "zip() argument %d is longer than argument%s%d", (int)(i + 1),
                          i == 1 ? " " : "s 1-", (int)i);
            return NULL;
        }
        if (kr_err_occurred(ts)) {
            return NULL;
        }
    }
    return NULL;
}

static KrObject *zip_iternext(KrThread *ts, KrObject *self)
{
    KrZip *z = (KrZip *)self;
    intptr_t n = KR_TUPLE_SIZE(z->iters);
    if (n == 0) {
        return NULL;
    }
    KrObject *result = kr_tuple_new(ts, n);
    if (result == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        KrObject *item = kr_next(ts, KR_TUPLE_GET(z->iters, i));
        if (item == NULL) {
            drop_partial_tuple(ts, result, i);
            if (z->strict && !kr_err_occurred(ts)) {
                return zip_strict_check(ts, z, i);
            }
            return NULL;
        }
        KR_TUPLE_SET(result, i, item);
    }
    return result;
}

static void zip_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrZip *z = (KrZip *)self;
    if (z->iters) {
        visit(ts, z->iters, arg);
    }
}

static int zip_clear(KrThread *ts, KrObject *self)
{
    KR_CLEAR(ts, ((KrZip *)self)->iters);
    return 0;
}

static void zip_dealloc(KrThread *ts, KrObject *self)
{
    zip_clear(ts, self);
    kr_object_free(ts, self);
}

// (zip, iterators), with True after them for a strict zip.
static KrObject *zip_reduce(KrThread *ts, KrObject *self)
{
    KrZip *z = (KrZip *)self;
    KrObject *iters = prepend(ts, NULL, z->iters);
    if (iters == NULL || !z->strict) {
        return reduce_pair(ts, self, iters);
    }
    KrObject *res = kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), iters, KR_TRUE);
    KR_DECREF(ts, iters);
    return res;
}

static KrObject *zip_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    int strict = kr_is_true(ts, state);
    if (strict < 0) {
        return NULL;
    }
    ((KrZip *)self)->strict = strict;
    return KR_INCREF(KR_NONE);
}

static const KrMethodDef zip_methods[] = {
    {"__reduce__", (void *)zip_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)zip_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_zip_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "zip",
    .basicsize = sizeof(KrZip),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .iter = kr_iter_self,
    .iternext = zip_iternext,
    .new_ = zip_new,
    .methods = zip_methods,
};

// ---- map ------------------------------------------------------------------

typedef struct KrMap {
    KrObject base;
    KrObject *func;
    KrObject *iters; // tuple of iterators, at least one
} KrMap;

// Arguments for one call of the mapped function live on the C stack when few.
#define MAP_STACK_ARGS 8

static KrObject *map_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kw_count(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "map() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    KrObject *iters = iter_tuple(ts, args + 1, nargs - 1);
    if (iters == NULL) {
        return NULL;
    }
    KrMap *m = (KrMap *)kr_object_alloc(ts, type, type->basicsize);
    if (m == NULL) {
        KR_DECREF(ts, iters);
        return NULL;
    }
    m->func = KR_INCREF(args[0]);
    m->iters = iters;
    return (KrObject *)m;
}

static KrObject *map_iternext(KrThread *ts, KrObject *self)
{
    KrMap *m = (KrMap *)self;
    size_t n = (size_t)KR_TUPLE_SIZE(m->iters);
    KrObject *stack[MAP_STACK_ARGS];
    KrObject **argv = stack;
    KrObject *result = NULL;
    size_t got = 0;
    if (n > MAP_STACK_ARGS) {
        argv = kr_mem_alloc(ts, n * sizeof(KrObject *));
        if (argv == NULL) {
            return NULL;
        }
    }
    for (; got < n; got++) {
        argv[got] = kr_next(ts, KR_TUPLE_GET(m->iters, got));
        if (argv[got] == NULL) {
            goto done;
        }
    }
    result = kr_call(ts, m->func, argv, n, NULL);

done:
    for (size_t i = 0; i < got; i++) {
        KR_DECREF(ts, argv[i]);
    }
    if (argv != stack) {
        kr_mem_free(ts, argv);
    }
    return result;
}

static void map_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrMap *m = (KrMap *)self;
    if (m->func) {
        visit(ts, m->func, arg);
    }
    if (m->iters) {
        visit(ts, m->iters, arg);
    }
}

static int map_clear(KrThread *ts, KrObject *self)
{
    KrMap *m = (KrMap *)self;
    KR_CLEAR(ts, m->func);
    KR_CLEAR(ts, m->iters);
    return 0;
}

static void map_dealloc(KrThread *ts, KrObject *self)
{
    map_clear(ts, self);
    kr_object_free(ts, self);
}

static KrObject *map_reduce(KrThread *ts, KrObject *self)
{
    KrMap *m = (KrMap *)self;
    return reduce_pair(ts, self, prepend(ts, m->func ? m->func : KR_NONE, m->iters));
}

static const KrMethodDef map_methods[] = {
    {"__reduce__", (void *)map_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_map_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "map",
    .basicsize = sizeof(KrMap),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "map(func, *iterables) --> map object",
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .iter = kr_iter_self,
    .iternext = map_iternext,
    .new_ = map_new,
    .methods = map_methods,
};

// ---- filter ---------------------------------------------------------------

typedef struct KrFilter {
    KrObject base;
    KrObject *func; // None (or bool): keep the truthy items
    KrObject *iter;
} KrFilter;

static KrObject *filter_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kw_count(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "filter() takes no keyword arguments");
        return NULL;
    }
    if (kr_check_positional(ts, "filter", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, args[1]);
    if (it == NULL) {
        return NULL;
    }
    KrFilter *f = (KrFilter *)kr_object_alloc(ts, type, type->basicsize);
    if (f == NULL) {
        KR_DECREF(ts, it);
        return NULL;
    }
    f->func = KR_INCREF(args[0]);
    f->iter = it;
    return (KrObject *)f;
}

static KrObject *filter_iternext(KrThread *ts, KrObject *self)
{
    KrFilter *f = (KrFilter *)self;
    // filter(bool, ...) is filter(None, ...) without the calls, as in CPython.
    bool truthiness = f->func == KR_NONE || f->func == (KrObject *)&kr_bool_type;
    for (;;) {
        KrObject *item = kr_next(ts, f->iter);
        if (item == NULL) {
            return NULL;
        }
        int keep;
        if (truthiness) {
            keep = kr_is_true(ts, item);
        } else {
            KrObject *verdict = kr_call1(ts, f->func, item);
            if (verdict == NULL) {
                KR_DECREF(ts, item);
                return NULL;
            }
            keep = kr_is_true(ts, verdict);
            KR_DECREF(ts, verdict);
        }
        if (keep > 0) {
            return item;
        }
        KR_DECREF(ts, item);
        if (keep < 0) {
            return NULL;
        }
    }
}

static void filter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrFilter *f = (KrFilter *)self;
    if (f->func) {
        visit(ts, f->func, arg);
    }
    if (f->iter) {
        visit(ts, f->iter, arg);
    }
}

static int filter_clear(KrThread *ts, KrObject *self)
{
    KrFilter *f = (KrFilter *)self;
    KR_CLEAR(ts, f->func);
    KR_CLEAR(ts, f->iter);
    return 0;
}

static void filter_dealloc(KrThread *ts, KrObject *self)
{
    filter_clear(ts, self);
    kr_object_free(ts, self);
}

static KrObject *filter_reduce(KrThread *ts, KrObject *self)
{
    KrFilter *f = (KrFilter *)self;
    KrObject *func = f->func ? f->func : KR_NONE, *it = f->iter ? f->iter : KR_NONE;
    return reduce_pair(ts, self, kr_tuple_pack(ts, 2, func, it));
}

static const KrMethodDef filter_methods[] = {
    {"__reduce__", (void *)filter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_filter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "filter",
    .basicsize = sizeof(KrFilter),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "filter(function or None, iterable) --> filter object",
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .iter = kr_iter_self,
    .iternext = filter_iternext,
    .new_ = filter_new,
    .methods = filter_methods,
};

// ---- callable_iterator ------------------------------------------------------

// Both fields are dropped once the sentinel is seen, so the iterator stays
// exhausted and releases the callable early, as CPython's does.
typedef struct KrCallIter {
    KrObject base;
    KrObject *callable;
    KrObject *sentinel;
} KrCallIter;

KrObject *kr_iterators_new_callable(KrThread *ts, KrObject *callable, KrObject *sentinel)
{
    KrCallIter *ci = (KrCallIter *)kr_object_alloc(ts, &kr_callable_iter_type, sizeof(KrCallIter));
    if (ci == NULL) {
        return NULL;
    }
    ci->callable = KR_INCREF(callable);
    ci->sentinel = KR_INCREF(sentinel);
    return (KrObject *)ci;
}

static int calliter_clear(KrThread *ts, KrObject *self)
{
    KrCallIter *ci = (KrCallIter *)self;
    KR_CLEAR(ts, ci->callable);
    KR_CLEAR(ts, ci->sentinel);
    return 0;
}

static KrObject *calliter_iternext(KrThread *ts, KrObject *self)
{
    KrCallIter *ci = (KrCallIter *)self;
    if (ci->callable == NULL) {
        return NULL;
    }
    KrObject *result = kr_call0(ts, ci->callable);
    if (result == NULL) {
        if (kr_err_matches(ts, &kr_exc_StopIteration)) {
            kr_err_clear(ts);
            calliter_clear(ts, self);
        }
        return NULL;
    }
    int same = kr_equal(ts, result, ci->sentinel);
    if (same == 0) {
        return result;
    }
    KR_DECREF(ts, result);
    if (same > 0) {
        calliter_clear(ts, self);
    }
    return NULL;
}

static void calliter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrCallIter *ci = (KrCallIter *)self;
    if (ci->callable) {
        visit(ts, ci->callable, arg);
    }
    if (ci->sentinel) {
        visit(ts, ci->sentinel, arg);
    }
}

static void calliter_dealloc(KrThread *ts, KrObject *self)
{
    calliter_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_callable_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "callable_iterator",
    .basicsize = sizeof(KrCallIter),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .iter = kr_iter_self,
    .iternext = calliter_iternext,
};
