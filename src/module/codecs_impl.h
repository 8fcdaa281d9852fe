// SPDX-License-Identifier: MIT
// What the _codecs files share: the registry entry points and the UTF unit writers.
#ifndef KR_CODECS_IMPL_H
#define KR_CODECS_IMPL_H

#include "../object/bytes.h"
#include "../object/object.h"
#include "../object/str.h"

// codecs.lookup(encoding): the CodecInfo (a 4-tuple or subclass).
KrObject *kr_codecs_lookup(KrThread *ts, KrObject *encoding);
// The handler registered under `name` (NULL: "strict"); LookupError when unknown.
KrObject *kr_codecs_lookup_error(KrThread *ts, const char *name);
// 0 for UTF-8, 2 for UTF-16, 4 for UTF-32 (setting *big for the -be forms); -1 otherwise.
int kr_codecs_utf_kind(const char *encoding, int *big);
// Appends c as a UTF-8 sequence (unit 0) or a 2- or 4-byte unit.
int kr_codecs_put_unit(KrThread *ts, KrByteBuf *b, uint32_t c, int unit, int big);
// Adds the codec functions (utf_8_encode, charmap_decode, ...) to the module.
int kr_codecs_add_functions(KrThread *ts, KrObject *module);
// codecs_escape.c: the escape codecs' functions.
extern const KrMethodDef kr_codecs_escape_fns[];
// Calls the error handler for a decode error of input[start:end]: appends its
// replacement to sb and sets *pos to where decoding resumes.
int kr_codecs_decode_error(KrThread *ts, const char *errors, const char *encoding, KrObject *input, intptr_t start,
                           intptr_t end, const char *reason, KrStrBuilder *sb, intptr_t *pos);
// Parses (data, errors=None[, final]) for a decode function; *final defaults to def.
// A str is taken (as its UTF-8) only when allow_str, as the escape codecs do.
int kr_codecs_decode_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                          KrObject **data, const char **errors, bool *final, bool def, bool allow_str);
KrObject *kr_codecs_pair(KrThread *ts, KrObject *value, intptr_t n); // steals value

#endif
