// SPDX-License-Identifier: MIT
// Generators, coroutines and async generators: a function call whose frame
// lives on in a heap object and is resumed by next()/send()/throw().
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "async.h"
#include "frame.h"
#include "warn.h"
#include "import.h"
#include "ops.h"

// cr_origin: (filename, lineno, function) of up to `depth` frames from f outwards.
static KrObject *origin_of(KrThread *ts, KrFrame *f, int depth) {
    KrObject *list = kr_list_new(ts, 0);
    for (; list && f && depth > 0; f = f->back, depth--) {
        int line = f->lasti >= 0 ? kr_code_line(f->code, f->lasti) : f->code->firstlineno;
        KrObject *lineno = kr_int_from_i64(ts, line);
        KrObject *entry = lineno ? kr_tuple_pack(ts, 3, f->code->filename, lineno, f->code->name) : NULL;
        KR_XDECREF(ts, lineno);
        if (!entry || kr_list_append(ts, list, entry) < 0) {
            KR_XDECREF(ts, entry);
            KR_CLEAR(ts, list);
            break;
        }
        KR_DECREF(ts, entry);
    }
    KrObject *tuple = list ? kr_list_as_tuple(ts, list) : NULL;
    KR_XDECREF(ts, list);
    return tuple;
}

static const char *const kind_names[] = {"generator", "coroutine", "async generator"};

KrObject *kr_gen_new(KrThread *ts, KrFrame *frame, KrFunction *func) {
    KrCode *co = frame->code;
    int kind = (co->flags & KR_CO_ASYNC_GENERATOR) ? KR_GEN_ASYNC
               : (co->flags & KR_CO_COROUTINE)     ? KR_GEN_COROUTINE
                                                   : KR_GEN_GENERATOR;
    KrType *types[] = {&kr_gen_type, &kr_coro_type, &kr_async_gen_type};
    KrObject *origin = NULL;
    if (kind == KR_GEN_COROUTINE && ts->coro_origin_depth > 0 &&
        !(origin = origin_of(ts, ts->frame, ts->coro_origin_depth))) {
        kr_frame_free(ts, frame);
        return NULL;
    }
    KrGen *g = (KrGen *)kr_object_alloc(ts, types[kind], sizeof(KrGen));
    if (!g) {
        KR_XDECREF(ts, origin);
        kr_frame_free(ts, frame);
        return NULL;
    }
    g->frame = frame;
    g->code = (KrCode *)KR_INCREF(co);
    g->name = KR_INCREF(func ? func->name : co->name);
    g->qualname = KR_INCREF(func ? func->qualname : co->qualname);
    g->kind = kind;
    g->origin = origin;
    // Skip RETURN_GENERATOR (and the POP_TOP a CPython-style compiler puts after it).
    int32_t start = 0;
    if (co->ncode > 0 && KR_INSTR_OP(co->code[0]) == KR_OP_RETURN_GENERATOR) {
        start = 1;
        if (co->ncode > 1 && KR_INSTR_OP(co->code[1]) == KR_OP_POP_TOP) {
            start = 2;
        }
    }
    frame->lasti = start - 1;
    frame->generator = (KrObject *)g;
    return (KrObject *)g;
}

static void gen_finish(KrThread *ts, KrGen *g) {
    KR_CLEAR(ts, g->exc_state);
    if (g->frame) {
        kr_frame_free(ts, g->frame);
        g->frame = NULL;
    }
}

static KrObject **frame_stack(KrFrame *f) {
    return f->slots + f->code->nlocals + f->code->ncells;
}

// The sub-iterator a suspended generator delegates to (borrowed), or NULL.
// The frame then waits in the YIELD_VALUE of a SEND loop (`yield from`,
// `await`) with the sub-iterator on top of its stack.
static KrObject *gen_yf(KrGen *g) {
    KrFrame *f = g->frame;
    if (!f || !g->started || g->running || f->lasti < 1 || f->stacktop < 1) {
        return NULL;
    }
    if (KR_INSTR_OP(f->code->code[f->lasti]) != KR_OP_YIELD_VALUE ||
        KR_INSTR_OP(f->code->code[f->lasti - 1]) != KR_OP_SEND) {
        return NULL;
    }
    return frame_stack(f)[f->stacktop - 1];
}

KrObject *kr_gen_yf_borrow(KrObject *gen) {
    return gen_yf((KrGen *)gen);
}

static void set_running_error(KrThread *ts, KrGen *g) {
    kr_err_format(ts, &kr_exc_ValueError, "%s already executing", kind_names[g->kind]);
}

// Replaces the pending exception by RuntimeError(msg) caused by it.
static void reraise_as_runtime(KrThread *ts, const char *what, const char *name) {
    KrObject *e = kr_err_fetch(ts);
    kr_err_format(ts, &kr_exc_RuntimeError, "%s raised %s", what, name);
    if (ts->exc) {
        KR_SETREF(ts, ((KrException *)ts->exc)->cause, KR_INCREF(e));
        ((KrException *)ts->exc)->suppress_context = true;
        KR_SETREF(ts, ((KrException *)ts->exc)->context, e);
    } else {
        KR_DECREF(ts, e);
    }
}

// Runs the frame once the sent value is on its stack (or, with throwflag,
// the exception is pending). Same results as kr_gen_send_ex.
// The generator runs with its own handled exception (CPython's gi_exc_state)
// in ts->exc_info, and its resumer's visible through ts->exc_outer; both are
// swapped back when it suspends or ends.
static KrObject *gen_run(KrThread *ts, KrGen *g, bool throwflag, bool *done) {
    *done = false;
    g->running = true;
    KrObject *caller_exc = ts->exc_info, *caller_outer = ts->exc_outer;
    ts->exc_outer = kr_exc_info_borrow(ts);
    ts->exc_info = g->exc_state;
    g->exc_state = NULL;
    bool yielded;
    KrObject *r = throwflag ? kr_eval_frame_throw(ts, g->frame, &yielded) : kr_eval_frame(ts, g->frame, &yielded);
    g->exc_state = ts->exc_info;
    ts->exc_info = caller_exc;
    ts->exc_outer = caller_outer;
    g->running = false;
    if (r && yielded) {
        return r;
    }
    gen_finish(ts, g);
    if (!r) {
        // PEP 479: a StopIteration escaping the generator becomes RuntimeError.
        if (kr_err_matches(ts, &kr_exc_StopIteration)) {
            reraise_as_runtime(ts, kind_names[g->kind], "StopIteration");
        } else if (g->kind == KR_GEN_ASYNC && kr_err_matches(ts, &kr_exc_StopAsyncIteration)) {
            reraise_as_runtime(ts, kind_names[g->kind], "StopAsyncIteration");
        }
        return NULL;
    }
    *done = true;
    return r;
}

KrObject *kr_gen_send_ex(KrThread *ts, KrObject *gen, KrObject *value, bool *done) {
    KrGen *g = (KrGen *)gen;
    *done = false;
    if (g->running) {
        set_running_error(ts, g);
        return NULL;
    }
    if (!g->frame) {
        if (g->kind == KR_GEN_COROUTINE) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return NULL;
        }
        *done = true;
        return KR_INCREF(KR_NONE);
    }
    KrFrame *f = g->frame;
    if (!g->started) {
        if (value && value != KR_NONE) {
            kr_err_format(ts, &kr_exc_TypeError, "can't send non-None value to a just-started %s", kind_names[g->kind]);
            return NULL;
        }
        g->started = true;
    } else {
        // The sent value is the result of the suspended YIELD_VALUE.
        frame_stack(f)[f->stacktop++] = KR_INCREF(value ? value : KR_NONE);
    }
    return gen_run(ts, g, false, done);
}

void kr_gen_raise_stop(KrThread *ts, KrObject *value) {
    if (value == KR_NONE) {
        kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
    } else {
        KrObject *args = kr_tuple_pack(ts, 1, value);
        // kr_exc_new steals args; kr_err_set_object steals e.
        KrObject *e = args ? kr_exc_new(ts, &kr_exc_StopIteration, args) : NULL;
        if (e) {
            kr_err_set_object(ts, e);
        }
    }
}

// Turns a finished generator's return value into the exception that send()
// and throw() raise: StopIteration(value), or StopAsyncIteration.
static KrObject *finish_result(KrThread *ts, KrGen *g, KrObject *r, bool done) {
    if (!done) {
        return r;
    }
    if (r) {
        if (g->kind == KR_GEN_ASYNC) {
            kr_err_set_type(ts, &kr_exc_StopAsyncIteration, NULL);
        } else {
            kr_gen_raise_stop(ts, r);
        }
        KR_DECREF(ts, r);
    }
    return NULL;
}

KrObject *kr_gen_send(KrThread *ts, KrObject *gen, KrObject *value) {
    bool done;
    KrObject *r = kr_gen_send_ex(ts, gen, value, &done);
    return finish_result(ts, (KrGen *)gen, r, done);
}

static KrObject *gen_iternext(KrThread *ts, KrObject *self) {
    bool done;
    KrObject *r = kr_gen_send_ex(ts, self, KR_NONE, &done);
    if (r && done) {
        if (r != KR_NONE) {
            kr_gen_raise_stop(ts, r);
        }
        KR_DECREF(ts, r);
        return NULL;
    }
    return r;
}

static KrObject *gen_send(KrThread *ts, KrObject *self, KrObject *value) {
    return kr_gen_send(ts, self, value);
}

// Closes a sub-iterator for gen.close(): its own close(), if it has one.
static int close_iter(KrThread *ts, KrObject *yf) {
    KrObject *r;
    if (KR_TYPE(yf) == &kr_gen_type || KR_TYPE(yf) == &kr_coro_type) {
        KrObject *ge = (KrObject *)&kr_exc_GeneratorExit;
        KrObject *exc = kr_call0(ts, ge);
        if (!exc) {
            return -1;
        }
        r = kr_gen_throw_exc(ts, yf, exc, true);
        if (r) {
            KR_DECREF(ts, r);
            kr_err_format(ts, &kr_exc_RuntimeError, "%s ignored GeneratorExit", kind_names[((KrGen *)yf)->kind]);
            return -1;
        }
        if (kr_err_matches(ts, &kr_exc_GeneratorExit) || kr_err_matches(ts, &kr_exc_StopIteration)) {
            kr_err_clear(ts);
            return 0;
        }
        return -1;
    }
    KrObject *meth = kr_getattr_opt(ts, yf, KR_ID(ts, close));
    if (!meth) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    r = kr_call0(ts, meth);
    KR_DECREF(ts, meth);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

// Resumes the frame with the pending exception raised at its yield.
static KrObject *throw_here(KrThread *ts, KrGen *g) {
    if (!g->frame || !g->started) {
        // Thrown before the first resume or after the end: the generator is over.
        gen_finish(ts, g);
        return NULL;
    }
    bool done;
    KrObject *r = gen_run(ts, g, true, &done);
    return finish_result(ts, g, r, done);
}

// gen.throw(): `args` (may be NULL) are throw()'s own arguments, passed on
// unchanged to a sub-iterator's throw method as CPython does.
static KrObject *throw_impl(KrThread *ts, KrObject *gen, KrObject *exc, bool close_on_genexit,
                            KrObject *const *args, size_t nargs) {
    KrGen *g = (KrGen *)gen;
    // Resuming a frame that is already executing (the generator throwing into
    // or closing itself) would re-enter it in C and corrupt its stack.
    if (g->running) {
        KR_DECREF(ts, exc);
        set_running_error(ts, g);
        return NULL;
    }
    KrObject *yf = gen_yf(g);
    if (yf) {
        KR_INCREF(yf);
        KrObject *r;
        if (close_on_genexit && kr_isinstance_type(exc, &kr_exc_GeneratorExit)) {
            // Close the sub-iterator, then raise GeneratorExit here (or what closing raised).
            g->running = true;
            int err = close_iter(ts, yf);
            g->running = false;
            KR_DECREF(ts, yf);
            if (err < 0) {
                KR_DECREF(ts, exc);
                return throw_here(ts, g);
            }
            kr_err_restore(ts, exc);
            return throw_here(ts, g);
        }
        g->running = true;
        if (KR_TYPE(yf) == &kr_gen_type || KR_TYPE(yf) == &kr_coro_type) {
            r = throw_impl(ts, yf, exc, close_on_genexit, args, nargs);
        } else {
            KrObject *meth = kr_getattr_opt(ts, yf, KR_ID(ts, throw));
            if (!meth) {
                g->running = false;
                KR_DECREF(ts, yf);
                if (kr_err_occurred(ts)) {
                    KR_DECREF(ts, exc);
                    return NULL;
                }
                kr_err_restore(ts, exc);
                return throw_here(ts, g);
            }
            r = args ? kr_call(ts, meth, args, nargs, NULL) : kr_call1(ts, meth, exc);
            KR_DECREF(ts, meth);
            KR_DECREF(ts, exc);
        }
        g->running = false;
        KR_DECREF(ts, yf);
        if (r) {
            return r;
        }
        // The sub-iterator finished: drop it and continue after the SEND loop,
        // with its return value or its exception.
        KrFrame *f = g->frame;
        KrObject *sub = frame_stack(f)[--f->stacktop];
        KR_DECREF(ts, sub);
        f->lasti = (int32_t)KR_INSTR_ARG(f->code->code[f->lasti - 1]) - 1;
        KrObject *val = kr_ops_stop_iteration_value(ts);
        if (!val) {
            return throw_here(ts, g);
        }
        frame_stack(f)[f->stacktop++] = val;
        bool done;
        r = gen_run(ts, g, false, &done);
        return finish_result(ts, g, r, done);
    }
    kr_err_restore(ts, exc);
    return throw_here(ts, g);
}

KrObject *kr_gen_throw_exc(KrThread *ts, KrObject *gen, KrObject *exc, bool close_on_genexit) {
    return throw_impl(ts, gen, exc, close_on_genexit, NULL, 0);
}

// Builds the exception of throw(typ[, val[, tb]]) with CPython's checks.
KrObject *kr_gen_make_throw_exc(KrThread *ts, KrObject *const *args, size_t nargs) {
    KrObject *typ = args[0];
    KrObject *val = nargs > 1 ? args[1] : NULL;
    if (nargs > 2 && args[2] != KR_NONE && KR_TYPE(args[2]) != &kr_traceback_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    if (kr_isinstance_type(typ, &kr_type_type) && kr_exception_type_check(typ)) {
        if (val && val != KR_NONE) {
            if (kr_isinstance_type(val, (KrType *)typ)) {
                return KR_INCREF(val);
            }
            // A tuple value is the argument list, as in the old `raise typ, val` form.
            return kr_tuple_check(val) ? kr_call_tuple_dict(ts, typ, val, NULL) : kr_call1(ts, typ, val);
        }
        return kr_call0(ts, typ);
    }
    if (kr_exception_check(typ)) {
        if (val && val != KR_NONE) {
            kr_err_set_str(ts, &kr_exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        return KR_INCREF(typ);
    }
    kr_err_format(ts, &kr_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                  kr_type_name_cstr(KR_TYPE(typ)));
    return NULL;
}

static KrObject *gen_throw(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "throw", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    KrObject *exc = kr_gen_make_throw_exc(ts, args, nargs);
    return exc ? throw_impl(ts, self, exc, true, args, nargs) : NULL;
}

// gen.close(): raise GeneratorExit at the yield (after closing a sub-iterator).
static KrObject *gen_close(KrThread *ts, KrObject *self) {
    KrGen *g = (KrGen *)self;
    if (g->running) {
        set_running_error(ts, g);
        return NULL;
    }
    if (!g->frame) {
        KR_RETURN_NONE;
    }
    if (!g->started) {
        gen_finish(ts, g);
        KR_RETURN_NONE;
    }
    KrObject *exc = kr_call0(ts, (KrObject *)&kr_exc_GeneratorExit);
    KrObject *r = exc ? kr_gen_throw_exc(ts, self, exc, true) : NULL;
    if (r) {
        KR_DECREF(ts, r);
        kr_err_format(ts, &kr_exc_RuntimeError, "%s ignored GeneratorExit", kind_names[g->kind]);
        return NULL;
    }
    if (kr_err_matches(ts, &kr_exc_GeneratorExit) || kr_err_matches(ts, &kr_exc_StopIteration)) {
        kr_err_clear(ts);
        KR_RETURN_NONE;
    }
    return NULL;
}

KrObject *kr_gen_close(KrThread *ts, KrObject *gen) {
    return gen_close(ts, gen);
}

// Drops the reference a dealloc-time callback ran under (the callback ran with
// o->refcnt raised from 0); true if the callback kept o alive: it is tracked
// again and the dealloc must stop.
static bool release_revived(KrThread *ts, KrObject *o) {
    if (--o->refcnt != 0) {
        kr_gc_track(ts, o);
        return true;
    }
    return false;
}

// "coroutine 'f' was never awaited": a RuntimeWarning for a coroutine that
// dies before it started. Returns true if the warning machinery kept a
// reference to it (the dealloc must stop: it lives on).
static bool warn_unawaited(KrThread *ts, KrObject *o) {
    KrObject *saved = kr_err_fetch(ts);
    o->refcnt++;
    if (((KrGen *)o)->origin) {
        // With cr_origin, CPython lets warnings.py format the message (it adds
        // "Coroutine created at (most recent call last)" and the origin frames).
        KrObject *warnings = kr_import_module(ts, "warnings");
        KrObject *hook = warnings ? kr_getattr_cstr(ts, warnings, "_warn_unawaited_coroutine") : NULL;
        KrObject *r = hook ? kr_call(ts, hook, &o, 1, NULL) : NULL;
        if (!r) {
            kr_gc_write_unraisable(ts, o);
        }
        KR_XDECREF(ts, r);
        KR_XDECREF(ts, hook);
        KR_XDECREF(ts, warnings);
    } else {
        KrObject *msg = kr_str_from_format(ts, "coroutine '%U' was never awaited", ((KrGen *)o)->qualname);
        if (!msg || kr_warn_object(ts, (KrObject *)&kr_exc_RuntimeWarning, msg, 1, o) < 0) {
            kr_gc_write_unraisable(ts, o);
        }
        KR_XDECREF(ts, msg);
    }
    // Finalize once: a coroutine the warning kept alive must not warn again.
    gen_finish(ts, (KrGen *)o);
    kr_err_restore(ts, saved);
    return release_revived(ts, o);
}

// An unfinished async generator with a finalizer hook (asyncio's loop sets
// one) is handed to it instead of being closed here; the hook is called once.
// Returns true if the hook kept a reference (the dealloc must stop).
static bool call_finalizer(KrThread *ts, KrObject *o) {
    KrGen *g = (KrGen *)o;
    KrObject *finalizer = g->finalizer;
    g->finalizer = NULL;
    KrObject *saved = kr_err_fetch(ts);
    o->refcnt++;
    KrObject *r = kr_call(ts, finalizer, &o, 1, NULL);
    if (!r) {
        kr_gc_write_unraisable(ts, o);
    }
    KR_XDECREF(ts, r);
    KR_DECREF(ts, finalizer);
    kr_err_restore(ts, saved);
    return release_revived(ts, o);
}

static void gen_dealloc(KrThread *ts, KrObject *o) {
    KrGen *g = (KrGen *)o;
    if (g->frame && !g->started && g->kind == KR_GEN_COROUTINE && warn_unawaited(ts, o)) {
        return;
    }
    bool finalized = false;
    if (g->frame && g->finalizer && !g->closed) {
        if (call_finalizer(ts, o)) {
            return;
        }
        finalized = true; // the hook had its chance: the frame is dropped unclosed
    }
    if (g->frame && g->started && !finalized) {
        // Give the generator a chance to run its finally blocks.
        KrObject *saved = kr_err_fetch(ts);
        o->refcnt++;
        KrObject *r = gen_close(ts, o);
        o->refcnt--;
        KR_XDECREF(ts, r);
        kr_err_clear(ts);
        kr_err_restore(ts, saved);
    }
    gen_finish(ts, g);
    KR_XDECREF(ts, g->name);
    KR_XDECREF(ts, g->qualname);
    KR_XDECREF(ts, g->code);
    KR_XDECREF(ts, g->origin);
    KR_XDECREF(ts, g->finalizer);
    kr_object_free(ts, o);
}

static void gen_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrGen *g = (KrGen *)o;
    // A running generator's stack top lives in the eval loop's registers;
    // not visiting is safe (what it holds then looks externally referenced).
    if (g->frame && !g->running) {
        KrFrame *f = g->frame;
        int32_t n = f->code->nlocals + f->code->ncells + f->stacktop;
        for (int32_t i = 0; i < n; i++) {
            if (f->slots[i]) {
                visit(ts, f->slots[i], arg);
            }
        }
        if (f->func) {
            visit(ts, (KrObject *)f->func, arg);
        }
        if (f->frame_obj) {
            visit(ts, f->frame_obj, arg);
        }
    }
    if (g->origin) {
        visit(ts, g->origin, arg);
    }
    if (g->finalizer) {
        visit(ts, g->finalizer, arg);
    }
    if (g->exc_state && !g->running) {
        visit(ts, g->exc_state, arg);
    }
}

static int gen_clear(KrThread *ts, KrObject *o) {
    gen_finish(ts, (KrGen *)o);
    KR_CLEAR(ts, ((KrGen *)o)->finalizer);
    return 0;
}

static KrObject *gen_repr(KrThread *ts, KrObject *o) {
    KrGen *g = (KrGen *)o;
    return kr_str_from_format(ts, "<%s object %U at %p>", KR_TYPE(o)->name, g->qualname, (void *)o);
}

static KrObject *gen_get_name(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrGen *)self)->name);
}

static int gen_set_name(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value || !kr_str_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(ts, ((KrGen *)self)->name, KR_INCREF(value));
    return 0;
}

static KrObject *gen_get_qualname(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrGen *)self)->qualname);
}

static int gen_set_qualname(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value || !kr_str_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(ts, ((KrGen *)self)->qualname, KR_INCREF(value));
    return 0;
}

static KrObject *gen_get_running(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrGen *)self)->running);
}

static KrObject *gen_get_suspended(KrThread *ts, KrObject *self) {
    (void)ts;
    KrGen *g = (KrGen *)self;
    return kr_bool_from(g->frame && g->started && !g->running);
}

static KrObject *gen_get_code(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrGen *)self)->code);
}

// gi_frame / cr_frame / ag_frame: None once the generator has finished.
static KrObject *gen_get_frame(KrThread *ts, KrObject *self) {
    KrFrame *f = ((KrGen *)self)->frame;
    if (!f) {
        KR_RETURN_NONE;
    }
    return kr_frameobject_get(ts, f);
}

// cr_origin: None, as sys.set_coroutine_origin_tracking_depth is 0 (the default).
static KrObject *gen_get_origin(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *origin = ((KrGen *)self)->origin;
    return KR_INCREF(origin ? origin : KR_NONE);
}

static KrObject *gen_get_yieldfrom(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *yf = gen_yf((KrGen *)self);
    return KR_INCREF(yf ? yf : KR_NONE);
}

static KrObject *async_gen_get_running(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrGen *)self)->running_async);
}

static const KrMethodDef gen_methods[] = {
    {"send", gen_send, KR_METH_O, false, false, NULL},
    {"throw", gen_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", gen_close, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_gen_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TYPE_GC | KR_TYPE_WEAKREFABLE,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = kr_iter_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

// ---- coroutines ----------------------------------------------------------------------

static const KrMethodDef coro_methods[] = {
    {"send", gen_send, KR_METH_O, false, false, NULL},
    {"throw", gen_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", gen_close, KR_METH_NOARGS, false, false, NULL},
    {"__await__", kr_async_coro_await, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"cr_running", gen_get_running, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL},
    {"cr_origin", gen_get_origin, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_coro_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "coroutine",
    .basicsize = sizeof(KrGen),
    .flags = KR_TYPE_GC | KR_TYPE_WEAKREFABLE,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

// ---- async generators (their awaitables are in async.c) --------------------------------

static const KrMethodDef async_gen_methods[] = {
    {"asend", kr_async_gen_asend, KR_METH_O, false, false, NULL},
    {"athrow", kr_async_gen_athrow, KR_METH_VARARGS, false, false, NULL},
    {"aclose", kr_async_gen_aclose, KR_METH_NOARGS, false, false, NULL},
    {"__aiter__", kr_iter_self, KR_METH_NOARGS, false, false, NULL},
    {"__anext__", kr_async_gen_anext, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef async_gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"ag_running", async_gen_get_running, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_async_gen_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "async_generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TYPE_GC | KR_TYPE_WEAKREFABLE,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .methods = async_gen_methods,
    .getsets = async_gen_getsets,
};
