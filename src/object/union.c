// SPDX-License-Identifier: MIT
// types.UnionType, what `int | str` gives for classes (PEP 604): it records the
// distinct members, flattening nested unions, and None stands for NoneType.
#include "../vm/vm.h"
#include "containers.h"
#include "genericalias.h"
#include "singletons.h"
#include "str.h"

typedef struct KrUnion {
    KrObject base;
    KrObject *args; // tuple of the distinct members, in order
} KrUnion;

#define UN(o) ((KrUnion *)(o))

// Whether o may be a member of a union: a class, None, an alias or a union.
static bool unionable(KrObject *o) {
    return o == KR_NONE || kr_isinstance_type(o, &kr_type_type) || KR_TYPE(o) == &kr_genericalias_type ||
           KR_TYPE(o) == &kr_union_type;
}

// Appends o's members to list (None as NoneType), skipping ones already there.
static int add_members(KrThread *ts, KrObject *list, KrObject *o) {
    if (KR_TYPE(o) == &kr_union_type) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(UN(o)->args); i++) {
            if (add_members(ts, list, KR_TUPLE_GET(UN(o)->args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    KrObject *item = o == KR_NONE ? (KrObject *)&kr_none_type : o;
    for (intptr_t i = 0; i < KR_LIST_SIZE(list); i++) {
        int eq = kr_equal(ts, KR_LIST_ITEMS(list)[i], item);
        if (eq != 0) {
            return eq < 0 ? -1 : 0;
        }
    }
    return kr_list_append(ts, list, item);
}

KrObject *kr_union_or(KrThread *ts, KrObject *a, KrObject *b) {
    if (!unionable(a) || !unionable(b)) {
        return KR_NOTIMPL;
    }
    KrObject *list = kr_list_new(ts, 0);
    if (!list || add_members(ts, list, a) < 0 || add_members(ts, list, b) < 0) {
        KR_XDECREF(ts, list);
        return NULL;
    }
    if (KR_LIST_SIZE(list) == 1) {
        KrObject *only = KR_INCREF(KR_LIST_ITEMS(list)[0]);
        KR_DECREF(ts, list);
        return only;
    }
    KrObject *args = kr_list_as_tuple(ts, list);
    KR_DECREF(ts, list);
    KrUnion *u = args ? (KrUnion *)kr_object_alloc(ts, &kr_union_type, sizeof(KrUnion)) : NULL;
    if (!u) {
        KR_XDECREF(ts, args);
        return NULL;
    }
    u->args = args;
    return (KrObject *)u;
}

static void union_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, UN(o)->args);
    kr_object_free(ts, o);
}

static void union_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (UN(o)->args) {
        visit(ts, UN(o)->args, arg);
    }
}

static int union_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, UN(o)->args);
    return 0;
}

static KrObject *union_repr(KrThread *ts, KrObject *self) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(UN(self)->args) && !sb.failed; i++) {
        KrObject *item = KR_TUPLE_GET(UN(self)->args, i);
        if (i) {
            kr_sb_add_cstr(ts, &sb, " | ");
        }
        if (item == (KrObject *)&kr_none_type) {
            kr_sb_add_cstr(ts, &sb, "None");
        } else {
            kr_genericalias_repr_item(ts, &sb, item);
        }
    }
    if (sb.failed && kr_err_occurred(ts)) {
        kr_sb_discard(ts, &sb);
        return NULL;
    }
    return kr_sb_finish(ts, &sb);
}

// Unions are equal when they have the same members in any order.
static KrObject *union_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(a) != &kr_union_type || KR_TYPE(b) != &kr_union_type) {
        return KR_NOTIMPL;
    }
    KrObject *sa = kr_frozenset_new(ts, UN(a)->args);
    KrObject *sb = sa ? kr_frozenset_new(ts, UN(b)->args) : NULL;
    int eq = sb ? kr_equal(ts, sa, sb) : -1;
    KR_XDECREF(ts, sa);
    KR_XDECREF(ts, sb);
    if (eq < 0) {
        return NULL;
    }
    return KR_INCREF(KR_BOOL(op == KR_EQ ? eq : !eq));
}

static KrHash union_hash(KrThread *ts, KrObject *self) {
    KrObject *s = kr_frozenset_new(ts, UN(self)->args);
    KrHash h = s ? kr_hash(ts, s) : -1;
    KR_XDECREF(ts, s);
    return h;
}

static KrObject *union_get_args(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(UN(self)->args);
}

static KrObject *union_get_parameters(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_tuple_new(ts, 0);
}

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
    .clear = union_clear,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .getsets = union_getsets,
    .nb = {[KR_BINOP_OR] = kr_union_or},
};
