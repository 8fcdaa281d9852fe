// SPDX-License-Identifier: MIT
// complex: a pair of doubles with CPython's arithmetic, hash, repr and parsing.
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../base/dtoa.h"
#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "float.h"
#include "formatspec.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

typedef struct {
    double real, imag;
} Cval;

#define AS_COMPLEX(o) ((KrComplex *)(o))
#define HASH_IMAG 1000003u

KrObject *kr_complex_new(KrThread *ts, double real, double imag) {
    KrComplex *c = (KrComplex *)kr_object_alloc(ts, &kr_complex_type, sizeof(KrComplex));
    if (c) {
        c->real = real;
        c->imag = imag;
    }
    return (KrObject *)c;
}

static KrObject *from_cval(KrThread *ts, Cval c) {
    return kr_complex_new(ts, c.real, c.imag);
}

static bool complex_check(KrObject *o) {
    return kr_isinstance_type(o, &kr_complex_type);
}

// Converts an operand: 1 done, 0 NotImplemented, -1 error.
static int to_cval(KrThread *ts, KrObject *o, Cval *out) {
    if (complex_check(o)) {
        out->real = AS_COMPLEX(o)->real;
        out->imag = AS_COMPLEX(o)->imag;
        return 1;
    }
    if (kr_float_check(o)) {
        out->real = KR_FLOAT_VALUE(o);
        out->imag = 0.0;
        return 1;
    }
    if (kr_int_check(o)) {
        out->real = kr_int_as_double(ts, o, NULL);
        out->imag = 0.0;
        return out->real == -1.0 && kr_err_occurred(ts) ? -1 : 1;
    }
    return 0;
}

#define CONVERT(a, b, x, y)                     \
    do {                                        \
        int rc_ = to_cval(ts, (a), &(x));       \
        if (rc_ <= 0) {                         \
            return rc_ < 0 ? NULL : KR_NOTIMPL; \
        }                                       \
        rc_ = to_cval(ts, (b), &(y));           \
        if (rc_ <= 0) {                         \
            return rc_ < 0 ? NULL : KR_NOTIMPL; \
        }                                       \
    } while (0)

// ---- complex arithmetic on values (CPython's _Py_c_*) ------------------------

static Cval c_prod(Cval a, Cval b) {
    Cval r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

// Smith's algorithm, as _Py_c_quot; *err set for a zero divisor.
static Cval c_quot(Cval a, Cval b, int *err) {
    Cval r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;
    }
    return r;
}

static Cval c_pow(Cval a, Cval b, int *err) {
    Cval r;
    if (b.real == 0. && b.imag == 0.) {
        r.real = 1.;
        r.imag = 0.;
    } else if (a.real == 0. && a.imag == 0.) {
        if (b.imag != 0. || b.real < 0.) {
            *err = EDOM;
        }
        r.real = 0.;
        r.imag = 0.;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        if (isinf(phase)) {
            // libm reports EDOM for sin/cos of an infinity, which CPython
            // turns into its ZeroDivisionError.
            *err = EDOM;
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static Cval c_powu(Cval x, long n) {
    Cval r = {1., 0.}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        p = c_prod(p, p);
    }
    return r;
}

static Cval c_powi(Cval x, long n, int *err) {
    Cval one = {1., 0.};
    if (n > 0 && n <= 100) {
        return c_powu(x, n);
    }
    if (n < 0 && n >= -100) {
        return c_quot(one, c_powu(x, -n), err);
    }
    Cval e = {(double)n, 0.};
    return c_pow(x, e, err);
}

static KrObject *pow_cvals(KrThread *ts, Cval a, Cval b) {
    int err = 0;
    Cval p;
    if (b.imag == 0. && b.real == floor(b.real) && fabs(b.real) <= 1e9) {
        p = c_powi(a, (long)b.real, &err);
    } else {
        p = c_pow(a, b, &err);
    }
    if (err == 0 && (isinf(p.real) || isinf(p.imag))) {
        err = ERANGE;
    }
    if (err == EDOM) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (err == ERANGE) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return from_cval(ts, p);
}

KrObject *kr_complex_pow_values(KrThread *ts, double ar, double ai, double br, double bi) {
    Cval a = {ar, ai}, b = {br, bi};
    return pow_cvals(ts, a, b);
}

// ---- slots ---------------------------------------------------------------------

static KrObject *complex_add(KrThread *ts, KrObject *a, KrObject *b) {
    Cval x, y;
    CONVERT(a, b, x, y);
    return kr_complex_new(ts, x.real + y.real, x.imag + y.imag);
}

static KrObject *complex_sub(KrThread *ts, KrObject *a, KrObject *b) {
    Cval x, y;
    CONVERT(a, b, x, y);
    return kr_complex_new(ts, x.real - y.real, x.imag - y.imag);
}

static KrObject *complex_mul(KrThread *ts, KrObject *a, KrObject *b) {
    Cval x, y;
    CONVERT(a, b, x, y);
    return from_cval(ts, c_prod(x, y));
}

static KrObject *complex_div(KrThread *ts, KrObject *a, KrObject *b) {
    Cval x, y;
    CONVERT(a, b, x, y);
    int err = 0;
    Cval q = c_quot(x, y, &err);
    if (err) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return from_cval(ts, q);
}

static KrObject *complex_pow(KrThread *ts, KrObject *a, KrObject *b) {
    Cval x, y;
    CONVERT(a, b, x, y);
    return pow_cvals(ts, x, y);
}

static KrObject *complex_pow3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m) {
    if (m != KR_NONE) {
        Cval x, y;
        CONVERT(a, b, x, y);
        kr_err_set_str(ts, &kr_exc_ValueError, "complex modulo");
        return NULL;
    }
    return complex_pow(ts, a, b);
}

static KrObject *complex_neg(KrThread *ts, KrObject *a) {
    return kr_complex_new(ts, -AS_COMPLEX(a)->real, -AS_COMPLEX(a)->imag);
}

static KrObject *complex_pos(KrThread *ts, KrObject *a) {
    if (KR_TYPE(a) == &kr_complex_type) {
        return KR_INCREF(a);
    }
    return kr_complex_new(ts, AS_COMPLEX(a)->real, AS_COMPLEX(a)->imag);
}

static KrObject *complex_abs(KrThread *ts, KrObject *a) {
    double re = AS_COMPLEX(a)->real, im = AS_COMPLEX(a)->imag;
    double r;
    // CPython's _Py_c_abs: infinities win over NaNs.
    if (isinf(re) || isinf(im)) {
        r = HUGE_VAL;
    } else if (isnan(re) || isnan(im)) {
        r = NAN;
    } else {
        r = hypot(re, im);
        if (isinf(r)) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "absolute value too large");
            return NULL;
        }
    }
    return kr_float_from_double(ts, r);
}

static int complex_bool(KrThread *ts, KrObject *a) {
    (void)ts;
    return AS_COMPLEX(a)->real != 0.0 || AS_COMPLEX(a)->imag != 0.0;
}

static KrObject *complex_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (!complex_check(a)) {
        KrObject *t = a;
        a = b;
        b = t;
    }
    if (op != KR_EQ && op != KR_NE) {
        return KR_NOTIMPL;
    }
    double re = AS_COMPLEX(a)->real, im = AS_COMPLEX(a)->imag;
    bool equal;
    if (kr_int_check(b)) {
        // Exact: compare the real part with the int as float == int does.
        if (im != 0.0 || isnan(re)) {
            equal = false;
        } else {
            int c = kr_float_compare_int(ts, re, b);
            if (c == -2) {
                return NULL;
            }
            equal = c == 0;
        }
    } else if (kr_float_check(b)) {
        equal = re == KR_FLOAT_VALUE(b) && im == 0.0;
    } else if (complex_check(b)) {
        equal = re == AS_COMPLEX(b)->real && im == AS_COMPLEX(b)->imag;
    } else {
        return KR_NOTIMPL;
    }
    return kr_bool_from(op == KR_EQ ? equal : !equal);
}

static KrHash part_hash(KrObject *o, double v) {
    if (isnan(v)) {
        uintptr_t y = (uintptr_t)o;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        return (KrHash)(intptr_t)y;
    }
    return kr_float_hash_value(v);
}

static KrHash complex_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    uint64_t hr = (uint64_t)part_hash(o, AS_COMPLEX(o)->real);
    uint64_t hi = (uint64_t)part_hash(o, AS_COMPLEX(o)->imag);
    uint64_t combined = hr + HASH_IMAG * hi;
    if (combined == (uint64_t)-1) {
        combined = (uint64_t)-2;
    }
    return (KrHash)combined;
}

static KrObject *complex_repr(KrThread *ts, KrObject *o) {
    double re = AS_COMPLEX(o)->real, im = AS_COMPLEX(o)->imag;
    char rbuf[128], ibuf[128], out[sizeof rbuf + sizeof ibuf + 4];
    kr_dtoa_format(im, 'r', 0, re == 0.0 && !signbit(re) ? 0 : KR_DTOA_SIGN, ibuf);
    if (re == 0.0 && !signbit(re)) {
        // A +0 real part is left out, and so are the parentheses.
        snprintf(out, sizeof out, "%sj", ibuf);
    } else {
        kr_dtoa_format(re, 'r', 0, 0, rbuf);
        snprintf(out, sizeof out, "(%s%sj)", rbuf, ibuf);
    }
    return kr_str_from_cstr(ts, out);
}

static void complex_dealloc(KrThread *ts, KrObject *o) {
    kr_object_free(ts, o);
}

// ---- construction ----------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Parses complex() text (CPython's complex_from_string_inner): 0 ok, -1
// malformed, -2 error set.
static int parse_complex(KrThread *ts, const char *s, size_t len, Cval *out) {
    const char *p = s, *end = s + len;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (p < end && is_space(*p)) {
        p++;
    }
    if (p < end && *p == '(') {
        bracket = true;
        p++;
        while (p < end && is_space(*p)) {
            p++;
        }
    }
    size_t used = kr_float_parse_prefix(ts, p, (size_t)(end - p), &z);
    if (used == (size_t)-1) {
        return -2;
    }
    if (used) {
        p += used;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            used = kr_float_parse_prefix(ts, p, (size_t)(end - p), &y);
            if (used == (size_t)-1) {
                return -2;
            }
            if (used) {
                p += used;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (p >= end || (*p != 'j' && *p != 'J')) {
                return -1;
            }
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (p < end && (*p == '+' || *p == '-')) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        } else {
            y = 1.0;
        }
        if (p >= end || (*p != 'j' && *p != 'J')) {
            return -1;
        }
        p++;
    }
    while (p < end && is_space(*p)) {
        p++;
    }
    if (bracket) {
        if (p >= end || *p != ')') {
            return -1;
        }
        p++;
        while (p < end && is_space(*p)) {
            p++;
        }
    }
    if (p != end) {
        return -1;
    }
    out->real = x;
    out->imag = y;
    return 0;
}

static KrObject *complex_from_str(KrThread *ts, KrObject *s, Cval *out) {
    size_t len;
    char *ascii = kr_int_str_to_ascii(ts, s, &len);
    if (!ascii) {
        return NULL;
    }
    // Underscores are only allowed between digits; CPython reports a
    // misplaced one with a different message.
    for (size_t k = 0; k < len; k++) {
        if (ascii[k] == '_' && (k == 0 || k + 1 == len || ascii[k - 1] < '0' || ascii[k - 1] > '9' ||
                                ascii[k + 1] < '0' || ascii[k + 1] > '9')) {
            kr_mem_free(ts, ascii);
            kr_err_format(ts, &kr_exc_ValueError, "could not convert string to complex: %R", s);
            return NULL;
        }
    }
    int rc = parse_complex(ts, ascii, len, out);
    kr_mem_free(ts, ascii);
    if (rc == -1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "complex() arg is a malformed string");
    }
    return rc == 0 ? KR_NONE : NULL;
}

// Calls o.__complex__() if the type defines it: 1 done, 0 absent, -1 error.
static int try_dunder_complex(KrThread *ts, KrObject *o, Cval *out) {
    KrObject *name = kr_str_intern_literal(ts, "__complex__");
    if (!name) {
        return -1;
    }
    KrObject *meth = kr_type_lookup(ts, KR_TYPE(o), name);
    if (!meth) {
        KR_DECREF(ts, name);
        return 0;
    }
    KrObject *r = kr_call_method(ts, o, name, NULL, 0);
    KR_DECREF(ts, name);
    if (!r) {
        return -1;
    }
    if (!complex_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
        KR_DECREF(ts, r);
        return -1;
    }
    out->real = AS_COMPLEX(r)->real;
    out->imag = AS_COMPLEX(r)->imag;
    KR_DECREF(ts, r);
    return 1;
}

int kr_complex_try_dunder(KrThread *ts, KrObject *o, double *real, double *imag) {
    Cval v;
    int rc = try_dunder_complex(ts, o, &v);
    if (rc == 1) {
        *real = v.real;
        *imag = v.imag;
    }
    return rc;
}

// A real number argument of complex(): 1 ok, 0 not a number, -1 error.
static int number_as_double(KrThread *ts, KrObject *o, double *out) {
    KrType *t = KR_TYPE(o);
    if (kr_float_check(o) || kr_int_check(o) || t->nb_float || t->nb_index) {
        *out = kr_float_as_double(ts, o);
        return *out == -1.0 && kr_err_occurred(ts) ? -1 : 1;
    }
    return 0;
}

// complex(real=0, imag=0), following CPython's complex_new_impl.
static KrObject *complex_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                             KrObject *kwnames) {
    KrObject *r = NULL, *i = NULL;
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "complex() takes at most 2 arguments (%zu given)", nargs + nkw);
        return NULL;
    }
    if (nargs >= 1) {
        r = args[0];
    }
    if (nargs >= 2) {
        i = args[1];
    }
    for (size_t k = 0; k < nkw; k++) {
        KrObject *name = KR_TUPLE_GET(kwnames, k);
        KrObject **slot = kr_str_equal_cstr(name, "real") ? &r : kr_str_equal_cstr(name, "imag") ? &i : NULL;
        if (!slot) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for complex()", name);
            return NULL;
        }
        if (*slot) {
            kr_err_format(ts, &kr_exc_TypeError, "argument for complex() given by name ('%U') and position (%d)",
                          name, slot == &r ? 1 : 2);
            return NULL;
        }
        *slot = args[nargs + k];
    }
    Cval cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (r == NULL) {
        cr.real = 0.0;
    } else if (kr_str_check(r)) {
        if (i) {
            kr_err_set_str(ts, &kr_exc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        if (!complex_from_str(ts, r, &cr)) {
            return NULL;
        }
        goto build;
    } else if (i && kr_str_check(i)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "complex() second arg can't be a string");
        return NULL;
    } else {
        if (KR_TYPE(r) == &kr_complex_type && !i && type == &kr_complex_type) {
            return KR_INCREF(r);
        }
        int rc = complex_check(r) ? 0 : try_dunder_complex(ts, r, &cr);
        if (rc < 0) {
            return NULL;
        }
        if (rc > 0 || complex_check(r)) {
            if (rc == 0) {
                cr.real = AS_COMPLEX(r)->real;
                cr.imag = AS_COMPLEX(r)->imag;
            }
            cr_is_complex = true;
        } else {
            rc = number_as_double(ts, r, &cr.real);
            if (rc < 0) {
                return NULL;
            }
            if (rc == 0) {
                kr_err_format(ts, &kr_exc_TypeError,
                              "complex() first argument must be a string or a number, not '%T'", r);
                return NULL;
            }
        }
    }
    if (i == NULL) {
        ci.real = cr.imag; // complex(z) keeps z's imaginary part
    } else if (complex_check(i)) {
        ci.real = AS_COMPLEX(i)->real;
        ci.imag = AS_COMPLEX(i)->imag;
        ci_is_complex = true;
    } else {
        int rc = number_as_double(ts, i, &ci.real);
        if (rc < 0) {
            return NULL;
        }
        if (rc == 0) {
            kr_err_format(ts, &kr_exc_TypeError, "complex() second argument must be a number, not '%T'", i);
            return NULL;
        }
    }
    // (a + bj) + (c + dj) * 1j, with CPython's care for signed zeros.
    if (ci_is_complex) {
        cr.real -= ci.imag;
    }
    if (cr_is_complex && i != NULL) {
        ci.real += cr.imag;
    }
    cr.imag = ci.real;
build:
    if (type == &kr_complex_type) {
        return from_cval(ts, cr);
    }
    KrComplex *c = (KrComplex *)kr_object_alloc(ts, type, type->basicsize);
    if (c) {
        c->real = cr.real;
        c->imag = cr.imag;
    }
    return (KrObject *)c;
}

// ---- methods and attributes ----------------------------------------------------------

static KrObject *complex_conjugate(KrThread *ts, KrObject *self) {
    return kr_complex_new(ts, AS_COMPLEX(self)->real, -AS_COMPLEX(self)->imag);
}

static KrObject *complex_get_real(KrThread *ts, KrObject *self) {
    return kr_float_from_double(ts, AS_COMPLEX(self)->real);
}

static KrObject *complex_get_imag(KrThread *ts, KrObject *self) {
    return kr_float_from_double(ts, AS_COMPLEX(self)->imag);
}

// One part of a formatted complex into buf (sized by the caller).
static size_t format_part(double v, char type, int precision, unsigned flags, char sign, char *buf) {
    size_t n = kr_dtoa_format(v, type, precision, flags, buf + 1);
    if (buf[1] == '-' || (sign != '+' && sign != ' ')) {
        memmove(buf, buf + 1, n + 1);
        return n;
    }
    buf[0] = sign;
    return n + 1;
}

// complex.__format__: both parts with the float presentation types; with no
// type it reads like str() (parentheses unless the real part is +0).
static KrObject *complex_format_method(KrThread *ts, KrObject *self, KrObject *specobj) {
    if (!kr_str_check(specobj)) {
        kr_err_format(ts, &kr_exc_TypeError, "__format__() argument must be str, not %T", specobj);
        return NULL;
    }
    if (KR_STR_LEN(specobj) == 0) {
        return kr_str(ts, self);
    }
    KrFormatSpec spec;
    if (kr_format_spec_parse_for(ts, specobj, self, 0, &spec) < 0) {
        return NULL;
    }
    if (spec.zero_pad) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (spec.align == '=') {
        kr_err_set_str(ts, &kr_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    double re = AS_COMPLEX(self)->real, im = AS_COMPLEX(self)->imag;
    char type = (char)spec.type;
    int precision = spec.precision < 0 ? 6 : (int)spec.precision;
    bool skip_re = false, parens = false;
    switch (spec.type) {
    case 0:
        type = spec.precision < 0 ? 'r' : 'g';
        precision = spec.precision < 0 ? 0 : precision;
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
        break;
    case 'n':
        type = 'g';
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        break;
    default:
        return kr_format_spec_unknown_code(ts, &spec, self);
    }
    if (spec.precision > 0x7fffffff) {
        kr_err_set_str(ts, &kr_exc_ValueError, "precision too big");
        return NULL;
    }
    unsigned flags = (spec.alternate ? KR_DTOA_ALT : 0) | (spec.no_neg_zero ? KR_DTOA_NO_NEG_0 : 0);
    size_t size = kr_dtoa_format_size(type, precision) + 4;
    char *buf = kr_mem_alloc(ts, 2 * size + 4);
    if (!buf) {
        return NULL;
    }
    size_t n = 0;
    if (parens) {
        buf[n++] = '(';
    }
    if (!skip_re) {
        n += format_part(re, type, precision, flags, spec.sign, buf + n);
    }
    n += format_part(im, type, precision, flags, skip_re ? spec.sign : '+', buf + n);
    buf[n++] = 'j';
    if (parens) {
        buf[n++] = ')';
    }
    KrObject *body = kr_str_from_utf8(ts, buf, n);
    kr_mem_free(ts, buf);
    if (!body) {
        return NULL;
    }
    KrObject *r = kr_format_spec_pad(ts, &spec, NULL, body, '>');
    KR_DECREF(ts, body);
    return r;
}

static const KrMethodDef complex_methods[] = {
    {"__format__", (void *)complex_format_method, KR_METH_O, false, false, "Convert to a string according to format_spec."},
    {"conjugate", (void *)complex_conjugate, KR_METH_NOARGS, false, false,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

KrType kr_complex_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "complex",
    .basicsize = sizeof(KrComplex),
    .flags = KR_TYPE_BASETYPE,
    .base_type = &kr_object_type,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .nb = {
        [KR_BINOP_ADD] = complex_add,
        [KR_BINOP_SUBTRACT] = complex_sub,
        [KR_BINOP_MULTIPLY] = complex_mul,
        [KR_BINOP_TRUE_DIVIDE] = complex_div,
        [KR_BINOP_POWER] = complex_pow,
    },
    .nb_power3 = complex_pow3,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
