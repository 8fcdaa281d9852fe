// SPDX-License-Identifier: MIT
// None, NotImplemented and Ellipsis: immortal objects shared by all interpreters.
#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

static KrObject *none_repr(KrThread *ts, KrObject *o) {
    (void)o;
    return kr_str_from_cstr(ts, "None");
}

static int none_bool(KrThread *ts, KrObject *o) {
    (void)ts;
    (void)o;
    return 0;
}

static KrObject *none_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    (void)args;
    if (kr_check_positional(ts, "NoneType", nargs, kwnames, 0, 0) < 0) {
        kr_err_clear(ts);
        kr_err_set_str(ts, &kr_exc_TypeError, "NoneType takes no arguments");
        return NULL;
    }
    return KR_NONE;
}

static void immortal_dealloc(KrThread *ts, KrObject *o) {
    (void)ts;
    (void)o;
}

KrType kr_none_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "NoneType",
    .basicsize = sizeof(KrObject),
    .dealloc = immortal_dealloc,
    .repr = none_repr,
    .nb_bool = none_bool,
    .new_ = none_new,
};

KrObject kr_none_obj = KR_STATIC_HEAD(&kr_none_type);

static KrObject *notimpl_repr(KrThread *ts, KrObject *o) {
    (void)o;
    return kr_str_from_cstr(ts, "NotImplemented");
}

static KrObject *notimpl_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    (void)args;
    if (nargs || (kwnames && KR_TUPLE_SIZE(kwnames))) {
        kr_err_set_str(ts, &kr_exc_TypeError, "NotImplementedType takes no arguments");
        return NULL;
    }
    return KR_NOTIMPL;
}

// True, with the DeprecationWarning CPython gives since 3.9.
static int notimpl_bool(KrThread *ts, KrObject *o) {
    (void)o;
    if (kr_warn_format(ts, &kr_exc_DeprecationWarning, 1,
                       "NotImplemented should not be used in a boolean context") < 0) {
        return -1;
    }
    return 1;
}

// __reduce__ is the repr: the name, so pickle saves the singleton as a global.
static const KrMethodDef notimpl_methods[] = {
    {"__reduce__", (void *)notimpl_repr, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_notimpl_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(KrObject),
    .dealloc = immortal_dealloc,
    .repr = notimpl_repr,
    .nb_bool = notimpl_bool,
    .new_ = notimpl_new,
    .methods = notimpl_methods,
};

KrObject kr_notimpl_obj = KR_STATIC_HEAD(&kr_notimpl_type);

static KrObject *ellipsis_repr(KrThread *ts, KrObject *o) {
    (void)o;
    return kr_str_from_cstr(ts, "Ellipsis");
}

static KrObject *ellipsis_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    (void)args;
    if (nargs || (kwnames && KR_TUPLE_SIZE(kwnames))) {
        kr_err_set_str(ts, &kr_exc_TypeError, "ellipsis takes no arguments");
        return NULL;
    }
    return KR_ELLIPSIS;
}

static const KrMethodDef ellipsis_methods[] = {
    {"__reduce__", (void *)ellipsis_repr, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_ellipsis_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(KrObject),
    .dealloc = immortal_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};

KrObject kr_ellipsis_obj = KR_STATIC_HEAD(&kr_ellipsis_type);
