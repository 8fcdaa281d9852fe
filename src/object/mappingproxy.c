// SPDX-License-Identifier: MIT
// types.MappingProxyType (mappingproxy): a read-only view of a mapping (class __dict__, view.mapping).
#include "containers.h"

#include "exc.h"
#include "func.h"
#include "genericalias.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

typedef struct KrMappingProxy {
    KrObject base;
    KrObject *mapping;
} KrMappingProxy;

#define PROXY_MAP(o) (((KrMappingProxy *)(o))->mapping)

// CPython accepts anything with __getitem__ except lists and tuples.
static int check_mapping(KrThread *ts, KrObject *mapping)
{
    if (KR_TYPE(mapping)->getitem == NULL || kr_list_check(mapping) || kr_tuple_check(mapping)) {
        kr_err_format(ts, &kr_exc_TypeError, "mappingproxy() argument must be a mapping, not %T", mapping);
        return -1;
    }
    return 0;
}

static KrObject *proxy_wrap(KrThread *ts, KrObject *mapping)
{
    KrMappingProxy *p = (KrMappingProxy *)kr_object_alloc(ts, &kr_mappingproxy_type, sizeof(KrMappingProxy));
    if (p == NULL) {
        return NULL;
    }
    p->mapping = KR_INCREF(mapping);
    return (KrObject *)p;
}

KrObject *kr_mappingproxy_new(KrThread *ts, KrObject *mapping)
{
    if (check_mapping(ts, mapping) < 0) {
        return NULL;
    }
    return proxy_wrap(ts, mapping);
}

static KrObject *proxy_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)type;
    static const char *const names[] = {"mapping", NULL};
    KrObject *mapping = NULL;
    if (kr_parse_args(ts, "mappingproxy", args, nargs, kwnames, names, 1, 0, 1, &mapping) < 0) {
        return NULL;
    }
    return kr_mappingproxy_new(ts, mapping);
}

static void proxy_dealloc(KrThread *ts, KrObject *o)
{
    KR_XDECREF(ts, PROXY_MAP(o));
    kr_object_free(ts, o);
}

static void proxy_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg)
{
    if (PROXY_MAP(o) != NULL) {
        visit(ts, PROXY_MAP(o), arg);
    }
}

static int proxy_clear(KrThread *ts, KrObject *o)
{
    KR_CLEAR(ts, PROXY_MAP(o));
    return 0;
}

static KrObject *proxy_repr(KrThread *ts, KrObject *o)
{
    return kr_str_from_format(ts, "mappingproxy(%R)", PROXY_MAP(o));
}

static KrObject *proxy_str(KrThread *ts, KrObject *o)
{
    return kr_str(ts, PROXY_MAP(o));
}

static KrObject *proxy_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    return kr_compare(ts, PROXY_MAP(a), b, op);
}

static KrObject *proxy_iter(KrThread *ts, KrObject *o)
{
    return kr_iter(ts, PROXY_MAP(o));
}

static intptr_t proxy_len(KrThread *ts, KrObject *o)
{
    return kr_len(ts, PROXY_MAP(o));
}

static KrObject *proxy_getitem(KrThread *ts, KrObject *o, KrObject *key)
{
    return kr_getitem(ts, PROXY_MAP(o), key);
}

static int proxy_contains(KrThread *ts, KrObject *o, KrObject *key)
{
    if (kr_dict_check_exact(PROXY_MAP(o))) {
        return kr_dict_contains(ts, PROXY_MAP(o), key);
    }
    return kr_contains(ts, PROXY_MAP(o), key);
}

// proxy | other and other | proxy: the underlying mappings' `|` (a new dict for dicts).
static KrObject *proxy_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (KR_TYPE(a) == &kr_mappingproxy_type) {
        a = PROXY_MAP(a);
    }
    if (KR_TYPE(b) == &kr_mappingproxy_type) {
        b = PROXY_MAP(b);
    }
    return kr_binop(ts, a, b, KR_BINOP_OR);
}

static KrObject *proxy_ior(KrThread *ts, KrObject *a, KrObject *b)
{
    (void)a;
    (void)b;
    kr_err_set_str(ts, &kr_exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
    return NULL;
}

static KrObject *forward(KrThread *ts, KrObject *self, const char *name, KrObject *const *args, size_t nargs)
{
    KrObject *n = kr_str_from_cstr(ts, name);
    if (n == NULL) {
        return NULL;
    }
    KrObject *r = kr_call_method(ts, PROXY_MAP(self), n, args, nargs);
    KR_DECREF(ts, n);
    return r;
}

static KrObject *proxy_get(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "get", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *pair[2] = {args[0], nargs > 1 ? args[1] : KR_NONE};
    return forward(ts, self, "get", pair, 2);
}

static KrObject *proxy_keys(KrThread *ts, KrObject *self)
{
    return forward(ts, self, "keys", NULL, 0);
}

static KrObject *proxy_values(KrThread *ts, KrObject *self)
{
    return forward(ts, self, "values", NULL, 0);
}

static KrObject *proxy_items(KrThread *ts, KrObject *self)
{
    return forward(ts, self, "items", NULL, 0);
}

static KrObject *proxy_copy(KrThread *ts, KrObject *self)
{
    return forward(ts, self, "copy", NULL, 0);
}

static KrObject *proxy_reversed(KrThread *ts, KrObject *self)
{
    return forward(ts, self, "__reversed__", NULL, 0);
}

static const KrMethodDef proxy_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"get", (void *)proxy_get, KR_METH_VARARGS, false, false,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", (void *)proxy_keys, KR_METH_NOARGS, false, false, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", (void *)proxy_values, KR_METH_NOARGS, false, false, "D.values() -> an object providing a view on D's values"},
    {"items", (void *)proxy_items, KR_METH_NOARGS, false, false, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", (void *)proxy_copy, KR_METH_NOARGS, false, false, "D.copy() -> a shallow copy of D"},
    {"__reversed__", (void *)proxy_reversed, KR_METH_NOARGS, false, false, "D.__reversed__() -> reverse iterator"},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_mappingproxy_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "mappingproxy",
    .doc = "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.",
    .basicsize = sizeof(KrMappingProxy),
    .flags = KR_TYPE_GC | KR_TYPE_MAPPING,
    .base_type = &kr_object_type,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .clear = proxy_clear,
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = kr_hash_not_implemented,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .nb = {[KR_BINOP_OR] = proxy_or},
    .nb_inplace = {[KR_BINOP_OR] = proxy_ior},
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .new_ = proxy_new,
    .methods = proxy_methods,
};
