// SPDX-License-Identifier: MIT
// The format-spec mini-language shared by int, float and str __format__.
#ifndef KR_FORMATSPEC_H
#define KR_FORMATSPEC_H

#include "object.h"

typedef struct KrFormatSpec {
    uint32_t fill;     // default ' '
    char align;        // '<', '>', '^', '=', or 0 when not given
    char sign;         // '+', '-', ' ', or 0
    bool alternate;    // '#'
    bool zero_pad;     // '0' before width (and no explicit fill): fill is then '0'
    bool no_neg_zero;  // 'z'
    intptr_t width;    // -1 when not given
    char grouping;     // ',', '_', or 0
    intptr_t precision; // -1 when not given
    uint32_t type;     // presentation type, 0 when not given (a code point: may be non-ASCII)
} KrFormatSpec;

// Parses `spec` (a str) for formatting `obj` (used only in messages; may be
// NULL). default_align is the type's default ('<' for str, '>' for numbers):
// as in CPython 3.11, a '0' before the width with no explicit alignment means
// '=' alignment when the default is '>'. Pass 0 to leave align 0 (the padding
// helper then decides). Raises ValueError as CPython does: "Invalid format
// specifier '...' for object of type 'int'", "Format specifier missing
// precision", "Cannot specify ',' with 's'.", "Cannot specify both ',' and '_'.",
// "Too many decimal digits in format string".
int kr_format_spec_parse_for(KrThread *ts, KrObject *spec, KrObject *obj, char default_align, KrFormatSpec *out);
// Same without an object: the invalid-spec message is "Invalid format specifier".
int kr_format_spec_parse(KrThread *ts, KrObject *spec, KrFormatSpec *out);
// Raises ValueError "Unknown format code 'x' for object of type 'T'" for spec->type; returns NULL.
KrObject *kr_format_spec_unknown_code(KrThread *ts, const KrFormatSpec *spec, KrObject *obj);
// The same naming the type directly (int's float presentations format through float).
KrObject *kr_format_spec_unknown_code_for(KrThread *ts, const KrFormatSpec *spec, const char *type_name);
// Pads the already-formatted body (sign/prefix handled by the caller through
// `prefix`, which '=' alignment and zero padding put before the fill) to the
// spec's width with its fill and alignment; default_align is '<' for str, '>' for numbers.
// prefix is UTF-8 and may be NULL.
KrObject *kr_format_spec_pad(KrThread *ts, const KrFormatSpec *spec, const char *prefix,
                             KrObject *body, char default_align);

#endif
