// SPDX-License-Identifier: MIT
// types.GenericAlias (genericalias.c).
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H

#include "object.h"

extern KrType kr_genericalias_type;
// origin[args]: args is the subscript (a tuple gives several arguments).
KrObject *kr_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args);

// One item of a generic alias's or union's repr: `...`, a class by its
// qualified name (with its module unless builtins), anything else by repr.
// Sets sb->failed on error.
struct KrStrBuilder;
void kr_genericalias_repr_item(KrThread *ts, struct KrStrBuilder *sb, KrObject *p);

// types.UnionType, what `int | str` gives (union_type.c).
extern KrType kr_union_type;
// a | b for classes, None, aliases and unions; KR_NOTIMPL for anything else.
KrObject *kr_union_or(KrThread *ts, KrObject *a, KrObject *b);
// isinstance()/issubclass() with a union as the class: any of its arguments.
int kr_union_check(KrThread *ts, KrObject *o, KrObject *uni, bool subclass);

// The classmethod `__class_getitem__` (PEP 585) for a builtin type's methods table.
#define KR_CLASS_GETITEM_METHOD \
    {"__class_getitem__", (void *)kr_genericalias_new, KR_METH_O, false, true, "See PEP 585"}

#endif
