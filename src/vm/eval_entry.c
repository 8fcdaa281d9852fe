// SPDX-License-Identifier: MIT
// Entering the eval loop from C: calling a Python function, running a code
// object with given namespaces, running a class body. (Python-to-Python calls
// never come here: the loop in eval.c pushes their frames itself.)
#include "../object/containers.h"
#include "frame.h"

KrObject *kr_eval_call_function(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    KrFunction *func = (KrFunction *)callable;
    KrCode *co = func->code;
    KrFrame *f = kr_frame_new(ts, co, func, func->globals, func->builtins, NULL);
    if (!f) {
        return NULL;
    }
    if (kr_frame_bind_args(ts, f, func, args, nargs, kwnames) < 0 || kr_frame_init_cells(ts, f, func->closure) < 0) {
        kr_frame_free(ts, f);
        return NULL;
    }
    if (co->flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR)) {
        return kr_gen_new(ts, f, func);
    }
    bool yielded;
    KrObject *r = kr_eval_frame(ts, f, &yielded);
    kr_frame_free(ts, f);
    return r;
}

KrFrame *kr_eval_prepare(KrThread *ts, KrObject *code, KrObject *globals, KrObject *locals) {
    KrObject *builtins = kr_dict_get_item(ts, globals, KR_ID(ts, __builtins__));
    if (!builtins) {
        if (kr_err_occurred(ts) ||
            kr_dict_set_item(ts, globals, KR_ID(ts, __builtins__), ts->vm->builtins_module) < 0) {
            return NULL;
        }
        builtins = ts->vm->builtins;
    } else if (!kr_dict_check(builtins)) {
        builtins = kr_object_get_dict(ts, builtins, false);
        if (!builtins) {
            builtins = ts->vm->builtins;
        }
    }
    KrFrame *f = kr_frame_new(ts, (KrCode *)code, NULL, globals, builtins, locals ? locals : globals);
    if (!f) {
        return NULL;
    }
    if (kr_frame_init_cells(ts, f, NULL) < 0) {
        kr_frame_free(ts, f);
        return NULL;
    }
    return f;
}

KrObject *kr_eval_code(KrThread *ts, KrObject *code, KrObject *globals, KrObject *locals) {
    KrFrame *f = kr_eval_prepare(ts, code, globals, locals);
    if (!f) {
        return NULL;
    }
    bool yielded;
    KrObject *r = kr_eval_frame(ts, f, &yielded);
    kr_frame_free(ts, f);
    return r;
}

// Runs a class body function with `ns` as its locals (for __build_class__).
KrObject *kr_eval_class_body(KrThread *ts, KrObject *func, KrObject *ns) {
    KrFunction *fn = (KrFunction *)func;
    KrFrame *f = kr_frame_new(ts, fn->code, fn, fn->globals, fn->builtins, ns);
    if (!f) {
        return NULL;
    }
    if (kr_frame_init_cells(ts, f, fn->closure) < 0) {
        kr_frame_free(ts, f);
        return NULL;
    }
    bool yielded;
    KrObject *r = kr_eval_frame(ts, f, &yielded);
    kr_frame_free(ts, f);
    return r;
}

