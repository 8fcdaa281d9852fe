// SPDX-License-Identifier: MIT
// The `type` type: attribute lookup along the MRO, per-interpreter dicts of
// builtin types, class creation (C3 MRO, layout, slots).
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "structseq.h"
#include "genericalias.h"
#include "bytes.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "member.h"
#include "sizeof.h"
#include "slots.h"
#include "str.h"
#include "type_impl.h"

extern const KrGetSetDef kr_object_dict_getset;

const char *kr_arg_type_name(KrObject *o) {
    return o == KR_NONE ? "None" : kr_type_name_cstr(KR_TYPE(o));
}

const char *kr_type_name_cstr(KrType *type) {
    const char *n = type->name;
    if (!(type->flags & KR_TYPE_HEAP)) {
        // Static types may be named "module.name"; __name__ is the last part.
        const char *dot = strrchr(n, '.');
        return dot ? dot + 1 : n;
    }
    return n;
}

KrObject *kr_type_name(KrThread *ts, KrType *type) {
    if (type->heap_name) {
        return KR_INCREF(type->heap_name);
    }
    return kr_str_from_cstr(ts, kr_type_name_cstr(type));
}

bool kr_type_is_subtype(KrType *a, KrType *b) {
    if (a == b) {
        return true;
    }
    if (a->mro) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(a->mro); i++) {
            if ((KrType *)KR_TUPLE_GET(a->mro, i) == b) {
                return true;
            }
        }
        return false;
    }
    for (KrType *t = a->base_type; t; t = t->base_type) {
        if (t == b || (t->base2 && kr_type_is_subtype(t->base2, b))) {
            return true;
        }
    }
    if (a->base2 && kr_type_is_subtype(a->base2, b)) {
        return true;
    }
    return b == &kr_object_type;
}

// A static type's MRO (see KrType.base2) into out[], its length returned:
// the types along base_type's chain that base2 does not inherit, then base2
// and its chain. Static hierarchies are shallow; `cap` bounds them.
#define STATIC_MRO_CAP 32
static int static_mro(KrType *type, KrType **out) {
    KrType *b2 = NULL;
    for (KrType *p = type; p && !b2; p = p->base_type) {
        b2 = p->base2;
    }
    int n = 0;
    for (KrType *t = type; t && n < STATIC_MRO_CAP; t = t->base_type) {
        if (b2 && kr_type_is_subtype(b2, t)) {
            for (KrType *u = b2; u && n < STATIC_MRO_CAP; u = u->base_type) {
                out[n++] = u;
            }
            break;
        }
        out[n++] = t;
    }
    return n;
}

bool kr_isinstance_type(KrObject *o, KrType *t) {
    return KR_TYPE(o) == t || kr_type_is_subtype(KR_TYPE(o), t);
}

// ---- static types ------------------------------------------------------------

// Slots a static type leaves NULL are inherited from its base, as CPython's
// inherit_slots; hash and richcompare are inherited together.
static void inherit_slots(KrType *t, KrType *b) {
#define INHERIT(f) if (!t->f) { t->f = b->f; }
    INHERIT(dealloc) INHERIT(traverse) INHERIT(clear) INHERIT(repr) INHERIT(str)
    INHERIT(getattr) INHERIT(setattr) INHERIT(call) INHERIT(iter) INHERIT(iternext)
    INHERIT(descr_get) INHERIT(descr_set) INHERIT(init)
    // A static type directly under object without its own constructor is not
    // instantiable (generator, function, ...), as CPython.
    if (!t->new_ && b != &kr_object_type) {
        t->new_ = b->new_;
    }
    INHERIT(nb_power3) INHERIT(nb_divmod) INHERIT(nb_negative) INHERIT(nb_positive) INHERIT(nb_invert)
    INHERIT(nb_absolute) INHERIT(nb_bool) INHERIT(nb_int) INHERIT(nb_float) INHERIT(nb_index)
    INHERIT(len) INHERIT(getitem) INHERIT(setitem) INHERIT(contains) INHERIT(buffer) INHERIT(buffer_exports)
#undef INHERIT
    for (int i = 0; i < KR_BINOP_COUNT; i++) {
        if (!t->nb[i]) {
            t->nb[i] = b->nb[i];
        }
        if (!t->nb_inplace[i]) {
            t->nb_inplace[i] = b->nb_inplace[i];
        }
    }
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    } else if (!t->hash) {
        t->hash = b->hash;
    } else if (!t->richcompare) {
        t->richcompare = b->richcompare;
    }
    if (!t->dictoffset) {
        t->dictoffset = b->dictoffset;
    }
    if (!t->itemsize) {
        t->itemsize = b->itemsize;
    }
    t->flags |= b->flags & (KR_TYPE_INT_SUBCLASS | KR_TYPE_LIST_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS |
                            KR_TYPE_STR_SUBCLASS | KR_TYPE_DICT_SUBCLASS | KR_TYPE_EXC_SUBCLASS |
                            KR_TYPE_TYPE_SUBCLASS | KR_TYPE_HAS_DICT | KR_TYPE_GC | KR_TYPE_MATCH_SELF);
    if (!(t->flags & (KR_TYPE_SEQUENCE | KR_TYPE_MAPPING))) {
        t->flags |= b->flags & (KR_TYPE_SEQUENCE | KR_TYPE_MAPPING);
    }
}

int kr_type_ready(KrType *type, int static_index) {
    if (type->static_index) {
        return 0;
    }
    if (type != &kr_object_type && !type->base_type) {
        type->base_type = &kr_object_type;
    }
    if (type->base_type) {
        inherit_slots(type, type->base_type);
    }
    type->static_index = static_index;
    return 0;
}

static KrStaticTypeState *static_state(KrThread *ts, KrType *type) {
    return &ts->vm->static_types[type->static_index];
}

static int add_methods(KrThread *ts, KrType *type, KrObject *dict) {
    for (const KrMethodDef *m = type->methods; m && m->name; m++) {
        KrObject *d;
        if (m->is_static) {
            KrObject *f = kr_cfunction_new(ts, m, NULL, NULL);
            if (!f) {
                return -1;
            }
            d = kr_call1(ts, (KrObject *)&kr_staticmethod_type, f);
            KR_DECREF(ts, f);
        } else {
            KrMethodDescr *md = (KrMethodDescr *)kr_object_alloc(
                ts, m->is_class ? &kr_classmethod_descr_type : &kr_method_descr_type, sizeof(KrMethodDescr));
            if (md) {
                md->def = m;
                md->owner = type;
            }
            d = (KrObject *)md;
        }
        if (!d || kr_dict_set_item_str(ts, dict, m->name, d) < 0) {
            KR_XDECREF(ts, d);
            return -1;
        }
        KR_DECREF(ts, d);
    }
    return 0;
}

static int add_getset(KrThread *ts, KrType *type, KrObject *dict, const KrGetSetDef *g) {
    KrGetSetDescr *gd = (KrGetSetDescr *)kr_object_alloc(ts, &kr_getset_descr_type, sizeof(KrGetSetDescr));
    if (!gd) {
        return -1;
    }
    gd->def = g;
    gd->owner = type;
    int r = kr_dict_set_item_str(ts, dict, g->name, (KrObject *)gd);
    KR_DECREF(ts, gd);
    return r;
}

static int add_getsets(KrThread *ts, KrType *type, KrObject *dict) {
    for (const KrGetSetDef *g = type->getsets; g && g->name; g++) {
        if (add_getset(ts, type, dict, g) < 0) {
            return -1;
        }
    }
    return 0;
}

KrObject *kr_type_dict(KrThread *ts, KrType *type) {
    if (type->flags & KR_TYPE_HEAP) {
        return type->dict;
    }
    KrStaticTypeState *st = static_state(ts, type);
    if (st->dict) {
        return st->dict;
    }
    KrObject *dict = kr_dict_new(ts);
    if (!dict) {
        return NULL;
    }
    st->dict = dict;
    if (add_methods(ts, type, dict) < 0 || add_getsets(ts, type, dict) < 0 ||
        kr_slots_add_wrappers(ts, type, dict) < 0) {
        goto error;
    }
    if ((type->flags & KR_TYPE_EXC_SUBCLASS) && kr_exc_add_wrappers(ts, type, dict) < 0) {
        goto error;
    }
    if (type->dealloc == kr_structseq_dealloc && kr_structseq_init_type(ts, type) < 0) {
        goto error;
    }
    // A __doc__ getset (functions, properties) takes precedence over the type's docstring.
    if (kr_dict_get_item(ts, dict, KR_ID(ts, __doc__))) {
        return dict;
    }
    KrObject *doc = type->doc ? kr_str_from_cstr(ts, type->doc) : KR_INCREF(KR_NONE);
    if (!doc || kr_dict_set_item(ts, dict, KR_ID(ts, __doc__), doc) < 0) {
        KR_XDECREF(ts, doc);
        goto error;
    }
    KR_DECREF(ts, doc);
    return dict;
error:
    st->dict = NULL;
    KR_DECREF(ts, dict);
    return NULL;
}

KrObject *kr_type_mro(KrThread *ts, KrType *type) {
    if (type->mro) {
        return KR_INCREF(type->mro);
    }
    KrStaticTypeState *st = static_state(ts, type);
    if (!st->mro) {
        KrType *types[STATIC_MRO_CAP];
        int n = static_mro(type, types);
        KrObject *mro = kr_tuple_new(ts, n);
        if (!mro) {
            return NULL;
        }
        for (int i = 0; i < n; i++) {
            KR_TUPLE_SET(mro, i, KR_INCREF(types[i]));
        }
        st->mro = mro;
    }
    return KR_INCREF(st->mro);
}

static KrObject *lookup_uncached(KrThread *ts, KrType *type, KrObject *name) {
    if (type->mro) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(type->mro); i++) {
            KrObject *d = kr_type_dict(ts, (KrType *)KR_TUPLE_GET(type->mro, i));
            if (!d) {
                return NULL;
            }
            KrObject *v = kr_dict_get_item(ts, d, name);
            if (v || kr_err_occurred(ts)) {
                return v;
            }
        }
        return NULL;
    }
    KrType *types[STATIC_MRO_CAP];
    int n = static_mro(type, types);
    for (int i = 0; i < n; i++) {
        KrObject *d = kr_type_dict(ts, types[i]);
        if (!d) {
            return NULL;
        }
        KrObject *v = kr_dict_get_item(ts, d, name);
        if (v || kr_err_occurred(ts)) {
            return v;
        }
    }
    return NULL;
}

// Lookups of interned names go through a per-interpreter cache, as CPython's
// type attribute cache; any change to a class dict (or a class's death)
// invalidates all of it, which is rare once classes are built.
KrObject *kr_type_lookup(KrThread *ts, KrType *type, KrObject *name) {
    KrVM *vm = ts->vm;
    if (!kr_str_check_exact(name) || !((KrStr *)name)->interned) {
        return lookup_uncached(ts, type, name);
    }
    uintptr_t h = (((uintptr_t)type >> 4) ^ ((uintptr_t)name >> 3) * 31u) & (KR_TYPE_CACHE_SIZE - 1);
    KrTypeCacheEntry *e = &vm->type_cache[h];
    if (e->type == type && e->name == name && e->epoch == vm->type_cache_epoch) {
        return e->value;
    }
    uint32_t epoch = vm->type_cache_epoch;
    KrObject *v = lookup_uncached(ts, type, name);
    // Building a static type's dict or a failed lookup must not be cached as a miss.
    if (!kr_err_occurred(ts) && epoch == vm->type_cache_epoch) {
        e->type = type;
        e->name = name;
        e->value = v;
        e->epoch = epoch;
    }
    return v;
}

void kr_type_cache_invalidate(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (++vm->type_cache_epoch == 0) {
        // After 2**32 changes, wipe the entries so no stale one matches again.
        memset(vm->type_cache, 0, sizeof(vm->type_cache));
        vm->type_cache_epoch = 1;
    }
}

// ---- the type type: slots ------------------------------------------------------

static void type_dealloc(KrThread *ts, KrObject *o) {
    KrType *t = (KrType *)o;
    kr_type_cache_invalidate(ts);
    KR_XDECREF(ts, t->dict);
    KR_XDECREF(ts, t->bases);
    KR_XDECREF(ts, t->mro);
    KR_XDECREF(ts, t->heap_name);
    KR_XDECREF(ts, t->heap_qualname);
    KR_XDECREF(ts, t->base_type);
    kr_mem_free(ts, (void *)t->name);
    kr_object_free(ts, o);
}

static void type_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrType *t = (KrType *)o;
    if (!(t->flags & KR_TYPE_HEAP)) {
        return;
    }
    if (t->dict) visit(ts, t->dict, arg);
    if (t->bases) visit(ts, t->bases, arg);
    if (t->mro) visit(ts, t->mro, arg);
    if (t->base_type) visit(ts, (KrObject *)t->base_type, arg);
}

static int type_clear(KrThread *ts, KrObject *o) {
    KrType *t = (KrType *)o;
    kr_type_cache_invalidate(ts);
    if (t->flags & KR_TYPE_HEAP) {
        KR_CLEAR(ts, t->dict);
        KR_CLEAR(ts, t->mro);
        KR_CLEAR(ts, t->bases);
    }
    return 0;
}

static KrObject *type_module(KrThread *ts, KrType *t) {
    if (t->flags & KR_TYPE_HEAP) {
        KrObject *m = t->dict ? kr_dict_get_item(ts, t->dict, KR_ID(ts, __module__)) : NULL;
        return m ? KR_INCREF(m) : kr_str_from_cstr(ts, "builtins");
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) {
        return kr_str_from_utf8(ts, t->name, (size_t)(dot - t->name));
    }
    return kr_str_from_cstr(ts, "builtins");
}

static KrObject *type_qualname(KrThread *ts, KrType *t) {
    if (t->flags & KR_TYPE_HEAP) {
        if (t->heap_qualname) {
            return KR_INCREF(t->heap_qualname);
        }
    }
    return kr_type_name(ts, t);
}

static KrObject *type_repr(KrThread *ts, KrObject *o) {
    KrType *t = (KrType *)o;
    KrObject *mod = type_module(ts, t);
    KrObject *qual = type_qualname(ts, t);
    KrObject *r = NULL;
    if (mod && qual) {
        if (kr_str_check(mod) && !kr_str_equal_cstr(mod, "builtins")) {
            r = kr_str_from_format(ts, "<class '%U.%U'>", mod, qual);
        } else {
            r = kr_str_from_format(ts, "<class '%U'>", qual);
        }
    }
    KR_XDECREF(ts, mod);
    KR_XDECREF(ts, qual);
    return r;
}

static KrObject *type_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                           KrObject *kwnames) {
    KrType *type = (KrType *)callable;
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (type == &kr_type_type && nargs == 1 && nkw == 0) {
        return KR_INCREF(KR_TYPE(args[0]));
    }
    if (!type->new_) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances", kr_type_name_cstr(type));
        return NULL;
    }
    KrObject *obj = type->new_(ts, type, args, nargs, kwnames);
    if (!obj) {
        return NULL;
    }
    if (!kr_isinstance_type(obj, type)) {
        return obj;
    }
    KrType *ot = KR_TYPE(obj);
    if (ot->init && ot->init(ts, obj, args, nargs, kwnames) < 0) {
        KR_DECREF(ts, obj);
        return NULL;
    }
    return obj;
}

// type.__getattribute__: data descriptors of the metatype, then the class's
// own MRO (binding with obj=NULL), then the metatype's other attributes.
static KrObject *type_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    KrType *type = (KrType *)o;
    KrType *meta = KR_TYPE(o);
    KrObject *meta_attr = kr_type_lookup(ts, meta, name);
    KrDescrGetFn meta_get = NULL;
    if (meta_attr) {
        KR_INCREF(meta_attr);
        meta_get = KR_TYPE(meta_attr)->descr_get;
        if (meta_get && KR_TYPE(meta_attr)->descr_set) {
            KrObject *r = meta_get(ts, meta_attr, o, (KrObject *)meta);
            KR_DECREF(ts, meta_attr);
            return r;
        }
    } else if (kr_err_occurred(ts)) {
        return NULL;
    }
    KrObject *attr = kr_type_lookup(ts, type, name);
    if (attr) {
        KR_XDECREF(ts, meta_attr);
        KrDescrGetFn get = KR_TYPE(attr)->descr_get;
        if (get) {
            KR_INCREF(attr);
            KrObject *r = get(ts, attr, NULL, o);
            KR_DECREF(ts, attr);
            return r;
        }
        return KR_INCREF(attr);
    }
    if (kr_err_occurred(ts)) {
        KR_XDECREF(ts, meta_attr);
        return NULL;
    }
    if (meta_attr) {
        if (meta_get) {
            KrObject *r = meta_get(ts, meta_attr, o, (KrObject *)meta);
            KR_DECREF(ts, meta_attr);
            return r;
        }
        return meta_attr;
    }
    kr_err_format(ts, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'", kr_type_name_cstr(type), name);
    return NULL;
}

static bool is_dunder(KrThread *ts, KrObject *name) {
    size_t n;
    const char *s = kr_str_utf8(ts, name, &n);
    return s && n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value) {
    KrType *type = (KrType *)o;
    if (!(type->flags & KR_TYPE_HEAP)) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                      kr_type_name_cstr(type));
        return -1;
    }
    KrObject *meta_attr = kr_type_lookup(ts, KR_TYPE(o), name);
    if (meta_attr && KR_TYPE(meta_attr)->descr_set) {
        KR_INCREF(meta_attr);
        int r = KR_TYPE(meta_attr)->descr_set(ts, meta_attr, o, value);
        KR_DECREF(ts, meta_attr);
        return r;
    }
    // The class dict changes: cached lookups (of this class and its subclasses) go stale.
    kr_type_cache_invalidate(ts);
    int r;
    if (value) {
        r = kr_dict_set_item(ts, type->dict, name, value);
    } else {
        KrObject *old = NULL;
        r = kr_dict_pop_item(ts, type->dict, name, &old);
        if (r == 0) {
            kr_err_format(ts, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          kr_type_name_cstr(type), name);
            return -1;
        }
        KR_XDECREF(ts, old);
        r = r < 0 ? -1 : 0;
    }
    if (r == 0 && is_dunder(ts, name)) {
        r = kr_slots_fixup_name(ts, type, name);
        if (r == 0) {
            r = kr_type_bases_fixup_subclasses(ts, type, name);
        }
    }
    return r;
}

// ---- class creation ----------------------------------------------------------

// C3 linearization of the bases' MROs.
KrObject *kr_type_compute_mro(KrThread *ts, KrType *type, KrObject *bases) {
    intptr_t nb = KR_TUPLE_SIZE(bases);
    for (intptr_t i = 0; i < nb; i++) {
        for (intptr_t j = i + 1; j < nb; j++) {
            if (KR_TUPLE_GET(bases, i) == KR_TUPLE_GET(bases, j)) {
                kr_err_format(ts, &kr_exc_TypeError, "duplicate base class %s",
                              kr_type_name_cstr((KrType *)KR_TUPLE_GET(bases, i)));
                return NULL;
            }
        }
    }
    intptr_t nseq = nb + 1;
    KrObject **seqs = kr_mem_alloc(ts, sizeof(KrObject *) * (size_t)nseq);
    intptr_t *heads = kr_mem_alloc(ts, sizeof(intptr_t) * (size_t)nseq);
    KrObject *result = kr_list_new(ts, 0);
    if (!seqs || !heads || !result) {
        goto fail_nofree;
    }
    for (intptr_t i = 0; i < nb; i++) {
        seqs[i] = kr_type_mro(ts, (KrType *)KR_TUPLE_GET(bases, i));
        if (!seqs[i]) {
            for (intptr_t j = 0; j < i; j++) {
                KR_DECREF(ts, seqs[j]);
            }
            goto fail_nofree;
        }
        heads[i] = 0;
    }
    seqs[nb] = KR_INCREF(bases);
    heads[nb] = 0;
    if (kr_list_append(ts, result, (KrObject *)type) < 0) {
        goto fail;
    }
    for (;;) {
        bool empty = true;
        KrObject *cand = NULL;
        for (intptr_t i = 0; i < nseq; i++) {
            if (heads[i] >= KR_TUPLE_SIZE(seqs[i])) {
                continue;
            }
            empty = false;
            KrObject *c = KR_TUPLE_GET(seqs[i], heads[i]);
            bool in_tail = false;
            for (intptr_t j = 0; j < nseq && !in_tail; j++) {
                for (intptr_t k = heads[j] + 1; k < KR_TUPLE_SIZE(seqs[j]); k++) {
                    if (KR_TUPLE_GET(seqs[j], k) == c) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (empty) {
            break;
        }
        if (!cand) {
            KrStrBuilder sb;
            kr_sb_init(&sb);
            kr_sb_add_cstr(ts, &sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            // CPython names the distinct heads of the sequences left to merge.
            bool first = true;
            for (intptr_t i = 0; i < nseq; i++) {
                if (heads[i] >= KR_TUPLE_SIZE(seqs[i])) {
                    continue;
                }
                KrObject *h = KR_TUPLE_GET(seqs[i], heads[i]);
                bool seen = false;
                for (intptr_t j = 0; j < i && !seen; j++) {
                    seen = heads[j] < KR_TUPLE_SIZE(seqs[j]) && KR_TUPLE_GET(seqs[j], heads[j]) == h;
                }
                if (!seen) {
                    kr_sb_add_cstr(ts, &sb, first ? " " : ", ");
                    kr_sb_add_cstr(ts, &sb, kr_type_name_cstr((KrType *)h));
                    first = false;
                }
            }
            KrObject *msg = kr_sb_finish(ts, &sb);
            if (msg) {
                kr_err_set_type(ts, &kr_exc_TypeError, msg);
                KR_DECREF(ts, msg);
            }
            goto fail;
        }
        if (kr_list_append(ts, result, cand) < 0) {
            goto fail;
        }
        for (intptr_t i = 0; i < nseq; i++) {
            if (heads[i] < KR_TUPLE_SIZE(seqs[i]) && KR_TUPLE_GET(seqs[i], heads[i]) == cand) {
                heads[i]++;
            }
        }
    }
    for (intptr_t i = 0; i < nseq; i++) {
        KR_DECREF(ts, seqs[i]);
    }
    kr_mem_free(ts, seqs);
    kr_mem_free(ts, heads);
    KrObject *tuple = kr_list_as_tuple(ts, result);
    KR_DECREF(ts, result);
    return tuple;
fail:
    for (intptr_t i = 0; i < nseq; i++) {
        KR_DECREF(ts, seqs[i]);
    }
fail_nofree:
    kr_mem_free(ts, seqs);
    kr_mem_free(ts, heads);
    KR_XDECREF(ts, result);
    return NULL;
}

static KrObject *type_mro_method(KrThread *ts, KrObject *self);

// A metaclass that overrides mro() decides the new class's __mro__.
int kr_type_custom_mro(KrThread *ts, KrType *type) {
    KrType *meta = KR_TYPE(type);
    if (meta == &kr_type_type) {
        return 0;
    }
    KrObject *fn = kr_type_lookup(ts, meta, KR_ID(ts, mro));
    KrObject *base_fn = kr_type_lookup(ts, &kr_type_type, KR_ID(ts, mro));
    if (!fn || fn == base_fn) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    KrObject *r = kr_call_method(ts, (KrObject *)type, KR_ID(ts, mro), NULL, 0);
    if (!r) {
        return -1;
    }
    KrObject *tup = kr_tuple_from_iterable(ts, r);
    KR_DECREF(ts, r);
    if (!tup) {
        return -1;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(tup); i++) {
        if (!kr_isinstance_type(KR_TUPLE_GET(tup, i), &kr_type_type)) {
            kr_err_format(ts, &kr_exc_TypeError, "mro() returned a non-class ('%s')",
                          kr_type_name_cstr(KR_TYPE(KR_TUPLE_GET(tup, i))));
            KR_DECREF(ts, tup);
            return -1;
        }
    }
    KR_DECREF(ts, type->mro);
    type->mro = tup;
    return 0;
}

// The base that decides the instance layout: the one whose nearest builtin
// ancestor adds the most fields.
static KrType *solid_base(KrType *t) {
    while (t->flags & KR_TYPE_HEAP) {
        t = t->base_type;
    }
    return t;
}

// The base whose instance layout `t` shares for multiple inheritance (CPython's
// solid_base): a static type that adds no fields and keeps its base's dealloc
// lays out as its base, so (BaseExceptionGroup, Exception) and
// class U(OSError, ValueError) are allowed.
static KrType *layout_base(KrType *t) {
    // A class that adds slots lays out its instances itself (CPython's
    // solid_base: "extra ivars").
    for (; t->flags & KR_TYPE_HEAP; t = t->base_type) {
        size_t added = t->basicsize - t->base_type->basicsize;
        if (t->dictoffset && !t->base_type->dictoffset) {
            added -= sizeof(KrObject *);
        }
        if (added) {
            return t;
        }
    }
    while (t->base_type && t->basicsize == t->base_type->basicsize && t->itemsize == t->base_type->itemsize &&
           t->dictoffset == t->base_type->dictoffset && t->dealloc == t->base_type->dealloc) {
        t = t->base_type;
    }
    return t;
}

KrType *kr_type_best_base(KrThread *ts, KrObject *bases) {
    KrType *winner = NULL, *base = NULL;
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(bases); i++) {
        KrObject *b = KR_TUPLE_GET(bases, i);
        if (!kr_isinstance_type(b, &kr_type_type)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "bases must be types");
            return NULL;
        }
        KrType *bt = (KrType *)b;
        if (!(bt->flags & KR_TYPE_BASETYPE)) {
            // CPython names a static type by its full tp_name ('time.struct_time').
            kr_err_format(ts, &kr_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->flags & KR_TYPE_HEAP ? kr_type_name_cstr(bt) : bt->name);
            return NULL;
        }
        KrType *cand = layout_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (kr_type_is_subtype(winner, cand)) {
            // keep the winner
        } else if (kr_type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            kr_err_set_str(ts, &kr_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

// The object pointers a class adds to its builtin base's fields: its slots
// and a fixed-offset __dict__ (see member.c), *n of them from the result.
// A variable-size base's items come first, so its subclass's one added
// field, the __dict__, is found from the end (kr_object_dict_ptr).
static KrObject **added_fields(KrObject *o, size_t *n) {
    KrType *t = KR_TYPE(o);
    KrType *sb = solid_base(t);
    if (sb->itemsize) {
        *n = t->dictoffset && !sb->dictoffset ? 1 : 0;
        return *n ? kr_object_dict_ptr(o) : NULL;
    }
    *n = (t->basicsize - sb->basicsize) / sizeof(KrObject *);
    return (KrObject **)((char *)o + sb->basicsize);
}

static void heap_instance_dealloc(KrThread *ts, KrObject *o) {
    size_t n;
    KrObject **f = added_fields(o, &n);
    for (size_t i = 0; i < n; i++) {
        KR_CLEAR(ts, f[i]);
    }
    solid_base(KR_TYPE(o))->dealloc(ts, o);
}

static void heap_instance_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrType *t = KR_TYPE(o);
    KrType *sb = solid_base(t);
    // Every instance holds a reference to its heap class (kr_object_alloc).
    visit(ts, (KrObject *)t, arg);
    size_t n;
    KrObject **f = added_fields(o, &n);
    for (size_t i = 0; i < n; i++) {
        if (f[i]) {
            visit(ts, f[i], arg);
        }
    }
    if (sb->traverse) {
        sb->traverse(ts, o, visit, arg);
    }
}

static int heap_instance_clear(KrThread *ts, KrObject *o) {
    KrType *sb = solid_base(KR_TYPE(o));
    size_t n;
    KrObject **f = added_fields(o, &n);
    for (size_t i = 0; i < n; i++) {
        KR_CLEAR(ts, f[i]);
    }
    return sb->clear ? sb->clear(ts, o) : 0;
}

// Puts a C getset (__dict__, __weakref__) in a new class's dict unless the
// class body defined that name.
static int add_class_getset(KrThread *ts, KrType *type, const KrGetSetDef *def, KrObject *name) {
    if (kr_dict_get_item(ts, type->dict, name)) {
        return 0;
    }
    return kr_err_occurred(ts) ? -1 : add_getset(ts, type, type->dict, def);
}

// Lays out a new class's instances after its base's: its __slots__ (names
// into *slotnames, NULL without __slots__), then a __dict__ pointer unless
// the base has one or __slots__ leaves it out; weak references likewise.
// CPython adds no weak-reference list past a variable-size base (int,
// tuple, bytes: their items would move it).
static int class_layout(KrThread *ts, KrType *type, KrType *base, KrObject *bases, KrObject *ns, KrMemberFlags *mf,
                        KrObject **slotnames) {
    KrType *sb = solid_base(base);
    bool bytes_like = kr_type_is_subtype(base, &kr_bytes_type);
    *mf = (KrMemberFlags){
        .may_add_dict = base->dictoffset == 0,
        .may_add_weak = !(base->flags & KR_TYPE_WEAKREFABLE) && sb->itemsize == 0 && !bytes_like,
        .var_sized = sb->itemsize != 0 || bytes_like || kr_type_is_subtype(base, &kr_type_type),
    };
    KrObject *slots = kr_dict_get_item(ts, ns, KR_ID(ts, __slots__));
    if (!slots) {
        if (kr_err_occurred(ts)) {
            return -1;
        }
        mf->add_dict = mf->may_add_dict;
        mf->add_weak = mf->may_add_weak;
    } else {
        *slotnames = kr_member_parse_slots(ts, type, slots, ns, mf);
        if (!*slotnames) {
            return -1;
        }
        // Secondary bases may bring a __dict__ or weak references.
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(bases); i++) {
            KrType *b = (KrType *)KR_TUPLE_GET(bases, i);
            mf->add_dict |= mf->may_add_dict && b->dictoffset != 0;
            mf->add_weak |= mf->may_add_weak && (b->flags & KR_TYPE_WEAKREFABLE) != 0;
        }
    }
    intptr_t nslots = *slotnames ? KR_LIST_SIZE(*slotnames) : 0;
    type->basicsize = base->basicsize + (size_t)nslots * sizeof(KrObject *);
    type->dictoffset = base->dictoffset;
    if (mf->add_dict) {
        // The items of a variable-size base grow past any fixed offset: the
        // __dict__ slot goes after them (see kr_object_dict_ptr).
        type->dictoffset = base->itemsize ? -(intptr_t)sizeof(KrObject *) : (intptr_t)type->basicsize;
        type->basicsize += sizeof(KrObject *);
    }
    if (type->dictoffset) {
        type->flags |= KR_TYPE_HAS_DICT;
    } else {
        type->flags &= ~(unsigned)KR_TYPE_HAS_DICT;
    }
    if (mf->add_weak) {
        type->flags |= KR_TYPE_WEAKREFABLE;
    }
    return 0;
}

// A member descriptor in the class dict for each slot, in layout order.
static int add_members(KrThread *ts, KrType *type, KrType *base, KrObject *slotnames) {
    for (intptr_t i = 0; i < KR_LIST_SIZE(slotnames); i++) {
        KrObject *name = KR_LIST_ITEMS(slotnames)[i];
        KrObject *m = kr_member_new(ts, type, name, (intptr_t)(base->basicsize + (size_t)i * sizeof(KrObject *)));
        int r = m ? kr_dict_set_item(ts, type->dict, name, m) : -1;
        KR_XDECREF(ts, m);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

// Python 3.11 wraps an error from __set_name__ in a RuntimeError caused by it.
static void set_name_error(KrThread *ts, KrType *type, KrObject *value, KrObject *name) {
    KrObject *orig = kr_err_fetch(ts);
    kr_err_format(ts, &kr_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                  kr_type_name_cstr(KR_TYPE(value)), name, kr_type_name_cstr(type));
    KrObject *exc = kr_err_fetch(ts);
    if (exc && kr_exception_check(exc) && orig) {
        KrException *e = (KrException *)exc;
        KR_SETREF(ts, e->cause, KR_INCREF(orig));
        KR_SETREF(ts, e->context, KR_INCREF(orig));
        e->suppress_context = true;
    }
    KR_XDECREF(ts, orig);
    kr_err_restore(ts, exc);
}

KrObject *kr_type_new_class(KrThread *ts, KrType *meta, KrObject *name, KrObject *bases, KrObject *ns) {
    if (!kr_str_check(name)) {
        kr_err_format(ts, &kr_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                      kr_type_name_cstr(KR_TYPE(name)));
        return NULL;
    }
    if (!kr_tuple_check(bases)) {
        kr_err_format(ts, &kr_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                      kr_type_name_cstr(KR_TYPE(bases)));
        return NULL;
    }
    if (!kr_dict_check(ns)) {
        kr_err_format(ts, &kr_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                      kr_type_name_cstr(KR_TYPE(ns)));
        return NULL;
    }
    KrObject *own_bases = KR_TUPLE_SIZE(bases) ? KR_INCREF(bases) : kr_tuple_pack(ts, 1, (KrObject *)&kr_object_type);
    if (!own_bases) {
        return NULL;
    }
    KrType *base = kr_type_best_base(ts, own_bases);
    if (!base) {
        KR_DECREF(ts, own_bases);
        return NULL;
    }
    // A metaclass's instances may be bigger than KrType (a __dict__ slot).
    KrType *type = (KrType *)kr_object_alloc(ts, meta, meta->basicsize > sizeof(KrType) ? meta->basicsize : sizeof(KrType));
    if (!type) {
        KR_DECREF(ts, own_bases);
        return NULL;
    }
    size_t nlen;
    const char *utf8 = kr_str_utf8(ts, name, &nlen);
    char *cname = utf8 ? kr_mem_alloc(ts, nlen + 1) : NULL;
    if (!cname) {
        KR_DECREF(ts, own_bases);
        kr_object_free(ts, (KrObject *)type);
        return NULL;
    }
    memcpy(cname, utf8, nlen + 1);
    type->name = cname;
    type->heap_name = KR_INCREF(name);
    type->bases = own_bases;
    type->base_type = (KrType *)KR_INCREF(base);
    type->flags = KR_TYPE_HEAP | KR_TYPE_BASETYPE | KR_TYPE_GC |
                  (base->flags & (KR_TYPE_INT_SUBCLASS | KR_TYPE_LIST_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS |
                                  KR_TYPE_STR_SUBCLASS | KR_TYPE_DICT_SUBCLASS | KR_TYPE_EXC_SUBCLASS |
                                  KR_TYPE_TYPE_SUBCLASS | KR_TYPE_HAS_DICT | KR_TYPE_SEQUENCE | KR_TYPE_MAPPING |
                                  KR_TYPE_MATCH_SELF | KR_TYPE_WEAKREF_SUBCLASS | KR_TYPE_WEAKREFABLE));
    // Copy every slot from the base, then let the class's dunders override them.
    {
        KrObject saved = type->base;
        const char *saved_name = type->name;
        KrObject *sd = type->bases, *sh = type->heap_name;
        KrType *sbase = type->base_type;
        unsigned sflags = type->flags;
        memcpy(type, base, sizeof(KrType));
        type->base = saved;
        type->name = saved_name;
        type->bases = sd;
        type->heap_name = sh;
        type->base_type = sbase;
        type->flags = sflags;
        type->dict = NULL;
        type->heap_qualname = NULL;
        type->mro = NULL;
        type->base2 = NULL;
        type->static_index = 0;
        type->methods = NULL;
        type->getsets = NULL;
        type->doc = NULL;
    }
    KrMemberFlags mf;
    KrObject *slotnames = NULL;
    if (class_layout(ts, type, base, own_bases, ns, &mf, &slotnames) < 0) {
        goto error;
    }
    type->dealloc = heap_instance_dealloc;
    type->traverse = heap_instance_traverse;
    type->clear = heap_instance_clear;

    type->dict = kr_dict_copy(ts, ns);
    if (!type->dict) {
        goto error;
    }
    // type(name, bases, ns) takes __module__ from the caller's globals.
    KrObject *globals = kr_frame_globals_borrow(ts);
    if (!kr_dict_get_item(ts, type->dict, KR_ID(ts, __module__)) && !kr_err_occurred(ts) && globals &&
        kr_dict_check(globals)) {
        KrObject *mod = kr_dict_get_item(ts, globals, KR_ID(ts, __name__));
        if (mod && kr_dict_set_item(ts, type->dict, KR_ID(ts, __module__), mod) < 0) {
            goto error;
        }
    }
    // __qualname__ from the class body becomes the type's qualname (and
    // leaves the class dict, as in CPython).
    KrObject *qualname = kr_dict_get_item(ts, type->dict, KR_ID(ts, __qualname__));
    if (qualname) {
        if (!kr_str_check(qualname)) {
            kr_err_format(ts, &kr_exc_TypeError, "type __qualname__ must be a str, not %s",
                          kr_type_name_cstr(KR_TYPE(qualname)));
            goto error;
        }
        type->heap_qualname = KR_INCREF(qualname);
        if (kr_dict_del_item(ts, type->dict, KR_ID(ts, __qualname__)) < 0) {
            goto error;
        }
    } else if (kr_err_occurred(ts)) {
        goto error;
    } else {
        type->heap_qualname = KR_INCREF(name);
    }
    if (slotnames && add_members(ts, type, base, slotnames) < 0) {
        goto error;
    }
    KR_CLEAR(ts, slotnames);
    if (!kr_dict_get_item(ts, type->dict, KR_ID(ts, __doc__))) {
        if (kr_err_occurred(ts) || kr_dict_set_item(ts, type->dict, KR_ID(ts, __doc__), KR_NONE) < 0) {
            goto error;
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    if (kr_dict_get_item(ts, type->dict, KR_ID(ts, __eq__)) && !kr_dict_get_item(ts, type->dict, KR_ID(ts, __hash__))) {
        if (kr_dict_set_item(ts, type->dict, KR_ID(ts, __hash__), KR_NONE) < 0) {
            goto error;
        }
    }
    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    KrObject *newf = kr_dict_get_item(ts, type->dict, KR_ID(ts, __new__));
    if (newf && kr_function_check(newf)) {
        KrObject *sm = kr_call1(ts, (KrObject *)&kr_staticmethod_type, newf);
        if (!sm || kr_dict_set_item(ts, type->dict, KR_ID(ts, __new__), sm) < 0) {
            KR_XDECREF(ts, sm);
            goto error;
        }
        KR_DECREF(ts, sm);
    }
    KrObject *cgname = kr_str_from_cstr(ts, "__class_getitem__");
    if (!cgname) {
        goto error;
    }
    KrObject *implicit_cm[2] = {KR_ID(ts, __init_subclass__), cgname};
    for (int i = 0; i < 2; i++) {
        KrObject *fn = kr_dict_get_item(ts, type->dict, implicit_cm[i]);
        if (fn && kr_function_check(fn)) {
            KrObject *cm = kr_call1(ts, (KrObject *)&kr_classmethod_type, fn);
            if (!cm || kr_dict_set_item(ts, type->dict, implicit_cm[i], cm) < 0) {
                KR_XDECREF(ts, cm);
                KR_DECREF(ts, cgname);
                goto error;
            }
            KR_DECREF(ts, cm);
        }
    }
    KR_DECREF(ts, cgname);
    // A metaclass keeps type's __dict__ (the class namespace).
    if (mf.add_dict && !(base->flags & (KR_TYPE_HAS_DICT | KR_TYPE_TYPE_SUBCLASS))) {
        if (add_class_getset(ts, type, &kr_object_dict_getset, KR_ID(ts, __dict__)) < 0) {
            goto error;
        }
    }
    if (mf.add_weak && add_class_getset(ts, type, &kr_object_weakref_getset, KR_ID(ts, __weakref__)) < 0) {
        goto error;
    }
    type->mro = kr_type_compute_mro(ts, type, own_bases);
    if (!type->mro || kr_type_custom_mro(ts, type) < 0) {
        goto error;
    }
    kr_type_bases_mark(type);
    if (kr_slots_fixup(ts, type) < 0) {
        goto error;
    }
    // __set_name__ on the attributes, then the parent's __init_subclass__.
    intptr_t pos = 0;
    KrObject *k, *v;
    KrObject *items = kr_dict_copy(ts, type->dict);
    if (!items) {
        goto error;
    }
    while (kr_dict_next(items, &pos, &k, &v)) {
        KrObject *sn = kr_type_lookup(ts, KR_TYPE(v), KR_ID(ts, __set_name__));
        if (sn) {
            KrObject *args[2] = {(KrObject *)type, k};
            KrObject *r = kr_call_method(ts, v, KR_ID(ts, __set_name__), args, 2);
            if (!r) {
                set_name_error(ts, type, v, k);
                KR_DECREF(ts, items);
                goto error;
            }
            KR_DECREF(ts, r);
        }
    }
    KR_DECREF(ts, items);
    return (KrObject *)type;
error:
    KR_XDECREF(ts, slotnames);
    KR_DECREF(ts, type);
    return NULL;
}

// Calls super(type, type).__init_subclass__(**kwargs) after class creation.
int kr_type_init_subclass(KrThread *ts, KrType *type, KrObject *kwargs) {
    KrObject *mro = type->mro;
    if (!mro || KR_TUPLE_SIZE(mro) < 2) {
        return 0;
    }
    KrObject *func = NULL;
    for (intptr_t i = 1; i < KR_TUPLE_SIZE(mro); i++) {
        KrObject *d = kr_type_dict(ts, (KrType *)KR_TUPLE_GET(mro, i));
        func = d ? kr_dict_get_item(ts, d, KR_ID(ts, __init_subclass__)) : NULL;
        if (func || kr_err_occurred(ts)) {
            break;
        }
    }
    if (!func) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    KR_INCREF(func);
    KrObject *bound = KR_TYPE(func)->descr_get ? KR_TYPE(func)->descr_get(ts, func, NULL, (KrObject *)type)
                                                : KR_INCREF(func);
    KR_DECREF(ts, func);
    if (!bound) {
        return -1;
    }
    KrObject *args = kr_tuple_new(ts, 0);
    KrObject *r = args ? kr_call_tuple_dict(ts, bound, args, kwargs) : NULL;
    KR_XDECREF(ts, args);
    KR_DECREF(ts, bound);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

// type(x) / type(name, bases, dict)
KrType *kr_type_calculate_metaclass(KrThread *ts, KrType *meta, KrObject *bases) {
    KrType *winner = meta;
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(bases); i++) {
        KrType *bt = KR_TYPE(KR_TUPLE_GET(bases, i));
        if (kr_type_is_subtype(winner, bt)) {
            continue;
        }
        if (kr_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        kr_err_set_str(ts, &kr_exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                       "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static KrObject *type_new(KrThread *ts, KrType *meta, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (nargs == 1 && nkw == 0 && meta == &kr_type_type) {
        return KR_INCREF(KR_TYPE(args[0]));
    }
    if (nargs != 3) {
        if (meta == &kr_type_type) {
            kr_err_set_str(ts, &kr_exc_TypeError, "type() takes 1 or 3 arguments");
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
        }
        return NULL;
    }
    // type(name, bases, ns) with a base whose metaclass is more derived
    // (enum's EnumType) is made by that metaclass, as CPython's type_new does.
    if (kr_tuple_check(args[1])) {
        if (kr_type_bases_check_no_mro_entries(ts, args[1]) < 0) {
            return NULL;
        }
        KrType *winner = kr_type_calculate_metaclass(ts, meta, args[1]);
        if (!winner) {
            return NULL;
        }
        if (winner != meta && winner->new_ && winner->new_ != type_new) {
            return winner->new_(ts, winner, args, nargs, kwnames);
        }
        meta = winner;
    }
    KrType *type = (KrType *)kr_type_new_class(ts, meta, args[0], args[1], args[2]);
    if (!type) {
        return NULL;
    }
    KrObject *kw = NULL;
    if (nkw) {
        kw = kr_dict_new(ts);
        for (size_t i = 0; kw && i < nkw; i++) {
            if (kr_dict_set_item(ts, kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                KR_CLEAR(ts, kw);
            }
        }
        if (!kw) {
            KR_DECREF(ts, type);
            return NULL;
        }
    }
    int r = kr_type_init_subclass(ts, type, kw);
    KR_XDECREF(ts, kw);
    if (r < 0) {
        KR_DECREF(ts, type);
        return NULL;
    }
    return (KrObject *)type;
}

static int type_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    (void)args;
    (void)kwnames;
    if (nargs != 1 && nargs != 3) {
        kr_err_set_str(ts, &kr_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

// ---- getsets and methods ---------------------------------------------------------

static KrObject *type_get_name(KrThread *ts, KrObject *self) {
    return kr_type_name(ts, (KrType *)self);
}

// __module__, __qualname__ and __doc__ of a class live in its dict, where
// assignment puts them; builtin types refuse it.
static int set_in_dict(KrThread *ts, KrObject *self, KrObject *value, const char *name) {
    KrType *t = (KrType *)self;
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                      kr_type_name_cstr(t));
        return -1;
    }
    if (!value) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                      kr_type_name_cstr(t));
        return -1;
    }
    kr_type_cache_invalidate(ts);
    return kr_dict_set_item_str(ts, t->dict, name, value);
}

static int type_set_module(KrThread *ts, KrObject *self, KrObject *value) {
    return set_in_dict(ts, self, value, "__module__");
}

static int type_set_doc(KrThread *ts, KrObject *self, KrObject *value) {
    return set_in_dict(ts, self, value, "__doc__");
}

static int type_set_qualname(KrThread *ts, KrObject *self, KrObject *value) {
    KrType *t = (KrType *)self;
    if (!(t->flags & KR_TYPE_HEAP) || !value) {
        return set_in_dict(ts, self, value, "__qualname__"); // raises
    }
    if (!kr_str_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only assign string to %s.__qualname__, not '%T'",
                      kr_type_name_cstr(t), value);
        return -1;
    }
    KR_SETREF(ts, t->heap_qualname, KR_INCREF(value));
    return 0;
}

static int type_set_name(KrThread *ts, KrObject *self, KrObject *value) {
    KrType *t = (KrType *)self;
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'",
                      kr_type_name_cstr(t));
        return -1;
    }
    if (!value || !kr_str_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only assign string to %s.__name__, not '%s'", kr_type_name_cstr(t),
                      value ? kr_type_name_cstr(KR_TYPE(value)) : "NoneType");
        return -1;
    }
    size_t n;
    const char *s = kr_str_utf8(ts, value, &n);
    char *c = s ? kr_mem_alloc(ts, n + 1) : NULL;
    if (!c) {
        return -1;
    }
    memcpy(c, s, n + 1);
    kr_mem_free(ts, (void *)t->name);
    t->name = c;
    KR_SETREF(ts, t->heap_name, KR_INCREF(value));
    return 0;
}

static KrObject *type_get_qualname(KrThread *ts, KrObject *self) {
    return type_qualname(ts, (KrType *)self);
}

static KrObject *type_get_module(KrThread *ts, KrObject *self) {
    return type_module(ts, (KrType *)self);
}

static KrObject *type_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_type_dict(ts, (KrType *)self);
    return d ? kr_mappingproxy_new(ts, d) : NULL;
}

static KrObject *type_get_bases(KrThread *ts, KrObject *self) {
    KrType *t = (KrType *)self;
    if (t->bases) {
        return KR_INCREF(t->bases);
    }
    if (!t->base_type) {
        return kr_tuple_new(ts, 0);
    }
    if (t->base2) {
        return kr_tuple_pack(ts, 2, (KrObject *)t->base_type, (KrObject *)t->base2);
    }
    return kr_tuple_pack(ts, 1, (KrObject *)t->base_type);
}

static KrObject *type_get_base(KrThread *ts, KrObject *self) {
    (void)ts;
    KrType *t = (KrType *)self;
    return t->base_type ? KR_INCREF(t->base_type) : KR_INCREF(KR_NONE);
}

static KrObject *type_get_mro(KrThread *ts, KrObject *self) {
    return kr_type_mro(ts, (KrType *)self);
}

static KrObject *type_get_doc(KrThread *ts, KrObject *self) {
    KrType *t = (KrType *)self;
    if (t->flags & KR_TYPE_HEAP) {
        KrObject *d = kr_dict_get_item(ts, t->dict, KR_ID(ts, __doc__));
        return d ? KR_INCREF(d) : KR_INCREF(KR_NONE);
    }
    return t->doc ? kr_str_from_cstr(ts, t->doc) : KR_INCREF(KR_NONE);
}

// A class's own __annotations__ (never a base's): made empty on first read,
// as CPython 3.10+ does.
static KrObject *type_get_annotations(KrThread *ts, KrObject *self) {
    KrType *t = (KrType *)self;
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(ts, &kr_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                      kr_type_name_cstr(t));
        return NULL;
    }
    KrObject *a = kr_dict_get_item_str(ts, t->dict, "__annotations__");
    if (a) {
        return KR_INCREF(a);
    }
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    a = kr_dict_new(ts);
    if (!a || kr_dict_set_item_str(ts, t->dict, "__annotations__", a) < 0) {
        KR_XDECREF(ts, a);
        return NULL;
    }
    kr_type_cache_invalidate(ts);
    return a;
}

static int type_set_annotations(KrThread *ts, KrObject *self, KrObject *value) {
    KrType *t = (KrType *)self;
    if ((t->flags & KR_TYPE_HEAP) && !value) {
        KrObject *key = kr_str_from_cstr(ts, "__annotations__");
        int r = key ? kr_dict_del_item(ts, t->dict, key) : -1;
        KR_XDECREF(ts, key);
        if (r < 0 && kr_err_matches(ts, &kr_exc_KeyError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_AttributeError, "__annotations__");
        }
        kr_type_cache_invalidate(ts);
        return r;
    }
    return set_in_dict(ts, self, value, "__annotations__");
}

static KrObject *type_mro_method(KrThread *ts, KrObject *self) {
    KrType *t = (KrType *)self;
    // A heap class's C3 order is computed afresh: a metaclass's mro() calls this.
    KrObject *mro = (t->flags & KR_TYPE_HEAP) && t->bases ? kr_type_compute_mro(ts, t, t->bases) : kr_type_mro(ts, t);
    if (!mro) {
        return NULL;
    }
    KrObject *l = kr_list_from_iterable(ts, mro);
    KR_DECREF(ts, mro);
    return l;
}

static KrObject *type_instancecheck(KrThread *ts, KrObject *self, KrObject *inst) {
    (void)ts;
    return kr_bool_from(kr_isinstance_type(inst, (KrType *)self));
}

static KrObject *type_subclasscheck(KrThread *ts, KrObject *self, KrObject *sub) {
    if (!kr_isinstance_type(sub, &kr_type_type)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    return kr_bool_from(kr_type_is_subtype((KrType *)sub, (KrType *)self));
}

static KrObject *type_prepare(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return kr_dict_new(ts);
}

static KrObject *type_dir(KrThread *ts, KrObject *self) {
    KrObject *names = kr_set_new(ts, NULL);
    KrObject *mro = names ? kr_type_mro(ts, (KrType *)self) : NULL;
    if (!mro) {
        KR_XDECREF(ts, names);
        return NULL;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(mro); i++) {
        KrObject *d = kr_type_dict(ts, (KrType *)KR_TUPLE_GET(mro, i));
        if (!d || kr_set_update(ts, names, d) < 0) {
            KR_DECREF(ts, mro);
            KR_DECREF(ts, names);
            return NULL;
        }
    }
    KR_DECREF(ts, mro);
    KrObject *l = kr_list_from_iterable(ts, names);
    KR_DECREF(ts, names);
    return l;
}

static const KrMethodDef type_methods[] = {
    {"mro", type_mro_method, KR_METH_NOARGS, false, false, "Return a type's method resolution order."},
    {"__subclasses__", kr_type_bases_subclasses, KR_METH_NOARGS, false, false, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, KR_METH_O, false, false, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, KR_METH_O, false, false, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, KR_METH_VARARGS, false, true, "Create the namespace for the class statement"},
    {"__dir__", type_dir, KR_METH_NOARGS, false, false, "Specialized __dir__ implementation for types."},
    {NULL, NULL, 0, false, false, NULL},
};

// CPython's tp_flags bits for the properties Krait tracks (copyreg tests
// HEAPTYPE, 1 << 9).
static KrObject *type_get_flags(KrThread *ts, KrObject *self) {
    static const struct {
        unsigned kr;
        int64_t py;
    } map[] = {
        {KR_TYPE_HEAP, 1 << 9}, {KR_TYPE_BASETYPE, 1 << 10}, {KR_TYPE_GC, 1 << 14},
        {KR_TYPE_SEQUENCE, 1 << 5}, {KR_TYPE_MAPPING, 1 << 6}, {KR_TYPE_INT_SUBCLASS, 1 << 24},
        {KR_TYPE_LIST_SUBCLASS, 1 << 25}, {KR_TYPE_TUPLE_SUBCLASS, 1 << 26}, {KR_TYPE_STR_SUBCLASS, 1 << 28},
        {KR_TYPE_DICT_SUBCLASS, 1 << 29}, {KR_TYPE_EXC_SUBCLASS, 1 << 30}, {KR_TYPE_TYPE_SUBCLASS, 1LL << 31},
    };
    KrType *t = (KrType *)self;
    int64_t flags = 1 << 12; // READY
    if (!(t->flags & KR_TYPE_HEAP)) {
        flags |= 1 << 8; // IMMUTABLETYPE
    }
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        if (t->flags & map[i].kr) {
            flags |= map[i].py;
        }
    }
    return kr_int_from_i64(ts, flags);
}

static KrObject *type_get_basicsize(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, kr_sizeof_basicsize((KrType *)self));
}

static const KrGetSetDef type_getsets[] = {
    {"__flags__", type_get_flags, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL},
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__bases__", type_get_bases, kr_type_bases_set, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_type_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "type",
    .basicsize = sizeof(KrType),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_TYPE_SUBCLASS | KR_TYPE_WEAKREFABLE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .nb = {[KR_BINOP_OR] = kr_union_or},
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getsets = type_getsets,
};
