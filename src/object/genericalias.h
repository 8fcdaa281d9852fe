// SPDX-License-Identifier: MIT
// types.GenericAlias (genericalias.c).
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H

#include "object.h"
#include "str.h"

extern KrType kr_genericalias_type;
// origin[args]: args is the subscript (a tuple gives several arguments).
KrObject *kr_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args);

// The classmethod `__class_getitem__` (PEP 585) for a builtin type's methods table.
#define KR_CLASS_GETITEM_METHOD \
    {"__class_getitem__", (void *)kr_genericalias_new, KR_METH_O, false, true, "See PEP 585"}
// One item of an alias's repr: `...`, a class by its qualified name (with its
// module unless builtins), anything else by repr; sets sb->failed on error.
void kr_genericalias_repr_item(KrThread *ts, KrStrBuilder *sb, KrObject *p);

extern KrType kr_union_type;
// a | b for classes, None and unions (types.UnionType); NotImplemented otherwise.
KrObject *kr_union_or(KrThread *ts, KrObject *a, KrObject *b);

#endif
