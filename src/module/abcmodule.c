// SPDX-License-Identifier: MIT
// The _abc module: the C half of Lib/abc.py's ABCMeta (registry, positive and
// negative subclass caches, __abstractmethods__), with CPython 3.11's semantics.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/weakref.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bits, as collections.abc
// writes them in __abc_tpflags__.
#define PY_TPFLAGS_SEQUENCE (1 << 5)
#define PY_TPFLAGS_MAPPING (1 << 6)
#define COLLECTION_FLAGS (KR_TYPE_SEQUENCE | KR_TYPE_MAPPING)

// The per-ABC state stored as cls._abc_impl. Each set holds weak references
// to classes (NULL until first used); a reference's callback drops it from
// its set when the class dies. The negative cache is valid only while
// negative_version equals the VM's abc_invalidation_counter, which every
// register() on any ABC bumps.
typedef struct KrAbcData {
    KrObject base;
    KrObject *registry;
    KrObject *cache;
    KrObject *negative_cache;
    int64_t negative_version;
} KrAbcData;

extern KrType kr_abc_data_type;

// ---- the _abc_data type -------------------------------------------------------------

static KrObject *abc_data_make(KrThread *ts) {
    KrAbcData *d = (KrAbcData *)kr_object_alloc(ts, &kr_abc_data_type, sizeof(KrAbcData));
    if (!d) {
        return NULL;
    }
    d->registry = d->cache = d->negative_cache = NULL;
    d->negative_version = ts->vm->abc_invalidation_counter;
    return (KrObject *)d;
}

// Any arguments are accepted and ignored, as CPython's does.
static KrObject *abc_data_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return abc_data_make(ts);
}

static void abc_data_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrAbcData *d = (KrAbcData *)self;
    kr_modsupport_visit(ts, d->registry, visit, arg);
    kr_modsupport_visit(ts, d->cache, visit, arg);
    kr_modsupport_visit(ts, d->negative_cache, visit, arg);
}

static int abc_data_clear(KrThread *ts, KrObject *self) {
    KrAbcData *d = (KrAbcData *)self;
    KR_CLEAR(ts, d->registry);
    KR_CLEAR(ts, d->cache);
    KR_CLEAR(ts, d->negative_cache);
    return 0;
}

static void abc_data_dealloc(KrThread *ts, KrObject *self) {
    abc_data_clear(ts, self);
    kr_object_free(ts, self);
}

KrType kr_abc_data_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_abc._abc_data",
    .basicsize = sizeof(KrAbcData),
    .flags = KR_TYPE_GC,
    .doc = "Internal state held by ABC machinery.",
    .dealloc = abc_data_dealloc,
    .traverse = abc_data_traverse,
    .clear = abc_data_clear,
    .new_ = abc_data_new,
};

// ---- sets of weak references ----------------------------------------------------------

// Is a live weak reference to `obj` in `set` (NULL: empty)? Objects that can't
// be weakly referenced are in no set. -1 on error.
static bool refers_to(KrObject *ref, void *obj) {
    return kr_weakref_get_borrow(ref) == obj;
}

static int in_weak_set(KrThread *ts, KrObject *set, KrObject *obj) {
    if (!set || kr_set_size(set) == 0 || !kr_weakref_supported(KR_TYPE(obj))) {
        return 0;
    }
    KrType *meta = KR_TYPE(obj);
    if (meta->hash == kr_type_type.hash && meta->richcompare == kr_type_type.richcompare) {
        // Classes compare by identity: look for a reference to `obj` itself
        // without making a weak reference to ask the set with.
        KrHash hash = kr_hash(ts, obj);
        return hash == -1 ? -1 : kr_set_find_hashed(set, hash, refers_to, obj);
    }
    KrObject *ref = kr_weakref_new_ref(ts, &kr_weakref_type, obj, NULL);
    if (!ref) {
        return -1;
    }
    int r = kr_set_contains(ts, set, ref);
    KR_DECREF(ts, ref);
    return r;
}

// The callback of the weak references in the sets: `self` is a weak
// reference to the set, `ref` the reference whose class just died.
static KrObject *abc_destroy(KrThread *ts, KrObject *self, KrObject *ref) {
    KrObject *set = kr_weakref_get_borrow(self);
    if (set) {
        KR_INCREF(set);
        int r = kr_set_discard(ts, set, ref);
        KR_DECREF(ts, set);
        if (r < 0) {
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static const KrMethodDef destroy_def = {"_destroy", (void *)abc_destroy, KR_METH_O, false, false, NULL};

// Adds a weak reference to `obj` to *pset, making the set on first use.
static int add_to_weak_set(KrThread *ts, KrObject **pset, KrObject *obj) {
    if (!*pset) {
        *pset = kr_set_new(ts, NULL);
        if (!*pset) {
            return -1;
        }
    }
    KrObject *set = *pset, *ref = NULL, *callback = NULL;
    KrObject *set_ref = kr_weakref_new_ref(ts, &kr_weakref_type, set, NULL);
    if (set_ref) {
        callback = kr_cfunction_new(ts, &destroy_def, set_ref, NULL);
        KR_DECREF(ts, set_ref);
    }
    if (callback) {
        ref = kr_weakref_new_ref(ts, &kr_weakref_type, obj, callback);
        KR_DECREF(ts, callback);
    }
    int r = ref ? kr_set_add(ts, set, ref) : -1;
    KR_XDECREF(ts, ref);
    return r;
}

// ---- helpers --------------------------------------------------------------------------

// cls._abc_impl, which must be an _abc_data (new reference), or NULL.
static KrAbcData *get_impl(KrThread *ts, KrObject *cls) {
    KrObject *impl = kr_getattr(ts, cls, kr_str_intern_literal(ts, "_abc_impl"));
    if (impl && KR_TYPE(impl) != &kr_abc_data_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "_abc_impl is set to a wrong type");
        KR_DECREF(ts, impl);
        return NULL;
    }
    return (KrAbcData *)impl;
}

// o.name(*args) through ordinary attribute lookup (a class's own
// __subclasshook__ classmethod, a metaclass's __subclasscheck__).
static KrObject *call_attr(KrThread *ts, KrObject *o, const char *name, KrObject *arg) {
    KrObject *fn = kr_getattr(ts, o, kr_str_intern_literal(ts, name));
    if (!fn) {
        return NULL;
    }
    KrObject *r = arg ? kr_call1(ts, fn, arg) : kr_call0(ts, fn);
    KR_DECREF(ts, fn);
    return r;
}

static bool is_type(KrObject *o) {
    return KR_TYPE_CHECK_FLAG(o, KR_TYPE_TYPE_SUBCLASS);
}

// getattr(o, "__isabstractmethod__", False) as a truth value; -1 on error.
static int is_abstract(KrThread *ts, KrObject *o) {
    KrObject *flag = kr_getattr_opt(ts, o, KR_ID(ts, __isabstractmethod__));
    if (!flag) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    int r = kr_is_true(ts, flag);
    KR_DECREF(ts, flag);
    return r;
}

// Appends `key` to `out` when `value` is abstract; -1 on error.
static int collect_if_abstract(KrThread *ts, KrObject *out, KrObject *key, KrObject *value) {
    int r = is_abstract(ts, value);
    return r <= 0 ? r : kr_list_append(ts, out, key);
}

// list(o.items()), or NULL with CPython's PyMapping_Items errors.
static KrObject *items_list(KrThread *ts, KrObject *o) {
    KrObject *items = call_attr(ts, o, "items", NULL);
    if (!items) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, items);
    if (!it && kr_err_matches(ts, &kr_exc_TypeError)) {
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_TypeError, "%T.items() returned a non-iterable (type %T)", o, items);
    }
    KR_DECREF(ts, items);
    KrObject *list = it ? kr_list_from_iterable(ts, it) : NULL;
    KR_XDECREF(ts, it);
    return list;
}

// One item of items() as a (key, value) pair: any iterable of two.
static KrObject *item_pair(KrThread *ts, KrObject *item) {
    KrObject *pair = kr_tuple_check(item) ? KR_INCREF(item) : kr_tuple_from_iterable(ts, item);
    if (!pair) {
        if (kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_TypeError, "items() returned non-iterable");
        }
        return NULL;
    }
    if (KR_TUPLE_SIZE(pair) != 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, "items() returned item which size is not 2");
        KR_DECREF(ts, pair);
        return NULL;
    }
    return pair;
}

// Stage 1 of __abstractmethods__: the abstract names of the class's own
// namespace. items() is listed first, as the lookups may change the namespace.
static int own_abstracts(KrThread *ts, KrObject *cls, KrObject *out) {
    KrObject *ns = kr_getattr(ts, cls, KR_ID(ts, __dict__));
    if (!ns) {
        return -1;
    }
    KrObject *list = items_list(ts, ns);
    KR_DECREF(ts, ns);
    if (!list) {
        return -1;
    }
    int r = 0;
    for (intptr_t i = 0; r == 0 && i < KR_LIST_SIZE(list); i++) {
        KrObject *pair = item_pair(ts, KR_LIST_ITEMS(list)[i]);
        if (!pair) {
            r = -1;
            break;
        }
        r = collect_if_abstract(ts, out, KR_TUPLE_GET(pair, 0), KR_TUPLE_GET(pair, 1));
        KR_DECREF(ts, pair);
    }
    KR_DECREF(ts, list);
    return r;
}

// Stage 2: the names abstract in a base that the class still resolves to
// something abstract.
static int inherited_abstracts(KrThread *ts, KrObject *cls, KrObject *out) {
    KrObject *bases = kr_getattr(ts, cls, KR_ID(ts, __bases__));
    if (!bases) {
        return -1;
    }
    if (!kr_tuple_check(bases)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__bases__ is not tuple");
        KR_DECREF(ts, bases);
        return -1;
    }
    int r = 0;
    for (intptr_t i = 0; r == 0 && i < KR_TUPLE_SIZE(bases); i++) {
        KrObject *names = kr_getattr_opt(ts, KR_TUPLE_GET(bases, i), KR_ID(ts, __abstractmethods__));
        if (!names) {
            r = kr_err_occurred(ts) ? -1 : 0;
            continue;
        }
        KrObject *it = kr_iter(ts, names);
        KR_DECREF(ts, names);
        if (!it) {
            r = -1;
            break;
        }
        KrObject *key;
        while (r == 0 && (key = kr_next(ts, it))) {
            KrObject *value = kr_getattr_opt(ts, cls, key);
            if (value) {
                r = collect_if_abstract(ts, out, key, value);
                KR_DECREF(ts, value);
            } else if (kr_err_occurred(ts)) {
                r = -1;
            }
            KR_DECREF(ts, key);
        }
        if (r == 0 && kr_err_occurred(ts)) {
            r = -1;
        }
        KR_DECREF(ts, it);
    }
    KR_DECREF(ts, bases);
    return r;
}

// cls.__abstractmethods__ = frozenset(own and inherited abstract names).
static int compute_abstract_methods(KrThread *ts, KrObject *cls) {
    KrObject *names = kr_list_new(ts, 0);
    if (!names) {
        return -1;
    }
    KrObject *frozen = NULL;
    if (own_abstracts(ts, cls, names) == 0 && inherited_abstracts(ts, cls, names) == 0) {
        frozen = kr_frozenset_new(ts, names);
    }
    KR_DECREF(ts, names);
    int r = frozen ? kr_setattr(ts, cls, KR_ID(ts, __abstractmethods__), frozen) : -1;
    KR_XDECREF(ts, frozen);
    return r;
}

// Applies and removes a class's __abc_tpflags__ (collections.abc's way of
// making Sequence and Mapping subclasses match sequence/mapping patterns).
static int apply_tpflags(KrThread *ts, KrType *cls) {
    KrObject *dict = kr_type_dict(ts, cls);
    KrObject *name = kr_str_intern_literal(ts, "__abc_tpflags__");
    if (!dict || !name) {
        return -1;
    }
    KrObject *flags = kr_dict_get_item(ts, dict, name);
    if (!flags) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    if (kr_int_check_exact(flags)) {
        int overflow = 0;
        int64_t val = kr_int_as_i64(flags, &overflow);
        if (overflow) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        if ((val & (PY_TPFLAGS_SEQUENCE | PY_TPFLAGS_MAPPING)) == (PY_TPFLAGS_SEQUENCE | PY_TPFLAGS_MAPPING)) {
            kr_err_set_str(ts, &kr_exc_TypeError,
                           "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            return -1;
        }
        if (val & PY_TPFLAGS_SEQUENCE) {
            cls->flags |= KR_TYPE_SEQUENCE;
        }
        if (val & PY_TPFLAGS_MAPPING) {
            cls->flags |= KR_TYPE_MAPPING;
        }
    }
    if (kr_dict_del_item(ts, dict, name) < 0) {
        return -1;
    }
    kr_type_cache_invalidate(ts);
    return 0;
}

// Gives a registered class (and its subclasses, recursively) the ABC's
// sequence/mapping flag. Builtin types keep theirs, as immutable types do.
static int set_collection_flag(KrThread *ts, KrType *child, unsigned flag) {
    if (!(child->flags & KR_TYPE_HEAP) || (child->flags & COLLECTION_FLAGS) == flag) {
        return 0;
    }
    child->flags = (child->flags & ~(unsigned)COLLECTION_FLAGS) | flag;
    KrObject *subs = kr_call_method(ts, (KrObject *)child, KR_ID(ts, __subclasses__), NULL, 0);
    if (!subs) {
        return -1;
    }
    int r = 0;
    if (kr_list_check(subs)) {
        for (intptr_t i = 0; r == 0 && i < KR_LIST_SIZE(subs); i++) {
            r = set_collection_flag(ts, (KrType *)KR_LIST_ITEMS(subs)[i], flag);
        }
    }
    KR_DECREF(ts, subs);
    return r;
}

static KrObject *new_true(void) {
    return KR_INCREF(KR_TRUE);
}

static KrObject *new_false(void) {
    return KR_INCREF(KR_FALSE);
}

// ---- the module's functions -----------------------------------------------------------

static KrObject *abc_get_cache_token(KrThread *ts, KrObject *mod) {
    (void)mod;
    return kr_int_from_i64(ts, ts->vm->abc_invalidation_counter);
}

static KrObject *abc_init(KrThread *ts, KrObject *mod, KrObject *self) {
    (void)mod;
    if (compute_abstract_methods(ts, self) < 0) {
        return NULL;
    }
    KrObject *data = abc_data_make(ts);
    if (!data) {
        return NULL;
    }
    int r = kr_setattr(ts, self, kr_str_intern_literal(ts, "_abc_impl"), data);
    KR_DECREF(ts, data);
    if (r < 0 || (is_type(self) && apply_tpflags(ts, (KrType *)self) < 0)) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// The two positional arguments of _abc._abc_register & co. (`qualname`
// names the function with its "_abc." prefix); -1 with TypeError.
static int two_args(KrThread *ts, const char *qualname, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, qualname, kwnames) < 0) {
        return -1;
    }
    return kr_modsupport_nargs(ts, qualname + 5, nargs, 2, 2);
}

static KrObject *abc_register(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    (void)mod;
    if (two_args(ts, "_abc._abc_register", nargs, kwnames) < 0) {
        return NULL;
    }
    KrObject *self = args[0], *subclass = args[1];
    if (!is_type(subclass)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Can only register classes");
        return NULL;
    }
    int r = kr_issubclass(ts, subclass, self);
    if (r != 0) {
        // Already a subclass (or the check raised).
        return r > 0 ? KR_INCREF(subclass) : NULL;
    }
    // Subtle: test for cycles *after* testing for "already a subclass";
    // this means we allow X.register(X) and interpret it as a no-op.
    r = kr_issubclass(ts, self, subclass);
    if (r != 0) {
        if (r > 0) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "Refusing to create an inheritance cycle");
        }
        return NULL;
    }
    KrAbcData *impl = get_impl(ts, self);
    if (!impl) {
        return NULL;
    }
    r = add_to_weak_set(ts, &impl->registry, subclass);
    KR_DECREF(ts, impl);
    if (r < 0) {
        return NULL;
    }
    // Invalidate the negative caches of every ABC.
    ts->vm->abc_invalidation_counter++;
    if (is_type(self)) {
        unsigned flag = ((KrType *)self)->flags & COLLECTION_FLAGS;
        if (flag && set_collection_flag(ts, (KrType *)subclass, flag) < 0) {
            return NULL;
        }
    }
    return KR_INCREF(subclass);
}

static KrObject *abc_instancecheck(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    (void)mod;
    if (two_args(ts, "_abc._abc_instancecheck", nargs, kwnames) < 0) {
        return NULL;
    }
    KrObject *self = args[0], *instance = args[1], *result = NULL;
    KrAbcData *impl = get_impl(ts, self);
    if (!impl) {
        return NULL;
    }
    KrObject *subclass = kr_getattr(ts, instance, KR_ID(ts, __class__));
    if (!subclass) {
        KR_DECREF(ts, impl);
        return NULL;
    }
    // The caches answer most checks without calling back into Python.
    int hit = in_weak_set(ts, impl->cache, subclass);
    if (hit != 0) {
        result = hit > 0 ? new_true() : NULL;
        goto done;
    }
    KrObject *subtype = (KrObject *)KR_TYPE(instance);
    if (subtype == subclass) {
        if (impl->negative_version == ts->vm->abc_invalidation_counter) {
            hit = in_weak_set(ts, impl->negative_cache, subclass);
            if (hit != 0) {
                result = hit > 0 ? new_false() : NULL;
                goto done;
            }
        }
        // Fall back to the subclass check.
        result = call_attr(ts, self, "__subclasscheck__", subclass);
        goto done;
    }
    result = call_attr(ts, self, "__subclasscheck__", subclass);
    if (result) {
        int truth = kr_is_true(ts, result);
        if (truth != 0) {
            if (truth < 0) {
                KR_CLEAR(ts, result);
            }
            goto done;
        }
        KR_DECREF(ts, result);
        result = call_attr(ts, self, "__subclasscheck__", subtype);
    }
done:
    KR_DECREF(ts, subclass);
    KR_DECREF(ts, impl);
    return result;
}

// Is `subclass` a subclass of one of the classes of `list` (weak references
// to them when `weak`; dead ones are skipped)? 1 (and cached), 0 or -1.
static int subclass_of_any(KrThread *ts, KrAbcData *impl, KrObject *subclass, KrObject *list, bool weak) {
    int r = 0;
    for (intptr_t i = 0; r == 0 && i < KR_LIST_SIZE(list); i++) {
        KrObject *cls = KR_LIST_ITEMS(list)[i];
        if (weak && !(cls = kr_weakref_get_borrow(cls))) {
            continue;
        }
        KR_INCREF(cls);
        r = kr_issubclass(ts, subclass, cls);
        KR_DECREF(ts, cls);
        if (r > 0 && add_to_weak_set(ts, &impl->cache, subclass) < 0) {
            r = -1;
        }
    }
    return r;
}

// Step 5 of the subclass check: is `subclass` a subclass of a registered
// class? A snapshot is walked, as the checks may run code that kills classes
// and so changes the registry.
static int check_registry(KrThread *ts, KrAbcData *impl, KrObject *subclass) {
    int r = in_weak_set(ts, impl->registry, subclass);
    if (r != 0 || !impl->registry || kr_set_size(impl->registry) == 0) {
        return r;
    }
    KrObject *snapshot = kr_list_from_iterable(ts, impl->registry);
    if (!snapshot) {
        return -1;
    }
    r = subclass_of_any(ts, impl, subclass, snapshot, true);
    KR_DECREF(ts, snapshot);
    return r;
}

// Step 6: is `subclass` a subclass of one of the ABC's own subclasses?
static int check_subclasses(KrThread *ts, KrObject *self, KrAbcData *impl, KrObject *subclass) {
    KrObject *subs = call_attr(ts, self, "__subclasses__", NULL);
    if (!subs) {
        return -1;
    }
    int r = -1;
    if (!kr_list_check(subs)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__subclasses__() must return a list");
    } else {
        r = subclass_of_any(ts, impl, subclass, subs, false);
    }
    KR_DECREF(ts, subs);
    return r;
}

// The steps of ABCMeta.__subclasscheck__ after the caches: the subclass hook,
// the MRO, the registry and the ABC's subclasses. 1, 0 or -1.
static int subclass_check_slow(KrThread *ts, KrObject *self, KrAbcData *impl, KrObject *subclass) {
    KrObject *ok = call_attr(ts, self, "__subclasshook__", subclass);
    if (!ok) {
        return -1;
    }
    if (ok != KR_NOTIMPL) {
        int r = -1;
        if (ok == KR_TRUE) {
            r = add_to_weak_set(ts, &impl->cache, subclass) < 0 ? -1 : 1;
        } else if (ok == KR_FALSE) {
            r = add_to_weak_set(ts, &impl->negative_cache, subclass) < 0 ? -1 : 0;
        } else {
            kr_err_set_str(ts, &kr_exc_AssertionError,
                           "__subclasshook__ must return either False, True, or NotImplemented");
        }
        KR_DECREF(ts, ok);
        return r;
    }
    KR_DECREF(ts, ok);
    // A direct subclass?
    KrObject *mro = kr_type_mro(ts, (KrType *)subclass);
    if (!mro) {
        return -1;
    }
    bool found = false;
    for (intptr_t i = 0; !found && i < KR_TUPLE_SIZE(mro); i++) {
        found = KR_TUPLE_GET(mro, i) == self;
    }
    KR_DECREF(ts, mro);
    if (found) {
        return add_to_weak_set(ts, &impl->cache, subclass) < 0 ? -1 : 1;
    }
    int r = check_registry(ts, impl, subclass);
    if (r == 0) {
        r = check_subclasses(ts, self, impl, subclass);
    }
    if (r == 0 && add_to_weak_set(ts, &impl->negative_cache, subclass) < 0) {
        r = -1;
    }
    return r;
}

static KrObject *abc_subclasscheck(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    (void)mod;
    if (two_args(ts, "_abc._abc_subclasscheck", nargs, kwnames) < 0) {
        return NULL;
    }
    KrObject *self = args[0], *subclass = args[1];
    if (!is_type(subclass)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    KrAbcData *impl = get_impl(ts, self);
    if (!impl) {
        return NULL;
    }
    int r = in_weak_set(ts, impl->cache, subclass);
    if (r == 0) {
        int64_t counter = ts->vm->abc_invalidation_counter;
        if (impl->negative_version < counter) {
            // A register() since the negative cache was filled: forget it.
            if (impl->negative_cache) {
                kr_set_clear(ts, impl->negative_cache);
            }
            impl->negative_version = counter;
            r = subclass_check_slow(ts, self, impl, subclass);
        } else {
            r = in_weak_set(ts, impl->negative_cache, subclass);
            r = r > 0 ? 0 : r < 0 ? -1 : subclass_check_slow(ts, self, impl, subclass);
        }
    }
    KR_DECREF(ts, impl);
    return r < 0 ? NULL : KR_INCREF(KR_BOOL(r));
}

static KrObject *abc_get_dump(KrThread *ts, KrObject *mod, KrObject *self) {
    (void)mod;
    KrAbcData *impl = get_impl(ts, self);
    if (!impl) {
        return NULL;
    }
    KrObject *t = kr_tuple_new(ts, 4);
    if (t) {
        KrObject *items[4] = {kr_set_new(ts, impl->registry), kr_set_new(ts, impl->cache),
                              kr_set_new(ts, impl->negative_cache),
                              kr_int_from_i64(ts, impl->negative_version)};
        for (int i = 0; i < 4; i++) {
            KR_TUPLE_ITEMS(t)[i] = items[i];
            if (!items[i]) {
                KR_CLEAR(ts, t);
            }
        }
    }
    KR_DECREF(ts, impl);
    return t;
}

// _reset_registry and _reset_caches: empty some of the ABC's sets.
static KrObject *reset_sets(KrThread *ts, KrObject *self, bool registry) {
    KrAbcData *impl = get_impl(ts, self);
    if (!impl) {
        return NULL;
    }
    KrObject *sets[2] = {registry ? impl->registry : impl->cache, registry ? NULL : impl->negative_cache};
    for (int i = 0; i < 2; i++) {
        if (sets[i]) {
            kr_set_clear(ts, sets[i]);
        }
    }
    KR_DECREF(ts, impl);
    KR_RETURN_NONE;
}

static KrObject *abc_reset_registry(KrThread *ts, KrObject *mod, KrObject *self) {
    (void)mod;
    return reset_sets(ts, self, true);
}

static KrObject *abc_reset_caches(KrThread *ts, KrObject *mod, KrObject *self) {
    (void)mod;
    return reset_sets(ts, self, false);
}

static const KrMethodDef abc_functions[] = {
    {"get_cache_token", (void *)abc_get_cache_token, KR_METH_NOARGS, false, false,
     "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) "
     "identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every "
     "call to register() on any ABC."},
    {"_abc_init", (void *)abc_init, KR_METH_O, false, false, "Internal ABC helper for class set-up. Should be never used outside abc module."},
    {"_abc_register", (void *)abc_register, KR_METH_VARARGS, false, false,
     "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
    {"_abc_instancecheck", (void *)abc_instancecheck, KR_METH_VARARGS, false, false,
     "Internal ABC helper for instance checks. Should be never used outside abc module."},
    {"_abc_subclasscheck", (void *)abc_subclasscheck, KR_METH_VARARGS, false, false,
     "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
    {"_get_dump", (void *)abc_get_dump, KR_METH_O, false, false,
     "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both "
     "caches, and\nnegative cache version. Don't call this function directly,\ninstead use "
     "ABC._dump_registry() for a nice repr."},
    {"_reset_registry", (void *)abc_reset_registry, KR_METH_O, false, false,
     "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
    {"_reset_caches", (void *)abc_reset_caches, KR_METH_O, false, false,
     "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_abc_module_create(KrThread *ts) {
    return kr_modsupport_module(ts, "_abc", "Module contains faster C implementation of abc.ABCMeta",
                                abc_functions, NULL);
}
