// SPDX-License-Identifier: MIT
// mappingproxy (types.MappingProxyType): a read-only view of a mapping, what
// type.__dict__ returns.
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

typedef struct KrMappingProxy {
    KrObject base;
    KrObject *mapping;
} KrMappingProxy;

#define MAPPING(o) (((KrMappingProxy *)(o))->mapping)

KrObject *kr_mappingproxy_new(KrThread *ts, KrObject *mapping) {
    KrMappingProxy *p = (KrMappingProxy *)kr_object_alloc(ts, &kr_mappingproxy_type, sizeof(KrMappingProxy));
    if (p) {
        p->mapping = KR_INCREF(mapping);
    }
    return (KrObject *)p;
}

static KrObject *mappingproxy_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)type;
    static const char *const names[] = {"mapping", NULL};
    KrObject *a[1];
    if (kr_parse_args(ts, "mappingproxy", args, nargs, kwnames, names, 1, 0, 1, a) < 0) {
        return NULL;
    }
    // What CPython accepts: something with __getitem__ that is no list or tuple.
    if (!KR_TYPE(a[0])->getitem || kr_list_check(a[0]) || kr_tuple_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                      kr_type_name_cstr(KR_TYPE(a[0])));
        return NULL;
    }
    return kr_mappingproxy_new(ts, a[0]);
}

static void mappingproxy_dealloc(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, MAPPING(o));
    kr_object_free(ts, o);
}

static void mappingproxy_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (MAPPING(o)) {
        visit(ts, MAPPING(o), arg);
    }
}

static int mappingproxy_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, MAPPING(o));
    return 0;
}

static KrObject *mappingproxy_repr(KrThread *ts, KrObject *o) {
    return kr_str_from_format(ts, "mappingproxy(%R)", MAPPING(o));
}

static KrObject *mappingproxy_str(KrThread *ts, KrObject *o) {
    return kr_str(ts, MAPPING(o));
}

static KrObject *mappingproxy_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    return kr_getitem(ts, MAPPING(o), key);
}

static intptr_t mappingproxy_len(KrThread *ts, KrObject *o) {
    return kr_len(ts, MAPPING(o));
}

static int mappingproxy_contains(KrThread *ts, KrObject *o, KrObject *key) {
    return kr_contains(ts, MAPPING(o), key);
}

static KrObject *mappingproxy_iter(KrThread *ts, KrObject *o) {
    return kr_iter(ts, MAPPING(o));
}

static KrObject *mappingproxy_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    return kr_compare(ts, MAPPING(a), b, op);
}

// `proxy | other` is a new dict: the mapping's items updated by other's.
static KrObject *mappingproxy_or(KrThread *ts, KrObject *a, KrObject *b) {
    if (KR_TYPE(a) == &kr_mappingproxy_type) {
        a = MAPPING(a);
    }
    if (KR_TYPE(b) == &kr_mappingproxy_type) {
        b = MAPPING(b);
    }
    return kr_binop(ts, a, b, KR_BINOP_OR);
}

// The methods pass straight to the mapping's own.
static KrObject *forward(KrThread *ts, KrObject *self, const char *method, KrObject *const *args, size_t nargs) {
    KrObject *name = kr_str_from_cstr(ts, method);
    KrObject *r = name ? kr_call_method(ts, MAPPING(self), name, args, nargs) : NULL;
    KR_XDECREF(ts, name);
    return r;
}

static KrObject *mappingproxy_get(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    if (kr_check_positional(ts, "get", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    return forward(ts, self, "get", args, nargs);
}

static KrObject *mappingproxy_keys(KrThread *ts, KrObject *self) {
    return forward(ts, self, "keys", NULL, 0);
}

static KrObject *mappingproxy_values(KrThread *ts, KrObject *self) {
    return forward(ts, self, "values", NULL, 0);
}

static KrObject *mappingproxy_items(KrThread *ts, KrObject *self) {
    return forward(ts, self, "items", NULL, 0);
}

static KrObject *mappingproxy_copy(KrThread *ts, KrObject *self) {
    return forward(ts, self, "copy", NULL, 0);
}

static KrObject *mappingproxy_reversed(KrThread *ts, KrObject *self) {
    KrObject *fn = kr_getattr_cstr(ts, ts->vm->builtins_module, "reversed");
    KrObject *r = fn ? kr_call(ts, fn, &MAPPING(self), 1, NULL) : NULL;
    KR_XDECREF(ts, fn);
    return r;
}

static const KrMethodDef mappingproxy_methods[] = {
    {"get", (void *)mappingproxy_get, KR_METH_VARARGS, false, false,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", (void *)mappingproxy_keys, KR_METH_NOARGS, false, false, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", (void *)mappingproxy_values, KR_METH_NOARGS, false, false, "D.values() -> an object providing a view on D's values"},
    {"items", (void *)mappingproxy_items, KR_METH_NOARGS, false, false, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", (void *)mappingproxy_copy, KR_METH_NOARGS, false, false, "D.copy() -> a shallow copy of D"},
    {"__reversed__", (void *)mappingproxy_reversed, KR_METH_NOARGS, false, false, "D.__reversed__() -> reverse iterator"},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_mappingproxy_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "mappingproxy",
    .basicsize = sizeof(KrMappingProxy),
    .flags = KR_TYPE_GC | KR_TYPE_MAPPING,
    .base_type = &kr_object_type,
    .dealloc = mappingproxy_dealloc,
    .traverse = mappingproxy_traverse,
    .clear = mappingproxy_clear,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .richcompare = mappingproxy_richcompare,
    .iter = mappingproxy_iter,
    .new_ = mappingproxy_new,
    .nb = {[KR_BINOP_OR] = mappingproxy_or},
    .len = mappingproxy_len,
    .getitem = mappingproxy_getitem,
    .contains = mappingproxy_contains,
    .methods = mappingproxy_methods,
};
