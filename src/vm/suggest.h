// SPDX-License-Identifier: MIT
// "Did you mean" suggestions for NameError and AttributeError, as CPython 3.11 prints them.
#ifndef KR_SUGGEST_H
#define KR_SUGGEST_H

#include "../object/object.h"

// The name to offer after "Did you mean: " when printing `exc` (a new str reference),
// or NULL when there is none. Never leaves an exception set.
KrObject *kr_suggest_for_exception(KrThread *ts, KrObject *exc);

// The edit distance between two UTF-8 strings as CPython's suggestion code measures it
// (moves cost 2, case-only changes 1), or max_cost + 1 once it exceeds max_cost.
// Exposed for testing.
size_t kr_suggest_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost);

#endif
