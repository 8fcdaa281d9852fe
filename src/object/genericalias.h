// SPDX-License-Identifier: MIT
// types.GenericAlias (genericalias.c).
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H

#include "object.h"

extern KrType kr_genericalias_type;
// origin[args]: args is the subscript (a tuple gives several arguments).
KrObject *kr_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args);

// The classmethod `__class_getitem__` (PEP 585) for a builtin type's methods table.
#define KR_CLASS_GETITEM_METHOD \
    {"__class_getitem__", (void *)kr_genericalias_new, KR_METH_O, false, true, "See PEP 585"}

#endif
