// SPDX-License-Identifier: MIT
// The assembler: resolves labels, threads jumps, drops unreachable code,
// computes stack depths and the exception table, and builds the code object.
#include "compile.h"

#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

static bool is_jump(int op) {
    switch (op) {
    case KR_OP_JUMP:
    case KR_OP_POP_JUMP_IF_FALSE:
    case KR_OP_POP_JUMP_IF_TRUE:
    case KR_OP_POP_JUMP_IF_NONE:
    case KR_OP_POP_JUMP_IF_NOT_NONE:
    case KR_OP_JUMP_IF_FALSE_OR_POP:
    case KR_OP_JUMP_IF_TRUE_OR_POP:
    case KR_OP_FOR_ITER:
    case KR_OP_SEND:
        return true;
    default:
        return false;
    }
}

// Control never falls through these.
static bool is_terminal(int op) {
    return op == KR_OP_JUMP || op == KR_OP_RETURN_VALUE || op == KR_OP_RAISE_VARARGS || op == KR_OP_RERAISE;
}

static int setup_effect(int kind) {
    return kind == KR_SETUP_CLEANUP ? 2 : 1;
}

static int setup_lasti(int kind) {
    return kind != KR_SETUP_FINALLY;
}

typedef struct Asm {
    KrCompiler *c;
    KrUnit *u;
    int n;
    int *target;   // jump / handler target instruction of each instruction, -1 none
    int *depth;    // stack depth before each instruction, -1 unreachable
    int *stack;    // worklist of instruction indexes
    int nstack;
    int *fwd;      // first kept instruction at or after i
    int *newidx;
    int maxdepth;
} Asm;

static int push_work(Asm *a, int i, int depth) {
    if (a->depth[i] >= 0) {
        if (a->depth[i] != depth) {
            kr_err_format(a->c->ts, &kr_exc_SystemError, "compiler: inconsistent stack depth at %d (%d vs %d)", i,
                          a->depth[i], depth);
            return -1;
        }
        return 0;
    }
    if (depth < 0) {
        kr_err_format(a->c->ts, &kr_exc_SystemError, "compiler: stack underflow at %d", i);
        return -1;
    }
    a->depth[i] = depth;
    if (depth > a->maxdepth) {
        a->maxdepth = depth;
    }
    a->stack[a->nstack++] = i;
    return 0;
}

// Flow analysis from the entry: marks reachable instructions and records the
// depth before each one; SETUP edges give each handler its unwind depth.
static int flow(Asm *a) {
    KrUnit *u = a->u;
    KR_TRY(push_work(a, 0, 0));
    while (a->nstack) {
        int i = a->stack[--a->nstack];
        int d = a->depth[i];
        KrInstr *in = &u->instrs[i];
        int next = d;
        if (in->op == KR_PSEUDO_SETUP) {
            KrHandlerRec *h = &u->handlers[in->arg];
            int jd = d + setup_effect(h->kind);
            h->depth = jd - 1 - setup_lasti(h->kind);
            KR_TRY(push_work(a, a->target[i], jd));
        } else {
            if (is_jump(in->op)) {
                KR_TRY(push_work(a, a->target[i], d + kr_opcode_stack_effect(in->op, in->arg, true)));
            }
            next = d + kr_opcode_stack_effect(in->op, in->arg, false);
            if (next > a->maxdepth) {
                a->maxdepth = next;
            }
            if (is_terminal(in->op)) {
                continue;
            }
        }
        if (i + 1 < a->n) {
            KR_TRY(push_work(a, i + 1, next));
        }
    }
    return 0;
}

// Jumps to unconditional jumps (and over no-ops) go straight to the final target.
static void thread_jumps(Asm *a) {
    KrUnit *u = a->u;
    for (int i = 0; i < a->n; i++) {
        if (!is_jump(u->instrs[i].op)) {
            continue;
        }
        int t = a->target[i];
        for (int hops = 0; hops < 100 && t < a->n; hops++) {
            int op = u->instrs[t].op;
            if (op == KR_OP_NOP || op == KR_PSEUDO_SETUP) {
                // A no-op with a line may stay (nop_has_line): don't jump over it.
                if (op == KR_PSEUDO_SETUP || t + 1 >= a->n || u->instrs[t].pos.line > 0) {
                    break;
                }
                t++;
            } else if (op == KR_OP_JUMP && a->target[t] != t) {
                t = a->target[t];
            } else {
                break;
            }
        }
        a->target[i] = t;
    }
}

// A no-op stays when it is the only instruction of its line (`pass`,
// `try:`), so that tracing sees the line, as CPython's remove_redundant_nops.
// Called while the keep pass runs backwards: fwd[i + 1] is already known.
static bool nop_has_line(Asm *a, int i) {
    KrInstr *instrs = a->u->instrs;
    int line = instrs[i].pos.line;
    if (line <= 0) {
        return false;
    }
    int next = a->fwd[i + 1];
    if (next < a->n && instrs[next].pos.line == line) {
        return false;
    }
    for (int j = i - 1; j >= 0; j--) {
        if (a->depth[j] >= 0 && instrs[j].op != KR_PSEUDO_SETUP && instrs[j].op != KR_OP_NOP) {
            return instrs[j].pos.line != line;
        }
    }
    return true;
}

static KrObject *names_tuple(KrCompiler *c, const KrNameList *list) {
    KrObject *t = kr_tuple_new(c->ts, list->n);
    if (!t) {
        return NULL;
    }
    for (int i = 0; i < list->n; i++) {
        KrObject *s = kr_str_intern_cstr(c->ts, list->items[i]);
        if (!s) {
            for (int j = i; j < list->n; j++) {
                KR_TUPLE_SET(t, j, KR_INCREF(KR_NONE));
            }
            KR_DECREF(c->ts, t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, s);
    }
    return t;
}

// Builds the instruction words, the location table and the exception table
// of the kept instructions; `positions` is scratch space for nkept entries.
static int build_code(Asm *a, KrCode *f, int nkept, KrPosition *positions) {
    KrCompiler *c = a->c;
    KrThread *ts = c->ts;
    KrUnit *u = a->u;
    f->ncode = nkept;
    f->code = kr_mem_alloc(ts, sizeof(uint32_t) * (size_t)(nkept ? nkept : 1));
    f->exctab = kr_mem_alloc(ts, sizeof(KrExcEntry) * (size_t)(nkept ? nkept : 1));
    if (!f->code || !f->exctab) {
        return -1;
    }
    KrPosition last = {u->firstlineno, u->firstlineno, -1, -1};
    int maxconst = -1;
    int j = 0;
    for (int i = 0; i < a->n; i++) {
        if (a->newidx[i] < 0) {
            continue;
        }
        KrInstr *in = &u->instrs[i];
        int arg = in->arg;
        if (is_jump(in->op)) {
            arg = a->newidx[a->fwd[a->target[i]]];
        }
        if (in->op == KR_OP_LOAD_CONST || in->op == KR_OP_KW_NAMES) {
            maxconst = arg > maxconst ? arg : maxconst;
        }
        f->code[j] = KR_INSTR(in->op, arg);
        if (in->pos.line >= 0) {
            last = in->pos;
        }
        positions[j] = last;
        // Exception table: runs of instructions protected by the same handler.
        if (in->handler >= 0) {
            KrHandlerRec *h = &u->handlers[in->handler];
            if (h->depth < 0) {
                kr_err_set_str(ts, &kr_exc_SystemError, "compiler: handler without depth");
                return -1;
            }
            int target = a->newidx[a->fwd[u->labels[h->label]]];
            int lasti = setup_lasti(h->kind);
            KrExcEntry *prev = f->nexc ? &f->exctab[f->nexc - 1] : NULL;
            if (prev && prev->end == j && prev->handler == target && prev->depth == h->depth &&
                prev->lasti == lasti) {
                prev->end = j + 1;
            } else {
                KrExcEntry *e = &f->exctab[f->nexc++];
                e->start = j;
                e->end = j + 1;
                e->handler = target;
                e->depth = h->depth;
                e->lasti = lasti;
            }
        }
        j++;
    }
    f->linetable = kr_code_encode_positions(ts, positions, nkept, u->firstlineno, &f->nlinetable);
    if (!f->linetable) {
        return -1;
    }
    // Unused constants at the end are dropped (a function keeps co_consts[0], its docstring slot).
    int nconsts = maxconst + 1;
    if (u->ste->type == KR_BLOCK_FUNCTION && u->kind == KR_UNIT_FUNCTION && nconsts < 1) {
        nconsts = u->nconsts ? 1 : 0;
    }
    if (u->kind == KR_UNIT_LAMBDA && nconsts < 1) {
        nconsts = 1;
    }
    if (nconsts > u->nconsts) {
        nconsts = u->nconsts;
    }
    f->consts = kr_tuple_from_array(ts, u->consts, nconsts);
    f->names = names_tuple(c, &u->names);
    f->varnames = names_tuple(c, &u->varnames);
    f->cellvars = names_tuple(c, &u->cellvars);
    f->freevars = names_tuple(c, &u->freevars);
    f->name = kr_str_intern_cstr(ts, u->name);
    f->qualname = kr_str_from_cstr(ts, u->qualname);
    f->filename = kr_str_from_cstr(ts, c->filename);
    if (!f->consts || !f->names || !f->varnames || !f->cellvars || !f->freevars || !f->name || !f->qualname ||
        !f->filename) {
        return -1;
    }
    bool any_arg_cell = false;
    for (int i = 0; i < u->cellvars.n; i++) {
        any_arg_cell = any_arg_cell || kr_symtable_map_get(&u->varnames.map, u->cellvars.items[i]) >= 0;
    }
    if (any_arg_cell) {
        f->cell2arg = kr_mem_alloc(ts, sizeof(int32_t) * (size_t)u->cellvars.n);
        if (!f->cell2arg) {
            return -1;
        }
        for (int i = 0; i < u->cellvars.n; i++) {
            int v = kr_symtable_map_get(&u->varnames.map, u->cellvars.items[i]);
            f->cell2arg[i] = (v >= 0 && v < u->ste->nparams) ? v : -1;
        }
    }
    return 0;
}

static int code_flags(KrUnit *u) {
    KrSymEntry *ste = u->ste;
    int flags = 0;
    if (ste->type == KR_BLOCK_FUNCTION) {
        flags |= KR_CO_NEWLOCALS | KR_CO_OPTIMIZED;
        if (ste->nested) {
            flags |= KR_CO_NESTED;
        }
        if (ste->generator && ste->coroutine) {
            flags |= KR_CO_ASYNC_GENERATOR;
        } else if (ste->generator) {
            flags |= KR_CO_GENERATOR;
        } else if (ste->coroutine) {
            flags |= KR_CO_COROUTINE;
        }
        if (ste->varargs) {
            flags |= KR_CO_VARARGS;
        }
        if (ste->varkeywords) {
            flags |= KR_CO_VARKEYWORDS;
        }
    }
    return flags;
}

KrCode *kr_assemble_unit(KrCompiler *c) {
    KrThread *ts = c->ts;
    KrUnit *u = c->u;
    // The implicit `return None` when control can fall off the end.
    bool need_return = u->ninstrs == 0 || !is_terminal(u->instrs[u->ninstrs - 1].op);
    for (int i = 0; i < u->nlabels && !need_return; i++) {
        need_return = u->labels[i] >= u->ninstrs;
    }
    if (need_return) {
        if (u->ninstrs) {
            u->pos = u->instrs[u->ninstrs - 1].pos;
        }
        // Reached only by jumps (a `for` loop's exit): the line of the first
        // jump there, as CPython gives a block its predecessor's line.
        for (int i = 0; u->ninstrs && is_terminal(u->instrs[u->ninstrs - 1].op) && i < u->ninstrs; i++) {
            KrInstr *in = &u->instrs[i];
            if (is_jump(in->op) && u->labels[in->arg] >= u->ninstrs) {
                u->pos = in->pos;
                break;
            }
        }
        if (kr_compile_load_none(c) < 0 || kr_compile_op(c, KR_OP_RETURN_VALUE, 0) < 0) {
            return NULL;
        }
    }
    Asm a;
    memset(&a, 0, sizeof(a));
    a.c = c;
    a.u = u;
    a.n = u->ninstrs;
    KrCode fields;
    memset(&fields, 0, sizeof(fields));
    KrCode *co = NULL;
    KrPosition *positions = NULL;
    size_t sz = sizeof(int) * (size_t)(a.n + 1);
    a.target = kr_mem_alloc(ts, sz);
    a.depth = kr_mem_alloc(ts, sz);
    a.stack = kr_mem_alloc(ts, sz);
    a.fwd = kr_mem_alloc(ts, sz);
    a.newidx = kr_mem_alloc(ts, sz);
    if (!a.target || !a.depth || !a.stack || !a.fwd || !a.newidx) {
        goto done;
    }
    for (int i = 0; i < a.n; i++) {
        KrInstr *in = &u->instrs[i];
        a.depth[i] = -1;
        a.target[i] = -1;
        if (is_jump(in->op)) {
            a.target[i] = u->labels[in->arg];
        } else if (in->op == KR_PSEUDO_SETUP) {
            a.target[i] = u->labels[u->handlers[in->arg].label];
        }
        if ((is_jump(in->op) || in->op == KR_PSEUDO_SETUP) && (a.target[i] < 0 || a.target[i] >= a.n)) {
            kr_err_set_str(ts, &kr_exc_SystemError, "compiler: jump to an unplaced label");
            goto done;
        }
    }
    thread_jumps(&a);
    if (flow(&a) < 0) {
        goto done;
    }
    // Keep reachable real instructions, minus no-ops and jumps to the next kept one.
    a.fwd[a.n] = a.n;
    for (int i = a.n - 1; i >= 0; i--) {
        KrInstr *in = &u->instrs[i];
        bool keep = a.depth[i] >= 0 && in->op != KR_PSEUDO_SETUP && (in->op != KR_OP_NOP || nop_has_line(&a, i));
        if (keep && in->op == KR_OP_JUMP && a.target[i] > i && a.fwd[a.target[i]] == a.fwd[i + 1]) {
            keep = false;
        }
        a.fwd[i] = keep ? i : a.fwd[i + 1];
        a.newidx[i] = keep ? 0 : -1;
    }
    int nkept = 0;
    for (int i = 0; i < a.n; i++) {
        if (a.newidx[i] >= 0) {
            a.newidx[i] = nkept++;
        }
    }
    a.newidx[a.n] = nkept;
    positions = kr_mem_alloc(ts, sizeof(KrPosition) * (size_t)(nkept ? nkept : 1));
    if (!positions || build_code(&a, &fields, nkept, positions) < 0) {
        goto done;
    }
    fields.argcount = u->argcount;
    fields.posonlyargcount = u->posonlyargcount;
    fields.kwonlyargcount = u->kwonlyargcount;
    fields.stacksize = a.maxdepth;
    fields.flags = code_flags(u);
    fields.firstlineno = u->firstlineno;
    co = kr_code_new(ts, &fields);
    if (co) {
        // kr_code_new took ownership of the arrays.
        fields.code = NULL;
        fields.linetable = NULL;
        fields.exctab = NULL;
        fields.cell2arg = NULL;
    }
done:
    kr_mem_free(ts, fields.code);
    kr_mem_free(ts, fields.linetable);
    kr_mem_free(ts, positions);
    kr_mem_free(ts, fields.exctab);
    kr_mem_free(ts, fields.cell2arg);
    KR_XDECREF(ts, fields.consts);
    KR_XDECREF(ts, fields.names);
    KR_XDECREF(ts, fields.varnames);
    KR_XDECREF(ts, fields.cellvars);
    KR_XDECREF(ts, fields.freevars);
    KR_XDECREF(ts, fields.name);
    KR_XDECREF(ts, fields.qualname);
    KR_XDECREF(ts, fields.filename);
    kr_mem_free(ts, a.target);
    kr_mem_free(ts, a.depth);
    kr_mem_free(ts, a.stack);
    kr_mem_free(ts, a.fwd);
    kr_mem_free(ts, a.newidx);
    return co;
}
