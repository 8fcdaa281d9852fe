// SPDX-License-Identifier: MIT
// The atexit module: handlers the VM runs, last registered first, when the
// interpreter exits (krait_free calls kr_state_run_atexit before teardown).
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

// The VM's handler list, created on first use.
static KrObject *funcs(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (!vm->atexit_funcs) {
        vm->atexit_funcs = kr_list_new(ts, 0);
    }
    return vm->atexit_funcs;
}

// register(func, *args, **kwargs) -> func
static KrObject *atexit_register(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    (void)self;
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (nargs < 1) {
        kr_err_format(ts, &kr_exc_TypeError, "register() takes at least 1 argument (%zu given)", nargs);
        return NULL;
    }
    if (!kr_callable(args[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    KrObject *list = funcs(ts);
    KrObject *pos = list ? kr_tuple_from_array(ts, args + 1, (intptr_t)nargs - 1) : NULL;
    KrObject *kw = pos ? kr_dict_new(ts) : NULL;
    KrObject *entry = NULL;
    for (size_t i = 0; kw && i < nkw; i++) {
        if (kr_dict_set_item(ts, kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            goto done;
        }
    }
    entry = kw ? kr_tuple_pack(ts, 3, args[0], pos, kw) : NULL;
    if (entry && kr_list_append(ts, list, entry) == 0) {
        KR_XDECREF(ts, pos);
        KR_XDECREF(ts, kw);
        KR_DECREF(ts, entry);
        return KR_INCREF(args[0]);
    }
done:
    KR_XDECREF(ts, pos);
    KR_XDECREF(ts, kw);
    KR_XDECREF(ts, entry);
    return NULL;
}

// unregister(func): every registration of func (compared with ==) becomes
// None; as in CPython, _ncallbacks() still counts them until the next run.
static KrObject *atexit_unregister(KrThread *ts, KrObject *self, KrObject *func) {
    (void)self;
    KrObject *list = ts->vm->atexit_funcs;
    if (!list) {
        KR_RETURN_NONE;
    }
    KR_INCREF(list); // an __eq__ may run code that clears the handlers
    for (intptr_t i = 0; i < KR_LIST_SIZE(list); i++) {
        KrObject *entry = KR_LIST_ITEMS(list)[i];
        if (!kr_tuple_check(entry)) {
            continue;
        }
        KR_INCREF(entry);
        int eq = kr_equal(ts, KR_TUPLE_GET(entry, 0), func);
        if (eq > 0 && i < KR_LIST_SIZE(list) && KR_LIST_ITEMS(list)[i] == entry) {
            KR_SETREF(ts, KR_LIST_ITEMS(list)[i], KR_INCREF(KR_NONE));
        }
        KR_DECREF(ts, entry);
        if (eq < 0) {
            KR_DECREF(ts, list);
            return NULL;
        }
    }
    KR_DECREF(ts, list);
    KR_RETURN_NONE;
}

static KrObject *atexit_run_exitfuncs(KrThread *ts, KrObject *self) {
    (void)self;
    kr_state_run_atexit(ts);
    KR_RETURN_NONE;
}

static KrObject *atexit_clear(KrThread *ts, KrObject *self) {
    (void)self;
    KR_CLEAR(ts, ts->vm->atexit_funcs);
    KR_RETURN_NONE;
}

static KrObject *atexit_ncallbacks(KrThread *ts, KrObject *self) {
    (void)self;
    KrObject *list = ts->vm->atexit_funcs;
    return kr_int_from_i64(ts, list ? KR_LIST_SIZE(list) : 0);
}

static const KrMethodDef atexit_functions[] = {
    {"_clear", atexit_clear, KR_METH_NOARGS, false, false, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, KR_METH_NOARGS, false, false,
     "Return the number of registered exit functions."},
    {"_run_exitfuncs", atexit_run_exitfuncs, KR_METH_NOARGS, false, false,
     "Run all registered exit functions."},
    {"register", atexit_register, KR_METH_VARARGS, false, false,
     "Register a function to be executed upon normal program termination"},
    {"unregister", atexit_unregister, KR_METH_O, false, false,
     "Unregister an exit function which was previously registered using atexit.register"},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_atexit_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "atexit");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (m && kr_module_add_functions(ts, m, atexit_functions) < 0) {
        KR_CLEAR(ts, m);
    }
    return m;
}
