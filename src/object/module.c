// SPDX-License-Identifier: MIT
// Module objects: a namespace dict with a name.
#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "module.h"
#include "singletons.h"
#include "str.h"

KrObject *kr_module_new(KrThread *ts, KrObject *name) {
    KrModuleObject *m = (KrModuleObject *)kr_object_alloc(ts, &kr_module_type, sizeof(KrModuleObject));
    if (!m) {
        return NULL;
    }
    m->dict = kr_dict_new(ts);
    if (!m->dict || kr_dict_set_item(ts, m->dict, KR_ID(ts, __name__), name) < 0 ||
        kr_dict_set_item(ts, m->dict, KR_ID(ts, __doc__), KR_NONE) < 0 ||
        kr_dict_set_item(ts, m->dict, KR_ID(ts, __package__), KR_NONE) < 0 ||
        kr_dict_set_item(ts, m->dict, KR_ID(ts, __loader__), KR_NONE) < 0 ||
        kr_dict_set_item(ts, m->dict, KR_ID(ts, __spec__), KR_NONE) < 0) {
        KR_DECREF(ts, m);
        return NULL;
    }
    return (KrObject *)m;
}

int kr_module_add_functions(KrThread *ts, KrObject *module, const KrMethodDef *defs) {
    KrObject *name = kr_dict_get_item(ts, KR_MODULE_DICT(module), KR_ID(ts, __name__));
    for (const KrMethodDef *d = defs; d->name; d++) {
        KrObject *f = kr_cfunction_new(ts, d, module, name);
        if (!f || kr_dict_set_item_str(ts, KR_MODULE_DICT(module), d->name, f) < 0) {
            KR_XDECREF(ts, f);
            return -1;
        }
        KR_DECREF(ts, f);
    }
    return 0;
}

int kr_module_add_steal(KrThread *ts, KrObject *module, const char *name, KrObject *value) {
    int rc = value ? kr_dict_set_item_str(ts, KR_MODULE_DICT(module), name, value) : -1;
    KR_XDECREF(ts, value);
    return rc;
}

static void module_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, ((KrModuleObject *)o)->dict);
    kr_object_free(ts, o);
}

static void module_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrObject *d = ((KrModuleObject *)o)->dict;
    if (d) {
        visit(ts, d, arg);
    }
}

static int module_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrModuleObject *)o)->dict);
    return 0;
}

static KrObject *module_repr(KrThread *ts, KrObject *o) {
    KrObject *d = ((KrModuleObject *)o)->dict;
    KrObject *name = d ? kr_dict_get_item(ts, d, KR_ID(ts, __name__)) : NULL;
    KrObject *file = d ? kr_dict_get_item(ts, d, KR_ID(ts, __file__)) : NULL;
    if (!name) {
        return kr_str_from_cstr(ts, "<module '?'>");
    }
    if (file) {
        return kr_str_from_format(ts, "<module %R from %R>", name, file);
    }
    // A module made by types.ModuleType has no spec: CPython shows just its
    // name; one the import system made names its spec's origin ('built-in').
    KrObject *spec = kr_dict_get_item(ts, d, KR_ID(ts, __spec__));
    KrObject *origin = spec && spec != KR_NONE ? kr_getattr_cstr(ts, spec, "origin") : NULL;
    if (!origin) {
        kr_err_clear(ts);
        return kr_str_from_format(ts, "<module %R>", name);
    }
    KrObject *r = kr_str_check(origin) ? kr_str_from_format(ts, "<module %R (%U)>", name, origin)
                                       : kr_str_from_format(ts, "<module %R>", name);
    KR_DECREF(ts, origin);
    return r;
}

static KrObject *module_getattr(KrThread *ts, KrObject *o, KrObject *name) {
    KrObject *r = kr_generic_getattr(ts, o, name);
    if (r || !kr_err_matches(ts, &kr_exc_AttributeError)) {
        return r;
    }
    kr_err_clear(ts);
    KrObject *d = ((KrModuleObject *)o)->dict;
    KrObject *getattr = d ? kr_dict_get_item_str(ts, d, "__getattr__") : NULL;
    if (getattr) {
        return kr_call1(ts, getattr, name);
    }
    KrObject *mname = d ? kr_dict_get_item(ts, d, KR_ID(ts, __name__)) : NULL;
    if (mname && kr_str_check(mname)) {
        kr_err_format(ts, &kr_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    } else {
        kr_err_format(ts, &kr_exc_AttributeError, "module has no attribute '%U'", name);
    }
    // .name and .obj let the traceback printer suggest a near-miss (as in CPython).
    KrObject *ed = ts->exc ? kr_object_get_dict(ts, ts->exc, true) : NULL;
    if (ed && (kr_dict_set_item(ts, ed, KR_ID(ts, name), name) < 0 || kr_dict_set_item(ts, ed, KR_ID(ts, obj), o) < 0)) {
        return NULL;
    }
    return NULL;
}

static KrObject *module_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    static const char *const names[] = {"name", "doc", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args(ts, "module", args, nargs, kwnames, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    if (!kr_str_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "module() argument 'name' must be str, not %T", a[0]);
        return NULL;
    }
    KrObject *m = kr_module_new(ts, a[0]);
    if (m && a[1] && kr_dict_set_item(ts, KR_MODULE_DICT(m), KR_ID(ts, __doc__), a[1]) < 0) {
        KR_CLEAR(ts, m);
    }
    return m;
}

static KrObject *module_get_dict(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrModuleObject *)self)->dict);
}

static const KrGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_module_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "module",
    .basicsize = sizeof(KrModuleObject),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_WEAKREFABLE,
    .dictoffset = offsetof(KrModuleObject, dict),
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = kr_generic_setattr,
    .new_ = module_new,
    .getsets = module_getsets,
};
