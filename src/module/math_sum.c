// SPDX-License-Identifier: MIT
// The math module's functions over many values: fsum, prod, hypot, dist.
#include <float.h>
#include <math.h>

#include "mathmodule.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../vm/vm.h"

// ---- fsum: Shewchuk's exact summation ---------------------------------------

// The running sum is kept as non-overlapping partials, smallest first, whose
// exact sum is the exact sum of the inputs so far; the result is that sum
// rounded once (half-even) to a double.
typedef struct Partials {
    double *p;
    size_t n, cap;
} Partials;

static int partials_add(KrThread *ts, Partials *ps, double x) {
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
            ps->p[i++] = lo;
        }
        x = hi;
    }
    ps->n = i;
    if (x == 0.0) {
        return 0;
    }
    if (ps->n == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 32;
        double *np = kr_mem_realloc(ts, ps->p, cap * sizeof(double));
        if (!np) {
            return -1;
        }
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

// The partials' exact sum, correctly rounded.
static double partials_round(const Partials *ps) {
    size_t n = ps->n;
    if (n == 0) {
        return 0.0;
    }
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
            break;
        }
    }
    // Half-way cases: the next partial says which way the tie really goes.
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) {
            hi = x;
        }
    }
    return hi;
}

static KrObject *math_fsum(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    KrObject *it = kr_iter(ts, arg);
    if (!it) {
        return NULL;
    }
    Partials ps = {NULL, 0, 0};
    double special = 0.0, inf_sum = 0.0;
    KrObject *item, *result = NULL;
    while ((item = kr_next(ts, it)) != NULL) {
        double x;
        int rc = kr_mathmodule_as_double(ts, item, &x);
        KR_DECREF(ts, item);
        if (rc < 0) {
            goto done;
        }
        if (!isfinite(x)) {
            // Infinities and NaNs are summed apart, as IEEE would.
            if (isinf(x)) {
                inf_sum += x;
            }
            special += x;
            ps.n = 0;
            continue;
        }
        if (partials_add(ts, &ps, x) < 0) {
            goto done;
        }
        if (ps.n > 0 && !isfinite(ps.p[ps.n - 1])) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "intermediate overflow in fsum");
            goto done;
        }
    }
    if (kr_err_occurred(ts)) {
        goto done;
    }
    if (special != 0.0 || isnan(special)) {
        if (isnan(inf_sum)) {
            kr_err_set_str(ts, &kr_exc_ValueError, "-inf + inf in fsum");
            goto done;
        }
        result = kr_float_from_double(ts, special);
        goto done;
    }
    result = kr_float_from_double(ts, partials_round(&ps));
done:
    kr_mem_free(ts, ps.p);
    KR_DECREF(ts, it);
    return result;
}

// math.prod(iterable, /, *, start=1)
static KrObject *math_prod(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    static const char *const names[] = {"", "start", NULL};
    KrObject *o[2] = {NULL, NULL};
    if (kr_mathmodule_check_keywords(ts, "prod", kwnames, names + 1) < 0 || kr_parse_args(ts, "prod", args, nargs, kwnames, names, 1, 1, 1, o) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, o[0]);
    if (!it) {
        return NULL;
    }
    KrObject *acc = o[1] ? KR_INCREF(o[1]) : kr_int_from_i64(ts, 1);
    KrObject *item;
    while (acc && (item = kr_next(ts, it)) != NULL) {
        KrObject *r = kr_binop(ts, acc, item, KR_BINOP_MULTIPLY);
        KR_DECREF(ts, item);
        KR_SETREF(ts, acc, r);
    }
    if (acc && kr_err_occurred(ts)) {
        KR_CLEAR(ts, acc);
    }
    KR_DECREF(ts, it);
    return acc;
}

// ---- hypot and dist -----------------------------------------------------------

// Neumaier's compensated addition of x to (*sum, *comp).
static void add_compensated(double *sum, double *comp, double x) {
    double t = *sum + x;
    *comp += fabs(*sum) >= fabs(x) ? (*sum - t) + x : (x - t) + *sum;
    *sum = t;
}

// The Euclidean norm of n non-negative values whose largest is `max`, as
// accurately as double arithmetic allows: the values are scaled by a power of
// two near 1/max, their squares are formed exactly (fma) and summed with
// compensation, and the square root gets one Newton correction.
static double vector_norm(double *v, size_t n, double max, bool found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int e;
    frexp(max, &e);
    if (e < DBL_MIN_EXP) {
        // Subnormal inputs: scale them into the normal range first.
        for (size_t i = 0; i < n; i++) {
            v[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(v, n, max / DBL_MIN, false);
    }
    double scale = ldexp(1.0, -e);
    double sum = 1.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double hi = x * x;
        add_compensated(&sum, &comp, hi);
        add_compensated(&sum, &comp, fma(x, x, -hi));
    }
    double s = (sum - 1.0) + comp;
    double h = sqrt(s);
    double hh = h * h;
    double residual = ((sum - 1.0) - hh) + (comp - fma(h, h, -hh));
    h += residual / (2.0 * h);
    return h / scale;
}

static KrObject *math_hypot(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "math.hypot", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    double stack[16];
    double *v = nargs <= 16 ? stack : kr_mem_alloc(ts, nargs * sizeof(double));
    if (!v) {
        return NULL;
    }
    double max = 0.0;
    bool found_nan = false;
    KrObject *r = NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (kr_mathmodule_as_double(ts, args[i], &x) < 0) {
            goto done;
        }
        v[i] = fabs(x);
        found_nan |= isnan(x);
        if (v[i] > max) {
            max = v[i];
        }
    }
    r = kr_float_from_double(ts, vector_norm(v, nargs, max, found_nan));
done:
    if (v != stack) {
        kr_mem_free(ts, v);
    }
    return r;
}

static KrObject *math_dist(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_mathmodule_check_args(ts, "math", "dist", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KrObject *p = kr_tuple_from_iterable(ts, args[0]);
    KrObject *q = p ? kr_tuple_from_iterable(ts, args[1]) : NULL;
    double *v = NULL;
    KrObject *r = NULL;
    if (!q) {
        goto done;
    }
    size_t n = (size_t)KR_TUPLE_SIZE(p);
    if ((size_t)KR_TUPLE_SIZE(q) != n) {
        kr_err_set_str(ts, &kr_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (!(v = kr_mem_alloc(ts, (n ? n : 1) * sizeof(double)))) {
        goto done;
    }
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (kr_mathmodule_as_double(ts, KR_TUPLE_GET(p, i), &a) < 0 ||
            kr_mathmodule_as_double(ts, KR_TUPLE_GET(q, i), &b) < 0) {
            goto done;
        }
        v[i] = fabs(a - b);
        found_nan |= isnan(v[i]);
        if (v[i] > max) {
            max = v[i];
        }
    }
    r = kr_float_from_double(ts, vector_norm(v, n, max, found_nan));
done:
    kr_mem_free(ts, v);
    KR_XDECREF(ts, p);
    KR_XDECREF(ts, q);
    return r;
}

const KrMethodDef kr_math_sum_functions[] = {
    {"dist", math_dist, KR_METH_VARARGS, false, false, "Return the Euclidean distance between two points p and q."},
    {"fsum", math_fsum, KR_METH_O, false, false, "Return an accurate floating point sum of values in the iterable seq."},
    {"hypot", math_hypot, KR_METH_VARARGS, false, false, "Multidimensional Euclidean distance from the origin to a point."},
    {"prod", math_prod, KR_METH_VARARGS, false, false, "Calculate the product of all the elements in the input iterable."},
    {NULL, NULL, 0, false, false, NULL},
};
