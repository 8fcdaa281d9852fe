// SPDX-License-Identifier: MIT
// collections.OrderedDict: a dict subclass whose order can be rearranged
// (move_to_end, popitem(last=False)) and whose equality is order-sensitive.
#include <stddef.h>
#include <string.h>

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

// The order is the underlying dict's own insertion order: moving a key to
// the end is a delete and re-insert, moving it to the front rebuilds the
// table. `state` counts the structural changes made through OrderedDict's
// own operations, so its iterators can refuse to continue after one.
typedef struct KrODict {
    KrDict base;
    KrObject *dict;   // __dict__
    uint64_t state;
} KrODict;

// The layout of the dict views (object/dict_views.c): the viewed dict.
typedef struct KrODictView {
    KrObject base;
    KrObject *dict;
} KrODictView;

enum { KR_ODICT_KEYS, KR_ODICT_VALUES, KR_ODICT_ITEMS };

static KrObject *odict_iter_new(KrThread *ts, KrObject *od, int kind);

static bool is_odict(KrObject *o) {
    return kr_isinstance_type(o, &kr_collections_odict_type);
}

// ---- slots ------------------------------------------------------------------------

// Adds the (key, value) pairs of an iterable through self[key] = value.
static int add_pairs(KrThread *ts, KrObject *self, KrObject *iterable) {
    KrObject *it = kr_iter(ts, iterable);
    if (!it) {
        return -1;
    }
    int r = 0;
    for (KrObject *item; r == 0 && (item = kr_next(ts, it));) {
        KrObject *pair = kr_tuple_from_iterable(ts, item);
        KR_DECREF(ts, item);
        if (!pair) {
            r = -1;
        } else if (KR_TUPLE_SIZE(pair) != 2) {
            intptr_t n = KR_TUPLE_SIZE(pair);
            if (n > 2) {
                kr_err_set_str(ts, &kr_exc_ValueError, "too many values to unpack (expected 2)");
            } else {
                kr_err_format(ts, &kr_exc_ValueError, "need more than %zd value%s to unpack", (ptrdiff_t)n,
                              n == 1 ? "" : "s");
            }
            r = -1;
        } else {
            r = kr_setitem(ts, self, KR_TUPLE_GET(pair, 0), KR_TUPLE_GET(pair, 1));
        }
        KR_XDECREF(ts, pair);
    }
    KR_DECREF(ts, it);
    return r == 0 && kr_err_occurred(ts) ? -1 : r;
}

// MutableMapping.update's rules: a dict's items, a mapping's keys() with
// self[key] lookups, else (key, value) pairs; then the keywords. Every item
// goes through self[key] = value, so subclasses see them.
static int odict_update_from(KrThread *ts, KrObject *self, KrObject *arg) {
    if (kr_dict_check(arg)) {
        KrObject *items = kr_list_new(ts, 0);
        intptr_t pos = 0;
        KrObject *k, *v;
        while (items && kr_dict_next(arg, &pos, &k, &v)) {
            KrObject *pair = kr_tuple_pack(ts, 2, k, v);
            if (!pair || kr_list_append(ts, items, pair) < 0) {
                KR_CLEAR(ts, items);
            }
            KR_XDECREF(ts, pair);
        }
        int r = items ? add_pairs(ts, self, items) : -1;
        KR_XDECREF(ts, items);
        return r;
    }
    KrObject *keys = kr_getattr_opt(ts, arg, KR_ID(ts, keys));
    if (!keys) {
        return kr_err_occurred(ts) ? -1 : add_pairs(ts, self, arg);
    }
    KrObject *klist = kr_call0(ts, keys);
    KR_DECREF(ts, keys);
    KrObject *it = klist ? kr_iter(ts, klist) : NULL;
    KR_XDECREF(ts, klist);
    if (!it) {
        return -1;
    }
    int r = 0;
    for (KrObject *k; r == 0 && (k = kr_next(ts, it));) {
        KrObject *v = kr_getitem(ts, arg, k);
        r = v ? kr_setitem(ts, self, k, v) : -1;
        KR_XDECREF(ts, v);
        KR_DECREF(ts, k);
    }
    KR_DECREF(ts, it);
    return r == 0 && kr_err_occurred(ts) ? -1 : r;
}

// Everything after the argument-count check of __init__ and update().
static int odict_update_args(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (nargs == 1 && odict_update_from(ts, self, args[0]) < 0) {
        return -1;
    }
    for (intptr_t k = 0; kwnames && k < KR_TUPLE_SIZE(kwnames); k++) {
        if (kr_setitem(ts, self, KR_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int odict_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "expected at most 1 arguments, got %zu", nargs);
        return -1;
    }
    return odict_update_args(ts, self, args, nargs, kwnames);
}

static KrObject *odict_update(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "update() takes at most 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    return odict_update_args(ts, self, args, nargs, kwnames) < 0 ? NULL : KR_NONE;
}

static int odict_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value) {
    intptr_t before = kr_dict_size(self);
    int r = kr_dict_type.setitem(ts, self, key, value);
    if (r == 0 && (!value || kr_dict_size(self) != before)) {
        ((KrODict *)self)->state++;
    }
    return r;
}

static KrObject *odict_iter(KrThread *ts, KrObject *self) {
    return odict_iter_new(ts, self, KR_ODICT_KEYS);
}

static KrObject *odict_repr(KrThread *ts, KrObject *self) {
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    if (kr_dict_size(self) == 0) {
        return kr_str_from_format(ts, "%s()", name);
    }
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running < 0 ? NULL : kr_str_from_cstr(ts, "...");
    }
    KrObject *items = kr_list_new(ts, 0), *r = NULL;
    intptr_t pos = 0;
    KrObject *k, *v;
    while (items && kr_dict_next(self, &pos, &k, &v)) {
        KrObject *pair = kr_tuple_pack(ts, 2, k, v);
        if (!pair || kr_list_append(ts, items, pair) < 0) {
            KR_XDECREF(ts, pair);
            KR_CLEAR(ts, items);
            break;
        }
        KR_DECREF(ts, pair);
    }
    if (items) {
        r = kr_str_from_format(ts, "%s(%R)", name, items);
        KR_DECREF(ts, items);
    }
    kr_repr_leave(ts, self);
    return r;
}

// Two OrderedDicts are equal when their items are, in the same order.
static KrObject *odict_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    KrObject *r = kr_dict_type.richcompare(ts, a, b, op);
    if (!r || (op != KR_EQ && op != KR_NE) || r == KR_NOTIMPL || !is_odict(a) || !is_odict(b)) {
        return r;
    }
    if ((r == KR_TRUE) != (op == KR_EQ)) {
        return r;
    }
    KR_DECREF(ts, r);
    intptr_t pa = 0, pb = 0;
    KrObject *ka, *kb, *va, *vb;
    while (kr_dict_next(a, &pa, &ka, &va) && kr_dict_next(b, &pb, &kb, &vb)) {
        int eq = kr_equal(ts, ka, kb);
        if (eq < 0) {
            return NULL;
        }
        if (!eq) {
            return kr_bool_from(op == KR_NE);
        }
    }
    return kr_bool_from(op == KR_EQ);
}

// od | other and other | od: a copy of the OrderedDict updated with the right side.
static KrObject *odict_or(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *self = is_odict(a) ? a : b, *other = self == a ? b : a;
    if (!kr_dict_check(other)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *r = kr_call1(ts, (KrObject *)KR_TYPE(self), a);
    if (r && kr_dict_update(ts, r, b) < 0) {
        KR_CLEAR(ts, r);
    }
    return r;
}

static void odict_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrODict *)self)->dict, visit, arg);
    kr_dict_type.traverse(ts, self, visit, arg);
}

static int odict_clear_slot(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrODict *)self)->dict);
    return kr_dict_type.clear(ts, self);
}

static void odict_dealloc(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrODict *)self)->dict);
    kr_dict_type.dealloc(ts, self);
}

// ---- methods ----------------------------------------------------------------------

// Re-inserts every item with `first` (a key present in od) leading: the table
// is rebuilt, which also squeezes out the holes deletions left at the front.
static int rebuild(KrThread *ts, KrObject *od, KrObject *first) {
    KrObject *items = kr_list_new(ts, 0);
    intptr_t pos = 0;
    KrObject *k, *v;
    while (items && kr_dict_next(od, &pos, &k, &v)) {
        KrObject *pair = kr_tuple_pack(ts, 2, k, v);
        if (!pair || kr_list_append(ts, items, pair) < 0) {
            KR_XDECREF(ts, pair);
            KR_CLEAR(ts, items);
        }
        KR_XDECREF(ts, pair);
    }
    if (!items) {
        return -1;
    }
    KrObject *firstval = first ? kr_dict_get_item(ts, od, first) : NULL;
    KR_XINCREF(firstval);
    kr_dict_clear(ts, od);
    int r = firstval ? kr_dict_set_item(ts, od, first, firstval) : 0;
    for (intptr_t i = 0; r == 0 && i < KR_LIST_SIZE(items); i++) {
        KrObject *pair = KR_LIST_ITEMS(items)[i];
        if (first && KR_TUPLE_GET(pair, 0) == first) {
            continue;
        }
        r = kr_dict_set_item(ts, od, KR_TUPLE_GET(pair, 0), KR_TUPLE_GET(pair, 1));
    }
    KR_XDECREF(ts, firstval);
    KR_DECREF(ts, items);
    return r;
}

static KrObject *odict_move_to_end(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    static const char *const names[] = {"key", "last", NULL};
    KrObject *argv[2];
    if (kr_parse_args(ts, "move_to_end", args, nargs, kwnames, names, 1, 0, 2, argv) < 0) {
        return NULL;
    }
    int last = argv[1] ? kr_is_true(ts, argv[1]) : 1;
    if (last < 0) {
        return NULL;
    }
    KrObject *value = kr_dict_get_item(ts, self, argv[0]);
    if (!value) {
        if (!kr_err_occurred(ts)) {
            kr_dict_key_error(ts, argv[0]);
        }
        return NULL;
    }
    ((KrODict *)self)->state++;
    if (!last) {
        // The stored key object leads, so identity checks in rebuild() find it.
        intptr_t pos = 0;
        KrObject *k = NULL, *v;
        int eq = 0;
        while (eq == 0 && kr_dict_next(self, &pos, &k, &v)) {
            eq = k == argv[0] ? 1 : kr_equal(ts, k, argv[0]);
        }
        if (eq <= 0) {
            if (eq == 0) {
                kr_dict_key_error(ts, argv[0]);
            }
            return NULL;
        }
        KrObject *key = KR_INCREF(k);
        int r = rebuild(ts, self, key);
        KR_DECREF(ts, key);
        return r < 0 ? NULL : KR_NONE;
    }
    KrObject *key = argv[0], *v = NULL;
    KR_INCREF(key);
    int r = kr_dict_pop_item(ts, self, key, &v);
    if (r > 0) {
        r = kr_dict_set_item(ts, self, key, v);
    }
    KR_XDECREF(ts, v);
    KR_DECREF(ts, key);
    return r < 0 ? NULL : KR_NONE;
}

// Calls dict's own method `name`; a change of size counts as a structural
// change for the iterators, as OrderedDict's own pop/setdefault do in CPython.
static KrObject *call_dict_method(KrThread *ts, KrObject *self, const char *name, KrObject *const *args,
                                  size_t nargs, KrObject *kwnames) {
    const KrMethodDef *m = kr_dict_type.methods;
    while (m->name && strcmp(m->name, name) != 0) {
        m++;
    }
    intptr_t before = kr_dict_size(self);
    KrObject *r = m->kind == KR_METH_NOARGS ? ((KrUnaryFn)m->fn)(ts, self)
                                            : ((KrCallFn)m->fn)(ts, self, args, nargs, kwnames);
    if (kr_dict_size(self) != before) {
        ((KrODict *)self)->state++;
    }
    return r;
}

static KrObject *odict_pop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return call_dict_method(ts, self, "pop", args, nargs, kwnames);
}

static KrObject *odict_setdefault(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    return call_dict_method(ts, self, "setdefault", args, nargs, kwnames);
}

static KrObject *odict_popitem(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    static const char *const names[] = {"last", NULL};
    KrObject *lastobj;
    if (kr_parse_args(ts, "popitem", args, nargs, kwnames, names, 0, 0, 1, &lastobj) < 0) {
        return NULL;
    }
    int last = lastobj ? kr_is_true(ts, lastobj) : 1;
    if (last < 0) {
        return NULL;
    }
    intptr_t n = kr_dict_size(self);
    if (n == 0) {
        kr_err_format(ts, &kr_exc_KeyError, "dictionary is empty");
        return NULL;
    }
    if (last) {
        // dict.popitem() takes the last item and trims the table behind it.
        return call_dict_method(ts, self, "popitem", NULL, 0, NULL);
    }
    ((KrODict *)self)->state++;
    intptr_t pos = 0;
    KrObject *k = NULL, *v = NULL;
    kr_dict_next(self, &pos, &k, &v);
    intptr_t skipped = pos - 1;
    KrObject *key = KR_INCREF(k), *value = NULL;
    int r = kr_dict_pop_item(ts, self, key, &value);
    // Popping from the front leaves holes there; squeeze them out now and then
    // so that draining stays linear.
    if (r > 0 && skipped > 8 && skipped > kr_dict_size(self)) {
        r = rebuild(ts, self, NULL) < 0 ? -1 : 1;
    }
    KrObject *pair = r > 0 ? kr_tuple_pack(ts, 2, key, value) : NULL;
    KR_DECREF(ts, key);
    KR_XDECREF(ts, value);
    return pair;
}

static KrObject *odict_copy(KrThread *ts, KrObject *self) {
    return kr_call1(ts, (KrObject *)KR_TYPE(self), self);
}

static KrObject *odict_view(KrThread *ts, KrObject *self, KrType *type) {
    return kr_dict_view_new(ts, self, type);
}

static KrObject *odict_keys(KrThread *ts, KrObject *self) {
    return odict_view(ts, self, &kr_collections_odict_keys_type);
}

static KrObject *odict_values(KrThread *ts, KrObject *self) {
    return odict_view(ts, self, &kr_collections_odict_values_type);
}

static KrObject *odict_items(KrThread *ts, KrObject *self) {
    return odict_view(ts, self, &kr_collections_odict_items_type);
}

static KrObject *odict_reduce(KrThread *ts, KrObject *self) {
    KrObject *state = ((KrODict *)self)->dict;
    KrObject *args = kr_tuple_new(ts, 0);
    KrObject *it = args ? odict_iter_new(ts, self, KR_ODICT_ITEMS) : NULL;
    KrObject *r = it ? kr_tuple_pack(ts, 5, (KrObject *)KR_TYPE(self), args,
                                     state && kr_dict_size(state) ? state : KR_NONE, KR_NONE, it)
                     : NULL;
    KR_XDECREF(ts, args);
    KR_XDECREF(ts, it);
    return r;
}

static const KrMethodDef odict_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"move_to_end", (void *)odict_move_to_end, KR_METH_VARARGS, false, false,
     "Move an existing element to the end (or beginning if last is false).\n\n"
     "Raise KeyError if the element does not exist."},
    {"popitem", (void *)odict_popitem, KR_METH_VARARGS, false, false,
     "Remove and return a (key, value) pair from the dictionary.\n\n"
     "Pairs are returned in LIFO order if last is true or FIFO order if false."},
    {"pop", (void *)odict_pop, KR_METH_VARARGS, false, false,
     "od.pop(key[,default]) -> v, remove specified key and return the corresponding value."},
    {"setdefault", (void *)odict_setdefault, KR_METH_VARARGS, false, false,
     "Insert key with a value of default if key is not in the dictionary."},
    {"update", (void *)odict_update, KR_METH_VARARGS, false, false,
     "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"copy", (void *)odict_copy, KR_METH_NOARGS, false, false, "od.copy() -> a shallow copy of od"},
    {"__copy__", (void *)odict_copy, KR_METH_NOARGS, false, false, "od.copy() -> a shallow copy of od"},
    {"keys", (void *)odict_keys, KR_METH_NOARGS, false, false, NULL},
    {"values", (void *)odict_values, KR_METH_NOARGS, false, false, NULL},
    {"items", (void *)odict_items, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)odict_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling"},
    {NULL, NULL, 0, false, false, NULL},
};

static KrObject *odict_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    return d ? KR_INCREF(d) : NULL;
}

static const KrGetSetDef odict_getsets[] = {
    {"__dict__", odict_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_collections_odict_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "collections.OrderedDict",
    .basicsize = sizeof(KrODict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_DICT_SUBCLASS | KR_TYPE_MAPPING | KR_TYPE_HAS_DICT,
    .base_type = &kr_dict_type,
    .dictoffset = offsetof(KrODict, dict),
    .doc = "Dictionary that remembers insertion order",
    .dealloc = odict_dealloc,
    .traverse = odict_traverse,
    .clear = odict_clear_slot,
    .repr = odict_repr,
    .richcompare = odict_richcompare,
    .iter = odict_iter,
    .init = odict_init,
    .setitem = odict_setitem,
    .nb = {[KR_BINOP_OR] = odict_or},
    .methods = odict_methods,
    .getsets = odict_getsets,
};

// ---- iterators and views ----------------------------------------------------------

typedef struct KrODictIter {
    KrObject base;
    KrObject *od;     // NULL once exhausted
    intptr_t pos;
    intptr_t size;
    intptr_t done; // items returned: past the last one, later mutations go unseen
    uint64_t state;
    int kind;
} KrODictIter;

static KrObject *odict_iter_new(KrThread *ts, KrObject *od, int kind) {
    KrODictIter *it = (KrODictIter *)kr_object_alloc(ts, &kr_collections_odict_iter_type, sizeof(KrODictIter));
    if (it) {
        it->od = KR_INCREF(od);
        it->size = kr_dict_size(od);
        it->done = 0;
        it->state = ((KrODict *)od)->state;
        it->kind = kind;
    }
    return (KrObject *)it;
}

static KrObject *odictiter_next(KrThread *ts, KrObject *self) {
    KrODictIter *it = (KrODictIter *)self;
    if (!it->od) {
        return NULL;
    }
    // CPython's iterator holds the next key: once the last one is out, it is done.
    if (it->size >= 0 && it->done >= it->size) {
        KR_CLEAR(ts, it->od);
        return NULL;
    }
    if (((KrODict *)it->od)->state != it->state) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "OrderedDict mutated during iteration");
        KR_CLEAR(ts, it->od);
        return NULL;
    }
    if (kr_dict_size(it->od) != it->size) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "OrderedDict changed size during iteration");
        it->size = -1;
        return NULL;
    }
    KrObject *k, *v;
    if (!kr_dict_next(it->od, &it->pos, &k, &v)) {
        KR_CLEAR(ts, it->od);
        return NULL;
    }
    it->done++;
    switch (it->kind) {
    case KR_ODICT_KEYS:
        return KR_INCREF(k);
    case KR_ODICT_VALUES:
        return KR_INCREF(v);
    default:
        return kr_tuple_pack(ts, 2, k, v);
    }
}

static KrObject *odictiter_length_hint(KrThread *ts, KrObject *self) {
    KrODictIter *it = (KrODictIter *)self;
    return kr_int_from_i64(ts, it->od ? kr_dict_size(it->od) : 0);
}

static void odictiter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrODictIter *)self)->od, visit, arg);
}

static int odictiter_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrODictIter *)self)->od);
    return 0;
}

static void odictiter_dealloc(KrThread *ts, KrObject *self) {
    odictiter_clear(ts, self);
    kr_object_free(ts, self);
}

static const KrMethodDef odictiter_methods[] = {
    {"__length_hint__", (void *)odictiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_collections_odict_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "odict_iterator",
    .basicsize = sizeof(KrODictIter),
    .flags = KR_TYPE_GC,
    .dealloc = odictiter_dealloc,
    .traverse = odictiter_traverse,
    .clear = odictiter_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = odictiter_next,
    .methods = odictiter_methods,
};

static KrObject *view_iter(KrThread *ts, KrObject *self, int kind) {
    KrObject *d = ((KrODictView *)self)->dict;
    if (!is_odict(d)) {
        return kr_iter(ts, d);
    }
    return odict_iter_new(ts, d, kind);
}

static KrObject *keys_view_iter(KrThread *ts, KrObject *self) {
    return view_iter(ts, self, KR_ODICT_KEYS);
}

static KrObject *values_view_iter(KrThread *ts, KrObject *self) {
    return view_iter(ts, self, KR_ODICT_VALUES);
}

static KrObject *items_view_iter(KrThread *ts, KrObject *self) {
    return view_iter(ts, self, KR_ODICT_ITEMS);
}

KrType kr_collections_odict_keys_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "odict_keys",
    .basicsize = sizeof(KrODictView),
    .flags = KR_TYPE_GC,
    .base_type = &kr_dict_keys_type,
    .iter = keys_view_iter,
};

KrType kr_collections_odict_values_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "odict_values",
    .basicsize = sizeof(KrODictView),
    .flags = KR_TYPE_GC,
    .base_type = &kr_dict_values_type,
    .iter = values_view_iter,
};

KrType kr_collections_odict_items_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "odict_items",
    .basicsize = sizeof(KrODictView),
    .flags = KR_TYPE_GC,
    .base_type = &kr_dict_items_type,
    .iter = items_view_iter,
};
