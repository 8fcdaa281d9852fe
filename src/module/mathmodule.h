// SPDX-License-Identifier: MIT
// Shared helpers of the math module's files (mathmodule.c, math_int.c, math_sum.c).
#ifndef KR_MATHMODULE_H
#define KR_MATHMODULE_H

#include "../object/object.h"

// The constants, spelled out: strict C11 <math.h> has no M_PI.
#define KR_MATH_PI 3.141592653589793238462643383279502884
#define KR_MATH_E 2.718281828459045235360287471352662498
#define KR_MATH_LN2 0.693147180559945309417232121458176568

// A real-number argument as a double, as CPython's PyFloat_AsDouble: floats
// directly, then __float__, then __index__; TypeError "must be real number,
// not T" otherwise. Returns -1 with an exception set on failure (check
// kr_err_occurred only when the result is -1.0).
int kr_mathmodule_as_double(KrThread *ts, KrObject *o, double *out);
// ValueError "math domain error" / OverflowError "math range error"; return NULL.
KrObject *kr_mathmodule_domain_error(KrThread *ts);
KrObject *kr_mathmodule_range_error(KrThread *ts);

// Rejects keyword names outside `names` (NULL-terminated) with Argument
// Clinic's message "'x' is an invalid keyword argument for f()"; -1 on error.
int kr_mathmodule_check_keywords(KrThread *ts, const char *fname, KrObject *kwnames, const char *const *names);

// Argument Clinic's positional-only checks: "module.name() takes no keyword
// arguments", "name expected 2 arguments, got 1", "name expected at most 2
// arguments, got 3". -1 with TypeError set.
int kr_mathmodule_check_args(KrThread *ts, const char *module, const char *name, size_t nargs, KrObject *kwnames,
                             size_t min, size_t max);
// Binds isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) for math and cmath:
// a and b borrowed, the tolerances checked non-negative.
int kr_mathmodule_isclose_args(KrThread *ts, KrObject *const *args, size_t nargs, KrObject *kwnames, KrObject **a,
                               KrObject **b, double *rel_tol, double *abs_tol);

extern const KrMethodDef kr_math_int_functions[];
extern const KrMethodDef kr_math_sum_functions[];

#endif
