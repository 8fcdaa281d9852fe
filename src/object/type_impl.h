// SPDX-License-Identifier: MIT
// Functions shared between type.c and type_bases.c only (not type's public API).
#ifndef KR_TYPE_IMPL_H
#define KR_TYPE_IMPL_H

#include "object.h"

// type.c: the C3 linearization of `bases` with `type` first (new ref).
KrObject *kr_type_compute_mro(KrThread *ts, KrType *type, KrObject *bases);
// type.c: replaces type->mro by the metaclass's mro() when it overrides it.
int kr_type_custom_mro(KrThread *ts, KrType *type);
// type.c: the base among `bases` that decides the layout (TypeError on a conflict).
KrType *kr_type_best_base(KrThread *ts, KrObject *bases);

// type_bases.c: type.__subclasses__() (KR_METH_NOARGS).
KrObject *kr_type_bases_subclasses(KrThread *ts, KrObject *self);
// type_bases.c: re-derives the slots of every subclass after dunder `name` changed.
int kr_type_bases_fixup_subclasses(KrThread *ts, KrType *type, KrObject *name);
// type_bases.c: flags the heap classes in a class's MRO and __bases__ as
// having a subclass (a class never used as a base skips the subclass scan).
void kr_type_bases_mark(KrType *type);
// type_bases.c: the __bases__ setter (MRO of the class and its subclasses recomputed).
int kr_type_bases_set(KrThread *ts, KrObject *self, KrObject *value);
// type_bases.c: TypeError when type(name, bases, ns) gets a non-class base
// with __mro_entries__ (PEP 560: that needs types.new_class()).
int kr_type_bases_check_no_mro_entries(KrThread *ts, KrObject *bases);

#endif
