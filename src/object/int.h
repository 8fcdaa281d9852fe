// SPDX-License-Identifier: MIT
// int (arbitrary precision, 30-bit digits, machine-word fast path) and bool.
#ifndef KR_INT_H
#define KR_INT_H

#include "object.h"
#include "formatspec.h"

// The int object. `size` is the number of 30-bit digits, negative for negative
// numbers, 0 for zero; digits are little-endian (digits[0] least significant).
typedef struct KrInt {
    KrObject base;
    intptr_t size;
    uint32_t digits[1];
} KrInt;

extern KrType kr_int_type, kr_bool_type;
extern KrInt kr_true_obj, kr_false_obj;
#define KR_TRUE ((KrObject *)&kr_true_obj)
#define KR_FALSE ((KrObject *)&kr_false_obj)
#define KR_BOOL(b) ((b) ? KR_TRUE : KR_FALSE)
// New reference to True/False.
KrObject *kr_bool_from(bool b);

#define kr_int_check(o) KR_TYPE_CHECK_FLAG((o), KR_TYPE_INT_SUBCLASS)
#define kr_int_check_exact(o) (KR_TYPE(o) == &kr_int_type)
#define kr_bool_check(o) (KR_TYPE(o) == &kr_bool_type)

// Creates the per-interpreter small-int cache [-5, 256] (vm->small_ints).
int kr_int_init_cache(KrThread *ts);

KrObject *kr_int_from_i64(KrThread *ts, int64_t v);
KrObject *kr_int_from_u64(KrThread *ts, uint64_t v);
KrObject *kr_int_from_double(KrThread *ts, double d);  // truncates; OverflowError for inf, ValueError for nan
// Parses an int literal or int() argument: optional sign, whitespace, underscores
// between digits, base 0 (prefix decides, as in source code) or 2..36.
// ValueError "invalid literal for int() with base 10: '...'" on bad input.
KrObject *kr_int_from_string(KrThread *ts, const char *s, size_t len, int base);
// Returns the value; sets *overflow (and returns -1) when it does not fit.
int64_t kr_int_as_i64(KrObject *o, int *overflow);
// The value as uint64_t; *overflow is -1 for a negative value, 1 for one >= 2**64.
uint64_t kr_int_as_u64(KrObject *o, int *overflow);
// Value as intptr_t, or -1 with OverflowError set ("Python int too large to convert to C ssize_t").
intptr_t kr_int_as_ssize(KrThread *ts, KrObject *o);
double kr_int_as_double(KrThread *ts, KrObject *o, int *overflow); // OverflowError "int too large to convert to float"
int kr_int_sign(KrObject *o);           // -1, 0, 1
bool kr_int_fits_i64(KrObject *o);
KrObject *kr_int_to_decimal(KrThread *ts, KrObject *o);  // str(int)
KrObject *kr_int_to_base(KrThread *ts, KrObject *o, int base); // "0x1f"-style for bin/oct/hex
KrHash kr_int_hash_value(KrObject *o);
int kr_int_compare(KrObject *a, KrObject *b); // -1, 0, 1
KrObject *kr_int_format(KrThread *ts, KrObject *o, KrObject *spec); // int.__format__

// ---- shared by int.c, int_text.c, float.c and complex.c (the numeric piece)

#define KR_INT_SHIFT 30
#define KR_INT_BASE ((uint32_t)1 << KR_INT_SHIFT)
#define KR_INT_MASK (KR_INT_BASE - 1)

// Allocates an exact int with room for `ndigits` digits (size set to ndigits,
// digits uninitialised); OverflowError "too many digits in integer" when huge.
KrInt *kr_int_alloc(KrThread *ts, intptr_t ndigits);
// Strips leading zero digits and swaps values in [-5, 256] for the cached
// objects. Steals v, returns the result (never NULL).
KrObject *kr_int_normalize(KrThread *ts, KrInt *v);
// Number of significant bits of |o| (0 for zero).
int64_t kr_int_bit_length(KrObject *o);
// An exact-int copy of any int (subclass instances and bools included).
KrObject *kr_int_exact(KrThread *ts, KrObject *o);
// Internal arithmetic on ints (either may be a bool or subclass); new refs, NULL on error.
KrObject *kr_int_add(KrThread *ts, KrObject *a, KrObject *b);
KrObject *kr_int_sub(KrThread *ts, KrObject *a, KrObject *b);
KrObject *kr_int_mul(KrThread *ts, KrObject *a, KrObject *b);
// Floor division and modulo together (either out pointer may be NULL).
int kr_int_divmod(KrThread *ts, KrObject *a, KrObject *b, KrObject **q, KrObject **r);
KrObject *kr_int_pow_small(KrThread *ts, int64_t base, int64_t exp); // base ** exp for exp >= 0
KrObject *kr_int_lshift(KrThread *ts, KrObject *a, int64_t n);      // n >= 0
KrObject *kr_int_negate(KrThread *ts, KrObject *a);

// Maps a str to ASCII for number parsing (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII): Unicode spaces become ' ',
// Unicode decimal digits their ASCII digit, other non-ASCII characters '?'.
// Returns a NUL-terminated kr_mem buffer.
char *kr_int_str_to_ascii(KrThread *ts, KrObject *s, size_t *len);

// Text conversions, int(), __format__ and the named methods live in
// int_text.c; these are their entry points for the type object in int.c.
KrObject *kr_int_repr_slot(KrThread *ts, KrObject *o);
KrObject *kr_int_new_slot(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames);
extern const KrMethodDef kr_int_methods[];
extern const KrGetSetDef kr_int_getsets[];

// Number formatting shared by int and float __format__: lays out
// [sign][prefix][digits with grouping][remainder] with the spec's fill,
// alignment and zero padding exactly as CPython's formatter does. `sign` is
// 0 or the sign character; `sep` is the grouping character or 0, every
// `group` digits.
KrObject *kr_int_layout_number(KrThread *ts, const KrFormatSpec *spec, char sign, const char *prefix,
                               const char *digits, size_t ndigits, const char *remainder,
                               char sep, int group);
// For specs parsed without a default alignment: '0' before the width means
// '=' alignment unless one was given (kr_format_spec_parse_for with '>' does this already).
void kr_int_spec_defaults(KrFormatSpec *spec);

#endif
