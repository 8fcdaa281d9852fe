// SPDX-License-Identifier: MIT
// types.UnionType (PEP 604): `int | str`, usable with isinstance() and issubclass().
#include "containers.h"
#include "exc.h"
#include "genericalias.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

typedef struct KrUnion {
    KrObject base;
    KrObject *args;       // tuple of the member types, flattened and without repeats
    KrObject *parameters; // tuple, made on first use of __parameters__
} KrUnion;

#define UNION(o) ((KrUnion *)(o))

// Can `o` take part in `|` here? None, classes, generic aliases and unions
// (typing's objects define their own __or__).
static bool unionable(KrObject *o) {
    return o == KR_NONE || kr_isinstance_type(o, &kr_type_type) || KR_TYPE(o) == &kr_genericalias_type ||
           KR_TYPE(o) == &kr_union_type;
}

// Appends `o` (None as NoneType, a union's members one by one) unless an
// equal member is there already.
static int add_member(KrThread *ts, KrObject *list, KrObject *o) {
    if (KR_TYPE(o) == &kr_union_type) {
        KrObject *args = UNION(o)->args;
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(args); i++) {
            if (add_member(ts, list, KR_TUPLE_GET(args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (o == KR_NONE) {
        o = (KrObject *)&kr_none_type;
    }
    for (intptr_t i = 0; i < KR_LIST_SIZE(list); i++) {
        KrObject *m = KR_LIST_ITEMS(list)[i];
        // Classes compare by identity; aliases by value (list[int] == list[int]).
        int eq = m == o ? 1 : (KR_TYPE(m) == &kr_genericalias_type && KR_TYPE(o) == &kr_genericalias_type)
                                  ? kr_equal(ts, m, o)
                                  : 0;
        if (eq != 0) {
            return eq < 0 ? -1 : 0;
        }
    }
    return kr_list_append(ts, list, o);
}

KrObject *kr_union_or(KrThread *ts, KrObject *a, KrObject *b) {
    if (!unionable(a) || !unionable(b)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *list = kr_list_new(ts, 0);
    if (!list || add_member(ts, list, a) < 0 || add_member(ts, list, b) < 0) {
        KR_XDECREF(ts, list);
        return NULL;
    }
    // `int | int` is just int.
    if (KR_LIST_SIZE(list) == 1) {
        KrObject *only = KR_INCREF(KR_LIST_ITEMS(list)[0]);
        KR_DECREF(ts, list);
        return only;
    }
    KrUnion *u = (KrUnion *)kr_object_alloc(ts, &kr_union_type, sizeof(KrUnion));
    if (u) {
        u->args = kr_tuple_from_array(ts, KR_LIST_ITEMS(list), KR_LIST_SIZE(list));
        if (!u->args) {
            KR_CLEAR(ts, u);
        }
    }
    KR_DECREF(ts, list);
    return (KrObject *)u;
}

int kr_union_check(KrThread *ts, KrObject *o, KrObject *uni, bool subclass) {
    KrObject *args = UNION(uni)->args;
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(args); i++) {
        if (KR_TYPE(KR_TUPLE_GET(args, i)) == &kr_genericalias_type) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                          subclass ? "issubclass" : "isinstance");
            return -1;
        }
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(args); i++) {
        KrObject *cls = KR_TUPLE_GET(args, i);
        int r = subclass ? kr_issubclass(ts, o, cls) : kr_isinstance(ts, o, cls);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

static void union_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, UNION(o)->args);
    KR_XDECREF(ts, UNION(o)->parameters);
    kr_object_free(ts, o);
}

static void union_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (UNION(o)->args) {
        visit(ts, UNION(o)->args, arg);
    }
    if (UNION(o)->parameters) {
        visit(ts, UNION(o)->parameters, arg);
    }
}

static KrObject *union_repr(KrThread *ts, KrObject *o) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    KrObject *args = UNION(o)->args;
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(args) && !sb.failed; i++) {
        if (i) {
            kr_sb_add_cstr(ts, &sb, " | ");
        }
        KrObject *p = KR_TUPLE_GET(args, i);
        if (p == (KrObject *)&kr_none_type) {
            kr_sb_add_cstr(ts, &sb, "None");
        } else {
            kr_genericalias_repr_item(ts, &sb, p);
        }
    }
    if (sb.failed && kr_err_occurred(ts)) {
        kr_sb_discard(ts, &sb);
        return NULL;
    }
    return kr_sb_finish(ts, &sb);
}

// Equal when the members are the same, in any order.
static KrObject *union_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(a) != &kr_union_type || KR_TYPE(b) != &kr_union_type) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *sa = kr_frozenset_new(ts, UNION(a)->args);
    KrObject *sb = sa ? kr_frozenset_new(ts, UNION(b)->args) : NULL;
    KrObject *r = sb ? kr_compare(ts, sa, sb, op) : NULL;
    KR_XDECREF(ts, sa);
    KR_XDECREF(ts, sb);
    return r;
}

static KrHash union_hash(KrThread *ts, KrObject *o) {
    KrObject *s = kr_frozenset_new(ts, UNION(o)->args);
    if (!s) {
        return -1;
    }
    KrHash h = kr_hash(ts, s);
    KR_DECREF(ts, s);
    return h;
}

static KrObject *union_get_args(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(UNION(self)->args);
}

// The type variables among the members' own __parameters__, in order.
static KrObject *union_get_parameters(KrThread *ts, KrObject *self) {
    KrUnion *u = UNION(self);
    if (!u->parameters) {
        KrObject *list = kr_list_new(ts, 0);
        for (intptr_t i = 0; list && i < KR_TUPLE_SIZE(u->args); i++) {
            KrObject *name = kr_str_intern_literal(ts, "__parameters__");
            KrObject *params = name ? kr_getattr_opt(ts, KR_TUPLE_GET(u->args, i), name) : NULL;
            KR_XDECREF(ts, name);
            if (!params) {
                if (kr_err_occurred(ts)) {
                    KR_CLEAR(ts, list);
                }
                continue;
            }
            for (intptr_t j = 0; list && kr_tuple_check(params) && j < KR_TUPLE_SIZE(params); j++) {
                KrObject *param = KR_TUPLE_GET(params, j);
                bool has = false;
                for (intptr_t k = 0; k < KR_LIST_SIZE(list) && !has; k++) {
                    has = KR_LIST_ITEMS(list)[k] == param;
                }
                if (!has && kr_list_append(ts, list, param) < 0) {
                    KR_CLEAR(ts, list);
                }
            }
            KR_DECREF(ts, params);
        }
        if (!list) {
            return NULL;
        }
        u->parameters = kr_tuple_from_array(ts, KR_LIST_ITEMS(list), KR_LIST_SIZE(list));
        KR_DECREF(ts, list);
        if (!u->parameters) {
            return NULL;
        }
    }
    return KR_INCREF(u->parameters);
}

static KrObject *union_instancecheck(KrThread *ts, KrObject *self, KrObject *o) {
    int r = kr_union_check(ts, o, self, false);
    return r < 0 ? NULL : KR_INCREF(KR_BOOL(r));
}

static KrObject *union_subclasscheck(KrThread *ts, KrObject *self, KrObject *o) {
    int r = kr_union_check(ts, o, self, true);
    return r < 0 ? NULL : KR_INCREF(KR_BOOL(r));
}

static const KrMethodDef union_methods[] = {
    {"__instancecheck__", (void *)union_instancecheck, KR_METH_O, false, false, NULL},
    {"__subclasscheck__", (void *)union_subclasscheck, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, "Type variables in the types.UnionType."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_union_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "types.UnionType",
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .basicsize = sizeof(KrUnion),
    .flags = KR_TYPE_GC,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .nb = {[KR_BINOP_OR] = kr_union_or},
    .methods = union_methods,
    .getsets = union_getsets,
};
