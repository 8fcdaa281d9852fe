// SPDX-License-Identifier: MIT
// Async generators' awaitables (asend/athrow), coroutine.__await__(), and the
// bodies of the async opcodes (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH).
#include "async.h"

#include "../object/code.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "frame.h"
#include "ops.h"

// One struct serves the four small types: the generator (or coroutine) the
// awaitable drives, and its argument: asend's value, athrow's argument tuple
// (NULL for aclose), or the wrapped value.
typedef struct KrAwaitable {
    KrObject base;
    KrObject *gen;
    KrObject *arg;
    int state; // AW_*
} KrAwaitable;

// The states of an asend/athrow awaitable, as CPython's AWAITABLE_STATE_*.
enum { AW_INIT, AW_ITER, AW_CLOSED };

static KrObject *awaitable_new(KrThread *ts, KrType *type, KrObject *gen, KrObject *arg) {
    KrAwaitable *a = (KrAwaitable *)kr_object_alloc(ts, type, sizeof(KrAwaitable));
    if (!a) {
        return NULL;
    }
    a->gen = gen ? KR_INCREF(gen) : NULL;
    a->arg = arg ? KR_INCREF(arg) : NULL;
    a->state = AW_INIT;
    return (KrObject *)a;
}

static void awaitable_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrAwaitable *a = (KrAwaitable *)o;
    if (a->gen) {
        visit(ts, a->gen, arg);
    }
    if (a->arg) {
        visit(ts, a->arg, arg);
    }
}

static int awaitable_clear(KrThread *ts, KrObject *o) {
    KrAwaitable *a = (KrAwaitable *)o;
    KR_CLEAR(ts, a->gen);
    KR_CLEAR(ts, a->arg);
    return 0;
}

static void awaitable_dealloc(KrThread *ts, KrObject *o) {
    awaitable_clear(ts, o);
    kr_object_free(ts, o);
}

// asend/athrow .close(): the awaitable can no longer be used.
static KrObject *awaitable_close(KrThread *ts, KrObject *self) {
    (void)ts;
    ((KrAwaitable *)self)->state = AW_CLOSED;
    KR_RETURN_NONE;
}

static KrObject *throw_args_exc(KrThread *ts, const char *name, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    if (kr_check_positional(ts, name, nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    return kr_gen_make_throw_exc(ts, args, nargs);
}

// ---- the wrapped value ----------------------------------------------------------------

KrObject *kr_async_wrap(KrThread *ts, KrObject *v) {
    KrObject *w = awaitable_new(ts, &kr_async_wrapped_type, NULL, v);
    KR_DECREF(ts, v);
    return w;
}

KrType kr_async_wrapped_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(KrAwaitable),
    .flags = KR_TYPE_GC,
    .dealloc = awaitable_dealloc,
    .traverse = awaitable_traverse,
    .clear = awaitable_clear,
};

// What an async generator's step produced, as its awaitable reports it: a
// wrapped value (the generator yielded) ends the awaitable with
// StopIteration(value); anything else was passed up by an await inside.
static KrObject *unwrap_value(KrThread *ts, KrGen *g, KrObject *result) {
    if (!result) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_type(ts, &kr_exc_StopAsyncIteration, NULL);
        }
        if (kr_err_matches(ts, &kr_exc_StopAsyncIteration) || kr_err_matches(ts, &kr_exc_GeneratorExit)) {
            g->closed = true;
        }
        g->running_async = false;
        return NULL;
    }
    if (KR_TYPE(result) == &kr_async_wrapped_type) {
        kr_gen_raise_stop(ts, ((KrAwaitable *)result)->arg);
        KR_DECREF(ts, result);
        g->running_async = false;
        return NULL;
    }
    return result;
}

// ---- asend: __anext__() and asend(value) ----------------------------------------------------

static KrObject *asend_send(KrThread *ts, KrObject *self, KrObject *arg) {
    KrAwaitable *a = (KrAwaitable *)self;
    KrGen *g = (KrGen *)a->gen;
    if (a->state == AW_CLOSED) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == KR_NONE) {
            arg = a->arg;
        }
        a->state = AW_ITER;
    }
    g->running_async = true;
    KrObject *r = unwrap_value(ts, g, kr_gen_send(ts, a->gen, arg ? arg : KR_NONE));
    if (!r) {
        a->state = AW_CLOSED;
    }
    return r;
}

static KrObject *asend_iternext(KrThread *ts, KrObject *self) {
    return asend_send(ts, self, NULL);
}

static KrObject *asend_throw(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrAwaitable *a = (KrAwaitable *)self;
    if (a->state == AW_CLOSED) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    KrObject *exc = throw_args_exc(ts, "throw", args, nargs, kwnames);
    if (!exc) {
        return NULL;
    }
    KrObject *r = unwrap_value(ts, (KrGen *)a->gen, kr_gen_throw_exc(ts, a->gen, exc, true));
    if (!r) {
        a->state = AW_CLOSED;
    }
    return r;
}


static const KrMethodDef asend_methods[] = {
    {"send", asend_send, KR_METH_O, false, false, NULL},
    {"throw", asend_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", awaitable_close, KR_METH_NOARGS, false, false, NULL},
    {"__await__", kr_iter_self, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_async_asend_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "async_generator_asend",
    .basicsize = sizeof(KrAwaitable),
    .flags = KR_TYPE_GC,
    .dealloc = awaitable_dealloc,
    .traverse = awaitable_traverse,
    .clear = awaitable_clear,
    .iter = kr_iter_self,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

// The first __anext__/asend/athrow/aclose applies sys.set_asyncgen_hooks'
// hooks: the generator keeps the finalizer and is passed to firstiter.
static int init_hooks(KrThread *ts, KrObject *gen) {
    KrGen *g = (KrGen *)gen;
    if (g->hooks_inited) {
        return 0;
    }
    g->hooks_inited = true;
    if (ts->asyncgen_finalizer) {
        g->finalizer = KR_INCREF(ts->asyncgen_finalizer);
    }
    if (ts->asyncgen_firstiter) {
        KrObject *firstiter = KR_INCREF(ts->asyncgen_firstiter);
        KrObject *r = kr_call(ts, firstiter, &gen, 1, NULL);
        KR_DECREF(ts, firstiter);
        if (!r) {
            return -1;
        }
        KR_DECREF(ts, r);
    }
    return 0;
}

KrObject *kr_async_gen_anext(KrThread *ts, KrObject *gen) {
    return init_hooks(ts, gen) < 0 ? NULL : awaitable_new(ts, &kr_async_asend_type, gen, KR_NONE);
}

KrObject *kr_async_gen_asend(KrThread *ts, KrObject *gen, KrObject *value) {
    return init_hooks(ts, gen) < 0 ? NULL : awaitable_new(ts, &kr_async_asend_type, gen, value);
}

// ---- athrow: athrow(...) and aclose() ---------------------------------------------------------

// An aclose() awaitable whose generator yielded instead of finishing.
static KrObject *ignored_exit(KrThread *ts, KrAwaitable *a) {
    ((KrGen *)a->gen)->running_async = false;
    a->state = AW_CLOSED;
    kr_err_set_str(ts, &kr_exc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

// The awaitable ended with an exception: aclose() reports a generator that
// finished or exited as done (StopIteration).
static KrObject *athrow_check_error(KrThread *ts, KrAwaitable *a) {
    ((KrGen *)a->gen)->running_async = false;
    a->state = AW_CLOSED;
    if (!a->arg && (kr_err_matches(ts, &kr_exc_StopAsyncIteration) || kr_err_matches(ts, &kr_exc_GeneratorExit))) {
        kr_err_clear(ts);
        kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
    }
    return NULL;
}

static KrObject *athrow_send(KrThread *ts, KrObject *self, KrObject *arg) {
    KrAwaitable *a = (KrAwaitable *)self;
    KrGen *g = (KrGen *)a->gen;
    KrObject *r;
    if (a->state == AW_CLOSED) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (!g->frame) {
        a->state = AW_CLOSED;
        kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
        return NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            kr_err_set_str(ts, &kr_exc_RuntimeError, a->arg ? "athrow(): asynchronous generator is already running"
                                                            : "aclose(): asynchronous generator is already running");
            return NULL;
        }
        if (g->closed) {
            a->state = AW_CLOSED;
            kr_err_set_type(ts, &kr_exc_StopAsyncIteration, NULL);
            return NULL;
        }
        if (arg && arg != KR_NONE) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AW_ITER;
        g->running_async = true;
        if (!a->arg) {
            g->closed = true;
            KrObject *exc = kr_call0(ts, (KrObject *)&kr_exc_GeneratorExit);
            r = exc ? kr_gen_throw_exc(ts, a->gen, exc, false) : NULL;
            if (r && KR_TYPE(r) == &kr_async_wrapped_type) {
                KR_DECREF(ts, r);
                return ignored_exit(ts, a);
            }
        } else {
            KrObject *exc = throw_args_exc(ts, "athrow", KR_TUPLE_ITEMS(a->arg), (size_t)KR_TUPLE_SIZE(a->arg), NULL);
            r = exc ? kr_gen_throw_exc(ts, a->gen, exc, false) : NULL;
            r = unwrap_value(ts, g, r);
        }
        return r ? r : athrow_check_error(ts, a);
    }
    r = kr_gen_send(ts, a->gen, arg ? arg : KR_NONE);
    if (a->arg) {
        return unwrap_value(ts, g, r);
    }
    if (r && KR_TYPE(r) == &kr_async_wrapped_type) {
        KR_DECREF(ts, r);
        return ignored_exit(ts, a);
    }
    return r ? r : athrow_check_error(ts, a);
}

static KrObject *athrow_iternext(KrThread *ts, KrObject *self) {
    return athrow_send(ts, self, NULL);
}

static KrObject *athrow_throw(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrAwaitable *a = (KrAwaitable *)self;
    if (a->state == AW_CLOSED) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    KrObject *exc = throw_args_exc(ts, "throw", args, nargs, kwnames);
    KrObject *r = exc ? kr_gen_throw_exc(ts, a->gen, exc, true) : NULL;
    if (a->arg) {
        return unwrap_value(ts, (KrGen *)a->gen, r);
    }
    if (r && KR_TYPE(r) == &kr_async_wrapped_type) {
        KR_DECREF(ts, r);
        return ignored_exit(ts, a);
    }
    if (!r && (kr_err_matches(ts, &kr_exc_StopAsyncIteration) || kr_err_matches(ts, &kr_exc_GeneratorExit))) {
        kr_err_clear(ts);
        kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
    }
    return r;
}


static const KrMethodDef athrow_methods[] = {
    {"send", athrow_send, KR_METH_O, false, false, NULL},
    {"throw", athrow_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", awaitable_close, KR_METH_NOARGS, false, false, NULL},
    {"__await__", kr_iter_self, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_async_athrow_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "async_generator_athrow",
    .basicsize = sizeof(KrAwaitable),
    .flags = KR_TYPE_GC,
    .dealloc = awaitable_dealloc,
    .traverse = awaitable_traverse,
    .clear = awaitable_clear,
    .iter = kr_iter_self,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

KrObject *kr_async_gen_athrow(KrThread *ts, KrObject *gen, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    // The arguments are checked when the awaitable runs, as in CPython.
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "athrow() takes no keyword arguments");
        return NULL;
    }
    KrObject *t = init_hooks(ts, gen) < 0 ? NULL : kr_tuple_new(ts, (intptr_t)nargs);
    if (!t) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        KR_TUPLE_SET(t, (intptr_t)i, KR_INCREF(args[i]));
    }
    KrObject *r = awaitable_new(ts, &kr_async_athrow_type, gen, t);
    KR_DECREF(ts, t);
    return r;
}

KrObject *kr_async_gen_aclose(KrThread *ts, KrObject *gen) {
    return init_hooks(ts, gen) < 0 ? NULL : awaitable_new(ts, &kr_async_athrow_type, gen, NULL);
}

// ---- coroutine.__await__() ---------------------------------------------------------------------

static KrObject *wrapper_iternext(KrThread *ts, KrObject *self) {
    KrObject *coro = ((KrAwaitable *)self)->gen;
    KrObject *r = kr_gen_send(ts, coro, KR_NONE);
    if (!r && kr_err_matches(ts, &kr_exc_StopIteration)) {
        // A bare StopIteration is plain exhaustion for next().
        KrObject *v = kr_ops_stop_iteration_value(ts);
        if (v && v != KR_NONE) {
            kr_gen_raise_stop(ts, v);
        }
        KR_XDECREF(ts, v);
    }
    return r;
}

static KrObject *wrapper_send(KrThread *ts, KrObject *self, KrObject *value) {
    return kr_gen_send(ts, ((KrAwaitable *)self)->gen, value);
}

static KrObject *wrapper_throw(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *exc = throw_args_exc(ts, "throw", args, nargs, kwnames);
    return exc ? kr_gen_throw_exc(ts, ((KrAwaitable *)self)->gen, exc, true) : NULL;
}

static KrObject *wrapper_close(KrThread *ts, KrObject *self) {
    return kr_call_method(ts, ((KrAwaitable *)self)->gen, KR_ID(ts, close), NULL, 0);
}

static const KrMethodDef wrapper_methods[] = {
    {"send", wrapper_send, KR_METH_O, false, false, NULL},
    {"throw", wrapper_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", wrapper_close, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_coro_wrapper_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(KrAwaitable),
    .flags = KR_TYPE_GC,
    .dealloc = awaitable_dealloc,
    .traverse = awaitable_traverse,
    .clear = awaitable_clear,
    .iter = kr_iter_self,
    .iternext = wrapper_iternext,
    .methods = wrapper_methods,
};

KrObject *kr_async_coro_await(KrThread *ts, KrObject *coro) {
    return awaitable_new(ts, &kr_coro_wrapper_type, coro, NULL);
}

// ---- anext(aiterator, default) ------------------------------------------------------------------
//
// `gen` holds the awaitable __anext__() returned, replaced by the iterator
// that drives it on first use (state AW_ITER); `arg` is the default, which
// the await gives when the iterator is exhausted (StopAsyncIteration).

static KrObject *anext_iter(KrThread *ts, KrAwaitable *a) {
    if (a->state == AW_INIT) {
        KrObject *it = kr_async_get_awaitable(ts, a->gen, 0);
        if (!it) {
            return NULL;
        }
        KR_SETREF(ts, a->gen, it);
        a->state = AW_ITER;
    }
    return a->gen;
}

static KrObject *anext_result(KrThread *ts, KrAwaitable *a, KrObject *r) {
    if (!r && kr_err_matches(ts, &kr_exc_StopAsyncIteration)) {
        kr_err_clear(ts);
        kr_gen_raise_stop(ts, a->arg);
    }
    return r;
}

static KrObject *anext_send(KrThread *ts, KrObject *self, KrObject *value) {
    KrAwaitable *a = (KrAwaitable *)self;
    KrObject *it = anext_iter(ts, a);
    if (!it) {
        return NULL;
    }
    KrObject *r;
    if (KR_TYPE(it) == &kr_coro_type) {
        r = kr_gen_send(ts, it, value);
    } else if (value == KR_NONE) {
        r = KR_TYPE(it)->iternext(ts, it);
        if (!r && !kr_err_occurred(ts)) {
            kr_gen_raise_stop(ts, KR_NONE);
        }
    } else {
        r = kr_call_method(ts, it, KR_ID(ts, send), &value, 1);
    }
    return anext_result(ts, a, r);
}

static KrObject *anext_iternext(KrThread *ts, KrObject *self) {
    KrObject *r = anext_send(ts, self, KR_NONE);
    if (!r && kr_err_matches(ts, &kr_exc_StopIteration)) {
        KrObject *v = kr_ops_stop_iteration_value(ts);
        if (v && v != KR_NONE) {
            kr_gen_raise_stop(ts, v);
        }
        KR_XDECREF(ts, v);
    }
    return r;
}

static KrObject *anext_throw(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrAwaitable *a = (KrAwaitable *)self;
    if (kr_check_positional(ts, "throw", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    KrObject *it = anext_iter(ts, a);
    if (!it) {
        return NULL;
    }
    KrObject *method = kr_getattr_opt(ts, it, KR_ID(ts, throw));
    if (!method) {
        if (!kr_err_occurred(ts)) {
            KrObject *exc = kr_gen_make_throw_exc(ts, args, nargs);
            if (exc) {
                kr_err_set_object(ts, exc);
            }
        }
        return NULL;
    }
    KrObject *r = kr_call(ts, method, args, nargs, NULL);
    KR_DECREF(ts, method);
    return anext_result(ts, a, r);
}

static KrObject *anext_close(KrThread *ts, KrObject *self) {
    KrAwaitable *a = (KrAwaitable *)self;
    KrObject *it = anext_iter(ts, a);
    if (!it) {
        return NULL;
    }
    KrObject *method = kr_getattr_opt(ts, it, KR_ID(ts, close));
    if (!method) {
        if (kr_err_occurred(ts)) {
            return NULL;
        }
        KR_RETURN_NONE;
    }
    KrObject *r = kr_call(ts, method, NULL, 0, NULL);
    KR_DECREF(ts, method);
    return r;
}

static const KrMethodDef anext_methods[] = {
    {"__await__", kr_iter_self, KR_METH_NOARGS, false, false, NULL},
    {"send", anext_send, KR_METH_O, false, false, NULL},
    {"throw", anext_throw, KR_METH_VARARGS, false, false, NULL},
    {"close", anext_close, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_async_anext_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "anext_awaitable",
    .basicsize = sizeof(KrAwaitable),
    .flags = KR_TYPE_GC,
    .dealloc = awaitable_dealloc,
    .traverse = awaitable_traverse,
    .clear = awaitable_clear,
    .iter = kr_iter_self,
    .iternext = anext_iternext,
    .methods = anext_methods,
};

KrObject *kr_async_anext_default(KrThread *ts, KrObject *awaitable, KrObject *default_) {
    return awaitable_new(ts, &kr_async_anext_type, awaitable, default_);
}

// ---- the async opcodes -------------------------------------------------------------------------

// Looks `name` (a literal) up on the type of `o` (borrowed, NULL without exception if missing).
static KrObject *type_lookup_cstr(KrThread *ts, KrObject *o, const char *name) {
    KrObject *n = kr_str_intern_literal(ts, name);
    if (!n) {
        return NULL;
    }
    KrObject *r = kr_type_lookup(ts, KR_TYPE(o), n);
    KR_DECREF(ts, n);
    return r;
}

KrObject *kr_async_get_awaitable(KrThread *ts, KrObject *v, int where) {
    KrType *t = KR_TYPE(v);
    if (t == &kr_coro_type) {
        if (kr_gen_yf_borrow(v)) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        return KR_INCREF(v);
    }
    if (t == &kr_async_asend_type || t == &kr_async_athrow_type) {
        return KR_INCREF(v);
    }
    // A generator of a @types.coroutine function is awaited directly.
    if (t == &kr_gen_type && ((KrGen *)v)->code && (((KrGen *)v)->code->flags & KR_CO_ITERABLE_COROUTINE)) {
        return KR_INCREF(v);
    }
    if (!type_lookup_cstr(ts, v, "__await__")) {
        if (kr_err_occurred(ts)) {
            return NULL;
        }
        if (where == 1 || where == 2) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "'async with' received an object from %s that does not implement __await__: %s",
                          where == 1 ? "__aenter__" : "__aexit__", kr_type_name_cstr(t));
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "object %s can't be used in 'await' expression", kr_type_name_cstr(t));
        }
        return NULL;
    }
    KrObject *it = kr_call_method(ts, v, KR_ID(ts, __await__), NULL, 0);
    if (!it) {
        return NULL;
    }
    if (KR_TYPE(it) == &kr_coro_type) {
        KR_DECREF(ts, it);
        kr_err_set_str(ts, &kr_exc_TypeError, "__await__() returned a coroutine");
        return NULL;
    }
    if (!KR_TYPE(it)->iternext) {
        kr_err_format(ts, &kr_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                      kr_type_name_cstr(KR_TYPE(it)));
        KR_DECREF(ts, it);
        return NULL;
    }
    return it;
}

KrObject *kr_async_get_aiter(KrThread *ts, KrObject *obj) {
    if (!type_lookup_cstr(ts, obj, "__aiter__")) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                          kr_type_name_cstr(KR_TYPE(obj)));
        }
        return NULL;
    }
    KrObject *it = kr_call_method(ts, obj, KR_ID(ts, __aiter__), NULL, 0);
    if (!it) {
        return NULL;
    }
    if (!type_lookup_cstr(ts, it, "__anext__")) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                          kr_type_name_cstr(KR_TYPE(it)));
        }
        KR_DECREF(ts, it);
        return NULL;
    }
    return it;
}

KrObject *kr_async_get_anext(KrThread *ts, KrObject *aiter) {
    if (KR_TYPE(aiter) == &kr_async_gen_type) {
        return kr_async_gen_anext(ts, aiter);
    }
    if (!type_lookup_cstr(ts, aiter, "__anext__")) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                          kr_type_name_cstr(KR_TYPE(aiter)));
        }
        return NULL;
    }
    KrObject *next = kr_call_method(ts, aiter, KR_ID(ts, __anext__), NULL, 0);
    if (!next) {
        return NULL;
    }
    KrObject *aw = kr_async_get_awaitable(ts, next, 0);
    if (!aw) {
        // TypeError from the cause, as CPython's _PyErr_FormatFromCause.
        KrObject *cause = kr_err_fetch(ts);
        kr_err_format(ts, &kr_exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                      kr_type_name_cstr(KR_TYPE(next)));
        if (ts->exc && cause) {
            KR_SETREF(ts, ((KrException *)ts->exc)->cause, KR_INCREF(cause));
            ((KrException *)ts->exc)->suppress_context = true;
            KR_SETREF(ts, ((KrException *)ts->exc)->context, cause);
        } else {
            KR_XDECREF(ts, cause);
        }
    }
    KR_DECREF(ts, next);
    return aw;
}

KrObject *kr_async_before_with(KrThread *ts, KrObject *mgr, KrObject **exit) {
    KrObject *enter = type_lookup_cstr(ts, mgr, "__aenter__");
    KrObject *ex = enter ? type_lookup_cstr(ts, mgr, "__aexit__") : NULL;
    if (!enter || !ex) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "'%s' object does not support the asynchronous context manager protocol%s",
                          kr_type_name_cstr(KR_TYPE(mgr)), enter ? " (missed __aexit__ method)" : "");
        }
        return NULL;
    }
    KrObject *name = kr_str_intern_literal(ts, "__aexit__");
    KrObject *bound_exit = name ? kr_getattr(ts, mgr, name) : NULL;
    KR_XDECREF(ts, name);
    if (!bound_exit) {
        return NULL;
    }
    KrObject *res = kr_call_method(ts, mgr, KR_ID(ts, __aenter__), NULL, 0);
    if (!res) {
        KR_DECREF(ts, bound_exit);
        return NULL;
    }
    *exit = bound_exit;
    return res;
}
