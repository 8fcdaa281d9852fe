// SPDX-License-Identifier: MIT
// Generators and coroutines: a function call whose frame lives on in a heap
// object and is resumed by next()/send().
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "frame.h"

KrObject *kr_gen_new(KrThread *ts, KrFrame *frame, KrFunction *func) {
    KrCode *co = frame->code;
    KrType *type = (co->flags & KR_CO_COROUTINE) ? &kr_coro_type : &kr_gen_type;
    KrGen *g = (KrGen *)kr_object_alloc(ts, type, sizeof(KrGen));
    if (!g) {
        kr_frame_free(ts, frame);
        return NULL;
    }
    g->frame = frame;
    g->name = KR_INCREF(func ? func->name : co->name);
    g->qualname = KR_INCREF(func ? func->qualname : co->qualname);
    g->kind = (co->flags & KR_CO_COROUTINE) ? 1 : 0;
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
    if (g->frame) {
        kr_frame_free(ts, g->frame);
        g->frame = NULL;
    }
}

KrObject *kr_gen_send_ex(KrThread *ts, KrObject *gen, KrObject *value, bool *done) {
    KrGen *g = (KrGen *)gen;
    *done = false;
    if (g->running) {
        kr_err_set_str(ts, &kr_exc_ValueError, g->kind == 1 ? "coroutine already executing" : "generator already executing");
        return NULL;
    }
    if (!g->frame) {
        if (g->kind == 1) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return NULL;
        }
        *done = true;
        return value ? NULL : NULL;
    }
    KrFrame *f = g->frame;
    if (!g->started) {
        if (value && value != KR_NONE) {
            kr_err_set_str(ts, &kr_exc_TypeError, "can't send non-None value to a just-started generator");
            return NULL;
        }
        g->started = true;
    } else {
        // The sent value is the result of the suspended YIELD_VALUE.
        KrObject **stack = f->slots + f->code->nlocals + f->code->ncells;
        stack[f->stacktop++] = KR_INCREF(value ? value : KR_NONE);
    }
    g->running = true;
    bool yielded;
    KrObject *r = kr_eval_frame(ts, f, &yielded);
    g->running = false;
    if (r && yielded) {
        return r;
    }
    gen_finish(ts, g);
    if (!r) {
        // PEP 479: a StopIteration escaping the generator becomes RuntimeError.
        if (kr_err_matches(ts, &kr_exc_StopIteration)) {
            KrObject *e = kr_err_fetch(ts);
            kr_err_set_str(ts, &kr_exc_RuntimeError,
                           g->kind == 1 ? "coroutine raised StopIteration" : "generator raised StopIteration");
            if (ts->exc) {
                KR_SETREF(ts, ((KrException *)ts->exc)->cause, KR_INCREF(e));
                ((KrException *)ts->exc)->suppress_context = true;
                KR_SETREF(ts, ((KrException *)ts->exc)->context, e);
            } else {
                KR_DECREF(ts, e);
            }
        }
        return NULL;
    }
    *done = true;
    return r;
}

// Raises StopIteration(value) for a generator that returned `value`.
static void raise_stop(KrThread *ts, KrObject *value) {
    if (value == KR_NONE) {
        kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
    } else {
        KrObject *args = kr_tuple_pack(ts, 1, value);
        KrObject *e = args ? kr_exc_new(ts, &kr_exc_StopIteration, args) : NULL;
        if (e) {
            kr_err_set_object(ts, e);
        }
    }
}

static KrObject *gen_iternext(KrThread *ts, KrObject *self) {
    bool done;
    KrObject *r = kr_gen_send_ex(ts, self, KR_NONE, &done);
    if (r && done) {
        if (r != KR_NONE) {
            raise_stop(ts, r);
        }
        KR_DECREF(ts, r);
        return NULL;
    }
    return r;
}

static KrObject *gen_send(KrThread *ts, KrObject *self, KrObject *value) {
    bool done;
    KrObject *r = kr_gen_send_ex(ts, self, value, &done);
    if (done) {
        if (r) {
            raise_stop(ts, r);
            KR_DECREF(ts, r);
        } else if (!kr_err_occurred(ts)) {
            kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
        }
        return NULL;
    }
    return r;
}

static KrObject *gen_throw(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "throw", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    KrGen *g = (KrGen *)self;
    KrObject *typ = args[0];
    KrObject *val = nargs > 1 ? args[1] : NULL;
    KrObject *exc;
    if (nargs > 2 && args[2] != KR_NONE && KR_TYPE(args[2]) != &kr_traceback_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    if (kr_isinstance_type(typ, &kr_type_type) && kr_exception_type_check(typ)) {
        exc = val && val != KR_NONE ? (kr_isinstance_type(val, (KrType *)typ) ? KR_INCREF(val) : kr_call1(ts, typ, val))
                                    : kr_call0(ts, typ);
        if (!exc) {
            return NULL;
        }
    } else if (kr_exception_check(typ)) {
        if (val && val != KR_NONE) {
            kr_err_set_str(ts, &kr_exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = KR_INCREF(typ);
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                      kr_type_name_cstr(KR_TYPE(typ)));
        return NULL;
    }
    // Resuming a frame that is already executing (the generator throwing into
    // or closing itself) would re-enter it in C and corrupt its stack.
    if (g->running) {
        KR_DECREF(ts, exc);
        kr_err_set_str(ts, &kr_exc_ValueError, g->kind == 1 ? "coroutine already executing" : "generator already executing");
        return NULL;
    }
    if (!g->frame || !g->started) {
        gen_finish(ts, g);
        kr_err_set_object(ts, exc);
        return NULL;
    }
    // Resume the frame with the exception raised at the yield point.
    KrFrame *f = g->frame;
    kr_err_restore(ts, exc);
    g->running = true;
    bool yielded;
    KrObject *r = kr_eval_frame_throw(ts, f, &yielded);
    g->running = false;
    if (r && yielded) {
        return r;
    }
    gen_finish(ts, g);
    if (r) {
        raise_stop(ts, r);
        KR_DECREF(ts, r);
    }
    return NULL;
}

static KrObject *gen_close(KrThread *ts, KrObject *self) {
    KrGen *g = (KrGen *)self;
    if (g->running) {
        kr_err_set_str(ts, &kr_exc_ValueError, g->kind == 1 ? "coroutine already executing" : "generator already executing");
        return NULL;
    }
    if (!g->frame) {
        KR_RETURN_NONE;
    }
    if (!g->started) {
        gen_finish(ts, g);
        KR_RETURN_NONE;
    }
    KrObject *ge = (KrObject *)&kr_exc_GeneratorExit;
    KrObject *r = gen_throw(ts, self, &ge, 1, NULL);
    if (r) {
        KR_DECREF(ts, r);
        kr_err_set_str(ts, &kr_exc_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (kr_err_matches(ts, &kr_exc_GeneratorExit) || kr_err_matches(ts, &kr_exc_StopIteration)) {
        kr_err_clear(ts);
        KR_RETURN_NONE;
    }
    return NULL;
}

static KrObject *gen_iter(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(self);
}

static void gen_dealloc(KrThread *ts, KrObject *o) {
    KrGen *g = (KrGen *)o;
    if (g->frame && g->started) {
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
    kr_object_free(ts, o);
}

static void gen_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrGen *g = (KrGen *)o;
    if (g->frame) {
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
    }
}

static int gen_clear(KrThread *ts, KrObject *o) {
    gen_finish(ts, (KrGen *)o);
    return 0;
}

static KrObject *gen_repr(KrThread *ts, KrObject *o) {
    KrGen *g = (KrGen *)o;
    return kr_str_from_format(ts, "<%s object %U at %p>", g->kind == 1 ? "coroutine" : "generator", g->qualname,
                              (void *)o);
}

static KrObject *gen_get_name(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrGen *)self)->name);
}

static KrObject *gen_get_qualname(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrGen *)self)->qualname);
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
    KrGen *g = (KrGen *)self;
    return g->frame ? KR_INCREF(g->frame->code) : KR_INCREF(KR_NONE);
}

static const KrMethodDef gen_methods[] = {
    {"send", gen_send, KR_METH_O, false, false, NULL},
    {"throw", gen_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", gen_close, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_gen_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TYPE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

KrType kr_coro_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "coroutine",
    .basicsize = sizeof(KrGen),
    .flags = KR_TYPE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .methods = gen_methods,
    .getsets = gen_getsets,
};
