// SPDX-License-Identifier: MIT
// A class's subclasses (found by scanning live classes) and assignment to
// __bases__, which recomputes the MRO of the class and of its subclasses.
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "slots.h"
#include "str.h"
#include "type_impl.h"

#define T(t) extern KrType t;
#include "types.def"
#undef T

// Every static type, in the order they are readied (see state.c).
static KrType *const static_types[] = {
#define T(t) &t,
#include "types.def"
#undef T
#define EXC(name, base) &kr_exc_##name,
#include "exceptions.def"
#undef EXC
    &kr_exc_BaseExceptionGroup,
    &kr_exc_ExceptionGroup,
};

// Collects (new references to) the live heap classes that have `base` in
// their MRO (direct: only those with `base` among their __bases__).
typedef struct SubclassScan {
    KrType *base;
    bool direct;
    KrType **found;
    intptr_t n, cap;
    bool failed;
} SubclassScan;

static void add_found(KrThread *ts, SubclassScan *sc, KrType *t) {
    if (sc->n == sc->cap) {
        intptr_t cap = sc->cap ? sc->cap * 2 : 8;
        KrType **nf = kr_mem_realloc(ts, sc->found, sizeof(KrType *) * (size_t)cap);
        if (!nf) {
            sc->failed = true;
            return;
        }
        sc->found = nf;
        sc->cap = cap;
    }
    sc->found[sc->n++] = (KrType *)KR_INCREF(t);
}

static void scan_subclass(KrThread *ts, KrObject *o, void *arg) {
    SubclassScan *sc = arg;
    if (sc->failed || o->refcnt <= 0 || !kr_isinstance_type(o, &kr_type_type) || o == (KrObject *)sc->base ||
        !(((KrType *)o)->flags & KR_TYPE_HEAP)) {
        return;
    }
    KrType *t = (KrType *)o;
    KrObject *seq = sc->direct ? t->bases : t->mro;
    bool hit = false;
    for (intptr_t i = 0; seq && i < KR_TUPLE_SIZE(seq) && !hit; i++) {
        hit = KR_TUPLE_GET(seq, i) == (KrObject *)sc->base;
    }
    if (!hit) {
        return;
    }
    add_found(ts, sc, t);
}

// Builtin subclasses come first, as in CPython (bool is int's).
static void scan_static(KrThread *ts, SubclassScan *sc) {
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0] && !sc->failed; i++) {
        KrType *t = static_types[i];
        if (t == sc->base || !(t->base_type == sc->base || t->base2 == sc->base)) {
            continue;
        }
        add_found(ts, sc, t);
    }
}

static int find_subclasses(KrThread *ts, KrType *base, bool direct, SubclassScan *sc) {
    memset(sc, 0, sizeof(*sc));
    sc->base = base;
    sc->direct = direct;
    if (direct) {
        scan_static(ts, sc);
    }
    // Most dunders are set on fresh leaf classes (dataclasses, total_ordering):
    // a heap class that was never a base has no subclasses to scan for.
    if ((base->flags & KR_TYPE_HEAP) && !(base->flags & KR_TYPE_HAS_SUBCLASSES)) {
        return 0;
    }
    // Classes are instances of `type`, which is not a GC type: they live on
    // the VM's plain object list; metaclass instances may be on the GC lists.
    for (KrLink *l = ts->vm->objects.next; l != &ts->vm->objects; l = l->next) {
        scan_subclass(ts, (KrObject *)(l + 1), sc);
    }
    kr_gc_foreach(ts, scan_subclass, sc);
    if (sc->failed) {
        for (intptr_t i = 0; i < sc->n; i++) {
            KR_DECREF(ts, sc->found[i]);
        }
        kr_mem_free(ts, sc->found);
        return -1;
    }
    return 0;
}

static void release_subclasses(KrThread *ts, SubclassScan *sc) {
    for (intptr_t i = 0; i < sc->n; i++) {
        KR_DECREF(ts, sc->found[i]);
    }
    kr_mem_free(ts, sc->found);
}

KrObject *kr_type_bases_subclasses(KrThread *ts, KrObject *self) {
    SubclassScan sc;
    if (find_subclasses(ts, (KrType *)self, true, &sc) < 0) {
        return NULL;
    }
    KrObject *list = kr_list_from_array(ts, (KrObject *const *)sc.found, sc.n);
    release_subclasses(ts, &sc);
    return list;
}

void kr_type_bases_mark(KrType *type) {
    KrObject *seqs[2] = {type->mro, type->bases};
    for (int s = 0; s < 2; s++) {
        for (intptr_t i = 0; seqs[s] && i < KR_TUPLE_SIZE(seqs[s]); i++) {
            KrType *b = (KrType *)KR_TUPLE_GET(seqs[s], i);
            if (b != type && (b->flags & KR_TYPE_HEAP)) {
                b->flags |= KR_TYPE_HAS_SUBCLASSES;
            }
        }
    }
}

// A dunder assigned on a class changes the slots of its subclasses too.
int kr_type_bases_fixup_subclasses(KrThread *ts, KrType *type, KrObject *name) {
    SubclassScan sc;
    if (find_subclasses(ts, type, false, &sc) < 0) {
        return -1;
    }
    int r = 0;
    for (intptr_t i = 0; i < sc.n && r == 0; i++) {
        r = kr_slots_fixup_name(ts, sc.found[i], name);
    }
    release_subclasses(ts, &sc);
    return r;
}

// CPython names a static type by its full tp_name ('collections.OrderedDict').
static const char *tp_name(KrType *t) {
    return t->flags & KR_TYPE_HEAP ? kr_type_name_cstr(t) : t->name;
}

// Whether instances of `t` lay out exactly as its base's.
static bool same_as_base(KrType *t) {
    KrType *b = t->base_type;
    return b && t->basicsize == b->basicsize && t->itemsize == b->itemsize && t->dictoffset == b->dictoffset &&
           (t->flags & KR_TYPE_WEAKREFABLE) == (b->flags & KR_TYPE_WEAKREFABLE);
}

// Whether two heap classes add the same fields (__slots__, a fixed-offset
// __dict__) to the same base, so their instances lay out alike.
static int same_slots_added(KrThread *ts, KrType *a, KrType *b) {
    if (!(a->flags & KR_TYPE_HEAP) || !(b->flags & KR_TYPE_HEAP) || a->base_type != b->base_type ||
        a->basicsize != b->basicsize || a->dictoffset != b->dictoffset || a->dictoffset < 0 ||
        (a->flags & KR_TYPE_WEAKREFABLE) != (b->flags & KR_TYPE_WEAKREFABLE)) {
        return 0;
    }
    KrObject *sa = kr_dict_get_item(ts, a->dict, KR_ID(ts, __slots__));
    KrObject *sb = kr_dict_get_item(ts, b->dict, KR_ID(ts, __slots__));
    if (kr_err_occurred(ts)) {
        return -1;
    }
    if (!sa || !sb) {
        return !sa && !sb;
    }
    return kr_compare_bool(ts, sa, sb, KR_EQ);
}

// Instances made for `old` must stay valid once `new_` replaces it as base.
static int compatible_base(KrThread *ts, KrType *new_, KrType *old) {
    // CPython compares tp_free: whether instances are GC containers.
    if ((new_->flags & KR_TYPE_GC) != (old->flags & KR_TYPE_GC)) {
        kr_err_format(ts, &kr_exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                      tp_name(new_), tp_name(old));
        return -1;
    }
    KrType *nb = new_, *ob = old;
    while (same_as_base(nb)) {
        nb = nb->base_type;
    }
    while (same_as_base(ob)) {
        ob = ob->base_type;
    }
    int same = nb == ob ? 1 : same_slots_added(ts, nb, ob);
    if (same < 0) {
        return -1;
    }
    if (!same) {
        kr_err_format(ts, &kr_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                      tp_name(new_), tp_name(old));
        return -1;
    }
    return 0;
}

static int check_new_bases(KrThread *ts, KrType *type, KrObject *value, KrType **new_base) {
    if (!(type->flags & KR_TYPE_HEAP) || !value) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot %s '__bases__' attribute of immutable type '%s'",
                      value ? "set" : "delete", tp_name(type));
        return -1;
    }
    if (!kr_tuple_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", tp_name(type),
                      tp_name(KR_TYPE(value)));
        return -1;
    }
    if (KR_TUPLE_SIZE(value) == 0) {
        kr_err_format(ts, &kr_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                      tp_name(type));
        return -1;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(value); i++) {
        KrObject *b = KR_TUPLE_GET(value, i);
        if (!kr_isinstance_type(b, &kr_type_type)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", tp_name(type),
                          tp_name(KR_TYPE(b)));
            return -1;
        }
        if (kr_type_is_subtype((KrType *)b, type)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    *new_base = kr_type_best_base(ts, value);
    if (!*new_base) {
        return -1;
    }
    return compatible_base(ts, *new_base, type->base_type);
}

static int recompute_mro(KrThread *ts, KrType *t) {
    KrObject *mro = kr_type_compute_mro(ts, t, t->bases);
    if (!mro) {
        return -1;
    }
    KR_DECREF(ts, t->mro);
    t->mro = mro;
    kr_type_cache_invalidate(ts);
    return kr_type_custom_mro(ts, t);
}

// Subclasses whose MRO is shorter come first: a class's bases are
// recomputed before it.
static void sort_by_mro_length(KrType **v, intptr_t n) {
    for (intptr_t i = 1; i < n; i++) {
        KrType *x = v[i];
        intptr_t j = i;
        for (; j > 0 && KR_TUPLE_SIZE(v[j - 1]->mro) > KR_TUPLE_SIZE(x->mro); j--) {
            v[j] = v[j - 1];
        }
        v[j] = x;
    }
}

int kr_type_bases_set(KrThread *ts, KrObject *self, KrObject *value) {
    KrType *type = (KrType *)self;
    KrType *new_base;
    if (check_new_bases(ts, type, value, &new_base) < 0) {
        return -1;
    }
    SubclassScan sc;
    if (find_subclasses(ts, type, false, &sc) < 0) {
        return -1;
    }
    sort_by_mro_length(sc.found, sc.n);
    // The old MROs (type's first) come back if any new one cannot be made.
    KrObject **old_mros = kr_mem_alloc(ts, sizeof(KrObject *) * (size_t)(sc.n + 1));
    if (!old_mros) {
        release_subclasses(ts, &sc);
        return -1;
    }
    KrObject *old_bases = type->bases;
    KrType *old_base = type->base_type;
    type->bases = KR_INCREF(value);
    type->base_type = (KrType *)KR_INCREF(new_base);
    intptr_t done = 0;
    int r = 0;
    for (; done <= sc.n && r == 0; done++) {
        KrType *t = done == 0 ? type : sc.found[done - 1];
        old_mros[done] = KR_INCREF(t->mro);
        r = recompute_mro(ts, t);
    }
    if (r < 0) {
        for (intptr_t i = done - 1; i >= 0; i--) {
            KrType *t = i == 0 ? type : sc.found[i - 1];
            KR_DECREF(ts, t->mro);
            t->mro = old_mros[i];
        }
        KR_DECREF(ts, type->bases);
        KR_DECREF(ts, type->base_type);
        type->bases = old_bases;
        type->base_type = old_base;
        kr_type_cache_invalidate(ts);
    } else {
        for (intptr_t i = 0; i < done; i++) {
            KR_DECREF(ts, old_mros[i]);
        }
        KR_DECREF(ts, old_bases);
        KR_DECREF(ts, old_base);
        kr_type_bases_mark(type);
        for (intptr_t i = 0; i < sc.n; i++) {
            kr_type_bases_mark(sc.found[i]);
        }
        // Inherited dunders may now come from other classes.
        r = kr_slots_fixup(ts, type);
        for (intptr_t i = 0; i < sc.n && r == 0; i++) {
            r = kr_slots_fixup(ts, sc.found[i]);
        }
    }
    kr_mem_free(ts, old_mros);
    release_subclasses(ts, &sc);
    return r;
}

// type(name, bases, ns) takes the bases as given: a non-class base with
// __mro_entries__ (PEP 560) needs types.new_class().
int kr_type_bases_check_no_mro_entries(KrThread *ts, KrObject *bases) {
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(bases); i++) {
        KrObject *b = KR_TUPLE_GET(bases, i);
        if (kr_isinstance_type(b, &kr_type_type)) {
            continue;
        }
        KrObject *name = kr_str_intern_cstr(ts, "__mro_entries__");
        KrObject *meth = name ? kr_getattr_opt(ts, b, name) : NULL;
        KR_XDECREF(ts, name);
        if (meth) {
            KR_DECREF(ts, meth);
            kr_err_set_str(ts, &kr_exc_TypeError,
                           "type() doesn't support MRO entry resolution; use types.new_class()");
            return -1;
        }
        if (kr_err_occurred(ts)) {
            return -1;
        }
    }
    return 0;
}
