// SPDX-License-Identifier: MIT
// The _signal module that Lib/signal.py wraps: the signal numbers and a
// handler table. Krait's hosts deliver no signals, so handlers are recorded
// (getsignal returns what signal() set) but never called.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

#define NSIG 65

// The table lives in the module's namespace as _handlers: {signum: handler}.
static KrObject *handlers(KrThread *ts, KrObject *module) {
    KrObject *h = kr_dict_get_item_str(ts, KR_MODULE_DICT(module), "_handlers");
    if (!h && !kr_err_occurred(ts)) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "_signal._handlers is missing");
    }
    return h;
}

static int signum_arg(KrThread *ts, KrObject *o, int64_t *out) {
    if (!kr_int_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name_cstr(KR_TYPE(o)));
        return -1;
    }
    int overflow = 0;
    *out = kr_int_as_i64(o, &overflow);
    if (overflow || *out < 1 || *out >= NSIG) {
        kr_err_set_str(ts, &kr_exc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

static KrObject *signal_getsignal(KrThread *ts, KrObject *self, KrObject *signum) {
    int64_t n;
    KrObject *h = signum_arg(ts, signum, &n) < 0 ? NULL : handlers(ts, self);
    if (!h) {
        return NULL;
    }
    KrObject *v = kr_dict_get_item(ts, h, signum);
    if (!v) {
        return kr_err_occurred(ts) ? NULL : KR_INCREF(KR_NONE);
    }
    return KR_INCREF(v);
}

static KrObject *signal_signal(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"signalnum", "handler", NULL};
    KrObject *a[2];
    if (kr_parse_args(ts, "signal", args, nargs, kwnames, names, 2, 0, 2, a) < 0) {
        return NULL;
    }
    int64_t n;
    if (signum_arg(ts, a[0], &n) < 0) {
        return NULL;
    }
    int overflow = 0;
    int64_t hv = kr_int_check(a[1]) ? kr_int_as_i64(a[1], &overflow) : -1;
    if (!kr_callable(a[1]) && (overflow || (hv != 0 && hv != 1))) {
        kr_err_set_str(ts, &kr_exc_TypeError,
                       "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return NULL;
    }
    if (n == 9 || n == 19) {
        kr_err_set_str(ts, &kr_exc_OSError, "[Errno 22] Invalid argument");
        return NULL;
    }
    KrObject *old = signal_getsignal(ts, self, a[0]);
    KrObject *h = old ? handlers(ts, self) : NULL;
    if (!h || kr_dict_set_item(ts, h, a[0], a[1]) < 0) {
        KR_XDECREF(ts, old);
        return NULL;
    }
    return old;
}

static KrObject *signal_default_int_handler(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                            KrObject *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_set_type(ts, &kr_exc_KeyboardInterrupt, NULL);
    return NULL;
}

static const KrMethodDef signal_functions[] = {
    {"signal", (void *)signal_signal, KR_METH_VARARGS, false, false, "Set the action for the given signal."},
    {"getsignal", (void *)signal_getsignal, KR_METH_O, false, false, "Return the current action for the given signal."},
    {"default_int_handler", (void *)signal_default_int_handler, KR_METH_VARARGS, false, false,
     "The default handler for SIGINT installed by Python."},
    {NULL, NULL, 0, false, false, NULL},
};

static const struct {
    const char *name;
    int value;
} signal_numbers[] = {
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIG}, {"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3},
    {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8},
    {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14},
    {"SIGTERM", 15}, {"SIGCHLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21},
    {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27},
    {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31},
};

KrObject *kr_signal_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "_signal", "This module provides mechanisms to use signal handlers in Python.",
                                       signal_functions, NULL);
    if (!m) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof signal_numbers / sizeof signal_numbers[0]; i++) {
        if (kr_modsupport_add(ts, m, signal_numbers[i].name, kr_int_from_i64(ts, signal_numbers[i].value)) < 0) {
            goto error;
        }
    }
    // Every signal starts at SIG_DFL but SIGINT (default_int_handler) and SIGPIPE (SIG_IGN), as in CPython.
    KrObject *h = kr_dict_new(ts);
    if (kr_modsupport_add(ts, m, "_handlers", h) < 0) {
        goto error;
    }
    for (int n = 1; n < NSIG; n++) {
        KrObject *key = kr_int_from_i64(ts, n);
        KrObject *v = n == 2 ? kr_dict_get_item_str(ts, KR_MODULE_DICT(m), "default_int_handler") : NULL;
        v = v ? KR_INCREF(v) : kr_int_from_i64(ts, n == 13 ? 1 : 0);
        int rc = key && v ? kr_dict_set_item(ts, h, key, v) : -1;
        KR_XDECREF(ts, key);
        KR_XDECREF(ts, v);
        if (rc < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_DECREF(ts, m);
    return NULL;
}
