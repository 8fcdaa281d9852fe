// SPDX-License-Identifier: MIT
// The gc module: the cycle collector's controls and introspection (vm/gc.c).
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

// An int argument as a C int; -1 with CPython's errors otherwise.
static int int_arg(KrThread *ts, KrObject *o, int *out) {
    if (!kr_int_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int ovf;
    int64_t v = kr_int_as_i64(o, &ovf);
    if (ovf || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, ovf || v > 0 ? "signed integer is greater than maximum"
                                                               : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

// gc.collect(generation=2)
static KrObject *gc_collect(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"generation", NULL};
    KrObject *gen_obj = NULL;
    if (kr_parse_args(ts, "collect", args, nargs, kwnames, names, 0, 0, 1, &gen_obj) < 0) {
        return NULL;
    }
    int gen = KR_GC_GENERATIONS - 1;
    if (gen_obj && int_arg(ts, gen_obj, &gen) < 0) {
        return NULL;
    }
    if (gen < 0 || gen >= KR_GC_GENERATIONS) {
        kr_err_set_str(ts, &kr_exc_ValueError, "invalid generation");
        return NULL;
    }
    // A collection already running (gc.collect() from a finalizer) finds nothing.
    return kr_int_from_i64(ts, ts->vm->gc.collecting ? 0 : (int64_t)kr_gc_collect(ts, gen));
}

static KrObject *gc_enable(KrThread *ts, KrObject *self) {
    (void)self;
    ts->vm->gc.enabled = true;
    KR_RETURN_NONE;
}

static KrObject *gc_disable(KrThread *ts, KrObject *self) {
    (void)self;
    ts->vm->gc.enabled = false;
    ts->vm->gc.pending = false;
    KR_RETURN_NONE;
}

static KrObject *gc_isenabled(KrThread *ts, KrObject *self) {
    (void)self;
    return KR_INCREF(KR_BOOL(ts->vm->gc.enabled));
}

// A tuple of three C integers.
static KrObject *triple(KrThread *ts, int64_t a, int64_t b, int64_t c) {
    KrObject *x = kr_int_from_i64(ts, a), *y = kr_int_from_i64(ts, b), *z = kr_int_from_i64(ts, c);
    KrObject *t = x && y && z ? kr_tuple_pack(ts, 3, x, y, z) : NULL;
    KR_XDECREF(ts, x);
    KR_XDECREF(ts, y);
    KR_XDECREF(ts, z);
    return t;
}

static KrObject *gc_get_count(KrThread *ts, KrObject *self) {
    (void)self;
    KrGCState *st = &ts->vm->gc;
    return triple(ts, st->count[0], st->count[1], st->count[2]);
}

static KrObject *gc_get_threshold(KrThread *ts, KrObject *self) {
    (void)self;
    KrGCState *st = &ts->vm->gc;
    return triple(ts, st->threshold[0], st->threshold[1], st->threshold[2]);
}

// gc.set_threshold(threshold0[, threshold1[, threshold2]])
static KrObject *gc_set_threshold(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "set_threshold() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        kr_err_format(ts, &kr_exc_TypeError, "set_threshold() takes at %s %d argument%s (%zu given)",
                      nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
        return NULL;
    }
    int v[KR_GC_GENERATIONS];
    for (size_t i = 0; i < nargs; i++) {
        if (int_arg(ts, args[i], &v[i]) < 0) {
            return NULL;
        }
    }
    for (size_t i = 0; i < nargs; i++) {
        ts->vm->gc.threshold[i] = v[i];
    }
    KR_RETURN_NONE;
}

static KrObject *gc_get_debug(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_int_from_i64(ts, ts->vm->gc.debug);
}

static KrObject *gc_set_debug(KrThread *ts, KrObject *self, KrObject *flags) {
    (void)self;
    int v;
    if (int_arg(ts, flags, &v) < 0) {
        return NULL;
    }
    ts->vm->gc.debug = v;
    KR_RETURN_NONE;
}

// Appends the objects of one list (except `skip`) to `out`.
static int append_list(KrThread *ts, KrObject *out, KrLink *head, KrObject *skip) {
    for (KrLink *l = head->next; l != head; l = l->next) {
        KrObject *o = (KrObject *)(l + 1);
        if (o != skip && kr_list_append(ts, out, o) < 0) {
            return -1;
        }
    }
    return 0;
}

// gc.get_objects(generation=None)
static KrObject *gc_get_objects(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"generation", NULL};
    KrObject *gen_obj = NULL;
    if (kr_parse_args(ts, "get_objects", args, nargs, kwnames, names, 0, 0, 1, &gen_obj) < 0) {
        return NULL;
    }
    int gen = -1; // None, or any negative number (CPython 3.11): every generation
    if (gen_obj && gen_obj != KR_NONE) {
        if (int_arg(ts, gen_obj, &gen) < 0) {
            return NULL;
        }
        if (gen >= KR_GC_GENERATIONS) {
            kr_err_format(ts, &kr_exc_ValueError,
                          "generation parameter must be less than the number of available generations (%i)",
                          KR_GC_GENERATIONS);
            return NULL;
        }
    }
    KrObject *out = kr_list_new(ts, 0);
    if (!out) {
        return NULL;
    }
    KrGCState *st = &ts->vm->gc;
    for (int i = 0; i < KR_GC_GENERATIONS; i++) {
        if ((gen < 0 || gen == i) && append_list(ts, out, &st->gens[i], out) < 0) {
            KR_DECREF(ts, out);
            return NULL;
        }
    }
    return out;
}

// For get_referrers: does `o` refer to one of the targets?
typedef struct ReferrerSearch {
    KrObject *const *targets;
    size_t ntargets;
    bool found;
} ReferrerSearch;

static void visit_referrer(KrThread *ts, KrObject *o, void *arg) {
    (void)ts;
    ReferrerSearch *s = arg;
    for (size_t i = 0; i < s->ntargets && o; i++) {
        if (s->targets[i] == o) {
            s->found = true;
        }
    }
}

static KrObject *gc_get_referrers(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "get_referrers() takes no keyword arguments");
        return NULL;
    }
    KrObject *out = kr_list_new(ts, 0);
    if (!out) {
        return NULL;
    }
    KrGCState *st = &ts->vm->gc;
    KrLink *lists[] = {&st->gens[0], &st->gens[1], &st->gens[2], &st->permanent};
    for (size_t li = 0; li < sizeof(lists) / sizeof(lists[0]); li++) {
        for (KrLink *l = lists[li]->next; l != lists[li]; l = l->next) {
            KrObject *o = (KrObject *)(l + 1);
            if (o == out) {
                continue;
            }
            ReferrerSearch s = {args, nargs, false};
            KR_TYPE(o)->traverse(ts, o, visit_referrer, &s);
            if (s.found && kr_list_append(ts, out, o) < 0) {
                KR_DECREF(ts, out);
                return NULL;
            }
        }
    }
    return out;
}

static void visit_referent(KrThread *ts, KrObject *o, void *arg) {
    KrObject *out = arg;
    if (o && kr_list_append(ts, out, o) < 0) {
        kr_err_clear(ts);
    }
}

static KrObject *gc_get_referents(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "get_referents() takes no keyword arguments");
        return NULL;
    }
    KrObject *out = kr_list_new(ts, 0);
    if (!out) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        KrType *t = KR_TYPE(args[i]);
        if ((t->flags & KR_TYPE_GC) && t->traverse) {
            t->traverse(ts, args[i], visit_referent, out);
        }
    }
    return out;
}

static KrObject *gc_is_tracked(KrThread *ts, KrObject *self, KrObject *o) {
    (void)self;
    (void)ts;
    return KR_INCREF(KR_BOOL(kr_gc_is_tracked(o)));
}

static KrObject *gc_is_finalized(KrThread *ts, KrObject *self, KrObject *o) {
    (void)self;
    (void)ts;
    bool fin = kr_gc_has_head(o) && (kr_gc_head(o)->flags & KR_GC_FINALIZED);
    return KR_INCREF(KR_BOOL(fin));
}

// gc.freeze(): everything tracked now moves to the permanent generation,
// which collections ignore (for fork-heavy servers in CPython).
static KrObject *gc_freeze(KrThread *ts, KrObject *self) {
    (void)self;
    KrGCState *st = &ts->vm->gc;
    for (int i = 0; i < KR_GC_GENERATIONS; i++) {
        KrLink *from = &st->gens[i], *to = &st->permanent;
        while (from->next != from) {
            KrLink *l = from->next;
            l->prev->next = l->next;
            l->next->prev = l->prev;
            l->next = to;
            l->prev = to->prev;
            to->prev->next = l;
            to->prev = l;
        }
        st->count[i] = 0;
    }
    KR_RETURN_NONE;
}

// gc.unfreeze(): the permanent generation goes back into the oldest one.
static KrObject *gc_unfreeze(KrThread *ts, KrObject *self) {
    (void)self;
    KrGCState *st = &ts->vm->gc;
    KrLink *from = &st->permanent, *to = &st->gens[KR_GC_GENERATIONS - 1];
    while (from->next != from) {
        KrLink *l = from->next;
        l->prev->next = l->next;
        l->next->prev = l->prev;
        l->next = to;
        l->prev = to->prev;
        to->prev->next = l;
        to->prev = l;
    }
    KR_RETURN_NONE;
}

static KrObject *gc_get_freeze_count(KrThread *ts, KrObject *self) {
    (void)self;
    int64_t n = 0;
    KrLink *h = &ts->vm->gc.permanent;
    for (KrLink *l = h->next; l != h; l = l->next) {
        n++;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *gc_get_stats(KrThread *ts, KrObject *self) {
    (void)self;
    KrObject *out = kr_list_new(ts, 0);
    if (!out) {
        return NULL;
    }
    for (int i = 0; i < KR_GC_GENERATIONS; i++) {
        KrGCStats *s = &ts->vm->gc.stats[i];
        KrObject *d = kr_dict_new(ts);
        KrObject *a = kr_int_from_i64(ts, s->collections), *b = kr_int_from_i64(ts, s->collected),
                 *c = kr_int_from_i64(ts, s->uncollectable);
        int r = d && a && b && c && kr_dict_set_item_str(ts, d, "collections", a) == 0 &&
                        kr_dict_set_item_str(ts, d, "collected", b) == 0 &&
                        kr_dict_set_item_str(ts, d, "uncollectable", c) == 0 && kr_list_append(ts, out, d) == 0
                    ? 0
                    : -1;
        KR_XDECREF(ts, a);
        KR_XDECREF(ts, b);
        KR_XDECREF(ts, c);
        KR_XDECREF(ts, d);
        if (r < 0) {
            KR_DECREF(ts, out);
            return NULL;
        }
    }
    return out;
}

static const KrMethodDef gc_functions[] = {
    {"collect", gc_collect, KR_METH_VARARGS, false, false, "Run the garbage collector."},
    {"enable", gc_enable, KR_METH_NOARGS, false, false, "Enable automatic garbage collection."},
    {"disable", gc_disable, KR_METH_NOARGS, false, false, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, KR_METH_NOARGS, false, false, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, KR_METH_NOARGS, false, false, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, KR_METH_NOARGS, false, false, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, KR_METH_VARARGS, false, false, "Set the collection thresholds."},
    {"get_debug", gc_get_debug, KR_METH_NOARGS, false, false, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, KR_METH_O, false, false, "Set the garbage collection debugging flags."},
    {"get_objects", gc_get_objects, KR_METH_VARARGS, false, false,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", gc_get_referrers, KR_METH_VARARGS, false, false,
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, KR_METH_VARARGS, false, false,
     "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked, KR_METH_O, false, false,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, KR_METH_O, false, false,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, KR_METH_NOARGS, false, false,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, KR_METH_NOARGS, false, false,
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, KR_METH_NOARGS, false, false,
     "Return the number of objects in the permanent generation."},
    {"get_stats", gc_get_stats, KR_METH_NOARGS, false, false,
     "Return a list of dictionaries containing per-generation statistics."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_gc_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "gc");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, gc_functions) < 0) {
        goto error;
    }
    KrGCState *st = &ts->vm->gc;
    if (!st->garbage && !(st->garbage = kr_list_new(ts, 0))) {
        goto error;
    }
    if (!st->callbacks && !(st->callbacks = kr_list_new(ts, 0))) {
        goto error;
    }
    KrObject *d = KR_MODULE_DICT(m);
    if (kr_dict_set_item_str(ts, d, "garbage", st->garbage) < 0 ||
        kr_dict_set_item_str(ts, d, "callbacks", st->callbacks) < 0) {
        goto error;
    }
    static const struct {
        const char *name;
        int value;
    } flags[] = {
        {"DEBUG_STATS", KR_GC_DEBUG_STATS},
        {"DEBUG_COLLECTABLE", KR_GC_DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", KR_GC_DEBUG_UNCOLLECTABLE},
        {"DEBUG_SAVEALL", KR_GC_DEBUG_SAVEALL},
        {"DEBUG_LEAK", KR_GC_DEBUG_LEAK},
    };
    for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
        KrObject *v = kr_int_from_i64(ts, flags[i].value);
        if (!v || kr_dict_set_item_str(ts, d, flags[i].name, v) < 0) {
            KR_XDECREF(ts, v);
            goto error;
        }
        KR_DECREF(ts, v);
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
