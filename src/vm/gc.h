// SPDX-License-Identifier: MIT
// The generational cycle collector: per-object GC header and per-VM state.
#ifndef KR_GC_H
#define KR_GC_H

#include "../object/object.h"

#define KR_GC_GENERATIONS 3

// Objects of KR_TYPE_GC types carry this header in front of their KrLink
// (so `(KrLink *)o - 1` is the link for every object). `refs` is CPython's
// gc_refs, meaningful only during a collection. The size is a multiple of 8
// on every target, so the object after it stays 8-aligned (wasm32 included).
typedef struct KrGCHead {
    int64_t refs;
    uint32_t flags;  // KR_GC_* bits
    uint32_t pad;
    KrLink link;
} KrGCHead;

enum {
    KR_GC_TRACKED = 1 << 0,    // on a generation or the permanent list (else on `untracked`)
    KR_GC_COLLECTING = 1 << 3, // in the generation being collected
    KR_GC_UNREACHABLE = 1 << 4,// tentatively unreachable (move_unreachable)
    KR_GC_FINALIZED = 1 << 5,  // __del__ already called (PEP 442: at most once)
    KR_GC_WEAKREFS = 1 << 6,   // weak references to it exist (see object/weakref.h)
};

// gc.DEBUG_* flags, as CPython's.
enum {
    KR_GC_DEBUG_STATS = 1,
    KR_GC_DEBUG_COLLECTABLE = 2,
    KR_GC_DEBUG_UNCOLLECTABLE = 4,
    KR_GC_DEBUG_SAVEALL = 32,
    KR_GC_DEBUG_LEAK = 38,
};

typedef struct KrGCStats {
    int64_t collections, collected, uncollectable;
} KrGCStats;

// The collector's state, one per interpreter (KrVM.gc).
typedef struct KrGCState {
    KrLink gens[KR_GC_GENERATIONS]; // tracked containers, youngest first
    KrLink permanent;               // frozen: never scanned
    KrLink untracked;               // GC-type objects the collector does not scan
    int threshold[KR_GC_GENERATIONS];
    // count[0]: tracked allocations minus deallocations since the last
    // collection; count[i]: collections of generation i-1 since the last of i.
    int64_t count[KR_GC_GENERATIONS];
    int64_t long_lived_total, long_lived_pending; // CPython's full-collection heuristic
    bool enabled, collecting;
    bool pending;                   // a collection is due at the next safe point
    int debug;
    KrObject *garbage;              // gc.garbage (list), made by the gc module
    KrObject *callbacks;            // gc.callbacks (list)
    KrGCStats stats[KR_GC_GENERATIONS];
} KrGCState;

static inline KrGCHead *kr_gc_head(KrObject *o) {
    return (KrGCHead *)((char *)o - sizeof(KrGCHead));
}

// Does `o` carry a KrGCHead (a heap object of a KR_TYPE_GC type)?
static inline bool kr_gc_has_head(KrObject *o) {
    return o->refcnt >= 0 && (KR_TYPE(o)->flags & KR_TYPE_GC) != 0;
}

void kr_gc_init(KrVM *vm);
// Calls fn on every GC-type object of the interpreter (all generations, the
// frozen and the untracked lists). fn must not allocate or free GC objects.
void kr_gc_foreach(KrThread *ts, void (*fn)(KrThread *ts, KrObject *o, void *arg), void *arg);
// Links a freshly allocated GC object into generation 0 (or the untracked list
// when its type has no traverse slot).
void kr_gc_link_new(KrThread *ts, KrObject *o);
void kr_gc_track(KrThread *ts, KrObject *o);
void kr_gc_untrack(KrThread *ts, KrObject *o);
bool kr_gc_is_tracked(KrObject *o);
// Could `o` ever take part in a cycle? Every GC object but a tuple the
// collector has untracked (CPython's _PyObject_GC_MAY_BE_TRACKED). Exact
// dicts start untracked and are tracked once they hold such a key or value.
bool kr_gc_may_be_tracked(KrObject *o);
// Runs `__del__` of a heap-type instance whose count reached zero (once per
// object); true when the finalizer resurrected it (the dealloc must stop).
bool kr_gc_finalize_from_dealloc(KrThread *ts, KrObject *o);
// Collects generation `gen` (0..2); returns the number of unreachable objects found.
intptr_t kr_gc_collect(KrThread *ts, int gen);
// Runs the automatic collection scheduled by allocations (called at safe points).
void kr_gc_collect_pending(KrThread *ts);
// Prints "Exception ignored in: <obj>" and the pending exception's traceback
// to stderr, then clears it (CPython's PyErr_WriteUnraisable).
void kr_gc_write_unraisable(KrThread *ts, KrObject *obj);
// The same with another context than "in": "Exception ignored <what>: <obj>".
void kr_gc_write_unraisable_msg(KrThread *ts, const char *what, KrObject *obj);
// sys.unraisablehook's argument type, and the default hook's printing of one.
extern KrType kr_unraisable_args_type;
void kr_gc_default_unraisable(KrThread *ts, KrObject *args);

#endif
