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

// "<module NAME>" followed by " (LOADER)" when there is a loader.
static KrObject *repr_with_loader(KrThread *ts, KrObject *name, KrObject *loader) {
    if (!loader || loader == KR_NONE) {
        return kr_str_from_format(ts, "<module %R>", name);
    }
    return kr_str_from_format(ts, "<module %R (%R)>", name, loader);
}

// importlib's _module_repr_from_spec: origin and has_location decide the form.
static KrObject *repr_from_spec(KrThread *ts, KrObject *spec) {
    KrObject *name = kr_getattr_cstr(ts, spec, "name");
    KrObject *origin = name ? kr_getattr_cstr(ts, spec, "origin") : NULL;
    KrObject *r = NULL, *extra = NULL;
    if (!origin) {
        goto done;
    }
    if (name == KR_NONE) {
        KR_SETREF(ts, name, kr_str_from_cstr(ts, "?"));
        if (!name) {
            goto done;
        }
    }
    if (origin == KR_NONE) {
        extra = kr_getattr_cstr(ts, spec, "loader");
        r = extra ? repr_with_loader(ts, name, extra) : NULL;
    } else if ((extra = kr_getattr_cstr(ts, spec, "has_location")) != NULL) {
        int t = kr_is_true(ts, extra);
        r = t < 0 ? NULL
            : t   ? kr_str_from_format(ts, "<module %R from %R>", name, origin)
                  : kr_str_from_format(ts, "<module %R (%S)>", name, origin);
    }
done:
    KR_XDECREF(ts, extra);
    KR_XDECREF(ts, origin);
    KR_XDECREF(ts, name);
    return r;
}

// CPython's ModuleType.__repr__ (importlib's _module_repr): from __spec__
// when set, else from __name__, __file__ and __loader__.
static KrObject *module_repr(KrThread *ts, KrObject *o) {
    KrObject *d = ((KrModuleObject *)o)->dict;
    KrObject *spec = d ? kr_dict_get_item(ts, d, KR_ID(ts, __spec__)) : NULL;
    if (spec && spec != KR_NONE) {
        return repr_from_spec(ts, spec);
    }
    KrObject *name = d ? kr_dict_get_item(ts, d, KR_ID(ts, __name__)) : NULL;
    KrObject *file = d ? kr_dict_get_item(ts, d, KR_ID(ts, __file__)) : NULL;
    KrObject *loader = d ? kr_dict_get_item_str(ts, d, "__loader__") : NULL;
    KrObject *unknown = NULL;
    if (!name && !(name = unknown = kr_str_from_cstr(ts, "?"))) {
        return NULL;
    }
    KrObject *r = file ? kr_str_from_format(ts, "<module %R from %R>", name, file) : repr_with_loader(ts, name, loader);
    KR_XDECREF(ts, unknown);
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

// dir(module): the names in its namespace (not the type's attributes), or
// what a module-level __dir__ function returns.
static KrObject *module_dir(KrThread *ts, KrObject *self) {
    KrObject *d = ((KrModuleObject *)self)->dict;
    KrObject *f = kr_dict_get_item_str(ts, d, "__dir__");
    if (f) {
        return kr_call(ts, f, NULL, 0, NULL);
    }
    return kr_err_occurred(ts) ? NULL : kr_dict_keys_list(ts, d);
}

static const KrMethodDef module_methods[] = {
    {"__dir__", module_dir, KR_METH_NOARGS, false, false, "Specialized __dir__ implementation for modules."},
    {NULL, NULL, 0, false, false, NULL},
};

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
    .methods = module_methods,
};
