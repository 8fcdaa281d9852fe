// SPDX-License-Identifier: MIT
// __slots__ and member descriptors (member.c).
#ifndef KR_MEMBER_H
#define KR_MEMBER_H

#include "object.h"

extern KrType kr_member_descr_type;

// What a new class may and does add beside its slots: a __dict__ and weak
// references. In: may_add_*, var_sized (the base's items grow, so nonempty
// __slots__ are refused); out: add_* set by '__dict__'/'__weakref__' entries.
typedef struct KrMemberFlags {
    bool may_add_dict, may_add_weak, var_sized;
    bool add_dict, add_weak;
} KrMemberFlags;

// Checks the class body's `slots` (a str or an iterable of str) for the new
// class `type` (its heap_name and base_type set) whose namespace is `ns`:
// returns a new, sorted list of its slot names, mangled, without __dict__ and
// __weakref__ (those set flags->add_*); NULL with TypeError/ValueError.
KrObject *kr_member_parse_slots(KrThread *ts, KrType *type, KrObject *slots, KrObject *ns, KrMemberFlags *flags);
// A member descriptor for the slot at byte `offset` of owner's instances.
KrObject *kr_member_new(KrThread *ts, KrType *owner, KrObject *name, intptr_t offset);

// Do classes a and b (of one base, the same size) add the same slots at
// the same offsets? (__class__ assignment between them is then safe.)
bool kr_member_same_slots(KrThread *ts, KrType *a, KrType *b);

#endif
