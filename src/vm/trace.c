// SPDX-License-Identifier: MIT
// sys.settrace / sys.setprofile: the events the eval loop sends while tracing.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "frame.h"

static const char *const event_names[] = {"call", "exception", "line", "return", "c_call", "c_exception", "c_return"};

static void update_trace_on(KrThread *ts) {
    ts->trace_on = ts->trace_func != NULL || ts->profile_func != NULL;
}

// Calls fn(frame, event, arg) with events off meanwhile. A function frame's
// f_locals dict is refreshed before and written back after, so a tracer
// (a debugger) can change local variables, as in CPython.
static KrObject *call_tracer(KrThread *ts, KrObject *fn, KrFrameObject *fo, int what, KrObject *arg) {
    KrObject *name = kr_str_from_cstr(ts, event_names[what]);
    if (!name) {
        return NULL;
    }
    KrFrame *f = fo->frame;
    bool fast = f && !f->locals;
    KrObject *r = NULL;
    if (fast && fo->locals && kr_frameobject_sync_locals(ts, fo, false) < 0) {
        goto done;
    }
    ts->tracing++;
    ts->tracing_what = what;
    KrObject *args[3] = {(KrObject *)fo, name, arg ? arg : KR_NONE};
    KR_INCREF(fn);
    r = kr_call(ts, fn, args, 3, NULL);
    KR_DECREF(ts, fn);
    ts->tracing--;
    if (r && fast && fo->frame == f && fo->locals && kr_frameobject_sync_locals(ts, fo, true) < 0) {
        KR_CLEAR(ts, r);
    }
done:
    KR_DECREF(ts, name);
    return r;
}

// One event: the profile function sees calls and returns; the trace
// function sees 'call' (its result becomes f_trace), then f_trace gets the
// frame's other events. A function that raises is removed.
static int send_event(KrThread *ts, KrFrame *f, int what, KrObject *arg) {
    bool profile = ts->profile_func && (what == KR_TRACE_CALL || what == KR_TRACE_RETURN || what >= KR_TRACE_C_CALL);
    if (what >= KR_TRACE_C_CALL && !profile) {
        return 0;  // the c_* events go to the profile function only
    }
    if (!profile && !ts->trace_func) {
        return 0;
    }
    KrFrameObject *fo = (KrFrameObject *)kr_frameobject_get(ts, f);
    if (!fo) {
        return -1;
    }
    int rc = 0;
    if (profile) {
        KrObject *r = call_tracer(ts, ts->profile_func, fo, what, arg);
        if (!r) {
            KR_CLEAR(ts, ts->profile_func);
            update_trace_on(ts);
            rc = -1;
            goto done;
        }
        KR_DECREF(ts, r);
    }
    KrObject *callback = what == KR_TRACE_CALL ? ts->trace_func : fo->trace;
    if (ts->trace_func && callback && what < KR_TRACE_C_CALL) {
        KrObject *r = call_tracer(ts, callback, fo, what, arg);
        if (!r) {
            KR_CLEAR(ts, ts->trace_func);
            update_trace_on(ts);
            KR_CLEAR(ts, fo->trace);
            rc = -1;
        } else if (r != KR_NONE) {
            KR_SETREF(ts, fo->trace, r);
        } else {
            KR_DECREF(ts, r);
        }
    }
done:
    KR_DECREF(ts, fo);
    return rc;
}

int kr_trace_instr(KrThread *ts, KrFrame *f, KrObject **sp) {
    KrCode *co = f->code;
    int32_t lasti = f->lasti;
    if (!f->trace_called) {
        f->trace_called = true;
        // A frame's first run sends a 'line' event for its first line, and
        // the 'call' event shows the def line (CPython's RESUME is there);
        // a resumed generator goes on from its yield.
        bool fresh = lasti == 0 || (KR_INSTR_OP(co->code[0]) == KR_OP_RETURN_GENERATOR && lasti <= 2);
        if (fresh) {
            f->trace_prev = -1;
            f->trace_line = -1;
            f->lasti = -1;
        }
        int rc = send_event(ts, f, KR_TRACE_CALL, NULL);
        f->lasti = lasti;
        if (rc < 0) {
            return -1;
        }
    }
    int op = (int)KR_INSTR_OP(co->code[lasti]);
    int line = kr_code_line(co, lasti);
    // A 'line' event when the line changes, or on a jump backwards (a loop
    // on one line), except the jump back to a SEND of `yield from`/`await`.
    bool new_line = line > 0 && (line != f->trace_line || (f->trace_prev >= 0 && lasti < f->trace_prev && op != KR_OP_SEND));
    f->trace_prev = lasti;
    if (line > 0) {
        f->trace_line = line;
    }
    KrFrameObject *fo = (KrFrameObject *)f->frame_obj;
    if (new_line && ts->trace_func && fo && fo->trace && fo->trace_lines &&
        send_event(ts, f, KR_TRACE_LINE, NULL) < 0) {
        return -1;
    }
    if (op == KR_OP_RETURN_VALUE || op == KR_OP_YIELD_VALUE) {
        return send_event(ts, f, KR_TRACE_RETURN, sp[-1]);
    }
    return 0;
}

// Runs an event while an exception is pending: the exception stays unless
// the trace function raised another one.
static void send_protected(KrThread *ts, KrFrame *f, int what, KrObject *arg) {
    KrObject *exc = kr_err_fetch(ts);
    if (send_event(ts, f, what, arg) < 0) {
        KR_XDECREF(ts, exc);
        return;
    }
    kr_err_restore(ts, exc);
}

void kr_trace_throw(KrThread *ts, KrFrame *f) {
    if (!ts->tracing && !f->trace_called) {
        f->trace_called = true;
        send_protected(ts, f, KR_TRACE_CALL, NULL);
    }
}

void kr_trace_exception(KrThread *ts, KrFrame *f) {
    KrFrameObject *fo = (KrFrameObject *)f->frame_obj;
    if (ts->tracing || !ts->trace_func || !fo || !fo->trace || !ts->exc) {
        return;
    }
    KrObject *exc = ts->exc;
    KrObject *tb = kr_exception_check(exc) ? ((KrException *)exc)->traceback : NULL;
    KrObject *items[3] = {(KrObject *)KR_TYPE(exc), exc, tb ? tb : KR_NONE};
    KrObject *arg = kr_tuple_from_array(ts, items, 3);
    if (!arg) {
        return;
    }
    send_protected(ts, f, KR_TRACE_EXCEPTION, arg);
    KR_DECREF(ts, arg);
}

void kr_trace_unwind(KrThread *ts, KrFrame *f) {
    if (ts->tracing || !f->trace_called) {
        return;
    }
    send_protected(ts, f, KR_TRACE_RETURN, NULL);
}

static void mark_running(KrThread *ts) {
    for (KrFrame *f = ts->frame; f; f = f->back) {
        if (!f->trace_called) {
            f->trace_called = true;
            f->trace_prev = f->lasti;
            f->trace_line = f->lasti < 0 ? -1 : kr_code_line(f->code, f->lasti);
        }
    }
}

void kr_trace_set(KrThread *ts, KrObject *func, bool profile) {
    KrObject **slot = profile ? &ts->profile_func : &ts->trace_func;
    KR_SETREF(ts, *slot, func && func != KR_NONE ? KR_INCREF(func) : NULL);
    update_trace_on(ts);
    ts->tracing_what = KR_TRACE_CALL; // as CPython: no event yet under the new function
    if (ts->trace_on) {
        mark_running(ts);
    }
}

KrObject *kr_trace_c_call(KrThread *ts, KrFrame *f, KrObject *callable, KrObject *const *args, size_t nargs,
                          KrObject *kwnames) {
    // As CPython: builtin functions, and method descriptors called with their
    // object first, which the profile function sees as a bound method.
    KrObject *shown = NULL;
    if (KR_TYPE(callable) == &kr_cfunction_type) {
        shown = KR_INCREF(callable);
    } else if (KR_TYPE(callable) == &kr_method_descr_type && nargs > 0) {
        shown = kr_method_descr_type.descr_get(ts, callable, args[0], (KrObject *)KR_TYPE(args[0]));
        if (!shown) {
            return NULL;
        }
        args++;
        nargs--;
    }
    if (!shown || ts->tracing) {
        KrObject *r = shown ? kr_call(ts, shown, args, nargs, kwnames) : kr_call(ts, callable, args, nargs, kwnames);
        KR_XDECREF(ts, shown);
        return r;
    }
    KrObject *r = NULL;
    if (send_event(ts, f, KR_TRACE_C_CALL, shown) == 0) {
        r = kr_call(ts, shown, args, nargs, kwnames);
        if (!r) {
            send_protected(ts, f, KR_TRACE_C_EXCEPTION, shown);
        } else if (send_event(ts, f, KR_TRACE_C_RETURN, shown) < 0) {
            KR_CLEAR(ts, r);
        }
    }
    KR_DECREF(ts, shown);
    return r;
}
