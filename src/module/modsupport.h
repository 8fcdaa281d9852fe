// SPDX-License-Identifier: MIT
// Small helpers shared by the builtin C modules (argument checks, module setup).
#ifndef KR_MODSUPPORT_H
#define KR_MODSUPPORT_H

#include "../object/object.h"

// Every iterator type of the modules is its own iterator (the `iter` slot).
KrObject *kr_modsupport_self_iter(KrThread *ts, KrObject *self);
// TypeError "f() takes no keyword arguments" when kwnames is non-empty.
int kr_modsupport_no_kwargs(KrThread *ts, const char *fname, KrObject *kwnames);
// CPython's positional-count check: "f expected 1 argument, got 0",
// "f expected at least 2 arguments, got 1", "f expected at most 4 arguments, got 5".
int kr_modsupport_nargs(KrThread *ts, const char *fname, size_t nargs, size_t min, size_t max);
// kr_parse_args with the errors of CPython's older PyArg_ParseTupleAndKeywords
// (count(), repeat(), groupby(), ...): "f() takes at most 2 arguments (3 given)"
// counting keywords too, then missing arguments, then "'x' is an invalid
// keyword argument for f()". No positional-only or keyword-only names. A NULL
// fname gives the words of a function declared without a name ("function
// takes at most...", "... for this function").
int kr_modsupport_parse_old(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                            KrObject *kwnames, const char *const *names, int required, KrObject **out);
// A new module `name` holding the functions of `fns` (may be NULL) and the
// NULL-terminated `types`, each under its short name (the part after the dot).
KrObject *kr_modsupport_module(KrThread *ts, const char *name, const char *doc, const KrMethodDef *fns,
                               KrType *const *types);
// Adds `value` (stolen; NULL means an earlier failure) to the module as `name`.
int kr_modsupport_add(KrThread *ts, KrObject *module, const char *name, KrObject *value);
// A new class `name` of module `module` with the given bases (a tuple) and
// no body: the exception classes modules define (locale.Error, io.UnsupportedOperation).
KrObject *kr_modsupport_new_class(KrThread *ts, const char *module, const char *name, KrObject *bases);
// A new exception class `name` (module `module`) deriving from `base`.
KrObject *kr_modsupport_exception(KrThread *ts, const char *module, const char *name, KrType *base);
// Runs Python source `src` in the module's namespace (the parts of a C module
// that are simplest in Python); 0 or -1 with the exception set.
int kr_modsupport_run_prelude(KrThread *ts, KrObject *module, const char *src, const char *filename);
// A rounded float timestamp as int64: ValueError for NaN, OverflowError
// "timestamp out of range for platform time_t" past int64.
int kr_modsupport_time_t(KrThread *ts, double d, int64_t *out);
// A timeout or duration (int, float or __index__) in `unit_ns` units (1e9:
// seconds, 1e6: ms) as nanoseconds, rounded away from zero as CPython's
// _PyTime_ROUND_TIMEOUT, with its ValueError for NaN and OverflowErrors;
// other types raise TypeError `type_msg` (NULL: the __index__ TypeError).
int kr_modsupport_timeout_ns(KrThread *ts, KrObject *o, int64_t unit_ns, const char *type_msg, int64_t *out);
// Visits o when it is non-NULL (traverse slots).
static inline void kr_modsupport_visit(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (o) {
        visit(ts, o, arg);
    }
}

#endif
