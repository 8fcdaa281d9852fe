// SPDX-License-Identifier: MIT
// The _weakref module: what Lib/weakref.py and Lib/_weakrefset.py build on.
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/weakref.h"
#include "../vm/vm.h"

static KrObject *weakref_getweakrefcount(KrThread *ts, KrObject *self, KrObject *o) {
    (void)self;
    return kr_int_from_i64(ts, (int64_t)kr_weakref_count(ts, o));
}

static KrObject *weakref_getweakrefs(KrThread *ts, KrObject *self, KrObject *o) {
    (void)self;
    return kr_weakref_list(ts, o);
}

// proxy(object[, callback]): a callable proxy when the object is callable.
static KrObject *weakref_proxy(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "proxy() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "proxy expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "proxy expected at most 2 arguments, got %zu", nargs);
        return NULL;
    }
    return kr_weakref_new_proxy(ts, args[0], nargs > 1 ? args[1] : NULL);
}

// _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weak
// reference; a missing key is fine (another thread or a callback won).
static KrObject *weakref_remove_dead(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "_remove_dead_weakref", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KrObject *d = args[0], *key = args[1];
    if (!kr_dict_check(d)) {
        kr_err_format(ts, &kr_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", d);
        return NULL;
    }
    KrObject *v = kr_dict_get_item(ts, d, key);
    if (!v) {
        if (kr_err_occurred(ts)) {
            return NULL;
        }
        KR_RETURN_NONE;
    }
    if (!kr_weakref_check(v)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "not a weakref");
        return NULL;
    }
    if (!kr_weakref_get_borrow(v) && kr_dict_del_item(ts, d, key) < 0) {
        if (!kr_err_matches(ts, &kr_exc_KeyError)) {
            return NULL;
        }
        kr_err_clear(ts);
    }
    KR_RETURN_NONE;
}

static const KrMethodDef weakref_functions[] = {
    {"getweakrefcount", (void *)weakref_getweakrefcount, KR_METH_O, false, false,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", (void *)weakref_getweakrefs, KR_METH_O, false, false,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", (void *)weakref_proxy, KR_METH_VARARGS, false, false,
     "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", (void *)weakref_remove_dead, KR_METH_VARARGS, false, false,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_weakref_module_create(KrThread *ts) {
    KrObject *name = kr_str_from_cstr(ts, "_weakref");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, weakref_functions) < 0) {
        goto error;
    }
    KrObject *d = KR_MODULE_DICT(m);
    if (kr_dict_set_item_str(ts, d, "ref", (KrObject *)&kr_weakref_type) < 0 ||
        kr_dict_set_item_str(ts, d, "ReferenceType", (KrObject *)&kr_weakref_type) < 0 ||
        kr_dict_set_item_str(ts, d, "ProxyType", (KrObject *)&kr_weakproxy_type) < 0 ||
        kr_dict_set_item_str(ts, d, "CallableProxyType", (KrObject *)&kr_weakcallableproxy_type) < 0) {
        goto error;
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
