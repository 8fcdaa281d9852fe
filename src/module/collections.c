// SPDX-License-Identifier: MIT
// The _collections module: defaultdict, _tuplegetter, _count_elements and the
// module table (deque lives in collections_deque.c).
#include "../object/containers.h"
#include "../object/genericalias.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "collections.h"
#include "modsupport.h"
#include "modules.h"

// ---- defaultdict --------------------------------------------------------------------

typedef struct KrDefaultDict {
    KrDict base;
    KrObject *default_factory; // NULL: None
} KrDefaultDict;

static int defaultdict_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrDefaultDict *dd = (KrDefaultDict *)self;
    KrObject *factory = NULL;
    if (nargs > 0) {
        factory = args[0];
        if (factory == KR_NONE) {
            factory = NULL;
        } else if (!kr_callable(factory)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        args++;
        nargs--;
    }
    KR_SETREF(ts, dd->default_factory, factory ? KR_INCREF(factory) : NULL);
    return kr_dict_type.init(ts, self, args, nargs, kwnames);
}

static KrObject *defaultdict_missing(KrThread *ts, KrObject *self, KrObject *key) {
    KrDefaultDict *dd = (KrDefaultDict *)self;
    if (!dd->default_factory) {
        kr_dict_key_error(ts, key);
        return NULL;
    }
    KrObject *value = kr_call0(ts, dd->default_factory);
    if (value && kr_setitem(ts, self, key, value) < 0) {
        KR_CLEAR(ts, value);
    }
    return value;
}

// type(dd)(dd.default_factory, source): copy() and the | operator.
static KrObject *defaultdict_remake(KrThread *ts, KrObject *self, KrObject *source) {
    KrDefaultDict *dd = (KrDefaultDict *)self;
    return kr_call2(ts, (KrObject *)KR_TYPE(self), dd->default_factory ? dd->default_factory : KR_NONE, source);
}

static KrObject *defaultdict_copy(KrThread *ts, KrObject *self) {
    return defaultdict_remake(ts, self, self);
}

static KrObject *defaultdict_repr(KrThread *ts, KrObject *self) {
    KrDefaultDict *dd = (KrDefaultDict *)self;
    KrObject *base = kr_dict_type.repr(ts, self);
    if (!base) {
        return NULL;
    }
    KrObject *fr = NULL;
    if (!dd->default_factory) {
        fr = kr_str_from_cstr(ts, "None");
    } else {
        int running = kr_repr_enter(ts, dd->default_factory);
        if (running == 0) {
            fr = kr_repr(ts, dd->default_factory);
            kr_repr_leave(ts, dd->default_factory);
        } else if (running > 0) {
            fr = kr_str_from_cstr(ts, "...");
        }
    }
    KrObject *r = fr ? kr_str_from_format(ts, "%s(%U, %U)", kr_type_name_cstr(KR_TYPE(self)), fr, base) : NULL;
    KR_XDECREF(ts, fr);
    KR_DECREF(ts, base);
    return r;
}

static KrObject *defaultdict_or(KrThread *ts, KrObject *a, KrObject *b) {
    bool left = kr_isinstance_type(a, &kr_collections_defaultdict_type);
    KrObject *self = left ? a : b, *other = left ? b : a;
    if (!kr_dict_check(other)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *r = defaultdict_remake(ts, self, a);
    if (r && kr_dict_update(ts, r, b) < 0) {
        KR_CLEAR(ts, r);
    }
    return r;
}

static KrObject *defaultdict_reduce(KrThread *ts, KrObject *self) {
    KrDefaultDict *dd = (KrDefaultDict *)self;
    KrObject *args = dd->default_factory ? kr_tuple_pack(ts, 1, dd->default_factory) : kr_tuple_new(ts, 0);
    KrObject *items = args ? kr_call_method(ts, self, KR_ID(ts, items), NULL, 0) : NULL;
    KrObject *it = items ? kr_iter(ts, items) : NULL;
    KrObject *r = it ? kr_tuple_pack(ts, 5, (KrObject *)KR_TYPE(self), args, KR_NONE, KR_NONE, it) : NULL;
    KR_XDECREF(ts, args);
    KR_XDECREF(ts, items);
    KR_XDECREF(ts, it);
    return r;
}

static KrObject *defaultdict_get_factory(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *f = ((KrDefaultDict *)self)->default_factory;
    return KR_INCREF(f ? f : KR_NONE);
}

static int defaultdict_set_factory(KrThread *ts, KrObject *self, KrObject *value) {
    KR_SETREF(ts, ((KrDefaultDict *)self)->default_factory,
              value && value != KR_NONE ? KR_INCREF(value) : NULL);
    return 0;
}

static void defaultdict_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrDefaultDict *)self)->default_factory, visit, arg);
    kr_dict_type.traverse(ts, self, visit, arg);
}

static int defaultdict_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrDefaultDict *)self)->default_factory);
    return kr_dict_type.clear(ts, self);
}

static void defaultdict_dealloc(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrDefaultDict *)self)->default_factory);
    kr_dict_type.dealloc(ts, self);
}

static const KrMethodDef defaultdict_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"__missing__", (void *)defaultdict_missing, KR_METH_O, false, false,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n  return value\n"},
    {"copy", (void *)defaultdict_copy, KR_METH_NOARGS, false, false, "D.copy() -> a shallow copy of D."},
    {"__copy__", (void *)defaultdict_copy, KR_METH_NOARGS, false, false, "D.copy() -> a shallow copy of D."},
    {"__reduce__", (void *)defaultdict_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef defaultdict_getsets[] = {
    {"default_factory", defaultdict_get_factory, defaultdict_set_factory,
     "Factory for default value called by __missing__()."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_collections_defaultdict_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "collections.defaultdict",
    .basicsize = sizeof(KrDefaultDict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_DICT_SUBCLASS | KR_TYPE_MAPPING,
    .base_type = &kr_dict_type,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
    .dealloc = defaultdict_dealloc,
    .traverse = defaultdict_traverse,
    .clear = defaultdict_clear,
    .repr = defaultdict_repr,
    .init = defaultdict_init,
    .nb = {[KR_BINOP_OR] = defaultdict_or},
    .methods = defaultdict_methods,
    .getsets = defaultdict_getsets,
};

// ---- _tuplegetter -----------------------------------------------------------------

// The field descriptors of namedtuple classes: item `index` of the tuple.
typedef struct KrTupleGetter {
    KrObject base;
    intptr_t index;
    KrObject *doc;
} KrTupleGetter;

static KrObject *tuplegetter_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "_tuplegetter", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "_tuplegetter", nargs, 2, 2) < 0) {
        return NULL;
    }
    intptr_t index = kr_slice_ssize_arg(ts, args[0]);
    if (index == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    KrTupleGetter *g = (KrTupleGetter *)kr_object_alloc(ts, type, type->basicsize);
    if (g) {
        g->index = index;
        g->doc = KR_INCREF(args[1]);
    }
    return (KrObject *)g;
}

static KrObject *tuplegetter_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type) {
    (void)type;
    KrTupleGetter *g = (KrTupleGetter *)self;
    if (!obj || obj == KR_NONE) {
        return KR_INCREF(self);
    }
    if (!kr_tuple_check(obj)) {
        kr_err_format(ts, &kr_exc_TypeError,
                      "descriptor for index '%zd' for tuple subclasses doesn't apply to '%T' object",
                      (ptrdiff_t)g->index, obj);
        return NULL;
    }
    if (g->index < 0 || g->index >= KR_TUPLE_SIZE(obj)) {
        kr_err_set_str(ts, &kr_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return KR_INCREF(KR_TUPLE_GET(obj, g->index));
}

static int tuplegetter_set(KrThread *ts, KrObject *self, KrObject *obj, KrObject *value) {
    (void)self;
    (void)obj;
    kr_err_set_str(ts, &kr_exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static KrObject *tuplegetter_repr(KrThread *ts, KrObject *self) {
    KrTupleGetter *g = (KrTupleGetter *)self;
    return kr_str_from_format(ts, "%s(%zd, %R)", kr_type_name_cstr(KR_TYPE(self)), (ptrdiff_t)g->index,
                              g->doc ? g->doc : KR_NONE);
}

static KrObject *tuplegetter_get_doc(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *doc = ((KrTupleGetter *)self)->doc;
    return KR_INCREF(doc ? doc : KR_NONE);
}

static int tuplegetter_set_doc(KrThread *ts, KrObject *self, KrObject *value) {
    KR_SETREF(ts, ((KrTupleGetter *)self)->doc, KR_INCREF(value ? value : KR_NONE));
    return 0;
}

static KrObject *tuplegetter_reduce(KrThread *ts, KrObject *self) {
    KrTupleGetter *g = (KrTupleGetter *)self;
    KrObject *i = kr_int_from_i64(ts, g->index);
    KrObject *args = i ? kr_tuple_pack(ts, 2, i, g->doc ? g->doc : KR_NONE) : NULL;
    KrObject *r = args ? kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), args) : NULL;
    KR_XDECREF(ts, i);
    KR_XDECREF(ts, args);
    return r;
}

static void tuplegetter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrTupleGetter *)self)->doc, visit, arg);
}

static int tuplegetter_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrTupleGetter *)self)->doc);
    return 0;
}

static void tuplegetter_dealloc(KrThread *ts, KrObject *self) {
    tuplegetter_clear(ts, self);
    kr_object_free(ts, self);
}

static const KrMethodDef tuplegetter_methods[] = {
    {"__reduce__", (void *)tuplegetter_reduce, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_collections_tuplegetter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(KrTupleGetter),
    .flags = KR_TYPE_GC,
    .dealloc = tuplegetter_dealloc,
    .traverse = tuplegetter_traverse,
    .clear = tuplegetter_clear,
    .repr = tuplegetter_repr,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .new_ = tuplegetter_new,
    .methods = tuplegetter_methods,
    .getsets = tuplegetter_getsets,
};

// ---- _count_elements --------------------------------------------------------------

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each
// x (Counter.update's loop); exact dicts take the direct path.
static KrObject *collections_count_elements(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                            KrObject *kwnames) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "_count_elements", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "_count_elements", nargs, 2, 2) < 0) {
        return NULL;
    }
    KrObject *mapping = args[0];
    KrObject *it = kr_iter(ts, args[1]);
    if (!it) {
        return NULL;
    }
    KrObject *one = kr_int_from_i64(ts, 1), *zero = kr_int_from_i64(ts, 0), *get = NULL;
    bool fast = kr_dict_check_exact(mapping);
    if (!fast && !(get = kr_getattr_cstr(ts, mapping, "get"))) {
        goto done;
    }
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (!key) {
            break;
        }
        KrObject *old = NULL;
        if (fast) {
            KrObject *b = kr_dict_get_item(ts, mapping, key);
            old = b ? KR_INCREF(b) : (kr_err_occurred(ts) ? NULL : KR_INCREF(zero));
        } else {
            old = kr_call2(ts, get, key, zero);
        }
        KrObject *nv = old ? kr_binop(ts, old, one, KR_BINOP_ADD) : NULL;
        int r = nv ? kr_setitem(ts, mapping, key, nv) : -1;
        KR_XDECREF(ts, old);
        KR_XDECREF(ts, nv);
        KR_DECREF(ts, key);
        if (r < 0) {
            break;
        }
    }
done:
    KR_DECREF(ts, it);
    KR_XDECREF(ts, one);
    KR_XDECREF(ts, zero);
    KR_XDECREF(ts, get);
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// ---- the module -------------------------------------------------------------------

static const KrMethodDef collections_functions[] = {
    {"_count_elements", (void *)collections_count_elements, KR_METH_VARARGS, false, false,
     "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_collections_create(KrThread *ts) {
    static KrType *const types[] = {
        &kr_collections_deque_type, &kr_collections_defaultdict_type, &kr_collections_dequeiter_type,
        &kr_collections_dequereviter_type, &kr_collections_tuplegetter_type, &kr_collections_odict_type, NULL,
    };
    return kr_modsupport_module(ts, "_collections",
                                "High performance data structures.\n"
                                "- deque:        ordered collection accessible from endpoints only\n"
                                "- defaultdict:  dict subclass with a default value factory\n",
                                collections_functions, types);
}
