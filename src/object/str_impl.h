// SPDX-License-Identifier: MIT
// Functions shared between the str*.c files only (not part of str's public API).
#ifndef KR_STR_IMPL_H
#define KR_STR_IMPL_H

#include "singletons.h"
#include "str.h"

// str_methods.c: binds positional and keyword arguments to `names` (max of
// them) with Argument Clinic's messages ("'x' is an invalid keyword argument
// for split()"); out[i] is NULL when not given.
int kr_str_methods_bind(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                        const char *const *names, size_t max, KrObject **out);
// An __index__ argument as intptr_t (OverflowError when it does not fit).
int kr_str_methods_ssize(KrThread *ts, KrObject *o, intptr_t *out);

// str_case.c: case conversions and predicates (KR_METH_NOARGS).
KrObject *kr_str_case_upper(KrThread *ts, KrObject *self);
KrObject *kr_str_case_lower(KrThread *ts, KrObject *self);
KrObject *kr_str_case_casefold(KrThread *ts, KrObject *self);
KrObject *kr_str_case_capitalize(KrThread *ts, KrObject *self);
KrObject *kr_str_case_title(KrThread *ts, KrObject *self);
KrObject *kr_str_case_swapcase(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isdigit(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isdecimal(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isnumeric(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isalpha(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isalnum(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isspace(KrThread *ts, KrObject *self);
KrObject *kr_str_case_islower(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isupper(KrThread *ts, KrObject *self);
KrObject *kr_str_case_istitle(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isidentifier(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isascii(KrThread *ts, KrObject *self);
KrObject *kr_str_case_isprintable(KrThread *ts, KrObject *self);

// str_format.c: str.format(*args, **kwargs), str.format_map(mapping), str.__format__(spec).
KrObject *kr_str_format_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames);
KrObject *kr_str_format_map(KrThread *ts, KrObject *self, KrObject *mapping);
KrObject *kr_str_format_dunder(KrThread *ts, KrObject *self, KrObject *spec);

// str_codec.c: str.encode(encoding='utf-8', errors='strict').
KrObject *kr_str_codec_encode_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames);

#endif
