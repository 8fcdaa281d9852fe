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
    int32_t nslots;         // nlocals + ncells + stacksize
    KrObject *slots[];      // locals, then cells (cellvars + freevars), then the value stack
};

// Allocates a frame for `code` (new references to everything).
KrFrame *kr_frame_new(KrThread *ts, KrCode *code, KrFunction *func, KrObject *globals, KrObject *builtins,
                      KrObject *locals);
// Releases everything the frame holds, including values left on its stack.
void kr_frame_free(KrThread *ts, KrFrame *f);
// Binds call arguments to a function frame's parameters, with CPython's
// TypeError messages. Returns -1 on error.
int kr_frame_bind_args(KrThread *ts, KrFrame *f, KrFunction *func, KrObject *const *args, size_t nargs,
                       KrObject *kwnames);

// Creates the cells of the frame's cell variables (moving arguments that
// are captured into their cells) and copies in the function's closure.
int kr_frame_init_cells(KrThread *ts, KrFrame *f, KrObject *closure);

// Runs a frame until it returns (or yields, for generator frames). Returns
// the value, or NULL with an exception set. `*yielded` tells which.
KrObject *kr_eval_frame(KrThread *ts, KrFrame *f, bool *yielded);
// Resumes a suspended frame by raising the pending exception at its yield.
KrObject *kr_eval_frame_throw(KrThread *ts, KrFrame *f, bool *yielded);
// Runs a class body function with `ns` as its locals namespace.
KrObject *kr_eval_class_body(KrThread *ts, KrObject *func, KrObject *ns);

// Generators (gen.c).
typedef struct KrGen {
    KrObject base;
    KrFrame *frame;         // NULL once finished
    KrObject *name, *qualname;
    bool running;
    bool started;
    int kind;               // 0 generator, 1 coroutine, 2 async generator
} KrGen;
extern KrType kr_gen_type, kr_coro_type;
KrObject *kr_gen_new(KrThread *ts, KrFrame *frame, KrFunction *func);
// Resumes a generator with `value` (send). Returns the yielded value with
// *done = false, the return value with *done = true, or NULL on error.
KrObject *kr_gen_send_ex(KrThread *ts, KrObject *gen, KrObject *value, bool *done);

#endif
