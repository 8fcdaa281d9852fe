// SPDX-License-Identifier: MIT
// The eval loop. Python-to-Python calls push a frame and stay in this loop;
// only C-to-Python calls (kr_eval_call_function) re-enter it.
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "async.h"
#include "frame.h"
#include "match.h"
#include "ops.h"

// ---- the loop ---------------------------------------------------------------------

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define STACK_BASE(fr) ((fr)->slots + (fr)->code->nlocals + (fr)->code->ncells)

// Loads the registers of frame `f`.
#define LOAD_FRAME()                                   \
    do {                                               \
        co = f->code;                                  \
        instrs = co->code;                             \
        consts = KR_TUPLE_ITEMS(co->consts);           \
        names = KR_TUPLE_ITEMS(co->names);             \
        locals = f->slots;                             \
        cells = f->slots + co->nlocals;                \
        sp = STACK_BASE(f) + f->stacktop;              \
        pc = f->lasti + 1;                             \
        TRACE_REFRESH();                               \
    } while (0)

#define SAVE_FRAME()                                   \
    do {                                               \
        f->stacktop = (int32_t)(sp - STACK_BASE(f));   \
    } while (0)

static KrObject *run(KrThread *ts, KrFrame *entry, KrFrame *start, bool *yielded, bool throwflag);

// Dispatch. Where the compiler has labels as values (GNU C: gcc and clang),
// each handler jumps straight to the next one through a table built from
// opcodes.def, which predicts far better than one shared switch; elsewhere
// the same handlers run as the cases of a switch. A handler ends with
// DISPATCH(); `break` also works (it goes round the loop), just slower.
#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#if USE_COMPUTED_GOTO
#define TARGET(op) case KR_OP_##op: TARGET_##op:
#define DISPATCH()                                     \
    do {                                               \
        word = instrs[pc];                             \
        f->lasti = pc++;                               \
        oparg = (int)KR_INSTR_ARG(word);               \
        goto *dispatch[KR_INSTR_OP(word)];             \
    } while (0)
// While sys.settrace/setprofile is on, every opcode of the tracing table
// leads to trace_instr first; the table is re-chosen when a frame is
// entered or left and after a call to C (where the trace function is set).
#define TRACE_REFRESH() (dispatch = ts->trace_on ? trace_targets : targets)
#else
#define TARGET(op) case KR_OP_##op:
#define DISPATCH() continue
#define TRACE_REFRESH() ((void)0)
#endif

KrObject *kr_eval_frame(KrThread *ts, KrFrame *entry, bool *yielded) {
    return run(ts, entry, entry, yielded, false);
}

KrObject *kr_eval_frame_throw(KrThread *ts, KrFrame *entry, bool *yielded) {
    return run(ts, entry, entry, yielded, true);
}

// Frames from `f` out to `entry`, both included.
static int chain_depth(KrFrame *f, KrFrame *entry) {
    int n = 1;
    for (; f != entry; f = f->back) {
        n++;
    }
    return n;
}

KrObject *kr_eval_resume(KrThread *ts, KrFrame *entry, KrFrame *start) {
    bool yielded;
    ts->py_depth += chain_depth(start, entry) - 1; // run() counts the last one
    return run(ts, entry, start, &yielded, false);
}

// Leaves the host-level run with everything on the heap: `f` (its registers
// saved by the caller) resumes at f->lasti + 1.
static KrObject *pause(KrThread *ts, KrFrame *entry, KrFrame *f) {
    ts->py_depth -= chain_depth(f, entry);
    kr_leave_recursive(ts);
    ts->frame = entry->back;
    ts->paused = f;
    return NULL;
}

// One unit of krait_step's budget is spent at each loop back edge and call.
// Only the run the host started may pause (a nested run has a C caller
// waiting for its result): elsewhere the pause waits for the next chance.
#define SPEND_BUDGET()                                                \
    do {                                                              \
        if (ts->budget > 0 && --ts->budget == 0) {                    \
            if (entry == ts->pause_entry) {                           \
                f->lasti = pc - 1;                                    \
                SAVE_FRAME();                                         \
                return pause(ts, entry, f);                           \
            }                                                         \
            ts->budget = 1;                                           \
        }                                                             \
    } while (0)

static KrObject *run(KrThread *ts, KrFrame *entry, KrFrame *start, bool *yielded, bool throwflag) {
    *yielded = false;
    if (++ts->py_depth > ts->vm->recursion_limit) {
        --ts->py_depth;
        kr_err_set_str(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    if (kr_enter_recursive(ts, "") < 0) {
        --ts->py_depth;
        return NULL;
    }
    KrFrame *f = start;
    entry->is_entry = true;
    entry->back = ts->frame;
    ts->frame = f;

    KrCode *co;
    uint32_t *instrs;
    KrObject *const *consts;
    KrObject *const *names;
    KrObject **locals, **cells, **sp;
    int32_t pc;
    KrObject *kwnames = NULL; // set by KW_NAMES for the next CALL
    KrFrame *new_frame = NULL; // the callee frame, at push_frame
#if USE_COMPUTED_GOTO
    // One entry per possible opcode byte; unassigned bytes reach `default`.
    // The range fills the table first and each opcode then overrides its entry.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static void *const targets[256] = {
        [0 ... 255] = &&unknown_opcode,
#define OP(name, kind, effect, jump_effect) [KR_OP_##name] = &&TARGET_##name,
#include "../compiler/opcodes.def"
#undef OP
    };
#pragma GCC diagnostic pop
    static void *const trace_targets[256] = {[0 ... 255] = &&trace_instr};
    void *const *dispatch = targets;
#endif
    f->trace_called = false; // a resumed generator sends 'call' again
    LOAD_FRAME();
    if (throwflag) {
        // gen.throw(): the pending exception is raised at the yield point.
        if (ts->trace_on) {
            kr_trace_throw(ts, f);
        }
        goto error;
    }

    uint32_t word;
    int oparg;
    for (;;) {
        word = instrs[pc];
        f->lasti = pc++;
        oparg = (int)KR_INSTR_ARG(word);
#if USE_COMPUTED_GOTO
        goto *dispatch[KR_INSTR_OP(word)];
#endif
        switch ((KrOpcode)KR_INSTR_OP(word)) {
        TARGET(NOP)
        TARGET(RETURN_GENERATOR)
            DISPATCH();
        TARGET(POP_TOP) {
            KrObject *v = POP();
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(PUSH_NULL)
            PUSH(NULL);
            DISPATCH();
        TARGET(COPY) {
            KrObject *v = PEEK(oparg);
            PUSH(KR_INCREF(v));
            DISPATCH();
        }
        TARGET(SWAP) {
            KrObject *t = TOP();
            SET_TOP(PEEK(oparg));
            PEEK(oparg) = t;
            DISPATCH();
        }
        TARGET(LOAD_CONST)
            PUSH(KR_INCREF(consts[oparg]));
            DISPATCH();
        TARGET(LOAD_FAST) {
            KrObject *v = locals[oparg];
            if (!v) {
                kr_ops_unbound_local(ts, KR_TUPLE_GET(co->varnames, oparg));
                goto error;
            }
            PUSH(KR_INCREF(v));
            DISPATCH();
        }
        TARGET(STORE_FAST) {
            KrObject *v = POP();
            KR_SETREF(ts, locals[oparg], v);
            DISPATCH();
        }
        TARGET(DELETE_FAST)
            if (!locals[oparg]) {
                kr_ops_unbound_local(ts, KR_TUPLE_GET(co->varnames, oparg));
                goto error;
            }
            KR_CLEAR(ts, locals[oparg]);
            DISPATCH();
        TARGET(LOAD_DEREF) {
            KrObject *v = ((KrCell *)cells[oparg])->ref;
            if (!v) {
                kr_ops_unbound_deref(ts, co, oparg);
                goto error;
            }
            PUSH(KR_INCREF(v));
            DISPATCH();
        }
        TARGET(STORE_DEREF) {
            KrObject *v = POP();
            KR_SETREF(ts, ((KrCell *)cells[oparg])->ref, v);
            DISPATCH();
        }
        TARGET(DELETE_DEREF) {
            KrCell *c = (KrCell *)cells[oparg];
            if (!c->ref) {
                kr_ops_unbound_deref(ts, co, oparg);
                goto error;
            }
            KR_CLEAR(ts, c->ref);
            DISPATCH();
        }
        TARGET(LOAD_CLOSURE)
            PUSH(KR_INCREF(cells[oparg]));
            DISPATCH();
        TARGET(LOAD_CLASSDEREF) {
            KrObject *name = kr_ops_deref_name(co, oparg);
            KrObject *v = f->locals ? kr_ops_mapping_lookup(ts, f->locals, name) : NULL;
            if (!v) {
                if (kr_err_occurred(ts)) {
                    goto error;
                }
                v = ((KrCell *)cells[oparg])->ref;
                if (!v) {
                    kr_ops_unbound_deref(ts, co, oparg);
                    goto error;
                }
                KR_INCREF(v);
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(LOAD_GLOBAL) {
            KrFunction *fn = f->func;
            KrGlobalCache *gc = NULL;
            if (fn && fn->code == co) {
                gc = fn->global_cache;
                if (gc) {
                    gc += oparg;
                    if (gc->value && gc->globals_version == ((KrDict *)f->globals)->version &&
                        gc->builtins_version == ((KrDict *)f->builtins)->version) {
                        PUSH(KR_INCREF(gc->value));
                        DISPATCH();
                    }
                } else {
                    fn->global_cache = kr_mem_alloc(ts, sizeof(KrGlobalCache) * (size_t)KR_TUPLE_SIZE(co->names));
                    if (!fn->global_cache) {
                        goto error;
                    }
                    memset(fn->global_cache, 0, sizeof(KrGlobalCache) * (size_t)KR_TUPLE_SIZE(co->names));
                    gc = fn->global_cache + oparg;
                }
            }
            KrObject *name = names[oparg];
            uint64_t gver = gc ? ((KrDict *)f->globals)->version : 0;
            uint64_t bver = gc ? ((KrDict *)f->builtins)->version : 0;
            KrObject *v = kr_dict_get_item(ts, f->globals, name);
            if (!v) {
                if (kr_err_occurred(ts)) {
                    goto error;
                }
                v = kr_dict_get_item(ts, f->builtins, name);
                if (!v) {
                    if (!kr_err_occurred(ts)) {
                        kr_ops_name_error(ts, name);
                    }
                    goto error;
                }
            }
            // Cache only when the lookup ran no code that changed either dict.
            if (gc && gver == ((KrDict *)f->globals)->version && bver == ((KrDict *)f->builtins)->version) {
                gc->globals_version = gver;
                gc->builtins_version = bver;
                gc->value = v;
            }
            PUSH(KR_INCREF(v));
            DISPATCH();
        }
        TARGET(STORE_GLOBAL) {
            KrObject *v = POP();
            int r = kr_dict_set_item(ts, f->globals, names[oparg], v);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(DELETE_GLOBAL) {
            KrObject *old = NULL;
            int r = kr_dict_pop_item(ts, f->globals, names[oparg], &old);
            if (r < 0) {
                goto error;
            }
            if (r == 0) {
                kr_ops_name_error(ts, names[oparg]);
                goto error;
            }
            KR_DECREF(ts, old);
            DISPATCH();
        }
        TARGET(LOAD_NAME) {
            KrObject *name = names[oparg];
            KrObject *v = NULL;
            if (f->locals) {
                v = kr_ops_mapping_lookup(ts, f->locals, name);
                if (!v && kr_err_occurred(ts)) {
                    goto error;
                }
            }
            if (!v) {
                v = kr_dict_get_item(ts, f->globals, name);
                if (!v) {
                    if (kr_err_occurred(ts)) {
                        goto error;
                    }
                    v = kr_dict_get_item(ts, f->builtins, name);
                    if (!v) {
                        if (!kr_err_occurred(ts)) {
                            kr_ops_name_error(ts, name);
                        }
                        goto error;
                    }
                }
                KR_INCREF(v);
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_NAME) {
            KrObject *v = POP();
            KrObject *ns = f->locals ? f->locals : f->globals;
            int r = kr_dict_check(ns) && KR_TYPE(ns) == &kr_dict_type ? kr_dict_set_item(ts, ns, names[oparg], v)
                                                                       : kr_setitem(ts, ns, names[oparg], v);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(DELETE_NAME) {
            KrObject *ns = f->locals ? f->locals : f->globals;
            if (kr_delitem(ts, ns, names[oparg]) < 0) {
                if (kr_err_matches(ts, &kr_exc_KeyError)) {
                    kr_err_clear(ts);
                    kr_ops_name_error(ts, names[oparg]);
                }
                goto error;
            }
            DISPATCH();
        }
        TARGET(LOAD_ATTR) {
            KrObject *obj = TOP();
            KrObject *v = kr_ops_load_attr(ts, co, oparg, obj);
            if (!v) {
                goto error;
            }
            SET_TOP(v);
            KR_DECREF(ts, obj);
            DISPATCH();
        }
        TARGET(STORE_ATTR) {
            KrObject *obj = POP();
            KrObject *v = POP();
            int r = kr_ops_store_attr(ts, co, oparg, obj, v);
            KR_DECREF(ts, obj);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(DELETE_ATTR) {
            KrObject *obj = POP();
            int r = kr_delattr(ts, obj, names[oparg]);
            KR_DECREF(ts, obj);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(LOAD_METHOD) {
            KrObject *obj = TOP();
            KrObject *meth = NULL;
            int r = kr_ops_load_method(ts, co, oparg, obj, &meth);
            if (r < 0) {
                goto error;
            }
            if (r == 1) {
                // [meth, obj]: the method is unbound and obj is its first argument.
                SET_TOP(meth);
                PUSH(obj);
            } else {
                SET_TOP(NULL);
                PUSH(meth);
                KR_DECREF(ts, obj);
            }
            DISPATCH();
        }
        TARGET(LOAD_ASSERTION_ERROR)
            PUSH(KR_INCREF(&kr_exc_AssertionError));
            DISPATCH();
        TARGET(LOAD_BUILD_CLASS) {
            KrObject *bc = kr_dict_get_item(ts, f->builtins, KR_ID(ts, __build_class__));
            if (!bc) {
                if (!kr_err_occurred(ts)) {
                    kr_err_set_str(ts, &kr_exc_NameError, "__build_class__ not found");
                }
                goto error;
            }
            PUSH(KR_INCREF(bc));
            DISPATCH();
        }
        TARGET(SETUP_ANNOTATIONS) {
            KrObject *ns = f->locals ? f->locals : f->globals;
            KrObject *a = kr_ops_mapping_lookup(ts, ns, KR_ID(ts, __annotations__));
            if (a) {
                KR_DECREF(ts, a);
                DISPATCH();
            }
            if (kr_err_occurred(ts)) {
                goto error;
            }
            KrObject *d = kr_dict_new(ts);
            if (!d) {
                goto error;
            }
            int r = kr_setitem(ts, ns, KR_ID(ts, __annotations__), d);
            KR_DECREF(ts, d);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(UNARY_POSITIVE)
        TARGET(UNARY_NEGATIVE)
        TARGET(UNARY_INVERT) {
            KrObject *v = TOP();
            KrOpcode op = (KrOpcode)KR_INSTR_OP(word);
            KrObject *r = op == KR_OP_UNARY_POSITIVE   ? kr_positive(ts, v)
                          : op == KR_OP_UNARY_NEGATIVE ? kr_negative(ts, v)
                                                       : kr_invert(ts, v);
            if (!r) {
                goto error;
            }
            SET_TOP(r);
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(UNARY_NOT) {
            KrObject *v = TOP();
            int t = kr_is_true(ts, v);
            if (t < 0) {
                goto error;
            }
            SET_TOP(KR_INCREF(KR_BOOL(!t)));
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(BINARY_OP) {
            KrObject *b = TOP();
            KrObject *a = PEEK(2);
            if (KR_TYPE(a) == &kr_float_type && KR_TYPE(b) == &kr_float_type && (a->refcnt == 1 || b->refcnt == 1)) {
                // An operand only the stack holds is a temporary nobody can
                // see: its float receives the result instead of a new object.
                int base = oparg >= KR_BINOP_INPLACE ? oparg - KR_BINOP_INPLACE : oparg;
                double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b), r;
                bool done = true;
                switch (base) {
                case KR_BINOP_ADD:
                    r = x + y;
                    break;
                case KR_BINOP_SUBTRACT:
                    r = x - y;
                    break;
                case KR_BINOP_MULTIPLY:
                    r = x * y;
                    break;
                case KR_BINOP_TRUE_DIVIDE:
                    done = y != 0.0;
                    r = done ? x / y : 0.0;
                    break;
                default:
                    done = false;
                    r = 0.0;
                    break;
                }
                if (done) {
                    KrObject *keep = a->refcnt == 1 ? a : b;
                    KR_FLOAT_VALUE(keep) = r;
                    sp -= 2;
                    KR_DECREF(ts, keep == a ? b : a);
                    PUSH(keep);
                    DISPATCH();
                }
            }
            (void)POP();
            KrObject *r = kr_ops_binary(ts, a, b, oparg);
            KR_DECREF(ts, b);
            if (!r) {
                goto error;
            }
            SET_TOP(r);
            KR_DECREF(ts, a);
            DISPATCH();
        }
        TARGET(COMPARE_OP) {
            KrObject *b = POP();
            KrObject *a = TOP();
            KrObject *r = kr_ops_compare(ts, a, b, oparg);
            KR_DECREF(ts, b);
            if (!r) {
                goto error;
            }
            SET_TOP(r);
            KR_DECREF(ts, a);
            DISPATCH();
        }
        TARGET(IS_OP) {
            KrObject *b = POP();
            KrObject *a = TOP();
            bool r = (a == b) != (oparg != 0);
            SET_TOP(KR_INCREF(KR_BOOL(r)));
            KR_DECREF(ts, a);
            KR_DECREF(ts, b);
            DISPATCH();
        }
        TARGET(CONTAINS_OP) {
            KrObject *b = POP();
            KrObject *a = TOP();
            int r = kr_contains(ts, b, a);
            KR_DECREF(ts, b);
            if (r < 0) {
                goto error;
            }
            SET_TOP(KR_INCREF(KR_BOOL((r != 0) != (oparg != 0))));
            KR_DECREF(ts, a);
            DISPATCH();
        }
        TARGET(BINARY_SUBSCR) {
            KrObject *key = TOP();
            KrObject *obj = PEEK(2);
            int64_t i;
            if (KR_TYPE(obj) == &kr_list_type && KR_TYPE(key) == &kr_int_type && kr_ops_word_value(key, &i)) {
                intptr_t n = KR_LIST_SIZE(obj);
                if (i < 0) {
                    i += n;
                }
                if (i >= 0 && i < n) {
                    KrObject *item = KR_INCREF(KR_LIST_ITEMS(obj)[i]);
                    sp -= 2;
                    KR_DECREF(ts, key);
                    KR_DECREF(ts, obj);
                    PUSH(item);
                    DISPATCH();
                }
            }
            (void)POP();
            KrObject *r = kr_getitem(ts, obj, key);
            KR_DECREF(ts, key);
            if (!r) {
                goto error;
            }
            SET_TOP(r);
            KR_DECREF(ts, obj);
            DISPATCH();
        }
        TARGET(STORE_SUBSCR) {
            KrObject *key = POP();
            KrObject *obj = POP();
            KrObject *v = POP();
            int64_t i;
            if (KR_TYPE(obj) == &kr_list_type && KR_TYPE(key) == &kr_int_type && kr_ops_word_value(key, &i)) {
                intptr_t n = KR_LIST_SIZE(obj);
                if (i < 0) {
                    i += n;
                }
                if (i >= 0 && i < n) {
                    // The list's reference to v is the one popped; the old item goes last.
                    KR_SETREF(ts, KR_LIST_ITEMS(obj)[i], v);
                    KR_DECREF(ts, key);
                    KR_DECREF(ts, obj);
                    DISPATCH();
                }
            }
            int r = kr_setitem(ts, obj, key, v);
            KR_DECREF(ts, key);
            KR_DECREF(ts, obj);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(DELETE_SUBSCR) {
            KrObject *key = POP();
            KrObject *obj = POP();
            int r = kr_delitem(ts, obj, key);
            KR_DECREF(ts, key);
            KR_DECREF(ts, obj);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(BUILD_TUPLE) {
            KrObject *t = kr_tuple_new(ts, oparg);
            if (!t) {
                goto error;
            }
            sp -= oparg;
            for (int i = 0; i < oparg; i++) {
                KR_TUPLE_SET(t, i, sp[i]);
            }
            PUSH(t);
            DISPATCH();
        }
        TARGET(BUILD_LIST) {
            KrObject *l = kr_list_new(ts, oparg);
            if (!l) {
                goto error;
            }
            sp -= oparg;
            for (int i = 0; i < oparg; i++) {
                KR_LIST_ITEMS(l)[i] = sp[i];
            }
            PUSH(l);
            DISPATCH();
        }
        TARGET(BUILD_SET) {
            KrObject *s = kr_set_new(ts, NULL);
            if (!s) {
                goto error;
            }
            int err = 0;
            sp -= oparg;
            for (int i = 0; i < oparg; i++) {
                if (!err && kr_set_add(ts, s, sp[i]) < 0) {
                    err = 1;
                }
                KR_DECREF(ts, sp[i]);
            }
            if (err) {
                KR_DECREF(ts, s);
                goto error;
            }
            PUSH(s);
            DISPATCH();
        }
        TARGET(BUILD_MAP) {
            KrObject *d = kr_dict_new(ts);
            if (!d) {
                goto error;
            }
            int err = 0;
            sp -= 2 * oparg;
            for (int i = 0; i < oparg; i++) {
                if (!err && kr_dict_set_item(ts, d, sp[2 * i], sp[2 * i + 1]) < 0) {
                    err = 1;
                }
                KR_DECREF(ts, sp[2 * i]);
                KR_DECREF(ts, sp[2 * i + 1]);
            }
            if (err) {
                KR_DECREF(ts, d);
                goto error;
            }
            PUSH(d);
            DISPATCH();
        }
        TARGET(BUILD_CONST_KEY_MAP) {
            KrObject *keys = POP();
            KrObject *d = kr_dict_new(ts);
            int err = d == NULL;
            sp -= oparg;
            for (int i = 0; i < oparg; i++) {
                if (!err && kr_dict_set_item(ts, d, KR_TUPLE_GET(keys, i), sp[i]) < 0) {
                    err = 1;
                }
                KR_DECREF(ts, sp[i]);
            }
            KR_DECREF(ts, keys);
            if (err) {
                KR_XDECREF(ts, d);
                goto error;
            }
            PUSH(d);
            DISPATCH();
        }
        TARGET(BUILD_STRING) {
            sp -= oparg;
            KrObject *empty = kr_str_from_utf8(ts, "", 0);
            KrObject *s = empty ? kr_str_join(ts, empty, sp, (size_t)oparg) : NULL;
            KR_XDECREF(ts, empty);
            for (int i = 0; i < oparg; i++) {
                KR_DECREF(ts, sp[i]);
            }
            if (!s) {
                goto error;
            }
            PUSH(s);
            DISPATCH();
        }
        TARGET(BUILD_SLICE) {
            KrObject *step = oparg == 3 ? POP() : NULL;
            KrObject *stop = POP();
            KrObject *start = POP();
            KrObject *s = kr_slice_new(ts, start, stop, step);
            KR_DECREF(ts, start);
            KR_DECREF(ts, stop);
            KR_XDECREF(ts, step);
            if (!s) {
                goto error;
            }
            PUSH(s);
            DISPATCH();
        }
        TARGET(LIST_APPEND) {
            KrObject *v = POP();
            int r = kr_list_append(ts, PEEK(oparg), v);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(SET_ADD) {
            KrObject *v = POP();
            int r = kr_set_add(ts, PEEK(oparg), v);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(MAP_ADD) {
            KrObject *v = POP();
            KrObject *k = POP();
            int r = kr_dict_set_item(ts, PEEK(oparg), k, v);
            KR_DECREF(ts, k);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(LIST_EXTEND) {
            KrObject *it = POP();
            int r = kr_list_extend(ts, PEEK(oparg), it);
            if (r < 0 && kr_err_matches(ts, &kr_exc_TypeError) && !KR_TYPE(it)->iter && !KR_TYPE(it)->getitem) {
                kr_err_clear(ts);
                kr_err_format(ts, &kr_exc_TypeError, "Value after * must be an iterable, not %s",
                              kr_type_name_cstr(KR_TYPE(it)));
            }
            KR_DECREF(ts, it);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(SET_UPDATE) {
            KrObject *it = POP();
            int r = kr_set_update(ts, PEEK(oparg), it);
            KR_DECREF(ts, it);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(DICT_UPDATE) {
            KrObject *m = POP();
            int r = kr_ops_dict_update(ts, PEEK(oparg), m);
            KR_DECREF(ts, m);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(DICT_MERGE) {
            KrObject *m = POP();
            int r = kr_ops_dict_merge(ts, PEEK(oparg), m, PEEK(oparg + 2));
            KR_DECREF(ts, m);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(LIST_TO_TUPLE) {
            KrObject *l = TOP();
            KrObject *t = kr_list_as_tuple(ts, l);
            if (!t) {
                goto error;
            }
            SET_TOP(t);
            KR_DECREF(ts, l);
            DISPATCH();
        }
        TARGET(UNPACK_SEQUENCE) {
            KrObject *seq = POP();
            int r = kr_ops_unpack(ts, seq, oparg, -1, sp);
            KR_DECREF(ts, seq);
            if (r < 0) {
                goto error;
            }
            sp += oparg;
            DISPATCH();
        }
        TARGET(UNPACK_EX) {
            KrObject *seq = POP();
            int before = oparg & 0xFF, after = oparg >> 8;
            int r = kr_ops_unpack(ts, seq, before, after, sp);
            KR_DECREF(ts, seq);
            if (r < 0) {
                goto error;
            }
            sp += before + 1 + after;
            DISPATCH();
        }
        TARGET(FORMAT_VALUE) {
            KrObject *spec = (oparg & 4) ? POP() : NULL;
            KrObject *v = TOP();
            KrObject *r = kr_ops_format_value(ts, v, oparg & 3, spec);
            KR_XDECREF(ts, spec);
            if (!r) {
                goto error;
            }
            SET_TOP(r);
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(JUMP)
            pc = oparg;
            // Loops are the collector's safe point (vm/gc.c): no half-built object.
            if (ts->vm->gc.pending) {
                SAVE_FRAME();
                kr_gc_collect_pending(ts);
            }
            if (oparg <= f->lasti) {
                SPEND_BUDGET();
            }
            DISPATCH();
        TARGET(POP_JUMP_IF_FALSE)
        TARGET(POP_JUMP_IF_TRUE) {
            KrObject *v = POP();
            int t;
            if (v == KR_TRUE || v == KR_FALSE) {
                t = v == KR_TRUE; // immortal: no DECREF needed
            } else {
                t = kr_is_true(ts, v);
                KR_DECREF(ts, v);
                if (t < 0) {
                    goto error;
                }
            }
            if (t == (KR_INSTR_OP(word) == KR_OP_POP_JUMP_IF_TRUE)) {
                pc = oparg;
            }
            DISPATCH();
        }
        TARGET(POP_JUMP_IF_NONE)
        TARGET(POP_JUMP_IF_NOT_NONE) {
            KrObject *v = POP();
            bool is_none = v == KR_NONE;
            KR_DECREF(ts, v);
            if (is_none == (KR_INSTR_OP(word) == KR_OP_POP_JUMP_IF_NONE)) {
                pc = oparg;
            }
            DISPATCH();
        }
        TARGET(JUMP_IF_FALSE_OR_POP)
        TARGET(JUMP_IF_TRUE_OR_POP) {
            KrObject *v = TOP();
            int t = kr_is_true(ts, v);
            if (t < 0) {
                goto error;
            }
            if (t == (KR_INSTR_OP(word) == KR_OP_JUMP_IF_TRUE_OR_POP)) {
                pc = oparg;
            } else {
                (void)POP();
                KR_DECREF(ts, v);
            }
            DISPATCH();
        }
        TARGET(GET_ITER) {
            KrObject *v = TOP();
            KrObject *it = kr_iter(ts, v);
            if (!it) {
                goto error;
            }
            SET_TOP(it);
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(FOR_ITER) {
            KrObject *it = TOP();
            KrObject *v = KR_TYPE(it)->iternext(ts, it);
            if (v) {
                PUSH(v);
                DISPATCH();
            }
            if (kr_err_occurred(ts)) {
                if (!kr_err_matches(ts, &kr_exc_StopIteration)) {
                    goto error;
                }
                kr_err_clear(ts);
            }
            (void)POP();
            KR_DECREF(ts, it);
            pc = oparg;
            DISPATCH();
        }
        TARGET(RETURN_VALUE) {
            KrObject *retval = POP();
            if (f->is_entry) {
                SAVE_FRAME();
                ts->frame = f->back;
                --ts->py_depth;
                kr_leave_recursive(ts);
                return retval;
            }
            KrFrame *caller = f->back;
            SAVE_FRAME();
            kr_frame_free(ts, f);
            --ts->py_depth;
            f = caller;
            ts->frame = f;
            LOAD_FRAME();
            PUSH(retval);
            DISPATCH();
        }
        TARGET(KW_NAMES)
            kwnames = consts[oparg];
            DISPATCH();
        TARGET(CALL) {
            int nkw = kwnames ? (int)KR_TUPLE_SIZE(kwnames) : 0;
            int total = oparg;
            KrObject *first = PEEK(total + 2);
            KrObject *second = PEEK(total + 1);
            KrObject *callable;
            KrObject **args;
            size_t nargs;
            if (!first && KR_TYPE(second) == &kr_method_type) {
                // Unpack a bound method so that the call below is [func, self, args].
                KrMethod *m = (KrMethod *)second;
                first = KR_INCREF(m->func);
                PEEK(total + 2) = first;
                PEEK(total + 1) = KR_INCREF(m->self);
                KR_DECREF(ts, second);
                second = PEEK(total + 1);
            }
            if (first) {
                callable = first;
                args = sp - total - 1;
                nargs = (size_t)(total + 1 - nkw);
            } else {
                callable = second;
                args = sp - total;
                nargs = (size_t)(total - nkw);
            }
            KrObject *names_for_call = kwnames;
            kwnames = NULL;
            if (KR_TYPE(callable) == &kr_function_type &&
                !(((KrFunction *)callable)->code->flags &
                  (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))) {
                // A Python-to-Python call: push a frame, no C recursion.
                KrFunction *func = (KrFunction *)callable;
                KrCode *fco = func->code;
                KrFrame *nf = kr_frame_new(ts, fco, func, func->globals, func->builtins, NULL);
                if (!nf) {
                    goto call_cleanup_error;
                }
                if (!names_for_call && nargs == (size_t)fco->argcount && fco->kwonlyargcount == 0 &&
                    !(fco->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS))) {
                    // Exactly the positional parameters: the arguments' references
                    // move from the stack into the locals; the callable slots go.
                    KrObject **base = sp - total - 2;
                    for (size_t i = 0; i < nargs; i++) {
                        nf->slots[i] = args[i];
                    }
                    sp = (KrObject **)args;
                    while (sp > base) {
                        KrObject *v = POP();
                        KR_XDECREF(ts, v);
                    }
                    if (fco->ncells && kr_frame_init_cells(ts, nf, func->closure) < 0) {
                        kr_frame_free(ts, nf);
                        goto error;
                    }
                } else {
                    if (kr_frame_bind_args(ts, nf, func, args, nargs, names_for_call) < 0 ||
                        (fco->ncells && kr_frame_init_cells(ts, nf, func->closure) < 0)) {
                        nf->stacktop = 0;
                        kr_frame_free(ts, nf);
                        goto call_cleanup_error;
                    }
                    for (int i = 0; i < total + 2; i++) {
                        KrObject *v = POP();
                        KR_XDECREF(ts, v);
                    }
                }
                new_frame = nf;
                goto push_frame;
            }
            KrObject *r = ts->profile_func ? kr_trace_c_call(ts, f, callable, args, nargs, names_for_call)
                                           : kr_call(ts, callable, args, nargs, names_for_call);
            for (int i = 0; i < total + 2; i++) {
                KrObject *v = POP();
                KR_XDECREF(ts, v);
            }
            TRACE_REFRESH();
            if (!r) {
                goto error;
            }
            PUSH(r);
            DISPATCH();
        call_cleanup_error:
            for (int i = 0; i < total + 2; i++) {
                KrObject *v = POP();
                KR_XDECREF(ts, v);
            }
            goto error;
        }
        TARGET(CALL_FUNCTION_EX) {
            KrObject *kw = (oparg & 1) ? POP() : NULL;
            KrObject *pargs = POP();
            KrObject *callable = POP();
            KrObject *first = POP();
            KrObject *r = NULL;
            // [func, self] or [NULL, func]: a plain Python function runs in this loop.
            KrObject *pyfunc = first ? first : callable;
            if (KR_TYPE(pyfunc) == &kr_function_type && kr_tuple_check(pargs) &&
                !(((KrFunction *)pyfunc)->code->flags &
                  (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))) {
                new_frame = kr_frame_for_call(ts, (KrFunction *)pyfunc, first ? callable : NULL, pargs, kw);
                KR_XDECREF(ts, kw);
                KR_DECREF(ts, pargs);
                KR_DECREF(ts, callable);
                KR_XDECREF(ts, first);
                if (!new_frame) {
                    goto error;
                }
                goto push_frame;
            }
            if (first) {
                // [meth, self] form: prepend self.
                KrObject *t = kr_tuple_new(ts, KR_TUPLE_SIZE(pargs) + 1);
                if (t) {
                    KR_TUPLE_SET(t, 0, KR_INCREF(callable));
                    for (intptr_t i = 0; i < KR_TUPLE_SIZE(pargs); i++) {
                        KR_TUPLE_SET(t, i + 1, KR_INCREF(KR_TUPLE_GET(pargs, i)));
                    }
                    r = kr_call_tuple_dict(ts, first, t, kw);
                    KR_DECREF(ts, t);
                }
            } else {
                KrObject *t = kr_tuple_check(pargs) ? KR_INCREF(pargs) : kr_ops_star_args(ts, callable, pargs);
                if (t) {
                    r = kr_call_tuple_dict(ts, callable, t, kw);
                    KR_DECREF(ts, t);
                }
            }
            KR_XDECREF(ts, kw);
            KR_DECREF(ts, pargs);
            KR_DECREF(ts, callable);
            KR_XDECREF(ts, first);
            if (!r) {
                goto error;
            }
            PUSH(r);
            DISPATCH();
        }
        // A Python-to-Python call (CALL, CALL_FUNCTION_EX): new_frame runs next, no C recursion.
        push_frame:
            if (++ts->py_depth > ts->vm->recursion_limit) {
                --ts->py_depth;
                kr_frame_free(ts, new_frame);
                kr_err_set_str(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            SAVE_FRAME();
            new_frame->back = f;
            new_frame->lasti = -1;
            f = new_frame;
            ts->frame = f;
            LOAD_FRAME();
            SPEND_BUDGET();
            DISPATCH();
        TARGET(MAKE_FUNCTION) {
            KrObject *code = POP();
            KrObject *closure = (oparg & 8) ? POP() : NULL;
            KrObject *annotations = (oparg & 4) ? POP() : NULL;
            KrObject *kwdefaults = (oparg & 2) ? POP() : NULL;
            KrObject *defaults = (oparg & 1) ? POP() : NULL;
            KrFunction *fn = (KrFunction *)kr_function_new(ts, (KrCode *)code, f->globals, NULL);
            KR_DECREF(ts, code);
            if (!fn) {
                KR_XDECREF(ts, closure);
                KR_XDECREF(ts, annotations);
                KR_XDECREF(ts, kwdefaults);
                KR_XDECREF(ts, defaults);
                goto error;
            }
            fn->closure = closure;
            fn->defaults = defaults;
            fn->kwdefaults = kwdefaults;
            if (annotations) {
                fn->annotations = kr_ops_annotations_dict(ts, annotations);
                KR_DECREF(ts, annotations);
                if (!fn->annotations) {
                    KR_DECREF(ts, fn);
                    goto error;
                }
            }
            PUSH((KrObject *)fn);
            DISPATCH();
        }
        TARGET(RAISE_VARARGS) {
            KrObject *cause = oparg == 2 ? POP() : NULL;
            KrObject *exc = oparg >= 1 ? POP() : NULL;
            if (oparg == 0) {
                KrObject *handled = kr_exc_info_borrow(ts);
                if (!handled) {
                    kr_err_set_str(ts, &kr_exc_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                kr_err_restore(ts, KR_INCREF(handled));
                goto exception_unwind;
            }
            kr_ops_do_raise(ts, exc, cause);
            goto error;
        }
        TARGET(RERAISE) {
            KrObject *exc = POP();
            kr_err_restore(ts, exc);
            goto exception_unwind;
        }
        TARGET(PUSH_EXC_INFO) {
            KrObject *exc = POP();
            KrObject *prev = ts->exc_info ? ts->exc_info : KR_INCREF(KR_NONE);
            PUSH(prev);
            ts->exc_info = KR_INCREF(exc);
            PUSH(exc);
            DISPATCH();
        }
        TARGET(POP_EXCEPT) {
            KrObject *prev = POP();
            KrObject *old = ts->exc_info;
            ts->exc_info = prev == KR_NONE ? NULL : prev;
            if (prev == KR_NONE) {
                KR_DECREF(ts, prev);
            }
            KR_XDECREF(ts, old);
            DISPATCH();
        }
        TARGET(CHECK_EXC_MATCH) {
            KrObject *type = POP();
            int r = kr_ops_exc_match(ts, TOP(), type);
            KR_DECREF(ts, type);
            if (r < 0) {
                goto error;
            }
            PUSH(KR_INCREF(KR_BOOL(r)));
            DISPATCH();
        }
        TARGET(CHECK_EG_MATCH) {
            KrObject *type = POP(), *match;
            if (kr_ops_check_eg_match(ts, &TOP(), type, &match) < 0) {
                goto error;
            }
            PUSH(match);
            DISPATCH();
        }
        TARGET(PREP_RERAISE_STAR) {
            KrObject *excs = POP();
            KrObject *r = kr_exc_group_prep_reraise(ts, TOP(), excs);
            KR_DECREF(ts, excs);
            if (!r) {
                goto error;
            }
            KR_SETREF(ts, TOP(), r);
            DISPATCH();
        }
        TARGET(BEFORE_WITH)
        TARGET(BEFORE_ASYNC_WITH) {
            KrObject *mgr = TOP();
            KrObject *exit = NULL;
            KrObject *res = KR_INSTR_OP(word) == KR_OP_BEFORE_WITH ? kr_ops_before_with(ts, mgr, &exit)
                                                                   : kr_async_before_with(ts, mgr, &exit);
            if (!res) {
                goto error;
            }
            SET_TOP(exit);
            KR_DECREF(ts, mgr);
            PUSH(res);
            DISPATCH();
        }
        TARGET(WITH_EXCEPT_START) {
            KrObject *exc = TOP();
            KrObject *exit = PEEK(4);
            KrObject *tb = ((KrException *)exc)->traceback;
            KrObject *args[3] = {(KrObject *)KR_TYPE(exc), exc, tb ? tb : KR_NONE};
            KrObject *r = kr_call(ts, exit, args, 3, NULL);
            if (!r) {
                goto error;
            }
            PUSH(r);
            DISPATCH();
        }
        TARGET(PRINT_EXPR) {
            KrObject *v = POP();
            int r = kr_ops_print_expr(ts, v);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(IMPORT_NAME) {
            KrObject *fromlist = POP();
            KrObject *level = TOP();
            KrObject *m = kr_ops_import_name(ts, f, names[oparg], fromlist, level);
            KR_DECREF(ts, fromlist);
            if (!m) {
                goto error;
            }
            SET_TOP(m);
            KR_DECREF(ts, level);
            DISPATCH();
        }
        TARGET(IMPORT_FROM) {
            KrObject *r = kr_ops_import_from(ts, TOP(), names[oparg]);
            if (!r) {
                goto error;
            }
            PUSH(r);
            DISPATCH();
        }
        TARGET(IMPORT_STAR) {
            KrObject *m = POP();
            int r = kr_ops_import_star(ts, f->locals ? f->locals : f->globals, m);
            KR_DECREF(ts, m);
            if (r < 0) {
                goto error;
            }
            DISPATCH();
        }
        TARGET(YIELD_VALUE) {
            KrObject *v = POP();
            SAVE_FRAME();
            ts->frame = f->back;
            --ts->py_depth;
            kr_leave_recursive(ts);
            *yielded = true;
            return v;
        }
        TARGET(GET_YIELD_FROM_ITER) {
            KrObject *v = TOP();
            if (KR_TYPE(v) == &kr_gen_type) {
                DISPATCH();
            }
            if (KR_TYPE(v) == &kr_coro_type) {
                kr_err_set_str(ts, &kr_exc_TypeError,
                               "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
            KrObject *it = kr_iter(ts, v);
            if (!it) {
                goto error;
            }
            SET_TOP(it);
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(SEND) {
            KrObject *v = POP();
            KrObject *recv = TOP();
            KrObject *r;
            bool done = false;
            if (KR_TYPE(recv) == &kr_gen_type || KR_TYPE(recv) == &kr_coro_type) {
                r = kr_gen_send_ex(ts, recv, v, &done);
            } else if (v == KR_NONE && KR_TYPE(recv)->iternext) {
                r = KR_TYPE(recv)->iternext(ts, recv);
                if (!r) {
                    r = kr_ops_stop_iteration_value(ts);
                    done = true;
                }
            } else {
                r = kr_call_method(ts, recv, KR_ID(ts, send), &v, 1);
                if (!r) {
                    r = kr_ops_stop_iteration_value(ts);
                    done = true;
                }
            }
            KR_DECREF(ts, v);
            if (!r) {
                goto error;
            }
            if (done) {
                SET_TOP(r);
                KR_DECREF(ts, recv);
                pc = oparg;
            } else {
                PUSH(r);
            }
            DISPATCH();
        }
        TARGET(GET_LEN) {
            intptr_t n = kr_len(ts, TOP());
            KrObject *len = n < 0 ? NULL : kr_int_from_i64(ts, n);
            if (!len) {
                goto error;
            }
            PUSH(len);
            DISPATCH();
        }
        TARGET(MATCH_MAPPING)
        TARGET(MATCH_SEQUENCE) {
            unsigned flag = KR_INSTR_OP(word) == KR_OP_MATCH_MAPPING ? KR_TYPE_MAPPING : KR_TYPE_SEQUENCE;
            KrObject *r = KR_BOOL(KR_TYPE_CHECK_FLAG(TOP(), flag));
            PUSH(KR_INCREF(r));
            DISPATCH();
        }
        TARGET(MATCH_KEYS) {
            KrObject *values = kr_match_keys(ts, PEEK(2), TOP());
            if (!values) {
                goto error;
            }
            PUSH(values);
            DISPATCH();
        }
        TARGET(MATCH_CLASS) {
            KrObject *kwnames = POP();
            KrObject *cls = POP();
            KrObject *subject = TOP();
            KrObject *attrs = kr_match_class(ts, subject, cls, oparg, kwnames);
            KR_DECREF(ts, kwnames);
            KR_DECREF(ts, cls);
            if (!attrs) {
                goto error;
            }
            SET_TOP(attrs);
            KR_DECREF(ts, subject);
            DISPATCH();
        }
        TARGET(GET_AWAITABLE)
        TARGET(GET_AITER) {
            KrObject *v = TOP();
            KrObject *r = KR_INSTR_OP(word) == KR_OP_GET_AITER ? kr_async_get_aiter(ts, v)
                                                               : kr_async_get_awaitable(ts, v, oparg);
            if (!r) {
                goto error;
            }
            SET_TOP(r);
            KR_DECREF(ts, v);
            DISPATCH();
        }
        TARGET(ASYNC_GEN_WRAP) {
            KrObject *w = kr_async_wrap(ts, TOP());
            sp[-1] = NULL;
            if (!w) {
                sp--;
                goto error;
            }
            SET_TOP(w);
            DISPATCH();
        }
        TARGET(GET_ANEXT) {
            KrObject *aw = kr_async_get_anext(ts, TOP());
            if (!aw) {
                goto error;
            }
            PUSH(aw);
            DISPATCH();
        }
        TARGET(END_ASYNC_FOR) {
            KrObject *exc = POP();
            if (kr_isinstance_type(exc, &kr_exc_StopAsyncIteration)) {
                KR_DECREF(ts, exc);
                KrObject *aiter = POP();
                KR_DECREF(ts, aiter);
                DISPATCH();
            }
            kr_err_restore(ts, exc);
            goto exception_unwind;
        }
#if USE_COMPUTED_GOTO
        trace_instr:
            if (!ts->trace_on) {
                dispatch = targets;
            } else if (!ts->tracing && kr_trace_instr(ts, f, sp) < 0) {
                goto error;
            }
            goto *targets[KR_INSTR_OP(word)];
#endif
        default:
#if USE_COMPUTED_GOTO
        unknown_opcode:
#endif
            kr_err_format(ts, &kr_exc_SystemError, "unknown opcode %d", (int)KR_INSTR_OP(word));
            goto error;
        }
        continue;

    error:
        // Record this frame in the traceback, then look for a handler.
        if (ts->exc && kr_exception_check(ts->exc)) {
            kr_frameobject_add_traceback(ts, f);
            if (ts->trace_on) {
                kr_trace_exception(ts, f);
            }
        }
    exception_unwind: {
        kwnames = NULL;
        const KrExcEntry *h;
        if (kr_ops_find_handler(co, f->lasti, &h)) {
            KrObject **base = STACK_BASE(f);
            while (sp > base + h->depth) {
                KrObject *v = POP();
                KR_XDECREF(ts, v);
            }
            if (h->lasti) {
                KrObject *li = kr_int_from_i64(ts, f->lasti);
                if (!li) {
                    goto exception_unwind;
                }
                PUSH(li);
            }
            PUSH(kr_err_fetch(ts));
            pc = h->handler;
            continue;
        }
        // No handler here: pop the frame.
        KrObject **base = STACK_BASE(f);
        while (sp > base) {
            KrObject *v = POP();
            KR_XDECREF(ts, v);
        }
        f->stacktop = 0;
        if (ts->trace_on) {
            kr_trace_unwind(ts, f);
        }
        --ts->py_depth;
        if (f->is_entry) {
            ts->frame = f->back;
            kr_leave_recursive(ts);
            return NULL;
        }
        KrFrame *caller = f->back;
        kr_frame_free(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME();
        pc = f->lasti + 1;
        goto error;
    }
    }
}
