// SPDX-License-Identifier: MIT
// types.GenericAlias, what `C[args]` gives for classes with __class_getitem__
// (ExceptionGroup[int]): it records the origin and arguments, and calling it
// calls the origin.
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "genericalias.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

typedef struct KrGenericAlias {
    KrObject base;
    KrObject *origin;
    KrObject *args;   // tuple
} KrGenericAlias;

#define GA(o) ((KrGenericAlias *)(o))

KrObject *kr_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args) {
    KrObject *t = kr_tuple_check(args) ? KR_INCREF(args) : kr_tuple_pack(ts, 1, args);
    if (!t) {
        return NULL;
    }
    KrGenericAlias *ga = (KrGenericAlias *)kr_object_alloc(ts, &kr_genericalias_type, sizeof(KrGenericAlias));
    if (!ga) {
        KR_DECREF(ts, t);
        return NULL;
    }
    ga->origin = KR_INCREF(origin);
    ga->args = t;
    return (KrObject *)ga;
}

static void ga_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, GA(o)->origin);
    KR_XDECREF(ts, GA(o)->args);
    kr_object_free(ts, o);
}

static void ga_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (GA(o)->origin) {
        visit(ts, GA(o)->origin, arg);
    }
    if (GA(o)->args) {
        visit(ts, GA(o)->args, arg);
    }
}

static int ga_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, GA(o)->origin);
    KR_CLEAR(ts, GA(o)->args);
    return 0;
}

// One item of the repr, as CPython's ga_repr_item: `...`, a class by its
// qualified name (with its module unless builtins), anything else by repr.
void kr_genericalias_repr_item(KrThread *ts, KrStrBuilder *sb, KrObject *p) {
    if (p == KR_ELLIPSIS) {
        kr_sb_add_cstr(ts, sb, "...");
        return;
    }
    KrObject *r = NULL;
    if (kr_isinstance_type(p, &kr_type_type)) {
        KrObject *qual = kr_getattr(ts, p, KR_ID(ts, __qualname__));
        KrObject *mod = qual ? kr_getattr(ts, p, KR_ID(ts, __module__)) : NULL;
        if (mod && kr_str_check(mod) && kr_str_check(qual)) {
            r = kr_str_equal_cstr(mod, "builtins") ? KR_INCREF(qual) : kr_str_from_format(ts, "%U.%U", mod, qual);
        }
        KR_XDECREF(ts, qual);
        KR_XDECREF(ts, mod);
        kr_err_clear(ts);
    }
    if (!r) {
        r = kr_repr(ts, p);
    }
    if (!r) {
        sb->failed = true;
        return;
    }
    kr_sb_add_str(ts, sb, r);
    KR_DECREF(ts, r);
}

static KrObject *ga_repr(KrThread *ts, KrObject *self) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_genericalias_repr_item(ts, &sb, GA(self)->origin);
    kr_sb_add_char(ts, &sb, '[');
    intptr_t n = KR_TUPLE_SIZE(GA(self)->args);
    if (n == 0) {
        kr_sb_add_cstr(ts, &sb, "()");
    }
    for (intptr_t i = 0; i < n && !sb.failed; i++) {
        if (i) {
            kr_sb_add_cstr(ts, &sb, ", ");
        }
        kr_genericalias_repr_item(ts, &sb, KR_TUPLE_GET(GA(self)->args, i));
    }
    kr_sb_add_char(ts, &sb, ']');
    if (sb.failed && kr_err_occurred(ts)) {
        kr_sb_discard(ts, &sb);
        return NULL;
    }
    return kr_sb_finish(ts, &sb);
}

static KrObject *ga_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(a) != &kr_genericalias_type ||
        KR_TYPE(b) != &kr_genericalias_type) {
        return KR_NOTIMPL;
    }
    int eq = kr_equal(ts, GA(a)->origin, GA(b)->origin);
    if (eq > 0) {
        eq = kr_equal(ts, GA(a)->args, GA(b)->args);
    }
    if (eq < 0) {
        return NULL;
    }
    return KR_INCREF(KR_BOOL(op == KR_EQ ? eq : !eq));
}

static KrHash ga_hash(KrThread *ts, KrObject *self) {
    KrHash h0 = kr_hash(ts, GA(self)->origin);
    if (h0 == -1) {
        return -1;
    }
    KrHash h1 = kr_hash(ts, GA(self)->args);
    if (h1 == -1) {
        return -1;
    }
    KrHash h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

// Calling the alias makes an instance of the origin and records the alias
// on it as __orig_class__ when the instance allows that.
static KrObject *ga_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *obj = kr_call(ts, GA(self)->origin, args, nargs, kwnames);
    if (!obj) {
        return NULL;
    }
    KrObject *name = kr_str_from_cstr(ts, "__orig_class__");
    if (!name || kr_setattr(ts, obj, name, self) < 0) {
        if (!kr_err_matches(ts, &kr_exc_AttributeError) && !kr_err_matches(ts, &kr_exc_TypeError)) {
            KR_XDECREF(ts, name);
            KR_DECREF(ts, obj);
            return NULL;
        }
        kr_err_clear(ts);
    }
    KR_XDECREF(ts, name);
    return obj;
}

// Attributes the alias answers itself; all others come from the origin.
static const char *const own_attrs[] = {
    "__class__", "__origin__", "__args__", "__parameters__", "__mro_entries__",
    "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", NULL,
};

static KrObject *ga_getattr(KrThread *ts, KrObject *self, KrObject *name) {
    if (kr_str_check(name)) {
        bool own = false;
        for (int i = 0; own_attrs[i] && !own; i++) {
            own = kr_str_equal_cstr(name, own_attrs[i]);
        }
        if (!own) {
            return kr_getattr(ts, GA(self)->origin, name);
        }
    }
    return kr_generic_getattr(ts, self, name);
}

static KrObject *ga_get_origin(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(GA(self)->origin);
}

static KrObject *ga_get_args(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(GA(self)->args);
}

static KrObject *ga_get_parameters(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_tuple_new(ts, 0);
}

static KrObject *ga_mro_entries(KrThread *ts, KrObject *self, KrObject *bases) {
    (void)bases;
    return kr_tuple_pack(ts, 1, GA(self)->origin);
}

static const KrMethodDef ga_methods[] = {
    {"__mro_entries__", (void *)ga_mro_entries, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, "Type variables in the GenericAlias."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_genericalias_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "types.GenericAlias",
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .basicsize = sizeof(KrGenericAlias),
    .flags = KR_TYPE_GC | KR_TYPE_BASETYPE,
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .clear = ga_clear,
    .repr = ga_repr,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .call = ga_call,
    .getattr = ga_getattr,
    .methods = ga_methods,
    .getsets = ga_getsets,
    .nb = {[KR_BINOP_OR] = kr_union_or},
};
