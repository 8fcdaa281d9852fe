// SPDX-License-Identifier: MIT
// Frame objects: the Python-visible `frame` type over the eval loop's heap frames.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "frame.h"

// ---- life cycle -----------------------------------------------------------------

KrObject *kr_frameobject_get(KrThread *ts, KrFrame *f) {
    if (f->frame_obj) {
        return KR_INCREF(f->frame_obj);
    }
    KrFrameObject *fo = (KrFrameObject *)kr_object_alloc(ts, &kr_frame_type, sizeof(KrFrameObject));
    if (!fo) {
        return NULL;
    }
    fo->frame = f;
    fo->trace_lines = true;
    // The frame's reference: the object lives as long as the frame does, so
    // asking twice gives the same object (sys._getframe() is sys._getframe()).
    f->frame_obj = KR_INCREF(fo);
    return (KrObject *)fo;
}

// Is the frame executing now (on the thread's chain of running frames)?
// A frame object that does not own its frame points either at a running
// frame or at the frame of a generator, which runs only while `running`.
static bool frame_executing(KrFrameObject *fo) {
    if (fo->owned || !fo->frame) {
        return false;
    }
    KrObject *gen = fo->frame->generator;
    return !gen || ((KrGen *)gen)->running;
}

bool kr_frameobject_release(KrThread *ts, KrFrame *f) {
    KrFrameObject *fo = (KrFrameObject *)f->frame_obj;
    f->frame_obj = NULL;
    if (fo->base.refcnt == 1) {
        fo->frame = NULL;
        KR_DECREF(ts, fo);
        return false;
    }
    // Someone still holds the object: it takes the frame over. The value
    // stack goes; the locals stay readable through f_locals.
    KrObject **stack = f->slots + f->code->nlocals + f->code->ncells;
    for (int32_t i = 0; i < f->stacktop; i++) {
        KR_CLEAR(ts, stack[i]);
    }
    f->stacktop = 0;
    // A finished function frame keeps its caller as f_back (the caller is
    // still running now); a generator's frame has none once it is done.
    if (!f->generator && f->back) {
        KrObject *saved = kr_err_fetch(ts);
        fo->back = kr_frameobject_get(ts, f->back);
        kr_err_clear(ts);
        kr_err_restore(ts, saved);
    }
    f->back = NULL;
    f->generator = NULL;
    f->is_entry = false;
    fo->owned = true;
    KR_DECREF(ts, fo);
    return true;
}

void kr_frameobject_add_traceback(KrThread *ts, KrFrame *f) {
    KrObject *exc = kr_err_fetch(ts);
    KrObject *fo = kr_frameobject_get(ts, f);
    if (!fo) {
        kr_err_clear(ts);
    }
    kr_exc_add_traceback(ts, exc, fo, (KrObject *)f->code, f->globals, f->lasti);
    KR_XDECREF(ts, fo);
    kr_err_clear(ts);
    kr_err_restore(ts, exc);
}

// ---- f_locals ---------------------------------------------------------------------

// Sets d[name] = v, or removes name when v is NULL (an unbound local).
static int sync_name(KrThread *ts, KrObject *d, KrObject *name, KrObject *v) {
    if (v) {
        return kr_dict_set_item(ts, d, name, v);
    }
    return kr_dict_pop_item(ts, d, name, NULL) < 0 ? -1 : 0;
}

static KrObject *cell_value(KrObject *cell) {
    return cell ? ((KrCell *)cell)->ref : NULL;
}

// Copies the fast locals and cells into d, in CPython 3.11's order: the
// parameters (a captured one read through its cell), the other locals, the
// other cell variables, then the free variables.
static int fill_locals(KrThread *ts, KrFrame *f, KrObject *d) {
    KrCode *co = f->code;
    intptr_t ncellvars = KR_TUPLE_SIZE(co->cellvars);
    KrObject **cells = f->slots + co->nlocals;
    for (int i = 0; i < co->nlocals; i++) {
        KrObject *v = f->slots[i];
        for (intptr_t j = 0; !v && co->cell2arg && j < ncellvars; j++) {
            if (co->cell2arg[j] == i) {
                v = cell_value(cells[j]);
            }
        }
        if (sync_name(ts, d, KR_TUPLE_GET(co->varnames, i), v) < 0) {
            return -1;
        }
    }
    for (int j = 0; j < co->ncells; j++) {
        KrObject *name;
        if (j < ncellvars) {
            if (co->cell2arg && co->cell2arg[j] >= 0) {
                continue;
            }
            name = KR_TUPLE_GET(co->cellvars, j);
        } else {
            name = KR_TUPLE_GET(co->freevars, j - ncellvars);
        }
        if (sync_name(ts, d, name, cell_value(cells[j])) < 0) {
            return -1;
        }
    }
    return 0;
}

// Stores v (borrowed, may be NULL) into a local slot or a cell's contents.
static void store_slot(KrThread *ts, KrObject **slot, KrObject *v) {
    if (*slot != v) {
        KR_SETREF(ts, *slot, v ? KR_INCREF(v) : NULL);
    }
}

// The reverse of fill_locals: the dict's values go back into the frame.
static int write_locals(KrThread *ts, KrFrame *f, KrObject *d) {
    KrCode *co = f->code;
    intptr_t ncellvars = KR_TUPLE_SIZE(co->cellvars);
    KrObject **cells = f->slots + co->nlocals;
    for (int i = 0; i < co->nlocals; i++) {
        KrObject *v = kr_dict_get_item(ts, d, KR_TUPLE_GET(co->varnames, i));
        if (!v && kr_err_occurred(ts)) {
            return -1;
        }
        KrObject **slot = &f->slots[i];
        for (intptr_t j = 0; !*slot && co->cell2arg && j < ncellvars; j++) {
            if (co->cell2arg[j] == i && cells[j]) {
                slot = &((KrCell *)cells[j])->ref;
            }
        }
        store_slot(ts, slot, v);
    }
    for (int j = 0; j < co->ncells; j++) {
        if ((j < ncellvars && co->cell2arg && co->cell2arg[j] >= 0) || !cells[j]) {
            continue;
        }
        KrObject *name = j < ncellvars ? KR_TUPLE_GET(co->cellvars, j) : KR_TUPLE_GET(co->freevars, j - ncellvars);
        KrObject *v = kr_dict_get_item(ts, d, name);
        if (!v && kr_err_occurred(ts)) {
            return -1;
        }
        store_slot(ts, &((KrCell *)cells[j])->ref, v);
    }
    return 0;
}

int kr_frameobject_sync_locals(KrThread *ts, KrFrameObject *fo, bool to_fast) {
    if (!fo->frame || fo->frame->locals || !fo->locals) {
        return 0;
    }
    return to_fast ? write_locals(ts, fo->frame, fo->locals) : fill_locals(ts, fo->frame, fo->locals);
}

static KrObject *snapshot_locals(KrThread *ts, KrFrameObject *fo) {
    if (!fo->locals) {
        fo->locals = kr_dict_new(ts);
        if (!fo->locals) {
            return NULL;
        }
    }
    if (fo->frame && fill_locals(ts, fo->frame, fo->locals) < 0) {
        return NULL;
    }
    return KR_INCREF(fo->locals);
}

KrObject *kr_frameobject_locals(KrThread *ts, KrFrame *f) {
    if (f->locals) {
        return KR_INCREF(f->locals);
    }
    KrObject *fo = kr_frameobject_get(ts, f);
    if (!fo) {
        return NULL;
    }
    KrObject *d = snapshot_locals(ts, (KrFrameObject *)fo);
    KR_DECREF(ts, fo);
    return d;
}

// ---- slots ------------------------------------------------------------------------

// Drops what the object holds; a taken-over frame is freed with it.
static int frame_clear_refs(KrThread *ts, KrObject *o) {
    KrFrameObject *fo = (KrFrameObject *)o;
    KR_CLEAR(ts, fo->back);
    KR_CLEAR(ts, fo->locals);
    KR_CLEAR(ts, fo->trace);
    if (fo->owned && fo->frame) {
        KrFrame *f = fo->frame;
        fo->frame = NULL;
        kr_frame_free(ts, f);
    }
    return 0;
}

static void frame_dealloc(KrThread *ts, KrObject *o) {
    frame_clear_refs(ts, o);
    kr_object_free(ts, o);
}

// A running frame's contents are roots (the eval loop holds them); only a
// taken-over frame is traversed.
static void frame_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrFrameObject *fo = (KrFrameObject *)o;
    KrObject *refs[] = {fo->back, fo->locals, fo->trace};
    for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
        if (refs[i]) {
            visit(ts, refs[i], arg);
        }
    }
    if (fo->owned && fo->frame) {
        KrFrame *f = fo->frame;
        KrObject *frefs[] = {(KrObject *)f->code, (KrObject *)f->func, f->globals, f->builtins, f->locals};
        for (size_t i = 0; i < sizeof(frefs) / sizeof(frefs[0]); i++) {
            if (frefs[i]) {
                visit(ts, frefs[i], arg);
            }
        }
        for (int32_t i = 0; i < f->code->nlocals + f->code->ncells; i++) {
            if (f->slots[i]) {
                visit(ts, f->slots[i], arg);
            }
        }
    }
}

// Before its first instruction a frame is on its def line (where CPython's
// RESUME sits); module code is then on line 0.
static int frame_line(KrFrame *f) {
    if (f->lasti >= 0) {
        return kr_code_line(f->code, f->lasti);
    }
    return kr_str_equal_cstr(f->code->name, "<module>") ? 0 : f->code->firstlineno;
}

static KrObject *frame_repr(KrThread *ts, KrObject *o) {
    KrFrame *f = ((KrFrameObject *)o)->frame;
    if (!f) {
        return kr_str_from_format(ts, "<frame at %p>", (void *)o);
    }
    return kr_str_from_format(ts, "<frame at %p, file %R, line %d, code %U>", (void *)o, f->code->filename,
                              frame_line(f), f->code->name);
}

// Frame objects come only from running code.
static KrObject *frame_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances", kr_type_name_cstr(type));
    return NULL;
}

// ---- attributes -------------------------------------------------------------------

#define FRAME_OR_NONE(self, f)                        \
    KrFrame *f = ((KrFrameObject *)(self))->frame;    \
    if (!f) {                                         \
        KR_RETURN_NONE;                               \
    }

static KrObject *frame_get_back(KrThread *ts, KrObject *self) {
    KrFrameObject *fo = (KrFrameObject *)self;
    if (fo->owned || !fo->frame) {
        return KR_INCREF(fo->back ? fo->back : KR_NONE);
    }
    // A suspended generator's `back` is stale: it has no f_back until resumed.
    if (!frame_executing(fo) || !fo->frame->back) {
        KR_RETURN_NONE;
    }
    return kr_frameobject_get(ts, fo->frame->back);
}

static KrObject *frame_get_code(KrThread *ts, KrObject *self) {
    (void)ts;
    FRAME_OR_NONE(self, f);
    return KR_INCREF(f->code);
}

static KrObject *frame_get_globals(KrThread *ts, KrObject *self) {
    (void)ts;
    FRAME_OR_NONE(self, f);
    return KR_INCREF(f->globals);
}

static KrObject *frame_get_builtins(KrThread *ts, KrObject *self) {
    (void)ts;
    FRAME_OR_NONE(self, f);
    return KR_INCREF(f->builtins);
}

static KrObject *frame_get_locals(KrThread *ts, KrObject *self) {
    KrFrameObject *fo = (KrFrameObject *)self;
    if (fo->frame && fo->frame->locals) {
        return KR_INCREF(fo->frame->locals);
    }
    return snapshot_locals(ts, fo);
}

static KrObject *frame_get_lineno(KrThread *ts, KrObject *self) {
    FRAME_OR_NONE(self, f);
    return kr_int_from_i64(ts, frame_line(f));
}

// The last line of any instruction of the code (0 when none has a line).
static int last_line(KrCode *co) {
    int max = 0;
    KrPosIter it;
    KrPosition pos;
    kr_code_pos_start(co, &it);
    while (kr_code_pos_next(&it, &pos)) {
        if (pos.line > max) {
            max = pos.line;
        }
    }
    return max;
}

// Jumping is a debugger's feature: CPython allows it only from a trace
// function's 'line' event, and its messages depend on the last event traced.
// Krait checks the same conditions, then refuses the jump itself (it keeps
// no per-instruction stack depths to prove a jump safe).
static int frame_set_lineno(KrThread *ts, KrObject *self, KrObject *value) {
    KrFrameObject *fo = (KrFrameObject *)self;
    if (!value) {
        kr_err_set_str(ts, &kr_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (KR_TYPE(value) != &kr_int_type) {
        kr_err_set_str(ts, &kr_exc_ValueError, "lineno must be an integer");
        return -1;
    }
    int what = ts->tracing_what;
    bool suspended = fo->frame && !fo->owned && !frame_executing(fo);
    if (what == KR_TRACE_CALL) {
        kr_err_set_str(ts, &kr_exc_ValueError, "can't jump from the 'call' trace event of a new frame");
        return -1;
    }
    if (what != KR_TRACE_LINE && !(what == KR_TRACE_RETURN && suspended)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (!fo->trace || !fo->frame) {
        kr_err_set_str(ts, &kr_exc_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    int overflow;
    int64_t line = kr_int_as_i64(value, &overflow);
    KrCode *co = fo->frame->code;
    if (!overflow && line < co->firstlineno) {
        kr_err_format(ts, &kr_exc_ValueError, "line %lld comes before the current code block", (long long)line);
        return -1;
    }
    if (overflow || line > last_line(co)) {
        kr_err_format(ts, &kr_exc_ValueError, "line %S comes after the current code block", value);
        return -1;
    }
    kr_err_format(ts, &kr_exc_ValueError, "can't jump to line %lld: jumps are not supported", (long long)line);
    return -1;
}

static KrObject *frame_get_lasti(KrThread *ts, KrObject *self) {
    FRAME_OR_NONE(self, f);
    return kr_int_from_i64(ts, f->lasti < 0 ? -1 : (int64_t)f->lasti * 2);
}

static KrObject *frame_get_trace(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *t = ((KrFrameObject *)self)->trace;
    return KR_INCREF(t ? t : KR_NONE);
}

static int frame_set_trace(KrThread *ts, KrObject *self, KrObject *value) {
    KrObject *v = value && value != KR_NONE ? KR_INCREF(value) : NULL;
    KR_SETREF(ts, ((KrFrameObject *)self)->trace, v);
    return 0;
}

static int set_bool_flag(KrThread *ts, bool *flag, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (KR_TYPE(value) != &kr_bool_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = value == KR_TRUE;
    return 0;
}

static KrObject *frame_get_trace_lines(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrFrameObject *)self)->trace_lines);
}

static int frame_set_trace_lines(KrThread *ts, KrObject *self, KrObject *value) {
    return set_bool_flag(ts, &((KrFrameObject *)self)->trace_lines, value);
}

static KrObject *frame_get_trace_opcodes(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrFrameObject *)self)->trace_opcodes);
}

static int frame_set_trace_opcodes(KrThread *ts, KrObject *self, KrObject *value) {
    return set_bool_flag(ts, &((KrFrameObject *)self)->trace_opcodes, value);
}

// ---- methods ----------------------------------------------------------------------

// frame.clear(): drops the locals of a finished frame; a suspended
// generator's frame closes the generator instead; a running one refuses.
static KrObject *frame_clear_method(KrThread *ts, KrObject *self) {
    KrFrameObject *fo = (KrFrameObject *)self;
    if (!fo->frame) {
        KR_RETURN_NONE;
    }
    if (frame_executing(fo)) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    if (!fo->owned) {
        // As CPython's generator finalization: close it, reporting (not
        // raising) what the close raised; the locals go with the frame.
        KrObject *gen = fo->frame->generator;
        KrObject *r = kr_gen_close(ts, gen);
        if (!r) {
            kr_gc_write_unraisable(ts, gen);
        }
        KR_XDECREF(ts, r);
        KR_RETURN_NONE;
    }
    KR_CLEAR(ts, fo->trace);
    KrFrame *f = fo->frame;
    if (f) {
        for (int32_t i = 0; i < f->code->nlocals + f->code->ncells; i++) {
            KR_CLEAR(ts, f->slots[i]);
        }
    }
    KR_RETURN_NONE;
}

static const KrMethodDef frame_methods[] = {
    {"clear", frame_clear_method, KR_METH_NOARGS, false, false, "F.clear(): clear most references held by the frame"},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef frame_getsets[] = {
    {"f_back", frame_get_back, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL},
    {"f_lineno", frame_get_lineno, frame_set_lineno, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL},
    {"f_trace_lines", frame_get_trace_lines, frame_set_trace_lines, NULL},
    {"f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_frame_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "frame",
    .basicsize = sizeof(KrFrameObject),
    .flags = KR_TYPE_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear_refs,
    .repr = frame_repr,
    .new_ = frame_new,
    .methods = frame_methods,
    .getsets = frame_getsets,
};
