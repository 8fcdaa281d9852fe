// SPDX-License-Identifier: MIT
// The generational cycle collector (CPython's algorithm) and finalizers.
//
// Reference counting frees most objects; this collector finds the groups of
// containers that keep each other alive and nothing else does. Containers
// (objects of KR_TYPE_GC types with a traverse slot) live on one of three
// generation lists. A collection of generation g merges the younger lists
// into g, then:
//   1. refs = refcnt for every object in it;
//   2. for every reference between two of them (found with traverse) refs--,
//      so refs is what is held from outside the generation;
//   3. everything reachable from an object with refs > 0 survives and moves
//      on to generation g+1; the rest is unreachable;
//   4. weak references to unreachable objects die (callbacks of the live ones run);
//   5. PEP 442: __del__ of each unreachable object runs once, then
//      reachability is checked again (a finalizer may resurrect);
//   6. the still-unreachable objects are cleared with their clear slots,
//      which breaks the cycles and lets reference counting free them.
#include <stdio.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "vm.h"

// ---- lists -----------------------------------------------------------------

static void list_init(KrLink *h) {
    h->next = h->prev = h;
}

static bool list_empty(KrLink *h) {
    return h->next == h;
}

static void list_unlink(KrLink *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

static void list_append(KrLink *h, KrLink *l) {
    l->next = h;
    l->prev = h->prev;
    h->prev->next = l;
    h->prev = l;
}

static void list_move(KrLink *l, KrLink *to) {
    list_unlink(l);
    list_append(to, l);
}

// Moves every element of `from` to the end of `to`.
static void list_merge(KrLink *from, KrLink *to) {
    if (list_empty(from)) {
        return;
    }
    KrLink *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    list_init(from);
}

static intptr_t list_size(KrLink *h) {
    intptr_t n = 0;
    for (KrLink *l = h->next; l != h; l = l->next) {
        n++;
    }
    return n;
}

static KrGCHead *link_head(KrLink *l) {
    return (KrGCHead *)((char *)l - offsetof(KrGCHead, link));
}

static KrObject *link_obj(KrLink *l) {
    return (KrObject *)(l + 1);
}

void kr_gc_foreach(KrThread *ts, void (*fn)(KrThread *ts, KrObject *o, void *arg), void *arg) {
    KrGCState *gc = &ts->vm->gc;
    KrLink *lists[KR_GC_GENERATIONS + 2];
    for (int g = 0; g < KR_GC_GENERATIONS; g++) {
        lists[g] = &gc->gens[g];
    }
    lists[KR_GC_GENERATIONS] = &gc->permanent;
    lists[KR_GC_GENERATIONS + 1] = &gc->untracked;
    for (int k = 0; k < KR_GC_GENERATIONS + 2; k++) {
        for (KrLink *l = lists[k]->next; l != lists[k]; l = l->next) {
            fn(ts, link_obj(l), arg);
        }
    }
}

// ---- tracking ----------------------------------------------------------------

void kr_gc_init(KrVM *vm) {
    KrGCState *st = &vm->gc;
    for (int i = 0; i < KR_GC_GENERATIONS; i++) {
        list_init(&st->gens[i]);
    }
    list_init(&st->permanent);
    list_init(&st->untracked);
    st->threshold[0] = 700;
    st->threshold[1] = 10;
    st->threshold[2] = 10;
    st->enabled = true;
}

void kr_gc_link_new(KrThread *ts, KrObject *o) {
    KrGCState *st = &ts->vm->gc;
    KrGCHead *h = kr_gc_head(o);
    h->refs = 0;
    h->flags = 0;
    if (!KR_TYPE(o)->traverse) {
        list_append(&st->untracked, &h->link);
        return;
    }
    h->flags = KR_GC_TRACKED;
    list_append(&st->gens[0], &h->link);
    // The collection itself waits for a safe point (kr_gc_collect_pending):
    // here the caller is still building its object.
    if (++st->count[0] > st->threshold[0] && st->threshold[0] > 0 && st->enabled && !st->collecting) {
        st->pending = true;
    }
}

void kr_gc_track(KrThread *ts, KrObject *o) {
    KrGCHead *h = kr_gc_head(o);
    if (!(h->flags & KR_GC_TRACKED) && KR_TYPE(o)->traverse) {
        h->flags |= KR_GC_TRACKED;
        list_move(&h->link, &ts->vm->gc.gens[0]);
    }
}

void kr_gc_untrack(KrThread *ts, KrObject *o) {
    KrGCHead *h = kr_gc_head(o);
    if (h->flags & KR_GC_TRACKED) {
        h->flags &= ~(uint32_t)(KR_GC_TRACKED | KR_GC_COLLECTING | KR_GC_UNREACHABLE);
        list_move(&h->link, &ts->vm->gc.untracked);
    }
}

bool kr_gc_is_tracked(KrObject *o) {
    return kr_gc_has_head(o) && (kr_gc_head(o)->flags & KR_GC_TRACKED);
}

bool kr_gc_may_be_tracked(KrObject *o) {
    return kr_gc_has_head(o) && (KR_TYPE(o) != &kr_tuple_type || (kr_gc_head(o)->flags & KR_GC_TRACKED));
}

// ---- finalizers ----------------------------------------------------------------

static void default_report(KrThread *ts, KrObject *exc, const char *what, KrObject *obj);

void kr_gc_default_unraisable(KrThread *ts, KrObject *args) {
    if (KR_TYPE(args) != &kr_unraisable_args_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
        return;
    }
    KrObject *exc = KR_TUPLE_GET(args, 1), *msg = KR_TUPLE_GET(args, 3), *obj = KR_TUPLE_GET(args, 4);
    const char *what = "in";
    size_t n;
    const char *m = kr_str_check(msg) ? kr_str_utf8(ts, msg, &n) : NULL;
    if (m && strncmp(m, "Exception ignored ", 18) == 0) {
        what = m + 18;
    }
    default_report(ts, KR_INCREF(exc), what, obj == KR_NONE ? NULL : obj);
}

void kr_gc_write_unraisable(KrThread *ts, KrObject *obj) {
    kr_gc_write_unraisable_msg(ts, "in", obj);
}

// sys.unraisablehook's argument (CPython's sys.UnraisableHookArgs).
#define UNRAISABLE_FIELDS 5

static const KrGetSetDef unraisable_getsets[] = {
    {"exc_type", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"exc_value", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"exc_traceback", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {"err_msg", kr_structseq_get_3, kr_structseq_readonly, NULL},
    {"object", kr_structseq_get_4, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc unraisable_desc = {UNRAISABLE_FIELDS, UNRAISABLE_FIELDS};

KrType kr_unraisable_args_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "UnraisableHookArgs",
    .doc = "Type used to pass arguments to sys.unraisablehook.",
    .new_ = kr_structseq_new_slot,
    .getsets = unraisable_getsets,
    .type_data = &unraisable_desc,
};

// A sys.unraisablehook set by the program gets the report (true); the default
// one (sys.__unraisablehook__) leaves it to the built-in printing (false).
static bool call_unraisable_hook(KrThread *ts, KrObject *exc, const char *what, KrObject *obj) {
    KrObject *sysd = ts->vm->sys_dict;
    KrObject *hook = sysd ? kr_dict_get_item_str(ts, sysd, "unraisablehook") : NULL;
    KrObject *dflt = sysd ? kr_dict_get_item_str(ts, sysd, "__unraisablehook__") : NULL;
    kr_err_clear(ts);
    if (!hook || hook == dflt || hook == KR_NONE) {
        return false;
    }
    bool is_exc = kr_exception_check(exc);
    KrObject *tb = is_exc ? ((KrException *)exc)->traceback : NULL;
    KrObject *v[UNRAISABLE_FIELDS] = {
        KR_INCREF(KR_TYPE(exc)),
        KR_INCREF(exc),
        KR_INCREF(tb ? tb : KR_NONE),
        strcmp(what, "in") == 0 ? KR_INCREF(KR_NONE) : kr_str_from_format(ts, "Exception ignored %s", what),
        KR_INCREF(obj ? obj : KR_NONE),
    };
    KR_INCREF(hook);
    KrObject *args = kr_structseq_pack(ts, &kr_unraisable_args_type, v);
    KrObject *r = args ? kr_call1(ts, hook, args) : NULL;
    KR_XDECREF(ts, args);
    if (!r) {
        // A failing hook is itself reported, by the built-in printing.
        KrObject *err = kr_err_fetch(ts);
        if (err) {
            default_report(ts, err, "in sys.unraisablehook", hook);
        }
        KR_DECREF(ts, hook);
        return true;
    }
    KR_DECREF(ts, hook);
    KR_DECREF(ts, r);
    return true;
}

void kr_gc_write_unraisable_msg(KrThread *ts, const char *what, KrObject *obj) {
    KrObject *exc = kr_err_fetch(ts);
    if (!exc) {
        return;
    }
    if (call_unraisable_hook(ts, exc, what, obj)) {
        KR_DECREF(ts, exc);
        return;
    }
    default_report(ts, exc, what, obj);
}

// "Exception ignored <what>: <repr(obj)>" and the traceback (takes exc).
static void default_report(KrThread *ts, KrObject *exc, const char *what, KrObject *obj) {
    KrObject *r = obj ? kr_repr(ts, obj) : NULL;
    const char *text = r ? kr_str_utf8(ts, r, NULL) : NULL;
    kr_err_clear(ts);
    KrVM *vm = ts->vm;
    kr_vm_flush(vm, 1);
    const char *head = "Exception ignored ";
    kr_vm_write(vm, 2, head, strlen(head));
    kr_vm_write(vm, 2, what, strlen(what));
    kr_vm_write(vm, 2, ": ", 2);
    if (text) {
        kr_vm_write(vm, 2, text, strlen(text));
    } else {
        const char *unknown = "<object repr() failed>";
        kr_vm_write(vm, 2, unknown, strlen(unknown));
    }
    kr_vm_write(vm, 2, "\n", 1);
    KR_XDECREF(ts, r);
    // CPython's default unraisable hook prints no chained exceptions.
    KrObject *cause = NULL, *context = NULL;
    if (kr_exception_check(exc)) {
        KrException *e = (KrException *)exc;
        cause = e->cause;
        context = e->context;
        e->cause = e->context = NULL;
    }
    kr_err_print(ts, exc);
    if (kr_exception_check(exc)) {
        ((KrException *)exc)->cause = cause;
        ((KrException *)exc)->context = context;
    }
    kr_vm_flush(vm, 2);
    KR_DECREF(ts, exc);
}

// Calls o.__del__() (found on the type as `del`), reporting an exception as
// unraisable. A pending exception survives the call.
static void call_del(KrThread *ts, KrObject *o, KrObject *del) {
    KrObject *saved = kr_err_fetch(ts);
    KR_INCREF(del);
    KrObject *r;
    KrDescrGetFn get = KR_TYPE(del)->descr_get;
    if (kr_function_check(del)) {
        r = kr_call1(ts, del, o);
    } else if (get) {
        KrObject *bound = get(ts, del, o, (KrObject *)KR_TYPE(o));
        r = bound ? kr_call0(ts, bound) : NULL;
        KR_XDECREF(ts, bound);
    } else {
        r = kr_call0(ts, del);
    }
    if (r) {
        KR_DECREF(ts, r);
    } else {
        kr_gc_write_unraisable(ts, del);
    }
    KR_DECREF(ts, del);
    kr_err_restore(ts, saved);
}

// The __del__ an instance still has to run, or NULL (borrowed).
static KrObject *pending_finalizer(KrThread *ts, KrObject *o) {
    KrType *t = KR_TYPE(o);
    if (!(t->flags & KR_TYPE_HEAP) || !(t->flags & KR_TYPE_GC) || (kr_gc_head(o)->flags & KR_GC_FINALIZED)) {
        return NULL;
    }
    KrObject *saved = kr_err_fetch(ts);
    KrObject *del = kr_type_lookup(ts, t, KR_ID(ts, __del__));
    kr_err_clear(ts);
    kr_err_restore(ts, saved);
    return del;
}

bool kr_gc_finalize_from_dealloc(KrThread *ts, KrObject *o) {
    KrObject *del = pending_finalizer(ts, o);
    if (!del) {
        return false;
    }
    kr_gc_head(o)->flags |= KR_GC_FINALIZED;
    // Resurrect for the duration of the call, as CPython does.
    o->refcnt = 1;
    call_del(ts, o, del);
    return --o->refcnt != 0;
}

// ---- the collection ---------------------------------------------------------------

static void update_refs(KrLink *list) {
    for (KrLink *l = list->next; l != list; l = l->next) {
        KrGCHead *h = link_head(l);
        KrObject *o = link_obj(l);
        // An immortal object can never be garbage: give it a count that stays positive.
        h->refs = o->refcnt >= 0 ? (int64_t)o->refcnt : INT32_MAX;
        h->flags = (h->flags & ~(uint32_t)KR_GC_UNREACHABLE) | KR_GC_COLLECTING;
    }
}

static void visit_decref(KrThread *ts, KrObject *o, void *arg) {
    (void)ts;
    (void)arg;
    if (o && kr_gc_has_head(o)) {
        KrGCHead *h = kr_gc_head(o);
        if (h->flags & KR_GC_COLLECTING) {
            h->refs--;
        }
    }
}

static void subtract_refs(KrThread *ts, KrLink *list) {
    for (KrLink *l = list->next; l != list; l = l->next) {
        KrObject *o = link_obj(l);
        KR_TYPE(o)->traverse(ts, o, visit_decref, NULL);
    }
}

// A reference from a reachable object: its target is reachable too. A target
// already set aside as tentatively unreachable goes back to the end of the
// list being scanned, so it is scanned in turn.
static void visit_reachable(KrThread *ts, KrObject *o, void *arg) {
    (void)ts;
    if (!o || !kr_gc_has_head(o)) {
        return;
    }
    KrGCHead *h = kr_gc_head(o);
    if (!(h->flags & KR_GC_COLLECTING)) {
        return;
    }
    if (h->flags & KR_GC_UNREACHABLE) {
        h->flags &= ~(uint32_t)KR_GC_UNREACHABLE;
        h->refs = 1;
        list_move(&h->link, (KrLink *)arg);
    } else if (h->refs == 0) {
        h->refs = 1;
    }
}

// CPython's move_unreachable: one pass over `young`; an object with refs != 0
// (negative would be a traverse bug: keep the object, conservatively) is
// reachable and marks what it references; one with 0 is set aside in
// `unreachable` until something reachable turns up pointing at it.
static void move_unreachable(KrThread *ts, KrLink *young, KrLink *unreachable) {
    KrLink *l = young->next;
    while (l != young) {
        KrGCHead *h = link_head(l);
        if (h->refs != 0) {
            KrObject *o = link_obj(l);
            KR_TYPE(o)->traverse(ts, o, visit_reachable, young);
            l = l->next;
        } else {
            KrLink *next = l->next;
            list_move(l, unreachable);
            h->flags |= KR_GC_UNREACHABLE;
            l = next;
        }
    }
}

// Is `o` something a tuple may hold without needing to be tracked?
static bool is_atomic(KrObject *o) {
    return !kr_gc_has_head(o) || !(kr_gc_head(o)->flags & KR_GC_TRACKED);
}

// Untracks a tuple holding only atomic values; false when it must stay.
static bool untrack_atomic_tuple(KrThread *ts, KrObject *o) {
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(o); i++) {
        KrObject *item = KR_TUPLE_GET(o, i);
        if (!item || !is_atomic(item)) {
            return false;
        }
    }
    kr_gc_untrack(ts, o);
    return true;
}

// The survivors leave the collection; tuples holding only atomic values are
// untracked for good (they can never be part of a cycle), as CPython does.
// Nested tuples may come in any order: passes repeat while one untracks.
static void finish_survivors(KrThread *ts, KrLink *young) {
    for (KrLink *l = young->next; l != young; l = l->next) {
        link_head(l)->flags &= ~(uint32_t)(KR_GC_COLLECTING | KR_GC_UNREACHABLE);
    }
    bool changed = true;
    while (changed) {
        changed = false;
        KrLink *l = young->next;
        while (l != young) {
            KrLink *next = l->next;
            KrObject *o = link_obj(l);
            if (KR_TYPE(o) == &kr_tuple_type && untrack_atomic_tuple(ts, o)) {
                changed = true;
            }
            l = next;
        }
    }
}

// How many objects the collection reports. Krait keeps an instance's
// attributes in a real dict where CPython 3.11 keeps them inline, so such a
// dict is not counted with its (also unreachable) owner.
static intptr_t count_unreachable(KrLink *unreachable) {
    intptr_t n = 0;
    for (KrLink *l = unreachable->next; l != unreachable; l = l->next) {
        KrObject *o = link_obj(l);
        KrType *t = KR_TYPE(o);
        n++;
        KrObject **dp = (t->flags & KR_TYPE_HEAP) ? kr_object_dict_ptr(o) : NULL;
        if (dp) {
            KrObject *d = *dp;
            if (d && kr_gc_has_head(d) && (kr_gc_head(d)->flags & KR_GC_UNREACHABLE) && d->refcnt == 1) {
                n--;
            }
        }
    }
    return n;
}

// PEP 442: each unreachable object's __del__ runs once. Objects are moved to
// `seen` before their finalizer runs, because a finalizer may free others.
static void finalize_garbage(KrThread *ts, KrLink *unreachable) {
    KrLink seen;
    list_init(&seen);
    while (!list_empty(unreachable)) {
        KrLink *l = unreachable->next;
        KrObject *o = link_obj(l);
        list_move(l, &seen);
        KrObject *del = pending_finalizer(ts, o);
        if (del) {
            kr_gc_head(o)->flags |= KR_GC_FINALIZED;
            KR_INCREF(o);
            call_del(ts, o, del);
            KR_DECREF(ts, o);
        }
    }
    list_merge(&seen, unreachable);
}

// A weak reference outside the garbage: its callback may run.
static bool weakref_reachable(KrObject *wr) {
    return !kr_gc_has_head(wr) || !(kr_gc_head(wr)->flags & KR_GC_UNREACHABLE);
}

// CPython's handle_weakrefs, before any finalizer runs: weak references that
// are garbage themselves are cleared (their callbacks never run: they could
// see cleared objects), then every weak reference to a garbage object dies,
// and only the callbacks of the live ones are called, once all are dead.
static void handle_weakrefs(KrThread *ts, KrLink *unreachable) {
    for (KrLink *l = unreachable->next; l != unreachable; l = l->next) {
        KrObject *o = link_obj(l);
        if (kr_weakref_check(o)) {
            kr_weakref_detach(ts, (KrWeakRef *)o);
        }
    }
    KrObject **pending = NULL;
    size_t n = 0, cap = 0;
    for (KrLink *l = unreachable->next; l != unreachable; l = l->next) {
        KrObject *o = link_obj(l);
        if ((link_head(l)->flags & KR_GC_WEAKREFS) &&
            kr_weakref_detach_all(ts, o, weakref_reachable, &pending, &n, &cap) < 0) {
            kr_gc_write_unraisable(ts, NULL);
        }
    }
    kr_weakref_call_pending(ts, pending, n, true);
}

// After finalizers: whatever a finalizer made reachable again (and all it
// reaches) goes to `old`; the rest moves to `still`.
static void handle_resurrected(KrThread *ts, KrLink *unreachable, KrLink *still, KrLink *old) {
    update_refs(unreachable);
    subtract_refs(ts, unreachable);
    move_unreachable(ts, unreachable, still);
    for (KrLink *l = unreachable->next; l != unreachable; l = l->next) {
        link_head(l)->flags &= ~(uint32_t)(KR_GC_COLLECTING | KR_GC_UNREACHABLE);
    }
    list_merge(unreachable, old);
}

// Breaks the cycles: each object is cleared (or saved in gc.garbage under
// DEBUG_SAVEALL); an object that survives its clear waits in `old`.
static void delete_garbage(KrThread *ts, KrLink *still, KrLink *old) {
    KrGCState *st = &ts->vm->gc;
    while (!list_empty(still)) {
        KrLink *l = still->next;
        KrObject *o = link_obj(l);
        link_head(l)->flags &= ~(uint32_t)(KR_GC_COLLECTING | KR_GC_UNREACHABLE);
        list_move(l, old);
        if ((st->debug & KR_GC_DEBUG_SAVEALL) && st->garbage) {
            if (kr_list_append(ts, st->garbage, o) < 0) {
                kr_err_clear(ts);
            }
            continue;
        }
        KrInquiryFn clear = KR_TYPE(o)->clear;
        if (clear) {
            KR_INCREF(o);
            if (clear(ts, o) < 0) {
                kr_gc_write_unraisable(ts, NULL);
            }
            KR_DECREF(ts, o);
        }
    }
}

// gc.callbacks: each is called as cb(phase, info).
static void invoke_callbacks(KrThread *ts, const char *phase, int gen, intptr_t collected) {
    KrGCState *st = &ts->vm->gc;
    if (!st->callbacks || kr_len(ts, st->callbacks) <= 0) {
        kr_err_clear(ts);
        return;
    }
    KrObject *cbs = kr_list_from_iterable(ts, st->callbacks);
    KrObject *ph = kr_str_from_cstr(ts, phase);
    KrObject *info = kr_dict_new(ts);
    KrObject *g = kr_int_from_i64(ts, gen), *c = kr_int_from_i64(ts, collected), *u = kr_int_from_i64(ts, 0);
    if (!cbs || !ph || !info || !g || !c || !u || kr_dict_set_item_str(ts, info, "generation", g) < 0 ||
        kr_dict_set_item_str(ts, info, "collected", c) < 0 || kr_dict_set_item_str(ts, info, "uncollectable", u) < 0) {
        kr_gc_write_unraisable(ts, NULL);
    } else {
        for (intptr_t i = 0; i < kr_len(ts, cbs); i++) {
            KrObject *cb = ((KrList *)cbs)->items[i];
            KrObject *r = kr_call2(ts, cb, ph, info);
            if (r) {
                KR_DECREF(ts, r);
            } else {
                kr_gc_write_unraisable(ts, cb);
            }
        }
    }
    KR_XDECREF(ts, cbs);
    KR_XDECREF(ts, ph);
    KR_XDECREF(ts, info);
    KR_XDECREF(ts, g);
    KR_XDECREF(ts, c);
    KR_XDECREF(ts, u);
}

intptr_t kr_gc_collect(KrThread *ts, int gen) {
    KrGCState *st = &ts->vm->gc;
    if (st->collecting) {
        return 0;
    }
    st->collecting = true;
    st->pending = false;
    KrObject *saved = kr_err_fetch(ts);
    invoke_callbacks(ts, "start", gen, 0);

    if (gen + 1 < KR_GC_GENERATIONS) {
        st->count[gen + 1]++;
    }
    for (int i = 0; i <= gen; i++) {
        st->count[i] = 0;
    }
    for (int i = 0; i < gen; i++) {
        list_merge(&st->gens[i], &st->gens[gen]);
    }
    KrLink *young = &st->gens[gen];
    KrLink *old = gen + 1 < KR_GC_GENERATIONS ? &st->gens[gen + 1] : young;

    update_refs(young);
    subtract_refs(ts, young);
    KrLink unreachable, still;
    list_init(&unreachable);
    list_init(&still);
    move_unreachable(ts, young, &unreachable);
    finish_survivors(ts, young);
    if (gen == KR_GC_GENERATIONS - 2) {
        st->long_lived_pending += list_size(young);
    }
    if (young != old) {
        list_merge(young, old);
    } else {
        st->long_lived_pending = 0;
        st->long_lived_total = list_size(young);
    }

    intptr_t m = count_unreachable(&unreachable);
    handle_weakrefs(ts, &unreachable);
    finalize_garbage(ts, &unreachable);
    handle_resurrected(ts, &unreachable, &still, old);
    delete_garbage(ts, &still, old);

    st->stats[gen].collections++;
    st->stats[gen].collected += m;
    invoke_callbacks(ts, "stop", gen, m);
    kr_err_restore(ts, saved);
    st->collecting = false;
    return m;
}

void kr_gc_collect_pending(KrThread *ts) {
    KrGCState *st = &ts->vm->gc;
    st->pending = false;
    if (!st->enabled || st->collecting) {
        return;
    }
    for (int i = KR_GC_GENERATIONS - 1; i >= 0; i--) {
        if (st->count[i] > st->threshold[i]) {
            // A full collection only when a quarter of the long-lived objects
            // are new since the last one (CPython's quadratic-time guard).
            if (i == KR_GC_GENERATIONS - 1 && st->long_lived_pending < st->long_lived_total / 4) {
                continue;
            }
            kr_gc_collect(ts, i);
            break;
        }
    }
}
