// SPDX-License-Identifier: MIT
// float: IEEE doubles with CPython's arithmetic rules, exact comparisons with
// int, its hash, shortest round-trip repr, parsing and __format__.
#include "float.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/dtoa.h"
#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "freelist.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

// ---- construction -----------------------------------------------------------

KrObject *kr_float_from_double(KrThread *ts, double v) {
    KrFloat *f = (KrFloat *)kr_free_list_pop(ts, &ts->vm->free_floats, &kr_float_type);
    if (!f) {
        f = (KrFloat *)kr_object_alloc(ts, &kr_float_type, sizeof(KrFloat));
    }
    if (f) {
        f->value = v;
    }
    return (KrObject *)f;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Copies a run of digits with single underscores between them into out;
// returns the number of source bytes consumed (0 when no digit is there).
static size_t scan_digits(const char *s, const char *end, char *out, size_t *outn) {
    const char *p = s;
    if (p >= end || !is_digit(*p)) {
        return 0;
    }
    while (p < end) {
        if (is_digit(*p)) {
            out[(*outn)++] = *p++;
        } else if (*p == '_' && p + 1 < end && is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    return (size_t)(p - s);
}

static bool match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

size_t kr_float_parse_prefix(KrThread *ts, const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_word(p, end, "infinity") || match_word(p, end, "inf")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return (size_t)(p - s) + (match_word(p, end, "infinity") ? 8 : 3);
    }
    if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return (size_t)(p - s) + 3;
    }
    // The literal without underscores, for strtod.
    char small[128];
    char *buf = len + 2 <= sizeof small ? small : kr_mem_alloc(ts, len + 2);
    if (!buf) {
        return (size_t)-1;
    }
    size_t n = 0;
    if (neg) {
        buf[n++] = '-';
    }
    size_t intpart = scan_digits(p, end, buf, &n);
    p += intpart;
    size_t frac = 0;
    if (p < end && *p == '.') {
        buf[n++] = '.';
        frac = scan_digits(p + 1, end, buf, &n);
        if (intpart == 0 && frac == 0) {
            goto none;
        }
        p += 1 + frac;
    } else if (intpart == 0) {
        goto none;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        size_t save = n;
        buf[n++] = 'e';
        if (q < end && (*q == '+' || *q == '-')) {
            buf[n++] = *q++;
        }
        size_t ed = scan_digits(q, end, buf, &n);
        if (ed) {
            p = q + ed;
        } else {
            n = save;
        }
    }
    buf[n] = '\0';
    *out = strtod(buf, NULL);
    if (buf != small) {
        kr_mem_free(ts, buf);
    }
    return (size_t)(p - s);
none:
    if (buf != small) {
        kr_mem_free(ts, buf);
    }
    return 0;
}

// Parses float() text (ASCII): 0 ok, -1 malformed (no exception set), -2 error.
static int parse_float_text(KrThread *ts, const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    if (p == end) {
        return -1;
    }
    size_t used = kr_float_parse_prefix(ts, p, (size_t)(end - p), out);
    if (used == (size_t)-1) {
        return -2;
    }
    return used == (size_t)(end - p) && used > 0 ? 0 : -1;
}

static void float_parse_error(KrThread *ts, KrObject *text) {
    kr_err_format(ts, &kr_exc_ValueError, "could not convert string to float: %R", text);
}

KrObject *kr_float_from_string(KrThread *ts, const char *s, size_t len) {
    double v;
    int rc = parse_float_text(ts, s, len, &v);
    if (rc == -2) {
        return NULL;
    }
    if (rc < 0) {
        KrObject *text = kr_str_from_utf8(ts, s, len);
        if (text) {
            float_parse_error(ts, text);
            KR_DECREF(ts, text);
        }
        return NULL;
    }
    return kr_float_from_double(ts, v);
}

static KrObject *float_from_str_object(KrThread *ts, KrObject *s) {
    size_t len;
    char *ascii = kr_int_str_to_ascii(ts, s, &len);
    if (!ascii) {
        return NULL;
    }
    double v;
    int rc = parse_float_text(ts, ascii, len, &v);
    kr_mem_free(ts, ascii);
    if (rc == -2) {
        return NULL;
    }
    if (rc < 0) {
        float_parse_error(ts, s);
        return NULL;
    }
    return kr_float_from_double(ts, v);
}

// float(b'1.5'): the bytes are parsed as ASCII; a bad literal shows their repr.
static KrObject *float_from_bytes_object(KrThread *ts, KrObject *b) {
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer(ts, b, &p, &n) < 0) {
        return NULL;
    }
    double v;
    int rc = parse_float_text(ts, p, (size_t)n, &v);
    if (rc == -2) {
        return NULL;
    }
    if (rc < 0) {
        float_parse_error(ts, b);
        return NULL;
    }
    return kr_float_from_double(ts, v);
}

double kr_float_as_double(KrThread *ts, KrObject *o) {
    if (kr_float_check(o)) {
        return KR_FLOAT_VALUE(o);
    }
    if (kr_int_check(o)) {
        return kr_int_as_double(ts, o, NULL);
    }
    KrObject *f = kr_number_float(ts, o);
    if (!f) {
        return -1.0;
    }
    double v = KR_FLOAT_VALUE(f);
    KR_DECREF(ts, f);
    return v;
}

// A memoryview float() can read as text; a released or strided one is no
// buffer to it (the number protocols' TypeError follows).
static bool usable_view(KrThread *ts, KrObject *o) {
    const char *p;
    intptr_t n;
    if (!kr_memoryview_check(o)) {
        return false;
    }
    if (kr_bytes_buffer(ts, o, &p, &n) < 0) {
        kr_err_clear(ts);
        return false;
    }
    return true;
}

// float(x=0.0, /), also for subclasses.
static KrObject *float_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "float() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    KrObject *value;
    if (nargs == 0) {
        value = kr_float_from_double(ts, 0.0);
    } else if (kr_float_check_exact(args[0])) {
        value = KR_INCREF(args[0]);
    } else if (KR_TYPE(args[0]) == &kr_str_type) {
        value = float_from_str_object(ts, args[0]);
    } else if (KR_TYPE(args[0])->nb_float || KR_TYPE(args[0])->nb_index) {
        // The number protocols first, as in CPython: a str subclass with __float__ converts through it.
        value = kr_number_float(ts, args[0]);
    } else if (kr_str_check(args[0])) {
        value = float_from_str_object(ts, args[0]);
    } else if (kr_bytes_check(args[0]) || kr_bytearray_check(args[0]) || usable_view(ts, args[0])) {
        value = float_from_bytes_object(ts, args[0]);
    } else {
        value = kr_number_float(ts, args[0]);
    }
    if (!value || type == &kr_float_type) {
        return value;
    }
    KrFloat *r = (KrFloat *)kr_object_alloc(ts, type, type->basicsize);
    if (r) {
        r->value = KR_FLOAT_VALUE(value);
    }
    KR_DECREF(ts, value);
    return (KrObject *)r;
}

// ---- repr and hash -------------------------------------------------------------

KrObject *kr_float_repr_double(KrThread *ts, double v) {
    char buf[128];
    size_t n = kr_dtoa_format(v, 'r', 0, KR_DTOA_ADD_DOT_0, buf);
    return kr_str_from_utf8(ts, buf, n);
}

static KrObject *float_repr(KrThread *ts, KrObject *o) {
    return kr_float_repr_double(ts, KR_FLOAT_VALUE(o));
}

KrHash kr_float_hash_value(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    if (sign < 0) {
        x = 0 - x;
    }
    if (x == (uint64_t)-1) {
        x = (uint64_t)-2;
    }
    return (KrHash)x;
}

// NaN hashes by identity in 3.11, as CPython's _Py_HashPointer.
static KrHash float_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    double v = KR_FLOAT_VALUE(o);
    if (isnan(v)) {
        uintptr_t y = (uintptr_t)o;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        KrHash h = (KrHash)(intptr_t)y;
        return h == -1 ? -2 : h;
    }
    return kr_float_hash_value(v);
}

static void float_dealloc(KrThread *ts, KrObject *o) {
    if (KR_TYPE(o) == &kr_float_type && kr_free_list_push(ts, &ts->vm->free_floats, o)) {
        return;
    }
    kr_object_free(ts, o);
}

// ---- arithmetic -----------------------------------------------------------------

// Converts an operand: 1 done, 0 not a float or int (NotImplemented), -1 error.
static int to_double(KrThread *ts, KrObject *o, double *out) {
    if (kr_float_check(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 1;
    }
    if (kr_int_check(o)) {
        *out = kr_int_as_double(ts, o, NULL);
        return *out == -1.0 && kr_err_occurred(ts) ? -1 : 1;
    }
    return 0;
}

#define CONVERT(a, b, x, y)                     \
    do {                                        \
        int rc_ = to_double(ts, (a), &(x));     \
        if (rc_ <= 0) {                         \
            return rc_ < 0 ? NULL : KR_NOTIMPL; \
        }                                       \
        rc_ = to_double(ts, (b), &(y));         \
        if (rc_ <= 0) {                         \
            return rc_ < 0 ? NULL : KR_NOTIMPL; \
        }                                       \
    } while (0)

static KrObject *float_add(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return kr_float_from_double(ts, x + y);
}

static KrObject *float_sub(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return kr_float_from_double(ts, x - y);
}

static KrObject *float_mul(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return kr_float_from_double(ts, x * y);
}

static KrObject *float_truediv(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return kr_float_from_double(ts, x / y);
}

// Python's floor division and modulo on doubles (CPython's _float_div_mod).
static void div_mod(double vx, double wx, double *floordiv, double *mod) {
    double div;
    *mod = fmod(vx, wx);
    // vx - mod is mathematically a multiple of wx, but the division may be
    // slightly off an integer; snap it below.
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, wx);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5) {
            *floordiv += 1.0;
        }
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
}

static KrObject *float_floordiv(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y, q, r;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    div_mod(x, y, &q, &r);
    return kr_float_from_double(ts, q);
}

static KrObject *float_rem(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
        }
    } else {
        mod = copysign(0.0, y);
    }
    return kr_float_from_double(ts, mod);
}

static KrObject *float_divmod(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y, q, r;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    div_mod(x, y, &q, &r);
    KrObject *qo = kr_float_from_double(ts, q);
    KrObject *ro = qo ? kr_float_from_double(ts, r) : NULL;
    KrObject *t = ro ? kr_tuple_pack(ts, 2, qo, ro) : NULL;
    KR_XDECREF(ts, qo);
    KR_XDECREF(ts, ro);
    return t;
}

static bool is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

static KrObject *range_error(KrThread *ts) {
    KrObject *code = kr_int_from_i64(ts, 34);
    KrObject *msg = code ? kr_str_from_cstr(ts, "Numerical result out of range") : NULL;
    KrObject *args = msg ? kr_tuple_pack(ts, 2, code, msg) : NULL;
    KR_XDECREF(ts, code);
    KR_XDECREF(ts, msg);
    KrObject *exc = args ? kr_exc_new(ts, &kr_exc_OverflowError, args) : NULL;
    if (exc) {
        kr_err_set_object(ts, exc);
    }
    return NULL;
}

// x ** y with CPython's special cases (float_pow).
static KrObject *pow_doubles(KrThread *ts, double iv, double iw) {
    bool negate = false;
    if (iw == 0) {
        return kr_float_from_double(ts, 1.0);
    }
    if (isnan(iv)) {
        return kr_float_from_double(ts, iv);
    }
    if (isnan(iw)) {
        return kr_float_from_double(ts, iv == 1.0 ? 1.0 : iw);
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return kr_float_from_double(ts, 1.0);
        }
        return kr_float_from_double(ts, (iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) {
            return kr_float_from_double(ts, odd ? iv : fabs(iv));
        }
        return kr_float_from_double(ts, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return kr_float_from_double(ts, odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            // A negative number to a fractional power is complex.
            return kr_complex_pow_values(ts, iv, 0.0, iw, 0.0);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        return kr_float_from_double(ts, negate ? -1.0 : 1.0);
    }
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        return range_error(ts);
    }
    return kr_float_from_double(ts, negate ? -ix : ix);
}

static KrObject *float_pow(KrThread *ts, KrObject *a, KrObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return pow_doubles(ts, x, y);
}

static KrObject *float_pow3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m) {
    if (m == KR_NONE) {
        return float_pow(ts, a, b);
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return NULL;
}

static KrObject *float_neg(KrThread *ts, KrObject *a) {
    return kr_float_from_double(ts, -KR_FLOAT_VALUE(a));
}

static KrObject *float_float(KrThread *ts, KrObject *a) {
    if (kr_float_check_exact(a)) {
        return KR_INCREF(a);
    }
    return kr_float_from_double(ts, KR_FLOAT_VALUE(a));
}

static KrObject *float_abs(KrThread *ts, KrObject *a) {
    return kr_float_from_double(ts, fabs(KR_FLOAT_VALUE(a)));
}

static int float_bool(KrThread *ts, KrObject *a) {
    (void)ts;
    return KR_FLOAT_VALUE(a) != 0.0;
}

static KrObject *float_int(KrThread *ts, KrObject *a) {
    return kr_int_from_double(ts, KR_FLOAT_VALUE(a));
}

// ---- comparison -------------------------------------------------------------------

int kr_float_compare_int(KrThread *ts, double v, KrObject *i) {
    if (isinf(v)) {
        return v > 0 ? 1 : -1;
    }
    if (kr_int_bit_length(i) <= 52) {
        double d = kr_int_as_double(ts, i, NULL); // exact
        return v < d ? -1 : v > d ? 1 : 0;
    }
    // Compare the integral part exactly as ints, the fraction breaks ties.
    double ipart;
    double frac = modf(v, &ipart);
    KrObject *fi = kr_int_from_double(ts, ipart);
    if (!fi) {
        return -2;
    }
    int c = kr_int_compare(fi, i);
    KR_DECREF(ts, fi);
    if (c == 0) {
        c = frac > 0 ? 1 : frac < 0 ? -1 : 0;
    }
    return c;
}

static bool apply_op(int c, int op) {
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

static KrObject *float_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    // Called with a float on either side (reflected comparisons swap op).
    static const int swapped[] = {KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE};
    if (!kr_float_check(a)) {
        KrObject *t = a;
        a = b;
        b = t;
        op = swapped[op];
    }
    double x = KR_FLOAT_VALUE(a);
    if (kr_float_check(b)) {
        double y = KR_FLOAT_VALUE(b);
        bool r;
        switch (op) {
        case KR_LT: r = x < y; break;
        case KR_LE: r = x <= y; break;
        case KR_EQ: r = x == y; break;
        case KR_NE: r = x != y; break;
        case KR_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return kr_bool_from(r);
    }
    if (!kr_int_check(b)) {
        return KR_NOTIMPL;
    }
    if (isnan(x)) {
        return kr_bool_from(op == KR_NE);
    }
    int c = kr_float_compare_int(ts, x, b);
    if (c == -2) {
        return NULL;
    }
    return kr_bool_from(apply_op(c, op));
}

// ---- methods ---------------------------------------------------------------------

static KrObject *float_is_integer(KrThread *ts, KrObject *self) {
    (void)ts;
    double x = KR_FLOAT_VALUE(self);
    return kr_bool_from(isfinite(x) && floor(x) == x);
}

static KrObject *float_as_integer_ratio(KrThread *ts, KrObject *self) {
    double x = KR_FLOAT_VALUE(self);
    if (isinf(x)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int exponent;
    double fp = frexp(x, &exponent);
    for (int i = 0; i < 300 && fp != floor(fp); i++) {
        fp *= 2.0;
        exponent--;
    }
    KrObject *num = kr_int_from_double(ts, fp), *den = kr_int_from_i64(ts, 1), *r = NULL;
    if (!num || !den) {
        goto done;
    }
    if (exponent > 0) {
        KR_SETREF(ts, num, kr_int_lshift(ts, num, exponent));
    } else {
        KR_SETREF(ts, den, kr_int_lshift(ts, den, -exponent));
    }
    if (num && den) {
        r = kr_tuple_pack(ts, 2, num, den);
    }
done:
    KR_XDECREF(ts, num);
    KR_XDECREF(ts, den);
    return r;
}

static KrObject *float_hex(KrThread *ts, KrObject *self) {
    double x = KR_FLOAT_VALUE(self);
    if (!isfinite(x)) {
        return float_repr(ts, self);
    }
    if (x == 0.0) {
        return kr_str_from_cstr(ts, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[64], out[96];
    int si = 0;
    const char *hexd = "0123456789abcdef";
    s[si++] = hexd[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexd[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return kr_str_from_cstr(ts, out);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Parses float.fromhex text: 0 ok, -1 malformed, 1 too large.
static int parse_hex_float(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if ((match_word(p, end, "infinity") && end - p == 8) || (match_word(p, end, "inf") && end - p == 3)) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (match_word(p, end, "nan") && end - p == 3) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        p += 2;
    }
    // Mantissa: keep the first 16 significant hex digits (64 bits) and a
    // sticky flag for the rest; exp2 counts the binary exponent.
    uint64_t top = 0;
    int ndig = 0, total = 0;
    bool sticky = false, seen_point = false;
    int64_t exp2 = 0;
    for (; p < end; p++) {
        if (*p == '.') {
            if (seen_point) {
                return -1;
            }
            seen_point = true;
            continue;
        }
        int d = hex_value(*p);
        if (d < 0) {
            break;
        }
        total++;
        if (ndig == 0 && d == 0) {
            if (seen_point) {
                exp2 -= 4;
            }
            continue;
        }
        if (ndig < 16) {
            top = top << 4 | (uint64_t)d;
            ndig++;
            if (seen_point) {
                exp2 -= 4;
            }
        } else {
            sticky = sticky || d != 0;
            if (!seen_point) {
                exp2 += 4;
            }
        }
    }
    if (total == 0) {
        return -1;
    }
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        if (p >= end || !is_digit(*p)) {
            return -1;
        }
        int64_t e = 0;
        for (; p < end && is_digit(*p); p++) {
            if (e < ((int64_t)1 << 40)) {
                e = e * 10 + (*p - '0');
            }
        }
        exp2 += eneg ? -e : e;
    }
    if (p != end) {
        return -1;
    }
    if (top == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    int bits = 64 - __builtin_clzll(top);
    int64_t topexp = exp2 + bits; // value < 2**topexp
    if (topexp > DBL_MAX_EXP) {
        return 1;
    }
    // Bits below the smallest representable unit of the result get rounded
    // away here once (half to even), so ldexp is exact afterwards.
    int64_t lsb = topexp - DBL_MANT_DIG; // exponent of the result's last bit
    if (lsb < DBL_MIN_EXP - DBL_MANT_DIG) {
        lsb = DBL_MIN_EXP - DBL_MANT_DIG;
    }
    int64_t drop = lsb - exp2;
    if (drop > 0) {
        uint64_t kept, rem, half;
        if (drop >= 64) {
            kept = 0;
            rem = top;
            half = drop == 64 ? (uint64_t)1 << 63 : 0;
            bool above_half = drop == 64 ? (rem > half || (rem == half && sticky)) : false;
            top = above_half ? 1 : 0;
            exp2 = lsb;
        } else {
            kept = top >> drop;
            rem = top & ((((uint64_t)1) << drop) - 1);
            half = (uint64_t)1 << (drop - 1);
            if (rem > half || (rem == half && (sticky || (kept & 1)))) {
                kept++;
            }
            top = kept;
            exp2 = lsb;
        }
    }
    double v = ldexp((double)top, (int)exp2);
    if (isinf(v)) {
        return 1;
    }
    *out = neg ? -v : v;
    return 0;
}

static KrObject *float_fromhex(KrThread *ts, KrObject *cls, KrObject *arg) {
    if (!kr_str_check(arg)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    size_t len;
    const char *s = kr_str_utf8(ts, arg, &len);
    if (!s) {
        return NULL;
    }
    double v = 0.0;
    int rc = parse_hex_float(s, len, &v);
    if (rc < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "invalid hexadecimal floating-point string");
        return NULL;
    }
    if (rc > 0) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    KrObject *f = kr_float_from_double(ts, v);
    if (!f || cls == (KrObject *)&kr_float_type) {
        return f;
    }
    KrObject *r = kr_call1(ts, cls, f);
    KR_DECREF(ts, f);
    return r;
}

static KrObject *float_trunc(KrThread *ts, KrObject *self) {
    return kr_int_from_double(ts, KR_FLOAT_VALUE(self));
}

static KrObject *float_floor(KrThread *ts, KrObject *self) {
    return kr_int_from_double(ts, floor(KR_FLOAT_VALUE(self)));
}

static KrObject *float_ceil(KrThread *ts, KrObject *self) {
    return kr_int_from_double(ts, ceil(KR_FLOAT_VALUE(self)));
}

// Rounds x to `nd` decimal places through its exact decimal expansion, so
// halfway cases are judged on the true binary value (round(2.675, 2) == 2.67).
static KrObject *round_ndigits(KrThread *ts, double x, int64_t nd) {
    // Beyond these the result is x itself or a zero (CPython's NDIGITS_MAX/MIN).
    if (!isfinite(x) || x == 0.0 || nd > 323) {
        return kr_float_from_double(ts, x);
    }
    if (nd < -308) {
        return kr_float_from_double(ts, 0.0 * x);
    }
    char *buf = kr_mem_alloc(ts, 400 + (nd > 0 ? (size_t)nd : 0));
    if (!buf) {
        return NULL;
    }
    double y;
    if (nd >= 0) {
        // printf's %.Nf is correctly rounded, ties to even on the exact value.
        snprintf(buf, 400 + (size_t)nd, "%.*f", (int)nd, x);
        y = strtod(buf, NULL);
    } else {
        // Round the integer digits at position -nd by hand.
        double ipart;
        bool frac = modf(x, &ipart) != 0.0;
        int n = snprintf(buf, 400, "%.0f", fabs(ipart));
        int k = (int)-nd;
        if (k > n) {
            y = 0.0;
        } else {
            int cut = n - k;
            bool up = false;
            char first = buf[cut];
            bool rest_zero = !frac;
            for (int i = cut + 1; i < n && rest_zero; i++) {
                rest_zero = buf[i] == '0';
            }
            if (first > '5' || (first == '5' && !rest_zero)) {
                up = true;
            } else if (first == '5') {
                int prev = cut > 0 ? buf[cut - 1] - '0' : 0;
                up = (prev & 1) != 0;
            }
            // Digits buf[0:cut] (+1 if up) times 10**k.
            char num[420];
            int m = 0;
            num[m++] = '0';
            memcpy(num + m, buf, (size_t)cut);
            m += cut;
            num[m] = '\0';
            if (up) {
                int i = m - 1;
                while (num[i] == '9') {
                    num[i--] = '0';
                }
                num[i]++;
            }
            snprintf(num + m, sizeof num - (size_t)m, "e%d", k);
            y = strtod(num, NULL);
        }
        y = copysign(y, x);
    }
    kr_mem_free(ts, buf);
    if (isinf(y)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return kr_float_from_double(ts, y);
}

static KrObject *float_round(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                             KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__round__() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    double x = KR_FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == KR_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);
        }
        return kr_int_from_double(ts, r);
    }
    KrObject *nd = kr_number_index(ts, args[0]);
    if (!nd) {
        return NULL;
    }
    int ovf;
    int64_t n = kr_int_as_i64(nd, &ovf);
    KR_DECREF(ts, nd);
    if (ovf) {
        n = ovf > 0 ? INT64_MAX : INT64_MIN;
    }
    return round_ndigits(ts, x, n);
}

static KrObject *float_get_real(KrThread *ts, KrObject *self) {
    return float_float(ts, self);
}

static KrObject *float_get_imag(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_float_from_double(ts, 0.0);
}

// ---- __format__ --------------------------------------------------------------------

KrObject *kr_float_format_parsed(KrThread *ts, double v, const KrFormatSpec *specin, const char *type_name) {
    KrFormatSpec spec = *specin;
    kr_int_spec_defaults(&spec);
    switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return kr_format_spec_unknown_code_for(ts, &spec, type_name);
    }
    char type = (char)spec.type;
    if (spec.grouping && type == 'n') {
        kr_err_format(ts, &kr_exc_ValueError, "Cannot specify '%c' with 'n'.", spec.grouping);
        return NULL;
    }
    if (spec.precision > 0x7fffffff) {
        kr_err_set_str(ts, &kr_exc_ValueError, "precision too big");
        return NULL;
    }
    unsigned flags = 0;
    int default_precision = 6;
    bool pct = false;
    if (spec.alternate) {
        flags |= KR_DTOA_ALT;
    }
    if (spec.no_neg_zero) {
        flags |= KR_DTOA_NO_NEG_0;
    }
    if (type == 0) {
        flags |= KR_DTOA_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') {
        type = 'g';
    }
    if (type == '%') {
        type = 'f';
        v *= 100;
        pct = true;
    }
    int precision = (int)spec.precision;
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    size_t size = kr_dtoa_format_size(type, precision) + 2;
    char *buf = kr_mem_alloc(ts, size);
    if (!buf) {
        return NULL;
    }
    size_t n = kr_dtoa_format(v, type, precision, flags, buf);
    if (pct) {
        buf[n++] = '%';
        buf[n] = '\0';
    }
    char *p = buf;
    char sign = 0;
    if (*p == '-') {
        sign = '-';
        p++;
    } else if (spec.sign == '+' || spec.sign == ' ') {
        sign = spec.sign;
    }
    size_t ndigits = 0;
    while (is_digit(p[ndigits])) {
        ndigits++;
    }
    KrObject *r = kr_int_layout_number(ts, &spec, sign, "", p, ndigits, p + ndigits,
                                       spec.type == 'n' ? 0 : spec.grouping, 3);
    kr_mem_free(ts, buf);
    return r;
}

KrObject *kr_float_format(KrThread *ts, KrObject *o, KrObject *specobj) {
    if (KR_STR_LEN(specobj) == 0) {
        return kr_str(ts, o);
    }
    KrFormatSpec spec;
    if (kr_format_spec_parse_for(ts, specobj, o, '>', &spec) < 0) {
        return NULL;
    }
    return kr_float_format_parsed(ts, KR_FLOAT_VALUE(o), &spec, kr_type_name_cstr(KR_TYPE(o)));
}

static KrObject *float_format_method(KrThread *ts, KrObject *self, KrObject *spec) {
    if (!kr_str_check(spec)) {
        kr_err_format(ts, &kr_exc_TypeError, "__format__() argument must be str, not %s", kr_arg_type_name(spec));
        return NULL;
    }
    return kr_float_format(ts, self, spec);
}

static KrObject *float_getnewargs(KrThread *ts, KrObject *self) {
    KrObject *v = kr_float_from_double(ts, KR_FLOAT_VALUE(self));
    if (!v) {
        return NULL;
    }
    KrObject *r = kr_tuple_pack(ts, 1, v);
    KR_DECREF(ts, v);
    return r;
}

// float.__getformat__('double'): the only layouts Krait runs on.
static KrObject *float_getformat(KrThread *ts, KrObject *cls, KrObject *arg) {
    (void)cls;
    if (!kr_str_check(arg)) {
        kr_err_format(ts, &kr_exc_TypeError, "__getformat__() argument must be str, not %s", kr_arg_type_name(arg));
        return NULL;
    }
    if (!kr_str_equal_cstr(arg, "double") && !kr_str_equal_cstr(arg, "float")) {
        kr_err_set_str(ts, &kr_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return kr_str_from_cstr(ts, "IEEE, little-endian");
}

static const KrMethodDef float_methods[] = {
    {"__getnewargs__", (void *)float_getnewargs, KR_METH_NOARGS, false, false, NULL},
    {"__getformat__", (void *)float_getformat, KR_METH_O, false, true, NULL},
    {"is_integer", (void *)float_is_integer, KR_METH_NOARGS, false, false, "Return True if the float is an integer."},
    {"as_integer_ratio", (void *)float_as_integer_ratio, KR_METH_NOARGS, false, false,
     "Return integer ratio."},
    {"hex", (void *)float_hex, KR_METH_NOARGS, false, false, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", (void *)float_fromhex, KR_METH_O, false, true, "Create a floating-point number from a hexadecimal string."},
    {"conjugate", (void *)float_float, KR_METH_NOARGS, false, false, "Return self, the complex conjugate of any float."},
    {"__trunc__", (void *)float_trunc, KR_METH_NOARGS, false, false, "Return the Integral closest to x between 0 and x."},
    {"__floor__", (void *)float_floor, KR_METH_NOARGS, false, false, "Return the floor as an Integral."},
    {"__ceil__", (void *)float_ceil, KR_METH_NOARGS, false, false, "Return the ceiling as an Integral."},
    {"__round__", (void *)float_round, KR_METH_VARARGS, false, false, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", (void *)float_format_method, KR_METH_O, false, false, "Formats the float according to format_spec."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

KrType kr_float_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "float",
    .basicsize = sizeof(KrFloat),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_MATCH_SELF,
    .base_type = &kr_object_type,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .nb = {
        [KR_BINOP_ADD] = float_add,
        [KR_BINOP_SUBTRACT] = float_sub,
        [KR_BINOP_MULTIPLY] = float_mul,
        [KR_BINOP_TRUE_DIVIDE] = float_truediv,
        [KR_BINOP_FLOOR_DIVIDE] = float_floordiv,
        [KR_BINOP_REMAINDER] = float_rem,
        [KR_BINOP_POWER] = float_pow,
    },
    .nb_power3 = float_pow3,
    .nb_divmod = float_divmod,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .methods = float_methods,
    .getsets = float_getsets,
};
