// SPDX-License-Identifier: MIT
// Weak references (weakref.ref, proxies) and the per-interpreter table that
// finds the weak references of an object.
#ifndef KR_WEAKREF_H
#define KR_WEAKREF_H

#include "object.h"

// A weak reference (ref, proxy or callable proxy). Every weak reference to
// one object is on a doubly linked list whose head the VM's table holds.
// The list keeps CPython's order: the shared callback-less ref first, then
// the shared callback-less proxy, then the others, most recent first.
typedef struct KrWeakRef {
    KrObject base;
    KrObject *referent;          // borrowed; NULL once the referent died
    KrObject *callback;          // owned; NULL when none
    KrHash hash;                 // -1 until computed; kept after death
    struct KrWeakRef *prev, *next;
} KrWeakRef;

// Where the weak references live. CPython gives each weakly referenceable
// object a list-head field (tp_weaklistoffset), 8 bytes on every instance,
// function, class, set and generator, though few ever get a weak reference.
// Krait keeps the heads in a per-interpreter open-addressing table keyed by
// address instead: objects pay nothing, and a dying object checks it only
// when its GC header says it has weak references (KR_GC_WEAKREFS), or, for
// the few weakly referenceable types without a GC header (code objects,
// classes), only while the table is not empty.
typedef struct KrWeakSlot {
    KrObject *key;               // NULL: free
    KrWeakRef *head;
} KrWeakSlot;

typedef struct KrWeakTable {
    KrWeakSlot *slots;
    size_t cap;                  // a power of two (0: not allocated yet)
    size_t used;
} KrWeakTable;

extern KrType kr_weakref_type, kr_weakproxy_type, kr_weakcallableproxy_type;

// Is `o` a weak reference of any kind (ref, ref subclass, proxy)?
static inline bool kr_weakref_check(KrObject *o) {
    return (KR_TYPE(o)->flags & KR_TYPE_WEAKREF_SUBCLASS) != 0;
}
// Can objects of type `t` be weakly referenced?
static inline bool kr_weakref_supported(KrType *t) {
    return (t->flags & KR_TYPE_WEAKREFABLE) != 0;
}
// The referent of a live weak reference (borrowed), NULL when dead.
static inline KrObject *kr_weakref_get_borrow(KrObject *wr) {
    return ((KrWeakRef *)wr)->referent;
}
// weakref.ref(ob, callback) / weakref.proxy(ob, callback); callback may be NULL.
KrObject *kr_weakref_new_ref(KrThread *ts, KrType *type, KrObject *ob, KrObject *callback);
KrObject *kr_weakref_new_proxy(KrThread *ts, KrObject *ob, KrObject *callback);
// The number of weak references to `o`, and a list of them (new reference).
intptr_t kr_weakref_count(KrThread *ts, KrObject *o);
KrObject *kr_weakref_list(KrThread *ts, KrObject *o);
// Called by kr_object_dealloc when `o` is about to be freed: kills every weak
// reference to it and calls their callbacks, most recent first.
void kr_weakref_clear_refs(KrThread *ts, KrObject *o);
// For the cycle collector. Detaches a weak reference from its referent
// without calling its callback.
void kr_weakref_detach(KrThread *ts, KrWeakRef *wr);
// Detaches every weak reference to `o`; those for which keep(wr) is true and
// that have a callback are appended (new references) to *out (a growable
// array of *n items, *cap allocated). -1 on MemoryError.
int kr_weakref_detach_all(KrThread *ts, KrObject *o, bool (*keep)(KrObject *wr), KrObject ***out, size_t *n,
                          size_t *cap);
// The slots ref and the proxies share.
void kr_weakref_dealloc(KrThread *ts, KrObject *self);
void kr_weakref_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg);
int kr_weakref_clear(KrThread *ts, KrObject *self);
// Calls the callback of each weak reference in `pending` (from
// kr_weakref_detach_all) with the reference, reporting exceptions as
// unraisable, then drops the references and frees the array. The collector
// keeps the callbacks (keep_callback), as CPython's does.
void kr_weakref_call_pending(KrThread *ts, KrObject **pending, size_t n, bool keep_callback);
// Frees the table of an interpreter being destroyed.
void kr_weakref_table_free(KrThread *ts, KrWeakTable *t);
// __weakref__ of instances of heap classes: added to their class dicts by type.c.
extern const KrGetSetDef kr_object_weakref_getset;

#endif
