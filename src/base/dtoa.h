// SPDX-License-Identifier: MIT
// Decimal conversion of doubles: shortest round-trip digits and the
// fixed/exponent/general layouts Python's repr() and format() use.
#ifndef KR_DTOA_H
#define KR_DTOA_H

#include <stdbool.h>
#include <stddef.h>

// Digit generation modes, as David Gay's dtoa: 0 shortest round-trip,
// 2 `ndigits` significant digits, 3 `ndigits` digits after the point.
enum { KR_DTOA_SHORTEST = 0, KR_DTOA_SIGNIFICANT = 2, KR_DTOA_FIXED = 3 };

// Writes the decimal digits of |v| (finite) into `digits` without trailing
// zeros, NUL-terminated, and returns their count; the value is
// 0.DIGITS * 10**decpt. Zero gives "0" with decpt 1; a value that rounds to
// zero in mode 3 gives "" with decpt -ndigits. `digits` needs
// kr_dtoa_digits_size(mode, ndigits) bytes.
size_t kr_dtoa_digits(double v, int mode, int ndigits, char *digits, int *decpt);
size_t kr_dtoa_digits_size(int mode, int ndigits);

// Flags for kr_dtoa_format, as CPython's Py_DTSF_*.
enum {
    KR_DTOA_SIGN = 1,      // always write a sign
    KR_DTOA_ADD_DOT_0 = 2, // "1.0" rather than "1" when no exponent is used
    KR_DTOA_ALT = 4,       // '#': keep the point and trailing zeros
    KR_DTOA_NO_NEG_0 = 8,  // 'z': negative zero after rounding prints as zero
};

// Formats v as PyOS_double_to_string does. code: 'e' 'E' 'f' 'F' 'g' 'G'
// or 'r' (repr: shortest digits, precision ignored). Writes a NUL-terminated
// string to buf, which needs kr_dtoa_format_size(code, precision) bytes,
// and returns its length. inf/nan give "inf"/"nan" ("INF"/"NAN" for upper case codes).
size_t kr_dtoa_format(double v, char code, int precision, unsigned flags, char *buf);
size_t kr_dtoa_format_size(char code, int precision);

#endif
