// SPDX-License-Identifier: MIT
// The _imp module: the little of CPython's import internals that Lib/importlib
// needs to start on top of Krait's own import system (no frozen or dynamic modules).
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/import.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// Calls BuiltinImporter.<method>(arg).
static KrObject *builtin_importer(KrThread *ts, const char *method, KrObject *arg) {
    KrObject *name = kr_str_from_cstr(ts, method);
    KrObject *r = name ? kr_call_method(ts, (KrObject *)&kr_builtin_importer_type, name, &arg, 1) : NULL;
    KR_XDECREF(ts, name);
    return r;
}

static KrObject *imp_is_builtin(KrThread *ts, KrObject *self, KrObject *name) {
    (void)self;
    KrObject *spec = builtin_importer(ts, "find_spec", name);
    if (!spec) {
        return NULL;
    }
    bool found = spec != KR_NONE;
    KR_DECREF(ts, spec);
    return kr_int_from_i64(ts, found);
}

static KrObject *imp_create_builtin(KrThread *ts, KrObject *self, KrObject *spec) {
    (void)self;
    return builtin_importer(ts, "create_module", spec);
}

static KrObject *imp_false(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)ts;
    (void)self;
    (void)arg;
    return kr_bool_from(false);
}

static KrObject *imp_none_o(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)ts;
    (void)self;
    (void)arg;
    KR_RETURN_NONE;
}

static KrObject *imp_none(KrThread *ts, KrObject *self) {
    (void)ts;
    (void)self;
    KR_RETURN_NONE;
}

static KrObject *imp_exec_builtin(KrThread *ts, KrObject *self, KrObject *module) {
    (void)self;
    (void)module;
    return kr_int_from_i64(ts, 0);
}

static KrObject *imp_lock_held(KrThread *ts, KrObject *self) {
    (void)ts;
    (void)self;
    return kr_bool_from(false);
}

static KrObject *imp_extension_suffixes(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_list_new(ts, 0);
}

// _fix_co_filename(code, path): Krait's loaders set co_filename themselves.
static KrObject *imp_fix_co_filename(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)self;
    (void)args;
    if (kr_modsupport_no_kwargs(ts, "_fix_co_filename", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "_fix_co_filename", nargs, 2, 2) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *imp_no_frozen(KrThread *ts, KrObject *self, KrObject *name) {
    (void)self;
    kr_err_format(ts, &kr_exc_ImportError, "No such frozen object named %R", name);
    return NULL;
}

static const KrMethodDef imp_functions[] = {
    {"is_builtin", (void *)imp_is_builtin, KR_METH_O, false, false, "Returns True if the module name is of a built-in module."},
    {"create_builtin", (void *)imp_create_builtin, KR_METH_O, false, false, "Create an extension module."},
    {"exec_builtin", (void *)imp_exec_builtin, KR_METH_O, false, false, "Initialize a built-in module."},
    {"is_frozen", (void *)imp_false, KR_METH_O, false, false, "Returns True if the module name corresponds to a frozen module."},
    {"is_frozen_package", (void *)imp_false, KR_METH_O, false, false, "Returns True if the module name is of a frozen package."},
    {"find_frozen", (void *)imp_none_o, KR_METH_O, false, false, "Return info about the corresponding frozen module."},
    {"get_frozen_object", (void *)imp_no_frozen, KR_METH_O, false, false, "Create a code object for a frozen module."},
    {"init_frozen", (void *)imp_no_frozen, KR_METH_O, false, false, "Initializes a frozen module."},
    {"acquire_lock", (void *)imp_none, KR_METH_NOARGS, false, false, "Acquires the interpreter's import lock."},
    {"release_lock", (void *)imp_none, KR_METH_NOARGS, false, false, "Release the interpreter's import lock."},
    {"lock_held", (void *)imp_lock_held, KR_METH_NOARGS, false, false, "Return True if the import lock is held."},
    {"extension_suffixes", (void *)imp_extension_suffixes, KR_METH_NOARGS, false, false,
     "Returns the list of file suffixes used to identify extension modules."},
    {"_fix_co_filename", (void *)imp_fix_co_filename, KR_METH_VARARGS, false, false,
     "Changes code.co_filename to specify the passed-in file path."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_imp_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "_imp", "(Extremely) low-level import machinery bits as used by importlib.",
                                       imp_functions, NULL);
    if (m && kr_modsupport_add(ts, m, "check_hash_based_pycs", kr_str_from_cstr(ts, "default")) < 0) {
        KR_DECREF(ts, m);
        return NULL;
    }
    return m;
}
