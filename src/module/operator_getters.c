// SPDX-License-Identifier: MIT
// _operator's callable types: itemgetter, attrgetter and methodcaller.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "operator.h"

// One layout for the three: `items` is the tuple of keys (itemgetter), of
// attribute paths (attrgetter: each a tuple of interned names) or of the call's
// positional arguments (methodcaller); `names` keeps attrgetter's original
// strings and methodcaller's method name; `kwargs` methodcaller's keywords.
typedef struct KrGetter {
    KrObject base;
    KrObject *items;
    KrObject *names;
    KrObject *kwargs;
} KrGetter;

static void getter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrGetter *g = (KrGetter *)self;
    kr_modsupport_visit(ts, g->items, visit, arg);
    kr_modsupport_visit(ts, g->names, visit, arg);
    kr_modsupport_visit(ts, g->kwargs, visit, arg);
}

static int getter_clear(KrThread *ts, KrObject *self) {
    KrGetter *g = (KrGetter *)self;
    KR_CLEAR(ts, g->items);
    KR_CLEAR(ts, g->names);
    KR_CLEAR(ts, g->kwargs);
    return 0;
}

static void getter_dealloc(KrThread *ts, KrObject *self) {
    getter_clear(ts, self);
    kr_object_free(ts, self);
}

// The one-operand call of the three types.
static int getter_call_args(KrThread *ts, KrObject *self, const char *name, size_t nargs, KrObject *kwnames) {
    if (!((KrGetter *)self)->items) {
        kr_err_format(ts, &kr_exc_RuntimeError, "%s object was cleared", name);
        return -1;
    }
    if (kr_modsupport_no_kwargs(ts, name, kwnames) < 0) {
        return -1;
    }
    return kr_modsupport_nargs(ts, name, nargs, 1, 1);
}

// "operator.T(<parts joined by ', '>)", or "operator.T(...)" when recursive.
static KrObject *getter_repr(KrThread *ts, KrObject *self, KrObject *parts) {
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running < 0 ? NULL : kr_str_from_format(ts, "%s(...)", KR_TYPE(self)->name);
    }
    KrObject *sep = kr_str_from_cstr(ts, ", ");
    KrObject *body = sep ? kr_str_join(ts, sep, KR_LIST_ITEMS(parts), (size_t)KR_LIST_SIZE(parts)) : NULL;
    KrObject *r = body ? kr_str_from_format(ts, "%s(%U)", KR_TYPE(self)->name, body) : NULL;
    KR_XDECREF(ts, sep);
    KR_XDECREF(ts, body);
    kr_repr_leave(ts, self);
    return r;
}

// Appends repr(o) to the list `parts`.
static int add_repr(KrThread *ts, KrObject *parts, KrObject *o) {
    KrObject *r = kr_repr(ts, o);
    int rc = r ? kr_list_append(ts, parts, r) : -1;
    KR_XDECREF(ts, r);
    return rc;
}

// The repr of a getter whose arguments are the items of `args`.
static KrObject *repr_of_args(KrThread *ts, KrObject *self, KrObject *args) {
    KrObject *parts = kr_list_new(ts, 0);
    for (intptr_t i = 0; parts && i < KR_TUPLE_SIZE(args); i++) {
        if (add_repr(ts, parts, KR_TUPLE_GET(args, i)) < 0) {
            KR_CLEAR(ts, parts);
        }
    }
    KrObject *r = parts ? getter_repr(ts, self, parts) : NULL;
    KR_XDECREF(ts, parts);
    return r;
}

static KrGetter *getter_alloc(KrThread *ts, KrType *type, KrObject *items) {
    KrGetter *g = (KrGetter *)kr_object_alloc(ts, type, sizeof(KrGetter));
    if (g) {
        g->items = KR_INCREF(items);
    }
    return g;
}

// ---- itemgetter -------------------------------------------------------------------

static KrObject *itemgetter_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "itemgetter", kwnames) < 0 ||
        (nargs == 0 && kr_modsupport_nargs(ts, "itemgetter", nargs, 1, 1) < 0)) {
        return NULL;
    }
    KrObject *items = kr_tuple_from_array(ts, args, (intptr_t)nargs);
    KrObject *g = items ? (KrObject *)getter_alloc(ts, type, items) : NULL;
    KR_XDECREF(ts, items);
    return g;
}

// f(obj, item) for the one item, or the tuple of f(obj, item) for each.
static KrObject *apply_each(KrThread *ts, KrObject *items, KrObject *obj, KrBinaryFn f) {
    intptr_t n = KR_TUPLE_SIZE(items);
    if (n == 1) {
        return f(ts, obj, KR_TUPLE_GET(items, 0));
    }
    KrObject *r = kr_tuple_new(ts, n);
    for (intptr_t i = 0; r && i < n; i++) {
        KrObject *v = f(ts, obj, KR_TUPLE_GET(items, i));
        if (!v) {
            for (intptr_t j = i; j < n; j++) {
                KR_TUPLE_SET(r, j, KR_INCREF(KR_NONE));
            }
            KR_CLEAR(ts, r);
            break;
        }
        KR_TUPLE_SET(r, i, v);
    }
    return r;
}

static KrObject *itemgetter_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    if (getter_call_args(ts, self, "itemgetter", nargs, kwnames) < 0) {
        return NULL;
    }
    return apply_each(ts, ((KrGetter *)self)->items, args[0], kr_getitem);
}

static KrObject *itemgetter_repr(KrThread *ts, KrObject *self) {
    return repr_of_args(ts, self, ((KrGetter *)self)->items);
}

static KrObject *itemgetter_reduce(KrThread *ts, KrObject *self) {
    return kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), ((KrGetter *)self)->items);
}

static const KrMethodDef itemgetter_methods[] = {
    {"__reduce__", (void *)itemgetter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling"},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_operator_itemgetter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "operator.itemgetter",
    .basicsize = sizeof(KrGetter),
    .flags = KR_TYPE_GC,
    .doc = "itemgetter(item, ...) --> itemgetter object\n\n"
           "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    .dealloc = getter_dealloc,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .new_ = itemgetter_new,
    .methods = itemgetter_methods,
};

// ---- attrgetter -------------------------------------------------------------------

// The path of a dotted name: a tuple of the interned parts ("a.b" -> ('a', 'b')).
static KrObject *attr_path(KrThread *ts, KrObject *name) {
    size_t len;
    const char *s = kr_str_utf8(ts, name, &len);
    if (!s) {
        return NULL;
    }
    KrObject *parts = kr_list_new(ts, 0);
    size_t start = 0;
    for (size_t i = 0; parts && i <= len; i++) {
        if (i == len || s[i] == '.') {
            KrObject *p = kr_str_from_utf8(ts, s + start, i - start);
            p = p ? kr_str_intern(ts, p) : NULL;
            if (!p || kr_list_append(ts, parts, p) < 0) {
                KR_CLEAR(ts, parts);
            }
            KR_XDECREF(ts, p);
            start = i + 1;
        }
    }
    KrObject *t = parts ? kr_list_as_tuple(ts, parts) : NULL;
    KR_XDECREF(ts, parts);
    return t;
}

static KrObject *attrgetter_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "attrgetter", kwnames) < 0 ||
        (nargs == 0 && kr_modsupport_nargs(ts, "attrgetter", nargs, 1, 1) < 0)) {
        return NULL;
    }
    KrObject *paths = kr_tuple_new(ts, (intptr_t)nargs);
    if (!paths) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        KR_TUPLE_SET(paths, i, KR_INCREF(KR_NONE));
    }
    for (size_t i = 0; i < nargs; i++) {
        if (!kr_str_check(args[i])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "attribute name must be a string");
            KR_DECREF(ts, paths);
            return NULL;
        }
        KrObject *p = attr_path(ts, args[i]);
        if (!p) {
            KR_DECREF(ts, paths);
            return NULL;
        }
        KR_SETREF(ts, KR_TUPLE_ITEMS(paths)[i], p);
    }
    KrGetter *g = getter_alloc(ts, type, paths);
    KR_DECREF(ts, paths);
    if (g && !(g->names = kr_tuple_from_array(ts, args, (intptr_t)nargs))) {
        KR_CLEAR(ts, g);
    }
    return (KrObject *)g;
}

// Follows one attribute path from obj.
static KrObject *follow_path(KrThread *ts, KrObject *obj, KrObject *path) {
    KrObject *cur = KR_INCREF(obj);
    for (intptr_t i = 0; cur && i < KR_TUPLE_SIZE(path); i++) {
        KrObject *next = kr_getattr(ts, cur, KR_TUPLE_GET(path, i));
        KR_DECREF(ts, cur);
        cur = next;
    }
    return cur;
}

static KrObject *attrgetter_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    if (getter_call_args(ts, self, "attrgetter", nargs, kwnames) < 0) {
        return NULL;
    }
    return apply_each(ts, ((KrGetter *)self)->items, args[0], follow_path);
}

static KrObject *attrgetter_repr(KrThread *ts, KrObject *self) {
    return repr_of_args(ts, self, ((KrGetter *)self)->names);
}

static KrObject *attrgetter_reduce(KrThread *ts, KrObject *self) {
    return kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), ((KrGetter *)self)->names);
}

static const KrMethodDef attrgetter_methods[] = {
    {"__reduce__", (void *)attrgetter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling"},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_operator_attrgetter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "operator.attrgetter",
    .basicsize = sizeof(KrGetter),
    .flags = KR_TYPE_GC,
    .doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
           "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
    .dealloc = getter_dealloc,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .new_ = attrgetter_new,
    .methods = attrgetter_methods,
};

// ---- methodcaller -----------------------------------------------------------------

static KrObject *methodcaller_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    if (nargs < 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "methodcaller needs at least one argument, the method name");
        return NULL;
    }
    if (!kr_str_check(args[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "method name must be a string");
        return NULL;
    }
    KrObject *rest = kr_tuple_from_array(ts, args + 1, (intptr_t)nargs - 1);
    KrGetter *g = rest ? getter_alloc(ts, type, rest) : NULL;
    KR_XDECREF(ts, rest);
    if (!g) {
        return NULL;
    }
    KR_INCREF(args[0]);
    g->names = kr_str_intern(ts, args[0]);
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    if (!g->names || (nkw && !(g->kwargs = kr_dict_new(ts)))) {
        goto error;
    }
    for (intptr_t k = 0; k < nkw; k++) {
        if (kr_dict_set_item(ts, g->kwargs, KR_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0) {
            goto error;
        }
    }
    return (KrObject *)g;
error:
    KR_DECREF(ts, g);
    return NULL;
}

static KrObject *methodcaller_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    KrGetter *g = (KrGetter *)self;
    if (getter_call_args(ts, self, "methodcaller", nargs, kwnames) < 0) {
        return NULL;
    }
    KrObject *meth = kr_getattr(ts, args[0], g->names);
    if (!meth) {
        return NULL;
    }
    KrObject *r = kr_call_tuple_dict(ts, meth, g->items, g->kwargs);
    KR_DECREF(ts, meth);
    return r;
}

static KrObject *methodcaller_repr(KrThread *ts, KrObject *self) {
    KrGetter *g = (KrGetter *)self;
    KrObject *parts = kr_list_new(ts, 0);
    if (!parts || add_repr(ts, parts, g->names) < 0) {
        goto error;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(g->items); i++) {
        if (add_repr(ts, parts, KR_TUPLE_GET(g->items, i)) < 0) {
            goto error;
        }
    }
    intptr_t pos = 0;
    KrObject *k, *v;
    while (g->kwargs && kr_dict_next(g->kwargs, &pos, &k, &v)) {
        KrObject *s = kr_str_from_format(ts, "%U=%R", k, v);
        if (!s || kr_list_append(ts, parts, s) < 0) {
            KR_XDECREF(ts, s);
            goto error;
        }
        KR_DECREF(ts, s);
    }
    KrObject *r = getter_repr(ts, self, parts);
    KR_DECREF(ts, parts);
    return r;
error:
    KR_XDECREF(ts, parts);
    return NULL;
}

KrType kr_operator_methodcaller_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "operator.methodcaller",
    .basicsize = sizeof(KrGetter),
    .flags = KR_TYPE_GC,
    .doc = "methodcaller(name, ...) --> methodcaller object\n\n"
           "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
    .dealloc = getter_dealloc,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .new_ = methodcaller_new,
};
