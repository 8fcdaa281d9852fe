// SPDX-License-Identifier: MIT
// The one slot-dispatch mechanism shared by builtin and user-defined types:
// builtin slots are exposed as dunder methods (slot wrappers), and a class's
// dunder methods fill its slots (heap trampolines).
#ifndef KR_SLOTS_H
#define KR_SLOTS_H

#include "object.h"

typedef enum {
    KR_SW_UNARY,     // f(self)
    KR_SW_BINARY,    // f(self, other)
    KR_SW_RBINARY,   // f(other, self): reflected number slots
    KR_SW_POW,       // __pow__(self, other, mod=None)
    KR_SW_RPOW,
    KR_SW_HASH,
    KR_SW_LEN,
    KR_SW_INQUIRY,   // __bool__
    KR_SW_CONTAINS,
    KR_SW_SETITEM,
    KR_SW_DELITEM,
    KR_SW_CMP,       // richcompare with a fixed op
    KR_SW_CALL,
    KR_SW_INIT,
    KR_SW_NEW,
    KR_SW_NEXT,
    KR_SW_GETATTRIBUTE,
    KR_SW_GETATTR,   // __getattr__: heap-only fallback, never wrapped
    KR_SW_SETATTR,
    KR_SW_DELATTR,
    KR_SW_DESCR_GET,
    KR_SW_DESCR_SET,
    KR_SW_DESCR_DELETE,
} KrSlotKind;

typedef struct KrSlotDef {
    const char *name;  // dunder name
    size_t offset;     // offset of the slot's function pointer in KrType
    KrSlotKind kind;
    int op;            // comparison op or binop index
    void *heap_fn;     // trampoline that calls the dunder of a class
} KrSlotDef;

extern const KrSlotDef kr_slot_defs[];
extern const int kr_slot_def_count;

// A builtin slot exposed as a method: int.__add__, list.__len__, object.__init__.
typedef struct KrSlotWrapper {
    KrObject base;
    KrType *owner;
    const KrSlotDef *def;
} KrSlotWrapper;
extern KrType kr_slotwrapper_type;

// Adds the slot wrappers of a static type's own slots to its dict.
int kr_slots_add_wrappers(KrThread *ts, KrType *type, KrObject *dict);
// Exposes `type`'s slot for the dunder `name` in dict even when the base
// shares its function (CPython's exceptions each define their own __init__).
int kr_slots_add_wrapper_named(KrThread *ts, KrType *type, KrObject *dict, const char *name);
// Points a class's slots at its dunders (or at the builtin implementations it
// inherits). Called when a class is created or a dunder is assigned on it.
int kr_slots_fixup(KrThread *ts, KrType *type);
// The same for the slot(s) of one dunder `name` only (it was assigned).
int kr_slots_fixup_name(KrThread *ts, KrType *type, KrObject *name);
// Drops the VM's interned slot names (at VM teardown).
void kr_slots_release(KrThread *ts);

#endif
