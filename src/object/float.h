// SPDX-License-Identifier: MIT
// float: IEEE double with CPython's shortest round-trip repr.
#ifndef KR_FLOAT_H
#define KR_FLOAT_H

#include "object.h"
#include "formatspec.h"

typedef struct KrFloat {
    KrObject base;
    double value;
} KrFloat;

extern KrType kr_float_type;
#define kr_float_check(o) kr_isinstance_type((o), &kr_float_type)
#define kr_float_check_exact(o) (KR_TYPE(o) == &kr_float_type)
#define KR_FLOAT_VALUE(o) (((KrFloat *)(o))->value)

KrObject *kr_float_from_double(KrThread *ts, double v);
// float(x) for a str: strips whitespace, accepts underscores, inf/nan;
// ValueError "could not convert string to float: '...'".
KrObject *kr_float_from_string(KrThread *ts, const char *s, size_t len);
// Value of a float or int (or __float__/__index__), -1.0 with an exception on failure.
double kr_float_as_double(KrThread *ts, KrObject *o);
KrObject *kr_float_repr_double(KrThread *ts, double v);   // repr(float(v))
KrHash kr_float_hash_value(double v);
KrObject *kr_float_format(KrThread *ts, KrObject *o, KrObject *spec); // float.__format__
// Formats a double with an already parsed spec (also int.__format__ for e/f/g/%);
// type_name names the object's type in "Unknown format code" errors.
KrObject *kr_float_format_parsed(KrThread *ts, double v, const KrFormatSpec *spec, const char *type_name);
// Parses the longest prefix of s that is a Python float literal (optional
// sign, digits with single underscores between them, fraction, exponent, or
// inf/infinity/nan). Returns the number of bytes consumed, 0 if none,
// (size_t)-1 with MemoryError set.
size_t kr_float_parse_prefix(KrThread *ts, const char *s, size_t len, double *out);
// Exact comparison of a double with an int (either order of CPython's
// float_richcompare): -1, 0 or 1 for v <, ==, > i; v must not be NaN. -1 on
// error is impossible: returns -2 with an exception set.
int kr_float_compare_int(KrThread *ts, double v, KrObject *i);

// complex
typedef struct KrComplex {
    KrObject base;
    double real, imag;
} KrComplex;
extern KrType kr_complex_type;
KrObject *kr_complex_new(KrThread *ts, double real, double imag);
// Calls o.__complex__() if o's type defines it: 1 with the parts stored, 0
// when the type has no __complex__, -1 with an exception set.
int kr_complex_try_dunder(KrThread *ts, KrObject *o, double *real, double *imag);
// (ar + ai j) ** (br + bi j) as complex.__pow__ (used by float ** for a
// negative base and fractional exponent).
KrObject *kr_complex_pow_values(KrThread *ts, double ar, double ai, double br, double bi);

#endif
