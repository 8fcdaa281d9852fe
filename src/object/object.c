// SPDX-License-Identifier: MIT
// Object allocation and the root type `object`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "member.h"
#include "module.h"
#include "reduce.h"
#include "singletons.h"
#include "sizeof.h"
#include "str.h"
#include "trashcan.h"

// ---- allocation ------------------------------------------------------------

// Objects come from the interpreter's pool (base/pool.c): small ones are
// recycled through per-size free lists instead of a malloc/free per object.
// Objects of GC types get a KrGCHead in front and live on the collector's
// lists; the others are linked into vm->objects.
KrObject *kr_object_alloc(KrThread *ts, KrType *type, size_t size) {
    KrVM *vm = ts->vm;
    bool gc = (type->flags & KR_TYPE_GC) != 0;
    size_t head = gc ? sizeof(KrGCHead) : sizeof(KrLink);
    char *block = kr_pool_alloc(&vm->pool, head + size);
    if (!block) {
        kr_err_no_memory(ts);
        return NULL;
    }
    memset(block + head, 0, size);
    KrObject *o = (KrObject *)(block + head);
    o->refcnt = 1;
    o->type = type;
    vm->object_count++;
    if (gc) {
        kr_gc_link_new(ts, o);
    } else {
        KrLink *link = (KrLink *)block;
        link->next = &vm->objects;
        link->prev = vm->objects.prev;
        vm->objects.prev->next = link;
        vm->objects.prev = link;
    }
    if (type->flags & KR_TYPE_HEAP) {
        KR_INCREF(type);
    }
    return o;
}

void kr_object_free(KrThread *ts, KrObject *o) {
    KrLink *link = (KrLink *)o - 1;
    link->prev->next = link->next;
    link->next->prev = link->prev;
    KrVM *vm = ts->vm;
    vm->object_count--;
    KrType *type = o->type;
    void *block = link;
    if (type->flags & KR_TYPE_GC) {
        block = kr_gc_head(o);
        // CPython's gen-0 count is allocations minus deallocations.
        if (vm->gc.count[0] > 0) {
            vm->gc.count[0]--;
        }
    }
    kr_pool_free(&vm->pool, block);
    if (type->flags & KR_TYPE_HEAP) {
        KR_DECREF(ts, type);
    }
}

// Every deallocation passes here: `__del__` first (it may resurrect), then
// containers go through the trashcan so that freeing a structure nested
// 100,000 deep does not recurse in C 100,000 times.
void kr_object_dealloc(KrThread *ts, KrObject *o) {
    KrType *t = KR_TYPE(o);
    if ((t->flags & KR_TYPE_HEAP) && kr_gc_finalize_from_dealloc(ts, o)) {
        return;
    }
    if (!(t->flags & KR_TYPE_GC)) {
        if ((t->flags & KR_TYPE_WEAKREFABLE) && ts->vm->weakrefs.used) {
            kr_weakref_clear_refs(ts, o);
        }
        t->dealloc(ts, o);
        return;
    }
    // Untracked first: a parked object's refcnt holds the trashcan link, and
    // the collector must never see a dead object.
    kr_gc_untrack(ts, o);
    // After __del__ (which may still use its weak references), before the
    // fields go: weak references die and their callbacks run, as CPython's
    // subtype_dealloc does.
    if ((t->flags & KR_TYPE_WEAKREFABLE) && ts->vm->weakrefs.used) {
        kr_weakref_clear_refs(ts, o);
    }
    // A dying weak reference leaves its referent's list now: once parked in
    // the trashcan its refcnt field is no longer a count.
    if (t->flags & KR_TYPE_WEAKREF_SUBCLASS) {
        kr_weakref_detach(ts, (KrWeakRef *)o);
    }
    if (!kr_trashcan_begin(ts, o)) {
        return;
    }
    t->dealloc(ts, o);
    kr_trashcan_end(ts);
}

// ---- the `object` type ------------------------------------------------------

size_t kr_object_var_size(KrType *type, intptr_t nitems) {
    size_t n = (size_t)(nitems < 0 ? -nitems : nitems);
    size_t size = type->basicsize + n * type->itemsize;
    return (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

KrObject **kr_object_dict_ptr(KrObject *o) {
    KrType *t = KR_TYPE(o);
    intptr_t off = t->dictoffset;
    if (off < 0) {
        // After the items of a variable-size instance (CPython's negative offset).
        off += (intptr_t)kr_object_var_size(t, ((KrVarObject *)o)->size);
    }
    return off ? (KrObject **)((char *)o + off) : NULL;
}

// The address of an instance's __dict__ slot, or NULL when it has none.
static KrObject **instance_dict_ptr(KrObject *o) {
    return kr_object_dict_ptr(o);
}

static void object_dealloc(KrThread *ts, KrObject *o) {
    kr_object_free(ts, o);
}

static KrObject *object_repr(KrThread *ts, KrObject *o) {
    KrType *t = KR_TYPE(o);
    KrObject *mod = NULL;
    if (t->flags & KR_TYPE_HEAP) {
        mod = kr_dict_get_item(ts, t->dict, KR_ID(ts, __module__));
    }
    KrObject *qual = NULL;
    if (t->flags & KR_TYPE_HEAP) {
        qual = t->heap_qualname;
    }
    if (mod && kr_str_check(mod) && !kr_str_equal_cstr(mod, "builtins")) {
        if (qual && kr_str_check(qual)) {
            return kr_str_from_format(ts, "<%U.%U object at %p>", mod, qual, (void *)o);
        }
        return kr_str_from_format(ts, "<%U.%s object at %p>", mod, kr_type_name_cstr(t), (void *)o);
    }
    // A static type's full tp_name, as CPython ("<_io.StringIO object at ...>").
    return kr_str_from_format(ts, "<%s object at %p>", (t->flags & KR_TYPE_HEAP) ? kr_type_name_cstr(t) : t->name,
                              (void *)o);
}

// repr's slot is called directly: a bad result is reported as __str__'s (as CPython).
static KrObject *object_str(KrThread *ts, KrObject *o) {
    KrUnaryFn repr = KR_TYPE(o)->repr;
    return repr ? repr(ts, o) : object_repr(ts, o);
}

static KrHash object_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    // CPython: the address rotated by 4 bits, so aligned pointers spread.
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    KrHash h = (KrHash)(intptr_t)y;
    return h == -1 ? -2 : h;
}

static KrObject *object_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    switch (op) {
    case KR_EQ:
        return KR_INCREF(a == b ? KR_TRUE : KR_NOTIMPL);
    case KR_NE: {
        // By default __ne__ delegates to __eq__ and inverts the result.
        KrCompareFn eq = KR_TYPE(a)->richcompare;
        if (!eq) {
            return KR_INCREF(KR_NOTIMPL);
        }
        KrObject *r = eq(ts, a, b, KR_EQ);
        if (!r || r == KR_NOTIMPL) {
            return r;
        }
        int t = kr_is_true(ts, r);
        KR_DECREF(ts, r);
        if (t < 0) {
            return NULL;
        }
        return KR_INCREF(KR_BOOL(!t));
    }
    default:
        return KR_INCREF(KR_NOTIMPL);
    }
}

// True when `t` (or a base below object) overrides the given slot wrapper name
// with something other than object's own implementation.
static bool overrides(KrThread *ts, KrType *t, int id) {
    KrObject *name = ts->vm->ids[id];
    KrObject *mine = kr_type_lookup(ts, t, name);
    KrObject *objs = kr_type_lookup(ts, &kr_object_type, name);
    return mine && mine != objs;
}

// "Can't instantiate abstract class C with abstract methods a, b" (sorted).
static void abstract_error(KrThread *ts, KrType *type, KrObject *abstract) {
    KrObject *names = kr_list_from_iterable(ts, abstract);
    if (!names || kr_list_sort(ts, names, NULL, false) < 0) {
        KR_XDECREF(ts, names);
        return;
    }
    KrObject *sep = kr_str_from_cstr(ts, ", ");
    KrObject *joined = sep ? kr_str_join(ts, sep, KR_LIST_ITEMS(names), (size_t)KR_LIST_SIZE(names)) : NULL;
    if (joined) {
        kr_err_format(ts, &kr_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                      kr_type_name_cstr(type), KR_LIST_SIZE(names) > 1 ? "s" : "", joined);
    }
    KR_XDECREF(ts, joined);
    KR_XDECREF(ts, sep);
    KR_DECREF(ts, names);
}

static KrObject *object_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    bool excess = nargs > 0 || (kwnames && KR_TUPLE_SIZE(kwnames) > 0);
    if (excess) {
        bool new_overridden = overrides(ts, type, KR_ID___new__);
        bool init_overridden = overrides(ts, type, KR_ID___init__);
        if (new_overridden) {
            kr_err_set_str(ts, &kr_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (!init_overridden) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() takes no arguments", kr_type_name_cstr(type));
            return NULL;
        }
    }
    if (type->flags & KR_TYPE_HEAP) {
        KrObject *abstract = kr_dict_get_item(ts, type->dict, KR_ID(ts, __abstractmethods__));
        if (abstract && kr_is_true(ts, abstract) == 1) {
            abstract_error(ts, type, abstract);
            return NULL;
        }
    }
    return kr_object_alloc(ts, type, type->basicsize);
}

static int object_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    bool excess = nargs > 0 || (kwnames && KR_TUPLE_SIZE(kwnames) > 0);
    if (excess) {
        KrType *type = KR_TYPE(self);
        // A builtin type's dunders are fixed: one that makes its instances in
        // __new__ and keeps object's __init__ takes the arguments (str(x),
        // int(s), ...) without two MRO lookups per call.
        if (!(type->flags & KR_TYPE_HEAP) && type->init == object_init && type->new_ != object_new) {
            return 0;
        }
        if (overrides(ts, type, KR_ID___init__)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (!overrides(ts, type, KR_ID___new__)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                          kr_type_name_cstr(type));
            return -1;
        }
    }
    return 0;
}

KrObject *kr_object_get_dict(KrThread *ts, KrObject *o, bool create) {
    KrObject **slot = instance_dict_ptr(o);
    if (!slot) {
        return NULL;
    }
    if (!*slot && create) {
        *slot = kr_dict_new(ts);
    }
    return *slot;
}

// The slot wrappers (o.__getattribute__(x), o.__setattr__(x, v)) reach the
// generic functions with any object as the name.
static int check_attr_name(KrThread *ts, KrObject *name) {
    if (!kr_str_check(name)) {
        kr_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    return 0;
}

KrAttrEntry *kr_attr_cache_fill(KrThread *ts, KrAttrCache *c, KrType *type, KrObject *name, KrAttrEntry *scratch) {
    uint32_t epoch = ts->vm->type_cache_epoch;
    KrObject *descr = kr_type_lookup(ts, type, name);
    if (kr_err_occurred(ts)) {
        if (!descr) {
            return NULL;
        }
        epoch = 0; // not kept
    }
    KrAttrEntry *e = scratch;
    // As the type cache: a lookup that changed a class is not kept.
    if (epoch && epoch == ts->vm->type_cache_epoch) {
        // A stale way first, else the last, after moving the others down.
        int k = 0;
        while (k < KR_ATTR_WAYS - 1 && c->e[k].type && c->e[k].epoch == epoch) {
            k++;
        }
        if (k == KR_ATTR_WAYS - 1 && c->e[k].type && c->e[k].epoch == epoch) {
            memmove(&c->e[0], &c->e[1], sizeof(KrAttrEntry) * (KR_ATTR_WAYS - 1));
        }
        e = &c->e[k];
        e->hint = 0;
    }
    e->type = type;
    e->descr = descr;
    e->epoch = epoch;
    return e;
}

// The instance dict's value for name (borrowed), NULL with or without an exception.
static inline KrObject *dict_value(KrThread *ts, KrObject *d, KrObject *name, int32_t *hint) {
    return hint ? kr_dict_get_str_hinted(ts, d, name, hint) : kr_dict_get_item(ts, d, name);
}

KrObject *kr_generic_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    if (check_attr_name(ts, name) < 0) {
        return NULL;
    }
    KrObject *descr = kr_type_lookup(ts, KR_TYPE(o), name);
    if (!descr && kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_generic_getattr_found(ts, o, name, descr, NULL);
}

KrObject *kr_generic_getattr_found(KrThread *ts, KrObject *o, KrObject *name, KrObject *descr, int32_t *hint) {
    KrType *type = KR_TYPE(o);
    KrDescrGetFn get = NULL;
    if (descr) {
        KR_INCREF(descr);
        get = KR_TYPE(descr)->descr_get;
        if (get && KR_TYPE(descr)->descr_set) {
            KrObject *r = get(ts, descr, o, (KrObject *)type);
            KR_DECREF(ts, descr);
            return r;
        }
    }
    KrObject **dp = instance_dict_ptr(o);
    if (dp && *dp) {
        KrObject *v = dict_value(ts, *dp, name, hint);
        if (v) {
            KR_XDECREF(ts, descr);
            return KR_INCREF(v);
        }
        if (kr_err_occurred(ts)) {
            KR_XDECREF(ts, descr);
            return NULL;
        }
    }
    if (descr) {
        if (get) {
            KrObject *r = get(ts, descr, o, (KrObject *)type);
            KR_DECREF(ts, descr);
            return r;
        }
        return descr;
    }
    kr_err_attribute(ts, o, name);
    return NULL;
}

void kr_err_attribute(KrThread *ts, KrObject *o, KrObject *name) {
    kr_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'", KR_TYPE(o)->name,
                  name);
    KrObject *exc = ts->exc;
    if (exc && kr_exception_check(exc)) {
        KrObject *d = kr_object_get_dict(ts, exc, true);
        if (d) {
            kr_dict_set_item(ts, d, KR_ID(ts, name), name);
            kr_dict_set_item(ts, d, KR_ID(ts, obj), o);
        }
    }
}

int kr_generic_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value) {
    if (check_attr_name(ts, name) < 0) {
        return -1;
    }
    KrObject *descr = kr_type_lookup(ts, KR_TYPE(o), name);
    return kr_generic_setattr_found(ts, o, name, value, descr, NULL);
}

int kr_generic_setattr_found(KrThread *ts, KrObject *o, KrObject *name, KrObject *value, KrObject *descr,
                             int32_t *hint) {
    KrType *type = KR_TYPE(o);
    if (descr && KR_TYPE(descr)->descr_set) {
        KR_INCREF(descr);
        int r = KR_TYPE(descr)->descr_set(ts, descr, o, value);
        KR_DECREF(ts, descr);
        return r;
    }
    KrObject **dp = instance_dict_ptr(o);
    if (!dp) {
        if (descr) {
            kr_err_format(ts, &kr_exc_AttributeError, "'%s' object attribute '%U' is read-only", type->name, name);
        } else {
            kr_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'", type->name, name);
        }
        return -1;
    }
    if (!*dp) {
        if (!value) {
            kr_err_attribute(ts, o, name);
            return -1;
        }
        *dp = kr_dict_new(ts);
        if (!*dp) {
            return -1;
        }
    }
    if (value) {
        return hint ? kr_dict_set_str_hinted(ts, *dp, name, value, hint) : kr_dict_set_item(ts, *dp, name, value);
    }
    KrObject *old = NULL;
    int r = kr_dict_pop_item(ts, *dp, name, &old);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        kr_err_attribute(ts, o, name);
        return -1;
    }
    KR_DECREF(ts, old);
    return 0;
}

static KrObject *object_get_class(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(KR_TYPE(self));
}

// Does `t` lay its instances out as its base does (no slots, __dict__ or
// weak references of its own)?
static bool adds_nothing(KrType *t) {
    KrType *b = t->base_type;
    return b && t->basicsize == b->basicsize && t->itemsize == b->itemsize && t->dictoffset == b->dictoffset &&
           (t->flags & KR_TYPE_WEAKREFABLE) == (b->flags & KR_TYPE_WEAKREFABLE);
}

// May an instance of `b` become an instance of `a`? Their nearest ancestors
// that add fields must be the same class, or siblings adding the same slots.
static bool same_layout(KrThread *ts, KrType *a, KrType *b) {
    while (adds_nothing(a)) {
        a = a->base_type;
    }
    while (adds_nothing(b)) {
        b = b->base_type;
    }
    if (a == b) {
        return true;
    }
    return a->base_type == b->base_type && a->basicsize == b->basicsize && a->dictoffset == b->dictoffset &&
           (a->flags & KR_TYPE_WEAKREFABLE) == (b->flags & KR_TYPE_WEAKREFABLE) && (a->flags & KR_TYPE_HEAP) &&
           (b->flags & KR_TYPE_HEAP) && kr_member_same_slots(ts, a, b);
}

static int object_set_class(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!(KR_TYPE(value)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        kr_err_format(ts, &kr_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      kr_type_name_cstr(KR_TYPE(value)));
        return -1;
    }
    KrType *nt = (KrType *)value, *ot = KR_TYPE(self);
    bool modules = kr_type_is_subtype(nt, &kr_module_type) && kr_type_is_subtype(ot, &kr_module_type);
    if (!modules && (!(nt->flags & KR_TYPE_HEAP) || !(ot->flags & KR_TYPE_HEAP))) {
        kr_err_set_str(ts, &kr_exc_TypeError,
                       "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(ts, nt, ot)) {
        kr_err_format(ts, &kr_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                      kr_type_name_cstr(nt), kr_type_name_cstr(ot));
        return -1;
    }
    KR_INCREF(nt);
    self->type = nt;
    KR_DECREF(ts, ot);
    return 0;
}

static KrObject *object_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    if (!d) {
        if (!kr_err_occurred(ts)) {
            kr_err_attribute(ts, self, KR_ID(ts, __dict__));
        }
        return NULL;
    }
    return KR_INCREF(d);
}

static int object_set_dict(KrThread *ts, KrObject *self, KrObject *value) {
    KrObject **dp = instance_dict_ptr(self);
    if (!dp) {
        kr_err_attribute(ts, self, KR_ID(ts, __dict__));
        return -1;
    }
    if (!value) {
        // del obj.__dict__: a fresh empty one is made on next use.
        KR_CLEAR(ts, *dp);
        return 0;
    }
    if (!kr_dict_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_type_name_cstr(KR_TYPE(value)));
        return -1;
    }
    KR_SETREF(ts, *dp, KR_INCREF(value));
    return 0;
}

static KrObject *object_format(KrThread *ts, KrObject *self, KrObject *spec) {
    if (!kr_str_check(spec)) {
        kr_err_format(ts, &kr_exc_TypeError, "__format__() argument must be str, not %s", kr_arg_type_name(spec));
        return NULL;
    }
    if (KR_STR_LEN(spec) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "unsupported format string passed to %s.__format__",
                      kr_type_name_cstr(KR_TYPE(self)));
        return NULL;
    }
    return kr_str(ts, self);
}

static KrObject *object_init_subclass(KrThread *ts, KrObject *cls, KrObject *const *args, size_t nargs,
                                      KrObject *kwnames) {
    (void)args;
    const char *name = kr_type_name_cstr((KrType *)cls);
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", name, nargs);
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *object_dir(KrThread *ts, KrObject *self) {
    KrObject *names = kr_set_new(ts, NULL);
    if (!names) {
        return NULL;
    }
    KrObject *d = kr_object_get_dict(ts, self, false);
    if (d && kr_set_update(ts, names, d) < 0) {
        goto error;
    }
    KrObject *mro = kr_type_mro(ts, KR_TYPE(self));
    if (!mro) {
        goto error;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(mro); i++) {
        KrObject *td = kr_type_dict(ts, (KrType *)KR_TUPLE_GET(mro, i));
        if (!td || kr_set_update(ts, names, td) < 0) {
            KR_DECREF(ts, mro);
            goto error;
        }
    }
    KR_DECREF(ts, mro);
    KrObject *list = kr_list_from_iterable(ts, names);
    KR_DECREF(ts, names);
    return list;
error:
    KR_DECREF(ts, names);
    return NULL;
}

static KrObject *object_sizeof(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, kr_sizeof_object(ts, self));
}

// object.__subclasshook__: no opinion, so issubclass() goes on as usual (abc overrides it).
static KrObject *object_subclasshook(KrThread *ts, KrObject *cls, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)ts;
    (void)cls;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return KR_INCREF(KR_NOTIMPL);
}

static const KrMethodDef object_methods[] = {
    {"__subclasshook__", object_subclasshook, KR_METH_VARARGS, false, true,
     "Abstract classes can override this to customize issubclass()."},
    {"__format__", object_format, KR_METH_O, false, false, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, KR_METH_VARARGS, false, true,
     "This method is called when a class is subclassed."},
    {"__dir__", object_dir, KR_METH_NOARGS, false, false, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, KR_METH_NOARGS, false, false, "Size of object in memory, in bytes."},
    {"__reduce_ex__", kr_reduce_ex, KR_METH_O, false, false, "Helper for pickle."},
    {"__reduce__", kr_reduce_plain, KR_METH_NOARGS, false, false, "Helper for pickle."},
    {"__getstate__", kr_reduce_getstate, KR_METH_NOARGS, false, false, "Helper for pickle."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL, NULL, NULL, NULL},
};

// __dict__ of instances of heap classes: added to their class dicts by type.c.
const KrGetSetDef kr_object_dict_getset = {"__dict__", object_get_dict, object_set_dict,
                                           "dictionary for instance variables"};

KrType kr_object_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "object",
    .basicsize = sizeof(KrObject),
    .flags = KR_TYPE_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
           "featureless\ninstance that has no instance attributes and cannot be given any.\n",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = kr_generic_getattr,
    .setattr = kr_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};
