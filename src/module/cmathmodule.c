// SPDX-License-Identifier: MIT
// The cmath module: complex elementary functions with CPython's branch cuts,
// special values (C99 Annex G) and errors.
#include <complex.h>
#include <float.h>
#include <math.h>

#include "mathmodule.h"
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../vm/vm.h"

typedef struct Cx {
    double re, im;
} Cx;

// Thresholds of the formulas: past LARGE, squares or exponentials overflow,
// so the functions switch to asymptotic forms.
#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 // sqrt(LARGE_DOUBLE)
#define LOG_LARGE_DOUBLE 708.3964185322641       // log(LARGE_DOUBLE)
#define SQRT_DBL_MIN 1.4916681462400413e-154     // sqrt(DBL_MIN)
#define LN10 2.302585092994045684017991454684364208

// How a computation went: ok, a domain error or an overflow.
enum { C_OK, C_DOMAIN, C_RANGE };

static bool cx_finite(Cx z) {
    return isfinite(z.re) && isfinite(z.im);
}

static Cx from_c99(double complex c) {
    Cx r = {creal(c), cimag(c)};
    return r;
}

// The C library's special values depend on the sign of a NaN, which
// CPython's tables ignore: NaNs go in positive.
// (Built through its parts: CMPLX is missing from some toolchains, and
// re + im * I would turn an infinite im into NaNs.)
static double complex to_c99(Cx z) {
    union {
        double complex c;
        double parts[2];
    } u;
    u.parts[0] = isnan(z.re) ? NAN : z.re;
    u.parts[1] = isnan(z.im) ? NAN : z.im;
    return u.c;
}

// i*z and -i*z: sin, tan, asin and atan are their hyperbolic twins rotated.
static Cx mul_i(Cx z) {
    Cx r = {-z.im, z.re};
    return r;
}

static Cx mul_neg_i(Cx z) {
    Cx r = {z.im, -z.re};
    return r;
}

// The argument as a complex number: complex, __complex__, or a real number.
static int as_complex(KrThread *ts, KrObject *o, Cx *out) {
    if (kr_isinstance_type(o, &kr_complex_type)) {
        out->re = ((KrComplex *)o)->real;
        out->im = ((KrComplex *)o)->imag;
        return 0;
    }
    int rc = kr_complex_try_dunder(ts, o, &out->re, &out->im);
    if (rc != 0) {
        return rc < 0 ? -1 : 0;
    }
    out->im = 0.0;
    return kr_mathmodule_as_double(ts, o, &out->re);
}

// ---- the functions on finite arguments (Kahan's formulas) -------------------

static Cx c_sqrt(Cx z) {
    if (!cx_finite(z)) {
        return from_c99(csqrt(to_c99(z)));
    }
    if (z.re == 0.0 && z.im == 0.0) {
        Cx r = {0.0, z.im};
        return r;
    }
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // Subnormal parts: scale up by 2**53 so hypot keeps its precision.
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    Cx r;
    if (z.re >= 0.0) {
        r.re = s;
        r.im = copysign(d, z.im);
    } else {
        r.re = d;
        r.im = copysign(s, z.im);
    }
    return r;
}

static Cx c_exp(Cx z, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.im) && !isnan(z.re) && z.re != -INFINITY) {
            *err = C_DOMAIN;
        }
        if (z.re == -INFINITY && isinf(z.im)) {
            return (Cx){0.0, 0.0};
        }
        return from_c99(cexp(to_c99(z)));
    }
    Cx r;
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.0);
        r.re = l * cos(z.im) * KR_MATH_E;
        r.im = l * sin(z.im) * KR_MATH_E;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    if (isinf(r.re) || isinf(r.im)) {
        *err = C_RANGE;
    }
    return r;
}

// cosh and sinh share their overflow-avoiding shape.
static Cx c_cosh_sinh(Cx z, bool is_sinh, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.im) && !isnan(z.re)) {
            *err = C_DOMAIN;
        }
        // Where C99 leaves a zero's sign open, CPython's tables say +0.
        Cx r = from_c99(is_sinh ? csinh(to_c99(z)) : ccosh(to_c99(z)));
        if (is_sinh && z.re == 0.0 && isnan(z.im)) {
            r.re = 0.0;
        } else if (!is_sinh && isnan(z.re) && z.im == 0.0) {
            r.im = 0.0;
        }
        return r;
    }
    double x = z.re, scale = 1.0;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        x = z.re - copysign(1.0, z.re);
        scale = KR_MATH_E;
    }
    Cx r;
    if (is_sinh) {
        r.re = cos(z.im) * sinh(x) * scale;
        r.im = sin(z.im) * cosh(x) * scale;
    } else {
        r.re = cos(z.im) * cosh(x) * scale;
        r.im = sin(z.im) * sinh(x) * scale;
    }
    if (isinf(r.re) || isinf(r.im)) {
        *err = C_RANGE;
    }
    return r;
}

static Cx c_tanh(Cx z, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.im) && isfinite(z.re)) {
            *err = C_DOMAIN;
        }
        if (z.re == 0.0 && isnan(z.im)) {
            return (Cx){NAN, NAN};
        }
        Cx r = from_c99(ctanh(to_c99(z)));
        if (isinf(z.re) && isinf(z.im)) {
            r.im = 0.0;
        }
        return r;
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        r.re = copysign(1.0, z.re);
        r.im = 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re));
        return r;
    }
    double tx = tanh(z.re), ty = tan(z.im), cx = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    r.re = tx * (1.0 + ty * ty) / denom;
    r.im = ((ty / denom) * cx) * cx;
    return r;
}

// log(hypot(x, y)) for parts past LARGE_DOUBLE, plus `extra` multiples of ln 2.
static double log_hypot_half(double x, double y, double extra) {
    return log(hypot(x / 2.0, y / 2.0)) + KR_MATH_LN2 * extra;
}

static Cx c_asinh(Cx z) {
    if (!cx_finite(z)) {
        return from_c99(casinh(to_c99(z)));
    }
    Cx r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log_hypot_half(z.re, z.im, 2.0);
        r.re = z.im >= 0.0 ? copysign(l, z.re) : -copysign(l, -z.re);
        r.im = atan2(z.im, fabs(z.re));
        return r;
    }
    Cx s1 = c_sqrt((Cx){1.0 + z.im, -z.re});
    Cx s2 = c_sqrt((Cx){1.0 - z.im, z.re});
    r.re = asinh(s1.re * s2.im - s2.re * s1.im);
    r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    return r;
}

static Cx c_acos(Cx z) {
    if (!cx_finite(z)) {
        if (isinf(z.re) && isnan(z.im)) {
            return (Cx){NAN, INFINITY};
        }
        return from_c99(cacos(to_c99(z)));
    }
    Cx r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log_hypot_half(z.re, z.im, 2.0);
        r.re = atan2(fabs(z.im), z.re);
        r.im = z.re < 0.0 ? -copysign(l, z.im) : copysign(l, -z.im);
        return r;
    }
    Cx s1 = c_sqrt((Cx){1.0 - z.re, -z.im});
    Cx s2 = c_sqrt((Cx){1.0 + z.re, z.im});
    r.re = 2.0 * atan2(s1.re, s2.re);
    r.im = asinh(s2.re * s1.im - s2.im * s1.re);
    return r;
}

static Cx c_acosh(Cx z) {
    if (!cx_finite(z)) {
        if (z.re == 0.0 && isnan(z.im)) {
            return (Cx){NAN, NAN};
        }
        return from_c99(cacosh(to_c99(z)));
    }
    Cx r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = log_hypot_half(z.re, z.im, 2.0);
        r.im = atan2(z.im, z.re);
        return r;
    }
    Cx s1 = c_sqrt((Cx){z.re - 1.0, z.im});
    Cx s2 = c_sqrt((Cx){z.re + 1.0, z.im});
    r.re = asinh(s1.re * s2.re + s1.im * s2.im);
    r.im = 2.0 * atan2(s1.im, s2.re);
    return r;
}

static Cx c_atanh(Cx z, int *err) {
    if (!cx_finite(z)) {
        return from_c99(catanh(to_c99(z)));
    }
    if (z.re < 0.0) {
        // atanh is odd: work in the right half-plane.
        Cx r = c_atanh((Cx){-z.re, -z.im}, err);
        r.re = -r.re;
        r.im = -r.im;
        return r;
    }
    double ay = fabs(z.im);
    Cx r;
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2.0, z.im / 2.0);
        r.re = z.re / 4.0 / h / h;
        r.im = -copysign(KR_MATH_PI / 2.0, -z.im);
    } else if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            r.re = INFINITY;
            r.im = z.im;
            *err = C_DOMAIN;
        } else {
            r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.0)));
            r.im = copysign(atan2(2.0, -ay) / 2.0, z.im);
        }
    } else {
        r.re = log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
        r.im = -atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    }
    return r;
}

static Cx c_log(Cx z, int *err) {
    if (!cx_finite(z)) {
        return from_c99(clog(to_c99(z)));
    }
    double ax = fabs(z.re), ay = fabs(z.im);
    Cx r;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.re = log_hypot_half(ax, ay, 1.0);
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            r.re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53.0 * KR_MATH_LN2;
        } else {
            r.re = -INFINITY;
            *err = C_DOMAIN;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // Near the unit circle log(h) loses digits: log1p of h*h - 1.
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    return r;
}

// a / b by Smith's method; division by zero is a domain error.
static Cx c_quot(Cx a, Cx b, int *err) {
    double abr = fabs(b.re), abi = fabs(b.im);
    Cx r;
    if (abr >= abi) {
        if (abr == 0.0) {
            *err = C_DOMAIN;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re, denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;
    }
    return r;
}

// ---- Python entry points ------------------------------------------------------

// Boxes a result or raises the error it carries.
static KrObject *finish(KrThread *ts, Cx r, int err) {
    if (err == C_DOMAIN) {
        return kr_mathmodule_domain_error(ts);
    }
    if (err == C_RANGE) {
        return kr_mathmodule_range_error(ts);
    }
    return kr_complex_new(ts, r.re, r.im);
}

enum { F_ACOS, F_ACOSH, F_ASIN, F_ASINH, F_ATAN, F_ATANH, F_COS, F_COSH, F_EXP, F_LOG10, F_SIN, F_SINH, F_SQRT, F_TAN, F_TANH };

static Cx apply(int which, Cx z, int *err) {
    switch (which) {
    case F_ACOS: return c_acos(z);
    case F_ACOSH: return c_acosh(z);
    case F_ASIN: return mul_neg_i(c_asinh(mul_i(z)));
    case F_ASINH: return c_asinh(z);
    case F_ATAN: return mul_neg_i(c_atanh(mul_i(z), err));
    case F_ATANH: return c_atanh(z, err);
    case F_COS: return c_cosh_sinh(mul_i(z), false, err);
    case F_COSH: return c_cosh_sinh(z, false, err);
    case F_EXP: return c_exp(z, err);
    case F_LOG10: {
        Cx r = c_log(z, err);
        r.re /= LN10;
        r.im /= LN10;
        return r;
    }
    case F_SIN: return mul_neg_i(c_cosh_sinh(mul_i(z), true, err));
    case F_SINH: return c_cosh_sinh(z, true, err);
    case F_SQRT: return c_sqrt(z);
    case F_TAN: return mul_neg_i(c_tanh(mul_i(z), err));
    default: return c_tanh(z, err);
    }
}

static KrObject *cmath_1(KrThread *ts, KrObject *arg, int which) {
    Cx z;
    if (as_complex(ts, arg, &z) < 0) {
        return NULL;
    }
    int err = C_OK;
    Cx r = apply(which, z, &err);
    return finish(ts, r, err);
}

#define CMATH_1(name, which)                                                  \
    static KrObject *cmath_##name(KrThread *ts, KrObject *self, KrObject *arg) { \
        (void)self;                                                           \
        return cmath_1(ts, arg, which);                                       \
    }
CMATH_1(acos, F_ACOS)
CMATH_1(acosh, F_ACOSH)
CMATH_1(asin, F_ASIN)
CMATH_1(asinh, F_ASINH)
CMATH_1(atan, F_ATAN)
CMATH_1(atanh, F_ATANH)
CMATH_1(cos, F_COS)
CMATH_1(cosh, F_COSH)
CMATH_1(exp, F_EXP)
CMATH_1(log10, F_LOG10)
CMATH_1(sin, F_SIN)
CMATH_1(sinh, F_SINH)
CMATH_1(sqrt, F_SQRT)
CMATH_1(tan, F_TAN)
CMATH_1(tanh, F_TANH)
#undef CMATH_1

// cmath.log(z[, base])
static KrObject *cmath_log(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_mathmodule_check_args(ts, "cmath", "log", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Cx z, base;
    if (as_complex(ts, args[0], &z) < 0 || (nargs == 2 && as_complex(ts, args[1], &base) < 0)) {
        return NULL;
    }
    int err = C_OK;
    Cx r = c_log(z, &err);
    if (nargs == 2 && err == C_OK) {
        Cx lb = c_log(base, &err);
        if (err == C_OK) {
            r = c_quot(r, lb, &err);
        }
    }
    return finish(ts, r, err);
}

static KrObject *cmath_phase(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    Cx z;
    if (as_complex(ts, arg, &z) < 0) {
        return NULL;
    }
    return kr_float_from_double(ts, atan2(z.im, z.re));
}

// |z| with IEEE's rules for infinities and NaNs; -1 on overflow.
static int c_abs(Cx z, double *out) {
    if (isinf(z.re) || isinf(z.im)) {
        *out = INFINITY;
        return 0;
    }
    if (isnan(z.re) || isnan(z.im)) {
        *out = NAN;
        return 0;
    }
    *out = hypot(z.re, z.im);
    return isinf(*out) ? -1 : 0;
}

static KrObject *cmath_polar(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    Cx z;
    if (as_complex(ts, arg, &z) < 0) {
        return NULL;
    }
    double r;
    if (c_abs(z, &r) < 0) {
        return kr_mathmodule_range_error(ts);
    }
    KrObject *a = kr_float_from_double(ts, r);
    KrObject *b = a ? kr_float_from_double(ts, atan2(z.im, z.re)) : NULL;
    KrObject *t = b ? kr_tuple_pack(ts, 2, a, b) : NULL;
    KR_XDECREF(ts, a);
    KR_XDECREF(ts, b);
    return t;
}

// r * e**(i*phi), with the special values of CPython's table.
static int c_rect(double r, double phi, Cx *out) {
    if (isfinite(r) && isfinite(phi)) {
        out->re = r * cos(phi);
        out->im = r * sin(phi);
    } else if (isnan(r)) {
        out->re = r;
        out->im = phi == 0.0 ? 0.0 : NAN;
    } else if (isinf(r)) {
        if (isfinite(phi) && phi != 0.0) {
            double s = r > 0 ? 1.0 : -1.0;
            out->re = s * copysign(INFINITY, cos(phi));
            out->im = s * copysign(INFINITY, sin(phi));
        } else if (phi == 0.0) {
            out->re = r;
            out->im = r > 0 ? phi : -phi;
        } else if (isnan(phi)) {
            out->re = INFINITY;
            out->im = NAN;
        } else {
            return -1;
        }
    } else if (r == 0.0) {
        out->re = out->im = 0.0;
    } else if (isinf(phi)) {
        return -1;
    } else {
        out->re = out->im = NAN;
    }
    return 0;
}

static KrObject *cmath_rect(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_mathmodule_check_args(ts, "cmath", "rect", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    double r, phi;
    if (kr_mathmodule_as_double(ts, args[0], &r) < 0 || kr_mathmodule_as_double(ts, args[1], &phi) < 0) {
        return NULL;
    }
    Cx z;
    if (c_rect(r, phi, &z) < 0) {
        return kr_mathmodule_domain_error(ts);
    }
    return kr_complex_new(ts, z.re, z.im);
}

static KrObject *classify(KrThread *ts, KrObject *arg, int which) {
    Cx z;
    if (as_complex(ts, arg, &z) < 0) {
        return NULL;
    }
    bool r = which == 0 ? cx_finite(z) : which == 1 ? (isinf(z.re) || isinf(z.im)) : (isnan(z.re) || isnan(z.im));
    return KR_INCREF(KR_BOOL(r));
}

static KrObject *cmath_isfinite(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return classify(ts, arg, 0);
}

static KrObject *cmath_isinf(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return classify(ts, arg, 1);
}

static KrObject *cmath_isnan(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return classify(ts, arg, 2);
}

// cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static KrObject *cmath_isclose(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    KrObject *ao, *bo;
    Cx a, b;
    double rel, abs_tol;
    if (kr_mathmodule_isclose_args(ts, args, nargs, kwnames, &ao, &bo, &rel, &abs_tol) < 0 ||
        as_complex(ts, ao, &a) < 0 || as_complex(ts, bo, &b) < 0) {
        return NULL;
    }
    if (a.re == b.re && a.im == b.im) {
        return KR_INCREF(KR_TRUE);
    }
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) {
        return KR_INCREF(KR_FALSE);
    }
    double diff = hypot(a.re - b.re, a.im - b.im);
    bool close = diff <= rel * hypot(b.re, b.im) || diff <= rel * hypot(a.re, a.im) || diff <= abs_tol;
    return KR_INCREF(KR_BOOL(close));
}

#define C1(name, doc) {#name, cmath_##name, KR_METH_O, false, false, doc}
#define CV(name, doc) {#name, cmath_##name, KR_METH_VARARGS, false, false, doc}

static const KrMethodDef cmath_functions[] = {
    C1(acos, "Return the arc cosine of z."),
    C1(acosh, "Return the inverse hyperbolic cosine of z."),
    C1(asin, "Return the arc sine of z."),
    C1(asinh, "Return the inverse hyperbolic sine of z."),
    C1(atan, "Return the arc tangent of z."),
    C1(atanh, "Return the inverse hyperbolic tangent of z."),
    C1(cos, "Return the cosine of z."),
    C1(cosh, "Return the hyperbolic cosine of z."),
    C1(exp, "Return the exponential value e**z."),
    CV(isclose, "Determine whether two complex numbers are close in value."),
    C1(isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    C1(isinf, "Checks if the real or imaginary part of z is infinite."),
    C1(isnan, "Checks if the real or imaginary part of z not a number (NaN)."),
    CV(log, "log(z[, base]) -> the logarithm of z to the given base."),
    C1(log10, "Return the base-10 logarithm of z."),
    C1(phase, "Return argument, also known as the phase angle, of a complex."),
    C1(polar, "Convert a complex from rectangular coordinates to polar coordinates."),
    CV(rect, "Convert from polar coordinates to rectangular coordinates."),
    C1(sin, "Return the sine of z."),
    C1(sinh, "Return the hyperbolic sine of z."),
    C1(sqrt, "Return the square root of z."),
    C1(tan, "Return the tangent of z."),
    C1(tanh, "Return the hyperbolic tangent of z."),
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_cmath_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "cmath");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, cmath_functions) < 0) {
        goto error;
    }
    static const struct {
        const char *name;
        double re, im;
        bool is_complex;
    } constants[] = {
        {"pi", KR_MATH_PI, 0, false},   {"e", KR_MATH_E, 0, false},     {"tau", 2 * KR_MATH_PI, 0, false},
        {"inf", INFINITY, 0, false},    {"infj", 0, INFINITY, true},    {"nan", NAN, 0, false},
        {"nanj", 0, NAN, true},
    };
    for (size_t i = 0; i < sizeof(constants) / sizeof(constants[0]); i++) {
        KrObject *v = constants[i].is_complex ? kr_complex_new(ts, constants[i].re, constants[i].im)
                                              : kr_float_from_double(ts, constants[i].re);
        if (kr_module_add_steal(ts, m, constants[i].name, v) < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
