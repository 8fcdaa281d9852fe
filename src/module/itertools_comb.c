// SPDX-License-Identifier: MIT
// itertools: product, permutations, combinations and combinations_with_replacement.
#include "itertools.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"

// One layout for the four: the pool(s) as tuples and an index vector that
// the next() of each type advances in its own order.
typedef struct KrComb {
    KrObject base;
    KrObject *pool;     // tuple of items; product: tuple of tuples (one per position)
    intptr_t *indices;  // r entries (permutations: n)
    intptr_t *cycles;   // permutations only: r entries
    intptr_t n;         // len(pool) (product: unused)
    intptr_t r;
    bool started;
    bool stopped;
} KrComb;

static void comb_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrComb *)self)->pool, visit, arg);
}

static int comb_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrComb *)self)->pool);
    ((KrComb *)self)->stopped = true;
    return 0;
}

static void comb_dealloc(KrThread *ts, KrObject *self) {
    KrComb *c = (KrComb *)self;
    comb_clear(ts, self);
    if (c->indices) {
        kr_mem_free(ts, c->indices);
    }
    if (c->cycles) {
        kr_mem_free(ts, c->cycles);
    }
    kr_object_free(ts, self);
}

// An instance over `pool` (stolen) with room for `nindices` indices (zeroed).
static KrComb *comb_alloc(KrThread *ts, KrType *type, KrObject *pool, intptr_t nindices) {
    KrComb *c = (KrComb *)kr_object_alloc(ts, type, type->basicsize);
    if (!c) {
        KR_DECREF(ts, pool);
        return NULL;
    }
    c->pool = pool;
    if (!(c->indices = kr_mem_alloc(ts, (size_t)(nindices + 1) * sizeof(intptr_t)))) {
        KR_DECREF(ts, c);
        return NULL;
    }
    for (intptr_t i = 0; i < nindices; i++) {
        c->indices[i] = 0;
    }
    return c;
}

// The tuple of pool[indices[i]] for i < r.
static KrObject *comb_result(KrThread *ts, KrComb *c) {
    KrObject *t = kr_tuple_new(ts, c->r);
    for (intptr_t i = 0; t && i < c->r; i++) {
        KR_TUPLE_SET(t, i, KR_INCREF(KR_TUPLE_GET(c->pool, c->indices[i])));
    }
    return t;
}

// The next() of permutations and the combinations: the first result as
// the indices start, then each after `advance` moves them (false: done).
static KrObject *comb_step(KrThread *ts, KrObject *self, bool (*advance)(KrComb *c)) {
    KrComb *c = (KrComb *)self;
    if (c->stopped) {
        return NULL;
    }
    if (c->started && !advance(c)) {
        c->stopped = true;
        return NULL;
    }
    c->started = true;
    return comb_result(ts, c);
}

// The pool argument and r (None or missing: len(pool) when `r_default`).
static int comb_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                     bool r_optional, KrObject **pool, intptr_t *r) {
    static const char *const names[] = {"iterable", "r", NULL};
    KrObject *argv[2];
    if (kr_modsupport_parse_old(ts, fname, args, nargs, kwnames, names, r_optional ? 1 : 2, argv) < 0) {
        return -1;
    }
    if (argv[1] && argv[1] != KR_NONE && r_optional && !kr_int_check(argv[1])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Expected int as r");
        return -1;
    }
    *r = -1;
    if (argv[1] && (argv[1] != KR_NONE || !r_optional)) {
        *r = kr_slice_ssize_arg(ts, argv[1]);
        if (*r == -1 && kr_err_occurred(ts)) {
            return -1;
        }
        if (*r < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "r must be non-negative");
            return -1;
        }
    }
    if (!(*pool = kr_tuple_from_iterable(ts, argv[0]))) {
        return -1;
    }
    if (*r == -1) {
        *r = KR_TUPLE_SIZE(*pool);
    }
    return 0;
}

// ---- product --------------------------------------------------------------------

static KrObject *product_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t repeat = 1;
    for (intptr_t k = 0; kwnames && k < KR_TUPLE_SIZE(kwnames); k++) {
        KrObject *kn = KR_TUPLE_GET(kwnames, k);
        if (!kr_str_equal_cstr(kn, "repeat")) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for product()", kn);
            return NULL;
        }
        repeat = kr_slice_ssize_arg(ts, args[nargs + (size_t)k]);
        if (repeat == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (repeat < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "repeat argument cannot be negative");
            return NULL;
        }
    }
    if (repeat && (intptr_t)nargs > INTPTR_MAX / (intptr_t)sizeof(KrObject *) / repeat) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    intptr_t npools = (intptr_t)nargs * repeat;
    KrObject *pools = kr_tuple_new(ts, npools);
    if (!pools) {
        return NULL;
    }
    for (intptr_t i = 0; i < npools; i++) {
        KR_TUPLE_SET(pools, i, KR_INCREF(KR_NONE));
    }
    for (size_t i = 0; i < nargs; i++) {
        KrObject *t = kr_tuple_from_iterable(ts, args[i]);
        if (!t) {
            KR_DECREF(ts, pools);
            return NULL;
        }
        for (intptr_t j = 0; j < repeat; j++) {
            KR_SETREF(ts, KR_TUPLE_ITEMS(pools)[(intptr_t)i + j * (intptr_t)nargs], KR_INCREF(t));
        }
        KR_DECREF(ts, t);
    }
    KrComb *c = comb_alloc(ts, type, pools, npools);
    if (c) {
        c->r = npools;
    }
    return (KrObject *)c;
}

static KrObject *product_next(KrThread *ts, KrObject *self) {
    KrComb *c = (KrComb *)self;
    if (c->stopped) {
        return NULL;
    }
    if (!c->started) {
        c->started = true;
        for (intptr_t i = 0; i < c->r; i++) {
            if (KR_TUPLE_SIZE(KR_TUPLE_GET(c->pool, i)) == 0) {
                c->stopped = true;
                return NULL;
            }
        }
    } else {
        // Odometer: bump the rightmost index, carrying to the left.
        intptr_t i = c->r - 1;
        for (; i >= 0; i--) {
            if (++c->indices[i] < KR_TUPLE_SIZE(KR_TUPLE_GET(c->pool, i))) {
                break;
            }
            c->indices[i] = 0;
        }
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
    }
    KrObject *t = kr_tuple_new(ts, c->r);
    for (intptr_t i = 0; t && i < c->r; i++) {
        KR_TUPLE_SET(t, i, KR_INCREF(KR_TUPLE_GET(KR_TUPLE_GET(c->pool, i), c->indices[i])));
    }
    return t;
}

// ---- permutations -----------------------------------------------------------------

// Parses (iterable, r) and makes the instance, with n = len(pool) and room
// for max(n, r) indices.
static KrComb *comb_create(KrThread *ts, KrType *type, const char *fname, KrObject *const *args, size_t nargs,
                           KrObject *kwnames, bool r_optional) {
    KrObject *pool;
    intptr_t r;
    if (comb_args(ts, fname, args, nargs, kwnames, r_optional, &pool, &r) < 0) {
        return NULL;
    }
    intptr_t n = KR_TUPLE_SIZE(pool);
    KrComb *c = comb_alloc(ts, type, pool, n > r ? n : r);
    if (c) {
        c->n = n;
        c->r = r;
        c->stopped = r > n;
    }
    return c;
}

static KrObject *permutations_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    KrComb *c = comb_create(ts, type, "permutations", args, nargs, kwnames, true);
    if (!c) {
        return NULL;
    }
    if (!(c->cycles = kr_mem_alloc(ts, (size_t)(c->r + 1) * sizeof(intptr_t)))) {
        KR_DECREF(ts, c);
        return NULL;
    }
    for (intptr_t i = 0; i < c->n; i++) {
        c->indices[i] = i;
    }
    for (intptr_t i = 0; i < c->r && i < c->n; i++) {
        c->cycles[i] = c->n - i;
    }
    return (KrObject *)c;
}

static bool permutations_advance(KrComb *c) {
    intptr_t n = c->n, r = c->r, *ix = c->indices, *cy = c->cycles;
    if (n == 0) {
        return false;
    }
    for (intptr_t i = r - 1; i >= 0; i--) {
        if (--cy[i] == 0) {
            // Rotate indices[i:] left by one.
            intptr_t first = ix[i];
            for (intptr_t j = i; j < n - 1; j++) {
                ix[j] = ix[j + 1];
            }
            ix[n - 1] = first;
            cy[i] = n - i;
        } else {
            intptr_t j = cy[i];
            intptr_t tmp = ix[i];
            ix[i] = ix[n - j];
            ix[n - j] = tmp;
            return true;
        }
    }
    return false;
}

// ---- combinations -----------------------------------------------------------------

static KrObject *combinations_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    KrComb *c = comb_create(ts, type, "combinations", args, nargs, kwnames, false);
    for (intptr_t i = 0; c && i < c->r; i++) {
        c->indices[i] = i;
    }
    return (KrObject *)c;
}

static bool combinations_advance(KrComb *c) {
    intptr_t n = c->n, r = c->r, *ix = c->indices;
    intptr_t i = r - 1;
    while (i >= 0 && ix[i] == i + n - r) {
        i--;
    }
    if (i < 0) {
        return false;
    }
    ix[i]++;
    for (intptr_t j = i + 1; j < r; j++) {
        ix[j] = ix[j - 1] + 1;
    }
    return true;
}

// ---- combinations_with_replacement ------------------------------------------------

static KrObject *cwr_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrComb *c = comb_create(ts, type, "combinations_with_replacement", args, nargs, kwnames, false);
    if (c) {
        // Repeats allowed: only an empty pool stops a non-empty r.
        c->stopped = c->n == 0 && c->r > 0;
    }
    return (KrObject *)c;
}

static bool cwr_advance(KrComb *c) {
    intptr_t n = c->n, r = c->r, *ix = c->indices;
    intptr_t i = r - 1;
    while (i >= 0 && ix[i] == n - 1) {
        i--;
    }
    if (i < 0) {
        return false;
    }
    intptr_t v = ix[i] + 1;
    for (intptr_t j = i; j < r; j++) {
        ix[j] = v;
    }
    return true;
}

static KrObject *permutations_next(KrThread *ts, KrObject *self) {
    return comb_step(ts, self, permutations_advance);
}

static KrObject *combinations_next(KrThread *ts, KrObject *self) {
    return comb_step(ts, self, combinations_advance);
}

static KrObject *cwr_next(KrThread *ts, KrObject *self) {
    return comb_step(ts, self, cwr_advance);
}

#define KR_COMB_TYPE(cname, pyname, docstr)                                                                        \
    KrType kr_itertools_##cname##_type = {                                                                        \
        .base = KR_STATIC_HEAD(&kr_type_type),                                                                    \
        .name = "itertools." #pyname,                                                                             \
        .basicsize = sizeof(KrComb),                                                                              \
        .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,                                                                   \
        .doc = docstr,                                                                                            \
        .dealloc = comb_dealloc,                                                                                  \
        .traverse = comb_traverse,                                                                                \
        .clear = comb_clear,                                                                                      \
        .iter = kr_modsupport_self_iter,                                                                          \
        .iternext = cname##_next,                                                                                 \
        .new_ = cname##_new,                                                                                      \
    };

KR_COMB_TYPE(product, product,
             "product(*iterables, repeat=1) --> product object\n\n"
             "Cartesian product of input iterables.  Equivalent to nested for-loops.")
KR_COMB_TYPE(permutations, permutations,
             "Return successive r-length permutations of elements in the iterable.\n\n"
             "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)")
KR_COMB_TYPE(combinations, combinations,
             "Return successive r-length combinations of elements in the iterable.\n\n"
             "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)")
KR_COMB_TYPE(cwr, combinations_with_replacement,
             "Return successive r-length combinations of elements in the iterable allowing individual elements to "
             "have successive repeats.\n\n"
             "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), "
             "('C','C')")
