// SPDX-License-Identifier: MIT
// The math module: elementary functions on floats with CPython's error rules.
#include <float.h>
#include <math.h>
#include <string.h>

#include "mathmodule.h"
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../vm/vm.h"

int kr_mathmodule_as_double(KrThread *ts, KrObject *o, double *out) {
    if (kr_float_check(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 0;
    }
    if (kr_int_check(o)) {
        double d = kr_int_as_double(ts, o, NULL);
        if (d == -1.0 && kr_err_occurred(ts)) {
            return -1;
        }
        *out = d;
        return 0;
    }
    KrType *t = KR_TYPE(o);
    if (!t->nb_float && !t->nb_index) {
        kr_err_format(ts, &kr_exc_TypeError, "must be real number, not %T", o);
        return -1;
    }
    KrObject *f = kr_number_float(ts, o);
    if (!f) {
        return -1;
    }
    *out = KR_FLOAT_VALUE(f);
    KR_DECREF(ts, f);
    return 0;
}

int kr_mathmodule_check_keywords(KrThread *ts, const char *fname, KrObject *kwnames, const char *const *names) {
    for (intptr_t i = 0; kwnames && i < KR_TUPLE_SIZE(kwnames); i++) {
        const char *k = kr_str_utf8(ts, KR_TUPLE_GET(kwnames, i), NULL);
        if (!k) {
            return -1;
        }
        bool known = false;
        for (const char *const *n = names; *n; n++) {
            known |= strcmp(*n, k) == 0;
        }
        if (!known) {
            kr_err_format(ts, &kr_exc_TypeError, "'%s' is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
    }
    return 0;
}

int kr_mathmodule_check_args(KrThread *ts, const char *module, const char *name, size_t nargs, KrObject *kwnames,
                             size_t min, size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.%s() takes no keyword arguments", module, name);
        return -1;
    }
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    size_t n = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    kr_err_format(ts, &kr_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name, how, n, n == 1 ? "" : "s",
                  nargs);
    return -1;
}

int kr_mathmodule_isclose_args(KrThread *ts, KrObject *const *args, size_t nargs, KrObject *kwnames, KrObject **a,
                               KrObject **b, double *rel_tol, double *abs_tol) {
    if (nargs > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
        return -1;
    }
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    KrObject *o[4] = {NULL, NULL, NULL, NULL};
    if (kr_mathmodule_check_keywords(ts, "isclose", kwnames, names) < 0 ||
        kr_parse_args(ts, "isclose", args, nargs, kwnames, names, 2, 0, 2, o) < 0) {
        return -1;
    }
    *a = o[0];
    *b = o[1];
    *rel_tol = 1e-9;
    *abs_tol = 0.0;
    if ((o[2] && kr_mathmodule_as_double(ts, o[2], rel_tol) < 0) ||
        (o[3] && kr_mathmodule_as_double(ts, o[3], abs_tol) < 0)) {
        return -1;
    }
    if (*rel_tol < 0.0 || *abs_tol < 0.0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "tolerances must be non-negative");
        return -1;
    }
    return 0;
}

KrObject *kr_mathmodule_domain_error(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_ValueError, "math domain error");
    return NULL;
}

KrObject *kr_mathmodule_range_error(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_OverflowError, "math range error");
    return NULL;
}

// ---- one-argument functions ---------------------------------------------------

// Applies f to a real argument. A NaN from a non-NaN is a domain error; an
// infinity from a finite value a range error where the function can
// overflow (exp, cosh...), a domain error otherwise (atanh(1), log1p(-1)).
static KrObject *math_1(KrThread *ts, KrObject *arg, double (*f)(double), bool can_overflow) {
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        return kr_mathmodule_domain_error(ts);
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? kr_mathmodule_range_error(ts) : kr_mathmodule_domain_error(ts);
    }
    return kr_float_from_double(ts, r);
}

#define MATH_1(name, can_overflow)                                           \
    static KrObject *math_##name(KrThread *ts, KrObject *self, KrObject *arg) { \
        (void)self;                                                          \
        return math_1(ts, arg, name, can_overflow);                          \
    }
MATH_1(acos, false)
MATH_1(acosh, false)
MATH_1(asin, false)
MATH_1(asinh, false)
MATH_1(atan, false)
MATH_1(atanh, false)
MATH_1(cbrt, false)
MATH_1(cos, false)
MATH_1(cosh, true)
MATH_1(erf, false)
MATH_1(erfc, false)
MATH_1(exp, true)
MATH_1(exp2, true)
MATH_1(expm1, true)
MATH_1(fabs, false)
MATH_1(sin, false)
MATH_1(sinh, true)
MATH_1(sqrt, false)
MATH_1(tan, false)
MATH_1(tanh, false)
#undef MATH_1

// A non-positive whole number: a pole of gamma and lgamma.
static bool is_gamma_pole(double x) {
    return x <= 0 && isfinite(x) && floor(x) == x;
}

// gamma and lgamma: poles are domain errors, results past the double range
// range errors; infinities and NaN pass through (lgamma(-inf) is inf).
static KrObject *gamma_like(KrThread *ts, KrObject *arg, bool log_form) {
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x) || x == INFINITY || (log_form && isinf(x))) {
        return kr_float_from_double(ts, fabs(x));
    }
    if (x == -INFINITY || is_gamma_pole(x)) {
        return kr_mathmodule_domain_error(ts);
    }
    double r = log_form ? lgamma(x) : tgamma(x);
    if (isinf(r)) {
        return kr_mathmodule_range_error(ts);
    }
    return kr_float_from_double(ts, r);
}

static KrObject *math_gamma(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return gamma_like(ts, arg, false);
}

static KrObject *math_lgamma(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return gamma_like(ts, arg, true);
}

static KrObject *math_degrees(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    return kr_float_from_double(ts, x * (180.0 / KR_MATH_PI));
}

static KrObject *math_radians(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    return kr_float_from_double(ts, x * (KR_MATH_PI / 180.0));
}

// isfinite / isinf / isnan share the conversion.
static KrObject *classify(KrThread *ts, KrObject *arg, int which) {
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return KR_INCREF(KR_BOOL(r));
}

static KrObject *math_isfinite(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return classify(ts, arg, 0);
}

static KrObject *math_isinf(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return classify(ts, arg, 1);
}

static KrObject *math_isnan(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return classify(ts, arg, 2);
}

static KrObject *math_ulp(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return kr_float_from_double(ts, x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return kr_float_from_double(ts, x);
    }
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {
        // The largest finite float: measure the gap below it instead.
        return kr_float_from_double(ts, x - nextafter(x, -INFINITY));
    }
    return kr_float_from_double(ts, up - x);
}

static KrObject *math_frexp(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    KrObject *mo = kr_float_from_double(ts, m);
    KrObject *eo = kr_int_from_i64(ts, e);
    KrObject *r = mo && eo ? kr_tuple_pack(ts, 2, mo, eo) : NULL;
    KR_XDECREF(ts, mo);
    KR_XDECREF(ts, eo);
    return r;
}

static KrObject *math_modf(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    KrObject *a = kr_float_from_double(ts, fp);
    KrObject *b = kr_float_from_double(ts, ip);
    KrObject *r = a && b ? kr_tuple_pack(ts, 2, a, b) : NULL;
    KR_XDECREF(ts, a);
    KR_XDECREF(ts, b);
    return r;
}

// ---- floor, ceil, trunc -----------------------------------------------------

// Calls type(o).<dunder>(o) if the type defines it; *found tells whether it did.
static KrObject *call_special(KrThread *ts, KrObject *o, const char *dunder, bool *found) {
    KrObject *name = kr_str_intern_cstr(ts, dunder);
    if (!name) {
        return NULL;
    }
    KrObject *meth = kr_type_lookup(ts, KR_TYPE(o), name);
    KR_DECREF(ts, name);
    *found = meth != NULL;
    return meth ? kr_call1(ts, meth, o) : NULL;
}

static KrObject *round_with(KrThread *ts, KrObject *arg, const char *dunder, double (*f)(double)) {
    if (!kr_float_check_exact(arg)) {
        bool found;
        KrObject *r = call_special(ts, arg, dunder, &found);
        if (found || r) {
            return r;
        }
    }
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return NULL;
    }
    return kr_int_from_double(ts, f(x));
}

static KrObject *math_floor(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return round_with(ts, arg, "__floor__", floor);
}

static KrObject *math_ceil(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return round_with(ts, arg, "__ceil__", ceil);
}

static KrObject *math_trunc(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    if (kr_float_check_exact(arg)) {
        return kr_int_from_double(ts, trunc(KR_FLOAT_VALUE(arg)));
    }
    bool found;
    KrObject *r = call_special(ts, arg, "__trunc__", &found);
    if (!found && !kr_err_occurred(ts)) {
        kr_err_format(ts, &kr_exc_TypeError, "type %s doesn't define __trunc__ method",
                      kr_type_name_cstr(KR_TYPE(arg)));
    }
    return r;
}

// ---- two-argument functions -------------------------------------------------

// Checks the "name expected 2 arguments, got N" shape and converts both.
static int two_doubles(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                       double *x, double *y) {
    if (kr_mathmodule_check_args(ts, "math", name, nargs, kwnames, 2, 2) < 0) {
        return -1;
    }
    if (kr_mathmodule_as_double(ts, args[0], x) < 0 || kr_mathmodule_as_double(ts, args[1], y) < 0) {
        return -1;
    }
    return 0;
}

#define MATH_2_HEAD(name)                                                                      \
    static KrObject *math_##name(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, \
                                 KrObject *kwnames) {                                          \
        (void)self;                                                                            \
        double x, y;                                                                           \
        if (two_doubles(ts, #name, args, nargs, kwnames, &x, &y) < 0) {                        \
            return NULL;                                                                       \
        }

MATH_2_HEAD(atan2)
    return kr_float_from_double(ts, atan2(x, y));
}

MATH_2_HEAD(copysign)
    return kr_float_from_double(ts, copysign(x, y));
}

MATH_2_HEAD(nextafter)
    return kr_float_from_double(ts, nextafter(x, y));
}

MATH_2_HEAD(fmod)
    if (isinf(y) && isfinite(x)) {
        return kr_float_from_double(ts, x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return kr_mathmodule_domain_error(ts);
    }
    return kr_float_from_double(ts, r);
}

MATH_2_HEAD(remainder)
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return kr_mathmodule_domain_error(ts);
    }
    return kr_float_from_double(ts, r);
}

MATH_2_HEAD(pow)
    double r = pow(x, y);
    // Only finite operands can raise: IEEE's special values are answers.
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r) || (x == 0.0 && y < 0.0)) {
            return kr_mathmodule_domain_error(ts);
        }
        if (isinf(r)) {
            return kr_mathmodule_range_error(ts);
        }
    }
    return kr_float_from_double(ts, r);
}
#undef MATH_2_HEAD

// math.ldexp(x, i): i must be an int; huge exponents saturate.
static KrObject *math_ldexp(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_mathmodule_check_args(ts, "math", "ldexp", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    double x;
    if (kr_mathmodule_as_double(ts, args[0], &x) < 0) {
        return NULL;
    }
    if (!kr_int_check(args[1])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int ovf;
    int64_t e = kr_int_as_i64(args[1], &ovf);
    if (ovf || e > 100000) {
        e = kr_int_sign(args[1]) > 0 ? 100000 : -100000;
    } else if (e < -100000) {
        e = -100000;
    }
    if (x == 0.0 || !isfinite(x)) {
        return kr_float_from_double(ts, x);
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return kr_mathmodule_range_error(ts);
    }
    return kr_float_from_double(ts, r);
}

// math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static KrObject *math_isclose(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    KrObject *ao, *bo;
    double a, b, rel, abs_tol;
    if (kr_mathmodule_isclose_args(ts, args, nargs, kwnames, &ao, &bo, &rel, &abs_tol) < 0 ||
        kr_mathmodule_as_double(ts, ao, &a) < 0 || kr_mathmodule_as_double(ts, bo, &b) < 0) {
        return NULL;
    }
    if (a == b) {
        return KR_INCREF(KR_TRUE);
    }
    // Infinities of the same sign are equal above; any other is never close.
    if (isinf(a) || isinf(b)) {
        return KR_INCREF(KR_FALSE);
    }
    double diff = fabs(b - a);
    bool close = (diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_tol;
    return KR_INCREF(KR_BOOL(close));
}

// ---- logarithms -------------------------------------------------------------

// log of a positive int too large for a double, from its mantissa in
// [0.5, 1) and binary exponent: f(m) + f(2) * e, as CPython computes it.
static int big_int_log(KrThread *ts, KrObject *n, double (*f)(double), double *out) {
    int64_t shift = kr_int_bit_length(n) - 64;
    KrObject *sh = kr_int_from_i64(ts, shift);
    KrObject *top = sh ? kr_binop(ts, n, sh, KR_BINOP_RSHIFT) : NULL;
    KR_XDECREF(ts, sh);
    if (!top) {
        return -1;
    }
    double m = ldexp(kr_int_as_double(ts, top, NULL), -64);
    KR_DECREF(ts, top);
    *out = f(m) + f(2.0) * (double)(shift + 64);
    return 0;
}

// The log of one argument in the base f computes: ints of any size.
static int log_of(KrThread *ts, KrObject *arg, double (*f)(double), double *out) {
    if (kr_int_check(arg)) {
        if (kr_int_sign(arg) <= 0) {
            kr_mathmodule_domain_error(ts);
            return -1;
        }
        if (kr_int_bit_length(arg) > DBL_MAX_EXP) {
            return big_int_log(ts, arg, f, out);
        }
    }
    double x;
    if (kr_mathmodule_as_double(ts, arg, &x) < 0) {
        return -1;
    }
    if (isnan(x) || x == INFINITY) {
        *out = x;
        return 0;
    }
    if (x <= 0.0) {
        kr_mathmodule_domain_error(ts);
        return -1;
    }
    *out = f(x);
    return 0;
}

static KrObject *math_log(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "math.log() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    double num, den;
    if (log_of(ts, args[0], log, &num) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return kr_float_from_double(ts, num);
    }
    if (log_of(ts, args[1], log, &den) < 0) {
        return NULL;
    }
    if (den == 0.0) {
        kr_err_set_str(ts, &kr_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return kr_float_from_double(ts, num / den);
}

static KrObject *math_log2(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double r;
    return log_of(ts, arg, log2, &r) < 0 ? NULL : kr_float_from_double(ts, r);
}

static KrObject *math_log10(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    double r;
    return log_of(ts, arg, log10, &r) < 0 ? NULL : kr_float_from_double(ts, r);
}

static KrObject *math_log1p(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return math_1(ts, arg, log1p, false);
}

// ---- the module ---------------------------------------------------------------

#define M1(name, doc) {#name, math_##name, KR_METH_O, false, false, doc}
#define MV(name, doc) {#name, math_##name, KR_METH_VARARGS, false, false, doc}

static const KrMethodDef math_functions[] = {
    M1(acos, "Return the arc cosine (measured in radians) of x."),
    M1(acosh, "Return the inverse hyperbolic cosine of x."),
    M1(asin, "Return the arc sine (measured in radians) of x."),
    M1(asinh, "Return the inverse hyperbolic sine of x."),
    M1(atan, "Return the arc tangent (measured in radians) of x."),
    MV(atan2, "Return the arc tangent (measured in radians) of y/x."),
    M1(atanh, "Return the inverse hyperbolic tangent of x."),
    M1(cbrt, "Return the cube root of x."),
    M1(ceil, "Return the ceiling of x as an Integral."),
    MV(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M1(cos, "Return the cosine of x (measured in radians)."),
    M1(cosh, "Return the hyperbolic cosine of x."),
    M1(degrees, "Convert angle x from radians to degrees."),
    M1(erf, "Error function at x."),
    M1(erfc, "Complementary error function at x."),
    M1(exp, "Return e raised to the power of x."),
    M1(exp2, "Return 2 raised to the power of x."),
    M1(expm1, "Return exp(x)-1."),
    M1(fabs, "Return the absolute value of the float x."),
    M1(floor, "Return the floor of x as an Integral."),
    MV(fmod, "Return fmod(x, y), according to platform C."),
    M1(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    M1(gamma, "Gamma function at x."),
    MV(isclose, "Determine whether two floating point numbers are close in value."),
    M1(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M1(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M1(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    MV(ldexp, "Return x * (2**i)."),
    M1(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    MV(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    M1(log10, "Return the base 10 logarithm of x."),
    M1(log1p, "Return the natural logarithm of 1+x (base e)."),
    M1(log2, "Return the base 2 logarithm of x."),
    M1(modf, "Return the fractional and integer parts of x."),
    MV(nextafter, "Return the next floating-point value after x towards y."),
    MV(pow, "Return x**y (x to the power of y)."),
    M1(radians, "Convert angle x from degrees to radians."),
    MV(remainder, "Difference between x and the closest integer multiple of y."),
    M1(sin, "Return the sine of x (measured in radians)."),
    M1(sinh, "Return the hyperbolic sine of x."),
    M1(sqrt, "Return the square root of x."),
    M1(tan, "Return the tangent of x (measured in radians)."),
    M1(tanh, "Return the hyperbolic tangent of x."),
    M1(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    M1(ulp, "Return the value of the least significant bit of the float x."),
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_math_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "math");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, math_functions) < 0 ||
        kr_module_add_functions(ts, m, kr_math_int_functions) < 0 ||
        kr_module_add_functions(ts, m, kr_math_sum_functions) < 0) {
        goto error;
    }
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", KR_MATH_PI}, {"e", KR_MATH_E}, {"tau", 2 * KR_MATH_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof(constants) / sizeof(constants[0]); i++) {
        if (kr_module_add_steal(ts, m, constants[i].name, kr_float_from_double(ts, constants[i].value)) < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
