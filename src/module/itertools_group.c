// SPDX-License-Identifier: MIT
// itertools: islice, pairwise, zip_longest, groupby (with _grouper) and tee
// (with _tee and _tee_dataobject).
#include "itertools.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"

// ---- islice -----------------------------------------------------------------------

typedef struct KrIslice {
    KrObject base;
    KrObject *it;      // NULL once exhausted
    intptr_t next;     // index of the next item to produce
    intptr_t stop;     // -1: no stop
    intptr_t step;
    intptr_t cnt;      // items consumed from `it`
} KrIslice;

// PyNumber_AsSsize_t for islice's arguments: -1 (error cleared) when o is not
// a fitting integer, so the caller raises its own ValueError.
static intptr_t islice_arg(KrThread *ts, KrObject *o, intptr_t dflt) {
    if (o == KR_NONE) {
        return dflt;
    }
    intptr_t v = kr_slice_as_ssize(ts, o, &kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred(ts)) {
        kr_err_clear(ts);
    }
    return v;
}

static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

static KrObject *islice_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "islice", kwnames) < 0 || kr_modsupport_nargs(ts, "islice", nargs, 2, 4) < 0) {
        return NULL;
    }
    intptr_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != KR_NONE && (stop = islice_arg(ts, args[1], -1)) == -1) {
            kr_err_set_str(ts, &kr_exc_ValueError, stop_msg);
            return NULL;
        }
    } else {
        start = islice_arg(ts, args[1], 0);
        if (args[2] != KR_NONE && (stop = islice_arg(ts, args[2], -1)) == -1) {
            kr_err_set_str(ts, &kr_exc_ValueError, stop_msg);
            return NULL;
        }
    }
    if (start < 0 || stop < -1) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        return NULL;
    }
    if (nargs == 4) {
        step = islice_arg(ts, args[3], 1);
    }
    if (step < 1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Step for islice() must be a positive integer or None.");
        return NULL;
    }
    KrObject *it = kr_iter(ts, args[0]);
    if (!it) {
        return NULL;
    }
    KrIslice *s = (KrIslice *)kr_object_alloc(ts, type, type->basicsize);
    if (!s) {
        KR_DECREF(ts, it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return (KrObject *)s;
}

static KrObject *islice_next(KrThread *ts, KrObject *self) {
    KrIslice *s = (KrIslice *)self;
    if (!s->it) {
        return NULL;
    }
    while (s->cnt < s->next) {
        KrObject *skip = kr_next(ts, s->it);
        if (!skip) {
            goto empty;
        }
        KR_DECREF(ts, skip);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        goto empty;
    }
    KrObject *item = kr_next(ts, s->it);
    if (!item) {
        goto empty;
    }
    s->cnt++;
    intptr_t old = s->next;
    s->next = (intptr_t)((uintptr_t)s->next + (uintptr_t)s->step);
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) {
        s->next = s->stop;
    }
    return item;
empty:
    KR_CLEAR(ts, s->it);
    return NULL;
}

static void islice_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrIslice *)self)->it, visit, arg);
}

static int islice_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrIslice *)self)->it);
    return 0;
}

static void islice_dealloc(KrThread *ts, KrObject *self) {
    islice_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_itertools_islice_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.islice",
    .basicsize = sizeof(KrIslice),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "islice(iterable, stop) --> islice object\n"
           "islice(iterable, start, stop[, step]) --> islice object\n\n"
           "Return an iterator whose next() method returns selected values from an\n"
           "iterable.  If start is specified, will skip all preceding elements;\n"
           "otherwise, start defaults to zero.  Step defaults to one.  If\n"
           "specified as another value, step determines how many values are\n"
           "skipped between successive calls.  Works like a slice() on a list\n"
           "but returns an iterator.",
    .dealloc = islice_dealloc,
    .traverse = islice_traverse,
    .clear = islice_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = islice_next,
    .new_ = islice_new,
};

// ---- pairwise ---------------------------------------------------------------------

typedef struct KrPairwise {
    KrObject base;
    KrObject *it;   // NULL once exhausted
    KrObject *old;  // the previous item
} KrPairwise;

static KrObject *pairwise_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "pairwise", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "pairwise", nargs, 1, 1) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, args[0]);
    if (!it) {
        return NULL;
    }
    KrPairwise *p = (KrPairwise *)kr_object_alloc(ts, type, type->basicsize);
    if (!p) {
        KR_DECREF(ts, it);
        return NULL;
    }
    p->it = it;
    return (KrObject *)p;
}

static KrObject *pairwise_next(KrThread *ts, KrObject *self) {
    KrPairwise *p = (KrPairwise *)self;
    if (!p->it) {
        return NULL;
    }
    if (!p->old && !(p->old = kr_next(ts, p->it))) {
        KR_CLEAR(ts, p->it);
        return NULL;
    }
    KrObject *item = kr_next(ts, p->it);
    if (!item) {
        KR_CLEAR(ts, p->it);
        KR_CLEAR(ts, p->old);
        return NULL;
    }
    KrObject *pair = kr_tuple_pack(ts, 2, p->old, item);
    KR_SETREF(ts, p->old, item);
    return pair;
}

static void pairwise_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrPairwise *)self)->it, visit, arg);
    kr_modsupport_visit(ts, ((KrPairwise *)self)->old, visit, arg);
}

static int pairwise_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrPairwise *)self)->it);
    KR_CLEAR(ts, ((KrPairwise *)self)->old);
    return 0;
}

static void pairwise_dealloc(KrThread *ts, KrObject *self) {
    pairwise_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_itertools_pairwise_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.pairwise",
    .basicsize = sizeof(KrPairwise),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
           "    s -> (s0,s1), (s1,s2), (s2, s3), ...",
    .dealloc = pairwise_dealloc,
    .traverse = pairwise_traverse,
    .clear = pairwise_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = pairwise_next,
    .new_ = pairwise_new,
};

// ---- zip_longest ------------------------------------------------------------------

typedef struct KrZipLongest {
    KrObject base;
    KrObject **iters;   // NULL entries: exhausted
    intptr_t n;
    intptr_t active;
    KrObject *fillvalue;
} KrZipLongest;

static KrObject *zip_longest_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    KrObject *fill = KR_NONE;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        if (KR_TUPLE_SIZE(kwnames) != 1 || !kr_str_equal_cstr(KR_TUPLE_GET(kwnames, 0), "fillvalue")) {
            kr_err_set_str(ts, &kr_exc_TypeError, "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs];
    }
    KrZipLongest *z = (KrZipLongest *)kr_object_alloc(ts, type, type->basicsize);
    if (!z) {
        return NULL;
    }
    z->fillvalue = KR_INCREF(fill);
    if (nargs && !(z->iters = kr_mem_alloc(ts, nargs * sizeof(KrObject *)))) {
        goto error;
    }
    for (size_t i = 0; i < nargs; i++) {
        z->iters[i] = NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (!(z->iters[i] = kr_iter(ts, args[i]))) {
            goto error;
        }
        z->n++;
    }
    z->active = z->n;
    return (KrObject *)z;
error:
    KR_DECREF(ts, z);
    return NULL;
}

static KrObject *zip_longest_next(KrThread *ts, KrObject *self) {
    KrZipLongest *z = (KrZipLongest *)self;
    if (z->n == 0 || z->active == 0) {
        return NULL;
    }
    KrObject *result = kr_tuple_new(ts, z->n);
    if (!result) {
        return NULL;
    }
    for (intptr_t i = 0; i < z->n; i++) {
        KrObject *item = NULL;
        if (z->iters[i]) {
            item = kr_next(ts, z->iters[i]);
            if (!item) {
                z->active--;
                if (z->active == 0 || kr_err_occurred(ts)) {
                    z->active = 0;
                    for (intptr_t j = i; j < z->n; j++) {
                        KR_TUPLE_SET(result, j, KR_INCREF(KR_NONE));
                    }
                    KR_DECREF(ts, result);
                    return NULL;
                }
                KR_CLEAR(ts, z->iters[i]);
            }
        }
        KR_TUPLE_SET(result, i, item ? item : KR_INCREF(z->fillvalue));
    }
    return result;
}

static void zip_longest_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrZipLongest *z = (KrZipLongest *)self;
    for (intptr_t i = 0; z->iters && i < z->n; i++) {
        kr_modsupport_visit(ts, z->iters[i], visit, arg);
    }
    kr_modsupport_visit(ts, z->fillvalue, visit, arg);
}

static int zip_longest_clear(KrThread *ts, KrObject *self) {
    KrZipLongest *z = (KrZipLongest *)self;
    for (intptr_t i = 0; z->iters && i < z->n; i++) {
        KR_CLEAR(ts, z->iters[i]);
    }
    z->active = 0;
    KR_CLEAR(ts, z->fillvalue);
    return 0;
}

static void zip_longest_dealloc(KrThread *ts, KrObject *self) {
    KrZipLongest *z = (KrZipLongest *)self;
    zip_longest_clear(ts, self);
    if (z->iters) {
        kr_mem_free(ts, z->iters);
    }
    kr_object_free(ts, self);
}

KrType kr_itertools_zip_longest_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.zip_longest",
    .basicsize = sizeof(KrZipLongest),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
           "Return a zip_longest object whose .__next__() method returns a tuple where\n"
           "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
           "method continues until the longest iterable in the argument sequence\n"
           "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
           "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
           "defaults to None or can be specified by a keyword argument.",
    .dealloc = zip_longest_dealloc,
    .traverse = zip_longest_traverse,
    .clear = zip_longest_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = zip_longest_next,
    .new_ = zip_longest_new,
};

// ---- groupby ----------------------------------------------------------------------

typedef struct KrGroupBy {
    KrObject base;
    KrObject *it;
    KrObject *keyfunc;     // None: the items are their own keys
    KrObject *tgtkey;      // the key of the current group
    KrObject *currkey;     // the key of currvalue
    KrObject *currvalue;   // the item read ahead (NULL: none)
    KrObject *currgrouper; // borrowed: only the newest _grouper may advance
} KrGroupBy;

typedef struct KrGrouper {
    KrObject base;
    KrObject *parent;
    KrObject *tgtkey;
} KrGrouper;

static KrObject *groupby_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                             KrObject *kwnames) {
    static const char *const names[] = {"iterable", "key", NULL};
    KrObject *argv[2];
    if (kr_modsupport_parse_old(ts, "groupby", args, nargs, kwnames, names, 1, argv) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, argv[0]);
    if (!it) {
        return NULL;
    }
    KrGroupBy *g = (KrGroupBy *)kr_object_alloc(ts, type, type->basicsize);
    if (!g) {
        KR_DECREF(ts, it);
        return NULL;
    }
    g->it = it;
    g->keyfunc = KR_INCREF(argv[1] ? argv[1] : KR_NONE);
    return (KrObject *)g;
}

// Reads the next item and its key into currvalue/currkey; -1 at the end or on error.
static int groupby_step(KrThread *ts, KrGroupBy *g) {
    KrObject *value = kr_next(ts, g->it);
    if (!value) {
        return -1;
    }
    KrObject *key = g->keyfunc == KR_NONE ? KR_INCREF(value) : kr_call1(ts, g->keyfunc, value);
    if (!key) {
        KR_DECREF(ts, value);
        return -1;
    }
    KR_SETREF(ts, g->currvalue, value);
    KR_SETREF(ts, g->currkey, key);
    return 0;
}

static KrObject *groupby_next(KrThread *ts, KrObject *self) {
    KrGroupBy *g = (KrGroupBy *)self;
    g->currgrouper = NULL;
    if (!g->it) {
        return NULL; // cleared by the collector
    }
    // Skip what is left of the current group.
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) {
                break;
            }
            int eq = kr_compare_bool(ts, g->tgtkey, g->currkey, KR_EQ);
            if (eq < 0) {
                return NULL;
            }
            if (eq == 0) {
                break;
            }
        }
        if (groupby_step(ts, g) < 0) {
            return NULL;
        }
    }
    KR_SETREF(ts, g->tgtkey, KR_INCREF(g->currkey));
    KrGrouper *gr = (KrGrouper *)kr_object_alloc(ts, &kr_itertools_grouper_type, sizeof(KrGrouper));
    if (!gr) {
        return NULL;
    }
    gr->parent = KR_INCREF(self);
    gr->tgtkey = KR_INCREF(g->tgtkey);
    g->currgrouper = (KrObject *)gr;
    KrObject *r = kr_tuple_pack(ts, 2, g->currkey, (KrObject *)gr);
    KR_DECREF(ts, gr);
    return r;
}

static void groupby_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrGroupBy *g = (KrGroupBy *)self;
    kr_modsupport_visit(ts, g->it, visit, arg);
    kr_modsupport_visit(ts, g->keyfunc, visit, arg);
    kr_modsupport_visit(ts, g->tgtkey, visit, arg);
    kr_modsupport_visit(ts, g->currkey, visit, arg);
    kr_modsupport_visit(ts, g->currvalue, visit, arg);
}

static int groupby_clear(KrThread *ts, KrObject *self) {
    KrGroupBy *g = (KrGroupBy *)self;
    KR_CLEAR(ts, g->it);
    KR_CLEAR(ts, g->keyfunc);
    KR_CLEAR(ts, g->tgtkey);
    KR_CLEAR(ts, g->currkey);
    KR_CLEAR(ts, g->currvalue);
    return 0;
}

static void groupby_dealloc(KrThread *ts, KrObject *self) {
    groupby_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_itertools_groupby_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.groupby",
    .basicsize = sizeof(KrGroupBy),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "make an iterator that returns consecutive keys and groups from the iterable\n\n"
           "  iterable\n    Elements to divide into groups according to the key function.\n"
           "  key\n    A function for computing the group category for each element.\n"
           "    If the key function is not specified or is None, the element itself\n"
           "    is used for grouping.",
    .dealloc = groupby_dealloc,
    .traverse = groupby_traverse,
    .clear = groupby_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = groupby_next,
    .new_ = groupby_new,
};

static KrObject *grouper_next(KrThread *ts, KrObject *self) {
    KrGrouper *gr = (KrGrouper *)self;
    KrGroupBy *g = (KrGroupBy *)gr->parent;
    if (g->currgrouper != self || !g->it) {
        return NULL;
    }
    if (!g->currvalue && groupby_step(ts, g) < 0) {
        return NULL;
    }
    int eq = kr_compare_bool(ts, gr->tgtkey, g->currkey, KR_EQ);
    if (eq <= 0) {
        return NULL;
    }
    KrObject *r = g->currvalue;
    g->currvalue = NULL;
    KR_CLEAR(ts, g->currkey);
    return r;
}

static void grouper_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrGrouper *)self)->parent, visit, arg);
    kr_modsupport_visit(ts, ((KrGrouper *)self)->tgtkey, visit, arg);
}

static int grouper_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrGrouper *)self)->parent);
    KR_CLEAR(ts, ((KrGrouper *)self)->tgtkey);
    return 0;
}

static void grouper_dealloc(KrThread *ts, KrObject *self) {
    grouper_clear(ts, self);
    kr_object_free(ts, self);
}

static KrObject *grouper_next_guarded(KrThread *ts, KrObject *self) {
    // A grouper cleared by the collector has no parent left.
    return ((KrGrouper *)self)->parent ? grouper_next(ts, self) : NULL;
}

KrType kr_itertools_grouper_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools._grouper",
    .basicsize = sizeof(KrGrouper),
    .flags = KR_TYPE_GC,
    .dealloc = grouper_dealloc,
    .traverse = grouper_traverse,
    .clear = grouper_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = grouper_next_guarded,
};

// ---- tee --------------------------------------------------------------------------

// The items read from the shared iterator sit in a linked chain of blocks;
// every _tee walks the chain at its own pace and the blocks behind the
// slowest one are freed by reference counting.
#define KR_TEE_CELLS 57

typedef struct KrTeeData {
    KrObject base;
    KrObject *it;
    int numread;
    bool running;          // guards against re-entering the shared iterator
    KrObject *nextlink;    // the next block, made on demand
    KrObject *values[KR_TEE_CELLS];
} KrTeeData;

typedef struct KrTee {
    KrObject base;
    KrObject *dataobj;
    int index;
} KrTee;

static KrObject *teedata_make(KrThread *ts, KrObject *it) {
    KrTeeData *d = (KrTeeData *)kr_object_alloc(ts, &kr_itertools_teedata_type, sizeof(KrTeeData));
    if (d) {
        d->it = KR_INCREF(it);
    }
    return (KrObject *)d;
}

static void teedata_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrTeeData *d = (KrTeeData *)self;
    kr_modsupport_visit(ts, d->it, visit, arg);
    for (int i = 0; i < d->numread; i++) {
        kr_modsupport_visit(ts, d->values[i], visit, arg);
    }
    kr_modsupport_visit(ts, d->nextlink, visit, arg);
}

static int teedata_clear(KrThread *ts, KrObject *self) {
    KrTeeData *d = (KrTeeData *)self;
    KR_CLEAR(ts, d->it);
    int n = d->numread;
    d->numread = 0;
    for (int i = 0; i < n; i++) {
        KR_CLEAR(ts, d->values[i]);
    }
    KR_CLEAR(ts, d->nextlink);
    return 0;
}

static void teedata_dealloc(KrThread *ts, KrObject *self) {
    teedata_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_itertools_teedata_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(KrTeeData),
    .flags = KR_TYPE_GC,
    .doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
    .dealloc = teedata_dealloc,
    .traverse = teedata_traverse,
    .clear = teedata_clear,
};

static KrObject *tee_from_data(KrThread *ts, KrObject *dataobj, int index) {
    KrTee *t = (KrTee *)kr_object_alloc(ts, &kr_itertools_tee_type, sizeof(KrTee));
    if (t) {
        t->dataobj = KR_INCREF(dataobj);
        t->index = index;
    }
    return (KrObject *)t;
}

// A _tee over `iterable`: a copy when its iterator already is a _tee.
static KrObject *tee_from_iterable(KrThread *ts, KrObject *iterable) {
    KrObject *it = kr_iter(ts, iterable);
    if (!it) {
        return NULL;
    }
    KrObject *r;
    if (KR_TYPE(it) == &kr_itertools_tee_type) {
        r = tee_from_data(ts, ((KrTee *)it)->dataobj, ((KrTee *)it)->index);
    } else {
        KrObject *d = teedata_make(ts, it);
        r = d ? tee_from_data(ts, d, 0) : NULL;
        KR_XDECREF(ts, d);
    }
    KR_DECREF(ts, it);
    return r;
}

static KrObject *tee_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    if (kr_modsupport_no_kwargs(ts, "_tee", kwnames) < 0 || kr_modsupport_nargs(ts, "_tee", nargs, 1, 1) < 0) {
        return NULL;
    }
    return tee_from_iterable(ts, args[0]);
}

static KrObject *tee_next(KrThread *ts, KrObject *self) {
    KrTee *t = (KrTee *)self;
    KrTeeData *d = (KrTeeData *)t->dataobj;
    if (!d) {
        return NULL;
    }
    if (t->index >= KR_TEE_CELLS) {
        if (!d->nextlink && !(d->nextlink = teedata_make(ts, d->it))) {
            return NULL;
        }
        KrObject *link = KR_INCREF(d->nextlink);
        KR_SETREF(ts, t->dataobj, link);
        d = (KrTeeData *)link;
        t->index = 0;
    }
    if (t->index < d->numread) {
        return KR_INCREF(d->values[t->index++]);
    }
    // This tee leads: fetch a new item from the shared iterator.
    if (d->running) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot re-enter the tee iterator");
        return NULL;
    }
    if (!d->it) {
        return NULL;
    }
    d->running = true;
    KrObject *value = kr_next(ts, d->it);
    d->running = false;
    if (!value) {
        return NULL;
    }
    d->values[d->numread++] = value;
    t->index++;
    return KR_INCREF(value);
}

static KrObject *tee_copy(KrThread *ts, KrObject *self) {
    KrTee *t = (KrTee *)self;
    return tee_from_data(ts, t->dataobj, t->index);
}

static void tee_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrTee *)self)->dataobj, visit, arg);
}

static int tee_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrTee *)self)->dataobj);
    return 0;
}

static void tee_dealloc(KrThread *ts, KrObject *self) {
    tee_clear(ts, self);
    kr_object_free(ts, self);
}

static const KrMethodDef tee_methods[] = {
    {"__copy__", (void *)tee_copy, KR_METH_NOARGS, false, false, "Returns an independent iterator."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_itertools_tee_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools._tee",
    .basicsize = sizeof(KrTee),
    .flags = KR_TYPE_GC,
    .doc = "Iterator wrapped to make it copyable.",
    .dealloc = tee_dealloc,
    .traverse = tee_traverse,
    .clear = tee_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = tee_next,
    .new_ = tee_new,
    .methods = tee_methods,
};

KrObject *kr_itertools_group_tee(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "itertools.tee", kwnames) < 0 || kr_modsupport_nargs(ts, "tee", nargs, 1, 2) < 0) {
        return NULL;
    }
    intptr_t n = 2;
    if (nargs == 2) {
        n = kr_slice_ssize_arg(ts, args[1]);
        if (n == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    if (n < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "n must be >= 0");
        return NULL;
    }
    KrObject *result = kr_tuple_new(ts, n);
    if (!result || n == 0) {
        return result;
    }
    for (intptr_t i = 0; i < n; i++) {
        KR_TUPLE_SET(result, i, KR_INCREF(KR_NONE));
    }
    KrObject *copyfunc = NULL, *name = NULL;
    KrObject *it = kr_iter(ts, args[0]);
    if (!it || !(name = kr_str_intern_cstr(ts, "__copy__"))) {
        goto error;
    }
    // An iterator with __copy__ is copied as it is; others get wrapped in a _tee.
    copyfunc = kr_getattr_opt(ts, it, name);
    if (!copyfunc) {
        if (kr_err_occurred(ts)) {
            goto error;
        }
        KrObject *wrapped = tee_from_iterable(ts, it);
        if (!wrapped) {
            goto error;
        }
        KR_SETREF(ts, it, wrapped);
        if (!(copyfunc = kr_getattr(ts, it, name))) {
            goto error;
        }
    }
    KR_SETREF(ts, KR_TUPLE_ITEMS(result)[0], it);
    it = NULL;
    for (intptr_t i = 1; i < n; i++) {
        KrObject *c = kr_call0(ts, copyfunc);
        if (!c) {
            goto error;
        }
        KR_SETREF(ts, KR_TUPLE_ITEMS(result)[i], c);
    }
    KR_DECREF(ts, copyfunc);
    KR_DECREF(ts, name);
    return result;
error:
    KR_XDECREF(ts, copyfunc);
    KR_XDECREF(ts, name);
    KR_XDECREF(ts, it);
    KR_DECREF(ts, result);
    return NULL;
}
