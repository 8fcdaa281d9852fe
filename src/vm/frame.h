// SPDX-License-Identifier: MIT
// Frames: the state of one running Python function, on the heap so that
// Python-to-Python calls don't recurse in C and generators can suspend.
#ifndef KR_FRAME_H
#define KR_FRAME_H

#include "../object/code.h"
#include "../object/func.h"
#include "vm.h"

struct KrFrame {
    KrFrame *back;          // the caller, while running
    KrCode *code;           // owned
    KrFunction *func;       // owned; NULL for module/class/exec code
    KrObject *globals;      // owned
    KrObject *builtins;     // owned
    KrObject *locals;       // owned; the namespace dict of module/class bodies, else NULL
    KrObject *generator;    // borrowed: the generator owning this frame, or NULL
    int32_t lasti;          // index of the instruction being executed
    int32_t stacktop;       // number of values on the stack while suspended
    bool is_entry;          // RETURN_VALUE from this frame leaves the C eval loop
    KrObject *frame_obj;    // owned: its Python frame object, made when first asked for (or NULL)
    int32_t trace_prev;     // tracing: the instruction traced last (-1: none since the 'call' event)
    int32_t trace_line;     // tracing: the line of that instruction
    bool trace_called;      // tracing: the 'call' event of this run of the frame was sent
    int32_t nslots;         // nlocals + ncells + stacksize
    KrObject *slots[];      // locals, then cells (cellvars + freevars), then the value stack
};

// Allocates a frame for `code` (new references to everything).
KrFrame *kr_frame_new(KrThread *ts, KrCode *code, KrFunction *func, KrObject *globals, KrObject *builtins,
                      KrObject *locals);
// Releases everything the frame holds, including values left on its stack.
void kr_frame_free(KrThread *ts, KrFrame *f);
// Frame objects (frameobject.c): the Python view of a KrFrame. While the
// frame runs (or its generator is suspended) the object points into it; when
// the frame is freed while the object is referenced elsewhere, the object
// takes the frame over (locals kept, stack dropped), so it never dangles.
typedef struct KrFrameObject {
    KrObject base;
    KrFrame *frame;         // see `owned`; NULL once the collector cleared the object
    KrObject *back;         // f_back of a taken-over frame (frame object or NULL)
    KrObject *locals;       // the f_locals snapshot dict of a function frame, or NULL
    KrObject *trace;        // f_trace, or NULL
    bool owned;             // the object owns `frame` (taken over when the frame finished)
    bool trace_lines, trace_opcodes;
} KrFrameObject;
extern KrType kr_frame_type;
// The frame object of a live frame (new reference), made on first use.
KrObject *kr_frameobject_get(KrThread *ts, KrFrame *f);
// f_locals / locals(): a namespace frame's dict, else the frame object's
// snapshot dict of the fast locals and cells, refreshed now (new reference).
KrObject *kr_frameobject_locals(KrThread *ts, KrFrame *f);
// Between a function frame's locals and its f_locals dict: refreshes the
// dict (to_fast false) or writes the dict back into the locals and cells
// (to_fast true: a missing name unbinds the local), as around a trace call.
int kr_frameobject_sync_locals(KrThread *ts, KrFrameObject *fo, bool to_fast);
// Prepends frame f's entry to the pending exception's traceback; the
// exception stays pending whatever happens.
void kr_frameobject_add_traceback(KrThread *ts, KrFrame *f);
// Called by kr_frame_free for a frame with a frame object: true when that
// object took the frame over (the caller must then not free it).
bool kr_frameobject_release(KrThread *ts, KrFrame *f);

// Tracing (trace.c): the hooks the eval loop calls while ts->trace_on.
// Before each instruction at `lasti` (sp: the stack top): 'call', 'line'
// and 'return' events. -1 when a trace function raised.
int kr_trace_instr(KrThread *ts, KrFrame *f, KrObject **sp);
// gen.throw() resumes f with the exception pending: its 'call' event.
void kr_trace_throw(KrThread *ts, KrFrame *f);
// An exception was raised in f (pending): the 'exception' event. A trace
// function that raises replaces the pending exception.
void kr_trace_exception(KrThread *ts, KrFrame *f);
// f exits because of the pending exception: the 'return' event with None.
void kr_trace_unwind(KrThread *ts, KrFrame *f);
// A call of a non-Python callable while a profile function is set: the
// c_call event, then c_return or c_exception (builtins only, as CPython).
KrObject *kr_trace_c_call(KrThread *ts, KrFrame *f, KrObject *callable, KrObject *const *args, size_t nargs,
                          KrObject *kwnames);
// sys.settrace / sys.setprofile (profile = true): func may be None.
void kr_trace_set(KrThread *ts, KrObject *func, bool profile);

// Binds call arguments to a function frame's parameters, with CPython's
// TypeError messages. Returns -1 on error.
int kr_frame_bind_args(KrThread *ts, KrFrame *f, KrFunction *func, KrObject *const *args, size_t nargs,
                       KrObject *kwnames);

// Creates the cells of the frame's cell variables (moving arguments that
// are captured into their cells) and copies in the function's closure.
int kr_frame_init_cells(KrThread *ts, KrFrame *f, KrObject *closure);
// A ready frame for func(self, *args, **kwargs) (args a tuple, kwargs a dict
// or NULL, self NULL when there is none): arguments bound, cells made.
KrFrame *kr_frame_for_call(KrThread *ts, KrFunction *func, KrObject *self, KrObject *args, KrObject *kwargs);

// Runs a frame until it returns (or yields, for generator frames). Returns
// the value, or NULL with an exception set. `*yielded` tells which.
KrObject *kr_eval_frame(KrThread *ts, KrFrame *f, bool *yielded);
// Resumes a suspended frame by raising the pending exception at its yield.
KrObject *kr_eval_frame_throw(KrThread *ts, KrFrame *f, bool *yielded);
// Resumes the host-level run of `entry` paused at `start` (ts->paused) by an
// exhausted ts->budget. Returns as kr_eval_frame; NULL with no exception and
// ts->paused set when it paused again.
KrObject *kr_eval_resume(KrThread *ts, KrFrame *entry, KrFrame *start);
// The frame kr_eval_code would run, ready for kr_eval_resume (the caller frees it).
KrFrame *kr_eval_prepare(KrThread *ts, KrObject *code, KrObject *globals, KrObject *locals);
// Runs a class body function with `ns` as its locals namespace.
KrObject *kr_eval_class_body(KrThread *ts, KrObject *func, KrObject *ns);

// Generators, coroutines and async generators (gen.c; the async parts' awaitables in async.c).
typedef struct KrGen {
    KrObject base;
    KrFrame *frame;         // NULL once finished
    KrObject *name, *qualname;
    KrCode *code;           // owned: co_code stays reachable (gi_code) after the frame is gone
    KrObject *exc_state;    // the exception it handles while suspended in a handler, or NULL
    bool running;
    bool started;
    bool running_async;     // async generator: an asend()/athrow() awaitable is in progress
    bool closed;            // async generator: aclose()d or finished through StopAsyncIteration
    bool hooks_inited;      // async generator: sys.set_asyncgen_hooks' hooks were applied
    int kind;               // KR_GEN_*
    // A coroutine's cr_origin (sys.set_coroutine_origin_tracking_depth): a tuple
    // of (filename, lineno, function) from the frame that created it outwards,
    // or NULL. An async generator's finalizer hook, called if it dies unfinished.
    KrObject *origin;
    KrObject *finalizer;
} KrGen;
enum { KR_GEN_GENERATOR, KR_GEN_COROUTINE, KR_GEN_ASYNC };
extern KrType kr_gen_type, kr_coro_type, kr_async_gen_type;
KrObject *kr_gen_new(KrThread *ts, KrFrame *frame, KrFunction *func);
// Resumes a generator with `value` (send). Returns the yielded value with
// *done = false, the return value with *done = true, or NULL on error.
KrObject *kr_gen_send_ex(KrThread *ts, KrObject *gen, KrObject *value, bool *done);
// gen.send(value): the yielded value, or NULL with StopIteration(return value)
// (StopAsyncIteration for an async generator) or another exception set.
KrObject *kr_gen_send(KrThread *ts, KrObject *gen, KrObject *value);
// gen.throw(exc) with `exc` an exception instance (stolen), delegating to the
// sub-iterator of a suspended `yield from`/`await`. close_on_genexit: a
// GeneratorExit closes that sub-iterator instead of being thrown into it.
KrObject *kr_gen_throw_exc(KrThread *ts, KrObject *gen, KrObject *exc, bool close_on_genexit);
// The exception of gen.throw(typ[, val[, tb]]) (1 to 3 args), with CPython's TypeErrors.
KrObject *kr_gen_make_throw_exc(KrThread *ts, KrObject *const *args, size_t nargs);
// The sub-iterator a suspended `yield from`/`await` delegates to (borrowed), or NULL.
KrObject *kr_gen_yf_borrow(KrObject *gen);
// gen.close() (also for frame.clear() of a suspended generator's frame).
KrObject *kr_gen_close(KrThread *ts, KrObject *gen);
// Sets StopIteration(value) pending (a bare StopIteration for None).
void kr_gen_raise_stop(KrThread *ts, KrObject *value);

#endif
