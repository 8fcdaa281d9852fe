// SPDX-License-Identifier: MIT
// Coroutine and async-generator awaitables, and the bodies of the async opcodes (async.c).
#ifndef KR_ASYNC_H
#define KR_ASYNC_H

#include "vm.h"

// The awaitable objects CPython names async_generator_asend (from __anext__()
// and asend()), async_generator_athrow (athrow(), aclose()), the marker a
// value an async generator yields is wrapped in, and coroutine.__await__()'s
// iterator.
extern KrType kr_async_asend_type, kr_async_athrow_type, kr_async_wrapped_type, kr_coro_wrapper_type;
// anext(aiterator, default)'s awaitable: awaits `awaitable`, giving `default_`
// when the iterator is exhausted.
extern KrType kr_async_anext_type;
KrObject *kr_async_anext_default(KrThread *ts, KrObject *awaitable, KrObject *default_);

// Methods of coroutines and async generators (the types live in gen.c).
KrObject *kr_async_coro_await(KrThread *ts, KrObject *coro);
KrObject *kr_async_gen_anext(KrThread *ts, KrObject *gen);
KrObject *kr_async_gen_asend(KrThread *ts, KrObject *gen, KrObject *value);
KrObject *kr_async_gen_athrow(KrThread *ts, KrObject *gen, KrObject *const *args, size_t nargs, KrObject *kwnames);
KrObject *kr_async_gen_aclose(KrThread *ts, KrObject *gen);

// ASYNC_GEN_WRAP: wraps `v` (stolen) as a value the async generator yields.
KrObject *kr_async_wrap(KrThread *ts, KrObject *v);
// GET_AWAITABLE: the iterator `await v` drives; `where` picks the error
// message (0 await, 1 a result of __aenter__, 2 of __aexit__).
KrObject *kr_async_get_awaitable(KrThread *ts, KrObject *v, int where);
// GET_AITER: obj.__aiter__(), checked to have __anext__.
KrObject *kr_async_get_aiter(KrThread *ts, KrObject *obj);
// GET_ANEXT: the awaitable of aiter.__anext__().
KrObject *kr_async_get_anext(KrThread *ts, KrObject *aiter);
// BEFORE_ASYNC_WITH: mgr.__aenter__() with *exit = the bound mgr.__aexit__.
KrObject *kr_async_before_with(KrThread *ts, KrObject *mgr, KrObject **exit);

#endif
