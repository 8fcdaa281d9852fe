// SPDX-License-Identifier: MIT
// The _warnings module: warn, warn_explicit and the filter state that
// CPython's Lib/warnings.py builds on (the machinery is in vm/warn.c).
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/warn.h"

// warn(message, category=None, stacklevel=1, source=None)
static KrObject *warnings_warn(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"message", "category", "stacklevel", "source", NULL};
    KrObject *a[4] = {NULL, NULL, NULL, NULL};
    if (kr_parse_args(ts, "warn", args, nargs, kwnames, names, 1, 0, 4, a) < 0) {
        return NULL;
    }
    KrObject *message = a[0], *category = a[1], *level = a[2], *source = a[3];
    intptr_t stacklevel = 1;
    if (level) {
        stacklevel = kr_index_as_ssize(ts, level, NULL);
        if (stacklevel == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    if (kr_warn_object(ts, category, message, stacklevel, source) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// warn_explicit(message, category, filename, lineno, module=None, registry=None,
//               module_globals=None, source=None)
static KrObject *warnings_warn_explicit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                        KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"message", "category", "filename", "lineno", "module",
                                        "registry", "module_globals", "source", NULL};
    KrObject *a[8] = {NULL};
    if (kr_parse_args(ts, "warn_explicit", args, nargs, kwnames, names, 4, 0, 8, a) < 0) {
        return NULL;
    }
    KrObject *message = a[0], *category = a[1], *filename = a[2], *lineno = a[3], *module = a[4], *registry = a[5],
             *globals = a[6], *source = a[7];
    if (!kr_str_check(filename)) {
        kr_err_format(ts, &kr_exc_TypeError, "warn_explicit() argument 3 must be str, not %T", filename);
        return NULL;
    }
    if (!kr_int_check(lineno)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", lineno);
        return NULL;
    }
    if (globals && globals != KR_NONE && !kr_dict_check(globals)) {
        kr_err_format(ts, &kr_exc_TypeError, "module_globals must be a dict, not '%T'", globals);
        return NULL;
    }
    intptr_t ln = kr_int_as_ssize(ts, lineno);
    if (ln == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    if (kr_warn_explicit_object(ts, category, message, filename, (int)ln, module, registry, source) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// Lib/warnings.py calls this whenever it changes the filters: every
// registry recorded under the old version forgets what it saw.
static KrObject *warnings_filters_mutated(KrThread *ts, KrObject *self) {
    (void)self;
    ts->vm->warn_filters_version++;
    KR_RETURN_NONE;
}

static const KrMethodDef warnings_functions[] = {
    {"warn", (void *)warnings_warn, KR_METH_VARARGS, false, false, "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", (void *)warnings_warn_explicit, KR_METH_VARARGS, false, false,
     "Low-level interface to warnings functionality."},
    {"_filters_mutated", (void *)warnings_filters_mutated, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_warnings_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "_warnings");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, warnings_functions) < 0) {
        goto error;
    }
    KrVM *vm = ts->vm;
    KrObject *d = KR_MODULE_DICT(m);
    if (kr_dict_set_item_str(ts, d, "filters", vm->warn_filters) < 0 ||
        kr_dict_set_item_str(ts, d, "_defaultaction", vm->warn_default_action) < 0 ||
        kr_dict_set_item_str(ts, d, "_onceregistry", vm->warn_once) < 0) {
        goto error;
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
