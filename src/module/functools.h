// SPDX-License-Identifier: MIT
// The _functools module: reduce, partial and cmp_to_key in functools.c, the
// LRU cache wrapper in functools_lru.c.
#ifndef KR_FUNCTOOLS_H
#define KR_FUNCTOOLS_H

#include "../object/object.h"

extern KrType kr_functools_partial_type, kr_functools_keywrapper_type, kr_functools_lru_type;

// __dict__ getter and setter of the module's types with instance dicts.
KrObject *kr_functools_get_dict(KrThread *ts, KrObject *self);
int kr_functools_set_dict(KrThread *ts, KrObject *self, KrObject *value);

#endif
