// SPDX-License-Identifier: MIT
// The itertools module: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse and starmap; the module table.
#include "itertools.h"

#include "../object/containers.h"
#include "../object/float.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// ---- count ------------------------------------------------------------------

// While `fast`, the counter is the machine integer `n` and the step is 1;
// otherwise `cnt` holds the next value and each step adds `step`.
typedef struct KrCount {
    KrObject base;
    bool fast;
    int64_t n;
    KrObject *cnt;
    KrObject *step;
} KrCount;

// CPython's PyNumber_Check: what count() accepts as start and step.
static bool is_number(KrObject *o) {
    KrType *t = KR_TYPE(o);
    return t->nb_index || t->nb_int || t->nb_float || kr_isinstance_type(o, &kr_complex_type);
}

static bool is_int_one(KrObject *o) {
    int ovf;
    return kr_int_check(o) && kr_int_as_i64(o, &ovf) == 1 && !ovf;
}

static KrObject *count_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"start", "step", NULL};
    KrObject *argv[2];
    if (kr_modsupport_parse_old(ts, "count", args, nargs, kwnames, names, 0, argv) < 0) {
        return NULL;
    }
    if ((argv[0] && !is_number(argv[0])) || (argv[1] && !is_number(argv[1]))) {
        kr_err_set_str(ts, &kr_exc_TypeError, "a number is required");
        return NULL;
    }
    KrCount *c = (KrCount *)kr_object_alloc(ts, type, type->basicsize);
    if (!c) {
        return NULL;
    }
    c->step = argv[1] ? KR_INCREF(argv[1]) : kr_int_from_i64(ts, 1);
    if (!c->step) {
        goto error;
    }
    int ovf = 0;
    int64_t v = argv[0] ? (kr_int_check(argv[0]) ? kr_int_as_i64(argv[0], &ovf) : 0) : 0;
    if ((!argv[0] || (kr_int_check(argv[0]) && !ovf && v < INT64_MAX)) && is_int_one(c->step)) {
        c->fast = true;
        c->n = v;
    } else {
        c->cnt = argv[0] ? KR_INCREF(argv[0]) : kr_int_from_i64(ts, 0);
        if (!c->cnt) {
            goto error;
        }
    }
    return (KrObject *)c;
error:
    KR_DECREF(ts, c);
    return NULL;
}

static KrObject *count_next(KrThread *ts, KrObject *self) {
    KrCount *c = (KrCount *)self;
    if (!c->fast && (!c->cnt || !c->step)) {
        return NULL; // cleared by the collector
    }
    if (c->fast) {
        if (c->n < INT64_MAX) {
            return kr_int_from_i64(ts, c->n++);
        }
        // The machine counter is spent: continue with Python ints.
        if (!(c->cnt = kr_int_from_i64(ts, c->n))) {
            return NULL;
        }
        c->fast = false;
    }
    KrObject *next = kr_binop(ts, c->cnt, c->step, KR_BINOP_ADD);
    if (!next) {
        return NULL;
    }
    KrObject *r = c->cnt;
    c->cnt = next;
    return r;
}

static KrObject *count_repr(KrThread *ts, KrObject *self) {
    KrCount *c = (KrCount *)self;
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    if (!c->fast && (!c->cnt || !c->step)) {
        return kr_str_from_format(ts, "%s()", name);
    }
    if (c->fast) {
        return kr_str_from_format(ts, "%s(%lld)", name, (long long)c->n);
    }
    if (is_int_one(c->step)) {
        return kr_str_from_format(ts, "%s(%R)", name, c->cnt);
    }
    return kr_str_from_format(ts, "%s(%R, %R)", name, c->cnt, c->step);
}

static void count_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrCount *c = (KrCount *)self;
    kr_modsupport_visit(ts, c->cnt, visit, arg);
    kr_modsupport_visit(ts, c->step, visit, arg);
}

static int count_clear(KrThread *ts, KrObject *self) {
    KrCount *c = (KrCount *)self;
    KR_CLEAR(ts, c->cnt);
    KR_CLEAR(ts, c->step);
    return 0;
}

static void count_dealloc(KrThread *ts, KrObject *self) {
    count_clear(ts, self);
    kr_object_free(ts, self);
}

// (type, (a,)) or (type, (a, b)): a __reduce__ result (steals a and b; a NULL
// `a` means an earlier failure).
static KrObject *reduce_steal(KrThread *ts, KrObject *self, KrObject *a, KrObject *b) {
    KrObject *args = NULL;
    if (a) {
        args = b ? kr_tuple_pack(ts, 2, a, b) : kr_tuple_pack(ts, 1, a);
    }
    KR_XDECREF(ts, a);
    KR_XDECREF(ts, b);
    if (!args) {
        return NULL;
    }
    KrObject *r = kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), args);
    KR_DECREF(ts, args);
    return r;
}

// (type, (start,)) while counting by machine ints, else (type, (next, step)):
// what copy.copy and pickle use.
static KrObject *count_reduce(KrThread *ts, KrObject *self) {
    KrCount *c = (KrCount *)self;
    if (c->fast) {
        return reduce_steal(ts, self, kr_int_from_i64(ts, c->n), NULL);
    }
    if (!c->cnt || !c->step) {
        return reduce_steal(ts, self, kr_int_from_i64(ts, 0), NULL);
    }
    return reduce_steal(ts, self, KR_INCREF(c->cnt), KR_INCREF(c->step));
}

static const KrMethodDef count_methods[] = {
    {"__reduce__", (void *)count_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_itertools_count_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.count",
    .basicsize = sizeof(KrCount),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Return a count object whose .__next__() method returns consecutive values.",
    .dealloc = count_dealloc,
    .traverse = count_traverse,
    .clear = count_clear,
    .repr = count_repr,
    .iter = kr_modsupport_self_iter,
    .iternext = count_next,
    .new_ = count_new,
    .methods = count_methods,
};

// ---- iterators holding two objects --------------------------------------------
// cycle, compress, dropwhile, takewhile, filterfalse, starmap and accumulate
// share one layout: two references, two more for the stateful ones, and flags.

typedef struct KrIt2 {
    KrObject base;
    KrObject *a;     // the iterator (cycle, compress: data, accumulate) or the function
    KrObject *b;     // the saved list (cycle), selectors (compress) or the iterator
    KrObject *c;     // accumulate: the running total
    KrObject *d;     // accumulate: the initial value not yet produced
    intptr_t index;  // cycle: position in the saved list
    bool done;       // dropwhile: dropping finished; takewhile: stopped
} KrIt2;

static void it2_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrIt2 *z = (KrIt2 *)self;
    kr_modsupport_visit(ts, z->a, visit, arg);
    kr_modsupport_visit(ts, z->b, visit, arg);
    kr_modsupport_visit(ts, z->c, visit, arg);
    kr_modsupport_visit(ts, z->d, visit, arg);
}

static int it2_clear(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    KR_CLEAR(ts, z->a);
    KR_CLEAR(ts, z->b);
    KR_CLEAR(ts, z->c);
    KR_CLEAR(ts, z->d);
    return 0;
}

static void it2_dealloc(KrThread *ts, KrObject *self) {
    it2_clear(ts, self);
    kr_object_free(ts, self);
}

// A new KrIt2 of `type` with a = fa and b = iter(b_iterable) (or b itself when
// !make_iter); both references are new.
static KrObject *it2_make(KrThread *ts, KrType *type, KrObject *fa, KrObject *b, bool make_iter) {
    KrObject *it = make_iter ? kr_iter(ts, b) : KR_INCREF(b);
    if (!it) {
        return NULL;
    }
    KrIt2 *z = (KrIt2 *)kr_object_alloc(ts, type, type->basicsize);
    if (!z) {
        KR_DECREF(ts, it);
        return NULL;
    }
    z->a = fa ? KR_INCREF(fa) : NULL;
    z->b = it;
    return (KrObject *)z;
}

// The constructor of the (function, iterable) iterators: no keywords, two arguments.
static KrObject *func_iter_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames,
                               const char *name) {
    if (kr_modsupport_no_kwargs(ts, name, kwnames) < 0 || kr_modsupport_nargs(ts, name, nargs, 2, 2) < 0) {
        return NULL;
    }
    return it2_make(ts, type, args[0], args[1], true);
}

// False once the collector has cleared a (function, iterator) pair.
static bool it2_live(KrIt2 *z) {
    return z->a && z->b;
}

// ---- cycle ------------------------------------------------------------------------

static KrObject *cycle_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "cycle", kwnames) < 0 || kr_modsupport_nargs(ts, "cycle", nargs, 1, 1) < 0) {
        return NULL;
    }
    KrObject *saved = kr_list_new(ts, 0);
    if (!saved) {
        return NULL;
    }
    KrIt2 *z = (KrIt2 *)it2_make(ts, type, NULL, args[0], true);
    if (!z) {
        KR_DECREF(ts, saved);
        return NULL;
    }
    // a: the source iterator until exhausted; b: the items saved on the first pass.
    z->a = z->b;
    z->b = saved;
    return (KrObject *)z;
}

static KrObject *cycle_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!z->b) {
        return NULL; // cleared by the collector
    }
    if (z->a) {
        KrObject *item = kr_next(ts, z->a);
        if (item) {
            if (kr_list_append(ts, z->b, item) < 0) {
                KR_DECREF(ts, item);
                return NULL;
            }
            return item;
        }
        if (kr_err_occurred(ts)) {
            return NULL;
        }
        KR_CLEAR(ts, z->a);
    }
    intptr_t n = KR_LIST_SIZE(z->b);
    if (n == 0) {
        return NULL;
    }
    if (z->index >= n) {
        z->index = 0;
    }
    return KR_INCREF(KR_LIST_ITEMS(z->b)[z->index++]);
}

KrType kr_itertools_cycle_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.cycle",
    .basicsize = sizeof(KrIt2),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
    .dealloc = it2_dealloc,
    .traverse = it2_traverse,
    .clear = it2_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = cycle_next,
    .new_ = cycle_new,
};

// ---- repeat -----------------------------------------------------------------------

typedef struct KrRepeat {
    KrObject base;
    KrObject *element;
    intptr_t cnt; // -1: forever
} KrRepeat;

static KrObject *repeat_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"object", "times", NULL};
    KrObject *argv[2];
    if (kr_modsupport_parse_old(ts, "repeat", args, nargs, kwnames, names, 1, argv) < 0) {
        return NULL;
    }
    intptr_t cnt = -1;
    if (argv[1]) {
        cnt = kr_slice_ssize_arg(ts, argv[1]);
        if (cnt == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (cnt < 0) {
            cnt = 0;
        }
    }
    KrRepeat *r = (KrRepeat *)kr_object_alloc(ts, type, type->basicsize);
    if (!r) {
        return NULL;
    }
    r->element = KR_INCREF(argv[0]);
    r->cnt = cnt;
    return (KrObject *)r;
}

static KrObject *repeat_next(KrThread *ts, KrObject *self) {
    (void)ts;
    KrRepeat *r = (KrRepeat *)self;
    if (r->cnt == 0 || !r->element) {
        return NULL;
    }
    if (r->cnt > 0) {
        r->cnt--;
    }
    return KR_INCREF(r->element);
}

static KrObject *repeat_repr(KrThread *ts, KrObject *self) {
    KrRepeat *r = (KrRepeat *)self;
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    KrObject *element = r->element ? r->element : KR_NONE;
    if (r->cnt == -1) {
        return kr_str_from_format(ts, "%s(%R)", name, element);
    }
    return kr_str_from_format(ts, "%s(%R, %zd)", name, element, (ptrdiff_t)r->cnt);
}

static KrObject *repeat_length_hint(KrThread *ts, KrObject *self) {
    KrRepeat *r = (KrRepeat *)self;
    if (r->cnt == -1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "len() of unsized object");
        return NULL;
    }
    return kr_int_from_i64(ts, r->cnt);
}

static void repeat_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrRepeat *)self)->element, visit, arg);
}

static int repeat_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrRepeat *)self)->element);
    return 0;
}

static void repeat_dealloc(KrThread *ts, KrObject *self) {
    repeat_clear(ts, self);
    kr_object_free(ts, self);
}

static KrObject *repeat_reduce(KrThread *ts, KrObject *self) {
    KrRepeat *r = (KrRepeat *)self;
    KrObject *element = r->element ? r->element : KR_NONE;
    if (r->cnt == -1) {
        return reduce_steal(ts, self, KR_INCREF(element), NULL);
    }
    KrObject *n = kr_int_from_i64(ts, r->cnt);
    return n ? reduce_steal(ts, self, KR_INCREF(element), n) : NULL;
}

static const KrMethodDef repeat_methods[] = {
    {"__length_hint__", (void *)repeat_length_hint, KR_METH_NOARGS, false, false,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", (void *)repeat_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_itertools_repeat_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.repeat",
    .basicsize = sizeof(KrRepeat),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
           "for the specified number of times.  If not specified, returns the object\nendlessly.",
    .dealloc = repeat_dealloc,
    .traverse = repeat_traverse,
    .clear = repeat_clear,
    .repr = repeat_repr,
    .iter = kr_modsupport_self_iter,
    .iternext = repeat_next,
    .new_ = repeat_new,
    .methods = repeat_methods,
};

// ---- accumulate -------------------------------------------------------------------

static KrObject *accumulate_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    KrObject *argv[3];
    if (nargs > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "accumulate() takes at most 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (kr_modsupport_parse_old(ts, "accumulate", args, nargs, kwnames, names, 1, argv) < 0) {
        return NULL;
    }
    KrIt2 *z = (KrIt2 *)it2_make(ts, type, argv[1] == KR_NONE ? NULL : argv[1], argv[0], true);
    if (z && argv[2] && argv[2] != KR_NONE) {
        z->d = KR_INCREF(argv[2]);
    }
    return (KrObject *)z;
}

static KrObject *accumulate_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!z->b) {
        return NULL; // cleared by the collector
    }
    if (z->d) {
        z->c = z->d;
        z->d = NULL;
        return KR_INCREF(z->c);
    }
    KrObject *val = kr_next(ts, z->b);
    if (!val) {
        return NULL;
    }
    if (!z->c) {
        z->c = val;
        return KR_INCREF(val);
    }
    KrObject *total = z->a ? kr_call2(ts, z->a, z->c, val) : kr_binop(ts, z->c, val, KR_BINOP_ADD);
    KR_DECREF(ts, val);
    if (!total) {
        return NULL;
    }
    KR_SETREF(ts, z->c, total);
    return KR_INCREF(total);
}

KrType kr_itertools_accumulate_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.accumulate",
    .basicsize = sizeof(KrIt2),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Return series of accumulated sums (or other binary function results).",
    .dealloc = it2_dealloc,
    .traverse = it2_traverse,
    .clear = it2_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = accumulate_next,
    .new_ = accumulate_new,
};

// ---- chain ------------------------------------------------------------------------

// a: the active iterator; b: the iterator over the iterables (NULL when done).
static KrObject *chain_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "chain", kwnames) < 0) {
        return NULL;
    }
    KrObject *t = kr_tuple_from_array(ts, args, (intptr_t)nargs);
    if (!t) {
        return NULL;
    }
    KrObject *r = it2_make(ts, type, NULL, t, true);
    KR_DECREF(ts, t);
    return r;
}

static KrObject *chain_from_iterable(KrThread *ts, KrObject *type, KrObject *iterable) {
    return it2_make(ts, (KrType *)type, NULL, iterable, true);
}

static KrObject *chain_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    for (;;) {
        if (!z->a) {
            if (!z->b) {
                return NULL;
            }
            KrObject *iterable = kr_next(ts, z->b);
            if (!iterable) {
                KR_CLEAR(ts, z->b);
                return NULL;
            }
            z->a = kr_iter(ts, iterable);
            KR_DECREF(ts, iterable);
            if (!z->a) {
                KR_CLEAR(ts, z->b);
                return NULL;
            }
        }
        KrObject *item = kr_next(ts, z->a);
        if (item || kr_err_occurred(ts)) {
            return item;
        }
        KR_CLEAR(ts, z->a);
    }
}

static const KrMethodDef chain_methods[] = {
    {"from_iterable", (void *)chain_from_iterable, KR_METH_O, false, true,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_itertools_chain_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.chain",
    .basicsize = sizeof(KrIt2),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Return a chain object whose .__next__() method returns elements from the\n"
           "first iterable until it is exhausted, then elements from the next\n"
           "iterable, until all of the iterables are exhausted.",
    .dealloc = it2_dealloc,
    .traverse = it2_traverse,
    .clear = it2_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = chain_next,
    .new_ = chain_new,
    .methods = chain_methods,
};

// ---- compress -----------------------------------------------------------------

static KrObject *compress_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"data", "selectors", NULL};
    KrObject *argv[2];
    if (kr_modsupport_parse_old(ts, "compress", args, nargs, kwnames, names, 2, argv) < 0) {
        return NULL;
    }
    KrObject *data = kr_iter(ts, argv[0]);
    if (!data) {
        return NULL;
    }
    KrObject *r = it2_make(ts, type, data, argv[1], true);
    KR_DECREF(ts, data);
    return r;
}

static KrObject *compress_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!it2_live(z)) {
        return NULL;
    }
    for (;;) {
        KrObject *d = kr_next(ts, z->a);
        if (!d) {
            return NULL;
        }
        KrObject *s = kr_next(ts, z->b);
        if (!s) {
            KR_DECREF(ts, d);
            return NULL;
        }
        int ok = kr_is_true(ts, s);
        KR_DECREF(ts, s);
        if (ok != 0) {
            if (ok < 0) {
                KR_DECREF(ts, d);
                return NULL;
            }
            return d;
        }
        KR_DECREF(ts, d);
    }
}

KrType kr_itertools_compress_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "itertools.compress",
    .basicsize = sizeof(KrIt2),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Return data elements corresponding to true selector elements.",
    .dealloc = it2_dealloc,
    .traverse = it2_traverse,
    .clear = it2_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = compress_next,
    .new_ = compress_new,
};

// ---- dropwhile, takewhile, filterfalse, starmap ----------------------------------

// The truth of func(item) (or of item when func is None); -1 on error.
static int predicate(KrThread *ts, KrObject *func, KrObject *item) {
    if (func == KR_NONE) {
        return kr_is_true(ts, item);
    }
    KrObject *r = kr_call1(ts, func, item);
    if (!r) {
        return -1;
    }
    int ok = kr_is_true(ts, r);
    KR_DECREF(ts, r);
    return ok;
}

static KrObject *dropwhile_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    return func_iter_new(ts, type, args, nargs, kwnames, "dropwhile");
}

static KrObject *dropwhile_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!it2_live(z)) {
        return NULL;
    }
    for (;;) {
        KrObject *item = kr_next(ts, z->b);
        if (!item || z->done) {
            return item;
        }
        int ok = predicate(ts, z->a, item);
        if (ok <= 0) {
            if (ok == 0) {
                z->done = true;
                return item;
            }
            KR_DECREF(ts, item);
            return NULL;
        }
        KR_DECREF(ts, item);
    }
}

static KrObject *takewhile_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    return func_iter_new(ts, type, args, nargs, kwnames, "takewhile");
}

static KrObject *takewhile_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!it2_live(z)) {
        return NULL;
    }
    if (z->done) {
        return NULL;
    }
    KrObject *item = kr_next(ts, z->b);
    if (!item) {
        return NULL;
    }
    int ok = predicate(ts, z->a, item);
    if (ok > 0) {
        return item;
    }
    KR_DECREF(ts, item);
    if (ok == 0) {
        z->done = true;
    }
    return NULL;
}

static KrObject *filterfalse_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    return func_iter_new(ts, type, args, nargs, kwnames, "filterfalse");
}

static KrObject *filterfalse_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!it2_live(z)) {
        return NULL;
    }
    for (;;) {
        KrObject *item = kr_next(ts, z->b);
        if (!item) {
            return NULL;
        }
        int ok = predicate(ts, z->a, item);
        if (ok <= 0) {
            if (ok == 0) {
                return item;
            }
            KR_DECREF(ts, item);
            return NULL;
        }
        KR_DECREF(ts, item);
    }
}

static KrObject *starmap_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return func_iter_new(ts, type, args, nargs, kwnames, "starmap");
}

static KrObject *starmap_next(KrThread *ts, KrObject *self) {
    KrIt2 *z = (KrIt2 *)self;
    if (!it2_live(z)) {
        return NULL;
    }
    KrObject *item = kr_next(ts, z->b);
    if (!item) {
        return NULL;
    }
    KrObject *t = KR_TYPE(item) == &kr_tuple_type ? item : kr_tuple_from_iterable(ts, item);
    if (t != item) {
        KR_DECREF(ts, item);
        if (!t) {
            return NULL;
        }
    }
    KrObject *r = kr_call(ts, z->a, KR_TUPLE_ITEMS(t), (size_t)KR_TUPLE_SIZE(t), NULL);
    KR_DECREF(ts, t);
    return r;
}

#define KR_FUNC_ITER_TYPE(cname, pyname, docstr)                                                                     \
    KrType kr_itertools_##cname##_type = {                                                                        \
        .base = KR_STATIC_HEAD(&kr_type_type),                                                                    \
        .name = "itertools." #pyname,                                                                             \
        .basicsize = sizeof(KrIt2),                                                                               \
        .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,                                                                   \
        .doc = docstr,                                                                                            \
        .dealloc = it2_dealloc,                                                                                   \
        .traverse = it2_traverse,                                                                                 \
        .clear = it2_clear,                                                                                       \
        .iter = kr_modsupport_self_iter,                                                                          \
        .iternext = cname##_next,                                                                                 \
        .new_ = cname##_new,                                                                                      \
    };

KR_FUNC_ITER_TYPE(dropwhile, dropwhile,
               "Drop items from the iterable while predicate(item) is true.\n\n"
               "Afterwards, return every element until the iterable is exhausted.")
KR_FUNC_ITER_TYPE(takewhile, takewhile, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.")
KR_FUNC_ITER_TYPE(filterfalse, filterfalse,
               "Return those items of iterable for which function(item) is false.\n\n"
               "If function is None, return the items that are false.")
KR_FUNC_ITER_TYPE(starmap, starmap, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.")

// ---- the module -------------------------------------------------------------------

static const KrMethodDef itertools_functions[] = {
    {"tee", (void *)kr_itertools_group_tee, KR_METH_VARARGS, false, false,
     "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_itertools_create(KrThread *ts) {
    static KrType *const types[] = {
        &kr_itertools_accumulate_type, &kr_itertools_combinations_type, &kr_itertools_cwr_type,
        &kr_itertools_cycle_type, &kr_itertools_dropwhile_type, &kr_itertools_takewhile_type,
        &kr_itertools_islice_type, &kr_itertools_starmap_type, &kr_itertools_groupby_type,
        &kr_itertools_grouper_type, &kr_itertools_pairwise_type, &kr_itertools_permutations_type,
        &kr_itertools_product_type, &kr_itertools_repeat_type, &kr_itertools_tee_type,
        &kr_itertools_teedata_type, &kr_itertools_chain_type, &kr_itertools_compress_type,
        &kr_itertools_filterfalse_type, &kr_itertools_count_type, &kr_itertools_zip_longest_type,
        NULL,
    };
    return kr_modsupport_module(ts, "itertools",
                                "Functional tools for creating and using iterators.", itertools_functions, types);
}
