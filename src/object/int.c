// SPDX-License-Identifier: MIT
// int: arbitrary precision integers in 30-bit digits, with an int64 fast path.
#include "int.h"

#include <math.h>
#include <float.h>
#include <string.h>

#include "containers.h"
#include "exc.h"
#include "float.h"
#include "singletons.h"
#include "str.h"
#include "freelist.h"
#include "func.h"
#include "../vm/vm.h"

#define SHIFT KR_INT_SHIFT
#define MASK KR_INT_MASK

typedef uint32_t digit;
typedef uint64_t twodigits;
typedef int64_t stwodigits;

#define ABS_SIZE(v) ((v)->size < 0 ? -(v)->size : (v)->size)
#define AS_INT(o) ((KrInt *)(o))

// The largest digit count we allow: keeps byte sizes and bit counts in range
// on 32-bit targets.
#define MAX_DIGITS ((intptr_t)((INTPTR_MAX / 4 - 64) < (INT64_MAX / SHIFT) ? (INTPTR_MAX / 4 - 64) : (INT64_MAX / SHIFT)))

// ---- allocation and normalisation ----------------------------------------

_Static_assert(offsetof(KrInt, size) == offsetof(KrVarObject, size), "an int is a KrVarObject");

// Every exact int's block holds at least this many digits, so that any freed
// one can be reused from the free list for a value of up to 60 bits.
#define FREE_LIST_DIGITS 2

KrInt *kr_int_alloc(KrThread *ts, intptr_t ndigits) {
    if (ndigits >= 0 && ndigits <= FREE_LIST_DIGITS) {
        KrInt *v = (KrInt *)kr_free_list_pop(ts, &ts->vm->free_ints, &kr_int_type);
        if (v) {
            v->size = ndigits;
            v->digits[0] = v->digits[1] = 0;
            return v;
        }
    }
    if (ndigits < 0 || ndigits > MAX_DIGITS) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    size_t size = offsetof(KrInt, digits) + (size_t)(ndigits > FREE_LIST_DIGITS ? ndigits : FREE_LIST_DIGITS) * sizeof(digit);
    if (size < sizeof(KrInt)) {
        size = sizeof(KrInt);
    }
    KrInt *v = (KrInt *)kr_object_alloc(ts, &kr_int_type, size);
    if (v) {
        v->size = ndigits;
    }
    return v;
}

static KrObject *small_int(KrThread *ts, int64_t v) {
    KrObject *o = ts->vm->small_ints[v - KR_SMALL_INT_MIN];
    return KR_INCREF(o);
}

static bool is_small(KrThread *ts, int64_t v) {
    return v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX && ts->vm->small_ints[0] != NULL;
}

KrObject *kr_int_normalize(KrThread *ts, KrInt *v) {
    intptr_t n = ABS_SIZE(v);
    while (n > 0 && v->digits[n - 1] == 0) {
        n--;
    }
    v->size = v->size < 0 ? -n : n;
    if (n <= 1 && KR_TYPE(v) == &kr_int_type) {
        int64_t x = n == 0 ? 0 : (v->size < 0 ? -(int64_t)v->digits[0] : (int64_t)v->digits[0]);
        if (is_small(ts, x)) {
            KR_DECREF(ts, v);
            return small_int(ts, x);
        }
    }
    return (KrObject *)v;
}

int kr_int_init_cache(KrThread *ts) {
    for (int64_t i = KR_SMALL_INT_MIN; i <= KR_SMALL_INT_MAX; i++) {
        KrInt *v = kr_int_alloc(ts, i == 0 ? 0 : 1);
        if (!v) {
            return -1;
        }
        v->digits[0] = (digit)(i < 0 ? -i : i);
        v->size = i < 0 ? -1 : (i == 0 ? 0 : 1);
        ts->vm->small_ints[i - KR_SMALL_INT_MIN] = (KrObject *)v;
    }
    return 0;
}

// A fresh (uncached) int with magnitude v.
static KrInt *alloc_u64(KrThread *ts, uint64_t v) {
    intptr_t n = 0;
    for (uint64_t t = v; t; t >>= SHIFT) {
        n++;
    }
    KrInt *r = kr_int_alloc(ts, n);
    if (!r) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++, v >>= SHIFT) {
        r->digits[i] = (digit)(v & MASK);
    }
    return r;
}

KrObject *kr_int_from_u64(KrThread *ts, uint64_t v) {
    if (v <= KR_SMALL_INT_MAX && is_small(ts, (int64_t)v)) {
        return small_int(ts, (int64_t)v);
    }
    return (KrObject *)alloc_u64(ts, v);
}

KrObject *kr_int_from_i64(KrThread *ts, int64_t v) {
    if (is_small(ts, v)) {
        return small_int(ts, v);
    }
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    // Values below 2**60 (one or two digits): no digit loop.
    if (mag < ((uint64_t)1 << (2 * SHIFT))) {
        intptr_t n = mag < KR_INT_BASE ? 1 : 2;
        KrInt *r = kr_int_alloc(ts, n);
        if (r) {
            r->digits[0] = (digit)(mag & MASK);
            r->digits[1] = (digit)(mag >> SHIFT);
            r->size = v < 0 ? -n : n;
        }
        return (KrObject *)r;
    }
    KrInt *r = alloc_u64(ts, mag);
    if (r && v < 0) {
        r->size = -r->size;
    }
    return (KrObject *)r;
}

// Copies |src| digits into a fresh exact int with the given sign.
static KrObject *copy_digits(KrThread *ts, const KrInt *src, bool negative) {
    intptr_t n = ABS_SIZE(src);
    KrInt *r = kr_int_alloc(ts, n);
    if (!r) {
        return NULL;
    }
    memcpy(r->digits, src->digits, (size_t)n * sizeof(digit));
    r->size = negative ? -n : n;
    return kr_int_normalize(ts, r);
}

KrObject *kr_int_exact(KrThread *ts, KrObject *o) {
    if (kr_int_check_exact(o)) {
        return KR_INCREF(o);
    }
    return copy_digits(ts, AS_INT(o), AS_INT(o)->size < 0);
}

KrObject *kr_int_negate(KrThread *ts, KrObject *a) {
    return copy_digits(ts, AS_INT(a), AS_INT(a)->size > 0);
}

KrObject *kr_int_from_double(KrThread *ts, double d) {
    if (isinf(d)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (fabs(d) < 9.2e18) {
        return kr_int_from_i64(ts, (int64_t)d);
    }
    bool neg = d < 0;
    int expo;
    double frac = frexp(fabs(d), &expo); // fabs(d) = frac * 2**expo, 0.5 <= frac < 1
    intptr_t ndig = (expo - 1) / SHIFT + 1;
    KrInt *v = kr_int_alloc(ts, ndig);
    if (!v) {
        return NULL;
    }
    frac = ldexp(frac, (expo - 1) % SHIFT + 1);
    for (intptr_t i = ndig; --i >= 0;) {
        digit bits = (digit)frac;
        v->digits[i] = bits;
        frac -= (double)bits;
        frac = ldexp(frac, SHIFT);
    }
    if (neg) {
        v->size = -v->size;
    }
    return kr_int_normalize(ts, v);
}

// ---- conversions ----------------------------------------------------------

int64_t kr_int_as_i64(KrObject *o, int *overflow) {
    const KrInt *v = AS_INT(o);
    intptr_t n = ABS_SIZE(v);
    *overflow = 0;
    if (n > 3) {
        *overflow = v->size < 0 ? -1 : 1;
        return -1;
    }
    uint64_t x = 0;
    for (intptr_t i = n; --i >= 0;) {
        if (x >> (64 - SHIFT)) {
            *overflow = v->size < 0 ? -1 : 1;
            return -1;
        }
        x = (x << SHIFT) | v->digits[i];
    }
    if (v->size < 0) {
        if (x > (uint64_t)INT64_MAX + 1) {
            *overflow = -1;
            return -1;
        }
        return (int64_t)(0 - x);
    }
    if (x > (uint64_t)INT64_MAX) {
        *overflow = 1;
        return -1;
    }
    return (int64_t)x;
}

uint64_t kr_int_as_u64(KrObject *o, int *overflow) {
    const KrInt *v = AS_INT(o);
    *overflow = 0;
    if (v->size < 0) {
        *overflow = -1;
        return 0;
    }
    uint64_t x = 0;
    for (intptr_t i = v->size; --i >= 0;) {
        if (x >> (64 - SHIFT)) {
            *overflow = 1;
            return 0;
        }
        x = (x << SHIFT) | v->digits[i];
    }
    return x;
}

bool kr_int_fits_i64(KrObject *o) {
    int ovf;
    kr_int_as_i64(o, &ovf);
    return ovf == 0;
}

// Fast-path helper: true and *out set when the int fits in int64.
static inline bool get_i64(KrObject *o, int64_t *out) {
    const KrInt *v = AS_INT(o);
    switch (v->size) {
    case 0:
        *out = 0;
        return true;
    case 1:
        *out = v->digits[0];
        return true;
    case -1:
        *out = -(int64_t)v->digits[0];
        return true;
    case 2:
        *out = ((int64_t)v->digits[1] << SHIFT) | v->digits[0];
        return true;
    case -2:
        *out = -(((int64_t)v->digits[1] << SHIFT) | v->digits[0]);
        return true;
    default: {
        int ovf;
        *out = kr_int_as_i64(o, &ovf);
        return ovf == 0;
    }
    }
}

intptr_t kr_int_as_ssize(KrThread *ts, KrObject *o) {
    int64_t x;
    if (!get_i64(o, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)x;
}

int kr_int_sign(KrObject *o) {
    intptr_t s = AS_INT(o)->size;
    return s < 0 ? -1 : (s > 0 ? 1 : 0);
}

int64_t kr_int_bit_length(KrObject *o) {
    const KrInt *v = AS_INT(o);
    intptr_t n = ABS_SIZE(v);
    if (n == 0) {
        return 0;
    }
    digit top = v->digits[n - 1];
    int bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (int64_t)(n - 1) * SHIFT + bits;
}

// Extracts bits [lo, lo+64) of |v| as an integer (bits past the top are 0).
static uint64_t bits_at(const KrInt *v, int64_t lo) {
    intptr_t n = ABS_SIZE(v);
    uint64_t r = 0;
    int64_t i = lo / SHIFT;
    int off = (int)(lo % SHIFT);
    int got = 0;
    for (; i < n && got < 64 + off; i++, got += SHIFT) {
        uint64_t d = v->digits[i];
        if (got - off >= 0) {
            r |= d << (got - off);
        } else {
            r |= d >> (off - got);
        }
    }
    return r;
}

static bool any_bits_below(const KrInt *v, int64_t lo) {
    int64_t i = lo / SHIFT;
    for (int64_t j = 0; j < i; j++) {
        if (v->digits[j]) {
            return true;
        }
    }
    return (v->digits[i] & (((digit)1 << (lo % SHIFT)) - 1)) != 0;
}

double kr_int_as_double(KrThread *ts, KrObject *o, int *overflow) {
    const KrInt *v = AS_INT(o);
    if (overflow) {
        *overflow = 0;
    }
    int64_t x;
    if (ABS_SIZE(v) <= 2 && get_i64(o, &x)) {
        return (double)x;
    }
    int64_t nbits = kr_int_bit_length(o);
    double d;
    if (nbits <= 64) {
        d = (double)bits_at(v, 0);
    } else if (nbits > DBL_MAX_EXP) {
        d = HUGE_VAL;
    } else {
        // The top 64 bits with a sticky bit for everything below: rounding
        // that once to 53 bits is correctly rounded (half to even).
        int64_t lo = nbits - 64;
        uint64_t top = bits_at(v, lo);
        if (any_bits_below(v, lo)) {
            top |= 1;
        }
        d = ldexp((double)top, (int)lo);
    }
    if (isinf(d)) {
        if (overflow) {
            *overflow = 1;
        }
        if (ts) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "int too large to convert to float");
        }
        return -1.0;
    }
    return v->size < 0 ? -d : d;
}

// ---- magnitude arithmetic -------------------------------------------------

static int cmp_mag(const KrInt *a, const KrInt *b) {
    intptr_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    for (intptr_t i = na; --i >= 0;) {
        if (a->digits[i] != b->digits[i]) {
            return a->digits[i] < b->digits[i] ? -1 : 1;
        }
    }
    return 0;
}

int kr_int_compare(KrObject *a, KrObject *b) {
    const KrInt *x = AS_INT(a), *y = AS_INT(b);
    if (x->size != y->size) {
        return x->size < y->size ? -1 : 1;
    }
    int c = cmp_mag(x, y);
    return x->size < 0 ? -c : c;
}

// |a| + |b|, unnormalised.
static KrInt *x_add(KrThread *ts, const KrInt *a, const KrInt *b) {
    intptr_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    if (na < nb) {
        const KrInt *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    KrInt *z = kr_int_alloc(ts, na + 1);
    if (!z) {
        return NULL;
    }
    digit carry = 0;
    intptr_t i = 0;
    for (; i < nb; i++) {
        carry += a->digits[i] + b->digits[i];
        z->digits[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; i < na; i++) {
        carry += a->digits[i];
        z->digits[i] = carry & MASK;
        carry >>= SHIFT;
    }
    z->digits[i] = carry;
    return z;
}

// |a| - |b| with its sign, unnormalised.
static KrInt *x_sub(KrThread *ts, const KrInt *a, const KrInt *b) {
    bool neg = false;
    if (cmp_mag(a, b) < 0) {
        const KrInt *t = a;
        a = b;
        b = t;
        neg = true;
    }
    intptr_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    KrInt *z = kr_int_alloc(ts, na);
    if (!z) {
        return NULL;
    }
    digit borrow = 0;
    intptr_t i = 0;
    for (; i < nb; i++) {
        borrow = a->digits[i] - b->digits[i] - borrow;
        z->digits[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a->digits[i] - borrow;
        z->digits[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    if (neg) {
        z->size = -z->size;
    }
    return z;
}

static KrInt *x_mul(KrThread *ts, const KrInt *a, const KrInt *b) {
    intptr_t na = ABS_SIZE(a), nb = ABS_SIZE(b);
    KrInt *z = kr_int_alloc(ts, na + nb);
    if (!z) {
        return NULL;
    }
    memset(z->digits, 0, (size_t)(na + nb) * sizeof(digit));
    for (intptr_t i = 0; i < na; i++) {
        twodigits f = a->digits[i];
        if (f == 0) {
            continue;
        }
        twodigits carry = 0;
        digit *pz = z->digits + i;
        for (intptr_t j = 0; j < nb; j++) {
            carry += pz[j] + b->digits[j] * f;
            pz[j] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        for (intptr_t j = nb; carry; j++) {
            carry += pz[j];
            pz[j] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
    }
    return z;
}

// Divides |a| by a single digit n in place into z; returns the remainder.
static digit inplace_divrem1(digit *z, const digit *a, intptr_t size, digit n) {
    twodigits rem = 0;
    while (--size >= 0) {
        rem = (rem << SHIFT) | a[size];
        digit hi = (digit)(rem / n);
        z[size] = hi;
        rem -= (twodigits)hi * n;
    }
    return (digit)rem;
}

// Shifts a[0:m] left by d bits (0 <= d < SHIFT) into z, returns the carry out.
static digit v_lshift(digit *z, const digit *a, intptr_t m, int d) {
    digit carry = 0;
    for (intptr_t i = 0; i < m; i++) {
        twodigits acc = (twodigits)a[i] << d | carry;
        z[i] = (digit)acc & MASK;
        carry = (digit)(acc >> SHIFT);
    }
    return carry;
}

static digit v_rshift(digit *z, const digit *a, intptr_t m, int d) {
    digit carry = 0;
    digit mask = ((digit)1 << d) - 1U;
    for (intptr_t i = m; i-- > 0;) {
        twodigits acc = (twodigits)carry << SHIFT | a[i];
        carry = (digit)acc & mask;
        z[i] = (digit)(acc >> d);
    }
    return carry;
}

// |a| divmod |b| (truncating), both results non-negative and unnormalised.
// Knuth's algorithm D, as CPython's x_divrem.
static int x_divrem(KrThread *ts, const KrInt *v1, const KrInt *w1, KrInt **pq, KrInt **pr) {
    intptr_t size_v = ABS_SIZE(v1), size_w = ABS_SIZE(w1);
    if (size_w == 1) {
        KrInt *q = kr_int_alloc(ts, size_v);
        KrInt *r = q ? kr_int_alloc(ts, 1) : NULL;
        if (!r) {
            KR_XDECREF(ts, q);
            return -1;
        }
        r->digits[0] = inplace_divrem1(q->digits, v1->digits, size_v, w1->digits[0]);
        *pq = q;
        *pr = r;
        return 0;
    }
    KrInt *v = kr_int_alloc(ts, size_v + 1);
    KrInt *w = v ? kr_int_alloc(ts, size_w) : NULL;
    if (!w) {
        KR_XDECREF(ts, v);
        return -1;
    }
    // Normalise so the top digit of w has its high bit set.
    int d = 0;
    for (digit top = w1->digits[size_w - 1]; top < ((digit)1 << (SHIFT - 1)); top <<= 1) {
        d++;
    }
    v_lshift(w->digits, w1->digits, size_w, d);
    digit carry = v_lshift(v->digits, v1->digits, size_v, d);
    if (carry != 0 || v->digits[size_v - 1] >= w->digits[size_w - 1]) {
        v->digits[size_v] = carry;
        size_v++;
    }
    intptr_t k = size_v - size_w;
    KrInt *a = kr_int_alloc(ts, k);
    if (!a) {
        KR_DECREF(ts, v);
        KR_DECREF(ts, w);
        return -1;
    }
    digit *v0 = v->digits, *w0 = w->digits;
    digit wm1 = w0[size_w - 1], wm2 = w0[size_w - 2];
    for (digit *vk = v0 + k, *ak = a->digits + k; vk-- > v0;) {
        digit vtop = vk[size_w];
        twodigits vv = ((twodigits)vtop << SHIFT) | vk[size_w - 1];
        digit q = (digit)(vv / wm1);
        digit r = (digit)(vv - (twodigits)wm1 * q);
        while ((twodigits)wm2 * q > (((twodigits)r << SHIFT) | vk[size_w - 2])) {
            --q;
            r += wm1;
            if (r >= ((digit)1 << SHIFT)) {
                break;
            }
        }
        // Subtract q * w from vk[0:size_w+1].
        int64_t zhi = 0;
        for (intptr_t i = 0; i < size_w; ++i) {
            int64_t z = (int64_t)vk[i] + zhi - (int64_t)((twodigits)q * w0[i]);
            vk[i] = (digit)z & MASK;
            zhi = z >> SHIFT; // arithmetic shift: floor division
        }
        if ((int64_t)vtop + zhi < 0) {
            digit c = 0;
            for (intptr_t i = 0; i < size_w; ++i) {
                c += vk[i] + w0[i];
                vk[i] = c & MASK;
                c >>= SHIFT;
            }
            --q;
        }
        *--ak = q;
    }
    v_rshift(w->digits, v0, size_w, d);
    w->size = size_w;
    KR_DECREF(ts, v);
    *pq = a;
    *pr = w;
    return 0;
}

// ---- signed operations ----------------------------------------------------

KrObject *kr_int_add(KrThread *ts, KrObject *a, KrObject *b) {
    int64_t x, y, r;
    if (get_i64(a, &x) && get_i64(b, &y) && !__builtin_add_overflow(x, y, &r)) {
        return kr_int_from_i64(ts, r);
    }
    const KrInt *p = AS_INT(a), *q = AS_INT(b);
    KrInt *z;
    if (p->size < 0) {
        if (q->size < 0) {
            z = x_add(ts, p, q);
            if (z) {
                z->size = -z->size;
            }
        } else {
            z = x_sub(ts, q, p);
        }
    } else {
        z = q->size < 0 ? x_sub(ts, p, q) : x_add(ts, p, q);
    }
    return z ? kr_int_normalize(ts, z) : NULL;
}

KrObject *kr_int_sub(KrThread *ts, KrObject *a, KrObject *b) {
    int64_t x, y, r;
    if (get_i64(a, &x) && get_i64(b, &y) && !__builtin_sub_overflow(x, y, &r)) {
        return kr_int_from_i64(ts, r);
    }
    const KrInt *p = AS_INT(a), *q = AS_INT(b);
    KrInt *z;
    if (p->size < 0) {
        if (q->size < 0) {
            z = x_sub(ts, q, p);
        } else {
            z = x_add(ts, p, q);
            if (z) {
                z->size = -z->size;
            }
        }
    } else {
        z = q->size < 0 ? x_add(ts, p, q) : x_sub(ts, p, q);
    }
    return z ? kr_int_normalize(ts, z) : NULL;
}

KrObject *kr_int_mul(KrThread *ts, KrObject *a, KrObject *b) {
    int64_t x, y, r;
    if (get_i64(a, &x) && get_i64(b, &y) && !__builtin_mul_overflow(x, y, &r)) {
        return kr_int_from_i64(ts, r);
    }
    KrInt *z = x_mul(ts, AS_INT(a), AS_INT(b));
    if (!z) {
        return NULL;
    }
    if ((AS_INT(a)->size < 0) != (AS_INT(b)->size < 0)) {
        z->size = -z->size;
    }
    return kr_int_normalize(ts, z);
}

int kr_int_divmod(KrThread *ts, KrObject *a, KrObject *b, KrObject **pq, KrObject **pr) {
    const KrInt *v = AS_INT(a), *w = AS_INT(b);
    if (w->size == 0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError,
                       pq ? "integer division or modulo by zero" : "integer modulo by zero");
        return -1;
    }
    int64_t x, y;
    if (get_i64(a, &x) && get_i64(b, &y) && !(x == INT64_MIN && y == -1)) {
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
            q -= 1;
        }
        if (pq && !(*pq = kr_int_from_i64(ts, q))) {
            return -1;
        }
        if (pr && !(*pr = kr_int_from_i64(ts, r))) {
            if (pq) {
                KR_CLEAR(ts, *pq);
            }
            return -1;
        }
        return 0;
    }
    KrObject *qo, *ro;
    if (cmp_mag(v, w) < 0) {
        // |a| < |b|: truncated quotient 0, remainder a.
        qo = kr_int_from_i64(ts, 0);
        ro = qo ? kr_int_exact(ts, a) : NULL;
        if (!ro) {
            KR_XDECREF(ts, qo);
            return -1;
        }
    } else {
        KrInt *q, *r;
        if (x_divrem(ts, v, w, &q, &r) < 0) {
            return -1;
        }
        // Truncated division done on magnitudes; apply the signs.
        if ((v->size < 0) != (w->size < 0)) {
            q->size = -q->size;
        }
        if (v->size < 0) {
            r->size = -r->size;
        }
        qo = kr_int_normalize(ts, q);
        ro = kr_int_normalize(ts, r);
    }
    // Floor: the remainder takes the divisor's sign.
    if (AS_INT(ro)->size != 0 && ((AS_INT(ro)->size < 0) != (w->size < 0))) {
        KrObject *t = kr_int_add(ts, ro, b);
        KR_DECREF(ts, ro);
        ro = t;
        KrObject *one = kr_int_from_i64(ts, 1);
        t = (one && ro) ? kr_int_sub(ts, qo, one) : NULL;
        KR_XDECREF(ts, one);
        KR_DECREF(ts, qo);
        qo = t;
        if (!qo || !ro) {
            KR_XDECREF(ts, qo);
            KR_XDECREF(ts, ro);
            return -1;
        }
    }
    if (pq) {
        *pq = qo;
    } else {
        KR_DECREF(ts, qo);
    }
    if (pr) {
        *pr = ro;
    } else {
        KR_DECREF(ts, ro);
    }
    return 0;
}

static KrObject *int_mod(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *r;
    return kr_int_divmod(ts, a, b, NULL, &r) < 0 ? NULL : r;
}

KrObject *kr_int_lshift(KrThread *ts, KrObject *a, int64_t n) {
    const KrInt *v = AS_INT(a);
    if (v->size == 0) {
        return kr_int_from_i64(ts, 0);
    }
    int64_t x;
    if (n < 62 && get_i64(a, &x) && x > -((int64_t)1 << 62) && x < ((int64_t)1 << 62)) {
        int64_t lim = (int64_t)1 << (62 - n);
        if (x < lim && x > -lim) {
            return kr_int_from_i64(ts, x * ((int64_t)1 << n));
        }
    }
    int64_t wordshift = n / SHIFT;
    int remshift = (int)(n % SHIFT);
    intptr_t oldsize = ABS_SIZE(v);
    if (wordshift > MAX_DIGITS - oldsize - 1) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    intptr_t newsize = oldsize + (intptr_t)wordshift + 1;
    KrInt *z = kr_int_alloc(ts, newsize);
    if (!z) {
        return NULL;
    }
    memset(z->digits, 0, (size_t)wordshift * sizeof(digit));
    z->digits[newsize - 1] = v_lshift(z->digits + wordshift, v->digits, oldsize, remshift);
    if (v->size < 0) {
        z->size = -z->size;
    }
    return kr_int_normalize(ts, z);
}

// a >> n, flooring (so negative numbers round towards -inf).
static KrObject *int_rshift_n(KrThread *ts, KrObject *a, int64_t n) {
    const KrInt *v = AS_INT(a);
    int64_t x;
    if (get_i64(a, &x)) {
        return kr_int_from_i64(ts, n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    intptr_t size = ABS_SIZE(v);
    int64_t wordshift = n / SHIFT;
    if (wordshift >= size) {
        return kr_int_from_i64(ts, v->size < 0 ? -1 : 0);
    }
    int remshift = (int)(n % SHIFT);
    intptr_t newsize = size - (intptr_t)wordshift;
    KrInt *z = kr_int_alloc(ts, newsize);
    if (!z) {
        return NULL;
    }
    digit lost = v_rshift(z->digits, v->digits + wordshift, newsize, remshift);
    if (v->size < 0) {
        // Floor: if any bit was shifted out, add one to the magnitude.
        bool inexact = lost != 0;
        for (int64_t i = 0; i < wordshift && !inexact; i++) {
            inexact = v->digits[i] != 0;
        }
        z->size = -newsize;
        if (inexact) {
            KrObject *zn = kr_int_normalize(ts, z);
            KrObject *one = kr_int_from_i64(ts, 1);
            KrObject *r = one ? kr_int_sub(ts, zn, one) : NULL;
            KR_XDECREF(ts, one);
            KR_DECREF(ts, zn);
            return r;
        }
    }
    return kr_int_normalize(ts, z);
}

KrObject *kr_int_pow_small(KrThread *ts, int64_t base, int64_t exp) {
    KrObject *b = kr_int_from_i64(ts, base);
    KrObject *r = b ? kr_int_from_i64(ts, 1) : NULL;
    while (r && exp > 0) {
        if (exp & 1) {
            KR_SETREF(ts, r, kr_int_mul(ts, r, b));
        }
        exp >>= 1;
        if (r && exp > 0) {
            KR_SETREF(ts, b, kr_int_mul(ts, b, b));
            if (!b) {
                KR_CLEAR(ts, r);
            }
        }
    }
    KR_XDECREF(ts, b);
    return r;
}

// ---- bitwise operations ---------------------------------------------------

// Two's complement digits of v over n digits (n > |size|, so there's room
// for the sign): negative values become ~(|v| - 1).
static void twos_complement(const KrInt *v, digit *out, intptr_t n) {
    intptr_t m = ABS_SIZE(v);
    for (intptr_t i = 0; i < n; i++) {
        out[i] = i < m ? v->digits[i] : 0;
    }
    if (v->size < 0) {
        digit carry = 1;
        for (intptr_t i = 0; i < n; i++) {
            carry += (out[i] ^ MASK);
            out[i] = carry & MASK;
            carry >>= SHIFT;
        }
    }
}

static KrObject *bitwise(KrThread *ts, KrObject *a, KrObject *b, int op) {
    int64_t x, y;
    if (get_i64(a, &x) && get_i64(b, &y)) {
        return kr_int_from_i64(ts, op == KR_BINOP_AND ? (x & y) : op == KR_BINOP_OR ? (x | y) : (x ^ y));
    }
    const KrInt *p = AS_INT(a), *q = AS_INT(b);
    intptr_t n = (ABS_SIZE(p) > ABS_SIZE(q) ? ABS_SIZE(p) : ABS_SIZE(q)) + 1;
    KrInt *z = kr_int_alloc(ts, n);
    digit *tmp = z ? kr_mem_alloc(ts, (size_t)n * sizeof(digit)) : NULL;
    if (!tmp) {
        KR_XDECREF(ts, z);
        return NULL;
    }
    twos_complement(p, z->digits, n);
    twos_complement(q, tmp, n);
    bool na = p->size < 0, nb = q->size < 0, nz;
    for (intptr_t i = 0; i < n; i++) {
        if (op == KR_BINOP_AND) {
            z->digits[i] &= tmp[i];
        } else if (op == KR_BINOP_OR) {
            z->digits[i] |= tmp[i];
        } else {
            z->digits[i] ^= tmp[i];
        }
    }
    nz = op == KR_BINOP_AND ? (na && nb) : op == KR_BINOP_OR ? (na || nb) : (na != nb);
    kr_mem_free(ts, tmp);
    if (nz) {
        // Back from two's complement: |z| = ~z + 1.
        digit carry = 1;
        for (intptr_t i = 0; i < n; i++) {
            carry += (z->digits[i] ^ MASK);
            z->digits[i] = carry & MASK;
            carry >>= SHIFT;
        }
        z->size = -n;
    }
    return kr_int_normalize(ts, z);
}

// ---- number slots ---------------------------------------------------------

#define BOTH_INTS(a, b) (kr_int_check(a) && kr_int_check(b))

static KrObject *int_add(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? kr_int_add(ts, a, b) : KR_NOTIMPL;
}

static KrObject *int_sub(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? kr_int_sub(ts, a, b) : KR_NOTIMPL;
}

static KrObject *int_mul(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? kr_int_mul(ts, a, b) : KR_NOTIMPL;
}

static KrObject *int_floordiv(KrThread *ts, KrObject *a, KrObject *b) {
    if (!BOTH_INTS(a, b)) {
        return KR_NOTIMPL;
    }
    KrObject *q;
    return kr_int_divmod(ts, a, b, &q, NULL) < 0 ? NULL : q;
}

static KrObject *int_remainder(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? int_mod(ts, a, b) : KR_NOTIMPL;
}

static KrObject *int_divmod(KrThread *ts, KrObject *a, KrObject *b) {
    if (!BOTH_INTS(a, b)) {
        return KR_NOTIMPL;
    }
    KrObject *q, *r;
    if (kr_int_divmod(ts, a, b, &q, &r) < 0) {
        return NULL;
    }
    KrObject *t = kr_tuple_pack(ts, 2, q, r);
    KR_DECREF(ts, q);
    KR_DECREF(ts, r);
    return t;
}

// Correctly rounded a / b, as CPython's long_true_divide.
static KrObject *int_truediv(KrThread *ts, KrObject *a, KrObject *b) {
    if (!BOTH_INTS(a, b)) {
        return KR_NOTIMPL;
    }
    const KrInt *v = AS_INT(a), *w = AS_INT(b);
    if (w->size == 0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    int64_t x, y;
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
    if (get_i64(a, &x) && get_i64(b, &y) && x <= exact && x >= -exact && y <= exact && y >= -exact) {
        return kr_float_from_double(ts, (double)x / (double)y);
    }
    bool negate = (v->size < 0) != (w->size < 0);
    if (v->size == 0) {
        return kr_float_from_double(ts, negate ? -0.0 : 0.0);
    }
    int64_t diff = kr_int_bit_length(a) - kr_int_bit_length(b);
    if (diff > DBL_MAX_EXP) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        return kr_float_from_double(ts, negate ? -0.0 : 0.0);
    }
    // Scale so the quotient has DBL_MANT_DIG + 2 or + 3 bits, remember
    // whether anything was lost, then round half to even by hand.
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    KrObject *av = kr_int_exact(ts, a), *bv = kr_int_exact(ts, b), *xs, *q = NULL, *r = NULL;
    if (!av || !bv) {
        KR_XDECREF(ts, av);
        KR_XDECREF(ts, bv);
        return NULL;
    }
    if (v->size < 0) {
        KR_SETREF(ts, av, kr_int_negate(ts, av));
    }
    if (w->size < 0) {
        KR_SETREF(ts, bv, kr_int_negate(ts, bv));
    }
    if (!av || !bv) {
        goto fail;
    }
    if (shift <= 0) {
        xs = kr_int_lshift(ts, av, -shift);
    } else {
        xs = int_rshift_n(ts, av, shift);
        inexact = xs && any_bits_below(AS_INT(av), shift);
    }
    if (!xs || kr_int_divmod(ts, xs, bv, &q, &r) < 0) {
        KR_XDECREF(ts, xs);
        goto fail;
    }
    KR_DECREF(ts, xs);
    inexact = inexact || AS_INT(r)->size != 0;
    int64_t qbits = kr_int_bit_length(q);
    uint64_t qv = bits_at(AS_INT(q), 0);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) {
        qv += mask;
    }
    qv &= ~(2 * mask - 1);
    KR_DECREF(ts, q);
    KR_DECREF(ts, r);
    KR_DECREF(ts, av);
    KR_DECREF(ts, bv);
    double dx = ldexp((double)qv, (int)shift);
    if (isinf(dx)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    return kr_float_from_double(ts, negate ? -dx : dx);
fail:
    KR_XDECREF(ts, av);
    KR_XDECREF(ts, bv);
    return NULL;
}

static KrObject *shift_op(KrThread *ts, KrObject *a, KrObject *b, bool left) {
    if (!BOTH_INTS(a, b)) {
        return KR_NOTIMPL;
    }
    if (AS_INT(b)->size < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "negative shift count");
        return NULL;
    }
    int64_t n;
    if (!get_i64(b, &n)) {
        if (AS_INT(a)->size == 0) {
            return kr_int_from_i64(ts, 0);
        }
        if (left) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "too many digits in integer");
            return NULL;
        }
        return kr_int_from_i64(ts, AS_INT(a)->size < 0 ? -1 : 0);
    }
    return left ? kr_int_lshift(ts, a, n) : int_rshift_n(ts, a, n);
}

static KrObject *int_lshift(KrThread *ts, KrObject *a, KrObject *b) {
    return shift_op(ts, a, b, true);
}

static KrObject *int_rshift(KrThread *ts, KrObject *a, KrObject *b) {
    return shift_op(ts, a, b, false);
}

static KrObject *int_and(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? bitwise(ts, a, b, KR_BINOP_AND) : KR_NOTIMPL;
}

static KrObject *int_or(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? bitwise(ts, a, b, KR_BINOP_OR) : KR_NOTIMPL;
}

static KrObject *int_xor(KrThread *ts, KrObject *a, KrObject *b) {
    return BOTH_INTS(a, b) ? bitwise(ts, a, b, KR_BINOP_XOR) : KR_NOTIMPL;
}

// Modular inverse of a modulo n (n > 0) by the extended Euclidean algorithm.
static KrObject *invmod(KrThread *ts, KrObject *a, KrObject *n) {
    KrObject *b = KR_INCREF(n), *c = NULL, *d = NULL, *q = NULL, *r = NULL, *t = NULL;
    KrObject *x = kr_int_from_i64(ts, 1), *y = kr_int_from_i64(ts, 0);
    a = KR_INCREF(a);
    if (!x || !y) {
        goto error;
    }
    // Invariant: x * a0 == a (mod n), y * a0 == b (mod n).
    while (AS_INT(b)->size != 0) {
        if (kr_int_divmod(ts, a, b, &q, &r) < 0) {
            goto error;
        }
        KR_DECREF(ts, a);
        a = b;
        b = r;
        r = NULL;
        t = kr_int_mul(ts, q, y);
        KR_CLEAR(ts, q);
        c = t ? kr_int_sub(ts, x, t) : NULL;
        KR_CLEAR(ts, t);
        if (!c) {
            goto error;
        }
        KR_DECREF(ts, x);
        x = y;
        y = c;
        c = NULL;
    }
    d = kr_int_from_i64(ts, 1);
    if (!d) {
        goto error;
    }
    if (kr_int_compare(a, d) != 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "base is not invertible for the given modulus");
        goto error;
    }
    KR_DECREF(ts, d);
    KR_DECREF(ts, a);
    KR_DECREF(ts, b);
    KR_DECREF(ts, y);
    r = int_mod(ts, x, n);
    KR_DECREF(ts, x);
    return r;
error:
    KR_XDECREF(ts, a);
    KR_XDECREF(ts, b);
    KR_XDECREF(ts, x);
    KR_XDECREF(ts, y);
    KR_XDECREF(ts, d);
    return NULL;
}

// Binary exponentiation, reducing modulo m after each step when m != NULL.
static KrObject *pow_loop(KrThread *ts, KrObject *base, KrObject *exp, KrObject *m) {
    KrObject *result = kr_int_from_i64(ts, 1);
    KrObject *b = KR_INCREF(base);
    int64_t nbits = kr_int_bit_length(exp);
    const KrInt *e = AS_INT(exp);
    for (int64_t i = nbits; result && i-- > 0;) {
        KR_SETREF(ts, result, kr_int_mul(ts, result, result));
        if (result && m) {
            KR_SETREF(ts, result, int_mod(ts, result, m));
        }
        if (result && ((e->digits[i / SHIFT] >> (i % SHIFT)) & 1)) {
            KR_SETREF(ts, result, kr_int_mul(ts, result, b));
            if (result && m) {
                KR_SETREF(ts, result, int_mod(ts, result, m));
            }
        }
    }
    KR_DECREF(ts, b);
    return result;
}

static KrObject *float_power(KrThread *ts, KrObject *a, KrObject *b) {
    double x = kr_int_as_double(ts, a, NULL), y;
    if (x == -1.0 && kr_err_occurred(ts)) {
        return NULL;
    }
    y = kr_int_as_double(ts, b, NULL);
    if (y == -1.0 && kr_err_occurred(ts)) {
        return NULL;
    }
    KrObject *fa = kr_float_from_double(ts, x);
    KrObject *fb = fa ? kr_float_from_double(ts, y) : NULL;
    KrObject *r = fb ? kr_binop(ts, fa, fb, KR_BINOP_POWER) : NULL;
    KR_XDECREF(ts, fa);
    KR_XDECREF(ts, fb);
    return r;
}

static KrObject *int_pow(KrThread *ts, KrObject *a, KrObject *b) {
    if (!BOTH_INTS(a, b)) {
        return KR_NOTIMPL;
    }
    if (AS_INT(b)->size < 0) {
        return float_power(ts, a, b);
    }
    int64_t x, y;
    if (get_i64(a, &x) && get_i64(b, &y)) {
        // Small results in machine words.
        int64_t r = 1, p = x;
        int64_t e = y;
        bool ok = true;
        while (e > 0 && ok) {
            if (e & 1) {
                ok = !__builtin_mul_overflow(r, p, &r);
            }
            e >>= 1;
            if (e > 0 && ok) {
                ok = !__builtin_mul_overflow(p, p, &p);
            }
        }
        if (ok) {
            return kr_int_from_i64(ts, r);
        }
        if (x == 0 || x == 1) {
            return kr_int_from_i64(ts, x);
        }
        if (x == -1) {
            return kr_int_from_i64(ts, (y & 1) ? -1 : 1);
        }
    }
    return pow_loop(ts, a, b, NULL);
}

static KrObject *int_pow3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m) {
    if (m == KR_NONE) {
        return int_pow(ts, a, b);
    }
    if (!BOTH_INTS(a, b) || !kr_int_check(m)) {
        return KR_NOTIMPL;
    }
    if (AS_INT(m)->size == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    KrObject *mod = kr_int_exact(ts, m), *base = NULL, *exp = NULL, *r = NULL;
    bool neg_mod = AS_INT(m)->size < 0;
    if (mod && neg_mod) {
        KR_SETREF(ts, mod, kr_int_negate(ts, mod));
    }
    if (!mod) {
        return NULL;
    }
    base = int_mod(ts, a, mod);
    exp = base ? kr_int_exact(ts, b) : NULL;
    if (!exp) {
        goto done;
    }
    if (AS_INT(exp)->size < 0) {
        KR_SETREF(ts, exp, kr_int_negate(ts, exp));
        KR_SETREF(ts, base, invmod(ts, base, mod));
        if (!exp || !base) {
            goto done;
        }
    }
    if (ABS_SIZE(AS_INT(mod)) == 1 && AS_INT(mod)->digits[0] == 1) {
        r = kr_int_from_i64(ts, 0);
    } else {
        r = pow_loop(ts, base, exp, mod);
    }
    if (r && neg_mod && AS_INT(r)->size != 0) {
        KR_SETREF(ts, r, kr_int_sub(ts, r, mod));
    }
done:
    KR_XDECREF(ts, mod);
    KR_XDECREF(ts, base);
    KR_XDECREF(ts, exp);
    return r;
}

static KrObject *int_neg(KrThread *ts, KrObject *a) {
    int64_t x;
    if (get_i64(a, &x) && x != INT64_MIN) {
        return kr_int_from_i64(ts, -x);
    }
    return kr_int_negate(ts, a);
}

static KrObject *int_pos(KrThread *ts, KrObject *a) {
    return kr_int_exact(ts, a);
}

static KrObject *int_abs(KrThread *ts, KrObject *a) {
    return AS_INT(a)->size < 0 ? int_neg(ts, a) : kr_int_exact(ts, a);
}

static KrObject *int_invert(KrThread *ts, KrObject *a) {
    // ~x == -(x + 1)
    int64_t x;
    if (get_i64(a, &x)) {
        return kr_int_from_i64(ts, ~x);
    }
    KrObject *one = kr_int_from_i64(ts, 1);
    KrObject *t = one ? kr_int_add(ts, a, one) : NULL;
    KR_XDECREF(ts, one);
    if (!t) {
        return NULL;
    }
    KrObject *r = kr_int_negate(ts, t);
    KR_DECREF(ts, t);
    return r;
}

static int int_bool(KrThread *ts, KrObject *a) {
    (void)ts;
    return AS_INT(a)->size != 0;
}

static KrObject *int_float(KrThread *ts, KrObject *a) {
    double d = kr_int_as_double(ts, a, NULL);
    if (d == -1.0 && kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_float_from_double(ts, d);
}

static KrObject *int_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    (void)ts;
    if (!BOTH_INTS(a, b)) {
        return KR_NOTIMPL;
    }
    int c = kr_int_compare(a, b);
    bool r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

KrHash kr_int_hash_value(KrObject *o) {
    const KrInt *v = AS_INT(o);
    intptr_t i = v->size;
    switch (i) {
    case -1:
        return v->digits[0] == 1 ? -2 : -(KrHash)v->digits[0];
    case 0:
        return 0;
    case 1:
        return v->digits[0];
    default:
        break;
    }
    int sign = 1;
    uint64_t x = 0;
    if (i < 0) {
        sign = -1;
        i = -i;
    }
    while (--i >= 0) {
        x = ((x << SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - SHIFT));
        x += v->digits[i];
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    if (sign < 0) {
        x = 0 - x;
    }
    if (x == (uint64_t)-1) {
        x = (uint64_t)-2;
    }
    return (KrHash)x;
}

static KrHash int_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    return kr_int_hash_value(o);
}

static void int_dealloc(KrThread *ts, KrObject *o) {
    if (KR_TYPE(o) == &kr_int_type && kr_free_list_push(ts, &ts->vm->free_ints, o)) {
        return;
    }
    kr_object_free(ts, o);
}

KrType kr_int_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "int",
    .basicsize = sizeof(KrInt),
    .itemsize = sizeof(uint32_t),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_INT_SUBCLASS | KR_TYPE_MATCH_SELF,
    .base_type = &kr_object_type,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .dealloc = int_dealloc,
    .repr = kr_int_repr_slot,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = kr_int_new_slot,
    .nb = {
        [KR_BINOP_ADD] = int_add,
        [KR_BINOP_SUBTRACT] = int_sub,
        [KR_BINOP_MULTIPLY] = int_mul,
        [KR_BINOP_FLOOR_DIVIDE] = int_floordiv,
        [KR_BINOP_TRUE_DIVIDE] = int_truediv,
        [KR_BINOP_REMAINDER] = int_remainder,
        [KR_BINOP_POWER] = int_pow,
        [KR_BINOP_LSHIFT] = int_lshift,
        [KR_BINOP_RSHIFT] = int_rshift,
        [KR_BINOP_AND] = int_and,
        [KR_BINOP_OR] = int_or,
        [KR_BINOP_XOR] = int_xor,
    },
    .nb_power3 = int_pow3,
    .nb_divmod = int_divmod,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_invert = int_invert,
    .nb_absolute = int_abs,
    .nb_bool = int_bool,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
    .methods = kr_int_methods,
    .getsets = kr_int_getsets,
};
