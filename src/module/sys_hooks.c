// SPDX-License-Identifier: MIT
// sys's hooks and runtime controls: displayhook, breakpointhook, audit hooks,
// async generator hooks, coroutine origin tracking, the switch interval and the
// introspection helpers (_current_frames, _current_exceptions, ...).
#include <stdio.h>
#include <string.h>

#include "mathmodule.h"
#include "modsupport.h"
#include "modules.h"
#include "sys.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "../port/port.h"
#include "../vm/frame.h"
#include "../vm/import.h"
#include "../vm/vm.h"

// ---- displayhook and breakpointhook --------------------------------------------------

// sys.displayhook(value): what the REPL does with an expression statement's
// value: prints its repr to sys.stdout and keeps it as builtins._ (None is skipped).
static KrObject *sys_displayhook(KrThread *ts, KrObject *self, KrObject *value)
{
    (void)self;
    if (value == KR_NONE) {
        KR_RETURN_NONE;
    }
    // As CPython: _ is None while repr() runs, so a failing repr leaves no stale value.
    if (kr_dict_set_item_str(ts, ts->vm->builtins, "_", KR_NONE) < 0) {
        return NULL;
    }
    KrObject *out = kr_dict_get_item_str(ts, ts->vm->sys_dict, "stdout");
    if (!out || out == KR_NONE) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    KR_INCREF(out);
    KrObject *text = kr_repr(ts, value);
    KrObject *nl = text ? kr_str_from_cstr(ts, "\n") : NULL;
    KrObject *line = nl ? kr_str_concat(ts, text, nl) : NULL;
    KrObject *r = line ? kr_call_method(ts, out, KR_ID(ts, write), &line, 1) : NULL;
    KR_XDECREF(ts, line);
    KR_XDECREF(ts, nl);
    KR_XDECREF(ts, text);
    KR_DECREF(ts, out);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    if (kr_dict_set_item_str(ts, ts->vm->builtins, "_", value) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// sys.breakpointhook(*args, **kws): the hook breakpoint() calls. $PYTHONBREAKPOINT
// names the callable to run ("module.attr", default pdb.set_trace); "0" turns it off.
static KrObject *sys_breakpointhook(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames)
{
    (void)self;
    const char *env = kr_port_getenv("PYTHONBREAKPOINT");
    const char *spec = env && *env ? env : "pdb.set_trace";
    if (strcmp(spec, "0") == 0) {
        KR_RETURN_NONE;
    }
    const char *dot = strrchr(spec, '.');
    KrObject *modname = dot ? kr_str_from_utf8(ts, spec, (size_t)(dot - spec)) : kr_str_from_cstr(ts, "builtins");
    KrObject *module = modname ? kr_import_module_level(ts, modname, NULL, NULL, 0) : NULL;
    KR_XDECREF(ts, modname);
    KrObject *hook = module ? kr_getattr_cstr(ts, module, dot ? dot + 1 : spec) : NULL;
    KR_XDECREF(ts, module);
    if (!hook) {
        if (!kr_err_matches(ts, &kr_exc_ImportError) && !kr_err_matches(ts, &kr_exc_AttributeError)) {
            return NULL;
        }
        kr_err_clear(ts);
        if (kr_warn_format(ts, &kr_exc_RuntimeWarning, 1, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", spec) < 0) {
            return NULL;
        }
        KR_RETURN_NONE;
    }
    KrObject *r = kr_call(ts, hook, args, nargs, kwnames);
    KR_DECREF(ts, hook);
    return r;
}

// ---- audit hooks ------------------------------------------------------------------------

// Calls every hook sys.addaudithook added with (event, args); -1 if one raised.
static int run_audit_hooks(KrThread *ts, KrObject *event, KrObject *args)
{
    KrObject *hooks = ts->vm->audit_hooks;
    for (intptr_t i = 0; hooks && i < KR_LIST_SIZE(hooks); i++) {
        KrObject *hook = KR_INCREF(KR_LIST_ITEMS(hooks)[i]);
        KrObject *argv[2] = {event, args};
        KrObject *r = kr_call(ts, hook, argv, 2, NULL);
        KR_DECREF(ts, hook);
        if (!r) {
            return -1;
        }
        KR_DECREF(ts, r);
    }
    return 0;
}

// sys.audit(event, *args): passes the event to the audit hooks.
static KrObject *sys_audit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "sys.audit() takes no keyword arguments");
        return NULL;
    }
    if (nargs == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "audit() missing 1 required positional argument: 'event'");
        return NULL;
    }
    if (!kr_str_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "expected str for argument 'event', not %T", args[0]);
        return NULL;
    }
    if (!ts->vm->audit_hooks) {
        KR_RETURN_NONE;
    }
    KrObject *rest = kr_tuple_from_array(ts, args + 1, (intptr_t)nargs - 1);
    int rc = rest ? run_audit_hooks(ts, args[0], rest) : -1;
    KR_XDECREF(ts, rest);
    if (rc < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// sys.addaudithook(hook): the existing hooks first see "sys.addaudithook"; if
// one of them raises a RuntimeError the new hook is quietly refused.
static KrObject *sys_addaudithook(KrThread *ts, KrObject *self, KrObject *hook)
{
    (void)self;
    KrObject *event = kr_str_from_cstr(ts, "sys.addaudithook");
    KrObject *noargs = event ? kr_tuple_new(ts, 0) : NULL;
    int rc = noargs ? run_audit_hooks(ts, event, noargs) : -1;
    KR_XDECREF(ts, noargs);
    KR_XDECREF(ts, event);
    if (rc < 0) {
        if (kr_err_matches(ts, &kr_exc_RuntimeError)) {
            kr_err_clear(ts);
            KR_RETURN_NONE;
        }
        return NULL;
    }
    if (!ts->vm->audit_hooks && !(ts->vm->audit_hooks = kr_list_new(ts, 0))) {
        return NULL;
    }
    if (kr_list_append(ts, ts->vm->audit_hooks, hook) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// ---- async generator hooks and coroutine origins -------------------------------------

extern KrType kr_asyncgen_hooks_type;

static KrObject *sys_get_asyncgen_hooks(KrThread *ts, KrObject *self)
{
    (void)self;
    KrObject *v[2] = {
        KR_INCREF(ts->asyncgen_firstiter ? ts->asyncgen_firstiter : KR_NONE),
        KR_INCREF(ts->asyncgen_finalizer ? ts->asyncgen_finalizer : KR_NONE),
    };
    return kr_structseq_pack(ts, &kr_asyncgen_hooks_type, v);
}

// sys.set_asyncgen_hooks(firstiter=..., finalizer=...): an omitted hook keeps
// its value, None removes it; both are checked before either is set.
static KrObject *sys_set_asyncgen_hooks(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                        KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_modsupport_parse_old(ts, NULL, args, nargs, kwnames, names, 0, a) < 0) {
        return NULL;
    }
    KrObject **slots[2] = {&ts->asyncgen_firstiter, &ts->asyncgen_finalizer};
    for (int i = 1; i >= 0; i--) { // CPython checks the finalizer first
        if (a[i] && a[i] != KR_NONE && !kr_callable(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "callable %s expected, got %T", names[i], a[i]);
            return NULL;
        }
    }
    for (int i = 0; i < 2; i++) {
        if (a[i]) {
            KR_SETREF(ts, *slots[i], a[i] == KR_NONE ? NULL : KR_INCREF(a[i]));
        }
    }
    KR_RETURN_NONE;
}

static KrObject *sys_get_coroutine_origin_tracking_depth(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_int_from_i64(ts, ts->coro_origin_depth);
}

// sys.set_coroutine_origin_tracking_depth(depth): coroutines created from now
// on record `depth` frames of where they were created (cr_origin).
static KrObject *sys_set_coroutine_origin_tracking_depth(KrThread *ts, KrObject *self, KrObject *const *args,
                                                         size_t nargs, KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"depth", NULL};
    KrObject *a[1];
    if (kr_parse_args(ts, "set_coroutine_origin_tracking_depth", args, nargs, kwnames, names, 1, 0, 1, a) < 0) {
        return NULL;
    }
    int depth;
    if (kr_sys_int_arg(ts, a[0], &depth) < 0) {
        return NULL;
    }
    if (depth < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "depth must be >= 0");
        return NULL;
    }
    ts->coro_origin_depth = depth;
    KR_RETURN_NONE;
}

// ---- runtime controls -------------------------------------------------------------------

static KrObject *sys_getswitchinterval(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_float_from_double(ts, ts->vm->switch_interval);
}

// sys.setswitchinterval(seconds): how long a thread may hold the GIL before
// another one waiting for it is let in.
static KrObject *sys_setswitchinterval(KrThread *ts, KrObject *self, KrObject *value)
{
    (void)self;
    double d;
    if (kr_mathmodule_as_double(ts, value, &d) < 0) {
        return NULL;
    }
    if (!(d > 0.0)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "switch interval must be strictly positive");
        return NULL;
    }
    ts->vm->switch_interval = d;
    KR_RETURN_NONE;
}

static KrObject *sys_getdlopenflags(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_int_from_i64(ts, ts->vm->dlopen_flags);
}

// sys.setdlopenflags(n): Krait loads no extension modules, but keeps the value.
static KrObject *sys_setdlopenflags(KrThread *ts, KrObject *self, KrObject *value)
{
    (void)self;
    if (kr_sys_int_arg(ts, value, &ts->vm->dlopen_flags) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *sys_is_finalizing(KrThread *ts, KrObject *self)
{
    (void)self;
    return KR_INCREF(KR_BOOL(ts->vm->finalizing));
}

// sys.exception(): the exception being handled, or None.
static KrObject *sys_exception(KrThread *ts, KrObject *self)
{
    (void)self;
    KrObject *exc = kr_exc_info_borrow(ts);
    return KR_INCREF(exc ? exc : KR_NONE);
}

// sys.call_tracing(func, args): func(*args), which a debugger uses to run code
// from inside a trace function.
static KrObject *sys_call_tracing(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "call_tracing", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    if (!kr_tuple_check(args[1])) {
        kr_err_format(ts, &kr_exc_TypeError, "call_tracing() argument 2 must be tuple, not %T", args[1]);
        return NULL;
    }
    return kr_call(ts, args[0], KR_TUPLE_ITEMS(args[1]), (size_t)KR_TUPLE_SIZE(args[1]), NULL);
}

// ---- introspection ----------------------------------------------------------------------

// A one-entry dict {thread id: value} for the running thread (steals value).
// Thread ids are _thread.get_ident()'s: the KrThread's address.
static KrObject *per_thread(KrThread *ts, KrObject *value)
{
    KrObject *d = value ? kr_dict_new(ts) : NULL;
    KrObject *key = d ? kr_int_from_u64(ts, (uint64_t)(uintptr_t)ts) : NULL;
    int rc = key ? kr_dict_set_item(ts, d, key, value) : -1;
    KR_XDECREF(ts, key);
    KR_XDECREF(ts, value);
    if (rc < 0) {
        KR_XDECREF(ts, d);
        return NULL;
    }
    return d;
}

// sys._current_frames(): each thread's innermost frame (the caller's, here).
static KrObject *sys_current_frames(KrThread *ts, KrObject *self)
{
    (void)self;
    KrObject *frame = ts->frame ? kr_frameobject_get(ts, ts->frame) : KR_INCREF(KR_NONE);
    return per_thread(ts, frame);
}

// sys._current_exceptions(): each thread's handled exception as 3.11's
// (type, value, traceback) tuple, (None, None, None) when there is none.
static KrObject *sys_current_exceptions(KrThread *ts, KrObject *self)
{
    (void)self;
    KrObject *exc = kr_exc_info_borrow(ts);
    if (!exc || exc == KR_NONE) {
        return per_thread(ts, kr_tuple_pack(ts, 3, KR_NONE, KR_NONE, KR_NONE));
    }
    KrObject *tb = kr_exception_check(exc) ? ((KrException *)exc)->traceback : NULL;
    return per_thread(ts, kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(exc), exc, tb ? tb : KR_NONE));
}

static KrObject *sys_clear_type_cache(KrThread *ts, KrObject *self)
{
    (void)self;
    kr_type_cache_invalidate(ts);
    KR_RETURN_NONE;
}

// sys._getquickenedcount(): CPython's count of specialized instructions; Krait
// does not rewrite its bytecode, so none are.
static KrObject *sys_getquickenedcount(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_int_from_i64(ts, 0);
}

// sys._debugmallocstats(): the object allocator's figures, on stderr.
static KrObject *sys_debugmallocstats(KrThread *ts, KrObject *self)
{
    (void)self;
    KrVM *vm = ts->vm;
    fprintf(stderr, "Krait object allocator:\n");
    fprintf(stderr, "  %lld arenas of 256 KiB held\n", (long long)vm->pool.narenas);
    fprintf(stderr, "  %lld blocks allocated\n", (long long)vm->pool.nblocks);
    fprintf(stderr, "  %lld objects alive\n", (long long)vm->object_count);
    KR_RETURN_NONE;
}

const KrMethodDef kr_sys_hook_functions[] = {
    {"displayhook", (void *)sys_displayhook, KR_METH_O, false, false,
     "Print an object to sys.stdout and also save it in builtins._"},
    {"breakpointhook", (void *)sys_breakpointhook, KR_METH_VARARGS, false, false,
     "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint()."},
    {"audit", (void *)sys_audit, KR_METH_VARARGS, false, false, "Passes the event to any audit hooks that are attached."},
    {"addaudithook", (void *)sys_addaudithook, KR_METH_O, false, false, "Adds a new audit hook callback."},
    {"get_asyncgen_hooks", (void *)sys_get_asyncgen_hooks, KR_METH_NOARGS, false, false,
     "Return the installed asynchronous generators hooks."},
    {"set_asyncgen_hooks", (void *)sys_set_asyncgen_hooks, KR_METH_VARARGS, false, false,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."},
    {"get_coroutine_origin_tracking_depth", (void *)sys_get_coroutine_origin_tracking_depth, KR_METH_NOARGS, false,
     false, "Check status of origin tracking for coroutine objects in this thread."},
    {"set_coroutine_origin_tracking_depth", (void *)sys_set_coroutine_origin_tracking_depth, KR_METH_VARARGS, false,
     false, "Enable or disable origin tracking for coroutine objects in this thread."},
    {"getswitchinterval", (void *)sys_getswitchinterval, KR_METH_NOARGS, false, false,
     "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", (void *)sys_setswitchinterval, KR_METH_O, false, false,
     "Set the ideal thread switching delay inside the Python interpreter."},
    {"getdlopenflags", (void *)sys_getdlopenflags, KR_METH_NOARGS, false, false,
     "Return the current value of the flags that are used for dlopen calls."},
    {"setdlopenflags", (void *)sys_setdlopenflags, KR_METH_O, false, false,
     "Set the flags used by the interpreter for dlopen calls."},
    {"is_finalizing", (void *)sys_is_finalizing, KR_METH_NOARGS, false, false,
     "Return True if Python is exiting."},
    {"exception", (void *)sys_exception, KR_METH_NOARGS, false, false,
     "Return the current exception."},
    {"call_tracing", (void *)sys_call_tracing, KR_METH_VARARGS, false, false,
     "Call func(*args), while tracing is enabled."},
    {"_current_frames", (void *)sys_current_frames, KR_METH_NOARGS, false, false,
     "Return a dict mapping each thread's thread id to its current stack frame."},
    {"_current_exceptions", (void *)sys_current_exceptions, KR_METH_NOARGS, false, false,
     "Return a dict mapping each thread's identifier to its current raised exception."},
    {"_clear_type_cache", (void *)sys_clear_type_cache, KR_METH_NOARGS, false, false,
     "Clear the internal type lookup cache."},
    {"_getquickenedcount", (void *)sys_getquickenedcount, KR_METH_NOARGS, false, false, NULL},
    {"_debugmallocstats", (void *)sys_debugmallocstats, KR_METH_NOARGS, false, false,
     "Print summary info to stderr about the state of the object allocator."},
    {NULL, NULL, 0, false, false, NULL},
};

// ---- sys.asyncgen_hooks and sys.thread_info ---------------------------------------------

static const KrGetSetDef asyncgen_hooks_getsets[] = {
    {"firstiter", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"finalizer", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc two_fields = {2, 2};

KrType kr_asyncgen_hooks_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "asyncgen_hooks",
    .doc = "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.",
    .new_ = kr_structseq_new_slot,
    .getsets = asyncgen_hooks_getsets,
    .type_data = &two_fields,
};

static const KrGetSetDef thread_info_getsets[] = {
    {"name", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"lock", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"version", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc three_fields = {3, 3};

KrType kr_thread_info_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "sys.thread_info",
    .doc = "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    .getsets = thread_info_getsets,
    .type_data = &three_fields,
};

// sys.thread_info: the thread implementation the port provides.
KrObject *kr_sys_thread_info(KrThread *ts)
{
    KrObject *v[3] = {kr_str_from_cstr(ts, kr_port_thread_name()), kr_str_from_cstr(ts, "mutex+cond"),
                      KR_INCREF(KR_NONE)};
    return kr_structseq_pack(ts, &kr_thread_info_type, v);
}
