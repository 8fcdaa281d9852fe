// SPDX-License-Identifier: MIT
// weakref.ref: the per-interpreter table of weak-reference lists, the ref type,
// and the clearing of weak references when their referent dies.
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "weakref.h"

// ---- the table: object address -> first weak reference ----------------------

static size_t slot_index(const KrWeakTable *t, const KrObject *o) {
    // Objects are 8-aligned: drop the low bits, then spread with a
    // multiplicative hash (Knuth's golden ratio constant).
    uint64_t h = ((uint64_t)(uintptr_t)o >> 3) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 32) & (t->cap - 1);
}

// The slot holding `o`, or NULL when `o` has no weak references.
static KrWeakSlot *table_find(const KrWeakTable *t, const KrObject *o) {
    if (!t->used) {
        return NULL;
    }
    for (size_t i = slot_index(t, o);; i = (i + 1) & (t->cap - 1)) {
        KrWeakSlot *s = &t->slots[i];
        if (s->key == o) {
            return s;
        }
        if (!s->key) {
            return NULL;
        }
    }
}

static void table_put(KrWeakTable *t, KrObject *o, KrWeakRef *head) {
    size_t i = slot_index(t, o);
    while (t->slots[i].key) {
        i = (i + 1) & (t->cap - 1);
    }
    t->slots[i].key = o;
    t->slots[i].head = head;
    t->used++;
}

// Adds `o` with an empty list (the caller sets the head); grows the table at
// half load so probes stay short. NULL with MemoryError set on failure.
static KrWeakSlot *table_add(KrThread *ts, KrWeakTable *t, KrObject *o) {
    if ((t->used + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 64;
        KrWeakSlot *ns = kr_mem_alloc(ts, ncap * sizeof(KrWeakSlot));
        if (!ns) {
            return NULL;
        }
        memset(ns, 0, ncap * sizeof(KrWeakSlot));
        KrWeakTable grown = {ns, ncap, 0};
        for (size_t i = 0; i < t->cap; i++) {
            if (t->slots[i].key) {
                table_put(&grown, t->slots[i].key, t->slots[i].head);
            }
        }
        kr_mem_free(ts, t->slots);
        *t = grown;
    }
    table_put(t, o, NULL);
    return table_find(t, o);
}

// Removes a slot with backward-shift deletion: the entries after it that
// probed past it move back, so lookups never need tombstones.
static void table_remove(KrWeakTable *t, KrWeakSlot *s) {
    size_t mask = t->cap - 1;
    size_t hole = (size_t)(s - t->slots);
    for (size_t j = (hole + 1) & mask; t->slots[j].key; j = (j + 1) & mask) {
        size_t home = slot_index(t, t->slots[j].key);
        // Move j into the hole unless its home lies cyclically in (hole, j].
        bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (!stays) {
            t->slots[hole] = t->slots[j];
            hole = j;
        }
    }
    t->slots[hole].key = NULL;
    t->slots[hole].head = NULL;
    t->used--;
}

void kr_weakref_table_free(KrThread *ts, KrWeakTable *t) {
    kr_mem_free(ts, t->slots);
    t->slots = NULL;
    t->cap = t->used = 0;
}

// ---- the lists ----------------------------------------------------------------

// The GC header bit that says "look in the table" (objects without a GC
// header are always looked up).
static void set_flag(KrObject *o, bool on) {
    if (kr_gc_has_head(o)) {
        if (on) {
            kr_gc_head(o)->flags |= KR_GC_WEAKREFS;
        } else {
            kr_gc_head(o)->flags &= ~(uint32_t)KR_GC_WEAKREFS;
        }
    }
}

static bool maybe_has_refs(KrThread *ts, KrObject *o) {
    if (!ts->vm->weakrefs.used) {
        return false;
    }
    return !kr_gc_has_head(o) || (kr_gc_head(o)->flags & KR_GC_WEAKREFS);
}

static KrWeakRef *list_head(KrThread *ts, KrObject *o) {
    if (!maybe_has_refs(ts, o)) {
        return NULL;
    }
    KrWeakSlot *s = table_find(&ts->vm->weakrefs, o);
    return s ? s->head : NULL;
}

// The shared callback-less ref and proxy of `o`'s list, if there are.
static void basic_refs(KrWeakRef *head, KrWeakRef **ref, KrWeakRef **proxy) {
    *ref = *proxy = NULL;
    if (head && KR_TYPE(head) == &kr_weakref_type && !head->callback) {
        *ref = head;
        head = head->next;
    }
    if (head && !head->callback &&
        (KR_TYPE(head) == &kr_weakproxy_type || KR_TYPE(head) == &kr_weakcallableproxy_type)) {
        *proxy = head;
    }
}

// Links a new weak reference into the list of its referent, after `prev`
// (NULL: at the head). -1 with MemoryError when the table cannot grow.
static int link_ref(KrThread *ts, KrWeakRef *wr, KrWeakRef *prev) {
    KrObject *o = wr->referent;
    if (prev) {
        wr->prev = prev;
        wr->next = prev->next;
        if (prev->next) {
            prev->next->prev = wr;
        }
        prev->next = wr;
        return 0;
    }
    KrWeakTable *t = &ts->vm->weakrefs;
    KrWeakSlot *s = maybe_has_refs(ts, o) ? table_find(t, o) : NULL;
    if (!s) {
        s = table_add(ts, t, o);
        if (!s) {
            return -1;
        }
        set_flag(o, true);
    }
    wr->prev = NULL;
    wr->next = s->head;
    if (s->head) {
        s->head->prev = wr;
    }
    s->head = wr;
    return 0;
}

void kr_weakref_detach(KrThread *ts, KrWeakRef *wr) {
    KrObject *o = wr->referent;
    if (!o) {
        return;
    }
    if (wr->prev) {
        wr->prev->next = wr->next;
    } else {
        KrWeakTable *t = &ts->vm->weakrefs;
        KrWeakSlot *s = table_find(t, o);
        if (s) {
            if (wr->next) {
                s->head = wr->next;
            } else {
                table_remove(t, s);
                set_flag(o, false);
            }
        }
    }
    if (wr->next) {
        wr->next->prev = wr->prev;
    }
    wr->prev = wr->next = NULL;
    wr->referent = NULL;
}

static int check_supported(KrThread *ts, KrObject *ob) {
    if (!kr_weakref_supported(KR_TYPE(ob))) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot create weak reference to '%s' object", KR_TYPE(ob)->name);
        return -1;
    }
    return 0;
}

static KrWeakRef *alloc_ref(KrThread *ts, KrType *type, KrObject *ob, KrObject *callback) {
    size_t size = type->basicsize > sizeof(KrWeakRef) ? type->basicsize : sizeof(KrWeakRef);
    KrWeakRef *wr = (KrWeakRef *)kr_object_alloc(ts, type, size);
    if (!wr) {
        return NULL;
    }
    wr->referent = ob;
    wr->callback = callback ? KR_INCREF(callback) : NULL;
    wr->hash = -1;
    return wr;
}

// A new weak reference of `type` (for a proxy: which proxy type is decided
// here) to `ob`, or the shared callback-less one of that kind.
static KrObject *new_weak(KrThread *ts, KrType *type, bool is_proxy, KrObject *ob, KrObject *callback) {
    if (check_supported(ts, ob) < 0) {
        return NULL;
    }
    if (callback == KR_NONE) {
        callback = NULL;
    }
    KrWeakRef *ref, *proxy;
    basic_refs(list_head(ts, ob), &ref, &proxy);
    bool basic = !callback && (is_proxy || type == &kr_weakref_type);
    KrWeakRef *shared = is_proxy ? proxy : ref;
    if (basic && shared) {
        return KR_INCREF(shared);
    }
    if (is_proxy) {
        type = kr_callable(ob) ? &kr_weakcallableproxy_type : &kr_weakproxy_type;
    }
    KrWeakRef *wr = alloc_ref(ts, type, ob, callback);
    if (!wr) {
        return NULL;
    }
    // The shared ref goes first, the shared proxy after it, the others
    // after both (so the most recent comes first among them).
    KrWeakRef *prev = basic ? (is_proxy ? ref : NULL) : (proxy ? proxy : ref);
    if (link_ref(ts, wr, prev) < 0) {
        wr->referent = NULL;
        KR_DECREF(ts, wr);
        return NULL;
    }
    return (KrObject *)wr;
}

KrObject *kr_weakref_new_ref(KrThread *ts, KrType *type, KrObject *ob, KrObject *callback) {
    return new_weak(ts, type, false, ob, callback);
}

KrObject *kr_weakref_new_proxy(KrThread *ts, KrObject *ob, KrObject *callback) {
    return new_weak(ts, NULL, true, ob, callback);
}

intptr_t kr_weakref_count(KrThread *ts, KrObject *o) {
    intptr_t n = 0;
    if (kr_weakref_supported(KR_TYPE(o))) {
        for (KrWeakRef *wr = list_head(ts, o); wr; wr = wr->next) {
            n++;
        }
    }
    return n;
}

KrObject *kr_weakref_list(KrThread *ts, KrObject *o) {
    KrObject *list = kr_list_new(ts, 0);
    if (!list || !kr_weakref_supported(KR_TYPE(o))) {
        return list;
    }
    for (KrWeakRef *wr = list_head(ts, o); wr; wr = wr->next) {
        if (kr_list_append(ts, list, (KrObject *)wr) < 0) {
            KR_DECREF(ts, list);
            return NULL;
        }
    }
    return list;
}

// ---- clearing -------------------------------------------------------------------

void kr_weakref_call_pending(KrThread *ts, KrObject **pending, size_t n, bool keep_callback) {
    for (size_t i = 0; i < n; i++) {
        KrWeakRef *wr = (KrWeakRef *)pending[i];
        KrObject *cb = wr->callback;
        if (cb) {
            if (keep_callback) {
                KR_INCREF(cb);
            } else {
                wr->callback = NULL;
            }
            KrObject *r = kr_call1(ts, cb, (KrObject *)wr);
            if (r) {
                KR_DECREF(ts, r);
            } else {
                kr_gc_write_unraisable(ts, cb);
            }
            KR_DECREF(ts, cb);
        }
        KR_DECREF(ts, wr);
    }
    kr_mem_free(ts, pending);
}

int kr_weakref_detach_all(KrThread *ts, KrObject *o, bool (*keep)(KrObject *wr), KrObject ***out, size_t *n,
                          size_t *cap) {
    int status = 0;
    KrWeakRef *wr;
    while ((wr = list_head(ts, o)) != NULL) {
        kr_weakref_detach(ts, wr);
        if (!wr->callback || (keep && !keep((KrObject *)wr)) || status < 0) {
            continue;
        }
        if (*n == *cap) {
            size_t ncap = *cap ? *cap * 2 : 8;
            KrObject **grown = kr_mem_realloc(ts, *out, ncap * sizeof(KrObject *));
            if (!grown) {
                // The remaining references are still detached; their callbacks are lost.
                status = -1;
                continue;
            }
            *out = grown;
            *cap = ncap;
        }
        (*out)[(*n)++] = KR_INCREF(wr);
    }
    return status;
}

void kr_weakref_clear_refs(KrThread *ts, KrObject *o) {
    if (!list_head(ts, o)) {
        return;
    }
    KrObject *saved = kr_err_fetch(ts);
    KrObject **pending = NULL;
    size_t n = 0, cap = 0;
    if (kr_weakref_detach_all(ts, o, NULL, &pending, &n, &cap) < 0) {
        kr_gc_write_unraisable(ts, NULL);
    }
    // Every reference is dead before the first callback runs; the callbacks
    // go in list order (the most recent reference first), as CPython's.
    kr_weakref_call_pending(ts, pending, n, false);
    kr_err_restore(ts, saved);
}

// ---- the ref type: slots -------------------------------------------------------------

void kr_weakref_dealloc(KrThread *ts, KrObject *self) {
    KrWeakRef *wr = (KrWeakRef *)self;
    kr_weakref_detach(ts, wr);
    KR_CLEAR(ts, wr->callback);
    kr_object_free(ts, self);
}

void kr_weakref_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrWeakRef *wr = (KrWeakRef *)self;
    if (wr->callback) {
        visit(ts, wr->callback, arg);
    }
}

int kr_weakref_clear(KrThread *ts, KrObject *self) {
    KrWeakRef *wr = (KrWeakRef *)self;
    kr_weakref_detach(ts, wr);
    KR_CLEAR(ts, wr->callback);
    return 0;
}

// ref(ob[, callback]): positional only, as CPython's.
// Keywords are refused by ref itself but left to subclasses (their own
// __new__/__init__ may take some), as CPython does.
static int ref_args(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames,
                    KrObject **ob, KrObject **callback) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) && type == &kr_weakref_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    if (nargs < 1) {
        kr_err_format(ts, &kr_exc_TypeError, "__new__ expected at least 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
        return -1;
    }
    *ob = args[0];
    *callback = nargs > 1 ? args[1] : NULL;
    (void)type;
    return 0;
}

static KrObject *weakref_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *ob, *callback;
    if (ref_args(ts, type, args, nargs, kwnames, &ob, &callback) < 0) {
        return NULL;
    }
    return kr_weakref_new_ref(ts, type, ob, callback);
}

// __init__ only checks the arguments: __new__ did the work (subclasses
// such as weakref.KeyedRef call it with the same arguments).
static int weakref_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *ob, *callback;
    return ref_args(ts, KR_TYPE(self), args, nargs, kwnames, &ob, &callback);
}

static KrObject *weakref_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    (void)args;
    if (nargs || (kwnames && KR_TUPLE_SIZE(kwnames))) {
        if (kwnames && KR_TUPLE_SIZE(kwnames)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "weakref() takes no keyword arguments");
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
        }
        return NULL;
    }
    KrObject *o = ((KrWeakRef *)self)->referent;
    return KR_INCREF(o ? o : KR_NONE);
}

// The referent's hash, computed once and kept after the referent died.
static KrHash weakref_hash(KrThread *ts, KrObject *self) {
    KrWeakRef *wr = (KrWeakRef *)self;
    if (wr->hash != -1) {
        return wr->hash;
    }
    if (!wr->referent) {
        kr_err_set_str(ts, &kr_exc_TypeError, "weak object has gone away");
        return -1;
    }
    KrObject *o = KR_INCREF(wr->referent);
    wr->hash = kr_hash(ts, o);
    KR_DECREF(ts, o);
    return wr->hash;
}

// Two live refs compare their referents; otherwise refs are equal only to themselves.
static KrObject *weakref_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || !kr_isinstance_type(a, &kr_weakref_type) ||
        !kr_isinstance_type(b, &kr_weakref_type)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *x = ((KrWeakRef *)a)->referent, *y = ((KrWeakRef *)b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return KR_INCREF(KR_BOOL(op == KR_EQ ? same : !same));
    }
    KR_INCREF(x);
    KR_INCREF(y);
    KrObject *r = kr_compare(ts, x, y, op);
    KR_DECREF(ts, x);
    KR_DECREF(ts, y);
    return r;
}

static KrObject *weakref_repr(KrThread *ts, KrObject *self) {
    KrObject *o = ((KrWeakRef *)self)->referent;
    if (!o) {
        return kr_str_from_format(ts, "<weakref at %p; dead>", (void *)self);
    }
    KR_INCREF(o);
    KrObject *name = kr_getattr_opt(ts, o, KR_ID(ts, __name__));
    KrObject *r = NULL;
    if (!kr_err_occurred(ts)) {
        if (name && kr_str_check(name)) {
            r = kr_str_from_format(ts, "<weakref at %p; to '%s' at %p (%U)>", (void *)self, KR_TYPE(o)->name,
                                   (void *)o, name);
        } else {
            r = kr_str_from_format(ts, "<weakref at %p; to '%s' at %p>", (void *)self, KR_TYPE(o)->name, (void *)o);
        }
    }
    KR_XDECREF(ts, name);
    KR_DECREF(ts, o);
    return r;
}

static KrObject *weakref_get_callback(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *cb = ((KrWeakRef *)self)->callback;
    return KR_INCREF(cb ? cb : KR_NONE);
}

static const KrGetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_weakref_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(KrWeakRef),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_WEAKREF_SUBCLASS,
    .base_type = &kr_object_type,
    .dealloc = kr_weakref_dealloc,
    .traverse = kr_weakref_traverse,
    .clear = kr_weakref_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new_ = weakref_new,
    .init = weakref_init,
    .getsets = weakref_getsets,
};

// ---- __weakref__ of instances ---------------------------------------------------------

// The first weak reference to an instance, or None (CPython's __weakref__).
static KrObject *object_get_weakref(KrThread *ts, KrObject *self) {
    KrWeakRef *head = list_head(ts, self);
    return KR_INCREF(head ? (KrObject *)head : KR_NONE);
}

const KrGetSetDef kr_object_weakref_getset = {"__weakref__", object_get_weakref, NULL,
                                               "list of weak references to the object"};
