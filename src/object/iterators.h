// SPDX-License-Identifier: MIT
// The builtin iterator types: enumerate, zip, map, filter and iter(callable, sentinel).
#ifndef KR_ITERATORS_H
#define KR_ITERATORS_H

#include "object.h"

extern KrType kr_enumerate_type, kr_zip_type, kr_map_type, kr_filter_type;

// The "callable_iterator" type: iter(callable, sentinel). It has no `new_`
// (CPython refuses to create instances from Python); build one with
// kr_iterators_new_callable.
extern KrType kr_callable_iter_type;

// iter(callable, sentinel): calls `callable` with no arguments until it
// returns a value equal to `sentinel` (or raises StopIteration). The caller
// checks that `callable` is callable. New reference.
KrObject *kr_iterators_new_callable(KrThread *ts, KrObject *callable, KrObject *sentinel);

#endif
