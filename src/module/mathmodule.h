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

extern const KrMethodDef kr_math_int_functions[];
extern const KrMethodDef kr_math_sum_functions[];

#endif
