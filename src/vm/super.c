// SPDX-License-Identifier: MIT
// super(): attribute lookup that starts after a class in an object's MRO.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "frame.h"

typedef struct KrSuper {
    KrObject base;
    KrType *type;      // the class super() was called in
    KrObject *obj;     // the instance (or class) bound
    KrType *obj_type;  // type(obj), or obj itself for classmethods
} KrSuper;

static void super_dealloc(KrThread *ts, KrObject *o) {
    KrSuper *s = (KrSuper *)o;
    KR_XDECREF(ts, s->type);
    KR_XDECREF(ts, s->obj);
    KR_XDECREF(ts, s->obj_type);
    kr_object_free(ts, o);
}

static void super_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrSuper *s = (KrSuper *)o;
    if (s->type) visit(ts, (KrObject *)s->type, arg);
    if (s->obj) visit(ts, s->obj, arg);
    if (s->obj_type) visit(ts, (KrObject *)s->obj_type, arg);
}

static KrType *check_super_args(KrThread *ts, KrType *type, KrObject *obj) {
    if (kr_isinstance_type(obj, &kr_type_type) && kr_type_is_subtype((KrType *)obj, type)) {
        return (KrType *)obj;
    }
    if (kr_type_is_subtype(KR_TYPE(obj), type)) {
        return KR_TYPE(obj);
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static KrObject *super_new(KrThread *ts, KrType *t, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "super", nargs, kwnames, 0, 2) < 0) {
        return NULL;
    }
    KrObject *type = nargs > 0 ? args[0] : NULL;
    KrObject *obj = nargs > 1 ? args[1] : NULL;
    if (!type) {
        // Zero-argument form: the __class__ cell and the first argument of the caller.
        KrFrame *f = ts->frame;
        if (!f || f->code->argcount == 0) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "super(): no arguments");
            return NULL;
        }
        obj = f->slots[0];
        KrCode *co = f->code;
        if (!obj && co->cell2arg) {
            for (intptr_t i = 0; i < KR_TUPLE_SIZE(co->cellvars); i++) {
                if (co->cell2arg[i] == 0) {
                    obj = ((KrCell *)f->slots[co->nlocals + i])->ref;
                }
            }
        }
        if (!obj) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "super(): arg[0] deleted");
            return NULL;
        }
        intptr_t ncell = KR_TUPLE_SIZE(co->cellvars);
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(co->freevars); i++) {
            if (kr_str_equal_cstr(KR_TUPLE_GET(co->freevars, i), "__class__")) {
                type = ((KrCell *)f->slots[co->nlocals + ncell + i])->ref;
                if (!type) {
                    kr_err_set_str(ts, &kr_exc_RuntimeError, "super(): empty __class__ cell");
                    return NULL;
                }
                break;
            }
        }
        if (!type) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "super(): __class__ cell not found");
            return NULL;
        }
    }
    if (!kr_isinstance_type(type, &kr_type_type)) {
        kr_err_format(ts, &kr_exc_TypeError, "super() argument 1 must be a type, not %s",
                      kr_type_name_cstr(KR_TYPE(type)));
        return NULL;
    }
    KrType *obj_type = NULL;
    if (obj && obj != KR_NONE) {
        obj_type = check_super_args(ts, (KrType *)type, obj);
        if (!obj_type) {
            return NULL;
        }
    }
    KrSuper *s = (KrSuper *)kr_object_alloc(ts, t, sizeof(KrSuper));
    if (!s) {
        return NULL;
    }
    s->type = (KrType *)KR_INCREF(type);
    s->obj = obj && obj != KR_NONE ? KR_INCREF(obj) : NULL;
    s->obj_type = obj_type ? (KrType *)KR_INCREF(obj_type) : NULL;
    return (KrObject *)s;
}

static KrObject *super_getattr(KrThread *ts, KrObject *self, KrObject *name) {
    KrSuper *s = (KrSuper *)self;
    if (s->obj_type && !kr_str_equal_cstr(name, "__class__")) {
        KrObject *mro = kr_type_mro(ts, s->obj_type);
        if (!mro) {
            return NULL;
        }
        intptr_t n = KR_TUPLE_SIZE(mro), i = 0;
        while (i < n && (KrType *)KR_TUPLE_GET(mro, i) != s->type) {
            i++;
        }
        for (i++; i < n; i++) {
            KrObject *d = kr_type_dict(ts, (KrType *)KR_TUPLE_GET(mro, i));
            KrObject *v = d ? kr_dict_get_item(ts, d, name) : NULL;
            if (v) {
                KR_INCREF(v);
                KR_DECREF(ts, mro);
                KrDescrGetFn get = KR_TYPE(v)->descr_get;
                if (get) {
                    KrObject *obj = s->obj == (KrObject *)s->obj_type ? NULL : s->obj;
                    KrObject *r = get(ts, v, obj, (KrObject *)s->obj_type);
                    KR_DECREF(ts, v);
                    return r;
                }
                return v;
            }
            if (kr_err_occurred(ts)) {
                KR_DECREF(ts, mro);
                return NULL;
            }
        }
        KR_DECREF(ts, mro);
    }
    KrObject *r = kr_generic_getattr(ts, self, name);
    if (!r && kr_err_matches(ts, &kr_exc_AttributeError)) {
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static KrObject *super_repr(KrThread *ts, KrObject *self) {
    KrSuper *s = (KrSuper *)self;
    if (s->obj_type) {
        return kr_str_from_format(ts, "<super: <class '%s'>, <%s object>>", kr_type_name_cstr(s->type),
                                  kr_type_name_cstr(s->obj_type));
    }
    return kr_str_from_format(ts, "<super: <class '%s'>, NULL>", kr_type_name_cstr(s->type));
}

static KrObject *or_none(KrObject *o) {
    return KR_INCREF(o ? o : KR_NONE);
}

static KrObject *super_get_thisclass(KrThread *ts, KrObject *self) {
    (void)ts;
    return or_none((KrObject *)((KrSuper *)self)->type);
}

static KrObject *super_get_self(KrThread *ts, KrObject *self) {
    (void)ts;
    return or_none(((KrSuper *)self)->obj);
}

static KrObject *super_get_self_class(KrThread *ts, KrObject *self) {
    (void)ts;
    return or_none((KrObject *)((KrSuper *)self)->obj_type);
}

static const KrGetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()"},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, NULL, "the type of the instance invoking super(); may be None"},
    {NULL, NULL, NULL, NULL},
};

KrType kr_super_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "super",
    .basicsize = sizeof(KrSuper),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .getsets = super_getsets,
};
