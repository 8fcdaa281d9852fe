// SPDX-License-Identifier: MIT
// The math module's integer functions: factorial, gcd, lcm, comb, perm, isqrt.
#include <math.h>

#include "mathmodule.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../vm/vm.h"

// The product lo * (lo+step) * ... up to hi (1 when lo > hi), by binary
// splitting so the big multiplications pair operands of similar size.
static KrObject *range_product(KrThread *ts, uint64_t lo, uint64_t hi, uint64_t step) {
    if (lo > hi) {
        return kr_int_from_i64(ts, 1);
    }
    uint64_t terms = (hi - lo) / step + 1;
    if (terms <= 16) {
        // Machine words while they hold the product, then one big multiply per overflow.
        uint64_t acc = 1;
        KrObject *result = NULL;
        for (uint64_t i = 0, v = lo; i < terms; i++, v += step) {
            uint64_t next;
            if (!__builtin_mul_overflow(acc, v, &next)) {
                acc = next;
                continue;
            }
            KrObject *a = kr_int_from_u64(ts, acc);
            KrObject *r = a ? (result ? kr_int_mul(ts, result, a) : KR_INCREF(a)) : NULL;
            KR_XDECREF(ts, a);
            KR_XDECREF(ts, result);
            if (!(result = r)) {
                return NULL;
            }
            acc = v;
        }
        KrObject *a = kr_int_from_u64(ts, acc);
        if (!a || !result) {
            KR_XDECREF(ts, result);
            return a;
        }
        KrObject *r = kr_int_mul(ts, result, a);
        KR_DECREF(ts, a);
        KR_DECREF(ts, result);
        return r;
    }
    uint64_t mid = lo + (terms / 2 - 1) * step;
    KrObject *left = range_product(ts, lo, mid, step);
    KrObject *right = left ? range_product(ts, mid + step, hi, step) : NULL;
    KrObject *r = right ? kr_int_mul(ts, left, right) : NULL;
    KR_XDECREF(ts, left);
    KR_XDECREF(ts, right);
    return r;
}

// n! from its odd part and a shift: each odd m <= n is the odd part of m,
// 2m, 4m ... <= n, so the odd numbers in (n >> (i+1), n >> i] occur i+1
// times. Multiplying running products of those bands keeps the operands
// small and the power of two costs one shift.
static KrObject *factorial_u64(KrThread *ts, uint64_t n) {
    KrObject *inner = kr_int_from_i64(ts, 1), *outer = inner ? kr_int_from_i64(ts, 1) : NULL;
    int top = 63;
    while (top > 0 && !(n >> top)) {
        top--;
    }
    for (int i = top; outer && i >= 0; i--) {
        uint64_t lo = ((n >> (i + 1)) + 1) | 1, hi = n >> i;
        if (!(hi & 1)) {
            hi = hi ? hi - 1 : 0; // the band's last odd number (none below 1)
        }
        KrObject *band = range_product(ts, lo, hi, 2);
        KrObject *ni = band ? kr_int_mul(ts, inner, band) : NULL;
        KR_XDECREF(ts, band);
        KR_SETREF(ts, inner, ni);
        KrObject *no = inner ? kr_int_mul(ts, outer, inner) : NULL;
        KR_SETREF(ts, outer, no);
    }
    KR_XDECREF(ts, inner);
    if (!outer) {
        return NULL;
    }
    uint64_t twos = n - (uint64_t)__builtin_popcountll(n);
    KrObject *r = kr_int_lshift(ts, outer, (int64_t)twos);
    KR_DECREF(ts, outer);
    return r;
}

// n as an int via __index__ (new reference).
static KrObject *as_index(KrThread *ts, KrObject *o) {
    return kr_number_index(ts, o);
}

static KrObject *factorial_of(KrThread *ts, KrObject *arg) {
    KrObject *n = as_index(ts, arg);
    if (!n) {
        return NULL;
    }
    int ovf;
    int64_t v = kr_int_as_i64(n, &ovf);
    int sign = kr_int_sign(n);
    KR_DECREF(ts, n);
    if (sign < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
        return NULL;
    }
    return factorial_u64(ts, (uint64_t)v);
}

static KrObject *math_factorial(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return factorial_of(ts, arg);
}

// gcd of two non-negative exact ints (Euclid; machine words when they fit).
static KrObject *gcd2(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *x = KR_INCREF(a), *y = KR_INCREF(b);
    for (;;) {
        if (kr_int_fits_i64(x) && kr_int_fits_i64(y)) {
            int ovf;
            uint64_t p = (uint64_t)kr_int_as_i64(x, &ovf), q = (uint64_t)kr_int_as_i64(y, &ovf);
            while (q) {
                uint64_t t = p % q;
                p = q;
                q = t;
            }
            KR_DECREF(ts, x);
            KR_DECREF(ts, y);
            return kr_int_from_u64(ts, p);
        }
        if (kr_int_sign(y) == 0) {
            KR_DECREF(ts, y);
            return x;
        }
        KrObject *r;
        if (kr_int_divmod(ts, x, y, NULL, &r) < 0) {
            KR_DECREF(ts, x);
            KR_DECREF(ts, y);
            return NULL;
        }
        KR_DECREF(ts, x);
        x = y;
        y = r;
    }
}

// |index(o)| as a new reference.
static KrObject *abs_index(KrThread *ts, KrObject *o) {
    KrObject *n = as_index(ts, o);
    if (!n || kr_int_sign(n) >= 0) {
        return n;
    }
    KrObject *r = kr_int_negate(ts, n);
    KR_DECREF(ts, n);
    return r;
}

static KrObject *math_gcd(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "math.gcd", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    KrObject *acc = kr_int_from_i64(ts, 0);
    for (size_t i = 0; acc && i < nargs; i++) {
        KrObject *v = abs_index(ts, args[i]);
        KrObject *g = v ? gcd2(ts, acc, v) : NULL;
        KR_XDECREF(ts, v);
        KR_SETREF(ts, acc, g);
    }
    return acc;
}

static KrObject *math_lcm(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "math.lcm", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    KrObject *acc = kr_int_from_i64(ts, 1);
    for (size_t i = 0; acc && i < nargs; i++) {
        KrObject *v = abs_index(ts, args[i]);
        if (!v) {
            KR_CLEAR(ts, acc);
            break;
        }
        if (kr_int_sign(v) == 0 || kr_int_sign(acc) == 0) {
            // Later arguments are still checked for being integers.
            KR_DECREF(ts, v);
            KR_SETREF(ts, acc, kr_int_from_i64(ts, 0));
            continue;
        }
        KrObject *g = gcd2(ts, acc, v), *q = NULL, *r = NULL;
        if (g && kr_int_divmod(ts, acc, g, &q, NULL) == 0) {
            r = kr_int_mul(ts, q, v);
        }
        KR_XDECREF(ts, g);
        KR_XDECREF(ts, q);
        KR_DECREF(ts, v);
        KR_SETREF(ts, acc, r);
    }
    return acc;
}

// Converts n and k for comb/perm: both non-negative ints (new references).
static int comb_args(KrThread *ts, KrObject *const *args, KrObject **n, KrObject **k) {
    *n = as_index(ts, args[0]);
    *k = *n ? as_index(ts, args[1]) : NULL;
    if (!*k) {
        KR_CLEAR(ts, *n);
        return -1;
    }
    const char *bad = kr_int_sign(*n) < 0 ? "n must be a non-negative integer"
                      : kr_int_sign(*k) < 0 ? "k must be a non-negative integer" : NULL;
    if (bad) {
        kr_err_set_str(ts, &kr_exc_ValueError, bad);
        KR_CLEAR(ts, *n);
        KR_CLEAR(ts, *k);
        return -1;
    }
    return 0;
}

// n * (n-1) * ... * (n-k+1) for a k that fits in a machine word.
static KrObject *falling_product(KrThread *ts, KrObject *n, uint64_t k) {
    if (kr_int_fits_i64(n)) {
        int ovf;
        uint64_t nv = (uint64_t)kr_int_as_i64(n, &ovf);
        return range_product(ts, nv - k + 1, nv, 1);
    }
    KrObject *acc = kr_int_from_i64(ts, 1);
    for (uint64_t i = 0; acc && i < k; i++) {
        KrObject *iv = kr_int_from_u64(ts, i);
        KrObject *f = iv ? kr_int_sub(ts, n, iv) : NULL;
        KR_XDECREF(ts, iv);
        KrObject *r = f ? kr_int_mul(ts, acc, f) : NULL;
        KR_XDECREF(ts, f);
        KR_SETREF(ts, acc, r);
    }
    return acc;
}

static KrObject *math_comb(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_mathmodule_check_args(ts, "math", "comb", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KrObject *n, *k, *result = NULL;
    if (comb_args(ts, args, &n, &k) < 0) {
        return NULL;
    }
    KrObject *nk = kr_int_sub(ts, n, k);
    if (!nk) {
        goto done;
    }
    if (kr_int_sign(nk) < 0) {
        result = kr_int_from_i64(ts, 0);
        goto done;
    }
    KrObject *small = kr_int_compare(nk, k) < 0 ? nk : k;
    if (!kr_int_fits_i64(small)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
        goto done;
    }
    int ovf;
    uint64_t kv = (uint64_t)kr_int_as_i64(small, &ovf);
    KrObject *num = falling_product(ts, n, kv);
    KrObject *den = num ? factorial_u64(ts, kv) : NULL;
    if (den) {
        kr_int_divmod(ts, num, den, &result, NULL);
    }
    KR_XDECREF(ts, num);
    KR_XDECREF(ts, den);
done:
    KR_XDECREF(ts, nk);
    KR_DECREF(ts, n);
    KR_DECREF(ts, k);
    return result;
}

static KrObject *math_perm(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_mathmodule_check_args(ts, "math", "perm", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1 || args[1] == KR_NONE) {
        return factorial_of(ts, args[0]);
    }
    KrObject *n, *k, *result = NULL;
    if (comb_args(ts, args, &n, &k) < 0) {
        return NULL;
    }
    if (kr_int_compare(k, n) > 0) {
        result = kr_int_from_i64(ts, 0);
    } else if (!kr_int_fits_i64(k)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "k must not exceed 9223372036854775807");
    } else {
        int ovf;
        result = falling_product(ts, n, (uint64_t)kr_int_as_i64(k, &ovf));
    }
    KR_DECREF(ts, n);
    KR_DECREF(ts, k);
    return result;
}

// Newton's iteration from above on exact ints: floor(sqrt(n)).
static KrObject *big_isqrt(KrThread *ts, KrObject *n) {
    KrObject *one = kr_int_from_i64(ts, 1);
    KrObject *x = one ? kr_int_lshift(ts, one, (kr_int_bit_length(n) + 1) / 2) : NULL;
    while (x) {
        KrObject *q = NULL, *s = NULL, *y = NULL;
        if (kr_int_divmod(ts, n, x, &q, NULL) == 0 && (s = kr_int_add(ts, x, q)) != NULL) {
            y = kr_binop(ts, s, one, KR_BINOP_RSHIFT);
        }
        KR_XDECREF(ts, q);
        KR_XDECREF(ts, s);
        if (!y) {
            KR_CLEAR(ts, x);
            break;
        }
        if (kr_int_compare(y, x) >= 0) {
            KR_DECREF(ts, y);
            break;
        }
        KR_SETREF(ts, x, y);
    }
    KR_XDECREF(ts, one);
    return x;
}

static KrObject *math_isqrt(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    KrObject *n = as_index(ts, arg);
    if (!n) {
        return NULL;
    }
    if (kr_int_sign(n) < 0) {
        KR_DECREF(ts, n);
        kr_err_set_str(ts, &kr_exc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    if (!kr_int_fits_i64(n)) {
        KrObject *r = big_isqrt(ts, n);
        KR_DECREF(ts, n);
        return r;
    }
    int ovf;
    uint64_t v = (uint64_t)kr_int_as_i64(n, &ovf);
    KR_DECREF(ts, n);
    uint64_t r = (uint64_t)sqrt((double)v);
    while (r > 0 && (r > UINT32_MAX || r * r > v)) {
        r--;
    }
    while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= v) {
        r++;
    }
    return kr_int_from_u64(ts, r);
}

const KrMethodDef kr_math_int_functions[] = {
    {"comb", math_comb, KR_METH_VARARGS, false, false, "Number of ways to choose k items from n items without repetition and without order."},
    {"factorial", math_factorial, KR_METH_O, false, false, "Find n!."},
    {"gcd", math_gcd, KR_METH_VARARGS, false, false, "Greatest Common Divisor."},
    {"isqrt", math_isqrt, KR_METH_O, false, false, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, KR_METH_VARARGS, false, false, "Least Common Multiple."},
    {"perm", math_perm, KR_METH_VARARGS, false, false, "Number of ways to choose k items from n items without repetition and with order."},
    {NULL, NULL, 0, false, false, NULL},
};
