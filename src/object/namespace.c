// SPDX-License-Identifier: MIT
// types.SimpleNamespace: attribute access over a dict (sys.implementation's type).
#include "containers.h"
#include "exc.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

typedef struct KrNamespace {
    KrObject base;
    KrObject *dict;
} KrNamespace;

static KrObject *namespace_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (nargs) {
        kr_err_set_str(ts, &kr_exc_TypeError, "no positional arguments expected");
        return NULL;
    }
    KrNamespace *ns = (KrNamespace *)kr_object_alloc(ts, type, type->basicsize);
    if (!ns || !(ns->dict = kr_dict_new(ts))) {
        KR_XDECREF(ts, ns);
        return NULL;
    }
    for (intptr_t i = 0; kwnames && i < KR_TUPLE_SIZE(kwnames); i++) {
        if (kr_dict_set_item(ts, ns->dict, KR_TUPLE_GET(kwnames, i), args[i]) < 0) {
            KR_DECREF(ts, ns);
            return NULL;
        }
    }
    return (KrObject *)ns;
}

// A namespace built from C (sys.implementation): new reference to `dict`'s items.
KrObject *kr_namespace_new(KrThread *ts, KrObject *dict) {
    KrNamespace *ns = (KrNamespace *)kr_object_alloc(ts, &kr_namespace_type, sizeof(KrNamespace));
    if (!ns || !(ns->dict = kr_dict_copy(ts, dict))) {
        KR_XDECREF(ts, ns);
        return NULL;
    }
    return (KrObject *)ns;
}

static void namespace_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, ((KrNamespace *)o)->dict);
    kr_object_free(ts, o);
}

static void namespace_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrNamespace *ns = (KrNamespace *)o;
    if (ns->dict) {
        visit(ts, ns->dict, arg);
    }
}

static int namespace_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrNamespace *)o)->dict);
    return 0;
}

// namespace(a=1, b=2) in insertion order; a subclass shows its own name.
static KrObject *namespace_repr(KrThread *ts, KrObject *o) {
    const char *name = KR_TYPE(o) == &kr_namespace_type ? "namespace" : kr_type_name_cstr(KR_TYPE(o));
    int rec = kr_repr_enter(ts, o);
    if (rec != 0) {
        return rec < 0 ? NULL : kr_str_from_format(ts, "%s(...)", name);
    }
    KrObject *parts = kr_list_new(ts, 0), *r = NULL;
    KrObject *d = ((KrNamespace *)o)->dict;
    intptr_t pos = 0;
    KrObject *k, *v;
    while (parts && d && kr_dict_next(d, &pos, &k, &v)) {
        if (!kr_str_check(k)) {
            continue;
        }
        KrObject *item = kr_str_from_format(ts, "%U=%R", k, v);
        if (!item || kr_list_append(ts, parts, item) < 0) {
            KR_XDECREF(ts, item);
            goto done;
        }
        KR_DECREF(ts, item);
    }
    if (parts) {
        KrObject *sep = kr_str_from_cstr(ts, ", ");
        KrObject *body = sep ? kr_str_join(ts, sep, KR_LIST_ITEMS(parts), (size_t)KR_LIST_SIZE(parts)) : NULL;
        r = body ? kr_str_from_format(ts, "%s(%U)", name, body) : NULL;
        KR_XDECREF(ts, sep);
        KR_XDECREF(ts, body);
    }
done:
    KR_XDECREF(ts, parts);
    kr_repr_leave(ts, o);
    return r;
}

static KrObject *namespace_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || !kr_isinstance_type(a, &kr_namespace_type) ||
        !kr_isinstance_type(b, &kr_namespace_type)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    return kr_compare(ts, ((KrNamespace *)a)->dict, ((KrNamespace *)b)->dict, op);
}

static KrObject *namespace_get_dict(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrNamespace *)self)->dict);
}

// (type, (), __dict__): how copy and pickle rebuild a namespace.
static KrObject *namespace_reduce(KrThread *ts, KrObject *self) {
    KrObject *empty = kr_tuple_new(ts, 0);
    KrObject *d = ((KrNamespace *)self)->dict;
    KrObject *r = empty ? kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), empty, d ? d : KR_NONE) : NULL;
    KR_XDECREF(ts, empty);
    return r;
}

static const KrMethodDef namespace_methods[] = {
    {"__reduce__", (void *)namespace_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling"},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef namespace_getsets[] = {
    {"__dict__", namespace_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_namespace_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "types.SimpleNamespace",
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .basicsize = sizeof(KrNamespace),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .dictoffset = offsetof(KrNamespace, dict),
    .dealloc = namespace_dealloc,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .hash = kr_hash_not_implemented,
    .new_ = namespace_new,
    .methods = namespace_methods,
    .getsets = namespace_getsets,
};
